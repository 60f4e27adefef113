"""Target shapes read off round 76's held-out excerpts once they had been scored (a province's cultural review with
its next targets, a ministry department's postal results against its strategy's year targets, a plan's targets per
period, sport results as shares of the year's plan): each rule a table of short strings in the genre's style (real
ones quoted short, the others made-up variants, marked), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

# --- a result with its status set right after it, in a bracket or after a comma ('… tăng trưởng khoảng 30% so với
# năm 2023 (đạt chỉ tiêu đề ra năm 2024)', '… đạt 23.500 điểm (đạt chỉ tiêu năm 2024)'): the sentence says a target
# was met, it reports; a title of a strategy ('Chiến lược … đến năm 2025 và định hướng đến năm 2030') or 'Đến hết năm
# 2024' before it sets nothing. Counterexample: a strive verb still sets its target ----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Theo báo cáo kết quả triển khai năm 2024 Chiến lược phát triển Bưu chính đến năm 2025 và định hướng đến năm "
     "2030, dịch vụ bưu chính phục vụ thương mại điện tử tăng trưởng khoảng 30% so với năm 2023 (đạt chỉ tiêu đề ra "
     "năm 2024).", []),
    ("Trong khi đó, số điểm phục vụ bưu chính đạt 23.500 điểm (đạt chỉ tiêu năm 2024); 100% xã có điểm phục vụ bưu "
     "chính có người phục vụ (đạt chỉ tiêu năm 2024).", []),
    # made-up variants: after a comma, 'hoàn thành chỉ tiêu kế hoạch'
    ("Đến hết năm 2024, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%, đạt mục tiêu Nghị quyết đề ra.", []),
    ("Sản lượng lương thực năm 2024 đạt 52.000 tấn (hoàn thành chỉ tiêu kế hoạch năm).", []),
    # counterexample: a strive verb sets the target whatever the bracket says
    ("Phấn đấu năm 2026 số điểm phục vụ bưu chính đạt 24.000 điểm (đạt chỉ tiêu Chiến lược đề ra).",
     [R("số điểm phục vụ bưu chính", value=24000, unit="điểm", year=2026)]),
])
def test_a_result_with_its_met_status_after_it_sets_no_target(text, expected):
    check([P(text)], expected)


# --- a result followed by a bracket that states the target set for it ('81% điểm phục vụ … có kết nối Internet (chỉ
# tiêu năm 2024 đề ra là 90%)'): one record, the bracket's figure the target and the one before it the result, not
# two targets; a bracket with no words of setting ('(mục tiêu năm 2030 80%)') pairs nothing ------------------------


@pytest.mark.parametrize("text, expected", [
    ("Trong khi đó, số điểm phục vụ bưu chính đạt 23.500 điểm (đạt chỉ tiêu năm 2024); 81% điểm phục vụ bưu chính có "
     "người phục vụ có kết nối Internet (chỉ tiêu năm 2024 đề ra là 90%).",
     [R("điểm phục vụ bưu chính có người phục vụ có kết nối Internet", value=90, actual=81, year=2024)]),
    # made-up variants: a plan 'giao', a resolution's floor
    ("Tỷ lệ hộ gia đình sử dụng nước sạch 95,2% (kế hoạch giao là 95%).",
     [R("hộ gia đình sử dụng nước sạch", value=95, actual=95.2)]),
    ("Năm 2024, tỷ lệ lao động qua đào tạo của huyện 68% (mục tiêu Nghị quyết đề ra là trên 70%).",
     [R("tỷ lệ lao động qua đào tạo", cmp=">", value=70, actual=68, year=2024)]),
])
def test_a_result_with_its_stated_target_in_a_bracket(text, expected):
    check([P(text)], expected)


# --- a sentence that sets a later date against an earlier year it opens with ('Nếu như năm 1998, toàn tỉnh có 8.500
# hộ … thì đến năm 2012 có 199.215 hộ …; 106 gia đình …'): how far things came, both times reported, so 'đến năm 2012'
# is the date a result is counted at, not a deadline. Counterexamples: a target cue after the date, no earlier year --


@pytest.mark.parametrize("text, expected", [
    ("Nếu như năm 1998, toàn tỉnh có 8.500 hộ gia đình được công nhận Gia đình văn hóa thì đến năm 2012 có 199.215 hộ "
     "gia đình được công nhận Gia đình văn hóa; 106 gia đình văn hóa được UBND tỉnh tặng bằng khen.", []),
    # made-up variants: 'Nếu' alone, 'cuối năm', 'đến hết năm'
    ("Nếu năm 2010 tỷ lệ hộ nghèo của huyện là 25% thì đến cuối năm 2015 tỷ lệ hộ nghèo chỉ còn 8,5%.", []),
    ("Nếu như cuối năm 2015, toàn huyện mới có 3 xã đạt chuẩn nông thôn mới thì đến hết năm 2020 có 15 xã đạt chuẩn.",
     []),
    # counterexamples: 'phải' after the date sets a target; a date with no earlier year against it looks ahead
    ("Nếu như năm 2020 tỷ lệ hộ dùng nước sạch đạt 50% thì đến năm 2025 phải đạt 80%.",
     [R("hộ dùng nước sạch", value=80, year=2025)]),
    ("Đến năm 2030 có 199.215 hộ gia đình được công nhận Gia đình văn hóa.",
     [R("hộ gia đình được công nhận Gia đình văn hóa", value=199215, unit="hộ gia đình", year=2030)]),
])
def test_a_later_date_set_against_an_earlier_year_reports(text, expected):
    check([P(text)], expected)


# --- targets counted as the subject of a share of the plan ('Nhiều chỉ tiêu thể dục thể thao đạt trên 98% kế hoạch
# năm'): the report weighs them, 'chỉ tiêu' is no cue there. Counterexamples: a strive verb, one target named --------


@pytest.mark.parametrize("blocks, expected", [
    (["Nhiều chỉ tiêu thể dục thể thao đạt trên 98% kế hoạch năm",
      "(HG) - Theo số liệu thống kê, trong 9 tháng đầu năm, số câu lạc bộ thể dục thể thao có 694 câu lạc bộ."], []),
    # made-up variants: 'Các', a year before, 'KH'
    (["Các chỉ tiêu kinh tế đạt 98% kế hoạch năm."], []),
    (["Năm 2024, nhiều chỉ tiêu đạt 95% kế hoạch, trong đó thu ngân sách đạt 102% dự toán."], []),
    (["Một số chỉ tiêu xã hội đạt 101% KH."], []),
    # counterexamples
    (["Phấn đấu các chỉ tiêu đạt 100% kế hoạch."], [R("các chỉ tiêu kế hoạch", value=100)]),
    (["Mục tiêu năm 2026, thu ngân sách đạt 105% dự toán."], [R("thu ngân sách", value=105, year=2026)]),
    # … and a change set beside the plan, under a lead of targets ('các chỉ tiêu … gồm'), is no share of it
    (["Cụ thể, các chỉ tiêu về kinh tế gồm tổng sản phẩm trên địa bàn tăng trên 10%; thu ngân sách nội địa tăng 10% "
      "so với dự toán; tỷ lệ đô thị hóa đạt trên 45%."],
     [R("tổng sản phẩm trên địa bàn tăng", cmp=">", value=10), R("thu ngân sách nội địa tăng", value=10),
      R("tỷ lệ đô thị hóa", cmp=">", value=45)]),
])
def test_targets_weighed_by_a_share_of_the_plan_set_none(blocks, expected):
    check([P(b) for b in blocks], expected)


# --- a text that says what was reached and sets no target anywhere (no plan, no target cue in any paragraph): its
# weak cue ('Số hộ gia đình thể thao đạt trên 29%') bounds a result. Counterexamples: a target set somewhere else in
# the text, a text that says nothing was done ------------------------------------------------------------------------


@pytest.mark.parametrize("blocks, expected", [
    (["Tỷ lệ người tập thể dục thể thao thường xuyên trên địa bàn huyện Ứng Hòa đạt 40,5%. Số hộ gia đình thể thao "
      "đạt trên 29%.", "Những năm qua, huyện Ứng Hòa đã đạt được nhiều thành tích trong phát triển kinh tế- xã hội."], []),
    # made-up variant: 'đã' said elsewhere
    (["Tỷ lệ che phủ rừng của tỉnh đạt trên 50%.", "Năm qua, tỉnh đã trồng mới 1.200 ha rừng tập trung."], []),
    # counterexamples
    (["Số hộ gia đình thể thao đạt trên 29%.", "Những năm qua, huyện đã đạt được nhiều thành tích.",
      "Năm 2026, huyện phấn đấu tỷ lệ hộ nghèo giảm 1%."],
     [R("Số hộ gia đình thể thao", cmp=">", value=29), R("tỷ lệ hộ nghèo giảm", value=1, year=2026)]),
    (["Số hộ gia đình thể thao đạt trên 29%.", "Huyện tiếp tục đầu tư thiết chế thể dục thể thao ở thôn, xã."],
     [R("Số hộ gia đình thể thao", cmp=">", value=29)]),
])
def test_a_weak_cue_in_a_text_that_only_reports_sets_none(blocks, expected):
    check([P(b) for b in blocks], expected)


# --- targets for several stages in one sentence ('Tỷ lệ phổ cập dịch vụ mạng di động 5G giai đoạn 2021-2022 phấn đấu
# đạt 40%, 2023-2024 với 70%, năm 2025 là 100%'): each later stage is named by the rate the sentence opened with, and
# the next sentence that runs over the same stages with no cue of its own ('… giai đoạn 2021-2022 đạt 80%, giai đoạn
# 2023-2024 đạt 85% và năm 2025 là 95%') goes on with the aim. Counterexample: stages the aim did not name ---------

FIVE_G = ("Tỷ lệ phổ cập dịch vụ mạng di động 5G giai đoạn 2021-2022 phấn đấu đạt 40%, 2023-2024 với 70%, năm 2025 là "
          "100%.")
FIVE_G_TARGETS = [R("Tỷ lệ phổ cập dịch vụ mạng di động 5G", value=40, year=2022),
                  R("Tỷ lệ phổ cập dịch vụ mạng di động 5G", value=70, year=2024),
                  R("Tỷ lệ phổ cập dịch vụ mạng di động 5G", value=100, year=2025)]


@pytest.mark.parametrize("text, expected", [
    (FIVE_G, FIVE_G_TARGETS),
    (FIVE_G + " Tỷ lệ người sử dụng dịch vụ di động có smartphone giai đoạn 2021-2022 đạt 80%, giai đoạn 2023-2024 đạt "
     "85% và năm 2025 là 95%.",
     FIVE_G_TARGETS + [R("Tỷ lệ người sử dụng dịch vụ di động có smartphone", value=80, year=2022),
                       R("Tỷ lệ người sử dụng dịch vụ di động có smartphone", value=85, year=2024),
                       R("Tỷ lệ người sử dụng dịch vụ di động có smartphone", value=95, year=2025)]),
    # made-up variant: the aim's lead, two stages
    ("Kế hoạch đặt mục tiêu tỷ lệ xã có điểm phục vụ bưu chính giai đoạn 2024-2025 đạt 90%, giai đoạn 2026-2027 đạt "
     "95%. Tỷ lệ hộ có địa chỉ số giai đoạn 2024-2025 đạt 60%, giai đoạn 2026-2027 đạt 80%.",
     [R("tỷ lệ xã có điểm phục vụ bưu chính", value=90, year=2025),
      R("tỷ lệ xã có điểm phục vụ bưu chính", value=95, year=2027),
      R("Tỷ lệ hộ có địa chỉ số", value=60, year=2025), R("Tỷ lệ hộ có địa chỉ số", value=80, year=2027)]),
    # counterexample: a later sentence over stages the aim did not name reports
    ("Năm 2025, tỉnh phấn đấu tỷ lệ hộ có cáp quang đạt 90%. Tỷ lệ hộ có điện thoại thông minh giai đoạn 2021-2023 đạt "
     "70%, năm 2024 đạt 75%.", [R("tỷ lệ hộ có cáp quang", value=90, year=2025)]),
])
def test_targets_for_several_stages_in_one_sentence(text, expected):
    check([P(text)], expected)


# --- a plan's strive verb opened by 'trong đó' after the plan is named ('… giai đoạn 2015-2020, trong đó phấn đấu có từ
# 90% huyện …; đến năm 2015; 92% gia đình được công nhận …'): it governs the ';' clauses after it, so a share of things
# 'được công nhận' there is what they are to reach, no threshold. Counterexample: no strive verb, a report ---------


@pytest.mark.parametrize("text, expected", [
    ("Tại hội nghị, các đại biểu đã thông qua mục tiêu cụ thể tiếp tục thực hiện Nghị quyết Trung ương 5 khóa VIII giai "
     "đoạn 2015-2020, trong đó phấn đấu có từ 90% huyện, thị xã, thành phố có nhà văn hóa, hoặc trung tâm văn hóa - "
     "thông tin; đến năm 2015; 92% gia đình được công nhận và giữ vững danh hiệu Gia đình văn hóa.",
     [R("huyện, thị xã, thành phố có nhà văn hóa", value=90),
      R("gia đình được công nhận và giữ vững danh hiệu Gia đình văn hóa", value=92)]),
    # made-up variant
    ("Năm 2026, huyện tiếp tục thực hiện Đề án xây dựng nông thôn mới, trong đó phấn đấu có thêm 3 xã đạt chuẩn nông "
     "thôn mới nâng cao; 95% hộ gia đình được công nhận gia đình văn hóa.",
     [R("có thêm xã đạt chuẩn nông thôn mới nâng cao", value=3, unit="xã", year=2026),
      R("hộ gia đình được công nhận gia đình văn hóa", value=95, year=2026)]),
    # counterexample
    ("Năm 2024, huyện tiếp tục thực hiện Đề án xây dựng nông thôn mới, trong đó có 90% xã có nhà văn hóa; 92% gia đình "
     "được công nhận gia đình văn hóa.", []),
])
def test_a_strive_verb_opened_by_trong_do_governs_the_clauses_after_it(text, expected):
    check([P(text)], expected)


# --- the speed the things a share counts must have ('100% người sử dụng có khả năng truy nhập băng rộng cố định tốc độ
# trên 1Gb/s', the national strategy's wording provinces' plans copy): part of what is counted, one target, the share.
# Counterexample: a speed of its own after a comma is a target of its own --------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Cùng với đó, tỉnh phấn đấu 100% người sử dụng có khả năng truy nhập băng rộng cố định tốc độ trên 1Gb/s; tỷ lệ "
     "dân số trưởng thành có chữ ký số đạt trên 50%.",
     [R("người sử dụng có khả năng truy nhập băng rộng cố định tốc độ trên 1Gb/s", value=100),
      R("tỷ lệ dân số trưởng thành có chữ ký số", cmp=">", value=50)]),
    # made-up variant: 'với tốc độ tối thiểu'
    ("Phấn đấu đến năm 2025, 80% hộ gia đình có kết nối cáp quang với tốc độ tối thiểu 100 Mb/s.",
     [R("hộ gia đình có kết nối cáp quang với tốc độ tối thiểu 100 Mb/s", value=80, year=2025)]),
    # counterexample
    ("Phấn đấu đến năm 2025, 100% xã có cáp quang, tốc độ truy nhập trung bình đạt 100 Mb/s.",
     [R("xã có cáp quang", value=100, year=2025), R("tốc độ truy nhập trung bình", value=100, unit="Mb/s", year=2025)]),
])
def test_a_speed_the_counted_things_must_have_is_no_target(text, expected):
    check([P(text)], expected)
