"""Target shapes read off round 19's web excerpts once they had been scored: a count of bodies and the band of
results they fall in ('trong đó 8 bộ đạt tỷ lệ dưới 50%') is a result, no target. Strings written in the genre's
style (paraphrased, not copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- how many bodies fall in a band of results ('8 bộ đạt tỷ lệ dưới 50%', '5 tỉnh có tỷ lệ … trên 90%') --------

SHAPES["bodies_in_a_band_of_results"] = ([
    P("Tỷ lệ hồ sơ trực tuyến của các bộ còn thấp so với mục tiêu đề ra, trong đó 8 bộ đạt tỷ lệ dưới 50%."),
    P("Năm 2024, 5 tỉnh, thành phố có tỷ lệ thanh toán trực tuyến trên 90%."),
    P("Vẫn còn 3 địa phương có tỷ lệ tích hợp dịch vụ công trực tuyến dưới 70%."),
], [])

# counterexamples: a band after a cue stays a target (with the count it sets); a plain target of the bodies' rate
SHAPES["targets_beside_bodies"] = ([
    P("Phấn đấu đến năm 2025 có 10 xã đạt tỷ lệ hộ nghèo dưới 3%."),
    P("Phấn đấu năm 2025 tỷ lệ hồ sơ trực tuyến của các bộ đạt trên 80%."),
], [R("xã", value=10, unit="xã", year=2025),
    R("tỷ lệ hộ nghèo", value=3, cmp="<", year=2025),
    R("tỷ lệ hồ sơ trực tuyến", level="bộ", value=80, cmp=">", year=2025)])

@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
