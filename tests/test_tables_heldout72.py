"""Table shapes read off round 72's held-out excerpts once they had been scored (communes meeting the new-countryside
standard with their share and rise; a district's results as shares of its plan under a two-row 'So sánh (%)' group;
a district's targets counted by outcome). Each rule a table of short strings in the genre's style, with
counterexamples; made-up variants are marked so in a comment. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.link.tables import header_role
from table_blocks import table_quantities
from test_indicator_variants import HEADER_REPORT, R, T, check

# --- a count row beside a share column: '… | xã | 6.084 | 79,3 | 10,6%'. The fraction under 'Tỷ lệ (%)' is a share of
# the counts, not a sign that the row's values are averages (as '7,5' is in 'Mặt bằng học vấn | lớp | 7,5'): the row's
# cells in its own unit stay counts. Counterexamples: a fraction among the row's own values keeps them measures ------

NTM = ["STT", "Nội dung", "ĐVT", "Đến tháng 6/2025", "Tỷ lệ (%)", "Tăng so với cuối năm 2021"]


def _counts(rows):
    return sorted(v for k, v, r, c in table_quantities(rows, kinds=("count",)) if r >= 1)


@pytest.mark.parametrize("rows, want", [
    ([NTM, ["1", "Xã được công nhận đạt chuẩn nông thôn mới", "xã", "6.084", "79,3", "10,6%"]], [6084]),
    ([NTM, ["", "- Xã đạt chuẩn nông thôn mới nâng cao", "xã", "2.567", "42,4", "2.064"]], [2064, 2567]),
    # made-up variants: the share column marked 'Tỷ lệ %' or '%' alone
    ([["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Tỷ lệ %"], ["1", "Hộ nghèo", "hộ", "1.245", "3,2"]], [1245]),
    ([["TT", "Chỉ tiêu", "ĐVT", "Số lượng", "%"], ["1", "Hộ nghèo", "hộ", "1.245", "3,2"]], [1245]),
    # counterexamples: a fraction in a column of the row's own unit makes the row an average
    ([["TT", "Chỉ tiêu", "ĐVT", "Năm 2020", "Năm 2021"], ["1", "Mặt bằng học vấn dân cư", "lớp", "7,5", "8"]], []),
    ([NTM, ["2", "Bình quân số tiêu chí đạt được", "tiêu chí/xã", "17,5", "", "0,5"]], []),
])
def test_a_share_column_leaves_the_row_counts(rows, want):
    assert _counts(rows) == want


# --- a group 'So sánh (%)' over 'Kế hoạch | Cùng kỳ năm 2022': the joined header 'So sánh (%) Kế hoạch' holds results as
# shares of the plan, no target (as 'So sánh với kế hoạch (%)' does). Counterexample: a plan column of its own ---------

def _compared(group: str, sub: str, merged: bool):
    top = [("STT", 2, 1), ("Chỉ tiêu", 2, 1), ("ĐVT", 2, 1), ("Thực hiện 9 tháng năm 2023", 2, 1), (group, 1, 2)] \
        if merged else ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 9 tháng năm 2023", group, ""]
    second = [sub, "Cùng kỳ năm 2022"] if merged else ["", "", "", "", sub, "Cùng kỳ năm 2022"]
    return HEADER_REPORT + [T(top, second,
                              ["1", "Tổng giá trị sản xuất", "nghìn tỷ đồng", "Trên 4,6", "75,3", "Tăng 7,92"],
                              ["2", "Tổng thu ngân sách", "tỷ đồng", "20,8", "80,1", ""])]


@pytest.mark.parametrize("group, sub", [
    ("So sánh (%)", "Kế hoạch"),
    # made-up variants: 'So với (%)' over 'Kế hoạch năm 2023', 'Tỷ lệ so sánh (%)' over 'Chỉ tiêu giao'
    ("So với (%)", "Kế hoạch năm 2023"),
    ("Tỷ lệ so sánh (%)", "Chỉ tiêu giao"),
])
@pytest.mark.parametrize("merged", [True, False])     # Word's merged group; Markdown's blank cell beside it
def test_a_plan_under_a_comparison_group_holds_no_target(group, sub, merged):
    check(_compared(group, sub, merged), [])


def test_a_plan_column_of_its_own_still_holds_targets():
    # counterexample: 'Kế hoạch năm 2023' is a column of the plan's values, beside 'So sánh (%)'
    check(HEADER_REPORT + [T(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện 9 tháng năm 2023", "So sánh (%)"],
                             ["1", "Tổng thu ngân sách", "tỷ đồng", "26", "20,8", "80,1"])],
          [R("Tổng thu ngân sách", value=26, unit="tỷ đồng", actual=20.8)])


# --- a column counting targets by outcome ('Kết quả so với kế hoạch | Số chỉ tiêu | Một số chỉ tiêu'): its '03' is how
# many targets were missed, not a target of the row the notes cell names. Counterexamples: headers naming targets ------

TALLY_ROWS = [["1", "Vượt kế hoạch", "13", "Thu ngân sách, trồng rừng"],
              ["3", "Không đạt kế hoạch", "03", "Tỷ lệ trẻ em dưới 01 tuổi được tiêm đủ 8 loại vacxin; xây dựng nông thôn mới"],
              ["", "Tổng cộng", "26", ""]]


@pytest.mark.parametrize("count_header", [
    "Số chỉ tiêu",
    # made-up variants: the same tally worded otherwise
    "Số lượng chỉ tiêu", "Tổng số tiêu chí",
])
def test_a_tally_of_targets_holds_no_target(count_header):
    check(HEADER_REPORT + [T(["STT", "Kết quả so với kế hoạch", count_header, "Một số chỉ tiêu"], *TALLY_ROWS)], [])


@pytest.mark.parametrize("header, role", [
    ("Số chỉ tiêu", "tally"), ("Số lượng chỉ tiêu", "tally"), ("Tổng số tiêu chí", "tally"),
    # counterexamples: a label, a plan's column, some targets named
    ("Chỉ tiêu", "label"), ("Một số chỉ tiêu", "label"), ("Chỉ tiêu giao năm 2022", "target"),
])
def test_tally_headers(header, role):
    assert header_role(header) == role
