"""Counts read off round 13's web excerpts once they had been scored (a health sector's immunisation report, an
industrial-zone board's investment report, a ward's plan). Strings paraphrased in the genre's style, with
counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    """(value, high, unit) of every count, a range of counts in place of the two counts it is made of."""
    qs = find_quantities(text)
    ranges = [q for q in qs if q.kind == "range" and q.unit not in ("%", "tuổi")]
    inside = lambda q: any(r.start <= q.start < r.end for r in ranges)
    return sorted([(q.value, q.high, q.unit) for q in ranges]
                  + [(q.value, None, q.unit) for q in qs if q.kind == "count" and not inside(q)],
                  key=lambda x: text.find(str(int(x[0]))))


@pytest.mark.parametrize("text,want", [
    # children immunised or enrolled, and the points that serve them
    ("Trong quý III có 125.410 trẻ được tiêm chủng đầy đủ.", [(125410, None, "trẻ")]),
    ("Năm học mới huy động 1.200 trẻ em ra lớp.", [(1200, None, "trẻ em")]),
    ("Đoàn đã giám sát tại 42 điểm tiêm chủng trên địa bàn.", [(42, None, "điểm tiêm chủng")]),
    # projects tallied by origin after their total
    ("Ban đã cấp mới 27 dự án (19 FDI và 8 DDI).", [(27, None, "dự án"), (19, None, "FDI"), (8, None, "DDI")]),
    # the lanes, road sections and lamps of a ward's plan
    ("Bê tông hóa từ 05 đến 07 đường hẻm; duy tu từ 03 đến 04 đoạn đường.",
     [(5, 7, "đường hẻm"), (3, 4, "đoạn đường")]),
    ("Lắp điện chiếu sáng công cộng từ 80 bóng đèn trở lên.", [(80, None, "bóng đèn")]),
    # counterexamples: ages, a score in points, a house number before 'hẻm' are no counts
    ("Chiến dịch tiêm vắc xin cho trẻ từ 1 - 14 tuổi.", []),
    ("Bài kiểm tra đạt 55 điểm.", []),
    ("Trụ sở đặt tại số 12 hẻm 45 đường Trần Phú.", []),
])
def test_counted_things_of_reports_and_plans(text, want):
    assert _counts(text) == want
