"""Target shapes read off round 11's web excerpts once they had been scored (plans adopted by decision, programmes'
target lists, results against targets): each rule a table of strings written in the genre's style (paraphrased, not
copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- staff and beds per so many people written with 'trên' as well as '/' ('đạt 30 giường bệnh trên 10.000 dân, 12
# bác sĩ trên 10.000 dân …'): every one in the list is a target of its own, its noun in the label ---------------------

SHAPES["staff_per_population_with_tren_listed"] = ([
    P("Quy hoạch phấn đấu đến năm 2025 đạt 30 giường bệnh trên 10.000 dân, 12 bác sĩ trên 10.000 dân, 2,8 dược sĩ "
      "trên 10.000 dân và 20 điều dưỡng trên 10.000 dân."),
], [R("giường bệnh", value=30, unit="giường bệnh/10.000 dân", year=2025),
    R("bác sĩ", value=12, unit="bác sĩ/10.000 dân", year=2025),
    R("dược sĩ", value=2.8, unit="dược sĩ/10.000 dân", year=2025),
    R("điều dưỡng", value=20, unit="điều dưỡng/10.000 dân", year=2025)])

SHAPES["staff_per_vạn_with_tren"] = ([
    P("Mục tiêu đến năm 2030: đạt 3,5 dược sĩ trên 1 vạn dân."),
], [R("dược sĩ", value=3.5, unit="dược sĩ/1 vạn dân", year=2030)])

# counterexample: staff counted on a territory, or per so many files, is no rate per population
SHAPES["staff_on_a_territory_is_no_rate"] = ([
    P("Năm 2024, toàn tỉnh có 1.450 bác sĩ trên địa bàn, tăng 50 bác sĩ so với năm 2023."),
], [])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
