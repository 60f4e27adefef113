"""Word breaks in PDFs whose Vietnamese letters are drawn in a fallback font (LibreOffice Writer
prints a line's text in Liberation Serif with holes, and fills the holes with the letters it lacks
in DejaVu, as separate text objects): PDFium's inferred spaces mark the holes, and a hole filled by
another object's glyph is no word break ('UBND T Ỉ NH', 'K ết qu ả' before), while a hole left open
beside such a glyph is one ('nh ưsau' before). Table cells and columns side by side stay apart."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extractor.model import locate_value_boxes
from extractor.read import pdf, pdf_objects, pdf_words

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "bao_cao_ket_qua_phu_luc_II.pdf"      # LibreOffice 7.4 Writer
SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice")


def _lines(path: Path) -> list[list[str]]:
    """The words of every line of every page, as the reader builds them."""
    doc = pdf_objects.open_pdf(path)
    try:
        out = []
        for n in range(1, len(doc) + 1):
            words = pdf_words.words(pdf_objects.read_page(doc, n, with_edges=False).chars)
            out += [[w["text"] for w in line] for line in pdf_words.lines(words)]
        return out
    finally:
        doc.close()


@pytest.fixture(scope="module")
def fixture_lines() -> list[list[str]]:
    return _lines(FIXTURE)


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory) -> dict[str, Path]:
    """corpus/000, 001, 002 and 004 printed to PDF by LibreOffice (and saved as text), by stem prefix."""
    if SOFFICE is None:
        pytest.skip("needs LibreOffice")
    base = tmp_path_factory.mktemp("lo")
    out = {}
    for i, doc in enumerate(sorted((ROOT / "corpus").glob("00[0124]_*.docx"))):
        for k, kind in enumerate(("pdf", "txt:Text (encoded):UTF8")):
            subprocess.run([SOFFICE, f"-env:UserInstallation={(base / f'profile{i}_{k}').as_uri()}", "--headless",
                            "--norestore", "--convert-to", kind, "--outdir", str(base), str(doc)],
                           capture_output=True, timeout=300, check=True)
        out[doc.name[:3]] = base / f"{doc.stem}.pdf"
    return out


# --- real lines, word for word ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "UBND TỈNH PHÚ THỌ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Phú Thọ, ngày 15 tháng 12 năm 2025",
    "Kết quả thực hiện Kế hoạch cải cách thủ tục hành chính, hiện đại hóa phương",
    "năm 2025, UBND tỉnh báo cáo kết quả thực hiện như sau:",
    "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt 52,4%, chưa",
    "chính đạt 63,7%, đạt chỉ tiêu 60%.",
])
def test_fixture_lines_come_back_word_for_word(fixture_lines, line):
    assert line.split() in fixture_lines


@needs_soffice
@pytest.mark.parametrize("stem, line", [
    # pdftotext itself splits these justified lines ('đ ạt t ối thi ểu', 'đ ề ngh ị các b ộ')
    ("001", "+ Đối với các bộ, ngành: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu"),
    ("001", "Để đạt các mục tiêu đề ra, Bộ Thông tin và Truyền thông đề nghị các bộ,"),
    ("001", "chính sách hỗ trợ chi phí chuyển phát kết quả khi người dân sử dụng dịch vụ công"),
    # a list number, then the tab to the item's text: no space glyph, no inferred space
    ("000", "10. Tỷ lệ 20% Dịch vụ công trực tuyến sử dụng chữ ký số trên nền tảng di động để"),
    # 'Ử' in the fallback font is wider than the hole left for it and covers most of the space
    # after it: PDFium's inferred space, a space short of 'T', says the space was there
    ("002", "TỬ TỈNH AN GIANG"),
    ("004", "Căn cứ Quyết định số 240/QĐ-TTg ngày 04/02/2025 của Thủ tướng Chính"),
    ("004", "Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ về nhiệm vụ, giải pháp"),
])
def test_libreoffice_lines_come_back_word_for_word(libreoffice, stem, line):
    assert line.split() in _lines(libreoffice[stem])


@needs_soffice
def test_every_word_of_the_source_is_read_from_its_libreoffice_pdf_but_for_wraps(libreoffice):
    from collections import Counter
    for stem, path in libreoffice.items():
        source = Counter(path.with_suffix(".txt").read_text(encoding="utf-8-sig").split())
        ours = Counter(w for line in _lines(path) for w in line)
        # 002 breaks two words at the end of a narrow cell's line ('ng' 'ày', '42/2022/NĐ-' 'CP')
        assert sum((source & ours).values()) >= sum(source.values()) - 2, (stem, source - ours)


@needs_soffice
def test_large_type_with_fallback_letters_stays_on_its_line(tmp_path):
    """The fallback font's box sits 0.18 of the size lower: from 17 points up, more than the
    3-point tolerance on tops, and 'C ng hòa' came out with 'ộ' on a line of its own."""
    docx = pytest.importorskip("docx")
    from docx.shared import Pt
    doc = docx.Document()
    for size in (18, 24, 30):
        run = doc.add_paragraph().add_run(f"Cộng hòa {size} điểm")
        run.font.size, run.font.name = Pt(size), "Times New Roman"    # Liberation Serif, + DejaVu
    doc.save(tmp_path / "lon.docx")
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "lon.docx")],
                   capture_output=True, timeout=300, check=True)
    assert _lines(tmp_path / "lon.pdf") == [["Cộng", "hòa", str(size), "điểm"] for size in (18, 24, 30)]


# --- counterexamples: what must stay apart ------------------------------------------------------------

def test_table_cells_side_by_side_are_not_glued(fixture_lines):
    assert ["STT", "Chỉ", "tiêu", "Đơn", "vị", "Chỉ", "tiêu", "Kết", "quả", "Đánh", "giá"] in fixture_lines
    assert ["1", "Tỷ", "lệ", "số", "%", "80", "82,5", "Đạt"] in fixture_lines
    assert ["3", "Tỷ", "lệ", "văn", "%", "90", "86", "Chưa", "đạt"] in fixture_lines


def test_table_cells_of_the_fixture_read_whole():
    (table,) = [b for b in pdf.read(FIXTURE).blocks if b.kind == "table"][:1]
    assert [c.text for c in table.rows[1]] == ["1", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                                              "%", "80", "82,5", "Đạt"]


@needs_soffice
def test_the_header_columns_stay_apart(libreoffice):
    texts = [b.text for b in pdf.read(libreoffice["004"]).blocks[:6]]
    assert "ỦY BAN NHÂN DÂN TỈNH PHÚ\nTHỌ" in texts and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts


def _char(text: str, x0: float, x1: float, **extra) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "bottom": 113.0, "size": 13.0,
            "upright": True, "fontname": "F", **extra}


@pytest.mark.parametrize("chars, want", [
    # a hole PDFium marked and a fallback glyph filled: one word
    ([_char("T", 130.15, 138.08), _char(" ", 138.08, 143.24, generated=True), _char("N", 143.24, 152.63),
      _char("Ỉ", 138.1, 143.24)], ["TỈN"]),
    # the fallback glyph leaves the end of the hole open: the word ends there
    ([_char("h", 362.24, 368.74), _char(" ", 368.74, 380.42, generated=True), _char("s", 380.42, 385.47),
      _char("ư", 368.92, 377.86)], ["hư", "s"]),
    # the same 2.6-point gap, unmarked: kerning or letter spacing, not a word break
    ([_char("h", 362.24, 368.74), _char("ư", 368.92, 377.86), _char("s", 380.42, 385.47)], ["hưs"]),
    # a space of the content always breaks, a gap wider than 3 points too (pdfplumber's rule)
    ([_char("a", 10, 16), _char(" ", 16, 16.5), _char("b", 16.5, 22)], ["a", "b"]),
    ([_char("80", 10, 22), _char("82,5", 25.5, 45)], ["80", "82,5"]),
    # after closing punctuation a visible gap is a break; inside a number there is none
    ([_char("1", 85.2, 91.7), _char(".", 91.7, 94.95), _char("T", 96.7, 104.63)], ["1.", "T"]),
    ([_char("5", 85.2, 91.7), _char(",", 91.7, 94.95), _char("2", 94.95, 101.45)], ["5,2"]),
])
def test_word_breaks(chars, want):
    assert [w["text"] for w in pdf_words.words(chars)] == want


# --- provenance ----------------------------------------------------------------------------------

def test_values_of_the_fixture_pdf_get_their_boxes():
    from extractor.pipeline import extract_file

    result = extract_file(FIXTURE)
    provs = [q.prov for q in result.quantities]
    assert len(provs) >= 20 and locate_value_boxes(result.document, provs) == len(provs)
    boxes = {q.prov.text: q.prov.bbox for q in result.quantities}
    x0, top, x1, bottom = boxes["52,4%"]
    assert 0 < x1 - x0 < 40 and 0 < bottom - top < 20
