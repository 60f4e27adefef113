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


# --- round 9: a group given its own bound ('…dưới 11%, riêng tại vùng miền núi dưới 15%') measures what the clause
# before it measures, for that group -----------------------------------------------------------------------------

SHAPES["group_bound_after_a_comma"] = ([
    P("Chương trình đặt mục tiêu đến năm 2027, tỷ lệ trẻ em dưới 5 tuổi bị thấp còi dưới 18%, riêng tại vùng dân tộc "
      "thiểu số dưới 24%; tỷ lệ phụ nữ mang thai thiếu máu dưới 22%, riêng ở khu vực miền núi dưới 26%."),
], [R("trẻ em thấp còi", cmp="<", value=18, year=2027), R("trẻ em thấp còi vùng dân tộc thiểu số", cmp="<", value=24),
    R("phụ nữ mang thai thiếu máu", cmp="<", value=22), R("phụ nữ mang thai thiếu máu miền núi", cmp="<", value=26)])

SHAPES["group_bound_after_a_semicolon"] = ([
    P("Mục tiêu năm 2026: tỷ lệ hộ nghèo giảm 1,5%; riêng đối với các xã đặc biệt khó khăn giảm 4%."),
], [R("tỷ lệ hộ nghèo", value=1.5), R("tỷ lệ hộ nghèo xã đặc biệt khó khăn", value=4)])


# counterexample: a clause that names its own measure after 'riêng' is not joined to the one before
def test_group_part_keeps_its_own_measure_words():
    labels = [r.label for r in run(SHAPES["group_bound_after_a_comma"][0])]
    assert labels[1].startswith("tỷ lệ trẻ em") and "riêng" not in labels[1]
    labels = [r.label for r in run([P("Phấn đấu năm 2026 tỷ lệ che phủ rừng đạt 60%; tỷ lệ hộ nghèo dưới 2%.")])]
    assert labels[1] == "tỷ lệ hộ nghèo"


# --- round 9: the units setting targets are their level ('Các xã, phường … xác định mục tiêu … như: A; B; C'), and
# a lead ending 'như:' is no part of the first item's label; its items end with the paragraph ----------------------

SHAPES["communes_set_targets_such_as"] = ([
    P("Các xã, phường cũng đã xác định mục tiêu chuyển đổi số giai đoạn 2026-2030 như: Bảo đảm hơn 85% thủ tục "
      "hành chính được cung cấp trực tuyến toàn trình; tối thiểu 70% hồ sơ được xử lý trên môi trường mạng; 50-70% "
      "người dân có tài khoản định danh điện tử mức độ 2..."),
    # counterexample: the next paragraph reports what the province has, no item of that list
    P("Toàn tỉnh hiện có 1.520 tổ công nghệ số cộng đồng với 9.800 thành viên."),
], [R("thủ tục hành chính trực tuyến toàn trình", level="xã", cmp=">", value=85, year=2030),
    R("hồ sơ được xử lý trên môi trường mạng", level="xã", value=70),
    R("tài khoản định danh điện tử", level="xã", cmp="range", value=50, high=70)])

SHAPES["districts_set_targets_as_follows"] = ([
    P("Các huyện, thị xã đề ra mục tiêu năm 2026 như sau: tỷ lệ hồ sơ trực tuyến đạt 80%; tỷ lệ thanh toán trực "
      "tuyến đạt 50%."),
], [R("tỷ lệ hồ sơ trực tuyến", level="huyện", value=80), R("tỷ lệ thanh toán trực tuyến", level="huyện", value=50)])

# counterexamples: a group of communes by their condition, or bodies of several levels, name no level
SHAPES["groups_and_mixed_bodies_name_no_level"] = ([
    P("Các xã đặc biệt khó khăn phấn đấu năm 2026: tỷ lệ hộ nghèo giảm 4%; tỷ lệ che phủ rừng đạt 60%."),
    P("Các sở, ngành và các xã xác định mục tiêu năm 2026 như: tỷ lệ hồ sơ trực tuyến đạt 80%; tỷ lệ thanh toán "
      "trực tuyến đạt 50%."),
], [R("tỷ lệ hộ nghèo", value=4), R("tỷ lệ che phủ rừng", value=60), R("tỷ lệ hồ sơ trực tuyến", value=80),
    R("tỷ lệ thanh toán trực tuyến", value=50)])


def test_such_as_lead_is_not_the_first_label():
    labels = [r.label for r in run(SHAPES["communes_set_targets_such_as"][0])]
    assert not any("xác định" in x for x in labels)


# --- round 9: a paragraph of aims with no figure ('Đại hội xác định giai đoạn 2026-2030, xây dựng tỉnh … trở
# thành …') and the next paragraph's bare measures: its targets, for its period -----------------------------------

SHAPES["bare_measures_after_a_paragraph_of_aims"] = ([
    P("Đại hội xác định giai đoạn 2026-2030, xây dựng tỉnh trở thành trung tâm công nghiệp chế biến của vùng."),
    P("Tốc độ tăng trưởng GRDP bình quân đạt 9,5%. Quy mô GRDP theo giá hiện hành 412.500 tỷ đồng. GRDP bình quân "
      "đầu người đến năm 2030 là 152,3 triệu đồng. Tỷ lệ đô thị hóa là 45%."),
], [R("Tốc độ tăng trưởng GRDP", value=9.5, year=2030), R("Quy mô GRDP", value=412500, unit="tỷ đồng", year=2030),
    R("GRDP bình quân đầu người", value=152.3, unit="triệu đồng", year=2030), R("đô thị hóa", value=45, year=2030)])

# counterexamples: a paragraph of what was done after the aims, a sentence of another year, a paragraph further on
SHAPES["results_after_a_paragraph_of_aims"] = ([
    P("Nghị quyết Đại hội nhất trí mục tiêu, định hướng và nhiệm vụ, giải pháp nhiệm kỳ 2026-2030."),
    P("Nhiệm kỳ vừa qua, GRDP tăng bình quân 8,2%. Năm 2024, thu ngân sách 12.000 tỷ đồng."),
    P("Tỉnh có 1.200 doanh nghiệp đang hoạt động."),
], [])

SHAPES["aims_two_paragraphs_back_cue_nothing"] = ([
    P("Hội nghị đề ra mục tiêu đến năm 2030 xây dựng huyện đạt chuẩn nông thôn mới nâng cao."),
    P("Huyện có 18 xã và 2 thị trấn."),
    P("Thu ngân sách trên địa bàn 850 tỷ đồng."),
], [])

# --- round 9: a count of things upgraded is a target too ('phấn đấu … nâng cấp 8 mô hình du lịch cộng đồng') -------

SHAPES["count_of_things_upgraded"] = ([
    P("Bên cạnh đó, tỉnh phấn đấu chuẩn hóa, nâng cấp 12 mô hình du lịch cộng đồng đến năm 2027."),
    # counterexample: upgrades done are results
    P("Năm 2024, tỉnh đã nâng cấp 9 mô hình du lịch cộng đồng."),
], [R("nâng cấp mô hình du lịch cộng đồng", value=12, unit="mô hình", year=2027)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
