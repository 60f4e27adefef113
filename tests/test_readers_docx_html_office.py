"""Readers for .docx, .html/.htm and legacy office files (.doc/.rtf/.odt).

Fixtures are generated in tmp_path; real files are read from ../shared/corpus when present.
"""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from extractor.errors import EmptyDocument, EncryptedDocument, ReadError
from extractor.model import RawDocument
from extractor.read import docx as docx_reader
from extractor.read import html as html_reader
from extractor.read import office as office_reader
from extractor.read import read_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
needs_soffice = pytest.mark.skipif(office_reader.soffice_binary() is None, reason="LibreOffice not installed")


def corpus_files(*suffixes: str) -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in suffixes)


def flat_text(doc: RawDocument) -> str:
    parts = []
    for b in doc.blocks:
        parts.append("\n".join(c.text for row in b.rows for c in row) if b.kind == "table" else b.text)
    return unicodedata.normalize("NFC", "\n".join(parts))


def tables(doc: RawDocument):
    return [b for b in doc.blocks if b.kind == "table"]


# --- docx: generated ------------------------------------------------------------------------------

@pytest.fixture
def generated_docx(tmp_path: Path) -> Path:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "UBND TỈNH LÂM ĐỒNG – đầu trang"
    d.add_heading("Báo cáo kết quả thực hiện", level=1)
    d.add_paragraph("Đoạn mở đầu trước bảng.")
    t = d.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            t.cell(r, c).text = f"r{r}c{c}"
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Chỉ tiêu gộp ngang"
    t.cell(1, 2).merge(t.cell(2, 2)).text = "Gộp dọc 98,5%"
    nested = t.cell(2, 0).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "lồng A"
    nested.cell(0, 1).text = "lồng B"
    d.add_paragraph("Đoạn sau bảng.")
    d.add_paragraph("Mục một", style="List Number")
    d.add_paragraph("Mục hai", style="List Number")
    path = tmp_path / "generated.docx"
    d.save(str(path))
    return path


def test_generated_docx_reads_in_body_order(generated_docx: Path):
    doc = docx_reader.read(generated_docx)
    body = [b for b in doc.blocks if b.source == "body"]
    assert [b.kind for b in body] == ["heading", "paragraph", "table", "paragraph", "list_item", "list_item"]
    assert body[0].text == "Báo cáo kết quả thực hiện" and body[0].level == 1
    assert body[1].text == "Đoạn mở đầu trước bảng."
    assert body[3].text == "Đoạn sau bảng."


def test_generated_docx_merged_cells_appear_once_with_spans(generated_docx: Path):
    (table,) = tables(docx_reader.read(generated_docx))
    rows = [[(c.text, c.rowspan, c.colspan) for c in row] for row in table.rows]
    assert rows[0] == [("Chỉ tiêu gộp ngang", 1, 2), ("r0c2", 1, 1)]
    assert rows[1] == [("r1c0", 1, 1), ("r1c1", 1, 1), ("Gộp dọc 98,5%", 2, 1)]
    # the vertically merged cell is absent from row 2 (covered from above)
    assert [c.text for c in table.rows[2]] == ["r2c0\nlồng A\tlồng B", "r2c1"]
    all_text = [c.text for row in table.rows for c in row]
    assert all_text.count("Gộp dọc 98,5%") == 1 and all_text.count("Chỉ tiêu gộp ngang") == 1


def test_generated_docx_nested_table_is_flattened_into_its_cell(generated_docx: Path):
    doc = docx_reader.read(generated_docx)
    assert len(tables(doc)) == 1
    assert flat_text(doc).count("lồng A") == 1


def test_generated_docx_header_comes_after_body(generated_docx: Path):
    doc = docx_reader.read(generated_docx)
    assert doc.blocks[-1].source == "header"
    assert doc.blocks[-1].text == "UBND TỈNH LÂM ĐỒNG – đầu trang"
    assert all(b.source == "body" for b in doc.blocks[:-1])


def test_docx_automatic_list_numbers_are_rendered(generated_docx: Path):
    items = [b.text for b in docx_reader.read(generated_docx).blocks if b.kind == "list_item"]
    assert items == ["1. Mục một", "2. Mục hai"]


