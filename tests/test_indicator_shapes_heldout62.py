"""Target shapes read off round 62's held-out excerpts once they had been scored (a province's sport plan, a city's
physical-training plan, ministries' reports against their year's targets, an e-government plan): each rule a table of
strings written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

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
