"""The .docx reader opens the common package straight from the zip and gives python-docx the rest:
both must read a document the same, and the unusual packages must still go to python-docx."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from extractor.read import docx as docx_reader

FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>Số liệu ước thực hiện đến 30/11/2023.</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>')
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _report(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "UBND HUYỆN ĐĂK MIL"
    d.sections[0].footer.paragraphs[0].text = "Trang cuối"
    d.add_heading("Báo cáo tình hình kinh tế - xã hội năm 2023", level=1)
    d.add_paragraph("Tổng thu ngân sách đạt 412 tỷ đồng, bằng 103% dự toán.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Chỉ tiêu"
    t.cell(1, 0).text, t.cell(1, 1).text = "Tỷ lệ hộ nghèo", "2,1%"
    d.add_paragraph("Giảm hộ nghèo", style="List Number")
    d.add_paragraph("Tạo việc làm", style="List Number")
    d.save(str(path))
    return _rewrite(path, path, {"word/footnotes.xml": FOOTNOTES.encode(),
                                 "[Content_Types].xml": lambda x: x.replace(
                                     "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_TYPE}"/></Types>'),
                                 "word/_rels/document.xml.rels": lambda x: x.replace(
                                     "</Relationships>", f'<Relationship Id="rIdNote" Type="{FOOTNOTES_REL}" '
                                     'Target="footnotes.xml"/></Relationships>')})


def _rewrite(src: Path, dst: Path, changes: dict) -> Path:
    """A copy of the package with members replaced (bytes), edited (a function of the text) or dropped (None)."""
    with zipfile.ZipFile(src) as z:
        members = {name: z.read(name) for name in z.namelist()}
    for name, change in changes.items():
        if change is None:
            members.pop(name, None)
        elif callable(change):
            members[name] = change(members[name].decode("utf-8")).encode("utf-8")
        else:
            members[name] = change
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return dst


def _by_python_docx(path: Path):
    return docx_reader._read_word(docx_reader._python_docx_word(docx_reader._open(path)))


def test_a_common_package_is_read_from_the_zip_as_python_docx_reads_it(tmp_path: Path):
    path = _report(tmp_path / "report.docx")
    with zipfile.ZipFile(path) as z:
        direct = docx_reader._read_word(docx_reader._package_word(z))
    assert direct == _by_python_docx(path)
    assert docx_reader.read(path) == direct
    assert [(b.source, b.text) for b in direct.blocks if b.source != "body"] == [
        ("header", "UBND HUYỆN ĐĂK MIL"), ("footer", "Trang cuối"),
        ("footnote", "Số liệu ước thực hiện đến 30/11/2023.")]
    assert [b.text for b in direct.blocks if b.kind == "list_item"] == ["1. Giảm hộ nghèo", "2. Tạo việc làm"]


_STYLES_REL = re.compile(r'<Relationship [^>]*relationships/styles"[^>]*/>')
_NUMBERING_REL = re.compile(r'<Relationship [^>]*relationships/numbering"[^>]*/>')

UNUSUAL = {
    # python-docx falls back on its own default styles
    "no styles relationship": {"word/_rels/document.xml.rels": lambda x: _STYLES_REL.sub("", x)},
    "two numbering relationships": {"word/_rels/document.xml.rels": lambda x: _NUMBERING_REL.sub(
        lambda m: m.group(0) + m.group(0).replace('Id="', 'Id="x'), x)},
    "an rId twice": {"word/_rels/document.xml.rels": lambda x: x.replace(
        "</Relationships>", '<Relationship Id="rIdNote" Type="urn:x" Target="x.xml"/></Relationships>')},
    "a macro-enabled main part": {"[Content_Types].xml": lambda x: x.replace(
        "document.main+xml", "document.macroEnabled.main+xml")},
    "styles not well-formed": {"word/styles.xml": b"<w:styles"},
    "no document part": {"word/document.xml": None},
}


@pytest.mark.parametrize("case", sorted(UNUSUAL))
def test_an_unusual_package_goes_to_python_docx(tmp_path: Path, case: str):
    path = _rewrite(_report(tmp_path / "report.docx"), tmp_path / "unusual.docx", UNUSUAL[case])
    with zipfile.ZipFile(path) as z, pytest.raises(Exception):
        docx_reader._read_word(docx_reader._package_word(z))
    try:
        expected = _by_python_docx(path)
    except Exception as e:      # ReadError mostly; python-docx's own error for two numbering parts
        with pytest.raises(type(e)):
            docx_reader.read(path)
        return
    assert docx_reader.read(path) == expected


def test_the_styles_of_one_template_are_read_once(tmp_path: Path):
    a = _report(tmp_path / "a.docx")
    b = _report(tmp_path / "b.docx")
    other = _rewrite(a, tmp_path / "c.docx", {"word/styles.xml": lambda x: x.replace('w:val="Normal"', 'w:val="Bình thường"')})
    tables = []
    for path in (a, b, other):
        with zipfile.ZipFile(path) as z:
            tables.append(docx_reader._package_word(z).style_table)
    assert tables[0] is tables[1]
    assert tables[2] is not tables[0] and tables[2][0] != tables[0][0]
