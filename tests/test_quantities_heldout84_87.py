"""Counts read off rounds 84–87's held-out excerpts once they had been scored (a disaster year's report, a school
report, a youth union's and a women's union's congress, an urban plan's table): the events of a disaster ('trận',
'cơn'), the people a union or a school counts ('phụ nữ', 'cháu', 'thanh, thiếu niên', 'người cao tuổi'), the towns and
settlements of a plan ('đô thị', 'điểm dân cư') are counted things. A storm's number, a match's score, a women's day
written 'dịp 8/3' count nothing. Real strings quoted short, made-up variants marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities

from table_blocks import table_quantities


def _counts(text: str):
    return [(f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("240 trận mưa lớn, ngập úng, lũ, lũ quét, sạt lở đất; 278 trận dông lốc, sét, mưa đá",
     [(240, "trận"), (278, "trận")]),
    ("409 trận sạt lở, hạn hán, xâm nhập mặn", [(409, "trận")]),
    ("472 trận động đất cùng 04 đợt rét hại", [(472, "trận"), (4, "đợt")]),
    ("10 cơn bão, 01 áp thấp nhiệt đới", [(10, "cơn bão"), (1, "áp thấp nhiệt đới")]),
    # made-up variants: other events, matches played
    ("trên địa bàn xảy ra 03 cơn lốc xoáy", [(3, "cơn")]),
    ("đội tuyển thắng 5 trận, hòa 2 trận", [(5, "trận"), (2, "trận")]),
    # counterexamples: a storm named by its number, a match's score, a year before a battle's name
    ("ảnh hưởng của bão số 3 trận lũ quét", []),
    ("áp thấp nhiệt đới số 2 cơn mưa lớn", []),
    ("đội tuyển thắng với tỷ số 2 - 1 trận ra quân", []),
    ("năm 1972 trận Điện Biên Phủ trên không", []),
])
def test_disaster_events_are_counted(text, want):
    assert _counts(text) == want
