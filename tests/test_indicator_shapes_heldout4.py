"""Target shapes read off round 4's held-out excerpts once they had been scored (news items retelling a
district's plan, a party congress's targets, a results report written actual/target, a department's plan):
each rule a table of strings written in the genre's style (paraphrased, not copied), with counterexamples.
Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, HEADER_REPORT, H, P, R, T, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a cue carries over the paragraph's next sentences that only say 'đạt …' --------------------------------

SHAPES["cue_carries_over_plain_dat_sentences"] = ([
    P("Huyện Tân Lập tổ chức hội nghị giao chỉ tiêu năm 2026."),
    P("Theo đó, huyện phấn đấu đưa giá trị sản xuất nông nghiệp đạt 4.120 tỷ đồng. Giá trị sản xuất công nghiệp - "
      "xây dựng đạt 7.300 tỷ đồng. Thu ngân sách gần 850 tỷ đồng. Bên cạnh đó, tỷ lệ tham gia bảo hiểm y tế đạt "
      "96,5%; giải quyết việc làm cho 5.200 lao động, tạo việc làm tăng thêm 1.500 lao động."),
], [R("giá trị sản xuất nông nghiệp", value=4120, unit="tỷ đồng"),
    R("giá trị sản xuất công nghiệp xây dựng", value=7300, unit="tỷ đồng"),
    R("thu ngân sách", value=850, unit="tỷ đồng"),
    R("tỷ lệ tham gia bảo hiểm y tế", value=96.5),
    R("giải quyết việc làm", value=5200, unit="lao động"),
    R("tạo việc làm tăng thêm", value=1500, unit="lao động")])

# counterexamples: a results paragraph with no cue; a sentence about another year, a condition, or what was done
SHAPES["no_carry_over_into_results_or_conditions"] = ([
    P("Huyện Tân Lập tổng kết năm 2025."),
    P("Năm 2025, giá trị sản xuất nông nghiệp đạt 3.980 tỷ đồng. Thu ngân sách đạt 812 tỷ đồng."),
    P("Năm 2026, huyện phấn đấu thu ngân sách đạt 900 tỷ đồng. Năm 2025, tỷ lệ hộ nghèo đạt 2,1%. Trường hợp cần "
      "thiết, nợ địa phương có thể đạt 30%. Đến nay, giá trị sản xuất công nghiệp đã đạt 7.100 tỷ đồng."),
], [R("thu ngân sách", value=900, unit="tỷ đồng")])

# --- 'đề ra N chỉ tiêu, trong đó …' opens the targets of its sentence without a colon -------------------------

SHAPES["set_count_then_trong_do_lists_targets"] = ([
    P("Đại hội Đảng bộ tỉnh Hòa Sơn lần thứ nhất bế mạc."),
    P("Đại hội đề ra 20 chỉ tiêu, trong đó đến năm 2030 GRDP bình quân đầu người 150 triệu đồng; thu hút 12 triệu "
      "khách du lịch, doanh thu du lịch 50.000 tỷ đồng; tỷ lệ che phủ rừng duy trì 58%. Đại hội cũng xác định "
      "4 nhiệm vụ trọng tâm và 8 giải pháp cụ thể."),
], [R("GRDP bình quân đầu người", value=150, unit="triệu đồng", year=2030),
    R("khách du lịch", value=12, unit="triệu khách", year=2030),
    R("doanh thu du lịch", value=50000, unit="tỷ đồng", year=2030),
    R("tỷ lệ che phủ rừng", value=58, year=2030)])

# counterexample: the same words reporting what was done
SHAPES["set_count_then_results"] = ([
    P("Huyện Tân Lập tổng kết năm 2025."),
    P("Năm 2025, huyện đề ra 22 chỉ tiêu, trong đó thực hiện đạt và vượt 19 chỉ tiêu; tổng thu ngân sách 1.200 tỷ "
      "đồng."),
], [])


@pytest.mark.parametrize("text, opens", [
    ("Đại hội đề ra 24 chỉ tiêu, trong đó đến năm 2030 GRDP đạt", True),
    ("Hội nghị thông qua 18 chỉ tiêu chủ yếu, trong đó, thu nhập bình quân", True),
    ("HĐND huyện giao 20 chỉ tiêu kinh tế - xã hội năm 2025, trong đó tổng thu ngân sách", True),
    # counterexamples: results after 'trong đó', a full stop, a count of targets met
    ("huyện đề ra 22 chỉ tiêu, trong đó thực hiện đạt và vượt 19 chỉ tiêu", False),
    ("huyện đề ra 22 chỉ tiêu, trong đó 19 chỉ tiêu đạt", False),
    ("đề ra 24 chỉ tiêu. Trong đó", False),
    ("đã hoàn thành 18 chỉ tiêu, trong đó 10 chỉ tiêu vượt", False),
])
def test_set_count_lead(text, opens):
    from extractor.link.figures import _first
    hit = _first("lead_list.inline", text)
    assert (hit is not None and hit[0].id == "lead_list.inline.set_count") is opens


# --- a lead 'mục tiêu … đạt được như sau:' names what is to be reached, not what was done --------------------

SHAPES["goals_to_be_reached_as_follows"] = (HEADER_PLAN + [
    P("Theo đó, mục tiêu cụ thể đối với cải cách thủ tục hành chính của Sở đến năm 2025 đạt được như sau:"),
    P("- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.", "list_item"),
    P("- Tối thiểu 70% hồ sơ được giải quyết trực tuyến.", "list_item"),
], [R("thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình", value=100),
    R("hồ sơ được giải quyết trực tuyến", value=70)])

SHAPES["results_reached_as_follows"] = (HEADER_REPORT + [
    P("Các kết quả đạt được như sau:"),
    P("- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.", "list_item"),
    P("- 72% hồ sơ được giải quyết trực tuyến.", "list_item"),
], [])


@pytest.mark.parametrize("lead, results", [
    ("Kết quả thực hiện các chỉ tiêu cụ thể như sau:", True),
    ("Các kết quả đạt được như sau:", True),
    ("Năm 2024 đạt được như sau:", True),
    ("mục tiêu cụ thể đối với cải cách thủ tục hành chính đến năm 2025 đạt được như sau:", False),
    ("các chỉ tiêu cần đạt được như sau:", False),
])
def test_results_lead(lead, results):
    from extractor.link.figures import _first
    assert (_first("lead_list.results", lead) is not None) is results


# --- a result over its target written actual/target ------------------------------------------------------

SHAPES["actual_over_target_after_a_lead_about_targets"] = ([
    P("Nhiệm kỳ qua, tỉnh đạt nhiều thành quả quan trọng: Nhiều chỉ tiêu Nghị quyết đạt cao như thu ngân sách trên "
      "địa bàn 21.450/18.000 tỷ đồng; tỷ lệ xã đạt chuẩn nông thôn mới 76,4%/60% tổng số xã; kết nạp đảng viên mới "
      "5.120/4.500 đảng viên."),
], [R("thu ngân sách trên địa bàn", value=18000, unit="tỷ đồng", actual=21450),
    R("tỷ lệ xã đạt chuẩn nông thôn mới", value=60, actual=76.4),
    R("kết nạp đảng viên mới", value=4500, unit="đảng viên", actual=5120)])

SHAPES["actual_over_target_with_its_share"] = ([
    P("Năm 2025, huyện hoàn thành 30/36 chỉ tiêu."),
    P("Cụ thể: giải ngân vốn đầu tư công được 120,5/180 tỷ đồng, đạt 66,9%; xóa 412/400 nhà tạm, đạt 103%."),
], [R("giải ngân vốn đầu tư công", value=180, unit="tỷ đồng", actual=120.5),
    R("xóa nhà tạm", value=400, unit="nhà tạm", actual=412)])

# counterexamples: fractions of a whole (a count within it, its share), with or without a lead about targets
SHAPES["fractions_are_not_actual_over_target"] = ([
    P("Năm 2025, huyện hoàn thành 30/36 chỉ tiêu."),
    P("Toàn tỉnh có 320/411 xã đạt chuẩn nông thôn mới, đạt 77,9%; 629/731 trường đạt chuẩn quốc gia, đạt 86%."),
    P("Các chỉ tiêu đạt cao như có 45/52 xã đạt chuẩn nông thôn mới; hoàn thành 18/20 chỉ tiêu."),
], [])


@pytest.mark.parametrize("text, pairs", [
    ("tỷ lệ xã đạt chuẩn 83,2%/50% tổng số xã", [(83.2, 50, "%")]),
    ("Các chỉ tiêu đạt cao như thu ngân sách 45.799/36.875 tỷ đồng;", [(45799, 36875, "tỷ đồng")]),
    ("Các chỉ tiêu vượt như phát triển đảng viên mới 8.793/6.500 đảng viên.", [(8793, 6500, "đảng viên")]),
    # counterexamples: no lead about targets, a fraction, a count of targets, a date
    ("thu ngân sách 45.799/36.875 tỷ đồng;", []),
    ("Các chỉ tiêu đạt cao như có 45/52 xã đạt chuẩn", []),
    ("Các chỉ tiêu đạt như sau: hoàn thành 18/20 chỉ tiêu", []),
    ("Các chỉ tiêu đạt cao như ngày 13/6/2011", []),
])
def test_slash_targets(text, pairs):
    from extractor.link.results import slash_targets
    assert [(r.actual, r.target, r.unit) for r in slash_targets(text)] == pairs


# --- a target word and a result of another ';' clause make no pair ('vượt mục tiêu 0,3%; ... đạt 106%') -------

SHAPES["margin_over_target_is_no_target"] = ([
    P("Năm 2025, huyện hoàn thành 30/36 chỉ tiêu."),
    P("Cụ thể: tỷ lệ hộ nghèo giảm 2,8%, vượt mục tiêu 0,3%; kết nạp được 96 đảng viên, đạt 106%."),
], [])


# --- round 3's remaining shapes: a level the share's staff or bodies name, a province named as a part, an
# expansion to a level, a plain 'đạt' joined by 'đồng thời' to a cued piece ----------------------------------

SHAPES["staff_of_one_level"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- 100% cán bộ, công chức, viên chức cấp xã được cấp chữ ký số cá nhân.", "list_item"),
    P("- 100% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.", "list_item"),
    # counterexample: a system of one level keeps it in its label
    P("- 100% Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh được kết nối.", "list_item"),
], [R("cán bộ công chức viên chức cấp xã chữ ký số", level="xã", value=100),
    R("hồ sơ công việc cấp huyện", level="huyện", value=100),
    R("hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh", value=100)])

SHAPES["province_named_as_a_part"] = ([
    P("Bộ Khoa học và Công nghệ công bố chương trình năm 2026."),
    P("Chương trình phấn đấu hình thành mới tối thiểu 40 - 60 doanh nghiệp công nghệ số trong năm 2026, trong đó "
      "Đà Nẵng đạt tối thiểu 15 doanh nghiệp."),
], [R("doanh nghiệp công nghệ số", cmp="range", value=40, high=60, unit="doanh nghiệp", year=2026),
    R("Đà Nẵng doanh nghiệp", level="tỉnh", value=15, unit="doanh nghiệp", year=2026)])

# counterexamples: a part named by a sector, not a province; staff of two levels stay one record per level
SHAPES["sector_part_and_two_levels"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("Phấn đấu thu hút tối thiểu 30 dự án, trong đó Công nghiệp chế biến đạt tối thiểu 10 dự án."),
    P("100% cán bộ, công chức cấp huyện, cấp xã được bồi dưỡng kỹ năng số."),
], [R("thu hút dự án", value=30, unit="dự án"),
    R("công nghiệp chế biến dự án", value=10, unit="dự án"),
    R("cán bộ công chức bồi dưỡng kỹ năng số", level="huyện", value=100),
    R("cán bộ công chức bồi dưỡng kỹ năng số", level="xã", value=100)])

SHAPES["expansion_and_joined_by_dong_thoi"] = ([
    P("Huyện Tân Lập ban hành kế hoạch chuyển đổi số năm 2026."),
    P("Về hạ tầng số, mở rộng phủ sóng 5G đạt 60% dân số. Tỷ lệ số hóa hồ sơ thủ tục hành chính đạt 85%, đồng thời "
      "nâng mức hài lòng của người dân, doanh nghiệp lên 92%."),
], [R("phủ sóng 5G dân số", value=60), R("tỷ lệ số hóa hồ sơ", value=85), R("mức hài lòng", value=92)])

# counterexamples: what was expanded, and a plain 'đạt' joined to a piece that reports a result
SHAPES["expansion_done_and_joined_result"] = ([
    P("Huyện Tân Lập tổng kết năm 2025."),
    P("Trong năm, huyện đã mở rộng phủ sóng 5G đạt 55% dân số. Tỷ lệ số hóa hồ sơ đạt 81%, đồng thời đã nâng mức "
      "hài lòng lên 90%."),
], [])


# --- a part's own share in a parenthesis right after a target ('nước sạch trên 90% (hợp vệ sinh đạt 100%)') ---

SHAPES["part_share_in_parenthesis_after_a_target"] = ([
    P("Huyện Tân Lập thông qua các chỉ tiêu nhiệm kỳ."),
    P("Phấn đấu đến năm 2030, tỷ lệ hộ dân nông thôn sử dụng nước sạch trên 92% (hợp vệ sinh đạt 100%); tỷ lệ lao "
      "động qua đào tạo 75% (trong đó có bằng cấp chiếm 35%)."),
], [R("nước sạch", cmp=">", value=92, year=2030), R("hợp vệ sinh", value=100, year=2030),
    R("lao động qua đào tạo", value=75, year=2030), R("có bằng cấp", value=35, year=2030)])

# counterexamples: a baseline year in the parenthesis, and the same shape in a results sentence
SHAPES["baseline_or_result_in_parenthesis"] = ([
    P("Huyện Tân Lập thông qua các chỉ tiêu nhiệm kỳ."),
    P("Phấn đấu đến năm 2030, tỷ lệ che phủ rừng 45% (năm 2025 đạt 43%)."),
    P("Năm 2025, tỷ lệ hộ dân sử dụng nước sạch đạt 91% (hợp vệ sinh đạt 99%)."),
], [R("tỷ lệ che phủ rừng", value=45, year=2030)])


# --- a second figure with an aim word alone ('6,5-7%, phấn đấu 7-7,5%') is that indicator's higher aim --------

SHAPES["higher_aim_in_a_cell_and_in_prose"] = (HEADER_PLAN + [
    P("Quốc hội đặt mục tiêu tăng trưởng kinh tế khoảng 6-6,5%, phấn đấu đạt 6,5-7% trong năm 2026."),
    T(["STT", "Chỉ tiêu", "Kế hoạch"], ["1", "Tốc độ tăng GDP", "6-6,5%, phấn đấu 6,5-7%"]),
], [R("tăng trưởng kinh tế", cmp="range", value=6, high=6.5),
    R("tăng trưởng kinh tế phấn đấu", cmp="range", value=6.5, high=7),
    R("tốc độ tăng GDP", cmp="range", value=6, high=6.5),
    R("tốc độ tăng GDP phấn đấu", cmp="range", value=6.5, high=7)])


@pytest.mark.parametrize("piece, aim", [
    (", phấn đấu ", "phấn đấu"), (", phấn đấu đạt ", "phấn đấu"), ("; phấn đấu ở mức ", "phấn đấu"),
    # counterexamples: a named part, a level, a result
    (", trong đó công nghiệp ", None), (", cấp huyện ", None), (", đạt ", None),
])
def test_aim_only(piece, aim):
    from extractor.link.records import aim_only
    assert aim_only(piece) == aim


# --- a percentage after 'mức' is a figure; the bodies a figure is 'của' are its level -------------------------

SHAPES["of_the_bodies_and_at_a_level_of"] = ([
    P("Chính phủ ban hành Nghị quyết về nhiệm vụ năm 2026."),
    P("Nghị quyết nêu chỉ tiêu tăng trưởng GRDP của các địa phương năm 2026 tối thiểu ở mức 9-11%. Phấn đấu tỷ lệ "
      "giải ngân vốn đầu tư công của các bộ, ngành đạt trên 95%."),
    # counterexample: a province's own figure ('của tỉnh') names no level of bodies
    P("Phấn đấu tốc độ tăng trưởng của tỉnh ở mức 10,5%."),
], [R("tăng trưởng GRDP của các địa phương", level="địa phương", cmp="range", value=9, high=11),
    R("giải ngân vốn đầu tư công", level="bộ", cmp=">", value=95),
    R("tốc độ tăng trưởng của tỉnh", value=10.5)])


@pytest.mark.parametrize("text, values", [
    ("Chỉ số giá tiêu dùng được kiểm soát ở mức 3,63%.", [3.63]),
    ("tăng trưởng tối thiểu ở mức 8-10%", [8]),
    # counterexamples: a level or a degree after 'mức' is no figure
    ("dịch vụ công trực tuyến mức độ 3, 4", []),
    ("xếp loại mức 2", []),
])
def test_percent_after_muc(text, values):
    from extractor.model import RawDocument
    from extractor.normalize.document import normalize_document
    from extractor.segment.sentences import segment_document
    from extractor.extract.quantities import extract_quantities
    doc = normalize_document(RawDocument(format="docx", blocks=[P(text)]), "t.docx")
    got = [q.value for q in extract_quantities(doc, segment_document(doc)) if q.unit == "%"]
    assert got == values


# --- 'trong số đó' opens a part as 'trong đó' does: the label before it keeps all its commas ------------------

SHAPES["trong_so_do_splits_the_part"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Tối thiểu 70% TTHC có nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch "
      "qua ví điện tử đạt từ 20% trở lên.", "list_item"),
], [R("TTHC có nghĩa vụ tài chính được triển khai thanh toán trực tuyến", value=70),
    R("trong số đó tỷ lệ giao dịch qua ví điện tử", value=20)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


@pytest.mark.parametrize("text, value", [
    ("Bộ Công thương dẫn đầu với 1,488 triệu hồ sơ trực tuyến toàn trình", 1_488_000),
    ("đón 2,5 triệu lượt khách", 2_500_000),
    # counterexamples: with no scale word a count keeps its thousands ('1,488 hồ sơ' is 1488 files)
    ("tiếp nhận 1,488 hồ sơ", 1488),
    ("tiếp nhận 1.488 hồ sơ", 1488),
])
def test_decimal_comma_before_a_scale_word(text, value):
    from extractor.model import RawDocument
    from extractor.normalize.document import normalize_document
    from extractor.segment.sentences import segment_document
    from extractor.extract.quantities import extract_quantities
    doc = normalize_document(RawDocument(format="docx", blocks=[P(text)]), "t.docx")
    assert [q.value for q in extract_quantities(doc, segment_document(doc)) if q.kind == "count"] == [value]
