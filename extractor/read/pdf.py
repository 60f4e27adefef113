"""PDF reader: paragraphs in reading order, ruled tables with merged cells, tables continued across
pages joined back, running headers marked, scanned or garbled pages OCR'd.

PDFium (pdf_objects.py) parses each page into characters and ruling edges; pdfplumber's layout code
then works on them in the shapes it produces itself: words from characters, and its table finder
(lines strategy) only on pages whose ruling lines could make a cell. Per page: ruled tables, or
when there are none, tables drawn without rules found from their text's alignment (pdf_stream.py:
wrapped cells, several-line headers, across page breaks); the remaining words become lines,
lines become paragraph blocks. Side-by-side layout (the issuer | national-motto header of an
administrative document) is read left column first, then right. Text is returned as read: only
U+FFFE (a hyphen artefact) is replaced; NFC and line joining are the normaliser's job.

Every block and cell carries `boxes`: where each of its words is on the page (model.Box's fields).

Table rows follow the HTML convention: each row lists the cells that start in it, left to right;
a merged cell appears once with its rowspan/colspan (pdfplumber returns None for the covered slots).
"""
from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pdfplumber.table import TableFinder

from extractor.errors import ToolFailed
from extractor.model import RawBlock, RawCell, RawDocument
from extractor.read import ocr, pdf_cells, pdf_centred, pdf_objects, pdf_stream, pdf_words
from extractor.read.pdf_objects import PageObjects
from extractor.wrapping import BULLET_GLYPHS, continues

RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
MARGIN_ZONE = 0.09           # top/bottom share of the page where running headers/footers live
# an item's number has at most three digits: '2010) đạt 16%' closes a bracket the line above opened
LIST_MARKER = re.compile(r"^(?:[-–+*" + BULLET_GLYPHS + r"]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][.)]\s|[IVXLC]+\.\s|\(\d+\)\s)")
RANGE_REST = re.compile(r"[-–]\s*\d")                  # '- 06%/năm': the upper end of a range
SECTION = re.compile(r"^[IVXLC]{1,6}[.)]\s+\S")        # a section numbered in Roman numerals
INLINE_NUMBER = re.compile(r"^\((\d{1,2})\)\s")         # '(9) Số giường bệnh …': a target's number in brackets
PAGE_NUMBER = re.compile(r"^[-–\s]*(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–\s]*$", re.I)


# --- intermediate page data -------------------------------------------------------------------

@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str = ""
    segments: list["Line"] = field(default_factory=list)   # pieces split at wide gaps
    source: str = "body"
    words: list[dict] = field(default_factory=list)         # pdfplumber words, left to right


@dataclass
class Placed:
    """A block with its vertical position on the page (for ordering and table joining)."""
    top: float
    bottom: float
    block: RawBlock
    col_edges: list[float] = field(default_factory=list)   # tables: x of the column boundaries
    bbox: Optional[tuple] = None                            # ruled tables: their area
    open_ends: tuple[bool, bool] = (False, False)           # a row split by the page break (top, bottom)
    columns: Optional[pdf_stream.Bounds] = None             # aligned-text tables: their columns


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[Placed]
    ocr_reason: Optional[str] = None
    blocks: list[Placed] = field(default_factory=list)


# --- words → lines ------------------------------------------------------------------------------

def _clean(text: str) -> str:
    return text.replace("\ufffe", "-")


