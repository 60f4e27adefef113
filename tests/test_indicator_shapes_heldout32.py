"""Target shapes read off round 32's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, HEADER_PLAN, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a target set per level for the units of that level ('Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện
# đạt tối thiểu 45% - 50%'): each carries its level; a share of the number of units ('50% số đơn vị cấp huyện') has
# none, whoever sets it ---------------------------------------------------------------------------------------------

SHAPES["targets_for_the_units_of_each_level"] = ([
    P("Kế hoạch giao chỉ tiêu hồ sơ trực tuyến tới từng cấp. Cụ thể: Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND "
      "cấp tỉnh đạt tối thiểu 60% - 65%; chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện đạt tối thiểu 45% - "
      "50%; chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp xã, phường, thị trấn tối thiểu đạt 30% - 35%."),
], [R("đơn vị chuyên môn cấp tỉnh", level="tỉnh", cmp="range", value=60, high=65),
    R("đơn vị chuyên môn cấp huyện", level="huyện", cmp="range", value=45, high=50),
    R("đơn vị chuyên môn cấp xã", level="xã", cmp="range", value=30, high=35)])

SHAPES["target_of_the_bodies_of_one_level"] = ([
    P("Năm 2026, tỷ lệ hồ sơ giải quyết trực tuyến của các cơ quan cấp huyện phấn đấu đạt 85%."),
], [R("hồ sơ giải quyết trực tuyến", level="huyện", value=85, year=2026)])

# counterexamples: a share of the number of units counts them (no level); staff or work of one level keep theirs
SHAPES["share_of_the_number_of_units_has_no_level"] = ([
    P("Phấn đấu đến năm 2026, ít nhất 60% số hộ nông thôn được dùng nước sạch; 40% số đơn vị cấp huyện có triển "
      "khai mô hình xử lý rác thải phù hợp."),
    P("Phấn đấu đến năm 2027, 45% số các cơ quan cấp xã có mô hình phân loại rác tại nguồn."),
], [R("hộ nông thôn nước sạch", value=60, year=2026),
    R("số đơn vị cấp huyện mô hình xử lý rác", value=40, year=2026),
    R("số các cơ quan cấp xã mô hình phân loại rác", value=45, year=2027)])

SHAPES["staff_and_work_of_one_level_keep_it"] = ([
    P("Phấn đấu đến năm 2026, 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số."),
    P("Phấn đấu đến năm 2027, 90% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng."),
], [R("cán bộ công chức cấp xã", level="xã", value=100, year=2026),
    R("hồ sơ công việc cấp huyện", level="huyện", value=90, year=2027)])


# --- the date a result is counted at ('Đến cuối năm 2024, …') in a text of a later year, or after a paragraph's
# sentences that report: no deadline; a target cue after it still sets one -----------------------------------------

SHAPES["past_year_end_after_a_report_is_a_result"] = ([
    P("Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025-2030"),
    P("Nhiệm kỳ qua, Đảng bộ xã đã triển khai đồng bộ các nhiệm vụ, nhiều chỉ tiêu đạt và vượt mục tiêu Nghị quyết. "
      "Đến cuối năm 2024, thu nhập bình quân đầu người đạt 51,2 triệu đồng/năm; tỷ lệ hộ nghèo còn 12,4%; tỷ lệ "
      "người dân tham gia BHYT đạt 95%."),
    P("Đại hội xác định mục tiêu đến năm 2030, thu nhập bình quân đầu người đạt trên 80 triệu đồng/năm."),
], [R("thu nhập bình quân đầu người", cmp=">", value=80, unit="triệu đồng", year=2030)])

SHAPES["past_year_end_in_a_later_plan_is_a_result"] = (HEADER_PLAN + [
    P("Đến hết năm 2024, tỷ lệ hộ nghèo toàn tỉnh còn 4,2%; phấn đấu đến hết năm 2025 tỷ lệ hộ nghèo còn dưới 3%."),
], [R("tỷ lệ hộ nghèo", cmp="<", value=3, year=2025)])

# counterexamples: the plan's own year, or a year-end with no report before it and no later date to weigh it by
SHAPES["year_end_of_the_plan_is_a_deadline"] = (HEADER_PLAN + [
    P("Đến hết năm 2025, tỷ lệ hộ nghèo giảm còn dưới 3%; tỷ lệ tham gia BHYT đạt 96%."),
], [R("tỷ lệ hộ nghèo", cmp="<", value=3, year=2025), R("tham gia BHYT", value=96, year=2025)])

SHAPES["year_end_with_nothing_reported_before_is_a_deadline"] = ([
    P("Xã Tân Lập tập trung phát triển kinh tế nông nghiệp. Đến cuối năm 2026, thu nhập bình quân đầu người đạt "
      "60 triệu đồng/năm."),
], [R("thu nhập bình quân đầu người", value=60, unit="triệu đồng", year=2026)])

SHAPES["strive_before_the_year_end_sets_a_target"] = ([
    P("Năm qua, Sở đã triển khai tốt công tác giảm nghèo. Toàn tỉnh phấn đấu đến hết năm 2021 có 91,5% xã, phường "
      "đạt tiêu chuẩn phù hợp với trẻ em."),
], [R("xã phường đạt tiêu chuẩn phù hợp với trẻ em", value=91.5, year=2021)])

SHAPES["year_after_an_aim_with_estimates_is_a_deadline"] = ([
    P("Phấn đấu đến năm 2026 huyện Bình Lư đạt được các chỉ tiêu chủ yếu: Lượng khách du lịch đến năm 2026 ước đạt "
      "150 nghìn người, doanh thu du lịch đến năm 2026 đạt 95 tỷ đồng. Thu nội địa tăng bình quân 9%/năm. Đến năm 2026 "
      "số xã đạt chuẩn nông thôn mới là 10 xã."),
], [R("doanh thu du lịch", value=95, unit="tỷ đồng", year=2026),
    R("Thu nội địa tăng bình quân", value=9, unit="%/năm", year=ANY),
    R("số xã đạt chuẩn nông thôn mới", value=10, unit="xã", year=2026)])

# --- a ministry's targets retold in a news item: a range of an amount after its name ('tổng kim ngạch xuất khẩu …
# từ 54-55 tỷ USD'), a share's gain on the last result (restates the share: no target of its own), and, in the
# paragraph after, measures named whole before 'là' ('Tỷ lệ che phủ rừng là 42,02%', a count whose noun comes first:
# 'Tổng số hợp tác xã nông nghiệp là 22.000') ---------------------------------------------------------------------

SHAPES["ministry_targets_retold_with_la"] = ([
    P("Bộ Công Thương cho biết, Bộ phấn đấu tốc độ tăng trưởng ngành đạt từ 5-5,5%; tổng kim ngạch xuất khẩu hàng "
      "hóa từ 61-62 tỷ USD; phấn đấu tỷ lệ cụm công nghiệp có hạ tầng đồng bộ đạt 65%, tăng 4% so với kết quả năm "
      "2023. Số doanh nghiệp công nghiệp hỗ trợ là hơn 310 doanh nghiệp."),
    P("Số lượng sản phẩm đạt chuẩn theo bộ tiêu chí của Chương trình khuyến công là 7.200 sản phẩm. Tỷ lệ cụm công "
      "nghiệp xử lý nước thải tập trung sẽ đạt trên 12%. Tỷ lệ sử dụng năng lượng tái tạo là 18,5%. Tổng số hợp tác "
      "xã công nghiệp là 6.500."),
], [R("tốc độ tăng trưởng ngành", cmp="range", value=5, high=5.5),
    R("tổng kim ngạch xuất khẩu hàng hóa", cmp="range", value=61, high=62, unit="tỷ USD"),
    R("cụm công nghiệp có hạ tầng đồng bộ", value=65),
    R("Số doanh nghiệp công nghiệp hỗ trợ", cmp=">", value=310, unit="doanh nghiệp"),
    R("sản phẩm đạt chuẩn khuyến công", value=7200, unit="sản phẩm"),
    R("cụm công nghiệp xử lý nước thải", cmp=">", value=12),
    R("năng lượng tái tạo", value=18.5),
    R("Tổng số hợp tác xã công nghiệp", value=6500, unit="hợp tác xã")])

# counterexamples: a gain on a year (not on a result) stays a target; 'là' after a paragraph that reports, or before
# a figure that names no measure ('Dân số của huyện là …'), sets none; a range of an amount with no cue sets none
SHAPES["gain_on_a_year_stays_a_target"] = ([
    P("Năm 2026, tỉnh phấn đấu tỷ lệ che phủ rừng đạt 45%, tăng 1% so với năm 2025."),
], [R("che phủ rừng", value=45, year=2026), R("tăng so với năm 2025 che phủ rừng", value=1, year=2026)])

SHAPES["la_after_a_report_or_without_a_measure_sets_none"] = ([
    P("Huyện đã hoàn thành kế hoạch năm 2025. Tỷ lệ che phủ rừng là 41,5%. Tổng số hợp tác xã là 320."),
    P("Năm 2026, huyện phấn đấu thu ngân sách đạt 900 tỷ đồng."),
    P("Dân số của huyện là 120.000 người. Diện tích tự nhiên là 52.000 ha."),
    P("Trong năm 2025, doanh nghiệp có từ 10-50 lao động chiếm đa số; kim ngạch xuất khẩu năm 2025 từ 12-13 tỷ USD."),
], [R("thu ngân sách", value=900, unit="tỷ đồng", year=2026)])

# --- a run of targets by year in one sentence ('…, theo đó năm 2023 đạt tối thiểu 40%, năm 2024 đạt tối thiểu 55%'):
# each year's target of the rate named before the run; 'của các thủ tục hành chính đã triển khai …' says which
# procedures the rate counts, it reports nothing ------------------------------------------------------------------

SHAPES["targets_by_year_of_the_rate_named_before"] = ([
    P("Theo đó, Sở Tư pháp đề xuất UBND tỉnh giao chỉ tiêu tỷ lệ hồ sơ được giải quyết trực tuyến so với tổng số hồ "
      "sơ của các thủ tục hành chính đã triển khai dịch vụ công trực tuyến toàn trình cho các sở, ngành giai đoạn "
      "2023-2026, theo đó năm 2023 đạt tối thiểu 40%, năm 2024 đạt tối thiểu 55%, năm 2025 đạt tối thiểu 65%."),
], [R("tỷ lệ hồ sơ được giải quyết trực tuyến năm 2023", value=40, year=2023),
    R("tỷ lệ hồ sơ được giải quyết trực tuyến năm 2024", value=55, year=2024),
    R("tỷ lệ hồ sơ được giải quyết trực tuyến năm 2025", value=65, year=2025)])

# counterexamples: bodies that did the work ('các địa phương đã triển khai') report; results by year with no cue set
# none; one year named in the rate's own words keeps its label and its gain
SHAPES["reports_and_years_in_the_label_are_no_run"] = ([
    P("Năm 2025, các địa phương đã triển khai thu gom rác thải, tỷ lệ rác được thu gom đạt trên 85%."),
    P("Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 42%, năm 2024 đạt 51%, năm 2025 đạt 63%."),
    P("Kế hoạch đặt mục tiêu tỷ lệ hộ dân dùng nước sạch năm 2026 đạt tối thiểu 70%, tăng 5% so với năm 2025."),
], [R("tỷ lệ hộ dân dùng nước sạch năm 2026", value=70, year=2026),
    R("tăng so với năm 2025 hộ dân dùng nước sạch", value=5, year=2026)])

# --- a programme's targets in ';' clauses after a bound one: a plain share, and a range of things each province sets
# up ('mỗi tỉnh, thành phố trực thuộc trung ương triển khai 1 - 2 mô hình': level tỉnh), or with no subject (no level)

SHAPES["shares_and_ranges_after_targets_in_semicolon_clauses"] = ([
    P("Mục tiêu đến năm 2026, phấn đấu tối thiểu 60% dân số nông thôn được dùng nước sạch đạt quy chuẩn; 35% dân số "
      "nông thôn dùng nước từ công trình tập trung."),
    P("Ít nhất 45% số hộ nông thôn phân loại rác tại nguồn; 75% chất thải rắn sinh hoạt được thu gom và xử lý; mỗi "
      "tỉnh, thành phố trực thuộc trung ương triển khai 2 - 3 mô hình xử lý rác quy mô cấp huyện trở lên."),
    P("Phấn đấu đến năm 2027, tối thiểu 50% dân số nông thôn trong tỉnh được dùng nước sạch; 70% chất thải rắn sinh "
      "hoạt được thu gom và xử lý; triển khai 1 – 2 mô hình xử lý chất thải sinh hoạt quy mô cấp huyện trở lên."),
], [R("nước sạch đạt quy chuẩn", value=60, year=2026),
    R("công trình tập trung", value=35, year=2026),
    R("hộ nông thôn phân loại rác", value=45),
    R("chất thải rắn sinh hoạt thu gom", value=75),
    R("triển khai mô hình xử lý rác", level="tỉnh", cmp="range", value=2, high=3, unit="mô hình"),
    R("dân số nông thôn trong tỉnh nước sạch", value=50, year=2027),
    R("chất thải rắn sinh hoạt thu gom", value=70, year=2027),
    R("triển khai mô hình xử lý chất thải", cmp="range", value=1, high=2, unit="mô hình", year=2027)])

# counterexamples: the same clauses in a report set none; 'mỗi xã' in a plan and a programme named 'Mỗi xã một sản
# phẩm' name no level
SHAPES["semicolon_clauses_of_a_report_and_a_named_programme"] = ([
    P("Năm 2025, toàn tỉnh có 48% số hộ phân loại rác tại nguồn; 78% chất thải rắn sinh hoạt được thu gom và xử lý; "
      "các huyện đã triển khai 3 - 4 mô hình xử lý rác."),
    P("Phấn đấu đến năm 2026, mỗi xã có ít nhất 1 sản phẩm đạt chuẩn OCOP; tham gia Chương trình “Mỗi xã một sản "
      "phẩm” có 120 - 150 sản phẩm."),
], [R("mỗi xã sản phẩm đạt chuẩn OCOP", value=1, unit="sản phẩm", year=2026),
    R("Chương trình Mỗi xã một sản phẩm", cmp="range", value=120, high=150, unit="sản phẩm", year=2026)])

# --- a part of a whole as a target, counted in a noun of three words ('… cả nước 13.650/21.000 hợp tác xã'): the
# part is the target (as '04/09 thôn'); the same ratio in a report sets none ----------------------------------------

SHAPES["ratio_of_cooperatives_as_a_target"] = ([
    P("Bên cạnh đó, Bộ bổ sung một số nhóm chỉ tiêu riêng như: Kim ngạch xuất khẩu lâm sản trên 18 tỷ USD; tổng số "
      "hợp tác xã lâm nghiệp xếp loại khá, tốt/tổng số hợp tác xã lâm nghiệp cả nước 2.400/3.100 hợp tác xã."),
    P("Năm 2025, toàn tỉnh có 12/15 hợp tác xã hoạt động hiệu quả."),
], [R("Kim ngạch xuất khẩu lâm sản", cmp=">", value=18, unit="tỷ USD"),
    R("hợp tác xã lâm nghiệp cả nước", value=2400, unit="hợp tác xã")])

# --- what bodies 'cần đưa … đạt' (need to bring a rate to) is a target, like 'phải'; a sum a body 'cần' is a need ---

SHAPES["need_to_bring_a_rate_to_is_a_target"] = ([
    P("Theo đó, trong năm 2023, cả 18 sở, ban, ngành và 7 UBND các huyện, thành phố của Ninh Thuận cần đưa tỷ lệ hồ "
      "sơ được xử lý trực tuyến đạt 60%."),
    P("Năm 2025, tỉnh cần 1.200 tỷ đồng để đầu tư; tỷ lệ hồ sơ trực tuyến đạt 48%."),
], [R("tỷ lệ hồ sơ được xử lý trực tuyến", value=60, year=2023)])

# --- a label that names only whom a target is for takes what it measures from the assignment of targets before it;
# one that names its rate keeps it, and with no assignment before, the label stays as written -------------------

SHAPES["bodies_only_label_takes_the_assigned_topic"] = ([
    P("Ngày 15/3/2023, UBND tỉnh Phú Yên đã ban hành Quyết định 601/QĐ-UBND về việc giao chỉ tiêu hồ sơ được tiếp "
      "nhận, giải quyết trực tuyến toàn trình cho các sở, ngành, địa phương năm 2023."),
    P("Quyết định giao chỉ tiêu tới từng cấp. Cụ thể: Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp tỉnh đạt tối "
      "thiểu 60% - 65%; chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện đạt tối thiểu 45% - 50%."),
], [R("đơn vị chuyên môn cấp tỉnh hồ sơ được tiếp nhận giải quyết trực tuyến toàn trình", level="tỉnh", cmp="range",
      value=60, high=65),
    R("đơn vị chuyên môn cấp huyện hồ sơ được tiếp nhận giải quyết trực tuyến toàn trình", level="huyện",
      cmp="range", value=45, high=50)])

SHAPES["label_naming_its_rate_keeps_it"] = ([
    P("Năm 2023, UBND tỉnh giao chỉ tiêu hồ sơ trực tuyến cho các sở, ngành."),
    P("Phấn đấu chỉ tiêu cho các đơn vị cấp huyện về tỷ lệ thanh toán trực tuyến đạt tối thiểu 40%."),
], [R("tỷ lệ thanh toán trực tuyến", level="huyện", value=40)])

@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
