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
    # a target split by level ends where its last level does, before the next thing counted otherwise
    ("Huyện đặt mục tiêu số hóa 100% hồ sơ thủ tục hành chính cấp huyện và 90% cấp xã, giảm 3 phòng chuyên môn và "
     "2% biên chế.",
     [("cấp huyện và cấp xã", 100, "giảm phòng"), ("cấp huyện và cấp xã", 90, "giảm phòng"),
      ("giảm phòng chuyên môn", 3, ""), ("giảm biên chế", 2, "và")]),
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
    # the words that set the aim are not the group's measure
    ("Theo kế hoạch, đến cuối năm 2026, tỉnh Bến Tre đặt chỉ tiêu tỷ trọng kinh tế số đạt 16% GRDP, trong từng ngành "
     "lĩnh vực đạt tối thiểu 11%.",
     [("tỷ trọng kinh tế số GRDP", 16, ""), ("tỷ trọng kinh tế số GRDP trong từng ngành lĩnh vực", 11, "kế hoạch Bến")]),
    # counterexample: a clause with a measure of its own is no group
    ("Năm 2026, phấn đấu tỷ trọng kinh tế số đạt 18% GRDP, tỷ trọng thương mại điện tử trong tổng mức bán lẻ trên 9%.",
     [("tỷ trọng kinh tế số GRDP", 18, ""), ("tỷ trọng thương mại điện tử trong tổng mức bán lẻ", 9, "số")]),
])
def test_scope_of_each_branch_is_a_group(text, expected):
    check_labels(text, expected)


# --- a number of units of one level (or a part of them, '2/6 huyện') as the subject of a rate of their own: the rate
# is each unit's, a target of that level; a part after 'trong đó' with a bare verb of change ('giảm từ 5% trở
# lên/năm') changes the rate that verb last took in the sentence; the share '2/6 huyện' names which units, it is no
# count target of its own -------------------------------------------------------------------------------------