def _words_to_lines(words: list[dict]) -> list[Line]:
    """Cluster words into lines by vertical overlap, then split each line at wide gaps."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        for row in reversed(rows[-3:]):
            ref = row[0]
            overlap = min(ref["bottom"], w["bottom"]) - max(ref["top"], w["top"])
            if overlap > 0.5 * min(ref["bottom"] - ref["top"], w["bottom"] - w["top"]):
                row.append(w)
                break
        else:
            rows.append([w])
    lines = [_make_line(sorted(row, key=lambda w: w["x0"])) for row in rows]
    return sorted(lines, key=lambda l: (l.top, l.x0))


def _make_line(words: list[dict]) -> Line:
    size = statistics.median(w.get("size") or (w["bottom"] - w["top"]) for w in words)
    gap = max(1.5 * size, 16.0)     # a tab stop or column gutter; justified spaces stay well below
    pieces: list[list[dict]] = [[words[0]]]
    for w in words[1:]:
        if w["x0"] - pieces[-1][-1]["x1"] > gap:
            pieces.append([w])
        else:
            pieces[-1].append(w)
    segs = [_line_of(p, size) for p in pieces]
    line = _line_of(words, size)
    line.segments = segs
    return line


def _line_of(words: list[dict], size: float) -> Line:
    return Line(text=_clean(" ".join(w["text"] for w in words)), x0=min(w["x0"] for w in words),
                x1=max(w["x1"] for w in words), top=min(w["top"] for w in words),
                bottom=max(w["bottom"] for w in words), size=size,
                font=_most_common(w.get("fontname", "") for w in words), words=words)


def _most_common(values) -> str:
    """The most frequent value; of equally frequent ones, the first seen (the same on every run:
    picking from a set made a line's font, and so paragraph breaks, vary with the hash seed)."""
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else ""


# --- ruled tables ----------------------------------------------------------------------------------

def _cluster(values: list[float], tol: float = 2.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(edges: list[float], v: float) -> int:
    """The index of the (sorted) edge nearest to v; of two as near, the first."""
    j = bisect.bisect_left(edges, v)
    if j == 0:
        return 0
    if j == len(edges) or abs(edges[j - 1] - v) <= abs(edges[j] - v):
        return j - 1
    return j


def _table_block(table, chars: "_CharIndex", page_no: int) -> Optional[Placed]:
    """A pdfplumber Table → a table block with spans computed from the cell geometry."""
    texts = _cell_texts(table, chars, page_no)
    cells = [(bbox, texts[r][c]) for r, row in enumerate(table.rows)
             for c, bbox in enumerate(row.cells) if bbox is not None]
    xs = _cluster([v for b, _ in cells for v in (b[0], b[2])])
    ys = _cluster([v for b, _ in cells for v in (b[1], b[3])])
    if len(xs) < 3 or len(ys) < 2:          # one column: a framed paragraph, not a table
        return None
    grid: dict[int, list[tuple[int, RawCell]]] = {}
    for (x0, top, x1, bottom), (text, boxes) in cells:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        cell = RawCell(text=_clean(text), colspan=c1 - c0, rowspan=r1 - r0, page=page_no, boxes=boxes)
        grid.setdefault(r0, []).append((c0, cell))
    rows = [[c for _, c in sorted(grid[r], key=lambda t: t[0])] for r in sorted(grid)]
    if not rows:
        return None
    _mark_header(rows)
    block = RawBlock(kind="table", page=page_no, rows=rows)
    return Placed(top=table.bbox[1], bottom=table.bbox[3], block=block, col_edges=xs)


class _CharIndex:
    """The page's characters by vertical centre, to find a table row's characters by bisection."""

    def __init__(self, chars: list[dict]):
        self.chars = chars
        self.order = sorted(range(len(chars)), key=lambda i: chars[i]["top"] + chars[i]["bottom"])
        self.mids = [(chars[i]["top"] + chars[i]["bottom"]) / 2 for i in self.order]

    def band(self, top: float, bottom: float) -> list[int]:
        """Characters whose vertical centre is in [top, bottom), by index in page order."""
        lo, hi = bisect.bisect_left(self.mids, top), bisect.bisect_left(self.mids, bottom)
        return sorted(self.order[lo:hi])


def _cell_texts(table, index: _CharIndex, page_no: int) -> list[list[tuple[str, list[tuple]]]]:
    """Each cell's text as pdfplumber's Table.extract() gives it (the characters whose centre is
    inside the cell, within the row's), with its words' boxes."""
    chars = index.chars
    out = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        mids = sorted(((chars[i]["x0"] + chars[i]["x1"]) / 2, i) for i in index.band(top, bottom))
        xs = [m for m, _ in mids]
        texts = []
        for cell in row.cells:
            if cell is None:
                texts.append(("", []))
                continue
            c0, c_top, c1, c_bottom = cell
            lo, hi = bisect.bisect_left(xs, max(c0, x0)), bisect.bisect_left(xs, min(c1, x1))
            inside = sorted(i for _, i in mids[lo:hi]
                            if c_top <= (chars[i]["top"] + chars[i]["bottom"]) / 2 < c_bottom)
            texts.append(_words_text([chars[i] for i in inside], page_no, cell=(c0, c1)))
        out.append(texts)
    return out


def _word_boxes(text: str, ordered: list[dict], page_no: int) -> list[tuple]:
    """Each word's span in the cell's text (its words in reading order, joined) and its box."""
    boxes: list[tuple] = []
    pos = 0
    for w in ordered:
        start = text.index(w["text"], pos)
        pos = start + len(w["text"])
        boxes.append((start, pos, page_no, w["x0"], w["top"], w["x1"], w["bottom"]))
    return boxes


def _words_text(chars: list[dict], page_no: int, cell: Optional[tuple[float, float]] = None) -> tuple[str, list[tuple]]:
    """pdfplumber's extract_text (words joined by spaces, lines by newlines) and the words' boxes.
    In a table cell (`cell`: its left and right edge) a number the cell's width broke is joined
    back (`_join_broken_numbers`), and a line the cell's width wrapped continues its line with a
    space, as the Word cell it was printed from has it (`_unwrap_cell`)."""
    text, ordered = pdf_words.cell_text(chars)
    if cell is not None and "\n" in text:
        text = _join_broken_numbers(text, ordered, cell[1], cell[0])
        text = _unwrap_cell(text, ordered, *cell)
    boxes = _word_boxes(text, ordered, page_no)
    return text, boxes


CLOSING_MARKS = frozenset(").,;:%]")
NO_VOWEL = re.compile(r"[a-zđ]{1,3}[).,;:]*")
VOWELS = frozenset("aeiouy")
SYMBOL_PIECE = re.compile(r"[/-][A-ZĐ]+$")           # '44-TB/T', 'QĐ-BKH': a symbol's capitals cut
CAPS = re.compile(r"[A-ZĐ]{1,4}[).,;:]*")
SYMBOL_SO_FAR = re.compile(r"[0-9A-ZĐ&.]*[/-][0-9A-ZĐ&/.-]*")       # '180/2', '2618/QĐ-BKH', '11725/BTC': no lower case
SYMBOL_HEAD = re.compile(r"[0-9A-ZĐ&/-][0-9A-ZĐ&/.-]*[).,;:]*")     # '025/N', 'Đ-CP', 'CN', '-'
CELL_PADDING = 6.0          # points: Word's and LibreOffice's default cell margin is 5.4–5.8


def _unwrap_cell(text: str, ordered: list[dict], left: float, right: float) -> str:
    """Lines of a cell joined by a space where the cell's width wrapped them: the next line's
    first word would not have fitted after the line (a paragraph break in the cell leaves room).
    A line that starts a list item ('- ', '+ ', '1. ') always stays a line of its own, and a line
    broken after a hyphen is left to the normaliser, which joins 'NĐ-' / 'CP' without a space."""
    lines = text.split("\n")
    firsts, lasts = _line_first_words(lines, ordered), _line_last_words(lines, ordered)
    starts = [w["x0"] for w in firsts if w is not None]
    if not starts:
        return text
    inner = right - min(max(min(starts) - left, 1.0), CELL_PADDING)     # the text's right limit
    out = lines[0]
    for i, line in enumerate(lines[1:]):
        last, first = lasts[i], firsts[i + 1]
        # the next word would not fit after the line, or is itself too wide for the cell (it fills
        # the next line alone: '(Tấn' / ')' after 'Lượ' / 'ng')
        wrapped = last is not None and first is not None and not LIST_MARKER.match(line) and (
            last["x1"] + 0.25 * (first.get("size") or 0) + (first["x1"] - first["x0"]) > inner - 1.0
            or (first is lasts[i + 1] and first["x1"] > inner - 1.0))
        hyphen = out.endswith("-")          # 'NĐ-' / 'CP': the normaliser joins those without a space
        if wrapped and (line[:1] in CLOSING_MARKS or "/" in (out[-1:], line[:1]) or _syllable_tail(out, line)
                        or _symbol_tail(lines[i], line) or _symbol_piece(out, lines[i], line)):
            out += line                     # '(Tấn' / ')', 'Lượ' / 'ng', '2618/' / 'QĐ-BKHCN': one word
        else:
            out += (" " if wrapped and not hyphen else "\n") + line
    return out


def _syllable_tail(before: str, line: str) -> bool:
    """Does `line` start with the rest of a word broken at the cell's edge? Lower-case letters with
    no vowel ('ng', 'n', 'nh') are no Vietnamese syllable, so they end the word before them."""
    head = line.split(" ", 1)[0]
    if not before[-1:].isalpha() or not NO_VOWEL.fullmatch(head):
        return False
    return not VOWELS.intersection(unicodedata.normalize("NFD", head))


def _symbol_tail(before: str, line: str) -> bool:
    """Does `line` go on with a document symbol the cell's edge broke by characters ('44-TB/T' /
    'GV', 'QĐ-BKH' / 'CN')? The line before is that symbol's piece alone (a word too wide for the
    cell starts a line of its own), and capitals follow."""
    head = line.split(" ", 1)[0]
    return " " not in before.strip() and bool(SYMBOL_PIECE.search(before)) and bool(CAPS.fullmatch(head))


def _symbol_piece(out: str, before: str, line: str) -> bool:
    """Does `line` go on with a numbered document symbol a very narrow column broke by characters
    over several lines ('180/2' / '025/N' / 'Đ-CP', '2618/QĐ-' / 'BKH' / 'CN', '11725/BTC' / '-')?
    The line before holds that piece alone, the symbol so far has its number and a slash or hyphen
    and no lower case, and the line goes on in capitals, digits, slashes or hyphens."""
    if " " in before.strip():
        return False
    so_far = out.rsplit(" ", 1)[-1].replace("\n", "")
    head = line.split(" ", 1)[0]
    return bool(SYMBOL_SO_FAR.fullmatch(so_far)) and any(c.isdigit() for c in so_far) \
        and bool(SYMBOL_HEAD.fullmatch(head))


def _line_first_words(lines: list[str], ordered: list[dict]) -> list[Optional[dict]]:
    """The first word of each line (cell_text writes the words line by line, joined by spaces)."""
    out: list[Optional[dict]] = []
    k = 0
    for line in lines:
        n = len(line.split(" ")) if line else 0
        out.append(ordered[k] if n and k < len(ordered) else None)
        k += n
    return out


# a number in Vietnamese ('26.120', '9,5') or English grouping, and what may follow it in a cell
GROUPED_NUMBER = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d+)?[%)*;:,.]*")
# a whole number as Vietnamese writes it ('.' groups thousands, ',' decimals): '240.0', '00' and
# '.000' are not, so a line ending in one was cut by the cell's edge
# a number as web applications print it, a point before two decimals ('9.30', '10.20', '412204.00')
POINT_DECIMAL = re.compile(r"\d+\.\d{2}[%)*;:,.]*")
WHOLE_NUMBER = re.compile(r"(?:0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:,\d+)?[%)*;:,.]*")
NUMBER_PIECE = re.compile(r"[\d.,]+")


