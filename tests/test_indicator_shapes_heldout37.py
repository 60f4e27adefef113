"""Target shapes read off round 37's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import extract_quantities
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document
from test_indicator_variants import H, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a bare line 'Các chỉ tiêu chủ yếu:' opens a list of targets, and a theme sub-heading numbered like a heading
# ('1. Về kinh tế:') between it and its '- ' items keeps the list open: plain amounts in the items are targets --

TITLE = P("Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024")

SHAPES["bare_main_targets_lead_over_dash_items"] = ([
    TITLE,
    P("Các chỉ tiêu chủ yếu:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
    P("- Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội dưới 31%."),
], [R("Tỷ lệ đô thị hóa", value=22.4), R("Tỷ trọng lao động nông nghiệp", cmp="<", value=31)])

SHAPES["numbered_theme_between_lead_and_items"] = ([
    TITLE,
    P("Các chỉ tiêu chủ yếu:"),
    P("1. Về kinh tế:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
    P("2. Về môi trường:"),
    P("- Tỷ lệ che phủ rừng đạt 47,1%."),
], [R("Tỷ lệ đô thị hóa", value=22.4), R("Tỷ lệ che phủ rừng", value=47.1)])

SHAPES["lettered_theme_between_lead_and_items"] = ([
    TITLE,
    P("Mục tiêu chủ yếu:"),
    P("a) Về xã hội:"),
    P("- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%."),
], [R("Tỷ lệ dân số tham gia bảo hiểm y tế", value=95.2)])

# counterexamples: a lead of results opens no list of targets, and a numbered line that is no theme closes the list
SHAPES["results_lead_opens_no_list"] = ([
    TITLE,
    P("Kết quả thực hiện các chỉ tiêu chủ yếu:"),
    P("1. Về kinh tế:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
], [])

SHAPES["numbered_heading_that_is_no_theme_closes_the_list"] = ([
    TITLE,
    P("Các chỉ tiêu chủ yếu:"),
    P("- Tỷ lệ đô thị hóa đạt 22,4%."),
    P("2. Tình hình thực hiện năm 2023"),
    P("- Tỷ lệ che phủ rừng đạt 47,1%."),
], [R("Tỷ lệ đô thị hóa", value=22.4)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


# --- a multiple of a base right after an amount and a comma ('đạt: 412,5 tỷ.đ, tăng 0,6 lần so với năm 2014')
# measures that amount's change: the amount is the target, the multiple none; a multiple the sentence sets on its
# own ('tăng ít nhất 1,5 lần so với năm 2020') stays a target. A scale with its currency abbreviated ('tỷ.đ') is
# money, and the stop inside it ends no sentence -------------------------------------------------------------

GOALS = P("PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2020 - 2025:")


@pytest.mark.parametrize("item, expected", [
    ("- Tổng giá trị sản xuất trên địa bàn đến năm 2025 đạt: 412,5 tỷ.đ, tăng 0,6 lần so với thời kỳ 2015 - 2020.",
     [R("Tổng giá trị sản xuất", value=412.5, unit="tỷ.đ")]),
    ("- Tổng đàn bò năm 2025: 320 con, tăng 0,05 lần so với năm 2020.", [R("Tổng đàn bò", value=320, unit="con")]),
    ("- Cơ cấu kinh tế: dịch vụ 52,3%, tăng 0,1 lần so với năm 2020.", [R("Cơ cấu kinh tế dịch vụ", value=52.3)]),
    # counterexamples: a multiple the sentence sets on its own is the target
    ("- Thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020.",
     [R("Thu nhập bình quân", value=1.5, unit="lần")]),
    ("- Đến năm 2025, quy mô kinh tế tăng 1,8 lần so với năm 2020.", [R("quy mô kinh tế", value=1.8, unit="lần")]),
])
def test_multiple_after_an_amount_is_its_change(item, expected):
    check([GOALS, P("1. Về Kinh tế:"), P(item)], expected)


@pytest.mark.parametrize("text, pieces", [
    ("Tổng vốn đầu tư toàn xã hội 5 năm đạt: 187,2 tỷ.đ, tăng 0,33 lần so với thời kỳ 2010 - 2015.", 1),
    ("Doanh thu dịch vụ năm 2025 đạt 15 tr.đ/người, cao hơn mức bình quân chung của cả huyện.", 1),
    # counterexample: a stop a space follows ends the sentence, whatever letter comes next
    ("Chi tiết xem tại cổng thông tin điện tử của tỉnh. tổng vốn đầu tư toàn xã hội đạt 187,2 tỷ đồng.", 2),
])
def test_stop_inside_an_abbreviation_ends_no_sentence(text, pieces):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    assert len(segment_document(doc)) == pieces


# --- a place out of those ranked that a plan sets ('xếp 18/63 tỉnh, thành phố' → <= 18 hạng, 'xếp vị trí 8 - 12/63'
# → range 8-12 hạng) is a rank, no ratio, and so is a place in another ranking listed after it (', 4/14 tỉnh vùng
# …'); an index's score in points ('điểm số PCI đạt trên 67,5 điểm') is a target of its own -------------------

PLAN = P("Kế hoạch nâng cao các chỉ số PCI, PAPI của tỉnh năm 2024")


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024, phấn đấu Chỉ số PAPI xếp 18/63 tỉnh, thành phố cả nước.",
     [R("Chỉ số PAPI xếp tỉnh thành phố", cmp="<=", value=18, unit="hạng")]),
    ("Năm 2024, phấn đấu Chỉ số PCI xếp vị trí 8 - 12/63 tỉnh, thành phố trên cả nước.",
     [R("Chỉ số PCI xếp vị trí", cmp="range", value=8, high=12, unit="hạng")]),
    ("Năm 2024, phấn đấu điểm số PCI đạt trên 67,5 điểm.", [R("điểm số PCI", cmp=">", value=67.5, unit="điểm")]),
    ("Năm 2024, phấn đấu Chỉ số PAPI đạt từ 45 điểm trở lên.",
     [R("Chỉ số PAPI", cmp=">=", value=45, unit="điểm")]),
    # counterexamples: a share of units done is no rank, a score awarded is no target
    ("Năm 2024, phấn đấu có 12/15 xã đạt chuẩn nông thôn mới.", [R("xã đạt chuẩn nông thôn mới", value=12, unit="xã")]),
    ("Đơn vị hoàn thành sớm được cộng 2 điểm.", []),
])
def test_rank_places_and_index_scores(text, expected):
    check([PLAN, P(text)], expected)


@pytest.mark.parametrize("text, ratios", [
    ("Phấn đấu Chỉ số PAPI xếp 18/63 tỉnh, thành phố cả nước, 4/14 tỉnh vùng Tây Nguyên.", []),
    ("Phấn đấu Chỉ số PCI xếp vị trí 8 - 12/63 tỉnh, thành phố trên cả nước.", []),
    # counterexample: shares of units done stay ratios
    ("Đến nay đã có 12/15 xã, 3/5 huyện đạt chuẩn nông thôn mới.", [(12, 15), (3, 5)]),
])
def test_rank_places_are_no_ratios(text, ratios):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    got = [(q.numerator, q.denominator) for q in extract_quantities(doc, segment_document(doc)) if q.kind == "ratio"]
    assert got == ratios


# --- rooms for guests are counted ('khoảng 1,2 triệu buồng' → 1200000 buồng); a room named by its number is not --

@pytest.mark.parametrize("text, counts", [
    ("Về nhu cầu buồng lưu trú, năm 2026, khoảng 1,2 triệu buồng; đến năm 2035, khoảng 1,8 triệu buồng.",
     [(1200000, "buồng"), (1800000, "buồng")]),
    ("Toàn tỉnh có 4.500 buồng lưu trú đạt chuẩn.", [(4500, "buồng lưu trú")]),
    # counterexample: a room's number counts nothing
    ("Bệnh nhân nằm ở buồng 3 của khoa.", []),
])
def test_rooms_counted(text, counts):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    got = [(q.value, q.unit) for q in extract_quantities(doc, segment_document(doc)) if q.kind == "count"]
    assert got == counts


# --- a measured amount done over planned, its unit written twice ('52,4  ha/60 ha') is a ratio, as money is -------

@pytest.mark.parametrize("text, ratios", [
    ("Trồng mới rừng được trên 52,4  ha/60 ha, đạt 87,3% kế hoạch.", [(52.4, 60)]),
    ("Diện tích lúa chất lượng cao 1.150 ha/1.200 ha.", [(1150, 1200)]),
    # counterexamples: two units that differ, or a yield per area, are no ratio
    ("Diện tích trồng mới 20 ha/50 tấn giống.", []),
    ("Năng suất lúa đạt 58 tạ/ha/vụ.", []),
])
def test_measured_amount_over_planned_is_a_ratio(text, ratios):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    got = [(q.numerator, q.denominator) for q in extract_quantities(doc, segment_document(doc)) if q.kind == "ratio"]
    assert got == ratios


# --- targets said to be met ('Các chỉ tiêu đạt cao bao gồm : …') open a list of results: 'chỉ tiêu' there is no cue --

REPORT = H("Báo cáo tình hình kinh tế - xã hội năm 2022")


@pytest.mark.parametrize("text, expected", [
    ("Các chỉ tiêu đạt cao bao gồm : Tổng diện tích gieo trồng cây hằng năm đạt gần 12.000 héc ta , đạt 102% nghị "
     "quyết; sản lượng hồ tiêu trên 31.000 tấn đạt, trên 100% kế hoạch.", []),
    ("Nhiều chỉ tiêu vượt kế hoạch: sản lượng lúa đạt 45.000 tấn; diện tích cao su 2.100 ha.", []),
    # counterexample: a lead of targets in the same shape still opens targets
    ("Các chỉ tiêu chủ yếu năm 2023 bao gồm: Tỷ lệ che phủ rừng đạt 47%; tỷ lệ hộ nghèo giảm 1,5%.",
     [R("Tỷ lệ che phủ rừng", value=47), R("tỷ lệ hộ nghèo giảm", value=1.5)]),
])
def test_targets_said_met_open_results(text, expected):
    check([REPORT, P(text)], expected)


# --- a target the Government assigns to a named province ('Lạng Sơn là tỉnh được Chính phủ giao chỉ tiêu …') has
# level tỉnh; the country's own target has none ----------------------------------------------------------------

NEWS = P("Địa phương nào được giao chỉ tiêu tăng trưởng cao nhất năm 2026?")


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, Lạng Sơn là tỉnh được Chính phủ giao chỉ tiêu tăng trưởng kinh tế cao nhất cả nước 12,8%.",
     [R("Lạng Sơn chỉ tiêu tăng trưởng kinh tế", level="tỉnh", value=12.8)]),
    ("Năm 2026, Hà Giang được Thủ tướng Chính phủ giao chỉ tiêu tăng trưởng kinh tế 11,5%.",
     [R("chỉ tiêu tăng trưởng kinh tế", level="tỉnh", value=11.5)]),
    # counterexample: the country's target has no level
    ("Chính phủ đặt mục tiêu tăng trưởng cả nước năm 2026 đạt 8% trở lên.",
     [R("tăng trưởng cả nước", level=None, value=8)]),
])
def test_target_assigned_to_a_named_province(text, expected):
    check([NEWS, P(text)], expected)


# --- results per level against a resolution's targets ('… cấp tỉnh đạt 96,2% vượt chỉ tiêu tại Nghị quyết số …
# đề ra là từ 90% trở lên; cấp huyện đạt 94,1% (Nghị quyết đề ra từ 80% trở lên) và cấp xã …'): each result takes
# the target in the parenthesis right after it, the label before it at its own level, and that level ------------

BN = H("Báo cáo kết quả xử lý văn bản trên hệ thống quản lý văn bản năm 2024")


@pytest.mark.parametrize("text, expected", [
    ("Cụ thể, tỷ lệ ký số văn bản điện tử cấp tỉnh đạt 96,2% vượt chỉ tiêu tại Nghị quyết số 17/NQ-CP của Chính phủ "
     "về phát triển Chính phủ điện tử, định hướng đến 2025 đề ra là từ 90% trở lên; cấp huyện đạt 94,1% (Nghị quyết "
     "đề ra từ 80% trở lên) và cấp xã đạt 98,3% (Nghị quyết đề ra từ 60% trở lên).",
     [R("tỷ lệ ký số văn bản điện tử cấp tỉnh", level="tỉnh", value=90, actual=96.2, status="vượt"),
      R("tỷ lệ ký số văn bản điện tử cấp huyện", level="huyện", value=80, actual=94.1),
      R("tỷ lệ ký số văn bản điện tử cấp xã", level="xã", value=60, actual=98.3)]),
    # counterexample: results against one target, no level named, keep their label and no level
    ("Tỷ lệ hồ sơ trực tuyến đạt 85,2%, vượt chỉ tiêu được giao (80%).",
     [R("Tỷ lệ hồ sơ trực tuyến", level=None, value=80, actual=85.2, status="vượt")]),
])
def test_results_per_level_against_a_resolution(text, expected):
    check([BN, P(text)], expected)
