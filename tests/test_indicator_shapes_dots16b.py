"""Three more rules whose span runs to the sentence's end and took a thousands dot ('1.350 tỷ đồng') for it (dots16b):
a count of bodies and their band after a strive cue (nontarget.grade_band.bodies), a share of a plan's funding after
its total (nontarget.plan_budget), and 'đề ra phương hướng' after a percentage (cue.target). Each a table of strings
written in the genre's style (paraphrased, not copied): with a thousands figure the outcome is that of the same sentence
without one, and a real full stop still ends the span. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def _targets(text: str) -> list[tuple[float, str]]:
    return [(r.target_value, r.target_unit) for r in run([P(text)]) if r.target_value is not None]


# --- 'Phấn đấu …' earlier in the sentence makes 'N xã đạt tỷ lệ … từ 90%' a target, not a band of results, also when an
# amount with a thousands dot stands between. Counterexample: after a full stop the count reports a band --------------


@pytest.mark.parametrize("text, target", [
    ("Phấn đấu đến năm 2026, tổng thu ngân sách trên địa bàn đạt 1.350 tỷ đồng, 12 xã đạt tỷ lệ hồ sơ trực tuyến từ "
     "90% trở lên.", (90.0, "%")),
    ("Mục tiêu năm 2027 thu hút 2.300 lượt khách lưu trú, 6 xã có tỷ lệ hộ dùng nước sạch trên 95%.", (95.0, "%")),
    ("Chỉ tiêu năm 2026: trồng mới 1.200 ha rừng, 9 xã đạt tỷ lệ che phủ rừng trên 45%.", (45.0, "%")),
])
def test_strive_cue_reaches_the_band_past_thousands(text, target):
    assert target in _targets(text), run([P(text)])


@pytest.mark.parametrize("text", [
    "Phấn đấu năm 2026 tổng thu ngân sách đạt 1.350 tỷ đồng. Hiện có 12 xã đạt tỷ lệ hồ sơ trực tuyến dưới 50%.",
    "Năm 2025 trồng mới 1.200 ha rừng, 9 xã đạt tỷ lệ che phủ rừng trên 45%.",
])
def test_band_of_bodies_without_cue_is_no_target(text):
    assert not [t for t in _targets(text) if t[1] == "%"], run([P(text)])


# --- a sentence opened by the plan's funding ('Tổng kinh phí … dự kiến 1.250 tỷ đồng, trong đó ngân sách tỉnh 450 tỷ
# đồng'): the share by source is funding as the total is, past the total's thousands dot. Counterexamples: money raised
# ('huy động xã hội hóa') stays a measure, and a full stop ends the funding sentence ------------------------------------


@pytest.mark.parametrize("text", [
    "Tổng kinh phí thực hiện Kế hoạch đến năm 2030 dự kiến 1.250 tỷ đồng, trong đó ngân sách tỉnh 450 tỷ đồng.",
    "Kinh phí thực hiện Đề án đến năm 2028 khoảng 2.400 tỷ đồng, gồm ngân sách trung ương 1.600 tỷ đồng.",
    "Tổng kinh phí thực hiện Chương trình đến năm 2030 khoảng 3.150 tỷ đồng, trong đó ngân sách cấp huyện 620 tỷ đồng.",
])
def test_funding_share_after_thousands_total_is_no_target(text):
    assert _targets(text) == [], run([P(text)])


@pytest.mark.parametrize("text, target", [
    ("Tổng kinh phí thực hiện Kế hoạch đến năm 2030 dự kiến 1.250 tỷ đồng, trong đó huy động xã hội hóa 300 tỷ đồng.",
     (300.0, "tỷ đồng")),
    ("Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.250 tỷ đồng. Phấn đấu đến năm 2030 thu ngân sách đạt 450 tỷ đồng.",
     (450.0, "tỷ đồng")),
])
def test_raised_money_and_next_sentence_stay_targets(text, target):
    assert target in _targets(text), run([P(text)])


# --- 'đề ra phương hướng' after a percentage of its sentence retells what a report did (no cue), also past an amount
# with a thousands dot. Counterexample: a full stop after the amount leaves 'đề ra phương hướng' a cue -----------------


@pytest.mark.parametrize("text", [
    "Năm 2025 thu ngân sách đạt 104% dự toán, ước đạt 2.150 tỷ đồng và đề ra phương hướng năm 2026 tăng trưởng 8%.",
    "Năm 2025 tổng sản phẩm trên địa bàn tăng 7,4%, tổng vốn đầu tư toàn xã hội 12.400 tỷ đồng và đề ra định hướng "
    "năm 2026 tăng trưởng 9%.",
])
def test_report_retelling_its_direction_sets_no_target(text):
    assert _targets(text) == [], run([P(text)])


def test_full_stop_leaves_the_direction_a_cue():
    text = ("Năm 2025 thu ngân sách đạt 104% dự toán, ước đạt 2.150 tỷ đồng. Hội nghị đề ra phương hướng năm 2026 "
            "tăng trưởng 8%.")
    assert (8.0, "%") in _targets(text), run([P(text)])
