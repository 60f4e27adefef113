"""Target shapes read off round 36's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a paragraph that opens with the part of a plan it details ('Trong phát triển chính quyền số, tỷ lệ … đạt 60%;
# Tỷ lệ … đạt 40%.') goes on with the list of targets the paragraph before it set ------------------------------

AIM = "Kế hoạch đặt mục tiêu năm 2025, tỷ lệ dân số có máy tính bảng đạt 65%; Tỷ lệ hộ có truyền hình cáp đạt 70%."
AIM_R = [R("tỷ lệ dân số có máy tính bảng", value=65, year=2025), R("Tỷ lệ hộ có truyền hình cáp", value=70, year=2025)]

SHAPES["part_of_plan_in_next_paragraph"] = ([
    P(AIM),
    P("Trong phát triển chính quyền số, tỷ lệ thủ tục trực tuyến phát sinh giao dịch đạt 60%; Tỷ lệ hồ sơ hành chính "
      "xử lý qua mạng đạt 40%; Tỷ lệ cơ quan cung cấp dữ liệu mở đạt 30%."),
], AIM_R + [R("tỷ lệ thủ tục trực tuyến phát sinh giao dịch", value=60),
            R("Tỷ lệ hồ sơ hành chính xử lý qua mạng", value=40), R("Tỷ lệ cơ quan cung cấp dữ liệu mở", value=30)])

SHAPES["field_of_plan_in_next_paragraph"] = ([
    P(AIM),
    P("Trong lĩnh vực giáo dục, tỷ lệ trường học dùng sổ điểm điện tử đạt 90%; Tỷ lệ giáo viên có chữ ký số đạt 75%."),
], AIM_R + [R("tỷ lệ trường học dùng sổ điểm điện tử", value=90), R("Tỷ lệ giáo viên có chữ ký số", value=75)])

# counterexamples: the next paragraph names a time of its own, says what was done, or opens with no part of the plan
SHAPES["part_of_plan_with_its_own_year"] = ([
    P(AIM),
    P("Trong lĩnh vực y tế, năm 2023 tỷ lệ người dân có hồ sơ sức khỏe đạt 60%; Tỷ lệ trạm y tế nối mạng đạt 40%."),
], AIM_R)

SHAPES["part_of_plan_already_done"] = ([
    P(AIM),
    P("Trong phát triển kinh tế số, tỷ lệ doanh nghiệp dùng hóa đơn điện tử đã đạt 60%; Tỷ lệ hợp đồng điện tử đạt 40%."),
], AIM_R)

SHAPES["next_paragraph_with_no_part"] = ([
    P(AIM),
    P("Hiện nay, tỷ lệ doanh nghiệp dùng chữ ký số đạt 60%; Tỷ lệ hợp đồng điện tử đạt 40%."),
], AIM_R)


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