def _join_broken_numbers(text: str, ordered: list[dict], right: float, left: Optional[float] = None) -> str:
    """Join the lines of a cell where a narrow column broke a number inside itself: Word and
    LibreOffice break a word wider than the cell at the cell's edge ('240.0' / '00', '13.50' / '0',
    '24' / '0.0' / '00', and a point decimal's '10.2' / '0' or '6337' / '9.00'). Lines that end short of
    the edge, or pieces that are each a whole number ('9,5' / '12%') or together make none, stay apart;
    a point decimal ('9.00') after a whole number only when that number filled its line edge to edge."""
    lines = text.split("\n")
    last_words = _line_last_words(lines, ordered)
    firsts = _line_first_words(lines, ordered)
    full = [left is not None and f is not None and f is w and _fills(f, left, right) for f, w in zip(firsts, last_words)]
    out: list[str] = [lines[0]]
    i = 0
    while i < len(lines) - 1:
        k = _broken_run(lines, last_words, i, right, full[i])
        if k > i:
            out[-1] += "".join(lines[i + 1:k + 1])
            i = k
        else:
            out.append(lines[i + 1])
            i += 1
    return "\n".join(out)


def _broken_run(lines: list[str], last_words: list[Optional[dict]], i: int, right: float, full: bool = False) -> int:
    """The last line of a number broken from line i on (i itself when none): line i ends at the
    edge with a number piece, whole lines of pieces at the edge follow, then the next line starts
    with the number's last piece."""
    pieces = [lines[i].rsplit(" ", 1)[-1]]
    j = i
    while j < len(lines) - 1 and _at_edge(last_words[j], right) and NUMBER_PIECE.fullmatch(pieces[-1]):
        tail = lines[j + 1].split(" ", 1)[0]
        joined = "".join(pieces) + tail
        whole = GROUPED_NUMBER.fullmatch(joined) or POINT_DECIMAL.fullmatch(joined) and (full or not _point_decimal(tail))
        if whole and not all(WHOLE_NUMBER.fullmatch(p) for p in pieces + [tail]):
            return j + 1
        if " " in lines[j + 1] or not NUMBER_PIECE.fullmatch(tail):
            break
        pieces.append(tail)
        j += 1
    return i


def _fills(word: dict, left: float, right: float) -> bool:
    """A line's one word so wide that one more of its characters would not have fitted in the cell."""
    width = word["x1"] - word["x0"]
    return width + width / max(1, len(word["text"])) > right - left - 2 * CELL_PADDING


def _point_decimal(piece: str) -> bool:
    """'10.20' is a value of its own ('2026' / '10.20': two values); '04.00' is the end of one."""
    return POINT_DECIMAL.fullmatch(piece) is not None and not (piece[0] == "0" and piece[1:2].isdigit())


def _at_edge(word: Optional[dict], right: float) -> bool:
    """Does a cell line end at the cell's right edge (less padding and about a character)?"""
    if word is None:
        return False
    size = word.get("size") or (word["bottom"] - word["top"])
    return word["x1"] >= right - 6.0 - 0.9 * size


def _line_last_words(lines: list[str], ordered: list[dict]) -> list[Optional[dict]]:
    """The last word of each line (cell_text writes the words line by line, joined by spaces)."""
    out: list[Optional[dict]] = []
    k = 0
    for line in lines:
        n = len(line.split(" ")) if line else 0
        k += n
        out.append(ordered[k - 1] if n and k <= len(ordered) else None)
    return out


def _mark_header(rows: list[list[RawCell]]) -> None:
    """The first row is a header when it holds labels, not data: no cell is a bare number. A header
    cell merged down over the rows below (a two-level header: 'Kế hoạch 2026' over 'Lượng (Tấn)' and
    'Giá trị') makes those rows header rows too, when they hold labels as well."""
    if len(rows) < 2 or not _labels(rows[0], need=2):
        return
    grouped = any(c.colspan > 1 for c in rows[0])       # a label over the sub-headers below it
    depth = min(max(c.rowspan for c in rows[0]), len(rows) - 1) if grouped else 1
    for row in rows[:depth]:
        if row is not rows[0] and not (_labels(row, need=1) and all(len(c.text) < 80 for c in row)):
            break
        for c in row:
            c.is_header = True


def _labels(row: list[RawCell], need: int) -> bool:
    """At least `need` cells with text, and none a bare number (signed too: '+7,08', '-31,06' are changes; a
    '%' alone is the unit of its column, under 'n' or 'Tổng')."""
    texts = [c.text.strip() for c in row if c.text.strip()]
    return len(texts) >= need and not any(re.fullmatch(r"[-−+]?[\d.,%\s]*\d[\d.,%\s]*", t) for t in texts)


def _has_rules(edges: list[dict]) -> bool:
    """Could these edges make a cell? Two horizontal and two vertical ones at least."""
    h = v = 0
    for e in edges:
        if e["orientation"] == "h" and e["width"] >= 1:
            h += 1
        elif e["orientation"] == "v" and e["height"] >= 1:
            v += 1
        if h >= 2 and v >= 2:
            return True
    return False


def _body_extent(objs: PageObjects) -> tuple[float, float]:
    """The top of the page's highest and the bottom of its lowest character outside the margin
    zones (running heads and page numbers)."""
    top_zone, bottom_zone = objs.height * MARGIN_ZONE * 1.2, objs.height * (1 - MARGIN_ZONE)
    tops = [c["top"] for c in objs.chars if c["bottom"] > top_zone and c["top"] < bottom_zone]
    bottoms = [c["bottom"] for c in objs.chars if c["bottom"] > top_zone and c["top"] < bottom_zone]
    return (min(tops), max(bottoms)) if tops else (0.0, objs.height)


def _closing_edges(edges: list[dict], body: tuple[float, float], tol: float = 2.0) -> list[dict]:
    """The rule a table row split by a page break lacks: a browser prints the first part of the row
    without its bottom border (and the rest without its top one), so its column rules end in the air
    and the table finder drops the row. Where three or more column rules end at one height below
    (above) all the page's body text, start at a rule across, and nothing runs across where they
    end, that rule is added."""
    vs = [e for e in edges if e["orientation"] == "v"]
    hs = [e for e in edges if e["orientation"] == "h"]
    out = []
    for end, start in (("bottom", "top"), ("top", "bottom")):
        for y, group in _by_height(vs, end, tol):
            x0, x1 = min(e["x0"] for e in group), max(e["x1"] for e in group)
            at_break = y >= body[1] - tol if end == "bottom" else y <= body[0] + tol
            if len(group) < 3 or not at_break or _covered(hs, y, x0, x1, tol):
                continue
            if all(any(abs(h["top"] - e[start]) <= tol and h["x0"] - tol <= e["x0"] <= h["x1"] + tol for h in hs)
                   for e in group):
                out.append({"object_type": "line_edge", "x0": x0, "x1": x1, "top": y, "bottom": y, "doctop": y,
                            "width": x1 - x0, "height": 0.0, "orientation": "h", "closes": end})
    return out


def _through_rules(objs: PageObjects, tol: float = 2.0) -> list[dict]:
    """The rules a page wholly inside one table row lacks: a browser prints a row taller than a
    page with its column rules alone on the pages between its first and last part. Where three or
    more column rules run from above the page's body text to below it and no rule runs across,
    the row's top and bottom are added, both open (the row goes on from the page before and on
    the next)."""
    vs = [e for e in objs.edges if e["orientation"] == "v" and e["height"] >= 1]
    if len(vs) < 3 or any(e["orientation"] == "h" and e["width"] >= 1 for e in objs.edges):
        return []
    top, bottom = _body_extent(objs)
    through = [e for e in vs if e["top"] <= top + tol and e["bottom"] >= bottom - tol]
    if len(through) < 3:
        return []
    x0, x1 = min(e["x0"] for e in through), max(e["x1"] for e in through)
    y0, y1 = max(e["top"] for e in through), min(e["bottom"] for e in through)
    return [{"object_type": "line_edge", "x0": x0, "x1": x1, "top": y, "bottom": y, "doctop": y,
             "width": x1 - x0, "height": 0.0, "orientation": "h", "closes": end}
            for y, end in ((y0, "top"), (y1, "bottom"))]


