"""A Word table's column-numbering row ('1 | 2 | 3 | …' under the header) numbers the columns: its figures
are no header words. Word tables seldom flag their header rows, so the header is found from the words; the
numbering row must not be read into it ('Đơn vị tính 3' is no unit column). Found by writing the gold
documents' Markdown tables as Word tables (benchmarks/perturb.py as_docx)."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import extract_quantities, table_info
from extractor.segment.sentences import Segment
from table_blocks import table_document

HEADER = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027"]]
NUMBERS = [["1", "2", "3", "4", "5"]]
BODY = [["1", "Tốc độ tăng trưởng GRDP", "%", "8,00", "10,00"],
        ["2", "Tỷ lệ hộ nghèo", "%", "1,50", "1,00"],
        ["3", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "1.200", "1.350"]]


def _read(rows):
    doc = table_document(rows)
    table = doc.blocks[0]
    qs = extract_quantities(doc, [Segment(c.text, c.start, c.end, table, cell=c) for c in table.cells])
    return table_info(table), sorted((q.kind, q.value, q.prov.row, q.prov.col) for q in qs
                                     if q.kind in ("percent", "count"))


@pytest.mark.parametrize("rows", [HEADER + NUMBERS + BODY, HEADER + BODY],
                         ids=["with a numbering row", "without"])
def test_the_unit_column_is_found_under_a_numbering_row(rows):
    info, found = _read(rows)
    assert info.unit_cols == {2}
    shift = len(rows) - len(BODY)
    assert found == sorted([("percent", 8.0, shift, 3), ("percent", 10.0, shift, 4),
                            ("percent", 1.5, shift + 1, 3), ("percent", 1.0, shift + 1, 4),
                            ("count", 1200.0, shift + 2, 3), ("count", 1350.0, shift + 2, 4)])


def test_a_numbering_row_is_no_header_row_but_the_header_goes_on_above_it():
    info, _ = _read([["STT", "Chỉ tiêu", "Đơn vị tính", "Năm hiện hành 2025", "", "Năm 2026"],
                     ["", "", "", "Kế hoạch", "Ước thực hiện", ""]] + [["1", "2", "3", "4", "5", "6"]]
                    + [["1", "Tốc độ tăng trưởng GRDP", "%", "8,00", "8,00", "10,00"]])
    assert info.header_rows == {0, 1} and 2 in info.numbering_rows
    assert "3" not in info.headers[2]


def test_a_section_row_under_the_header_opens_the_body():
    """'I | CÂY CÔNG NGHIỆP' with its other cells blank names a group of rows: no header words."""
    info, found = _read([["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027"],
                         ["I", "CÂY CÔNG NGHIỆP", "", "", ""],
                         ["-", "Diện tích cà phê", "ha", "20.000", "21.000"],
                         ["II", "CHĂN NUÔI", "", "", ""],
                         ["-", "Tổng đàn bò sữa", "Con", "28.010", "28.100"]])
    assert info.header_rows == {0} and info.unit_cols == {2}
    assert ("count", 28010.0, 4, 3) in found and ("count", 28100.0, 4, 4) in found


def test_a_second_header_row_with_few_cells_under_merged_cells_stays_a_header():
    # counterexample: the second header row fills the columns under a merged cell, not the first two
    info, _ = _read([["TT", "Chỉ tiêu", "ĐVT", "Giai đoạn 2026 - 2030", ""],
                     ["", "", "", "Năm 2026", "Năm 2030"],
                     ["1", "Tổng đàn bò sữa", "Con", "28.010", "29.000"]])
    assert info.header_rows == {0, 1} and info.unit_cols == {2}
