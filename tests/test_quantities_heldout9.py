"""Counts read off round 8's web excerpts once they had been scored (a district's report on housing for poor
households): 'nhà' counts houses, not an address or the state. Strings paraphrased in the genre's style, with
counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("Năm 2024, huyện xóa 512 nhà tạm, nhà dột nát, trong đó xây mới 480 nhà, sửa chữa 32 nhà.",
     [("count", 512, "nhà"), ("count", 480, "nhà"), ("count", 32, "nhà")]),
    ("hỗ trợ làm mới 45 nhà cho hộ nghèo", [("count", 45, "nhà")]),
    ("xây dựng 12 nhà văn hóa thôn", [("count", 12, "nhà")]),
    ("bàn giao 120 ngôi nhà đại đoàn kết", [("count", 120, "ngôi nhà")]),
    # counterexamples: an address ('số 12 Nhà Chung', 'phòng 201 nhà A1'), the state ('vốn nhà nước')
    ("Trụ sở đặt tại số 12 Nhà Chung, Hoàn Kiếm", []),
    ("họp tại phòng 201 nhà A1", []),
    ("Chương trình có 3 nhà nước tài trợ và 15 doanh nghiệp tham gia", [("count", 15, "doanh nghiệp")]),
])
def test_houses_are_counted(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    # 'vượt mức' is to exceed: the ratio after it is read ('hoàn thành vượt mức 19/19 chỉ tiêu')
    ("Năm 2024, huyện hoàn thành và hoàn thành vượt mức 21/21 chỉ tiêu kinh tế - xã hội", [(21, 21)]),
    ("xã hoàn thành vượt mức 15/17 chỉ tiêu nghị quyết đề ra", [(15, 17)]),
    ("đạt 18/24 trường học đạt chuẩn", [(18, 24)]),
    # counterexample: after 'mức' alone the figure is a level, not a ratio ('dịch vụ công mức 3/4' in old reports)
    ("cung ứng dịch vụ công trực tuyến mức 3/4", []),
])
def test_ratio_after_vuot_muc(text, want):
    assert [(f.numerator, f.denominator) for f in find_quantities(text) if f.kind == "ratio"] == want
