"""Counts read off round 55's excerpts once they had been scored (a provincial social-insurance office's year report).
Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(q.value, q.unit) for q in find_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # the books a social-insurance office issues, counted as 'sổ'
    ("Tổng số sổ BHXH cấp trong năm là 21.345 sổ, trong đó, cấp mới là 15.210 sổ, cấp lại là 6.135 sổ.",
     [(21345, "sổ"), (15210, "sổ"), (6135, "sổ")]),
    ("Đã cấp 1.250 sổ bảo hiểm xã hội cho người lao động.", [(1250, "sổ")]),
    ("In và phát hành 500 sổ tay tuyên truyền về bảo hiểm y tế.", [(500, "sổ")]),
    # counterexamples: a year, a month, a date or an article before 'sổ …' counts no books; 'số' is another word
    ("Trong năm 2024 sổ sách kế toán được lưu trữ đầy đủ.", []),
    ("Đến tháng 6 sổ BHXH điện tử được triển khai rộng rãi.", []),
    ("Ngày 15/3 sổ BHXH được trả cho người lao động.", []),
    ("Theo Điều 12 sổ BHXH được giao cho người lao động giữ.", []),
    ("Công bố 15 số điện thoại đường dây nóng.", []),
])
def test_social_insurance_books_are_counted(text, want):
    assert _counts(text) == want
