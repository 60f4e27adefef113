"""A table flattened to one cell per line (Word's plain-text export: each cell a line opened by a
tab, a blank line after each row), printed to PDF, reads as the text reader reads the same text: a
table, with empty cells and a row cut by the page break in place. Prose with first-line indents,
a list and the signature block stay as they are. PDFs are written here with fpdf from our own text,
with each line where a text file prints it."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.read import pdf
from fpdf_doc import cell_texts, new_pdf

PITCH = 4.0         # mm between lines
LEFT, TAB = 20.0, 31.0


def _doc():
    return new_pdf(8)


def _print(tmp_path: Path, pages: list[list[str]], name: str = "cells", first_y: float = 20.0,
           page_number: bool = False) -> Path:
    """Each page's text lines as a text file prints: a tab indents to TAB, an empty line is a gap;
    page 1's text starts at `first_y` (mm), the others' at the top; a page number centred below."""
    doc = _doc()
    for k, lines in enumerate(pages):
        doc.add_page()
        y = first_y if k == 0 else 20.0
        if page_number:
            doc.text(104, 287, str(k + 1))
        for line in lines:
            if line.strip():
                x = TAB if line.startswith("\t") else LEFT
                doc.text(x, y, line.lstrip("\t"))
            y += PITCH
    path = tmp_path / f"{name}.pdf"
    doc.output(str(path))
    return path



HEADER = ["\tTT", "\tChỉ tiêu", "\tMục tiêu năm 2026", "\tKết quả quý I", ""]
ROWS = [
    "\t1", "\tTỷ lệ hồ sơ thủ tục hành chính được số hóa", "\t80%", "\t65%", "",
    "\t2", "\tSố dịch vụ công trực tuyến toàn trình", "\t250 dịch vụ", "\t- Cấp tỉnh: 180 dịch vụ;",
    "- Cấp xã: 40 dịch vụ.", "",
    "\t3", "\tTỷ lệ văn bản điện tử có ký số", "\t", "\t97,5%", "",
]
READ = [
    ["TT", "Chỉ tiêu", "Mục tiêu năm 2026", "Kết quả quý I"],
    ["1", "Tỷ lệ hồ sơ thủ tục hành chính được số hóa", "80%", "65%"],
    ["2", "Số dịch vụ công trực tuyến toàn trình", "250 dịch vụ", "- Cấp tỉnh: 180 dịch vụ; - Cấp xã: 40 dịch vụ."],
    ["3", "Tỷ lệ văn bản điện tử có ký số", "", "97,5%"],
]
LEAD = ["Phụ lục", "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2026 của tỉnh", ""]


def test_cells_one_a_line_are_a_table_with_empty_cells_in_place(tmp_path):
    blocks = pdf.read(_print(tmp_path, [LEAD + HEADER + ROWS + ["Nơi nhận:", "- Như trên;"]])).blocks
    assert [b.kind for b in blocks][:2] == ["paragraph", "paragraph"]
    (table,) = [b for b in blocks if b.kind == "table"]
    assert cell_texts(table) == READ
    assert all(c.is_header for c in table.rows[0]) and not any(c.is_header for c in table.rows[1])
    assert [b.text for b in blocks[-2:]] == ["Nơi nhận:", "- Như trên;"]    # the signature block stays prose


def test_a_row_cut_by_the_page_break_is_one_row(tmp_path):
    """Row 2 starts at page 1's bottom (its number and label) and goes on at page 2's top; the
    number of the row after it, at the top of the page, is the row's, not a page number."""
    page1 = LEAD + HEADER + ROWS[:5] + ["\t2", "\tSố dịch vụ công trực tuyến toàn trình"]
    page2 = ["\t250 dịch vụ", "\t- Cấp tỉnh: 180 dịch vụ;", "- Cấp xã: 40 dịch vụ.", ""] + ROWS[11:]
    (table,) = [b for b in pdf.read(_print(tmp_path, [page1, page2], first_y=200)).blocks if b.kind == "table"]
    assert cell_texts(table) == READ


def test_a_row_number_at_a_page_top_is_kept_but_a_page_number_is_not(tmp_path):
    """Row 3 opens page 2 (its number in the top margin zone, where page numbers are dropped);
    the page numbers at the foot of both pages are not read."""
    page1 = LEAD + HEADER + ROWS[:11]
    page2 = ROWS[11:]
    blocks = pdf.read(_print(tmp_path, [page1, page2], first_y=180, page_number=True)).blocks
    (table,) = [b for b in blocks if b.kind == "table"]
    assert cell_texts(table) == READ
    assert [b.text for b in blocks if b.kind != "table"] == [line for line in LEAD if line]


@pytest.mark.parametrize("lines", [
    # paragraphs with a first-line indent, a gap between them
    ["\tCăn cứ Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội",
     "năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:", "",
     "\t1. Mục tiêu chung: nâng cao chất lượng phục vụ người dân và doanh nghiệp.", "",
     "\t2. Mục tiêu cụ thể: 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến", "toàn trình.", "",
     "\t3. Tổ chức thực hiện: các sở, ngành báo cáo kết quả trước ngày 15/12/2026."],
    # paragraphs with a first-line indent, no gap between them
    ["\tCác sở, ban, ngành rà soát thủ tục hành chính thuộc phạm vi quản lý.",
     "\tỦy ban nhân dân cấp xã tổ chức tiếp nhận hồ sơ trực tuyến.",
     "\tTrung tâm Phục vụ hành chính công tổng hợp kết quả hằng tháng.",
     "\t1. Số hóa hồ sơ;", "\t2. Ký số kết quả;", "\t3. Báo cáo định kỳ."],
    # an indented list, one item between gaps
    ["Nhiệm vụ trọng tâm:", "", "\t1. Hoàn thành cơ sở dữ liệu đất đai;", "", "\t2. Số hóa hồ sơ hộ tịch;",
     "", "\t3. Kết nối hệ thống báo cáo.", "", "\t4. Tập huấn kỹ năng số."],
])
def test_indented_prose_and_lists_are_not_tables(tmp_path, lines):
    assert [b for b in pdf.read(_print(tmp_path, [lines])).blocks if b.kind == "table"] == []


def test_a_section_in_roman_numerals_is_a_heading_as_in_text(tmp_path):
    lines = ["I. Kết quả thực hiện các chỉ tiêu năm 2025:", "1. Đạt 20% số hồ sơ được số hóa.",
             "II. Mục tiêu giai đoạn 2026 - 2030", "1. Tối thiểu 90% người dân hài lòng."]
    kinds = [(b.kind, b.text.split()[0]) for b in pdf.read(_print(tmp_path, [lines])).blocks]
    assert kinds == [("heading", "I."), ("list_item", "1."), ("heading", "II."), ("list_item", "1.")]
