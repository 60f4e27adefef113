"""Target shapes read off round 6's held-out excerpts once they had been scored (a commune party congress's
numbered targets under a heading with no colon, a Prime Minister's decision assigning coverage rates per year and
per province): each rule a table of strings written in the genre's style (paraphrased, not copied), with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

from extractor.link.units import assigned_level, unit_entries

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a heading with no colon opens a list of targets; theme sub-headings do not close it ------------------------

SHAPES["heading_without_colon_then_theme_subheadings"] = ([
    P("Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030)"),
    P("- Về kinh tế:", "list_item"),
    P("(1) Thu nhập bình quân đầu người đến năm 2030: 80 triệu đồng/năm.", "list_item"),
    P("(2) Tỷ lệ tăng thu ngân sách bình quân hằng năm: 12% trở lên.", "list_item"),
    P("- Về văn hóa - xã hội:", "list_item"),
    P("(3) Tỷ lệ lao động qua đào tạo: trên 75%.", "list_item"),
    P("(4) Số trường học đạt chuẩn quốc gia: 06 trường.", "list_item"),
], [R("Thu nhập bình quân đầu người", value=80, unit="triệu đồng", year=2030),
    R("Tỷ lệ tăng thu ngân sách", value=12, year=2030),     # the heading's period, however far down
    R("Tỷ lệ lao động qua đào tạo", cmp=">", value=75, year=2030),
    R("Số trường học đạt chuẩn quốc gia", value=6, unit="trường", year=2030)])

SHAPES["heading_in_capitals_without_colon"] = ([
    P("CÁC CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2030"),
    P("a) Tỷ lệ hộ nghèo đa chiều: dưới 1,5%.", "list_item"),
    P("b) Tỷ lệ che phủ rừng: 45%.", "list_item"),
], [R("Tỷ lệ hộ nghèo đa chiều", cmp="<", value=1.5, year=2030), R("Tỷ lệ che phủ rừng", value=45, year=2030)])

# counterexample: a heading about results opens no list; a plain paragraph after the heading closes it
SHAPES["results_heading_and_closed_list_open_none"] = ([
    P("Kết quả thực hiện các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)"),
    P("(1) Tỷ lệ lao động qua đào tạo: 70,5%.", "list_item"),
    P("Các chỉ tiêu chủ yếu năm 2026"),
    P("Năm 2025, tỷ lệ hộ nghèo của xã còn 2,1%."),
    P("(2) Tỷ lệ hộ dân dùng nước sạch: 98%.", "list_item"),
], [])

# --- the parts of one item ('Cơ cấu kinh tế: A: x%; B: y%') are labelled with the item's head ---------------------

SHAPES["parts_of_an_item_take_its_head"] = ([
    P("Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030)"),
    P("(1) Cơ cấu kinh tế đến năm 2030: Nông nghiệp: 30%; công nghiệp - xây dựng: 40%; dịch vụ: 30%.", "list_item"),
    # counterexample: an item whose head has a figure of its own lists siblings, not parts
    P("(2) Tỷ lệ thôn văn hóa: 95%; hộ gia đình văn hóa: 85%.", "list_item"),
], [R("Cơ cấu kinh tế Nông nghiệp", value=30), R("Cơ cấu kinh tế công nghiệp xây dựng", value=40),
    R("Cơ cấu kinh tế dịch vụ", value=30), R("Tỷ lệ thôn văn hóa", value=95), R("hộ gia đình văn hóa", value=85)])


def test_sibling_is_not_labelled_with_the_first_items_head():
    from test_indicator_variants import run
    blocks, _ = SHAPES["parts_of_an_item_take_its_head"]
    last = run(blocks)[-1]
    assert "thôn" not in last.label


# --- targets assigned year by year to a named unit ('tỉnh X được giao tỷ lệ ... năm 2026 là a%, năm 2027 là b%') ---

SHAPES["year_by_year_targets_assigned_to_a_province"] = ([
    P("Theo quyết định, tỉnh Hà Tĩnh được giao tỷ lệ tham gia bảo hiểm y tế năm 2026 là 94,5%, năm 2027 là 95,2%, "
      "năm 2028 là 96%."),
], [R("Hà Tĩnh", level="tỉnh", value=94.5, year=2026), R("Hà Tĩnh", level="tỉnh", value=95.2, year=2027),
    R("Hà Tĩnh", level="tỉnh", value=96, year=2028)])

# a body that assigns a national rate year by year: no level
SHAPES["year_by_year_national_targets_after_giao"] = ([
    P("Thủ tướng giao tỷ lệ tham gia bảo hiểm y tế toàn quốc năm 2026 là 94%, năm 2027 là 95%."),
], [R("bảo hiểm y tế toàn quốc", value=94, year=2026), R("bảo hiểm y tế toàn quốc", value=95, year=2027)])

# counterexamples: a result measured against what was assigned sets no target
SHAPES["share_of_what_was_assigned_sets_none"] = ([
    P("Năm 2025, huyện đạt nhiều kết quả."),
    P("Giải ngân vốn đầu tư công đạt 96% kế hoạch được giao; thu nội địa bằng 28,4% dự toán Trung ương giao."),
], [])


@pytest.mark.parametrize("before, level", [
    ("tỉnh Hà Tĩnh được giao tỷ lệ tham gia bảo hiểm y tế năm 2026 là ", "tỉnh"),
    ("Cụ thể, huyện Hương Khê được giao tỷ lệ giảm nghèo ", "huyện"),
    ("Thành phố Hồ Chí Minh được giao tỷ lệ ", "tỉnh"),
    ("Hà Tĩnh được giao tỷ lệ ", "tỉnh"),
    # counterexamples: a level word with no name, and a body that assigns
    ("Huyện được giao tỷ lệ giải ngân năm 2026 là ", None),
    ("Các địa phương còn lại được giao chỉ tiêu ", None),
    ("UBND tỉnh giao tỷ lệ ", None),
])
def test_assigned_level(before, level):
    assert assigned_level(before) == level


# --- a list of units whose first unit follows the list's subject ('..., trong đó tỷ lệ ... năm 2026 thành phố Hải
# Phòng là 97%, tỉnh Nghệ An 95,5%, ...'); the targets before the list stay prose's ---------------------------------

SHAPES["first_unit_after_the_lists_subject"] = ([
    P("Bộ Y tế giao tỷ lệ tiêm chủng đầy đủ toàn quốc năm 2026 là 96%, trong đó tỷ lệ tiêm chủng đầy đủ năm 2026 "
      "thành phố Hải Phòng là 97%, tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%, tỉnh Gia Lai 94%."),
], [R("tiêm chủng đầy đủ toàn quốc", value=96, year=2026),
    R("thành phố Hải Phòng", level="tỉnh", value=97, year=2026), R("tỉnh Nghệ An", level="tỉnh", value=95.5),
    R("tỉnh Cà Mau", level="tỉnh", value=95), R("tỉnh Gia Lai", level="tỉnh", value=94)])


@pytest.mark.parametrize("text, first", [
    ("trong đó tỷ lệ tiêm chủng năm 2026 thành phố Hải Phòng là 97%, tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%",
     "thành phố Hải Phòng"),
    ("Cụ thể: tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%, tỉnh Gia Lai 94%", "tỉnh Nghệ An"),
    # counterexample: a subject with no unit's kind before the name is no unit ('Tăng trưởng Quý I Nghệ An')
    ("trong đó tăng trưởng quý I Hải Phòng 9%, Nghệ An 8%, Cà Mau 7%, Gia Lai 6%", "Nghệ An"),
])
def test_first_unit_entry(text, first):
    entries = unit_entries(text)
    assert entries and entries[0][1] == first


# --- the level of a standard that defines a category is no target ------------------------------------------------

SHAPES["standard_level_is_a_definition"] = ([
    P("Đến năm 2030, xóa bỏ tình trạng nghèo cùng cực, áp dụng chuẩn nghèo quốc tế với mức chi tiêu bình quân đầu "
      "người dưới 2,15 đô la Mỹ/ngày; giảm tỷ lệ hộ nghèo đa chiều xuống dưới 1%."),
    # counterexample: a standard a commune is to reach, with its level, is a target
    P("Phấn đấu đến năm 2030 có 80% số xã đạt chuẩn nông thôn mới với mức thu nhập bình quân trên 70 triệu đồng."),
], [R("tỷ lệ hộ nghèo đa chiều", cmp="<", value=1, year=2030), R("xã đạt chuẩn nông thôn mới", value=80, year=2030),
    R("thu nhập bình quân", cmp=">", value=70, unit="triệu đồng", year=2030)])


# --- a headline's target the body does not state is a target; one it restates is not a second record -----------

SHAPES["headline_target_the_body_leaves_out"] = ([
    P("Năm 2026, các huyện phấn đấu giảm từ 3.200 đến 3.600 hộ nghèo"),
    P("UBND tỉnh vừa giao chỉ tiêu giảm tỷ lệ hộ nghèo năm 2026 cho các huyện, thị xã."),
    P("Cụ thể, huyện Hương Sơn giảm từ 3-3,5%; Vũ Quang 2,5-3%; Đức Thọ 1,5-2%; thị xã Hồng Lĩnh 0,5-0,8%."),
], [R("giảm hộ nghèo", cmp="range", value=3200, high=3600, unit="hộ", year=2026),
    R("huyện Hương Sơn", level="huyện", cmp="range", value=3, high=3.5),
    R("Vũ Quang", level="huyện", cmp="range", value=2.5, high=3),
    R("Đức Thọ", level="huyện", cmp="range", value=1.5, high=2),
    R("thị xã Hồng Lĩnh", level="huyện", cmp="range", value=0.5, high=0.8)])

SHAPES["headline_restating_the_body_adds_none"] = ([
    P("Hà Tĩnh được giao chỉ tiêu bao phủ bảo hiểm y tế đạt 96% vào năm 2028"),
    P("Theo quyết định, tỉnh Hà Tĩnh được giao tỷ lệ tham gia bảo hiểm y tế năm 2027 là 95,2%, năm 2028 là 96%."),
], [R("Hà Tĩnh", level="tỉnh", value=95.2, year=2027), R("Hà Tĩnh", level="tỉnh", value=96, year=2028)])


# --- a count reduced as a target ('phấn đấu giảm 500 hộ nghèo', '... giảm từ 5.374 đến 6.013 hộ') ----------------

SHAPES["count_reduction_targets"] = ([
    P("Năm 2026, xã phấn đấu giảm 120 hộ nghèo. Huyện phấn đấu giảm từ 800 đến 950 hộ nghèo."),
    # counterexample: a fall reported against last year sets none
    P("Năm 2025, số vụ tai nạn giao thông giảm 12 vụ so với cùng kỳ."),
], [R("giảm hộ nghèo", value=120, unit="hộ", year=2026), R("giảm nghèo", cmp="range", value=800, high=950, unit="hộ")])


# --- a part of a whole as a target ('Số thôn đạt chuẩn nông thôn mới: 04/09 thôn'): the part, counted ------------

SHAPES["part_of_a_whole_as_a_count_target"] = ([
    P("Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030)"),
    P("(5) Số thôn, bản đạt chuẩn nông thôn mới: 06/11 thôn, bản.", "list_item"),
    P("Phấn đấu đến năm 2028 có 9/12 xã đạt chuẩn nông thôn mới nâng cao."),
    # counterexamples: a ratio reported as a result, and one whose part exceeds its whole, set none
    P("Năm 2025, có 12/15 xã đạt chuẩn nông thôn mới."),
    P("Phấn đấu đến năm 2028 xóa 571/563 nhà tạm."),
], [R("Số thôn, bản đạt chuẩn nông thôn mới", value=6, unit="thôn", year=2030),
    R("xã đạt chuẩn nông thôn mới nâng cao", value=9, unit="xã", year=2028)])


# --- a sentence opening with the growth it orders, after a sentence of goals in its paragraph ---------------------

SHAPES["goal_opening_with_its_growth_after_a_goal"] = ([
    P("Thứ ba, đến năm 2030, bảo đảm an ninh lương thực quốc gia. Tăng gấp 2 lần thu nhập của lao động nông "
      "nghiệp."),
    # counterexamples: after a sentence of results, and with a subject of its own that reports a change
    P("Năm 2025, năng suất lao động đạt 150 triệu đồng. Tăng gấp 1,5 lần so với năm 2015."),
    P("Đến năm 2030, chấm dứt nạn đói. Năng suất lao động tăng gấp 2 lần so với năm 2020."),
], [R("thu nhập của lao động nông nghiệp", value=2, unit="lần")])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
