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
# each share is a target, as after 'Đồng thời,'. Counterexamples: no aim announced before; what was done ('đã') -----

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
])
def test_shares_after_announced_targets_accordingly(blocks, expected):
    check([P(b) for b in blocks], expected)
