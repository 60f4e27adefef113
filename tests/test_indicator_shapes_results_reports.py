"""Results reports whose achieved figures read as targets, found on held-out rounds 17 and 18 (news of councils,
districts and communes on a year's results, a province's target-assignment meeting, a ministry's 2030 health
targets): each rule a table of strings written in the genre's style (paraphrased, not copied), with
counterexamples from plans, where the same words do set targets. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. a lead that says targets were met or passed ('các chỉ tiêu cơ bản đạt kế hoạch đề ra, nhiều chỉ tiêu vượt so
# với kế hoạch như: …', 'đều đạt và vượt kế hoạch, cụ thể: …'): its items are results, 'hơn' or not ----------------

SHAPES["items_of_targets_passed"] = ([
    P("Năm 2024, toàn xã thực hiện các chỉ tiêu cơ bản đạt kế hoạch đề ra, nhiều chỉ tiêu vượt so với kế hoạch như: "
      "diện tích gieo trồng lúa đạt hơn 102% kế hoạch; sản lượng ngô đạt hơn 100% kế hoạch; đàn trâu, bò có hơn "
      "8.400 con; trồng rừng đạt 125% kế hoạch."),
], [])
# … nor is a later item of it where an earlier item's 'đạt trên' is the nearest cue (a weak cue in a sentence that
# a result cue opened reports too)
SHAPES["later_items_of_targets_passed"] = ([
    P("Năm 2023, các chỉ tiêu kinh tế chủ yếu của thị trấn đều vượt mức kế hoạch như: tổng sản lượng lương thực đạt "
      "trên 45.000 tấn; đàn lợn có hơn 20.000 con."),
], [])

# counterexample: a plan's list of the same shape, after 'phấn đấu', sets its items
SHAPES["items_of_targets_striven_for"] = ([
    P("Năm 2026, huyện phấn đấu thực hiện các chỉ tiêu như: diện tích gieo trồng đạt trên 9.000 ha; tổng đàn gia súc "
      "có hơn 12.000 con."),
], [R("diện tích gieo trồng", cmp=">", value=9000, unit="ha", year=2026),
    R("tổng đàn gia súc", cmp=">", value=12000, unit="con", year=2026)])

# --- 1b. a share of the plan reached, 'hơn' or 'trên' before it ('thu ngân sách đạt hơn 103% dự toán'): a result
# against a plan already set, as 'đạt 103% dự toán' is ------------------------------------------------------------

SHAPES["more_than_a_share_of_the_plan"] = ([
    P("Năm 2023, các chỉ tiêu kinh tế chủ yếu của huyện đều đạt và vượt kế hoạch, cụ thể: thu ngân sách đạt hơn "
      "103% dự toán; giá trị sản xuất nông nghiệp đạt trên 101% kế hoạch."),
    P("Về chỉ tiêu trồng rừng, toàn huyện đạt gần 98% kế hoạch năm."),
], [])

# counterexample: a share of the plan striven for is a target
SHAPES["share_of_the_plan_striven_for"] = ([
    P("Năm 2026, phấn đấu thu ngân sách trên địa bàn đạt trên 105% dự toán tỉnh giao."),
    P("Về chỉ tiêu trồng rừng năm 2026, huyện phấn đấu đạt 110% kế hoạch."),
], [R("thu ngân sách", cmp=">", value=105, year=2026), R("trồng rừng", value=110, year=2026)])

# --- 2. a year's growth reported after 'hoàn thành cơ bản các chỉ tiêu đề ra' ('trong đó giá trị sản xuất công
# nghiệp tăng 12%, …, nông nghiệp tăng 3,1% so với năm 2022'): results, 'chỉ tiêu' there being what they met ---------

SHAPES["growth_after_targets_mostly_met"] = ([
    P("Năm 2023, dù còn nhiều khó khăn, kinh tế của thị xã vẫn hoàn thành cơ bản các chỉ tiêu đề ra, trong đó giá trị "
      "sản xuất công nghiệp tăng 12%, dịch vụ tăng 9,5%, nông nghiệp tăng 3,1% so với năm 2022; thu ngân sách đạt "
      "104,2% dự toán, tăng 1,8%; tỷ lệ hộ nghèo giảm từ 2,35% xuống còn 1,6%."),
    P("Năm 2024, huyện cơ bản hoàn thành các mục tiêu đề ra, tổng giá trị sản xuất tăng 8,7%."),
], [])

# counterexamples: striving to meet the targets sets the growth after it; 'cơ bản hoàn thành' a task in a plan keeps
# the plan's shares
SHAPES["growth_after_targets_striven_for"] = ([
    P("Năm 2026, huyện phấn đấu hoàn thành các chỉ tiêu đề ra, trong đó giá trị sản xuất công nghiệp tăng 12%, "
      "dịch vụ tăng 9,5% so với năm 2025."),
], [R("giá trị sản xuất công nghiệp tăng", value=12, year=2026), R("dịch vụ tăng", value=9.5, year=2026)])
SHAPES["task_mostly_done_in_a_plan"] = ([
    P("Đến năm 2027, cơ bản hoàn thành chuyển đổi số trong cơ quan nhà nước, 100% hồ sơ công việc cấp tỉnh được xử "
      "lý trên môi trường mạng."),
], [R("hồ sơ công việc được xử lý trên môi trường mạng", level="tỉnh", value=100, year=2027)])

# --- 3. 'giảm từ A% xuống còn B%': the starting value is where the rate stood, never a target -----------------------

SHAPES["starting_value_of_a_fall"] = ([
    P("Phấn đấu giảm tỷ lệ hộ nghèo từ 2,35% xuống còn 1,6% vào năm 2026."),
    P("Phấn đấu đến năm 2027 tỷ lệ trẻ em suy dinh dưỡng giảm từ 12,4% xuống dưới 10%."),
    P("Phấn đấu nâng tỷ lệ hồ sơ thanh toán trực tuyến từ 60% lên 80% vào năm 2026."),
], [R("tỷ lệ hộ nghèo", cmp="<=", value=1.6, year=2026),
    R("tỷ lệ trẻ em suy dinh dưỡng", cmp="<", value=10, year=2027),
    R("tỷ lệ hồ sơ thanh toán trực tuyến", value=80, year=2026)])

# counterexample: a fall by so much ('giảm 1,5%') is the target itself
SHAPES["fall_by_an_amount"] = ([
    P("Phấn đấu năm 2026 tỷ lệ hộ nghèo giảm 1,5% so với năm 2025."),
], [R("tỷ lệ hộ nghèo giảm", value=1.5, year=2026)])

# --- 4. a result held despite hardship ('vẫn đạt 3,4%') and an estimate of a part of the year under way ('dự kiến
# tăng trưởng GRDP 6 tháng đầu năm … đạt khoảng 6,5-7%'): what was, or will likely be, counted ------------------------

SHAPES["result_still_reached"] = ([
    P("Theo Chủ tịch UBND tỉnh, 6 tháng đầu năm 2024, nhiều chỉ tiêu sụt giảm nhưng tốc độ tăng trưởng kinh tế vẫn "
      "đạt 3,4%, tỉnh quyết tâm giữ chỉ tiêu tăng trưởng cả năm."),
], [])
SHAPES["estimate_of_months_under_way"] = ([
    P("Giám đốc Sở cho biết, dự kiến tăng trưởng GRDP 6 tháng đầu năm 2025 của tỉnh đạt khoảng 6,5-7%."),
    P("Tăng trưởng GRDP quý III trên địa bàn huyện dự kiến đạt khoảng 7-7,5%."),
], [])

# counterexamples: 'vẫn phải đạt' orders; an estimate for a year ahead is the plan's range
SHAPES["result_still_required"] = ([
    P("Tốc độ tăng trưởng năm 2026 vẫn phải đạt từ 8% trở lên."),
    P("Năm 2027, phấn đấu tỷ lệ tăng dân số tự nhiên vẫn giữ ở mức dưới 1%."),
], [R("Tốc độ tăng trưởng", value=8, year=2026), R("tỷ lệ tăng dân số tự nhiên", cmp="<", value=1, year=2027)])
SHAPES["estimate_for_a_year_ahead"] = ([
    P("Dự kiến đến năm 2030, tỷ lệ đô thị hóa toàn tỉnh đạt khoảng 40-45%."),
], [R("tỷ lệ đô thị hóa", cmp="range", value=40, high=45, year=2030)])

# --- 5. an overshoot of the plan ('vượt 21,4% dự toán Trung ương giao') with the amount reached ('đạt trên 12.500 tỷ
# đồng'): a result against the plan, both figures ------------------------------------------------------------------

SHAPES["overshoot_of_the_plan"] = ([
    P("Thu ngân sách nhà nước năm 2024 đạt trên 12.500 tỷ đồng, vượt 21,4% dự toán Trung ương giao và tăng 15% so với "
      "cùng kỳ."),
], [])

# counterexample: an overshoot striven for is a target
SHAPES["overshoot_striven_for"] = ([
    P("Năm 2026, phấn đấu thu ngân sách nhà nước vượt 10% dự toán Trung ương giao."),
    P("Năm 2027, thu ngân sách trên địa bàn huyện phấn đấu vượt 5% dự toán tỉnh giao."),
], [R("thu ngân sách nhà nước", cmp=">", value=10, year=2026), R("thu ngân sách", cmp=">", value=5, year=2027)])

# --- 6. levels that govern another phrase ('đánh giá … cấp bộ, cấp tỉnh năm 2020 và thúc đẩy cung cấp 100% dịch vụ
# công …'): the figure after 'và' and a verb of its own is no level's --------------------------------------------

SHAPES["levels_of_another_phrase"] = ([
    P("Công bố kết quả đánh giá mức độ chuyển đổi số cấp bộ, cấp tỉnh năm 2023 và thúc đẩy cung cấp 100% dịch vụ "
      "công đủ điều kiện lên trực tuyến toàn trình."),
], [R("dịch vụ công đủ điều kiện lên trực tuyến toàn trình", level=None, value=100, year=ANY)])

# counterexample: levels that head the figure's own phrase name it ('100% cơ quan cấp tỉnh, cấp huyện …')
SHAPES["levels_of_the_figure"] = ([
    P("Phấn đấu năm 2026 có 100% cơ quan cấp tỉnh sử dụng chữ ký số chuyên dùng."),
    P("Phấn đấu năm 2027 có 90% hồ sơ công việc cấp huyện, cấp xã được xử lý trên môi trường mạng."),
], [R("cơ quan sử dụng chữ ký số", level="tỉnh", value=100, year=2026),
    R("hồ sơ công việc được xử lý", level="huyện", value=90, year=2027),
    R("hồ sơ công việc được xử lý", level="xã", value=90, year=2027)])

# --- 8. a numbered list of targets 'N-Label (unit): value' under a lead that assigns them ('ngành Y tế được giao 5
# mục tiêu:'): the unit is in brackets before the colon, the value bare, 'Xấp xỉ' before it or not ----------------

SHAPES["numbered_targets_with_bracketed_units"] = ([
    P("Văn kiện nêu 20 mục tiêu chủ yếu giai đoạn 2026-2030, trong đó ngành Giáo dục được giao 3 mục tiêu:"),
    P("1-Số năm đi học bình quân của người từ 25 tuổi trở lên (năm): Xấp xỉ 10,5"),
    P("2-Tỷ lệ trường học đạt chuẩn quốc gia (%): 80"),
    P("3-Số sinh viên đại học/vạn dân (sinh viên): 260"),
], [R("Số năm đi học bình quân", value=10.5, unit="năm", year=2030),
    R("Tỷ lệ trường học đạt chuẩn quốc gia", value=80, unit="%", year=2030),
    R("Số sinh viên đại học/vạn dân", value=260, unit="sinh viên", year=2030)])

# counterexample: the same lines under a lead of results are what was reached
SHAPES["numbered_results_with_bracketed_units"] = ([
    P("Kết quả thực hiện các chỉ tiêu của ngành Giáo dục năm 2024:"),
    P("1-Số năm đi học bình quân (năm): 9,8"),
    P("2-Tỷ lệ trường học đạt chuẩn quốc gia (%): 72"),
], [])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)

