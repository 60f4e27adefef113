"""The PDF reader on PDFium: characters, edges and words as pdfplumber gives them, pdfplumber's table
finder only on pages with ruling lines, a box for every word of every block and cell, and a scan's
pages OCR'd several at a time, in page order."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from pdfplumber import utils as plumber

from extractor.errors import SettingError, ToolFailed, ToolMissing
from extractor.model import Box, locate_value_boxes, page_boxes
from extractor.normalize.document import normalize_document
from extractor.read import ocr, pdf, pdf_objects, pdf_words

ROOT = Path(__file__).resolve().parents[1]
SEED_002 = ROOT / "corpus" / "002_271367b9633365e6.pdf"
SEED_004 = ROOT / "corpus" / "004_6235157468960801.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
ROWS = [("STT", "Chỉ tiêu", "Kết quả"), ("1", "Tỷ lệ hồ sơ trực tuyến", "93,6%"), ("2", "Số thủ tục", "1.144/1.144")]


def _fpdf():
    fpdf = pytest.importorskip("fpdf")
    if not Path(FONT).exists():
        pytest.skip("DejaVu fonts not installed")
    doc = fpdf.FPDF()                     # A4, its MediaBox inherited from the page tree
    doc.add_font("DejaVu", fname=FONT)
    doc.add_font("DejaVu", style="B", fname=FONT.replace(".ttf", "-Bold.ttf"))
    doc.set_font("DejaVu", size=11)
    return doc


@pytest.fixture(scope="module")
def ruled(tmp_path_factory) -> Path:
    """Page 1: a sentence and a ruled table; page 2: prose only."""
    doc = _fpdf()
    doc.add_page()
    doc.text(20, 30, "Kết quả thực hiện năm 2025 theo Nghị định số 42/2022/NĐ-CP như sau:")
    doc.set_xy(20, 40)
    with doc.table(col_widths=(20, 80, 40)) as table:
        for row in ROWS:
            cells = table.row()
            for text in row:
                cells.cell(text)
    doc.add_page()
    doc.text(20, 30, "Trang hai chỉ có văn bản, không có bảng nào.")
    path = tmp_path_factory.mktemp("pdf") / "ruled.pdf"
    doc.output(str(path))
    return path


@pytest.fixture(scope="module")
def aligned(tmp_path_factory) -> Path:
    """Three columns aligned by position, no ruling lines."""
    doc = _fpdf()
    doc.add_page()
    for i, row in enumerate(ROWS):
        for x, text in zip((20, 60, 150), row):
            doc.text(x, 30 + 8 * i, text)
    path = tmp_path_factory.mktemp("pdf") / "aligned.pdf"
    doc.output(str(path))
    return path


@pytest.fixture(scope="module")
def rotated(ruled, tmp_path_factory) -> Path:
    doc = pdfium.PdfDocument(str(ruled))
    doc[0].set_rotation(90)
    path = tmp_path_factory.mktemp("pdf") / "rotated.pdf"
    doc.save(str(path))
    doc.close()
    return path


def tables(doc):
    return [b for b in doc.blocks if b.kind == "table"]


def cell_texts(block):
    return [[" ".join(c.text.split()) for c in row] for row in block.rows]


class CountingFinder:
    calls: list[int] = []

    def __init__(self, objs, settings):
        CountingFinder.calls.append(objs.number)
        self.tables = pdf_objects_finder(objs, settings).tables


pdf_objects_finder = pdf.TableFinder


# --- tables: the finder only where ruling lines are -------------------------------------------------

def test_a_ruled_table_comes_back_with_its_cells(ruled):
    (table,) = tables(pdf.read(ruled))
    assert cell_texts(table) == [list(r) for r in ROWS]
    assert [c.is_header for c in table.rows[0]] == [True] * 3
    assert {c.page for row in table.rows for c in row} == {1}


def test_the_table_finder_runs_only_on_pages_with_ruling_lines(ruled, aligned, monkeypatch):
    monkeypatch.setattr(pdf, "TableFinder", CountingFinder)
    CountingFinder.calls = []
    pdf.read(ruled)
    assert CountingFinder.calls == [1]                 # page 2 has no lines: no finder
    CountingFinder.calls = []
    doc = pdf.read(aligned)
    assert CountingFinder.calls == []
    (table,) = tables(doc)                             # aligned columns still make a table
    assert cell_texts(table) == [list(r) for r in ROWS]


# --- the page objects are pdfplumber's ---------------------------------------------------------------

def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol


@pytest.mark.parametrize("name", ["ruled", "rotated", "seed_002", "seed_004"])
def test_chars_edges_and_words_are_pdfplumbers(name, request):
    path = {"seed_002": SEED_002, "seed_004": SEED_004}.get(name) or request.getfixturevalue(name)
    doc = pdf_objects.open_pdf(path)
    with pdfplumber.open(path) as plumbed:
        for number, page in enumerate(plumbed.pages, 1):
            mine = pdf_objects.read_page(doc, number)
            assert (_close(mine.width, page.width, 0.01), _close(mine.height, page.height, 0.01)) == (True, True)
            theirs = [c for c in page.chars if not c["text"].isspace()]
            ours = [c for c in mine.chars if not c["text"].isspace()]
            assert [c["text"] for c in ours] == [c["text"] for c in theirs]
            # A font without a Descent in its descriptor: pdfminer puts the box on the baseline,
            # PDFium knows the font's descent (the seeds' fonts: up to 2.3 pt lower); without
            # metrics at all, PDFium's box ends where the glyph does, not at its advance. Where a
            # character starts along the line, and on an upright page its size, are the same.
            along = "x0" if page.rotation in (0, 180) else "top"
            for a, b in zip(ours, theirs):
                assert _close(a[along], b[along], 0.01), (a, b)
                assert page.rotation or _close(a["size"], b["size"], 0.01), (a, b)
                assert all(_close(a[k], b[k], 2.5) for k in ("x0", "x1", "top", "bottom")), (a, b)
                assert a["upright"] == b["upright"]
            key = lambda e: (e["orientation"], round(e["x0"]), round(e["top"]), round(e["x1"]), round(e["bottom"]))
            assert sorted(map(key, mine.edges)) == sorted(map(key, plumber.filter_edges(page.edges)))
            assert [w["text"] for w in pdf_words.words(mine.chars)] == [w["text"] for w in page.extract_words()]


@pytest.mark.parametrize("path", [SEED_002, SEED_004])
def test_fast_words_and_cell_text_are_pdfplumbers_on_the_same_characters(path):
    from pdfplumber.utils import text as plumber_text

    doc = pdf_objects.open_pdf(path)
    for number in range(1, len(doc) + 1):
        chars = pdf_objects.read_page(doc, number).chars
        fast = pdf_words.words(chars)
        slow = plumber_text.extract_words(chars)
        assert [(w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in fast] == \
               [(w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in slow]
        for top in range(0, 842, 60):                  # bands of the page, as table rows are
            band = [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 < top + 60]
            assert pdf_words.cell_text(band)[0] == plumber_text.extract_text(band)


def test_an_inherited_mediabox_is_the_page_size(ruled):
    objs = pdf_objects.read_page(pdf_objects.open_pdf(ruled), 1)
    assert (round(objs.width, 2), round(objs.height, 2)) == (595.28, 841.89)      # A4, not Letter


# --- boxes ------------------------------------------------------------------------------------------------

def test_every_word_of_a_block_or_cell_has_its_box(ruled):
    raw = pdf.read(ruled)
    for block in raw.blocks:
        for holder in ([block] if not block.rows else [c for row in block.rows for c in row]):
            assert len(holder.boxes) == len(holder.text.split())
            assert [holder.text[b.start:b.end] for b in map(Box._make, holder.boxes)] == holder.text.split()


def test_a_value_is_found_on_the_page_where_pdfplumber_sees_it(ruled):
    doc = normalize_document(pdf.read(ruled), str(ruled))
    table = next(b for b in doc.blocks if b.kind == "table")
    cell = next(c for c in table.cells if c.text == "93,6%")
    ((page, x0, top, x1, bottom),) = page_boxes(cell, cell.start, cell.end)
    with pdfplumber.open(ruled) as plumbed:
        word = next(w for w in plumbed.pages[0].extract_words() if w["text"] == "93,6%")
    assert page == 1
    assert _close(x0, word["x0"], 0.01) and _close(x1, word["x1"], 0.01) and _close(top, word["top"], 2.5)
    para = next(b for b in doc.blocks if "42/2022/NĐ-CP" in b.text)
    start = para.start + para.text.index("42/2022/NĐ-CP")
    ((page, x0, *_),) = page_boxes(para, start, start + len("42/2022/NĐ-CP"))
    assert page == 1 and x0 > 200


def test_values_spanning_two_lines_get_a_box_per_line():
    raw = pdf.read(SEED_004)
    doc = normalize_document(raw, str(SEED_004))
    block = next(b for b in doc.blocks if b.kind != "table" and b.raw.count("\n") >= 2)
    boxes = page_boxes(block, block.start, block.end)
    assert len(boxes) == block.raw.count("\n") + 1
    assert all(a[2] < b[2] for a, b in zip(boxes, boxes[1:]))         # top to bottom


# --- OCR: a file's pages several at a time ---------------------------------------------------------------

def test_ocr_pages_come_back_in_page_order_two_at_a_time(monkeypatch):
    running, most = [0], [0]
    lock = threading.Lock()

    def fake(path, page):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02 * (7 - page))              # later pages finish first
        with lock:
            running[0] -= 1
        return [f"trang {page}"]

    monkeypatch.setattr(ocr, "ocr_pdf_page", fake)
    monkeypatch.setenv("CHITIEU_OCR_JOBS", "2")
    out = list(ocr.ocr_pdf_pages(Path("scan.pdf"), [1, 2, 3, 4, 5, 6]))
    assert out == [(p, [f"trang {p}"]) for p in range(1, 7)]
    assert most[0] == 2


def test_a_failed_ocr_page_is_reported_and_the_others_kept(monkeypatch):
    def fake(path, page):
        if page == 2:
            raise ToolFailed("tesseract failed")
        return [f"trang {page}"]

    monkeypatch.setattr(ocr, "ocr_pdf_page", fake)
    monkeypatch.setenv("CHITIEU_OCR_JOBS", "2")
    out = dict(ocr.ocr_pdf_pages(Path("scan.pdf"), [1, 2, 3]))
    assert out[1] == ["trang 1"] and out[3] == ["trang 3"] and isinstance(out[2], ToolFailed)


def test_a_missing_ocr_tool_stops_the_file(monkeypatch):
    def fake(path, page):
        raise ToolMissing("tesseract is not installed")

    monkeypatch.setattr(ocr, "ocr_pdf_page", fake)
    monkeypatch.setenv("CHITIEU_OCR_JOBS", "2")
    with pytest.raises(ToolMissing):
        list(ocr.ocr_pdf_pages(Path("scan.pdf"), [1, 2, 3]))


@pytest.mark.parametrize("value, jobs", [("", None), ("1", 1), ("3", 3)])
def test_ocr_jobs_setting(monkeypatch, value, jobs):
    monkeypatch.setenv("CHITIEU_OCR_JOBS", value)
    assert ocr.jobs() == (jobs or ocr.usable_cpus())


@pytest.mark.parametrize("value", ["0", "two"])
def test_a_bad_ocr_jobs_setting_is_a_setting_error(monkeypatch, value):
    monkeypatch.setenv("CHITIEU_OCR_JOBS", value)
    with pytest.raises(SettingError, match="CHITIEU_OCR_JOBS"):
        ocr.jobs()


def _cropped(page, box) -> str:
    x0, top, x1, bottom = box
    return " ".join(page.crop((x0 - 1, top - 1, x1 + 1, bottom + 1)).extract_text().split())


def test_value_boxes_come_from_the_reader_and_hold_their_values():
    """Provenance.bbox without opening the PDF again: cropping the page to a value's box gives the
    value back, and an indicator's label, target and result sit side by side in their row."""
    from extractor.pipeline import extract_file

    result = extract_file(SEED_002)
    provs = [q.prov for q in result.quantities] + [m for r in result.legal_refs for m in r.mentions]
    provs += [p for i in result.indicators for p in (i.prov, i.target_prov, i.actual_prov) if p]
    assert len(provs) > 150 and locate_value_boxes(result.document, provs) >= 0.97 * len(provs)
    with pdfplumber.open(SEED_002) as plumbed:
        for q in result.quantities:
            page = plumbed.pages[q.prov.page - 1]
            assert " ".join(q.prov.text.split()) in _cropped(page, q.prov.bbox), q.prov.text
        ind = next(i for i in result.indicators if i.label == "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử")
        label, target, actual = ind.prov.bbox, ind.target_prov.bbox, ind.actual_prov.bbox
        assert label[2] < target[0] < target[2] < actual[0] and target[1] < label[3]
        page = plumbed.pages[ind.prov.page - 1]
        assert (_cropped(page, target), _cropped(page, actual)) == ("100%", "87,3%")


# --- real documents ---------------------------------------------------------------------------------------

def test_a_space_in_a_text_object_of_its_own_still_splits_words(shared):
    """PDFium leaves a text object holding only a space out of the page text ('b)' ' ' 'Điểm' drawn
    as three objects); pdfminer keeps it, and 'b)Điểm' would no longer start a list item."""
    path = shared("corpus", "vbai_3367-UB-_bao_cao_ket_qua_tong_hop_yeu_cau_hoi_to_chuc_DH.signed.signed.pdf")
    doc = pdf.read(path)
    assert any(b.text.startswith("b) Điểm b, c khoản 4 Điều 19") and b.kind == "list_item" for b in doc.blocks)


def test_a_lines_font_is_the_same_on_every_run():
    assert pdf._most_common(["B", "A", "A", "B"]) == "B"       # a tie: the first seen, not a set's pick
