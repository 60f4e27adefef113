"""Counts read off round 71's held-out excerpts once they had been scored (communes' party congresses after a merger):
the party's own bodies are counted as its members beside them are. Strings from the excerpts and in the genre's style,
with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # real (r71_03, r71_04): the bodies a merger joins, the cells a party committee holds beside its members
    ("được thành lập trên cơ sở hợp nhất 3 đảng bộ (xã Long Hưng, xã Nghĩa Trụ và xã Vĩnh Khúc).",
     [("count", 3, "đảng bộ")]),
    ("Hiện Đảng bộ có 45 chi bộ với 1.008 đảng viên.", [("count", 45, "chi bộ"), ("count", 1008, "đảng viên")]),
    # made-up variants in the genre's style: a district's grassroots bodies, written three ways
    ("toàn huyện có 52 tổ chức cơ sở đảng, 380 chi bộ trực thuộc",
     [("count", 52, "tổ chức cơ sở đảng"), ("count", 380, "chi bộ")]),
    ("Đảng bộ huyện có 35 đảng bộ cơ sở và 12 chi bộ cơ sở",
     [("count", 35, "đảng bộ cơ sở"), ("count", 12, "chi bộ cơ sở")]),
    # counterexamples: a year, a date or a term before the body's name, an ordinal after it
    ("Năm 2025 Đảng bộ xã kết nạp 20 đảng viên", [("count", 20, "đảng viên")]),
    ("Nhiệm kỳ 2020-2025 chi bộ đã lãnh đạo hoàn thành", []),
    ("ngày 12/7/2025 Đảng bộ xã tổ chức Đại hội", []),
    ("Đại hội Đảng bộ tỉnh lần thứ 17", []),
])
def test_party_bodies_are_counted(text, want):
    assert _counts(text) == want
