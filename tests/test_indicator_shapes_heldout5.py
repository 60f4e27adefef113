"""Target shapes read off round 5's held-out excerpts once they had been scored (a Government resolution's
growth target per province retold by the press, a city's digital-economy plan with later-year targets in
brackets, a commune council's targets): each rule a table of strings written in the genre's style (paraphrased,
not copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, R, T, check

from extractor.link.units import unit_entries

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- rule list.units: a target per unit listed after a lead that sets targets ----------------------------------

SHAPES["units_listed_with_colons_over_sentences"] = ([
    P("Nghị quyết giao mục tiêu tăng trưởng GRDP năm 2026 cho các địa phương."),
    P("Cụ thể, vùng Tây Bắc: Sơn La: 9%; Lai Châu: 10,5%; Điện Biên: 9,5%. Vùng Đông Nam Bộ: Tây Ninh: 11%; "
      "Đồng Nai: 12,2%."),
], [R("Sơn La", level="tỉnh", value=9), R("Lai Châu", level="tỉnh", value=10.5),
    R("Điện Biên", level="tỉnh", value=9.5), R("Tây Ninh", level="tỉnh", value=11),
    R("Đồng Nai", level="tỉnh", value=12.2)])

# the units the list left out, named after it, are at the list's level
SHAPES["the_rest_of_the_units"] = ([
    P("Nghị quyết giao mục tiêu tăng trưởng GRDP năm 2026 cho các địa phương."),
    P("Cụ thể: Sơn La: 9%; Lai Châu: 10,5%; Điện Biên: 9,5%. Các tỉnh, thành phố còn lại phấn đấu đạt trên 8%."),
    # counterexample: 'còn lại' with no list of units above names no level
    P("Phấn đấu các chỉ tiêu còn lại đạt trên 90%."),
], [R("Sơn La", level="tỉnh", value=9), R("Lai Châu", level="tỉnh", value=10.5),
    R("Điện Biên", level="tỉnh", value=9.5), R("còn lại", level="tỉnh", cmp=">", value=8),
    R("chỉ tiêu còn lại", cmp=">", value=90)])

SHAPES["units_of_a_province_take_the_first_units_kind"] = ([
    P("UBND tỉnh giao chỉ tiêu giảm tỷ lệ hộ nghèo năm 2026 cho các huyện, thị xã, thành phố."),
    P("Cụ thể, huyện Sơn Động giảm từ 5,5-6% (tương ứng 900-980 hộ); Lục Ngạn 3-3,5%; Quảng Ninh 2-2,4%; "
      "thị xã Chũ 1-1,2% và TP. Bắc Giang 0,1-0,2%."),
], [R("huyện Sơn Động", level="huyện", cmp="range", value=5.5, high=6, year=2026),
    R("Lục Ngạn", level="huyện", cmp="range", value=3, high=3.5),
    # a district that shares a province's name, and a province's city, rank with the list's districts
    R("Quảng Ninh", level="huyện", cmp="range", value=2, high=2.4),
    R("thị xã Chũ", level="huyện", cmp="range", value=1, high=1.2),
    R("TP. Bắc Giang", level="huyện", cmp="range", value=0.1, high=0.2)])

SHAPES["centrally_run_cities_with_la_are_provinces"] = ([
    P("Bộ Y tế đặt chỉ tiêu tỷ lệ tiêm chủng đầy đủ năm 2026 cho các địa phương: thành phố Hà Nội là 98%, "
      "Thành phố Hồ Chí Minh là 97,5%, tỉnh Cà Mau 96%, tỉnh Gia Lai 95%."),
], [R("thành phố Hà Nội", level="tỉnh", value=98), R("Thành phố Hồ Chí Minh", level="tỉnh", value=97.5),
    R("tỉnh Cà Mau", level="tỉnh", value=96), R("tỉnh Gia Lai", level="tỉnh", value=95)])

# a list of targets per unit, one item each: the item's unit is its level
SHAPES["one_unit_per_list_item"] = ([
    P("UBND tỉnh giao chỉ tiêu tỷ lệ tham gia bảo hiểm y tế năm 2026 cho các địa phương như sau:"),
    P("- Huyện Lục Yên: 95%;", "list_item"),
    P("- Thị xã Nghĩa Lộ: 97%;", "list_item"),
    P("- Thành phố Yên Bái: 98%;", "list_item"),
    P("- Thành phố Hải Phòng: 96%.", "list_item"),
], [R("Huyện Lục Yên", level="huyện", value=95), R("Thị xã Nghĩa Lộ", level="huyện", value=97),
    R("Thành phố Yên Bái", level="huyện", value=98), R("Thành phố Hải Phòng", level="tỉnh", value=96)])

# counterexample: items that name what is measured, in capitals or not, have no level
SHAPES["items_that_are_no_units"] = ([
    P("Kế hoạch đặt các chỉ tiêu sau:"),
    P("- Nông nghiệp: 15%;", "list_item"),
    P("- XÃ HỘI: 95%;", "list_item"),
], [R("Nông nghiệp", value=15), R("", value=95)])   # no level either way

# an annex table of targets per unit: 'Đơn vị' over unit names is the label column, each row its unit's level
SHAPES["table_of_targets_per_unit"] = (HEADER_PLAN + [
    P("Phụ lục: Chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình năm 2026 giao cho các địa phương"),
    T(["STT", "Đơn vị", "Chỉ tiêu năm 2026 (%)"], ["1", "Huyện Lục Yên", "85"], ["2", "Thị xã Nghĩa Lộ", "90"],
      ["3", "Thành phố Yên Bái", "95"]),
], [R("Huyện Lục Yên", level="huyện", value=85, year=2026), R("Thị xã Nghĩa Lộ", level="huyện", value=90),
    R("Thành phố Yên Bái", level="huyện", value=95)])

# counterexample: 'Đơn vị' as the unit of measure keeps that role; the rows name what is measured, at no level
SHAPES["table_unit_of_measure_column"] = (HEADER_PLAN + [
    T(["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2026"], ["1", "Tỷ lệ hồ sơ trực tuyến", "%", "85"],
      ["2", "Thu nhập bình quân đầu người", "triệu đồng", "70"]),
], [R("Tỷ lệ hồ sơ trực tuyến", value=85), R("Thu nhập bình quân đầu người", value=70, unit="triệu đồng")])

# counterexamples: the same lists reporting results; sectors, not units; two units compared
SHAPES["units_listed_as_results"] = ([
    P("Năm 2025, tăng trưởng GRDP của các tỉnh vùng đồng bằng sông Hồng đạt khá."),
    P("Cụ thể: Quảng Ninh: 11%; Hải Dương: 10,2%; Hải Phòng: 10,5%; Bắc Ninh: 5%."),
], [])

SHAPES["units_listed_under_a_results_lead"] = ([
    P("Kết quả thực hiện mục tiêu tăng trưởng 6 tháng đầu năm 2025 của các tỉnh: Quảng Ninh: 8%; Hải Dương: 7%; "
      "Hải Phòng: 9%."),
    P("Tình hình thực hiện chỉ tiêu giải ngân đến ngày 30/6: huyện Lục Yên đạt 45%; huyện Văn Chấn đạt 38%; "
      "thị xã Nghĩa Lộ đạt 52%."),
], [])

SHAPES["sectors_are_no_units"] = ([
    P("Phấn đấu cơ cấu kinh tế năm 2030: Nông nghiệp: 15%; Công nghiệp: 45%; Dịch vụ: 40%."),
], [R("cơ cấu kinh tế", value=15), R("cơ cấu kinh tế", value=45), R("cơ cấu kinh tế", value=40)])   # no level


# --- a later year's figure is that year's target, not the result of the target before it -------------------

SHAPES["later_year_after_a_target_is_a_second_target"] = ([
    P("Theo đó, tỉnh phấn đấu đến năm 2026 kinh tế số chiếm tối thiểu 15% GRDP, đến năm 2030 đạt 25%."),
    P("Tỷ lệ hộ gia đình có cáp quang đạt trên 85% (đến năm 2030 đạt 100%)."),
], [R("kinh tế số chiếm GRDP", value=15, year=2026), R("kinh tế số chiếm GRDP", value=25, year=2030),
    R("tỷ lệ hộ gia đình có cáp quang", cmp=">", value=85), R("tỷ lệ hộ gia đình có cáp quang", value=100, year=2030)])

SHAPES["later_year_in_brackets_keeps_the_targets_label"] = ([
    P("Kế hoạch đặt mục tiêu đến năm 2026."),
    P("Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt tối thiểu 40% (đến năm 2030 đạt tối thiểu 60%, riêng "
      "doanh nghiệp ngành logistics và bán lẻ đạt tối thiểu 80%)."),
], [R("doanh nghiệp nhỏ và vừa sử dụng nền tảng số", value=40),
    R("doanh nghiệp nhỏ và vừa sử dụng nền tảng số", value=60, year=2030),
    R("riêng doanh nghiệp ngành logistics và bán lẻ", value=80)])

# counterexample: a result against its target keeps pairing ('kế hoạch ... là 80%, đạt 85%')
SHAPES["result_against_plan_still_pairs"] = ([
    P("Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 85%, vượt chỉ tiêu được giao (80%)."),
], [R("tỷ lệ hồ sơ trực tuyến", value=80, actual=85, status="vượt")])


# --- a commune's targets: 'đạt và vượt' is at least; an income in bare 'triệu' is in đồng -------------------

SHAPES["reach_or_exceed_and_bare_amounts"] = ([
    P("Kỳ họp thông qua Nghị quyết về nhiệm vụ năm 2026 với 18 chỉ tiêu chủ yếu là: Thu nhập bình quân đầu người "
      "đạt 68 triệu; tổng sản lượng lương thực đạt và vượt 9.500 tấn; tổng thu ngân sách trên địa bàn đạt 45 tỷ; "
      "tỷ lệ hộ dùng nước sạch đạt hoặc vượt 95%."),
], [R("Thu nhập bình quân đầu người", value=68, unit="triệu đồng"),
    R("tổng sản lượng lương thực", value=9500, unit="tấn"),
    R("tổng thu ngân sách trên địa bàn", value=45, unit="tỷ đồng"),
    R("tỷ lệ hộ dùng nước sạch", value=95)])

# counterexamples: a bare 'triệu' of people or visitors is no money; 'vượt' alone is more than
SHAPES["bare_scale_of_people_and_plain_vuot"] = ([
    P("Phấn đấu năm 2026 dân số toàn tỉnh đạt 1,3 triệu; tỷ lệ che phủ rừng vượt 60%."),
], [R("tỷ lệ che phủ rừng", cmp=">", value=60)])


# --- a result over its plan whose unit names two things ------------------------------------------------------

SHAPES["result_over_plan_unit_with_a_comma"] = ([
    P("Năm 2025, huyện Tân Lập đề ra 20 chỉ tiêu."),
    P("Huyện hoàn thành xây mới, sửa chữa 215/200 nhà ở, nhà đại đoàn kết, đạt 107,5%."),
], [R("xây mới sửa chữa", value=200, unit="nhà ở, nhà đại đoàn kết", actual=215)])

# counterexample: a count within its whole, two things named, is a fraction, not a result over a plan
SHAPES["fraction_with_two_things_named"] = ([
    P("Năm 2025, huyện Tân Lập đề ra 20 chỉ tiêu."),
    P("Có 629/731 trường học, nhà trẻ, đạt 86%."),
], [])


# --- an amount reported against 'so với chỉ tiêu X' / 'so với kế hoạch X' in the same unit ------------------

SHAPES["amount_against_its_target_in_one_sentence"] = ([
    P("Năm 2025, kinh tế - xã hội của tỉnh đạt nhiều kết quả."),
    P("Kim ngạch xuất khẩu ước đạt trên 2,3 tỷ USD, cao hơn nhiều so với chỉ tiêu 1,9 tỷ USD của Nghị quyết."),
    P("Tổng thu ngân sách đạt 1.320 tỷ đồng, vượt so với kế hoạch 1.200 tỷ đồng."),
], [R("Kim ngạch xuất khẩu", value=1.9, unit="tỷ USD", actual=2.3),
    R("Tổng thu ngân sách", value=1200, unit="tỷ đồng", actual=1320, status="vượt")])

# counterexamples: an amount and a percentage do not pair; an amount with no target word stays a bare result
SHAPES["amount_and_share_of_other_units_do_not_pair"] = ([
    P("Năm 2025, kinh tế - xã hội của tỉnh đạt nhiều kết quả."),
    P("Vốn đầu tư giải ngân đạt 1.320 tỷ đồng; tỷ lệ giải ngân đạt 85%, vượt chỉ tiêu được giao (80%)."),
    P("Kim ngạch xuất khẩu đạt 2,3 tỷ USD, tăng 12% so với năm 2024."),
], [R("tỷ lệ giải ngân", value=80, actual=85, status="vượt")])


# --- a target restated as the purpose of others after a comma is not a new one -------------------------------

SHAPES["purpose_after_a_comma_restates"] = ([
    P("Chính phủ ban hành Nghị quyết về mục tiêu tăng trưởng năm 2026 đạt 10% trở lên."),
    P("Theo đó, Chính phủ giao mục tiêu cho các ngành, nhằm thực hiện thắng lợi mục tiêu tăng trưởng cả nước năm "
      "2026 đạt 10% trở lên."),
], [R("mục tiêu tăng trưởng năm 2026", value=10)])

# counterexample: a purpose clause followed by a target of its own keeps that target
SHAPES["purpose_then_own_target"] = ([
    P("Nhằm thực hiện mục tiêu tăng trưởng, tỉnh phấn đấu giải ngân vốn đầu tư công đạt 95% trở lên."),
], [R("giải ngân vốn đầu tư công", value=95)])


# --- a share of the target ('đạt 98,5% so với chỉ tiêu') is a result, not a target of 98,5% -----------------

SHAPES["share_of_the_target_sets_none"] = ([
    P("Năm 2025, huyện đạt nhiều kết quả quan trọng."),
    P("Giá trị sản xuất nông nghiệp đạt 3.400 tỷ đồng, đạt 98,5% so với chỉ tiêu Nghị quyết. Thu ngân sách đạt "
      "1.200 tỷ đồng, bằng 105% so với kế hoạch, tăng 12% so với cùng kỳ."),
    # counterexample: a target the same words set ('phấn đấu ... so với chỉ tiêu' is still a plan)
    P("Năm 2026, phấn đấu tỷ lệ giải ngân đạt 100% so với chỉ tiêu được giao."),
], [R("tỷ lệ giải ngân", value=100, year=2026)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


@pytest.mark.parametrize("text, units", [
    ("Quảng Ninh: 12%; Hải Dương: 10,2%; Bà Rịa - Vũng Tàu: 10%", [("Quảng Ninh", "tỉnh"), ("Hải Dương", "tỉnh"),
                                                                 ("Bà Rịa - Vũng Tàu", "tỉnh")]),
    ("xã Tân Lập 95%, xã Hòa Bình 96%, phường Đông Hà 98%", [("xã Tân Lập", "xã"), ("xã Hòa Bình", "xã"),
                                                          ("phường Đông Hà", "xã")]),
    ("quận Ba Đình đạt 99%; quận Hoàn Kiếm 98%; huyện Sóc Sơn 90%", [("quận Ba Đình", "huyện"),
                                                                    ("quận Hoàn Kiếm", "huyện"),
                                                                    ("huyện Sóc Sơn", "huyện")]),
    # counterexamples: fewer than three units; a named part that is no unit; unnamed figures
    ("Hà Nội: 8%; Hải Phòng: 12%", []),
    ("Quảng Ninh: 12%; Nông nghiệp: 5%; Hải Dương: 10%", []),
    ("năm 2022 là 92,6%, năm 2023 là 93,2%, năm 2024 là 94,1%", []),
])
def test_unit_entries(text, units):
    assert [(label, level) for _, label, level, _ in unit_entries(text)] == units
