"""Target shapes read off round 45's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, run


def records(text: str) -> list[tuple[str, object, float, object]]:
    """(label, level, target value, result value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.level, r.target_value, r.actual_value)
            for r in run([P(text)]) if r.target_value is not None]


# --- 1. a province's share of the targets the centre assigns, one figure per year after the lead and a colon
# ('chỉ tiêu … cụ thể của Bình Định … như sau: năm 2016 đạt 80,5%; năm 2017 đạt 82%'): level tỉnh, each year
# labelled by the lead (the first one too, not by its year alone) -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Theo Quyết định, chỉ tiêu thực hiện BHYT cụ thể của Bình Định giai đoạn 2016 - 2018 như sau: năm 2016 đạt "
     "80,5%; năm 2017 đạt 82%; năm 2018 đạt 84,4%.",
     [("chỉ tiêu thực hiện BHYT cụ thể của Bình Định năm 2016", "tỉnh", 80.5),
      ("chỉ tiêu thực hiện BHYT cụ thể của Bình Định năm 2017", "tỉnh", 82),
      ("chỉ tiêu thực hiện BHYT cụ thể của Bình Định năm 2018", "tỉnh", 84.4)]),
    ("Thủ tướng Chính phủ giao cho tỉnh Ninh Thuận chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế năm 2026 đạt 93,5%.",
     [("Thủ tướng Chính phủ giao cho tỉnh Ninh Thuận chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế năm 2026", "tỉnh", 93.5)]),
    # counterexamples: a body's own targets (no province named as assigned them) keep level None
    ("Mục tiêu cụ thể của tỉnh như sau: năm 2026 đạt 90%; năm 2027 đạt 92%.",
     [("Mục tiêu cụ thể của tỉnh năm 2026", None, 90), ("Mục tiêu cụ thể của tỉnh năm 2027", None, 92)]),
    ("Chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế của Bình Định năm 2026 đạt 93%.",
     [("Chỉ tiêu tỷ lệ bao phủ bảo hiểm y tế của Bình Định năm 2026", None, 93)]),
])
def test_province_share_of_the_centres_targets_per_year(text, expected):
    assert [(label, level, tv) for label, level, tv, _ in records(text)] == expected


# --- 2. every unit of a level to have at least so many of a thing ('tất cả các huyện, thị xã đều có ít nhất 2 điểm
# bán hàng'): each unit's target, at that level; a share of the units and the province's own count are not ---------

@pytest.mark.parametrize("text, expected", [
    ("Bên cạnh đó, sẽ xây dựng các điểm bán hàng sản phẩm OCOP cấp huyện, bảo đảm đến cuối năm 2026, tất cả các "
     "huyện, thị xã đều có ít nhất 2 điểm bán hàng OCOP.", [("huyện", 2)]),
    ("Phấn đấu đến năm 2027, tất cả các xã, phường đều có tối thiểu 1 hợp tác xã nông nghiệp hoạt động hiệu quả.",
     [("xã", 1)]),
    # counterexamples: a share of the units, the province's own count, 'mỗi xã' (no level, as round 32 has it)
    ("Phấn đấu đến năm 2027, mỗi xã có ít nhất 1 hợp tác xã nông nghiệp hoạt động hiệu quả.", [(None, 1)]),
    ("Phấn đấu đến năm 2027, 100% số xã có ít nhất 1 hợp tác xã nông nghiệp hoạt động hiệu quả.", [(None, 100)]),
    ("Phấn đấu đến năm 2027, toàn tỉnh có ít nhất 40 hợp tác xã nông nghiệp hoạt động hiệu quả.", [(None, 40)]),
])
def test_every_unit_of_a_level_to_have_at_least(text, expected):
    assert [(level, tv) for _, level, tv, _ in records(text)] == expected


# --- 3. a rate of a group that does one thing, then an item naming only another thing it does ('tỷ lệ dân số trưởng
# thành có tài khoản … đạt trên 60%, sử dụng dịch vụ công trực tuyến đạt trên 55%'): the item takes the group's head --

