"""Target shapes read off round 10's web excerpts once they had been scored (decisions adopting a programme, plans,
reports of results): each rule a table of strings written in the genre's style (paraphrased, not copied), with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a list of targets opened by '… mục tiêu cụ thể … là:' (not only '… như sau:', '… gồm:'); each '-' item may give
# one value for each of two years ('đạt X% vào năm 2025 và Y% vào năm 2030', '…, phấn đấu Y% vào năm 2030') ----------

SHAPES["lead_ending_la_two_years_joined_by_va"] = ([
    P("Theo đó, một số mục tiêu cụ thể của Chương trình giai đoạn 2021 - 2030 là:"),
    P("- Tỷ lệ xã, phường đạt tiêu chuẩn an toàn cho người cao tuổi đạt 60% vào năm 2025 và 80% vào năm 2030;",
      "list_item"),
    P("- Tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 70% vào năm 2025 và 90% vào năm 2030.", "list_item"),
], [R("xã phường tiêu chuẩn an toàn người cao tuổi", value=60, year=2025),
    R("xã phường tiêu chuẩn an toàn người cao tuổi", value=80, year=2030),
    R("người cao tuổi khám sức khỏe định kỳ", value=70, year=2025),
    R("người cao tuổi khám sức khỏe định kỳ", value=90, year=2030)])

SHAPES["second_year_after_a_cue_repeats_the_measure"] = ([
    P("Các chỉ tiêu chủ yếu của Đề án là:"),
    P("- Tỷ lệ hộ gia đình được cấp mã địa chỉ số đạt 85% vào năm 2026, phấn đấu 100% vào năm 2028;", "list_item"),
], [R("hộ gia đình mã địa chỉ số", value=85, year=2026), R("hộ gia đình mã địa chỉ số", value=100, year=2028)])


def test_second_year_label_is_not_the_period_alone():
    labels = [r.label for r in run(SHAPES["second_year_after_a_cue_repeats_the_measure"][0])]
    assert labels[1].lower().startswith("tỷ lệ hộ gia đình")


# counterexample: a lead that says what was done ('Kết quả … là:') opens no list of targets
SHAPES["results_lead_ending_la_opens_no_list"] = ([
    P("Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2024 là:"),
    P("- Tỷ lệ xã đạt chuẩn tiếp cận pháp luật 92%;", "list_item"),
    P("- Tỷ lệ hộ gia đình văn hóa 88%.", "list_item"),
], [])

# --- rates per 100.000 or per thousand as targets: 'giảm … xuống X' is a ceiling (<=), 'xuống dưới X' stays '<';
# a second year's rate whose population is left out ('… và 500/100.000 vào năm 2030') is the same rate, same bound --

SHAPES["rate_per_100000_brought_down_two_years"] = ([
    P("Mục tiêu cụ thể đến năm 2030 như sau:"),
    P("- Giảm tỷ suất tử vong do đuối nước ở trẻ em xuống 6/100.000 trẻ em vào năm 2025 và 5/100.000 vào năm 2030;",
      "list_item"),
], [R("tỷ suất tử vong đuối nước trẻ em", cmp="<=", value=6, unit="/100.000 trẻ em", year=2025),
    R("tỷ suất tử vong đuối nước trẻ em", cmp="<=", value=5, unit="/100.000 trẻ em", year=2030)])

SHAPES["rate_brought_down_twice"] = ([
    P("Mục tiêu cụ thể đến năm 2030 như sau:"),
    P("- Giảm tỷ suất trẻ em bị tai nạn giao thông xuống còn 12/100.000 trẻ em vào năm 2025 và xuống còn 10/100.000 "
      "vào năm 2030.", "list_item"),
], [R("tỷ suất trẻ em tai nạn giao thông", cmp="<=", value=12, unit="/100.000 trẻ em", year=2025),
    R("tỷ suất trẻ em tai nạn giao thông", cmp="<=", value=10, unit="/100.000 trẻ em", year=2030)])


def test_bringing_down_is_no_part_of_the_label():
    for name in ("rate_per_100000_brought_down_two_years", "rate_brought_down_twice"):
        assert not any("xuống" in r.label for r in run(SHAPES[name][0]))


SHAPES["per_mille_brought_down_and_below"] = ([
    P("Mục tiêu đến năm 2026: giảm tỷ suất chết trẻ em dưới 1 tuổi xuống 11‰, giảm tỷ số giới tính khi sinh; "
      "tỷ suất chết trẻ em dưới 5 tuổi giảm xuống dưới 16‰."),
], [R("tỷ suất chết trẻ em dưới 1 tuổi", cmp="<=", value=11, unit="‰", year=2026),
    R("tỷ suất chết trẻ em dưới 5 tuổi", cmp="<", value=16, unit="‰", year=2026)])

SHAPES["below_bound_carried_to_the_second_year"] = ([
    P("Mục tiêu đến năm 2030: tỷ lệ trẻ em bị bạo lực giảm xuống dưới 4,5% vào năm 2026 và 4% vào năm 2030."),
], [R("trẻ em bị bạo lực", cmp="<", value=4.5, year=2026), R("trẻ em bị bạo lực", cmp="<", value=4, year=2030)])

# counterexamples: a plain second year keeps a plain target; a percentage is no per-mille; a rate of documents is
# no rate per population
SHAPES["plain_second_year_stays_plain"] = ([
    P("Mục tiêu đến năm 2030: tỷ lệ hộ dân dùng nước sạch đạt trên 90% vào năm 2026, đạt 95% vào năm 2030."),
], [R("hộ dân dùng nước sạch", cmp=">", value=90, year=2026), R("hộ dân dùng nước sạch", value=95, year=2030)])

SHAPES["percentage_is_no_per_mille"] = ([
    P("Mục tiêu năm 2026: tỷ lệ tăng dân số tự nhiên giảm xuống 0,9%."),
], [R("tỷ lệ tăng dân số tự nhiên", cmp="<=", value=0.9, year=2026)])

# --- several groups in one sentence: an area named alone after a comma ('…đạt 95% toàn quốc, miền núi đạt 80%') is
# that area's share of the measure before it; a share written before the people it counts and what they do ('…, 70%
# cha mẹ … nhận biết được …') is its own measure; a figure right after a comma opens its own clause, whatever commas
# come before it ('100% các tỉnh, thành phố đưa …, 80% tỉnh, thành phố bố trí …'); groups joined by 'và' share the
# predicate after the last one ('100% dân số đô thị và 95% dân số nông thôn được sử dụng nước sạch') -------------

SHAPES["area_alone_after_a_comma"] = ([
    P("Mục tiêu đến năm 2026: tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 98% toàn quốc, miền núi đạt 90%."),
], [R("phụ nữ sinh con tại cơ sở y tế", value=98), R("phụ nữ sinh con tại cơ sở y tế miền núi", value=90)])

SHAPES["share_before_its_own_people"] = ([
    P("Mục tiêu đến năm 2026: tỷ lệ trẻ sơ sinh được bú sữa mẹ trong giờ đầu đạt 80%, 60% bà mẹ, người chăm sóc trẻ "
      "biết cách xử trí khi trẻ bị tiêu chảy."),
], [R("trẻ sơ sinh bú sữa mẹ", value=80), R("bà mẹ người chăm sóc trẻ xử trí tiêu chảy", value=60)])

SHAPES["figure_after_a_comma_opens_its_clause"] = ([
    P("Mục tiêu đến năm 2026: 100% các huyện, thị xã đưa chỉ tiêu dinh dưỡng vào kế hoạch phát triển của địa phương, "
      "70% huyện, thị xã bố trí kinh phí cho chương trình."),
], [R("huyện thị xã đưa chỉ tiêu dinh dưỡng vào kế hoạch", value=100),
    R("huyện thị xã bố trí kinh phí", value=70)])

SHAPES["groups_joined_by_va_share_the_predicate"] = ([
    P("Phấn đấu đạt các chỉ tiêu sau:"),
    P("+ 100% hộ gia đình thành thị và 90% hộ gia đình nông thôn được thu gom rác thải sinh hoạt.", "list_item"),
    P("+ 100% sản phẩm, hàng hóa xuất khẩu và 40% hàng hóa bán trong nước có nhãn sinh thái.", "list_item"),
], [R("hộ gia đình thành thị thu gom rác thải", value=100), R("hộ gia đình nông thôn thu gom rác thải", value=90),
    R("sản phẩm hàng hóa xuất khẩu nhãn sinh thái", value=100), R("hàng hóa bán trong nước nhãn sinh thái", value=40)])

# counterexamples: an area written after its figure stays the figure's own part; two measures with their own verbs
# after a comma keep their own words
SHAPES["area_after_the_figure_and_va"] = ([
    P("Mục tiêu năm 2026: tỷ lệ chất thải rắn được thu gom đạt 95% ở đô thị và 75% ở nông thôn."),
], [R("chất thải rắn thu gom đô thị", value=95), R("chất thải rắn thu gom nông thôn", value=75)])

SHAPES["two_measures_after_a_comma_keep_their_words"] = ([
    P("Mục tiêu năm 2026: tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%, tỷ lệ thanh toán trực tuyến đạt 50%."),
], [R("hồ sơ trực tuyến toàn trình", value=60), R("thanh toán trực tuyến", value=50)])

SHAPES["same_share_for_a_later_year_after_va"] = ([
    P("Chiến lược đặt mục tiêu giai đoạn 2021 - 2025, kinh tế số chiếm 20% GDP và khoảng 30% GDP vào năm 2030."),
], [R("kinh tế số chiếm GDP", value=20), R("kinh tế số chiếm GDP", value=30, year=2030)])

# --- a growth a report states, its plan in brackets ('tổng đàn gia súc tăng 5,69% so với cùng kỳ (kế hoạch 4%)'): the
# plan is the target, the growth the result --------------------------------------------------------------------

SHAPES["growth_result_with_its_plan_in_brackets"] = ([
    P("Năm 2023, đàn gia cầm tiếp tục tăng 6,2% so với cùng kỳ (kế hoạch là 5%); giá trị sản xuất ngành trồng trọt "
      "tăng trưởng 3,1% (chỉ tiêu 3,5%)."),
], [R("đàn gia cầm", value=5, actual=6.2, year=2023), R("giá trị sản xuất ngành trồng trọt", value=3.5, actual=3.1)])

# counterexamples: by how much the target was passed is no target; a growth a plan strives for is a target
SHAPES["margin_over_the_target_is_no_target"] = ([
    P("Năm 2023, tổng sản phẩm trên địa bàn (GRDP) ước tăng 6,8% so với năm 2022 (vượt mục tiêu Nghị quyết 0,3%)."),
], [])

# ... but outside brackets the target passed is named: 'đạt 85%, vượt chỉ tiêu 80%' (a report's commonest pair)
SHAPES["target_passed_named_after_the_result"] = ([
    P("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình năm 2025 đạt 86%, vượt chỉ tiêu 80%."),
], [R("hồ sơ giải quyết trực tuyến toàn trình", value=80, actual=86, year=2025, status="vượt")])

SHAPES["growth_a_plan_strives_for_stays_a_target"] = ([
    P("Mục tiêu năm 2026: phấn đấu tổng đàn gia súc tăng 5% (kế hoạch tỉnh giao 4%)."),
], [R("tổng đàn gia súc", value=5, year=2026)])

# --- round 9's leftovers: who sets the aim and the theme are no part of the first label ('Chương trình đặt mục tiêu
# đến năm 2027, tỷ lệ …', 'Về kinh tế số, huyện phấn đấu đạt tỷ trọng …'); a lone 'Kết quả thực hiện các mục tiêu năm
# 2025 như sau: …' reports results, its target word is what it reports on, no cue ---------------------------------

AIM_LEADS = [
    ("Chương trình đặt mục tiêu đến năm 2027, tỷ lệ trẻ em dưới 5 tuổi bị thấp còi dưới 18%.",
     "tỷ lệ trẻ em dưới 5 tuổi bị thấp còi"),
    ("Về phát triển chính quyền số, huyện Hòa Sơn đặt mục tiêu 100% hồ sơ công việc được xử lý trên môi trường mạng.",
     "hồ sơ công việc được xử lý trên môi trường mạng"),
    ("Trong lĩnh vực kinh tế số, huyện phấn đấu đạt tỷ trọng kinh tế số tối thiểu 5% GRDP.", "tỷ trọng kinh tế số GRDP"),
    ("Thị xã hướng đến 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.",
     "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình"),
    ("Mục tiêu tại Nghị quyết số 12/NQ-CP của Chính phủ là 100% xã có điểm phục vụ hành chính công trong năm 2026.",
     "xã có điểm phục vụ hành chính công trong năm 2026"),
    ("Về kinh tế, nghị quyết đề ra mục tiêu phấn đấu tốc độ tăng trưởng GRDP bình quân đạt trên 8%/năm.",
     "tốc độ tăng trưởng GRDP bình quân"),
    ("Về cải cách hành chính, năm 2026 phấn đấu: Chỉ số SIPAS đạt trên 85%.", "Chỉ số SIPAS"),
    ("Ngành y tế đặt mục tiêu: tỷ lệ bao phủ bảo hiểm y tế đạt 95%.", "tỷ lệ bao phủ bảo hiểm y tế"),
    ("Yêu cầu các sở, ngành phấn đấu tỷ lệ giải ngân vốn đầu tư công đạt 100% trong năm 2026.",
     "tỷ lệ giải ngân vốn đầu tư công trong năm 2026"),
    ("Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến hết ngày 31/12/2026 giải ngân đạt 100% kế hoạch vốn.",
     "giải ngân kế hoạch vốn"),
    # counterexamples: a measure holding an aim word keeps it; a theme with no aim after it stays
    ("Tỷ lệ hộ nghèo phấn đấu giảm còn dưới 2% năm 2026.", "Tỷ lệ hộ nghèo phấn đấu giảm còn năm 2026"),
    ("Giá trị sản xuất nông nghiệp phấn đấu đạt 1.200 tỷ đồng trong năm 2026.",
     "Giá trị sản xuất nông nghiệp phấn đấu trong năm 2026"),
]


@pytest.mark.parametrize("text, label", AIM_LEADS)
def test_aim_lead_is_not_the_label(text, label):
    recs = run([P("Tỉnh Hòa Sơn ban hành kế hoạch phát triển kinh tế - xã hội."), P(text)])
    assert [r.label for r in recs] == [label]


SHAPES["results_lead_with_target_word_inline"] = ([
    P("Kết quả thực hiện các mục tiêu năm 2025 như sau: tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%; tỷ lệ thanh toán "
      "trực tuyến đạt 52%."),
], [])

# counterexample: a target lead after a sentence of results still sets targets
SHAPES["target_lead_after_results_still_sets_targets"] = ([
    P("Tình hình thực hiện các chỉ tiêu năm 2025 đạt khá. Mục tiêu năm 2026: tỷ lệ hồ sơ trực tuyến toàn trình đạt "
      "70%; tỷ lệ thanh toán trực tuyến đạt 60%."),
], [R("hồ sơ trực tuyến toàn trình", value=70, year=2026), R("thanh toán trực tuyến", value=60, year=2026)])

# --- a passage of targets over several paragraphs: after a paragraph of targets, a paragraph with no cue of either
# kind goes on listing them when a figure is an aimed level ('đạt khoảng 30% GDP', 'đạt khoảng 75,5 tuổi') as when it
# carries a bound; a sub-period after 'trong đó' repeats the measure before it -----------------------------------

SHAPES["aimed_levels_continue_a_passage_of_targets"] = ([
    P("Về kinh tế, nghị quyết đề ra mục tiêu tốc độ tăng trưởng GRDP bình quân đạt trên 8%/năm thời kỳ 2026-2030."),
    P("Tốc độ tăng năng suất lao động bình quân đạt khoảng 6,5%/năm thời kỳ 2026-2030; trong đó giai đoạn 2028-2030 "
      "đạt trên 7%/năm."),
    P("Phát triển hạ tầng số đồng bộ; tỷ trọng kinh tế số đạt khoảng 25% GRDP."),
    P("Về xã hội, tuổi thọ bình quân đạt khoảng 76 tuổi. Tỷ lệ lao động nông nghiệp giảm xuống dưới 25%."),
], [R("tốc độ tăng trưởng GRDP bình quân", cmp=">", value=8, unit="%/năm"),
    R("Tốc độ tăng năng suất lao động bình quân", value=6.5, unit="%/năm"),
    R("Tốc độ tăng năng suất lao động bình quân giai đoạn 2028-2030", cmp=">", value=7, unit="%/năm"),
    R("tỷ trọng kinh tế số GRDP", value=25), R("tuổi thọ bình quân", value=76, unit="tuổi"),
    R("lao động nông nghiệp", cmp="<", value=25)])

# an index on a 0-1 scale with no unit of its own ('Chỉ số phát triển con người (HDI) đạt khoảng 0,78') is a target too
SHAPES["unitless_index_target"] = ([
    P("Mục tiêu đến năm 2030: chỉ số phát triển con người (HDI) của tỉnh đạt khoảng 0,75; hệ số Gini dưới 0,38."),
], [R("chỉ số phát triển con người HDI", value=0.75, unit="chỉ số", year=2030),
    R("hệ số Gini", cmp="<", value=0.38, unit="chỉ số", year=2030)])

# counterexamples: a paragraph of results after a paragraph of targets ('ước đạt khoảng', a year before the figure)
SHAPES["results_after_a_passage_of_targets"] = ([
    P("Về kinh tế, nghị quyết đề ra mục tiêu tốc độ tăng trưởng GRDP bình quân đạt trên 8%/năm thời kỳ 2026-2030."),
    P("Năm 2025, tốc độ tăng năng suất lao động đạt khoảng 6,1%. Tỷ trọng kinh tế số ước đạt khoảng 18% GRDP."),
], [R("tốc độ tăng trưởng GRDP bình quân", cmp=">", value=8, unit="%/năm")])

# --- a paragraph that opens with the months a report covers ('9 tháng năm 2025, …') reports what was done: its 'đạt
# trên 300 nghìn tỷ đồng' is a result; a cue of its own still sets a target, and the last months of a year lie ahead -

SHAPES["months_report_bound_is_a_result"] = ([
    P("9 tháng năm 2025, kinh tế của tỉnh phát triển khá. Môi trường đầu tư tiếp tục được cải thiện; huy động vốn "
      "đầu tư đạt trên 250 nghìn tỷ đồng; tỷ lệ hồ sơ trực tuyến đạt trên 80%; chỉ số HDI đạt 0,71."),
], [])

SHAPES["months_report_with_a_cue_still_sets_a_target"] = ([
    P("6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến đạt 78%. Phấn đấu cả năm tỷ lệ hồ sơ trực tuyến đạt trên 90%."),
], [R("hồ sơ trực tuyến", cmp=">", value=90)])

SHAPES["last_months_lie_ahead"] = ([
    P("6 tháng cuối năm 2025, tỷ lệ hồ sơ trực tuyến đạt trên 85%."),
], [R("hồ sơ trực tuyến", cmp=">", value=85, year=2025)])

# --- a target list's period sub-headings: 'Đến năm 2027, phấn đấu:' › items › 'Đến năm 2030:' › items is one list,
# each group's items taking its year; a line of results after a list closes it -----------------------------------

SHAPES["period_subheadings_keep_the_list_open"] = ([
    P("Đến năm 2027, phấn đấu:"),
    P("- Tỷ lệ lao động qua đào tạo đạt 75%;", "list_item"),
    P("Đến năm 2030:"),
    P("- Tỷ lệ lao động qua đào tạo đạt 80%;", "list_item"),
    P("- 100% xã đạt chuẩn nông thôn mới.", "list_item"),
], [R("lao động qua đào tạo", value=75, year=2027), R("lao động qua đào tạo", value=80, year=2030),
    R("xã đạt chuẩn nông thôn mới", value=100, year=2030)])

SHAPES["a_results_line_closes_the_list"] = ([
    P("Tỉnh phấn đấu hoàn thành các chỉ tiêu sau:"),
    P("- Tỷ lệ hộ nghèo giảm 1,5%/năm;", "list_item"),
    P("Năm 2024, kết quả:"),
    P("- Tỷ lệ hộ nghèo giảm 1,2%.", "list_item"),
], [R("Tỷ lệ hộ nghèo", value=1.5, unit="%/năm")])

# --- results against targets, sentence by sentence: a target pairs with a result of its own sentence only ('… chỉ
# đạt 45,8%, trong khi mục tiêu đề ra là 50%. Khối bộ đạt 63,47% (mục tiêu 70%), …'); a 'còn' that contrasts two
# groups ('còn khối địa phương …') is no part of a label ------------------------------------------------------------

SHAPES["targets_pair_within_their_sentence"] = ([
    P("Năm 2024, tỷ lệ thanh toán trực tuyến của cả nước chỉ đạt 41,2%, trong khi mục tiêu đề ra là 45%. Khối bộ, "
      "ngành đạt 58,3% (mục tiêu 60%), còn khối địa phương mới đạt 22,6% (mục tiêu 35%)."),
], [R("thanh toán trực tuyến của cả nước", value=45, actual=41.2, year=2024),
    # the block of bodies names the level (round 16: 'Khối bộ, ngành' is bộ, 'khối địa phương' the provinces)
    R("Khối bộ ngành", level="bộ", value=60, actual=58.3), R("khối địa phương", level="tỉnh", value=35, actual=22.6)])


def test_contrasting_con_is_no_part_of_the_label():
    labels = [r.label for r in run(SHAPES["targets_pair_within_their_sentence"][0])]
    assert not any(x.startswith("còn ") for x in labels)


def test_own_people_do_not_take_the_measure_before():
    labels = [r.label for r in run(SHAPES["share_before_its_own_people"][0])]
    assert "sữa mẹ" not in labels[1]
    labels = [r.label for r in run(SHAPES["figure_after_a_comma_opens_its_clause"][0])]
    assert "kinh phí" not in labels[0] and "dinh dưỡng" not in labels[1]


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
