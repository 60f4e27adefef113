"""Table shapes read off round 75's held-out excerpts once they had been scored (a district's half-year results with
their share of the plan; a resolution's new-countryside targets per level of government). Each rule a table of short
strings in the genre's style, with counterexamples; made-up variants are marked so in a comment. Records are compared
as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from table_blocks import table_quantities
from test_indicator_variants import P, R, T, check

# --- a column whose header opens with '%' ('% so với KH'): its bare cells are shares, whatever the row's unit says
# ('54,37' in a row of 'tấn' is 54.37% of the plan, no weight), and a row with no unit cell still has them. As
# 'So với KH (%)' and 'Tỷ lệ % so với KH' already read. Counterexamples: the row's own value columns keep its unit ----

HALF_YEAR = ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện 6 tháng", "% so với KH"]


def _found(rows, kinds=("count", "percent", "measure", "money")):
    return sorted((k, v, c) for k, v, r, c in table_quantities(rows, kinds=kinds) if r >= 1)


@pytest.mark.parametrize("header", [
    "% so với KH",
    # made-up variants: the same share worded otherwise
    "% so với kế hoạch năm", "%TH/KH", "% so cùng kỳ",
])
@pytest.mark.parametrize("row, want", [
    (["3", "Sản lượng lương thực có hạt", "tấn", "56.300", "54,37"], [("measure", 56300.0, 3), ("percent", 54.37, 4)]),
    (["5", "Thu ngân sách nhà nước", "tỷ đồng", "239,7", "51,93"], [("money", 239.7e9, 3), ("percent", 51.93, 4)]),
    (["1", "Tổng giá trị sản xuất", "", "3.868", "49,17"], [("percent", 49.17, 4)]),
])
def test_a_header_opening_with_percent_holds_shares(header, row, want):
    assert _found([HALF_YEAR[:4] + [header], row]) == want


@pytest.mark.parametrize("header", [
    # counterexamples: headers of the row's own values, a result or an estimate
    "Ước thực hiện 6 tháng", "Dự kiến cả năm",
])
def test_a_header_with_no_leading_percent_keeps_the_row_unit(header):
    assert _found([HALF_YEAR[:4] + [header], ["3", "Sản lượng lương thực có hạt", "tấn", "56.300", "54,37"]]) \
        == [("measure", 54.37, 4), ("measure", 56300.0, 3)]


# --- a unit cell naming two or more kinds of unit together ('tỉnh, thành phố', 'xã, phường, thị trấn'): each a counted
# noun, so the row counts them ('Ít nhất 15' is 15 provinces and cities), as 'tỉnh' alone does. Counterexamples: a
# part that is no counted noun (a name, a unit of weight) --------------------------------------------------------------

TARGETS = ["STT", "Cấp", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025"]


@pytest.mark.parametrize("unit, cell, want", [
    ("tỉnh, thành phố", "Ít nhất 15", [15]),
    ("tỉnh", "Ít nhất 15", [15]),
    # made-up variants: other pairs and lists of administrative units, and of organisations
    ("xã, phường, thị trấn", "120", [120]),
    ("huyện, thành phố", "Ít nhất 02", [2]),
    ("huyện, thị xã, thành phố", "Ít nhất 02", [2]),
    ("quận, huyện", "12", [12]),
    ("doanh nghiệp, hợp tác xã", "1.250", [1250]),
    # counterexamples: names, a weight beside a count, a fraction (a measure, as 'lần')
    ("Hà Nội, Hải Phòng", "15", []),
    ("tấn, con", "15", []),
])
def test_a_unit_cell_of_several_counted_nouns_makes_counts(unit, cell, want):
    row = ["3", "Cấp tỉnh", "Tỉnh, thành phố trực thuộc trung ương được công nhận hoàn thành nhiệm vụ xây dựng nông "
           "thôn mới", unit, cell]
    assert sorted(v for k, v, r, c in table_quantities([TARGETS, row], kinds=("count",)) if r >= 1) == want


# --- a table of targets per level of government: a column of levels ('Cấp xã', 'Cấp huyện', 'Cấp tỉnh') beside the
# indicators, written in the first row of each group and blank (or merged, in Word) below: every row of the group is
# that level's target. A cell naming no level ('Thôn, bản') ends the group. Counterexamples: no level column; a column
# of levels that is the only label (its rows are the indicators) ------------------------------------------------------

LEAD = P("Theo đó, Quốc hội đặt ra mục tiêu cụ thể đến năm 2025:")
XA = ["Số xã đạt chuẩn nông thôn mới", "%", "Ít nhất 80"]
XA_MODEL = ["Trong đó: số xã đạt chuẩn nông thôn mới kiểu mẫu", "%", "Ít nhất 10"]
HUYEN = ["Huyện, thị xã, thành phố thuộc tỉnh đạt chuẩn nông thôn mới", "%", "Ít nhất 50"]
HUYEN_UNITS = ["Đơn vị cấp huyện đạt chuẩn nông thôn mới của mỗi tỉnh, thành phố trực thuộc trung ương", "đơn vị",
               "Ít nhất 02"]
TINH = ["Tỉnh, thành phố trực thuộc trung ương được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới",
        "tỉnh, thành phố", "Ít nhất 15"]
THON = ["Số thôn, bản thuộc các xã đặc biệt khó khăn được công nhận đạt chuẩn nông thôn mới", "%", "60"]


def _levels(level_header="Cấp", xa="Cấp xã", huyen="Cấp huyện", tinh="Cấp tỉnh", merged=False):
    head = ["STT", level_header, "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025"]
    if merged:                           # Word: the level cell spans its group's rows
        return T(head, ["1", (xa, 2, 1), *XA], ["", *XA_MODEL], ["2", (huyen, 2, 1), *HUYEN], ["", *HUYEN_UNITS],
                 ["3", tinh, *TINH], ["4", "Thôn, bản", *THON])
    return T(head, ["1", xa, *XA], ["", "", *XA_MODEL], ["2", huyen, *HUYEN], ["", "", *HUYEN_UNITS],
             ["3", tinh, *TINH], ["4", "Thôn, bản", *THON])


BY_LEVEL = [R("Số xã đạt chuẩn nông thôn mới", level="xã", value=80, year=2025),
            R("số xã đạt chuẩn nông thôn mới kiểu mẫu", level="xã", value=10, year=2025),
            R("Huyện thị xã thành phố thuộc tỉnh đạt chuẩn", level="huyện", value=50, year=2025),
            R("Đơn vị cấp huyện đạt chuẩn", level="huyện", value=2, unit="đơn vị", year=2025),
            R("Tỉnh thành phố trực thuộc trung ương được công nhận", level="tỉnh", value=15, unit="tỉnh, thành phố",
              year=2025),
            R("Số thôn bản thuộc các xã đặc biệt khó khăn", level=None, value=60, year=2025)]


@pytest.mark.parametrize("table", [
    _levels(),
    _levels(merged=True),
    # made-up variants: the column headed otherwise, or with no header; the levels written as the kind of unit alone
    _levels(level_header="Cấp hành chính"),
    _levels(level_header=""),
    _levels(xa="Xã", huyen="Huyện", tinh="Tỉnh"),
])
def test_a_column_of_levels_gives_each_row_its_level(table):
    check([LEAD, table], BY_LEVEL)


def test_no_level_column_leaves_the_levels_null():
    # counterexample: the same rows with no column of levels
    rows = [XA, XA_MODEL, HUYEN]
    check([LEAD, T(["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025"], *[[str(i + 1), *r] for i, r in enumerate(rows)])],
          [R("Số xã đạt chuẩn nông thôn mới", value=80, year=2025),
           R("số xã đạt chuẩn nông thôn mới kiểu mẫu", value=10, year=2025),
           R("Huyện thị xã thành phố thuộc tỉnh đạt chuẩn", value=50, year=2025)])


def test_levels_as_the_only_label_stay_the_label():
    # counterexample: the levels are the rows' own labels, no indicator column beside them
    check([P("Mục tiêu đến năm 2025, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình như sau:"),
           T(["STT", "Cấp", "Mục tiêu đến năm 2025"], ["1", "Cấp tỉnh", "90%"], ["2", "Cấp huyện", "80%"])],
          [R("Cấp tỉnh", value=90, year=2025), R("Cấp huyện", value=80, year=2025)])
