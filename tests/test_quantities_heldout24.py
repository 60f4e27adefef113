"""Counts read off held-out round 24 (plans of public services, a congress resolution's social targets) once
it had been scored. Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(q.value, q.unit) for q in find_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # children per woman is a fertility rate, not a count of children
    ("Duy trì mức sinh thay thế (bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có 2,1 con).", []),
    ("Tổng tỷ suất sinh của tỉnh đạt 1,95 con/phụ nữ.", []),
    # counterexamples: heads of livestock are whole, or scaled by a word before 'con'
    ("Tổng đàn bò của huyện đạt 12.540 con.", [(12540, "con")]),
    ("Đàn lợn toàn tỉnh ước đạt 1,3 triệu con.", [(1300000, "con")]),
    ("Hộ ông A nuôi 25 con dê.", [(25, "con")]),
])
def test_children_per_woman_is_no_count(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    # groups of procedures counted by what they hold
    ("Triển khai dịch vụ công trực tuyến toàn trình với 64 nhóm thủ tục hành chính.", [(64, "nhóm thủ tục hành chính")]),
    ("Tái cấu trúc quy trình của 15 nhóm TTHC liên thông.", [(15, "nhóm TTHC")]),
    # counterexamples: a group named by its number; the words with no number
    ("Thủ tục này thuộc nhóm 3 thủ tục ưu tiên.", []),
    ("Các nhóm thủ tục hành chính được rà soát.", []),
])
def test_groups_of_procedures_counted(text, want):
    assert _counts(text) == want
