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
