"""Indicators: each target (and result, when the document reports one) tied to its label, level and period.

Three sources, each its own rule id in `Provenance.rule`:
- `table.columns`: a table whose columns are recognised by meaning (patterns/indicators.yaml: `Chỉ tiêu`,
  `Mục tiêu đến năm 2025`, `Kết quả tháng 01 năm 2025`, `Đơn vị`, `Nội dung thực hiện`, `TT` ...), one
  record per body row and per level written in the target cell (`100% cấp tỉnh, 80% cấp huyện`);
- `list.item`: a numbered item under a heading about targets (`I. Kết quả thực hiện các chỉ tiêu năm
  2020`), its first figures the target, a closing parenthesis the status or the result;
- `prose.plan`: a percentage in a clause that a target cue governs (`phấn đấu`, `bảo đảm`, `tối thiểu`,
  `phải` ...), unless a result cue (`đã đạt được`, `hiện nay`) is nearer.

Figures are read here with a small local parser (numbers.parse_number for the digits) so that a target
cell such as `Tối thiểu 90` under a `%` unit column or `CQNN cấp tỉnh 90%` never depends on another stage.
Comparators follow the gold convention: a plain target is `>=`; `trên` `>`; `tối đa`/`không quá` `<=`;
`dưới` `<`; `từ X - Y` `range`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from .indicator_results import label_start, pair_results
from .model import Block, Cell, Document, DocumentMeta, Indicator, Provenance, Quantity, Segment
from .normalize import fold_tone
from .numbers import parse_number
from .patterns import Pattern, load_patterns
from .periods import Period, find_periods

NUM = r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
RANGE_RX = regex.compile(rf"(?<![\w.,/])({NUM})\s*%?\s*(?:-|–|—|đến|tới)\s*({NUM})\s*%(\s*/\s*năm)?", regex.I)
PCT_RX = regex.compile(rf"(?<![\w.,/])({NUM})\s*%(\s*/\s*năm)?")
BARE_RX = regex.compile(rf"(?<![\w.,/%])({NUM})(?![\w/%]|[.,]\d)")
BARE_RANGE_RX = regex.compile(rf"^\s*({NUM})\s*(?:-|–|—)\s*({NUM})\s*$")
YEAR_RX = regex.compile(r"(?<![\d/.,])((?:19[4-9]|20\d)\d)(?![\d/.,])")
ITEM_RX = regex.compile(r"^\s*(\d{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s+")
BULLET_RX = regex.compile(r"^\s*[-–+•*]\s*")
ROMAN_RX = regex.compile(r"^\s*([IVXLC]{1,6})[.)]\s")
ARABIC_RX = regex.compile(r"^\s*(\d{1,2})[.)]\s")
ANNEX_RX = regex.compile(r"^\s*(?:PHỤ LỤC|Phụ lục)\s+([IVX]+|\d+)\b")
ARTICLE_RX = regex.compile(r"^\s*Điều\s+\d+[a-zđ]?\.\s")
DECIMAL_RX = regex.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s")
LETTER_RX = regex.compile(r"^\s*([a-zđ])\)\s")
PAREN_RX = regex.compile(r"\([^()]*\)")
WORD_RX = regex.compile(r"\w+")
CONF = {"table.columns": 0.9, "list.item": 0.8, "text.result": 0.7, "prose.plan": 0.6}


# --- vocabulary ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _vocab() -> dict[str, list[Pattern]]:
    groups: dict[str, list[Pattern]] = {}
    for p in load_patterns("indicators"):
        head = p.id.split(".")[0]
        key = ".".join(p.id.split(".")[:2]) if head in ("cmp", "cue", "lower", "definition") else head
        groups.setdefault(key, []).append(p)
    return groups


def _first(group: str, text: str) -> Optional[tuple[Pattern, regex.Match]]:
    for p in _vocab().get(group, []):
        m = p.regex.search(text)
        if m:
            return p, m
    return None


def header_role(text: str) -> Optional[str]:
    """What a column holds, from its header text ('Mục tiêu đến năm 2025' → 'target')."""
    hit = _first("header", " ".join(text.split()))
    return hit[0].meta["role"] if hit else None


def levels_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, level) of every administrative level named in `text`, left to right."""
    out = []
    for p in _vocab().get("level", []):
        out += [(m.start(), m.end(), p.meta["level"]) for m in p.regex.finditer(text)]
    out.sort()
    return [x for i, x in enumerate(out) if not any(y[0] <= x[0] < y[1] for y in out[:i])]


def status_of(text: str) -> Optional[tuple[str, str]]:
    """(status as written, normalised status) when `text` opens with a status word."""
    hit = _first("status", text)
    if not hit:
        return None
    p, m = hit
    written = text[m.start():m.end()].strip(" (,.;:").strip()
    return written, p.meta["norm"]


def _cmp_before(text: str) -> Optional[str]:
    hit = _first("cmp.before", text[-30:])
    return hit[0].meta["cmp"] if hit else None


def _cmp_after(text: str) -> Optional[tuple[str, int]]:
    hit = _first("cmp.after", text[:30])
    return (hit[0].meta["cmp"], hit[1].end()) if hit else None


# --- figures -------------------------------------------------------------------------------------

@dataclass
class Figure:
    """A target or result value found in a string; offsets are local to that string."""
    start: int
    end: int
    value: float
    high: Optional[float] = None
    unit: Optional[str] = None
    cmp: Optional[str] = None          # explicit comparator, None for a plain figure
    level: Optional[str] = None
    expr_start: int = 0                # the span of the whole expression, comparator words included
    expr_end: int = 0

    def target_cmp(self) -> str:
        return "range" if self.high is not None else (self.cmp or ">=")


def _number(text: str, unit: Optional[str] = "%") -> Optional[float]:
    """A percentage reads '27.31' as a decimal; a count or an amount reads '172.033' as 172033."""
    n = parse_number(text, "percent" if unit in ("%", None) else None)
    return n.value if n else None


def find_figures(text: str, unit_hint: Optional[str] = None) -> list[Figure]:
    """Percentages and percentage ranges in `text`; with a unit hint, bare numbers too (`Tối thiểu 90`)."""
    out: list[Figure] = []
    for m in RANGE_RX.finditer(text):
        lo, hi = _number(m.group(1)), _number(m.group(2))
        if lo is not None and hi is not None and lo < hi:
            out.append(Figure(m.start(1), m.end(), lo, hi, "%/năm" if m.group(3) else "%", "range"))
    for m in PCT_RX.finditer(text):
        if not any(f.start <= m.start() < f.end for f in out):
            v = _number(m.group(1))
            if v is not None:                  # '10%/năm': a yearly rate
                out.append(Figure(m.start(), m.end(), v, None, "%/năm" if m.group(2) else "%"))
    if not out and unit_hint:
        for m in BARE_RANGE_RX.finditer(text):             # '1-1,5' under a '%' unit column
            lo, hi = _number(m.group(1), unit_hint), _number(m.group(2), unit_hint)
            if lo is not None and hi is not None and lo < hi:
                out.append(Figure(m.start(1), m.end(), lo, hi, unit_hint, "range"))
        for m in BARE_RX.finditer(text):
            if any(f.start <= m.start() < f.end for f in out):
                continue
            v = _number(m.group(1), unit_hint)
            if v is not None and not _looks_like_year(m.group(1), text, m.start()):
                out.append(Figure(m.start(), m.end(), v, None, unit_hint))
    out.sort(key=lambda f: f.start)
    for f in out:
        _comparator(text, f)
    return out


QTY_KINDS = ("count", "money", "measure", "range")
CONDITION_AFTER_RX = regex.compile(r"[^.;:]{0,80}?\bthì\b", regex.I)
QTY_TEXT_RX = regex.compile(rf"^({NUM})(?:\s*(?:-|–|—|đến|tới)\s*({NUM}))?\s*(.*)$", regex.S)


