"""Plain text and Markdown: encodings, paragraphs, and the flattened table layouts of the genre.

Three table layouts are recognised:
- tab rows (seed 002): rows separated by blank lines, a line starting with a tab starts a cell,
  other lines continue the cell above;
- one cell per line group between lines holding only `|` (seed 004 and thuvienphapluat copies);
  in the Markdown copies each row is `|`-framed, so `|` on two lines running marks a new row;
  without frames the column count is read off the first row-number cell (`1.`);
- Markdown pipe tables (`| a | b |` over `|---|---|`).
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import median

import regex

from extractor.errors import ReadError
from extractor.model import RawBlock, RawCell, RawDocument
from extractor.read.legacy import text_encoding
from extractor.wrapping import LIST_START, continues

MAX_CELL_LINES = 25
ROW_NUMBER = regex.compile(r"^\(?(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?\s*$")
CELL_START = regex.compile(r"^(?:Nơi nhận|STT|TT|Số TT|S[ốô] thứ tự|ỦY BAN|UBND|BỘ |HỘI ĐỒNG|TM\.|KT\.)", regex.I)
HEADER_WORD = regex.compile(r"^(?:STT|TT|Số TT)\s*$", regex.I)
HEADING = regex.compile(r"^(?:[IVXLC]{1,6}[.)]\s+\S|PHỤ LỤC|Phụ lục\b|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+[\dIVXLC]+)")
MD_HEADING = regex.compile(r"^#{1,6}\s+")
_DIGIT = regex.compile(r"\d")
_TWO_LETTERS = regex.compile(r"\p{L}{2}")
MD_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def read(path: Path) -> RawDocument:
    data = path.read_bytes()
    text, encoding = decode(data)
    # decomposed accents (Unikey's 'Unicode tổ hợp', macOS) are the same text composed: the layout
    # rules below read letters ('có 617\nHTX' wraps after a lower-case word), not combining marks
    text = unicodedata.normalize("NFC", text)
    fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    if fmt == "md":
        text = strip_emphasis(text)
    text, warnings = drop_site_chrome(text)
    blocks = parse_text(text)
    return RawDocument(format=fmt, blocks=blocks, encoding=encoding, warnings=warnings)


def drop_site_chrome(text: str) -> tuple[str, list[str]]:
    """Cut a portal's page furniture (related documents, help texts) that follows the document."""
    from extractor.patterns import load_patterns

    lines = text.split("\n")
    markers = load_patterns("site_chrome")
    any_marker = _any_marker()
    for i in range(len(lines) // 3, len(lines)):
        if any_marker is not None and not any_marker.match(lines[i]):
            continue            # no marker matches: the markers one by one are not tried
        hit = next((p.id for p in markers if p.regex.match(lines[i])), None)
        if hit:
            return "\n".join(lines[:i]), [f"dropped {len(lines) - i} lines of site chrome from line {i + 1} ({hit})"]
    return text, []


# what joining patterns in one alternation would change: inline flags, back-references, conditionals
_UNJOINABLE = regex.compile(r"\(\?[a-zA-Z]+[-:)]|\(\?-|\\\d|\\g|\(\?P=|\(\?\(")


@lru_cache(maxsize=1)
def _any_marker() -> regex.Pattern | None:
    """One pattern matching a line where any site-chrome marker does (tried on two thirds of every
    file's lines, four matches a line): their alternation, or None when they cannot be joined."""
    from extractor.patterns import load_patterns

    markers = list(load_patterns("site_chrome"))
    flags = {p.regex.flags for p in markers}
    sources = [p.regex.pattern for p in markers]
    if len(flags) != 1 or any(_UNJOINABLE.search(source) for source in sources):
        return None
    try:
        return regex.compile("|".join(f"(?:{source})" for source in sources), flags.pop())
    except regex.error:
        return None


# --- decoding ---------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: BOMs first, then UTF-8, then detection (Windows-1258 …)."""
    # UTF-32-LE's BOM begins with UTF-16-LE's (FF FE 00 00): the longer BOMs are tried first.
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    if (enc := _utf16_without_bom(data)):
        return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # TCVN3 and VNI text files: bytes of a legacy font. Read one character a byte; normalisation
    # converts the blocks (read/legacy.py), as it does for the same fonts in Word files.
    latin = data.decode("latin-1")
    if (legacy := text_encoding(latin)):
        return latin, legacy
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1258", "cp1252", "utf_8", "cp1250", "latin_1"]).best()
    if best is None:
        raise ReadError("cannot tell the text encoding (binary file?)")
    return str(best), best.encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 without a BOM: in Vietnamese text
    most characters are ASCII or Latin-1 (a zero high byte), so one byte position in two is mostly
    zero. The side the zeros fall on gives the byte order, whatever the first letter is ('Ủ' is
    E6 1E in UTF-16-LE: its high byte is not zero)."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half // 4 and odd > 2 * even:
        return "utf-16-le"
    if even > half // 4 and even > 2 * odd:
        return "utf-16-be"
    return None


def strip_emphasis(text: str) -> str:
    """Markdown emphasis is structure, not text: `**KẾ HOẠCH**` → `KẾ HOẠCH`.

    A single `*` opens emphasis after a space, bracket, quote, slash or dash and closes it before one;
    between two digits it is emphasis inside a number (`5*7*-NQ/TW`, `số *45*/2020/NĐ-CP`). A note
    marker `(*)` stays."""
    text = regex.sub(r"^[ \t]*\*+[ \t]*\n", "", text, flags=regex.M)   # a line of bare markers
    text = text.replace("**", "").replace("__", "")
    if "*" not in text:
        return text         # no single marker left: the three rules below have nothing to take
    text = regex.sub(r"(?<=\d)\*(?=\d)", "", text)
    text = regex.sub(r"(?<=^|[\s(\[“\"‘/\-])\*(?=[^\s*)])", "", text, flags=regex.M)
    return regex.sub(r"(?<=[^\s*(])\*(?=$|[\s.,;:)\]”\"’/\-])", "", text, flags=regex.M)


# --- layout -----------------------------------------------------------------------------------------

@dataclass
class Chunk:
    kind: str                   # 'text' | 'table'
    lines: list[str] | None = None
    rows: list[list[str]] | None = None


def parse_text(text: str) -> list[RawBlock]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chunks = _md_tables(lines)
    chunks = [c2 for c in chunks for c2 in (_tab_tables(c.lines) if c.kind == "text" else [c])]
    chunks = [c2 for c in chunks for c2 in (_pipe_tables(c.lines) if c.kind == "text" else [c])]
    wrapped = _is_wrapped(lines)
    blocks: list[RawBlock] = []
    for c in chunks:
        if c.kind == "table":
            blocks.append(_table(c.rows))
        else:
            blocks.extend(_paragraphs(c.lines, wrapped))
    return blocks


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text (PDF copies) has lines of similar, modest length."""
    lengths = sorted(len(line) for line in lines if len(line.strip()) > 1)
    # a file with paragraphs on one line each has some very long lines; a wrapped one has none
    return bool(lengths) and median(lengths) < 110 and lengths[int(len(lengths) * 0.95)] < 200


def _table(rows: list[list[str | RawCell]]) -> RawBlock:
    first = [c.text if isinstance(c, RawCell) else c for c in rows[0]] if rows else []
    header = bool(first) and (HEADER_WORD.match(first[0].strip() or "-") is not None
                              or not any(_DIGIT.search(c) for c in first))
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c in row:
            cell = c if isinstance(c, RawCell) else RawCell(text=c)
            cell.text = cell.text.strip("\n")
            cell.is_header = cell.is_header or (header and r == 0)
            cells.append(cell)
        out.append(cells)
    return RawBlock(kind="table", rows=out)


LABEL_HEADER = regex.compile(r"^(?:STT|TT|Số TT|Nội dung|Chỉ tiêu|Đơn vị|ĐVT|Tên|Danh mục|Nhiệm vụ)", regex.I)


def _missing_ordinals(rows: list[list[str]]) -> list[list[str]]:
    """A short row under an STT column whose first cell is no ordinal lost its empty STT cell
    in the flattening ('- Nông, lâm nghiệp | % | 34,48' under 'STT | Nội dung | Đơn vị')."""
    if len(rows) < 2 or not HEADER_WORD.match(rows[0][0].strip() or "-"):
        return rows
    width = max(len(r) for r in rows)
    first_data = next((k for k, r in enumerate(rows) if k and ROW_NUMBER.match(r[0].strip())), len(rows))
    return [[""] + r if k > first_data and len(r) < width and not ROW_NUMBER.match(r[0].strip() or "1") else r
            for k, r in enumerate(rows)]


def _header_spans(rows: list[list[str]]) -> list[list[str | RawCell]]:
    """Rebuild a two-row header whose merged cell the flattening lost.

    A first row k cells short of the body's width, over a second row of k + 1 cells, means one
    header cell spans k + 1 columns (its sub-headers are the second row) and the others span both
    header rows. The spanning cell is the first that is not a label column (STT, Nội dung, Đơn vị).
    """
    if len(rows) < 3:
        return rows
    width = max(len(r) for r in rows[2:])
    top, sub = rows[0], rows[1]
    short = width - len(top)
    j = next((i for i, t in enumerate(top) if not LABEL_HEADER.match(t.strip())), None)
    if short < 1 or len(rows[2]) != width or j is None:
        return rows
    if len(sub) != short + 1:
        return _even_spans(rows, width)
    first = [RawCell(t, rowspan=2, is_header=True) for t in top]
    first[j] = RawCell(top[j], colspan=short + 1, is_header=True)
    return [first, [RawCell(t, is_header=True) for t in sub]] + rows[2:]


def _even_spans(rows: list[list[str]], width: int) -> list[list[str | RawCell]]:
    """'TT | Sản phẩm | Kế hoạch 2026 | Kế hoạch 2027' over 'Lượng (Tấn) | Giá trị (Nghìn USD) | Lượng ...':
    the sub-headers fill the columns after the label columns (which span both rows), and every header
    cell after those spans the same number of them."""
    top, sub = rows[0], rows[1]
    j = width - len(sub)
    n = len(top) - j
    if j < 1 or n < 2 or len(sub) % n or len(sub) // n < 2:
        return rows
    k = len(sub) // n
    first = [RawCell(t, rowspan=2, is_header=True) for t in top[:j]]
    first += [RawCell(t, colspan=k, is_header=True) for t in top[j:]]
    return [first, [RawCell(t, is_header=True) for t in sub]] + rows[2:]


def _paragraphs(lines: list[str], wrapped: bool) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    current: list[str] = []

    def flush():
        if current:
            text = "\n".join(current).strip()
            if text:
                blocks.append(RawBlock(kind=kind_of_text(text), text=text))
            current.clear()

    for line in lines:
        stripped = line.rstrip()
        if stripped.startswith("#"):        # every MD_HEADING match starts so
            stripped = MD_HEADING.sub("", stripped)
        if not stripped.strip():
            flush()
            continue
        if current and _joins(current[-1], stripped, wrapped):
            current.append(stripped)
        else:
            flush()
            current.append(stripped)
    flush()
    return blocks


def _joins(prev: str, line: str, wrapped: bool) -> bool:
    if not wrapped:           # one paragraph per line: only an obvious continuation joins
        return line[:1].islower() and not LIST_START.match(line) and continues(prev, line)
    return continues(prev, line)


def kind_of_text(text: str) -> str:
    """heading, list_item or paragraph, from the words alone (a Word paragraph without a heading or list
    style is read the same way: titles and '- ' items are typed, not styled, in most of the genre)."""
    first = text.split("\n", 1)[0].strip()
    if HEADING.match(first) or (first.isupper() and len(text) < 200 and _TWO_LETTERS.search(first)):
        return "heading"
    if LIST_START.match(first):
        return "list_item"
    return "paragraph"


# --- Markdown pipe tables -----------------------------------------------------------------------------

def _md_tables(lines: list[str]) -> list[Chunk]:
    out: list[Chunk] = []
    i, start = 0, 0
    while i < len(lines):
        if i + 1 < len(lines) and "|" in lines[i] and lines[i].strip().startswith("|") and lines[i].count("|") >= 3 \
                and MD_RULE.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and lines[j].strip().startswith("|") and lines[j].count("|") >= 2:
                j += 1
            if start < i:
                out.append(Chunk("text", lines[start:i]))
            rows = [_md_row(lines[i])] + [_md_row(x) for x in lines[i + 2:j]]
            out.append(Chunk("table", rows=_md_header_spans(rows)))
            i = start = j
            continue
        i += 1
    out.append(Chunk("text", lines[start:]))
    return out


def _md_row(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


# a sub-header holds words, or years ('2018-2019', 'Năm 2024'), never a figure
_SUB_HEADER_FIGURE = regex.compile(r"\d", regex.V1)
_YEARS = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _md_header_spans(rows: list[list[str]]) -> list[list[str | RawCell]]:
    """A header of two rows or more whose merged cells Markdown cannot write: 'Số hồ sơ tiếp nhận |  ' over
    'Tổng số | Trực tuyến'. A header cell followed by blank ones is a group over the sub-headers beneath them;
    a header cell with blanks beneath spans those rows. Only for rows under the first whose words all sit
    under its groups, and that hold no figure (years are words here: '2023-2024')."""
    width = len(rows[0]) if rows else 0
    depth = 1
    while depth < len(rows) - 1 and len(rows[depth]) == width and _sub_header(rows[0], rows[depth]):
        depth += 1
    if depth == 1:
        return rows
    head = rows[:depth]
    covered = [[False] * width for _ in head]
    ends = [[width] * width for _ in head]     # where the cell covering (row, column) ends, for its children
    out: list[list[str | RawCell]] = [[] for _ in head]
    for i in range(depth):
        for j in range(width):
            if covered[i][j]:
                continue
            k = j + 1
            while head[i][j] and k < min(width, ends[i - 1][j] if i else width) and not covered[i][k] \
                    and not head[i][k] and any(head[r][k] for r in range(i + 1, depth)):
                k += 1
            down = 1
            while k == j + 1 and i + down < depth and not head[i + down][j]:
                down += 1
            for r in range(i, i + down):
                for c in range(j, k):
                    covered[r][c], ends[r][c] = True, k
            out[i].append(RawCell(head[i][j], colspan=k - j, rowspan=down, is_header=True))
    return out + rows[depth:]


def _sub_header(top: list[str], row: list[str]) -> bool:
    """Words only under a group of the top row (a header cell followed by blanks), one at least under a blank."""
    lead = {j for j in range(len(top) - 1) if top[j] and not top[j + 1]}
    cont = {j for j in range(1, len(top)) if not top[j] and any(top[:j])}
    words = [c for c, t in enumerate(row) if t]
    return bool(words) and all(c in lead | cont for c in words) and any(c in cont for c in words) \
        and not any(_SUB_HEADER_FIGURE.search(_YEARS.sub("", t)) for t in row)


# --- tab rows (seed 002) ---------------------------------------------------------------------------------

def _tab_tables(lines: list[str]) -> list[Chunk]:
    if sum(1 for x in lines if x.startswith("\t")) < 6:
        return [Chunk("text", lines)]
    out: list[Chunk] = []
    text: list[str] = []
    rows: list[list[str]] = []
    row: list[str] | None = None
    for line in lines + [""]:
        if line.startswith("\t"):
            if row is None:
                row = []
            row.append(line[1:])
        elif line.strip() == "":
            # a blank line ends a row, unless the row is still short of the header's width
            if row is not None and (not rows or len(row) >= len(rows[0])):
                rows.append(row)
                row = None
            elif row is not None:
                continue
            elif rows and not text:
                continue
        elif row is not None:
            row[-1] += "\n" + line
        else:
            if rows:
                out.append(Chunk("table", rows=_square(rows)))
                rows = []
            text.append(line)
            continue
        if rows and text:
            out.append(Chunk("text", text))
            text = []
    if rows:
        out.append(Chunk("table", rows=_square(rows)))
    if text:
        out.append(Chunk("text", text))
    return _merge_text(out)


def _square(rows: list[list[str]]) -> list[list[str]]:
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def _merge_text(chunks: list[Chunk]) -> list[Chunk]:
    out: list[Chunk] = []
    for c in chunks:
        if out and c.kind == "text" and out[-1].kind == "text":
            out[-1].lines += c.lines
        else:
            out.append(c)
    return out


# --- one cell per line group between '|' lines ---------------------------------------------------------------

def _pipe_tables(lines: list[str]) -> list[Chunk]:
    pipes = [i for i, x in enumerate(lines) if x.strip() == "|"]
    if not pipes:
        return [Chunk("text", lines)]
    out: list[Chunk] = []
    done = 0                                  # lines before this index are consumed
    i = 0
    while i < len(pipes):
        p = pipes[i]
        if p < done:
            i += 1
            continue
        framed = p == 0 or not lines[p - 1].strip() or p - 1 < done
        first_start = p + 1 if framed else _first_cell_start(lines, p, done)
        text_end = p if framed else first_start
        if text_end > done:
            out.append(Chunk("text", lines[done:text_end]))
        cells, end = _collect_cells(lines, p, framed, first_start)
        for chunk in _rows(cells, framed):
            out.append(chunk)
        done = end
        i += 1
    if done < len(lines):
        out.append(Chunk("text", lines[done:]))
    return _merge_text(out)


def _first_cell_start(lines: list[str], p: int, done: int) -> int:
    """Where the first (unframed) cell begins: after a blank line, at a known cell opener, or its last line."""
    lo = max(done, p - MAX_CELL_LINES)
    for j in range(p - 1, lo - 1, -1):
        if not lines[j].strip():
            return j + 1
    for j in range(p - 1, lo - 1, -1):
        if CELL_START.match(lines[j].strip()):
            return j
    if lo == done == 0 and p <= MAX_CELL_LINES:
        return 0                             # the file opens with the table (a header block)
    return p - 1


def _collect_cells(lines: list[str], p: int, framed: bool, first_start: int) -> tuple[list[list[str] | None], int]:
    """Cells as line lists (None marks a row break in framed layouts) and the index after the table."""
    cells: list[list[str] | None] = [] if framed else [lines[first_start:p]]
    pos = p
    while True:
        nxt = _next_pipe(lines, pos + 1)
        if nxt is None:
            return cells, pos + 1
        body = lines[pos + 1:nxt]
        if len(body) > MAX_CELL_LINES or any(not x.strip() for x in body):
            return cells, pos + 1
        if not body:
            if not framed:
                return cells, pos + 1
            cells.append(None)                # '|' then '|': the next row starts
        else:
            cells.append(body)
        pos = nxt


def _next_pipe(lines: list[str], start: int):
    for j in range(start, min(len(lines), start + MAX_CELL_LINES + 2)):
        if lines[j].strip() == "|":
            return j
    return None


def _rows(cells: list[list[str] | None], framed: bool) -> list[Chunk]:
    if not framed:
        return _unframed_rows([c for c in cells if c is not None])
    segs = [None if c is None else "\n".join(c) for c in cells]
    rows = _framed_rows(segs)
    if not rows:
        return []
    rows = _missing_ordinals(rows)
    spanned = _header_spans(rows)
    return [Chunk("table", rows=spanned if spanned is not rows else _square(rows))]


def _split_on_empty(segs: list[str | None]) -> list[list[str]]:
    rows, row = [], []
    for s in segs:
        if s is None:
            if row:
                rows.append(row)
            row = []
        else:
            row.append(s)
    if row:
        rows.append(row)
    return rows


def _framed_rows(segs: list[str | None]) -> list[list[str]]:
    """Rows of a '|'-framed table. An empty cell and a row break both read as '|' twice, so once
    a full row shows the width, rows are read W cells at a time, an empty segment after each
    being the break; header rows above it (which may hold merged cells) split at every empty."""
    runs, run, start = [], 0, 0
    for i, s in enumerate(segs + [None]):
        if s is None:
            if run:
                runs.append((run, start))
            run = 0
        else:
            start = i if run == 0 else start
            run += 1
    if not runs:
        return []
    width, first = max(runs)[0], min(st for n, st in runs if n == max(runs)[0])
    first = _rows_back(segs, first, width)
    rows = _split_on_empty(segs[:first])
    i = first
    while i < len(segs):
        row = segs[i:i + width]
        boundary = i + width
        if len(row) < width or (boundary < len(segs) and segs[boundary] is not None):
            return rows + _split_on_empty(segs[i:])      # out of step: fall back to breaks at empties
        rows.append([s or "" for s in row])
        i = boundary + 1
    return rows


def _rows_back(segs: list[str | None], first: int, width: int) -> int:
    """Body rows above the first full row that hold empty cells ('| | Tổng I + II | | 240.000 | ...'):
    read backwards W cells at a time while each is framed by breaks and holds a figure; the header
    rows above them (merged cells, fewer segments) stay out of step and are split at every empty."""
    while first > 0 and segs[first - 1] is None:
        lo = first - 1 - width
        if lo < 1 or segs[lo - 1] is not None:
            break
        row = segs[lo:first - 1]
        if not any(s and _DIGIT.search(s) for s in row) or all(s is None for s in row[:2]):
            break
        first = lo
    return first


def _unframed_rows(cells: list[list[str]]) -> list[Chunk]:
    """Rows of an unframed table: the column count is where the first row number sits."""
    texts = ["\n".join(c) for c in cells]
    ncols = next((k for k, t in enumerate(texts) if k >= 2 and ROW_NUMBER.match(t.strip())), len(texts))
    out: list[Chunk] = []
    rows: list[list[str]] = []
    k = 0
    while k < len(cells):
        c = cells[k]
        # a header cell glued to the text before it ('2. Chỉ tiêu … NQ-CP\nSTT') starts a new table
        if k and k % ncols == 0 and len(c) > 1 and HEADER_WORD.match(c[-1].strip()):
            out.append(Chunk("table", rows=_square(rows)))
            out.append(Chunk("text", c[:-1]))
            rest = _unframed_rows([c[-1:]] + cells[k + 1:])
            return out + rest
        if k % ncols == 0:
            rows.append([])
        rows[-1].append(texts[k])
        k += 1
    out.append(Chunk("table", rows=_square(rows)))
    return out