def _by_height(edges: list[dict], key: str, tol: float) -> list[tuple[float, list[dict]]]:
    """Edges grouped by where they start or end (`key`), within `tol`."""
    groups: list[tuple[float, list[dict]]] = []
    for e in sorted(edges, key=lambda e: e[key]):
        if groups and e[key] - groups[-1][0] <= tol:
            groups[-1][1].append(e)
        else:
            groups.append((e[key], [e]))
    return groups


def _covered(hs: list[dict], y: float, x0: float, x1: float, tol: float) -> bool:
    """Do horizontal edges at height y run across most of [x0, x1]?"""
    span = sum(max(0.0, min(h["x1"], x1) - max(h["x0"], x0)) for h in hs if abs(h["top"] - y) <= tol)
    return span >= 0.9 * (x1 - x0)


def _ruled_tables(objs: PageObjects, chars: "_CharIndex") -> list[Placed]:
    """pdfplumber's table finder, run only where ruling lines could make a table."""
    if _has_rules(objs.edges):
        closing = _closing_edges(objs.edges, _body_extent(objs))
    else:
        closing = _through_rules(objs)          # a page in the middle of one tall row
        if not closing:
            return []
    objs.edges.extend(closing)
    out = []
    for table in TableFinder(objs, RULED).tables:      # reads objs.edges, objs.bbox
        placed = _table_block(table, chars, objs.number)
        if placed is not None:
            placed.bbox = table.bbox
            placed.open_ends = tuple(any(e["closes"] == end and abs(e["top"] - y) <= 2.0 for e in closing)
                                     for end, y in (("top", table.bbox[1]), ("bottom", table.bbox[3])))
            out.append(placed)
    return out


# --- aligned-text tables (no ruling lines) ---------------------------------------------------------

def _aligned_tables(lines: list[Line], page_no: int, carry: Optional[pdf_stream.Bounds] = None,
                    top_zone: float = 0.0) -> tuple[list[Placed], list[Line]]:
    """Tables drawn without rules, found from their text's alignment (pdf_stream): wrapped cells,
    several-line headers and labels alone in their row included, and at the page's top the rest of
    the table the page before ended with (`carry`: its columns). Conservative on purpose: prose
    must never become a table, and two columns never make one."""
    tables: list[Placed] = []
    rest: list[Line] = []
    i = 0
    top = pdf_stream.continued(lines, carry, top_zone) if carry else None
    if top is not None:
        rest.extend(lines[:top.first])
        tables.append(_stream_block(top, page_no))
        i = top.end
    base = i
    for found in pdf_stream.find_tables(lines[base:]):
        found.first, found.end = found.first + base, found.end + base
        rest.extend(lines[i:found.first])
        tables.append(_stream_block(found, page_no))
        i = found.end
    rest.extend(lines[i:])
    return tables, rest


def _centred_tables(words: list[dict], page_no: int,
                    carry: Optional[pdf_stream.Bounds]) -> tuple[list[Placed], list[dict]]:
    """Tables without rules whose cells are centred in their rows (pdf_centred), and the words
    left for the page's lines."""
    found = pdf_centred.find_tables(words, carry)
    if not found:
        return [], words
    used = set().union(*(pdf_centred.used_words(t) for t in found))
    return [_stream_block(t, page_no) for t in found], [w for w in words if id(w) not in used]


def _stream_block(found: pdf_stream.StreamTable, page_no: int) -> Placed:
    """A table block from an aligned-text table: each cell's lines unwrapped as a ruled cell's are,
    within the extent of its column's text."""
    extent = _column_extents(found)
    rows = [[_stream_cell(c, extent, page_no) for c in row] for row in found.rows]
    _merge_header_down(rows)
    _mark_header(rows)
    block = RawBlock(kind="table", page=page_no, rows=rows)
    return Placed(found.top, found.bottom, block, found.starts, columns=found.bounds)


def _merge_header_down(rows: list[list[RawCell]]) -> None:
    """A two-level header without rules: under a first row of labels with a group label over several
    columns ('Kế hoạch 2026' over 'Lượng (Tấn)' and 'Giá trị'), a second row of labels; the first
    row's other labels ('TT', 'Sản phẩm') have nothing below them and cover both rows, as a ruled
    header's merged cells do."""
    if len(rows) < 3 or not any(c.colspan > 1 for c in rows[0]) or not _labels(rows[0], need=2) \
            or not _labels(rows[1], need=2):
        return
    below = {}
    col = 0
    for c in rows[1]:
        below[col] = c
        col += c.colspan
    col = 0
    for c in rows[0]:
        under = below.get(col)
        if c.colspan == 1 and under is not None and under.colspan == 1 and not under.text.strip():
            c.rowspan = 2
            rows[1].remove(under)
        col += c.colspan


def _column_extents(found: pdf_stream.StreamTable) -> dict[int, tuple[float, float]]:
    """Each column's text: from its leftmost to its rightmost word, over cells one column wide."""
    out: dict[int, tuple[float, float]] = {}
    for row in found.rows:
        for c in row:
            if c.span == 1 and c.lines:
                words = [w for line in c.lines for w in line]
                lo, hi = min(w["x0"] for w in words), max(w["x1"] for w in words)
                old = out.get(c.col, (lo, hi))
                out[c.col] = (min(old[0], lo), max(old[1], hi))
    return out


def _stream_cell(cell: pdf_stream.StreamCell, extent: dict[int, tuple[float, float]], page_no: int) -> RawCell:
    if not cell.lines:
        return RawCell(text="", colspan=cell.span, page=page_no, boxes=[])
    ordered = [w for line in cell.lines for w in line]
    text = "\n".join(" ".join(w["text"] for w in line) for line in cell.lines)
    lo = min(w["x0"] for w in ordered)
    hi = max(w["x1"] for w in ordered)
    if cell.span == 1 and cell.col in extent:
        lo, hi = extent[cell.col]
    if "\n" in text:
        text = _join_broken_numbers(text, ordered, hi + CELL_PADDING)
        text = _unwrap_cell(text, ordered, lo - CELL_PADDING, hi + CELL_PADDING)
    boxes = _word_boxes(text, ordered, page_no)
    return RawCell(text=_clean(text), colspan=cell.span, page=page_no, boxes=boxes)


# --- cell-per-line tables (a tab layout printed) ----------------------------------------------------

def _cell_tables(pages: list[Page]) -> None:
    """Pages without other tables: runs of lines at one tab stop that are a table's cells, one cell
    a line (pdf_cells), become tables; a run the page before ended with may go on at the top."""
    left = _left_margin(pages)
    pitch = _pitch(pages)
    carry = 0
    for page in pages:
        body = [l for l in page.lines if l.source == "body"]
        if page.tables or page.ocr_reason or not body or left is None:
            carry = 0
            continue
        found = pdf_cells.find_tables(body, left, pitch or _line_spacing(body), carry)
        taken: set[int] = set()
        for table in found:
            page.tables.append(_cell_block(table, page.number))
            taken.update(id(l) for l in body[table.first:table.end])
        page.lines = [l for l in page.lines if id(l) not in taken]
        carry = found[-1].width if found and found[-1].end == len(body) else 0


def _pitch(pages: list[Page]) -> Optional[float]:
    """The document's usual line pitch (a page with a few lines has too few gaps to tell)."""
    gaps = [b.top - a.top for p in pages for a, b in zip(p.lines, p.lines[1:])
            if a.source == b.source == "body" and 0 < b.top - a.top < 3 * a.size]
    return statistics.median(gaps) if gaps else None