def _quantity_figures(quantities: list[Quantity], offset: int, text: str) -> list[Figure]:
    """Counts, money and measures that a target verb or comparator governs ('có ít nhất 20 tập dữ liệu mở',
    'đạt 400 triệu USD', 'phấn đấu đạt trên 46.200 tấn'), from the quantities stage; value and unit as written
    ('400', 'triệu USD'). A duration or an age ('6 tháng', 'từ 15 tuổi') is never a target here."""
    out = []
    scope = _first("scope", text)
    for q in quantities:
        lo = q.prov.start - offset
        if scope and 0 <= lo < scope[1].end():
            continue                          # '- Đối với thôn có dưới 100 cử tri: ...' says whom the item is for
        if q.kind not in QTY_KINDS or not (0 <= lo < len(text)) or q.prov.end - offset > len(text):
            continue
        if q.kind == "range" and (q.unit or "%") == "%":
            continue
        written = " ".join(text[lo:q.prov.end - offset].split())
        m = QTY_TEXT_RX.match(written)
        unit = (m.group(3).strip() if m else "") or q.unit
        if not m or not unit or _first("qty_unit", unit):
            continue
        if CONDITION_AFTER_RX.match(text, q.prov.end - offset):
            continue                          # 'Ở thôn có dưới 100 cử tri thì tổ chức ...': a condition
        listed = bool(out) and regex.fullmatch(r"[^.;:]{0,60},\s*", text[out[-1].end:lo]) is not None
        if not listed and not _first("qty_lead", text[max(0, lo - 40):lo]):
            continue                          # ', 120 - 130 triệu lượt khách du lịch nội địa' shares the verb
        v = parse_number(m.group(1))
        hi = parse_number(m.group(2)) if m.group(2) else None
        if v is None:
            continue
        f = Figure(lo, q.prov.end - offset, v.value, hi.value if hi else None, unit, "range" if hi else None)
        _comparator(text, f)
        out.append(f)
    return out


def rank_figures(text: str) -> list[Figure]:
    """Rank targets ('nằm trong nhóm 10 tỉnh dẫn đầu' → <= 10 hạng); only the number is cut from the label."""
    out = []
    for p in _vocab().get("rank", []):
        for m in p.regex.finditer(text):
            s, e = m.span("n")
            out.append(Figure(s, e, float(m.group("n")), None, "hạng", "<=", expr_start=s, expr_end=e))
    return out


def _text_figures(ctx: "_Ctx", offset: int, text: str) -> list[Figure]:
    """Percentages (read here), ranks, and governed quantities of other kinds (read by the quantities stage)."""
    figs = find_figures(text)
    if ctx.normative:
        return figs                           # a law's counts are rules ('không quá 02 người'), not plan targets
    figs = sorted(figs + rank_figures(text), key=lambda f: f.start)
    more = [q for q in _quantity_figures(ctx.quantities, offset, text)
            if not any(f.start <= q.start < f.end or q.start <= f.start < q.end for f in figs)]
    return sorted(figs + more, key=lambda f: f.start)


def _looks_like_year(digits: str, text: str, start: int) -> bool:
    return len(digits) == 4 and digits.startswith(("19", "20")) and "năm" in text[max(0, start - 8):start].lower()


def _comparator(text: str, f: Figure) -> None:
    before = text[:f.start]
    f.expr_start, f.expr_end = f.start, f.end
    cmp = _cmp_before(before)
    if cmp and f.high is None:
        f.cmp = cmp
        m = regex.search(r"(?:(?:đạt|tỷ lệ|tỉ lệ|có)\s+)?(?:tối thiểu|ít nhất|không (?:dưới|quá|thấp hơn|vượt quá|cao hơn)|"
                         r"tối đa|trên|dưới|cao hơn|thấp hơn|vượt|≥|≤|>=|<=|>|<)\s*$", before, regex.I)
        f.expr_start = m.start() if m else f.start
    after = _cmp_after(text[f.end:])
    if after and f.high is None:
        f.cmp = f.cmp or after[0]
        f.expr_end = f.end + after[1]
    lead = regex.search(r"(?:\b(?:đạt|từ|tỷ lệ|tỉ lệ|có|khoảng|ở mức|lên mức|bằng)\s+)+$", text[:f.expr_start], regex.I)
    if lead:                                  # 'đạt khoảng trên 500 tỉ USD': the words that carry the figure
        f.expr_start = lead.start()


# --- levels of several figures in one string ----------------------------------------------------

def assign_levels(text: str, figs: list[Figure], force: bool = False) -> list[Figure]:
    """One figure per (figure, level): `Cấp tỉnh 80%, cấp huyện 60%` and `100% cấp tỉnh, 80% cấp huyện`.

    A level written right before a figure (spaces only between) is its level; otherwise the levels
    named after it, up to the next figure. With a single figure (unless `force`: a target cell), levels
    named in the label are part of the label, not a split (`Hệ thống một cửa điện tử cấp tỉnh`)."""
    if len(figs) < 2 and not force:
        return figs
    lv = levels_in(text)
    if not lv:
        return figs
    out: list[Figure] = []
    for i, f in enumerate(figs):
        before = [x for x in lv if x[1] <= f.expr_start and not text[x[1]:f.expr_start].strip(" ")
                  or (x[1] <= f.expr_start and regex.fullmatch(r"\s*(?:\p{Lu}{2,}\s*)?", text[x[1]:f.expr_start]))]
        nxt = figs[i + 1].expr_start if i + 1 < len(figs) else len(text)
        after = [x for x in lv if f.expr_end <= x[0] < nxt and not _owned_by_next(text, x, figs[i + 1:])]
        prefixed = [x for x in lv if x[1] <= f.expr_start and regex.fullmatch(r"[^,;.%]*", text[x[1]:f.expr_start])
                    and regex.fullmatch(r"[\s\p{L}]*", text[x[1]:f.expr_start])]
        chosen = before or after or (prefixed[-1:] if force else [])
        if not chosen:
            out.append(f)
            continue
        for _, _, level in _unique(chosen):
            out.append(Figure(**{**f.__dict__, "level": level}))
    return out


def _owned_by_next(text: str, lv: tuple[int, int, str], rest: list[Figure]) -> bool:
    """A level written right before the next figure belongs to it ('cấp tỉnh 80%, cấp huyện 60%')."""
    return bool(rest) and not text[lv[1]:rest[0].expr_start].strip(" ")


def _unique(levels):
    seen, out = set(), []
    for x in levels:
        if x[2] not in seen:
            seen.add(x[2])
            out.append(x)
    return out


# --- context while walking the document ----------------------------------------------------------

@dataclass
class _Ctx:
    doc: Document
    quantities: list[Quantity]
    sections: dict[int, tuple[str, ...]]
    annexes: int
    headings: list[tuple[int, str]] = field(default_factory=list)    # (block index, text) heading-like
    normative: bool = False                                          # a Nghị định, Luật, Thông tư
    lead_period: Optional[Period] = None                             # '- Đến hết năm 2024:'
    lead_block: int = -1
    prev_label: Optional[str] = None
    prev_block: int = -1
    subject: Optional[str] = None                                    # level the document or annex is about
    doc_period: Optional[Period] = None                              # the title's period ('... năm 2025')
    title: Optional[str] = None
    doc_year: Optional[int] = None                                   # the year the document was issued
    annex_block: int = -1


def subject_level(text: str) -> Optional[str]:
    """The level a title is about ('Bộ tiêu chí quốc gia về xã nông thôn mới' → 'xã'), or None."""
    hit = _first("subject", " ".join(text.split()))
    return hit[0].meta["level"] if hit else None


def _track_subject(ctx: _Ctx, block: Block) -> None:
    """An annex's title (the lines right after 'PHỤ LỤC II') says what its targets are about."""
    t = " ".join(block.text.split())
    if ANNEX_RX.match(t):
        ctx.annex_block, ctx.subject = block.index, subject_level(ANNEX_RX.sub("", t))
    elif 0 <= ctx.annex_block and block.index - ctx.annex_block <= 3 and ctx.subject is None:
        ctx.subject = subject_level(t)


