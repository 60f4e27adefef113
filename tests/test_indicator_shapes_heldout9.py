"""Target shapes read off round 8's web excerpts once they had been scored (a district's plan whose economic
structure is given part by part after 'như sau:', a Government programme with life expectancy among its targets):
each rule a table of strings written in the genre's style (paraphrased, not copied), with counterexamples.
Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 'Cơ cấu kinh tế … như sau: A chiếm x%; B chiếm y%; C chiếm z%': every part takes the lead, not the first only ---

SHAPES["parts_after_a_lead_all_take_it"] = ([
    P("Các chỉ tiêu chủ yếu năm 2025 là: Tốc độ tăng giá trị sản xuất đạt 9% trở lên."),
    P("Cơ cấu kinh tế (theo giá hiện hành) chuyển dịch như sau: Nông - lâm nghiệp chiếm 35,2%, giảm 0,5% so với năm "
      "2024; công nghiệp - xây dựng chiếm 38,4%, tăng 0,3% so với năm 2024; dịch vụ chiếm 26,4%, tăng 0,2% so với "
      "năm 2024."),
], [R("Tốc độ tăng giá trị sản xuất", value=9),
    R("Cơ cấu kinh tế Nông lâm nghiệp", value=35.2), R("Cơ cấu kinh tế công nghiệp xây dựng", value=38.4),
    R("Cơ cấu kinh tế dịch vụ", value=26.4)])

SHAPES["parts_after_a_lead_with_colon_only"] = ([
    P("Mục tiêu đến năm 2030: Cơ cấu lao động theo ngành như sau: nông nghiệp chiếm 30%; công nghiệp chiếm 35%; "
      "dịch vụ chiếm 35%."),
], [R("Cơ cấu lao động nông nghiệp", value=30), R("Cơ cấu lao động công nghiệp", value=35),
    R("Cơ cấu lao động dịch vụ", value=35)])

# counterexample: a lead of a cue and a period names no measure; a later clause naming its own rate keeps its label
SHAPES["cue_lead_or_own_rate_takes_no_lead"] = ([
    P("Phấn đấu năm 2025: Tỷ lệ trẻ em đi học đúng độ tuổi đạt 99%; tỷ lệ che phủ rừng 60%."),
], [R("Tỷ lệ trẻ em đi học", value=99), R("tỷ lệ che phủ rừng", value=60)])


def test_cue_lead_is_not_prefixed():
    labels = [r.label for r in run(SHAPES["cue_lead_or_own_rate_takes_no_lead"][0])]
    assert not labels[1].lower().startswith("phấn đấu")


# counterexample: a later part of another unit is a measure of its own, not a part of the lead's shares
SHAPES["part_of_another_unit_takes_no_lead"] = ([
    P("Các chỉ tiêu năm 2026 gồm: Cơ cấu kinh tế như sau: nông nghiệp chiếm 30%; doanh thu du lịch đạt 800 tỷ đồng."),
], [R("Cơ cấu kinh tế nông nghiệp", value=30), R("doanh thu du lịch", value=800, unit="tỷ đồng")])


def test_part_of_another_unit_is_not_prefixed():
    labels = [r.label for r in run(SHAPES["part_of_another_unit_takes_no_lead"][0])]
    assert "Cơ cấu" not in labels[1]

# --- how long people live is a target of its own: 'Tuổi thọ bình quân đạt 75,5 tuổi', '… sống khỏe mạnh 68 năm' -----

SHAPES["life_expectancy_in_years_of_age"] = ([
    P("Mục tiêu đến năm 2030: Tuổi thọ trung bình của người dân đạt 76 tuổi, trong đó số năm sống khỏe mạnh đạt tối "
      "thiểu 68 năm."),
], [R("Tuổi thọ trung bình", value=76, unit="tuổi", year=2030), R("sống khỏe mạnh", value=68, unit="năm", year=2030)])

SHAPES["life_expectancy_continuing_a_passage_of_targets"] = ([
    P("Chương trình đặt mục tiêu đến năm 2030, tỷ lệ thất nghiệp chung dưới 3%."),
    P("Bảo đảm mức sinh thay thế. Tuổi thọ bình quân đạt khoảng 75 tuổi, trong đó thời gian sống khỏe mạnh đạt tối "
      "thiểu 67 năm."),
], [R("tỷ lệ thất nghiệp", cmp="<", value=3), R("Tuổi thọ bình quân", value=75, unit="tuổi"),
    R("sống khỏe mạnh", value=67, unit="năm")])

# counterexamples: other ages and durations are whom or how long, never a target
SHAPES["ages_and_durations_stay_out"] = ([
    P("Phấn đấu năm 2026: tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 15%; giải quyết hồ sơ trong 30 "
      "ngày làm việc; người từ 60 tuổi trở lên được khám sức khỏe định kỳ đạt 90%."),
], [R("trẻ em dưới 5 tuổi suy dinh dưỡng", cmp="<", value=15), R("khám sức khỏe định kỳ", value=90)])

# --- criteria per commune ('bình quân đạt trên 12 tiêu chí/xã') are an average, a measure; a count of targets
# reached ('đạt được 177 chỉ tiêu') is a tally and no target cue; 'các xã đã đạt chuẩn' names a group, no result ----

SHAPES["criteria_per_commune_as_a_second_target"] = ([
    P("Năm 2026, toàn tỉnh phấn đấu thêm 9 xã đạt chuẩn nông thôn mới, duy trì chất lượng các tiêu chí tại các xã đã "
      "đạt chuẩn, đồng thời nâng số tiêu chí bình quân toàn tỉnh đạt trên 15 tiêu chí/xã."),
    P("Chỉ tiêu năm 2027: số tiêu chí nông thôn mới bình quân đạt 17 tiêu chí/xã; tỷ lệ hộ nghèo dưới 3%."),
], [R("xã đạt chuẩn nông thôn mới", value=9, unit="xã", year=2026),
    R("tiêu chí bình quân /xã", cmp=">", value=15, unit="tiêu chí", year=2026),
    R("tiêu chí nông thôn mới bình quân /xã", value=17, unit="tiêu chí", year=2027),
    R("tỷ lệ hộ nghèo", cmp="<", value=3, year=2027)])

# counterexamples: the average reached so far, after a count of targets reached, reports a result
SHAPES["average_criteria_reached_is_a_result"] = ([
    P("Đến nay, toàn huyện đạt được 165 chỉ tiêu xây dựng nông thôn mới, bình quân đạt 15,2 tiêu chí/xã."),
    P("Năm 2024, xã hoàn thành 19/19 chỉ tiêu, bình quân đạt 16 tiêu chí/thôn."),
    # a bare tally of criteria still sets no target
    P("Toàn tỉnh phấn đấu đến năm 2026 hoàn thành 06 tiêu chí còn lại."),
], [])

# --- a share of the plan reached ('Chỉ tiêu tuyển quân đạt 100% kế hoạch') reports a result; with a target cue, or
# in a list of targets, it is a target -----------------------------------------------------------------------------

SHAPES["share_of_plan_reached_is_a_result"] = ([
    P("Sáu tháng đầu năm, trồng rừng vượt 10% so với kế hoạch. Chỉ tiêu giao quân đạt 100% kế hoạch."),
    P("Chỉ tiêu thu ngân sách nhà nước trên địa bàn bằng 98% dự toán tỉnh giao."),
], [])

SHAPES["share_of_plan_with_a_cue_is_a_target"] = ([
    P("Năm 2026, phấn đấu thu ngân sách nhà nước đạt 105% dự toán tỉnh giao."),
    P("Các chỉ tiêu năm 2027: Chỉ tiêu tuyển quân đạt 100% kế hoạch; tỷ lệ hộ nghèo dưới 3%."),
], [R("thu ngân sách nhà nước", value=105, year=2026), R("tuyển quân", value=100, year=2027),
    R("tỷ lệ hộ nghèo", cmp="<", value=3, year=2027)])

# --- a purpose clause is the only statement of its target when the document sets that bound nowhere else
# ('Để thực hiện thắng lợi mục tiêu tăng trưởng năm 2025 đạt 8% trở lên, Thủ tướng yêu cầu …' in a telegram) --------

SHAPES["telegram_purpose_is_its_only_target"] = ([
    P("Thủ tướng Chính phủ vừa ký Công điện về các giải pháp thúc đẩy tăng trưởng kinh tế năm 2026."),
    P("Để thực hiện thắng lợi mục tiêu tăng trưởng năm 2026 đạt 10% trở lên, Thủ tướng Chính phủ yêu cầu các Bộ "
      "trưởng, Chủ tịch Ủy ban nhân dân các tỉnh tập trung chỉ đạo thực hiện các nhiệm vụ sau."),
], [R("mục tiêu tăng trưởng năm 2026", value=10, year=2026)])

# counterexample: set elsewhere in the document, the purpose clause restates it (test_indicator_shapes_unseen.py
# has the case of a plain share of the plan)
SHAPES["purpose_restating_a_bound_set_before"] = ([
    P("Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt 10% trở lên."),
    P("Để thực hiện thắng lợi mục tiêu tăng trưởng đạt 10% trở lên, các sở, ngành triển khai các giải pháp sau."),
], [R("tăng trưởng kinh tế", value=10, year=2026)])

# --- a later part of an item naming a bare measure ('Doanh thu đạt …') measures the sector the first part names -----

SHAPES["bare_measure_part_takes_the_items_sector"] = ([
    P("Các chỉ tiêu năm 2026 gồm:"),
    P("- Tổng lượt khách du lịch trên 6 triệu lượt; Doanh thu đạt 12.000 tỷ đồng", "list_item"),
    P("- Giá trị hàng hóa xuất khẩu đạt 900 triệu USD; kim ngạch đạt 1.200 triệu USD", "list_item"),
    # counterexample: a first part of no sector lends none
    P("- Tỷ lệ hộ nghèo dưới 3%; Doanh thu đạt 500 tỷ đồng", "list_item"),
], [R("khách du lịch", cmp=">", value=6, unit="triệu lượt"), R("Doanh thu du lịch", value=12000, unit="tỷ đồng"),
    R("hàng hóa xuất khẩu", value=900, unit="triệu USD"), R("kim ngạch xuất khẩu", value=1200, unit="triệu USD"),
    R("Tỷ lệ hộ nghèo", cmp="<", value=3), R("Doanh thu", value=500, unit="tỷ đồng")])


def test_part_of_no_sector_takes_none():
    labels = [r.label for r in run(SHAPES["bare_measure_part_takes_the_items_sector"][0])]
    assert labels[-1] == "Doanh thu"


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
