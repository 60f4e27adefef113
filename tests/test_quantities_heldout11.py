"""Counts read off round 10's web excerpts once they had been scored (a mid-term review of a national resolution).
Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # groups counted by what they hold are counted things
    ("Nghị quyết đề ra các mục tiêu và 5 nhóm nhiệm vụ trọng tâm cho giai đoạn 2021-2025.", [(5, "nhóm nhiệm vụ")]),
    ("Kế hoạch xác định 04 nhóm giải pháp và 12 nhiệm vụ cụ thể.", [(4, "nhóm giải pháp"), (12, "nhiệm vụ")]),
    ("Đại hội thông qua 3 nhóm chỉ tiêu với 24 chỉ tiêu.", [(3, "nhóm chỉ tiêu"), (24, "chỉ tiêu")]),
    # counterexamples: a group's own number is its name, a bare 'N nhóm' names no counted thing
    ("Xã nhóm 2 phải đạt 15 tiêu chí.", [(15, "tiêu chí")]),
    ("Đề ra 24 chỉ tiêu, chia thành 3 nhóm.", [(24, "chỉ tiêu")]),
])
def test_groups_of_counted_things(text, want):
    assert _counts(text) == want
