"""A ruled table's row taller than a page, printed by a browser: the pages between its first and
last part hold its column rules alone (no rule across), and a merged cell in it leaves out the
rule between the columns it covers. The row is one row of the one table, on the table's columns.
Written here as HTML from our own text and printed with headless Chromium. And the other way
round: a small ruled box that lines of text run through, or one round nothing, is no table."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.read import pdf
from test_pdf_tables import print_html

CHROMIUM = shutil.which("chromium")


@pytest.fixture(scope="module")
def row_over_pages(tmp_path_factory) -> Path:
    if CHROMIUM is None:
        pytest.skip("needs Chromium")
    base = tmp_path_factory.mktemp("row_over_pages")
    para = " ".join(["Bộ Tài chính đã trình Thủ tướng Chính phủ bổ sung dự toán ngân sách năm 2026."] * 6)
    long_cell = "<p>".join([para] * 14)          # about three pages in a column this wide
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    rows = (row.format(1, "Số hóa hồ sơ thủ tục hành chính", "80%", "85%", "Đạt")
            + row.format(2, "Ký số kết quả giải quyết", "90%", "95%", "Đạt")
            + f"<tr><td>3</td><td>Bố trí kinh phí thực hiện</td><td colspan='2'>{long_cell}</td><td>Đang làm</td></tr>"
            + row.format(4, "Kết nối hệ thống báo cáo", "70%", "75%", "Chưa đạt"))
    # cells bordered one by one and a header that is not repeated, as LibreOffice's HTML of a Word table
    html = ("<html><head><meta charset='utf-8'><style>table{width:100%}"
            "td{border:1px solid black;padding:4px}</style></head><body><p>Phụ lục 2</p>"
            "<table cellspacing='0'><tr><td rowspan='2'>TT</td><td rowspan='2'>Nhiệm vụ</td><td colspan='2'>Kết quả</td>"
            "<td rowspan='2'>Ghi chú</td></tr><tr><td>Quý I</td><td>Quý II</td></tr>"
            f"{rows}</table><p>Nơi nhận:</p></body></html>")
    return print_html(html, base)


def test_a_row_over_whole_pages_is_one_row_of_its_table(row_over_pages):
    doc = pdf.read(row_over_pages)
    assert doc.pages >= 3
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    numbers = [row[0].text for row in table.rows if row[0].text.strip() and not row[0].is_header]
    assert numbers == ["1", "2", "3", "4"]
    (third,) = [row for row in table.rows if row[0].text == "3"]
    assert " ".join(" ".join(c.text for c in third).split()).count("dự toán ngân sách năm 2026") == 6 * 14
    assert not [b for b in doc.blocks if b.kind != "table" and "Bộ Tài chính" in b.text]
    assert doc.blocks[-1].text == "Nơi nhận:"


def test_column_rules_that_do_not_cross_the_page_add_no_rule():
    def edge(o, x0, top, x1, bottom):
        return {"orientation": o, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
                "height": bottom - top}

    class Objs:                     # a page whose body text runs from 100 to 700
        chars = [{"top": 100.0, "bottom": 110.0}, {"top": 690.0, "bottom": 700.0}]
        height = 842.0
    Objs.edges = [edge("v", x, 70, x, 710) for x in (50, 100, 300)]
    top, bottom = pdf._through_rules(Objs)
    assert (top["top"], top["closes"], bottom["top"], bottom["closes"]) == (70, "top", 710, "bottom")
    Objs.edges = [edge("v", x, 300, x, 710) for x in (50, 100, 300)]        # they start mid-page
    assert pdf._through_rules(Objs) == []
    Objs.edges = [edge("v", x, 70, x, 710) for x in (50, 300)] + [edge("h", 50, 400, 300, 400)]
    assert pdf._through_rules(Objs) == []


def test_a_box_over_a_paragraph_is_no_table_and_takes_no_words(tmp_path):
    """A small ruled box of two cells (a portal's floating button printed over the text) covering
    the end of a paragraph's line, and an empty ruled box: the paragraph keeps every word, no
    table is read; a real two-row ruled table below is still one."""
    fpdf = pytest.importorskip("fpdf")
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    doc = fpdf.FPDF()
    doc.add_font("DejaVu", fname=font)
    doc.set_font("DejaVu", size=11)
    doc.add_page()
    doc.text(20, 30, "Thí điểm xây dựng xã có kết cấu hạ tầng kinh tế - xã hội đồng bộ, thông minh;")
    doc.text(20, 36, "kinh tế phát triển trên cơ sở chuyển đổi số, môi trường sống an toàn.")
    doc.rect(150, 25, 20, 14)
    doc.line(160, 25, 160, 39)
    doc.rect(120, 60, 20, 10)                     # a box round nothing
    doc.rect(20, 90, 120, 16)
    doc.line(20, 98, 140, 98)
    doc.line(60, 90, 60, 106)
    doc.text(22, 95, "Chỉ tiêu")
    doc.text(62, 95, "Mục tiêu năm 2026")
    doc.text(22, 103, "Hồ sơ trực tuyến")
    doc.text(62, 103, "80%")
    path = tmp_path / "box.pdf"
    doc.output(str(path))
    blocks = pdf.read(path).blocks
    text = " ".join(" ".join(b.text.split()) for b in blocks if b.kind != "table")
    assert "kinh tế - xã hội đồng bộ, thông minh; kinh tế phát triển" in text
    (table,) = [b for b in blocks if b.kind == "table"]
    assert [[c.text for c in row] for row in table.rows] == [["Chỉ tiêu", "Mục tiêu năm 2026"], ["Hồ sơ trực tuyến", "80%"]]
