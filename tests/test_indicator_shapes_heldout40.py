"""Target shapes read off round 40's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Labels are compared word for word
here, since what each rule mends is which words a label takes."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def labels(text: str) -> list[tuple[str, float]]:
    """(label, target value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.target_value) for r in run([P(text)]) if r.target_value is not None]


def check_labels(text: str, expected: list[tuple[str, float, str]]):
    """Each target in order: its value, the words its label must end with, and words it must not hold ('' none)."""
    got = labels(text)
    assert [v for _, v in got] == [v for _, v, _ in expected], got
    for (label, _), (tail, _, absent) in zip(got, expected):
        assert label.lower().endswith(tail.lower()), got
        assert not any(w in label.lower().split() for w in absent.lower().split()), got


# --- a figure joined by 'và' to the object of a verb of change is another object of that verb: 'giảm 4 phòng
# chuyên môn và tối thiểu 1,5% biên chế công chức' → 'giảm biên chế công chức' -----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Huyện cũng đặt mục tiêu giảm 4 phòng chuyên môn và tối thiểu 1,5% biên chế công chức và 2,3% biên chế sự nghiệp.",
     [("giảm phòng chuyên môn", 4, ""), ("giảm biên chế công chức", 1.5, "và"), ("giảm biên chế sự nghiệp", 2.3, "và")]),
    ("Năm 2026 phấn đấu cắt giảm 3 cơ quan chuyên môn và 4% biên chế hành chính.",
     [("cắt giảm cơ quan chuyên môn", 3, ""), ("cắt giảm biên chế hành chính", 4, "và")]),
    # counterexample: the later figure has a verb of its own ('đạt chuẩn'): no object of 'giảm'
    ("Tỉnh phấn đấu giảm 2 đơn vị sự nghiệp và 30% xã đạt chuẩn nông thôn mới.",
     [("giảm đơn vị sự nghiệp", 2, ""), ("xã đạt chuẩn nông thôn mới", 30, "giảm")]),
    # counterexample: a comma parts the second figure from the verb's object
    ("Tỉnh phấn đấu giảm 2 đơn vị sự nghiệp, 95% hồ sơ được số hóa.",
     [("giảm đơn vị sự nghiệp", 2, ""), ("hồ sơ được số hóa", 95, "giảm")]),
])
def test_objects_of_one_change_verb(text, expected):
    check_labels(text, expected)


# --- two parts of one kind named before one verb, then two figures joined by 'và' (no 'lần lượt'): each figure is
# its part's, and the words after the second are both's --------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Số người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp đạt khoảng 41-42% và 35% lực lượng lao động trong độ tuổi.",
     [("Số người tham gia bảo hiểm xã hội lực lượng lao động trong độ tuổi", 41, "thất"),
      ("Số người tham gia bảo hiểm thất nghiệp lực lượng lao động trong độ tuổi", 35, "xã")]),
    ("Năm 2026, tỷ lệ bao phủ bảo hiểm y tế và bảo hiểm xã hội phấn đấu đạt 94% và 47% dân số.",
     [("tỷ lệ bao phủ bảo hiểm y tế dân số", 94, "xã"), ("tỷ lệ bao phủ bảo hiểm xã hội dân số", 47, "y")]),
    # counterexample: one measure, and a second figure with a subject and verb of its own
    ("Năm 2026, tỷ lệ bao phủ bảo hiểm y tế phấn đấu đạt 94% và 60% xã đạt chuẩn văn hóa.",
     [("", 94, "xã"), ("xã đạt chuẩn văn hóa", 60, "bảo")]),
    # counterexample: parts of different kinds are no pair
    ("Phấn đấu năm 2026, tỷ lệ lao động qua đào tạo, thất nghiệp đô thị đạt 70% và 3% dân số.",
     [("thất nghiệp đô thị", 70, ""), ("dân số", 3, "")]),
])
def test_two_parts_two_figures_in_order(text, expected):
    check_labels(text, expected)


# --- a scope of each branch after the measure's figure ('…, trong từng ngành, lĩnh vực đạt tối thiểu 10%') is a group
# of that measure: its label is the measure with the scope -------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, phấn đấu tỷ trọng kinh tế số đạt 18% GRDP, trong từng ngành lĩnh vực đạt tối thiểu 12%.",
     [("tỷ trọng kinh tế số GRDP", 18, "từng"), ("tỷ trọng kinh tế số GRDP trong từng ngành lĩnh vực", 12, "")]),
    ("Phấn đấu năm 2027 tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%; ở mỗi xã đạt tối thiểu 50%.",
     [("tỷ lệ hồ sơ trực tuyến toàn trình", 70, "mỗi"), ("tỷ lệ hồ sơ trực tuyến toàn trình ở mỗi xã", 50, "")]),
    # counterexample: a clause with a measure of its own is no group
    ("Năm 2026, phấn đấu tỷ trọng kinh tế số đạt 18% GRDP, tỷ trọng thương mại điện tử trong tổng mức bán lẻ trên 9%.",
     [("tỷ trọng kinh tế số GRDP", 18, ""), ("tỷ trọng thương mại điện tử trong tổng mức bán lẻ", 9, "số")]),
])
def test_scope_of_each_branch_is_a_group(text, expected):
    check_labels(text, expected)
