"""Results and targets found on held-out round 27 (a commune's results against its resolution, a district's
targets, a province's plan): each rule a table of strings written in the genre's style (paraphrased, not copied),
with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. results written 'actual/plan' with a measure glued ('41,5/40ha') and 'tăng X%' the excess over the plan,
# the arithmetic agreeing; a short clause may come between ('thu về 210 tấn') --------------------------------------

SHAPES["crop_areas_over_plan_with_increase"] = ([
    P("Năm 2023, diện tích lúa nước trên địa bàn xã đạt 41,5/40ha, tăng 3,8%; cây sắn 66/60ha, tăng 10%; "
      "cây quế:25/20ha, thu về 210 tấn, tăng 25% so với kế hoạch."),
], [R("cây quế", value=20, unit="ha", actual=25),            # the pairs with a plan word are read first
    R("diện tích lúa nước", value=40, unit="ha", actual=41.5),
    R("cây sắn", value=60, unit="ha", actual=66)])
SHAPES["amount_over_plan_with_increase"] = ([
    P("Sản lượng lương thực đạt 1.320/1.200 tấn, tăng 10% so với kế hoạch."),
], [R("Sản lượng lương thực", value=1200, unit="tấn", actual=1320)])

# counterexamples: an increase that is not a/b (growth on the year before); a fraction of a whole with its growth
SHAPES["increase_that_is_not_the_pair"] = ([
    P("Năm 2023, diện tích lúa nước trên địa bàn xã đạt 41,5/40ha, tăng 12% so với cùng kỳ."),
], [])
SHAPES["fraction_with_growth"] = ([
    P("Năm 2023, có 12/15 thôn có nhà văn hóa, tăng 20%."),
], [])


# --- 2. several targets in one sentence of a plan: a count that opens its clause with what the things are to reach
# ('…; 37 xã đạt chuẩn nâng cao, 12 xã đạt chuẩn kiểu mẫu'), amounts listed after 'lên' ('đàn heo lên 550.000 con,
# đàn bò 125.500 con'), and 'nông thôn mới đạt', where 'mới' is the noun's and no 'just reached' -------------------

SHAPES["counts_opening_clauses_of_a_plan_sentence"] = ([
    P("Theo đó, huyện phấn đấu đến năm 2027, giá trị sản xuất trên 1 ha đất trồng trọt đạt 130 triệu đồng; "
      "xây dựng nông thôn mới đạt 100% xã đạt chuẩn; 21 xã đạt chuẩn nâng cao, 7 xã đạt chuẩn kiểu mẫu, "
      "tỷ lệ che phủ rừng đạt 18,2%."),
], [R("giá trị sản xuất đất trồng trọt", value=130, unit="triệu đồng", year=2027),
    R("nông thôn mới xã đạt chuẩn", value=100, year=2027),
    R("xã đạt chuẩn nâng cao", value=21, unit="xã", year=2027),
    R("xã đạt chuẩn kiểu mẫu", value=7, unit="xã", year=2027),
    R("tỷ lệ che phủ rừng", value=18.2, year=2027)])
SHAPES["herd_sizes_listed_after_len"] = ([
    P("Ngành nông nghiệp đặt mục tiêu phát triển chăn nuôi theo hướng trang trại với đàn lợn lên 420.000 con, "
      "đàn bò 96.000 con, đàn gia cầm đạt 8 triệu con."),
], [R("đàn lợn", value=420000, unit="con"), R("đàn bò", value=96000, unit="con"),
    R("đàn gia cầm", value=8, unit="triệu con")])

# counterexamples: a report's clause opened by a count; 'mới đạt' that is 'only reached'; prices that rose
SHAPES["report_clause_opened_by_a_count"] = ([
    P("Năm 2023, toàn huyện có 21 xã đạt chuẩn nông thôn mới; 7 xã đạt chuẩn nâng cao, 2 xã đạt chuẩn kiểu mẫu."),
], [])
SHAPES["only_just_reached"] = ([
    P("Đến nay, tỷ lệ che phủ rừng mới đạt 15,1%, tỷ lệ hộ dùng nước sạch mới đạt 62%."),
], [])
SHAPES["price_went_up"] = ([
    P("Trong quý III, giá thịt lợn hơi lên 62.000 đồng/kg, giá lúa lên 7.800 đồng/kg."),
], [])

# --- 3. 'trên 1 ha đất' is 'per hectare of land', no target of more than one hectare -------------------------------

SHAPES["value_per_one_hectare"] = ([
    P("Đến năm 2027, giá trị sản phẩm thu hoạch bình quân trên 1 ha đất canh tác đạt khoảng 140 triệu đồng."),
], [R("giá trị sản phẩm thu hoạch bình quân trên 1 ha đất canh tác", value=140, unit="triệu đồng", year=2027)])
# counterexample: more than one hectare, the sentence ending after it
SHAPES["more_than_one_hectare"] = ([
    P("Đến năm 2027, phấn đấu diện tích trồng sâm mỗi hộ đạt trên 1 ha."),
], [R("diện tích trồng sâm mỗi hộ", cmp=">", value=1, unit="ha", year=2027)])

# --- 4. a list of targets a lead opened ('các chỉ tiêu chủ yếu … là: …'): an item answers to the lead, not to a cue of
# the item before it ('có 4/5 trường …' is no tally of what was done there); a part of a whole is an item too; a
# comma piece that gives only the period ('…, đến năm 2025 đạt từ 85 triệu đồng') is of the measure named before it

_LEAD = "Xã Tân Phú đề ra các chỉ tiêu chủ yếu trong 5 năm là: "
SHAPES["list_item_after_a_part_of_a_whole"] = ([
    P(_LEAD + "trên 90% cơ sở sản xuất đảm bảo quy định về môi trường; có 3/4 trường học đạt chuẩn quốc gia; "
      "bảo hiểm y tế toàn dân đạt 92% vào năm 2025; 97% hộ dân sử dụng nước hợp vệ sinh."),
], [R("cơ sở sản xuất đảm bảo quy định về môi trường", cmp=">", value=90),
    R("trường học đạt chuẩn quốc gia", value=3, unit="trường học"),
    R("bảo hiểm y tế toàn dân", value=92, year=2025),
    R("hộ dân sử dụng nước hợp vệ sinh", value=97)])
SHAPES["period_piece_after_its_measure"] = ([
    P(_LEAD + "đưa thu nhập bình quân đầu người theo tiêu chí nông thôn mới, đến năm 2025 đạt từ 70 triệu đồng; "
      "trên 60% lao động qua đào tạo."),
], [R("thu nhập bình quân đầu người theo tiêu chí nông thôn mới", value=70, unit="triệu đồng", year=2025),
    R("lao động qua đào tạo", cmp=">", value=60)])

# counterexamples: a tally of units in a report; a part of a whole in a report's sentence
SHAPES["tally_in_a_report"] = ([
    P("Năm 2024, có 12/15 xã hoàn thành việc rà soát hộ nghèo, 95% hộ dân được cấp giấy chứng nhận."),
], [])
SHAPES["part_of_whole_in_a_report"] = ([
    P("Đến nay, toàn xã có 3/4 trường học đạt chuẩn quốc gia."),
], [])

# --- 5. a plan's paragraph that goes on after its cue: parts of a subject listed 'lần lượt' ('tỷ trọng … nông nghiệp,
# thủy sản, lâm nghiệp chiếm lần lượt là: 58%, 30%, 12%'), an amount after 'chiếm', a part of it after 'trong đó' with
# the unit glued ('700 -900ha'); the aim's own end year ('Năm 2025' after 'giai đoạn 2021-2025') is no other time --

_AIM = "Theo đó, giai đoạn 2021-2025, toàn tỉnh phấn đấu giá trị sản xuất nông nghiệp tăng bình quân hằng năm 3,5%. "
SHAPES["parts_listed_respectively"] = ([
    P(_AIM + "Năm 2025, tỷ trọng giá trị sản xuất nông nghiệp, thủy sản, lâm nghiệp chiếm lần lượt là: 58%, 30%, 12%; "
      "diện tích rau, đậu thực phẩm chiếm 18.000ha, trong đó 700 -900ha rau được chứng nhận VietGAP."),
], [R("giá trị sản xuất nông nghiệp tăng bình quân", value=3.5, year=2025),
    R("tỷ trọng giá trị sản xuất nông nghiệp", value=58, year=2025),
    R("tỷ trọng giá trị sản xuất thủy sản", value=30, year=2025),
    R("tỷ trọng giá trị sản xuất lâm nghiệp", value=12, year=2025),
    R("diện tích rau, đậu thực phẩm", value=18000, unit="ha", year=2025),
    R("rau được chứng nhận VietGAP", cmp="range", value=700, high=900, unit="ha", year=2025)])

# counterexamples: shares listed so in a report; parts and figures that differ in number (not split by part); an
# amount 'chiếm' in a report's paragraph
SHAPES["parts_listed_in_a_report"] = ([
    P("Năm 2020, tỷ trọng giá trị sản xuất nông nghiệp, thủy sản chiếm lần lượt là: 64%, 25%."),
], [])
SHAPES["parts_and_figures_differ"] = ([
    P("Đến năm 2025, phấn đấu tỷ trọng nông nghiệp, thủy sản, lâm nghiệp chiếm lần lượt là: 60%, 40%."),
], [R("tỷ trọng nông nghiệp, thủy sản, lâm nghiệp", value=60, year=2025),
    R("tỷ trọng nông nghiệp, thủy sản, lâm nghiệp", value=40, year=2025)])
SHAPES["tally_opened_by_trong_do"] = ([
    P("Năm 2026, phấn đấu cắt giảm 20% chi phí đào tạo truyền thống. Hiện đã có 15 khóa học được triển khai, với 2.000 "
      "lượt học tự do. Trong đó có 4 khóa học về an toàn thông tin với tổng 80.000 lượt học."),
], [R("cắt giảm chi phí đào tạo truyền thống", value=20, year=2026)])
SHAPES["amount_chiem_in_a_report"] = ([
    P("Năm 2020, diện tích rau, đậu thực phẩm toàn tỉnh chiếm 15.000ha, trong đó 500 -600ha rau an toàn."),
], [])

# --- 6. an amount named after 'và' shares the verb of the figure before it ('đạt tốc độ tăng trưởng từ 3 - 3,5% và kim
# ngạch xuất khẩu 65 tỷ USD'); in the paragraph of an aim, a change against a year before it ('tăng 40% so với năm
# 2020') is a target ----------------------------------------------------------------------------------------------

SHAPES["amount_named_after_va"] = ([
    P("Bộ trưởng yêu cầu ngành phấn đấu đạt tốc độ tăng trưởng từ 3 - 3,5% và kim ngạch xuất khẩu 65 tỷ USD."),
], [R("tốc độ tăng trưởng", cmp="range", value=3, high=3.5), R("kim ngạch xuất khẩu", value=65, unit="tỷ USD")])
SHAPES["change_on_a_year_before_the_aim"] = ([
    P("Đến năm 2026, tỷ lệ lao động qua đào tạo đạt trên 60%. Số hợp tác xã nông nghiệp thành lập mới tăng 40% so "
      "với năm 2021; trên 75% hợp tác xã hoạt động có hiệu quả."),
], [R("tỷ lệ lao động qua đào tạo", cmp=">", value=60, year=2026),
    R("Số hợp tác xã nông nghiệp thành lập mới tăng so với năm 2021", value=40),
    R("hợp tác xã hoạt động có hiệu quả", cmp=">", value=75)])

# counterexamples: a change on the year before in a report; a result named after 'và' in a report
SHAPES["change_on_last_year_in_a_report"] = ([
    P("Năm 2024, tỷ lệ lao động qua đào tạo đạt 58%. Số hợp tác xã thành lập mới tăng 12% so với năm 2023."),
], [])
SHAPES["amounts_after_va_in_a_report"] = ([
    P("Năm 2024, ngành đạt tốc độ tăng trưởng 3,3% và kim ngạch xuất khẩu 62,5 tỷ USD."),
], [])

# --- 7. 'hiện có tổng số hơn 65% …' reports what there is now, even after a paragraph of targets ------------------

SHAPES["now_has_in_total"] = ([
    P("Năm 2026, phấn đấu 100% siêu thị có tài khoản trên sàn thương mại điện tử."),
    P("Thành phố hiện có tổng số hơn 65% dân số có điện thoại thông minh, là lợi thế để phát triển kinh tế số."),
], [R("siêu thị có tài khoản trên sàn thương mại điện tử", value=100, year=2026)])
# counterexample: a target of more than a share in the paragraph after, with no 'hiện có'
SHAPES["more_than_a_share_after_targets"] = ([
    P("Năm 2026, phấn đấu 100% siêu thị có tài khoản trên sàn thương mại điện tử."),
    P("Tỷ lệ dân số có điện thoại thông minh trên 85%."),
], [R("siêu thị có tài khoản trên sàn thương mại điện tử", value=100, year=2026),
    R("Tỷ lệ dân số có điện thoại thông minh", cmp=">", value=85)])

@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
