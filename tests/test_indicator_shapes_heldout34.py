"""Round 34's shapes (held-out excerpts of next-year target tables): an estimate column for a year after the
report it is quoted from holds that year's targets ('Ước TH năm 2022' in a report of 03/12/2021); a remark in
parentheses after a cell's figure ('640 (tăng 12%)') is no target and does not hide the amount; a row label
that is a rate per head ('Bác sỹ/vạn dân') or names the units it counts ('Phấn đấu xã đạt chuẩn …') gives a
bare cell ('12-13', '05 - 07') its unit. Tables paraphrased in the genre (places and figures changed)."""
from __future__ import annotations

import pytest

from extractor.link.indicators import extract_indicators
from extractor.model import DocumentMeta, RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document

SOURCE = "(Theo báo cáo số 512/BC-UBND ngày 03/12/2021)"
HEAD = ["Stt", "Chỉ tiêu chủ yếu", "Ước TH năm 2022"]


def _records(titles: list[str], rows: list[list[str]], meta: DocumentMeta = DocumentMeta()):
    blocks = [RawBlock(kind="paragraph", text=t) for t in titles]
    blocks.append(RawBlock(kind="table", rows=[[RawCell(t) for t in r] for r in rows]))
    doc = normalize_document(RawDocument(format="txt", blocks=blocks), "t.md")
    return [(r.target_comparator, r.target_value, r.target_high, r.target_year, r.actual_value) for r in
            extract_indicators(doc, segment_document(doc), [], meta)]


ESTIMATES = [
    # a report of December 2021 cannot estimate 2022's result: the column holds 2022's targets
    ([SOURCE], [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], [(">=", 69.0, None, 2022, None)]),
    (["Nguồn: Báo cáo số 97/BC-UBND ngày 05 tháng 12 năm 2021"],
     [["TT", "Chỉ tiêu", "Ước thực hiện năm 2022"], ["1", "Tỷ lệ che phủ rừng (%)", "58-58,5"]],
     [("range", 58.0, 58.5, 2022, None)]),
    ([], [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], [(">=", 69.0, None, 2022, None)]),  # dated document
    # counterexamples: the report's own year is a result; a resolution's date (no report quoted) decides nothing
    (["(Theo báo cáo số 512/BC-UBND ngày 03/12/2022)"], [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], []),
    (["Chỉ tiêu giao tại Nghị quyết số 15/NQ-HĐND ngày 10/12/2021"],
     [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], []),
    ([SOURCE], [["Stt", "Chỉ tiêu chủ yếu", "Thực hiện năm 2022"], ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]],
     []),
]
META = [DocumentMeta(), DocumentMeta(), DocumentMeta(issued_date="2021-12-03"), DocumentMeta(), DocumentMeta(),
        DocumentMeta()]


@pytest.mark.parametrize("titles,rows,want,meta", [(*c, m) for c, m in zip(ESTIMATES, META)],
                         ids=[f"{i}:{c[1][0][-1]}" for i, c in enumerate(ESTIMATES)])
def test_an_estimate_for_a_year_after_the_report_is_a_target(titles, rows, want, meta):
    assert _records(titles, rows, meta) == want