def _sections(segments: list[Segment]) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for s in segments:
        out.setdefault(s.block.index, s.section)
    return out


def _is_heading_like(block: Block) -> bool:
    t = block.text.strip()
    if block.kind == "heading" or ARTICLE_RX.match(t):
        return True
    if len(t) < 300 and t == t.upper() and len(regex.findall(r"\p{Lu}", t)) >= 12:
        return True                           # a title line in capitals ('QUY ĐỊNH TỈNH, THÀNH PHỐ HOÀN THÀNH ...')
    if len(t) > 160 or PCT_RX.search(t):
        return False
    return bool(ROMAN_RX.match(t) or ARABIC_RX.match(t) or ANNEX_RX.match(t) or DECIMAL_RX.match(t)) \
        and not t.endswith((";",))


def _item_kind(text: str) -> Optional[str]:
    for kind, rx in (("roman", ROMAN_RX), ("arabic", ARABIC_RX), ("letter", LETTER_RX)):
        if rx.match(text):
            return kind
    return None


def _section_texts(ctx: _Ctx, block: Block) -> list[str]:
    """Headings that govern `block`, nearest first: the segmenter's sections and nearby heading lines.

    An item's earlier siblings ('5. Có đủ ...' before '6. ...') are not its headings; an article
    ('Điều 2. ...') or an annex starts a new context."""
    kind = _item_kind(block.text)
    near: list[str] = []
    for i, t in reversed(ctx.headings):
        if i >= block.index:
            continue
        if kind and not near and _item_kind(t) == kind:
            continue
        near.append(t)
        if len(near) == 4 or ANNEX_RX.match(t) or ARTICLE_RX.match(t):
            break
    return near + list(reversed(ctx.sections.get(block.index, ())))


def _period_from(texts: list[str]) -> Optional[Period]:
    for t in texts:
        ps = find_periods(t)
        if ps:
            return ps[-1]
    return None


# --- provenance ----------------------------------------------------------------------------------

def _written(holder, start: int, end: int, doc: Document) -> str:
    tr, raw = getattr(holder, "to_raw", None), getattr(holder, "raw", "")
    lo, hi = start - holder.start, end - holder.start
    if tr and raw and 0 <= lo < hi <= len(tr):
        return raw[tr[lo]:tr[hi - 1] + 1]
    return doc.text[start:end]


def _prov(doc: Document, block: Block, start: int, end: int, rule: str, cell: Optional[Cell] = None) -> Provenance:
    holder = cell if cell is not None else block
    return Provenance(block=block.index, start=start, end=end, text=_written(holder, start, end, doc), rule=rule,
                      page=(cell.page if cell is not None and cell.page else block.page),
                      row=cell.row if cell is not None else None, col=cell.col if cell is not None else None,
                      ocr=block.ocr)


def _refs(ctx: _Ctx, start: int, end: int, skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    return [(q.prov.start, q.prov.end) for q in ctx.quantities
            if start <= q.prov.start < end and not any(a <= q.prov.start < b for a, b in skip)]


# --- tables --------------------------------------------------------------------------------------

@dataclass
class _Columns:
    header_rows: set[int]
    roles: dict[int, str]
    headers: dict[int, str]

    def cols(self, role: str) -> list[int]:
        return sorted(c for c, r in self.roles.items() if r == role)

    @property
    def grouped(self) -> bool:
        """Several target columns, one per group, level or year: the column says whose target it is."""
        return len(self.cols("target")) >= 2


NUMBERING_CELL = regex.compile(r"^\s*\(?\d{1,2}\)?\s*$|^\s*\(?[A-Z]\)?\s*$")
YEAR_HEADER_RX = regex.compile(r"\s*(?:năm\s+|kế\s+hoạch\s+|KH\s+)?(?:19[4-9]|20\d)\d\s*", regex.I)
ORDINAL_CELL = regex.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])\s*[.)]?\s*$")


def _header_rows(block: Block) -> set[int]:
    rows: set[int] = set()
    by_row: dict[int, list[Cell]] = {}
    for c in block.cells or []:
        by_row.setdefault(c.row, []).append(c)
    for r in range(min(4, block.n_rows)):
        cells = [c for c in by_row.get(r, []) if c.text.strip()]
        if not cells:
            continue
        roles = [header_role(c.text) for c in cells]
        is_header = any(c.is_header for c in cells) or (
            any(roles) and not any(ORDINAL_CELL.match(c.text) or PCT_RX.search(c.text) for c in cells)
            and all(len(c.text) < 120 for c in cells))
        numbering = len(cells) >= 3 and all(NUMBERING_CELL.match(c.text) for c in cells)
        years = len(cells) >= 2 and all(YEAR_HEADER_RX.fullmatch(c.text) for c in cells)   # 'Năm 2026 | Năm 2027'
        if is_header or ((numbering or years) and rows):
            rows.add(r)
        else:
            break
    return rows


def _header_period(text: str) -> Optional[Period]:
    """The period a column header names: 'Kế hoạch năm 2024', or a bare year ('Năm hiện hành 2025 Kế hoạch')."""
    p = _period_from([text])
    if p is None:
        years = YEAR_RX.findall(text)
        if years:
            y = int(years[-1])
            p = Period(kind="year", text=years[-1], year=y, start_year=y, end_year=y)
    return p


def _year_roles(headers: dict[int, str], roles: dict[int, str], doc_year: Optional[int]) -> None:
    """A column that only names a year later than the document's own ('Năm 2026' in a plan issued in 2025,
    under 'Giai đoạn 2026 - 2030' or 'Dự kiến 03 năm kế hoạch') holds that year's targets."""
    if doc_year is None:
        return
    for col, h in headers.items():
        if col in roles:
            continue
        p = _header_period(h)
        rest = YEAR_RX.sub(" ", h)
        rest = regex.sub(r"\b(?:năm|giai\s+đoạn|dự\s+kiến|kế\s+hoạch|\d+)\b|[-–()]", " ", rest, flags=regex.I)
        if p is not None and p.year > doc_year and not WORD_RX.findall(rest):
            roles[col] = "target"


def _columns(block: Block, doc_year: Optional[int] = None) -> Optional[_Columns]:
    rows = _header_rows(block)
    if not rows:
        return None
    headers: dict[int, str] = {}
    shift = _subheader_shifts(block, rows)
    for c in block.cells or []:
        if c.row in rows and not NUMBERING_CELL.match(c.text):
            for col in range(c.col, c.col + max(1, c.colspan)):
                col += shift.get(c.row, 0)
                headers[col] = (headers.get(col, "") + " " + c.text).strip()
    roles = {col: header_role(h) for col, h in headers.items()}
    roles = {c: r for c, r in roles.items() if r}
    _year_roles(headers, roles, doc_year)
    labels = [c for c, r in roles.items() if r == "label"]
    for extra in _extra_labels(block, rows, labels):
        roles.pop(extra)
    if "target" not in roles.values() or "label" not in roles.values():
        return None
    return _Columns(rows, roles, headers)


def _subheader_shifts(block: Block, rows: set[int]) -> dict[int, int]:
    """A text table loses its merged header cells: the row under 'ƯTH Năm 2025 | GIAI ĐOẠN 2026 - 2030 | | |'
    comes back as 'Năm 2026 | Năm 2027 | ...' from the first column. Its cells belong under the last columns
    that hold figures, so they move right by the empty columns at the end of the row above."""
    out: dict[int, int] = {}
    body = [c.col for c in block.cells or [] if c.row not in rows and c.text.strip()]
    if not body:
        return out
    width = max(body) + 1
    ordered = sorted(rows)
    for prev, r in zip(ordered, ordered[1:]):
        cols = sorted(c.col for c in block.cells or [] if c.row == r and c.text.strip())
        above = [c.col for c in block.cells or [] if c.row == prev and c.text.strip()]
        if not cols or not above or cols != list(range(len(cols))) or len(cols) >= width:
            continue
        if width - 1 - max(above) >= len(cols) - 1 and not all(NUMBERING_CELL.match(c.text) for c in block.cells
                                                                 if c.row == r and c.text.strip()):
            out[r] = width - len(cols)
    return out