def _left_margin(pages: list[Page]) -> Optional[float]:
    """Where the body text starts on most pages (a page of table cells alone starts at their tab)."""
    lefts = [round(min(l.x0 for l in p.lines if l.source == "body")) for p in pages
             if any(l.source == "body" for l in p.lines)]
    return float(Counter(lefts).most_common(1)[0][0]) if lefts else None


def _cell_block(table: pdf_cells.CellTable, page_no: int) -> Placed:
    """Rows of cells, each cell its lines; rows short of the table's width are filled out at the
    end, except the first row going on from the page before: the break cut its first cells."""
    rows = []
    for k, row in enumerate(table.rows):
        cells = [_lines_cell(lines, page_no) for lines in row]
        blanks = [RawCell(text="", page=page_no, boxes=[]) for _ in range(table.width - len(cells))]
        rows.append(blanks + cells if table.cut and k == 0 else cells + blanks)
    _mark_header(rows)
    lines = [l for row in table.rows for cell in row for l in cell]
    block = RawBlock(kind="table", page=page_no, rows=rows)
    return Placed(min(l.top for l in lines), max(l.bottom for l in lines), block, open_ends=(table.cut, False))


def _lines_cell(lines: list[Line], page_no: int) -> RawCell:
    boxes: list[tuple] = []
    pos = 0
    for line in lines:
        boxes += _line_boxes(line, pos, page_no)
        pos += len(line.text) + 1
    return RawCell(text="\n".join(l.text for l in lines), page=page_no, boxes=boxes)


# --- reading one page --------------------------------------------------------------------------------

def _inside(word: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _read_page(pdf, page_no: int, carry: Optional[pdf_stream.Bounds] = None) -> Page:
    """One page's lines and tables; `carry`: the columns of an aligned-text table the page before
    ended with."""
    objs = pdf_objects.read_page(pdf, page_no)
    tables = _ruled_tables(objs, _CharIndex(objs.chars))
    words = pdf_words.words(objs.chars)
    tables = [t for t in tables if not _cut_through(t, words) and _has_text(t)]
    text = " ".join(w["text"] for w in words)
    reason = ocr.needs_ocr(text, has_images=objs.has_images)
    centred, rest = _centred_tables([w for w in words if not _inside(w, _frames(tables, one_cell=False))],
                                    page_no, carry)
    if centred:
        tables = [t for t in tables if not (_one_cell(t) and _overlaps_any(t, centred))] + centred
        words = rest
    words = [w for w in words if not _inside(w, _frames(tables))]
    lines = _words_to_lines(words)
    if not tables:
        tables, lines = _aligned_tables(lines, page_no, carry, objs.height * MARGIN_ZONE * 1.2)
    return Page(page_no, float(objs.width), float(objs.height), lines, tables, reason)


def _frames(tables: list[Placed], one_cell: bool = True) -> list[tuple]:
    """The frames of the ruled tables (`one_cell`: boxes drawn round a few words too)."""
    return [t.bbox for t in tables if t.bbox and (one_cell or not _one_cell(t))]


def _one_cell(table: Placed) -> bool:
    """A box drawn round a few words (a browser draws one round a cell's text at the page's foot):
    no table, when the words are a cell of a table without rules."""
    return len(table.block.rows or []) == 1 and len(table.block.rows[0]) <= 2


def _overlaps_any(table: Placed, others: list[Placed]) -> bool:
    return any(table.top < o.bottom and o.top < table.bottom for o in others)


def _has_text(table: Placed) -> bool:
    """An empty grid of rules (a box drawn round nothing) is no table: it would stand between
    the page's last paragraph and its rest on the next page."""
    return any(c.text.strip() for row in table.block.rows or [] for c in row)


def _cut_through(table: Placed, words: list[dict]) -> bool:
    """A box of a row or two that lines of text run through is no table: a portal's floating button
    printed over a paragraph, whose 'cells' are pieces of the lines it covers. A word outside the
    box on the line of a word inside it, less than a character from the box's side, says so."""
    if table.bbox is None or len(table.block.rows or []) > 2:
        return False
    x0, top, x1, bottom = table.bbox
    inside = [w for w in words if _inside(w, [table.bbox])]
    for w in words:
        if top <= (w["top"] + w["bottom"]) / 2 <= bottom and not _inside(w, [table.bbox]):
            size = w.get("size") or (w["bottom"] - w["top"])
            near = -1.0 <= x0 - w["x1"] <= size or -1.0 <= w["x0"] - x1 <= size
            if near and any(min(v["bottom"], w["bottom"]) - max(v["top"], w["top"]) > 0.5 * size for v in inside):
                return True
    return False


def _carried(page: Page) -> Optional[pdf_stream.Bounds]:
    """The columns of the aligned-text table the page ends with, if it does (no body line below it
    but in the footer zone): its last row may go on at the next page's top."""
    # a box drawn below it (a ruled 'table' of one cell) does not end it
    tables = [t for t in page.tables if t.columns is not None or not _one_cell(t)]
    last = max(tables, key=lambda t: t.bottom, default=None)
    if last is None or last.columns is None or last.bottom < page.height * 0.6:
        return None
    if any(l.top > last.bottom and l.top < page.height * (1 - MARGIN_ZONE) for l in page.lines):
        return None
    return last.columns


def _line_boxes(line: Line, offset: int, page_no: int) -> list[tuple]:
    """Boxes of the line's words; the line's text is its words joined by spaces."""
    out = []
    pos = offset
    for w in line.words:
        out.append((pos, pos + len(w["text"]), page_no, w["x0"], w["top"], w["x1"], w["bottom"]))
        pos += len(w["text"]) + 1
    return out


# --- running headers and footers ---------------------------------------------------------------------

def _margin_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.strip().lower())


