"""A document holding one table, built from rows of cell texts as a reader gives them: for tests of
the table rules (units, counts, rates, targets) without a file."""
from __future__ import annotations

from extractor.model import Block, Cell, Document


def table_document(rows: list[list[str]], path: str = "x.txt") -> Document:
    """Cells laid out row by row, ' | ' between them in the block's text."""
    cells, pos, text = [], 0, []
    for r, row in enumerate(rows):
        for c, t in enumerate(row):
            cells.append(Cell(row=r, col=c, text=t, start=pos, end=pos + len(t), raw=t, to_raw=list(range(len(t)))))
            text.append(t)
            pos += len(t) + 3
    block = Block(index=0, kind="table", text=" | ".join(text), start=0, end=pos, cells=cells)
    return Document(path=path, format="txt", text=block.text, blocks=[block])
