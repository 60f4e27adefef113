"""Near misses: targets chitieu finds with the right figure but a wrong field (benchmarks/near_misses.py lists
them per gold set). Each rule is a table of strings written in the genre's style (paraphrased, not copied),
with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, HEADER_PLAN, HEADER_REPORT, H, P, R, T, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- year: a period closing the figure's object is the target's own, over a period stated before it ----------

SHAPES["period_after_the_object_is_the_targets_year"] = ([
    P("Tỉnh Hòa Sơn đẩy mạnh phát triển kinh tế số."),
    P("Nghị quyết của Tỉnh ủy đã xác định mục tiêu của giai đoạn 2021 – 2025, kinh tế số sẽ chiếm 20% GRDP và "
      "khoảng 35% GRDP vào năm 2030."),
    P("Năm 2026 bổ sung 500 tỷ đồng từ nguồn vượt thu năm 2025 và bảo đảm mức tối thiểu 3% tổng chi ngân sách "
      "tỉnh cho KHCN, ĐMST và CĐS trong năm 2026."),
    P("Giai đoạn 2021 – 2025, phấn đấu tỷ lệ dân số có tài khoản thanh toán đạt 80% số người trưởng thành "
      "đến hết năm 2027."),
], [R("kinh tế số chiếm GRDP", value=20, year=2025),
    R("kinh tế số chiếm GRDP", value=35, year=2030),
    R("tổng chi ngân sách tỉnh cho KHCN", value=3, year=2026),
    R("tài khoản thanh toán", value=80, year=2027)])

# counterexamples: a period that opens the next clause or the next figure's clause, one after a comma that
# opens a clause, a baseline
SHAPES["period_of_another_clause_is_not_the_targets"] = ([
    P("Tỉnh Hòa Sơn đẩy mạnh phát triển kinh tế số."),
    P("Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 50% và đến năm 2030 đạt 80%."),
    P("Đến năm 2025, phấn đấu kinh tế số chiếm 20% GRDP, đến năm 2030 chiếm 30% GRDP."),
    P("Tỉnh đặt mục tiêu tăng trưởng năm 2025 đạt 8% trở lên, tạo nền tảng để tăng trưởng hai con số trong năm "
      "2026."),
    P("Đến năm 2025, phấn đấu thu nhập bình quân đầu người tăng 15% so với năm 2020."),
], [R("hồ sơ trực tuyến", value=50, year=2025),
    R("hồ sơ trực tuyến", value=80, year=2030),
    R("kinh tế số chiếm GRDP", value=20, year=2025),
    R("chiếm GRDP", value=30, year=2030),
    R("tăng trưởng", value=8, year=2025),
    R("thu nhập bình quân đầu người", value=15, year=2025)])

# --- label: the first of the parts a lead lists keeps its lower-case name ------------------------------------

SHAPES["lead_lists_parts_in_lower_case"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Cơ cấu các ngành kinh tế: nông, lâm, thủy sản 33,5%; công nghiệp – xây dựng 28,2%; dịch vụ 38,3%.",
      "list_item"),
    P("- Cơ cấu lao động đến năm 2030: nông nghiệp 25%, công nghiệp - xây dựng 35%, dịch vụ 40%.", "list_item"),
    P("- Cơ cấu kinh tế: Nông nghiệp 20%, Công nghiệp - Xây dựng 40%, Dịch vụ 40%.", "list_item"),
], [R("cơ cấu các ngành kinh tế nông lâm thủy sản", value=33.5),
    R("cơ cấu các ngành kinh tế công nghiệp xây dựng", value=28.2),
    R("cơ cấu các ngành kinh tế dịch vụ", value=38.3),
    R("cơ cấu lao động nông nghiệp", value=25, year=2030),
    R("cơ cấu lao động công nghiệp xây dựng", value=35, year=2030),
    R("cơ cấu lao động dịch vụ", value=40, year=2030),
    R("cơ cấu kinh tế nông nghiệp", value=20),
    R("cơ cấu kinh tế công nghiệp xây dựng", value=40),
    R("cơ cấu kinh tế dịch vụ", value=40)])

# --- comparator: 'đạt và vượt', 'đạt hoặc vượt' a figure is reaching it at least, and governs an amount ----------

SHAPES["reach_and_exceed_is_at_least"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Tổng sản lượng lương thực có hạt đạt và vượt 10.500 tấn.", "list_item"),
    P("- Tỷ lệ hồ sơ giải quyết trực tuyến đạt hoặc vượt 95%.", "list_item"),
    P("- Giá trị sản xuất nông nghiệp phấn đấu đạt và vượt 1.200 tỷ đồng trong năm 2026.", "list_item"),
    # counterexamples: 'vượt' alone is more than; 'không vượt quá' is a ceiling
    P("- Thu ngân sách trên địa bàn vượt 500 tỷ đồng.", "list_item"),
    P("- Tỷ lệ hộ nghèo không vượt quá 2%.", "list_item"),
], [R("tổng sản lượng lương thực có hạt", value=10500, unit="tấn"),
    R("hồ sơ giải quyết trực tuyến", value=95),
    R("giá trị sản xuất nông nghiệp", value=1200, unit="tỷ đồng", year=2026),
    R("thu ngân sách", cmp=">", value=500, unit="tỷ đồng"),
    R("tỷ lệ hộ nghèo", cmp="<=", value=2)])

# --- level: a line naming one level leads the items under it --------------------------------------------------

SHAPES["level_line_leads_its_items"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("1. Cấp tỉnh", "list_item"),
    P("- 100% văn bản đi được ký số.", "list_item"),
    P("- Tối thiểu 90% hồ sơ công việc được xử lý trên môi trường mạng.", "list_item"),
    P("2. Cấp huyện", "list_item"),
    P("- 80% hồ sơ công việc được xử lý trên môi trường mạng.", "list_item"),
    P("c) Đối với cấp xã:", "list_item"),
    P("+ Tối thiểu 60% hồ sơ công việc được xử lý trên môi trường mạng.", "list_item"),
    # counterexample: a paragraph that is no item closes the group
    P("Phấn đấu 100% người dân trưởng thành có danh tính số."),
    P("- 60% hộ gia đình có đường truyền cáp quang.", "list_item"),
], [R("văn bản đi được ký số", level="tỉnh", value=100),
    R("hồ sơ công việc môi trường mạng", level="tỉnh", value=90),
    R("hồ sơ công việc môi trường mạng", level="huyện", value=80),
    R("hồ sơ công việc môi trường mạng", level="xã", value=60),
    R("người dân trưởng thành có danh tính số", value=100),
    R("hộ gia đình cáp quang", value=60)])

# counterexample: a heading of another kind closes the group
SHAPES["heading_closes_a_level_group"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("a) Đối với cấp huyện:", "list_item"),
    P("- 85% hồ sơ công việc được xử lý trên môi trường mạng.", "list_item"),
    H("III. CHỈ TIÊU VỀ KINH TẾ SỐ"),
    P("- Kinh tế số chiếm 20% GRDP.", "list_item"),
], [R("hồ sơ công việc môi trường mạng", level="huyện", value=85),
    R("kinh tế số chiếm GRDP", value=20)])

# --- results against targets: a reduction or a rise reports its level; a pair before is not the next one's label ---

SHAPES["reduction_or_rise_reports_a_result"] = (HEADER_REPORT + [
    P("Tỷ lệ hộ nghèo giảm còn 2,1% (kế hoạch dưới 2,5%)."),
    P("Tỷ lệ che phủ rừng nâng lên 45,2%, vượt chỉ tiêu giao (45%)."),
    P("Tỷ lệ trẻ em suy dinh dưỡng giảm xuống 9,8% (chỉ tiêu dưới 10%)."),
    # counterexample: a reduction to reach, no result
    P("Năm 2026, phấn đấu giảm còn 1,8% hộ nghèo."),
], [R("tỷ lệ hộ nghèo", cmp="<", value=2.5, actual=2.1),
    R("tỷ lệ che phủ rừng", value=45, actual=45.2, status=ANY),
    R("trẻ em suy dinh dưỡng", cmp="<", value=10, actual=9.8),
    R("hộ nghèo", value=1.8, cmp=ANY, year=2026)])

SHAPES["the_pair_before_is_not_the_label"] = (HEADER_REPORT + [
    P("Tỷ lệ che phủ rừng đạt 45,2% (kế hoạch 45%), tỷ lệ hộ nghèo giảm còn 2,1% (kế hoạch dưới 2,5%)."),
    P("Tỷ lệ hồ sơ trực tuyến đạt 65%/chỉ tiêu 60%, tỷ lệ thanh toán trực tuyến đạt 40%/chỉ tiêu 45%."),
], [R("tỷ lệ che phủ rừng", value=45, actual=45.2),
    R("tỷ lệ hộ nghèo", cmp="<", value=2.5, actual=2.1),
    R("tỷ lệ hồ sơ trực tuyến", value=60, actual=65),
    R("tỷ lệ thanh toán trực tuyến", value=45, actual=40)])


@pytest.mark.parametrize("item, label", [
    ("Tỷ lệ che phủ rừng đạt 45,2% (kế hoạch 45%), tỷ lệ hộ nghèo giảm còn 2,1% (kế hoạch dưới 2,5%).",
     ["Tỷ lệ che phủ rừng", "tỷ lệ hộ nghèo"]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 65%/chỉ tiêu 60%, tỷ lệ thanh toán trực tuyến đạt 40%/chỉ tiêu 45%.",
     ["Tỷ lệ hồ sơ trực tuyến", "tỷ lệ thanh toán trực tuyến"]),
    # counterexample: one pair keeps the commas of its own label
    ("Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số đạt 85% (kế hoạch 80%).",
     ["Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số"]),
])
def test_pair_labels(item, label):
    from test_indicator_variants import run
    assert [r.label for r in run(HEADER_REPORT + [P(item)])] == label


# --- label: a deadline that opens it is the record's year, not its words ---------------------------------------

@pytest.mark.parametrize("text, label, year", [
    ("Đến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh.", "kinh tế số chiếm GRDP của tỉnh", 2030),
    ("Mục tiêu phấn đấu đến năm 2030, kinh tế số chiếm 30% GDP.", "kinh tế số chiếm GDP", 2030),
    ("Đến cuối năm 2025, phấn đấu 100% hồ sơ thủ tục hành chính được số hóa.", "hồ sơ thủ tục hành chính được số hóa",
     2025),
    ("đến hết năm 2027 tỷ lệ người dân có danh tính số đạt 90%.", "tỷ lệ người dân có danh tính số", 2027),
    # counterexamples: a span that is part of what is measured; a year alone; too few words would be left
    ("Giai đoạn 2026-2030, tổng vốn đầu tư toàn xã hội đạt 3.000 tỷ đồng.",
     "Giai đoạn 2026-2030, tổng vốn đầu tư toàn xã hội", 2030),
    ("Năm 2026, tỷ lệ hồ sơ trực tuyến đạt 80%.", "Năm 2026, tỷ lệ hồ sơ trực tuyến", 2026),
])
def test_lead_deadline_leaves_the_label(text, label, year):
    from test_indicator_variants import run
    recs = run(HEADER_PLAN + [H("II. MỤC TIÊU CỤ THỂ"), P(text)])
    assert [(r.label, r.target_year) for r in recs] == [(label, year)]


@pytest.mark.parametrize("label, kept", [
    ("Đến năm 2030, kinh tế số chiếm GRDP", "kinh tế số chiếm GRDP"),
    ("đến hết năm 2025 thủ tục hành chính đủ điều kiện", "thủ tục hành chính đủ điều kiện"),
    ("đến năm 2030 là", "đến năm 2030 là"),
    ("đến năm 2030 đạt tỷ lệ", "đến năm 2030 đạt tỷ lệ"),
    ("tỷ lệ hồ sơ đến năm 2030", "tỷ lệ hồ sơ đến năm 2030"),
])
def test_without_lead_period(label, kept):
    from extractor.link.records import _without_lead_period
    assert _without_lead_period(label) == kept


# --- comparator words of about ('gần', 'xấp xỉ', 'trên dưới'): a plain target, not part of the label ------------

@pytest.mark.parametrize("item, label, cmp", [
    ("- Thu nhập bình quân đầu người gần 100 triệu đồng.", "Thu nhập bình quân đầu người", ">="),
    ("- Tỷ lệ hồ sơ trực tuyến đạt xấp xỉ 80%.", "Tỷ lệ hồ sơ trực tuyến", ">="),
    ("- Tổng vốn đầu tư toàn xã hội trên dưới 5.000 tỷ đồng.", "Tổng vốn đầu tư toàn xã hội", ">="),
    ("- Tỷ lệ lao động qua đào tạo trên dưới 70%.", "Tỷ lệ lao động qua đào tạo", ">="),
    # counterexamples: 'dưới', 'trên' alone keep their bounds
    ("- Tỷ lệ hộ nghèo dưới 2%.", "Tỷ lệ hộ nghèo", "<"),
    ("- Tỷ lệ lao động qua đào tạo trên 70%.", "Tỷ lệ lao động qua đào tạo", ">"),
])
def test_about_is_a_plain_target(item, label, cmp):
    from test_indicator_variants import run
    recs = run(HEADER_PLAN + [H("II. MỤC TIÊU CỤ THỂ"), P(item, "list_item")])
    assert [(r.label, r.target_comparator) for r in recs] == [(label, cmp)]


# --- label: a clause naming only its period repeats the subject of the clause before it -------------------------

@pytest.mark.parametrize("text, labels", [
    ("Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 65%; năm 2025 phấn đấu đạt 80%.", ["Tỷ lệ hồ sơ trực tuyến năm 2025"]),
    ("Tỷ lệ che phủ rừng năm 2024 là 45,1%; năm 2026 phấn đấu đạt trên 46%.", ["Tỷ lệ che phủ rừng năm 2026"]),
    # counterexamples: a clause with a subject of its own keeps it
    ("Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 65%; năm 2025 tỷ lệ số hóa hồ sơ phấn đấu đạt 80%.",
     ["năm 2025 tỷ lệ số hóa hồ sơ"]),
])
def test_elliptic_clause_takes_the_subject_before(text, labels):
    from test_indicator_variants import run
    assert [r.label for r in run(HEADER_REPORT + [P(text)])] == labels


# --- actual: a later deadline's figure after a target is another target, not the target's result ----------------

SHAPES["later_deadline_is_a_target_not_a_result"] = ([
    P("Tỉnh Hòa Sơn đẩy mạnh phát triển kinh tế số."),
    P("Theo đó, đối với phát triển kinh tế số, tỉnh phấn đấu đạt mục tiêu cơ bản đến năm 2025 chiếm tối thiểu 15% "
      "GRDP của tỉnh, đến năm 2030 đạt 25%."),
], [R("chiếm GRDP của tỉnh", value=15, year=2025),
    R("chiếm GRDP của tỉnh", value=25, year=2030)])

# counterexamples: a report's result with its target, by a deadline already past
SHAPES["deadline_of_a_result_with_its_target"] = (HEADER_REPORT + [
    P("Tỷ lệ hồ sơ trực tuyến tính đến năm 2024 đạt 65% (chỉ tiêu 60%)."),
    P("Tỷ lệ hồ sơ số hóa đến năm 2024 đạt 75% (chỉ tiêu 70%)."),
    P("Năm 2024, tỷ lệ thanh toán trực tuyến theo chỉ tiêu là 40%, đến hết năm 2024 đạt 45%."),
], [R("hồ sơ trực tuyến", value=60, actual=65),
    R("hồ sơ số hóa", value=70, actual=75),
    R("thanh toán trực tuyến", value=40, actual=45)])


# --- label: a parenthesis after a target, holding later targets --------------------------------------------------

SHAPES["parenthesis_of_later_targets"] = ([
    P("Tỉnh Hòa Sơn ban hành kế hoạch phát triển kinh tế số."),
    P("Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 8% (đến năm 2030 đạt tối thiểu 15%, riêng ngành "
      "du lịch, logistics đạt tối thiểu 25%); tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt hơn 70% (đến năm 2030 đạt "
      "100%)."),
], [R("tỷ trọng kinh tế số trong từng ngành lĩnh vực", value=8),
    R("tỷ trọng kinh tế số trong từng ngành lĩnh vực", value=15, year=2030),
    R("riêng ngành du lịch logistics", value=25, year=2030),
    R("tỷ lệ doanh nghiệp dùng hóa đơn điện tử", cmp=">", value=70),
    R("tỷ lệ doanh nghiệp dùng hóa đơn điện tử", value=100, year=2030)])


@pytest.mark.parametrize("text, labels", [
    ("Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 8% (đến năm 2030 đạt tối thiểu 15%, riêng ngành "
     "du lịch, logistics đạt tối thiểu 25%).",
     ["Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
      "riêng ngành du lịch, logistics"]),
    ("Tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt hơn 70% (đến năm 2030 đạt 100%).",
     ["Tỷ lệ doanh nghiệp dùng hóa đơn điện tử", "Tỷ lệ doanh nghiệp dùng hóa đơn điện tử"]),
    # several targets of a parenthesis that follows no target: each its own comma piece
    ("Phát triển hạ tầng số (phấn đấu đạt 100% thôn có cáp quang, 95% hộ gia đình có điện thoại thông minh).",
     ["thôn có cáp quang", "hộ gia đình có điện thoại thông minh"]),   # a share before its own people (heldout11)
    # counterexample: a year before the parenthesis is no figure of it
    ("Tháo gỡ vướng mắc để dịch vụ vệ tinh được triển khai trong năm 2026 (phấn đấu đạt 500.000 thuê bao).",
     ["Tháo gỡ vướng mắc để dịch vụ vệ tinh được triển khai trong năm 2026 thuê bao"]),
])
def test_parenthesis_labels(text, labels):
    from test_indicator_variants import run
    recs = run([P("Tỉnh Hòa Sơn ban hành kế hoạch phát triển kinh tế số."), P(text)])
    assert [r.label for r in recs] == labels


# --- year: the period nearest before a list's lead words is its items' period, over a term named before it -------

SHAPES["period_before_a_list_lead"] = ([
    P("Chiều 8/8, HĐND xã Tân Lập khóa XXI tổ chức kỳ họp thứ 2."),
    P("Kỳ họp thông qua Nghị quyết nhiệm kỳ 2021 - 2026; Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng "
      "cuối năm 2025 với 18 chỉ tiêu chủ yếu là: thu nhập bình quân đầu người đạt 68 triệu đồng; tỷ lệ lao động qua "
      "đào tạo đạt 80%, tỷ lệ gia đình văn hóa đạt 90% trở lên."),
    # counterexample: a term that leads the list is the items' period
    P("Đại hội thông qua Nghị quyết nhiệm kỳ 2025 - 2030 với 15 chỉ tiêu chủ yếu là: tỷ lệ hộ nghèo dưới 1%; tỷ lệ "
      "che phủ rừng đạt 60%."),
], [R("thu nhập bình quân đầu người", value=68, unit="triệu đồng", year=2025),
    R("tỷ lệ lao động qua đào tạo", value=80, year=2025),
    R("tỷ lệ gia đình văn hóa", value=90, year=2025),
    R("tỷ lệ hộ nghèo", cmp="<", value=1, year=2030),
    R("tỷ lệ che phủ rừng", value=60, year=2030)])


@pytest.mark.parametrize("after, leads", [
    (": ", True),
    (" với 20 chỉ tiêu chủ yếu là: ", True),
    (" gồm các chỉ tiêu sau: ", True),
    # counterexamples: a clause or a sentence in between, no colon
    ("; tỷ lệ hộ nghèo là: ", False),
    (", tỷ lệ hồ sơ trực tuyến đạt ", False),
])
def test_leads_a_list(after, leads):
    from extractor.link.item_periods import _leads_a_list
    assert _leads_a_list(after) is leads



@pytest.mark.parametrize("text, label", [
    ("Đại hội thông qua Nghị quyết với 15 chỉ tiêu chủ yếu là: tỷ lệ hộ nghèo dưới 1%.", "tỷ lệ hộ nghèo"),
    ("Theo nghị quyết, các chỉ tiêu chủ yếu gồm: Tốc độ tăng tổng sản phẩm trên địa bàn đạt 8%.",
     "Tốc độ tăng tổng sản phẩm trên địa bàn"),
    # counterexample: a lead that names the indicator itself, its parts after the colon
    ("Hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh 90%.", "Hồ sơ công việc được xử lý trên môi trường mạng"),
])
def test_item_after_a_list_lead_names_itself(text, label):
    from test_indicator_variants import run
    recs = run(HEADER_PLAN + [H("II. MỤC TIÊU CỤ THỂ"), P(text)])
    assert [r.label for r in recs] == [label]



@pytest.mark.parametrize("text, year", [
    ("Tốc độ tăng trưởng kinh tế (GRDP) phấn đấu đạt từ 8%-8,5% và phấn đấu tăng trưởng hai con số, tạo nền tảng cho "
     "giai đoạn 2026-2030.", None),
    ("Tỷ lệ hồ sơ trực tuyến phấn đấu đạt 80%, làm tiền đề cho năm 2027.", None),
    # counterexamples: the item's own period after it, a period right after the figure
    ("Tỷ lệ hồ sơ trực tuyến phấn đấu đạt 80%, giai đoạn 2026-2030.", 2030),
    ("Tỷ lệ hồ sơ trực tuyến phấn đấu đạt 80% vào năm 2027, làm tiền đề cho giai đoạn sau.", 2027),
])
def test_period_of_a_purpose_clause_is_not_the_targets(text, year):
    from test_indicator_variants import run
    recs = run([P("Tỉnh Hòa Sơn đặt mục tiêu cao."), P(text)])
    assert [r.target_year for r in recs] == [year]



@pytest.mark.parametrize("text, label", [
    # who aims is no part of the label either (heldout11)
    ("Theo đó, huyện phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%.", "tỷ lệ bao phủ bảo hiểm y tế"),
    ("Bên cạnh đó, tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%.", "tỷ lệ bao phủ bảo hiểm y tế"),
    ("Đồng thời mục tiêu phấn đấu đến năm 2030, kinh tế số chiếm 30% GDP cả nước.", "kinh tế số chiếm GDP cả nước"),
    ("Cụ thể: Tổng diện tích các cây trồng hằng năm đạt 9.440 ha.", "Tổng diện tích các cây trồng hằng năm"),
    # counterexample: the words inside a label
    ("Tỷ lệ hồ sơ được xử lý đồng thời trên môi trường mạng đạt 90%.",
     "Tỷ lệ hồ sơ được xử lý đồng thời trên môi trường mạng"),
])
def test_discourse_lead_leaves_the_label(text, label):
    from test_indicator_variants import run
    recs = run(HEADER_PLAN + [H("II. MỤC TIÊU CỤ THỂ"), P(text)])
    assert [r.label for r in recs] == [label]


# --- label: a target cell's own words for a part, or for how it moves, keep the row's label ----------------------

SHAPES["cell_part_keeps_the_row_label"] = (HEADER_PLAN + [
    T(["TT", "Chỉ tiêu", "Kế hoạch năm 2025"],
      ["1", "Tỷ lệ lao động qua đào tạo", "70%, có bằng cấp, chứng chỉ 29-29,5%"],
      ["2", "Tỷ lệ hộ nghèo", "giảm 1%, riêng các xã đặc biệt khó khăn giảm 3%"],
      # counterexamples: a cell's clause that names its own thing; levels; a bare figure
      ["3", "Giao thông nông thôn", "100% đường huyện được nhựa hóa; đường thôn, ngõ, xóm được cứng hóa đạt tỷ lệ 90%"],
      ["4", "Tỷ lệ hồ sơ trực tuyến", "cấp tỉnh 90%, cấp huyện 80%"],
      ["5", "Tỷ lệ bao phủ bảo hiểm y tế", "95,2%"]),
], [R("tỷ lệ lao động qua đào tạo", value=70),
    R("tỷ lệ lao động qua đào tạo có bằng cấp chứng chỉ", cmp="range", value=29, high=29.5),
    R("tỷ lệ hộ nghèo giảm", value=1),
    R("tỷ lệ hộ nghèo riêng các xã đặc biệt khó khăn", value=3),
    R("đường huyện được nhựa hóa", value=100),
    R("đường thôn ngõ xóm được cứng hóa", value=90),
    R("tỷ lệ hồ sơ trực tuyến", level="tỉnh", value=90),
    R("tỷ lệ hồ sơ trực tuyến", level="huyện", value=80),
    R("tỷ lệ bao phủ bảo hiểm y tế", value=95.2)])



@pytest.mark.parametrize("text, labels", [
    ("Hình thành mới tối thiểu 30 - 50 doanh nghiệp khởi nguồn từ kết quả nghiên cứu trong năm 2026, trong đó Hà Nội "
     "đạt tối thiểu 20 doanh nghiệp.",
     ["Hình thành mới tối thiểu doanh nghiệp khởi nguồn từ kết quả nghiên cứu trong năm 2026",
      "Hà Nội doanh nghiệp khởi nguồn"]),
    # counterexample: the part already names the things it counts
    ("Phấn đấu thu hút 3 triệu lượt khách du lịch quốc tế, trong đó Đà Nẵng đạt 1 triệu lượt khách.",
     ["thu hút lượt khách du lịch quốc tế", "Đà Nẵng lượt khách"]),
])
def test_part_counts_the_wholes_things(text, labels):
    from test_indicator_variants import run
    assert [r.label for r in run([P("Ban Chỉ đạo đặt mục tiêu cho năm 2026."), P(text)])] == labels



@pytest.mark.parametrize("text, year, not_year", [
    ("Phấn đấu thu ngân sách gần 700 tỷ đồng, tăng 10% so với dự toán năm 2025.", ANY, 2025),
    ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85%, tăng 5% so với kế hoạch năm 2025.", ANY, 2025),
    ("Năm 2026, phấn đấu thu ngân sách gần 700 tỷ đồng, tăng 10% so với dự toán năm 2025.", 2026, 2025),
    # counterexample: a year that is the target's own, after the figure
    ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85% vào năm 2027.", 2027, None),
])
def test_compared_with_a_years_plan_is_no_target_year(text, year, not_year):
    from test_indicator_variants import run
    years = [r.target_year for r in run([P("Tỉnh Hòa Sơn đặt mục tiêu cao."), P(text)])]
    assert years and not_year not in years and (year is ANY or set(years) == {year})


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


@pytest.mark.parametrize("between, names", [
    (" nông, lâm, thủy sản ", True),
    (" nông nghiệp ", True),
    (" công nghiệp - xây dựng ", True),
    (" Dịch vụ ", True),
    # counterexamples: a level, a cue, words of how much, a figure
    (" cấp tỉnh ", False),
    (" đạt ", False),
    (" tối thiểu ", False),
    (" bình quân ", False),
    (" duy trì ", False),
    (" hoàn thành ", False),
    (" năm 2025 ", False),
])
def test_names_a_part(between, names):
    from extractor.link.records import names_a_part
    assert names_a_part(between) is names


@pytest.mark.parametrize("item, label", [
    ("- Tổng sản lượng lương thực có hạt đạt và vượt 10.500 tấn.", "Tổng sản lượng lương thực có hạt"),
    ("- Tỷ lệ hồ sơ giải quyết trực tuyến đạt hoặc vượt 95%.", "Tỷ lệ hồ sơ giải quyết trực tuyến"),
    ("- Tỷ lệ hồ sơ giải quyết trực tuyến đạt tối thiểu 95%.", "Tỷ lệ hồ sơ giải quyết trực tuyến"),
])
def test_reach_and_exceed_is_not_in_the_label(item, label):
    from test_indicator_variants import run
    assert [r.label for r in run(HEADER_PLAN + [H("II. MỤC TIÊU CỤ THỂ"), P(item, "list_item")])] == [label]