def targets(text: str) -> list[tuple[str, object, str, float]]:
    """(label, level, comparator, value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.level, r.target_comparator, r.target_value)
            for r in run([P(text)]) if r.target_value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, toàn tỉnh phấn đấu giảm tỷ lệ hộ nghèo đa chiều 3,8%, tương ứng giảm 6.120 hộ nghèo; trong đó, 5 huyện "
     "nghèo giảm từ 5% trở lên/năm; phấn đấu 2/5 huyện nghèo tỷ lệ hộ nghèo đa chiều còn dưới 35%, thoát nghèo bền vững.",
     [("giảm tỷ lệ hộ nghèo đa chiều", None, ">=", 3.8), ("giảm hộ nghèo", None, ">=", 6120),
      ("5 huyện nghèo giảm tỷ lệ hộ nghèo đa chiều", "huyện", ">=", 5),
      ("2/5 huyện nghèo tỷ lệ hộ nghèo đa chiều còn", "huyện", "<", 35)]),
    ("Năm 2026, huyện phấn đấu giảm tỷ lệ hộ nghèo 2,5%; trong đó, 9 xã đặc biệt khó khăn giảm từ 4% trở lên.",
     [("giảm tỷ lệ hộ nghèo", None, ">=", 2.5), ("9 xã đặc biệt khó khăn giảm tỷ lệ hộ nghèo", "xã", ">=", 4)]),
    # counterexample: a count of the units themselves, then a share of other things: no level, the count stays
    ("Năm 2026, huyện phấn đấu có 4/9 xã đạt chuẩn nông thôn mới nâng cao.",
     [("xã đạt chuẩn nông thôn mới nâng cao", None, ">=", 4)]),
])
def test_rate_of_a_number_of_units(text, expected):
    got = targets(text)
    assert [(lv, c, v) for _, lv, c, v in got] == [(lv, c, v) for _, lv, c, v in expected], got
    for (label, *_), (tail, *_) in zip(got, expected):
        assert label.endswith(tail) or label.startswith(tail), got


# --- a climb in a ranking ('tăng ít nhất 3 bậc xếp hạng về …') is a target of at least so many steps, unit 'bậc';
# a pay step or a climb that is reported is none ----------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh Bình Phước đặt mục tiêu tăng ít nhất 4 bậc xếp hạng về chỉ số cải cách hành chính và năng lực cạnh tranh "
     "năm 2026.", [(">=", 4, "bậc")]),
    ("Năm 2026 phấn đấu chỉ số hài lòng của người dân cải thiện 2 bậc trên bảng xếp hạng cả nước.", [(">=", 2, "bậc")]),
    # counterexample: a pay step is no ranking
    ("Năm 2026 phấn đấu tăng 1 bậc lương trước thời hạn cho cán bộ có thành tích xuất sắc.", []),
    # counterexample: a climb already made is reported, not aimed at
    ("Năm 2025, chỉ số PCI của tỉnh tăng 6 bậc so với năm 2024 trên bảng xếp hạng.", []),
])
def test_climb_in_a_ranking(text, expected):
    got = [(r.target_comparator, r.target_value, r.target_unit) for r in run([P(text)]) if r.target_value is not None]
    assert got == expected
    if expected:
        assert "bậc xếp hạng" in run([P(text)])[0].label or "xếp hạng" in run([P(text)])[0].label


# --- a headline run into the first paragraph by the reader ('[Đồ họa] Năm 2023: Phấn đấu đạt tỷ lệ 93% dân số tham
# gia BHYT' + '\n' + the first sentence) restates a target of the body: one record, the body's --------------------

LEAD = "Năm 2023, ngành bảo hiểm phấn đấu hoàn thành các chỉ tiêu được giao."


@pytest.mark.parametrize("blocks, expected", [
    ([P(f"[Đồ họa] Năm 2023: Phấn đấu đạt tỷ lệ 93% dân số tham gia BHYT\n{LEAD}"),
      P("Số người tham gia bảo hiểm xã hội đạt khoảng 39%. 93% dân số tham gia bảo hiểm y tế.")],
     [("Số người tham gia bảo hiểm xã hội", 39), ("dân số tham gia bảo hiểm y tế", 93)]),
    # counterexample: a headline's target the body does not state stays
    ([P(f"Năm 2023: Phấn đấu 95% hộ dân dùng nước sạch\n{LEAD}"),
      P("Tỷ lệ số người tham gia bảo hiểm y tế đạt 93%.")],
     [("hộ dân dùng nước sạch", 95), ("Tỷ lệ số người tham gia bảo hiểm y tế", 93)]),
    # counterexample: the same value of another measure in the body is no restatement
    ([P(f"Năm 2023: Phấn đấu 93% hộ dân dùng nước sạch\n{LEAD}"),
      P("Tỷ lệ bao phủ bảo hiểm y tế đạt 93%.")],
     [("hộ dân dùng nước sạch", 93), ("Tỷ lệ bao phủ bảo hiểm y tế", 93)]),
])
def test_run_in_headline_restating_the_body(blocks, expected):
    got = [(r.label, r.target_value) for r in run(blocks) if r.target_value is not None]
    assert [v for _, v in got] == [v for _, v in expected], got
    for (label, _), (start, _) in zip(got, expected):
        assert label.startswith(start), got


# --- a share joined by 'và' whose words open with what is done ('và 50% có chữ ký số') names no people of its own: it
# counts the people the share before it counts ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2026, phấn đấu 85% dân số trưởng thành có định danh điện tử VNeID và 55% có chữ ký số cá nhân.",
     [("dân số trưởng thành có định danh điện tử VNeID", 85, ""),
      ("dân số trưởng thành có chữ ký số cá nhân", 55, "VNeID")]),
    ("Năm 2026, phấn đấu 95% hộ dân được dùng nước sạch và 60% được dùng nước đạt quy chuẩn.",
     [("hộ dân được dùng nước sạch", 95, ""), ("hộ dân được dùng nước đạt quy chuẩn", 60, "sạch")]),
    # counterexample: a share with people of its own keeps its words
    ("Năm 2026, phấn đấu 95% hộ dân được dùng nước sạch và 60% trường học có nhà vệ sinh đạt chuẩn.",
     [("hộ dân được dùng nước sạch", 95, ""), ("trường học có nhà vệ sinh đạt chuẩn", 60, "dân")]),
])
def test_share_naming_no_people_counts_those_before(text, expected):
    check_labels(text, expected)
