"""Target shapes read off round 30's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- after a plan's cue, a share opened by a word that only points at it or names its field ('Đáng chú ý, 90% …',
# 'Trong lĩnh vực y tế, 95% …') goes on with the plan; so does a share that opens its piece after such a share
# stated with its own words ('100% văn bản … được xử lý …, 80% cuộc họp …') ------------------------------------

SHAPES["share_after_a_pointing_opener"] = ([
    P("Theo kế hoạch, đến năm 2026, huyện đặt mục tiêu 85% thủ tục hành chính được giải quyết trực tuyến. Đáng chú ý, "
      "75% hồ sơ lưu trữ sẽ được số hóa."),
], [R("thủ tục hành chính được giải quyết trực tuyến", value=85, year=2026),
    R("hồ sơ lưu trữ sẽ được số hóa", value=75, year=2026)])

SHAPES["shares_in_a_field_after_a_part_lead"] = ([
    P("Về hạ tầng số, thành phố đặt mục tiêu 100% thôn, tổ dân phố được phủ sóng di động."),
    P("Trong lĩnh vực chính quyền số, 95% văn bản, hồ sơ được xử lý trên môi trường mạng, 70% cuộc họp được tổ "
      "chức trực tuyến."),
], [R("thôn, tổ dân phố được phủ sóng di động", value=100),
    R("văn bản, hồ sơ được xử lý trên môi trường mạng", value=95),
    R("cuộc họp được tổ chức trực tuyến", value=70)])

# counterexamples: with no plan's cue before, or in a sentence of what was done, an opener makes no target
SHAPES["pointing_opener_with_no_plan_is_none"] = ([
    P("Năm 2025, huyện tổ chức nhiều hội nghị về chuyển đổi số. Đáng chú ý, 75% hồ sơ lưu trữ được số hóa."),
], [])

SHAPES["shares_in_a_field_already_done_are_none"] = ([
    P("Về hạ tầng số, thành phố đặt mục tiêu 100% thôn, tổ dân phố được phủ sóng di động."),
    P("Trong lĩnh vực chính quyền số, 95% văn bản đã được xử lý trên môi trường mạng, 70% cuộc họp đã được tổ "
      "chức trực tuyến."),
], [R("thôn, tổ dân phố được phủ sóng di động", value=100)])

# --- the work or staff of one level named with 'tại / ở / của cấp …' ('60% hồ sơ công việc tại cấp xã') is that
# level's target, as 'hồ sơ công việc cấp xã' is; a system or a procedure of one level keeps no level -----------

SHAPES["work_of_a_level_after_tai"] = ([
    P("1.2. Các chỉ tiêu cụ thể", "heading"),
    P("- 55% hồ sơ công việc tại cấp xã (trừ hồ sơ có nội dung mật) được xử lý trên môi trường mạng."),
    P("- 90% cán bộ, công chức ở cấp huyện được bồi dưỡng kỹ năng số."),
    P("- 100% hồ sơ công việc của cấp tỉnh được ký số."),
], [R("hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", level="xã", value=55),
    R("cán bộ, công chức ở cấp huyện được bồi dưỡng kỹ năng số", level="huyện", value=90),
    R("hồ sơ công việc của cấp tỉnh được ký số", level="tỉnh", value=100)])

SHAPES["system_or_procedure_of_a_level_keeps_none"] = ([
    P("1.2. Các chỉ tiêu cụ thể", "heading"),
    P("- 100% hệ thống một cửa điện tử tại cấp tỉnh được kết nối với cổng dịch vụ công."),
    P("- 80% thủ tục hành chính tại cấp xã được tiếp nhận trực tuyến."),
], [R("hệ thống một cửa điện tử tại cấp tỉnh được kết nối với cổng dịch vụ công", value=100),
    R("thủ tục hành chính tại cấp xã được tiếp nhận trực tuyến", value=80)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
