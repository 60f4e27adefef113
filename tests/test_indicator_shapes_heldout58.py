"""Target shapes read off round 58's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check, run

# --- a comma list of targets for a year after a lead that names targets ('Một số mục tiêu cụ thể: năm 2023 phấn đấu
# kinh tế số chiếm từ 12% GRDP, năng suất lao động tăng tối thiểu 6%, tỷ trọng … đạt 8%, …'): 'mục tiêu' before a
# striving verb opens the list, it introduces no target that a later 'đạt' answers as a result; each item is a target
# of the year. Counterexample: a result set against a target ('… đạt 8%, vượt chỉ tiêu 7%') is still a pair -----------


@pytest.mark.parametrize("text, expected", [
    ("Một số mục tiêu cụ thể: năm 2023 phấn đấu kinh tế số chiếm từ 12% GRDP của tỉnh, năng suất lao động hằng năm "
     "tăng tối thiểu 6%, tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 8%, tỷ lệ doanh nghiệp sử "
     "dụng hóa đơn điện tử đạt 100%.",
     [R("kinh tế số chiếm GRDP", value=12, year=2023),
      R("năng suất lao động hằng năm tăng", value=6, year=2023),
      R("tỷ trọng doanh thu thương mại điện tử", value=8, year=2023),
      R("tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", value=100, year=2023)]),
    ("Các chỉ tiêu chủ yếu: năm 2024 phấn đấu tỷ lệ hộ gia đình có địa chỉ số đạt 90%, tỷ lệ hộ dùng cáp quang "
     "đạt 70%.",
     [R("tỷ lệ hộ gia đình có địa chỉ số", value=90, year=2024),
      R("tỷ lệ hộ dùng cáp quang", value=70, year=2024)]),
    # counterexample: a result against its target
    ("Năm 2023, tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ đạt 8%, vượt chỉ tiêu kế hoạch (7%).",
     [R("tỷ trọng doanh thu thương mại điện tử", value=7, actual=8, year=2023, status=ANY)]),
])
def test_year_list_after_targets_lead_is_no_result(text, expected):
    check([P(text)], expected)


# --- a paragraph that announces a plan's targets with no figure ('Kế hoạch cũng đề ra các mục tiêu cụ thể về …'), then
# one opened by 'Theo đó,' that lists shares ('trên 40% hợp tác xã sẽ dùng nền tảng số; 70% người dân có tài khoản …'):
# the sentence lists the targets announced. Counterexamples: no targets announced before; what was done ('đã') ------

AIM = "Kế hoạch cũng đề ra các mục tiêu cụ thể về chuyển đổi số trong cộng đồng và hợp tác xã."


@pytest.mark.parametrize("blocks, expected", [
    ([AIM, "Theo đó, trên 40% hợp tác xã sẽ sử dụng nền tảng số; 70% người dân trên 16 tuổi có tài khoản thanh toán; "
           "và 45% dân số trưởng thành có chữ ký số cá nhân."],
     [R("hợp tác xã sử dụng nền tảng số", cmp=">", value=40),
      R("người dân trên 16 tuổi có tài khoản thanh toán", value=70),
      R("dân số trưởng thành có chữ ký số cá nhân", value=45)]),
    # counterexamples: no aim announced before; what was done
    (["Kế hoạch được triển khai tại 12 huyện, thị xã.",
      "Theo đó, trên 40% hợp tác xã sử dụng nền tảng số; 70% người dân trên 16 tuổi có tài khoản thanh toán."], []),
    ([AIM, "Theo đó, năm 2023 tỷ lệ hợp tác xã sử dụng nền tảng số đã đạt 40%; 70% người dân đã có tài khoản thanh "
           "toán."], []),
    ([AIM, "Theo đó, đến nay đã có 40% hợp tác xã sử dụng nền tảng số."], []),
    # … nor after a paragraph that only 'bảo đảm' something, a report's 'Theo đó' going on with results
    (["Mô hình chính quyền hai cấp đã vận hành ổn định, bảo đảm nguyên tắc gần dân.",
      "Trong 9 tháng năm 2026, việc thực hiện kế hoạch của tỉnh đạt nhiều kết quả. Theo đó, tăng trưởng GRDP quý III "
      "đạt 7,1%, 9 tháng tăng 6,4%."], []),
])
def test_shares_after_announced_targets_accordingly(blocks, expected):
    check([P(b) for b in blocks], expected)


# --- an aim for a later year, then in the same sentence a new aim for this year ('Hướng đến mục tiêu vào năm 2026
# thực hiện 100% số hóa …, năm 2025, tỉnh đặt mục tiêu tỷ lệ số hóa … cấp tỉnh đạt 85%, …'): the words that set the new
# aim part the figures, the later is no result of the earlier. Counterexample: a result against its target, with no
# aim set between them, still pairs --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Hướng đến mục tiêu vào năm 2026 thực hiện 100% số hóa hồ sơ kết quả giải quyết TTHC cho tổ chức, cá nhân, năm "
     "2025, tỉnh đặt mục tiêu tỷ lệ số hóa kết quả giải quyết hồ sơ TTHC cấp tỉnh đạt 85%.",
     [R("số hóa hồ sơ kết quả giải quyết TTHC", value=100, year=2026),
      R("tỷ lệ số hóa kết quả giải quyết hồ sơ TTHC", level="tỉnh", value=85, year=2025)]),
    ("Hướng tới mục tiêu năm 2026 có 100% xã đạt chuẩn, năm 2025 huyện phấn đấu tỷ lệ xã đạt chuẩn đạt 80%.",
     [R("xã đạt chuẩn", value=100, year=2026), R("tỷ lệ xã đạt chuẩn", value=80, year=2025)]),
    # counterexample: a result against its target
    ("Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình (chỉ tiêu 80%) đạt 84%.",
     [R("tỷ lệ hồ sơ trực tuyến toàn trình", value=80, actual=84, year=2025, status=ANY)]),
    ("Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 84%, vượt mục tiêu đề ra (80%).",
     [R("tỷ lệ hồ sơ trực tuyến toàn trình", value=80, actual=84, year=2025, status=ANY)]),
])
def test_new_aim_between_figures_parts_them(text, expected):
    check([P(text)], expected)


# --- the bodies of one level whose work a share is of, named with the bare level after their kind ('80% hồ sơ công việc
# của phòng y tế huyện', '… của cơ quan quản lý y tế huyện, thị xã, thành phố') or listed, each of that level ('tại Sở Y
# tế, các đơn vị y tế tỉnh'): the target is that level's. Counterexamples: one body named ('của phòng y tế huyện Mường
# Nhé', 'tại Sở Y tế') sets its own target; bodies of two levels named without a level each -----------------------


@pytest.mark.parametrize("text, levels", [
    ("Đến năm 2026, 85% hồ sơ công việc của phòng y tế huyện được xử lý trên môi trường mạng.", ["huyện"]),
    ("Đến năm 2026, 70% hồ sơ công việc của cơ quan quản lý y tế huyện, thị xã, thành phố được xử lý trên môi trường "
     "mạng.", ["huyện"]),
    ("Đến năm 2026, 95% hồ sơ công việc tại Sở Y tế, các đơn vị y tế tỉnh được xử lý trên môi trường mạng.", ["tỉnh"]),
    # counterexamples: one body named; levels not each named
    ("Đến năm 2026, 85% hồ sơ công việc của phòng y tế huyện Kỳ Sơn được xử lý trên môi trường mạng.", [None]),
    ("Đến năm 2026, 95% hồ sơ công việc tại Sở Y tế được xử lý trên môi trường mạng.", [None]),
    ("Đến năm 2026, 70% hồ sơ công việc của cơ quan quản lý y tế huyện, xã được xử lý trên môi trường mạng.", [None]),
])
def test_bodies_of_one_level_take_it(text, levels):
    assert [r.level for r in run([P(text)])] == levels


# --- the plan's own key programmes counted beside its targets ('Năm 2026, thị xã phấn đấu đạt 21 chỉ tiêu và 5 chương
# trình trọng điểm …'): how the plan is laid out, no target (as 'đề ra 21 chỉ tiêu'). Counterexample: units counted
# beside them ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, thị xã phấn đấu đạt 21 chỉ tiêu và 5 chương trình trọng điểm về phát triển kinh tế - xã hội.", []),
    ("Năm 2026, huyện phấn đấu thực hiện 4 chương trình đột phá.", []),
    # counterexample: a count of units beside them is a target
    ("Năm 2026, thị xã phấn đấu đạt 21 chỉ tiêu và có thêm 5 xã đạt chuẩn nông thôn mới.",
     [R("xã đạt chuẩn nông thôn mới", value=5, unit="xã", year=2026)]),
])
def test_plan_programmes_counted_are_no_target(text, expected):
    check([P(text)], expected)


# --- in the run of a plan's items, a paragraph saying what every one of a kind shall have, with a share of them ('Mỗi
# người dân đều có hồ sơ số về sức khỏe cá nhân, trong đó 90% người dân có hồ sơ sức khỏe điện tử.'): the share is a
# target as the items before it. Counterexamples: no plan's items before; what was done ('đã') ---------------------

LEAD = "Cụ thể, tỉnh phấn đấu đến năm 2026: Có 100% bệnh viện tuyến tỉnh kết nối liên thông dữ liệu khám chữa bệnh."
ITEM = "100% trạm y tế xã được kết nối Internet băng rộng; 95% hồ sơ bệnh án được số hóa."


@pytest.mark.parametrize("blocks, expected", [
    ([LEAD, ITEM, "Mỗi người dân đều có hồ sơ số về sức khỏe cá nhân, trong đó 85% người dân có hồ sơ sức khỏe điện "
                  "tử."],
     [R("bệnh viện tuyến tỉnh kết nối", value=100, year=2026), R("trạm y tế xã", value=100),
      R("hồ sơ bệnh án được số hóa", value=95), R("người dân có hồ sơ sức khỏe điện tử", value=85)]),
    # counterexamples: no plan's items before; what was done
    (["Mỗi người dân đều có hồ sơ số về sức khỏe cá nhân, trong đó 85% người dân có hồ sơ sức khỏe điện tử."], []),
    ([LEAD, ITEM, "Mỗi người dân đều có hồ sơ số về sức khỏe cá nhân, trong đó 85% người dân đã có hồ sơ sức khỏe điện "
                  "tử."],
     [R("bệnh viện tuyến tỉnh kết nối", value=100, year=2026), R("trạm y tế xã", value=100),
      R("hồ sơ bệnh án được số hóa", value=95)]),
])
def test_share_of_every_one_in_plan_items(blocks, expected):
    check([P(b) for b in blocks], expected)
