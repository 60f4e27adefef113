"""Target shapes rounds 64–68's fixers saw and left (issue 13): each rule a table of short strings in the genre's style,
the real ones from the rounds' excerpts, the others made-up variants (marked), with counterexamples. Records are
compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.link.figures import _first
from test_indicator_variants import P, R, check, run


def labels(*texts: str) -> list[str]:
    """The label of every target read from the paragraphs, spaces folded."""
    return [" ".join(r.label.split()) for r in run([P(t) for t in texts]) if r.target_value is not None]


# --- 1. a period a strive verb governs is its deadline, no report: '… quyết tâm hoàn thành thắng lợi các chỉ tiêu,
# nhiệm vụ trong năm 2025' sets the aim's year for the paragraph's later target ('Quyết tâm thực hiện … đạt trên 50%
# …'), where 'trong năm 2025' read as a result cue had kept it from setting any. 'đã quyết tâm' and a period in a
# sentence of its own still report -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, period_cue", [
    ("quyết tâm hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ trong năm 2025", None),
    # made-up variants
    ("phấn đấu hoàn thành 15 chỉ tiêu trong năm 2026", None),
    ("Phấn đấu trong năm 2026 có thêm 15 xã đạt chuẩn", None),
    # counterexamples: what was done, and a period after the aim's sentence
    ("Tỉnh đã quyết tâm thực hiện các nhiệm vụ trong năm 2024", "trong năm 2024"),
    ("Phấn đấu đạt 8%. Trong năm 2024, tỉnh đã giải ngân", "Trong năm 2024"),
    ("Trong quý III, giải ngân đạt 60%", "Trong quý III"),
])
def test_a_strive_verbs_period_is_no_result_cue(text, period_cue):
    found = _first("cue.result", text)
    got = found[1].group(0) if found and found[0].id == "cue.result.period" else None
    assert got == period_cue


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Huyện ủy đề nghị các cấp uỷ, tổ chức đảng nỗ lực thi đua, quyết tâm hoàn thành thắng lợi các chỉ tiêu, "
     "nhiệm vụ trong năm 2025. Xác định công tác đầu tư công là một trong những động lực quan trọng nhất hiện nay. "
     "Quyết tâm thực hiện đến hết quý II đạt trên 50% chỉ tiêu phát triển đảng viên.",
     [R("chỉ tiêu phát triển đảng viên", cmp=">", value=50, year=2025)]),
    # made-up variant: 'phấn đấu … trong năm 2026', a figureless sentence between
    ("Đề nghị các xã phấn đấu hoàn thành các chỉ tiêu, nhiệm vụ trong năm 2026. Tăng cường công tác tuyên truyền. "
     "Quyết tâm đưa tỷ lệ hộ nghèo giảm còn dưới 2%.",
     [R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2026)]),
    # counterexamples: what was done in the year
    ("Tỉnh đã quyết tâm thực hiện các nhiệm vụ trong năm 2024. Tỷ lệ hộ nghèo giảm còn 2%.", []),
    ("Trong năm 2024, tỉnh tập trung lãnh đạo thực hiện các nhiệm vụ. Tỷ lệ hộ nghèo giảm còn 2%.", []),
])
def test_the_aims_year_set_by_a_strive_verbs_period(text, expected):
    check([P(text)], expected)


# --- 2. items of a target list that name their change in percentage points, after a colon ('- Giảm tỷ lệ trẻ em suy
# dinh dưỡng: 0,5 điểm phần trăm;'), as a scoring rule names its points ('…: 3 điểm'): percentage points are a change
# of a rate, no score; the value is its magnitude, the direction the label's verb. And an item that is only its label
# and a per-head amount, the unit's tail per whom and per when ('- Lương thực bình quân đầu người 500 kg/người/năm;')
# states it as its target, as one with a single tail does ('… 18,9 triệu đồng/năm.') ----------------------------------

TARGETS_2021 = "2. Chỉ tiêu kế hoạch năm 2021"


@pytest.mark.parametrize("items, expected", [
    # the strings issue 13 quotes from the rounds
    (["- Giảm tỷ lệ trẻ em suy dinh dưỡng: 0,5 điểm phần trăm;"],
     [R("Giảm tỷ lệ trẻ em suy dinh dưỡng", value=0.5, unit="điểm %", year=2021)]),
    (["- Giảm tỷ số giới tính khi sinh (-SRB): -0,1 điểm phần trăm so với năm 2020;"],
     [R("Giảm tỷ số giới tính khi sinh", value=0.1, unit="điểm %", year=2021)]),
    (["- Lương thực bình quân đầu người 500 kg/người/năm;"],
     [R("Lương thực bình quân đầu người", value=500, unit="kg/người/năm", year=2021)]),
    # made-up variants: 'điểm %', money per head and year, the item's last
    (["- Giảm tỷ lệ hộ nghèo đa chiều: 1,5 điểm %;",
      "- Thu nhập bình quân đầu người 60 triệu đồng/người/năm."],
     [R("Giảm tỷ lệ hộ nghèo đa chiều", value=1.5, unit="điểm %", year=2021),
      R("Thu nhập bình quân đầu người", value=60, unit="triệu đồng/người/năm", year=2021)]),
    # counterexample: an amount with more after it in its item is no bare item
    (["- Lương thực bình quân đầu người 500 kg/người/năm được cấp cho hộ nghèo;"], []),
])
def test_items_in_points_and_per_head_amounts(items, expected):
    check([P(TARGETS_2021, "heading")] + [P(x) for x in items], expected)


@pytest.mark.parametrize("blocks", [
    # counterexamples: a scoring rule's points, and the same items under results
    ["2. Tiêu chí chấm điểm", "- Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên: 0,5 điểm;"],
    ["1. Kết quả thực hiện năm 2020", "- Lương thực bình quân đầu người 480 kg/người/năm;",
     "- Giảm tỷ lệ trẻ em suy dinh dưỡng: 0,4 điểm phần trăm;"],
])
def test_no_target_from_scores_or_results(blocks):
    check([P(blocks[0], "heading")] + [P(x) for x in blocks[1:]], [])


# --- 3. a figure after a target's own period and 'và' is the same measure's next period only when a period follows
# it ('… đạt 70% năm 2026 và 75% năm 2027', text._period_then_next); a different measure after 'và' ('… và 75% dân số
# nông thôn có việc làm') keeps its own label, whatever period it names. All made-up variants of round 68's shape ------

@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu tỷ lệ lao động qua đào tạo đạt 70% năm 2026 và 75% năm 2027.",
     ["tỷ lệ lao động qua đào tạo năm 2026", "tỷ lệ lao động qua đào tạo năm 2027"]),
    # counterexamples: another measure after 'và', with no period, with its own later in the clause
    ("Phấn đấu tỷ lệ lao động qua đào tạo đạt 70% năm 2026 và 75% dân số nông thôn có việc làm ổn định.",
     ["tỷ lệ lao động qua đào tạo năm 2026", "dân số nông thôn có việc làm ổn định"]),
    ("Phấn đấu tỷ lệ lao động qua đào tạo đạt 70% năm 2026 và 75% dân số nông thôn có việc làm vào năm 2030.",
     ["tỷ lệ lao động qua đào tạo năm 2026", "dân số nông thôn có việc làm vào năm 2030"]),
    ("Phấn đấu tỷ lệ lao động qua đào tạo đạt 70% năm 2026 và 75% năm 2027, 90% dân số nông thôn có việc làm.",
     ["tỷ lệ lao động qua đào tạo năm 2026", "tỷ lệ lao động qua đào tạo năm 2027",
      "dân số nông thôn có việc làm"]),
])
def test_a_measure_after_va_is_the_same_ones_only_with_a_period(text, expected):
    assert labels(text) == expected


# --- 4. a plan's requirements listed after 'trong đó có các yêu cầu:' (round 67_05): the lead leaves the first
# label, as 'các chỉ tiêu …:' does; and the plan's vision after its own period ('giai đoạn 2021 - 2025, định hướng
# đến năm 2030') is no period of its targets: the first target's year is the plan's, as the next ones' are ----------

STRATEGY = ("“Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm "
            "2030” đã đề ra hàng loạt chỉ tiêu về cung cấp dịch vụ công trực tuyến, trong đó có các yêu cầu: 100% dịch "
            "vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng; tối thiểu 80% hồ sơ "
            "thủ tục hành chính được xử lý hoàn toàn trực tuyến; tối thiểu 20% thủ tục hành chính của các cơ quan nhà "
            "nước được cắt giảm...")


@pytest.mark.parametrize("text, expected", [
    (STRATEGY,
     [R("dịch vụ công trực tuyến được thiết kế", value=100, year=2025),
      R("hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", value=80, year=2025),
      R("thủ tục hành chính của các cơ quan nhà nước được cắt giảm", value=20, year=2025)]),
    # made-up variant: 'tầm nhìn đến năm 2045' after a plan's own years
    ("Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đặt mục tiêu: tỷ lệ đô thị hóa đạt 45%.",
     [R("tỷ lệ đô thị hóa", value=45, year=2030)]),
    # counterexample: a year of its own after the plan's name stays the target's
    ("Chiến lược giai đoạn 2021 - 2030, tầm nhìn đến năm 2045 đặt mục tiêu đến năm 2025, tỷ lệ đô thị hóa đạt 40%.",
     [R("tỷ lệ đô thị hóa", value=40, year=2025)]),
])
def test_a_plans_requirements_take_its_period_not_its_vision(text, expected):
    check([P(text)], expected)


def test_the_requirements_lead_leaves_the_label():
    assert labels(STRATEGY)[0] == "dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng"
    # counterexample: requirements named as the measure's subject, no lead of a list
    assert labels("Phấn đấu 100% các yêu cầu về an toàn thông tin được đáp ứng trong năm 2026.")[0].startswith("các yêu cầu")


# --- 4b. the verb of an aim and its deadline of a quarter leave the label, as a year's does ('Quyết tâm thực hiện đến
# hết quý II đạt trên 50% chỉ tiêu phát triển đảng viên', round 67_03 → 'chỉ tiêu phát triển đảng viên') ------------

@pytest.mark.parametrize("text, expected", [
    ("Quyết tâm thực hiện đến hết quý II đạt trên 50% chỉ tiêu phát triển đảng viên.",
     ["chỉ tiêu phát triển đảng viên"]),
    # made-up variants: a quarter of a named year, 'thực hiện' before a year
    ("Phấn đấu đến hết quý III năm 2026, tỷ lệ giải ngân vốn đầu tư công đạt 60%.", ["tỷ lệ giải ngân vốn đầu tư công"]),
    ("Quyết tâm thực hiện đến hết năm 2026 đạt 100% chỉ tiêu giao quân.", ["chỉ tiêu giao quân"]),
    # counterexample: 'thực hiện' that is the measure's own word
    ("Phấn đấu tỷ lệ thực hiện thủ tục hành chính trực tuyến đạt 80%.", ["tỷ lệ thực hiện thủ tục hành chính trực tuyến"]),
])
def test_an_aims_quarter_deadline_leaves_the_label(text, expected):
    assert labels(text) == expected
