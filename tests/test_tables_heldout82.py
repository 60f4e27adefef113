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
