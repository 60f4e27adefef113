"""Tables whose cells each sit on a line of their own, for the PDF reader.

Word's "plain text" export flattens a table to one cell per line, each line opened by a tab, and a
blank line after each row; the text reader rebuilds those tables (text.py, `_tab_tables`). Printed to
PDF, the same table is a run of lines indented to one tab stop with wider gaps between rows; a line
back at the margin goes on with the cell above it (a list item or a wrapped line of a long cell).
Rows are read as the text reader reads them: a gap closes a row unless it is still short of the
header's cells. Only a run that is clearly a table becomes one: a header of three cells or more
and rows opened by row numbers. A paragraph's first-line indent makes one indented line per
paragraph, never a row of three.

Works on the reader's lines duck-typed (`text`, `x0`, `top`, `size`), so it imports nothing of the
reader.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MIN_TAB = 12.0              # points: an indent smaller is a ragged margin, not a tab stop
MAX_TAB = 120.0             # points: further in is centred or right-aligned text
TAB_SLACK = 3.0             # points: lines at one tab stop start within this of each other
BLANK_GAP = 1.45            # line pitches: a wider gap is a blank line
MIN_CELLS = 3               # cells of the header row at least
MIN_NUMBERED = 2            # rows opened by a row number at least (1 when going on from the page before)
ROW_NUMBER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[.)]?$")


@dataclass
class CellTable:
    first: int                                   # index of its first line in the lines given
    end: int                                     # index after its last line
    rows: list[list[list]] = field(default_factory=list)     # rows → cells → the cell's lines
    width: int = 0                               # cells of a full row
    cut: bool = False                            # its first row is the rest of one the page break cut


def find_tables(lines: list, left: float, pitch: float, carry: int = 0) -> list[CellTable]:
    """The cell-per-line tables among a page's body lines (reading order); `left`: the text's left
    margin; `pitch`: the usual distance between line tops; `carry`: the row width of such a table
    the page before ended with (it may go on from the page's top, its first row cut by the break)."""
    tab = _tab_stop(lines, left)
    if tab is None:
        return []
    indented = [abs(l.x0 - tab) <= TAB_SLACK for l in lines]
    gaps = [i > 0 and lines[i].top - lines[i - 1].top > BLANK_GAP * pitch for i in range(len(lines))]
    out: list[CellTable] = []
    i = 0
    if carry and lines:
        found = _table_from(lines, indented, gaps, pitch, 0, carry)
        if _is_table(found, going_on=True):
            out.append(found)
            i = found.end
    while i < len(lines):
        if indented[i]:
            found = _table_from(lines, indented, gaps, pitch, i, 0)
            if _is_table(found, going_on=False):
                out.append(found)
                i = found.end
                continue
        i += 1
    return out


def _tab_stop(lines: list, left: float):
    """The x most indented lines start at, between MIN_TAB and MAX_TAB in from the margin."""
    starts = sorted(round(l.x0) for l in lines if MIN_TAB <= l.x0 - left <= MAX_TAB)
    if len(starts) < MIN_CELLS:
        return None
    best = max(set(starts), key=lambda x: (sum(1 for s in starts if abs(s - x) <= TAB_SLACK), -x))
    near = [l.x0 for l in lines if abs(l.x0 - best) <= TAB_SLACK]
    return min(near) if near else None


def _table_from(lines: list, indented: list[bool], gaps: list[bool], pitch: float, i: int, carry: int) -> CellTable:
    """Rows from line i (indented, or going on from the page before: `carry`) on, as the text reader reads a tab layout: an indented line
    opens a cell, a line at the margin goes on with the last cell, a blank gap closes the row
    (unless it is short of the header's cells), a margin line after a closed row ends the table."""
    # going on from the page before, a first row without its number is the rest of one the break cut
    table = CellTable(first=i, end=i, width=carry, cut=bool(carry) and not ROW_NUMBER.match(lines[i].text.strip()))
    row: list[list] | None = None
    j = i
    while j < len(lines):
        if gaps[j] and j > i:
            row = _after_gap(table, row, round((lines[j].top - lines[j - 1].top) / pitch) - 1,
                             cut=table.cut and not table.rows, opens=indented[j])
        if indented[j]:
            row = [] if row is None else row
            row.append([lines[j]])
        elif row is not None:
            row[-1].append(lines[j])
        elif j == i and carry:
            row = [[lines[j]]]                     # the rest of the cell the break cut
        else:
            break
        j += 1
    if row is not None:
        table.rows.append(row)
        table.width = table.width or len(row)
    table.end = j
    return table


def _after_gap(table: CellTable, row: list[list] | None, missing: int, cut: bool, opens: bool) -> list[list] | None:
    """A gap of `missing` blank lines: in a row short of the header's cells, empty cells (an empty
    cell is a line with nothing on it); then the blank line that ends a row; what is left over
    before an indented line, empty cells opening the next row. `cut`: the row is what a page break
    left of one, and ends at the first gap."""
    missing = max(missing, 1)
    if row is not None and table.width and not cut and len(row) < table.width - (1 if opens else 0):
        fill = min(missing, table.width - len(row) - (1 if opens else 0))    # room for the line that follows
        row.extend([] for _ in range(fill))
        missing -= fill
    if row is not None and missing and (cut or not table.width or len(row) >= table.width):
        table.rows.append(row)
        table.width = table.width or len(row)
        row, missing = None, missing - 1
    if row is None and missing and opens and table.width:
        row = [[] for _ in range(min(missing, table.width - 1))]
    return row


def _is_table(table: CellTable, going_on: bool) -> bool:
    """A header of MIN_CELLS cells or more and rows opened by row numbers; a table going on from
    the page before needs only its numbered rows."""
    numbered = sum(1 for row in table.rows if row[0] and ROW_NUMBER.match(row[0][0].text.strip()))
    if going_on:
        return numbered >= 1 or len(table.rows) >= 2
    return table.width >= MIN_CELLS and len(table.rows) >= 3 and numbered >= MIN_NUMBERED
