"""`chitieu report`: the one-page report of a document, as text, HTML and PDF.

Real values of corpus/002 (An Giang's NQ 17 annex, a PDF of 8 pages) as the report must print
them: label, target, result, status word and where the value sits; then the same page in headless
Chromium (a screenshot), and the PDF read back with pdftotext and pdftoppm. Two documents of
../shared/corpus when present. Screenshots go to output/screenshots/ (report_*.png)."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from conftest import CORPUS, ROOT, shared_path
from corpus_db import run_bounded
from extractor.batch import run_batch
from extractor.cli.main import cli
from extractor.report import words
from extractor.report.places import DocumentPlaces, Place

SHOTS = ROOT / "output" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HAS_CHROMIUM = os.access(CHROMIUM, os.X_OK)
HAS_POPPLER = bool(shutil.which("pdftotext") and shutil.which("pdftoppm"))
PDF_DOC = "002_271367b9633365e6.pdf"

# (label starts with, target, result, unit, status, place) as printed for corpus/002's PDF
EXPECTED_002 = [
    ("Số lượng người dân và doanh nghiệp tham gia", "≥ 40", "100", "%", "Vượt", "trang 1, bảng 1 dòng 2"),
    ("Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số", "≥ 50", "93,6", "%", "Vượt", "trang 1, bảng 1 dòng 3"),
    ("Tích hợp dịch vụ công trực tuyến mức độ 3, 4", "≥ 100", "100", "%", "Đạt", "trang 1, bảng 1 dòng 4"),
    ("Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử", "≥ 100", "87,3", "%", "Chưa đạt", "trang 3, bảng 1 dòng 12"),
    ("Văn bản trao đổi giữa các cơ quan nhà nước", "≥ 100", "98,53", "%", "Chưa đạt", "trang 4, bảng 1 dòng 16"),
    ("Rút ngắn thời gian họp", "30–50", "50", "%", "Đạt", "trang 7, bảng 1 dòng 21"),
]
# what must never reach a reader
RAW = [(re.compile(r"\bNone\b"), "Python's None"), (re.compile(r"@\d+"), "a character offset"),
       (re.compile(r"\d+[.,]\d{4,}\b"), "a raw float"),
       (re.compile(r"\b(?:target|actual|status|runner-up|unmatched|Indicators)\b"), "an English label")]


# --- words: tables of real values -----------------------------------------------------------------

@pytest.mark.parametrize("value, shown", [
    (93.60000001, "93,6"), (93.6, "93,6"), (98.53, "98,53"), (87.29999999999, "87,3"), (100.0, "100"),
    (54919, "54.919"), (1234567.5, "1.234.567,5"), (0.5, "0,5"), (-2.25, "-2,25"), (None, "—")])
def test_numbers_read_as_vietnamese_write_them(value, shown):
    assert words.number(value) == shown


@pytest.mark.parametrize("args, shown", [
    ((">=", 50.0, None, "%"), "≥ 50%"), (("<=", 3.0, None, "ngày"), "≤ 3 ngày"), (("range", 30.0, 50.0, "%"), "30–50%"),
    (("=", 400.0, None, "triệu USD"), "400 triệu USD"), (("~", 20.0, None, None), "khoảng 20"),
    ((">=", None, None, "%"), "—")])
def test_targets_with_signs_not_codes(args, shown):
    assert words.target(*args) == shown


@pytest.mark.parametrize("score, shown", [(125.76, "100/100"), (100.0, "100/100"), (93.02, "93/100"),
                                          (41.0, "41/100"), (None, "—")])
def test_scores_never_above_100(score, shown):
    assert words.score(score) == shown


@pytest.mark.parametrize("ind, status", [
    ({"achieved": 1, "target_comparator": ">=", "target_value": 50, "actual_value": 93.6}, "Vượt"),
    ({"achieved": 1, "target_comparator": ">=", "target_value": 100, "actual_value": 100}, "Đạt"),
    ({"achieved": 1, "target_comparator": "range", "target_value": 30, "actual_value": 50}, "Đạt"),
    ({"achieved": 1, "target_comparator": "<=", "target_value": 5, "actual_value": 3}, "Vượt"),
    ({"achieved": 0, "target_comparator": ">=", "target_value": 100, "actual_value": 87.3}, "Chưa đạt"),
    ({"achieved": None, "target_value": 80, "actual_value": None}, "Chưa có kết quả"),
    ({"achieved": None, "status_norm": "in_progress", "target_value": 20}, "Đang thực hiện"),
    ({"achieved": None, "target_value": None, "actual_value": 12}, "Không có chỉ tiêu")])
def test_status_in_words(ind, status):
    assert words.status(ind) == status


def test_places_count_tables_and_paragraphs_as_a_reader_does():
    blocks = [{"id": 10, "idx": 0, "kind": "heading", "page": 1}, {"id": 11, "idx": 1, "kind": "paragraph", "page": 1},
              {"id": 12, "idx": 2, "kind": "table", "page": 1}, {"id": 13, "idx": 3, "kind": "paragraph", "page": 2},
              {"id": 14, "idx": 4, "kind": "table", "page": 2}]
    places = DocumentPlaces(blocks)
    assert places.place({"block_id": 11, "page": 1}).words() == "trang 1, đoạn 2"
    assert places.place({"block_id": 12, "page": 1, "row": 3}).words() == "trang 1, bảng 1 dòng 4"
    assert places.place({"block_id": 14, "page": 3, "row": 0}).words() == "trang 3, bảng 2 dòng 1"
    assert places.place({"block_id": 13, "page": 2}).words() == "trang 2, đoạn 1"
    unpaged = DocumentPlaces([{**b, "page": None} for b in blocks])
    assert unpaged.place({"block_id": 13}).words() == "đoạn 3"
    assert places.place({"block_id": None, "page": None}).words() == Place().words() == "—"


# --- the corpus database --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """corpus/ without seed 002's .docx and .txt: with them its PDF is another file of the same
    document and its report is the docx's (test_same_document); here the PDF's pages are wanted."""
    folder = tmp_path_factory.mktemp("report")
    files = [f for f in sorted(CORPUS.iterdir()) if f.is_file()
             and not (f.name.startswith(PDF_DOC.split(".")[0]) and f.suffix in (".docx", ".txt"))]
    out = folder / "chitieu.db"
    run_batch(files, out, jobs=2)
    return out


def report(db: Path, *args: str) -> str:
    out = CliRunner().invoke(cli, ["report", *args, "--db", str(db)])
    assert out.exit_code == 0, out.output
    return out.output


def _table_row_text(db: Path, path_end: str, table: int, row: int) -> str:
    """The text of row `row` (1-based, header included) of the document's `table`th table."""
    con = sqlite3.connect(db)
    try:
        blocks = con.execute("select b.id from blocks b join documents d on d.id = b.document_id "
                             "where d.path like ? and b.kind = 'table' order by b.idx", ["%" + path_end]).fetchall()
        cells = con.execute("select text from cells where block_id = ? and row = ? order by col",
                            [blocks[table - 1][0], row - 1]).fetchall()
    finally:
        con.close()
    return " ".join(c[0] or "" for c in cells)