def _extra_labels(block: Block, header_rows: set[int], labels: list[int]) -> list[int]:
    """One label column: the one with a cell in most rows, leftmost on a tie. A group name ('Hạ tầng kinh
    tế - xã hội') spans several rows; the criterion's own wording ('2.4. Tỷ lệ hộ ...') has a cell per row."""
    if len(labels) < 2:
        return []
    counts = {c: sum(1 for x in block.cells or [] if x.col == c and x.row not in header_rows and x.text.strip())
              for c in labels}
    keep = max(sorted(labels), key=lambda c: counts[c])
    return [c for c in labels if c != keep]


def _table_source(ctx: _Ctx, block: Block) -> Optional[str]:
    """The heading line just before a table ('1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP')."""
    for i, t in reversed(ctx.headings):
        if i < block.index:
            return t if block.index - i <= 2 else None
    return None


def _ordinal_prefix(texts: list[str], annexes: int) -> list[str]:
    """Numbering of the enclosing headings, outermost first: ['II', '1'] for PHỤ LỤC II › 1. ..."""
    found: dict[str, str] = {}
    for t in texts:                           # nearest first: the nearest heading of each kind counts
        for kind, rx in (("annex", ANNEX_RX), ("roman", ROMAN_RX), ("arabic", ARABIC_RX)):
            m = rx.match(t)
            if m:
                found.setdefault(kind, m.group(1))
                break
        if "annex" in found:
            break                             # an annex starts its own numbering
    if annexes < 2:
        found.pop("annex", None)
    return [found[k] for k in ("annex", "roman", "arabic") if k in found]


def _table_records(ctx: _Ctx, block: Block) -> list[Indicator]:
    cols = _columns(block, ctx.doc_year)
    if cols is None:
        return []
    grid = block.grid()
    context = _section_texts(ctx, block)
    source = _table_source(ctx, block)
    heading_period = _period_from(context)
    out: list[Indicator] = []
    prev_label: Optional[tuple] = None
    prefix = _ordinal_prefix(([source] if source else []) + context, ctx.annexes)
    for r in range(block.n_rows):
        if r in cols.header_rows:
            continue
        row = [grid[r][c] for c in range(block.n_cols)]
        filled = [c for c in row if c is not None and c.text.strip()]
        if not filled:
            continue
        if _section_row(row, cols, filled):
            source = " ".join(filled[0].text.split())
            heading_period = _period_from([source]) or heading_period
            prefix = _ordinal_prefix([source] + context, ctx.annexes)
            continue
        recs, prev_label = _row_records(ctx, block, cols, row, prev_label, heading_period)
        for rec in recs:
            rec.source_ref = source if _names_document(source) else (_named_source(cols) or source)
            if rec.ordinal and prefix:
                rec.ordinal = ".".join(prefix + [rec.ordinal])
        out += recs
    return out


def _names_document(text: Optional[str]) -> bool:
    return bool(text and regex.search(r"\d+/(?:\d{4}/)?\p{Lu}[\p{Lu}Đ-]*", text))


def _named_source(cols: _Columns) -> Optional[str]:
    """A label header that names a resolution ('Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP')."""
    for c in cols.cols("label"):
        if _names_document(cols.headers[c]):
            return cols.headers[c]
    return None


def _section_row(row: list[Optional[Cell]], cols: _Columns, filled: list[Cell]) -> bool:
    """A row naming a group ('1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP'), not an indicator."""
    has_target = any(row[c] is not None and find_figures(row[c].text, "x") for c in cols.cols("target"))
    if has_target or filled[0].col in cols.cols("target"):
        return False                          # a note under the target columns ('Bộ Xây dựng hướng dẫn; ...')
    return len(filled) == 1 and len(filled[0].text) > 3 and bool(regex.search(r"\p{L}{3,}", filled[0].text))


def _cell(row: list[Optional[Cell]], cols: list[int]) -> Optional[Cell]:
    for c in cols:
        if row[c] is not None and row[c].text.strip():
            return row[c]
    return None


def _unit_hint(cols: _Columns, row: list[Optional[Cell]], col: int) -> Optional[str]:
    unit = _cell(row, cols.cols("unit"))
    if unit is not None and len(unit.text.strip()) <= 20 and regex.search(r"\p{L}|%", unit.text):
        return unit.text.strip()
    if regex.search(r"\(\s*%\s*\)|tỷ lệ\s*%", cols.headers.get(col, ""), regex.I):
        return "%"
    return None


def _row_records(ctx: _Ctx, block: Block, cols: _Columns, row: list[Optional[Cell]],
                 prev_label: Optional[tuple], heading_period: Optional[Period]):
    label_cell = _cell(row, cols.cols("label"))
    ord_cell = _cell(row, cols.cols("ordinal"))
    label = " ".join(label_cell.text.split()) if label_cell is not None else None
    parent = prev_label[2] if prev_label is not None else None
    if label is None and prev_label is not None:
        label, label_cell = prev_label[:2]     # a row that only adds a level or a year to the row above
    if label is None or not regex.search(r"\p{L}", label):
        return [], prev_label                  # a row whose cells slid left ('4,31 | 4,19 | 4,07'): no label
    own = LABEL_ORD_RX.match(label)
    ordinal = own.group(1) if own else (ord_cell.text.strip().rstrip(".)") if ord_cell is not None else None)
    row_label = label[own.end():] if own else label
    bullet = bool(BULLET_RX.match(row_label)) or (ordinal is not None and BULLET_RX.fullmatch(ordinal) is not None)
    if bullet and ordinal is not None and BULLET_RX.fullmatch(ordinal):
        ordinal = None                         # '- | Diện tích | Ha | ...': a bullet in the TT column
    row_level = _level_only(row_label)
    if ordinal and not row_level:
        parent = row_label
    elif row_level and parent:   # '1 | Tỷ lệ hồ sơ ... | |' then '| Cấp tỉnh | 90% | 98,7%': the level of the row above
        row_label = parent
    elif bullet and parent:   # '3 | Cơ cấu kinh tế' then '| - Dịch vụ | % | 36,49 ...'
        row_label = f"{parent}: {BULLET_RX.sub('', row_label, count=1)}"
    out: list[Indicator] = []
    actual_cols = cols.cols("actual")
    for tcol in cols.cols("target"):
        tcell = row[tcol]
        if tcell is None or not tcell.text.strip():
            continue
        hint = _unit_hint(cols, row, tcol)
        figs = _target_figures(ctx, cols, tcol, tcell.text, hint)
        if not figs:
            continue
        if row_level and parent:
            for f in figs:
                f.level = row_level
        tperiod = _header_period(cols.headers.get(tcol, "")) or heading_period
        acell = _pick_actual(row, actual_cols, cols, tperiod)
        actuals = _actual_figures(acell.text, _unit_hint(cols, row, acell.col)) if acell is not None else []
        for i, f in enumerate(figs):
            rec = _record(ctx, block, _clause_label(tcell.text, f, figs) or row_label, label_cell, "table.columns")
            rec.ordinal = ordinal
            _set_target(rec, f, tperiod, _prov(ctx.doc, block, tcell.start + f.start, tcell.start + f.end,
                                               "table.columns", tcell))
            a = _actual_for(i, f, figs, actuals)
            if a is not None:
                _set_actual(rec, a, _header_period(cols.headers.get(acell.col, "")),
                            _prov(ctx.doc, block, acell.start + a.start, acell.start + a.end, "table.columns", acell), f)
            _row_status(rec, row, cols, acell)
            for ec in cols.cols("evidence"):
                if row[ec] is not None:
                    rec.quantity_refs += _refs(ctx, row[ec].start, row[ec].end)
            out.append(rec)
    if label_cell is not None:
        out += _label_cell_targets(ctx, block, cols, row, label_cell, ordinal, heading_period)
    return out, (label, label_cell, parent)


