"""What is not a target in documents that lay down rules (the Party's guide to the form of its documents,
records rules): a ceiling per item is a norm of how something is done. Strings are real (vbai 36-HD/VPTW of
../shared/corpus) or written in the genre's style, with counterexamples; records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, H, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

SHAPES["a_ceiling_per_item_is_a_norm"] = ([
    P("BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG"), P("Số: 36-HD/VPTW"), P("Hà Nội, ngày 03 tháng 4 năm 2018"),
    H("HƯỚNG DẪN"), P("Thể thức và kỹ thuật trình bày văn bản của Đảng"),
    P("Biên bản hội nghị cấp uỷ có từ 2 trang trở lên phải đóng dấu giáp lai. Dấu giáp lai được đóng vào khoảng "
      "giữa mép phải của văn bản, trùm lên một phần các tờ giấy, mỗi khuôn dấu đóng tối đa 5 tờ giấy."),
    P("Mỗi phiên họp của Tổ công tác xem xét không quá 03 dự thảo văn bản."),
], [])

# counterexamples: a floor per item, and a ceiling per year, are aims of a plan
SHAPES["a_floor_per_item_and_a_ceiling_per_year_are_targets"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Phấn đấu mỗi xã có ít nhất 01 mô hình chuyển đổi số điểm.", "list_item"),
    P("- Bảo đảm chỉ số giá tiêu dùng mỗi năm tăng không quá 4%.", "list_item"),
], [R("xã mô hình chuyển đổi số điểm", value=1, unit="mô hình"),
    R("chỉ số giá tiêu dùng", cmp="<=", value=4)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


@pytest.mark.parametrize("before, figure, why", [
    ("trùm lên một phần các tờ giấy, mỗi khuôn dấu đóng tối đa ", "5 tờ", "norm"),
    ("Mỗi phiên họp xem xét không quá ", "03 dự", "norm"),
    # counterexamples
    ("Phấn đấu mỗi xã có ít nhất ", "01 mô", None),
    ("chỉ số giá tiêu dùng mỗi năm tăng không quá ", "4 %", None),
])
def test_per_item_ceilings_are_norms(before, figure, why):
    from extractor.link.figures import Figure
    from extractor.link.text import _not_a_target
    text = before + figure + " giấy."
    start = len(before)
    end = start + len(figure.split()[0])
    f = Figure(start, end, float(figure.split()[0]), unit=figure.split()[1], expr_start=start, expr_end=end)
    assert _not_a_target(text, f) == why