def test_docx_bookmark_artefact_is_dropped(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("[bookmark: _GoBack]Kết quả đạt 95%")
    path = tmp_path / "bm.docx"
    d.save(str(path))
    assert [b.text for b in docx_reader.read(path).blocks] == ["Kết quả đạt 95%"]


@pytest.mark.parametrize("content", [
    b"this is not a zip at all",
    b"PK\x03\x04" + b"\x00" * 200,          # zip signature, truncated body
])
def test_corrupt_docx_raises_read_error(tmp_path: Path, content: bytes):
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(ReadError):
        docx_reader.read(path)
    with pytest.raises(ReadError):
        read_file(path)


def test_zip_without_word_document_raises_read_error(tmp_path: Path):
    import zipfile

    path = tmp_path / "notword.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(ReadError):
        docx_reader.read(path)


def test_encrypted_docx_raises_encrypted_document(tmp_path: Path):
    # Encrypted OOXML is an OLE compound file holding an 'EncryptedPackage' stream.
    path = tmp_path / "secret.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)
    with pytest.raises(EncryptedDocument):
        docx_reader.read(path)
    with pytest.raises(EncryptedDocument):      # the registry routes OLE content to the office reader
        read_file(path)


# --- office (.doc/.rtf) ----------------------------------------------------------------------------

def test_empty_doc_raises_read_error(tmp_path: Path):
    path = tmp_path / "empty.doc"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocument):
        office_reader.read(path)
    with pytest.raises(ReadError):
        read_file(path)


def test_garbage_ole_doc_raises_read_error(tmp_path: Path):
    path = tmp_path / "garbage.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    with pytest.raises(ReadError):
        office_reader.read(path)


@needs_soffice
def test_rtf_converts_with_table_and_footnote(tmp_path: Path):
    rtf = (r"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Times New Roman;}}"
           r"\pard Ch\u7881? ti\u234?u n\u259?m 2025 {\super\chftn}{\footnote\pard {\super\chftn} "
           r"Theo s\u7889? li\u7879?u th\u7889?ng k\u234?.}\par"
           r"\trowd\cellx2000\cellx4000 T\u7927? l\u7879?\cell 98,5%\cell\row"
           r"\pard Cu\u7889?i v\u259?n b\u7843?n.\par}")
    path = tmp_path / "note.rtf"
    path.write_text(rtf, encoding="ascii")
    doc = office_reader.read(path)
    assert doc.format == "rtf"
    body = [b for b in doc.blocks if b.source == "body"]
    assert body[0].text.startswith("Chỉ tiêu năm 2025")
    (table,) = tables(doc)
    assert [c.text for c in table.rows[0]] == ["Tỷ lệ", "98,5%"]
    assert body[-1].text == "Cuối văn bản."
    notes = [b.text for b in doc.blocks if b.source == "footnote"]
    assert any("Theo số liệu thống kê." in n for n in notes)


def test_doc_that_is_really_html_is_read_as_html(tmp_path: Path):
    path = tmp_path / "saved_as.doc"
    path.write_text("<html><body><p>Tỷ lệ giải ngân đạt 87%</p></body></html>", encoding="utf-8")
    doc = office_reader.read(path)
    assert [b.text for b in doc.blocks] == ["Tỷ lệ giải ngân đạt 87%"]


# --- html: generated ------------------------------------------------------------------------------

MSO_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<style>p.MsoNormal {margin:0}</style>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Admin</o:Author></o:DocumentProperties></xml><![endif]-->
</head><body lang=EN-US><div class=WordSection1>
<p class=MsoTitle>K&#7870; HO&#7840;CH<o:p></o:p></p>
<p class=MsoNormal>T&#7927; l&#7879; h&#7897; ngh&egrave;o
gi&#7843;m c&ograve;n 1,5%;<br>d&ograve;ng hai<o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Ch&#7881; ti&#234;u th&#7913; nh&#7845;t</p>
<p class=MsoNormal style='display:none'>&#7848;n &#273;i</p>
<table class=MsoTableGrid border=1>
 <tr><td rowspan=2><p class=MsoNormal>STT</p></td><td colspan=2><p class=MsoNormal>K&#7871;t qu&#7843;</p></td></tr>
 <tr><td><p>K&#7871; ho&#7841;ch</p></td><td><p>Th&#7921;c hi&#7879;n</p>
   <table><tr><td>a</td><td>b</td></tr></table></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText>[1] Ngu&#7891;n: C&#7909;c Th&#7889;ng k&ecirc;.</p></div></div>
