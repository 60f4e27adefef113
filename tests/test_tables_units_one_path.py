"""One reading of tables of targets per unit, folded into the reading of column roles (issue 13): the column whose
cells name units is the label wherever the header words leave it (blank, 'Tỉnh, thành phố', 'Đơn vị'), and the
worded figure columns right of it are judged as every units table's are, beside the columns the header words
already mark. A table with a plan's column ('Kế hoạch năm 2026 (%)') and a measure for a period ahead ('Tăng
trưởng GRDP 2026 - 2030 (%)') holds both targets per unit; a measure for the current period beside it is the
year's estimate, not a target, even under a lead naming targets; 'Đơn vị' over units of measure names no units.
Tables paraphrased in the genre (names and figures changed), read as cells, as Markdown and as Word."""
from __future__ import annotations

import pytest

from extractor.model import DocumentMeta
from test_tables_units_any_shape import READERS

DATED_2025 = DocumentMeta(issued_date="2025-11-20")
LEAD = "Các chỉ tiêu chủ yếu của các tỉnh như sau:"
PLAN = "Kế hoạch năm 2026 (%)"


def _provinces(measure: str, figures: tuple[str, str], units: str = "Tỉnh, thành phố") -> list[list[str]]:
    return [[units, PLAN, measure], ["Quảng Trị", "8,0", figures[0]], ["Gia Lai", "7,5", figures[1]]]


PLAN_WANT = [("Gia Lai", "tỉnh", ">=", 7.5, None, 2026, (2, 1)), ("Quảng Trị", "tỉnh", ">=", 8.0, None, 2026, (1, 1))]
M = "Tăng trưởng GRDP 2026 - 2030"
AHEAD_WANT = sorted([*PLAN_WANT, (f"{M} Gia Lai", "tỉnh", ">=", 9.5, None, 2030, (2, 2)),
                     (f"{M} Quảng Trị", "tỉnh", ">=", 10.0, None, 2030, (1, 2))])


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("rows,want", [
    (_provinces(f"{M} (%)", ("10,0", "9,5")), AHEAD_WANT),
    (_provinces(f"{M} (%)", ("10,0", "9,5"), units="Địa phương"), AHEAD_WANT),
    # counterexamples: the current period's measure is the year's estimate; a measure with no period has no year
    # of its own, and the lead's plan word belongs to the plan's column
    (_provinces("Tăng trưởng GRDP 2021 - 2025 (%)", ("6,0", "5,5")), PLAN_WANT),
    (_provinces("Tăng trưởng GRDP bình quân (%)", ("6,0", "5,5")), PLAN_WANT),
], ids=["measure ahead", "another unit header", "current period", "no period"])
def test_a_plan_column_and_a_measure_ahead_per_unit(reader, rows, want):
    assert READERS[reader](LEAD, rows, DATED_2025) == want


@pytest.mark.parametrize("reader", READERS)
def test_units_of_measure_under_don_vi_name_no_units(reader):
    """'Đơn vị' over '%', 'xã': a unit of measure; the indicator's own column stays the label."""
    rows = [["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2026"], ["1", "Tỷ lệ che phủ rừng", "%", "45"],
            ["2", "Số xã đạt chuẩn nông thôn mới", "xã", "12"]]
    got = READERS[reader]("Kế hoạch năm 2026 như sau:", rows, DATED_2025)
    assert [(label, level, value) for label, level, _, value, *_ in got] == [
        ("Số xã đạt chuẩn nông thôn mới", None, 12.0), ("Tỷ lệ che phủ rừng", None, 45.0)]
