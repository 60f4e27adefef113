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
