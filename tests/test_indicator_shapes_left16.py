"""Target shapes fixp61 saw and left (left16): a reduction written from a baseline that carries its own time ('giảm tỷ
lệ hộ nghèo từ 3,1% năm 2025 xuống còn 2,4%'). Each rule a table of strings written in the genre's style
(paraphrased, not copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

# --- a change from a baseline: the value after 'từ' is where the measure stands, never a target, also when its time
# follows it ('từ 3,4% năm 2025', 'từ 4,6% (năm 2025)', 'từ 39,5% cuối năm 2025') before 'xuống' / 'lên'
# (nontarget.change_from); that year is the baseline's, not the target's (period.baseline). 'xuống còn' is a ceiling,
# 'xuống dưới' stays '<'. Counterexamples: a change with no time on its baseline keeps its treatment; years that
# follow each target ('năm 2026 còn 3,1%, năm 2027 còn 2,4%'; '47% năm 2026 và 49% năm 2028') keep both targets -----


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2030, giảm tỷ lệ hộ nghèo đa chiều từ 3,4% năm 2025 xuống còn 2,2%.",
     [R("tỷ lệ hộ nghèo đa chiều", cmp="<=", value=2.2, year=2030)]),
    ("Phấn đấu đến năm 2030 giảm tỷ lệ hộ nghèo từ 4,6% (năm 2025) xuống dưới 2%.",
     [R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2030)]),
    ("Mục tiêu đến năm 2028, giảm tỷ suất tử vong trẻ em dưới 1 tuổi từ 13‰ năm 2025 xuống còn 11‰.",
     [R("tỷ suất tử vong trẻ em dưới 1 tuổi", cmp="<=", value=11, unit="‰", year=2028)]),
    ("Phấn đấu giảm tỷ lệ lao động nông nghiệp trong tổng lao động từ 39,5% cuối năm 2025 xuống còn 31% vào năm "
     "2030.",
     [R("tỷ lệ lao động nông nghiệp", cmp="<=", value=31, year=2030)]),
    ("Phấn đấu đến năm 2030, nâng tỷ lệ đô thị hóa từ 27% năm 2025 lên 36%.",
     [R("tỷ lệ đô thị hóa", value=36, year=2030)]),
    # a long clause is labelled by its comma piece: a decimal comma ('16,5%') parts none (labels._narrow)
    ("Phấn đấu giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi từ 16,5% năm 2025 xuống còn 13% vào năm "
     "2030.",
     [R("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", cmp="<=", value=13, year=2030)]),
    # counterexamples: no time on the baseline; a year after each target; a yearly pace then a year's level
    ("Phấn đấu đến năm 2030, nâng tỷ lệ đô thị hóa từ 27% lên 36%.",
     [R("tỷ lệ đô thị hóa", value=36, year=2030)]),
    ("Phấn đấu tỷ lệ hộ nghèo đa chiều năm 2026 còn 3,1%, năm 2027 còn 2,4%.",
     [R("tỷ lệ hộ nghèo đa chiều", cmp="<=", value=3.1, year=2026),
      R("tỷ lệ hộ nghèo đa chiều", cmp="<=", value=2.4, year=2027)]),
    ("Phấn đấu đến năm 2030, tỷ lệ che phủ rừng đạt 47% năm 2026 và 49% năm 2028.",
     [R("tỷ lệ che phủ rừng", value=47, year=2026), R("tỷ lệ che phủ rừng", value=49, year=2028)]),
])
def test_baseline_with_its_time_is_no_target(text, expected):
    check([P(text)], expected)


# --- 'hiện nay' after a change's baseline ('từ mức 17,5% hiện nay xuống còn 14%') dates the baseline: it is no result
# cue for the target after it (not_target.baseline_now). Counterexamples: 'đã giảm' reports; 'hiện nay còn 3,2%' with no
# change from it is no baseline -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi từ mức 17,5% hiện nay xuống còn 14% vào năm "
     "2030.",
     [R("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", cmp="<=", value=14, year=2030)]),
    ("Phấn đấu đến năm 2030, nâng tỷ lệ dân số đô thị từ 33% hiện nay lên 42%.",
     [R("tỷ lệ dân số đô thị", value=42, year=2030)]),
    # counterexamples
    ("Tỷ lệ hộ nghèo đã giảm từ 4,4% hiện nay xuống còn 3,2%.", []),
    ("Tỷ lệ hộ nghèo hiện nay còn 3,2%, phấn đấu đến năm 2030 còn dưới 1%.",
     [R("tỷ lệ hộ nghèo", cmp="<", value=1, year=2030)]),
])
def test_now_after_a_baseline_reports_nothing(text, expected):
    check([P(text)], expected)


# --- levels named after a colon, one per ';' clause ('… trên môi trường mạng: cấp tỉnh 90%; cấp huyện 80%; cấp xã 65%'):
# each part named by a level alone is that level's target, labelled by the measure before the colon
# (target_levels.colon_part_levels, level.colon_part). Counterexamples: a list of levels with no colon lead keeps what
# it had; a level inside a name ('cổng dịch vụ công cấp tỉnh') is no part; a level followed by other words ('cấp tỉnh
# có 5 đơn vị') keeps its own treatment --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2026, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh 92%; cấp huyện 75%; cấp "
     "xã 60%.",
     [R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", level="tỉnh", value=92, year=2026),
      R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", level="huyện", value=75, year=2026),
      R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", level="xã", value=60, year=2026)]),
    ("Đến năm 2027, tỷ lệ văn bản điện tử được ký số: cấp tỉnh đạt 98%; cấp huyện đạt 90%; cấp xã đạt 85%.",
     [R("tỷ lệ văn bản điện tử được ký số", level="tỉnh", value=98, year=2027),
      R("tỷ lệ văn bản điện tử được ký số", level="huyện", value=90, year=2027),
      R("tỷ lệ văn bản điện tử được ký số", level="xã", value=85, year=2027)]),
    ("Phấn đấu năm 2026, tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa: cấp tỉnh: 88%; cấp huyện: 72%; cấp "
     "xã: 55%.",
     [R("tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa", level="tỉnh", value=88, year=2026),
      R("tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa", level="huyện", value=72, year=2026),
      R("tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa", level="xã", value=55, year=2026)]),
    # counterexamples: a level inside a name; levels after a comma already split; no colon lead
    ("Phấn đấu đến năm 2026: tỷ lệ thủ tục hành chính được cung cấp trên cổng dịch vụ công cấp tỉnh đạt 91%; tỷ lệ "
     "hồ sơ được số hóa đạt 82%.",
     [R("tỷ lệ thủ tục hành chính được cung cấp trên cổng dịch vụ công cấp tỉnh", value=91, year=2026),
      R("tỷ lệ hồ sơ được số hóa", value=82, year=2026)]),
    ("Phấn đấu đến năm 2026, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh 92%, cấp huyện 75%, cấp "
     "xã 60%.",
     [R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", level="tỉnh", value=92, year=2026),
      R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", level="huyện", value=75, year=2026),
      R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", level="xã", value=60, year=2026)]),
    ("Phấn đấu đến năm 2026, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng cấp tỉnh 92%; cấp huyện 75%.",
     [R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng cấp tỉnh", value=92, year=2026),
      R("tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng cấp tỉnh", value=75, year=2026)]),
])
def test_level_named_after_a_colon_is_the_parts_level(text, expected):
    check([P(text)], expected)
