"""Quantities read off held-out round 48 once it had been scored: a count the clause names before a figure ending in
a scale word. Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(q.value, q.unit) for q in find_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("Cả nước hiện có 5 nền tảng số có số lượng người dùng trên 12 triệu (A, B, C...).",
     [(5, "nền tảng"), (12000000, "người")]),
    ("Năm 2027, số lượt khách du lịch đến tỉnh phấn đấu đạt 3,2 triệu.", [(3200000, "lượt")]),
    ("Số người tham gia BHYT khoảng 1,5 triệu, chiếm 92% dân số.", [(1500000, "người")]),
    # counterexamples: money, a figure with its own noun after it (the count rule's), no 'số' naming the thing
    ("Số tiền hỗ trợ mỗi hộ là 10 triệu.", []),
    ("số người dùng đạt 12 triệu người", [(12000000, "người")]),
    ("Dân số toàn tỉnh khoảng 1,2 triệu.", []),
])
def test_count_named_before_a_scaled_figure(text, want):
    assert _counts(text) == want
