"""Target shapes read off round 62's held-out excerpts once they had been scored (a province's sport plan, a city's
physical-training plan, ministries' reports against their year's targets, an e-government plan): each rule a table of
strings written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

# --- a body setting targets it lists after a colon, with no 'các' before the noun ('Kế hoạch … đã đề ra mục tiêu cụ
# thể: Thể thao cho mọi người, giai đoạn 2025 - 2026: Số người tập luyện … tăng từ 40,5 - 41%. Số gia đình thể thao tăng
# từ 30,2 - 30,6%. …'): every later sentence of the paragraph is an item, as after 'đề ra các mục tiêu cụ thể:'.
# Counterexamples: the same sentences after a lead of results, or with no lead, set nothing ----------------------------

SPORT = ("Số người tập luyện thể thao thường xuyên tăng từ 40,5 - 41%. Số gia đình thể thao tăng từ 30,2 - 30,6%. "
         "Tham dự các giải thể thao, tổ chức các giải thể thao các cấp 350 giải.")
SPORT_TARGETS = [R("Số người tập luyện thể thao thường xuyên", cmp="range", value=40.5, high=41, year=2026),
                 R("Số gia đình thể thao", cmp="range", value=30.2, high=30.6, year=2026),
                 R("tổ chức các giải thể thao các cấp", value=350, unit="giải", year=2026)]


@pytest.mark.parametrize("lead, expected", [
    ("Kế hoạch của UBND tỉnh đã đề ra mục tiêu cụ thể: Thể thao cho mọi người, giai đoạn 2025 - 2026: ", SPORT_TARGETS),
    ("Kế hoạch của UBND tỉnh đề ra các mục tiêu cụ thể: Thể thao cho mọi người, giai đoạn 2025 - 2026: ", SPORT_TARGETS),
    ("Hội nghị xác định mục tiêu chủ yếu: Thể thao cho mọi người, giai đoạn 2025 - 2026: ", SPORT_TARGETS),
    # counterexamples: a lead of results, no lead at all
    ("Báo cáo nêu kết quả thực hiện năm 2024: ", []),
    ("Thể thao cho mọi người, giai đoạn 2023 - 2024: ", []),
])
def test_set_targets_listed_after_a_colon_without_a_determiner(lead, expected):
    check([P(lead + SPORT)], expected)


# --- after a sentence of the paragraph a target cue governs, a band a measure rises by ('Gia đình thể thao tăng từ 0,3 -
# 0,8%.') and a band of things added or held each year ('Số câu lạc bộ tăng 20 - 25 câu lạc bộ/năm', 'duy trì tổ chức
# các giải … từ 300 - 320 giải/năm') go on listing targets. Counterexamples: a plain rise ('tăng 0,6%'), a rise the
# paragraph reports, what was done ('đã tăng 12 câu lạc bộ') -----------------------------------------------------------

AIM = "Giai đoạn 2026 - 2030: Phấn đấu hằng năm, tỷ lệ người tập luyện thể thao thường xuyên tăng từ 1 - 1,5%. "
AIMED = R("tỷ lệ người tập luyện thể thao thường xuyên tăng", cmp="range", value=1, high=1.5, year=2030)


@pytest.mark.parametrize("text, expected", [
    (AIM + "Số gia đình thể thao tăng từ 0,3 - 0,8%.",
     [AIMED, R("Số gia đình thể thao tăng", cmp="range", value=0.3, high=0.8, year=2030)]),
    (AIM + "Số câu lạc bộ thể thao tăng 20 - 25 câu lạc bộ/năm.",
     [AIMED, R("Số câu lạc bộ thể thao tăng", cmp="range", value=20, high=25, unit="câu lạc bộ", year=2030)]),
    (AIM + "Tham dự các giải thể thao, duy trì tổ chức các giải thể thao các cấp từ 300 - 320 giải/năm.",
     [AIMED, R("duy trì tổ chức các giải thể thao các cấp", cmp="range", value=300, high=320, unit="giải", year=2030)]),
    # counterexamples
    (AIM + "Số gia đình thể thao tăng 0,6%.", [AIMED]),
    ("Năm 2024, tỷ lệ người tập luyện thể thao thường xuyên đã tăng 1,2%. Số gia đình thể thao tăng từ 0,3 - 0,8%.", []),
    ("Năm 2024, số câu lạc bộ thể thao đã tăng 12 câu lạc bộ.", []),
])
def test_bands_after_a_cued_sentence_go_on_listing_targets(text, expected):
    check([P(text)], expected)


# --- a second period's share of the same measure, followed only by the whole it is of ('… đến năm 2025 đạt trên 35% và
# năm 2030 đạt trên 40% dân số'): the whole names no measure, the label is the measure before with its period.
# Counterexample: a share followed by the things it counts and what they do names its own measure --------------------

@pytest.mark.parametrize("text, expected", [
    ("Thành phố phấn đấu số người tập luyện thể dục thể thao thường xuyên đến năm 2025 đạt trên 35% và năm 2030 đạt "
     "trên 40% dân số.",
     [R("số người tập luyện thể dục thể thao thường xuyên", cmp=">", value=35, year=2025),
      R("số người tập luyện thể dục thể thao thường xuyên năm 2030", cmp=">", value=40, year=2030)]),
    ("Huyện phấn đấu tỷ lệ hộ dùng nước sạch đến năm 2025 đạt 70% và năm 2030 đạt 85% số hộ trên địa bàn.",
     [R("tỷ lệ hộ dùng nước sạch", value=70, year=2025), R("tỷ lệ hộ dùng nước sạch năm 2030", value=85, year=2030)]),
    # counterexample: the words after the share are its own measure
    ("Huyện phấn đấu đến năm 2025 đạt 70% hộ dân dùng nước sạch và năm 2030 đạt 60% số hộ có nhà tiêu hợp vệ sinh.",
     [R("hộ dân dùng nước sạch", value=70, year=2025), R("số hộ có nhà tiêu hợp vệ sinh", value=60, year=2030)]),
])
def test_a_later_periods_share_of_the_whole_keeps_the_measure(text, expected):
    check([P(text)], expected)


# --- a result, then its target in a sentence the target word opens ('… đạt 71,5%, tăng 5,1% so với cùng kỳ. Mục tiêu
# năm 2024 đạt 80% …'; a result restated per hundred people in a bracket, 'đạt 21,5 triệu thuê bao (tương ứng với tỷ lệ
# 21,6 thuê bao/100 dân)', answered by 'Mục tiêu đến tháng 12/2024 đạt 24 thuê bao/100 dân'): one record with its result;
# the change on last year is no target. Counterexamples: a sentence opened by a year reports; a target set in a
# sentence of its own words pairs with nothing ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ hộ gia đình dùng Internet cáp quang đạt 71,5%, tăng 5,1% so với cùng kỳ năm trước. Mục tiêu năm 2024 đạt "
     "80% tỷ lệ hộ gia đình dùng Internet cáp quang.",
     [R("Tỷ lệ hộ gia đình dùng Internet cáp quang", value=80, actual=71.5, year=2024)]),
    ("Số thuê bao băng rộng cố định đạt 21,5 triệu thuê bao (tương ứng với tỷ lệ 21,6 thuê bao/100 dân), tăng 6,9% so "
     "với cùng kỳ năm trước. Mục tiêu đến tháng 12/2024 đạt 24 thuê bao/100 dân.",
     [R("Số thuê bao băng rộng cố định", value=24, unit="thuê bao/100 dân", actual=21.6)]),
    ("Số thuê bao băng rộng di động đạt 80,2 triệu thuê bao (tương ứng với tỷ lệ 81,3 thuê bao/100 dân). Mục tiêu đạt "
     "đến tháng 12/2024 đạt 88 thuê bao/100 dân; thuê bao điện thoại di động tăng 2,1 triệu thuê bao.",
     [R("Số thuê bao băng rộng di động", value=88, unit="thuê bao/100 dân", actual=81.3)]),
    # counterexamples
    ("Tỷ lệ hộ gia đình dùng Internet cáp quang đạt 71,5%. Năm 2023 đạt 65%.", []),
    ("Tỷ lệ hộ gia đình dùng Internet cáp quang đạt 71,5%. Tuy nhiên, năm 2024 tỉnh phấn đấu tỷ lệ hộ dùng điện thoại "
     "thông minh đạt 80%.",
     [R("tỉnh phấn đấu tỷ lệ hộ dùng điện thoại thông minh", value=80, year=2024)]),
])
def test_a_result_then_its_target_in_the_next_sentence(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, want", [
    ("tương ứng với tỷ lệ 22,4 thuê bao/100 dân", [(22.4, "thuê bao/100 dân")]),
    ("đạt 25 thuê bao băng rộng cố định/100 dân", [(25, "thuê bao băng rộng cố định/100 dân")]),
    # counterexamples: a count of subscriptions, a rate per hundred households
    ("đạt 22,3 triệu thuê bao", []),
    ("đạt 25 thuê bao/100 hộ", []),
])
def test_subscriptions_per_hundred_people_are_a_rate(text, want):
    from extractor.link.figures import rate_figures
    assert [(f.value, f.unit) for f in rate_figures(text)] == want


# --- a target stated in the sentence after the result's, which speaks of 'this rate' ('… đạt 41,2%, giảm 2,1% so với
# cùng kỳ năm 2022 (đạt 43,3%). Theo Sở …, tỷ lệ này giảm do … (tăng 1.250 dịch vụ), mục tiêu năm 2023 là 55%'): the
# rate first reported is its result, not last year's level nor the change. Counterexamples: a sentence that does not
# speak of the rate, or two sentences away, pairs with nothing ------------------------------------------------------

RATE = "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ đạt 41,2%, giảm 2,1% so với cùng kỳ năm 2022 (đạt 43,3%). "


@pytest.mark.parametrize("text, actual", [
    (RATE + "Theo Sở Thông tin và Truyền thông, tỷ lệ này giảm do số dịch vụ công trực tuyến tăng nhanh (tăng 1.250 "
     "dịch vụ), mục tiêu năm 2023 là 55%.", 41.2),
    # counterexamples
    (RATE + "Theo Sở Thông tin và Truyền thông, số dịch vụ công trực tuyến tăng nhanh, mục tiêu năm 2023 là 55%.", None),
    (RATE + "Tỷ lệ này còn thấp. Mục tiêu năm 2023 là 55%.", None),
])
def test_a_target_after_a_sentence_on_this_rate(text, actual):
    recs = [r for r in run([P(text)]) if r.target_value == 55]
    assert [r.actual_value for r in recs] == [actual]
