"""Tables without rules whose cells are vertically centred paragraphs, for the PDF reader.

A browser's or LibreOffice's print of an HTML table drawn without borders, with merged cells (QĐ 51's
criteria tables: a criterion's name over several rows, a ministry's guidance over the three group
columns) centres each cell's lines in its row: a short cell's line sits beside the third line of a
long one, so the page's lines mix the rows and pdf_stream, which reads line by line, cannot read it.
Here the words are gathered into blocks instead (a cell's lines: close below one another, words a
word space apart), and a table is found where blocks that open with a row number ('2.4.') stand in
one column and the blocks beside them are centred on them rather than level with their first line.
Each numbered block makes a row with the blocks centred beside it; blocks beside no numbered block
(the guidance merged over several columns) make a row of their own; blocks left of the numbered
column (a criterion's number and name, merged down over its rows) join the row nearest to them.
The columns are the x ranges of the narrow blocks (a block over two ranges spans them), seeded with
the columns of the table the page before ended with.

Top-aligned tables (Word's, most ruled ones) never qualify: their cells start level with the row's
number, and pdf_stream reads them. Prose, however numbered, has no blocks beside it.

Works on the reader's words (dicts with `text`, `x0`, `x1`, `top`, `bottom`, `size`) and returns
pdf_stream's StreamTable, so it imports nothing of the reader.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from extractor.read.pdf_stream import Bounds, StreamCell, StreamTable, full_row

WORD_GAP = 0.36         # font sizes: a wider gap on a line is a gutter between cells (spaces: 0.2–0.3)...
SPACE_SLACK = 1.15      # ...or wider than this many of the page's usual spaces, for a font with wide ones
LINE_GAP = 0.3          # font sizes: a cell's lines are at most this farther apart than the page's usual lines
CENTRED = 0.6           # font sizes: a block beside a numbered one starting this far below its top is centred
MIN_ROWS = 3            # numbered blocks in one column at least
MIN_CENTRED = 2         # of them with a centred block beside them at least
SPACE = 3.5             # font sizes: empty space above or below that ends the table
ALIGN = 3.0             # points: numbered blocks of one column start within this of each other
ROW_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$")      # '2.4.', '10.2': a sub-item's number


@dataclass
class Block:
    words: list[dict]
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min(w["x0"] for w in self.words)
        self.x1 = max(w["x1"] for w in self.words)
        self.top = min(w["top"] for w in self.words)
        self.bottom = max(w["bottom"] for w in self.words)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    def lines(self) -> list[list[dict]]:
        out: list[list[dict]] = []
        for w in sorted(self.words, key=lambda w: (w["top"], w["x0"])):
            if out and _same_line(out[-1][0], w):
                out[-1].append(w)
            else:
                out.append([w])
        return [sorted(line, key=lambda w: w["x0"]) for line in out]

    def first_word(self) -> str:
        return self.lines()[0][0]["text"]


def find_tables(words: list[dict], carry: "Bounds | None" = None) -> list[StreamTable]:
    """The centred-cell tables among a page's words (at most one: the page's numbered column),
    `carry`: the columns of such a table the page before ended with."""
    if len(words) < 20 or not _numbers_in_a_column(words):
        return []
    size = statistics.median(_size(w) for w in words)
    blocks = _blocks(words, size)
    keys = _key_column(blocks, size)
    if not keys:
        return []
    # a narrow gutter lets the name left of a number run into it ('Hạ tầng' + '2.1. Hệ thống'):
    # cut the blocks at the numbered column's left edge and look again
    blocks = _cut_at(blocks, min(k.x0 for k in keys) - 1.0, size)
    keys = _key_column(blocks, size)
    if not keys:
        return []
    inside = _region(blocks, keys, size)
    bounds = _columns(inside, size, carry)
    if bounds is None:
        return []
    return [_table(inside, keys, bounds, size, carry is not None)]


def _numbers_in_a_column(words: list[dict]) -> bool:
    """Row numbers at one x, enough of them: the cheap test that spares most pages the rest."""
    xs = sorted(w["x0"] for w in words if ROW_NUMBER.match(w["text"]))
    return any(b - a <= ALIGN for a, b in zip(xs, xs[MIN_ROWS - 1:]))


def used_words(table: StreamTable) -> set[int]:
    return {id(w) for row in table.rows for c in row for line in c.lines for w in line}


# --- words → blocks ---------------------------------------------------------------------------------

def _size(w: dict) -> float:
    return w.get("size") or (w["bottom"] - w["top"])


def _same_line(a: dict, b: dict) -> bool:
    overlap = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return overlap > 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"])


def _joined(a: dict, b: dict, space: float, leading: float) -> bool:
    """One cell's words: a word space apart on a line, or on the next line below overlapping."""
    if _same_line(a, b):
        return max(a["x0"], b["x0"]) - min(a["x1"], b["x1"]) < space
    upper, lower = (a, b) if a["top"] < b["top"] else (b, a)
    gap = lower["top"] - upper["bottom"]
    return -0.3 * _size(a) < gap < leading and min(a["x1"], b["x1"]) > max(a["x0"], b["x0"])


