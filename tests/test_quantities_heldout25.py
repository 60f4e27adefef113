"""Figures read off held-out round 25 (news items retelling a congress's resolution) once it had been scored: a news
item's dateline ('Hà Nội (TTXVN 4/11)') is a day and month, not a ratio. Strings paraphrased, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _kinds(text: str):
    return [(q.kind, q.value) for q in find_quantities(text)]


@pytest.mark.parametrize("text,want", [
    ("Hà Nội (TTXVN 4/11) Đại hội Đại biểu Đảng bộ tỉnh lần thứ XV đã thông qua Nghị quyết", []),
    ("Lào Cai, 18/10 (TTXVN) - Sáng nay, tỉnh tổ chức hội nghị", []),
    ("(Chinhphu.vn, 7/6) Thủ tướng chủ trì phiên họp", []),
    ("(VOV - 22/9) Ngày hội chuyển đổi số diễn ra tại tỉnh", []),
    # counterexamples: a ratio with an aside in parentheses, a ratio of counted units inside one
    ("Toàn tỉnh có 9/12 huyện (Phú Thọ) đạt chuẩn", [("ratio", None)]),
    ("hoàn thành 18/20 chỉ tiêu (90%)", [("ratio", None), ("percent", 90.0)]),
    ("(có 14/15 xã đạt chuẩn nông thôn mới)", [("ratio", None)]),
])
def test_dateline_is_no_ratio(text, want):
    assert _kinds(text) == want


def _money(text: str):
    return [(q.kind, q.value, q.high, q.unit) for q in find_quantities(text) if q.kind in ("money", "range")]


@pytest.mark.parametrize("text,want", [
    # a million billion đồng: a province's product in a plan to 2030
    ("phấn đấu đến năm 2030, tổng sản phẩm trên địa bàn đạt trên 1,5 triệu tỷ đồng", [("money", 1.5e15, None, "đồng")]),
    ("GRDP năm 2030 đạt 2 triệu tỉ đồng", [("money", 2e15, None, "đồng")]),
    ("quy mô kinh tế đạt từ 2 đến 3 triệu tỷ đồng", [("range", 2e15, 3e15, "đồng")]),
    # counterexamples: a million đồng and a thousand billion keep their scales
    ("thu nhập bình quân đạt 95 triệu đồng/năm", [("money", 95e6, None, "đồng")]),
    ("thu ngân sách đạt 45 nghìn tỷ đồng", [("money", 45e12, None, "đồng")]),
])
def test_million_billion_dong(text, want):
    assert _money(text) == want
