"""Reports on implementing a resolution whose results read as targets, found on held-out round 21 (a province's
three years of a social-security resolution, a ministry's nine-month results): each rule a table of strings written
in the genre's style (paraphrased, not copied), with counterexamples from plans, where the same words set targets.
Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. a result given with its margin over the plan ('đạt 93,5%, vượt 0,3%', '(tăng 2,5% so với kế hoạch)'): results,
# the date they are counted at no deadline -----------------------------------------------------------------------

SHAPES["result_with_its_margin"] = ([
    P("Đến cuối năm 2023, tỷ lệ hộ gia đình tham gia BHYT đạt 91,2%, vượt 0,7%; tỷ lệ lao động tham gia BHTN đạt "
      "35,4%, vượt 1,4%."),
    P("Đến hết năm 2024, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 97,5% (tăng 2,5% so với kế hoạch)."),
], [])
# counterexamples: a plan strives for the same levels; a growth passing last year's is no margin over a plan
SHAPES["plan_strives_for_the_level"] = ([
    P("Phấn đấu đến cuối năm 2026, tỷ lệ bao phủ BHYT đạt 93,5%; tỷ lệ lao động tham gia BHXH đạt 45%."),
], [R("tỷ lệ bao phủ BHYT", value=93.5, year=2026), R("tỷ lệ lao động tham gia BHXH", value=45, year=2026)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