def _level_only(label: str) -> Optional[str]:
    """The level a row label names and nothing else ('Cấp tỉnh', '- Cấp huyện:', 'b) Cấp xã')."""
    text = BULLET_RX.sub("", ITEM_RX.sub("", label, count=1), count=1).strip(" :.;")
    lv = levels_in(text)
    if len(lv) == 1 and lv[0][0] == 0 and not WORD_RX.findall(text[lv[0][1]:]):
        return lv[0][2]
    return None


LABEL_ORD_RX = regex.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+")
COUNT_RX = regex.compile(r"(?:≥|≤|>=|<=|\bít\s+nhất|\btối\s+thiểu|\bkhông\s+dưới|\btối\s+đa|\bkhông\s+quá)\s*"
                         r"(\d{1,3}(?:\.\d{3})*)(?![\d,.]*\s*%)(?:\s+(?!trở\b)(\p{Ll}+(?:\s+\p{Ll}+)?))?", regex.I)
CLAUSE_CUT_RX = regex.compile(r";|\(|\)|\n|,\s*(?=(?:tỷ\s+lệ|tỉ\s+lệ|số|đảm\s+bảo|bảo\s+đảm|có)\s)", regex.I)


def _count_figures(text: str, taken: list[Figure]) -> list[Figure]:
    """A count target written with a comparator ('≥01 mô hình', 'ít nhất 01 công trình'); its noun is the unit."""
    out = []
    for m in COUNT_RX.finditer(text):
        if any(f.start <= m.start(1) < f.end for f in taken):
            continue
        v = _number(m.group(1))
        if v is None:
            continue
        unit = m.group(2)
        f = Figure(m.start(1), m.end(1), v, None, unit)
        _comparator(text, f)
        out.append(f)
    return out


def _target_figures(ctx: _Ctx, cols: _Columns, tcol: int, text: str, hint: Optional[str]) -> list[Figure]:
    """Targets in one target cell, each with its level: from the column header in a table with a column
    per group or level, from the cell otherwise ('100% cấp tỉnh, 80% cấp huyện'); else what the annex is about."""
    figs = find_figures(text, hint)
    figs = sorted(figs + _count_figures(text, figs), key=lambda f: f.start)
    if cols.grouped:
        lv = levels_in(cols.headers.get(tcol, ""))
        for f in figs:
            f.level = lv[0][2] if lv else ctx.subject
        return figs
    figs = assign_levels(text, figs, force=True)
    for f in figs:
        f.level = f.level or ctx.subject
    return figs


def _clause_label(text: str, f: Figure, figs: list[Figure] = ()) -> Optional[str]:
    """The wording around a target inside a longer cell ('...; đường thôn, ngõ, xóm được cứng hóa đạt tỷ lệ
    100%'), when it says enough on its own; None for a bare figure, a clause of cue words or of levels
    ('100% cấp tỉnh, 80% cấp huyện')."""
    a, b = 0, len(text)
    for m in CLAUSE_CUT_RX.finditer(text):
        if m.end() <= f.start:
            a = m.end()
        elif m.start() >= f.end:
            b = m.start()
            break
    shifted = [Figure(**{**g.__dict__, "start": g.start - a, "end": g.end - a, "expr_start": g.expr_start - a,
                         "expr_end": g.expr_end - a}) for g in [f, *figs] if a <= g.start < b]
    label = _clean_label(text[a:b], shifted)
    bare = _strip_cues(label)
    for s, e, _ in reversed(levels_in(bare)):
        bare = bare[:s] + " " + bare[e:]
    return label if len(WORD_RX.findall(bare)) >= 5 else None


def _label_cell_targets(ctx: _Ctx, block: Block, cols: _Columns, row, label_cell: Cell, ordinal: Optional[str],
                        period: Optional[Period]) -> list[Indicator]:
    """Targets written inside the criterion's wording ('... tỷ lệ thủ tục hành chính được thực hiện theo dịch vụ
    công trực tuyến toàn trình đạt ≥90%') when its target cell is a word ('Đạt'), not a figure."""
    first = _cell(row, cols.cols("target"))
    if first is None or first.col != cols.cols("target")[0] or row[label_cell.col] is not label_cell:
        return []
    if find_figures(first.text, "x") or _count_figures(first.text, []):
        return []
    text = label_cell.text
    figs = find_figures(text)
    out = []
    for f in sorted(figs + _count_figures(text, figs), key=lambda f: f.start):
        f.level = ctx.subject
        rec = _record(ctx, block, _clause_label(text, f, figs) or text, label_cell, "table.columns")
        rec.ordinal = ordinal
        _set_target(rec, f, period, _prov(ctx.doc, block, label_cell.start + f.start, label_cell.start + f.end,
                                          "table.columns", label_cell))
        out.append(rec)
    return out


def _pick_actual(row, actual_cols: list[int], cols: _Columns, tperiod: Optional[Period]) -> Optional[Cell]:
    """The result cell for a target: the actual column of the same year when there are several."""
    filled = [c for c in actual_cols if row[c] is not None and row[c].text.strip()]
    if filled and tperiod is not None:
        years = {c: _header_period(cols.headers.get(c, "")) for c in filled}
        same = [c for c in filled if (years[c] or tperiod).year == tperiod.year]
        if not same and tperiod.kind == "year" and cols.grouped and all(years.values()):
            return None                       # 'Năm 2026' beside 'Ước thực hiện 2025': no result for 2026 yet
        filled = same or filled
    return row[filled[-1]] if filled else None


def _actual_figures(text: str, hint: Optional[str]) -> list[Figure]:
    outside = _outside_parens(text)
    return [f for f in find_figures(text, hint) if outside[f.start]] or find_figures(text, hint)[:1]


def _outside_parens(text: str) -> list[bool]:
    mask = [True] * (len(text) + 1)
    for m in PAREN_RX.finditer(text):
        for i in range(m.start(), m.end()):
            mask[i] = False
    return mask


def _actual_for(i: int, f: Figure, figs: list[Figure], actuals: list[Figure]) -> Optional[Figure]:
    """Pair results with targets in order; a lone result answers the first target only."""
    if not actuals:
        return None
    if len(actuals) >= len(figs):
        return actuals[i]
    return actuals[0] if i == 0 else None


def _row_status(rec: Indicator, row, cols: _Columns, acell: Optional[Cell]) -> None:
    """The status column, else the note, else the result cell: opening with a status word ('Đạt') or
    saying it in a parenthesis after the figure ('100% (đạt)', '85% (chưa đạt)')."""
    for c in cols.cols("status") + cols.cols("note") + ([acell.col] if acell is not None else []):
        if row[c] is not None:
            st = status_of(row[c].text) or (_parentheses(row[c].text)[0] if c == getattr(acell, "col", None)
                                             else None)
            if st:
                rec.status, rec.status_norm = st
                return


# --- records -------------------------------------------------------------------------------------

def _record(ctx: _Ctx, block: Block, label: str, holder, rule: str, start: Optional[int] = None,
            end: Optional[int] = None) -> Indicator:
    cell = holder if isinstance(holder, Cell) else None
    s = start if start is not None else holder.start
    e = end if end is not None else holder.end
    return Indicator(prov=_prov(ctx.doc, block, s, e, rule, cell), label=label,
                     label_norm=fold_tone(label).lower(), confidence=CONF[rule],
                     lower_is_better=lower_is_better(label))


def _set_target(rec: Indicator, f: Figure, period: Optional[Period], prov: Provenance) -> None:
    rec.level = f.level
    rec.target_comparator = f.target_cmp()
    rec.target_value, rec.target_high, rec.target_unit = f.value, f.high, f.unit
    rec.target_prov = prov
    if period is not None:
        rec.target_year, rec.target_period = period.year, period.code


def _set_actual(rec: Indicator, a: Figure, period: Optional[Period], prov: Provenance, target: Figure) -> None:
    rec.actual_comparator = a.cmp if a.cmp and a.high is None else "="
    rec.actual_value, rec.actual_unit = a.value, a.unit
    rec.actual_prov = prov
    if period is not None:
        rec.actual_period = period.code
    rec.achieved = achieved(rec, plain=target.cmp is None)


