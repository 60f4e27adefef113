"""Words that open a label and tell how the text goes on, not what is measured, read off every held-out round's
matched records (rounds 22-57): each rule a table of strings written in the genre's style (paraphrased, not copied),
with counterexamples. The labels are compared whole, in document order."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, run


def labels(text: str) -> list[str]:
    return [r.label for r in run([P(text)])]


# --- a part of the figure before, opened by 'trong đó' ('…; trong đó, thu nhập bình quân đầu người đạt …'): the part's
# label drops the opener and a cue after it. Counterexamples: 'có' after it stays ('trong đó có bằng cấp …' is the
# rate before with what it has); a part of one word keeps its opener ('trong đó nữ') -------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 7,5%/năm; trong đó, thu nhập bình quân đầu người đạt 95 triệu "
     "đồng.", ["tốc độ tăng trưởng kinh tế bình quân", "thu nhập bình quân đầu người"]),
    ("Phấn đấu tổng vốn đầu tư toàn xã hội đạt 8.000 tỷ đồng, trong đó vốn ngân sách nhà nước chiếm 30%.",
     ["tổng vốn đầu tư toàn xã hội", "vốn ngân sách nhà nước chiếm"]),
    ("Phấn đấu giá trị sản xuất toàn ngành tăng 6%; trong đó: nông, lâm, thủy sản tăng 3,5%.",
     ["giá trị sản xuất toàn ngành tăng", "nông, lâm, thủy sản tăng"]),
    ("Đến năm 2025, tỷ lệ hộ nghèo giảm 1,5%/năm, trong đó hộ nghèo dân tộc thiểu số giảm 3%/năm.",
     ["tỷ lệ hộ nghèo giảm", "hộ nghèo dân tộc thiểu số giảm"]),
    ("Năm 2025, phấn đấu có 12 xã đạt chuẩn nông thôn mới nâng cao, trong đó số xã đạt chuẩn nông thôn mới kiểu mẫu là "
     "4 xã.", ["Năm 2025, phấn đấu xã đạt chuẩn nông thôn mới nâng cao", "số xã đạt chuẩn nông thôn mới kiểu mẫu là"]),
    # counterexamples: 'có' after the opener; a part of one word
    ("Phấn đấu tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 30%.",
     ["tỷ lệ lao động qua đào tạo", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"]),
    ("Phấn đấu tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%; trong đó nữ đạt 96%.",
     ["tỷ lệ dân số tham gia bảo hiểm y tế", "trong đó nữ"]),
])
def test_part_opener_leaves_the_label(text, expected):
    assert labels(text) == expected


# --- the lead of a list of targets ('Các chỉ tiêu xã hội: …', 'Mục tiêu đặt ra là …', 'Mục tiêu năm 2026 là …'): what
# follows is the measure. Counterexamples: a category named without 'các', 'một số' ('Chỉ tiêu chăn nuôi: …'); an aim
# that is itself the measure ('Mục tiêu tăng trưởng GRDP …') -----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Các chỉ tiêu xã hội: Tỷ lệ sinh con thứ 3 trở lên giảm 0,5%.", ["Tỷ lệ sinh con thứ 3 trở lên giảm"]),
    ("Các chỉ tiêu kinh tế: Tốc độ tăng giá trị sản xuất các ngành trên địa bàn là 9%.",
     ["Tốc độ tăng giá trị sản xuất các ngành trên địa bàn là"]),
    ("Mục tiêu đặt ra là tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 60%.",
     ["tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số"]),
    ("Mục tiêu đặt ra trong năm nay là hỗ trợ nâng cấp sản phẩm đạt 30%.", ["hỗ trợ nâng cấp sản phẩm"]),
    ("Mục tiêu năm 2026 là tăng trưởng GRDP đạt 8%.", ["tăng trưởng GRDP"]),
    ("Mục tiêu cụ thể là phát triển kinh tế số chiếm 20% GDP năm 2025.", ["phát triển kinh tế số chiếm GDP năm 2025"]),
    # counterexamples: a category named without 'các'; an aim that is the measure
    ("Chỉ tiêu chăn nuôi: Tổng đàn trâu tăng 3%.", ["Chỉ tiêu chăn nuôi: Tổng đàn trâu tăng"]),
    ("Mục tiêu tăng trưởng GRDP năm 2026 đạt 8%.", ["Mục tiêu tăng trưởng GRDP năm 2026"]),
])
def test_list_lead_leaves_the_label(text, expected):
    assert labels(text) == expected


# --- the scale word of an amount whose number the label leaves out ('đón 12 triệu lượt khách' → 'đón lượt khách', not
# 'đón triệu lượt khách'), with its unit when it ends the label ('… triệu người'). Counterexamples: a vague amount
# ('hàng triệu lượt khách'); a place's name ('Triệu Sơn'); a word ('triệu tập') ------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2030 đón 12 triệu lượt khách du lịch.", ["đón lượt khách du lịch"]),
    ("Quy mô dân số đến năm 2030 đạt 1,5 triệu người.", ["Quy mô dân số đến năm 2030"]),
    ("Phấn đấu tổng đàn gia cầm đạt 2,5 triệu con.", ["tổng đàn gia cầm"]),
    ("Phấn đấu đưa 5 nghìn người đi xuất khẩu lao động.", ["đưa người đi xuất khẩu lao động"]),
    ("Phấn đấu năm 2025 xuất khẩu lao động đạt 5 nghìn người.", ["năm 2025 xuất khẩu lao động"]),
    # counterexamples: a vague amount; a place's name
    ("Phấn đấu thu hút hàng triệu lượt khách du lịch, doanh thu đạt 500 tỷ đồng.",
     ["thu hút hàng triệu lượt khách du lịch, doanh thu"]),
    ("Huyện Triệu Sơn phấn đấu có 90% xã đạt chuẩn nông thôn mới.", ["xã đạt chuẩn nông thôn mới"]),
    ("Phấn đấu số cử tri tham dự đạt ít nhất 60% tổng số cử tri được triệu tập.",
     ["số cử tri tham dự tổng số cử tri được triệu tập"]),
])
def test_scale_word_of_a_cut_amount_leaves_the_label(text, expected):
    assert labels(text) == expected


# --- the theme a list of targets falls under ('Về kinh tế: (1) …', 'Về môi trường: Đến năm 2030, …', 'Riêng về mặt kinh
# tế, …'), with the item's number, deadline and cue after it. Counterexample: 'về' inside the measure's words ---------


@pytest.mark.parametrize("text, expected", [
    ("Về kinh tế: (1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026 - 2030 đạt 8%/năm.",
     ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026 - 2030"]),
    ("Về môi trường: Đến năm 2030, tỉ lệ dân cư nông thôn sử dụng nước sạch đạt 85%.",
     ["tỉ lệ dân cư nông thôn sử dụng nước sạch"]),
    ("Riêng về mặt kinh tế, năm 2026 ngành du lịch dự kiến đóng góp trực tiếp trong GRDP đạt 7%.",
     ["năm 2026 ngành du lịch dự kiến đóng góp trực tiếp trong GRDP"]),
    ("Về y tế: Phấn đấu tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi giảm còn dưới 12%.",
     ["tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi giảm còn"]),
    # counterexample: 'về' inside the measure's words
    ("Phấn đấu mức độ hài lòng về giải quyết thủ tục hành chính đạt trên 90%.",
     ["mức độ hài lòng về giải quyết thủ tục hành chính"]),
])
def test_theme_leaves_the_label(text, expected):
    assert [r.label for r in run(HEADER_PLAN + [P(text)])] == expected
