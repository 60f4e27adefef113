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


# A rule's specification of a thing's size (a regulation on the provincial e-mail system, real: tvpl 99/2025/QĐ-UBND
# Nghệ An B90, B109-B110) is how it must be made; a size a plan strives for is a target.
SHAPES["a_size_a_rule_specifies_is_no_target"] = ([
    P("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN"), P("Số: 99/2025/QĐ-UBND"), P("Nghệ An, ngày 26 tháng 11 năm 2025"),
    H("QUY CHẾ"), P("Quản lý, vận hành và sử dụng hệ thống thư điện tử tỉnh"),
    P("2. Yêu cầu các cơ quan, đơn vị, cá nhân phải đặt mật khẩu tài khoản thư điện tử công vụ đủ mạnh và có độ dài "
      "tối thiểu 8 ký tự trở lên.", "list_item"),
    P("3. Văn phòng Ủy ban nhân dân tỉnh quyết định dung lượng cấp cho mỗi tài khoản thư điện tử công vụ, bảo đảm "
      "tối thiểu 02 GB/tài khoản thư điện tử công vụ cá nhân, 10 GB/tài khoản thư điện tử công vụ cơ quan, đơn vị; "
      "dung lượng tệp đính kèm tối đa 20 MB.", "list_item"),
], [])

SHAPES["a_size_a_plan_strives_for_is_a_target"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("- Phấn đấu dung lượng kết nối Internet quốc tế của tỉnh đạt tối thiểu 500 Gbps.", "list_item"),
], [R("dung lượng kết nối Internet quốc tế", value=500, unit="Gbps")])


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
    from extractor.link.not_targets import _not_a_target
    text = before + figure + " giấy."
    start = len(before)
    end = start + len(figure.split()[0])
    f = Figure(start, end, float(figure.split()[0]), unit=figure.split()[1], expr_start=start, expr_end=end)
    assert _not_a_target(text, f) == why
