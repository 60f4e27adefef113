"""Target statements in the shapes plans, reports and conclusions write them (issue 13), and the
look-alikes that are not targets. Each case is a small document in the genre's style (strings taken
from ../shared/corpus or written after them), run through the real stages; records are compared as in
test_indicator_variants.py (words of the label, level, comparator, value, high, unit, actual, year)."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, HEADER_PLAN, HEADER_REPORT, H, P, R, T, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- lists introduced by a lead sentence, period sub-headings --------------------------------------------------

SHAPES["lead_sentence_opens_a_list_of_targets"] = (HEADER_PLAN + [
    H("II. NHIỆM VỤ TRỌNG TÂM"),
    P("Phấn đấu đến hết năm 2025, tỉnh hoàn thành các chỉ tiêu sau:"),
    P("(1) Tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến toàn trình đạt 80%;"),
    P("(2) Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%;"),
    P("a) Tỷ lệ thanh toán trực tuyến đạt 45%;", "list_item"),
    P("+ Mức độ hài lòng của người dân đạt trên 90%.", "list_item"),
    # a paragraph that is no item closes the list
    P("Các sở, ngành chủ động triển khai; tỷ lệ hồ sơ trực tuyến năm 2024 đạt 75%."),
], [R("hồ sơ trực tuyến toàn trình", value=80, year=2025),
    R("số hóa hồ sơ kết quả", value=100, year=2025),
    R("thanh toán trực tuyến", value=45, year=2025),
    R("mức độ hài lòng", cmp=">", value=90, year=2025)])

SHAPES["as_follows_in_a_plan_not_in_a_report"] = (HEADER_PLAN + [
    H("III. NHIỆM VỤ"),
    P("Tiếp tục đẩy mạnh chuyển đổi số, cụ thể như sau:"),
    P("- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.", "list_item"),
    P("- Tỷ lệ người dân có tài khoản định danh điện tử mức 2 đạt 70%.", "list_item"),
], [R("hồ sơ trực tuyến toàn trình", value=80, year=2025),
    R("tài khoản định danh điện tử", value=70, year=2025)])

SHAPES["estimate_to_the_end_of_the_year_is_a_result"] = (HEADER_REPORT + [
    H("3. Cải cách thủ tục hành chính"),
    P("Ước đến hết năm 2025, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 90%."),
    P("Phấn đấu đến hết năm 2025, tỷ lệ thanh toán trực tuyến đạt 50%."),
], [R("thanh toán trực tuyến", value=50, year=2025)])

# A report's results section: actions on shares report what was done; the tasks ahead set targets. A numbered
# heading's earlier sibling ('1. ...' before '2. Chuyển đổi số') is not one of its parents.
SHAPES["report_results_then_tasks_ahead"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ ĐẠT ĐƯỢC"),
    P("1. Công tác cải cách thủ tục hành chính", "list_item"),
    P("Trong 6 tháng đầu năm, toàn tỉnh tiếp nhận 120.000 hồ sơ, giải quyết đúng hạn 98,5%; tích hợp 100% dịch vụ "
      "công trực tuyến lên Cổng Dịch vụ công quốc gia."),
    P("- 100% xã, phường đã triển khai Bộ phận Một cửa.", "list_item"),
    P("2. Chuyển đổi số", "list_item"),
    P("Các cơ quan tiếp tục triển khai, cụ thể như sau:"),
    P("- Số hóa 85% hồ sơ, kết quả giải quyết TTHC.", "list_item"),
    H("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
    P("1. Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.", "list_item"),
    P("2. Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính.", "list_item"),
], [R("hồ sơ trực tuyến toàn trình", value=80, year=2025),
    R("số hóa hồ sơ kết quả giải quyết thủ tục hành chính", value=100, year=2025)])

SHAPES["as_follows_in_a_report_lists_results"] = (HEADER_REPORT + [
    H("2. Cải cách thủ tục hành chính"),
    P("Kết quả thực hiện các chỉ tiêu cụ thể như sau:"),
    P("- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2%.", "list_item"),
    P("Tiếp tục đẩy mạnh chuyển đổi số, cụ thể như sau:"),
    P("- Tỷ lệ người dân có tài khoản định danh điện tử mức 2 đạt 70%.", "list_item"),
], [])

SHAPES["period_sub_headings"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU"),
    P("- Đến năm 2027:", "list_item"),
    P("+ Tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.", "list_item"),
    P("- Giai đoạn đến 2030:", "list_item"),
    P("+ Tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%.", "list_item"),
], [R("hồ sơ trực tuyến toàn trình", value=70, year=2027),
    R("hồ sơ trực tuyến toàn trình", value=90, year=2030)])

# --- ceilings, reductions, rates per population, counts ---------------------------------------------------------

SHAPES["ceilings_reductions_rates_counts"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Giảm ít nhất 15% chi phí tuân thủ thủ tục hành chính so với năm 2020.", "list_item"),
    P("- Tỷ lệ hộ nghèo hạ xuống dưới 2%.", "list_item"),
    P("- Tỷ lệ hồ sơ trễ hạn không vượt quá 3%.", "list_item"),
    P("- Tỷ suất sinh thô dưới 12 trên 1.000 dân.", "list_item"),
    P("- Tỉnh có ít nhất 20 tập dữ liệu mở được công bố.", "list_item"),
    P("- Xây dựng 05 mô hình điểm về chuyển đổi số cấp xã.", "list_item"),
], [R("giảm chi phí tuân thủ thủ tục hành chính", value=15, year=2025),     # 2020 is the baseline, not the year
    R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2025),
    R("hồ sơ trễ hạn", cmp="<=", value=3, year=2025),
    R("tỷ suất sinh thô", cmp="<", value=12, unit="/1.000 dân", year=2025),
    R("tập dữ liệu mở được công bố", value=20, unit="tập dữ liệu", year=2025),
    R("mô hình điểm chuyển đổi số", value=5, unit="mô hình", year=2025)])

# --- tables -------------------------------------------------------------------------------------------

# An annex giving a target per product and year, each year split into a quantity and a value column whose
# headers carry the unit; the product column has no label word ('Sản phẩm').
SHAPES["table_year_columns_split_by_measure"] = (HEADER_PLAN + [
    H("PHỤ LỤC 02"),
    P("DANH MỤC HÀNG HÓA THAM GIA XUẤT KHẨU GIAI ĐOẠN 2026 – 2030"),
    T([("TT", 2, 1), ("Sản phẩm", 2, 1), ("Kế hoạch 2026", 1, 2), ("Kế hoạch 2027", 1, 2)],
      ["Lượng (Tấn)", "Giá trị tham gia xuất khẩu (Nghìn USD)", "Lượng (Tấn)", "Giá trị tham gia xuất khẩu (Nghìn USD)"],
      ["", "Tổng I + II", "", "240.000", "", "270.000"],
      ["1", "Xoài", "13.500", "7.000", "14.800", "7.800"]),
], [R("tổng giá trị xuất khẩu", value=240000, unit="Nghìn USD", year=2026),
    R("tổng giá trị xuất khẩu", value=270000, unit="Nghìn USD", year=2027),
    R("xoài lượng", value=13500, unit="Tấn", year=2026),
    R("xoài giá trị xuất khẩu", value=7000, unit="Nghìn USD", year=2026),
    R("xoài lượng", value=14800, unit="Tấn", year=2027),
    R("xoài giá trị xuất khẩu", value=7800, unit="Nghìn USD", year=2027)])

# A remark in parentheses is no unit, and one target column per year needs no column words in the label.
SHAPES["table_header_remark_is_no_unit"] = (HEADER_PLAN + [
    T(["STT", "Địa bàn", "Kế hoạch 2026 (dự kiến)", "Kế hoạch 2027 (dự kiến)"],
      ["1", "Tỷ lệ hồ sơ trực tuyến toàn trình (%)", "85%", "90%"]),
], [R("hồ sơ trực tuyến toàn trình", value=85, year=2026),
    R("hồ sơ trực tuyến toàn trình", value=90, year=2027)])

# Header wordings of target tables in plans, decisions and reports.
SHAPES["table_value_column_named_chi_tieu"] = (HEADER_PLAN + [
    T(["STT", "Nội dung", "Chỉ tiêu", "Đơn vị chủ trì", "Thời gian hoàn thành"],
      ["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "80%", "Sở Nội vụ", "2025"],
      ["2", "Số hóa hồ sơ, kết quả giải quyết TTHC", "100%", "Văn phòng UBND tỉnh", "Quý IV/2025"]),
], [R("hồ sơ trực tuyến toàn trình", value=80, year=2025), R("số hóa hồ sơ", value=100, year=2025)])

SHAPES["table_plan_year_beside_results_of_past_years"] = (HEADER_PLAN + [
    T(["TT", "Tên chỉ tiêu", "ĐVT", "Thực hiện 2024", "Ước TH 2025", "Kế hoạch 2026"],
      ["1", "Tốc độ tăng trưởng GRDP", "%", "7,1", "8,0", "10,0"],
      ["2", "Thu ngân sách nhà nước", "Tỷ đồng", "10.482", "11.580", "12.000"]),
], [R("tăng trưởng grdp", value=10, actual=None, year=2026),
    R("thu ngân sách nhà nước", value=12000, unit="Tỷ đồng", actual=None, year=2026)])

SHAPES["table_report_bare_numbers_and_unit_in_label"] = (HEADER_REPORT + [
    T(["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
      ["1", "Số hồ sơ tiếp nhận trực tuyến", "50.000", "54.919", "109,8"],
      ["2", "Tỷ lệ thanh toán trực tuyến (%)", "45", "38,2", "84,9"]),
], [R("số hồ sơ tiếp nhận trực tuyến", value=50000, unit=None, actual=54919),
    R("thanh toán trực tuyến", value=45, actual=38.2)])

# A numbering row with formulas ('A | B | 1 | 2 | 3 | 4=3/2') is part of the header, not a row of targets; an
# amount whose unit is only in a caption ('Đơn vị: triệu đồng') is not read as a bare count.
SHAPES["table_numbering_row_with_formulas"] = (HEADER_PLAN + [
    P("Đơn vị: triệu đồng"),
    T(["STT", "Nội dung", "ĐVT", "Ước thực hiện 2025", "Kế hoạch năm 2026", "So sánh", "Dự kiến năm 2027"],
      ["A", "B", "C", "1", "2", "3=2/1", "4"],
      ["I", "Thu ngân sách nhà nước", "", "10.643.129", "10.631.170", "99,9", "10.172.791"],
      ["II", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "1.100", "1.200", "109,1", "1.300"]),
], [R("số doanh nghiệp thành lập mới", value=1200, unit="Doanh nghiệp", actual=None, year=2026),
    R("số doanh nghiệp thành lập mới", value=1300, unit="Doanh nghiệp", actual=None, year=2027)])

# --- several targets in one sentence --------------------------------------------------------------------

# Several targets for several groups or years in one sentence: the second takes the subject of the first, and a
# year written right after a figure is that figure's.
SHAPES["several_groups_and_years_in_one_sentence"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Tỷ lệ người dân có tài khoản định danh điện tử mức 2 đạt 80% ở khu vực thành thị và 60% ở khu vực nông "
      "thôn.", "list_item"),
    P("- Tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng nền tảng số đạt 50% vào năm 2027 và 80% vào năm 2030.", "list_item"),
], [R("tài khoản định danh điện tử thành thị", value=80, year=2025),
    R("tài khoản định danh điện tử nông thôn", value=60, year=2025),
    R("doanh nghiệp nhỏ và vừa ứng dụng nền tảng số", value=50, year=2027),
    R("doanh nghiệp nhỏ và vừa ứng dụng nền tảng số", value=80, year=2030)])

SHAPES["telegram_orders"] = (HEADER_PLAN + [
    P("Thủ tướng Chính phủ yêu cầu Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:"),
    P("1. Tập trung chỉ đạo quyết liệt giải ngân vốn đầu tư công, phấn đấu tỷ lệ giải ngân năm 2025 đạt 100% kế "
      "hoạch vốn được giao."),
    P("2. Hoàn thành việc cắt giảm, đơn giản hóa ít nhất 30% thủ tục hành chính liên quan đến hoạt động kinh doanh "
      "trong năm 2025."),
    P("3. Kết quả giải ngân đến ngày 30/9/2025 mới đạt 50,7% kế hoạch, thấp hơn cùng kỳ năm 2024."),
], [R("tỷ lệ giải ngân kế hoạch vốn", value=100, year=2025),
    R("cắt giảm đơn giản hóa thủ tục hành chính", value=30, year=2025)])

# A growth rate written after the figure it grows names no subject of its own: it takes the one before.
SHAPES["growth_rate_after_the_value_it_grows"] = (HEADER_PLAN + [
    H("II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030"),
    P("+ Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn; tổng giá trị sản phẩm Xoài "
      "tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD, tốc độ tăng bình quân 08 - 09%/năm.", "list_item"),
    P("3. Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD, tăng bình quân hàng năm "
      "trong giai đoạn này đạt 10 - 13%/năm.", "list_item"),
], [R("tổng sản phẩm xoài xuất khẩu", value=18000, unit="tấn", year=2030),
    R("tổng giá trị sản phẩm xoài xuất khẩu", value=10, unit="triệu USD", year=2030),
    R("tốc độ tăng bình quân giá trị sản phẩm xoài xuất khẩu", cmp="range", value=8, high=9, unit="%/năm", year=2030),
    R("giá trị hàng hóa xuất khẩu", value=400, unit="triệu USD", year=2030),
    R("tăng bình quân giá trị hàng hóa xuất khẩu", cmp="range", value=10, high=13, unit="%/năm", year=2030)])

# ... but a growth rate with its own subject keeps its own label.
SHAPES["growth_rate_with_its_own_subject"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("a) Quy mô GRDP đạt 660.085 tỷ đồng, tốc độ tăng trưởng kinh tế số bình quân 20%/năm.", "list_item"),
], [R("quy mô grdp", value=660085, unit="tỷ đồng", year=2025),
    R("tốc độ tăng trưởng kinh tế số", value=20, unit="%/năm", year=2025)])

# A paragraph (not a numbered item) under a heading of targets ('II. CHỈ TIÊU ...') states a target even
# with a weak verb ('dự kiến đạt').
SHAPES["paragraph_under_targets_heading"] = (HEADER_PLAN + [
    H("II. CHỈ TIÊU"),
    P("b) Sản phẩm công nghiệp, tiểu thủ công nghiệp", "list_item"),
    P("Tổng giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu dự kiến đạt 05 triệu USD."),
], [R("tổng giá trị sản phẩm công nghiệp xuất khẩu", value=5, unit="triệu USD", year=2025)])


# A level written at the end of a sub-row under a counted thing is that level's share of it.
SHAPES["table_sub_rows_by_level"] = (HEADER_PLAN + [
    T(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Ước thực hiện năm 2025"],
      ["13", "Y tế:", "", "", ""],
      ["", "- Số giường bệnh", "Giường", "4.157", "6.960"],
      ["", "+ Giường bệnh cấp tỉnh", "Giường", "2.940", "6.080"],
      ["", "+ Giường phòng khám khu vực", "Giường", "170", "180"],
      ["", "+ Giường y tế xã phường", "Giường", "437", "700"],
      ["", "+ Hợp tác xã", "Hợp tác xã", "120", "118"]),
], [R("số giường bệnh", value=4157, unit="Giường", actual=6960, year=2025),
    R("giường bệnh cấp tỉnh", "tỉnh", value=2940, unit="Giường", actual=6080, year=2025),
    R("giường phòng khám khu vực", value=170, unit="Giường", actual=180, year=2025),
    R("giường y tế xã phường", "xã", value=437, unit="Giường", actual=700, year=2025),
    R("hợp tác xã", None, value=120, unit="Hợp tác xã", actual=118, year=2025)])

# --- results reported against a target in the same sentence -------------------------------------------------

# A result over its plan with the share it reached: result first, plan after the slash.
SHAPES["result_over_plan_with_share"] = (HEADER_REPORT + [
    H("2. Tình hình thực hiện dự toán ngân sách năm 2025"),
    P("a) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng, đạt 97,97% kế hoạch; "
      "cụ thể:", "list_item"),
    P("- Chi đầu tư từ nguồn thu tiền sử dụng đất 560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch.", "list_item"),
    P("- Công tác an sinh xã hội được thực hiện đầy đủ, đã vận động Quỹ Đền ơn đáp nghĩa được 12.375,3/10.200 "
      "triệu đồng, vượt 21,3% kế hoạch.", "list_item"),
    P("- Chi đầu tư từ nguồn vay của ngân sách địa phương 22,656 tỷ đồng [4]/12,9 tỷ đồng, ước đạt 175,63% kế hoạch.",
      "list_item"),
], [R("chi đầu tư phát triển", value=5937.44, unit="tỷ đồng", actual=5817.196, year=2025),
    R("chi đầu tư nguồn thu tiền sử dụng đất", value=690, unit="tỷ đồng", actual=560, year=2025),
    R("vận động quỹ đền ơn đáp nghĩa", value=10200, unit="triệu đồng", actual=12375.3, year=2025),
    R("chi đầu tư nguồn vay ngân sách địa phương", value=12.9, unit="tỷ đồng", actual=22.656, year=2025)])

# A result with the share of the plan it reached; the plan was written before it (same or earlier paragraph of the
# same part) and is found by the arithmetic.
SHAPES["result_with_share_of_a_plan_written_before"] = (HEADER_REPORT + [
    H("2.2. Chi ngân sách địa phương"),
    P("Tổng chi ngân sách địa phương năm 2025 được Hội đồng nhân dân tỉnh giao là 26.811,096 tỷ đồng. Trong đó: "
      "chi cân đối ngân sách 21.049,188 tỷ đồng (trong đó: chi trả lãi các khoản do chính quyền địa phương vay "
      "11,4 tỷ đồng)."),
    P("Ước thực hiện năm 2025 là 27.535 tỷ đồng, đạt 102,70% dự toán, tăng 27,80% so cùng kỳ."),
    P("c) Chi trả lãi các khoản do chính quyền địa phương vay: 11,4 tỷ đồng, đạt 100% dự toán.", "list_item"),
    # no plan written before that the share points at: no record
    P("- Giải quyết việc làm cho 62.000 lao động, đạt 105,1% kế hoạch.", "list_item"),
], [R("tổng chi ngân sách địa phương", value=26811.096, unit="tỷ đồng", actual=27535, year=2025),
    R("chi trả lãi các khoản chính quyền địa phương vay", value=11.4, unit="tỷ đồng", actual=11.4, year=2025)])

# ... not a ratio with its percentage, and not a pair whose share disagrees with it.
SHAPES["not_result_over_plan"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN"),
    P("Toàn tỉnh tiếp nhận 54.919/58.669 hồ sơ trực tuyến (93,6%), 629/731 trường công lập đạt chuẩn quốc gia, "
      "đạt tỷ lệ 86,1%."),
    P("Giải ngân vốn đầu tư công 560 tỷ đồng/690 tỷ đồng, đạt 60% kế hoạch."),
], [])

# The lead before a colon is the label only when nothing follows the figures: here the object follows.
SHAPES["lead_colon_then_target_with_its_object"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("d) Chi thực hiện các chương trình mục tiêu, nhiệm vụ: Phấn đấu hoàn thành 100% nhiệm vụ chi ngân sách "
      "trung ương hỗ trợ.", "list_item"),
    P("e) Hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh 90%, cấp huyện 80%.", "list_item"),
], [R("hoàn thành nhiệm vụ chi ngân sách trung ương hỗ trợ", value=100, year=2025),
    R("hồ sơ công việc môi trường mạng", "tỉnh", value=90, year=2025),
    R("hồ sơ công việc môi trường mạng", "huyện", value=80, year=2025)])

# --- ranks and counts ----------------------------------------------------------------------------------------

# 'top N' is a rank on its own; 'vào top 20 tỉnh dẫn đầu' is one rank, not two.
SHAPES["rank_top_n"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU"),
    H("2.2. Định hướng đến năm 2035"),
    P("- Đồng Tháp trở thành địa phương thuộc top 03 vùng Đồng bằng sông Cửu Long về đổi mới công nghệ trong "
      "nông nghiệp.", "list_item"),
    P("- Chỉ số chuyển đổi số của tỉnh vào top 20 tỉnh dẫn đầu cả nước.", "list_item"),
], [R("địa phương thuộc top vùng đồng bằng sông cửu long", cmp="<=", value=3, unit="hạng", year=2035),
    R("chỉ số chuyển đổi số", cmp="<=", value=20, unit="hạng", year=2035)])

# A count a training verb governs, its counted noun kept in the label.
SHAPES["count_of_training"] = (HEADER_PLAN + [
    H("2. Mục tiêu cụ thể"),
    P("Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về ứng dụng công nghệ, quản trị đổi mới sáng tạo. Có ít nhất "
      "03 cơ sở giáo dục, đào tạo của tỉnh có hoạt động đào tạo về công nghệ mới."),
], [R("bồi dưỡng lượt nhân lực ứng dụng công nghệ", value=3000, unit="lượt", year=2025),
    R("cơ sở giáo dục đào tạo của tỉnh", value=3, unit="cơ sở", year=2025)])

# The count that says which things a percentage counts is part of that target ('100% các khu ... có tối thiểu
# 1 trạm'); a level inside a list of scopes ('cấp tỉnh, ngành và địa phương') is no level split.
SHAPES["count_qualifying_a_share_and_scope_lists"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- 100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G.",
      "list_item"),
    P("- Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao; có tối thiểu 05 kịch bản ứng dụng dữ liệu "
      "cấp tỉnh, ngành và địa phương.", "list_item"),
], [R("khu công nghệ cao cụm công nghiệp có tối thiểu trạm phát sóng 5g", value=100, year=2025),
    R("bộ dữ liệu mở chất lượng cao", value=5, unit="bộ dữ liệu", year=2025),
    R("kịch bản ứng dụng dữ liệu cấp tỉnh", None, value=5, unit="kịch bản", year=2025)])

# --- targets and results in parentheses, and a cue that opens a piece of the sentence -----------------------

SHAPES["targets_in_parentheses_of_prose"] = (HEADER_PLAN + [
    H("III. NHIỆM VỤ, GIẢI PHÁP"),
    P("Kiên quyết cắt bỏ đầu tư công dàn trải (Kế hoạch đầu tư công trung hạn nguồn ngân sách trung ương giai đoạn "
      "2026 - 2030 bảo đảm không quá 3.000 dự án)."),
    P("Tháo gỡ vướng mắc liên quan đến dự án Starlink để có thể triển khai trong năm 2026 (phấn đấu đạt 500.000 "
      "thuê bao)."),
    # a result in parentheses is not a target; an aside without a target cue neither
    P("Tỷ lệ hồ sơ trực tuyến còn thấp (hiện nay đạt 45%, thấp hơn bình quân cả nước)."),
], [R("kế hoạch đầu tư công trung hạn dự án", cmp="<=", value=3000, unit="dự án", year=2030),
    R("dự án starlink thuê bao", value=500000, unit="thuê bao", year=2026)])

SHAPES["cue_led_piece_and_result_in_parentheses"] = (HEADER_REPORT + [
    H("5. Nhiệm vụ thời gian tới"),
    P("(4) đôn đốc các doanh nghiệp viễn thông phủ sóng 5G trên phạm vi toàn quốc, phải đạt 90% trong năm 2025 "
      "(đến nay mới đạt 39,5%); (5) hoàn thiện hồ sơ."),
    P("- Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số trong sản xuất, "
      "kinh doanh, phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện.", "list_item"),
], [R("doanh nghiệp viễn thông phủ sóng 5g phạm vi toàn quốc", value=90, actual=39.5, year=2025),
    R("doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến", value=30, year=2030)])

# --- directives: an action on a share or on at least so many things, levels of the bodies it is for ------------

SHAPES["directive_actions_and_body_levels"] = (HEADER_PLAN + [
    H("III. NHIỆM VỤ, GIẢI PHÁP"),
    P("e) Bộ Giáo dục và Đào tạo hướng dẫn các bộ, ngành, địa phương tổ chức triển khai ngay trong tháng 12 năm "
      "2025, số hoá 100% dữ liệu văn bằng, chứng chỉ trong năm 2026."),
    P("UBND cấp xã lựa chọn ít nhất 02 cán bộ, công chức có năng lực để tham gia đào tạo, tập huấn kỹ năng số."),
    H("10. Ủy ban nhân dân các xã, phường"),
    P("- Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã đóng vai trò đơn vị thu gom chuyên nghiệp.", "list_item"),
    # a result that restates the task is none
    P("Có 3321/3321 đơn vị cấp xã hoàn thành việc lựa chọn ít nhất 02 cán bộ, công chức, đạt tỷ lệ 100%."),
], [R("số hoá dữ liệu văn bằng chứng chỉ", value=100, year=2026),
    R("ubnd cấp xã lựa chọn cán bộ công chức", "xã", value=2, unit=ANY, year=2025),
    R("doanh nghiệp hợp tác xã thu gom", "xã", value=1, unit=ANY, year=2025)])

# A table of tasks has no target column: a task that sets a measure is read from its cell.
SHAPES["task_table_cells"] = (HEADER_PLAN + [
    H("PHỤ LỤC I"),
    T(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn hoàn thành"],
      ["1.", "Hoàn thành việc lựa chọn Hệ thống thông tin giải quyết thủ tục hành chính bảo đảm hiệu quả; tích hợp "
             "100% dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia", "Các bộ, ngành, địa phương", "30/09/2025"],
      ["2.", "Chủ động nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh; phối hợp với "
             "Bộ Công an tích hợp, cung cấp 100% dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia",
       "Các bộ, ngành, địa phương", "31/12/2025"],
      ["3.", "Xây dựng kế hoạch chuyển đổi số năm 2026 của cơ quan, đơn vị", "Các sở, ngành", "31/12/2025"]),
    # a column of results restates the task with what came of it
    T(["STT", "Nhiệm vụ", "Kết quả thực hiện"],
      ["1.", "Triển khai Bộ phận Một cửa tại các xã, phường theo mô hình chính quyền hai cấp",
       "Các địa phương bảo đảm 100% xã, phường vận hành Bộ phận Một cửa từ ngày 01/7/2025"]),
], [R("tích hợp dịch vụ công trực tuyến cổng dịch vụ công quốc gia", value=100, year=ANY),
    R("phối hợp bộ công an cung cấp dịch vụ công trực tuyến", value=100, year=ANY)])

# Under a period that lies ahead of the document, a clause that opens with a share states a target.
SHAPES["share_led_clause_under_a_period_ahead"] = (HEADER_PLAN + [
    H("III. LỘ TRÌNH THỰC HIỆN"),
    H("1. Giai đoạn 2025 - 2030"),
    P("- Đổi mới công nghệ trong khu công nghiệp: 100% khu công nghiệp, cụm công nghiệp triển khai chương trình "
      "hỗ trợ đổi mới công nghệ.", "list_item"),
    H("IV. ĐÁNH GIÁ NĂM 2024"),
    P("- Cải cách thủ tục hành chính: 98% hồ sơ được giải quyết đúng hạn.", "list_item"),
], [R("khu công nghiệp cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ", value=100, year=2030)])

# An enumeration before the figure keeps its head noun in the label.
SHAPES["enumeration_before_the_figure"] = (HEADER_PLAN + [
    H("III. NHIỆM VỤ, GIẢI PHÁP"),
    P("Tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học, cao đẳng, đào tạo nghề của tỉnh đạt tối "
      "thiểu 30%, gắn với nhu cầu phát triển nguồn nhân lực số và công nghiệp công nghệ cao của tỉnh."),
], [R("tỷ trọng đào tạo các ngành stem", value=30, year=2025)])

# A target an annex restates is linked to the body's record, not counted again.
SHAPES["annex_restates_a_target"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU"),
    P("- Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%.", "list_item"),
    H("PHỤ LỤC"),
    T(["TT", "Chỉ tiêu", "Mục tiêu đến năm 2025", "Chủ trì"],
      ["1", "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số", "60%", "Sở Khoa học và Công nghệ"],
      ["2", "Tỷ lệ hộ gia đình có cáp quang", "90%", "Sở Khoa học và Công nghệ"]),
], [R("doanh nghiệp vừa và nhỏ ứng dụng công nghệ số", value=60, year=2025),
    R("hộ gia đình có cáp quang", value=90, year=2025)])

# --- what is not a target ---------------------------------------------------------------------------------------

# Thresholds that define a category or grant something, even under a heading of goals.
SHAPES["not_targets_eligibility_thresholds"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Xã có tỷ lệ hộ nghèo dưới 10% thì được xác định là xã đạt tiêu chí hộ nghèo.", "list_item"),
    P("- Các xã có tỷ lệ hộ nghèo từ 15% trở lên được xác định là xã đặc biệt khó khăn.", "list_item"),
    P("- Doanh nghiệp có từ 50 lao động trở lên được hỗ trợ 100% chi phí đào tạo.", "list_item"),
    P("c) Xã được công nhận đạt chuẩn khi có tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên.", "list_item"),
    # the target beside them is kept
    P("d) Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 3%.", "list_item"),
], [R("tỷ lệ hộ nghèo", cmp="<", value=3, year=2025)])

# Scoring rules: points for reaching a figure.
SHAPES["not_targets_scoring_rules"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên được 2 điểm; đạt từ 50% đến dưới 80% được 1 điểm.", "list_item"),
    P("- Đạt 100% được cộng 0,5 điểm; dưới 50% bị trừ 1 điểm.", "list_item"),
    H("III. TIÊU CHÍ CHẤM ĐIỂM"),
    P("1. Tỷ lệ thủ tục hành chính được cung cấp trực tuyến toàn trình từ 80% trở lên: 3 điểm.", "list_item"),
    # the same figure as a plain target is one
    H("IV. MỤC TIÊU"),
    P("1. Tỷ lệ thủ tục hành chính được cung cấp trực tuyến toàn trình từ 80% trở lên.", "list_item"),
], [R("thủ tục hành chính trực tuyến toàn trình", value=80, year=2025)])

# Conditions in prose: the figure says when something happens, not what to reach.
SHAPES["not_targets_conditions"] = (HEADER_PLAN + [
    H("III. NHIỆM VỤ, GIẢI PHÁP"),
    P("Trường hợp tỷ lệ giải ngân dưới 50% thì phải báo cáo rõ nguyên nhân."),
    P("Nếu tỷ lệ hồ sơ quá hạn trên 5%, người đứng đầu phải giải trình."),
    P("Cơ quan có tỷ lệ hồ sơ trễ hạn cao hơn 2% phải xây dựng kế hoạch khắc phục."),
    # 'sau khi' is a time, not a condition: the cut is still the target
    P("Sửa đổi quy trình nội bộ sau khi thực hiện phương án cắt giảm 30% thời gian giải quyết thủ tục hành chính."),
], [R("cắt giảm thời gian giải quyết thủ tục hành chính", value=30, year=2025)])

# Quoted provisions of another document and headings that name a part.
SHAPES["not_targets_quoted_provisions_and_headings"] = (HEADER_PLAN + [
    H("Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 15/2024/QĐ-UBND"),
    P("1. Khoản 2 Điều 5 được sửa đổi như sau: “2. Tỷ lệ hồ sơ được số hóa phải đạt 100% trước khi trả kết quả.”"),
    P("2. Khoản 3 Điều 7 được sửa đổi, bổ sung như sau:"),
    P("“3. Bảo đảm tối thiểu 90% hồ sơ được giải quyết đúng hạn.”"),
    H("II. PHẤN ĐẤU 100% HỒ SƠ ĐƯỢC SỐ HÓA"),
    P("Theo quy định tại khoản 3 Điều 10 Nghị định số 45/2020/NĐ-CP: “bảo đảm tối thiểu 80% hồ sơ được tiếp nhận "
      "trực tuyến”."),
    # the document's own target after them is kept
    P("Phấn đấu đến hết năm 2025, 100% hồ sơ được số hóa khi tiếp nhận."),
], [R("hồ sơ được số hóa khi tiếp nhận", value=100, year=2025)])

# Tasks with a deadline and no measure; durations.
SHAPES["not_targets_tasks_and_durations"] = (HEADER_PLAN + [
    H("III. NHIỆM VỤ, GIẢI PHÁP"),
    P("- Xây dựng Kế hoạch chuyển đổi số năm 2025, hoàn thành trước ngày 30/6/2025.", "list_item"),
    P("- Thời gian giải quyết không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.", "list_item"),
], [])

# Criteria that define a category, a cause, allocation rules.
SHAPES["not_targets_category_criteria_causes_allocations"] = (HEADER_PLAN + [
    H("Điều 42. Tiêu chí xác định khu công nghiệp sinh thái"),
    P("3. Tối thiểu 90% doanh nghiệp trong khu công nghiệp có nhận thức về sử dụng hiệu quả tài nguyên.", "list_item"),
    P("4. Dành tối thiểu 25% diện tích đất khu công nghiệp cho các công trình cây xanh.", "list_item"),
    H("II. NỘI DUNG BÁO CÁO"),
    P("3. Số đơn vị bầu cử phải tổ chức bầu cử lại do có dưới 50% tổng số cử tri trong danh sách tham gia bỏ phiếu.",
      "list_item"),
    H("II. ĐỊNH MỨC PHÂN BỔ THEO TIÊU CHÍ DÂN SỐ"),
    P("- Các khoản chi khác của các xã, phường được tính vào cân đối ngân sách theo tỷ lệ 15% của số chi tại điểm 1.1.",
      "list_item"),
    P("14. Đối với địa bàn phải phục vụ nhiều nhiệm vụ chính trị được tính tăng thêm 20% so với các định mức phân bổ "
      "theo dân số nêu trên.", "list_item"),
    P("- Bố trí bằng 1% chi thường xuyên của ngân sách xã, phường.", "list_item"),
], [])


# A review of a plan counts its own targets ('Kế hoạch có 20 chỉ tiêu ... (05 chỉ tiêu: đạt 04 chỉ tiêu, 01 chỉ tiêu
# chưa đạt)'): tallies, not targets; a share of them or a ratio of criteria stays a target. (unseen web excerpts,
# issue 13; paraphrased)
SHAPES["tally_of_targets_is_no_target"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN"),
    P("Kế hoạch chuyển đổi số năm 2025 có 20 chỉ tiêu. Đến nay 15 tiêu chí đạt, 05 tiêu chí chưa đạt, cụ thể: "
      "Kinh tế số (05 chỉ tiêu: đánh giá đạt 04 chỉ tiêu, 01 chỉ tiêu chưa đạt)."),
    H("II. NHIỆM VỤ NĂM 2026"),
    P("Phấn đấu đến hết năm 2026 hoàn thành 100% chỉ tiêu kế hoạch giao."),
], [R("hoàn thành chỉ tiêu kế hoạch giao", value=100, year=2026)])


# Unseen web excerpts (issue 13), paraphrased. A parenthesis right after the words that announce targets lists
# them, one per ';' item; the same parenthesis after 'Kết quả thực hiện các mục tiêu' lists results.
SHAPES["parenthesis_listing_announced_targets"] = (HEADER_PLAN + [
    H("I. TRIỂN KHAI CHIẾN LƯỢC"),
    P("Kế hoạch đặt ra 5 mục tiêu cụ thể về phát triển kinh tế số (Tỷ trọng kinh tế số đạt 25% GRDP; tỷ lệ doanh "
      "nghiệp sử dụng hợp đồng điện tử đạt trên 85%; tỷ lệ doanh nghiệp nhỏ và vừa dùng nền tảng số đạt tối thiểu "
      "40%) đến năm 2025."),
    P("Kết quả thực hiện các mục tiêu năm 2024 (tỷ trọng kinh tế số đạt 14%; hợp đồng điện tử đạt 71%)."),
], [R("tỷ trọng kinh tế số GRDP", value=25, year=2025),
    R("doanh nghiệp sử dụng hợp đồng điện tử", cmp=">", value=85, year=2025),
    R("doanh nghiệp nhỏ và vừa dùng nền tảng số", value=40, year=2025)])

# A lead inside a paragraph ('các chỉ tiêu chủ yếu gồm:') opens a list that runs on in sentences and paragraphs
# with a bare 'đạt' until a heading; the same sentences under a results heading report results.
SHAPES["inline_lead_opens_a_list_of_targets"] = (HEADER_PLAN + [
    H("II. CHỈ ĐẠO ĐIỀU HÀNH NĂM 2026"),
    P("Theo Nghị quyết của Hội đồng nhân dân tỉnh, các chỉ tiêu chủ yếu gồm: Tốc độ tăng trưởng GRDP từ 9% trở lên. "
      "Tỷ lệ lao động qua đào tạo đạt khoảng 72,5%."),
    P("Tỷ lệ thất nghiệp khu vực thành thị dưới 3,5%. Tỷ lệ tham gia bảo hiểm y tế đạt 96,2%."),
    H("III. KẾT QUẢ NĂM 2025"),
    P("Tỷ lệ tham gia bảo hiểm y tế đạt 94,8%. Tỷ lệ lao động qua đào tạo đạt 70,1%."),
], [R("Tốc độ tăng trưởng GRDP", value=9, year=2026),
    R("lao động qua đào tạo", value=72.5, year=2026),
    R("thất nghiệp khu vực thành thị", cmp="<", value=3.5, year=2026),
    R("tham gia bảo hiểm y tế", value=96.2, year=2026)])

# A body striving to meet the targets it lists after a colon ('Phấn đấu … đạt được các chỉ tiêu chủ yếu: …') makes
# every later sentence of its paragraph an item, though most have no cue of their own ('tăng bình quân 7%/năm',
# 'Giảm tỷ lệ hộ nghèo … là 2,5%', 'Trồng rừng mới hằng năm 900 ha'); a lead with no colon lists nothing.
# (round 26; paraphrased)
SHAPES["striven_targets_lead_runs_on_in_its_paragraph"] = ([
    P("Phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 huyện Bình Sơn"),
    P("UBND tỉnh vừa ban hành Quyết định phê duyệt Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 huyện Bình "
      "Sơn."),
    P("Phấn đấu đến năm 2025 huyện Bình Sơn đạt được các chỉ tiêu chủ yếu: Doanh thu du lịch đến năm 2025 đạt 95 tỷ "
      "đồng. Thu nội địa tăng bình quân 7%/năm. Giảm tỷ lệ hộ nghèo bình quân hằng năm là 2,5%. Trồng rừng mới "
      "hằng năm 900 ha, trồng cây dưới tán rừng hằng năm 120 ha."),
    # no list without the colon: the sentences after it describe the district
    P("Huyện tiếp tục phấn đấu đạt các chỉ tiêu chủ yếu. Diện tích tự nhiên của huyện là 99.500 ha, dân số "
      "trung bình năm 2020 là 61.200 người."),
], [R("Doanh thu du lịch", value=95, unit="tỷ đồng", year=2025),
    R("Thu nội địa", value=7, unit="%/năm", year=2025),
    R("hộ nghèo", value=2.5, year=2025),
    R("Trồng rừng mới", value=900, unit="ha", year=2025),
    R("cây dưới tán rừng", value=120, unit="ha", year=2025)])

# A heading that names a term's targets ('Một số chỉ tiêu chủ yếu … (nhiệm kỳ 2025 - 2030)') opens their list though
# a plain paragraph with no item marks follows it: its sentences with a bare 'đạt' are the items; the heading's
# own count ('3 khâu đột phá') is none, and under a heading of results the same sentence reports. (round 26;
# paraphrased)
SHAPES["targets_heading_over_a_plain_paragraph"] = ([
    P("Đại hội Đảng bộ huyện Quế Phong lần thứ XXI"),
    P("Đại hội đã thông qua Nghị quyết nhiệm kỳ mới với nhiều mục tiêu quan trọng."),
    P("Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2025 - 2030)"),
    P("Tốc độ tăng trưởng kinh tế bình quân đạt 9-10%/ năm (giá so sánh 2010). Thu nhập bình quân đầu người đạt "
      "95 triệu đồng."),
    P("Kết quả thực hiện các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025"),
    P("Tốc độ tăng trưởng kinh tế bình quân đạt 8,4%/năm."),
], [R("Tốc độ tăng trưởng kinh tế bình quân", cmp="range", value=9, high=10, unit="%/năm", year=2030),
    R("Thu nhập bình quân đầu người", value=95, unit="triệu đồng", year=2030)])

# A sentence that opens with its goals' horizon ('Mục tiêu đến năm 2025, ...') leads the sentences after it; a
# sentence that only mentions such a goal does not.
SHAPES["goal_horizon_opens_the_sentences_after_it"] = (HEADER_PLAN + [
    H("1. Mục đích"),
    P("Mục tiêu đến năm 2025, hình thành nền kinh tế số, tỷ trọng đóng góp vào GRDP toàn tỉnh chiếm từ 18% trở lên. "
      "Năng suất lao động tăng bình quân trên 6,5%/năm. Thực hiện thành công chuyển đổi số."),
    H("2. Kết quả"),
    P("Để thực hiện mục tiêu đến năm 2025, năm 2024 tỉnh đã tổ chức tập huấn. Tỷ lệ doanh nghiệp dùng hóa đơn điện tử "
      "đạt 97%."),
], [R("tỷ trọng đóng góp vào GRDP", value=18, year=2025),
    R("Năng suất lao động tăng bình quân", cmp=">", value=6.5, unit=ANY, year=2025)])


# A stock dated 'Tính đến hết năm 2024' and a share of the target reached ('đạt 76,5% mục tiêu') are results.
SHAPES["as_of_stock_and_share_of_target_are_results"] = (HEADER_REPORT + [
    H("1. Công tác giảm nghèo"),
    P("Tính đến hết năm 2024, toàn tỉnh còn 5.210 hộ nghèo, chiếm 1,62%; 6.480 hộ cận nghèo, chiếm 2,05%."),
    P("Có 11/15 dịch vụ dữ liệu được đưa vào sử dụng chính thức, đạt 73,3% mục tiêu."),
    P("Số thành viên Tổ công nghệ số cộng đồng trên 100 dân chưa đạt trên 5%."),
    # what the years past brought: 'Trong những năm qua ... cung cấp 100% ...' reports, it orders nothing
    P("Trong những năm qua, tỉnh đã tập trung chỉ đạo cải cách hành chính, cung cấp 100% dịch vụ công trực tuyến "
      "mức độ cao cho người dân."),
], [])


# One clause, one comparator, several targets of the same value: three targets, not one (unseen web excerpts,
# issue 13; paraphrased).
SHAPES["shared_comparator_same_value_targets"] = (HEADER_PLAN + [
    H("II. NHIỆM VỤ"),
    P("Thực thi các phương án đơn giản hóa, bảo đảm năm 2025 cắt giảm ít nhất: 25% thời gian giải quyết thủ tục "
      "hành chính, 25% chi phí tuân thủ, 25% điều kiện kinh doanh."),
], [R("cắt giảm thời gian giải quyết thủ tục hành chính", value=25, year=2025),
    R("cắt giảm chi phí tuân thủ", value=25, year=2025),
    R("cắt giảm điều kiện kinh doanh", value=25, year=2025)])

# A review writes each target with its result in a parenthesis ('(Kết quả: ... đạt 62,37%)', '(kết quả mới đạt
# 11,89%)'); the parenthesis reports on its own target and does not turn the next target into a result.
SHAPES["result_parenthesis_after_each_target"] = (HEADER_REPORT + [
    H("1. Chính quyền số"),
    P("Tỷ lệ hồ sơ giải quyết trực tuyến phải đạt tối thiểu 45% (Kết quả: 10.120/18.400 hồ sơ, đạt 55%); "
      "70% thủ tục hành chính có nghĩa vụ tài chính phải được thanh toán trực tuyến (không đạt, kết quả mới đạt "
      "12,5%); trên 50% hoạt động kiểm tra định kỳ phải thực hiện qua môi trường số."),
], [R("hồ sơ giải quyết trực tuyến", value=45, actual=55, year=2025),
    R("thủ tục hành chính có nghĩa vụ tài chính thanh toán trực tuyến", value=70, actual=12.5, year=2025),
    R("hoạt động kiểm tra định kỳ môi trường số", cmp=">", value=50, year=2025)])


# A plan's review of the past year: numbered items under 'TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU' report
# results when they carry no target cue and no target-result pair; an item that pairs them keeps its target
# (unseen web excerpts, issue 13; paraphrased).
SHAPES["review_items_under_a_results_heading"] = (HEADER_PLAN + [
    H("Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024"),
    H("I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024"),
    P("1. Về hạ tầng số: 100% thôn, ấp được phủ sóng di động 4G.", "list_item"),
    P("2. Về dữ liệu: 9/12 dịch vụ dữ liệu được đưa vào sử dụng, đạt 75% mục tiêu; 100% cơ sở dữ liệu sẵn sàng "
      "kết nối.", "list_item"),
    P("3. Tỷ lệ hồ sơ giải quyết trực tuyến đạt 86% (chỉ tiêu 80%), đạt kế hoạch.", "list_item"),
], [R("hồ sơ giải quyết trực tuyến", value=80, actual=86, year=ANY, status=ANY)])


# A target split by level with one result parenthesis naming the levels: each level takes its own part; the levels
# named in the parenthesis split nothing (unseen web excerpts, issue 13; paraphrased). A level in a parenthesis
# without figures still names the level of the figure before it.
SHAPES["result_parenthesis_by_level"] = (HEADER_REPORT + [
    H("1. Chính quyền số"),
    P("Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ đạt tối thiểu 45% tại cấp huyện và 35% tại cấp xã "
      "(Kết quả: Cấp huyện: 9.120/15.010 hồ sơ, đạt 60,76%; cấp xã: 4.200/7.300 hồ sơ, đạt 57,53%)."),
    P("Phấn đấu tỷ lệ số hóa hồ sơ đạt 90% (cấp tỉnh), 70% (cấp xã)."),
], [R("hồ sơ giải quyết trực tuyến", level="huyện", value=45, actual=60.76, year=2025),
    R("hồ sơ giải quyết trực tuyến", level="xã", value=35, actual=57.53, year=2025),
    R("số hóa hồ sơ", level="tỉnh", value=90, year=2025),
    R("số hóa hồ sơ", level="xã", value=70, year=2025)])


# Labels in long target sentences (unseen web excerpts, issue 13; paraphrased): a comma piece too short to name
# the thing ('..., lĩnh vực đạt tối thiểu 10%') joins the piece before it and ', trong đó ưu tiên ...' qualifies it;
# ', trong đó, ít nhất 20% số huyện ...' opens the next target, so the enumeration the first figure counts
# ('50% huyện, thị xã, thành phố thuộc tỉnh') stays in its label. A word before an aside does not meet a word after
# it ('nông thôn mới (theo Bộ tiêu chí ...) đạt tối thiểu 15%' is no 'mới đạt').
SHAPES["labels_of_long_target_sentences"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU ĐẾN NĂM 2025"),
    P("Theo đó, đến năm 2025, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 12%, trong đó ưu tiên các "
      "lĩnh vực nông nghiệp, du lịch, công nghiệp chế biến."),
    P("Phấn đấu cả nước có ít nhất 55% huyện, thị xã, thành phố thuộc tỉnh đạt chuẩn nông thôn mới, hoàn thành nhiệm vụ "
      "xây dựng nông thôn mới, trong đó, ít nhất 25% số huyện đạt chuẩn được công nhận là huyện nông thôn mới nâng "
      "cao."),
    P("Tỷ lệ số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí quốc gia giai đoạn 2026-2030) đạt tối thiểu 18%."),
], [R("tỷ trọng kinh tế số trong từng ngành lĩnh vực", value=12, year=2025),
    R("huyện thị xã thành phố thuộc tỉnh đạt chuẩn nông thôn mới", value=55, year=2025),
    R("số huyện đạt chuẩn nông thôn mới nâng cao", value=25, year=2025),
    R("số xã đạt chuẩn nông thôn mới", value=18, year=ANY)])


# --- a counted noun that heads the words after it; a scope that is a condition, not a level ----------------------
# (luongminh KH hiệp thương II.4, and the genre's 'và bảo đảm có ít nhất N <noun> <verb>' targets)

SHAPES["counted_noun_named_before_still_heads_its_phrase"] = (HEADER_PLAN + [
    H("II. NỘI DUNG"),
    P("- Đối với thôn có từ 100 cử tri trở lên: Có thể tổ chức hội nghị toàn thể hoặc hội nghị cử tri đại diện hộ "
      "gia đình và phải bảo đảm có ít nhất là 55 cử tri tham dự hội nghị.", "list_item"),
    P("- Tập huấn chuyển đổi số cho doanh nghiệp nhỏ và vừa và bảo đảm có ít nhất 200 doanh nghiệp tham gia "
      "sàn thương mại điện tử của tỉnh.", "list_item"),
], [R("cử tri tham dự hội nghị thôn có từ 100 cử tri trở lên", value=55, unit="cử tri", year=ANY),
    R("doanh nghiệp tham gia sàn thương mại điện tử", value=200, unit="doanh nghiệp", year=ANY)])

SHAPES["scope_that_is_a_condition_stays_with_the_label"] = (HEADER_PLAN + [
    H("II. NỘI DUNG"),
    P("- Đối với thôn có dưới 100 cử tri: Phải tổ chức hội nghị toàn thể cử tri và bảo đảm số lượng cử tri tham dự "
      "hội nghị đạt ít nhất là 50% tổng số cử tri được triệu tập.", "list_item"),
    P("- Tại các khu công nghiệp: phấn đấu 100% doanh nghiệp kết nối Internet tốc độ cao.", "list_item"),
], [R("cử tri tham dự hội nghị (thôn có dưới 100 cử tri)", value=50, year=ANY),
    R("doanh nghiệp kết nối Internet (các khu công nghiệp)", value=100, year=ANY)])


# --- issue 13, round 2: shapes seen in unseen news and plans (paraphrased) -------------------------------------

# 'Mục tiêu ... là ...' states the aim; it is no term being defined ('Xã nhóm 1 là xã ...' is).
SHAPES["aim_stated_with_la_is_a_target"] = (HEADER_PLAN + [
    H("I. MỤC ĐÍCH, YÊU CẦU"),
    P("Mục tiêu của tỉnh là kinh tế số chiếm 25% GRDP vào năm 2030, trong đó tỷ trọng kinh tế số trong từng "
      "ngành, lĩnh vực phải đạt tối thiểu 15%."),
    P("Mục tiêu đề ra là đến năm 2027, nâng cao chất lượng dịch vụ công; 95% người dân sử dụng dịch vụ công "
      "trực tuyến; 100% thôn, bản có cáp quang."),
    # counterexample: a definition of a term with 'là'
    P("Xã nhóm 1 là xã có tỷ trọng ngành nông nghiệp dưới 10%."),
], [R("kinh tế số chiếm GRDP", value=25, year=2030),
    R("tỷ trọng kinh tế số trong từng ngành lĩnh vực", value=15, year=2030),
    R("người dân sử dụng dịch vụ công trực tuyến", value=95, year=2027),
    R("thôn bản có cáp quang", value=100, year=2027)])

# A report that says the targets were reached or exceeded ('đạt và vượt hầu hết các chỉ tiêu') goes on with
# results, however close the word 'chỉ tiêu' stands to them; a plan's 'hoàn thành các chỉ tiêu sau' does not.
SHAPES["reached_and_exceeded_the_targets_reports_results"] = (HEADER_PLAN + [
    H("I. KẾT QUẢ NHIỆM KỲ 2020 - 2025"),
    P("Nhiệm kỳ vừa qua, huyện đã thực hiện đạt và vượt hầu hết các chỉ tiêu Nghị quyết; trong đó, thu nhập "
      "bình quân đầu người đạt 68 triệu đồng; tỷ lệ che phủ rừng đạt 52,4%."),
    P("Toàn tỉnh hoàn thành 17/20 chỉ tiêu chủ yếu, tỷ lệ hộ nghèo còn 1,9%."),
    P("Năm 2024, ngành vượt các mục tiêu đề ra, tỷ lệ hồ sơ trực tuyến đạt 81%."),
    H("II. NHIỆM VỤ NĂM 2025"),
    # counterexample: a plan's lead to the targets it sets
    P("Phấn đấu đến hết năm 2025, tỉnh hoàn thành các chỉ tiêu: tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%."),
], [R("hồ sơ trực tuyến toàn trình", value=85, year=2025)])

# A news item or a page has no title of its own: its first line is a headline that the body states in full.
SHAPES["headline_of_a_page_restates_the_body"] = ([
    P("Tỉnh đặt mục tiêu kinh tế số chiếm 20% GRDP vào năm 2030"),
    P("Theo kế hoạch vừa ban hành, tỉnh phấn đấu đến năm 2030 kinh tế số chiếm 20% GRDP; tỷ lệ doanh nghiệp sử "
      "dụng hợp đồng điện tử đạt trên 80%."),
], [R("kinh tế số chiếm GRDP", value=20, year=2030),
    R("doanh nghiệp sử dụng hợp đồng điện tử", cmp=">", value=80, year=2030)])
# counterexample: a first line that is a whole sentence is read as one
SHAPES["first_line_that_is_a_sentence_is_no_headline"] = ([
    P("Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%."),
    P("Các sở, ngành, địa phương chủ động triển khai thực hiện kế hoạch."),
], [R("hồ sơ trực tuyến toàn trình", value=80, year=2025)])

# A passage of targets goes on in sentences with no target word of their own: a figure with a bound ('ở mức trên
# 55%', 'không dưới 75%') right after a paragraph or sentence that set targets is one more target; with a result cue,
# or after a paragraph that set none, it is not.
SHAPES["bound_figure_continues_a_passage_of_targets"] = (HEADER_PLAN + [
    H("2. Nội dung chủ yếu"),
    P("Nghị quyết đặt mục tiêu đến năm 2030 tỷ lệ đô thị hóa đạt 45%."),
    P("Đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng ở mức trên 50%; tỷ lệ lao động qua đào tạo có "
      "bằng cấp, chứng chỉ không dưới 40%."),
    # counterexamples: a result cue in the sentence; a bound figure after a paragraph with no target
    P("Hiện nay, tỷ lệ đô thị hóa ở mức trên 38%."),
    P("Các sở, ngành, địa phương tổ chức triển khai thực hiện."),
    P("Dân số đô thị của tỉnh ở mức trên 30% tổng dân số."),
    # counterexample: a bound that says whom a rule is for ('có tỷ lệ ... từ 81% trở lên'), right after a target
    P("Phấn đấu cắt giảm 30% thời gian giải quyết thủ tục hành chính."),
    P("Giải quyết phụ cấp đặc biệt hằng tháng đối với thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên."),
], [R("tỷ lệ đô thị hóa", value=45, year=2030),
    R("năng suất nhân tố tổng hợp", cmp=">", value=50),
    R("lao động qua đào tạo có bằng cấp chứng chỉ", value=40),
    R("cắt giảm thời gian giải quyết thủ tục hành chính", value=30)])

# ... and a plain share does too when it opens its paragraph, or when a bound figure follows in its sentence.
SHAPES["plain_share_continues_a_passage_of_targets"] = (HEADER_PLAN + [
    H("2. Nội dung chủ yếu"),
    P("Đến năm 2027, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%."),
    P("100% văn bản đi, đến của các cơ quan được ký số và xử lý trên môi trường mạng."),
    P("Huyện có 90% sản phẩm OCOP được đưa lên sàn thương mại điện tử; có ít nhất 15 sản phẩm được truy xuất "
      "nguồn gốc."),
    # counterexamples: after a paragraph that set no target; with a result cue
    P("Các phòng, ban chuyên môn tổ chức thực hiện."),
    P("100% xã, thị trấn có Bộ phận Một cửa."),
    P("Đến năm 2027, tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%."),
    P("Hiện nay 100% cơ quan đã kết nối mạng diện rộng."),
], [R("hồ sơ trực tuyến toàn trình", value=80, year=2027),
    R("văn bản đi đến ký số", value=100),
    R("sản phẩm OCOP sàn thương mại điện tử", value=90),
    R("sản phẩm truy xuất nguồn gốc", value=15, unit="sản phẩm"),
    R("thanh toán trực tuyến", value=50, year=2027)])

# Targets in units other than a percentage: a range of money, percentage points, a multiple of a base year.
SHAPES["money_range_points_and_multiples_as_targets"] = (HEADER_PLAN + [
    H("II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025"),
    P("1. GRDP bình quân đầu người đạt 4.200 - 4.300 USD.", "list_item"),
    P("2. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 0,8 - 1 điểm %.", "list_item"),
    P("3. Thu nhập bình quân của người dân nông thôn tăng ít nhất 1,3 lần so với năm 2020.", "list_item"),
    H("III. KẾT QUẢ NĂM 2024"),
    # counterexamples: the same units reporting results, and a frequency
    P("Năm 2024, tỷ lệ hộ nghèo đã giảm 1,2 điểm %, thu nhập đã tăng 1,2 lần so với năm 2020."),
    P("Các đơn vị rà soát, cập nhật dữ liệu tối thiểu 1 lần/năm."),
], [R("GRDP bình quân đầu người", cmp="range", value=4200, high=4300, unit="USD", year=2025),
    R("hộ nghèo", cmp="range", value=0.8, high=1, unit="điểm %", year=2025),
    R("thu nhập bình quân người dân nông thôn", value=1.3, unit="lần", year=2025)])

# A share with no cue of its own, then a parenthesis that reports a different share reached ('(244/244, đạt 100%,
# vượt kế hoạch)'): the share is the target, the parenthesis its result. The same share again restates a result.
SHAPES["result_parenthesis_after_a_share_without_cue"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025"),
    P("Chính quyền số (05 chỉ tiêu: đạt 04 chỉ tiêu): 60% thủ tục hành chính được cung cấp dịch vụ công trực tuyến "
      "toàn trình (312/318 thủ tục, đạt 98,1%, vượt kế hoạch); 40% hồ sơ được số hóa khi tiếp nhận (đạt 35,2%, "
      "chưa đạt)."),
    # counterexample: the parenthesis restates the same share
    P("Toàn huyện có 50% số xã hoàn thành chuyển đổi số (11/22 xã, đạt 50%)."),
], [R("thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình", value=60, actual=98.1),
    R("hồ sơ được số hóa khi tiếp nhận", value=40, actual=35.2, status=ANY)])

@pytest.mark.parametrize("item, label", [
    # a condition on what is counted, after the label
    ("- Đối với hồ sơ nộp trực tuyến: tỷ lệ giải quyết đúng hạn đạt 100%.", "tỷ lệ giải quyết đúng hạn (hồ sơ nộp trực tuyến)"),
    # counterexample: a level is the record's level, not a condition in its label
    ("+ Đối với các bộ, ngành: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.",
     "tỷ lệ hồ sơ trực tuyến toàn trình"),
    # counterexample: a unit that only repeats the subject at the clause's end leaves the label
    ("- Tổng số doanh nghiệp đang hoạt động đạt khoảng 11.400 doanh nghiệp.", "Tổng số doanh nghiệp đang hoạt động"),
])
def test_item_label_condition_level_and_repeated_unit(item, label):
    from test_indicator_variants import run
    (rec,) = run(HEADER_PLAN + [H("II. CHỈ TIÊU"), P(item, "list_item")])
    assert rec.label == label


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


@pytest.mark.parametrize("header, unit", [
    ("Lượng (Tấn)", "Tấn"), ("Giá trị tham gia xuất khẩu (Nghìn USD)", "Nghìn USD"), ("Diện tích (ha)", "ha"),
    ("Vốn (ĐVT: tỷ đồng)", "tỷ đồng"),
    ("Kế hoạch 2026 (dự kiến)", None), ("Năm 2026 (ước thực hiện)", None), ("Kế hoạch 2026", None),
    ("Chỉ tiêu (theo Nghị quyết số 01/NQ-CP)", None),
])
def test_header_unit(header, unit):
    from extractor.link.tables import header_unit
    assert header_unit(header) == unit