CELLS = [
    # a remark after the figure: the amount stays, the growth or the reason goes
    (["3", "Kim ngạch nhập khẩu (triệu USD)", "640 (tăng 12%)"], [(">=", 640.0, None)]),
    (["4", "Thu ngân sách nhà nước (Tỷ đồng)", "5.120,5 (giảm 21,4% so với thực hiện năm 2021)"],
     [(">=", 5120.5, None)]),
    (["1", "Tốc độ tăng trưởng GRDP", "tăng 6,8 - 7,5% (do năm 2021 là năm gốc, tăng 1,9%)"],
     [("range", 6.8, 7.5)]),
    (["9", "Lực lượng lao động từ 15 tuổi trở lên (người)", "710.000 (tăng 3,8% so với năm 2021)"],
     [(">=", 710000.0, None)]),
    # rows whose label gives a bare figure its unit
    (["8", "Bác sỹ/vạn dân", "12-13"], [("range", 12.0, 13.0)]),
    (["9", "Số giường bệnh/1 vạn dân", "31"], [(">=", 31.0, None)]),
    (["11", "Phấn đấu xã đạt chuẩn nông thôn mới", "05 - 07"], [("range", 5.0, 7.0)]),
    # counterexamples: what the parenthesis holds is no remark, or the label gives no unit
    (["10", "Tỷ lệ hộ nghèo", "0,6% (theo chuẩn nghèo đa chiều)"], [(">=", 0.6, None)]),
    (["12", "Tỷ lệ lao động qua đào tạo", "70% (trong đó có bằng cấp 30%)"], [(">=", 70.0, None), (">=", 30.0, None)]),
    (["13", "Giường bệnh", "12-13"], []),
    (["14", "Xã hội hóa giáo dục", "05 - 07"], []),
    (["15", "Phấn đấu xã đạt chuẩn nông thôn mới", "6 thôn"], []),    # a noun of its own: not the row's units
]


@pytest.mark.parametrize("row,want", CELLS, ids=[c[0][2] for c in CELLS])
def test_cells_of_a_next_year_target_table(row, want):
    got = _records([SOURCE], [HEAD, row])
    assert [g[:3] for g in got] == want and all(g[3] == 2022 for g in got)


# --- prose and lists, compared as in test_indicator_variants.py ------------------------------------------------
from test_indicator_variants import P, R, check, run  # noqa: E402

SHAPES: dict = {}

# a heading numbered with a dash ('2- Các chỉ tiêu chủ yếu') heads its items as '2. …' does: 'Label: amount unit'
# items in ha, con, mô hình are targets
SHAPES["dash_numbered_heading_heads_its_items"] = ([
    P("1- Mục tiêu tổng quát"), P("Phát triển nông nghiệp theo hướng bền vững, nâng cao đời sống nhân dân."),
    P("2- Các chỉ tiêu chủ yếu (giai đoạn 2026-2030)"), P("* Về kinh tế", "list_item"),
    P("(2) Tổng diện tích gieo trồng hằng năm: 2.950 ha.", "list_item"),
    P("(3) Tổng đàn gia súc: 4.100 con, (trong đó: đàn heo: 1.500 con; đàn bò: 1.300 con).", "list_item"),
    P("(4) Trồng rừng mới: 25 ha/năm.", "list_item"),
    P("(8) Xây dựng mô hình tổ hợp tác: 05 mô hình trở lên.", "list_item"),
], [R("Tổng diện tích gieo trồng", value=2950, unit="ha"), R("Tổng đàn gia súc", value=4100, unit="con"),
    R("Trồng rừng mới", value=25, unit="ha"), R("mô hình tổ hợp tác", value=5, unit="mô hình")])

# counterexample: a dash between two numbers opens no heading ('15- 20 ha' in a report's sentence): results
SHAPES["dash_range_is_no_heading"] = ([
    P("15- Năm 2025, tổng diện tích gieo trồng của xã đạt 2.950 ha, tổng đàn gia súc có 4.100 con."),
], [])

# a later part that sets its figure after a colon of its own ('; tiểu thủ công nghiệp: 8 %') is a part of the lead
SHAPES["later_part_with_its_own_colon_takes_the_lead"] = ([
    P("Các chỉ tiêu chủ yếu giai đoạn 2026-2030:"),
    P("(1) Cơ cấu kinh tế đến năm 2030: Nông - lâm nghiệp 76%; thương mại - dịch vụ 16%; tiểu thủ công nghiệp: 8 %.",
      "list_item"),
], [R("Cơ cấu kinh tế Nông lâm nghiệp", value=76), R("Cơ cấu kinh tế thương mại dịch vụ", value=16),
    R("Cơ cấu kinh tế tiểu thủ công nghiệp", value=8)])

# counterexample: a clause that names a measure of its own before its colon keeps its own label
SHAPES["later_measure_with_its_own_colon_keeps_its_label"] = ([
    P("Các chỉ tiêu chủ yếu giai đoạn 2026-2030:"),
    P("(1) Cơ cấu kinh tế đến năm 2030: Nông - lâm nghiệp 76%; tỷ lệ hộ nghèo giảm bình quân hằng năm: 2 %.",
      "list_item"),
], [R("Cơ cấu kinh tế Nông lâm nghiệp", value=76), R("tỷ lệ hộ nghèo", value=2)])

