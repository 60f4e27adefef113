"""Quantities read off held-out round 39 (payments and rural-product plans) once it had been scored. Strings
paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(q.value, q.unit) for q in find_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize("text,want", [
    # 'điểm' counts the places the clause named before it
    ("Bộ đặt mục tiêu đến 2027 sẽ đưa điểm chấp nhận thanh toán điện tử lên con số trên 320.000 điểm.",
     [(320000, "điểm")]),
    ("Thành phố sẽ tăng số lượng điểm giao dịch ngân hàng lên 1.200 điểm trong 2 năm tới.", [(1200, "điểm")]),
    ("tỉnh đặt mục tiêu tăng số điểm bán hàng bình ổn giá lên trên 45 nghìn điểm", [(45000, "điểm")]),
    # ... and a place that serves or sells, named after the figure
    ("mỗi huyện có thêm 1 điểm giới thiệu và bán sản phẩm đặc sản", [(1, "điểm giới thiệu")]),
    ("phát triển 600 điểm chấp nhận thanh toán bằng mã QR", [(600, "điểm chấp nhận thanh toán")]),
    # counterexamples: 'điểm' as a score or a percentage point is no count
    ("Chỉ số PCI của tỉnh đạt 68,5 điểm, tăng 3 bậc.", []),
    ("điểm số PAPI đạt trên 45 điểm", []),
    ("Mỗi điểm giao dịch đạt chuẩn được cộng 2 điểm.", []),
    ("tỷ lệ điểm chấp nhận thanh toán giảm 1 điểm % so với năm trước", []),
    ("bài thi đạt 8 điểm", []),
])
def test_points_of_service_are_counted(text, want):
    assert _counts(text) == want
