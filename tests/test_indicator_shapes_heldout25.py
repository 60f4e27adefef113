"""Plans and reviews found on held-out round 25 (a province's plan under a national strategy, a programme's review of
its five-year targets): each rule a table of strings written in the genre's style (paraphrased, not copied), with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. a lead naming what its targets are of before their horizon ('Mục tiêu cơ bản phát triển kinh tế số đến năm
# 2025:'): the items under it are targets, a plain 'đạt 20%' as well as 'đạt trên 10%' -----------------------------


def _items(lead: str, *items: str) -> list:
    return [P(lead)] + [P(f"- {t}", "list_item") for t in items]


SHAPES["lead_with_topic_before_horizon"] = (_items(
    "Mục tiêu cơ bản phát triển kinh tế số đến năm 2026:",
    "Tỷ trọng kinh tế số đạt 25% GRDP.",
    "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.",
    "Số lượng doanh nghiệp công nghệ số đạt 15 doanh nghiệp.",
    "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 12%."),
    [R("Tỷ trọng kinh tế số", value=25, year=2026), R("doanh nghiệp hóa đơn điện tử", value=100, year=2026),
     R("Số lượng doanh nghiệp công nghệ số", value=15, unit="doanh nghiệp", year=2026),
     R("thương mại điện tử bán lẻ", cmp=">", value=12, year=2026)])
SHAPES["lead_with_topic_and_owner"] = (_items(
    "b) Các chỉ tiêu về y tế của huyện năm 2027:",
    "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%;",
    "Số bác sĩ trên 1 vạn dân đạt 12 bác sĩ."),
    [R("dân số tham gia bảo hiểm y tế", value=95, year=2027),
     R("bác sĩ", value=12, unit=ANY, year=2027)])
SHAPES["lead_with_longer_horizon_after"] = (_items(
    "Mục tiêu chuyển đổi số của tỉnh đến năm 2026, định hướng đến năm 2030:",
    "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%."),
    [R("hồ sơ trực tuyến toàn trình", value=60, year=2026)])

# counterexamples: a lead that says what was done lists results; a plain 'đạt' under no lead reports
SHAPES["lead_of_targets_met"] = (_items(
    "Các chỉ tiêu đã đạt được năm 2024:",
    "Tỷ trọng kinh tế số đạt 15% GRDP.",
    "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%."), [])
SHAPES["lead_of_what_was_done"] = (_items(
    "Mục tiêu phát triển kinh tế số thực hiện trong năm 2024:",
    "Tỷ trọng kinh tế số đạt 15% GRDP."), [])
SHAPES["items_under_no_lead"] = ([
    P("- Tỷ trọng kinh tế số đạt 15% GRDP.", "list_item"),
    P("- Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%.", "list_item")], [])


# --- 2. a result set against its target with a slash and no verb ('Tỷ lệ xã đạt chuẩn nông thôn mới 79,3%/ chỉ tiêu
# 80%, tăng 10,6% so với cuối năm 2021'): the figure before the slash is the result, not the change after the target --

SHAPES["slash_result_then_change"] = ([
    P("Tỷ lệ xã đạt chuẩn nông thôn mới 76,5%/ chỉ tiêu 75%, tăng 11,2% so với cuối năm 2020; tỷ lệ xã đạt nông "
      "thôn mới nâng cao là 35,1%/ chỉ tiêu 30%, tăng hơn 4 lần so với cuối năm 2020."),
], [R("xã đạt chuẩn nông thôn mới", value=75, actual=76.5, year=None),      # the year compared with is no target's
    R("xã đạt nông thôn mới nâng cao", value=30, actual=35.1, year=None)])
SHAPES["slash_result_change_in_parentheses"] = ([
    P("Tỷ lệ đơn vị cấp huyện đạt chuẩn nông thôn mới là 48%/chỉ tiêu 45% (tăng 40% so với cuối năm 2020)."),
], [R("đơn vị cấp huyện đạt chuẩn nông thôn mới", value=45, actual=48)])
SHAPES["slash_result_against_plan"] = ([
    P("Năm 2025, tỷ lệ thu gom chất thải rắn ở mức 88%/kế hoạch 90%, tăng 3% so với năm 2024."),
], [R("thu gom chất thải rắn", value=90, actual=88, year=ANY)])

# counterexamples: a slash between two counts of a whole is no result ('12/15 xã'); a change with no slash still
# answers a target of change ('tăng 5,2% so với cùng kỳ (kế hoạch 4%)')
SHAPES["slash_of_a_fraction"] = ([
    P("Đến nay có 12/15 xã đạt chuẩn nông thôn mới."),
], [])
SHAPES["change_against_a_change"] = ([
    P("Tổng đàn gia súc tăng 5,2% so với cùng kỳ (kế hoạch 4%)."),
], [R("Tổng đàn gia súc", value=4, actual=5.2, year=ANY)])


# --- 3. a province's product aimed at in a million billion đồng ('đạt trên 1,2 triệu tỷ đồng') ------------------------

SHAPES["million_billion_dong"] = ([
    P("Phấn đấu đến năm 2030, tổng sản phẩm trên địa bàn (GRDP theo giá hiện hành) đạt trên 1,5 triệu tỷ đồng."),
], [R("tổng sản phẩm trên địa bàn", cmp=">", value=1.5, unit="triệu tỷ đồng", year=2030)])
# counterexample: a thousand billion keeps its scale
SHAPES["thousand_billion_dong"] = ([
    P("Phấn đấu đến năm 2030, thu ngân sách nhà nước trên địa bàn đạt trên 45 nghìn tỷ đồng."),
], [R("thu ngân sách nhà nước", cmp=">", value=45, unit="nghìn tỷ đồng", year=2030)])


# --- 4. shares a verb takes as its objects, joined by 'và' ('cáp quang phủ 100% trường học, bệnh viện và trên 80% hộ
# gia đình có nhu cầu'): the second share's label is the verb's too, and the words after it qualify it alone ---------

SHAPES["objects_of_one_verb"] = ([
    P("Đến năm 2026, hạ tầng cáp quang phủ 100% trạm y tế, trường học và trên 85% hộ gia đình có nhu cầu."),
], [R("hạ tầng cáp quang phủ trạm y tế trường học", value=100, year=2026),
    R("hạ tầng cáp quang phủ hộ gia đình có nhu cầu", cmp=">", value=85, year=2026)])
SHAPES["objects_of_coverage"] = ([
    P("Đến năm 2027, mạng 5G phủ sóng 100% khu công nghiệp và 90% khu dân cư tập trung có nhu cầu."),
], [R("mạng 5G phủ sóng khu công nghiệp", value=100, year=2027),
    R("mạng 5G phủ sóng khu dân cư tập trung có nhu cầu", value=90, year=2027)])

# counterexamples: shares that open the clause share the predicate after the last; a share after a comma with its own
# people and what they do measures that
SHAPES["subjects_share_a_predicate"] = ([
    P("Phấn đấu đến năm 2026, 100% dân số đô thị và 97% dân số nông thôn được sử dụng nước sạch."),
], [R("dân số đô thị được sử dụng nước sạch", value=100, year=2026),
    R("dân số nông thôn được sử dụng nước sạch", value=97, year=2026)])
SHAPES["own_people_after_a_comma"] = ([
    P("Đến năm 2026, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96%, 75% cha mẹ, người chăm sóc trẻ nhận biết được các "
      "dấu hiệu bệnh."),
], [R("trẻ em tiêm chủng đầy đủ", value=96, year=2026),
    R("cha mẹ người chăm sóc trẻ nhận biết dấu hiệu bệnh", value=75, year=2026)])


# --- 5. a target a news item states again further on in other words ('… kinh tế số của Việt Nam đạt tối thiểu 30%
# GDP.' › '… Quy mô kinh tế số đạt tối thiểu 30% GDP.'): one record, the first wording's -------------------------------

_INTRO = P("Đáng chú ý, Nghị quyết đặt ra những mục tiêu cụ thể. Mục tiêu phấn đấu đến năm 2035, kinh tế số của cả "
           "nước đạt tối thiểu 35% GDP.")
SHAPES["restated_in_other_words"] = ([
    _INTRO,
    P("Mục tiêu hướng đến tối thiểu có 8 doanh nghiệp công nghệ số ngang tầm khu vực."),
    P("Tỉ trọng xuất khẩu sản phẩm công nghệ cao đạt tối thiểu 55%. Quy mô kinh tế số đạt tối thiểu 35% GDP."),
], [R("kinh tế số của cả nước", value=35, year=2035),
    R("doanh nghiệp công nghệ số", value=8, unit="doanh nghiệp", year=ANY),
    R("xuất khẩu sản phẩm công nghệ cao", value=55, year=ANY)])

# counterexamples: the same value of another base, of another measure, of another year
SHAPES["same_value_other_base"] = ([
    _INTRO,
    P("Chi cho khoa học, công nghệ đạt tối thiểu 35% tổng chi đầu tư phát triển."),
], [R("kinh tế số của cả nước", value=35, year=2035), R("khoa học công nghệ", value=35, year=ANY)])
SHAPES["same_value_other_measure"] = ([
    _INTRO,
    P("Tỷ trọng công nghiệp chế biến, chế tạo đạt tối thiểu 35% GDP."),
], [R("kinh tế số của cả nước", value=35, year=2035), R("công nghiệp chế biến chế tạo", value=35, year=ANY)])
SHAPES["same_value_other_year"] = ([
    _INTRO,
    P("Đến năm 2045, kinh tế số đạt tối thiểu 35% GDP."),
], [R("kinh tế số của cả nước", value=35, year=2035), R("kinh tế số", value=35, year=2045)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


# 'tối thiểu' typed with the wrong tone ('đạt tối thiếu 10%') is the bound, no word of the label; 'còn thiếu' is no bound
@pytest.mark.parametrize("item, label, cmp", [
    ("Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiếu 12%.", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
     ">="),
    ("Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 12%.", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
     ">="),
    ("Tỷ lệ xã có điểm phục vụ còn thiếu 12%.", "Tỷ lệ xã có điểm phục vụ còn thiếu", ">="),
])
def test_bound_typed_with_a_wrong_tone(item, label, cmp):
    (rec,) = run(_items("Mục tiêu cơ bản phát triển kinh tế số đến năm 2026:", item))
    assert (rec.label, rec.target_comparator) == (label, cmp)