# a year that opens the lead with no comma after it does not make the lead too long to head its parts
SHAPES["year_before_a_long_lead_heads_its_parts"] = ([
    P("Phấn đấu tốc độ tăng trưởng bình quân đạt 7,5%; đến năm 2030 tỷ trọng các ngành trong cơ cấu kinh tế của "
      "huyện là: nông – lâm - thủy sản chiếm 40%, dịch vụ chiếm 47%, công nghiệp - xây dựng chiếm 13%."),
], [R("tốc độ tăng trưởng", value=7.5), R("tỷ trọng cơ cấu kinh tế nông lâm thủy sản", value=40),
    R("tỷ trọng cơ cấu kinh tế dịch vụ", value=47), R("tỷ trọng cơ cấu kinh tế công nghiệp xây dựng", value=13)])


# a body that sets a number of targets and lists them after a colon in the same sentence: the first one is a target too
SHAPES["set_count_then_colon_lists_targets"] = ([
    P("Với phương châm: “Đoàn kết - Đổi mới - Phát triển”, nhiệm kỳ 2025-2030, Đảng bộ xã Nậm Lư đề ra 11 chỉ tiêu cụ "
      "thể: Tốc độ tăng tổng thu ngân sách nhà nước trên địa bàn bình quân hằng năm đạt 12%; tỷ lệ dân số tham gia bảo "
      "hiểm y tế đạt 98,5%."),
], [R("Tốc độ tăng tổng thu ngân sách", value=12), R("bảo hiểm y tế", value=98.5)])

# counterexample: a count of targets already met opens no list of targets
SHAPES["met_count_then_colon_reports"] = ([
    P("Nhiệm kỳ 2020-2025, Đảng bộ xã Nậm Lư đã hoàn thành 11 chỉ tiêu: tổng thu ngân sách nhà nước trên địa bàn "
      "bình quân hằng năm đạt 12%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,5%."),
], [])

# a later clause that opens with a share of counted things ('; có 7/7 xã được công nhận …') goes on with the cue
SHAPES["share_of_units_after_a_cued_clause"] = ([
    P("Phấn đấu tỷ lệ gia đình, thôn, cơ quan văn hóa trên địa bàn huyện đạt từ 95 đến 96%; có 7/7 xã được công nhận "
      "nông thôn mới nâng cao."),
], [R("tỷ lệ gia đình văn hóa", cmp="range", value=95, high=96), R("xã được công nhận", value=7, unit="xã")])

# counterexample: the same clause after a report's year states a result
SHAPES["share_of_units_in_a_report"] = ([
    P("Năm 2024, tỷ lệ gia đình, thôn, cơ quan văn hóa trên địa bàn huyện đạt 95%; có 7/7 xã được công nhận nông "
      "thôn mới nâng cao."),
], [])

# units the genre writes per head or per hectare: visits per person a year, millions per hectare a year ('triệu' with no
# 'đồng'); 'Mức hưởng thụ văn hóa' is how often people enjoy culture, no benefit rate ('mức hưởng trợ cấp')
SHAPES["rates_per_head_and_per_hectare"] = ([
    P("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2026:"), P("2. Chỉ tiêu về xã hội:", "list_item"),
    P("- Mức hưởng thụ văn hoá 40 lần/người/năm.", "list_item"),
    P("- Số lần khám chữa bệnh bình quân 2,5 lần/người/năm.", "list_item"),
    P("- Giá trị sản xuất nông nghiệp đạt 210 triệu/ha/năm.", "list_item"),
], [R("Mức hưởng thụ văn hoá", value=40, unit="lần/người/năm"),
    R("khám chữa bệnh", value=2.5, unit="lần/người/năm"),
    R("Giá trị sản xuất nông nghiệp", value=210, unit="triệu/ha/năm")])

