"""Target shapes left over from round 8 and read off round 9's web excerpts once they had been scored: each rule a
table of strings written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared
as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- one sentence of shares: 'Cơ cấu kinh tế: Nông nghiệp chiếm 30%; công nghiệp 40%; dịch vụ 30%' — every part is a
# part of the lead, named by its own words (not by the first part's label), the last one too -------------------------

SHAPES["bare_parts_after_a_share"] = ([
    P("Mục tiêu năm 2026: Cơ cấu kinh tế: Nông nghiệp chiếm 28%; công nghiệp - xây dựng 41%; dịch vụ 31%."),
], [R("Cơ cấu kinh tế Nông nghiệp", value=28, year=2026), R("Cơ cấu kinh tế công nghiệp xây dựng", value=41),
    R("Cơ cấu kinh tế dịch vụ", value=31)])

SHAPES["bare_parts_after_a_cue_and_period"] = ([
    P("Phấn đấu đến năm 2030, cơ cấu lao động: nông nghiệp chiếm 25%; công nghiệp - xây dựng 40%; dịch vụ 35%."),
], [R("cơ cấu lao động nông nghiệp", value=25, year=2030), R("cơ cấu lao động công nghiệp xây dựng", value=40),
    R("cơ cấu lao động dịch vụ", value=35)])

SHAPES["bare_parts_after_as_follows"] = ([
    P("Các chỉ tiêu năm 2027: Cơ cấu giá trị sản xuất như sau: nông, lâm nghiệp chiếm 33,5%; thương mại - dịch vụ "
      "38%; công nghiệp 28,5%."),
], [R("Cơ cấu giá trị sản xuất nông lâm nghiệp", value=33.5), R("Cơ cấu giá trị sản xuất thương mại dịch vụ", value=38),
    R("Cơ cấu giá trị sản xuất công nghiệp", value=28.5)])

SHAPES["parts_in_commas_after_a_period_lead"] = ([
    P("Mục tiêu năm 2030: cơ cấu kinh tế: nông, lâm nghiệp chiếm 20%, công nghiệp 45%, dịch vụ 35%."),
], [R("cơ cấu kinh tế nông lâm nghiệp", value=20), R("cơ cấu kinh tế công nghiệp", value=45),
    R("cơ cấu kinh tế dịch vụ", value=35)])


def test_bare_parts_keep_their_own_names():
    labels = [r.label for r in run(SHAPES["bare_parts_after_a_share"][0])]
    assert "Nông nghiệp" not in labels[1] and "Nông nghiệp" not in labels[2]
    labels = [r.label for r in run(SHAPES["bare_parts_after_a_cue_and_period"][0])]
    assert not any(x.lower().startswith("phấn đấu") for x in labels)


# counterexamples: a list of measures of their own after a lead keeps each measure's words; a short item of another
# paragraph still continues the item above
SHAPES["measures_after_a_lead_are_not_parts"] = ([
    P("Mục tiêu năm 2026: Tỷ lệ hộ nghèo giảm còn dưới 2%; tỷ lệ lao động qua đào tạo đạt 75%; doanh thu du lịch "
      "đạt 900 tỷ đồng."),
], [R("Tỷ lệ hộ nghèo", cmp="<", value=2), R("tỷ lệ lao động qua đào tạo", value=75),
    R("doanh thu du lịch", value=900, unit="tỷ đồng")])

SHAPES["short_item_still_continues_the_item_above"] = ([
    P("Các chỉ tiêu năm 2026 gồm:"),
    P("- Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình cấp tỉnh đạt 80%;", "list_item"),
    P("+ Đối với cấp xã: đạt tối thiểu 60%.", "list_item"),
], [R("hồ sơ trực tuyến toàn trình tỉnh", value=80), R("hồ sơ trực tuyến toàn trình", level="xã", value=60)])


def test_measures_after_a_lead_take_no_lead():
    labels = [r.label for r in run(SHAPES["measures_after_a_lead_are_not_parts"][0])]
    assert not any(x.startswith("Tỷ lệ hộ nghèo") for x in labels[1:])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
