"""Target shapes read off round 71's held-out excerpts once they had been scored (communes' party congresses reviewing
the term just ended): each rule a table of strings written in the genre's style, with counterexamples. Records are
compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import H, P, R, check

# --- a paragraph that opens by reviewing a resolution's term and reports a figure of it in that sentence ('Thực hiện
# Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, tốc độ tăng trưởng kinh tế bình quân đạt: 14,8%.') counts its
# later 'Đến năm 2025 …' at the term's end: a result, not a deadline. Counterexamples: a plan opening the same way
# (a body and its plan, or a target cue, before any figure), a year past the term, a target cue of the sentence's own,
# a review written while the term still runs (the document's year before the term's end) ---------------------------

REVIEW = ("Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, tốc độ tăng trưởng kinh tế bình quân đạt: 14,8%. "
          "Kết nạp 129 đảng viên mới, đạt 104,9% kế hoạch. ")
POOR = "Đến năm 2025 xã không còn hộ nghèo, tỷ lệ hộ cận nghèo dưới 0,2%."
POOR_TARGET = R("tỷ lệ hộ cận nghèo", cmp="<", value=0.2, year=2025)
# made-up variants in the genre's style: 'Qua/Sau 5 năm thực hiện …', a council's resolution over a 'giai đoạn'
FIVE_YEARS = ("Qua 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025, kinh tế tăng trưởng "
              "bình quân 8,2%/năm. ")
AFTER = "Sau 5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025, tổng giá trị sản xuất tăng bình quân 9,1%/năm. "
COUNCIL = "Thực hiện Nghị quyết của HĐND tỉnh giai đoạn 2021-2025, tốc độ tăng trưởng kinh tế bình quân đạt 7%/năm. "
FOREST = "Đến năm 2025, tỷ lệ che phủ rừng đạt 45%."
FOREST_TARGET = R("tỷ lệ che phủ rừng", value=45, year=2025)
MIDTERM = [P("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ"), P("Số: 125/BC-UBND"), P("Quảng Trị, ngày 05 tháng 7 năm 2023"),
           H("BÁO CÁO"), P("Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023")]


@pytest.mark.parametrize("blocks, expected", [
    ([P(REVIEW + POOR)], []),
    ([P(REVIEW + POOR + " Chất lượng phổ cập giáo dục được giữ vững, duy trì 100% trường chuẩn quốc gia.")], []),
    ([P(FIVE_YEARS + "Đến cuối năm 2025, tỷ lệ hộ nghèo còn 1,5%.")], []),
    ([P(AFTER + FOREST)], []),
    ([P(COUNCIL + FOREST)], []),
    # counterexamples: a plan opening the same way, a target cue in the opening sentence or in the sentence itself
    ([P("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025, UBND tỉnh ban hành Kế hoạch phát triển lâm "
        "nghiệp. " + FOREST)], [FOREST_TARGET]),
    ([P("Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, phấn đấu tốc độ tăng trưởng kinh tế bình quân "
        "đạt 14,8%. " + POOR)], [R("tốc độ tăng trưởng kinh tế bình quân", value=14.8, year=2025), POOR_TARGET]),
    ([P(REVIEW + "Đến năm 2025, phấn đấu tỷ lệ hộ cận nghèo dưới 0,2%.")], [POOR_TARGET]),
    # a year after the term reviewed, the same words with no review before them, a review while the term runs
    ([P(REVIEW + FOREST.replace("2025", "2030"))], [R("tỷ lệ che phủ rừng", value=45, year=2030)]),
    ([P("Kết nạp 129 đảng viên mới. " + POOR)], [R("xã không còn hộ nghèo tỷ lệ hộ cận nghèo", cmp="<", value=0.2,
                                                   year=2025)]),
    (MIDTERM + [P(COUNCIL + FOREST)], [FOREST_TARGET]),
])
def test_a_term_review_counts_results_at_the_terms_end(blocks, expected):
    check(blocks, expected)