def _mark_running(pages: list[Page]) -> None:
    """Drop page numbers alone in the margin zones; mark text repeated in the top (bottom) zone of
    several pages as source='header' ('footer'), e.g. 'CÔNG BÁO/Số 867 + 868/Ngày 30-7-2023'."""
    seen: dict[tuple[str, str], int] = {}
    for page in pages:
        for line in page.lines:
            zone = _zone(line, page)
            if zone:
                seen[(zone, _margin_key(line))] = seen.get((zone, _margin_key(line)), 0) + 1
    need = 2 if len(pages) <= 4 else max(2, len(pages) // 3)
    for page in pages:
        kept = []
        for k, line in enumerate(page.lines):
            zone = _zone(line, page)
            if zone and PAGE_NUMBER.match(line.text) and not _in_flow(page.lines, k, zone):
                continue
            if zone and seen.get((zone, _margin_key(line)), 0) >= need:
                line.source = zone
            kept.append(line)
        page.lines = kept


def _in_flow(lines: list[Line], k: int, zone: str) -> bool:
    """A number in a margin zone that starts where the body line next to it (below in the header
    zone, above in the footer zone) starts, a line's pitch away, is in the text's flow (a table's
    row number at the page's top), not a page number, which stands apart, centred or to the right."""
    j = k + 1 if zone == "header" else k - 1
    if not 0 <= j < len(lines):
        return False
    line, other = lines[k], lines[j]
    return abs(line.x0 - other.x0) <= 2.0 and abs(other.top - line.top) <= 1.6 * line.size


def _zone(line: Line, page: Page) -> Optional[str]:
    if line.bottom < page.height * MARGIN_ZONE * 1.2:
        return "header"
    if line.top > page.height * (1 - MARGIN_ZONE):
        return "footer"
    return None


# --- lines → paragraphs ----------------------------------------------------------------------------

def _columns(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """Split the page's lines into ('flow', lines) and ('side', left+right lines) groups: a run of
    lines cut by a wide gap into two pieces is a side-by-side layout, read left then right."""
    out: list[tuple[str, list[Line]]] = []
    i = 0
    while i < len(lines):
        run = _side_run(lines, i) if len(lines[i].segments) == 2 and lines[i].source == "body" else None
        if run:
            j, left, right = run
            out.append(("side", left))
            out.append(("side", right))
            i = j
        else:
            if not out or out[-1][0] != "flow":
                out.append(("flow", []))
            out[-1][1].append(lines[i])
            i += 1
    return out


def _side_run(lines: list[Line], i: int) -> Optional[tuple[int, list[Line], list[Line]]]:
    """Collect a side-by-side run from line i: two-piece lines, and one-piece lines that sit wholly
    on one side of the gutter and close below the previous line. None unless at least two lines are
    cut by the same gutter (one wide gap in justified prose is not a layout)."""
    first = lines[i]
    left_end, right_start = first.segments[0].x1, first.segments[1].x0    # the gutter
    left: list[Line] = []
    right: list[Line] = []
    j = i
    prev_bottom = first.top
    pairs = 0
    while j < len(lines):
        line = lines[j]
        close = line.top - prev_bottom < 1.6 * line.size
        segs = line.segments
        if len(segs) == 2 and close and segs[0].x1 < right_start and segs[1].x0 > left_end:
            left.append(segs[0])
            right.append(segs[1])
            left_end, right_start = max(left_end, segs[0].x1), min(right_start, segs[1].x0)
            pairs += 1
        elif len(segs) == 1 and close and line.x1 < right_start - 2:
            left.append(line)
        elif len(segs) == 1 and close and line.x0 > left_end + 2:
            right.append(line)
        else:
            break
        prev_bottom = line.bottom
        j += 1
    both_sides = len(left) >= 2 and len(right) >= 2
    return (j, left, right) if pairs >= 2 or (pairs == 1 and both_sides) else None


def _paragraphs(lines: list[Line], page: Page, box: tuple[float, float]) -> list[Placed]:
    if not lines:
        return []
    spacing = _wrap_spacing(lines, *box)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        if _starts_paragraph(prev, line, groups[-1][0], spacing, *box) \
                and not _inline_number_goes_on(groups[-1], line, spacing, *box):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [_paragraph_block(g, page.number) for g in groups]


def _inline_number_goes_on(group: list[Line], line: Line, spacing: float, left: float, right: float) -> bool:
    """'… (8) Tỷ lệ trường đạt chuẩn quốc gia từ 80 đến 85%.' / '(9) Số giường bệnh …': targets numbered
    inside one paragraph, the next number wrapped to a line's start under a full line, go on in that
    paragraph (as the same text reads as .md or .docx); a list with each number opening its own line
    does not."""
    m = INLINE_NUMBER.match(line.text)
    prev = group[-1]
    if not m or line.top - prev.top > 1.45 * spacing or abs(line.x0 - prev.x0) > 8 \
            or prev.x1 < right - 0.15 * (right - left):
        return False
    before = f"({int(m.group(1)) - 1})"
    return any(before in l.text[1:] for l in group)


def _line_spacing(lines: list[Line]) -> float:
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if 0 < b.top - a.top < 3 * a.size]
    return statistics.median(gaps) if gaps else 1.3 * lines[0].size


def _wrap_spacing(lines: list[Line], left: float, right: float) -> float:
    """The line pitch inside a paragraph, read below full lines whose sentence goes on (wrapped there): on
    a page of short items spaced apart ('- 100% …' one line each), most gaps are the space between
    paragraphs, and their median would hide it."""
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:])
            if 0 < b.top - a.top < 3 * a.size and a.x1 >= right - 0.15 * (right - left)
            and not a.text.rstrip().endswith((".", ":", ";", "!", "?"))]
    return statistics.median(gaps) if len(gaps) >= 3 else _line_spacing(lines)


def _starts_paragraph(prev: Line, line: Line, first: Line, spacing: float, left: float, right: float) -> bool:
    """Does `line` start a new paragraph after `prev` (`first` opens the current paragraph)?"""
    if line.source != prev.source:
        return True
    if line.top - prev.top > 1.45 * spacing:                      # blank-line gap
        return True
    if (LIST_MARKER.match(line.text) and not _dash_goes_on(prev, line, left, right)) \
            or not any(c.isalnum() for c in line.text) \
            or not any(c.isalnum() for c in prev.text):                # a rule line '-------'
        return True
    if _is_upper(line.text) != _is_upper(prev.text) and not _wraps_into_capitals(prev, line, left, right):
        return True                                                # a heading above or below
    centred = _centred(prev, left, right) and _centred(line, left, right)
    if centred and line.font != prev.font:                         # title lines in bold, italic
        return True
    hanging = LIST_MARKER.match(first.text) and line.x0 > first.x0 + 8   # '1. ' then indented lines
    if not centred and not hanging and line.x0 - prev.x0 > 8 and line.x0 - left > 8:   # first-line indent
        return True
    short = prev.x1 < right - 0.15 * (right - left)      # a paragraph's last line ends early
    if short and prev.text.rstrip().endswith((".", ":", ";", "!", "?")):
        return True
    if short and not _first_word_overflows(prev, line, right) \
            and (line.font != prev.font or line.text[:1].isupper() or line.text[:1].isdigit()):
        return True
    if abs(line.size - prev.size) > 1.5:                          # a heading in another size
        return True
    return False


def _first_word_overflows(prev: Line, line: Line, right: float) -> bool:
    """Text set flush left (not justified) wraps a long word whole: a line stops short when the next
    line's first word ('11,5-12%/năm,') would not have fitted after it, and the sentence goes on."""
    if not line.words:
        return False
    first = line.words[0]
    return prev.x1 + 0.25 * prev.size + (first["x1"] - first["x0"]) > right


def _wraps_into_capitals(prev: Line, line: Line, left: float, right: float) -> bool:
    """'… kinh tế số của Việt Nam đạt tối thiểu' / '30% GDP.': a full line of a sentence that has not ended goes on
    into a short line whose only letters are an abbreviation in capitals; a heading in capitals stands under a
    sentence that ended or a line that stopped short, and carries no sentence's full stop."""
    full = prev.x1 >= right - 0.15 * (right - left)
    return full and not _is_upper(prev.text) and not prev.text.rstrip().endswith((".", ":", ";", "!", "?")) \
        and len(line.text.split()) <= 4 and line.text.rstrip().endswith((".", ",", ";"))


def _dash_goes_on(prev: Line, line: Line, left: float, right: float) -> bool:
    """A line opened by a dash that goes on with the line above, as the text reader reads a wrap:
    a compound after a full line ('kinh tế' / '- xã hội'), a range after a number however the line
    ended ('bình quân 05' / '- 06%/năm'), never a list item ('- Cấp tỉnh …')."""
    if line.text[:1] not in "-–" or not continues(prev.text, line.text):
        return False
    full = prev.x1 >= right - 0.15 * (right - left)
    return full or bool(RANGE_REST.match(line.text) and prev.text.rstrip()[-1:].isdigit())


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _centred(line: Line, left: float, right: float) -> bool:
    indent_l, indent_r = line.x0 - left, right - line.x1
    return abs(indent_l - indent_r) < 12


def _paragraph_block(lines: list[Line], page_no: int) -> Placed:
    text = "\n".join(l.text for l in lines)
    kind = "paragraph"
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(text.split()) <= 25 \
            and not re.match(r"^[-–+•*]", text):
        kind = "heading"
    elif SECTION.match(text) and len(text) < 200:     # 'II. Mục tiêu giai đoạn 2021-2025', as the text reader reads it
        kind = "heading"
    elif LIST_MARKER.match(text):
        kind = "list_item"
    boxes: list[tuple] = []
    pos = 0
    for line in lines:
        boxes += _line_boxes(line, pos, page_no)
        pos += len(line.text) + 1
    block = RawBlock(kind=kind, text=text, page=page_no, source=lines[0].source, boxes=boxes)
    return Placed(min(l.top for l in lines), max(l.bottom for l in lines), block)


