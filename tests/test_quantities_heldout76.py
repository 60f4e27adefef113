"""Counts read off round 76's held-out excerpts once they had been scored (a province's culture review, a ministry
department's postal results): screenings, shows, museum pieces and postal items are counted things. Real strings
quoted short, made-up variants marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("Các đội chiếu bóng lưu động đã thực hiện 12.300 suất chiếu phim phục vụ người dân miền núi.",
     [("count", 12300, "suất chiếu")]),
    ("Các đoàn nghệ thuật tổ chức công diễn hơn 600 suất chiếu phục vụ tại các địa phương.",
     [("count", 600, "suất chiếu")]),
    ("Bảo tàng tỉnh đã tổ chức sưu tầm 2.789 hiện vật, nâng tổng số hiện vật lên 3.350 hiện vật",
     [("count", 2789, "hiện vật"), ("count", 3350, "hiện vật")]),
    ("sản lượng bưu gửi đạt khoảng 3,4 tỷ bưu gửi, tăng 30% so với năm 2023", [("count", 3400000000, "bưu gửi")]),
    # made-up variants: shows, a museum's holdings, parcels
    ("Nhà hát tổ chức 45 buổi biểu diễn nghệ thuật phục vụ Nhân dân.", [("count", 45, "buổi biểu diễn")]),
    ("Bảo tàng đang lưu giữ 1.250 tài liệu, hiện vật quý.", [("count", 1250, "tài liệu, hiện vật")]),
    ("Bưu điện tỉnh chuyển phát 120.000 bưu phẩm, bưu kiện trong dịp Tết.", [("count", 120000, "bưu phẩm")]),
    # counterexamples: 'suất' alone is a rate
    ("lãi suất 12%/năm, năng suất lúa đạt 50 tạ/ha", []),
])
def test_screenings_pieces_and_postal_items_are_counted(text, want):
    assert _counts(text) == want
