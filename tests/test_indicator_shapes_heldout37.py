"""Target shapes read off round 37's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a bare line 'Các chỉ tiêu chủ yếu:' opens a list of targets, and a theme sub-heading numbered like a heading
# ('1. Về kinh tế:') between it and its '- ' items keeps the list open: plain amounts in the items are targets --

TITLE = P("Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024")

SHAPES["bare_main_targets_lead_over_dash_items"] = ([
    TITLE,
    P("Các chỉ tiêu chủ yếu:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
    P("- Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 31%."),
], [R("Tỷ lệ đô thị hóa", value=22.4), R("Tỷ trọng lao động nông nghiệp", cmp="<", value=31)])

SHAPES["numbered_theme_between_lead_and_items"] = ([
    TITLE,
    P("Các chỉ tiêu chủ yếu:"),
    P("1. Về kinh tế:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
    P("2. Về môi trường:"),
    P("- Tỷ lệ che phủ rừng đạt 47,1%."),
], [R("Tỷ lệ đô thị hóa", value=22.4), R("Tỷ lệ che phủ rừng", value=47.1)])

SHAPES["lettered_theme_between_lead_and_items"] = ([
    TITLE,
    P("Mục tiêu chủ yếu:"),
    P("a) Về xã hội:"),
    P("- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%."),
], [R("Tỷ lệ dân số tham gia bảo hiểm y tế", value=95.2)])

# counterexamples: a lead of results opens no list of targets, and a numbered line that is no theme closes the list
SHAPES["results_lead_opens_no_list"] = ([
    TITLE,
    P("Kết quả thực hiện các chỉ tiêu chủ yếu:"),
    P("1. Về kinh tế:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
], [])

SHAPES["numbered_heading_that_is_no_theme_closes_the_list"] = ([
    TITLE,
    P("Các chỉ tiêu chủ yếu:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
    P("2. Tình hình thực hiện năm 2023"),
    P("- Tỷ lệ che phủ rừng đạt 47,1%."),
], [R("Tỷ lệ đô thị hóa", value=22.4)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
