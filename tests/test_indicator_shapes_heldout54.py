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


# --- an increment in a list of targets a lead opened ('… phấn đấu hoàn thành một số chỉ tiêu chủ yếu: …; Thêm 2 xã
# đạt chuẩn nông thôn mới; …'): 'Thêm N …' is a target of at least N, as 'Tăng N …' is; the lead ends at its colon,
# so the first item's label is its own words. Counterexamples: with no lead of targets, 'thêm' in a report sets
# nothing; a single measure named 'Chỉ tiêu …:' keeps its name ----------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, huyện Yên Sơn phấn đấu hoàn thành một số chỉ tiêu chủ yếu: Tổng sản lượng lương thực trên 65.000 "
     "tấn; Trồng mới 1.500ha rừng; Thêm 3 xã đạt chuẩn nông thôn mới; Thu hút 90.000 lượt khách du lịch.",
     [R("Tổng sản lượng lương thực", cmp=">", value=65000, unit="tấn", year=2026),
      R("Trồng mới rừng", value=1500, unit="ha", year=2026),
      R("Thêm xã đạt chuẩn nông thôn mới", value=3, unit="xã", year=2026),
      R("Thu hút lượt khách du lịch", value=90000, unit="lượt", year=2026)]),
    ("Năm 2026, xã phấn đấu hoàn thành các chỉ tiêu: Thu nhập bình quân đầu người 60 triệu đồng; Thêm 2 thôn đạt "
     "chuẩn nông thôn mới kiểu mẫu.",
     [R("Thu nhập bình quân đầu người", value=60, unit="triệu đồng", year=2026),
      R("Thêm thôn đạt chuẩn nông thôn mới kiểu mẫu", value=2, unit="thôn", year=2026)]),
    # counterexample: a report of what was added sets nothing
    ("Năm 2025, huyện đã có thêm 3 xã đạt chuẩn nông thôn mới, trồng mới 1.200 ha rừng.", []),
])
def test_increment_in_a_list_of_targets(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, labels", [
    ("Năm 2026, huyện phấn đấu hoàn thành một số chỉ tiêu chủ yếu: Tỷ lệ che phủ rừng 60%; Trồng mới 1.500ha rừng.",
     ["Tỷ lệ che phủ rừng", "Trồng mới rừng"]),
    # counterexamples: a measure named 'chỉ tiêu …' before its own colon, a lead naming a measure, keep their words
    ("Năm 2026, phấn đấu chỉ tiêu tỷ lệ hộ nghèo: dưới 3%; Cơ cấu kinh tế: nông nghiệp 30%, dịch vụ 40%.",
     ["Năm 2026, phấn đấu chỉ tiêu tỷ lệ hộ nghèo", "Cơ cấu kinh tế: nông nghiệp", "Cơ cấu kinh tế: dịch vụ"]),
])
def test_list_lead_ends_at_its_colon(text, labels):
    from test_indicator_variants import run
    assert [r.label for r in run([P(text)])] == labels


# --- a second share after a comma that shares the verb ('… cáp quang phủ trên 80% hộ gia đình, 100% xã; …'), in a
# sentence going on with the paragraph's aims: a target of its own, of the other units. Counterexamples: a change after
# the comma ('80% hộ gia đình, tăng 5% so với …') and a report ('đã phủ 85% hộ gia đình, 100% thôn') add none ------

AIM = ("Cụ thể, Sở xác định đến năm 2027, chỉ số chuyển đổi số của tỉnh thuộc nhóm 10 tỉnh dẫn đầu cả nước; tỷ trọng "
       "kinh tế số đạt 15% GRDP.")
AIM_RECORDS = [R("chỉ số chuyển đổi số", cmp="<=", value=10, unit="hạng", year=2027),
               R("tỷ trọng kinh tế số", value=15, year=2027)]


@pytest.mark.parametrize("text, expected", [
    ("Cũng đến năm 2027, hạ tầng số của tỉnh thuộc nhóm 20 tỉnh dẫn đầu. Trong đó, mạng cáp quang phủ trên 85% hộ "
     "gia đình, 100% thôn; 75% dân số dùng Internet.",
     [R("hạ tầng số", cmp="<=", value=20, unit="hạng", year=2027),
      R("mạng cáp quang phủ hộ gia đình", cmp=">", value=85, year=2027),
      R("mạng cáp quang phủ thôn", value=100, year=2027),
      R("dân số dùng Internet", value=75, year=2027)]),
    # counterexample: a change after the comma is no share of other units
    ("Trong đó, mạng cáp quang phủ trên 85% hộ gia đình, tăng 5% so với năm 2026; 75% dân số dùng Internet.",
     [R("mạng cáp quang phủ hộ gia đình", cmp=">", value=85, year=ANY),
      R("dân số dùng Internet", value=75, year=ANY)]),
    # counterexample: a report of what was done
    ("Năm 2026, tỉnh đã phủ cáp quang 85% hộ gia đình, 100% thôn.", []),
])
def test_second_share_after_a_comma_shares_the_verb(text, expected):
    check([P(AIM), P(text)], AIM_RECORDS + expected)
