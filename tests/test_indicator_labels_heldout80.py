"""The labels of rounds 76-80's excerpts (a province's tourism aims, a commune's targets for a year, a district's
results against the plan, a national programme's aims to 2030): a label starts at the measure, not at the clause that
leads to it ('…, phấn đấu …', '… nên …', 'chỉ tiêu cụ thể đến năm 2030:'), and stops before the plan the figure is a
share of ('phấn đấu đạt 100% kế hoạch giao') and before the next target's clause. Short strings from those texts, or
paraphrased in their style, with counterexamples; labels compared whole, in document order."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, run


def labels(*paras: str) -> list[str]:
    return [r.label for r in run(HEADER_PLAN + [P(t) for t in paras])]


# --- the clause before 'phấn đấu' (a comma right before it, a list's 'trong đó', 'đặt mục tiêu') leads to the
# measure named after the cue. Counterexamples: the one who strives (earlier rounds keep 'huyện phấn đấu'), the base
# after the cue, a figure's own clause before it ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch tỉnh yêu cầu ngành du lịch đẩy mạnh các hoạt động kích cầu du lịch ngay từ đầu năm, phấn đấu năm 2024 "
     "đón 10,6 triệu lượt khách du lịch.", ["đón lượt khách du lịch"]),
    ("Dự báo năm 2024 ngành du lịch đặt mục tiêu phấn đấu đón 17 triệu khách quốc tế.", ["đón khách quốc tế"]),
    # the growth after an amount takes the amount's measure, and keeps its verb
    ("Năm 2026, xã đề ra 18 chỉ tiêu trên tất cả các lĩnh vực, trong đó phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ "
     "đồng, tăng 10,66% so với năm 2025; tỷ lệ hộ nghèo giảm dưới 0,5%.",
     ["tổng giá trị sản phẩm", "tăng tổng giá trị sản phẩm", "tỷ lệ hộ nghèo giảm"]),
    # counterexamples: the one who strives stays; a clause after the figure's own stays with it
    ("Cùng đó, huyện phấn đấu tỷ lệ hộ gia đình được sử dụng nước sạch đạt 75%.",
     ["Cùng đó, huyện phấn đấu tỷ lệ hộ gia đình được sử dụng nước sạch"]),
])
def test_the_clause_before_the_cue_leaves_the_label(text, expected):
    assert labels(text) == expected


# --- the plan a share is of, after 'phấn đấu (đạt)', is no word of the measure; 'đạt và vượt chỉ tiêu … giao' (the
# figure is the plan itself) keeps it as earlier rounds read it ------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu thu nhập bình quân đầu người đạt 78 triệu đồng/người; tỷ lệ giải ngân vốn đầu tư công phấn đấu đạt 100% "
     "kế hoạch giao.", ["thu nhập bình quân đầu người", "tỷ lệ giải ngân vốn đầu tư công"]),
    # counterexample: no cue before the plan
    ("Phấn đấu tỷ lệ giải ngân năm 2025 đạt 100% kế hoạch vốn được giao.",
     ["tỷ lệ giải ngân năm 2025 kế hoạch vốn được giao"]),
])
def test_the_plan_after_the_cue_leaves_the_label(text, expected):
    assert labels(text) == expected


# --- a reason clause before 'nên' (so) leads to the measure after it; 'trở nên' is a verb ---------------------------


def test_a_reason_before_nen_leaves_the_label():
    text = ("Nhờ sự nỗ lực tham mưu của bộ phận ủy nhiệm thu thuế và Đội thu thuế nên công tác thu ngân sách của địa "
            "phương đạt 1.897 triệu đồng, vượt chỉ tiêu 1.490 triệu đồng.")
    assert all(not x.startswith(("Nhờ", "sự nỗ lực")) and "thu ngân sách của địa phương" in x for x in labels(text))


# --- a plan's 'chỉ tiêu cụ thể đến năm 2030:' leads its list; the base 'so với năm 2020' closes the first target, and
# the next target's clause after it ('…, tăng thu nhập bình quân của người dân tộc thiểu số …') is not its label -----


def test_a_list_lead_and_the_next_target_leave_the_label():
    text = ("Chương trình đặt mục tiêu, chỉ tiêu cụ thể đến năm 2030: Phấn đấu tăng thu nhập bình quân của người dân "
            "nông thôn gấp 2,5 - 3 lần so với năm 2020, tăng thu nhập bình quân của người dân tộc thiểu số bằng 1/2 "
            "bình quân chung của cả nước.")
    assert labels(text)[0] == "tăng thu nhập bình quân của người dân nông thôn gấp so với năm 2020"
