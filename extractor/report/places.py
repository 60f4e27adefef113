"""Where a value sits, in words a reader can follow on the printed document: 'trang 3, bảng 1
dòng 4' or 'trang 2, đoạn 5' ('đoạn 12' for a file without pages). Built from the document's
blocks; character offsets never reach the page."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from extractor.report.words import NONE


@dataclass(frozen=True)
class Place:
    page: Optional[int] = None
    table: Optional[int] = None         # the document's Nth table (1-based)
    row: Optional[int] = None           # rows counted from the table's top, header rows included
    paragraph: Optional[int] = None     # Nth text block on its page, or in the document without pages

    def words(self) -> str:
        parts = [f"trang {self.page}"] if self.page else []
        if self.table:
            parts.append(f"bảng {self.table}" + (f" dòng {self.row}" if self.row else ""))
        elif self.paragraph:
            parts.append(f"đoạn {self.paragraph}")
        return ", ".join(parts) or NONE


@dataclass(frozen=True)
class BlockNumber:
    kind: str
    page: Optional[int]
    number: int                         # table number, or paragraph number (per page when paged)


class DocumentPlaces:
    """Numbers every block of one document the way a reader counts them."""

    def __init__(self, blocks: list[dict]):
        self.blocks: dict[int, BlockNumber] = {}
        tables, paragraphs = 0, {}
        for b in sorted(blocks, key=lambda b: b["idx"]):
            if b["kind"] == "table":
                tables += 1
                self.blocks[b["id"]] = BlockNumber("table", b.get("page"), tables)
            else:
                paragraphs[b.get("page")] = paragraphs.get(b.get("page"), 0) + 1
                self.blocks[b["id"]] = BlockNumber("text", b.get("page"), paragraphs[b.get("page")])

    @classmethod
    def of(cls, db, document_id: int) -> "DocumentPlaces":
        return cls(list(db.query("select id, idx, kind, page from blocks where document_id = ?", [document_id])))

    def place(self, row: dict) -> Place:
        """The place of an extracted row (indicator, figure, check) from its block, page and table row."""
        block = self.blocks.get(row.get("block_id"))
        page = row.get("page") or (block.page if block else None)
        if block is None:
            return Place(page=page)
        if block.kind == "table":
            r = row.get("row")
            return Place(page=page, table=block.number, row=None if r is None else r + 1)
        # a paragraph's number counts on the block's first page; a value further down keeps it
        return Place(page=block.page or page, paragraph=block.number)
