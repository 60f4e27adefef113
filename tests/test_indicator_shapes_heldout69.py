"""Target shapes read off round 69's held-out excerpts once they had been scored (a province's call-up of recruits): a
quota named in its clause and its amount after 'là' ('Bộ Quốc phòng giao chỉ tiêu tuyển quân cho tỉnh … là 2.835 thanh
niên'), a count as a target; such a quota, given whole, leads no list, so the next paragraph's call-up and examination
figures stay results; parts of the quota after ', trong đó' past an aside ('quân đội 2.505 (có 5 nữ) và công an 330')
go on with it as its parts do with no aside. Real strings from the excerpts; made-up variants marked, with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

QUOTA = "Năm 2024, Bộ Quốc phòng giao chỉ tiêu tuyển quân cho tỉnh Bình Định là 2.835 thanh niên."
QUOTA_R = R("chỉ tiêu tuyển quân cho tỉnh Bình Định", value=2835, unit="thanh niên", year=2024)


# --- a quota named before 'là', its amount a count -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (QUOTA, [QUOTA_R]),
    # made-up variants: the quota as the subject, a party cell's admissions
    ("Chỉ tiêu tuyển quân năm 2025 của huyện là 250 công dân.",
     [R("Chỉ tiêu tuyển quân của huyện", value=250, unit="công dân", year=2025)]),
    ("Năm 2026, chỉ tiêu kết nạp đảng viên là 300 đảng viên.",
     [R("chỉ tiêu kết nạp đảng viên", value=300, unit="đảng viên", year=2026)]),
    # counterexamples: a quota met, reached or reported on
    ("Năm 2024, huyện đã hoàn thành chỉ tiêu tuyển quân là 250 công dân.", []),
    ("Năm 2024, huyện giao quân đạt chỉ tiêu là 250 công dân.", []),
    ("Năm 2024, kết quả thực hiện chỉ tiêu tuyển quân là 250 công dân.", []),
])
def test_a_quota_named_before_la_sets_its_count(text, expected):
    check([P(text)], expected)


# --- a quota given whole leads no list: the next paragraph's figures report -----------------------------------------

CALLED = ("Thống kê của Ban Quân lực (Bộ Chỉ huy quân sự tỉnh Bình Định), năm 2024, toàn tỉnh đã phát lệnh gọi khám sức "
          "khỏe nghĩa vụ quân sự cho 12.565 thanh niên, đạt 79,7% so với số thanh niên đủ điều kiện gọi khám.")


@pytest.mark.parametrize("blocks, expected", [
    ([QUOTA, CALLED], [QUOTA_R]),
    # made-up variant: the quota to the communes, then who was examined
    (["Năm 2025, UBND huyện giao chỉ tiêu tuyển quân năm 2025 cho các xã là 250 công dân.",
      "Năm 2025, toàn huyện đã gọi khám cho 1.200 thanh niên, đạt 95%."],
     [R("chỉ tiêu tuyển quân cho các xã", value=250, unit="công dân", year=2025)]),
    # counterexample: a lead that sets a year's targets goes on in the next paragraph
    (["Theo đó, năm 2025, huyện đề ra các chỉ tiêu chủ yếu, trong đó phấn đấu thu ngân sách đạt 500 tỷ đồng.",
      "Tổng vốn đầu tư toàn xã hội đạt 2.000 tỷ đồng."],
     [R("thu ngân sách", value=500, unit="tỷ đồng", year=2025),
      R("Tổng vốn đầu tư toàn xã hội", value=2000, unit="tỷ đồng", year=2025)]),
])
def test_a_quota_given_whole_leads_no_list(blocks, expected):
    check([P(b) for b in blocks], expected)


# --- the parts of a target after ', trong đó' go on past an aside ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (QUOTA.rstrip(".") + ", trong đó quân đội 2.505 (có 5 nữ) và công an 330.",
     [QUOTA_R, R("quân đội", value=2505, unit="thanh niên", year=2024),
      R("công an", value=330, unit="thanh niên", year=2024)]),
    # the same with no aside, as before
    (QUOTA.rstrip(".") + ", trong đó quân đội 2.505 và công an 330.",
     [QUOTA_R, R("quân đội", value=2505, unit="thanh niên", year=2024),
      R("công an", value=330, unit="thanh niên", year=2024)]),
    # made-up variant: visitors, an aside after the first part
    ("Năm 2025, tỉnh phấn đấu đón 4.200.000 lượt khách, trong đó khách quốc tế 500.000 (tăng 10%), khách nội địa "
     "3.700.000.",
     [R("đón lượt khách", value=4200000, unit="lượt", year=2025),
      R("khách quốc tế", value=500000, unit="lượt", year=2025),
      R("khách nội địa", value=3700000, unit="lượt", year=2025)]),
])
def test_parts_after_trong_do_go_on_past_an_aside(text, expected):
    check([P(text)], expected)
