"""Target shapes read off round 35's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import extract_quantities
from extractor.model import RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document
from test_indicator_variants import P, R, T, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a plain line with no closing stop that names targets ('Các chỉ tiêu kinh tế - xã hội năm 2019'), right above
# '1. …', heads that numbered list although nothing marks it as a heading: its items are targets --------------

SHAPES["unmarked_heading_over_numbered_ranges"] = ([
    P("Các chỉ tiêu kinh tế - xã hội năm 2019"),
    P("1. Tốc độ tăng trưởng kinh tế (GRDP) từ 6,5% đến 7%; trong đó: nông nghiệp tăng từ 1,2% đến 1,5%; dịch vụ "
      "tăng từ 7,1% đến 7,6%."),
    P("2. Tỷ lệ huy động trẻ em đến lớp: mẫu giáo 92%, tiểu học 100%."),
], [R("Tốc độ tăng trưởng kinh tế", cmp="range", value=6.5, high=7, year=2019),
    R("nông nghiệp tăng", cmp="range", value=1.2, high=1.5, year=2019),
    R("dịch vụ tăng", cmp="range", value=7.1, high=7.6, year=2019),
    R("Tỷ lệ huy động trẻ em mẫu giáo", value=92, year=2019),
    R("Tỷ lệ huy động trẻ em tiểu học", value=100, year=2019)])

SHAPES["unmarked_goals_line_over_roman_list"] = ([
    P("Mục tiêu chủ yếu của huyện năm 2026"),
    P("I. Tỷ lệ che phủ rừng đạt 45,5%; tỷ lệ hộ nghèo giảm còn dưới 2%."),
], [R("Tỷ lệ che phủ rừng", value=45.5, year=2026), R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2026)])

# counterexamples: a line that names no targets, or one that closes with a stop, heads no list of targets
SHAPES["unmarked_line_naming_no_targets"] = ([
    P("Tình hình kinh tế - xã hội năm 2019"),
    P("1. Tốc độ tăng trưởng kinh tế (GRDP) từ 6,5% đến 7%; nông nghiệp tăng từ 1,2% đến 1,5%."),
    P("2. Tỷ lệ huy động trẻ em đến lớp: mẫu giáo 92%, tiểu học 100%."),
], [])

SHAPES["sentence_ending_with_a_stop_is_no_heading"] = ([
    P("Hội nghị đã thảo luận các chỉ tiêu năm 2019."),
    P("1. Tốc độ tăng trưởng kinh tế (GRDP) từ 6,5% đến 7%; nông nghiệp tăng từ 1,2% đến 1,5%."),
], [])

# --- in a numbered item under a heading of targets a measure named with no verb before its amount states that
# amount as its target ('6. Tổng thu ngân sách nhà nước 9.050 tỷ đồng. Tổng chi … 9.700 tỷ đồng, tăng 2,2%.'); a
# change reckoned 'so (với) ước thực hiện năm 2018' is against that base: it reports nothing, its year is not the
# target's, and the change is of the measure before it -------------------------------------------------------

HEAD = "Các chỉ tiêu kinh tế - xã hội năm 2019"

SHAPES["named_amounts_in_numbered_items"] = ([
    P(HEAD),
    P("1. Tổng thu ngân sách nhà nước theo chỉ tiêu Trung ương giao 9.050 tỷ đồng. Tổng chi ngân sách địa phương "
      "9.700 tỷ đồng, tăng 2,2%."),
    P("2. Kim ngạch xuất khẩu hàng hóa 1.250 triệu USD, tăng 2,5% so ước thực hiện năm 2018. Kim ngạch nhập khẩu "
      "hàng hóa 300 triệu USD, giảm 4,1% so với ước thực hiện năm 2018."),
], [R("Tổng thu ngân sách nhà nước", value=9050, unit="tỷ đồng", year=2019),
    R("Tổng chi ngân sách địa phương", value=9700, unit="tỷ đồng", year=2019),
    R("Tổng chi ngân sách địa phương tăng", value=2.2, year=2019),
    R("Kim ngạch xuất khẩu hàng hóa", value=1250, unit="triệu USD", year=2019),
    R("Kim ngạch xuất khẩu hàng hóa tăng so ước thực hiện", value=2.5, year=2019),
    R("Kim ngạch nhập khẩu hàng hóa", value=300, unit="triệu USD", year=2019),
    R("Kim ngạch nhập khẩu hàng hóa giảm so với ước thực hiện", value=4.1, year=2019)])

# --- a range of money with its unit after both bounds ('từ 70,1 triệu đồng đến 71,5 triệu đồng') is one range ----

SHAPES["money_range_with_the_unit_twice"] = ([
    P(HEAD),
    P("1. GRDP bình quân đầu người đạt từ 70,1 triệu đồng đến 71,5 triệu đồng, tăng từ 9,1% đến 9,5% so với ước "
      "thực hiện năm 2018."),
    P("2. Kim ngạch xuất khẩu đạt từ 1,2 tỷ USD đến 1,4 tỷ USD."),
], [R("GRDP bình quân đầu người", cmp="range", value=70.1, high=71.5, unit="triệu đồng", year=2019),
    R("GRDP bình quân đầu người tăng", cmp="range", value=9.1, high=9.5, year=2019),
    R("Kim ngạch xuất khẩu", cmp="range", value=1.2, high=1.4, unit="tỷ USD", year=2019)])

# counterexample: under a line that names no targets the same items report (the scales' counterexamples: patterns
# range.money.twice)
SHAPES["named_amounts_under_no_targets"] = ([
    P("Tình hình kinh tế - xã hội năm 2018"),
    P("1. Tổng thu ngân sách nhà nước 9.050 tỷ đồng. Tổng chi ngân sách địa phương 9.700 tỷ đồng."),
], [])

# --- a resolution adopted 'với (một số) chỉ tiêu chủ yếu' opens a list with no colon: its ';' clauses are items, and
# a clause 'đạt và vượt chỉ tiêu …' among them is an aim, not a result that governs the clauses after it; a rate
# per mille typed '%0' ('0,20%0/năm') is per mille, never a percentage ---------------------------------------

SHAPES["adopted_with_main_targets_no_colon"] = ([
    P("Xã Hòa Lạc phấn đấu giảm hết hộ nghèo"),
    P("Ngày 12-5, Đảng bộ xã Hòa Lạc tổ chức Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2025-2030. Đại hội thông qua "
      "nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu nông nghiệp tăng bình quân hằng năm 4-5%; thu ngân sách "
      "tăng bình quân hằng năm 6-8%; đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh 0,20%0/năm; giao quân "
      "hằng năm đạt 100% chỉ tiêu; hộ gia đình văn hóa 90% trở lên, thôn văn hóa đạt 80% trở lên."),
    P("Đại hội đã bầu Ban Chấp hành khóa mới."),
], [R("nông nghiệp tăng bình quân hằng năm", cmp="range", value=4, high=5),
    R("thu ngân sách tăng bình quân hằng năm", cmp="range", value=6, high=8),
    R("giảm tỷ suất sinh", value=0.2, unit="‰"), R("giao quân hằng năm", value=100),
    R("hộ gia đình văn hóa", value=90), R("thôn văn hóa", value=80)])

# (its counterexamples, words of a result right after the lead: patterns lead_list.inline.adopted_with; a per-mille
# '%0' read as no percentage: patterns percent)

# --- in a '- ' item a clause after ';' that opens with a count of things to be set up is a target ('; 8-12 hợp tác xã
# thành lập mới'); an item marked as the one before it is its sibling, not its continuation, however short its
# words ('- Phấn đấu đón khoảng 2 - 2,5 triệu lượt'), and a label that is only a cue's verb keeps the cue ------------

YEAR_HEAD = "CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024"

SHAPES["count_clause_and_short_sibling_item"] = ([
    P(YEAR_HEAD),
    P("- Số doanh nghiệp thành lập mới đạt khoảng 600 doanh nghiệp; 8-12 hợp tác xã thành lập mới."),
    P("- Dự toán chi ngân sách địa phương 9.100 tỷ đồng, tăng 5,2% so với dự toán năm 2023."),
    P("- Phấn đấu đón khoảng 2 - 2,5 triệu lượt[2], trong đó khách quốc tế chiếm khoảng 10%."),
], [R("Số doanh nghiệp thành lập mới", value=600, unit="doanh nghiệp", year=2024),
    R("hợp tác xã thành lập mới", cmp="range", value=8, high=12, unit="hợp tác xã", year=2024),
    R("Dự toán chi ngân sách địa phương tăng", value=5.2, year=2024),
    R("Phấn đấu đón", cmp="range", value=2, high=2.5, unit="triệu lượt", year=2024),
    R("khách quốc tế chiếm", value=10, year=2024)])

# counterexample: things already set up ('8 hợp tác xã đã thành lập năm 2023') are no target
SHAPES["count_already_set_up_is_no_target"] = ([
    P(YEAR_HEAD),
    P("- Số doanh nghiệp thành lập mới đạt khoảng 600 doanh nghiệp; 8 hợp tác xã đã thành lập năm 2023."),
], [R("Số doanh nghiệp thành lập mới", value=600, unit="doanh nghiệp")])

# --- a paragraph that opens with a group of targets and its colon, no verb ('Các chỉ tiêu kinh tế: …'), lists its
# targets in ';' clauses: an amount after 'là' is one ('Thu ngân sách … là 5.200 tỷ đồng') ----------------------

SHAPES["group_of_targets_with_a_colon"] = ([
    P("Kỳ họp thứ Chín HĐND huyện khóa XX đã biểu quyết thông qua 08 nghị quyết."),
    P("Các chỉ tiêu kinh tế: Tốc độ tăng giá trị sản xuất các ngành kinh tế trên địa bàn là 11,5-12,5%; Thu ngân "
      "sách nhà nước trên địa bàn là 5.200 tỷ đồng; Chi cân đối ngân sách địa phương là 905,25 tỷ đồng."),
], [R("Tốc độ tăng giá trị sản xuất", cmp="range", value=11.5, high=12.5),
    R("Thu ngân sách nhà nước trên địa bàn", value=5200, unit="tỷ đồng"),
    R("Chi cân đối ngân sách địa phương", value=905.25, unit="tỷ đồng")])

# counterexample: a group of targets already met lists results
SHAPES["group_of_targets_met_reports"] = ([
    P("Kỳ họp thứ Chín HĐND huyện khóa XX đã biểu quyết thông qua 08 nghị quyết."),
    P("Các chỉ tiêu đã đạt: Thu ngân sách nhà nước trên địa bàn là 5.200 tỷ đồng; Chi cân đối ngân sách địa phương "
      "là 905,25 tỷ đồng."),
], [])

# --- a headline that rounds the body's figure ('… đạt 4.215 tỷ đồng' over '4.215,3 tỷ đồng') restates it -------

SHAPES["headline_rounding_the_body_adds_none"] = ([
    P("Huyện Yên Phong phấn đấu thu ngân sách năm 2025 đạt 4.215 tỷ đồng"),
    P("Năm 2025, UBND huyện đề ra các chỉ tiêu chủ yếu như: Tổng thu ngân sách nhà nước trên địa bàn đạt 4.215,3 tỷ "
      "đồng; tổng chi ngân sách đạt 980 tỷ đồng."),
], [R("Tổng thu ngân sách nhà nước trên địa bàn", value=4215.3, unit="tỷ đồng"),
    R("tổng chi ngân sách", value=980, unit="tỷ đồng")])

# counterexample: a headline figure the body does not state, rounded or not, is a target of its own
SHAPES["headline_with_another_figure_stays"] = ([
    P("Huyện Yên Phong phấn đấu thu ngân sách năm 2025 đạt 4.300 tỷ đồng"),
    P("Năm 2025, UBND huyện đề ra các chỉ tiêu chủ yếu như: Tổng thu ngân sách nhà nước trên địa bàn đạt 4.215,3 tỷ "
      "đồng; tổng chi ngân sách đạt 980 tỷ đồng."),
], [R("thu ngân sách", value=4300, unit="tỷ đồng", year=2025),
    R("Tổng thu ngân sách nhà nước trên địa bàn", value=4215.3, unit="tỷ đồng"),
    R("tổng chi ngân sách", value=980, unit="tỷ đồng")])

# --- the paragraph right after a list of targets given as examples ('… đề ra 20 chỉ tiêu chủ yếu như: …') goes on
# with it when it opens with a rate and reports nothing ('Duy trì tỷ lệ xã đạt chuẩn quốc gia về y tế 100%; …') ----

EXAMPLES_LEAD = ("Năm 2025, UBND huyện đề ra 20 chỉ tiêu chủ yếu phát triển kinh tế - xã hội như: Tổng thu ngân sách "
                 "nhà nước trên địa bàn đạt 1.210,5 tỷ đồng; tốc độ tăng giá trị sản xuất đạt 9,2%.")

SHAPES["rates_after_a_list_of_examples"] = ([
    P(EXAMPLES_LEAD),
    P("Duy trì tỷ lệ xã đạt chuẩn quốc gia về y tế 100%; tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%."),
], [R("Tổng thu ngân sách nhà nước trên địa bàn", value=1210.5, unit="tỷ đồng"),
    R("tốc độ tăng giá trị sản xuất", value=9.2), R("Duy trì tỷ lệ xã đạt chuẩn quốc gia về y tế", value=100),
    R("tỷ lệ bao phủ bảo hiểm y tế", value=95.5)])

# counterexample: a rate the paragraph reports ('hiện đạt') does not go on with the list
SHAPES["reported_rate_after_a_list_of_examples"] = ([
    P(EXAMPLES_LEAD),
    P("Tỷ lệ bao phủ bảo hiểm y tế của huyện hiện đạt 93,1%; tỷ lệ xã đạt chuẩn quốc gia về y tế 100%."),
], [R("Tổng thu ngân sách nhà nước trên địa bàn", value=1210.5, unit="tỷ đồng"),
    R("tốc độ tăng giá trị sản xuất", value=9.2)])

# --- a rate per population written with both '/' and 'trên' ('30,5 giường bệnh/trên 10.000 dân') is a rate --------

SHAPES["rate_per_population_slash_and_over"] = ([
    P("Quốc hội thống nhất mục tiêu cho ngành y tế năm 2025 có 14 bác sĩ/10.000 dân, 30,5 giường bệnh/trên 10.000 "
      "dân; 95% dân số tham gia BHYT."),
], [R("bác sĩ/10.000 dân", value=14, unit="bác sĩ/10.000 dân", year=2025),
    R("giường bệnh dân", value=30.5, unit="giường bệnh/10.000 dân", year=2025),
    R("dân số tham gia BHYT", value=95, year=2025)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


def test_sibling_takes_no_label_of_the_item_before():
    recs = run(SHAPES["count_clause_and_short_sibling_item"][0])
    visitors = next(r.label for r in recs if r.target_unit == "triệu lượt")
    assert "ngân sách" not in visitors and "[2]" not in visitors, visitors


# --- people counted as a council's members or a parliament's deputies ('bầu 15 đồng chí', '452 ĐBQH') are counts;
# 'đồng' that opens a word for people is no currency --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ xã khóa mới.", [("count", 15, "đồng chí")]),
    ("Kết quả biểu quyết cho thấy có 452 ĐBQH tham gia biểu quyết tán thành.", [("count", 452, "ĐBQH")]),
    ("Kinh phí 12 triệu đồng, chi cho 20 đồng chí dự lớp.", [("money", 12e6, "đồng"), ("count", 20, "đồng chí")]),
    # counterexample: a word for people after 'đồng' is no money, nor a count here
    ("Tỉnh đã hỗ trợ 300 đồng bào vùng lũ.", []),
])
def test_people_counted_not_money(text, expected):
    doc = normalize_document(RawDocument(format="docx", blocks=[P(text)]), "t.docx")
    got = [(q.kind, q.value, q.unit) for q in extract_quantities(doc, segment_document(doc))]
    assert got == expected


# --- a table row of a count unit with a fraction among its values holds an average ('Mặt bằng học vấn | lớp | 7,5 |
# 10'), no count of things; a row of whole counts stays counted ---------------------------------------------------

def _table_counts(*rows):
    doc = normalize_document(RawDocument(format="docx", blocks=[T(*rows)]), "t.docx")
    return [q.value for q in extract_quantities(doc, segment_document(doc)) if q.kind == "count"]


HEADER = ["Số TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2015", "Dự kiến 2020"]


@pytest.mark.parametrize("row, counts", [
    (["4", "Mặt bằng học vấn dân cư", "lớp", "8,5", "11"], []),
    (["5", "Số người bình quân một hộ", "người", "3,8", "3,6"], []),
    # counterexample: whole numbers of a count unit are counted
    (["6", "Số lớp học xây mới", "lớp", "25", "30"], [25, 30]),
])
def test_row_with_a_fraction_holds_an_average(row, counts):
    assert _table_counts(HEADER, row) == counts
