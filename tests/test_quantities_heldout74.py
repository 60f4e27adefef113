"""Counts read off round 74's held-out excerpts once they had been scored (a district's waste collection): the places
waste is gathered, passed on or watched at are counted as other serving places are ('điểm tiêm chủng'). Strings from the
excerpts and in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # real (r74_03): the headline and the body
    ("Huyện Phú Giáo: Năm 2024, bố trí 27 điểm tập kết rác thải rắn sinh hoạt tại nguồn",
     [("count", 27, "điểm tập kết")]),
    ("Năm 2024, huyện bố trí 27 điểm tập kết chất thải rắn sinh hoạt phân bổ trên địa bàn 11 xã, thị trấn.",
     [("count", 27, "điểm tập kết"), ("count", 11, "xã")]),
    # made-up variants in the genre's style: transfer, collection and monitoring points
    ("xây dựng thêm 12 điểm trung chuyển rác thải", [("count", 12, "điểm trung chuyển")]),
    ("Toàn tỉnh có 35 điểm quan trắc môi trường tự động", [("count", 35, "điểm quan trắc")]),
    ("duy trì 140 điểm thu gom bao gói thuốc bảo vệ thực vật", [("count", 140, "điểm thu gom")]),
    # counterexamples: 'điểm' alone is a score
    ("Chỉ số hài lòng đạt 8 điểm", []),
    ("được cộng 2 điểm ưu tiên", []),
])
def test_waste_points_are_counted(text, want):
    assert _counts(text) == want