# counterexamples: a frequency per year, and a benefit rate of a rule, set no target
SHAPES["frequency_and_benefit_rate_set_none"] = ([
    P("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2026:"), P("2. Chỉ tiêu về xã hội:", "list_item"),
    P("- Rà soát danh mục tối thiểu 1 lần/năm.", "list_item"),
    P("- Mức hưởng trợ cấp tối đa 30 triệu đồng/người/năm.", "list_item"),
], [])

# a sub-item named in a word under an item whose parts follow ('…, trong đó:') is a part of it
SHAPES["one_word_sub_item_is_a_part_of_the_item_above"] = ([
    P("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2026:"), P("1. Chỉ tiêu về kinh tế:", "list_item"),
    P("- Thực hiện tổng diện tích gieo trồng 690 ha, trong đó:", "list_item"),
    P("+ Lúa 455 ha", "list_item"), P("+ Màu và cây công nghiệp ngắn ngày: 235 ha.", "list_item"),
], [R("tổng diện tích gieo trồng", value=690, unit="ha"), R("tổng diện tích gieo trồng Lúa", value=455, unit="ha"),
    R("Màu và cây công nghiệp ngắn ngày", value=235, unit="ha")])

# counterexample: a short item under an item that lists no parts continues that item, as before
SHAPES["short_item_continues_the_item_above"] = ([
    P("CÁC CHỈ TIÊU CHỦ YẾU CỦA NĂM 2026:"), P("1. Chỉ tiêu về xã hội:", "list_item"),
    P("- Tỷ lệ trường đạt chuẩn quốc gia đạt 80%.", "list_item"),
    P("+ Đối với các xã: đạt tối thiểu 60%.", "list_item"),
], [R("Tỷ lệ trường đạt chuẩn quốc gia", value=80), R("Tỷ lệ trường đạt chuẩn quốc gia", value=60)])

# a later clause of a rate's item named in a word or two ('; cá nhân đạt 80%') is the same rate over that group
SHAPES["group_clause_after_a_rate_takes_the_rate"] = ([
    P("2. Các chỉ tiêu chủ yếu (giai đoạn 2026-2030)"),
    P("(7) Phấn đấu tỷ lệ cấp giấy chứng nhận quyền sử dụng đất công đạt 100%;\ntổ chức đạt 85%.", "list_item"),
], [R("tỷ lệ cấp giấy chứng nhận đất công", value=100), R("tỷ lệ cấp giấy chứng nhận tổ chức", value=85)])

# counterexamples: parts of a whole that is no rate, and a later clause naming a measure of its own, keep their words
SHAPES["parts_and_own_measures_keep_their_words"] = ([
    P("2. Các chỉ tiêu chủ yếu (giai đoạn 2026-2030)"),
    P("- Nông, lâm nghiệp 24%; Công nghiệp 41%; Dịch vụ 35%.", "list_item"),
    P("- Tỷ lệ hộ nghèo dưới 2%; tỷ lệ hộ cận nghèo dưới 4%.", "list_item"),
], [R("Nông, lâm nghiệp", value=24), R("Công nghiệp", value=41), R("Dịch vụ", value=35),
    R("Tỷ lệ hộ nghèo", cmp="<", value=2), R("tỷ lệ hộ cận nghèo", cmp="<", value=4)])

@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


def test_parts_take_no_rate():
    labels = [r.label for r in run(SHAPES["parts_and_own_measures_keep_their_words"][0])]
    assert not any("Công nghiệp" in x and "Nông" in x for x in labels) and \
        not any("cận nghèo" in x and x.lower().count("tỷ lệ") > 1 for x in labels), labels


def test_a_motto_heads_no_label():
    """'Với phương châm: “…”' before the list is a slogan: no label takes it as its lead."""
    labels = [r.label for r in run(SHAPES["set_count_then_colon_lists_targets"][0])]
    assert labels and not any("phương châm" in x.lower() for x in labels), labels


def test_own_measure_takes_no_lead():
    labels = [r.label for r in run(SHAPES["later_measure_with_its_own_colon_keeps_its_label"][0])]
    assert not any("hộ nghèo" in x and "Cơ cấu" in x for x in labels), labels
