"""Target shapes read off round 15's web excerpts once they had been scored (a department's year-end report that
met every assigned target, a Chairman's figures ranked nationwide or set beside last year, coverage figures that
passed the targets the Party, the National Assembly and the Prime Minister set): each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities
from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a sentence that says an assigned target was met or passed reports what was done: its figures set nothing ----

SHAPES["all_assigned_targets_met"] = ([
    P("Năm 2024, Sở Tài chính hoàn thành toàn bộ 100% các chỉ tiêu được giao, trong đó thẩm định hơn 1.200 hồ sơ "
      "và ban hành hơn 3.000 văn bản."),
], [])

SHAPES["share_of_an_assigned_target"] = ([
    P("Hải Phòng: mục tiêu tăng trưởng 13% trong năm 2026"),
    P("Thành phố hoàn thành 1.850 căn hộ nhà ở xã hội, đạt 108% chỉ tiêu của Thủ tướng Chính phủ giao."),
], [R("tăng trưởng", value=13, year=2026)])

SHAPES["result_as_of_a_year_passing_a_target"] = ([
    P("Đến hết năm 2023 có 1,2 triệu người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,1% dân số, vượt chỉ tiêu "
      "Hội đồng nhân dân tỉnh giao."),
], [])

# counterexamples: a cue of striving keeps the target; without a met target 'đến năm …' still sets one
SHAPES["striving_to_meet_targets_sets_them"] = ([
    P("Năm 2026, ngành phấn đấu hoàn thành 100% các chỉ tiêu được giao."),
    P("Đến năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số."),
], [R("chỉ tiêu được giao", value=100, year=2026), R("tỷ lệ bao phủ bảo hiểm y tế", cmp=">", value=95, year=2026)])

# --- a figure ranked among others or set beside last year's reports a result; 'đã bảo đảm' reports too ------------

SHAPES["ranked_or_compared_results"] = ([
    P("Năm 2025, thu nhập bình quân đầu người đạt trên 5.200 USD, xếp thứ hai toàn quốc."),
    P("Tỉnh đã đảm bảo an sinh xã hội, tổng chi an sinh xã hội tăng trên 15% so với cùng kỳ."),
], [])

SHAPES["striven_growth_over_last_year_is_a_target"] = ([
    P("Phấn đấu năm 2026 tổng mức bán lẻ hàng hóa tăng trên 12% so với cùng kỳ."),
    P("Bảo đảm tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%."),
], [R("tổng mức bán lẻ hàng hóa", cmp=">", value=12), R("tiêm chủng đầy đủ", cmp=">", value=95)])

# --- a result a named rate states, beside a target in the words of the body that assigned it ('… đạt tỷ lệ bao phủ
# 94,2% dân số, vượt chỉ tiêu Thủ tướng Chính phủ giao (năm 2025 Thủ tướng giao 93,5%)') ----------------------------

SHAPES["assigned_target_in_a_parenthesis"] = ([
    P("Năm 2025, toàn tỉnh có 1,1 triệu người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 94,2% dân số, vượt chỉ tiêu "
      "Thủ tướng Chính phủ giao (năm 2025 Thủ tướng giao 93,5%)."),
    P("Năm 2024, thành phố đạt tỷ lệ che phủ rừng 42,3%, hoàn thành chỉ tiêu HĐND thành phố giao (HĐND thành phố "
      "giao tỷ lệ che phủ rừng là 42%)."),
    P("Ước đến 30/6/2024, toàn tỉnh đạt tỷ lệ bao phủ 92,8% dân số, hoàn thành chỉ tiêu của Trung ương giao (Trung ương "
      "giao tỷ lệ bao phủ năm 2025 là trên 92%)."),
], [R("tỷ lệ bao phủ", value=93.5, actual=94.2, status=ANY, year=2025),
    R("tỷ lệ che phủ rừng", value=42, actual=42.3, status=ANY),
    R("tỷ lệ bao phủ", cmp=">", value=92, actual=92.8, status=ANY, year=2025)])

# counterexamples: a named rate with no target beside it reports a result only; a task assigned is no target
SHAPES["named_rate_without_a_target"] = ([
    P("Năm 2025, toàn tỉnh đạt tỷ lệ bao phủ bảo hiểm y tế 94,2% dân số."),
    P("Thủ tướng giao nhiệm vụ cho tỉnh nâng tỷ lệ bao phủ, hiện đạt tỷ lệ bao phủ 91% dân số."),
], [])

# --- a rate raised to its level, said to be near the goal ('… đã nâng tỷ lệ … lên 42,6%, gần cán đích 50 - 55% …') ----

SHAPES["raised_rate_near_its_goal"] = ([
    P("Năm 2023, huyện đã nâng tỷ lệ che phủ rừng lên 44,1%, gần cán đích 45% vào năm 2025."),
    P("Sau 3 năm, thành phố đã nâng tỷ lệ trường mầm non đạt chuẩn lên 61,2%, tiến gần đích 65 - 70% số trường."),
], [R("tỷ lệ che phủ rừng", value=45, actual=44.1),
    R("tỷ lệ trường mầm non đạt chuẩn", cmp="range", value=65, high=70, actual=61.2)])

# counterexample: a raise a plan strives for is its target, with no result
SHAPES["striven_raise_is_a_plain_target"] = ([
    P("Phấn đấu nâng tỷ lệ che phủ rừng lên 45% vào năm 2025."),
], [R("tỷ lệ che phủ rừng", value=45, year=2025)])

# --- 'Theo kế hoạch, … tỷ lệ X đạt trên 88,2%' after a sentence of its paragraph reported 'tỷ lệ X đạt 89,4%': the report
# is the target's result ------------------------------------------------------------------------------------------

SHAPES["plan_sentence_after_its_rate_reported"] = ([
    P("Trong 9 tháng năm 2024, số người tham gia đạt 1,2 triệu người, tỷ lệ tham gia bảo hiểm y tế đạt 91,2% dân số. "
      "Theo kế hoạch, Bảo hiểm xã hội tỉnh đặt mục tiêu tỷ lệ tham gia bảo hiểm y tế đạt trên 92% dân số."),
], [R("tỷ lệ tham gia bảo hiểm y tế", cmp=">", value=92, actual=91.2)])

# counterexample: a target that no 'Theo kế hoạch' opens answers no earlier report
SHAPES["striven_rate_after_a_report_has_no_result"] = ([
    P("Năm 2024, tỷ lệ hồ sơ trực tuyến là 62,5%. Năm 2025, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%."),
], [R("tỷ lệ hồ sơ trực tuyến", value=80, year=2025)])

# --- what a plan says there will be: 'Theo kế hoạch …, năm 2014 sẽ có thêm 100 trường đạt chuẩn' ---------------------

SHAPES["planned_additions"] = ([
    P("Theo kế hoạch được UBND tỉnh phê duyệt, năm 2026 sẽ có thêm 40 trường đạt chuẩn quốc gia."),
    P("Theo kế hoạch, đến cuối năm 2025 toàn huyện sẽ có khoảng 12 xã đạt chuẩn nông thôn mới nâng cao."),
    # a paragraph opened by 'Đây là …' (a demonstrative) defines no term: its plan sentence still counts
    P("Đây là số liệu được công bố tại hội nghị tổng kết công tác năm 2025 do Sở Y tế tổ chức. Theo kế hoạch được "
      "UBND tỉnh phê duyệt, năm 2026 sẽ có thêm 6 trạm y tế đạt chuẩn."),
], [R("trường đạt chuẩn quốc gia", value=40, unit="trường", year=2026),
    R("xã đạt chuẩn nông thôn mới nâng cao", cmp=ANY, value=12, unit="xã", year=2025),
    R("trạm y tế đạt chuẩn", value=6, unit=ANY, year=2026)])

# counterexamples: a forecast or a plan's schedule sets no target
SHAPES["forecasts_and_schedules"] = ([
    P("Dự báo năm 2026 sẽ có 12 cơn bão ảnh hưởng đến tỉnh."),
    P("Theo kế hoạch, hội nghị sẽ diễn ra trong 2 ngày với 300 đại biểu tham dự."),
], [])

# --- 'Tỷ lệ này đã vượt chỉ tiêu … (X)': the paragraph's targets answer the result the paragraph before reported -------

SHAPES["this_rate_passed_the_targets"] = ([
    P("Năm 2024, toàn tỉnh đạt tỷ lệ 12,4 bác sĩ/vạn dân."),
    P("Tỷ lệ này đã vượt chỉ tiêu kế hoạch năm 2024 (12 bác sĩ/vạn dân) và vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ "
      "tỉnh đề ra (11,5 bác sĩ/1 vạn dân vào năm 2025)."),
    P("Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%."),
    P("Tỷ lệ này đã vượt chỉ tiêu được giao (50%)."),
], [R("Tỷ lệ bác sĩ chỉ tiêu kế hoạch năm 2024", value=12, unit=ANY, actual=12.4),
    R("bác sĩ chỉ tiêu Nghị quyết Đại hội", value=11.5, unit=ANY, actual=12.4),
    R("tỷ lệ hồ sơ trực tuyến toàn trình chỉ tiêu được giao", value=50, actual=52.3)])

# counterexamples: after a paragraph that set a target, 'Tỷ lệ này …' reports no result; figures of another unit pair not
SHAPES["this_rate_after_a_target_or_in_another_unit"] = ([
    P("Phấn đấu năm 2026 đạt 32 giường bệnh/1 vạn dân."),
    P("Tỷ lệ này đã vượt chỉ tiêu kế hoạch năm 2025 (30 giường bệnh/1 vạn dân)."),
    P("Năm 2025, toàn tỉnh đạt 14 bác sĩ/vạn dân."),
    P("Tỷ lệ này đã vượt chỉ tiêu kế hoạch (95% trạm y tế có bác sĩ)."),
], [R("giường bệnh", value=32, unit=ANY, year=2026)])


@pytest.mark.parametrize("text,want", [
    # a number of beds or doctors per so many people is a rate, not a count
    ("Năm 2024, tỉnh đạt 28,5 giường bệnh/1 vạn dân.", []),
    ("Toàn tỉnh đạt 12 bác sĩ trên 10.000 dân.", []),
    ("Bình quân có 9 bác sĩ cho 1 vạn dân.", []),
    # counterexamples: beds and households counted stay counts, 'cho người dân' names whom they are for
    ("Bệnh viện có 350 giường bệnh.", [350]),
    ("UBND tỉnh giao thêm 120 giường bệnh cho 9 bệnh viện.", [120, 9]),
    ("Hỗ trợ 300 hộ cho người dân vùng lũ.", [300]),
])
def test_rates_per_population_are_no_counts(text, want):
    assert [f.value for f in find_quantities(text) if f.kind == "count"] == want


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