# --- numbered lists and prose --------------------------------------------------------------------

def _is_indicator_section(texts: list[str]) -> bool:
    return any(_first("section", t) for t in texts[:2])


def _is_goals_section(texts: list[str]) -> bool:
    """Under a heading of goals ('Mục tiêu cụ thể'), not of results, every sentence states a target."""
    return any(_first("goals", t) for t in texts[:3]) and not any(_first("cue.result", t) for t in texts[:1])


def _is_definition(text: str, context: list[str]) -> bool:
    """'1. Xã nhóm 1 là xã ... dưới 10%' under 'Điều 2. Giải thích từ ngữ' defines a term; it sets no target."""
    return bool(_first("definition.item", text) or any(_first("definition.section", t) for t in context[:1]))


def _lead_in(ctx: _Ctx, block: Block) -> bool:
    """'- Đến hết năm 2024:' or 'b) Đến năm 2030' opens a group: its period applies to the items below.
    Any other heading closes the group."""
    t = block.text.strip()
    if len(t) < 80 and not PCT_RX.search(t) and (t.endswith(":") or _is_period_lead(t.rstrip(":"))):
        p = _period_from([t])
        if p is not None:
            ctx.lead_period, ctx.lead_block = p, block.index
            return True
    if _is_heading_like(block):
        ctx.lead_period = None
    return False


def _text_records(ctx: _Ctx, block: Block, segs: list[Segment]) -> list[Indicator]:
    if _lead_in(ctx, block):
        return []
    if ctx.lead_block >= 0 and block.index - ctx.lead_block > 3 and not BULLET_RX.match(block.text):
        ctx.lead_period = None
    if not PCT_RX.search(block.text) and (ctx.normative or not (_quantity_figures(ctx.quantities, block.start,
                                                                                   block.text)
                                                                 or rank_figures(block.text))):
        return []
    if _is_title(ctx, block):
        return []                             # the title restates a target the body states
    context = _section_texts(ctx, block)
    if _is_definition(block.text, context):
        return []
    paired = _result_records(ctx, block, context)
    if paired:
        return paired
    item = ITEM_RX.match(block.text) or BULLET_RX.match(block.text)
    if item and item.group(0).strip() and _is_indicator_section(context):
        return _list_item(ctx, block, item, context)
    if _is_goals_section(context):             # a plain paragraph under '2. Mục tiêu cụ thể › 2.1. Đến năm 2030'
        return _list_item(ctx, block, regex.match(r"\s*", block.text), context)
    out: list[Indicator] = []
    if ctx.normative:
        return out
    for seg in segs or []:
        out += _prose(ctx, block, seg, context)
    return out


def _result_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """Results a report states against their targets ('đạt 85,2%, vượt chỉ tiêu được giao (80%)'), one record
    per pair (indicator_results.py); the label is the sentence up to the first word that introduces a figure."""
    text = block.text
    figs = find_figures(text)
    out: list[Indicator] = []
    item = ITEM_RX.match(text)
    for pair in pair_results(text, figs):
        t, a = figs[pair.target], figs[pair.actual]
        stop = max(text.rfind(". ", 0, pair.label_end), text.rfind("; ", 0, pair.label_end))
        start = stop + 2 if stop >= 0 else label_start(text)
        label = _clean_label(text[:pair.label_end], [], start)
        if len(WORD_RX.findall(_strip_cues(label))) < 2:
            continue
        rec = _record(ctx, block, label, block, "text.result", block.start + start, block.start + pair.label_end)
        rec.ordinal = item.group(1) if item else None
        t.level = t.level or _scope_level(text) or ctx.subject
        period = _own_period(text, t.start) or ctx.lead_period or ctx.doc_period or _period_from(context)
        _set_target(rec, t, period, _prov(ctx.doc, block, block.start + t.start, block.start + t.end, "text.result"))
        _set_actual(rec, a, None, _prov(ctx.doc, block, block.start + a.start, block.start + a.end, "text.result"), t)
        st = _status_after(text, max(t.end, a.end)) or _status_after(text, min(t.end, a.end))
        if st:
            rec.status, rec.status_norm = st
        rec.source_ref = context[0] if context else None
        out.append(rec)
    return out


def _status_after(text: str, end: int) -> Optional[tuple[str, str]]:
    """A status word right after a figure, past closing brackets and a comma ('45,3% (... 50%), chưa đạt')."""
    m = regex.match(r"[\s)%,]*", text[end:])
    tail = text[end + m.end():]
    return status_of(tail) if tail else None


