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