def _leading(words: list[dict], size: float) -> float:
    """The widest gap between a cell's lines: the page's usual gap from a word to the one below it
    (line spacing 1.0 leaves none, a browser's 1.5 half a line), and a little more."""
    gaps = []
    by_top = sorted(words, key=lambda w: w["top"])
    for n, a in enumerate(by_top):
        for b in by_top[n + 1:]:
            if b["top"] - a["bottom"] > size:
                break
            if not _same_line(a, b) and b["top"] > a["top"] and min(a["x1"], b["x1"]) > max(a["x0"], b["x0"]):
                gaps.append(round(b["top"] - a["bottom"]))
                break
    usual = Counter(gaps).most_common(1)[0][0] if gaps else 0.0
    return max(usual, 0.0) + LINE_GAP * size


def _space(words: list[dict], size: float) -> float:
    """The widest gap between two words of a cell on one line."""
    gaps = []
    by_line = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    for a, b in zip(by_line, by_line[1:]):
        if _same_line(a, b) and 0 < b["x0"] - a["x1"] < size:
            gaps.append(round(2 * (b["x0"] - a["x1"])) / 2)
    usual = Counter(gaps).most_common(1)[0][0] if gaps else 0.0
    return max(WORD_GAP * size, SPACE_SLACK * usual)


def _blocks(words: list[dict], size: float) -> list[Block]:
    leading = _leading(words, size)
    space = _space(words, size)
    order = sorted(range(len(words)), key=lambda i: words[i]["top"])
    parent = list(range(len(words)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for n, i in enumerate(order):
        for j in order[n + 1:]:
            if words[j]["top"] - words[i]["bottom"] > leading:
                break
            if _joined(words[i], words[j], space, leading):
                parent[root(i)] = root(j)
    groups: dict[int, list[dict]] = {}
    for i in order:
        groups.setdefault(root(i), []).append(words[i])
    return sorted((Block(g) for g in groups.values()), key=lambda b: (b.top, b.x0))


def _cut_at(blocks: list[Block], edge: float, size: float) -> list[Block]:
    """Blocks with words on both sides of `edge` and none across it, as the blocks of each side."""
    out: list[Block] = []
    for b in blocks:
        left = [w for w in b.words if w["x1"] <= edge]
        right = [w for w in b.words if w["x0"] >= edge]
        if left and right and len(left) + len(right) == len(b.words):
            out.extend(_blocks(left, size) + _blocks(right, size))
        else:
            out.append(b)
    return sorted(out, key=lambda b: (b.top, b.x0))


# --- the numbered column ----------------------------------------------------------------------------

def _key_column(blocks: list[Block], size: float) -> list[Block]:
    """The numbered blocks of the column with the most of them, if they make a centred table."""
    numbered = [b for b in blocks if ROW_NUMBER.match(b.first_word())]
    columns: list[list[Block]] = []
    for b in sorted(numbered, key=lambda b: b.x0):
        if columns and abs(columns[-1][0].x0 - b.x0) <= ALIGN:
            columns[-1].append(b)
        else:
            columns.append([b])
    best = max(columns, key=len, default=[])
    if len(best) < MIN_ROWS:
        return []
    centred = sum(1 for k in best if _has_centred_neighbour(k, blocks, size))
    return sorted(best, key=lambda b: b.top) if centred >= MIN_CENTRED else []


def _has_centred_neighbour(key: Block, blocks: list[Block], size: float) -> bool:
    return any(b.x0 > key.x1 and b.top - key.top > CENTRED * size and b.bottom <= key.bottom + size
               for b in blocks)


def _crosses(block: Block, keys: list[Block], size: float) -> bool:
    """Prose across the table: over the numbered column and on past its right edge."""
    left = min(k.x0 for k in keys)
    right = max(k.x1 for k in keys)
    return block.x0 < right and block.x1 > right + size and block.x1 - block.x0 > (right - left) * 1.2


def _region(blocks: list[Block], keys: list[Block], size: float) -> list[Block]:
    """The table's blocks: from the numbered ones up and down, the nearest first, while no wide
    space or prose across the table comes between."""
    inside = [b for b in blocks if keys[0].top <= b.top and b.bottom <= keys[-1].bottom
              or keys[0].top <= b.middle <= keys[-1].bottom]
    top, bottom = min(b.top for b in inside), max(b.bottom for b in inside)
    for b in sorted((b for b in blocks if b.top < top and b not in inside), key=lambda b: -b.bottom):
        if _crosses(b, keys, size) or top - b.bottom > SPACE * size:
            break
        inside.append(b)
        top = min(top, b.top)
    for b in sorted((b for b in blocks if b.bottom > bottom and b not in inside), key=lambda b: b.top):
        if _crosses(b, keys, size) or b.top - bottom > SPACE * size:
            break
        inside.append(b)
        bottom = max(bottom, b.bottom)
    return sorted((b for b in inside if not _crosses(b, keys, size)), key=lambda b: (b.top, b.x0))


# --- columns ----------------------------------------------------------------------------------------

def _columns(blocks: list[Block], size: float, carry: "Bounds | None") -> "Bounds | None":
    """x ranges of the blocks, narrowest first: a block within one range widens it, a block over
    two or more spans them and is left out."""
    ranges: list[list[float]] = []
    if carry is not None:
        edges = [carry.left] + carry.starts + [carry.right]
        ranges = [[a + 0.5, b - 0.5] for a, b in zip(edges, edges[1:])]
    for b in sorted(blocks, key=lambda b: b.x1 - b.x0):
        hit = [r for r in ranges if r[0] < b.x1 and b.x0 < r[1]]
        if not hit:
            ranges.append([b.x0, b.x1])
        elif len(hit) == 1:
            hit[0][0], hit[0][1] = min(hit[0][0], b.x0), max(hit[0][1], b.x1)
    ranges.sort()
    merged: list[list[float]] = []
    for r in ranges:
        if merged and r[0] < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], r[1])
        else:
            merged.append(r)
    if len(merged) < 3:
        return None
    starts = [(a[1] + b[0]) / 2 for a, b in zip(merged, merged[1:])]
    left = carry.left if carry is not None else merged[0][0]
    right = carry.right if carry is not None else merged[-1][1]
    return Bounds(min(left, merged[0][0]), max(right, merged[-1][1]), starts, size)


