"""Table shapes read off round 82's held-out excerpts once they had been scored (a poverty plan's targets with
'Từ 3 trở lên' under a '%' unit; a statistics summary whose 'So sánh (%)' column writes a note mark after a value).
Each rule a table of short strings in the genre's style, with counterexamples; made-up variants are marked so in a
comment."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import PERCENT, find_quantities
from table_blocks import table_quantities


def _percents(rows):
    return sorted(v for k, v, r, c in table_quantities(rows, kinds=("percent",)) if r >= 1)


def _cell(text):
    return [(f.kind, f.value, f.comparator) for f in find_quantities(text, PERCENT) if f.kind == "percent"]


# --- a floor or a ceiling written round a bare value in a '%' row: 'Từ 3 trở lên' is >= 3 %, as 'Tối thiểu 3' is.
# Counterexamples: 'Từ 3' alone (a start, no floor); words that are no comparator -----------------------------------

PLAN = ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu năm 2022"]


@pytest.mark.parametrize("cell, want", [
    ("Từ 3 trở lên", [("percent", 3.0, ">=")]),
    ("Từ 4 trở lên", [("percent", 4.0, ">=")]),
    # made-up variants: a decimal floor, a ceiling, a change word before 'từ', no 'từ'
    ("Từ 2,5 trở lên", [("percent", 2.5, ">=")]),
    ("Từ 10 trở xuống", [("percent", 10.0, "<=")]),
    ("Giảm từ 3 trở lên", [("percent", 3.0, ">=")]),
    ("3 trở lên", [("percent", 3.0, ">=")]),
    # counterexamples: a start without its end; words that are no comparator
    ("Từ 3", []),
    ("Xã 3 trở lên", []),
])
def test_a_floor_in_a_percent_cell(cell, want):
    assert _cell(cell) == want


def test_a_floor_in_a_percent_row():
    rows = [PLAN,
            ["1", "Tỷ lệ hộ nghèo chung toàn tỉnh giảm", "%", "0,8-1"],
            ["", "- Tỷ lệ hộ nghèo là đồng bào dân tộc thiểu số giảm", "%", "Từ 3 trở lên"],
            ["4", "Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 16 tuổi", "%", "Dưới 9,8"]]
    assert _percents(rows) == [3.0, 9.8]


# --- a note mark after a value in a '%' column: '59,9 (*)', its note under the table ('(*) So với dự toán ...').
# Counterexamples: a value then words, a value then a second figure in brackets ------------------------------------

SUMMARY = ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện 6 tháng", "Đạt so với kế hoạch (%)"]


@pytest.mark.parametrize("cell, want", [
    ("59,9 (*)", [("percent", 59.9, None)]),
    # made-up variants: the other note marks a report uses
    ("59,9*", [("percent", 59.9, None)]),
    ("59,9 (**)", [("percent", 59.9, None)]),
    ("59,9 (1)", [("percent", 59.9, None)]),
    ("Từ 3 trở lên (*)", [("percent", 3.0, ">=")]),
    # counterexamples: words after the value; a three-digit figure in brackets is no note mark
    ("59,9 kế hoạch", []),
    ("59,9 (120)", []),
])
def test_a_note_mark_after_a_percent_cell(cell, want):
    assert _cell(cell) == want


def test_a_note_mark_in_a_percent_column():
    rows = [SUMMARY,
            ["2", "Kim ngạch xuất khẩu", "triệu USD", "525", "70"],
            ["3", "Tổng thu ngân sách nhà nước", "tỷ đồng", "3.370", "59,9 (*)"]]
    assert _percents(rows) == [59.9, 70.0]
