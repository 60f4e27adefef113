"""Counts read off round 70's held-out excerpts once they had been scored (a ministry's culture targets): 'di tích'
counts heritage sites, restored or ranked. Strings short, in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("Phấn đấu khoảng 70% di tích quốc gia được tu bổ, tôn tạo (khoảng 2.500 di tích);", [("count", 2500, "di tích")]),
    # made-up variants: sites recognised, sites restored
    ("Năm 2024, tỉnh có thêm 12 di tích được công nhận cấp tỉnh.", [("count", 12, "di tích")]),
    ("hoàn thành tu bổ 35 di tích lịch sử - văn hóa", [("count", 35, "di tích")]),
    # counterexamples: a share of sites, a law's name
    ("95% di tích quốc gia đặc biệt được tu bổ", []),
    ("theo quy định của Luật Di sản văn hóa năm 2024", []),
])
def test_heritage_sites_are_counted(text, want):
    assert _counts(text) == want
