"""Results and targets found on held-out round 27 (a commune's results against its resolution, a district's
targets, a province's plan): each rule a table of strings written in the genre's style (paraphrased, not copied),
with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. results written 'actual/plan' with a measure glued ('41,5/40ha') and 'tăng X%' the excess over the plan,
# the arithmetic agreeing; a short clause may come between ('thu về 210 tấn') --------------------------------------

SHAPES["crop_areas_over_plan_with_increase"] = ([
    P("Năm 2023, diện tích lúa nước trên địa bàn xã đạt 41,5/40ha, tăng 3,8%; cây sắn 66/60ha, tăng 10%; "
      "cây quế:25/20ha, thu về 210 tấn, tăng 25% so với kế hoạch."),
], [R("cây quế", value=20, unit="ha", actual=25),            # the pairs with a plan word are read first
    R("diện tích lúa nước", value=40, unit="ha", actual=41.5),
    R("cây sắn", value=60, unit="ha", actual=66)])
SHAPES["amount_over_plan_with_increase"] = ([
    P("Sản lượng lương thực đạt 1.320/1.200 tấn, tăng 10% so với kế hoạch."),
], [R("Sản lượng lương thực", value=1200, unit="tấn", actual=1320)])

# counterexamples: an increase that is not a/b (growth on the year before); a fraction of a whole with its growth
SHAPES["increase_that_is_not_the_pair"] = ([
    P("Năm 2023, diện tích lúa nước trên địa bàn xã đạt 41,5/40ha, tăng 12% so với cùng kỳ."),
], [])
SHAPES["fraction_with_growth"] = ([
    P("Năm 2023, có 12/15 thôn có nhà văn hóa, tăng 20%."),
], [])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
