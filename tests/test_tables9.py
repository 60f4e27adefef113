"""Table shapes of a fourth round of tables nobody here had tuned on (issue 13, Deliver 3): a change column
that writes the level an index reaches ('bằng 95,85') beside rises ('tăng 10,47'); a rank cell ('01/63 tỉnh,
thành') in a ranking row; a column of results as a share of the plan ('So kế hoạch, dự toán (%)') that names
the plan without holding it; a plan with one target column per year ('Năm 2022 | Đến năm 2025'). Rows are
paraphrased from provincial statistics, reports and plans; each rule has counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import extract_quantities
from extractor.link.indicators import extract_indicators
from extractor.link.tables import header_role
from extractor.model import DocumentMeta
from extractor.segment import segment_document
from table_blocks import table_document, table_quantities


CROPS = ["Cây trồng", "Diện tích (ha)", "So với cùng kỳ năm trước (%)"]


@pytest.mark.parametrize("cell,want", [
    # a '(%)' change column: a fall or a rise written as the level reached ('bằng'), or as its direction
    ("bằng 95,85", [95.85]), ("Bằng 101,2", [101.2]), ("tăng 10,47", [10.47]), ("giảm 3,5", [3.5]),
    # counterexamples: a multiple is no percentage; the word alone; a word that is no level ('chiếm')
    ("gấp 1,5 lần", []), ("gấp 1,5", []), ("bằng", []), ("Chiếm 5", []),
])
def test_a_level_reached_under_a_percent_header(cell, want):
    got = table_quantities([CROPS, ["Lúa mùa", "4.594", cell]], kinds=("percent",))
    assert [v for _, v, _, c in got if c == 2] == want


def test_bang_without_a_percent_header_stays_unread():
    got = table_quantities([["Cây trồng", "Diện tích (ha)", "Ghi chú"], ["Ngô", "4.594", "bằng 85,88"]],
                           kinds=("percent",))
    assert got == []


def _ratios(rows):
    return [(r, c) for k, _, r, c in table_quantities(rows, kinds=("ratio",))]


@pytest.mark.parametrize("rows,want", [
    # a rank among the provinces, in a row or a column that names ranks: a place, not a ratio
    ([["Nội dung", "Kết quả tuần 03"], ["Xếp hạng của tỉnh", "01/63 tỉnh, thành"]], []),
    ([["Tỉnh", "Điểm PCI", "Thứ hạng"], ["Bình Dương", "70,2", "15/63"]], []),
    ([["Chỉ số", "Năm 2023", "Năm 2024"], ["Vị trí xếp hạng", "38/63", "16/63"]], []),
    # counterexamples: a ratio of things in a row that ranks nothing, or beside a rank column
    ([["Nội dung", "Kết quả"], ["Số xã đạt chuẩn nông thôn mới", "15/20"]], [(1, 1)]),
    ([["Tỉnh", "Thứ hạng", "Xã đạt chuẩn"], ["Bình Dương", "15/63", "15/20"]], [(1, 2)]),
    ([["Nội dung", "Kết quả"], ["Hạng mục hoàn thành", "12/15"]], [(1, 1)]),
])
def test_a_rank_cell_is_no_ratio(rows, want):
    assert _ratios(rows) == want


def _indicators(rows, issued=None, doc_type="Báo cáo"):
    doc = table_document(rows)
    segs = segment_document(doc)
    meta = DocumentMeta(doc_type=doc_type, issued_date=issued)
    return [(i.label, i.target_comparator, i.target_value, i.target_year, i.actual_value)
            for i in extract_indicators(doc, segs, extract_quantities(doc, segs), meta)]


@pytest.mark.parametrize("header", [
    # a column of results as a share of the plan, however it names the plan
    "So kế hoạch, dự toán (%)", "So kế hoạch, dự toán tỉnh giao (%)", "So sánh với kế hoạch (%)", "So KH (%)",
    "Thực hiện so kế hoạch (%)", "% thực hiện so với kế hoạch", "Đạt % KH", "So với chỉ tiêu giao (%)",
])
def test_a_share_of_the_plan_column_is_no_target(header):
    assert header_role(header) == "compare"
    rows = [["Chỉ tiêu", "Đơn vị tính", "Ước thực hiện", header, "So cùng kỳ (%)"],
            ["Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "24.915", "80,4", "+9"],
            ["Thu ngân sách", "tỷ đồng", "8.228", "83", "-22,8"]]
    assert _indicators(rows, "2023-11-05") == []


@pytest.mark.parametrize("header,role", [
    # counterexamples: the plan itself, a target by a year, a comparison with the year before
    ("Kế hoạch năm 2024", "target"), ("Chỉ tiêu giao", "target"), ("Mục tiêu đến năm 2025", "target"),
    ("Kế hoạch năm 2025 so với thực hiện năm 2024", "target"), ("So cùng kỳ (%)", None),
])
def test_headers_that_hold_the_plan_stay_targets(header, role):
    assert header_role(header) == role


def test_a_plan_column_beside_a_share_of_the_plan_keeps_its_targets():
    rows = [["Chỉ tiêu", "Kế hoạch năm 2024", "Thực hiện năm 2024", "So kế hoạch (%)"],
            ["Tỷ lệ hồ sơ trực tuyến (%)", "80", "82,5", "103,1"]]
    assert _indicators(rows, "2024-12-20") == [("Tỷ lệ hồ sơ trực tuyến (%)", ">=", 80, 2024, 82.5)]


YEARS = ["STT", "Chỉ tiêu", "Năm 2022", "Đến năm 2025"]


@pytest.mark.parametrize("row,want", [
    # a plan with a target column per year: the deadline column's targets are read with its year
    (["1", "Kinh tế số chiếm tỷ trọng trong GRDP", "từ 10%", "khoảng 20%"], [(2022, 10), (2025, 20)]),
    (["2", "Tỷ lệ hộ gia đình có Internet cáp quang", "75%", "80%"], [(2022, 75), (2025, 80)]),
    (["3", "Các trường học ứng dụng công nghệ số", "", "100%"], [(2025, 100)]),
    (["4", "Tỷ lệ doanh nghiệp dùng hóa đơn điện tử", "100%", ""], [(2022, 100)]),
])
def test_each_year_column_of_a_plan_holds_that_years_targets(row, want):
    got = _indicators([YEARS, row], "2021-12-10", "Kế hoạch")
    assert [(y, v) for _, _, v, y, _ in got] == want


@pytest.mark.parametrize("header", [
    # counterexamples: a deadline already past when the report was written; a comparison; a total so far
    "Đến năm 2020", "Đến năm 2025 so với năm 2020", "Lũy kế đến năm 2025",
])
def test_a_deadline_column_that_is_no_target_ahead(header):
    rows = [["STT", "Chỉ tiêu", "Kế hoạch năm 2026", header],
            ["1", "Tỷ lệ hộ gia đình có Internet cáp quang", "85%", "80%"]]
    got = _indicators(rows, "2025-12-10", "Kế hoạch")
    assert [(y, v) for _, _, v, y, _ in got] == [(2026, 85)]