def _is_title(ctx: _Ctx, block: Block) -> bool:
    title = " ".join((ctx.title or "").split())
    t = " ".join(block.text.split())
    return len(title) > 20 and (t in title or title in t) and len(t) < 2 * len(title)


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in regex.finditer(r";", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _list_item(ctx: _Ctx, block: Block, item: regex.Match, context: list[str]) -> list[Indicator]:
    text = block.text
    outside = _outside_parens(text)
    figs = [f for f in _text_figures(ctx, block.start, text) if outside[f.start] and not _result_governed(text, f)]
    label = None
    if not figs:                              # '... (trong đó có ít nhất 70% số km đường tỉnh ...)'
        figs, label = _parenthesised_target(text)
    if not figs:
        return []
    start = item.end()
    cond = _condition_end(text, figs)
    if cond:                                  # 'Trường hợp ... chiếm từ 70% trở lên ...: phải đáp ứng từ 70% ...'
        figs, start = [f for f in figs if f.start > cond], cond
    status, actual = _parentheses(text)
    figs = assign_levels(text, figs)
    scope = _scope_level(text)
    own_level = _target_subject(text[start:])
    labels = [label] * len(figs) if label else _figure_labels(text, figs, start)
    labels = [_inherit_label(ctx, block, x) for x in labels]
    ctx.prev_label, ctx.prev_block = labels[-1], block.index
    prefix = _ordinal_prefix(context, ctx.annexes)
    number = item.groups()[0] if item.groups() else None     # a bullet ('- ', '+ ') has no number
    out = []
    for i, f in enumerate(figs):
        rec = _record(ctx, block, labels[i], block, "list.item")
        rec.ordinal = ".".join(prefix + [number]) if number else (".".join(prefix) or None)
        f.level = f.level or scope or own_level or ctx.subject
        period = _own_period(text, f.start) or ctx.lead_period or _period_from(context) or ctx.doc_period
        _set_target(rec, f, period, _prov(ctx.doc, block, block.start + f.start, block.start + f.end, "list.item"))
        if actual is not None and i == 0:
            _set_actual(rec, actual, None, _prov(ctx.doc, block, block.start + actual.start,
                                                 block.start + actual.end, "list.item"), f)
        if status:
            rec.status, rec.status_norm = status
        rec.source_ref = context[0] if context else None
        rec.quantity_refs = _refs(ctx, block.start, block.end, [(block.start + f.start, block.start + f.end)])
        out.append(rec)
    return out


def _inherit_label(ctx: _Ctx, block: Block, label: str) -> str:
    """'+ Đối với các địa phương: đạt tối thiểu 30%.' continues the item above: it takes that item's label."""
    if len(WORD_RX.findall(_strip_cues(label))) < 3 and ctx.prev_label and block.index - ctx.prev_block <= 3:
        return ctx.prev_label
    return label


def _condition_end(text: str, figs: list[Figure]) -> Optional[int]:
    """The end of a condition that opens an item ('Trường hợp ..., nếu ...:'), when targets follow it: the
    figures inside the condition describe who the target applies to, not the target."""
    outside = _outside_parens(text)
    colon = next((i for i, ch in enumerate(text) if ch == ":" and outside[i]), -1)
    if colon < 0 or not _first("condition", text[:colon]):
        return None
    return colon + 1 if any(f.start > colon for f in figs) and any(f.start < colon for f in figs) else None


def _target_subject(text: str) -> Optional[str]:
    """The level a target's own wording names ('đáp ứng ... nội dung tiêu chí (...) yêu cầu đối với xã nhóm 1')."""
    hit = _first("target_subject", PAREN_RX.sub(" ", text))
    return hit[0].meta["level"] if hit else None


SENTENCE_RX = regex.compile(r";|\.\s+(?=\p{Lu})")


def _figure_labels(text: str, figs: list[Figure], start: int, narrow: int = 40) -> list[str]:
    """One label per figure, from the clause it sits in: clauses split at ';' and sentence ends, and at a
    comma between two figures that are not one target split by level ('Tốc độ tăng GDP đạt 8% trở lên,
    quy mô GDP năm 2025 đạt khoảng trên 500 tỉ USD'). A lead 'Cơ cấu kinh tế:' of the first clause heads
    the later ones ('...; Dịch vụ chiếm khoảng 40,94%')."""
    outside = _outside_parens(text)
    cuts = [m.start() for m in SENTENCE_RX.finditer(text, start) if outside[m.start()]]
    bounds = [start] + [c + 1 for c in cuts] + [len(text) + 1]
    spans = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    if len(spans) == 1 and not _comma_split(text, figs) and len(WORD_RX.findall(text[start:])) <= narrow:
        return [_clean_label(text, figs, start)] * len(figs)
    lead = _lead_phrase(text[start:spans[0][1]])
    out = []
    for f in figs:
        a0, b = next(((x, y) for x, y in spans if x <= f.start < y), (start, len(text)))
        a, b = _comma_span(text, f, figs, a0, b)
        if len(WORD_RX.findall(text[a:b])) > narrow:
            a, b = _narrow(text, f, a, b)
        mine = [g for g in figs if a <= g.start < b]
        label = _clean_label(text[:b], mine, a)
        if a > a0 and len(WORD_RX.findall(text[a:f.expr_start])) == 0:
            head = [g for g in figs if a0 <= g.start < a][:1]     # '22 - 23 triệu lượt khách ..., 120 - 130 triệu lượt ...'
            if head:
                label = f"{_clean_label(text[:head[0].expr_start], [], a0)} {label}".strip()
        if lead and a > spans[0][1] and ":" not in text[a:b] and not label.startswith(lead):
            label = f"{lead}: {label}"
        out.append(label)
    return out


def _lead_phrase(first: str) -> Optional[str]:
    colon = first.find(":")
    if 3 < colon < 60 and not _is_period_lead(first[:colon]):
        return BULLET_RX.sub("", ITEM_RX.sub("", first[:colon], count=1), count=1).strip()
    return None


def _comma_split(text: str, figs: list[Figure]) -> bool:
    return any(_comma_between(text, figs[i - 1], figs[i]) is not None for i in range(1, len(figs)))


def _comma_between(text: str, f: Figure, g: Figure) -> Optional[int]:
    """A comma (else a 'và') between two figures of different things (no level split)."""
    if f.level or g.level:
        return None
    gap = text[f.expr_end:g.expr_start]
    outside = _outside_parens(gap)
    m = next((m for m in regex.finditer(r",\s*", gap) if outside[m.start()]), None)
    m = m or next((m for m in regex.finditer(r"\s+và\s+", gap) if outside[m.start()]), None)
    return f.expr_end + m.start() if m else None


def _narrow(text: str, f: Figure, a: int, b: int) -> tuple[int, int]:
    """A long sentence's label is the comma-delimited piece around its figure ('..., đạt được mục tiêu tăng
    trưởng kinh tế 8% trong năm 2025 của Tỉnh và ...')."""
    outside = _outside_parens(text)
    commas = [i for i in range(a, b) if text[i] == "," and outside[i]]
    lo = max([i + 1 for i in commas if i < f.expr_start], default=a)
    # on the right only before a new main clause: ', tỉnh Đắk Lắk cần tiếp tục ...' (not ', giải quyết trên ...')
    hi = min([i for i in commas if i >= f.expr_end and NEW_CLAUSE_RX.match(text, i + 1)
              and len(WORD_RX.findall(text[i:b])) >= 8], default=b)
    return (lo, hi) if len(WORD_RX.findall(text[lo:hi])) >= 5 else (a, b)


NEW_CLAUSE_RX = regex.compile(r"\s*(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}*\s+\p{Lu}")


def _comma_span(text: str, f: Figure, figs: list[Figure], a: int, b: int) -> tuple[int, int]:
    inside = [g for g in figs if a <= g.start < b]
    i = inside.index(f) if f in inside else -1
    if i > 0:
        c = _comma_between(text, inside[i - 1], f)
        if c is not None:
            a = c + 1
    if 0 <= i < len(inside) - 1:
        c = _comma_between(text, f, inside[i + 1])
        if c is not None:
            b = c
    return a, b


def _result_governed(text: str, f: Figure) -> bool:
    """A result cue ('đã đạt', 'hiện nay') is the nearest cue before the figure: a result, not a target."""
    cues = []
    for key in ("cue.target", "cue.weak", "cue.result"):
        for p in _vocab().get(key, []):
            cues += [(m.end(), p.meta["kind"] == "result") for m in p.regex.finditer(text[:f.start])]
    return bool(cues) and max(cues)[1]


def _parenthesised_target(text: str) -> tuple[list[Figure], Optional[str]]:
    """Targets an item states only inside a parenthesis, with an explicit comparator ('(trong đó có ít nhất
    70% số km đường tỉnh ...)'); the parenthesis is their label. A result in parentheses is not one."""
    for m in PAREN_RX.finditer(text):
        inner = m.group(0)[1:-1]
        if _first("cue.result", inner) or status_of(inner):
            continue
        figs = [f for f in find_figures(inner) if f.cmp]
        if figs:
            label = _clean_label(inner, figs)
            label = regex.sub(r"^(?:trong đó\s+)?(?:có\s+)?", "", label, flags=regex.I)
            return [Figure(**{**f.__dict__, "start": m.start() + 1 + f.start, "end": m.start() + 1 + f.end,
                              "expr_start": m.start() + 1 + f.expr_start, "expr_end": m.start() + 1 + f.expr_end})
                    for f in figs], label
    return [], None


def _parentheses(text: str) -> tuple[Optional[tuple[str, str]], Optional[Figure]]:
    """Status and result written in parentheses: '(đạt)', '(Hiện nay đạt trên 90%)'."""
    status, actual = None, None
    for m in PAREN_RX.finditer(text):
        inner = m.group(0)[1:-1]
        st = status_of(inner)
        if st and status is None:
            status = st
        figs = find_figures(inner)
        if figs and actual is None and (_first("cue.result", inner) or st):
            f = figs[0]
            actual = Figure(**{**f.__dict__, "start": m.start() + 1 + f.start, "end": m.start() + 1 + f.end})
    return status, actual


def _own_period(text: str, at: Optional[int] = None) -> Optional[Period]:
    """A period the item itself states, outside parentheses ('(năm 2019 Cổng ... top 20)' is an aside).

    With `at` (a figure's offset), the period nearest before it in the same sentence wins: 'Chiến lược ...
    2021 - 2030 ... Năm 2025, ... với mục tiêu đạt 8%' targets 2025; else the first one the item states."""
    text = PAREN_RX.sub(lambda m: " " * len(m.group(0)), text)
    ps = [p for p in find_periods(text) if p.kind in ("by_year", "range", "year")]
    if at is not None:
        stop = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at))
        before = [p for p in ps if stop < p.start and p.end <= at]
        if before:
            return before[-1]
    return ps[0] if ps else None


def _scope_level(text: str) -> Optional[str]:
    hit = _first("scope", BULLET_RX.sub("", text, count=1))
    if not hit:
        return None
    lv = levels_in(hit[1].group("scope"))
    return lv[0][2] if lv else None


