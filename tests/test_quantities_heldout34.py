"""Quantities read off held-out round 34 (communes' Party-congress reports and plans) once it had been scored.
Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _kinds(text: str):
    return [(q.kind, q.value, q.unit) for q in find_quantities(text) if q.kind in ("count", "money", "measure")]


@pytest.mark.parametrize("text,want", [
    # the members a congress elects, and the matters a conference takes up, are counted
    ("Đại hội bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025-2030 gồm 13 đồng chí.", [("count", 13, "đồng chí")]),
    ("Hội nghị ghép 4 nội dung về cải cách hành chính và chuyển đổi số.", [("count", 4, "nội dung")]),
    # counterexamples: money is still money, in đồng with or without a scale
    ("hỗ trợ 500.000 đồng/người", [("money", 500000, "đồng")]),
    ("tổng vốn 13 tỷ đồng chi cho 2 nội dung", [("money", 13e9, "đồng"), ("count", 2, "nội dung")]),
])
def test_members_and_matters_are_counted(text, want):
    assert _kinds(text) == want


@pytest.mark.parametrize("text,want", [
    # a crop or its land named by its seasons a year: the area is the figure, the seasons no count
    ("Lúa nước 2 vụ 60 ha; cây mía 300 ha", [("measure", 60, "ha"), ("measure", 300, "ha")]),
    ("chuyển đổi 25 ha đất chuyên trồng lúa 2 vụ", [("measure", 25, "ha")]),
    # counterexamples: cases counted stay counts
    ("xử lý 3 vụ vi phạm về đất đai", [("count", 3, "vụ")]),
])
def test_crop_seasons_are_no_count(text, want):
    assert _kinds(text) == want
