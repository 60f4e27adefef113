"""Typed records that flow through the pipeline: read → normalise → segment → extract → link → check → store.

Readers produce a `RawDocument` (text as read). `normalize.normalize_document` turns it into a
`Document` whose blocks and table cells carry offsets into one normalised (NFC) document text.
Every extracted record carries a `Provenance` pointing back into that text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional


# --- what readers return -------------------------------------------------------------------------

class Box(NamedTuple):
    """Where a word of a block's (cell's) text as read is on the page: characters [start, end) of
    `RawBlock.text` (`RawCell.text`), and the page's coordinates in points from its top-left corner
    (pdfplumber's). The PDF reader gives one per word; other readers none. Blocks and cells hold
    them as plain tuples in this order (`Box._make(t)` names the fields): a worker sends every
    document's boxes to the main process, and plain tuples pickle seven times faster."""
    start: int
    end: int
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class RawCell:
    text: str
    rowspan: int = 1
    colspan: int = 1
    page: Optional[int] = None
    is_header: bool = False
    boxes: Optional[list[tuple]] = None    # PDF: where the words of `text` are (Box fields)


@dataclass
class RawBlock:
    kind: str                       # 'heading' | 'paragraph' | 'list_item' | 'table'
    text: str = ""                  # as read (may hold line breaks); empty for tables
    page: Optional[int] = None      # 1-based page for paged formats
    ocr: bool = False
    rows: Optional[list[list[RawCell]]] = None   # tables only
    level: Optional[int] = None     # heading level, when known
    source: str = "body"            # 'body' | 'header' | 'footer' | 'footnote'
    boxes: Optional[list[tuple]] = None    # PDF: where the words of `text` are (Box fields)


@dataclass
class RawDocument:
    format: str                     # 'txt' | 'md' | 'docx' | 'pdf' | 'html' | 'doc' | ...
    blocks: list[RawBlock]
    pages: Optional[int] = None
    site_meta: dict = field(default_factory=dict)   # portal metadata box (html), used only to fill gaps
    warnings: list[str] = field(default_factory=list)
    ocr: bool = False
    encoding: Optional[str] = None


# --- the normalised document --------------------------------------------------------------------

@dataclass
class Cell:
    row: int
    col: int
    text: str                       # normalised
    start: int                      # offsets into Document.text
    end: int
    raw: str = ""                   # as written
    rowspan: int = 1
    colspan: int = 1
    page: Optional[int] = None
    is_header: bool = False
    to_raw: Optional[list[int]] = None   # normalised char i -> index in raw
    boxes: Optional[list[tuple]] = None  # the reader's word boxes (Box fields), offsets into `raw`


@dataclass
class Block:
    index: int
    kind: str
    text: str                       # normalised; for tables, cells joined by ' | ' and rows by '\n'
    start: int
    end: int
    raw: str = ""
    page: Optional[int] = None
    ocr: bool = False
    level: Optional[int] = None
    source: str = "body"
    cells: Optional[list[Cell]] = None   # tables only, row-major
    to_raw: Optional[list[int]] = None
    boxes: Optional[list[tuple]] = None  # the reader's word boxes (Box fields), offsets into `raw`

    @property
    def n_rows(self) -> int:
        return 1 + max((c.row for c in self.cells or []), default=-1)

    @property
    def n_cols(self) -> int:
        return 1 + max((c.col for c in self.cells or []), default=-1)

    def grid(self) -> list[list[Optional[Cell]]]:
        """Rows × columns; a merged cell appears once, at its top-left position."""
        out: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells or []:
            out[c.row][c.col] = c
        return out


@dataclass
class Document:
    path: str
    format: str
    text: str
    blocks: list[Block]
    pages: Optional[int] = None
    site_meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    ocr: bool = False


@dataclass
class Segment:
    """A unit the extractors read: one sentence of a text block, or one table cell."""
    text: str
    start: int                      # offsets into Document.text
    end: int
    block: Block
    cell: Optional[Cell] = None
    section: tuple[str, ...] = ()   # enclosing headings, outermost first


# --- extracted records ----------------------------------------------------------------------------

@dataclass
class Provenance:
    block: int                      # Block.index
    start: int                      # offsets into Document.text
    end: int
    text: str                       # the text as written (original characters)
    rule: str                       # id of the pattern or rule that produced the value
    page: Optional[int] = None
    row: Optional[int] = None       # table row/column when the value came from a cell
    col: Optional[int] = None
    ocr: bool = False
    bbox: Optional[tuple] = None    # PDFs: (x0, top, x1, bottom) on the page, points from its top-left


@dataclass
class Quantity:
    prov: Provenance
    kind: str                       # percent | count | ratio | range | money | measure
    value: Optional[float] = None
    high: Optional[float] = None
    numerator: Optional[float] = None
    denominator: Optional[float] = None
    unit: Optional[str] = None
    comparator: Optional[str] = None    # '>=', '>', '<=', '<', '=', '~', 'range'
    subject: Optional[str] = None
    context: Optional[str] = None       # the sentence or cell it sits in
    footnote: Optional[str] = None
    uncertain: Optional[str] = None     # why the parse is unsure, when it is
    stated_percent: Optional[float] = None  # a/b=c% and a/b (đạt c%)
    # 'low' | 'high': a count at one end of a range of counted things ('22 - 23 triệu lượt khách'), over
    # that end's figure; the range row is what people read, these rows count each written number once
    range_end: Optional[str] = None


@dataclass
class LegalRef:
    kind: str                       # Nghị định, Quyết định, ...
    number: Optional[str]
    symbol: Optional[str]
    year: Optional[int] = None
    issuer: Optional[str] = None
    issued_date: Optional[str] = None   # ISO date, or partial 'YYYY-MM' / 'YYYY'
    date_text: Optional[str] = None
    key: str = ""                   # canonical key, e.g. 'nghi-dinh:42/2022/NĐ-CP'
    relation: Optional[str] = None  # căn cứ, thực hiện, thay thế, sửa đổi, bãi bỏ
    repaired: bool = False
    title: Optional[str] = None     # from patterns/known_documents when it resolves
    mentions: list[Provenance] = field(default_factory=list)


@dataclass
class DocumentMeta:
    doc_type: Optional[str] = None
    number: Optional[str] = None
    symbol: Optional[str] = None
    issuer: Optional[str] = None
    province: Optional[str] = None
    place: Optional[str] = None
    issued_date: Optional[str] = None
    title: Optional[str] = None
    signer: Optional[str] = None
    recipients: Optional[str] = None
    parent_doc_type: Optional[str] = None
    parent_number: Optional[str] = None
    parent_symbol: Optional[str] = None
    parent_issuer: Optional[str] = None
    parent_date: Optional[str] = None
    meta_source: dict = field(default_factory=dict)   # field -> 'header' | 'site' | 'parent'


@dataclass
class Indicator:
    prov: Provenance                # where the label is
    label: str
    ordinal: Optional[str] = None
    label_norm: Optional[str] = None
    level: Optional[str] = None
    target_comparator: Optional[str] = None
    target_value: Optional[float] = None
    target_high: Optional[float] = None
    target_unit: Optional[str] = None
    target_year: Optional[int] = None
    target_period: Optional[str] = None
    actual_comparator: Optional[str] = None
    actual_value: Optional[float] = None
    actual_unit: Optional[str] = None
    actual_period: Optional[str] = None
    status: Optional[str] = None
    status_norm: Optional[str] = None
    achieved: Optional[bool] = None
    lower_is_better: bool = False
    source_ref: Optional[str] = None        # the resolution the row answers (section or header)
    target_prov: Optional[Provenance] = None
    actual_prov: Optional[Provenance] = None
    quantity_refs: list[tuple[int, int]] = field(default_factory=list)   # (start, end) of supporting quantities
    confidence: float = 0.5


# --- provenance from a place in the document ------------------------------------------------------

def written_text(doc: Document, holder: Block | Cell, start: int, end: int) -> str:
    """The characters as written for document offsets [start, end) inside a block or a cell,
    through the normaliser's map; the normalised text where there is no map."""
    tr, raw = holder.to_raw, holder.raw
    lo, hi = start - holder.start, end - holder.start
    if tr and raw and 0 <= lo < hi <= len(tr):
        return raw[tr[lo]:tr[hi - 1] + 1]
    return doc.text[start:end]


def provenance(doc: Document, block: Block, start: int, end: int, rule: str,
               cell: Optional[Cell] = None) -> Provenance:
    """Where a value sits: its block (and cell), page, offsets and the text as written."""
    holder = cell if cell is not None else block
    return Provenance(block=block.index, start=start, end=end, text=written_text(doc, holder, start, end),
                      rule=rule, page=(cell.page if cell is not None and cell.page else block.page),
                      row=cell.row if cell is not None else None, col=cell.col if cell is not None else None,
                      ocr=block.ocr)


def page_boxes(holder: Block | Cell, start: int, end: int) -> list[tuple[int, float, float, float, float]]:
    """Where document offsets [start, end) inside a block or a cell are on the page, as
    (page, x0, top, x1, bottom), one box per line: the union of the boxes of the words they touch.
    Empty when the reader gave no boxes (formats without pages, OCR'd text)."""
    if not holder.boxes or not holder.to_raw:
        return []
    lo, hi = max(start - holder.start, 0), min(end - holder.start, len(holder.to_raw))
    if lo >= hi:
        return []
    raw_lo, raw_hi = holder.to_raw[lo], holder.to_raw[hi - 1] + 1
    out: list[list] = []
    for b_start, b_end, page, x0, top, x1, bottom in holder.boxes:
        if b_end <= raw_lo or b_start >= raw_hi:
            continue
        last = out[-1] if out else None
        if last and last[0] == page and min(last[4], bottom) - max(last[2], top) > 0:
            last[1], last[2], last[3], last[4] = min(last[1], x0), min(last[2], top), max(last[3], x1), max(last[4], bottom)
        else:
            out.append([page, x0, top, x1, bottom])
    return [tuple(x) for x in out]


def value_bbox(doc: Document, prov: Provenance) -> Optional[tuple[float, float, float, float]]:
    """The box (x0, top, x1, bottom) holding a value on its page, from the reader's word boxes: the
    words its offsets touch on `prov.page`. None without word boxes (formats without pages, OCR'd
    text), or when the value's words are all on another page (a table row continued on the next
    page keeps its first page). No second pass over the file."""
    if prov.ocr or not 0 <= prov.block < len(doc.blocks):
        return None
    block = doc.blocks[prov.block]
    if block.cells is None:
        holders = [block]
    elif prov.row is not None:
        holders = [c for c in block.cells if c.row == prov.row and c.col == prov.col]
    else:                                    # a value across cells: every cell it touches
        holders = [c for c in block.cells if c.start < prov.end and prov.start < c.end]
    on_page = [b for h in holders for b in page_boxes(h, prov.start, prov.end) if b[0] == prov.page]
    if not on_page:
        return None
    return (round(min(b[1] for b in on_page), 2), round(min(b[2] for b in on_page), 2),
            round(max(b[3] for b in on_page), 2), round(max(b[4] for b in on_page), 2))


def locate_value_boxes(doc: Document, provenances) -> int:
    """Set `bbox` on every provenance the reader's word boxes place (value_bbox); returns how many."""
    found = 0
    for p in provenances:
        if p is not None and p.page and not p.ocr and p.text.strip():
            p.bbox = value_bbox(doc, p)
            found += p.bbox is not None
    return found