def _layout(page: Page) -> None:
    """Paragraph blocks from the lines, tables inserted where they stand vertically."""
    blocks: list[Placed] = []
    xs = [l.x0 for l in page.lines] + [t.col_edges[0] for t in page.tables if t.col_edges]
    x1s = [l.x1 for l in page.lines] + [t.col_edges[-1] for t in page.tables if t.col_edges]
    box = (min(xs), max(x1s)) if xs else (0.0, page.width)
    for kind, lines in _columns(page.lines):
        own = (min(l.x0 for l in lines), max(l.x1 for l in lines)) if kind == "side" and lines else box
        blocks.extend(_paragraphs(lines, page, own))
    for table in page.tables:
        at = next((k for k, b in enumerate(blocks) if b.top > table.top), len(blocks))
        blocks.insert(at, table)
    page.blocks = blocks


# --- tables continued on the next page --------------------------------------------------------------

def _n_cols(block: RawBlock) -> int:
    return max(sum(c.colspan for c in row) for row in block.rows or [[]])


def _continues(a: Placed, a_page: Page, b: Placed, b_page: Page) -> bool:
    if a.block.kind != "table" or b.block.kind != "table" or b_page.number != a_page.number + 1:
        return False
    if _n_cols(a.block) != _n_cols(b.block):
        return False
    same_columns = bool(a.col_edges) and len(a.col_edges) == len(b.col_edges) \
        and all(abs(x - y) < 8 for x, y in zip(a.col_edges, b.col_edges))
    repeated_header = bool(a.block.rows and b.block.rows) and _row_key(a.block.rows[0]) == _row_key(b.block.rows[0])
    at_edges = a.bottom > a_page.height * 0.6 and b.top < b_page.height * 0.4
    # a row too tall to move whole leaves the first part short of the page bottom: same column
    # edges or a repeated header are evidence enough
    return same_columns or repeated_header or at_edges


def _row_key(row: list[RawCell]) -> list[str]:
    return [" ".join(c.text.split()).lower() for c in row]


def _split_row(row: list[RawCell], above: Optional[list[RawCell]] = None) -> bool:
    """The rest of a row broken across the page: its first cell (the row number or label) is
    empty and so are most others, or its first text goes on mid-sentence (lower case) from the
    cell above it. A genuine row without a number keeps its label ('- Thuế tài nguyên', 'TỔNG THU'),
    and so does a label opening with its own list mark even when alone ('- Số đối tượng mua BHYT')."""
    if not row or row[0].text.strip() or _opens_own_row(row):
        return False
    empty = sum(1 for c in row if not c.text.strip())
    return empty * 2 > len(row) or _goes_on(row, above)


def _opens_own_row(row: list[RawCell]) -> bool:
    """The row's label (its first or second cell, after an empty STT) opens with a list mark ('-',
    '+', '1.', 'a)'): an item of its own. A mark further right is a list going on inside a cell."""
    k = next((k for k, c in enumerate(row) if c.text.strip()), None)
    return k is not None and k <= 1 and bool(LIST_MARKER.match(row[k].text.lstrip()))


def _goes_on(row: list[RawCell], above: Optional[list[RawCell]]) -> bool:
    """Does the row's first text start lower case under a cell of the same shape that has text?"""
    if not above or [c.colspan for c in above] != [c.colspan for c in row]:
        return False
    k = next((k for k, c in enumerate(row) if c.text.strip()), None)
    return k is not None and row[k].text.lstrip()[:1].islower() and bool(above[k].text.strip())


def _merge_row(top: list[RawCell], rest: list[RawCell]) -> None:
    if [c.colspan for c in top] != [c.colspan for c in rest]:
        top.extend([])          # different shapes: keep as is rather than guess
        return
    for a, b in zip(top, rest):
        if b.text.strip():
            if a.text.strip():
                a.boxes = _joined_boxes(a.boxes, len(a.text) + 1, b.boxes)
                a.text = f"{a.text}\n{b.text}"
            else:
                a.text, a.boxes = b.text, b.boxes


def _join_paragraphs(blocks: list[RawBlock]) -> list[RawBlock]:
    """A paragraph cut by a page break: the next page's first body paragraph starts lower-case and
    the previous one does not end a sentence. Joined with '\n'; the block keeps its first page."""
    out: list[RawBlock] = []
    for block in blocks:
        prev = next((b for b in reversed(out) if b.source == "body"), None)
        if (prev is not None and block.source == "body" and block.kind == "paragraph"
                and prev.kind in ("paragraph", "list_item") and not block.ocr and not prev.ocr
                and block.page == (prev.page or 0) + 1 and prev is _last_body_on_page(out, prev.page)
                and block.text[:1].islower() and not prev.text.rstrip().endswith((".", ":", ";", "!", "?"))):
            prev.boxes = _joined_boxes(prev.boxes, len(prev.text) + 1, block.boxes)
            prev.text += "\n" + block.text
            continue
        out.append(block)
    return out


def _joined_boxes(first: Optional[list[tuple]], shift: int, second: Optional[list[tuple]]) -> Optional[list[tuple]]:
    """The boxes of two texts joined, the second starting `shift` characters in."""
    if first is None or second is None:
        return None
    return first + [(b[0] + shift, b[1] + shift, *b[2:]) for b in second]


def _last_body_on_page(blocks: list[RawBlock], page: Optional[int]) -> Optional[RawBlock]:
    body = [b for b in blocks if b.page == page and b.source == "body"]
    return body[-1] if body else None


def _without_repeated_header(rows: list[list[RawCell]], prev_rows: list[list[RawCell]]) -> list[list[RawCell]]:
    """A continued table's rows without the header rows repeated on the new page (all levels of a
    two-level header); rows the new page's part took for a header that the first part lacks are data."""
    n = 0
    while n < len(rows) and n < len(prev_rows) and prev_rows[n][0].is_header \
            and _row_key(rows[n]) == _row_key(prev_rows[n]):
        n += 1
    if n == 0 and rows and prev_rows and _row_key(rows[0]) == _row_key(prev_rows[0]):
        n = 1                                   # the first row repeated, whatever it holds
    rows = rows[n:]
    for row in rows:
        if not any(c.is_header for c in row):
            break
        for c in row:
            c.is_header = False
    return rows


def _widen_columns(a: Placed, a_page: Page, b: Placed, b_page: Page, tol: float = 4.0) -> None:
    """An aligned-text table that goes on at the next page's top with more (fewer) columns: the part
    with fewer is put on the other's columns when each of its column starts is one of theirs. The
    header above the break hides the columns its merged cells cover; a part below the break may
    have no row with a row number, or none in a column left empty."""
    if a.bbox is not None or b.bbox is not None or not a.col_edges or not b.col_edges \
            or a.block.kind != "table" or b.block.kind != "table" or b_page.number != a_page.number + 1:
        return
    if not (a.bottom > a_page.height * 0.6 and b.top < b_page.height * 0.4):
        return
    narrow, wide = (a, b) if len(a.col_edges) < len(b.col_edges) else (b, a)
    if any(c.rowspan > 1 for row in narrow.block.rows or [] for c in row):
        return                              # rows that are not full: no columns to move them by
    starts, new = narrow.col_edges[:-1], wide.col_edges[:-1]
    if len(starts) >= len(new) or not all(any(abs(x - y) <= tol for y in new) for x in starts):
        return
    edges = starts + [narrow.col_edges[-1]]
    narrow.block.rows = [_regrid_row(row, edges, new, tol) for row in narrow.block.rows or []]
    narrow.col_edges = list(wide.col_edges)


