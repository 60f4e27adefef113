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

@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
