"""Target shapes read off round 57's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

# --- a year's aim said in the future ('Trước mắt, trong năm 2026, tỷ lệ … khu vực nông thôn sẽ đạt 77%, khu vực đô thị
# đạt 96%'): 'sẽ đạt' after a year the sentence names sets that year's target, and the part after the comma shares the
# verb. Counterexamples: a forecast ('Dự báo …'), a condition ('Nếu …'), what was done ('đã đạt') -----------------------


@pytest.mark.parametrize("text, expected", [
    ("Trước mắt, trong năm 2027, tỷ lệ thu gom, xử lý tại khu vực miền núi sẽ đạt 72%, khu vực thị trấn đạt 94%.",
     [R("tỷ lệ thu gom xử lý khu vực miền núi", value=72, year=2027),
      R("tỷ lệ thu gom xử lý khu vực thị trấn", value=94, year=2027)]),
    ("Đến hết năm 2027, tỷ lệ hộ dân dùng nước sạch sẽ đạt 90%.",
     [R("tỷ lệ hộ dân dùng nước sạch", value=90, year=2027)]),
    ("Năm 2027, tỷ lệ hộ dân dùng nước sạch sẽ đạt 90%.",
     [R("tỷ lệ hộ dân dùng nước sạch", value=90, year=2027)]),
    # counterexamples: a forecast; a condition; what was done
    ("Dự báo trong năm 2027, tỷ lệ hộ dân dùng nước sạch sẽ đạt 90%.", []),
    ("Nếu giữ được đà này, trong năm 2027 tỷ lệ hộ dân dùng nước sạch sẽ đạt 90%.", []),
    ("Trong năm 2024, tỷ lệ hộ dân dùng nước sạch đã đạt 90%.", []),
])
def test_year_aim_said_in_the_future(text, expected):
    check([P(text)], expected)


# --- a share that opens its sentence, of units that will do something ('… tăng 23-25% mỗi năm. Khoảng 65-70% doanh
# nghiệp trên địa bàn sẽ đáp ứng bộ tiêu chí …'): after a plan's targets it goes on with them. Counterexamples: no
# target before it; units that said what they would do ('cho biết sẽ'); what they did ('đã') -----------------------

AIMS = ("Theo kế hoạch, đến năm 2030, tỉnh đặt mục tiêu 65% dân số trưởng thành mua sắm trực tuyến; doanh số thương "
        "mại điện tử tăng 20-22% mỗi năm. ")


@pytest.mark.parametrize("text, expected", [
    (AIMS + "Khoảng 60-65% hợp tác xã trên địa bàn sẽ đáp ứng bộ tiêu chí về kinh doanh số.",
     [R("dân số trưởng thành mua sắm trực tuyến", value=65, year=2030),
      R("doanh số thương mại điện tử tăng", cmp="range", value=20, high=22, year=2030),
      R("hợp tác xã sẽ đáp ứng bộ tiêu chí về kinh doanh số", cmp="range", value=60, high=65, year=2030)]),
    # counterexamples: no target before; what units said; what they did
    ("Năm 2023, doanh thu thương mại đạt 400 tỷ đồng. Khoảng 60-65% hợp tác xã trên địa bàn sẽ đáp ứng bộ tiêu chí.",
     []),
    (AIMS + "Khoảng 60% hợp tác xã cho biết sẽ mở rộng bán hàng trực tuyến.",
     [R("dân số trưởng thành mua sắm trực tuyến", value=65, year=2030),
      R("doanh số thương mại điện tử tăng", cmp="range", value=20, high=22, year=2030)]),
    (AIMS + "Khoảng 60% hợp tác xã đã đáp ứng bộ tiêu chí.",
     [R("dân số trưởng thành mua sắm trực tuyến", value=65, year=2030),
      R("doanh số thương mại điện tử tăng", cmp="range", value=20, high=22, year=2030)]),
])
def test_share_of_units_that_will_go_on_with_targets(text, expected):
    check([P(text)], expected)


# --- two amounts of the same things for two periods, worded once after the later one ('đến năm 2025 có khoảng 12.000
# doanh nghiệp và đến năm 2030 có khoảng 18.500 doanh nghiệp đăng ký hoạt động …'): each takes the shared words, neither
# the other's period. Counterexample: an earlier amount with words of its own keeps them --------------------------


@pytest.mark.parametrize("text, labels", [
    ("Phấn đấu đến năm 2026 có khoảng 9.000 doanh nghiệp và đến năm 2030 có khoảng 14.000 doanh nghiệp đăng ký hoạt "
     "động trên địa bàn tỉnh.",
     ["doanh nghiệp đăng ký hoạt động trên địa bàn tỉnh", "doanh nghiệp đăng ký hoạt động trên địa bàn tỉnh"]),
    ("Phấn đấu đến năm 2026 có 300 hợp tác xã và năm 2030 có 450 hợp tác xã hoạt động hiệu quả.",
     ["hợp tác xã hoạt động hiệu quả", "hợp tác xã hoạt động hiệu quả"]),
    # counterexample: the earlier amount's things are worded on their own
    ("Phấn đấu đến năm 2026 có 300 hợp tác xã nông nghiệp và đến năm 2030 có 450 hợp tác xã hoạt động hiệu quả.",
     ["hợp tác xã nông nghiệp", "hợp tác xã hoạt động hiệu quả"]),
])
def test_two_periods_share_the_words_after_the_later_amount(text, labels):
    recs = run([P(text)])
    assert [r.label for r in recs] == labels, [r.label for r in recs]
    assert [r.target_year for r in recs] == [2026, 2030]


# --- a rate a measure is to grow by, about so much a year ('… đến năm 2030 khoảng 65%. Năng suất lao động tăng khoảng
# 5%/năm'): after a sentence of targets it goes on with them. Counterexample: after a report ----------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu tăng tỷ trọng đóng góp của kinh tế tư nhân vào GRDP đến năm 2030 khoảng 60%. Năng suất lao động tăng "
     "khoảng 6%/năm.",
     [R("tỷ trọng đóng góp kinh tế tư nhân", value=60, year=2030),
      R("năng suất lao động tăng", value=6, unit="%/năm")]),
    ("Phấn đấu đến năm 2028 giá trị sản xuất nông nghiệp đạt 4.000 tỷ đồng. Thu nhập bình quân tăng bình quân khoảng "
     "8%/năm.",
     [R("giá trị sản xuất nông nghiệp", value=4000, unit="tỷ đồng", year=2028),
      R("thu nhập bình quân tăng", value=8, unit="%/năm")]),
    # counterexamples: after a report
    ("Năm 2023, giá trị sản xuất nông nghiệp đạt 4.000 tỷ đồng. Thu nhập bình quân tăng khoảng 8%/năm.", []),
])
def test_rate_about_so_much_a_year_goes_on_with_targets(text, expected):
    check([P(text)], expected)


# --- words that lead into the sentence ('Trước mắt, …', 'Theo kế hoạch, đến năm 2030, tỉnh đặt mục tiêu …') tell how the
# text goes on and who aims, not what is measured: the label drops them, the period too once they are gone.
# Counterexample: 'theo kế hoạch' inside the measure's words stays ------------------------------------------------


@pytest.mark.parametrize("text, label", [
    ("Trước mắt, trong năm 2027, tỷ lệ hộ dân dùng nước sạch sẽ đạt 90%.", "tỷ lệ hộ dân dùng nước sạch"),
    ("Trước mắt và lâu dài, đến năm 2030, tỷ lệ hộ dân dùng nước sạch đạt 90%.", "tỷ lệ hộ dân dùng nước sạch"),
    ("Theo kế hoạch, đến năm 2030, tỉnh đặt mục tiêu 65% dân số trưởng thành mua sắm trực tuyến.",
     "dân số trưởng thành mua sắm trực tuyến"),
    ("Theo kế hoạch của UBND tỉnh, đến năm 2030, 65% dân số trưởng thành mua sắm trực tuyến.",
     "dân số trưởng thành mua sắm trực tuyến"),
    # counterexample: inside the measure's words
    ("Đến năm 2030, tỷ lệ vốn đầu tư công giải ngân theo kế hoạch đạt trên 95%.",
     "tỷ lệ vốn đầu tư công giải ngân theo kế hoạch"),
])
def test_lead_in_words_leave_the_label(text, label):
    assert [r.label for r in run([P(text)])] == [label]