def test_text_report_prints_the_real_values_with_their_place(db):
    out = report(db, PDF_DOC)
    assert out.startswith("# Phụ lục — CHỈ TIÊU NHIỆM VỤ THỰC HIỆN HOÀN THIỆN CHÍNH QUYỀN ĐIỆN TỬ TỈNH AN GIANG")
    assert "Tệp: 002_271367b9633365e6.pdf (PDF, số trang: 8)" in out and "ngày ban hành: 02/2025" in out
    for label, target, result, unit, status, place in EXPECTED_002:
        block = out.split(label, 1)[1].split("\n- ", 1)[0]
        assert (f"mục tiêu {target}{unit} năm 2025; kết quả {result}{unit}; đánh giá: {status}; vị trí: {place}"
                in block), label
    assert "## Kết quả kiểm tra (41: 4 Cảnh báo; 31 Thông tin; 6 Đúng)" in out


@pytest.mark.parametrize("label, place", [(e[0], e[5]) for e in EXPECTED_002])
def test_the_place_printed_is_where_the_label_is(db, label, place):
    table, row = map(int, re.search(r"bảng (\d+) dòng (\d+)", place).groups())
    assert label in _table_row_text(db, PDF_DOC, table, row)


def test_no_report_shows_none_offsets_raw_floats_english_or_scores_above_100(db):
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("select id from documents where status = 'ok'")]
    con.close()
    assert len(ids) >= 10
    for doc_id in ids:
        out = report(db, str(doc_id))
        found = [(what, m.group()) for rx, what in RAW for m in [rx.search(out)] if m]
        assert found == [], (doc_id, found)
        assert all(int(s) <= 100 for s in re.findall(r"khớp (\d+)/100", out))


