"""Target shapes read off round 13's web excerpts once they had been scored (council resolutions on a year's tasks
retold by news items, plans of districts and communes, reports of results): each rule a table of strings written in
the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

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


# --- items marked '(1).' under a lead of targets are the list's items; a plan's works on lanes and lamps ('bê tông hóa
# từ 05 đến 07 đường hẻm') are counted targets --------------------------------------------------------------------

SHAPES["items_marked_paren_dot_under_a_list_lead"] = ([
    P("* Các chỉ tiêu chủ yếu đến năm 2030:"),
    P("(1). Tỷ lệ tăng dân số tự nhiên hằng năm 0,95%."),
    P("(2). Bê tông hóa từ 05 đến 07 đường hẻm; lắp điện chiếu sáng đường hẻm từ 80 bóng đèn trở lên."),
], [R("Tỷ lệ tăng dân số tự nhiên", value=0.95, year=2030),
    R("Bê tông hóa đường hẻm", cmp="range", value=5, high=7, unit="đường hẻm", year=2030),
    R("lắp điện chiếu sáng", value=80, unit="bóng đèn", year=2030)])

# counterexample: the same marks under a lead of results list what was done
SHAPES["items_marked_paren_dot_under_a_results_lead_are_no_targets"] = ([
    P("Kết quả thực hiện các chỉ tiêu năm 2024 như sau:"),
    P("(1). Tỷ lệ tăng dân số tự nhiên 0,95%."),
], [])

# --- a level stated with a bare 'là' and set against a target said to be due ('… là 42,3%, trong khi đó mục tiêu cần
# đạt vào cuối năm 2025 là 80%'): one record, the target with its result --------------------------------------------

SHAPES["result_with_la_against_a_due_target"] = ([
    P("Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh tháng 9/2025 là 42,3%, trong khi đó mục tiêu cần đạt vào cuối năm "
      "2025 là 80%."),
], [R("Tỷ lệ hồ sơ trực tuyến toàn trình", value=80, actual=42.3, year=2025)])

# counterexample: set against another body's level, not a target, a bare 'là' pairs with nothing
SHAPES["result_with_la_against_another_level_is_no_target"] = ([
    P("Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh tháng 9/2025 là 42,3%, trong khi đó khối bộ là 55%."),
], [])

# --- enrolment rates by where the children go: a label naming only the destination ('vào lớp 10') repeats the head
# of the label before it -------------------------------------------------------------------------------------------

SHAPES["enrolment_rates_by_destination"] = ([
    P("Năm 2026, phấn đấu tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 99%, vào lớp 6 đạt 97%."),
], [R("tỷ lệ huy động trẻ vào lớp 1", value=99, year=2026),
    R("tỷ lệ huy động trẻ vào lớp 6", value=97, year=2026)])

# counterexample: 'vào năm 2030' names a time, not a destination
SHAPES["a_later_year_after_a_destination_is_no_destination"] = ([
    P("Phấn đấu tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 99% năm 2026, vào năm 2030 đạt 100%."),
], [R("tỷ lệ huy động trẻ vào lớp 1", value=99, year=2026),
    R("tỷ lệ huy động trẻ vào lớp 1", value=100, year=2030)])

# --- a sentence that measures what was done against the plan ('đạt 102,5% kế hoạch', 'đạt 28,2% KH') reports results:
# its weak cues ('đạt trên 78%', 'hoàn thành 100% chỉ tiêu') and bound amounts set nothing ----------------------------

SHAPES["weak_cues_in_a_sentence_of_plan_shares_are_results"] = ([
    P("Năm 2024, tổng sản lượng lương thực của huyện đạt 101,8% kế hoạch; trồng mới trên 420 ha rừng tập trung, đạt "
      "105% kế hoạch; tỷ lệ che phủ rừng đạt trên 65%."),
], [])

SHAPES["a_bound_amount_against_its_plan_share_is_a_result"] = ([
    P("Sáu tháng đầu năm, huyện hoàn thành 100% chỉ tiêu trồng rừng phân tán; mía 210 ha, đạt 55% KH."),
    P("Thu ngân sách trên địa bàn trên 3,5 tỷ đồng, đạt 30,1% KH."),
], [])

# counterexample: with no share of plan in its sentence, a weak cue still sets a target
SHAPES["weak_cue_without_plan_shares_stays_a_target"] = ([
    P("Năm 2026, huyện phấn đấu tỷ lệ che phủ rừng đạt trên 65%; hoàn thành 100% chỉ tiêu trồng rừng phân tán."),
], [R("tỷ lệ che phủ rừng", cmp=">", value=65, year=2026),
    R("chỉ tiêu trồng rừng phân tán", value=100, year=2026)])

# --- in a list of targets, a clause that is only a count and the things it counts ('…; 36.000 con lợn; 290.000 con
# gia cầm') is an item of its own, named by those things, not by the item before ---------------------------------

SHAPES["counted_clauses_in_a_list_of_targets"] = ([
    P("Bảo Lâm: Nghị quyết của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2013"),
    P("Tổng đàn gia súc có 14.200 con; 36.000 con lợn; 290.000 con gia cầm, thủy cầm."),
], [R("Tổng đàn gia súc", value=14200, unit="con", year=2013),
    R("con lợn", value=36000, unit="con", year=2013),
    R("con gia cầm thủy cầm", value=290000, unit="con", year=2013)])

# counterexample: the same clauses in a report of a past year are results
SHAPES["counted_clauses_in_a_report_are_no_targets"] = ([
    P("Năm 2012, tổng đàn gia súc có 13.500 con; 34.000 con lợn; 280.000 con gia cầm."),
], [])

@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


# --- a result set against its target in a news item: the lead of reported speech ('Sở Nội vụ cho hay, việc …') and a
# shortfall's 'mới chỉ' are no part of the label -----------------------------------------------------------------

@pytest.mark.parametrize("text,label", [
    ("Báo cáo tại hội nghị, Sở Nội vụ cho hay, việc tỷ lệ hồ sơ giải quyết đúng hạn mới chỉ đạt 88,5% còn thấp so với "
     "mục tiêu 95% cần đạt vào cuối năm 2025.", "tỷ lệ hồ sơ giải quyết đúng hạn"),
    ("Sở Y tế cho biết tỷ lệ tiêm chủng đầy đủ đạt 96,2%, vượt chỉ tiêu được giao (95%).", "tỷ lệ tiêm chủng đầy đủ"),
    # counterexample: 'biết' with no 'cho' is the measure's own word
    ("Tỷ lệ hộ dân biết sử dụng dịch vụ công trực tuyến đạt 62%, vượt chỉ tiêu được giao (60%).",
     "Tỷ lệ hộ dân biết sử dụng dịch vụ công trực tuyến"),
])
def test_result_label_after_reported_speech(text, label):
    recs = run([P(text)])
    assert [r.label for r in recs] == [label]
