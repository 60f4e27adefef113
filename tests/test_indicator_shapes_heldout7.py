"""Target shapes read off round 7's held-out excerpts once they had been scored (a decision's work programme whose
targets hang off a lead ending 'phấn đấu:' or 'Riêng:', a province's list of targets whose items carry several
short parts): each rule a table of strings written in the genre's style (paraphrased, not copied), with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a lead whose last words are a target cue and a colon ('… nông thôn mới phấn đấu:') opens a list -------------

SHAPES["lead_ending_with_cue_and_colon"] = ([
    P("Trong năm 2018, về xây dựng nông thôn mới, toàn tỉnh phấn đấu:"),
    P("- Có ít nhất 45 xã đạt chuẩn nông thôn mới;", "list_item"),
    P("- Có tối thiểu 03 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới;", "list_item"),
    P("- Giảm số xã đạt dưới 10 tiêu chí xuống dưới 12 xã.", "list_item"),
], [R("xã đạt chuẩn nông thôn mới", value=45, unit="xã"),
    R("đơn vị cấp huyện", value=3, unit="đơn vị"),
    R("xã đạt dưới tiêu chí", cmp="<", value=12, unit="xã")])

SHAPES["lead_ending_with_set_goal_and_colon"] = ([
    P("Để hoàn thành kế hoạch năm 2026, ngành y tế đặt mục tiêu:"),
    P("- Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 98%;", "list_item"),
    P("- Có ít nhất 20 bệnh viện triển khai bệnh án điện tử.", "list_item"),
], [R("Tỷ lệ trạm y tế xã có bác sĩ", value=98), R("bệnh viện triển khai bệnh án điện tử", value=20, unit="bệnh viện")])

# counterexample: a lead that reports what was done opens none, cue or not
SHAPES["lead_reporting_results_opens_none"] = ([
    P("Kết quả sau một năm phấn đấu:"),
    P("- Có 40 xã đạt chuẩn nông thôn mới;", "list_item"),
    P("- 02 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.", "list_item"),
], [])

# --- 'Riêng:' or 'Trong đó:' after a target sentence carries its cue to the bullets under it -----------------------

SHAPES["bullets_after_rieng_carry_the_target"] = ([
    P("Năm 2019, phấn đấu giảm tỷ lệ hộ nghèo của tỉnh từ 1,5% trở lên. Riêng:"),
    P("- Các huyện nghèo giảm tỷ lệ hộ nghèo 4%;", "list_item"),
    P("- Hộ nghèo là người dân tộc thiểu số giảm từ 3% đến 4%/năm.", "list_item"),
], [R("tỷ lệ hộ nghèo", value=1.5, year=2019), R("huyện nghèo", value=4), R("dân tộc thiểu số", cmp="range", value=3, high=4, unit="%/năm")])

# counterexample: 'Riêng:' after a sentence of results carries no target
SHAPES["rieng_after_results_carries_none"] = ([
    P("Năm 2019, tỷ lệ hộ nghèo của tỉnh đã giảm 1,6%. Riêng:"),
    P("- Các huyện nghèo giảm 4,2%;", "list_item"),
    P("- Hộ nghèo dân tộc thiểu số giảm 3,5%.", "list_item"),
], [])

# --- short parts inside one '-' item keep their own words; only the item's first clause continues the item above --

SHAPES["short_parts_of_an_item_keep_their_own_label"] = ([
    P("Các chỉ tiêu kinh tế năm 2026 gồm:"),
    P("- Tốc độ tăng trưởng kinh tế: trên 9%", "list_item"),
    P("- Nông nghiệp chiếm 20,5%; Công nghiệp 40%; Dịch vụ 33,5%; Thuế 6%", "list_item"),
    P("- Tổng lượt khách du lịch trên 5 triệu lượt; Doanh thu đạt 9.000 tỷ đồng", "list_item"),
], [R("Tốc độ tăng trưởng kinh tế", cmp=">", value=9), R("Nông nghiệp", value=20.5), R("Công nghiệp", value=40),
    R("Dịch vụ", value=33.5), R("Thuế", value=6), R("khách du lịch", cmp=">", value=5, unit="triệu lượt"),
    R("Doanh thu", value=9000, unit="tỷ đồng")])

# counterexample: an item with one short clause and no figure of its own before it still continues the item above
SHAPES["continuation_item_takes_the_label_above"] = ([
    P("Các chỉ tiêu cụ thể như sau:"),
    P("- Tỷ lệ hồ sơ được số hóa: 80%", "list_item"),
    P("+ Cấp xã: 70%", "list_item"),
], [R("Tỷ lệ hồ sơ được số hóa", value=80), R("Tỷ lệ hồ sơ được số hóa", value=70)])

# --- a clause that names only an area ('khu vực nông thôn') is that area's share of the first clause's measure ------

SHAPES["area_part_takes_the_measure_of_its_head"] = ([
    P("Các chỉ tiêu môi trường gồm:"),
    P("- Tỷ lệ thu gom chất thải rắn đô thị đạt 95%; khu vực nông thôn đạt 75%", "list_item"),
    P("- Tỷ lệ dân cư dùng nước sạch tại đô thị 99%; tại khu vực nông thôn 70%", "list_item"),
    # counterexample: a part with words of its own beyond the area keeps them
    P("- Tỷ lệ hộ dùng điện ở đô thị 100%; tỷ lệ hộ có nhà tiêu hợp vệ sinh ở nông thôn 90%", "list_item"),
], [R("thu gom chất thải rắn đô thị", value=95), R("thu gom chất thải rắn nông thôn", value=75),
    R("nước sạch đô thị", value=99), R("nước sạch nông thôn", value=70),
    R("hộ dùng điện đô thị", value=100), R("hộ có nhà tiêu hợp vệ sinh", value=90)])


def test_area_part_drops_the_heads_area():
    from test_indicator_variants import run
    blocks, _ = SHAPES["area_part_takes_the_measure_of_its_head"]
    labels = [r.label for r in run(blocks)]
    assert "đô thị" not in labels[1] and "đô thị" not in labels[3] and "điện" not in labels[5]

# --- 'phấn đấu hoàn thành N chỉ tiêu …. Trong đó, …': the next sentences list those targets, cue or none -------------

SHAPES["striven_targets_detailed_after_trong_do"] = ([
    P("Năm 2025, xã phấn đấu hoàn thành 15 chỉ tiêu chủ yếu. Trong đó, thu nhập bình quân đầu người đạt 60 triệu "
      "đồng; tỷ lệ hộ nghèo giảm còn dưới 2%. Tổng sản lượng lương thực 12.000 tấn. Trồng mới 300 ha rừng."),
], [R("thu nhập bình quân đầu người", value=60, unit="triệu đồng", year=2025),
    R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2025),
    R("Tổng sản lượng lương thực", value=12000, unit="tấn", year=2025),
    R("rừng", value=300, unit="ha", year=2025)])

# counterexample: the same shape about targets already met reports results
SHAPES["met_targets_detailed_after_trong_do_are_results"] = ([
    P("Năm 2024, xã đã hoàn thành 15 chỉ tiêu chủ yếu. Trong đó, thu nhập bình quân đầu người đạt 60 triệu đồng. "
      "Tổng sản lượng lương thực 12.000 tấn."),
], [])

# --- an item that opens with its count ('- 72 xã đạt 19 tiêu chí nông thôn mới'): the count is the target ---------

SHAPES["item_opening_with_its_count"] = ([
    P("Các chỉ tiêu xã hội năm 2025 gồm:"),
    P("- 40 xã đạt 19 tiêu chí nông thôn mới", "list_item"),
    P("- 15 thôn đạt chuẩn khu dân cư kiểu mẫu", "list_item"),
    # counterexample: a count that only says where the target applies sets none of its own
    P("- 25 trường trên địa bàn: tỷ lệ học sinh đi học đúng độ tuổi 99%", "list_item"),
], [R("xã đạt 19 tiêu chí nông thôn mới", value=40, unit="xã", year=2025),
    R("thôn đạt chuẩn khu dân cư kiểu mẫu", value=15, unit="thôn", year=2025),
    R("tỷ lệ học sinh đi học đúng độ tuổi", value=99, year=2025)])

# --- staff or beds per so many people written with a slash ('14,5 bác sĩ/vạn dân') -------------------------------

SHAPES["staff_per_population_after_a_slash"] = ([
    P("Các chỉ tiêu y tế năm 2025 gồm:"),
    P("- Số giường bệnh trên 1 vạn dân: 32 giường; 12 bác sĩ/vạn dân", "list_item"),
    P("- Đạt 3 dược sĩ đại học/1 vạn dân", "list_item"),
], [R("Số giường bệnh", value=32, unit="giường"), R("bác sĩ/vạn dân", value=12, unit="bác sĩ/vạn dân"),
    R("dược sĩ đại học", value=3, unit="dược sĩ đại học/1 vạn dân")])

# --- 'Năm 2025 là năm …' opening a paragraph defines no term: the target later in the paragraph stands --------------

SHAPES["milestone_year_opening_a_paragraph"] = ([
    P("Năm 2026 là năm có ý nghĩa đặc biệt quan trọng, tạo nền tảng cho giai đoạn mới. Chính phủ đã trình Quốc hội "
      "ban hành Nghị quyết để điều chỉnh mục tiêu tăng trưởng kinh tế năm 2026 đạt 10% trở lên."),
    P("Giai đoạn 2026 - 2030 là giai đoạn bứt phá; phấn đấu tỷ lệ đô thị hóa đạt 50%."),
], [R("mục tiêu tăng trưởng kinh tế", value=10, year=2026), R("tỷ lệ đô thị hóa", value=50)])

# counterexample: a term defined with 'là' still sets no target
SHAPES["term_defined_with_la_sets_none"] = ([
    P("1. Xã nhóm 1 là xã có tỷ lệ hộ nghèo dưới 10% và thu nhập bình quân trên 50 triệu đồng."),
], [])

# --- a tally of criteria raised by so many ('tăng thêm tối thiểu 01 tiêu chí') is a target; other tallies are not ---

SHAPES["raised_tally_of_criteria"] = ([
    P("Năm 2018, về xây dựng nông thôn mới, toàn tỉnh phấn đấu:"),
    P("- Số tiêu chí bình quân/xã tăng thêm tối thiểu 02 tiêu chí so với năm 2017 và giảm số xã đạt dưới 10 tiêu chí "
      "xuống dưới 20 xã.", "list_item"),
    # counterexample: criteria to finish are a tally, not a measure
    P("- Hoàn thành 06 tiêu chí còn lại; tỷ lệ hộ nghèo dưới 3%.", "list_item"),
], [R("Số tiêu chí bình quân/xã", value=2, unit="tiêu chí", year=2018),
    R("giảm số xã đạt dưới", cmp="<", value=20, unit="xã", year=2018),
    R("tỷ lệ hộ nghèo", cmp="<", value=3, year=2018)])

# --- a result against the level it was to reach, named as the target after it ('so với mức trên 3% mục tiêu') -------

SHAPES["result_against_a_level_named_target_after_it"] = ([
    P("Đến hết năm 2024, tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số của 12 huyện giảm bình quân đạt 4,2%, đạt so "
      "với mức trên 4% mục tiêu kế hoạch tỉnh giao."),
    # counterexample: a level of an earlier year is no target
    P("Năm 2024, tỷ lệ hộ dùng nước sạch đạt 92%, tăng so với mức 88% năm 2023."),
], [R("tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số", cmp=">", value=4, actual=4.2, status=ANY)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
