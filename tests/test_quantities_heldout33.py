"""Quantities read off held-out round 33 (districts' agriculture plans) once it had been scored. Strings paraphrased
in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _kinds(text: str):
    return [(q.kind, q.value, q.high, q.unit) for q in find_quantities(text) if q.kind in ("percent", "count", "range")]


@pytest.mark.parametrize("text,want", [
    # a percentage written with a space before '%' after 'mức' is a share, not a level
    ("Duy trì tỷ lệ che phủ rừng ổn định ở mức 45 %.", [("percent", 45, None, "%")]),
    ("giữ tỷ lệ hộ nghèo ở mức 2,5 %", [("percent", 2.5, None, "%")]),
    # counterexamples: a level ('mức 3', 'mức độ 4') stays no figure
    ("dịch vụ công trực tuyến mức 3 và mức độ 4", []),
])
def test_share_after_level_word(text, want):
    assert _kinds(text) == want


@pytest.mark.parametrize("text,want", [
    # model residential areas and gardens a new-countryside plan counts
    ("có thêm từ 15 - 25 khu dân cư kiểu mẫu", [("range", 15, 25, "khu dân cư"), ("count", 15, None, "khu dân cư"),
                                              ("count", 25, None, "khu dân cư")]),
    ("công nhận 40 vườn mẫu", [("count", 40, None, "vườn")]),
    # counterexample: a garden named by its number is no count
    ("tổ chức tại vườn số 3 của xã", []),
])
def test_model_areas_and_gardens_are_counted(text, want):
    assert _kinds(text) == want


def test_yield_in_quintals_is_a_measure():
    got = [(q.kind, q.value, q.unit) for q in find_quantities("năng suất lúa đạt 62 tạ/ha, sản lượng 45.000 tấn")]
    assert ("measure", 62, "tạ") in got and ("measure", 45000, "tấn") in got


@pytest.mark.parametrize("text,want", [
    # an amount of land or goods in thousands or millions ('ngàn' is 'nghìn')
    ("Vụ đông năm 2026, phấn đấu đạt 380 ngàn ha", [("measure", 380000, "ha")]),
    ("trồng mới 12 nghìn ha rừng", [("measure", 12000, "ha")]),
    ("sản lượng lương thực đạt 1,2 triệu tấn", [("measure", 1200000, "tấn")]),
    # counterexamples: money keeps its own reading, a plain duration has no scale
    ("hỗ trợ 5 triệu đồng", [("money", 5000000, "đồng")]),
    ("trong 6 tháng", [("measure", 6, "tháng")]),
])
def test_scaled_measures(text, want):
    assert [(q.kind, q.value, q.unit) for q in find_quantities(text)] == want
