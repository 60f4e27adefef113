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


@pytest.mark.parametrize("text,want", [
    # real: a part of a whole counted before it, its noun left out after the scale word
    ("trong 120 triệu thuê bao di động tại Việt Nam có 100,7 triệu sử dụng smartphone, tăng 0,1% so với cùng kỳ",
     [("count", 120000000, "thuê bao"), ("count", 100700000, "thuê bao")]),
    # made-up variants: 'trong tổng số', a comma and 'khoảng' before the part
    ("Trong tổng số 8,5 triệu lượt khách, có khoảng 2,1 triệu là khách quốc tế.",
     [("count", 8500000, "lượt"), ("count", 2100000, "lượt")]),
    ("trong 3,2 nghìn hộ kinh doanh có 1,4 nghìn sử dụng hóa đơn điện tử",
     [("count", 3200, "hộ"), ("count", 1400, "hộ")]),
    # counterexamples: money after the scale; no whole counted before; the part with its own noun
    ("trong 120 triệu thuê bao di động có 100,7 triệu đồng", [("count", 120000000, "thuê bao")]),
    ("trong năm 2024 có 100 triệu sử dụng", []),
    ("trong 5 triệu thuê bao có 3 triệu thuê bao 4G", [("count", 5000000, "thuê bao"), ("count", 3000000, "thuê bao")]),
])
def test_a_part_counted_in_the_whole_noun(text, want):
    assert _counts(text) == want
