"""Counts read off round 62's excerpts once they had been scored (a province's sport plan, a city's physical-training
plan). Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(q.value, q.unit) for q in find_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # clubs, tournaments and events a sport plan counts; the abbreviation in brackets after the noun changes nothing
    ("Phấn đấu có 1.230 câu lạc bộ (CLB) thể dục, thể thao cơ sở hoạt động hiệu quả (tăng 18 CLB so với năm 2023).",
     [(1230, "câu lạc bộ"), (18, "CLB")]),
    ("Tổ chức các giải thể thao các cấp 350 giải.", [(350, "giải")]),
    ("Mỗi xã có ít nhất 2 câu lạc bộ thể dục thể thao cơ sở trở lên.", [(2, "câu lạc bộ")]),
    ("Hằng năm tổ chức 12 giải đấu và 30 sự kiện thể thao quần chúng.", [(12, "giải đấu"), (30, "sự kiện")]),
    ("Đoàn thể thao của tỉnh đạt 5 giải nhất, trao 40 giải thưởng.", [(5, "giải"), (40, "giải")]),
    # counterexamples: 'giải' opening a verb after a figure counts no tournament; 'giải pháp' keeps its own entry
    ("Tiếp nhận 1.300 hồ sơ, 1.250 giải quyết đúng hạn.", [(1300, "hồ sơ")]),
    ("Khu vực 2 giải phóng mặt bằng chậm.", []),
    ("Điều 4 giải thích từ ngữ.", []),
    ("Đề ra 6 giải pháp trọng tâm.", [(6, "giải pháp")]),
])
def test_clubs_tournaments_and_events_are_counted(text, want):
    assert _counts(text) == want