def _widen_open_part(a: Placed, a_page: Page, b: Placed, b_page: Page, tol: float = 4.0) -> None:
    """A ruled table's row split by the page break, its rest on the next page with fewer columns
    (the columns a merged cell covers elsewhere draw no rule beside its rest): the rest is put on
    the first part's columns when each of its rules is one of theirs."""
    if a.bbox is None or b.bbox is None or not (a.open_ends[1] and b.open_ends[0]) \
            or b_page.number != a_page.number + 1 or not a.col_edges or not b.col_edges:
        return
    if len(b.col_edges) >= len(a.col_edges) or any(c.rowspan > 1 for row in b.block.rows or [] for c in row):
        return
    if not all(any(abs(x - y) <= tol for y in a.col_edges) for x in b.col_edges):
        return
    b.block.rows = [_spread_row(row, b.col_edges, a.col_edges, tol) for row in b.block.rows or []]
    b.col_edges = list(a.col_edges)


def _spread_row(row: list[RawCell], edges: list[float], wide: list[float], tol: float) -> list[RawCell]:
    """A full row of ruled cells on the column rules `edges` put on the rules `wide` (a superset):
    each cell spans the columns of `wide` between its own rules."""
    col = 0
    for cell in row:
        x0, x1 = edges[col], edges[min(col + cell.colspan, len(edges) - 1)]
        col += cell.colspan
        cell.colspan = max(1, sum(1 for x in wide[:-1] if x0 - tol <= x < x1 - tol))
    return row


def _regrid_row(row: list[RawCell], edges: list[float], new: list[float], tol: float) -> list[RawCell]:
    """A full row of cells on the columns starting at `edges` (and ending at the last) put on the
    columns starting at `new`: a cell over several columns spans the new columns that start inside
    it, a cell of one column stays one (a column between was empty all along)."""
    out: list[RawCell] = []
    col = 0
    for cell in row:
        x0, x1 = edges[col], edges[min(col + cell.colspan, len(edges) - 1)]
        col += cell.colspan
        j0 = min(range(len(new)), key=lambda j: abs(new[j] - x0))
        j1 = j0 + 1 if cell.colspan == 1 else max(j0 + 1, sum(1 for x in new if x < x1 - tol))
        filled = sum(c.colspan for c in out)
        out.extend(RawCell(text="", page=cell.page, boxes=[], is_header=cell.is_header) for _ in range(filled, j0))
        cell.colspan = j1 - j0
        out.append(cell)
    filled = sum(c.colspan for c in out)
    out.extend(RawCell(text="", page=row[-1].page, boxes=[], is_header=row[-1].is_header)
               for _ in range(filled, len(new)))
    return out


def _join_tables(pages: list[Page]) -> list[RawBlock]:
    out: list[RawBlock] = []
    last: Optional[tuple[Placed, Page]] = None
    for page in pages:
        body = [b for b in page.blocks if b.block.source == "body"]
        first_body = body[0] if body else None
        merged = None
        for placed in page.blocks:
            if placed is first_body and last:
                _widen_columns(last[0], last[1], placed, page)
                _widen_open_part(last[0], last[1], placed, page)
            if placed is first_body and last and _continues(last[0], last[1], placed, page):
                rows = placed.block.rows or []
                prev_rows = last[0].block.rows or []
                rows = _without_repeated_header(rows, prev_rows)
                # the rest of a row the break split: its number is on the first page; a rule the
                # page break left open (a browser's print) says so even when every column goes on
                split = last[0].open_ends[1] or placed.open_ends[0]
                if rows and prev_rows and (_split_row(rows[0], prev_rows[-1]) or (split and not rows[0][0].text.strip())):
                    _merge_row(prev_rows[-1], rows.pop(0))
                prev_rows.extend(rows)
                last[0].bottom = placed.bottom
                last[0].col_edges = placed.col_edges or last[0].col_edges
                merged = (last[0], page)
                continue
            out.append(placed.block)
        last = (body[-1], page) if body else None
        if merged and body and body[-1] is first_body:
            last = merged               # the page held only the continued table: it may go on
    return out


# --- words a narrow column broke --------------------------------------------------------------------

WORD = re.compile(r"\w+")


def _rejoin_broken_words(blocks: list[RawBlock]) -> None:
    """A word a narrow column broke by characters where nothing in its shape says so ('Chuố' / 'i'):
    the document's own prose writes it whole ('Chuối') and never writes the first piece alone."""
    vocab = {w for b in blocks if b.kind != "table" for w in WORD.findall(b.text.lower())}
    if not vocab:
        return
    for block in blocks:
        for cell in (c for row in block.rows or [] for c in row if c.boxes and len(c.boxes) > 1):
            _rejoin_cell(cell, vocab)


def _rejoin_cell(cell: RawCell, vocab: set[str]) -> None:
    boxes = sorted(cell.boxes or [], key=lambda b: b[0])
    for a, b in reversed(list(zip(boxes, boxes[1:]))):        # from the end: offsets before stay valid
        if b[4] < a[6] - 1 or cell.text[a[1]:b[0]] not in (" ", "\n"):
            continue                                           # the same line, or not one space apart
        first, rest = cell.text[a[0]:a[1]], cell.text[b[0]:b[1]]
        tail = WORD.match(rest)
        if not first.isalpha() or tail is None or (first + tail.group()).lower() not in vocab \
                or first.lower() in vocab:
            continue
        cell.text = cell.text[:a[1]] + cell.text[b[0]:]
        cell.boxes = [bx if bx[0] < b[0] else (bx[0] - 1, bx[1] - 1, *bx[2:]) for bx in cell.boxes]


# --- OCR ---------------------------------------------------------------------------------------------

def _ocr_pages(path: Path, pages: list[Page], warnings: list[str]) -> bool:
    """Replace the blocks of pages without a usable text layer by OCR paragraphs."""
    todo = [p for p in pages if p.ocr_reason]
    if not todo:
        return False
    limit = ocr.max_pages()
    if len(todo) > limit:
        skipped = [p.number for p in todo[limit:]]
        warnings.append(f"OCR limited to {limit} pages (CHITIEU_OCR_MAX_PAGES); pages "
                        f"{skipped[0]}–{skipped[-1]} were not OCR'd")
        todo = todo[:limit]
    done = False
    by_number = {p.number: p for p in todo}
    for number, paras in ocr.ocr_pdf_pages(path, list(by_number)):     # several pages at once, in order
        page = by_number[number]
        if isinstance(paras, ToolFailed):
            warnings.append(f"page {page.number}: OCR failed: {paras}")
            continue
        if paras and PAGE_NUMBER.match(paras[0]):
            paras = paras[1:]                   # the page number printed at the top
        if paras and PAGE_NUMBER.match(paras[-1]):
            paras = paras[:-1]
        page.blocks = [Placed(0, 0, RawBlock(kind="paragraph", text=_clean(t), page=page.number, ocr=True))
                       for t in paras]
        warnings.append(f"page {page.number}: OCR ({page.ocr_reason})")
        done = True
    return done


# --- public ------------------------------------------------------------------------------------------

def read(path: Path) -> RawDocument:
    """Read a PDF into paragraph and table blocks (1-based page on every block)."""
    path = Path(path)
    pdf = pdf_objects.open_pdf(path)
    n_pages = len(pdf)
    pages: list[Page] = []
    warnings: list[str] = []
    try:
        carry = None
        for number in range(1, n_pages + 1):
            try:
                pages.append(_read_page(pdf, number, carry))
                carry = _carried(pages[-1])
            except Exception as exc:        # one broken page must not lose the document
                warnings.append(f"page {number}: unreadable ({type(exc).__name__}: {exc})")
    finally:
        pdf.close()
    _mark_running(pages)
    _cell_tables(pages)
    for page in pages:
        _layout(page)
    used_ocr = _ocr_pages(path, pages, warnings)
    blocks = _join_paragraphs(_join_tables(pages))
    _rejoin_broken_words(blocks)
    return RawDocument(format="pdf", blocks=blocks, pages=n_pages,
                       warnings=warnings, ocr=used_ocr)