def test_a_reviewers_correction_reaches_the_report(db, tmp_path):
    db = Path(shutil.copy(db, tmp_path / "chitieu.db"))      # the module's database stays uncorrected
    con = sqlite3.connect(db)
    ind = con.execute("select i.id from indicators i join documents d on d.id = i.document_id where d.path like ? "
                      "and i.label = ?", ["%" + PDF_DOC, "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử"]).fetchone()[0]
    con.close()
    before = report(db, PDF_DOC).split("Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử", 1)[1]
    assert "mục tiêu ≥ 100% năm 2025; kết quả 87,3%; đánh giá: Chưa đạt" in before.split("\n- ", 1)[0]
    r = CliRunner().invoke(cli, ["correct", "indicators", str(ind), "target_value=80", "--db", str(db)])
    assert r.exit_code == 0, r.output
    after = report(db, PDF_DOC).split("Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử", 1)[1].split("\n- ", 1)[0]
    assert "(đã hiệu đính)" in after and "mục tiêu ≥ 80% năm 2025; kết quả 87,3%; đánh giá: Vượt" in after


# --- the HTML page --------------------------------------------------------------------------------

def _rows(page: str, table: str) -> list[list[str]]:
    tree = lxml_html.fromstring(page)
    for br in tree.iter("br"):          # a line break reads as a space
        br.tail = " " + (br.tail or "")
    return [[" ".join(td.text_content().split()) for td in tr.findall("td")]
            for tr in tree.xpath(f"//table[@class='{table}']/tbody/tr")]


@pytest.fixture(scope="module")
def page_002(db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "bao_cao_002.html"
    assert "bao_cao_002.html" in report(db, PDF_DOC, "--html", str(path))
    return path


def test_html_page_holds_the_real_values_in_their_columns(page_002):
    page = page_002.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", page)
    rows = _rows(page, "indicators")
    assert len(rows) == 23
    for label, target, result, unit, status, place in EXPECTED_002:
        row = next(r for r in rows if r[1].startswith(label))
        assert (row[2].split(" năm")[0], row[3], row[4], row[5], row[6]) == (target, result, unit, status, place)
    header = lxml_html.fromstring(page).xpath("//dl[@class='meta']")[0].text_content()
    assert "An Giang" in header and "002_271367b9633365e6.pdf" in header and "02/2025" in header
    findings = _rows(page, "findings")
    assert findings[0][:2] == ["Cảnh báo", "Mục tiêu khác danh mục"] and findings[0][3] == "trang 1, bảng 1 dòng 4"
    assert ["Cảnh báo", "Chưa đạt"] == findings[1][:2] and "87,3%" in findings[1][2]


def test_html_page_is_self_contained_and_escapes_document_text(tmp_path):
    src = tmp_path / "doc.txt"
    src.write_text('Báo cáo thử <script>alert("x")</script>.\n\n'
                   'Tỷ lệ hồ sơ <img src=x onerror="alert(2)"> giải quyết trực tuyến đạt 90%, chỉ tiêu 80%.\n',
                   encoding="utf-8")
    db = tmp_path / "t.db"
    assert CliRunner().invoke(cli, ["extract", str(src), "--db", str(db), "--silent"]).exit_code == 0
    out = tmp_path / "r.html"
    report(db, "doc", "--html", str(out))
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "&lt;img src=x" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page)       # nothing loaded from outside
    assert "default-src 'none'" in page and "@page" in page and "size: A4" in page


