"""Quantities read off held-out round 40 once it had been scored: the collectives an award counts. Strings
paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _kinds(text: str):
    return [(q.kind, q.value, q.unit) for q in find_quantities(text) if q.kind in ("count", "money", "measure")]


@pytest.mark.parametrize("text,want", [
    ("Chủ tịch UBND huyện sẽ tặng giấy khen cho 12 tập thể, 15 cá nhân có thành tích xuất sắc.",
     [("count", 12, "tập thể"), ("count", 15, "cá nhân")]),
    ("Hội nghị khen thưởng 8 tập thể và 21 cá nhân tiêu biểu.", [("count", 8, "tập thể"), ("count", 21, "cá nhân")]),
    # counterexample: the collective economy counts nothing
    ("phát triển kinh tế tập thể gắn với 25 hợp tác xã", [("count", 25, "hợp tác xã")]),
])
def test_collectives_an_award_counts(text, want):
    assert _kinds(text) == want

