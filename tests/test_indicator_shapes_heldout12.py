"""Target shapes read off round 11's web excerpts once they had been scored (plans adopted by decision, programmes'
target lists, results against targets): each rule a table of strings written in the genre's style (paraphrased, not
copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- staff and beds per so many people written with 'trên' as well as '/' ('đạt 30 giường bệnh trên 10.000 dân, 12
# bác sĩ trên 10.000 dân …'): every one in the list is a target of its own, its noun in the label ---------------------

SHAPES["staff_per_population_with_tren_listed"] = ([
    P("Quy hoạch phấn đấu đến năm 2025 đạt 30 giường bệnh trên 10.000 dân, 12 bác sĩ trên 10.000 dân, 2,8 dược sĩ "
      "trên 10.000 dân và 20 điều dưỡng trên 10.000 dân."),
], [R("giường bệnh", value=30, unit="giường bệnh/10.000 dân", year=2025),
    R("bác sĩ", value=12, unit="bác sĩ/10.000 dân", year=2025),
    R("dược sĩ", value=2.8, unit="dược sĩ/10.000 dân", year=2025),
    R("điều dưỡng", value=20, unit="điều dưỡng/10.000 dân", year=2025)])

SHAPES["staff_per_vạn_with_tren"] = ([
    P("Mục tiêu đến năm 2030: đạt 3,5 dược sĩ trên 1 vạn dân."),
], [R("dược sĩ", value=3.5, unit="dược sĩ/1 vạn dân", year=2030)])

# counterexample: staff counted on a territory, or per so many files, is no rate per population
SHAPES["staff_on_a_territory_is_no_rate"] = ([
    P("Năm 2024, toàn tỉnh có 1.450 bác sĩ trên địa bàn, tăng 50 bác sĩ so với năm 2023."),
], [])

# --- counts of district units as targets ('từ 3 đến 4 đơn vị cấp huyện đạt chuẩn'): the number counts the units, so
# 'cấp huyện' names what is counted, not the target's level; a ';' clause of a sentence opened by 'Phấn đấu' keeps its
# count target even though 'được công nhận' follows it ----------------------------------------------------------------

SHAPES["count_of_district_units_has_no_level"] = ([
    P("2.1. Đơn vị cấp huyện đạt chuẩn nông thôn mới", "list_item"),
    P("Đến năm 2025, phấn đấu có từ 2 đến 3 đơn vị cấp huyện đạt chuẩn nông thôn mới, trong đó có từ 1 đến 2 huyện "
      "đạt chuẩn nông thôn mới nâng cao."),
], [R("đơn vị cấp huyện đạt chuẩn nông thôn mới", cmp="range", value=2, high=3, unit="đơn vị", year=2025),
    R("huyện đạt chuẩn nông thôn mới nâng cao", cmp="range", value=1, high=2, unit="huyện", year=2025)])

SHAPES["count_clause_after_strive_is_recognised_target"] = ([
    P("Phấn đấu đến hết năm 2026 toàn tỉnh có khoảng 60% số xã đạt chuẩn nông thôn mới; có 4 - 5 đơn vị cấp huyện "
      "được công nhận đạt chuẩn nông thôn mới."),
], [R("số xã đạt chuẩn nông thôn mới", value=60, year=2026),
    R("đơn vị cấp huyện được công nhận", cmp="range", value=4, high=5, unit="đơn vị", year=2026)])

# counterexamples: 'cơ quan, đơn vị cấp huyện' with no count before it is still a level; a threshold with 'thì' after a
# strive sentence stays a threshold; a report's count recognised ('Năm 2024 … có 12 xã được công nhận') is no target
SHAPES["units_at_district_level_keep_their_level"] = ([
    P("Phấn đấu năm 2026 có 100% cơ quan, đơn vị cấp huyện và cấp xã sử dụng chữ ký số."),
], [R("cơ quan đơn vị chữ ký số", level="huyện", value=100, year=2026),
    R("cơ quan đơn vị chữ ký số", level="xã", value=100, year=2026)])

SHAPES["threshold_with_thi_after_strive_stays_threshold"] = ([
    P("Phấn đấu đến năm 2026 có 90% số xã đạt chuẩn; xã có dưới 3 thôn thì được công nhận đạt chuẩn."),
], [R("số xã đạt chuẩn", value=90, year=2026)])

SHAPES["count_recognised_in_a_report_is_no_target"] = ([
    P("Năm 2024 toàn tỉnh có 90% số xã đạt chuẩn; có 12 xã được công nhận đạt chuẩn nông thôn mới nâng cao."),
], [])

# --- ceilings a rate or a count is brought to: 'còn (khoảng) X%' leaves a rate at most X ('tỷ lệ xã đạt dưới 10 tiêu chí
# còn khoảng 25%'), 'giảm số … xuống N xã' a count at most N; neither 'còn' nor 'xuống' is part of the label -------------

SHAPES["share_left_at_and_count_brought_down"] = ([
    P("Phấn đấu đến hết năm 2026 tỷ lệ số xã đạt dưới 12 tiêu chí còn khoảng 20%, giảm số xã đạt dưới 8 tiêu chí "
      "xuống 150 xã."),
], [R("tỷ lệ số xã đạt dưới 12 tiêu chí", cmp="<=", value=20, year=2026),
    R("số xã đạt dưới 8 tiêu chí", cmp="<=", value=150, unit="xã", year=2026)])

SHAPES["share_left_at_in_a_target_list"] = ([
    P("Mục tiêu đến năm 2027: tỷ lệ hộ cận nghèo giảm còn 4%; tỷ lệ lao động nông nghiệp còn khoảng 28%."),
], [R("tỷ lệ hộ cận nghèo", cmp="<=", value=4, year=2027), R("tỷ lệ lao động nông nghiệp", cmp="<=", value=28, year=2027)])


def test_ceiling_words_are_no_part_of_the_label():
    for name in ("share_left_at_and_count_brought_down", "share_left_at_in_a_target_list"):
        assert not any(r.label.endswith(("còn", "xuống")) for r in run(SHAPES[name][0]))


# counterexamples: a report's rate that is left at some level is a result, and a count of what remains is no target
SHAPES["rate_left_at_in_a_report_is_no_target"] = ([
    P("Năm 2024, tỷ lệ hộ nghèo toàn tỉnh còn 2,1%, giảm 0,8% so với năm 2023."),
], [])

SHAPES["what_remains_is_no_ceiling"] = ([
    P("Đến nay toàn huyện vẫn còn 5 xã chưa đạt chuẩn nông thôn mới."),
], [])

# --- results and targets listed in the same order ('… đạt lần lượt A% và B%, so với mục tiêu C% và D%'): the n-th
# result answers the n-th target, and the n-th part of the subject names them ('các tỷ lệ X và Y' → 'tỷ lệ X', 'tỷ lệ Y')

SHAPES["respective_results_against_targets"] = ([
    P("Tuy vậy, các tỷ lệ về thanh toán trực tuyến và hồ sơ được số hóa mới đạt lần lượt 38,5% và 62,1%, so với mục "
      "tiêu phải đạt 50% và 70%."),
], [R("tỷ lệ thanh toán trực tuyến", value=50, actual=38.5), R("tỷ lệ hồ sơ được số hóa", value=70, actual=62.1)])

SHAPES["respective_results_of_two_groups"] = ([
    P("Năm 2025, khối cơ quan bộ và khối địa phương đạt 73,4% và 21,2%, so với chỉ tiêu được giao 80% và 50%."),
], [R("khối cơ quan bộ", value=80, actual=73.4), R("khối địa phương", value=50, actual=21.2)])


def test_respective_labels_are_the_subject_parts():
    labels = [r.label for r in run(SHAPES["respective_results_against_targets"][0])]
    assert labels == ["tỷ lệ thanh toán trực tuyến", "tỷ lệ hồ sơ được số hóa"]


# counterexamples: results listed with no target beside them pair with nothing; a subject that names fewer parts than
# the figures is not read as respective pairs
SHAPES["respective_results_without_targets"] = ([
    P("Năm 2024, các tỷ lệ về thanh toán trực tuyến và hồ sơ được số hóa đạt lần lượt 38,5% và 62,1%."),
], [])

# --- round 10's leftover: a verb of change right after a figure opens the next target's clause where the source left out
# the comma ('… xuống dưới 11,5‰ giảm tỷ suất …'): neither label takes the other's words ----------------------------------

SHAPES["missing_comma_before_next_reduction"] = ([
    P("Mục tiêu đến năm 2026: giảm tỷ suất chết trẻ sơ sinh xuống 8‰, giảm tỷ suất chết trẻ dưới 1 tuổi xuống dưới "
      "11,5‰ giảm tỷ suất chết trẻ dưới 5 tuổi xuống dưới 17,5‰ trên toàn tỉnh."),
], [R("tỷ suất chết trẻ sơ sinh", cmp="<=", value=8, unit="‰", year=2026),
    R("tỷ suất chết trẻ dưới 1 tuổi", cmp="<", value=11.5, unit="‰", year=2026),
    R("tỷ suất chết trẻ dưới 5 tuổi", cmp="<", value=17.5, unit="‰", year=2026)])


@pytest.mark.parametrize("i,foreign", [(1, "5 tuổi"), (2, "1 tuổi"), (2, "5‰")])
def test_missing_comma_keeps_labels_apart(i, foreign):
    labels = [r.label for r in run(SHAPES["missing_comma_before_next_reduction"][0])]
    assert foreign not in labels[i]


# counterexample: 'tăng' inside one target's words ('tốc độ tăng trưởng') after its own figure splits nothing away
SHAPES["growth_word_after_a_single_figure"] = ([
    P("Mục tiêu năm 2026: tốc độ tăng trưởng kinh tế đạt 8% trở lên."),
], [R("tốc độ tăng trưởng kinh tế", value=8, year=2026)])

# --- a change a report states, answered by a parenthesis saying whether it met its target ('giảm bình quân khoảng
# 1,1%/năm (đạt chỉ tiêu giảm bình quân 1-1,5%/năm được giao)'): the parenthesis holds the target, the change the result,
# and the average change names the indicator ------------------------------------------------------------------------

SHAPES["average_change_met_its_target_range"] = ([
    P("Cuối năm 2024, tỷ lệ hộ nghèo toàn tỉnh còn 1,9%, giảm bình quân khoảng 1,2%/năm (đạt chỉ tiêu giảm bình quân "
      "1-1,5%/năm Nghị quyết Đại hội giao)."),
], [R("tỷ lệ hộ nghèo giảm bình quân", cmp="range", value=1, high=1.5, unit="%/năm", actual=1.2, status=ANY)])

SHAPES["average_change_short_of_its_target"] = ([
    P("Năm 2024, tỷ lệ hộ nghèo của huyện giảm bình quân 2,1%/năm (chưa đạt chỉ tiêu giảm bình quân 3%/năm)."),
], [R("tỷ lệ hộ nghèo giảm bình quân", value=3, unit="%/năm", actual=2.1, status=ANY)])

# counterexamples: a target of an average change with no parenthesis is a plain target; a parenthesis of a result
# without a target word ('(đạt 100%)') pairs nothing with the change
SHAPES["average_change_as_a_plain_target"] = ([
    P("Phấn đấu năm 2026 tỷ lệ hộ nghèo giảm bình quân 1,5%/năm."),
], [R("tỷ lệ hộ nghèo giảm bình quân", value=1.5, unit="%/năm", year=2026)])

# --- 'mới chỉ đạt', 'chỉ mới đạt' report what has been reached so far, as 'mới đạt' does: after a sentence that states the
# target, a region's figure is a result, not another target ------------------------------------------------------------

SHAPES["only_reached_after_the_target_is_a_result"] = ([
    P("Mật độ bác sĩ còn thấp so với mục tiêu đặt ra là 12 bác sĩ/vạn dân năm 2025. Tuy nhiên, vùng núi phía Bắc mới chỉ "
      "đạt 8,1 bác sĩ, vùng duyên hải chỉ mới đạt 9,3 bác sĩ."),
], [R("bác sĩ/vạn dân", value=12, unit="bác sĩ/vạn dân", year=2025)])

# counterexample: a target stated with 'đạt' after a strive cue is still a target
SHAPES["strive_to_reach_stays_a_target"] = ([
    P("Phấn đấu đến năm 2026 đạt 13 bác sĩ/vạn dân."),
], [R("bác sĩ/vạn dân", value=13, unit="bác sĩ/vạn dân", year=2026)])

# --- a count raised by a range ('số tiêu chí bình quân/xã tăng thêm từ 1-1,5 tiêu chí'), as by a bound ('tăng thêm tối
# thiểu 1 tiêu chí'): 'tăng thêm' governs the amount -------------------------------------------------------------------

SHAPES["criteria_raised_by_a_range"] = ([
    P("Phấn đấu đến hết năm 2026 số tiêu chí bình quân/xã tăng thêm từ 1-1,5 tiêu chí so với năm 2025."),
], [R("số tiêu chí bình quân/xã tăng thêm", cmp="range", value=1, high=1.5, unit="tiêu chí", year=2026)])

# counterexample: a count a report says was added is a result, not a target
SHAPES["count_added_in_a_report_is_no_target"] = ([
    P("Năm 2024, số bác sĩ của tỉnh tăng thêm 50 bác sĩ so với năm 2023."),
], [])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
