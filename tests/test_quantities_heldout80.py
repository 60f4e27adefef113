"""Counts read off rounds 78 and 80's web excerpts once they had been scored (a city's report on digital
transformation): 'văn phòng' counts offices of a kind, as 'phòng' does. Made-up variants in the genre's style are
marked; counterexamples keep an office's name and the office's own words uncounted."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # real: the second count after 'và' is offices, not rooms
    ("cho phép 7 phòng công chứng trực thuộc Sở Tư pháp và 10 văn phòng công chứng được kết nối cơ sở dữ liệu địa chính",
     [("count", 7, "phòng"), ("count", 10, "văn phòng")]),
    # made-up variants: representative offices, law offices
    ("cấp phép thành lập 02 văn phòng đại diện của doanh nghiệp nước ngoài", [("count", 2, "văn phòng")]),
    ("trên địa bàn có 35 văn phòng luật sư đang hoạt động", [("count", 35, "văn phòng")]),
    # counterexamples: the office's name, not a figure before it
    ("Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ", []),
    ("Văn phòng đăng ký đất đai đã tiếp nhận hồ sơ", []),
])
def test_offices_are_counted(text, want):
    assert _counts(text) == want
