"""Ratios read off held-out round 27 (a commune's crop areas against its plan) once it had been scored. Strings
paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _ratios(text: str):
    return [(q.numerator, q.denominator) for q in find_quantities(text) if q.kind == "ratio"]


@pytest.mark.parametrize("text,want", [
    # done over planned, above one, with a measure of land or goods after it (glued or not)
    ("Năm 2023, diện tích lúa nước toàn xã đạt 41,5/40ha, tăng 3,7%; cây sắn 66/60ha, tăng 10%.",
     [(41.5, 40), (66, 60)]),
    ("cây quế:25/20ha, thu về 210 tấn", [(25, 20)]),
    ("sản lượng lương thực đạt 1.250/1.100 tấn", [(1250, 1100)]),
    ("làm mới 14,2/12 km đường giao thông nông thôn", [(14.2, 12)]),
    # counterexamples: a date before a year, a speed, durations, a plain pair above one with nothing after it
    ("Hội nghị tổ chức ngày 25/12 năm 2023 tại hội trường xã.", []),
    ("tốc độ tối đa 60/40 km/h trên tuyến tỉnh lộ", []),
    ("thời gian giải quyết 15/10 ngày làm việc", []),
    ("tỷ số đạt 18/15, cao hơn năm trước", []),
])
def test_measured_amount_over_plan_is_a_ratio(text, want):
    assert _ratios(text) == want


def _ranges(text: str):
    return [(q.value, q.high, q.unit) for q in find_quantities(text) if q.kind == "range"]


@pytest.mark.parametrize("text,want", [
    # a range whose unit is glued to its high end
    ("trong đó 700 -900ha rau được chứng nhận VietGAP", [(700, 900, "ha")]),
    ("làm mới 3-5km đường giao thông", [(3, 5, "km")]),
    # counterexamples: two years glued to a word; a percentage range stays a percentage range
    ("giai đoạn 2021-2025các xã", []),
    ("tỷ lệ 20-30% hộ dân", [(20, 30, "%")]),
])
def test_range_with_glued_unit(text, want):
    assert _ranges(text) == want