# --- in a real browser, and as PDF ----------------------------------------------------------------

needs_chromium = pytest.mark.skipif(not HAS_CHROMIUM, reason="needs chromium (Debian package chromium)")


@needs_chromium
def test_page_in_chromium_screenshot_and_print_layout(page_002):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python (the test extra)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            pg = browser.new_page(viewport={"width": 900, "height": 1270})
            pg.goto(page_002.as_uri())
            row = pg.locator("table.indicators tbody tr", has_text="Tỷ lệ hồ sơ giải quyết trực tuyến")
            sync_api.expect(row.locator("td.result")).to_have_text("93,6")
            sync_api.expect(row.locator("td.status")).to_have_text("Vượt")
            pg.screenshot(path=str(SHOTS / "report_page_002.png"), full_page=False)
            pg.emulate_media(media="print")
            assert pg.eval_on_selector("table.indicators thead", "e => getComputedStyle(e).display") == \
                "table-header-group"
            assert pg.eval_on_selector("body", "e => getComputedStyle(e).fontFamily").startswith('"Liberation Serif"')
        finally:
            browser.close()
    assert (SHOTS / "report_page_002.png").stat().st_size > 20_000


def _pdftotext(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    # reading order, not -layout: a cell's wrapped lines stay together; whitespace folded to one space
    text = run_bounded(["pdftotext", *pages, str(pdf), "-"], 120)
    return " ".join(unicodedata.normalize("NFC", text).split())


@needs_chromium
@pytest.mark.skipif(not HAS_POPPLER, reason="needs poppler-utils")
def test_pdf_holds_the_values_with_diacritics_on_a_sensible_number_of_pages(db, tmp_path):
    pdf = tmp_path / "bao_cao_002.pdf"
    assert "bao_cao_002.pdf" in report(db, PDF_DOC, "--pdf", str(pdf))
    info = run_bounded(["pdfinfo", str(pdf)], 60)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 3 <= pages <= 12                 # 23 indicators and 41 findings on A4
    assert re.search(r"Page size:\s+59[45]\.?\d* x 84[12]", info)      # A4 in points
    text = _pdftotext(pdf)
    for needle in ("CHỈ TIÊU NHIỆM VỤ THỰC HIỆN HOÀN THIỆN CHÍNH QUYỀN ĐIỆN TỬ TỈNH AN GIANG",
                   "Tỷ lệ hồ sơ giải quyết trực tuyến", "93,6", "Chưa đạt", "trang 3, bảng 1 dòng 12",
                   "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử", "Kết quả kiểm tra", "Trang 1 / "):
        assert needle in text, needle
    # the indicators table runs onto page 2, and its header row with it
    assert "Mục tiêu" in _pdftotext(pdf, 2) and "Đánh giá" in _pdftotext(pdf, 2)
    SHOTS.mkdir(parents=True, exist_ok=True)
    run_bounded(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(pdf), str(SHOTS / "report_pdf_002")], 120)
    shots = sorted(SHOTS.glob("report_pdf_002-*.png"))
    assert len(shots) == 2 and all(s.stat().st_size > 20_000 for s in shots)


