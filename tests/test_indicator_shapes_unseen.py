"""Target shapes read off a third round of unseen excerpts (district and commune plans, Party-style
lists of main targets, news items reporting a plan's targets): each rule a table of strings written in
the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py (words of the label, level, comparator, value, high, unit, actual, year)."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, HEADER_REPORT, H, P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 'hơn X%' is a lower bound like 'trên X%'; 'ít hơn', 'thấp hơn' stay ceilings -----------------------------

SHAPES["hon_is_more_than"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Phấn đấu 100% doanh nghiệp dùng hóa đơn điện tử, hơn 60% dùng hợp đồng điện tử.", "list_item"),
    P("- Tỷ lệ hồ sơ giải quyết quá hạn ít hơn 2%.", "list_item"),
    P("- Tỷ lệ hộ nghèo thấp hơn 3%.", "list_item"),
], [R("doanh nghiệp hóa đơn điện tử", value=100, year=2025),
    R("hợp đồng điện tử", cmp=">", value=60, year=2025),
    R("hồ sơ giải quyết quá hạn", cmp="<", value=2, year=2025),
    R("tỷ lệ hộ nghèo", cmp="<", value=3, year=2025)])


@pytest.mark.parametrize("written, cmp", [
    ("hơn 50% doanh nghiệp", ">"), ("đạt hơn 50%", ">"), ("nhiều hơn 50%", ">"),
    ("ít hơn 50%", "<"), ("thấp hơn 50%", "<"), ("không ít hơn 50%", ">="), ("trên 50%", ">"),
])
def test_comparator_words(written, cmp):
    from extractor.link.figures import find_figures
    (f,) = find_figures(written)
    assert f.cmp == cmp and f.value == 50
    assert "hơn" not in written[f.expr_end:]


# --- a second clause that only names another period repeats the first clause's indicator ----------------------

SHAPES["elliptic_clause_names_only_a_period"] = (HEADER_PLAN + [
    H("II. CHỈ TIÊU CHỦ YẾU"),
    P("- Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn 2021 - 2025 là 10-11% và giai đoạn "
      "2026 - 2030 là 9-10%;", "list_item"),
    P("- Tỷ lệ hộ nghèo đa chiều giảm bình quân hằng năm giai đoạn 2021 - 2025 từ 2 - 3% và giai đoạn "
      "2026 - 2030 từ 1 - 2%;", "list_item"),
    # counterexample: the second clause names a thing of its own
    P("- Tỷ lệ đô thị hóa đạt 35% và tỷ lệ che phủ rừng đạt 52% vào năm 2030.", "list_item"),
], [R("tốc độ tăng trưởng giá trị sản xuất giai đoạn 2021 - 2025", cmp="range", value=10, high=11, year=2025),
    R("tốc độ tăng trưởng giá trị sản xuất giai đoạn 2026 - 2030", cmp="range", value=9, high=10, year=2030),
    R("hộ nghèo đa chiều giảm giai đoạn 2021 - 2025", cmp="range", value=2, high=3, year=2025),
    R("hộ nghèo đa chiều giảm giai đoạn 2026 - 2030", cmp="range", value=1, high=2, year=2030),
    R("tỷ lệ đô thị hóa", value=35, year=2030),
    R("che phủ rừng", value=52, year=2030)])


@pytest.mark.parametrize("clause, period", [
    ("và giai đoạn 2026 - 2030 là", "giai đoạn 2026 - 2030"),
    ("và đến năm 2030 đạt", "đến năm 2030"),
    ("năm 2030 còn", "năm 2030"),
    # counterexamples: a clause with a thing of its own
    ("và tỷ lệ che phủ rừng năm 2030", None),
    ("vốn ngân sách nhà nước giai đoạn 2026 - 2030", None),
    ("và tỷ lệ lao động qua đào tạo", None),
])
def test_only_period(clause, period):
    from extractor.link.label_parts import _only_period
    assert _only_period(clause) == period


# --- a lead with a colon, then named parts each with its figure; a later clause opening a period of its own ----

SHAPES["lead_colon_named_parts_and_period_group"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Cơ cấu kinh tế đến năm 2025: Nông nghiệp 30-31%, Công nghiệp - Xây dựng 40-41%, Dịch vụ 28-29%. "
      "Đến năm 2030: Nông nghiệp 25-26%; Công nghiệp - Xây dựng 43-44%, Dịch vụ 30-31%;", "list_item"),
    P("- Cơ cấu ngành năm 2025: Nông, lâm nghiệp khoảng 20%; các ngành dịch vụ khoảng 35%.", "list_item"),
    # counterexample: levels after the colon are the records' levels, the lead alone is the label
    P("- Hồ sơ công việc được xử lý trên môi trường mạng: Cấp tỉnh 90%, cấp huyện 70%.", "list_item"),
], [R("cơ cấu kinh tế nông nghiệp", cmp="range", value=30, high=31, year=2025),
    R("cơ cấu kinh tế công nghiệp xây dựng", cmp="range", value=40, high=41, year=2025),
    R("cơ cấu kinh tế dịch vụ", cmp="range", value=28, high=29, year=2025),
    R("cơ cấu kinh tế nông nghiệp", cmp="range", value=25, high=26, year=2030),
    R("cơ cấu kinh tế công nghiệp xây dựng", cmp="range", value=43, high=44, year=2030),
    R("cơ cấu kinh tế dịch vụ", cmp="range", value=30, high=31, year=2030),
    R("cơ cấu ngành nông lâm nghiệp", value=20, year=2025),
    R("cơ cấu ngành các ngành dịch vụ", value=35, year=2025),
    R("hồ sơ công việc môi trường mạng", level="tỉnh", value=90, year=2025),
    R("hồ sơ công việc môi trường mạng", level="huyện", value=70, year=2025)])


@pytest.mark.parametrize("between, named", [
    (" Nông nghiệp ", True), (" Công nghiệp - Xây dựng ", True),
    (" CN - TTCN - xây dựng ", True),
    # counterexamples: a level, a cue, nothing
    (" Cấp tỉnh ", False), (" đạt ", False), (" ", False), (" Đạt tối thiểu ", False),
])
def test_names_an_item(between, named):
    from extractor.link.records import _names_an_item
    assert _names_an_item(between) is named


# --- a heading of main targets run into its numbered items in one paragraph (a news page, a flattened PDF) -------

SHAPES["heading_run_into_numbered_items"] = (HEADER_PLAN + [
    P("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 I. Về kinh tế (4 chỉ tiêu) 1. Tốc độ tăng giá trị sản xuất bình quân "
      "hằng năm đạt 12%. 2. Thu nhập bình quân đầu người đến năm 2030: 90 triệu đồng. 3. Tổng sản lượng lương thực "
      "bình quân hằng năm: 30.000 tấn. 4. Tổng số doanh nghiệp thành lập mới giai đoạn 2026-2030: 150 doanh nghiệp. "
      "II. Về xã hội (2 chỉ tiêu) 5. Tỷ lệ lao động qua đào tạo năm 2030: 75%. 6. Tỷ lệ hộ nghèo giảm bình quân "
      "hằng năm 1,5%. 7. Diện tích đất nông nghiệp được tích tụ, tập trung để sản xuất hàng hóa quy mô lớn, ứng dụng "
      "công nghệ cao đến năm 2030 đạt 2.000 ha."),
    # counterexample: a paragraph of results numbered the same way sets no targets
    P("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024: 1. Tốc độ tăng giá trị sản xuất đạt 10,2%. 2. Thu nhập "
      "bình quân đầu người: 65 triệu đồng."),
], [R("tốc độ tăng giá trị sản xuất", value=12, year=2030),
    R("thu nhập bình quân đầu người", value=90, unit="triệu đồng", year=2030),
    R("tổng sản lượng lương thực", value=30000, unit="tấn", year=2030),
    R("tổng số doanh nghiệp thành lập mới", value=150, unit="doanh nghiệp", year=2030),
    R("lao động qua đào tạo", value=75, year=2030),
    R("hộ nghèo giảm", value=1.5, year=2030),
    R("diện tích đất nông nghiệp tích tụ công nghệ cao", value=2000, unit="ha", year=2030)])


# --- one figure for levels the sentence enumerates; a span of levels or one level named alone is no split ----------

SHAPES["enumerated_levels_share_one_target"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- 100% văn bản đi, đến của cơ quan cấp huyện, cấp xã được xử lý trên môi trường mạng.", "list_item"),
    P("- Ủy ban nhân dân cấp tỉnh và cấp huyện tổ chức 100% cuộc họp bằng hệ thống họp không giấy.", "list_item"),
    # counterexamples: a span from one level to another, a single level in the label
    P("- 100% hệ thống thông tin được kết nối thông suốt từ cấp tỉnh đến cấp xã.", "list_item"),
    P("- 100% Hệ thống một cửa điện tử cấp tỉnh được nâng cấp.", "list_item"),
    P("- 100% giao dịch trên Cổng dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh "
      "được xác thực điện tử.", "list_item"),
], [R("văn bản đi đến", level="huyện", value=100, year=2025),
    R("văn bản đi đến", level="xã", value=100, year=2025),
    R("cuộc họp không giấy", level="tỉnh", value=100, year=2025),
    R("cuộc họp không giấy", level="huyện", value=100, year=2025),
    R("hệ thống thông tin kết nối", value=100, year=2025),
    R("hệ thống một cửa điện tử cấp tỉnh", value=100, year=2025),
    R("giao dịch xác thực điện tử cấp bộ cấp tỉnh", value=100, year=2025)])

# --- a news item retelling a plan: 'hướng đến' a share, 'nâng ... lên' a share -----------------------------------

SHAPES["news_retelling_a_plan"] = ([
    P("Huyện Tây Sơn ban hành kế hoạch chuyển đổi số năm 2025."),
    P("Về xã hội số, huyện hướng đến 85% hộ gia đình có internet cáp quang. Đồng thời nâng mức hài lòng của "
      "người dân, doanh nghiệp lên 92%."),
    # counterexamples: 'hướng đến' with no figure, 'nâng ... lên' a count reports what was built
    P("Huyện hướng đến xây dựng chính quyền số. Các doanh nghiệp xây dựng thêm trạm BTS, nâng tổng số trạm trên "
      "địa bàn lên 312 trạm."),
], [R("hộ gia đình internet cáp quang", value=85),
    R("mức hài lòng người dân doanh nghiệp", value=92)])


# --- what is not a target: the bodies a target is given to, a share computed from its total, a purpose clause ----

SHAPES["recipients_computed_shares_and_purpose_clauses"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU"),
    P("Chỉ tiêu giao cho 15 sở, ngành và UBND các xã về tỷ lệ cấp kết quả điện tử năm 2025 là 100%."),
    P("Phấn đấu thu hút 30 doanh nghiệp công nghệ số."),
], [R("tỷ lệ cấp kết quả điện tử", level="tỉnh", value=100, year=2025),     # the sở's level and the communes'
    R("tỷ lệ cấp kết quả điện tử", level="xã", value=100, year=2025),       # (round 24: one record per level)
    R("doanh nghiệp công nghệ số", value=30, unit="doanh nghiệp", year=2025)])

# counterexamples in a news item: a count of what was built, broken down, then a purpose clause; a share with its total
SHAPES["news_tally_purpose_clause_and_computed_share"] = ([
    P("Hạ tầng viễn thông tiếp tục được đầu tư."),
    P("Năm nay các doanh nghiệp xây dựng thêm trạm BTS, nâng tổng số trạm lên 5.120 trạm, trong đó có 1.020 trạm 4G, "
      "60 trạm 5G, bảo đảm phủ sóng đến 2.015 thôn, đạt tỷ lệ 99,2% tổng 2.031 thôn."),
], [])


@pytest.mark.parametrize("before, figure, why", [
    ("chỉ tiêu giao cho ", "13 sở, ban", "recipient"),
    ("tăng trưởng hai con số cho ", "16 tỉnh, thành phố", "recipient"),
    # counterexamples: things counted as the aim
    ("phấn đấu hỗ trợ cho ", "50 doanh nghiệp", None),
    ("Phấn đấu có ", "20 tập dữ liệu mở", None),
])
def test_recipients_are_not_targets(before, figure, why):
    from extractor.link.figures import Figure
    from extractor.link.not_targets import _not_a_target
    text = before + figure + " thực hiện."
    start = len(before)
    end = start + len(figure.split()[0])
    f = Figure(start, end, float(figure.split()[0]), unit=figure.split()[1], expr_start=start, expr_end=end)
    assert _not_a_target(text, f) == why


# --- amounts and counts as targets: dated with no verb, after 'hình thành mới', 'thu hút thêm', 'kết nạp từ' -----

SHAPES["amounts_and_counts_as_targets"] = (HEADER_PLAN + [
    H("1. Chỉ tiêu kinh tế"),
    P("- Sản lượng lương thực có hạt 12.000 tấn đến năm 2027 và 13.500 tấn đến năm 2030;", "list_item"),
    P("- Phấn đấu hình thành mới tối thiểu 20 - 40 doanh nghiệp khởi nguồn;", "list_item"),
    P("- Thu hút thêm 15 dự án đầu tư vào khu công nghiệp;", "list_item"),
    P("- Phấn đấu mỗi năm kết nạp từ 60 đảng viên mới trở lên;", "list_item"),
    # counterexample: an amount of a past year with no verb is no target
    P("- Sản lượng lương thực năm 2024 là 11.200 tấn.", "list_item"),
], [R("sản lượng lương thực có hạt", value=12000, unit="tấn", year=2027),
    R("sản lượng lương thực có hạt", value=13500, unit="tấn", year=2030),
    R("doanh nghiệp khởi nguồn", cmp="range", value=20, high=40, unit="doanh nghiệp"),
    R("dự án đầu tư", value=15, unit="dự án"),
    R("kết nạp đảng viên mới", value=60, unit="đảng viên")])


# --- one figure that several listed rates share ('đều') sets a target for each --------------------------------

SHAPES["listed_rates_share_one_figure"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU"),
    P("Năm 2025, chỉ tiêu giao cho các sở, ngành đối với tỷ lệ cấp kết quả điện tử, tỷ lệ hồ sơ trực tuyến có phát "
      "sinh thanh toán và tỷ lệ số hóa kết quả giải quyết đều ở mức 100%."),
    # counterexample: 'đều' after a group of bodies, not after listed rates
    P("Phấn đấu tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 80%, các huyện đều đạt 70%."),
], [R("tỷ lệ cấp kết quả điện tử", value=100, year=2025),
    R("tỷ lệ hồ sơ trực tuyến có phát sinh thanh toán", value=100, year=2025),
    R("tỷ lệ số hóa kết quả giải quyết", value=100, year=2025),
    R("tỷ lệ hồ sơ trực tuyến toàn tỉnh", value=80, year=2025),
    R("các huyện", value=70, year=2025)])


# --- a purpose clause restates a target set elsewhere; the main clause after it may set a new one ---------------

SHAPES["purpose_clause_restates_a_target"] = ([
    P("Năm 2026, tỉnh phấn đấu tăng trưởng kinh tế đạt 9% trở lên."),
    P("Để thực hiện mục tiêu tăng trưởng đạt 9% trở lên, các sở, ngành cần triển khai quyết liệt các giải pháp."),
    P("Nhằm hoàn thành chỉ tiêu giải ngân 100% kế hoạch vốn, phấn đấu đến hết quý III giải ngân tối thiểu 70% vốn."),
], [R("tăng trưởng kinh tế", value=9, year=2026),
    R("giải ngân vốn", value=70)])


# --- dashed items run into one line; an item that is only its label and an amount; a bound after 'kg/năm' -------

SHAPES["dashed_items_run_into_a_line"] = (HEADER_PLAN + [
    H("3.1. Các chỉ tiêu chủ yếu"),
    P("- Tổng sản lượng lương thực có hạt đạt 95.000 tấn trở lên. - Lương thực bình quân đầu người 650kg/ năm trở "
      "lên. - GDP bình quân đầu người 21,5 triệu đồng/năm. - Tổng vốn đầu tư toàn xã hội 1.800 tỷ đồng.", "list_item"),
    P("- Khai trương xây dựng 12 làng văn hóa. - Tỷ lệ tăng dân số tự nhiên dưới 0,8%.", "list_item"),
    P("- Số hộ dùng nước hợp vệ sinh tăng từ 2% trở lên (để đạt 85% trở lên) - Hộ có nhà tiêu hợp vệ sinh tăng từ "
      "3-4%.", "list_item"),
], [R("tổng sản lượng lương thực có hạt", value=95000, unit="tấn"),
    R("lương thực bình quân đầu người", value=650, unit="kg"),
    R("GDP bình quân đầu người", value=21.5, unit="triệu đồng"),
    R("tổng vốn đầu tư toàn xã hội", value=1800, unit="tỷ đồng"),
    R("xây dựng làng văn hóa", value=12, unit="làng"),
    R("tỷ lệ tăng dân số tự nhiên", cmp="<", value=0.8),
    R("số hộ dùng nước hợp vệ sinh tăng", value=2),
    R("hộ có nhà tiêu hợp vệ sinh tăng", cmp="range", value=3, high=4)])

# counterexample: in a paragraph of prose, a clause that ends with an amount is no item
SHAPES["a_clause_ending_with_an_amount_is_no_item"] = (HEADER_REPORT + [
    H("2. Chi ngân sách địa phương"),
    P("Tổng chi ngân sách địa phương năm 2025 được giao là 18.500 tỷ đồng. Trong đó: chi cân đối 15.200 tỷ đồng; "
      "chi các chương trình mục tiêu, nhiệm vụ 3.300 tỷ đồng."),
], [])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