</div></body></html>"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_mso_html_blocks_entities_and_lists(tmp_path: Path):
    doc = html_reader.read(write(tmp_path, "mso.htm", MSO_HTML.encode("cp1252")))
    texts = [(b.kind, b.text) for b in doc.blocks if b.kind != "table"]
    assert texts[0] == ("heading", "KẾ HOẠCH")
    # source line wraps collapse to a space, <br> is a line break, entities decoded
    assert texts[1] == ("paragraph", "Tỷ lệ hộ nghèo giảm còn 1,5%;\ndòng hai")
    assert texts[2] == ("list_item", "1.\xa0\xa0 Chỉ tiêu thứ nhất")
    assert "Ẩn đi" not in flat_text(doc)            # display:none
    assert "Admin" not in flat_text(doc)            # conditional-comment XML
    assert doc.encoding == "windows-1252"


def test_mso_html_table_spans_and_nested_table(tmp_path: Path):
    doc = html_reader.read(write(tmp_path, "mso.htm", MSO_HTML.encode("cp1252")))
    (table,) = tables(doc)
    assert [[(c.text, c.rowspan, c.colspan) for c in row] for row in table.rows] == [
        [("STT", 2, 1), ("Kết quả", 1, 2)],
        [("Kế hoạch", 1, 1), ("Thực hiện\na\tb", 1, 1)],
    ]


def test_mso_html_footnotes_are_marked(tmp_path: Path):
    doc = html_reader.read(write(tmp_path, "mso.htm", MSO_HTML.encode("cp1252")))
    assert [b.text for b in doc.blocks if b.source == "footnote"] == ["[1] Nguồn: Cục Thống kê."]


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 spells Vietnamese as a base letter plus a combining tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tone = next(c for c in d if c in TONES)
            out += unicodedata.normalize("NFC", d.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return out


VI_SENTENCE = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Tỷ lệ hộ gia đình sử dụng nước sạch đạt 98,5% kế hoạch "
               "năm 2025; chỉ tiêu thu ngân sách nhà nước trên địa bàn tỉnh hoàn thành vượt mức.")


@pytest.mark.parametrize("declared, payload", [
    ("utf-8", to_cp1258(VI_SENTENCE)),             # declared utf-8, really windows-1258
    ("windows-1252", VI_SENTENCE.encode("utf-8")),  # declared windows-1252, really utf-8
    ("utf-8", VI_SENTENCE.encode("utf-8")),
])
def test_html_declared_charset_is_verified(tmp_path: Path, declared: str, payload: bytes):
    data = f'<html><head><meta charset="{declared}"></head><body><p>'.encode() + payload + b"</p></body></html>"
    doc = html_reader.read(write(tmp_path, "cs.html", data))
    assert unicodedata.normalize("NFC", doc.blocks[0].text) == VI_SENTENCE


PORTAL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>
<script>var menu = "TRANG CHỦ";</script></head><body>
<nav><a>TRANG CHỦ</a><a>VĂN BẢN PHÁP LUẬT</a></nav>
<div class="breadcrumb">Trang chủ &gt; Văn bản</div>
<table class="props">
 <tr><td><b>Số ký hiệu</b></td><td>12/2025/QĐ-UBND</td><td>Ngày ban hành:</td><td>05/03/2025</td></tr>
 <tr><td>Loại văn bản</td><td>Quyết định</td><td>Cơ quan ban hành</td><td>UBND tỉnh Lâm Đồng</td></tr>
</table>
<div id="toanvancontent">
 <p>QUYẾT ĐỊNH</p><p>Về việc giao chỉ tiêu kế hoạch năm 2025 cho các sở, ngành và địa phương trong tỉnh.</p>
 <p>Điều 1. Giao chỉ tiêu tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%, tỷ lệ thanh toán trực tuyến đạt 80%.</p>
