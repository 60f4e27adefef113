"""Side-by-side column groups of a table, unfolded into one stacked table before its columns are read.

A long list printed in two halves ('Tỉnh, thành phố | Tăng trưởng (%) | Tỉnh, thành phố | Tăng trưởng (%)', or
'TT | Đơn vị | Chỉ tiêu | TT | Đơn vị | Chỉ tiêu') repeats its header texts across the width: each group is the
same table. Read stacked, group after group (the left half then the right half, as the list runs), every group's
rows meet the one set of column roles. The stacked cells are copies placed in the new grid; `real_cells` maps
each place back to the cell as written, so a record's provenance names the real row and column.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import regex

from extractor.model import Block, Cell, Indicator

WORD_RX = regex.compile(r"\p{L}{2,}")


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def group_width(block: Block) -> Optional[int]:
    """The width of the repeated header group ('A | B | A | B': 2), or None when the first row does not repeat
    one group of two or more columns across the whole width. Merged cells leave a table as it is."""
    cells = block.cells or []
    if any(c.colspan > 1 or c.rowspan > 1 for c in cells):
        return None
    width = block.n_cols
    top = _row_texts(block, 0)
    for k in range(2, width // 2 + 1):
        # a group names at least two of its columns apart, and every group is the same
        if width % k == 0 and len({t for t in top[:k] if WORD_RX.search(t)}) >= 2 and _repeats(top, k):
            return k
    return None


def _repeats(top: list[str], k: int) -> bool:
    return all(top[g:g + k] == top[:k] for g in range(k, len(top), k))


def _row_texts(block: Block, r: int) -> list[str]:
    out = [""] * block.n_cols
    for c in block.cells or []:
        if c.row == r:
            out[c.col] = _folded(c.text)
    return out


def _header_depth(block: Block, k: int) -> int:
    """How many rows the header takes: the first, and the worded rows under it that repeat as it does ('Năm 2026 |
    Năm 2027' under each group's measure)."""
    depth = 1
    while depth < min(3, block.n_rows):
        texts = _row_texts(block, depth)
        if not (_repeats(texts, k) and any(WORD_RX.search(t) for t in texts)):
            break
        depth += 1
    return depth


def unfolded(block: Block) -> tuple[Block, dict[tuple[int, int], Cell]]:
    """The table with its side-by-side groups stacked (`group_width`), and each stacked place's real cell; the
    table itself and an empty map when nothing repeats. The header is the first group's; a group's blank rows
    (the right half's last row, left empty) are dropped."""
    k = group_width(block)
    if k is None:
        return block, {}
    cells = block.cells or []
    depth = _header_depth(block, k)
    out: list[Cell] = [replace(c) for c in cells if c.row < depth and c.col < k]
    real: dict[tuple[int, int], Cell] = {(c.row, c.col): c for c in cells if c.row < depth and c.col < k}
    row = depth
    for g in range(0, block.n_cols, k):
        for r in range(depth, block.n_rows):
            part = [c for c in cells if c.row == r and g <= c.col < g + k]
            if not any(c.text.strip() for c in part):
                continue
            for c in part:
                out.append(replace(c, row=row, col=c.col - g))
                real[(row, c.col - g)] = c
            row += 1
    return replace(block, cells=out), real


def with_real_cells(records: list[Indicator], real: dict[tuple[int, int], Cell]) -> list[Indicator]:
    """Records read from a stacked table, their label, target and result places set back to the real cells."""
    for rec in records:
        for prov in (rec.prov, rec.target_prov, rec.actual_prov):
            if prov is not None and prov.row is not None and (prov.row, prov.col) in real:
                cell = real[(prov.row, prov.col)]
                prov.row, prov.col = cell.row, cell.col
    return records
