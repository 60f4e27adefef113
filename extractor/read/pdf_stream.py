"""Tables without ruling lines, found from the alignment of their text ("stream" tables, as camelot
and pdfplumber's text strategy call them), for the PDF reader.

Anchor lines (three or more pieces cut at wide gaps) close together mark a candidate table. The
columns are the gutters of the anchors: x ranges that (almost) no anchor word covers, as camelot's
stream finds them from text edges. Lines between and just around the anchors join the table when
none of their words crosses a column's start: the wrapped lines of a cell, the lines of a
several-line header, a label alone in its row. Lines are grouped into rows: an anchor, a row number
or marker in the first column, or the wider spacing between rows starts one; the other lines go on
with the row above. A line that crosses a column is prose and ends the table, and two columns never
make one (the organ | motto header, 'Nơi nhận:' | signer, two-column layouts stay as they are).

Works on the reader's lines duck-typed (`text`, `x0`, `x1`, `top`, `bottom`, `size`, `source`,
`segments`, `words`), so it imports nothing of the reader.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

MIN_ANCHOR_SEGMENTS = 3          # pieces at wide gaps that make a line an anchor
MAX_BETWEEN = 40                 # lines between two anchors of one table at most
MAX_ABOVE = 8                    # header lines above the first anchor at most
MAX_BELOW = 30                   # wrapped lines of the last row at most (narrow label columns)
WORD_SPACE = 0.4                 # font sizes: a gap narrower is a space between words, not cells
START_SLACK = 2.0                # points: how far a word may reach towards the next column's start
PAGE_NUMBER = re.compile(r"^[-–\s]*(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–\s]*$", re.I)
ROW_MARK = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|[a-zđ][.)]|[-–+•*])$")


@dataclass
class StreamCell:
    col: int                                     # first column
    span: int                                    # columns covered
    lines: list[list[dict]] = field(default_factory=list)     # the cell's words, line by line


@dataclass
class StreamTable:
    first: int                                   # index of its first line in the page's lines
    end: int                                     # index after its last line
    rows: list[list[StreamCell]]
    starts: list[float]                          # x where each column starts (the last: the table's right)
    top: float
    bottom: float
    bounds: "Bounds | None" = None               # its columns, for a row the page break cut


def find_tables(lines: list) -> list[StreamTable]:
    """The aligned-text tables among a page's lines (in reading order), top to bottom."""
    anchors = [i for i, l in enumerate(lines) if _is_anchor(l)]
    out: list[StreamTable] = []
    for group in _anchor_groups(lines, anchors):
        out.extend(_tables_in(lines, group, out[-1].end if out else 0))
    return out


def continued(lines: list, bounds: Bounds, top_zone: float) -> "StreamTable | None":
    """The lines at the top of a page that go on with the table the page before ended with (its
    columns: `bounds`): the rest of a row the page break cut, and rows after it, while every line
    fits the columns and follows closely. Lines in the running-header zone (above `top_zone`) that
    do not fit, or are a page number, are passed over. None unless two lines at least, or an anchor, go on."""
    first = 0
    while first < len(lines) and lines[first].bottom < top_zone \
            and (not _fits(lines[first], bounds) or PAGE_NUMBER.match(lines[first].text)):
        first += 1
    end = first
    while end < len(lines) and _fits(lines[end], bounds) \
            and (end == first or 0 < lines[end].top - lines[end - 1].top <= 4 * bounds.size):
        end += 1
    run = lines[first:end]
    if len(run) < 2 and not any(_is_anchor(l) for l in run):
        return None
    return _table(lines, first, end, bounds)


def _is_anchor(line) -> bool:
    return line.source == "body" and len(line.segments) >= MIN_ANCHOR_SEGMENTS


def _anchor_groups(lines: list, anchors: list[int]) -> list[list[int]]:
    """Anchors near one another: at most MAX_BETWEEN lines between, each a few line heights below the last."""
    groups: list[list[int]] = []
    for i in anchors:
        if groups:
            p = groups[-1][-1]
            close = all(b.top - a.top <= 4 * a.size for a, b in zip(lines[p:i], lines[p + 1:i + 1]))
            if i - p - 1 <= MAX_BETWEEN and close:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def _tables_in(lines: list, group: list[int], floor: int) -> list[StreamTable]:
    """Tables from one group of anchors: split where a line between them crosses the columns."""
    if len(group) < 2:
        return []
    bounds = _column_starts(lines, group)
    if bounds is None:
        return []
    bounds = _with_left_column(lines[group[0]:group[-1] + 1], bounds)
    for k in range(group[0] + 1, group[-1]):
        if k not in group and not _fits(lines[k], bounds):
            before = [i for i in group if i < k]
            after = [i for i in group if i > k]
            return _tables_in(lines, before, floor) + _tables_in(lines, after, k + 1)
    first, end = _extend(lines, group[0], group[-1] + 1, bounds, floor)
    if len(group) < 3 and end - first < 3:
        return []
    return [_table(lines, first, end, bounds)]