def _clean_label(text: str, figs: list[Figure], start: int = 0) -> str:
    """The item's wording without its number, scope, target figures and status/result parentheses."""
    body = text[start:]
    cut = [(f.expr_start - start, f.expr_end - start) for f in figs if f.expr_start >= start]
    scope = _first("scope", body)
    if scope:
        cut.append((0, scope[1].end()))
    for m in PAREN_RX.finditer(body):
        inner = m.group(0)[1:-1]
        if status_of(inner) or find_figures(inner):
            cut.append((m.start(), m.end()))
    colon = body.find(":", scope[1].end() if scope else 0)
    if 0 < colon < 40 and _is_period_lead(body[:colon]):
        body = body[:colon + 1].translate({ord(c): " " for c in body[:colon + 1]}) + body[colon + 1:]
        colon = -1                            # 'a) Đến hết năm 2025: Có ≥ 30% DNNVV ...': the lead is a period
    first = min((f.expr_start - start for f in figs), default=0)
    if colon > 15 and first > colon and len(WORD_RX.findall(body[colon:first])) <= 4:
        body, cut = body[:colon], []        # 'Hồ sơ công việc ...: Cấp tỉnh 80%, cấp huyện 60%'
    chars = list(body)
    for a, b in cut:
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    label = BULLET_RX.sub("", "".join(chars))
    label = regex.sub(r"\s+", " ", label).strip(" .,;:-–")
    label = regex.sub(r"\s+([,.;:])", r"\1", label)
    label = LEAD_CUE_RX.sub("", label)         # 'Bảo đảm 100% hệ thống ...': the cue is not the indicator
    return label


LEAD_CUE_RX = regex.compile(r"^(?:(?:phải|bảo đảm|đảm bảo|phấn đấu|quyết tâm)\s+)+(?=\w)", regex.I)


def _is_period_lead(text: str) -> bool:
    """'Đến năm 2030', 'c) Tầm nhìn đến năm 2035', '2.1. Giai đoạn 2026 - 2030': a period and nothing else."""
    rest = DECIMAL_RX.sub("", ITEM_RX.sub("", BULLET_RX.sub("", text, count=1), count=1), count=1)
    periods = find_periods(rest)
    for p in periods:
        rest = rest.replace(p.text, " ")
    rest = regex.sub(r"\b(?:tầm\s+nhìn|định\s+hướng|mục\s+tiêu|giai\s+đoạn|cụ\s+thể)\b", " ", rest, flags=regex.I)
    return bool(periods) and not WORD_RX.findall(rest)


def _prose(ctx: _Ctx, block: Block, seg: Segment, context: list[str]) -> list[Indicator]:
    out: list[Indicator] = []
    text = seg.text
    outside = _outside_parens(text)
    for a, b in _clauses(text):
        clause = text[a:b]
        figs = [f for f in _text_figures(ctx, seg.start + a, clause) if outside[a + f.start]]
        figs = [f for f in figs if _is_target(text, a, clause, f, context)]
        if not figs:
            continue
        figs = assign_levels(clause, figs)
        scope = _scope_level(clause)
        labels = [_inherit_label(ctx, block, x) for x in _figure_labels(clause, figs, 0, narrow=25)]
        for f, label in zip(figs, labels):
            period = (_own_period(text, a + f.start) or ctx.lead_period or _period_from(context)
                      or ctx.doc_period)
            rec = _record(ctx, block, label, block, "prose.plan", seg.start + a, seg.start + b)
            f.level = f.level or scope or ctx.subject
            _set_target(rec, f, period, _prov(ctx.doc, block, seg.start + a + f.start, seg.start + a + f.end,
                                              "prose.plan"))
            rec.source_ref = context[0] if context else None
            out.append(rec)
        ctx.prev_label, ctx.prev_block = labels[-1], block.index
    return out


def _strip_cues(label: str) -> str:
    return regex.sub(r"\b(?:đạt|tối thiểu|phấn đấu|bảo đảm|đảm bảo|tỷ lệ|mục tiêu)\b", " ", label, flags=regex.I)


def _is_target(text: str, a: int, clause: str, f: Figure, context: list[str] = ()) -> bool:
    """A target cue governs the figure: the nearest cue before it, else a target cue after it. Under a heading
    about what happened ('a) Tình hình thu NSNN năm 2025') a weak cue ('đạt trên 99%') reports a result."""
    before = text[:a] + clause[:f.expr_end]
    keys = ["cue.target", "cue.result"]
    if not any(_first("results_heading", t) for t in context[:2]):
        keys.append("cue.weak")
    cues = []
    for key in keys:
        for p in _vocab().get(key, []):
            cues += [(m.end(), p.meta["kind"] == "result") for m in p.regex.finditer(before)]
    if cues:
        return not max(cues)[1]               # the nearest cue decides; a result cue wins a tie
    after = clause[f.expr_end:]
    return bool(_first("cue.target", after)) and not _first("cue.result", after)


# --- achievement ---------------------------------------------------------------------------------

def lower_is_better(label: str) -> bool:
    return bool(_first("lower.noun", label)) and not _first("lower.reduction", label)


def achieved(rec: Indicator, plain: bool = False) -> Optional[bool]:
    """Does the result meet the target under its comparator? None when either is missing or units differ.

    A plain target ('80%', read as '>=') of a lower-is-better indicator is a ceiling instead."""
    if rec.actual_value is None or rec.target_value is None:
        return None
    if rec.actual_unit and rec.target_unit and rec.actual_unit != rec.target_unit:
        return None
    a, t, cmp = rec.actual_value, rec.target_value, rec.target_comparator
    if rec.lower_is_better and cmp == ">=" and plain:
        cmp = "<="
    if cmp == "range":
        return a <= (rec.target_high or t) if rec.lower_is_better else a >= t
    return {">=": a >= t, ">": a > t, "<=": a <= t, "<": a < t, "=": a == t}.get(cmp)


# --- the stage -----------------------------------------------------------------------------------

def extract_indicators(doc: Document, segments: list[Segment], quantities: list[Quantity],
                       meta: DocumentMeta) -> list[Indicator]:
    """Every indicator of the document, in document order."""
    by_block: dict[int, list[Segment]] = {}
    for s in segments:
        by_block.setdefault(s.block.index, []).append(s)
    annexes = sum(1 for b in doc.blocks if b.cells is None and ANNEX_RX.match(b.text))
    ctx = _Ctx(doc=doc, quantities=quantities, sections=_sections(segments), annexes=annexes,
               normative=bool(meta and meta.doc_type and _first("doctype", meta.doc_type)),
               title=meta.title if meta else None, doc_period=_period_from([meta.title or ""]) if meta else None,
               doc_year=_issued_year(meta))
    out: list[Indicator] = []
    for block in doc.blocks:
        if block.source != "body":
            continue
        if block.cells is None:
            _track_subject(ctx, block)
        if block.cells is not None:
            out += _table_records(ctx, block)
            continue
        out += _text_records(ctx, block, by_block.get(block.index, []))
        if _is_heading_like(block):
            ctx.headings.append((block.index, " ".join(block.text.split())[:300]))
    return _dedupe(out)


def _issued_year(meta: Optional[DocumentMeta]) -> Optional[int]:
    m = regex.match(r"(\d{4})", (meta.issued_date or "") if meta else "")
    return int(m.group(1)) if m else None


def _dedupe(records: list[Indicator]) -> list[Indicator]:
    """One record per indicator: a sentence repeated (once per procedure, or with and without its
    lead-in) states one target. Prose records with the same target and nearly the same words merge."""
    seen: dict[tuple, list[set[str]]] = {}
    out = []
    for r in records:
        key = (r.level, r.target_comparator, r.target_value, r.target_high, r.target_year, r.actual_value,
               r.ordinal if r.prov.rule != "prose.plan" else r.prov.rule,
               r.target_prov.col if r.target_prov is not None else None)   # one per target column
        words = set(WORD_RX.findall(r.label_norm or ""))
        if r.prov.rule == "prose.plan":        # two clauses may share a label ('tốc độ tăng bình quân'): compare clauses
            words |= set(WORD_RX.findall(fold_tone(r.prov.text).lower()))
        prior = seen.setdefault(key, [])
        if any(words == w or (r.prov.rule == "prose.plan" and _overlap(words, w) >= 0.95) for w in prior):
            continue
        prior.append(words)
        out.append(r)
    return out


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
