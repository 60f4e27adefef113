"""Target shapes read off round 74's held-out excerpts once they had been scored (a district's year targets in the
news, a district's waste targets then its results, a national programme's targets, a province's tree-planting plan,
OCOP products graded and aimed at): each rule a table of short strings in the genre's style, with counterexamples.
Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, R, check

# --- a running total counted at a date ('Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP đạt từ 3 sao trở
# lên, trong đó có 6 sản phẩm đạt chuẩn 5 sao'): in a text with no year of its own, 'lũy kế'/'cộng dồn' before the
# date says what has been reached by then, no deadline. Counterexamples: a target cue before it, a plain 'Đến hết năm
# 2025, …' (a deadline as before), a plan of that year ---------------------------------------------------------------

@pytest.mark.parametrize("blocks, expected", [
    ([P("Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó có 6 sản phẩm đạt "
        "chuẩn 5 sao.")], []),
    # made-up variants: the tally's first year, another word for it
    ([P("Lũy kế từ năm 2019 đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP.")], []),
    ([P("Cộng dồn đến cuối năm 2024, toàn huyện có 45 xã đạt chuẩn nông thôn mới.")], []),
    # counterexamples
    ([P("Phấn đấu lũy kế đến năm 2025 có 150 xã đạt chuẩn nông thôn mới.")],
     [R("xã đạt chuẩn nông thôn mới", value=150, unit="xã", year=2025)]),
    ([P("Đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP.")],
     [R("sản phẩm OCOP", value=698, unit="sản phẩm", year=2025)]),
    (HEADER_PLAN + [P("Lũy kế đến hết năm 2025, toàn tỉnh có 150 sản phẩm OCOP.")],
     [R("sản phẩm OCOP", value=150, unit="sản phẩm", year=2025)]),
])
def test_a_running_total_at_a_date_is_no_target(blocks, expected):
    check(blocks, expected)


# --- a list of targets a lead opened inside a paragraph ('Mục tiêu đến năm 2025, có 100% xã …; tỷ lệ … đạt 99%; …')
# ends at a later paragraph that opens with an earlier year and sets nothing ('Năm 2024, huyện bố trí 27 điểm tập kết
# … . Khối lượng … được thu gom khoảng 44,28 tấn/ngày.'): its sentences tell what was done. Counterexamples: a target
# cue of its own, a paragraph with no year (an item still), the list's own year -----------------------------------------

AIM = ("Mục tiêu đến năm 2025, có 100% xã, thị trấn của huyện phải thực hiện việc phân loại chất thải rắn sinh hoạt "
       "tại nguồn; tỷ lệ chất thải rắn đô thị được thu gom, xử lý đạt 99%; chất thải y tế được thu gom, xử lý đạt 100%...")
AIMS = [R("xã thị trấn phân loại chất thải rắn sinh hoạt tại nguồn", value=100, year=2025),
        R("tỷ lệ chất thải rắn đô thị được thu gom", value=99, year=2025),
        R("chất thải y tế được thu gom", value=100, year=2025)]
GDP_LEAD = "Theo nghị quyết, các chỉ tiêu chủ yếu đến năm 2030 gồm: Tốc độ tăng trưởng kinh tế từ 8% trở lên."
GDP = R("Tốc độ tăng trưởng kinh tế", value=8, year=2030)


@pytest.mark.parametrize("blocks, expected", [
    ([AIM, "Năm 2024, huyện bố trí 27 điểm tập kết chất thải rắn sinh hoạt. Khối lượng chất thải rắn sinh hoạt trung "
           "bình được thu gom khoảng 44,28 tấn/ngày."], AIMS),
    # made-up variants: a count and a share of the year before; another lead
    ([AIM, "Năm 2024, toàn huyện có 1.250 hộ dân thực hiện phân loại rác. Tỷ lệ chất thải rắn nông thôn được thu gom "
           "khoảng 85%."], AIMS),
    ([GDP_LEAD, "Năm 2024, tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%. Thu nhập bình quân đầu người khoảng 65 triệu đồng."],
     [GDP]),
    # counterexamples
    ([AIM, "Năm 2024, phấn đấu tỷ lệ chất thải rắn đô thị được thu gom, xử lý đạt 95%."],
     AIMS + [R("tỷ lệ chất thải rắn đô thị được thu gom", value=95, year=2024)]),
    ([AIM, "Tỷ lệ chất thải rắn nông thôn được thu gom, xử lý đạt 90%."],
     AIMS + [R("tỷ lệ chất thải rắn nông thôn được thu gom", value=90, year=2025)]),
    ([AIM, "Năm 2025, tỷ lệ chất thải rắn nông thôn được thu gom, xử lý đạt 90%."],
     AIMS + [R("tỷ lệ chất thải rắn nông thôn được thu gom", value=90, year=2025)]),
    ([GDP_LEAD, "Tỷ lệ bao phủ bảo hiểm y tế đạt 95%."], [GDP, R("Tỷ lệ bao phủ bảo hiểm y tế", value=95, year=2030)]),
])
def test_a_paragraph_of_an_earlier_year_ends_a_list_of_targets(blocks, expected):
    check([P(b) if isinstance(b, str) else b for b in blocks], expected)


# --- two shares joined by 'và' under the predicate after the second ('100% chất thải rắn và 50% nước thải sản xuất của
# các làng nghề truyền thống được thu gom và xử lý'), in a paragraph that goes on with the targets above: the second is
# a target too, and the first one's label stops at 'và' and takes the shared predicate. Counterexamples: a sentence of
# results, shares of a plan's amounts ('đạt 100% kế hoạch và 50% dự toán') ----------------------------------------------

PROGRAMME = "Chương trình phấn đấu ít nhất 50% số hộ nông thôn triển khai các giải pháp phân loại chất thải tại nguồn."
HOUSEHOLDS = R("số hộ nông thôn triển khai các giải pháp phân loại chất thải", value=50, year=None)


@pytest.mark.parametrize("text, expected", [
    ("100% chất thải rắn và 50% nước thải sản xuất của các làng nghề truyền thống được thu gom và xử lý theo quy định.",
     [R("chất thải rắn được thu gom và xử lý", value=100, year=None),
      R("nước thải sản xuất của các làng nghề truyền thống được thu gom", value=50, year=None)]),
    ("Ít nhất 85% hộ gia đình nông thôn và 95% trường học, trạm y tế có nhà tiêu hợp vệ sinh.",
     [R("hộ gia đình nông thôn có nhà tiêu hợp vệ sinh", value=85, year=None),
      R("trường học trạm y tế có nhà tiêu hợp vệ sinh", value=95, year=None)]),
    # made-up variant: units with a comma on both sides
    ("100% xã, phường và 80% thôn, tổ dân phố có điểm thu gom rác thải.",
     [R("xã phường có điểm thu gom rác thải", value=100, year=None),
      R("thôn tổ dân phố có điểm thu gom rác thải", value=80, year=None)]),
    # counterexamples
    ("Tỷ lệ thu gom đạt 100% kế hoạch và 50% dự toán.", []),
])
def test_two_shares_joined_by_va_under_one_predicate(text, expected):
    check([P(PROGRAMME), P(text)], [HOUSEHOLDS] + expected)


def test_joined_shares_in_a_report_set_nothing():
    check([P("Năm 2024, toàn tỉnh có 100% chất thải rắn và 50% nước thải được thu gom.")], [])


# --- the growth set beside a later sentence's amount ('Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 6.605
# tỷ đồng, tăng 6,57% so với cùng kỳ', 'Thu ngân sách gần 667 tỷ đồng, tăng 20,35% so với dự toán năm 2024'), in
# sentences that go on with the targets of the one before: the growth is that measure's target too, as in the first
# sentence (test_indicator_shapes_heldout29). Counterexamples: a margin over the plan, a year's results -----------------

DISTRICT = "Năm 2025, huyện phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ."
DISTRICT_TARGETS = [R("giá trị sản xuất nông nghiệp", value=3563, unit="tỷ đồng", year=2025),
                    R("tăng giá trị sản xuất nông nghiệp", value=4.18, year=2025)]


@pytest.mark.parametrize("text, expected", [
    ("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 6.605 tỷ đồng, tăng 6,57% so với cùng kỳ.",
     [R("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", value=6605, unit="tỷ đồng", year=2025),
      R("tăng Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", value=6.57, year=2025)]),
    ("Thu ngân sách gần 667 tỷ đồng, tăng 20,35% so với dự toán năm 2024.",
     [R("Thu ngân sách", value=667, unit="tỷ đồng", year=2025), R("tăng Thu ngân sách", value=20.35, year=2025)]),
    # made-up variant: a rate with a bound
    ("Kim ngạch xuất khẩu đạt 120 triệu USD, tăng trên 10% so với cùng kỳ.",
     [R("Kim ngạch xuất khẩu", value=120, unit="triệu USD", year=2025),
      R("tăng Kim ngạch xuất khẩu", cmp=">", value=10, year=2025)]),
    # counterexample: a margin over the plan is a result's
    ("Thu ngân sách đạt 700 tỷ đồng, tăng 5% so với kế hoạch.",
     [R("Thu ngân sách", value=700, unit="tỷ đồng", year=2025)]),
])
def test_growth_beside_an_amount_that_goes_on_with_targets(text, expected):
    check([P(f"{DISTRICT} {text}")], DISTRICT_TARGETS + expected)


def test_growth_beside_a_years_results_sets_nothing():
    check([P("Năm 2024, giá trị sản xuất công nghiệp đạt 6.100 tỷ đồng, tăng 6,2% so với cùng kỳ. Thu ngân sách đạt "
             "600 tỷ đồng, tăng 8% so với cùng kỳ.")], [])


# --- a whole and its parts after 'trong đó:' in a plan's goals ('2. Mục tiêu' › 'Giai đoạn 2021-2025, toàn tỉnh trồng
# được 41,2 triệu cây xanh, trong đó: 10 triệu cây xanh trồng phân tán;' › '31,2 triệu cây xanh trồng rừng tập trung;'):
# the whole after 'trồng được' is governed as after 'trồng'; the parts run on past ';', in one paragraph or in the
# next one a line break split off. Counterexamples: a year's results, the split paragraph with no heading of goals ---

GOALS = [P("2. Mục tiêu", "list_item")]
TREES = [R("toàn tỉnh trồng được cây xanh", value=41.2, unit="triệu cây", year=2025),
         R("cây xanh trồng phân tán", value=10, unit="triệu cây", year=2025),
         R("cây xanh trồng rừng tập trung", value=31.2, unit="triệu cây", year=2025)]


@pytest.mark.parametrize("blocks, expected", [
    (GOALS + [P("Giai đoạn 2021-2025, toàn tỉnh trồng được 41,2 triệu cây xanh, trong đó: 10 triệu cây xanh trồng phân "
                "tán;"), P("31,2 triệu cây xanh trồng rừng tập trung;")], TREES),
    (GOALS + [P("Giai đoạn 2021-2025, toàn tỉnh trồng được 41,2 triệu cây xanh, trong đó: 10 triệu cây xanh trồng phân "
                "tán; 31,2 triệu cây xanh trồng rừng tập trung.")], TREES),
    # made-up variants: a measure's parts; a count governed after 'đào tạo được'
    (GOALS + [P("Giai đoạn 2021-2025, toàn tỉnh trồng mới 5.000 ha rừng, trong đó: 3.000 ha rừng sản xuất; 2.000 ha "
                "rừng phòng hộ.")],
     [R("toàn tỉnh trồng mới rừng", value=5000, unit="ha", year=2025), R("rừng sản xuất", value=3000, unit="ha", year=2025),
      R("rừng phòng hộ", value=2000, unit="ha", year=2025)]),
    ([P("Năm 2025, toàn tỉnh phấn đấu đào tạo được 12.000 lao động.")],
     [R("đào tạo được lao động", value=12000, unit="lao động", year=2025)]),
    # counterexamples
    ([P("Năm 2024, toàn tỉnh đã trồng được 38 triệu cây xanh, trong đó: 9 triệu cây xanh trồng phân tán; 29 triệu cây "
        "xanh trồng rừng tập trung.")], []),
    ([P("Năm 2024, toàn tỉnh đã trồng được 38 triệu cây xanh, trong đó: 9 triệu cây xanh trồng phân tán;"),
      P("29 triệu cây xanh trồng rừng tập trung;")], []),
])
def test_a_whole_and_its_parts_run_on_past_semicolons(blocks, expected):
    check(HEADER_PLAN + blocks, expected)


# --- what a plan will bring up to standard ('Năm 2026, tỉnh đặt mục tiêu phát triển và tiêu chuẩn hóa thêm 52 sản
# phẩm, nhóm sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên'): 'tiêu chuẩn hóa' governs its count as 'nâng cấp' does.
# Counterexample: what was brought up to standard ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, tỉnh đặt mục tiêu phát triển và tiêu chuẩn hóa thêm 52 sản phẩm, nhóm sản phẩm đạt chứng nhận OCOP từ "
     "3 sao trở lên.",
     [R("tiêu chuẩn hóa thêm sản phẩm nhóm sản phẩm đạt chứng nhận OCOP", value=52, unit="sản phẩm", year=2026)]),
    # made-up variant: 'phấn đấu', no 'thêm'
    ("Năm 2026, huyện phấn đấu tiêu chuẩn hóa 15 sản phẩm OCOP đạt 3 sao trở lên.",
     [R("tiêu chuẩn hóa sản phẩm OCOP", value=15, unit="sản phẩm", year=2026)]),
    # counterexample
    ("Trong năm 2025, tỉnh đã tiêu chuẩn hóa thêm 40 sản phẩm OCOP.", []),
])
def test_products_brought_up_to_standard(text, expected):
    check([P(text)], expected)


# --- a photo's caption in a news item ('Huyện Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp năm 2025 đạt 3.563
# tỷ đồng. Trong ảnh: Nông dân xã Suối Rao thu hoạch thanh long.') restates what the body states: no record of its own,
# as a title's. Counterexample: a paragraph with no caption mark -----------------------------------------------------------------------

BODY = ("Hội nghị đã công bố quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế, xã hội năm 2025. Theo đó, "
        "Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ.")
FARMING = [R("giá trị sản xuất nông nghiệp", value=3563, unit="tỷ đồng", year=2025),
           R("tăng giá trị sản xuất nông nghiệp", value=4.18, year=2025)]


@pytest.mark.parametrize("caption, expected", [
    ("Huyện Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp năm 2025 đạt 3.563 tỷ đồng. Trong ảnh: Nông dân xã Suối "
     "Rao thu hoạch thanh long.", FARMING),
    # made-up variant: the photo's credit closing the caption
    ("Huyện phấn đấu đưa giá trị sản xuất nông nghiệp năm 2025 đạt 3.563 tỷ đồng (Ảnh: Minh Hà)", FARMING),
    # counterexample: with no caption mark, a paragraph states a target of its own
    ("Huyện Châu Đức phấn đấu đưa doanh thu thương mại, dịch vụ năm 2025 đạt 10.930 tỷ đồng.",
     [R("doanh thu thương mại dịch vụ", value=10930, unit="tỷ đồng", year=2025)] + FARMING),
])
def test_a_photo_caption_restates_the_body(caption, expected):
    check([P(caption), P(BODY)], expected)
