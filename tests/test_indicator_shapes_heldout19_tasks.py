"""Target shapes read off round 19's web excerpts once they had been scored (the Prime Minister's list of a year's
tasks on administrative procedures, each line a task's name, a colon and what it sets; a dispatch counting the
ministries whose rate stayed under a threshold, the latter ruled by indicators.yaml `nontarget.grade_band.bodies`,
see test_indicator_shapes_heldout19.py), and two older leftovers (a measure raised to a multiple; a dated plan's bare
figures for a later period): each rule a table of strings written in the genre's style (paraphrased, not copied), with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, HEADER_REPORT, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a directive's lead that orders tasks ('… tập trung triển khai một số nội dung sau:') opens a list; its lines,
# each a task's name, a colon and what it sets, with or without a bullet, are its items: their figures are targets --

SHAPES["colon_headed_tasks_after_a_directive_lead"] = ([
    P("Thủ tướng yêu cầu các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh tập trung thực hiện một số nội dung "
      "sau:"),
    P("Rà soát quy định kinh doanh trước ngày 15/7/2026: Công bố danh mục điều kiện kinh doanh cần bãi bỏ."),
    P("Đơn giản hóa thủ tục hành chính trong năm 2026: Giảm ít nhất 25% số giấy tờ công dân phải nộp."),
    P("Số hóa hồ sơ: Tỷ lệ hồ sơ được số hóa ngay khi tiếp nhận đạt 100%."),
], [R("giấy tờ công dân phải nộp", value=25, year=2026), R("hồ sơ được số hóa", value=100)])

SHAPES["bulleted_tasks_after_a_directive_lead"] = ([
    P("Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương triển khai các nhiệm vụ trọng tâm sau đây:"),
    P("- Phân cấp giải quyết thủ tục hành chính năm 2026: Giảm ít nhất 20% thời gian giải quyết."),
    P("- Thanh toán trực tuyến: Tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 60%."),
], [R("thời gian giải quyết", value=20, year=2026), R("hồ sơ thanh toán trực tuyến", value=60)])

# counterexamples: a lead that introduces what was done opens no list; a paragraph that is no task line (no colon
# after a short name) closes the list, and a line that reports a result sets nothing
SHAPES["results_lead_opens_no_task_list"] = ([
    P("Kết quả thực hiện một số nội dung sau:"),
    P("Cắt giảm thủ tục hành chính năm 2025: Giảm 28% thời gian giải quyết."),
], [])

SHAPES["task_list_closes_at_a_plain_paragraph"] = ([
    P("Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung triển khai một số nội dung sau:"),
    P("Cắt giảm thủ tục hành chính năm 2026: Giảm ít nhất 30% chi phí tuân thủ."),
    P("Văn phòng Chính phủ theo dõi và báo cáo Thủ tướng hằng tháng về kết quả thực hiện."),
    P("Trong tháng 5, các bộ đã cắt giảm 15% thời gian giải quyết: kết quả được công bố trên Cổng Dịch vụ công."),
], [R("chi phí tuân thủ", value=30, year=2026)])

SHAPES["task_line_reporting_a_result_sets_nothing"] = ([
    P("Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung triển khai một số nội dung sau:"),
    P("Phân cấp giải quyết thủ tục hành chính: Hiện nay đã phân cấp 307 thủ tục hành chính."),
], [])

# --- one value shared by several things it is to reduce ('Giảm ít nhất 30% về thời gian giải quyết, chi phí tuân thủ
# và điều kiện kinh doanh'): a target for each thing -----------------------------------------------------------------

SHAPES["one_reduction_for_several_burdens"] = ([
    P("Năm 2026, phấn đấu giảm ít nhất 20% về thời gian giải quyết, chi phí tuân thủ và số giấy tờ phải nộp."),
    P("Năm 2027, tỉnh phấn đấu cắt giảm tối thiểu 15% thời gian xử lý hồ sơ và chi phí đi lại của người dân."),
], [R("thời gian giải quyết", value=20, year=2026), R("chi phí tuân thủ", value=20, year=2026),
    R("giấy tờ phải nộp", value=20, year=2026),
    R("thời gian xử lý hồ sơ", value=15, year=2027), R("chi phí đi lại", value=15, year=2027)])

# counterexamples: what follows the reduction is a purpose, not things reduced; two values keep one thing each
SHAPES["reduction_with_a_purpose_is_one_target"] = ([
    P("Năm 2026, phấn đấu giảm 30% thời gian giải quyết, bảo đảm chất lượng và hiệu quả phục vụ."),
    P("Năm 2026, phấn đấu giảm tối thiểu 30% thời gian xử lý và 20% chi phí tuân thủ."),
], [R("thời gian giải quyết", value=30, year=2026),
    R("thời gian xử lý", value=30, year=2026), R("chi phí tuân thủ", value=20, year=2026)])

# --- a count of units that fall in a band ('8 bộ đạt tỷ lệ dưới 50%', '3 địa phương … mới đạt dưới 70%') reports
# results: the band is what sorts them, not an aim --------------------------------------------------------------------

SHAPES["count_of_units_under_a_threshold"] = ([
    P("Tỷ lệ hồ sơ trực tuyến của các bộ còn thấp so với mục tiêu đề ra, trong đó 6 bộ đạt tỷ lệ dưới 40%; 4 địa "
      "phương có tỷ lệ thanh toán trực tuyến đối với hồ sơ của doanh nghiệp mới đạt dưới 60%."),
    P("Chỉ số hài lòng năm 2025 còn chênh lệch lớn, có 12 tỉnh đạt chỉ số trên 90%."),
], [])

# counterexamples: a target assigned to every unit is one; a rate of so many units aimed at keeps its target
SHAPES["assigned_to_units_or_aimed_rate"] = ([
    P("Theo đó, đến năm 2027, tất cả 34 tỉnh, thành phố đều được giao chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế đạt "
      "trên 95%."),
    P("Phấn đấu năm 2026, tỷ lệ hồ sơ trực tuyến của 12 sở đạt trên 80%."),
], [R("bao phủ bảo hiểm y tế", cmp=">", value=95, year=2027),
    R("tỷ lệ hồ sơ trực tuyến", cmp=">", value=80, year=2026)])

# --- older leftovers ---------------------------------------------------------------------------------------------------
# a measure raised to a multiple ('Tăng hệ số sử dụng đất lên 1,76 lần'): the multiple is its target level

SHAPES["measure_raised_to_a_multiple"] = ([
    P("Phấn đấu năm 2026 tăng hệ số sử dụng đất lên 2,1 lần; nâng vòng quay vốn tín dụng lên 1,5 lần."),
], [R("hệ số sử dụng đất", value=2.1, unit="lần", year=2026), R("vòng quay vốn tín dụng", value=1.5, unit="lần", year=2026)])

# counterexample: so many times a year is a frequency, not a multiple
SHAPES["frequency_is_no_multiple"] = ([
    P("Phấn đấu năm 2026 tăng tần suất kiểm tra lên 2 lần/năm."),
], [])

# a plan's bare figure for a period after the year it was issued ('Thời kỳ 2011 - 2015 mức tăng trưởng kinh tế
# 13%/năm' in a plan of 2006) is that period's target, cue or none

SHAPES["plan_figure_for_a_later_period"] = (HEADER_PLAN + [
    P("Thời kỳ 2026 - 2030 mức tăng trưởng kinh tế 9%/năm."),
    P("Năm 2027 tỷ lệ đô thị hóa 45%."),
], [R("tăng trưởng kinh tế", value=9, unit="%/năm", year=2030), R("tỷ lệ đô thị hóa", value=45, year=2027)])

# counterexamples: a period already past reviews; a report's words on a later period set nothing; a condition stays one
SHAPES["plan_past_period_or_report"] = (HEADER_PLAN + [
    P("Giai đoạn 2021 - 2025 mức tăng trưởng kinh tế bình quân 7,2%/năm."),
    P("Năm 2026 nếu tỷ lệ giải ngân dưới 50% thì điều chuyển vốn cho dự án khác."),
], [])

SHAPES["report_figure_for_a_later_period"] = (HEADER_REPORT + [
    P("Thời kỳ 2026 - 2030 mức tăng trưởng kinh tế 9%/năm."),
], [])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
