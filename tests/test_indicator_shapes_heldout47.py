"""Target shapes read off round 47's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. (Round 47's table of targets per
province and year is in test_tables_units_by_year.py.)"""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def records(text: str) -> list[tuple[str, object, float, object, object]]:
    """(label, comparator, target value, unit, result value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.target_comparator, r.target_value, r.target_unit, r.actual_value)
            for r in run([P(text)]) if r.target_value is not None]


# --- 1. an amount the share after it says is the assignment ('tổng thu ngân sách 1.390 tỷ đồng, hoàn thành 100%
# chỉ tiêu được giao'): the amount is a target of its own, named by its clause, though no verb governs it ----------

@pytest.mark.parametrize("text, amount", [
    ("Năm 2026, xã đặt mục tiêu tốc độ tăng giá trị sản xuất đạt 9,5%; tổng thu ngân sách nhà nước 1.250 tỷ đồng, "
     "hoàn thành 100% chỉ tiêu được giao.", (1250, "tỷ đồng")),
    ("Năm 2026, huyện phấn đấu tăng trưởng kinh tế 8%; thu ngân sách trên địa bàn 640 tỷ đồng, hoàn thành 105% dự "
     "toán tỉnh giao.", (640, "tỷ đồng")),
    ("Năm 2027, phường phấn đấu tỷ lệ hộ nghèo giảm 1%; sản lượng lương thực 42.000 tấn, đạt 100% kế hoạch.",
     (42000, "tấn")),
])
def test_an_amount_before_its_share_of_the_assignment(text, amount):
    got = [(tv, unit) for _, _, tv, unit, _ in records(text)]
    assert amount in got


@pytest.mark.parametrize("text", [
    # counterexamples: an amount with no share of an assignment after it stays no target of its own; a share
    # of something else ('100% số xã') names no assignment
    "Năm 2026, xã đặt mục tiêu tốc độ tăng giá trị sản xuất đạt 9,5%; tổng thu ngân sách nhà nước 1.250 tỷ đồng.",
    "Năm 2026, xã đặt mục tiêu tốc độ tăng giá trị sản xuất đạt 9,5%; vốn đầu tư 1.250 tỷ đồng, 100% số xã có "
    "đường ô tô đến trung tâm.",
])
def test_an_amount_without_a_share_of_the_assignment(text):
    assert 1250 not in [tv for _, _, tv, _, _ in records(text)]


# --- 2. a news item's lead paragraph (right after the headline) sums up the body: the body's target of the same
# bound, value and unit, in the lead's words (with cue words and how it moves: 'nâng … lên'), is one target -------

HEADLINE = "Xã Tân Lập phấn đấu thu ngân sách hơn 85 tỷ đồng"
LEAD = ("Xã Tân Lập phấn đấu tổng thu ngân sách đạt 86,45 tỷ đồng và giữ vững không có hộ nghèo trong 6 tháng cuối "
        "năm nay.")
MEETING = "HĐND xã Tân Lập khóa I tổ chức kỳ họp thứ ba vào sáng ngày 15/7."


def values(paragraphs: list[str]) -> list[float]:
    return sorted(r.target_value for r in run([P(t) for t in paragraphs]) if r.target_value is not None)


@pytest.mark.parametrize("paragraphs, expected", [
    ([HEADLINE, LEAD, MEETING,
      "Kỳ họp đã thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026. Theo đó, trong 6 tháng cuối năm, xã Tân Lập "
      "phấn đấu tổng thu ngân sách đạt 86,45 tỷ đồng; tỷ lệ hộ gia đình văn hóa là 90%."], [85, 86.45, 90]),
    (["Điều chỉnh tốc độ tăng trưởng bán lẻ trực tuyến năm 2026 lên 18,5%",
      "(PV)- Bộ Công Thương vừa điều chỉnh mục tiêu tăng trưởng bán lẻ trực tuyến cả năm 2026 từ 15-16% lên 18,5%.",
      "Thực tế 8 tháng đầu năm, thị trường bán lẻ trực tuyến tăng 20-21%, cao hơn so với dự kiến.",
      "Trước đà tăng này, Bộ đã quyết định điều chỉnh kịch bản cho các tháng còn lại; nâng mục tiêu tăng trưởng bán "
      "lẻ trực tuyến cả năm 2026 lên 18,5%."], [18.5]),
    # counterexamples: another measure of the same value; another year; a first paragraph that is no headline
    ([HEADLINE, LEAD, MEETING,
      "Kỳ họp đã thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026. Theo đó, xã phấn đấu vốn đầu tư công "
      "đạt 86,45 tỷ đồng."], [85, 86.45, 86.45]),
    ([HEADLINE, LEAD, MEETING,
      "Kỳ họp cũng định hướng năm 2027, xã Tân Lập phấn đấu tổng thu ngân sách đạt 86,45 tỷ đồng."],
     [85, 86.45, 86.45]),
    (["Kỳ họp thứ ba của HĐND xã Tân Lập đã bế mạc.", LEAD, MEETING,
      "Kỳ họp đã thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm 2026. Theo đó, trong 6 tháng cuối năm, xã Tân Lập "
      "phấn đấu tổng thu ngân sách đạt 86,45 tỷ đồng."], [86.45, 86.45]),
])
def test_the_lead_paragraph_sums_up_the_body(paragraphs, expected):
    assert values(paragraphs) == expected


# --- 3. what a review found ('Theo kết quả rà soát, cuối năm 2024, … giảm còn 12,7%') reports a status, as a survey's
# findings do, even right after a headline that sets a target; a review that leads to an aim keeps its target --------

HEAD_AIM = "Ea Súp phấn đấu giảm hộ nghèo còn 4,85% vào cuối năm 2026"


@pytest.mark.parametrize("paragraphs, expected", [
    ([HEAD_AIM, "Theo kết quả rà soát, cuối năm 2025, huyện Ea Súp còn 1.420 hộ nghèo, chiếm 7,3% tổng số hộ, số hộ "
                "nghèo trong đồng bào DTTS giảm còn 10,4%."], [4.85]),
    ([HEAD_AIM, "Qua rà soát, tỷ lệ hộ nghèo đa chiều của xã Ia Lốp còn 6,2%."], [4.85]),
    # counterexamples: a review that the aim follows in its sentence; a review as a task beside the aim
    ([HEAD_AIM, "Qua rà soát, huyện phấn đấu đến cuối năm 2026 giảm tỷ lệ hộ nghèo còn 4,85%, hộ nghèo đồng bào DTTS "
                "còn 8,5%."], [4.85, 8.5]),
    ([HEAD_AIM, "Huyện tổ chức rà soát hộ nghèo, phấn đấu đến năm 2026 tỷ lệ hộ cận nghèo giảm còn 5,5%."], [4.85, 5.5]),
])
def test_what_a_review_found_is_no_target(paragraphs, expected):
    assert values(paragraphs) == expected


# --- 4. a result before its target: a sentence reports a change, the next weighs 'this change' against the target it
# states ('Tuy nhiên, mức giảm này vẫn chưa đạt so với mục tiêu … là giảm 3,5%/năm'): the target takes the first
# figure before in its unit as its result, the words between as its status ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Giai đoạn 2021-2025, tỷ lệ hộ nghèo của huyện Ea Súp giảm bình quân là 2,8%/năm, tỷ lệ hộ nghèo đồng bào DTTS "
     "giảm bình quân là 3,9%/năm. Tuy nhiên, mức giảm này vẫn chưa đạt so với mục tiêu của Nghị quyết Đại hội Đảng bộ "
     "huyện, nhiệm kỳ 2020-2025 đã đề ra là giảm 3,2%/năm.",
     [("tỷ lệ hộ nghèo của huyện Ea Súp giảm bình quân (mục tiêu của Nghị quyết Đại hội Đảng bộ huyện)", 3.2, 2.8,
       "chưa đạt")]),
    ("Năm 2025, tốc độ tăng trưởng kinh tế của xã đạt 6,8%. Tuy nhiên, mức tăng này thấp hơn mục tiêu Nghị quyết Đại "
     "hội Đảng bộ xã đề ra là tăng 7,5%.",
     [("tốc độ tăng trưởng kinh tế của xã (mục tiêu Nghị quyết Đại hội Đảng bộ xã)", 7.5, 6.8, None)]),
])
def test_a_result_weighed_against_the_target_after_it(text, expected):
    got = [(label, tv, av, r.status) for r in run([P(text)]) if r.target_value is not None
           for label, tv, av in [(" ".join(r.label.split()), r.target_value, r.actual_value)]]
    assert got == expected


@pytest.mark.parametrize("text", [
    # counterexamples: a sentence that sets a new aim after weighing; 'this rate' set against no target
    "Giai đoạn 2021-2025, tỷ lệ hộ nghèo của huyện giảm bình quân là 2,8%/năm. Tuy nhiên, mức giảm này vẫn chưa đạt so "
    "với mục tiêu; năm 2026, huyện phấn đấu giảm 3,2%/năm.",
    "Năm 2025, tỷ lệ lao động qua đào tạo của tỉnh đạt 71,5%. Tỷ lệ này còn thấp so với bình quân cả nước là 72%.",
])
def test_no_result_weighed_against_another_aim(text):
    assert all(r.actual_value is None for r in run([P(text)]) if r.target_value is not None)


# --- 5. a band of amounts ('đón 3-3,5 triệu lượt khách quốc tế') right after a paragraph of targets goes on with them,
# as a bounded figure does; after a report, or with a result cue of its own, it stays no target -----------------------

AIMS = ("Ngành du lịch của tỉnh sẽ phát triển dựa trên thế mạnh biển đảo. Mục tiêu tốc độ tăng trưởng bình quân thời kỳ "
        "2021-2030 là 10,5%-11%/năm.")
REPORT = "Năm 2024, ngành du lịch của tỉnh tiếp tục phục hồi sau đại dịch, doanh thu tăng mạnh so với năm trước."


@pytest.mark.parametrize("paragraphs, expected", [
    ([AIMS, "Vào năm 2025, tỉnh đón 3-3,5 triệu lượt khách quốc tế và 12-13 triệu lượt khách nội địa."],
     [3, 10.5, 12]),
    ([AIMS, "Năm 2030, toàn tỉnh có 25-30 khách sạn từ 4 sao trở lên."], [10.5, 25]),
    # counterexamples: a band after a report; a band that says what was done
    ([REPORT, "Vào năm 2024, tỉnh đón 3-3,5 triệu lượt khách quốc tế và 12-13 triệu lượt khách nội địa."], []),
    ([AIMS, "Năm 2024, tỉnh đã đón 3-3,5 triệu lượt khách quốc tế."], [10.5]),
])
def test_a_band_after_targets_goes_on_with_them(paragraphs, expected):
    assert values(paragraphs) == expected