# --- rows -------------------------------------------------------------------------------------------

def _table(blocks: list[Block], keys: list[Block], bounds: Bounds, size: float, going_on: bool) -> StreamTable:
    key_col = bounds.column(keys[0].x0)
    above = [b for b in blocks if b.bottom <= keys[0].top and b not in keys]
    rows: list[list[Block]] = _header_rows(above, bounds) if not going_on else ([above] if above else [])
    rows += _body_rows([b for b in blocks if b not in above], keys, bounds, key_col, size)
    n = len(bounds.starts) + 1
    cells = [full_row(_cells(row, bounds), n) for row in rows if row]
    return StreamTable(0, 0, cells, [bounds.left] + bounds.starts + [bounds.right],
                       min(b.top for b in blocks), max(b.bottom for b in blocks), bounds)


def _header_rows(above: list[Block], bounds: Bounds) -> list[list[Block]]:
    """A header of two levels: a label over several columns on the first row, the labels under it
    on the second."""
    under = [b for b in above if any(o is not b and o.bottom <= b.top and _over(o, b, bounds) for o in above)]
    first = [b for b in above if b not in under]
    return [first, under] if under else [first]


def _over(upper: Block, lower: Block, bounds: Bounds) -> bool:
    """Does `upper` stand over the column `lower` starts in?"""
    col = bounds.column(lower.x0)
    return bounds.column(upper.x0) <= col <= bounds.column(upper.x1 - 2.0)


def _body_rows(blocks: list[Block], keys: list[Block], bounds: Bounds, key_col: int, size: float) -> list[list[Block]]:
    """A row for each numbered block with the blocks beside it; where those stand in bands one
    below another (the values, then the guidance merged over the group columns), a row for each
    further band, as the HTML table has them. Blocks beside no numbered block: rows of their own."""
    beside: dict[int, list[Block]] = {id(k): [] for k in keys}
    left: dict[int, list[Block]] = {id(k): [] for k in keys}
    alone: list[Block] = []
    for b in blocks:
        if b in keys:
            continue
        if bounds.column(b.x0) < key_col:
            left[id(min(keys, key=lambda k: abs(k.middle - b.middle)))].append(b)
            continue
        k = next((k for k in keys if k.top - 0.5 * size <= b.middle <= k.bottom + 0.5 * size), None)
        if k is not None and abs(b.middle - k.middle) < 0.75 * size:
            left[id(k)].append(b)           # centred on the number: merged down over the bands
        else:
            (beside[id(k)] if k is not None else alone).append(b)
    out: list[tuple[float, list[Block]]] = []
    for k in keys:
        bands = _bands(beside[id(k)]) or [[]]
        out.append((k.top, [k] + left[id(k)] + bands[0]))
        out.extend((min(b.top for b in band), band) for band in bands[1:])
    out.extend((min(b.top for b in band), band) for band in _bands(alone))
    return [row for _, row in sorted(out, key=lambda t: t[0])]


def _bands(blocks: list[Block]) -> list[list[Block]]:
    """Blocks side by side (overlapping vertically) as one row."""
    out: list[list[Block]] = []
    for b in sorted(blocks, key=lambda b: b.top):
        if out and b.top < max(o.bottom for o in out[-1]):
            out[-1].append(b)
        else:
            out.append([b])
    return out


def _cells(row: list[Block], bounds: Bounds) -> list[StreamCell]:
    by_col: dict[int, StreamCell] = {}
    for b in sorted(row, key=lambda b: b.top):
        col = bounds.column(b.x0)
        span = bounds.column(b.x1 - 2.0) - col + 1
        cell = by_col.setdefault(col, StreamCell(col, span))
        cell.span = max(cell.span, span)
        cell.lines.extend(b.lines())
    return list(by_col.values())

