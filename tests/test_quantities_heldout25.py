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
