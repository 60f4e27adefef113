"""Reports on implementing a resolution whose results read as targets, found on held-out round 21 (a province's
three years of a social-security resolution, a ministry's nine-month results): each rule a table of strings written
in the genre's style (paraphrased, not copied), with counterexamples from plans, where the same words set targets.
Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. a result given with its margin over the plan ('đạt 93,5%, vượt 0,3%', '(tăng 2,5% so với kế hoạch)'): results,
# the date they are counted at no deadline -----------------------------------------------------------------------

SHAPES["result_with_its_margin"] = ([
    P("Đến cuối năm 2023, tỷ lệ hộ gia đình tham gia BHYT đạt 91,2%, vượt 0,7%; tỷ lệ lao động tham gia BHTN đạt "
      "35,4%, vượt 1,4%."),
    P("Đến hết năm 2024, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 97,5% (tăng 2,5% so với kế hoạch)."),
], [])
# counterexamples: a plan strives for the same levels; a growth passing last year's is no margin over a plan
SHAPES["plan_strives_for_the_level"] = ([
    P("Phấn đấu đến cuối năm 2026, tỷ lệ bao phủ BHYT đạt 93,5%; tỷ lệ lao động tham gia BHXH đạt 45%."),
], [R("tỷ lệ bao phủ BHYT", value=93.5, year=2026), R("tỷ lệ lao động tham gia BHXH", value=45, year=2026)])


# --- 2. a result set against a target cited from the document that set it, the target in a parenthesis after the
# citation (its numbers and dates are no figures of the target); one result set against two documents' targets answers
# both; a target named by the resolution alone ('(vượt so với Nghị quyết đề ra là 40%)') -----------------------------

SHAPES["target_after_its_citation"] = ([
    P("Tính đến ngày 30/6/2023, tỷ lệ hộ dân sử dụng nước sạch toàn tỉnh đạt 72,4%, vượt 0,4% so với chỉ tiêu đề ra "
      "tại Nghị quyết số 07-NQ/TU ngày 15/12/2022 của Tỉnh ủy (72%)."),
], [R("tỷ lệ hộ dân sử dụng nước sạch", value=72, actual=72.4, status=ANY)])
SHAPES["one_result_two_cited_targets"] = ([
    P("Tuy nhiên, tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng mới đạt 88,1%, thấp hơn 3,9% so với chỉ tiêu được giao "
      "tại Quyết định số 123/QĐ-TTg ngày 10/3/2023 của Thủ tướng Chính phủ (92%) và thấp hơn 4,9% so với chỉ tiêu "
      "đề ra tại Nghị quyết số 05-NQ/TU của Tỉnh ủy (93%)."),
], [R("tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng", value=92, actual=88.1),
    R("tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng", value=93, actual=88.1)])
SHAPES["target_named_by_the_resolution"] = ([
    P("Tỷ lệ xã có trạm y tế đạt chuẩn quốc gia đạt 95% (vượt so với Nghị quyết đề ra là 80%)."),
], [R("tỷ lệ xã có trạm y tế đạt chuẩn quốc gia", value=80, actual=95, status=ANY)])

# counterexample: a figure after a citation with no target word before it is no target
SHAPES["figure_after_a_citation_alone"] = ([
    P("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/12/2021 của Tỉnh ủy, tỷ lệ hộ nghèo toàn tỉnh năm 2022 giảm còn 1,2%."),
], [])

# --- 6. a result's shares of the plan and of the year before ('đạt 101,8% kế hoạch và 112,7% so với cùng kỳ'): the
# plan word is the first share's, the second share no target ------------------------------------------------------

SHAPES["shares_of_plan_and_of_last_year"] = ([
    P("Năm 2024, thu nhập bình quân đầu người ước đạt 45,2 triệu đồng, đạt 103,5% kế hoạch và 110,4% so với cùng kỳ; "
      "tổng thu ngân sách ước đạt 31,2 tỷ đồng, đạt 105% dự toán."),
], [])
# counterexample: a plan word after a comma introduces the target
SHAPES["result_then_its_plan"] = ([
    P("Năm 2024, tỷ lệ hộ dân sử dụng điện lưới đạt 99,6%, kế hoạch 99%."),
], [R("tỷ lệ hộ dân sử dụng điện lưới", value=99, actual=99.6)])


# --- 3. one range shared by several named criteria ('giảm … từ 5%-10% cả 3 tiêu chí số vụ, số người chết, bị thương'):
# one target per criterion, when as many are named as the count says ----------------------------------------------

SHAPES["range_shared_by_criteria"] = ([
    P("Năm 2026, Bộ đặt mục tiêu giảm tai nạn lao động từ 3%-5% cả 3 tiêu chí số vụ, số người chết, số người bị "
      "thương so với năm 2025."),
], [R("giảm tai nạn lao động số vụ", cmp="range", value=3, high=5, year=2026),
    R("giảm tai nạn lao động số người chết", cmp="range", value=3, high=5, year=2026),
    R("giảm tai nạn lao động số người bị thương", cmp="range", value=3, high=5, year=2026)])
# counterexample: the criteria of a standard met are no criteria listed ('đạt chuẩn cả 19 tiêu chí nông thôn mới')
SHAPES["criteria_of_a_standard"] = ([
    P("Năm 2026, phấn đấu 100% số xã đạt chuẩn cả 19 tiêu chí nông thôn mới."),
], [R("xã đạt chuẩn 19 tiêu chí nông thôn mới", value=100, year=2026)])

# --- 5. a year's growth against a growth aimed at per year ('ước tăng khoảng 4%, vượt mục tiêu đề ra là 2,5–3%/năm')

SHAPES["growth_against_a_yearly_range"] = ([
    P("Tăng trưởng giá trị sản xuất thủy sản năm 2024 ước tăng khoảng 5,2%, vượt mục tiêu đề ra là 4–4,5%/năm."),
], [R("tăng trưởng giá trị sản xuất thủy sản", cmp="range", value=4, high=4.5, unit=ANY, actual=5.2, status=ANY)])


# --- 4. a conclusion's reduction of a coefficient, bare values ('giảm … (hệ số ICOR) từ khoảng 6 xuống còn 4,5'), and
# a count named before it ('bảo đảm số dự án … là 3.000 dự án') ----------------------------------------------------

SHAPES["coefficient_brought_down"] = ([
    P("Thủ tướng yêu cầu năm 2027 phải hạ hệ số ICOR của nền kinh tế từ khoảng 6,2 xuống dưới 5."),
], [R("hệ số ICOR", cmp="<", value=5, unit=None, year=2027)])
SHAPES["count_named_before"] = ([
    P("Thủ tướng yêu cầu bảo đảm số dự án khởi công mới giai đoạn 2026-2030 là 2.500 dự án."),
], [R("số dự án khởi công mới", value=2500, unit="dự án", year=2030)])

# counterexamples: a rate brought down is read as before; a count stated in a report is no target
SHAPES["rate_brought_down"] = ([
    P("Phấn đấu năm 2026 giảm tỷ lệ hộ nghèo từ 2,4% xuống còn 1,8%."),
], [R("tỷ lệ hộ nghèo", cmp="<=", value=1.8, year=2026)])
SHAPES["count_reported"] = ([
    P("Năm 2024, số dự án khởi công mới trên địa bàn tỉnh là 120 dự án."),
], [])


# --- 6b. dossiers handled out of those received ('tiếp nhận 909/909 hồ sơ, đạt 100% kế hoạch'): a workload, no plan --

SHAPES["dossiers_handled_of_received"] = ([
    P("Năm 2025, xã đã tiếp nhận và giải quyết 1.250/1.250 hồ sơ, đạt 100% kế hoạch."),
], [])
# counterexample: an output planned ahead over its plan is a result against its target
SHAPES["houses_removed_of_plan"] = ([
    P("Năm 2025, huyện đã xóa 400/400 nhà tạm, đạt 100% kế hoạch."),
], [R("xóa", value=400, unit="nhà tạm", actual=400, year=ANY)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
