"""Target shapes read off round 73's held-out excerpts once they had been scored (a city's population plan retold by
the press, a ministry's year report on births, a provincial council's resolution, vocational-training results): each
rule a table of strings written in the genre's style, with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

# --- a unit named bare as the subject its clause opens with, and what it 'sẽ' do ('Theo đó, Thành phố sẽ duy trì tỷ số
# giới tính khi sinh từ 103 đến 107 bé trai/100 bé gái …; tỷ lệ bà mẹ … là 80%; …'): the unit's own plan, as its 'phấn
# đấu' or a whole province's 'Toàn tỉnh sẽ giảm …'; the ';' list it opens goes on; a place named by its name alone
# after 'Theo đó,' or a year too. Counterexamples: a unit named later in its clause, a condition before it, a verb of an
# event, a forecast with no unit ----------------------------------------------------------------------------------

CITY = ("Theo đó, Thành phố sẽ duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé trai/100 bé gái; tỷ lệ bà mẹ mang "
        "thai được sàng lọc trước sinh là 80%; tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh là 80%.")
CITY_TARGETS = [R("tỷ số giới tính khi sinh", cmp="range", value=103, high=107, unit="bé trai/100 bé gái"),
                R("tỷ lệ bà mẹ mang thai được sàng lọc trước sinh", value=80),
                R("tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh", value=80)]
# made-up variants in the genre's style: a year before the unit, a named province, the unit opening its sentence
POOR = "Năm 2026, huyện sẽ giảm tỷ lệ hộ nghèo xuống dưới 2%; tỷ lệ hộ cận nghèo dưới 4%."
POOR_TARGETS = [R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2026), R("tỷ lệ hộ cận nghèo", cmp="<", value=4, year=2026)]
WATER = "Tỉnh Hà Giang sẽ nâng tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh lên 95%."


@pytest.mark.parametrize("text, expected", [
    (CITY, CITY_TARGETS),
    (POOR, POOR_TARGETS),
    (WATER, [R("tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh", value=95)]),
    ("Kế hoạch đã được ban hành. Thành phố sẽ duy trì tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh là 80%.",
     [R("tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh", value=80)]),
    # a place named by its name alone after 'Theo đó,' (made-up variants: a city's plan retold by the press)
    ("Theo đó, Hà Nội sẽ duy trì tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh là 80%.",
     [R("tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh", value=80)]),
    ("Theo đó, TP.HCM sẽ nâng tỷ lệ hộ dân sử dụng nước sạch lên 99%.", [R("tỷ lệ hộ dân sử dụng nước sạch", value=99)]),
    ("Năm 2017, Hà Nội sẽ duy trì tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh là 80%.",
     [R("tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh", value=80, year=2017)]),
    # counterexamples: a unit named later in its clause, a condition, an event's verb, no unit at all, a place named
    # alone with neither 'Theo đó,' nor a year before it
    ("Do khó khăn chung, các xã, phường sẽ giảm tỷ lệ trẻ em được sàng lọc sơ sinh còn 60%.", []),
    ("Nếu không có giải pháp kịp thời, tỉnh sẽ giảm tỷ lệ trẻ em được sàng lọc sơ sinh còn 60%.", []),
    ("Theo đó, Thành phố sẽ tổ chức 12 hội nghị tuyên truyền về dân số.", []),
    ("Theo đó, tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh sẽ là 80%.", []),
    ("Theo đó, Hà Nội sẽ tổ chức 12 hội nghị tuyên truyền về dân số.", []),
    ("Hà Nội sẽ duy trì tỷ lệ trẻ em mới sinh được sàng lọc sơ sinh là 80%.", []),
])
def test_a_unit_that_will_states_its_plan(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, first", [
    (CITY, "duy trì tỷ số giới tính khi sinh"),
    (WATER, "nâng tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh lên"),
    ("Toàn tỉnh sẽ giảm 3.000 hộ nghèo theo chuẩn đa chiều.", "giảm hộ nghèo theo chuẩn đa chiều"),
    ("Theo đó, TP.HCM sẽ nâng tỷ lệ hộ dân sử dụng nước sạch lên 99%.", "nâng tỷ lệ hộ dân sử dụng nước sạch lên"),
])
def test_the_unit_and_its_will_are_no_part_of_the_label(text, first):
    from test_indicator_variants import run
    assert [r.label for r in run([P(text)])][:1] == [first]


# --- a part's own measure in a parenthesis right after a target, held by a bound with no verb ('… từ 103 đến 107 bé
# trai/100 bé gái (tốc độ tăng tỷ số giới tính khi sinh không quá 0,4%)'), as a part's share is ('nước sạch trên 90%
# (hợp vệ sinh đạt 100%)'); a rate it names is its label. Counterexamples: a bound of a result, a bare bound ---------

SEX_RATIO = ("Thành phố phấn đấu duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé trai/100 bé gái (tốc độ tăng tỷ số "
             "giới tính khi sinh không quá 0,4%).")
RANGE = R("tỷ số giới tính khi sinh", cmp="range", value=103, high=107, unit="bé trai/100 bé gái")
# made-up variants: a floor for a group, a ceiling of another rate
LOSS = "Phấn đấu tỷ lệ dân cư nông thôn sử dụng nước sạch đạt 70% (tỷ lệ thất thoát nước không quá 20%)."


@pytest.mark.parametrize("text, expected", [
    (SEX_RATIO, [RANGE, R("tốc độ tăng tỷ số giới tính khi sinh", cmp="<=", value=0.4)]),
    (LOSS, [R("tỷ lệ dân cư nông thôn sử dụng nước sạch", value=70),
            R("tỷ lệ thất thoát nước", cmp="<=", value=20)]),
    (SEX_RATIO.replace("không quá", "tối đa"), [RANGE, R("tốc độ tăng tỷ số giới tính khi sinh", cmp="<=", value=0.4)]),
    # counterexamples: a result in the parenthesis, a parenthesis of a figure alone
    (SEX_RATIO.replace("(tốc độ tăng", "(năm 2025 đã đạt, tốc độ tăng"), [RANGE]),
])
def test_a_parts_own_bound_in_a_parenthesis(text, expected):
    check([P(text)], expected)


def test_a_parts_own_rate_is_its_label():
    from test_indicator_variants import run
    recs = run([P(LOSS)])
    assert [r.label for r in recs][1:] == ["tỷ lệ thất thoát nước"]


# --- a deadline in the name of a plan whose years of work a sentence reviews ('sau 10 năm thực hiện Đề án 1956 - Đào
# tạo nghề cho lao động nông thôn đến năm 2020, số lao động đào tạo từ 28% năm 2009 lên 59,5% năm 2019') names the plan,
# no deadline of the figures after it: they are what the years of work did. Counterexamples: a plan named with no
# review, a target cue of the sentence's own ----------------------------------------------------------------------

REVIEW = ("Theo báo cáo, sau 10 năm thực hiện Đề án 1956 - Đào tạo nghề cho lao động nông thôn đến năm 2020, số lao động "
          "đào tạo từ 28% năm 2009 lên 59,5% năm 2019.")
# made-up variants in the genre's style: 'Qua 5 năm triển khai …', a share reached
FIVE_YEARS = ("Qua 5 năm triển khai Chiến lược phát triển du lịch đến năm 2020, tỷ lệ khách quốc tế lưu trú dài ngày "
              "đạt 35%.")


@pytest.mark.parametrize("text, expected", [
    (REVIEW, []),
    (FIVE_YEARS, []),
    ("Sau 3 năm thực hiện Chương trình xây dựng nông thôn mới đến năm 2025, tỷ lệ xã đạt chuẩn là 60%.", []),
    # counterexamples: a cue of the sentence's own
    (FIVE_YEARS.replace("tỷ lệ khách", "phấn đấu tỷ lệ khách"),
     [R("tỷ lệ khách quốc tế lưu trú dài ngày", value=35, year=2020)]),
    ("Đến năm 2020, tỷ lệ khách quốc tế lưu trú dài ngày đạt 35%.",
     [R("tỷ lệ khách quốc tế lưu trú dài ngày", value=35, year=2020)]),
])
def test_a_plans_name_in_a_review_sets_no_deadline(text, expected):
    check([P(text)], expected)


# --- a level a rate is brought down to with 'được' after 'xuống còn' ('phấn đấu giảm tỷ lệ phát triển dân số tự nhiên
# xuống còn được 1%'): a ceiling, as 'xuống còn 1%', its words no part of the label. Counterexamples: 'xuống dưới'
# stays '<', 'còn được' alone is no ceiling ---------------------------------------------------------------------------

GROWTH = ("Đến năm 2015: phấn đấu giảm tỷ lệ phát triển dân số tự nhiên xuống còn được 1% và tỷ lệ sinh con thứ 3 trở "
          "lên xuống dưới 18%;")


@pytest.mark.parametrize("text, expected", [
    (GROWTH, [R("tỷ lệ phát triển dân số tự nhiên", cmp="<=", value=1, year=2015),
              R("tỷ lệ sinh con thứ 3 trở lên", cmp="<", value=18, year=2015)]),
    # made-up variants: a rate that falls by itself, a ceiling with 'mức'
    ("Phấn đấu đến năm 2030, tỷ lệ hộ nghèo giảm xuống còn được 1,5%.",
     [R("tỷ lệ hộ nghèo giảm", cmp="<=", value=1.5, year=2030)]),
    ("Năm 2026, phấn đấu giảm tỷ lệ hộ nghèo xuống còn được dưới 2%.",
     [R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2026)]),
])
def test_brought_down_to_with_duoc_is_a_ceiling(text, expected):
    check([P(text)], expected)


def test_the_ceilings_words_are_no_part_of_the_label():
    from test_indicator_variants import run
    assert [r.label for r in run([P(GROWTH)])] == ["giảm tỷ lệ phát triển dân số tự nhiên", "tỷ lệ sinh con thứ 3 trở lên"]


# --- a target stated after its result, the words before it saying whether it was met ('tỷ suất sinh thô năm 2007 đạt
# 17,45, giảm 0,25 so với năm 2006 và không đạt chỉ tiêu kế hoạch Quốc hội thông qua là 0,3'): the result that agrees
# with them answers it (the cut 0,25 falls short of 0,3; the level 17,45 would not), its status as written; a rate per
# thousand the genre writes with no sign is read there. Counterexamples: a target aimed at ('phấn đấu'), a margin
# ('vượt chỉ tiêu … là'), a bare figure with no 'tỷ suất' ----------------------------------------------------------

BIRTHS = ("Theo đánh giá của Tổng cục Thống kê, tỷ suất sinh thô năm 2007 đạt 17,45, giảm 0,25 so với năm 2006 và "
          "không đạt chỉ tiêu kế hoạch Quốc hội thông qua là 0,3.")
# made-up variants in the genre's style: the same shape in percentages, a level and a cut, a target met
POOR_CUT = "Năm 2007, tỷ lệ hộ nghèo giảm 1,2% so với năm 2006 và không đạt chỉ tiêu kế hoạch là 1,5%."
POOR_LEVEL = "Năm 2007, tỷ lệ hộ nghèo còn 12,5%, giảm 1,2% so với năm 2006 và chưa đạt chỉ tiêu kế hoạch là 1,5%."
TRAINED = "Năm 2024, tỷ lệ lao động qua đào tạo đạt 68%, tăng 2,5% so với năm 2023, đạt chỉ tiêu kế hoạch đề ra là 65%."


@pytest.mark.parametrize("text, expected", [
    (BIRTHS, [R("tỷ suất sinh thô", value=0.3, unit=None, actual=0.25, year=2007, status="không đạt")]),
    (POOR_CUT, [R("tỷ lệ hộ nghèo", value=1.5, actual=1.2, year=2007, status="không đạt")]),
    (POOR_LEVEL, [R("tỷ lệ hộ nghèo", value=1.5, actual=1.2, year=2007, status="chưa đạt")]),
    (TRAINED, [R("tỷ lệ lao động qua đào tạo", value=65, actual=68, year=2024, status="đạt")]),
    # the rate with its sign per thousand, a ceiling met
    (BIRTHS.replace("17,45", "17,45‰").replace("0,25", "0,25‰").replace("0,3.", "0,3‰."),
     [R("tỷ suất sinh thô", value=0.3, unit="‰", actual=0.25, year=2007, status="không đạt")]),
    ("Năm 2024, tỷ suất chết trẻ em dưới 1 tuổi còn 12‰, đạt chỉ tiêu kế hoạch là dưới 14‰.",
     [R("tỷ suất chết trẻ em dưới 1 tuổi", cmp="<", value=14, unit="‰", actual=12, year=2024, status="đạt")]),
    # counterexamples: a margin by which the target was passed, no 'tỷ suất' to read a bare figure by
    ("Năm 2024, tỷ lệ hộ nghèo giảm 1,2% so với năm 2023, vượt chỉ tiêu kế hoạch là 0,2%.", []),
    ("Năm 2007, số con bình quân giảm 0,25 so với năm 2006 và không đạt chỉ tiêu kế hoạch là 0,3.", []),
])
def test_a_target_after_its_result_answered_by_the_result_that_agrees(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text", [BIRTHS, BIRTHS.replace("17,45", "17,45‰").replace("0,25", "0,25‰"), POOR_LEVEL])
def test_the_level_before_the_cut_is_no_part_of_the_label(text):
    from test_indicator_variants import run
    labels = [r.label for r in run([P(text)])]
    assert labels and not any(x in labels[0] for x in ("17,45", "12,5", "Theo đánh giá"))
