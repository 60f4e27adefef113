"""Table shapes read off round 77's held-out excerpts once they had been scored (a digital-transformation index by
pillar; a strategy's targets with '% GDP' in the unit column; records per unit with '1,488 triệu' in a count column;
agencies graded under a 'Xếp loại' group). Each rule a table of short strings in the genre's style, with
counterexamples; made-up variants are marked so in a comment."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import extract_quantities, find_quantities, row_thing, unit_of
from extractor.model import Segment
from table_blocks import table_document, table_quantities


def _counts(rows):
    return sorted(v for k, v, r, c in table_quantities(rows, kinds=("count",)) if r >= 1)


def _percents(rows):
    return sorted(v for k, v, r, c in table_quantities(rows, kinds=("percent",)) if r >= 1)


# --- a count noun opening a word of another sense: 'Xã hội số' (society) counts no communes, 'Tin học' no news items.
# Counterexamples: the noun itself, qualified ('Xã đạt chuẩn'), or a longer count noun ('Tin bài'); a name after it -

DTI = ["STT", "Chỉ số", "Năm 2023", "Năm 2024", "Tăng so với năm 2023 (%)"]


@pytest.mark.parametrize("label", [
    "- Xã hội số",
    # made-up variants: other words a count noun only opens, as row labels under year columns
    "Xã hội hóa", "Tin học hóa", "Hội nhập quốc tế", "Sở hữu trí tuệ", "XÃ HỘI SỐ",
])
def test_a_word_a_count_noun_only_opens_labels_no_count(label):
    assert row_thing(label) is None
    assert _counts([DTI, ["", label, "", "0,7692", "13,4"]]) == []


@pytest.mark.parametrize("label, unit", [
    # counterexamples: the noun itself, qualified; a longer count noun
    ("Xã đạt chuẩn nông thôn mới", "xã"), ("Hộ nghèo", "hộ"), ("Tin bài", "tin bài"), ("Hội nghị", "hội nghị"),
])
def test_the_count_noun_itself_still_labels_a_count(label, unit):
    assert row_thing(label).unit == unit


@pytest.mark.parametrize("text, want", [
    ("Tổng số 12 xã hội", []),                        # made-up: the same word after a figure in prose
    ("trong đó 5 tin học hóa", []),                   # made-up
    # counterexamples: communes then their names; communes counted plainly
    ("gồm 3 xã Hội Xuân, Hội Hợp và Tân Lập", [(3, "xã")]),
    ("có 12 xã, 3 phường đạt chuẩn", [(12, "xã"), (3, "phường")]),
])
def test_the_word_after_a_figure(text, want):
    assert [(f.value, f.unit) for f in find_quantities(text) if f.kind == "count"] == want


# --- a unit cell writing the percentage with its base or period: '% GDP' (a share of GDP), '%/năm' (a yearly rate).
# The row's bare values are percentages, as under a bare '%'. Counterexamples: per thousand ('%o', '%0'), no sign ----

GOALS = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2030"]


@pytest.mark.parametrize("unit", [
    "% GDP",
    # made-up variants: the same share of the province's product, of the population, per year; the rate named
    "% GRDP", "% dân số", "%/năm", "% / năm", "Tỷ lệ %", "Tỷ lệ (%)",
])
def test_a_percentage_unit_with_its_base(unit):
    assert unit_of(unit).kind == "percent"
    assert _percents([GOALS, ["1", "Tỷ trọng kinh tế số", unit, "20", "30"]]) == [20, 30]


@pytest.mark.parametrize("unit", ["%o", "%0", "(%o)", "Người/năm"])     # counterexamples: per thousand; per person
def test_no_percentage_unit(unit):
    u = unit_of(unit)
    assert u is None or u.kind != "percent"
    assert _percents([GOALS, ["1", "Tỷ suất sinh thô", unit, "14,5", "14"]]) == []


# --- a scale word written in a count cell: '1,488 triệu' under 'Số hồ sơ trực tuyến toàn trình' is 1.488.000 records
# (the comma before a scale word a decimal one, as in prose). Counterexamples: a header with a scale of its own,
# money, a noun after the figure ------------------------------------------------------------------------------------

RECORDS = ["STT", "Đơn vị", "Số hồ sơ trực tuyến toàn trình", "Tổng số hồ sơ giải quyết TTHC", "Tỷ lệ (%)"]


@pytest.mark.parametrize("cell, want", [
    ("1,488 triệu", [1488000]),
    # made-up variants: thousands; a comparator before; a whole number of millions
    ("2,5 nghìn", [2500]), ("Hơn 1,2 triệu", [1200000]), ("3 triệu", [3000000]),
])
def test_a_scale_word_in_a_count_cell(cell, want):
    assert _counts([RECORDS, ["1", "Bộ Công thương", cell, "", "83,48"]]) == want


@pytest.mark.parametrize("header, cell, want", [
    # counterexamples: the header's own scale ('nghìn lượt') is not multiplied again; money is no count
    ("Số lượt khách (Nghìn lượt)", "1,5 triệu", []),
    ("Tổng thu (Triệu đồng)", "1,5 tỷ", []),
    ("Số hồ sơ", "1.488.000", [1488000]),
])
def test_no_second_scale(header, cell, want):
    assert _counts([["STT", "Đơn vị", header], ["1", "Bộ Công thương", cell]]) == want


# --- columns under one group header that split a count column of the row: 'Số cơ quan, địa phương được đánh giá | Xếp
# loại: Khá | Trung bình | Yếu' with '20 | 19 | 01 | ': the grades count agencies too. Counterexamples: parts that do
# not add up to the count, a group of shares, a lone part ------------------------------------------------------------

def _grouped_counts(top: list[str], group: str, subs: list[str], *body: list[str]) -> list[float]:
    """Counts in body rows under a header whose `group` cell spans the `subs` columns (as Word merges it)."""
    doc = table_document([top + [group] + [""] * (len(subs) - 1), [""] * len(top) + subs, *body])
    block = doc.blocks[0]
    block.cells = [c for c in block.cells if not (c.row == 0 and c.col > len(top))]
    next(c for c in block.cells if c.row == 0 and c.col == len(top)).colspan = len(subs)
    segs = [Segment(c.text, c.start, c.end, block, cell=c) for c in block.cells]
    return sorted(q.value for q in extract_quantities(doc, segs) if q.kind == "count" and q.prov.row >= 2)


GRADED = ["STT", "Khối", "Số cơ quan, địa phương được đánh giá"]


@pytest.mark.parametrize("top, group, subs, body, want", [
    (GRADED, "Xếp loại", ["Khá", "Trung bình", "Yếu"],
     [["1", "Các cơ quan cấp tỉnh", "20", "19", "01", ""], ["2", "UBND các huyện, thành phố", "10", "", "9", "1"]],
     [1, 1, 9, 10, 19, 20]),
    # made-up variants: communes by outcome, officials by grade
    (["TT", "Huyện", "Số xã"], "Kết quả đánh giá", ["Đạt", "Chưa đạt"],
     [["1", "Huyện Đức Trọng", "14", "12", "2"]], [2, 12, 14]),
    (["TT", "Đơn vị", "Số cán bộ được đánh giá"], "Mức xếp loại",
     ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Không hoàn thành"],
     [["1", "Sở Nội vụ", "45", "10", "33", "2"]], [2, 10, 33, 45]),
])
def test_parts_of_a_count_count_it(top, group, subs, body, want):
    assert _grouped_counts(top, group, subs, *body) == want


@pytest.mark.parametrize("top, group, subs, body, want", [
    # counterexamples: scores that do not add up to the count; shares of it; one part only in every row
    (GRADED, "Điểm đánh giá", ["Tự chấm", "Thẩm định"], [["1", "Các cơ quan cấp tỉnh", "20", "85", "80"]], [20]),
    (GRADED, "Tỷ lệ xếp loại (%)", ["Khá", "Trung bình"], [["1", "Các cơ quan cấp tỉnh", "20", "95", "5"]], [20]),
    (GRADED, "Xếp loại", ["Khá", "Trung bình"], [["1", "Các cơ quan cấp tỉnh", "20", "20", ""]], [20]),
])
def test_no_split_no_count(top, group, subs, body, want):
    assert _grouped_counts(top, group, subs, *body) == want
