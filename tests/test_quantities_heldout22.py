"""Counts read off held-out rounds 22 and 23 once they had been scored (a province chairman's directive on the
next five-year plan). Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [q.value for q in find_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # double-digit growth, its number zero-padded as the genre pads counts: a number of digits, not two heads
    ("với quyết tâm thực hiện mục tiêu tăng trưởng 02 con số trong giai đoạn 2026 - 2030", []),
    ("chung sức, đồng lòng để tạo nền tảng tăng trưởng 02 con số cho năm 2027", []),
    ("Tỉnh phấn đấu đạt tốc độ tăng trưởng 2 con số.", []),
    ("phấn đấu đạt mức tăng trưởng hai con số ngay từ năm đầu nhiệm kỳ", []),
    ("Mã số định danh cá nhân gồm 12 con số.", []),
    # counterexamples: livestock heads zero-padded or not; a count beside the words but not of digits
    ("Hộ ông Tâm được hỗ trợ 02 con bò giống.", [2]),
    ("Tổng đàn trâu của xã là 1.250 con.", [1250]),
])
def test_a_number_of_digits_is_no_count(text, want):
    assert _counts(text) == want
