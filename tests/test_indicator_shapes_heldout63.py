"""Target shapes read off round 63's held-out excerpts once they had been scored (a province's five-year plan's list of
targets, a province's year targets, hospital beds against a plan and a congress resolution, e-government shares per
level): each rule a table of strings written in the genre's style (paraphrased, not copied), with counterexamples.
Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

# --- a plan's list of targets opened inline by 'đưa ra/đề ra/xác định các chỉ tiêu … gồm' with no colon ('Theo đó, Kế
# hoạch đưa ra các chỉ tiêu phát triển chủ yếu đến năm 2030 gồm tốc độ tăng trưởng GRDP 8 - 9%/năm; GRDP bình quân đầu
# người 90 triệu đồng; …;'), which goes on over the next paragraphs while they stay ';' fragments ('Thu ngân sách trên
# địa bàn 4.200 tỷ đồng; …;'). Counterexamples: a lead of results, a paragraph with no ';' after the list, the same
# fragments with no lead -------------------------------------------------------------------------------------------------

LEAD = ("Theo đó, Kế hoạch đưa ra các chỉ tiêu phát triển chủ yếu đến năm 2030 gồm tốc độ tăng trưởng GRDP 8 - 9%/năm; "
        "GRDP bình quân đầu người 90 triệu đồng;")
LEAD_TARGETS = [R("tốc độ tăng trưởng GRDP", cmp="range", value=8, high=9, unit="%/năm", year=2030),
                R("GRDP bình quân đầu người", value=90, unit="triệu đồng", year=2030)]
BUDGET = "Thu ngân sách trên địa bàn 4.200 tỷ đồng; tổng lượt khách du lịch tăng bình quân 15%/năm;"
BUDGET_TARGETS = [R("Thu ngân sách trên địa bàn", value=4200, unit="tỷ đồng", year=2030),
                  R("tổng lượt khách du lịch tăng bình quân", value=15, unit="%/năm", year=2030)]
POWER = "96% hộ dân được sử dụng điện lưới quốc gia; trên 90% dân số nông thôn được sử dụng nước hợp vệ sinh;"
POWER_TARGETS = [R("hộ dân được sử dụng điện lưới quốc gia", value=96, year=2030),
                 R("dân số nông thôn được sử dụng nước hợp vệ sinh", cmp=">", value=90, year=2030)]


@pytest.mark.parametrize("blocks, expected", [
    ([LEAD, BUDGET], LEAD_TARGETS + BUDGET_TARGETS),
    ([LEAD, BUDGET, POWER], LEAD_TARGETS + BUDGET_TARGETS + POWER_TARGETS),
    ([LEAD.replace("đưa ra", "đề ra").replace(" gồm ", " bao gồm "), BUDGET], LEAD_TARGETS + BUDGET_TARGETS),
    # counterexamples: the list stops at a paragraph with no ';', and after a lead ending its paragraph with '.'
    ([LEAD, "Năm 2024, thu ngân sách trên địa bàn đạt 3.100 tỷ đồng.", BUDGET], LEAD_TARGETS),
    ([LEAD.rstrip(";") + ".", BUDGET], LEAD_TARGETS),
    # a lead of results, no lead at all
    (["Báo cáo đưa ra các chỉ tiêu đã đạt được năm 2024 gồm thu ngân sách trên địa bàn 3.100 tỷ đồng;", BUDGET], []),
    ([BUDGET, POWER], []),
])
def test_a_plan_lists_targets_after_gom_over_paragraphs_of_fragments(blocks, expected):
    check([P(b) for b in blocks], expected)


# --- a structure named after 'về' and a comma heads its parts ('…; về cơ cấu kinh tế, nông, lâm nghiệp, thủy sản chiếm
# 14,2%; công nghiệp xây dựng 40,1%; dịch vụ 37,5%;'), as a lead's colon does ('Cơ cấu kinh tế: …'). Counterexamples:
# 'về' with no structure, a structure with no 'về', a capitalised body after the comma --------------------------------

PLAN = "Theo đó, Kế hoạch đưa ra các chỉ tiêu phát triển chủ yếu đến năm 2030 gồm GRDP bình quân đầu người 90 triệu đồng; "
GDP = R("GRDP bình quân đầu người", value=90, unit="triệu đồng", year=2030)


@pytest.mark.parametrize("text, expected", [
    (PLAN + "về cơ cấu kinh tế, nông, lâm nghiệp, thủy sản chiếm 14,2%; công nghiệp xây dựng 40,1%; dịch vụ 37,5%;",
     [GDP, R("cơ cấu kinh tế nông lâm nghiệp thủy sản", value=14.2, year=2030),
      R("cơ cấu kinh tế công nghiệp xây dựng", value=40.1, year=2030),
      R("cơ cấu kinh tế dịch vụ", value=37.5, year=2030)]),
    (PLAN + "về cơ cấu lao động, nông nghiệp chiếm 35%; phi nông nghiệp 65%;",
     [GDP, R("cơ cấu lao động nông nghiệp", value=35, year=2030),
      R("cơ cấu lao động phi nông nghiệp", value=65, year=2030)]),
    # counterexamples: the parts keep their own words
    (PLAN + "về kinh tế, nông nghiệp tăng 3%; dịch vụ tăng 8%;",
     [GDP, R("nông nghiệp tăng", value=3, year=2030), R("dịch vụ tăng", value=8, year=2030)]),
])
def test_a_structure_after_ve_heads_its_parts(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text", [
    PLAN + "về kinh tế, nông nghiệp tăng 3%; dịch vụ tăng 8%;",
])
def test_no_structure_no_head(text):
    from test_indicator_variants import run
    assert not any("cơ cấu" in (r.label or "") for r in run([P(text)]))


# --- a sentence set apart by 'Riêng' for a group of units ('… tỷ lệ hộ nghèo giảm mỗi năm ít nhất 3%. Riêng các huyện
# nghèo giảm từ 5%/năm trở lên'): the measure of the sentence before, for that group, after '.' as after ';' (level left
# as after ';', see test_indicator_shapes_heldout10). Counterexamples: one named unit, a group that is no level ----------

POOR = "Năm 2026, phấn đấu tỷ lệ hộ nghèo giảm mỗi năm ít nhất 3%"
POOR_TARGET = R("tỷ lệ hộ nghèo giảm", value=3, year=2026)


@pytest.mark.parametrize("text, expected", [
    (POOR + ". Riêng các huyện nghèo giảm từ 5%/năm trở lên.",
     [POOR_TARGET, R("tỷ lệ hộ nghèo các huyện nghèo giảm", value=5, unit="%/năm", year=2026)]),
    (POOR + "; riêng các huyện nghèo giảm từ 5%/năm trở lên.",
     [POOR_TARGET, R("tỷ lệ hộ nghèo các huyện nghèo giảm", value=5, unit="%/năm", year=2026)]),
    (POOR + ". Riêng đối với các xã đặc biệt khó khăn giảm từ 4%/năm trở lên.",
     [POOR_TARGET, R("tỷ lệ hộ nghèo các xã đặc biệt khó khăn giảm", value=4, unit="%/năm", year=2026)]),
    # counterexamples: one named unit keeps its own words and no level; a group that is no level
    (POOR + ". Riêng huyện Đăk Pơ giảm từ 5%/năm trở lên.",
     [POOR_TARGET, R("Riêng huyện Đăk Pơ giảm", value=5, unit="%/năm", year=2026)]),
    (POOR + ". Riêng các thôn đặc biệt khó khăn giảm từ 5%/năm trở lên.",
     [POOR_TARGET, R("thôn đặc biệt khó khăn giảm", value=5, unit="%/năm", year=2026)]),
])
def test_a_target_set_apart_for_a_group_of_units(text, expected):
    check([P(text)], expected)
