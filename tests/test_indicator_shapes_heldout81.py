"""Target shapes read off round 81's held-out excerpts once they had been scored (a district's call-up quota given
with its verb): each rule a table of short real strings and variants written in the genre's style, with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

# --- a quota given with its verb, the count right after it, no 'là' ('huyện được tỉnh giao chỉ tiêu tuyển chọn và gọi
# 289 thanh niên lên đường nhập ngũ, trong đó có 44 thanh niên …'): the count is the quota, as after 'là' (round 69),
# and its 'trong đó' part its own; the bodies it is given to ('được giao cho 5 đầu mối nhận quân') set no target.
# Counterexamples: a quota met, a quota named with no count after its verb -------------------------------------------

CALL_UP = ("Năm 2024, huyện được tỉnh giao chỉ tiêu tuyển chọn và gọi 289 thanh niên lên đường nhập ngũ, trong đó có 44 "
           "thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân và được giao cho 5 đầu mối nhận quân gồm: Bộ Chỉ huy "
           "Quân sự tỉnh, Công an tỉnh.")


@pytest.mark.parametrize("text, expected", [
    (CALL_UP, [R("chỉ tiêu tuyển chọn và gọi thanh niên lên đường nhập ngũ", value=289, unit="thanh niên", year=2024),
               R("thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân", value=44, unit="thanh niên", year=2024)]),
    # made-up variants: another verb, another quota
    ("Năm 2025, thị xã được giao chỉ tiêu gọi 320 công dân nhập ngũ.",
     [R("chỉ tiêu gọi công dân nhập ngũ", value=320, unit="công dân", year=2025)]),
    ("Năm 2026, xã được huyện giao chỉ tiêu tuyển chọn 45 thanh niên nhập ngũ.",
     [R("chỉ tiêu tuyển chọn thanh niên nhập ngũ", value=45, unit="thanh niên", year=2026)]),
    # counterexamples: a quota met; a quota reached as a share
    ("Năm 2024, huyện đã hoàn thành chỉ tiêu gọi 289 công dân nhập ngũ.", []),
    ("Năm 2024, huyện đạt chỉ tiêu giao gọi 289 công dân nhập ngũ.", []),
])
def test_a_quota_given_with_its_verb_is_the_count_after_it(text, expected):
    check([P(text)], expected)


# --- a target stated after its result, weighed against it with 'so với' after a comma and cited from the resolution
# that set it, its figure after 'là' ('ước cả năm 2021 kim ngạch xuất khẩu hơn 2 tỷ USD, vượt xa so với mục tiêu theo
# Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đến năm 2025 là 1,765 tỷ USD'): one record, the target and its result.
# Counterexamples: a margin ('vượt mục tiêu là …'), a growth on a past year ----------------------------------------------

EXPORT = ("Dự kiến đến cuối năm thu ngân sách đạt hơn 18.000 tỷ đồng, vượt 28,6% dự toán. Xuất khẩu là điểm sáng, ước cả năm 2021 kim ngạch xuất khẩu hơn 2 tỷ USD, vượt xa so với mục tiêu theo Nghị "
          "quyết Đại hội Đảng bộ tỉnh lần thứ XIX đến năm 2025 là 1,765 tỷ USD.")


@pytest.mark.parametrize("text, expected", [
    (EXPORT, [R("kim ngạch xuất khẩu", value=1.765, unit="tỷ USD", actual=2, year=2025, status="vượt")]),
    # made-up variants: another verb, another resolution, a shortfall
    ("Năm 2024, sản lượng lương thực trên 1,2 triệu tấn, cao hơn so với mục tiêu theo Nghị quyết của HĐND tỉnh năm 2024 "
     "là 1,1 triệu tấn.", [R("sản lượng lương thực", value=1.1, unit="triệu tấn", actual=1.2, year=2024)]),
    ("Năm 2024, tổng vốn đầu tư toàn xã hội 21.000 tỷ đồng, chưa đạt so với mục tiêu theo Nghị quyết Đại hội nhiệm kỳ "
     "2020 - 2025 đến năm 2025 là 25.000 tỷ đồng.",
     [R("tổng vốn đầu tư toàn xã hội", value=25000, unit="tỷ đồng", actual=21000, year=2025,
                       status="chưa đạt")]),
    # counterexample: a growth on a past year, no target named
    ("Năm 2021, kim ngạch xuất khẩu hơn 2 tỷ USD, vượt xa so với năm 2020 là 1,5 tỷ USD.", []),
])
def test_a_target_cited_after_its_result_with_so_voi(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, tail", [
    (EXPORT, "kim ngạch xuất khẩu"),
    # made-up variant: 'trên' before the result, as 'hơn'
    ("Năm 2024, sản lượng lương thực trên 1,2 triệu tấn, cao hơn so với mục tiêu theo Nghị quyết của HĐND tỉnh năm 2024 "
     "là 1,1 triệu tấn.", "sản lượng lương thực"),
])
def test_the_results_comparator_is_no_word_of_the_label(text, tail):
    from test_indicator_variants import run
    labels = [r.label for r in run([P(text)])]
    assert len(labels) == 1 and labels[0].endswith(tail), labels
