"""Target shapes read off round 13's web excerpts once they had been scored (council resolutions on a year's tasks
retold by news items, plans of districts and communes, reports of results): each rule a table of strings written in
the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a headline naming a council's resolution (or a plan) on a year's tasks: the body's plain statements ('Tổng thu
# ngân sách đạt …', 'Trồng mới … ha rừng') are that year's targets, sentence by sentence ---------------------------

SHAPES["plain_statements_under_a_resolution_on_a_years_tasks"] = ([
    P("Bảo Lâm: Nghị quyết của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2013"),
    P("Về kinh tế:"),
    P("Tổng thu ngân sách trên địa bàn đạt 61.250 triệu đồng. Tổng sản lượng lương thực đạt 31.400 tấn."),
    P("Duy trì tỷ lệ che phủ rừng đạt 62%. Giảm tỷ lệ hộ nghèo ít nhất 4%."),
], [R("Tổng thu ngân sách trên địa bàn", value=61250, unit="triệu đồng", year=2013),
    R("Tổng sản lượng lương thực", value=31400, unit="tấn", year=2013),
    R("tỷ lệ che phủ rừng", value=62, year=2013),
    R("Giảm tỷ lệ hộ nghèo", value=4, year=2013)])

SHAPES["plain_statements_under_a_plan_on_a_years_tasks"] = ([
    P("Phường An Lạc ban hành Kế hoạch thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026"),
    P("Thu ngân sách trên địa bàn đạt 45 tỷ đồng; 98% người dân tham gia bảo hiểm y tế."),
], [R("Thu ngân sách trên địa bàn", value=45, unit="tỷ đồng", year=2026),
    R("người dân tham gia bảo hiểm y tế", value=98, year=2026)])

# counterexamples: a headline about a year's review sets no targets; under a resolution's headline, a sentence of
# another year, or one that says what was done, reports a result
SHAPES["plain_statements_under_a_years_review_are_no_targets"] = ([
    P("Bảo Lâm: Hội nghị tổng kết nhiệm vụ phát triển kinh tế - xã hội năm 2013"),
    P("Tổng thu ngân sách trên địa bàn đạt 61.250 triệu đồng. Tổng sản lượng lương thực đạt 31.400 tấn."),
], [])

SHAPES["another_years_figure_under_a_resolution_is_no_target"] = ([
    P("Bảo Lâm: Nghị quyết của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2013"),
    P("Năm 2012, tổng thu ngân sách trên địa bàn đạt 58.100 triệu đồng. Tổng sản lượng lương thực đã đạt 30.200 tấn."),
    P("Tổng thu ngân sách trên địa bàn đạt 61.250 triệu đồng."),
], [R("Tổng thu ngân sách trên địa bàn", value=61250, unit="triệu đồng", year=2013)])

# --- a paragraph that sets a year's targets ('… đề ra các chỉ tiêu …, trong đó phấn đấu …') goes on in the next
# paragraph, whose plain figures are targets too; the one after that does not ------------------------------------

SHAPES["targets_set_in_one_paragraph_go_on_in_the_next"] = ([
    P("Theo đó, năm 2016, huyện tiếp tục đề ra các chỉ tiêu chủ yếu, trong đó phấn đấu giá trị sản xuất tăng 9% so "
      "với năm 2015."),
    P("Thu ngân sách nhà nước đạt 180,5 tỷ đồng; 95% gia đình đạt chuẩn văn hóa và giải quyết việc làm cho 2.500 lao "
      "động."),
    P("Tổng đàn gia súc đạt 12.000 con."),
], [R("giá trị sản xuất tăng", value=9, year=2016),
    R("Thu ngân sách nhà nước", value=180.5, unit="tỷ đồng", year=2016),
    R("gia đình đạt chuẩn văn hóa", value=95, year=2016),
    R("giải quyết việc làm", value=2500, unit="lao động", year=2016)])

# counterexample: a cue with no lead setting targets ('đề ra các chỉ tiêu') carries nothing to the next paragraph
SHAPES["a_strive_sentence_alone_carries_no_targets_to_the_next_paragraph"] = ([
    P("Năm 2016, huyện phấn đấu giá trị sản xuất tăng 9% so với năm 2015."),
    P("Thu ngân sách nhà nước đạt 180,5 tỷ đồng; 95% gia đình đạt chuẩn văn hóa."),
], [R("giá trị sản xuất tăng", value=9, year=2016)])

# --- 'được bảo đảm' says a state was kept: no target cue, so a report's shares after it stay results ------------

SHAPES["shares_after_a_passive_ensured_are_results"] = ([
    P("Năm 2025, lĩnh vực văn hóa - xã hội đạt nhiều kết quả: an sinh xã hội được bảo đảm, đời sống Nhân dân cải "
      "thiện; 100% thôn đạt chuẩn văn hóa, 90,5% gia đình văn hóa."),
], [])

# counterexample: the active 'bảo đảm' still sets a target
SHAPES["shares_after_an_active_ensure_are_targets"] = ([
    P("Năm 2026, xã bảo đảm 100% thôn đạt chuẩn văn hóa."),
], [R("thôn đạt chuẩn văn hóa", value=100, year=2026)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