</div>
<div class="related"><p>Văn bản liên quan</p><p>Người ký: Nguyễn Văn A</p></div>
<footer>Đơn vị chủ quản: Sở Tư pháp</footer></body></html>"""


def test_portal_page_keeps_only_document_body_and_reads_meta(tmp_path: Path):
    doc = html_reader.read(write(tmp_path, "portal.html", PORTAL.encode("utf-8")))
    text = flat_text(doc)
    assert text.startswith("QUYẾT ĐỊNH")
    for chrome in ("TRANG CHỦ", "Trang chủ", "Đơn vị chủ quản", "Văn bản liên quan", "12/2025/QĐ-UBND"):
        assert chrome not in text
    assert doc.site_meta == {"number_symbol": "12/2025/QĐ-UBND", "issued_date": "05/03/2025",
                             "doc_type": "Quyết định", "issuer": "UBND tỉnh Lâm Đồng",
                             "signer": "Nguyễn Văn A"}


def test_page_without_known_container_uses_dominant_text(tmp_path: Path):
    page = PORTAL.replace('id="toanvancontent"', 'class="main-col"')
    doc = html_reader.read(write(tmp_path, "portal2.html", page.encode("utf-8")))
    text = flat_text(doc)
    assert "Điều 1. Giao chỉ tiêu" in text and "TRANG CHỦ" not in text and "Đơn vị chủ quản" not in text


# --- the real corpus ------------------------------------------------------------------------------

@needs_corpus
@pytest.mark.parametrize("path", corpus_files(".docx", ".doc", ".htm", ".html"), ids=lambda p: p.name)
def test_corpus_file_reads_or_raises_read_error(path: Path):
    try:
        doc = read_file(path)
    except ReadError:
        return
    assert any(b.text.strip() or b.rows for b in doc.blocks)
    assert all(b.kind in ("heading", "paragraph", "list_item", "table") for b in doc.blocks)
    for t in tables(doc):
        assert t.rows and all(c.rowspan >= 1 and c.colspan >= 1 for row in t.rows for c in row)


VBPL_27 = CORPUS / "vbpl_doc_000027_ND-27-2026_CSDL_QuocGia_CBCCVC.html"


@pytest.mark.skipif(not VBPL_27.exists(), reason="corpus file absent")
def test_vbpl_snapshot_body_has_no_site_chrome():
    doc = html_reader.read(VBPL_27)
    text = flat_text(doc)
    for chrome in ("TRANG CHỦ", "GIỚI THIỆU", "VĂN BẢN PHÁP LUẬT ĐỊA PHƯƠNG", "Đơn vị chủ quản",
                   "Ngày cập nhật", "Thuộc tính", "Lược đồ", "Tải về"):
        assert chrome not in text
    assert "Số: 27/2026/NĐ-CP" in text
    assert "Điều 32. Trách nhiệm thi hành" in text


@pytest.mark.skipif(not VBPL_27.exists(), reason="corpus file absent")
def test_vbpl_snapshot_site_meta():
    meta = html_reader.read(VBPL_27).site_meta
    assert meta["number_symbol"] == "27/2026/NĐ-CP"
    assert meta["doc_type"] == "Nghị định"
    assert meta["effective_date"] == "01/07/2026"
    assert meta["title"].startswith("Quy định về Cơ sở dữ liệu quốc gia")


VBPL_551 = CORPUS / "vbpl_doc_000551_QD-51-2025-QD-TTg_BoTieuChi_NongThonMoi_2026-2030.html"


@pytest.mark.skipif(not VBPL_551.exists(), reason="corpus file absent")
def test_vbpl_criteria_table_keeps_rowspans():
    doc = html_reader.read(VBPL_551)
    table = next(t for t in tables(doc) if t.rows[0][0].text == "TT")
    assert [(c.text, c.rowspan) for c in table.rows[2][:2]] == [("1", 4), ("Quy hoạch", 4)]


LUONGMINH = CORPUS / "luongminh_KH_thuc_hien_HN_hiep_thuong_LuongMinh.htm"


@pytest.mark.skipif(not LUONGMINH.exists(), reason="corpus file absent")
def test_word_web_page_in_windows_1252_with_entities():
    doc = html_reader.read(LUONGMINH)
    assert doc.encoding == "windows-1252"
    text = flat_text(doc)
    assert "Lương Minh" in text and "I. MỤC ĐÍCH, YÊU CẦU" in text
    assert "Admin" not in text      # document properties in a conditional comment


TWIN = CORPUS / "vbai_TBKL_cuoc_hop_PCI_+_Doanh_nghiep"


@needs_soffice
@pytest.mark.skipif(not TWIN.with_suffix(".doc").exists(), reason="corpus file absent")
def test_doc_and_docx_twins_read_nearly_the_same():
    a = flat_text(docx_reader.read(TWIN.with_suffix(".docx")))
    b = flat_text(office_reader.read(TWIN.with_suffix(".doc")))
    assert SequenceMatcher(None, a, b, autojunk=False).ratio() > 0.97
    assert "1. Thống nhất tổ chức Hội nghị gặp mặt doanh nghiệp" in b   # automatic number rendered


# --- office: tool failures (fake soffice scripts, no LibreOffice needed) ---------------------------

OLE_WORD = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "WordDocument".encode("utf-16-le")
            + b"\x00" * 256)


def fake_tool(tmp_path: Path, body: str) -> str:
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(0o755)
    return str(script)


def test_libreoffice_timeout_raises_tool_failed(tmp_path: Path, monkeypatch):
    from extractor.errors import ToolFailed

    monkeypatch.setattr(office_reader, "soffice_binary", lambda: fake_tool(tmp_path, "sleep 30"))
    monkeypatch.setattr(office_reader, "TIMEOUT_S", 1)
    monkeypatch.setattr(office_reader.shutil, "which", lambda name: None)    # no antiword either
    with pytest.raises(ToolFailed, match="timed out"):
        office_reader.read(write(tmp_path, "slow.doc", OLE_WORD))


def test_missing_libreoffice_raises_tool_missing(tmp_path: Path, monkeypatch):
    from extractor.errors import ToolMissing

    monkeypatch.setattr(office_reader.shutil, "which", lambda name: None)
    with pytest.raises(ToolMissing, match="LibreOffice"):
        office_reader.read(write(tmp_path, "x.doc", OLE_WORD))


def test_libreoffice_failure_without_output_raises_tool_failed(tmp_path: Path, monkeypatch):
    from extractor.errors import ToolFailed

    monkeypatch.setattr(office_reader, "soffice_binary", lambda: fake_tool(tmp_path, "echo boom >&2; exit 1"))
    monkeypatch.setattr(office_reader.shutil, "which", lambda name: None)
    with pytest.raises(ToolFailed, match="boom"):
        office_reader.read(write(tmp_path, "x.doc", OLE_WORD))


PHIEU = CORPUS / "vbai_Phieu_trinh_963.doc"


@pytest.mark.skipif(not PHIEU.exists() or not __import__("shutil").which("antiword"),
                    reason="needs antiword and the corpus file")
def test_antiword_fallback_when_libreoffice_fails(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(office_reader, "soffice_binary", lambda: fake_tool(tmp_path, "exit 1"))
    doc = office_reader.read(PHIEU)
    assert doc.warnings and "antiword" in doc.warnings[0]
    assert doc.format == "doc" and all(b.kind == "paragraph" for b in doc.blocks)
    assert "963" in flat_text(doc)


# --- html: hidden elements, and the styles that cannot hide one ---------------------------------------

@pytest.mark.parametrize("style, hidden", [
    ("display:none", True),
    ("margin-left:18pt; DISPLAY : NONE", True),
    ("visibility: hidden;font-size:13pt", True),
    ("mso-hide:all", True),
    ("d\u0131splay:none", True),                      # a dotless i: re.I still reads 'display'
    ("font-family:\"Times New Roman\";vis\u0130bility:hidden", True),
    ("margin:0cm;font-size:13.0pt;line-height:115%", False),
    ("display:block", False),
    ("mso-list:l0 level1 lfo1", False),
    ("font-family:\"Tahoma\",\"sans-serif\";color:#1F3864", False),
    ("font-family:\"Phông chữ\"; visibility:visible", False),
    ("", False),
])
def test_a_style_hides_its_element_only_when_it_says_so(style, hidden, tmp_path: Path):
    page = f"<html><body><p>Mở đầu</p><p style='{style}'>Đoạn thử 12%</p></body></html>"
    doc = html_reader.read(write(tmp_path, "p.html", page.encode("utf-8")))
    assert ("Đoạn thử 12%" not in flat_text(doc)) == hidden


def test_an_ascii_style_without_a_hiding_property_is_not_searched(monkeypatch, tmp_path: Path):
    searched = []

    class Counting:
        def search(self, text):
            searched.append(text)
            return None
    monkeypatch.setattr(html_reader, "_HIDDEN", Counting())
    page = "<html><body><p style='margin:0cm;font-size:13pt'>Tỷ lệ 90%</p><p style='display:block'>B</p></body></html>"
    html_reader.read(write(tmp_path, "p.html", page.encode("utf-8")))
    assert searched == ["display:block"]
