"""A document holding one table, built from rows of cell texts as a reader gives them: for tests of
the table rules (units, counts, rates, targets) without a file."""
from __future__ import annotations

from extractor.extract.quantities import extract_quantities
from extractor.model import Block, Cell, Document, Segment


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


def table_quantities(rows: list[list[str]], above: str = "", kinds=("count", "percent")) -> list[tuple]:
    """The table's quantities as (kind, value, row, col); `above` is the paragraph right over it."""
    doc = table_document(rows)
    table = doc.blocks[0]
    if above:
        shift = len(above) + 2
        for c in table.cells:
            c.start, c.end = c.start + shift, c.end + shift
        para = Block(index=0, kind="paragraph", text=above, start=0, end=len(above))
        table = Block(index=1, kind="table", text=table.text, start=shift, end=table.end + shift, cells=table.cells)
        doc = Document(path=doc.path, format=doc.format, text=above + "\n\n" + table.text, blocks=[para, table])
    qs = extract_quantities(doc, [Segment(c.text, c.start, c.end, table, cell=c) for c in table.cells])
    return [(q.kind, q.value, q.prov.row, q.prov.col) for q in qs if q.kind in kinds]
