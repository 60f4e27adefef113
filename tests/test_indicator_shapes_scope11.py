"""The scope of a passage of targets, made general (scope11): a clause that is only a measure and its value goes on with
the targets of its paragraph whatever its mark or copula, and in a text about targets that tells nothing done every
such clause, or a figure a strong bound binds, is a target with no cue of its own. Each rule a table of strings
written in the genre's style (paraphrased: names, places and numbers changed), with counterexamples that must stay
results or non-targets. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import H, P, R, T, check

# --- 1. after a target of its paragraph, a clause that is only a measure and its value ('(3) Tỷ lệ che phủ rừng là
# 52%', 'c) Số xã …: 14 xã', '…; tỷ trọng … chiếm 30%') states the next target, whatever its mark or copula ----------


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh đề ra các mục tiêu cụ thể đến năm 2028: (1) Tỷ lệ đô thị hóa đạt 45%. (2) Tỷ lệ che phủ rừng là 52%.",
     [R("Tỷ lệ đô thị hóa", value=45, year=2028), R("Tỷ lệ che phủ rừng", value=52, year=2028)]),
    ("Huyện đặt mục tiêu năm 2027 tỷ lệ lao động qua đào tạo đạt 70%. b) Số xã đạt chuẩn nông thôn mới nâng cao: 9 xã.",
     [R("tỷ lệ lao động qua đào tạo", value=70, year=2027),
      R("Số xã đạt chuẩn nông thôn mới nâng cao", value=9, unit="xã", year=2027)]),
    ("Mục tiêu đến năm 2030, tỷ lệ hộ dùng nước sạch đạt 98%. 2. Tỷ trọng công nghiệp trong GRDP chiếm 35%.",
     [R("tỷ lệ hộ dùng nước sạch", value=98, year=2030), R("Tỷ trọng công nghiệp trong GRDP", value=35, year=2030)]),
    ("Phấn đấu năm 2026 thu ngân sách đạt 1.250 tỷ đồng. + Tổng vốn đầu tư toàn xã hội là 9.800 tỷ đồng.",
     [R("thu ngân sách", value=1250, unit="tỷ đồng", year=2026),
      R("Tổng vốn đầu tư toàn xã hội", value=9800, unit="tỷ đồng", year=2026)]),
    # counterexample: an estimate of what the year under way will reach reports
    ("Mục tiêu đến năm 2030, tỷ lệ hộ dùng nước sạch đạt 98%. (2) Tỷ lệ che phủ rừng ước thực hiện là 51%.",
     [R("tỷ lệ hộ dùng nước sạch", value=98, year=2030)]),
    # counterexample: a sentence that says what was done reports
    ("Mục tiêu đến năm 2030, tỷ lệ hộ dùng nước sạch đạt 98%. (2) Tỷ lệ che phủ rừng đã đạt 51%.",
     [R("tỷ lệ hộ dùng nước sạch", value=98, year=2030)]),
    # counterexample: set beside the same period of last year, a figure reports
    ("Kế hoạch đặt mục tiêu năm 2027 tỷ lệ hộ có cáp quang đạt 90%. c) Tỷ lệ hộ nghèo là 3,2%, thấp hơn cùng kỳ.",
     [R("tỷ lệ hộ có cáp quang", value=90, year=2027)]),
])
def test_measure_and_value_goes_on_with_its_paragraph(text, expected):
    check([P(text)], expected)


# --- 2. a text about targets (a heading or title that names them or sets them) that tells nothing done: every clause
# of a measure and its value is a target, in any section, whatever its shape -------------------------------------

# the goals heading opens the text; the figures come in a later part, out of its reach ('II. NHIỆM VỤ' › '1. …')
GOALS = H("I. MỤC TIÊU ĐẾN NĂM 2030")
INTRO = P("Phát triển hạ tầng số đồng bộ, hiện đại, làm nền tảng cho chuyển đổi số toàn diện của tỉnh.")
TASKS = H("II. NHIỆM VỤ, GIẢI PHÁP")


@pytest.mark.parametrize("blocks, expected", [
    ([GOALS, INTRO, TASKS, H("1. Phát triển hạ tầng số"),
      P("Tỷ lệ hộ gia đình có cáp quang đạt 85%. Số trạm 5G là 1.200 trạm.")],
     [R("Tỷ lệ hộ gia đình có cáp quang", value=85), R("Số trạm 5G", value=1200, unit="trạm")]),
    ([GOALS, INTRO, TASKS, H("2. Phát triển kinh tế số"),
      P("65% doanh nghiệp nhỏ và vừa dùng nền tảng số; tỷ trọng kinh tế số trong GRDP chiếm 25%.")],
     [R("doanh nghiệp nhỏ và vừa dùng nền tảng số", value=65), R("tỷ trọng kinh tế số trong GRDP", value=25)]),
    ([H("I. CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030"), INTRO, TASKS, H("3. Về xã hội"),
      P("Tuổi thọ bình quân đạt khoảng 76 tuổi. Thu nhập bình quân đầu người: 95 triệu đồng.")],
     [R("Tuổi thọ bình quân", value=76, unit="tuổi"), R("Thu nhập bình quân đầu người", value=95, unit="triệu đồng")]),
    # a news item whose headline sets the aim: its body's measures and shares are the aim's figures
    ([P("Bình Thuận phấn đấu đến năm 2030 có 80% số xã đạt chuẩn nông thôn mới nâng cao"),
      P("Theo kế hoạch vừa được ban hành, tỉnh tập trung phát triển nông nghiệp công nghệ cao."),
      P("Tỷ lệ hộ dân dùng nước sạch đạt 98%. 60% hợp tác xã nông nghiệp hoạt động hiệu quả.")],
     [R("số xã đạt chuẩn nông thôn mới nâng cao", value=80), R("Tỷ lệ hộ dân dùng nước sạch", value=98),
      R("hợp tác xã nông nghiệp hoạt động hiệu quả", value=60)]),
    # counterexample: the same news item once it tells something done
    ([P("Bình Thuận phấn đấu đến năm 2030 có 80% số xã đạt chuẩn nông thôn mới nâng cao"),
      P("Thời gian qua, tỉnh đã tập trung phát triển nông nghiệp công nghệ cao."),
      P("Tỷ lệ hộ dân dùng nước sạch đạt 98%. 60% hợp tác xã nông nghiệp hoạt động hiệu quả.")],
     [R("số xã đạt chuẩn nông thôn mới nâng cao", value=80)]),
    # counterexample: the same text once it tells something done ('đã') describes
    ([GOALS, P("Thời gian qua, tỉnh đã đầu tư mạnh cho hạ tầng số."), TASKS, H("1. Phát triển hạ tầng số"),
      P("Tỷ lệ hộ gia đình có cáp quang đạt 85%. Số trạm 5G là 1.200 trạm.")], []),
    # counterexample: a report's title
    ([H("BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ NĂM 2025"), GOALS, INTRO, TASKS, H("1. Phát triển hạ tầng số"),
      P("Tỷ lệ hộ gia đình có cáp quang đạt 85%.")], []),
    # counterexample: a text whose headings name no targets ('phấn đấu' in a paragraph alone is not enough)
    ([H("I. HẠ TẦNG SỐ CỦA TỈNH"), P("Năm 2026, tỉnh phấn đấu hoàn thành phủ sóng 5G."), TASKS, H("1. Phát triển hạ tầng số"),
      P("Tỷ lệ hộ gia đình có cáp quang đạt 85%.")], []),
    # counterexample: set beside the same period of last year, or a year already past
    ([GOALS, INTRO, TASKS, H("1. Phát triển hạ tầng số"),
      P("Tỷ lệ hộ gia đình có cáp quang đạt 85%, so với cùng kỳ tăng 6%.")], []),
    ([GOALS, INTRO, TASKS, H("1. Phát triển hạ tầng số"), P("Năm 2024, tỷ lệ hộ gia đình có cáp quang là 71%.")], []),
])
def test_measure_and_value_in_a_text_about_targets(blocks, expected):
    check(blocks, expected)


# --- 3. a strong bound ('ít nhất', 'tối thiểu', 'không dưới', 'không quá', '… trở lên') binds its figure as an aim in a
# text that tells nothing done; a qualifier ('Doanh nghiệp có ít nhất …'), a condition or a report does not ---------


@pytest.mark.parametrize("blocks, expected", [
    ([P("Tỉnh sẽ trồng mới ít nhất 1.500 ha rừng mỗi năm và giữ tỷ lệ thất nghiệp không quá 2,5%.")],
     [R("trồng mới rừng", cmp=">=", value=1500, unit="ha"), R("tỷ lệ thất nghiệp", cmp="<=", value=2.5)]),
    ([P("Ngành du lịch thu hút không dưới 4 triệu lượt khách, doanh thu từ 6.000 tỷ đồng trở lên.")],
     [R("thu hút lượt khách", cmp=">=", value=4, unit="triệu lượt"),
      R("doanh thu", cmp=">=", value=6000, unit="tỷ đồng")]),
    # counterexample: what a subject has says whom a rule is for
    ([P("Doanh nghiệp có ít nhất 20 lao động được hỗ trợ chi phí đào tạo.")], []),
    # counterexample: a condition
    ([P("Nếu tỷ lệ hồ sơ trễ hạn không quá 2% thì đơn vị được xếp loại tốt.")], []),
    # counterexample: a text that tells something done reports
    ([P("Năm qua, tỉnh đã trồng mới ít nhất 1.500 ha rừng.")], []),
])
def test_strong_bound_in_a_text_that_tells_nothing_done(blocks, expected):
    check(blocks, expected)


# --- 4. an item of a list a lead of targets opened names its parts with no verb after ';' or ',', whatever the unit
# ('- Giá trị sản xuất tăng 4,5%; diện tích lúa chất lượng cao 3.200 ha; sản lượng thủy sản 15.000 tấn') --------


@pytest.mark.parametrize("blocks, expected", [
    ([P("Năm 2027, huyện phấn đấu đạt các chỉ tiêu sau:"),
      P("- Giá trị sản xuất nông nghiệp tăng 4,5%; diện tích lúa chất lượng cao 3.200 ha; sản lượng thủy sản 15.000 tấn.")],
     [R("Giá trị sản xuất nông nghiệp tăng", value=4.5, year=2027),
      R("diện tích lúa chất lượng cao", value=3200, unit="ha", year=2027),
      R("sản lượng thủy sản", value=15000, unit="tấn", year=2027)]),
    ([P("Xã phấn đấu hoàn thành các chỉ tiêu sau:"),
      P("a) Tỷ lệ hộ nghèo giảm 1%; tổng đàn bò 2.400 con; diện tích trồng rừng mới 60 ha.")],
     [R("Tỷ lệ hộ nghèo giảm", value=1), R("tổng đàn bò", value=2400, unit="con"),
      R("diện tích trồng rừng mới", value=60, unit="ha")]),
    ([P("Xã phấn đấu hoàn thành các chỉ tiêu sau:"),
      P("+ Thu ngân sách trên địa bàn 410 tỷ đồng, sản lượng lương thực có hạt 42.000 tấn.")],
     [R("Thu ngân sách trên địa bàn", value=410, unit="tỷ đồng"),
      R("sản lượng lương thực có hạt", value=42000, unit="tấn")]),
    # counterexample: under a lead of what was done, the same item reports
    ([P("Kết quả thực hiện các chỉ tiêu năm 2025 như sau:"),
      P("- Giá trị sản xuất nông nghiệp tăng 4,5%; diện tích lúa chất lượng cao 3.200 ha.")], []),
])
def test_parts_named_without_a_verb_in_an_item_of_targets(blocks, expected):
    check(blocks, expected)


# --- 5. a heading that opens the part of a text planning a period ('II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025',
# 'III. Dự kiến kế hoạch năm 2026'), as a heading of goals does: the items and paragraphs right under it state that
# period's targets; a heading about results, a period already past, a table in between or a footnote do not -------

REPORT = [P("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ"), P("Số: 88/BC-UBND"), P("An Phú, ngày 10 tháng 6 năm 2025"), H("BÁO CÁO"),
          P("Tình hình kinh tế - xã hội 6 tháng đầu năm 2025")]


@pytest.mark.parametrize("blocks, expected", [
    (REPORT + [H("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"), P("- Tổng thu ngân sách trên địa bàn 520 tỷ đồng."),
               P("- Tỷ lệ hồ sơ trực tuyến toàn trình 65%."), P("- Số doanh nghiệp thành lập mới 120 doanh nghiệp.")],
     [R("Tổng thu ngân sách trên địa bàn", value=520, unit="tỷ đồng", year=2025),
      R("Tỷ lệ hồ sơ trực tuyến toàn trình", value=65, year=2025),
      R("Số doanh nghiệp thành lập mới", value=120, unit="doanh nghiệp", year=2025)]),
    (REPORT + [H("III. DỰ KIẾN KẾ HOẠCH NĂM 2026"), P("1. Tăng trưởng kinh tế 8%."),
               P("2. Thu nhập bình quân đầu người 70 triệu đồng."), P("3. Trồng rừng tập trung 1.100 ha.")],
     [R("Tăng trưởng kinh tế", value=8, year=2026), R("Thu nhập bình quân đầu người", value=70, unit="triệu đồng", year=2026),
      R("Trồng rừng tập trung", value=1100, unit="ha", year=2026)]),
    (REPORT + [H("B. NHIỆM VỤ TRỌNG TÂM NĂM 2026"), P("Sản lượng lúa cả năm 95.000 tấn; tỷ lệ che phủ rừng 18%.")],
     [R("Sản lượng lúa cả năm", value=95000, unit="tấn", year=2026), R("tỷ lệ che phủ rừng", value=18, year=2026)]),
    # counterexample: a heading about results
    (REPORT + [H("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025"), P("- Tổng thu ngân sách trên địa bàn 260 tỷ đồng."),
               P("- Tỷ lệ hồ sơ trực tuyến toàn trình 58%.")], []),
    # counterexample: a plan for a year already past when the report was issued
    (REPORT + [H("I. Kế hoạch năm 2023"), P("- Tổng thu ngân sách trên địa bàn 480 tỷ đồng.")], []),
    # counterexample: a paragraph that names an earlier year, a table in between (a form and its notes)
    (REPORT + [H("III. DỰ KIẾN KẾ HOẠCH NĂM 2026"), P("Năm 2024, tổng thu ngân sách trên địa bàn 470 tỷ đồng.")], []),
    (REPORT + [H("III. DỰ KIẾN KẾ HOẠCH NĂM 2026"), T(["Chỉ tiêu", "Đơn vị"], ["Thu ngân sách", "tỷ đồng"]),
               P("[2] Cụ thể: giảm tiền thuê đất khoảng 21 tỷ đồng.")], []),
])
def test_items_under_a_heading_planning_a_period(blocks, expected):
    check(blocks, expected)


# --- 6. a short lead ending with its colon that a target cue governs opens a list of targets, whatever its words
# ('Định hướng … đến năm 2030:', 'Một số mục tiêu chính trong năm 2026:', 'Những chỉ tiêu cần đạt …:'); a lead that
# reports ('Tính đến năm 2024:', 'Các chỉ tiêu đã đạt …:', 'Kết quả đạt được …:') opens none ----------------------

ITEMS = [P("- Tỷ trọng kinh tế số đạt 25% GRDP."), P("- Số doanh nghiệp công nghệ số đạt 40 doanh nghiệp.")]
ITEMS_R = [R("Tỷ trọng kinh tế số", value=25), R("Số doanh nghiệp công nghệ số", value=40, unit="doanh nghiệp")]


@pytest.mark.parametrize("lead, expected", [
    ("Định hướng phát triển xã hội số đến năm 2030:", ITEMS_R),
    ("Một số mục tiêu chính trong năm 2026:", ITEMS_R),
    ("Những chỉ tiêu cần đạt trong năm 2027:", ITEMS_R),
    ("Kế hoạch phấn đấu đến năm 2028 đạt được:", ITEMS_R),
    ("Cụ thể, đến hết năm 2029:", ITEMS_R),
    # counterexamples: a lead that reports
    ("Tính đến hết năm 2024:", []),
    ("Các chỉ tiêu đã đạt trong năm 2024:", []),
    ("Kết quả đạt được trong năm 2024:", []),
])
def test_list_opened_by_a_lead_a_target_cue_governs(lead, expected):
    check([P(lead)] + ITEMS, [R(x.words, value=x.value, unit=x.unit) for x in expected])
