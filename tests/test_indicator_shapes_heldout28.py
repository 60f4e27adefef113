"""Targets found on held-out round 28 (a Government resolution's growth targets per province retold by the press,
a province's targets per year, a plan's list items): each rule a table of strings written in the genre's style
(paraphrased, not copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, HEADER_PLAN, P, R, check

from extractor.link.units import unit_entries

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. rule list.units in the press's words: the list's extreme named on the way ('cao nhất là'), several units
# sharing one figure ('Ninh Bình, Quảng Ninh 12%'), a tail after 'Còn', the city's short form ('TP.HCM'), a lead
# that names the year aimed at ('trong năm 2026'); each unit's label begins with what the lead sets ----------------

SHAPES["press_list_of_growth_targets_per_province"] = ([
    P("Chính phủ giao mục tiêu tăng trưởng GRDP hai con số trong năm 2026 cho 12 tỉnh, thành. Trong đó, Lào Cai "
      "cao nhất là 14,2%; Hưng Yên 12,8%; Nghệ An, Hà Tĩnh 11%; Cần Thơ, Tây Ninh, Gia Lai 10,5%. Còn Hà Nội 8,5%, "
      "TP.HCM 9%..."),
], [R("mục tiêu tăng trưởng GRDP Lào Cai", level="tỉnh", value=14.2),
    R("mục tiêu tăng trưởng GRDP Hưng Yên", level="tỉnh", value=12.8),
    R("mục tiêu tăng trưởng GRDP Nghệ An", level="tỉnh", value=11),
    R("mục tiêu tăng trưởng GRDP Hà Tĩnh", level="tỉnh", value=11),
    R("mục tiêu tăng trưởng GRDP Cần Thơ", level="tỉnh", value=10.5),
    R("mục tiêu tăng trưởng GRDP Tây Ninh", level="tỉnh", value=10.5),
    R("mục tiêu tăng trưởng GRDP Gia Lai", level="tỉnh", value=10.5),
    R("mục tiêu tăng trưởng GRDP Hà Nội", level="tỉnh", value=8.5),
    R("mục tiêu tăng trưởng GRDP TP.HCM", level="tỉnh", value=9)])

SHAPES["district_list_with_shared_figure_takes_the_topic"] = ([
    P("UBND tỉnh giao chỉ tiêu tỷ lệ tham gia bảo hiểm y tế năm 2026 cho các huyện: huyện Kỳ Sơn 92%; Con Cuông, "
      "Tương Dương 93%; thị xã Thái Hòa 95%."),
], [R("chỉ tiêu tỷ lệ tham gia bảo hiểm y tế huyện Kỳ Sơn", level="huyện", value=92),
    R("chỉ tiêu tỷ lệ tham gia bảo hiểm y tế Con Cuông", level="huyện", value=93),
    R("chỉ tiêu tỷ lệ tham gia bảo hiểm y tế Tương Dương", level="huyện", value=93),
    R("chỉ tiêu tỷ lệ tham gia bảo hiểm y tế thị xã Thái Hòa", level="huyện", value=95)])

# counterexample: the same list under a lead that reports what was done in the year sets no target
SHAPES["press_list_of_growth_results_per_province"] = ([
    P("Trong năm 2025, tăng trưởng GRDP của nhiều tỉnh, thành đạt khá. Trong đó, Lào Cai cao nhất là 14,2%; "
      "Hưng Yên 12,8%; Nghệ An, Hà Tĩnh 11%."),
], [])

# --- 2. 'Trong đó, Yên Bái được giao chỉ tiêu cụ thể: năm 2017: 88%; năm 2018: 89,5%': figures named only by their
# year after a province assigned them are that province's share of the indicator the sentence before named ---------

SHAPES["years_of_a_province_assigned_its_share"] = ([
    P("Theo đó, đến năm 2021, tất cả các tỉnh, thành phố đều được giao chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế đạt "
      "trên 91%. Trong đó, Yên Bái được giao chỉ tiêu cụ thể: năm 2017: 88,0%; năm 2018: 89,5%; năm 2019: 90,5%."),
], [R("chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế", cmp=">", value=91, year=2021),
    R("chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế Yên Bái", level="tỉnh", value=88, year=2017),
    R("chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế Yên Bái", level="tỉnh", value=89.5, year=2018),
    R("chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế Yên Bái", level="tỉnh", value=90.5, year=2019)])

# counterexample: figures with words of their own after the assignment keep them, and no assignee's name
SHAPES["assigned_figures_with_own_words"] = ([
    P("Tỉnh Yên Bái được giao tỷ lệ bao phủ bảo hiểm y tế năm 2026 là 95%; tỷ lệ người lao động tham gia bảo hiểm "
      "xã hội là 40%."),
], [R("tỷ lệ bao phủ bảo hiểm y tế", level="tỉnh", value=95, year=2026),
    R("tỷ lệ người lao động tham gia bảo hiểm xã hội", value=40)])

# --- 3. a part's own growth in parentheses right after a growth target, alone or several to a ';' list left open
# ('sản lượng tăng 2% (sản lượng dừa tăng 3%; sản lượng sầu riêng tăng 4%...)') -----------------------------------

SHAPES["parts_growth_in_parentheses_after_a_growth_target"] = (HEADER_PLAN + [
    P("Phấn đấu năm 2025: diện tích gieo trồng rau màu tăng 3,5% (diện tích trồng cây ăn trái xen vườn tăng 6%). "
      "Phấn đấu diện tích cây lâu năm cho sản phẩm tăng 1,2%, sản lượng tăng 2,5% (sản lượng chôm chôm tăng 2%; sản lượng "
      "mít tăng 5,5%...)."),
], [R("diện tích gieo trồng rau màu tăng", value=3.5), R("diện tích trồng cây ăn trái xen vườn tăng", value=6),
    R("diện tích cây lâu năm cho sản phẩm tăng", value=1.2), R("sản lượng tăng", value=2.5),
    R("sản lượng chôm chôm tăng", value=2), R("sản lượng mít tăng", value=5.5)])

# counterexamples: a growth against a baseline in parentheses is no part; nor a parenthesis after a result
SHAPES["growth_aside_in_parentheses_is_no_part"] = (HEADER_PLAN + [
    P("Phấn đấu năm 2025: tổng mức bán lẻ hàng hóa đạt 12.000 tỷ đồng (tăng 9% so với năm 2024)."),
    P("Năm 2024, sản lượng lúa đạt 95.000 tấn (sản lượng lúa chất lượng cao tăng 8%)."),
], [R("tổng mức bán lẻ hàng hóa", value=12000, unit="tỷ đồng")])

# --- 4. a paragraph opened by 'Đồng thời,' right after a paragraph that set an aim goes on with its targets --------

SHAPES["joined_paragraph_after_an_aim"] = ([
    P("Tỉnh đặt mục tiêu tuổi thọ trung bình đạt trên 76 tuổi, tỷ lệ lao động qua đào tạo ít nhất 75%."),
    P("Đồng thời, mạng lưới y tế được mở rộng, với tối thiểu 40 giường bệnh/10.000 dân, 100% trạm y tế xã có bác sĩ, "
      "tỷ lệ trạm y tế đạt chuẩn quốc gia từ 60–80%."),
], [R("tuổi thọ trung bình", cmp=">", value=76, unit="tuổi"), R("tỷ lệ lao động qua đào tạo", value=75),
    R("giường bệnh/10.000 dân", value=40, unit=ANY), R("trạm y tế xã có bác sĩ", value=100),
    R("tỷ lệ trạm y tế đạt chuẩn quốc gia", cmp="range", value=60, high=80)])

# counterexamples: a joined paragraph that reports what was done; 'Đồng thời,' two paragraphs below the aim
SHAPES["joined_paragraph_reporting_or_far_from_the_aim"] = ([
    P("Tỉnh đặt mục tiêu tỷ lệ lao động qua đào tạo ít nhất 75%."),
    P("Đồng thời, trong năm 2024 đã có 100% trạm y tế xã có bác sĩ."),
    P("Ngành y tế tổ chức tập huấn cho cán bộ."),
    P("Đồng thời, 100% trạm y tế xã có bác sĩ."),
], [R("tỷ lệ lao động qua đào tạo", value=75)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


@pytest.mark.parametrize("text, units", [
    ("Trong đó, Lào Cai cao nhất là 14,2%; Nghệ An, Hà Tĩnh 11%; Còn Hà Nội 8,5%, TP.HCM 9%",
     [("Lào Cai", "tỉnh"), ("Nghệ An", "tỉnh"), ("Hà Tĩnh", "tỉnh"), ("Hà Nội", "tỉnh"), ("TP.HCM", "tỉnh")]),
    ("huyện Kỳ Sơn 92%; Con Cuông, Tương Dương 93%; thị xã Thái Hòa 95%",
     [("huyện Kỳ Sơn", "huyện"), ("Con Cuông", "huyện"), ("Tương Dương", "huyện"), ("thị xã Thái Hòa", "huyện")]),
    # counterexamples: words before the first unit are no unit sharing its figure; a run broken by a non-unit
    ("Trong đó, Lào Cai 14,2%; Hưng Yên 12,8%; Nghệ An 11%",
     [("Lào Cai", "tỉnh"), ("Hưng Yên", "tỉnh"), ("Nghệ An", "tỉnh")]),
    ("Lào Cai 14,2%; Hưng Yên 12,8%; Nông nghiệp, Nghệ An 11%",
     [("Lào Cai", "tỉnh"), ("Hưng Yên", "tỉnh"), ("Nghệ An", "tỉnh")]),
])
def test_unit_entries_read_in_the_press(text, units):
    assert [(label, level) for _, label, level, _ in unit_entries(text)] == units
