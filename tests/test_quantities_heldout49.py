"""Quantities read off held-out round 49 once it had been scored: a ratio after the plan it is set against. Strings
paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _ratios(text: str):
    return [(q.numerator, q.denominator) for q in find_quantities(text) if q.kind == "ratio"]


# 'kế hoạch' in lower case is the plan a result is set against ('vượt mức kế hoạch 12/30 chỉ tiêu'), no document: the
# ratio after it stands; 'Kế hoạch 35' capitalised names a document, and a document's own number is no ratio
@pytest.mark.parametrize("text, want", [
    ("Trong tổng số 30 chỉ tiêu của huyện đề ra, đã hoàn thành vượt mức kế hoạch 12/30 chỉ tiêu.", [(12, 30)]),
    ("Năm 2025 có 18/20 xã đạt và vượt kế hoạch 9/20 chỉ tiêu.", [(18, 20), (9, 20)]),
    # counterexamples
    ("Thực hiện Kế hoạch 35/KH-UBND của Ủy ban nhân dân tỉnh.", []),
    ("Theo kế hoạch số 12/KH-UBND ngày 10/3/2025 của huyện.", []),
])
def test_ratio_after_a_plan(text, want):
    assert _ratios(text) == want
