"""Counts and ratios read off prose rounds 17, 18 and 19 once they had been scored (a district council's year
results, a steering committee's report, the Government's cuts of business rules, PCI and SIPAS press). Strings
paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _found(text: str, kinds=("count", "ratio")):
    return [(q.kind, q.value if q.kind == "count" else (q.numerator, q.denominator), q.unit if q.kind == "count" else None)
            for q in find_quantities(text) if q.kind in kinds]


@pytest.mark.parametrize("text,want", [
    # a day and month after 'tính đến' is a date, not a ratio
    ("Thu ngân sách tính đến 6/12 đạt 105% kế hoạch.", []),
    ("Tính đến 30/9, toàn tỉnh đã cấp 1.250 giấy phép.", [("count", 1250, "giấy phép")]),
    ("Tính tới 15/11 đã giải ngân 80% kế hoạch vốn.", []),
    # counterexamples: a ratio of things counted after 'tính đến'; a ratio with no date cue
    ("Tính đến 6/12 xã đã đạt chuẩn nông thôn mới.", [("ratio", (6, 12), None)]),
    ("Toàn huyện có 6/12 xã đạt chuẩn.", [("ratio", (6, 12), None)]),
])
def test_a_date_after_tinh_den_is_no_ratio(text, want):
    assert _found(text) == want