@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2026, tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử đạt trên 60%, sử dụng dịch vụ công "
     "trực tuyến đạt trên 55%; tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 92%.",
     ["tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử",
      "tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến", "tỷ lệ người dân có hồ sơ sức khỏe điện tử"]),
    ("Đến năm 2026, tỷ lệ hộ gia đình sử dụng internet cáp quang đạt 85%, và có điện thoại thông minh đạt 90%.",
     ["tỷ lệ hộ gia đình sử dụng internet cáp quang", "tỷ lệ hộ gia đình có điện thoại thông minh"]),
    # counterexamples: an item that names its own group; a count after a rate
    ("Đến năm 2026, tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%, doanh nghiệp nhỏ và vừa sử dụng nền tảng số "
     "đạt 60%.",
     ["tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số"]),
    ("Đến năm 2026, tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%, có thêm 20.000 lao động được tạo việc làm.",
     ["tỷ lệ hộ gia đình sử dụng nước sạch", "có thêm lao động được tạo việc làm"]),
])
def test_later_item_shares_the_groups_head(text, expected):
    assert [label for label, _, _, _ in records(text)] == expected


# --- 4. a plan's item adding things in a year ('- Năm 2026 có thêm 30 sản phẩm được công nhận …') is a target (the
# things counted are what is recognised, no threshold), and the total it brings them to, in a parenthesis after it
# ('(nâng tổng số … đạt 200 sản phẩm)'), is one of its own; a total already reached ('đã nâng …') is none ---------

def item_records(text: str) -> list[tuple[str, float]]:
    return [(" ".join(r.label.split()), r.target_value)
            for r in run(HEADER_PLAN + [P("I. MỤC TIÊU", "heading"), P(text)]) if r.target_value is not None]


@pytest.mark.parametrize("text, expected", [
    ("- Năm 2026 có thêm 25 sản phẩm được công nhận từ 3 sao trở lên (nâng tổng số sản phẩm được đánh giá, phân hạng "
     "đạt 3 sao trở lên trên địa bàn tỉnh đạt 180 sản phẩm), phấn đấu có sản phẩm đạt 5 sao.",
     [("Năm 2026 có thêm sản phẩm được công nhận từ 3 sao trở lên, phấn đấu có sản phẩm đạt 5 sao", 25),
      ("tổng số sản phẩm được đánh giá, phân hạng đạt 3 sao trở lên trên địa bàn tỉnh", 180)]),
    ("- Năm 2026 phát triển thêm 12 hợp tác xã nông nghiệp (nâng tổng số hợp tác xã nông nghiệp trên địa bàn huyện "
     "lên 85 hợp tác xã).",
     [("Năm 2026 phát triển thêm hợp tác xã nông nghiệp", 12),
      ("tổng số hợp tác xã nông nghiệp trên địa bàn huyện", 85)]),
    # counterexamples: a total already reached; a threshold with its consequence
    ("- Năm 2026 có thêm 12 hợp tác xã (đã nâng tổng số hợp tác xã lên 85 hợp tác xã).",
     [("Năm 2026 có thêm hợp tác xã (đã nâng tổng số hợp tác xã lên 85 hợp tác xã)", 12)]),
    ("- Xã có từ 3 sản phẩm trở lên được công nhận là xã điểm.", []),
])
def test_added_things_and_the_total_they_bring(text, expected):
    assert item_records(text) == expected


# --- 5. a result with the share of its target, the target a range of the amount in a parenthesis after it ('Sản lượng
# gỗ đã khai thác 519,3 ngàn m3, đạt 86,5% so mục tiêu (600-750 ngàn m3 gỗ)'): a verb in the past before the amount
# says it was done ---------------------------------------------------------------------------------------------

def pairs(text: str) -> list[tuple[str, object, float, object, object]]:
    return [(" ".join(r.label.split()), r.target_comparator, r.target_value, r.target_high, r.actual_value)
            for r in run([P(text)]) if r.target_value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Sản lượng gỗ rừng trồng đã khai thác 412,6 ngàn m3, đạt 82,5% so mục tiêu (500-650 ngàn m3 gỗ).",
     [("Sản lượng gỗ rừng trồng đã khai thác", "range", 500, 650, 412.6)]),
    ("Sản lượng gỗ rừng trồng khai thác đạt 412,6 ngàn m3, bằng 82,5% so với mục tiêu (500-650 ngàn m3).",
     [("Sản lượng gỗ rừng trồng khai thác", "range", 500, 650, 412.6)]),
    # counterexample: with no target word the share sets nothing against a range
    ("Sản lượng gỗ rừng trồng khai thác đạt 412,6 ngàn m3 (dự báo 500-650 ngàn m3).", []),
])
def test_result_against_a_range_target_in_brackets(text, expected):
    assert pairs(text) == expected