def test_pdf_without_a_browser_is_one_line_in_vietnamese(db, tmp_path, monkeypatch):
    monkeypatch.setenv("CHITIEU_CHROMIUM", str(tmp_path / "no-chromium"))
    out = CliRunner().invoke(cli, ["report", PDF_DOC, "--pdf", str(tmp_path / "r.pdf"), "--db", str(db)])
    assert out.exit_code == 1 and "Traceback" not in out.output
    assert out.output.startswith("Error: BrowserMissing: CHITIEU_CHROMIUM=")
    assert "không phải là tệp chạy được" in out.output and "Hint: cài Chromium" in out.output
    assert not (tmp_path / "r.pdf").exists()


# --- two documents of ../shared/corpus --------------------------------------------------------------

SHARED_DOCS = ["tvpl_NQ-QH_BoSung_KH_KTXH_2025_TangTruong8pct.md", "tvpl_2954-QD-UBND_SonLa_KH_XuatKhau_2026-2030.md"]


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("shared_report")
    for name in SHARED_DOCS:
        shutil.copy(shared_path("corpus", name), folder / name)          # skips without ../shared
    db = folder / "s.db"
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", *SHARED_DOCS, "--db", str(db), "--silent"],
                          cwd=folder, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return db


def test_shared_resolution_targets_without_results(shared_db, tmp_path):
    out = report(shared_db, SHARED_DOCS[0])
    assert out.startswith("# Nghị quyết — Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025")
    assert "ngày ban hành: 19/02/2025" in out and "cơ quan ban hành: Quốc hội" in out
    gdp = out.split("- Tốc độ tăng tổng sản phẩm trong nước (GDP)", 1)[1].split("\n- ", 1)[0]
    assert "mục tiêu ≥ 8% năm 2025; kết quả —; đánh giá: Chưa có kết quả; vị trí: đoạn 12" in gdp
    page = tmp_path / "nq.html"
    report(shared_db, SHARED_DOCS[0], "--html", str(page))
    row = next(r for r in _rows(page.read_text(encoding="utf-8"), "indicators")
               if r[1].startswith("Tốc độ tăng tổng sản phẩm trong nước (GDP)"))
    assert row[2:] == ["≥ 8 năm 2025", "—", "%", "Chưa có kết quả", "đoạn 12"]


def test_shared_plan_with_tables_places_its_rows(shared_db, tmp_path):
    page = tmp_path / "sonla.html"
    report(shared_db, SHARED_DOCS[1], "--html", str(page))
    rows = _rows(page.read_text(encoding="utf-8"), "indicators")
    assert len(rows) > 300
    coffee = [r for r in rows if r[1].startswith("Cà Phê: Diện tích")]
    assert [r[2] for r in coffee][:2] == ["≥ 27.000 năm 2026", "≥ 27.500 năm 2027"]
    assert {r[4] for r in coffee} == {"Ha"} and {r[6] for r in coffee} == {"bảng 3 dòng 5"}
    assert "Diện tích" in _table_row_text(shared_db, SHARED_DOCS[1], 3, 5)
    if HAS_CHROMIUM and HAS_POPPLER:
        pdf = tmp_path / "sonla.pdf"
        report(shared_db, SHARED_DOCS[1], "--pdf", str(pdf))
        pages = int(re.search(r"Pages:\s+(\d+)", run_bounded(["pdfinfo", str(pdf)], 60)).group(1))
        assert 10 <= pages <= 80
        assert "Sơn La" in _pdftotext(pdf, 1)


def test_html_to_a_place_that_cannot_be_written_is_one_line(db, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    out = CliRunner().invoke(cli, ["report", PDF_DOC, "--html", str(blocker / "r.html"), "--db", str(db)])
    assert out.exit_code == 1 and "Traceback" not in out.output
    assert out.output.startswith("Error: ReportError: không ghi được ") and out.output.count("\n") == 1