# --- columns ----------------------------------------------------------------------------------------

def _column_starts(lines: list, group: list[int]) -> "Bounds | None":
    """Columns from the anchors' gutters: x ranges (at least about a character wide) covered by no
    more than one anchor in six, or one of four (a header over several columns), inside the
    anchors' extent."""
    anchors = [lines[i] for i in group]
    lo = min(l.x0 for l in anchors)
    hi = max(l.x1 for l in anchors)
    size = statistics.median(l.size for l in anchors)
    width = int(hi - lo) + 2
    cover = [0] * width
    for line in anchors:
        seen = bytearray(width)
        for w in line.words:
            a, b = max(0, int(w["x0"] - lo)), min(width, int(w["x1"] - lo) + 1)
            seen[a:b] = b"\x01" * (b - a)
        for x in range(width):
            cover[x] += seen[x]
    allow = max(len(anchors) // 6, 1 if len(anchors) >= 4 else 0)
    gutters: list[tuple[float, float]] = []
    x = 0
    while x < width:
        if cover[x] <= allow:
            y = x
            while y < width and cover[y] <= allow:
                y += 1
            if y - x >= max(5.0, 0.6 * size) and 0 < x and y < width:
                gutters.append((lo + x, lo + y))
            x = y
        else:
            x += 1
    if len(gutters) < 2:                    # two columns never make a table here
        return None
    return Bounds(lo, hi, [g[1] for g in gutters], size)


@dataclass
class Bounds:
    left: float
    right: float
    starts: list[float]                      # where each column after the first starts
    size: float

    def column(self, x: float) -> int:
        return sum(1 for s in self.starts if x >= s - START_SLACK)


def _with_left_column(run: list, bounds: Bounds) -> Bounds:
    """A column the anchors leave empty at the left (the row numbers of rows that only head a
    group: '13 | Y tế:'): words of the lines between the anchors standing clear left of the table."""
    clear = bounds.left - max(5.0, 0.6 * bounds.size)
    outside = [w["x0"] for line in run if line.source == "body" for w in line.words if w["x1"] < clear]
    if not outside:
        return bounds
    return Bounds(min(outside), bounds.right, [bounds.left] + bounds.starts, bounds.size)


def _fits(line, bounds: Bounds) -> bool:
    """Does the line sit inside the table with no word across a column's start?"""
    slack = max(6.0, bounds.size)
    if line.source != "body" or line.x0 < bounds.left - slack or line.x1 > bounds.right + slack:
        return False
    return not any(_crosses(w, s) for w in line.words for s in bounds.starts)


def _crosses(word: dict, start: float) -> bool:
    return word["x0"] < start - START_SLACK < word["x1"] - START_SLACK


def _extend(lines: list, first: int, end: int, bounds: Bounds, floor: int) -> tuple[int, int]:
    """The anchors' lines with the fitting lines just above (a header's first lines, or at the
    page's top the rest of a row the page break cut) and below (the last row's wrapped lines): no
    farther from their neighbour than lines in the table are."""
    pitch = max(b.top - a.top for a, b in zip(lines[first:end], lines[first + 1:end]))
    pitch = min(pitch, 5 * bounds.size)
    k = first
    while k > floor and _fits(lines[k - 1], bounds) \
            and 0 < lines[k].top - lines[k - 1].top <= 1.1 * pitch and not _is_anchor(lines[k - 1]):
        k -= 1
    if k > 0 and first - k > MAX_ABOVE:         # all of them only from the page's top: a row goes on
        k = first - MAX_ABOVE
    j = end
    while j < len(lines) and j - end < MAX_BELOW and _fits(lines[j], bounds) \
            and 0 < lines[j].top - lines[j - 1].top <= 1.1 * pitch and not _is_anchor(lines[j]):
        j += 1
    return k, j


# --- rows and cells ---------------------------------------------------------------------------------

def _table(lines: list, first: int, end: int, bounds: Bounds) -> StreamTable:
    run = lines[first:end]
    n = len(bounds.starts) + 1
    spacing = _spacing(run)
    rows: list[list[StreamCell]] = []
    prev = None
    for line in run:
        pieces = _pieces(line, bounds)
        if not rows or _starts_row(line, prev, pieces, rows[-1], spacing):
            rows.append([])
        _add(rows[-1], pieces)
        prev = line
    starts = [bounds.left] + bounds.starts + [bounds.right]
    return StreamTable(first, end, [full_row(r, n) for r in rows], starts, run[0].top,
                       max(l.bottom for l in run), bounds)


def _spacing(run: list) -> tuple[float, bool]:
    """The spacing of a cell's wrapped lines (the smallest line-to-line distance in the table), and
    whether some lines are farther apart (rows spaced wider than a cell's lines)."""
    diffs = [b.top - a.top for a, b in zip(run, run[1:]) if b.top - a.top > 0.6 * a.size]
    if not diffs:
        return 0.0, False
    tight = min(diffs)
    return tight, any(d > 1.4 * tight for d in diffs)


def _pieces(line, bounds: Bounds) -> list[StreamCell]:
    """The line's words cut where a column starts between two of them; a piece that a word, or a
    mere word space, carries across a column's start (a header over several columns: 'Kế hoạch' /
    '2027' over 'Lượng' and 'Giá trị') spans them."""
    pieces: list[StreamCell] = []
    prev = None
    for w in line.words:
        col = bounds.column(w["x0"])
        last = bounds.column(w["x1"] - START_SLACK)
        spaced = prev is not None and w["x0"] - prev["x1"] < WORD_SPACE * (w.get("size") or bounds.size)
        prev = w
        if pieces and (pieces[-1].col + pieces[-1].span - 1 >= col or spaced):
            cell = pieces[-1]
            cell.span = max(cell.span, last - cell.col + 1)
            cell.lines[0].append(w)
        else:
            pieces.append(StreamCell(col, last - col + 1, [[w]]))
    return pieces


def _starts_row(line, prev, pieces: list[StreamCell], row: list[StreamCell], spacing: tuple[float, bool]) -> bool:
    """Does the line start a new row rather than go on with `row`? Where rows are spaced wider
    than a cell's lines (`spacing`: the tight pitch, and whether wider gaps occur), the gap says;
    where they are not (Word's cells have no padding above and below), the text does."""
    tight, telling = spacing
    gap = line.top - prev.top
    first = " ".join(w["text"] for w in pieces[0].lines[0]) if pieces[0].col == 0 else ""
    if telling:
        return gap > 1.2 * tight
    if _is_anchor(line):                         # a new row, unless a header's second line
        return bool(first) or not _wraps(pieces, row) or not pieces[0].lines[0][0]["text"][:1].islower()
    if first and ROW_MARK.match(first.split(" ", 1)[0]):
        return True
    if first and not telling and first[:1].isupper() and not _upper_above(row):
        return True                            # a label alone in its row
    filled = {c.col for c in row if c.lines}
    return any(p.col not in filled for p in pieces) and not _wraps(pieces, row)


def _upper_above(row: list[StreamCell]) -> bool:
    """Is the row's first cell written in capitals so far (a heading that wraps: 'CÂY' / 'CÔNG')?"""
    cell = next((c for c in row if c.col == 0 and c.lines), None)
    letters = [ch for w in (cell.lines[-1] if cell else []) for ch in w["text"] if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _wraps(pieces: list[StreamCell], row: list[StreamCell]) -> bool:
    """Lower-case starts in columns the row has text in: the cells' words going on."""
    by_col = {c.col: c for c in row}
    return all(p.col in by_col or p.lines[0][0]["text"][:1].islower() for p in pieces) \
        and any(p.lines[0][0]["text"][:1].islower() for p in pieces)


def _add(row: list[StreamCell], pieces: list[StreamCell]) -> None:
    for p in pieces:
        same = next((c for c in row if c.col == p.col), None)
        if same is not None:
            same.lines.extend(p.lines)
            same.span = max(same.span, p.span)
        else:
            row.append(p)


def full_row(row: list[StreamCell], n: int) -> list[StreamCell]:
    """The row's cells left to right, an empty cell for each column with no text, overlaps dropped."""
    out: list[StreamCell] = []
    col = 0
    for cell in sorted(row, key=lambda c: c.col):
        if cell.col < col:                    # a piece under a wider one: its words join it
            out[-1].lines.extend(cell.lines)
            continue
        out.extend(StreamCell(k, 1) for k in range(col, cell.col))
        cell.span = min(cell.span, n - cell.col)
        out.append(cell)
        col = cell.col + cell.span
    out.extend(StreamCell(k, 1) for k in range(col, n))
    return out
