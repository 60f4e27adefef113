"""Shapes read off round 42's held-out excerpts once they had been scored (news items retelling a province's tourism
plan, a ministry's plan for digital government, a report on cutting business conditions): each rule a table of strings
written in the genre's style (paraphrased, not copied: names, places and numbers changed), with counterexamples."""
from __future__ import annotations

import pytest

from extractor.link.figures import Figure
from extractor.link.not_targets import _not_a_target
from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}


def _figure(before: str, figure: str, after: str) -> tuple[str, Figure]:
    number = figure.split()[0].rstrip("%")
    unit = "%" if figure.endswith("%") else figure[len(number):].strip()
    start = len(before)
    value = float(number.replace(".", "").replace(",", "."))
    f = Figure(start, start + len(figure), value, unit=unit, expr_start=start, expr_end=start + len(figure))
    return before + figure + after, f


# --- what a plan is made of, what it spends, and what was already cut are no targets ---------------------------

@pytest.mark.parametrize("before, figure, after, why", [
    # the plan's own tasks and solutions, counted (as 'chỉ tiêu', 'tiêu chí' are)
    ("Để hoàn thành mục tiêu này, huyện xác định thực hiện ", "6 nhiệm vụ", " trọng tâm, bao gồm: công tác quảng bá.",
     "tally"),
    ("Kế hoạch đề ra ", "5 nhiệm vụ", ", giải pháp chủ yếu.", "tally"),
    ("Chương trình nêu ", "04 nhóm", " giải pháp lớn.", "tally"),
    # the plan's budget, however the sentence names it
    ("Tổng kinh phí dành cho Chương trình phát triển du lịch Ninh Thuận năm 2023 gần ", "4,2 tỷ đồng", ".", "budget"),
    ("Kinh phí thực hiện Kế hoạch dự kiến ", "850 triệu đồng", ", từ nguồn ngân sách tỉnh.", "budget"),
    ("3. Dự toán kinh phí thực hiện Đề án là ", "12 tỷ đồng", ".", "budget"),
    # a cut by a number of things in a sentence that reports what was done
    ("Từ đầu năm đến nay, các sở đã trình ban hành văn bản để bãi bỏ 150 thủ tục hành chính, đơn giản hóa 420 thủ tục "
     "hành chính, cắt giảm ", "315 điều kiện kinh doanh", ".", "reported cut"),
    ("Thời gian qua, tỉnh đã rà soát và cắt giảm ", "48 thủ tục", " không còn phù hợp.", "reported cut"),
    # counterexamples: tasks a plan sets as an amount of work done; money raised or spent as a measure; a cut a plan
    # aims at, with or without a result cue elsewhere in the sentence
    ("Phấn đấu tổ chức ", "6 hội chợ", " du lịch trong năm.", None),
    ("Huy động kinh phí xã hội hóa đạt ", "50 tỷ đồng", " trở lên.", None),
    ("Tổng chi ngân sách địa phương đạt ", "11.892 tỷ đồng", ".", None),
    ("Phấn đấu năm 2026 cắt giảm ", "120 điều kiện kinh doanh", ".", None),
    ("Đến nay tỉnh đã hoàn thành rà soát; năm 2026 phấn đấu cắt giảm ", "60 thủ tục", ".", None),
    ("Phương án cắt giảm ", "30%", " thời gian giải quyết thủ tục.", None),
    ("Nhiệm kỳ tới, tỉnh tổ chức ", "8 nhiệm kỳ", ".", None),
])
def test_plan_tasks_budget_and_reported_cuts(before, figure, after, why):
    text, f = _figure(before, figure, after)
    assert _not_a_target(text, f) == why


SHAPES["tourism_plan_tasks_and_budget"] = ([
    P("UBND tỉnh Ninh Thuận vừa ban hành kế hoạch phát triển du lịch năm 2023. Kế hoạch đặt mục tiêu đón 900.000 lượt "
      "khách lưu trú; doanh thu du lịch 3.000 tỷ đồng."),
    P("Để hoàn thành mục tiêu này, tỉnh xác định thực hiện 7 nhiệm vụ trọng tâm, bao gồm: công tác tuyên truyền; "
      "phát triển nguồn nhân lực; xúc tiến quảng bá du lịch."),
    P("Tổng kinh phí dành cho Chương trình phát triển du lịch Ninh Thuận năm 2023 gần 4,2 tỷ đồng."),
], [R("đón lượt khách lưu trú", value=900000, unit="lượt"),
    R("doanh thu du lịch", value=3000, unit="tỷ đồng")])

SHAPES["cuts_reported_since_the_start_of_the_year"] = ([
    P("Theo đó, từ đầu năm 2024 đến nay, các sở, ngành đã ban hành và trình ban hành các văn bản để bãi bỏ 150 thủ "
      "tục hành chính, đơn giản hóa 420 thủ tục hành chính, cắt giảm 315 điều kiện kinh doanh."),
    P("Phấn đấu năm 2025 cắt giảm ít nhất 30% điều kiện kinh doanh."),
], [R("cắt giảm điều kiện kinh doanh", value=30, year=2025)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
