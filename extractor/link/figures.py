"""Indicator figures: the numbers a target or result is written with, read from one string.

- the shared patterns (percentages, ranges, item numbers, bullets, headings, parentheses) and the vocabulary
  of patterns/indicators.yaml (`_vocab`, `_first`: levels, statuses, comparators, cues, ...);
- `find_figures`: percentages and percentage ranges, with a unit hint bare numbers too (`Tối thiểu 90` under a
  `%` unit column), read with a small local parser (numbers.parse_number for the digits) so that a target
  cell never depends on another stage; `rank_figures` ('nằm trong nhóm 10 tỉnh dẫn đầu'); `_quantity_figures`
  (counts, money, measures a target verb governs, from the quantities stage);
- comparators, following the gold convention: a plain target is `>=`; `trên` `>`; `tối đa`/`không quá`
  `<=`; `dưới` `<`; `từ X - Y` `range`;
- `assign_levels`: one figure per level written beside it (`Cấp tỉnh 80%, cấp huyện 60%`);
- parentheses: what lies outside them, and a status or result written inside ('(đạt)', '(Hiện nay đạt 90%)').

Nothing here knows about documents or records; indicator_records.py, indicator_tables.py and
indicator_text.py build on it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

import regex

from extractor.model import Quantity
from extractor.extract.numbers import parse_number
from extractor.spans import SpanSet
from extractor.patterns import Pattern, load_patterns


NUM = r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"   # '3200 tỷ đồng' whole, not '320' + '0'
# 'nông nghiệp - công nghiệp - dịch vụ tương ứng 34,6% - 35,5% - 29,9%': three shares joined by dashes are three parts'
# figures, never a range and a figure; a range is two bounds, not a link of such a chain
RANGE_RX = regex.compile(rf"(?<![\w.,/])(?<!%\s*[-–—]\s*)({NUM})\s*%?\s*(?:-|–|—|đến|tới)\s*({NUM})\s*%(?!\s*[-–—]\s*(?:{NUM})\s*%)"
                         rf"(\s*/\s*năm)?", regex.I)
PCT_RX = regex.compile(rf"(?<![\w.,/])({NUM})\s*%(?![o0](?!\w))(\s*/\s*năm)?")   # '0,30%0' is per mille
BARE_RX = regex.compile(rf"(?<![\w.,/%])({NUM})(?![\w/%]|[.,]\d)")
MINUS_LEAD_RX = regex.compile(r"^\s*[-−–]$")     # a minus glued to the figure; '- 4%' is a bullet
BARE_RANGE_RX = regex.compile(rf"^\s*(?:(?:tăng|giảm|khoảng)\s+)?({NUM})\s*(?:-|–|—)\s*({NUM})\s*$", regex.I)
YEAR_RX = regex.compile(r"(?<![\d/.,])((?:19[4-9]|20\d)\d)(?![\d/.,])")
ITEM_RX = regex.compile(r"^\s*(\d{1,2}|[IVX]{1,5}|[a-zđ])[.)]\s+")
PAREN_ITEM_RX = regex.compile(r"^\s*\((\d{1,2}|[a-zđ])\)[.:]?\s+")  # '(1) Tỷ lệ hồ sơ ...', '(1). Thu ngân sách ...'
BULLET_RX = regex.compile(r"^\s*[-–+•*]\s*")
DASH_ITEM_RX = regex.compile(r"^\s*(\d{1,2})\s*-\s*(?=\p{Lu})")   # '1-Tuổi thọ trung bình (tuổi): Xấp xỉ 75,5'
ROMAN_RX = regex.compile(r"^\s*([IVXLC]{1,6})[.)]\s")
ARABIC_RX = regex.compile(r"^\s*(\d{1,2})(?:[.)]|-(?=\s+\p{Lu}))\s")   # '2- Các chỉ tiêu chủ yếu': a dash too
ANNEX_RX = regex.compile(r"^\s*(?:PHỤ LỤC|Phụ lục)\s+([IVX]+|\d+)\b")
ARTICLE_RX = regex.compile(r"^\s*Điều\s+\d+[a-zđ]?\.\s")
DECIMAL_RX = regex.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s")
LETTER_RX = regex.compile(r"^\s*([a-zđ])\)\s")
PAREN_RX = regex.compile(r"\([^()]*\)")
WORD_RX = regex.compile(r"\w+")
DIGIT_RX = regex.compile(r"\d")     # every figure is written with one: a cheap gate before the readers


# --- vocabulary ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _vocab() -> dict[str, list[Pattern]]:
    groups: dict[str, list[Pattern]] = {}
    for p in load_patterns("indicators"):
        head = p.id.split(".")[0]
        key = ".".join(p.id.split(".")[:2]) if head in ("cmp", "cue", "lower", "definition", "nontarget", "lead_list") else head
        groups.setdefault(key, []).append(p)
    return groups


_PLANS: dict[int, tuple] = {}


def _group_plan(patterns) -> tuple[tuple[Pattern, Optional[tuple]], ...]:
    """A group's patterns in order, each with the key of its pre-test (None: it has none), worked out once per list.
    Patterns that share one run it once per text: the thirteen of `lead_list.inline` all need 'tiêu', asked of some
    3,000 texts a MB."""
    hit = _PLANS.get(id(patterns))
    if hit is None or hit[0] is not patterns:
        plan = tuple((p, (p.requires and (p.requires.pattern, p.requires.flags), p.words) if p.pretested else None)
                     for p in patterns)
        hit = _PLANS[id(patterns)] = (patterns, plan)
    return hit[1]


@lru_cache(maxsize=8192)
def _first(group: str, text: str) -> Optional[tuple[Pattern, regex.Match]]:
    """The first pattern of `group` that matches `text`, and its match. Cached: the walk asks the same of the same
    text again and again (a heading for every block under it, a comparator for every figure; half the calls)."""
    tested: dict[tuple, bool] = {}
    for p, pretest in _group_plan(_vocab().get(group, ())):
        if pretest is not None:
            passed = tested.get(pretest)
            if passed is None:
                passed = tested[pretest] = p.may_match(text)
            if not passed:
                continue                      # its pre-test finds nothing: the regex cannot match
        m = p.regex.search(text)
        if m:
            return p, m
    return None


def levels_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, level) of every administrative level named in `text`, left to right."""
    return list(_levels(text))


@lru_cache(maxsize=4096)
def _levels(text: str) -> tuple[tuple[int, int, str], ...]:
    """levels_in, cached within a document: a label, a cell and its clause are asked again by each test of a figure
    (more than half the calls)."""
    out = []
    for p in _vocab().get("level", []):
        out += [(m.start(), m.end(), p.meta["level"]) for m in p.regex.finditer(text)]
    out.sort()
    return tuple(x for i, x in enumerate(out) if not any(y[0] <= x[0] < y[1] for y in out[:i]))


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
    # the counted noun inside the expression, which the label keeps ('từ 2 doanh nghiệp trở lên'): None if none
    kept: Optional[tuple[int, int]] = None

    def target_cmp(self) -> str:
        return "range" if self.high is not None else (self.cmp or ">=")

    def shifted(self, by: int) -> "Figure":
        """The same figure with its offsets (span and expression) moved by `by` characters."""
        return replace(self, start=self.start + by, end=self.end + by, expr_start=self.expr_start + by,
                       expr_end=self.expr_end + by, kept=(self.kept[0] + by, self.kept[1] + by) if self.kept else None)


def _number(text: str, unit: Optional[str] = "%") -> Optional[float]:
    """A percentage reads '27.31' as a decimal; a count or an amount reads '172.033' as 172033."""
    n = parse_number(text, "percent" if unit in ("%", None) else None)
    return n.value if n else None


def find_figures(text: str, unit_hint: Optional[str] = None) -> list[Figure]:
    """Percentages and percentage ranges in `text`; with a unit hint, bare numbers too (`Tối thiểu 90`)."""
    # the walk reads one text's figures several times (a block for its results, its items, its named parts): read
    # once per document; each caller gets copies of its own, as callers set levels on them
    return [Figure(**f.__dict__) for f in _read_figures(text, unit_hint)]


@lru_cache(maxsize=4096)
def _read_figures(text: str, unit_hint: Optional[str]) -> tuple[Figure, ...]:
    out: list[Figure] = []
    ranges = SpanSet()
    for m in RANGE_RX.finditer(text):
        lo, hi = _number(m.group(1)), _number(m.group(2))
        if lo is not None and hi is not None and lo < hi:
            out.append(Figure(m.start(1), m.end(), lo, hi, "%/năm" if m.group(3) else "%", "range"))
            ranges.add(m.start(1), m.end())
    for m in PCT_RX.finditer(text):
        if not ranges.overlaps(m.start(), m.start()):
            v = _number(m.group(1))
            if v is not None and MINUS_LEAD_RX.match(text[:m.start()]):
                v = -v                         # '-4,13%' alone in a cell: a fall
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
    return tuple(out)


QTY_KINDS = ("count", "money", "measure", "range")
# 'với mục tiêu phấn đấu năm 2017 tổng thu … đạt trên 5.500 tỷ đồng … thì số thu … còn đạt thấp': the aim the results
# are weighed against, not a condition, however 'thì' goes on
# a dot between digits separates thousands ('5.500 tỷ đồng'): no end of the aim's sentence
AIM_GIVEN_RX = regex.compile(r"\bvới\s+(?:mục|chỉ)\s+tiêu\b(?:[^.;:]|(?<=\d)\.(?=\d))*$", regex.I)
CONDITION_AFTER_RX = regex.compile(r"[^.;:]{0,80}?\bthì\b", regex.I)
QTY_TEXT_RX = regex.compile(rf"^(?:từ\s+)?({NUM})(?:\s*(?:-|–|—|đến|tới)\s*({NUM}))?\s*(.*)$", regex.S)   # "từ 5.374 đến 6.013 hộ"
PIECE_STOP_RX = regex.compile(r"[,;:.]")
# 'từ 80,4 triệu đồng đến 80,8 triệu đồng': a range with its unit written after both bounds
UNIT_TWICE_RX = regex.compile(rf"^(?:từ\s+)?({NUM})\s*([^\d\s][^\d]*?)\s*(?:-|–|—|đến|tới)\s*({NUM})\s*\2$", regex.S)


def _unit_once(written: str) -> str:
    """'80,4 triệu đồng đến 80,8 triệu đồng' → '80,4 - 80,8 triệu đồng', as QTY_TEXT_RX reads a range."""
    m = UNIT_TWICE_RX.match(written)
    return f"{m.group(1)} - {m.group(3)} {m.group(2)}" if m else written


# a count the quantities stage read with its noun first ('Tổng số hợp tác xã nông nghiệp là 22.000'): up to the number
NAMED_FIRST_RX = regex.compile(rf"[^\d.;:]+?\slà\s+(?={NUM}\s*$)")
LISTED_GAP_RX = regex.compile(r"[^.;:]{0,60}(?:,|\svà)(?:\s*trong\s+đó\s*,?)?\s*")   # a later amount of one enumeration
PER_UNIT_RX = load_patterns("prose").get("figure.per_unit").regex
SCALE_WORD_RX = regex.compile(r"t[ỷỉ]", regex.I)


def _in_larger_scale(q: Quantity, written: str) -> Optional[tuple[float, str]]:
    """'12.739 tỷ 600 triệu đồng' → (12739.6, 'tỷ đồng'): the quantities stage read an amount written in two scales
    as one (money.two_scales, in đồng or USD); a target keeps it in the larger scale, as written."""
    scale = SCALE_WORD_RX.search(written) if q.prov.rule == "money.two_scales" and q.value is not None else None
    return (q.value / 1e9, f"{scale.group()} {q.unit}") if scale else None


AMOUNT_BEFORE_MULTIPLE_RX = load_patterns("prose").get("figure.amount_before_multiple").regex
PER_WHAT_RX = regex.compile(r"/\s*(?!năm\b|tháng\b|ngày\b)\p{L}+\b")   # '/khách', not '/năm' (a yearly rate)
PER_TIME_RX = regex.compile(r"\s*/\s*(?:năm|tháng|quý|tuần|ngày|vụ)\b")    # a rate per time of an amount, no duration
PER_MORE_RX = regex.compile(r"(?:(?:\s+\p{L}+){0,2}?\s*/\s*\p{L}+\b)+")    # further '/word' groups of one unit tail
# an item that ends with its amount, the unit's tail per whom and per when too ('… 500 kg/người/năm;')
ITEM_END_RX = regex.compile(r"\s*(?:/\s*\p{L}+){0,2}\s*(?:[.;]|$)")


def amount_figures(quantities: list[Quantity], offset: int, text: str,
                   kinds: tuple[str, ...] = ("money", "measure")) -> list[Figure]:
    """Money and measures as written ('4,5 tỷ USD' → 4.5, 'tỷ USD'), with their comparators: the amounts a
    report sets against their target in one sentence ('ước đạt trên 4,5 tỷ USD, cao hơn so với chỉ tiêu
    1,765 tỷ USD'). Counts are left out unless asked for: a count beside a target is as often the number of
    targets met."""
    out = []
    for q in quantities:
        lo, hi = q.prov.start - offset, q.prov.end - offset
        # an amount's range ('so mục tiêu (600-750 ngàn m3 gỗ)') is a target's, in the unit of the result beside it
        ranged = q.kind == "range" and "measure" in kinds
        if (q.kind not in kinds and not ranged) or not (0 <= lo and hi <= len(text)):
            continue
        m = QTY_TEXT_RX.match(" ".join(text[lo:hi].split()))
        v = parse_number(m.group(1)) if m and (ranged or not m.group(2)) else None
        top = parse_number(m.group(2)) if v is not None and ranged and m.group(2) else None
        if v is None or not m.group(3).strip() or m.group(3).strip() == "%" or (ranged and top is None):
            continue
        f = Figure(lo, hi, v.value, top.value if top else None, m.group(3).strip(), "range" if top else None)
        _comparator(text, f)
        out.append(f)
    return out


def _quantity_figures(quantities: list[Quantity], offset: int, text: str, in_list: bool = False,
                      follows: bool = False) -> list[Figure]:
    """Counts, money and measures that a target verb or comparator governs ('có ít nhất 20 tập dữ liệu mở',
    'đạt 400 triệu USD', 'phấn đấu đạt trên 46.200 tấn'), from the quantities stage; value and unit as written
    ('400', 'triệu USD'). A duration or an age ('6 tháng', 'từ 15 tuổi') is never a target here. `follows`: the
    caller knows the amount goes on with a figure before it ('… vào năm 2025 và năm 2030 là 45 ngàn người'), which
    governs it."""
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
        if _per_one(q, text, lo, q.prov.end - offset):
            continue                          # 'trên 1 ha đất trồng trọt': the land a rate is per
        end = q.prov.end - offset
        named = NAMED_FIRST_RX.match(text, lo, end) if q.kind == "count" else None
        if named:                             # 'hợp tác xã nông nghiệp là 22.000': the number, its noun named before
            lo = named.end()
        written = _unit_once(" ".join(text[lo:end].split()))
        m = QTY_TEXT_RX.match(written)
        two = _in_larger_scale(q, written)
        unit = two[1] if two else (m.group(3).strip() if m else "") or q.unit
        per = PER_WHAT_RX.match(text, end) if unit and _first("qty_unit", unit) else None
        tail = per is not None
        if per:                               # '2,1 ngày/khách': a stay per visitor, no duration
            end, unit = per.end(), unit + per.group(0).replace(" ", "")
        per = PER_UNIT_RX.match(text, end) if not per else None
        if per:                               # '250 triệu đồng/ha': the tail is the unit's, not the label's
            end, unit = per.end(), unit + "".join(per.group(0).split())
        more = PER_MORE_RX.match(text, end) if tail or per else None
        if more:                              # '3 ngày/hồ sơ/lần', '60 tạ/ha/vụ': the tail runs to its last '/word'
            end, unit = more.end(), SLASH_SPACES_RX.sub("/", " ".join((unit + more.group(0)).split()))
        yearly = PER_TIME_RX.match(text, end) if unit and not tail and not per and not _first("qty_unit", unit) \
            else None
        if yearly:                            # '20.000 tấn/năm': out of the label; the unit stays 'tấn', as money's does
            end = yearly.end()                # ('60 triệu đồng/năm' is 'triệu đồng')
        if not m or not unit or (_first("qty_unit", unit) and not _first("lifespan", text[max(0, lo - 80):lo])):
            continue
        if CONDITION_AFTER_RX.match(text, q.prov.end - offset) and not AIM_GIVEN_RX.search(text[max(0, lo - 120):lo]):
            continue                          # 'Ở thôn có dưới 100 cử tri thì tổ chức ...': a condition
        # a later amount of one enumeration shares its verb: ', 120 triệu lượt ...', '15 làng, đơn vị và 1 xã văn hóa';
        # so does a part of it ('chiếm 22.000 ha, trong đó 800 - 1.000 ha rau …')
        listed = bool(out) and (LISTED_GAP_RX.fullmatch(text[out[-1].end:lo]) is not None
                                or _added_count(out[-1], q, text[out[-1].end:lo])
                                or NAMED_PART_GAP_RX.fullmatch(text[out[-1].end:lo]) is not None
                                or PARTS_RUN_ON_RX.search(text, max(0, out[-1].expr_start - 40), lo) is not None)
        dated = BY_YEAR_AFTER_RX.match(text, q.prov.end - offset) is not None
        bare = _bare_item(text, lo, q.prov.end - offset) or BOUND_AFTER_QTY_RX.match(text, q.prov.end - offset)
        part = (in_list and (_named_part(text, lo) or _counted_clause(text, lo, q.kind)
                             or _listed_count(text, lo, q.prov.end - offset, q.kind))) \
            or _opens_item(text, lo, q.prov.end - offset, q.kind)
        share_after = _first("qty_share_after", text[q.prov.end - offset:q.prov.end - offset + 80])
        if not follows and not listed and not dated and not bare and not part \
                and not _first("qty_lead", text[max(0, lo - 40):lo]) \
                and not _first("qty_with", text[max(0, lo - 100):lo]) and not _count_named_before(text, lo, unit) \
                and not (q.kind == "range" and _first("qty_range_head", text[max(0, lo - 80):lo])) \
                and not share_after:
            continue                          # ', 120 - 130 triệu lượt khách du lịch nội địa' shares the verb
        v = parse_number(m.group(1))
        hi = parse_number(m.group(2)) if m.group(2) else None
        if v is None:
            continue
        f = Figure(lo, end, two[0] if two else v.value, hi.value if hi else None, unit, "range" if hi else None)
        _comparator(text, f)
        number = QTY_NUMBER_RX.match(text, lo)
        piece = PIECE_STOP_RX.split(text[max(0, lo - 120):lo])[-1]
        said = unit.lower() in piece.lower() and not _heads_phrase(text, f.end)
        counted = q.kind == "count" or (q.kind == "range" and _is_count_unit(unit))   # '30 - 50 doanh nghiệp'
        if counted and f.expr_end == f.end and number and not said:
            f.expr_end = number.end()         # the counted noun stays in the label ('20 tập dữ liệu mở')
        elif counted and number and not said and (bound := BOUND_AFTER_QTY_RX.match(text, f.end)) \
                and f.expr_end == bound.end():
            f.kept = (number.end(), f.end)    # … and so it does before a bound ('từ 2 doanh nghiệp trở lên')
        out.append(f)
    return out


ADDED_GAP_RX = load_patterns("prose").get("figure.added_gap").regex
NAMED_PART_GAP_RX = load_patterns("prose").get("figure.named_part_gap").regex   # ', trong đó XKLĐ ' before a part
PARTS_RUN_ON_RX = load_patterns("prose").get("figure.parts_run_on").regex       # 'trong đó: A …; ' before part B


def _added_count(before: Figure, q: Quantity, gap: str) -> bool:
    """'xây dựng 5 trường học đạt chuẩn quốc gia và thêm 2 xã đạt chuẩn nông thôn mới': a count added to a count
    ('và thêm') shares its verb; after money or a measure ('5 tỷ đồng … và thêm 2 lớp học') it says what they buy."""
    return q.kind == "count" and bool(before.unit) and _is_count_unit(before.unit) \
        and ADDED_GAP_RX.fullmatch(gap) is not None


def _per_one(q: Quantity, text: str, lo: int, end: int) -> bool:
    """'bình quân trên 1 ha đất trồng trọt đạt 130 triệu đồng': one unit of a measure after 'trên' or 'mỗi', the
    noun it measures right after, is what a rate is taken per."""
    return q.kind == "measure" and q.value == 1 and _first("qty_per_one", text[max(0, lo - 12):lo]) is not None \
        and LOWER_WORD_NEXT_RX.match(text[end:]) is not None


_LA_AT_END_RX = regex.compile(r"\blà\s*$")
_CLAUSE_END_RX = regex.compile(r"[.;:]")


# a quota named earlier in the clause ('giao chỉ tiêu tuyển quân cho tỉnh … là', 'Chỉ tiêu tuyển sinh năm 2025 của
# trường là'); one met or beaten ('đạt chỉ tiêu', 'vượt chỉ tiêu', 'đã hoàn thành chỉ tiêu … là') reports a result
QUOTA_NAMED_RX = regex.compile(r"^(?:(?!\b(?:đã|đạt|vượt|hoàn\s+thành|so\s+với|kết\s+quả)\b).)*?\bchỉ\s+tiêu\b"
                               r"(?:(?!\b(?:đã|đạt|vượt|hoàn\s+thành|so\s+với)\b)[^\d%])*$", regex.I)


# a quota given with its verb, the count right after ('huyện được tỉnh giao chỉ tiêu tuyển chọn và gọi 289 thanh niên
# lên đường nhập ngũ', 'giao chỉ tiêu gọi 1.200 công dân nhập ngũ', 'giao chỉ tiêu đào tạo nghề cho 5.000 lao động'):
# a few words of what is to be done, none that reports ('có', 'đạt', 'đã', 'là' …)
QUOTA_VERB_RX = regex.compile(r"\bgiao\s+chỉ\s+tiêu(?:\s+(?!(?:có|đạt|vượt|đã|là|gồm|trong|với|so|bằng)\b)[^\W\d]+){1,6}"
                              r"\s*$", regex.I)


def _count_named_before(text: str, lo: int, unit: str) -> bool:
    """'bảo đảm số dự án đầu tư công … giai đoạn 2026-2030 là 3.000 dự án': the number of the things counted, named
    earlier in its clause, is the count after 'là'; so is the amount of a quota named there ('Bộ Quốc phòng giao chỉ
    tiêu tuyển quân cho tỉnh … là 2.835 thanh niên'), and one given with its verb, no 'là' ('được tỉnh giao chỉ tiêu
    tuyển chọn và gọi 289 thanh niên')."""
    clause = _CLAUSE_END_RX.split(text[max(0, lo - 160):lo])[-1]
    if not _LA_AT_END_RX.search(text[max(0, lo - 10):lo]):
        return _is_count_unit(unit) and QUOTA_VERB_RX.search(clause) is not None \
            and QUOTA_NAMED_RX.search(clause) is not None
    return regex.search(rf"\bsố\s+(?:lượng\s+)?{_words(unit)}\b", clause, regex.I) is not None \
        or (_is_count_unit(unit) and QUOTA_NAMED_RX.search(PERIOD_IN_NAME_RX.sub("năm", clause)) is not None)


def _words(unit: str) -> str:
    return r"\s+".join(regex.escape(w) for w in unit.split())


# '- Lương thực bình quân đầu người 700 kg/năm trở lên': a bound after an amount governs it
BOUND_AFTER_QTY_RX = regex.compile(r"\s*(?:/\s*\p{L}+)?\s*trở\s+(?:lên|xuống)\b", regex.I)
ITEM_LABEL_RX = regex.compile(r"(?:^|\.\s+|\n)\s*(?P<mark>[-+•])\s*(?P<label>[^\d%.;:\n]{3,120}?)\s*$")


# '- 72 xã đạt 19 tiêu chí nông thôn mới': an item that opens with a count of things, then what they are to reach;
# a clause of a list run into a sentence opens so with no mark ('…; 37 xã đạt chuẩn nâng cao, 12 xã …')
ITEM_MARK_RX = regex.compile(r"\s*(?:[-+•]|\(?\d{1,2}[.)]|[a-zđ]\))\s*$")
# … also past a few words that say what kind of thing is counted ('; 35 - 50 vườn kiểu mẫu được công nhận'); things
# to be set up count so too ('; 10-15 hợp tác xã thành lập mới')
COUNT_PREDICATE_RX = regex.compile(r"\s*(?:[^\W\d]+\s+){0,2}?(?:đạt|được|có|hoàn\s+thành|trở\s+lên\s+đạt"
                                r"|(?<!đã\s)thành\s+lập)\b", regex.I)


def _opens_item(text: str, lo: int, end: int, kind: str) -> bool:
    """A count (or a range of counts) that opens an item or a clause and is followed by what the things counted are
    to reach ('- 72 xã đạt 19 tiêu chí nông thôn mới', '- 15 thôn đạt chuẩn khu dân cư kiểu mẫu', '…; 37 xã đạt chuẩn
    nâng cao', '…; 35 - 50 vườn kiểu mẫu được công nhận') states its target."""
    if kind not in ("count", "range") or COUNT_PREDICATE_RX.match(text, end) is None:
        return False
    if ITEM_MARK_RX.fullmatch(text[:lo]):
        return True
    # with no mark, the clause reports nothing after the count ('; 4 địa phương … mới đạt dưới 60%' sorts results)
    # … nor does a clause after ';' in an item ('- Số doanh nghiệp … 850 doanh nghiệp; 10-15 hợp tác xã thành lập mới')
    rest = CLAUSE_STOP_RX.split(text[end:], maxsplit=1)[0]
    return (not text[:lo].strip() or text[:lo].rstrip().endswith(";")) and _first("cue.result", rest) is None


def _listed_count(text: str, lo: int, end: int, kind: str) -> bool:
    """In a list of targets, a count that opens its sentence, its things named in a few words and then what is to be
    done with them ('25 nhiệm vụ KH-CN cấp tỉnh triển khai, 20 công trình … được nghiệm thu'), is an item."""
    return kind in ("count", "range") and not text[:lo].strip() and LISTED_COUNT_RX.match(text, end) is not None \
        and _first("cue.result", CLAUSE_STOP_RX.split(text[end:], maxsplit=1)[0]) is None


LISTED_COUNT_RX = load_patterns("prose").get("figure.listed_count").regex


# '…; 35.000 con lợn; 295.000 con gia cầm, thủy cầm.': in a list of targets, a clause that is only a count and the
# things it counts (a few words, no verb, no other figure) is an item of its own; so is one cut short by an ellipsis
# ('…; 130 triệu lượt khách nội địa...')
COUNTED_CLAUSE_RX = regex.compile(r"[^\d%;:.()…]{0,40}?\s*(?:\.\.\.|…|[.;])?\s*", regex.I)
# … or one whose count and things end at a comma, a clause of its own after it ('…; 130 triệu lượt khách nội địa, duy
# trì tốc độ tăng trưởng khách nội địa từ 8 - 9%/năm')
COUNTED_TAIL_RX = regex.compile(r"\s*\(|\s+và\s+|\s*,\s+")
LOWER_WORD_NEXT_RX = regex.compile(r"\s+\p{Ll}")
CLAUSE_STOP_RX = regex.compile(r"[;.]")
PIECE_SPLIT_RX = regex.compile(r",|\svà\s")
CLAUSE_VERB_RX = regex.compile(r"\b(?:đạt|được|có|là|tăng|giảm|chiếm|bằng|còn|đã)\b", regex.I)


def _counted_clause(text: str, lo: int, kind: str) -> bool:
    if kind not in ("count", "range") or text[:lo].strip(" ,;:") or not (m := QTY_NUMBER_RX.match(text, lo)):
        return False
    # an aside or a next part after 'và' is not the clause's own words ('; 65-70 triệu lượt khách nội địa (bằng 75%
    # so với năm 2019) và tổng thu …')
    rest = COUNTED_TAIL_RX.split(text[m.end():], maxsplit=1)[0]
    return COUNTED_CLAUSE_RX.fullmatch(rest) is not None and not CLAUSE_VERB_RX.search(rest)


def _bare_item(text: str, lo: int, end: int) -> bool:
    """'- GDP bình quân đầu người 18,9 triệu đồng/năm.': an item (or a sentence of a list run into a paragraph)
    that is only its label and an amount, with nothing after it, states that amount as its target."""
    if not ITEM_END_RX.match(text[end:]):
        return False
    m = ITEM_LABEL_RX.search(text, 0, lo)
    # a sub-item ('+ Lúa 507 ha' under '- … tổng diện tích gieo trồng 772 ha, trong đó:') may name its part in a word
    return m is not None and len(m.group("label").split()) >= (1 if m.group("mark") == "+" else 3)


# In a list of targets a lead opened ('Các chỉ tiêu chủ yếu năm 2024 là: ...'), a part named with no verb, or with
# only 'là', 'chiếm', 'bình quân', 'tăng (thêm)', before its amount states that amount as its target: 'Trong đó,
# ngành nông - lâm nghiệp là 3.621 tỷ đồng', '; ngành công nghiệp 3.671 tỷ đồng', 'Tổng đầu tư toàn xã hội bình
# quân 850 tỷ đồng/năm', 'Tăng 1 đến 2 xã đạt chuẩn nông thôn mới', 'Thêm 2 xã đạt chuẩn nông thôn mới'.
NAMED_PART_RX = regex.compile(r"^\W*(?:trong\s+đó\s*[,:]?\s*)?(?:(?:đến|tới|vào)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}\s*,?\s*)?"
                              r"(?P<label>[^\d%()]{0,100}?)\s*"
                              r"(?P<verb>\b(?:là|chiếm|bình\s+quân|tăng(?:\s+thêm)?|thêm))?\s*$", regex.I)


# a period inside a part's name is words of it ('GRDP bình quân đầu người đến năm 2030 là 169,46 triệu đồng')
PART_OPENER_RX = regex.compile(r"\s*trong\s+đó\b", regex.I)
PERIOD_IN_NAME_RX = regex.compile(r"\b(?:năm|giai\s+đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?", regex.I)


def _named_part(text: str, lo: int) -> bool:
    piece = PERIOD_IN_NAME_RX.sub("năm", regex.split(r"[;:.]", text[:lo])[-1])
    m = NAMED_PART_RX.match(piece)
    if m is None:
        # '...; thu hút 15 triệu khách du lịch, doanh thu 70.000 tỷ đồng': a part named after a comma (or 'và': 'tăng
        # trưởng từ 3,5 - 4% và kim ngạch xuất khẩu 70 tỷ USD'), in full words
        # … and a part opened by 'trong đó' with its 'là' ('đón 4.200.000 lượt khách, trong đó khách quốc tế là 500.000')
        last = PIECE_SPLIT_RX.split(piece)[-1]
        m = NAMED_PART_RX.match(last)
        return m is not None and (not m.group("verb") or (m.group("verb").lower() == "là" and PART_OPENER_RX.match(last)
                                                          is not None)) and len(WORD_RX.findall(m.group("label"))) >= 2
    words = len(WORD_RX.findall(m.group("label")))
    # '…: Diện tích lúa 22.540 ha; ngô 4.850 ha; sắn 38.247 ha': an item of a list named by one word (a crop, a herd)
    one = words == 1 and not m.group("verb") and not ONE_WORD_NO_NAME_RX.fullmatch(m.group("label").strip())
    return words >= 2 or one or (words == 0 and (m.group("verb") or "").lower().startswith(("tăng", "thêm")))


# one word before an amount that names no part: a verb, a comparator or a pronoun ('đạt 4.000 ha', 'Chi 100 tỷ đồng')
ONE_WORD_NO_NAME_RX = regex.compile(r"chi|thu|nộp|vay|trả|cấp|giao|mua|bán|tạo|đạt|khoảng|trên|dưới|hơn|từ|gần|còn|có|với|được|thêm|mới|ít|nhất|tối|thiểu|"
                                    r"đó|này|các|những|mỗi|là|và|hoặc|bằng|lên|xuống|giảm|tăng|năm|tháng", regex.I)


# 'Số thôn đạt chuẩn nông thôn mới: 04/09 thôn, làng': a part of a whole as a target, the part counted
SHARE_NOUN_RX = regex.compile(r"\s*(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?")   # up to 'hợp tác xã'
# governed by a label's colon or an aim ('Các chỉ tiêu đạt cao như có 45/52 xã ...' reports results)
SHARE_LEAD_RX = regex.compile(r"(?<=[\p{L}\d]\)?)\s*:\s*$|\b(?:phấn\s+đấu|(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4})\b(?:[^.;:]|(?<=\d)\.(?=\d))*$",
                              regex.I)
TALLY_NOUN_RX = regex.compile(r"(?:chỉ\s+tiêu|tiêu\s+chí|mục\s+tiêu|nhiệm\s+vụ)\b", regex.I)


def share_count_figures(quantities: list[Quantity], offset: int, text: str, in_list: bool = False) -> list[Figure]:
    """A ratio a/b of counted things that a label and its colon, or an aim, govern ('...: 04/09 thôn,
    làng', 'phấn đấu có 5/9 thôn đạt chuẩn', an item of a list of targets: '…; có 4/5 trường đạt chuẩn'): the target is
    a of those things, out of b. A ratio whose part exceeds its whole, or of no counted noun, is none."""
    out = []
    for q in quantities:
        lo, hi = q.prov.start - offset, q.prov.end - offset
        if q.kind != "ratio" or not (0 <= lo < hi <= len(text)) or q.numerator is None or q.denominator is None \
                or q.numerator > q.denominator \
                or not (in_list or SHARE_LEAD_RX.search(text[max(0, lo - 80):lo]) or _opens_share_clause(text, lo, hi)):
            continue
        m = SHARE_NOUN_RX.match(text, hi)
        words = [w for w in (m.groups() if m else ()) if w]
        noun = next((u for u in (" ".join(words[:n]) for n in range(len(words), 0, -1)) if _is_count_unit(u)), None)
        if noun is None or TALLY_NOUN_RX.match(noun):
            continue                          # '22/24 chỉ tiêu đạt': a tally of the plan's own items
        if UNITS_OWN_RATE_RX.match(text, hi):
            continue                          # '2/7 huyện nghèo tỷ lệ hộ nghèo còn dưới 40%': the rate is the target
        f = Figure(lo, hi, q.numerator, None, noun, None)
        f.expr_start, f.expr_end = lo, hi
        out.append(f)
    return out


# the clause of a share of units goes on to a percentage of their own before its end: which units the rate is for
UNITS_OWN_RATE_RX = regex.compile(r"(?:[^,;.%]|[.,](?=\d))*?\d\s*%")
SHARE_CLAUSE_OPEN_RX = regex.compile(r"\W*(?:có\s+)?", regex.I)


def _opens_share_clause(text: str, lo: int, hi: int) -> bool:
    """'…đạt 96%; có 8/8 xã được công nhận nông thôn mới nâng cao': a clause that opens with its share of counted
    things and what they are to reach; whether a cue governs it the prose reader decides, as for any clause."""
    return SHARE_CLAUSE_OPEN_RX.fullmatch(text[:lo]) is not None and \
        COUNT_PREDICATE_RX.match(text, hi) is not None


def _is_count_unit(unit: str) -> bool:
    from extractor.extract.quantities import fold, vocab
    return any(fold(unit) == spelling for spelling, _ in vocab().count)


# 'Sản lượng lương thực có hạt 10.500 tấn đến năm 2025 và 11.000 tấn đến năm 2030': an amount with the year it
# is to be reached by states a target with no verb
BY_YEAR_AFTER_RX = regex.compile(r"\s*(?:vào|đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}\b", regex.I)


def _heads_phrase(text: str, end: int) -> bool:
    """The counted noun heads the words after it ('ít nhất là 55 cử tri tham dự hội nghị'): it stays in
    the label even when the clause named it before ('hội nghị cử tri đại diện ... và phải bảo đảm có ít
    nhất là 55 cử tri ...'), unlike a unit that only repeats the subject at the clause's end ('Tổng số
    doanh nghiệp đạt khoảng 11.400 doanh nghiệp')."""
    tail = regex.split(r"[,;:.()]", text[end:], maxsplit=1)[0]
    return len(WORD_RX.findall(tail)) >= 3


QTY_NUMBER_RX = regex.compile(rf"(?:từ\s+)?(?:{NUM})(?:\s*(?:-|–|—|đến|tới)\s*(?:{NUM}))?")


def rank_figures(text: str) -> list[Figure]:
    """Rank targets ('nằm trong nhóm 10 tỉnh dẫn đầu' → <= 10 hạng, 'xếp vị trí 10 - 15/63' → range 10-15 hạng); only
    the numbers are cut from the label."""
    out = []
    for p in _vocab().get("rank", []):
        for m in p.regex.finditer(text) if p.may_match(text) else ():
            s, e = m.span("n")
            if any(f.start == s for f in out):
                continue                      # 'vào top 20 tỉnh dẫn đầu': one rank, whichever pattern reads it
            high = m.groupdict().get("h")
            if high:                          # 'xếp vị trí 10 - 15/63': a range of places
                e = m.end("h")
                if float(high) <= float(m.group("n")):
                    continue
            # a climb in a ranking ('tăng ít nhất 3 bậc xếp hạng') is counted in steps, at least so many
            unit, cmp = p.meta.get("unit", "hạng"), p.meta.get("cmp", "<=")
            out.append(Figure(s, e, float(m.group("n")), float(high) if high else None, unit,
                              "range" if high else cmp, expr_start=s, expr_end=e))
    return out


RATE_BASE_RX = regex.compile(r"\.000|vạn|100\s*(?:dân|người)", regex.I)


def rate_figures(text: str) -> list[Figure]:
    """Rates per so many people ('dưới 12 trên 1.000 dân' → < 12, unit '/1.000 dân')."""
    out = []
    if not RATE_BASE_RX.search(text):
        return out                            # every `rate.*` pattern divides by '1.000', 'vạn', '100 dân' …
    for p in _vocab().get("rate", []):
        for m in p.regex.finditer(text) if p.may_match(text) else ():
            v = parse_number(m.group("n"))
            if v is None:
                continue
            noun = m.groupdict().get("noun")
            per = f"/{m.group('d')} {' '.join((m.group('u') or '').split())}".rstrip()   # '500/100.000 vào năm …'
            f = Figure(m.start("n"), m.end(), v.value, None, f"{' '.join(noun.split())}{per}" if noun else per)
            _comparator(text, f)
            if noun:
                f.expr_end = m.end("n")       # '14,5 bác sĩ/vạn dân': the noun counted names the indicator
            if m.groupdict().get("v"):
                f.expr_start = m.start("v")   # 'số sinh viên/vạn dân đạt ít nhất là 260': the verb is no part of the label
            out.append(f)
    return out


def bare_rate_figures(text: str) -> list[Figure]:
    """Per-thousand rates the genre writes with no sign ('tỷ suất sinh thô năm 2007 đạt 17,45, giảm 0,25 so với năm
    2006 và không đạt chỉ tiêu … là 0,3'): in a sentence that names a 'tỷ suất', each bare figure after a verb of a
    level, a change or a target (`figure.bare_rate`), unit None. Read for results against targets only."""
    out = []
    for named in BARE_RATE_NAMED_RX.finditer(text):       # the rate's name first: most texts name none
        end = _full_stop_at(text, named.end())
        for m in BARE_RATE.regex.finditer(text, named.end(), end):
            v = parse_number(m.group("n"))
            if v is not None:
                f = Figure(m.start("n"), m.end("n"), v.value, None, None)
                _comparator(text, f)
                out.append(f)
    return out


def _full_stop_at(text: str, at: int) -> int:
    """The end of the sentence `at` is in: the next '. ' or ';' (a decimal comma or a thousands dot ends none)."""
    m = SENTENCE_STOP_RX.search(text, at)
    return m.start() if m else len(text)


SENTENCE_STOP_RX = regex.compile(r"(?<!\d)\.(?!\d)|;")
BARE_RATE = load_patterns("prose").get("figure.bare_rate")
BARE_RATE_NAMED_RX = regex.compile(r"\b(?:tỷ|tỉ)\s+suất\b", regex.I)


def unit_figures(text: str) -> list[Figure]:
    """Figures in a unit their pattern names (`unitfig.*` in patterns/indicators.yaml): multiples of a base
    ('tăng ít nhất 1,5 lần' → >= 1.5 lần), percentage points ('giảm 1 - 1,5 điểm %' → range 1-1.5 điểm %), or in the
    unit the pattern's group `u` reads ('1-Thời gian sống khỏe (năm): 68' → 68 năm)."""
    out = []
    for p in _vocab().get("unitfig", []):
        for m in p.regex.finditer(text) if p.may_match(text) else ():
            v = parse_number(m.group("n"), "percent")
            h = parse_number(m.group("h"), "percent") if m.group("h") else None
            if v is None or (m.group("h") and (h is None or h.value <= v.value)):
                continue
            if p.meta.get("unit") == "lần" and AMOUNT_BEFORE_MULTIPLE_RX.search(text, max(0, m.start() - 60), m.start()):
                continue                      # '412,5 tỷ.đ, tăng 0,6 lần so với năm 2015': the amount's change
            unit = p.meta.get("unit") or _written_unit(m.group("u"))
            unit_before = "u" in m.groupdict() and m.start("u") < m.start("n")   # '(tuổi): 75,5'; not '45 lần/người'
            f = Figure(m.start("n"), m.end("n") if unit_before else m.end(), v.value,
                       h.value if h else None, unit, "range" if h else None)
            _comparator(text, f)
            out.append(f)
    return out


def _written_unit(u: str) -> str:
    """A unit as written, its spaces closed up around '/' ('lần / người / năm' → 'lần/người/năm'), kept between the
    words of a noun ('số bé trai/100 bé gái')."""
    return SLASH_SPACES_RX.sub("/", " ".join(u.split()))


SLASH_SPACES_RX = regex.compile(r"\s*/\s*")


def _looks_like_year(digits: str, text: str, start: int) -> bool:
    return len(digits) == 4 and digits.startswith(("19", "20")) and "năm" in text[max(0, start - 8):start].lower()


# How far before a figure its comparator and lead words are looked for. Bounded, so the cost per
# figure does not grow with the paragraph (a regex anchored at `$` over the whole prefix made a
# long single-paragraph text quadratic).
WINDOW = 160


def _window_before(text: str, end: int) -> tuple[int, str]:
    """(offset, text) of at most WINDOW characters ending at `end`, starting at a word boundary."""
    start = max(0, end - WINDOW)
    if start:
        space = text.find(" ", start, end)
        start = space + 1 if space >= 0 else start
    return start, text[start:end]


_COMPARATOR_WORDS_AT_END = regex.compile(
    r"(?:(?:đạt|tỷ lệ|tỉ lệ|có)\s+)?(?:xuống\s+(?=dưới\b))?(?:tối thi[ểế]u|ít nhất|"
    r"không (?:dưới|quá|thấp hơn|vượt quá|cao hơn)|xuống(?:\s+(?:còn(?:\s+được)?|mức))?|\bcòn(?:\s+khoảng)?|"
    r"(?:và|hoặc) vượt|"
    r"tối đa|trên|dưới|cao hơn|thấp hơn|ít hơn|hơn|vượt|≥|≤|>=|<=|>|<)\s*$", regex.I)
# ('bằng' the second syllable of a noun is no carrier: 'khu vực đồng bằng có hơn 90% …', 'cân bằng', 'văn bằng')
_CARRIER_WORDS_AT_END = regex.compile(
    r"(?:\b(?:đạt|từ|tỷ lệ|tỉ lệ|có|khoảng|gần|xấp xỉ|trên dưới|ở mức|lên mức|(?<!\b(?:đồng|công|cân|văn|san)\s)bằng)\s+)+$",
    regex.I)


def _comparator(text: str, f: Figure) -> None:
    at, before = _window_before(text, f.start)
    f.expr_start, f.expr_end = f.start, f.end
    cmp = _cmp_before(before)
    if cmp and f.high is None:
        f.cmp = cmp
        # 'xuống (còn)', 'còn (khoảng)' bring a rate down to its ceiling: the comparator's words, not the indicator's
        m = _COMPARATOR_WORDS_AT_END.search(before)
        f.expr_start = at + m.start() if m else f.start
    after = _cmp_after(text[f.end:f.end + 30])
    if after and f.high is None:
        f.cmp = f.cmp or after[0]
        f.expr_end = f.end + after[1]
    at, before = _window_before(text, f.expr_start)
    lead = _CARRIER_WORDS_AT_END.search(before)
    if lead:                                  # 'đạt khoảng trên 500 tỉ USD': the words that carry the figure
        f.expr_start = at + lead.start()


# --- levels of several figures in one string -----------------------------------------------------

# the main clause of an order after the aims it serves ('Để đạt mục tiêu …, GDP … đạt trên 5.000 USD, yêu cầu các cấp,
# các ngành …', '…, Chủ tịch UBND tỉnh đề nghị các sở …'): who is told to do what is no part of the last aim's label
DIRECTIVE_TAIL_RX = regex.compile(r",\s*(?:(?:thủ\s+tướng|chính\s+phủ|chủ\s+tịch|phó\s+thủ\s+tướng|bộ\s+trưởng|ubnd|ủy\s+ban)[^,;.]{0,40}?\s+)?"
                                  r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)\s+(?:các|mọi|toàn|những|sở|bộ|ngành|địa\s+phương|ubnd|ủy\s+ban)"
                                  r"|\s+thì\s", regex.I)   # '… đạt trên 5.500 tỷ đồng … thì số thu … còn thấp': what follows


# the words between a level and the figure it names (compiled once: asked for every level and figure of a clause)
CAPS_GAP_RX = regex.compile(r"\s*(?:\p{Lu}{2,}\s*)?")    # spaces, or a word in capitals
NO_STOP_GAP_RX = regex.compile(r"[^,;.%]*")                # no separator between
WORDS_GAP_RX = regex.compile(r"[\s\p{L}]*")               # words only


def assign_levels(text: str, figs: list[Figure], force: bool = False) -> list[Figure]:
    """One figure per (figure, level): `Cấp tỉnh 80%, cấp huyện 60%` and `100% cấp tỉnh, 80% cấp huyện`.

    A level written right before a figure (spaces only between) is its level; otherwise the levels
    named after it, up to the next figure. With a single figure (unless `force`: a target cell), levels
    named in the label are part of the label, not a split (`Hệ thống một cửa điện tử cấp tỉnh`)."""
    if len(figs) == 1 and not force:
        return _enumerated_levels(text, figs[0])
    if len(figs) < 2 and not force:
        return figs
    # levels named in an aside with figures of its own speak for the aside ('..., 30% tại cấp xã (Kết quả: Cấp huyện:
    # ... đạt 62,37%; cấp xã: ...)'): they split no target outside it; '80% (cấp tỉnh)' still names its level
    asides = [m.span() for m in PAREN_RX.finditer(text) if PCT_RX.search(m.group(0))
              and not any(m.start() <= f.start < m.end() for f in figs)]
    lv = [x for x in levels_in(text) if not SCOPE_LIST_RX.match(text, x[1])
          and not any(a <= x[0] < b for a, b in asides) and not _grade_of_thing(text, x[0])]
    if not lv:
        return [_each_unit_level(text, figs, i) for i in range(len(figs))]
    out: list[Figure] = []
    for i, f in enumerate(figs):
        before = [x for x in lv if x[1] <= f.expr_start and not text[x[1]:f.expr_start].strip(" ")
                  or (x[1] <= f.expr_start and CAPS_GAP_RX.fullmatch(text[x[1]:f.expr_start]))]
        nxt = figs[i + 1].expr_start if i + 1 < len(figs) else len(text)
        order = DIRECTIVE_TAIL_RX.search(text, f.expr_end, nxt)
        nxt = order.start() if order else nxt   # '…, yêu cầu các cấp, các ngành, các địa phương …' names whom it orders
        after = [x for x in lv if f.expr_end <= x[0] < nxt and not _owned_by_next(text, x, figs[i + 1:])]
        prefixed = [x for x in lv if x[1] <= f.expr_start and NO_STOP_GAP_RX.fullmatch(text[x[1]:f.expr_start])
                    and WORDS_GAP_RX.fullmatch(text[x[1]:f.expr_start])]
        chosen = before or after or (prefixed[-1:] if force else [])
        if not chosen:
            out.append(_each_unit_level(text, figs, i))
            continue
        for _, _, level in _unique(chosen):
            out.append(Figure(**{**f.__dict__, "level": level}))
    return out


def _grade_of_thing(text: str, at: int) -> bool:
    """'25 nhiệm vụ KH-CN cấp tỉnh triển khai', 'đề tài khoa học cấp tỉnh': a level right after a task, a project or a
    work names its grade, not the level a target is for (pattern `figure.graded_thing`)."""
    return GRADED_THING_RX.search(text, max(0, at - 40), at) is not None


GRADED_THING_RX = load_patterns("prose").get("figure.graded_thing").regex


def _each_unit_level(text: str, figs: list[Figure], i: int) -> Figure:
    """'…, trong đó ít nhất 15% … kiểu mẫu. Mỗi tỉnh, thành phố có ít nhất 02 đơn vị …': a figure that 'mỗi tỉnh'
    opens its own stretch for (after the figure before it) is a target of each province, as it is when alone."""
    f = figs[i]
    each = EACH_UNIT_RX.search(text, figs[i - 1].expr_end if i else 0, f.expr_start) if not f.level else None
    return Figure(**{**f.__dict__, "level": each.group("lv").lower()}) if each else f


# 'hồ sơ công việc cấp huyện, cấp xã được xử lý ...', 'tại cấp bộ, tỉnh và xã': one target for each level named;
# 'giao cho 13 sở, ban của tỉnh và UBND các xã': the levels of the bodies named
LEVEL_LIST_RX = load_patterns("prose").get("figure.level_list").regex
BODIES_LIST_RX = load_patterns("prose").get("figure.bodies_list").regex
UNITS_LIST_RX = load_patterns("prose").get("figure.units_list").regex      # 'Các huyện, xã nghèo phấn đấu …'
FOR_UNITS_AT_LEVEL_RX = load_patterns("prose").get("figure.for_units_at_level").regex
EACH_UNIT_RX = load_patterns("prose").get("figure.each_unit").regex
AT_LEVEL_RX = load_patterns("prose").get("figure.at_level").regex
LEVEL_WORD_RX = regex.compile(r"\b(tỉnh|huyện|xã|bộ|trung\s+ương)\b", regex.I)
CENTRAL_RX = regex.compile(r"trung\s+ương", regex.I)     # 'cấp Trung ương' is the ministries' level


def _listed_levels(m: regex.Match) -> list[str]:
    """The levels a list names, in order: each level word of 'cấp bộ, tỉnh và xã' ('cấp Trung ương' the ministries');
    'sở, ban' and the UBND's level."""
    if m.re is BODIES_LIST_RX:
        return ["tỉnh", m.group("lv").lower()]
    return list(dict.fromkeys(CENTRAL_RX.sub("bộ", w.lower()) for w in LEVEL_WORD_RX.findall(m.group(0))))


# '... Hệ thống thông tin một cửa điện tử cấp bộ, cấp tỉnh được xác thực': levels that say which kind of system; its
# name may hold one comma ('nền tảng phân tích, xử lý dữ liệu tổng hợp cấp bộ, cấp tỉnh')
SYSTEM_KIND_RX = regex.compile(r"(?:hệ\s+thống|cổng|nền\s+tảng|phần\s+mềm|cơ\s+sở\s+dữ\s+liệu|csdl|trung\s+tâm)"
                               r"[^,;.%]{0,80}(?:,[^,;.%]{0,80})?$", regex.I)


# '… đánh giá mức độ chuyển đổi số cấp bộ, cấp tỉnh năm 2020 và thúc đẩy cung cấp 100% dịch vụ công …': levels that say
# which bodies an evaluation or a ranking covers set no target for each of them
EVALUATED_RX = regex.compile(r"\b(?:đánh\s+giá|xếp\s+hạng)\b[^,;.%]{0,80}$", regex.I)


def _enumerated_levels(text: str, f: Figure) -> list[Figure]:
    """A single figure whose words enumerate levels ('cấp huyện, cấp xã', not 'từ cấp tỉnh đến cấp xã'; 'Các huyện, xã
    nghèo phấn đấu …') sets the same target for each of them; a level named alone stays part of the label ('Hệ thống
    một cửa cấp tỉnh')."""
    m = next((m for rx in (LEVEL_LIST_RX, BODIES_LIST_RX, UNITS_LIST_RX) for m in rx.finditer(text)
              if not (m.start() <= f.start < m.end())
              and not PAREN_RX.search(text[min(m.start(), f.end):max(m.start(), f.end)] or "")), None)
    staff = STAFF_LEVEL_RX.match(text, f.end) if f.unit == "%" and not f.level else None
    if m is None and staff is not None:      # '100% cán bộ, công chức, viên chức cấp xã được ...': their level
        return [Figure(**{**f.__dict__, "level": levels_in(staff.group("lv"))[0][2]})]
    at = AT_LEVEL_RX.match(text[f.end:]) if m is None and not f.level else None
    if at is not None:                       # '… đạt ít nhất 65% tại UBND cấp xã.': reached at that level
        return [Figure(**{**f.__dict__, "level": levels_in(at.group("lv"))[0][2]})]
    whose = OF_BODIES_RX.search(text, 0, f.expr_start) if m is None and not f.level else None
    if whose is not None and levels_in(whose.group("lv")):   # 'tăng trưởng GRDP của các địa phương ... 8-10%'
        return [Figure(**{**f.__dict__, "level": levels_in(whose.group("lv"))[0][2]})]
    units = (FOR_UNITS_AT_LEVEL_RX.search(text, 0, f.expr_start) or EACH_UNIT_RX.search(text, 0, f.expr_start)) \
        if m is None and not f.level else None
    if units is not None:                    # 'Chỉ tiêu cho các đơn vị … thuộc UBND cấp huyện đạt tối thiểu 35% - 40%',
        return [Figure(**{**f.__dict__, "level": units.group("lv").split()[-1].lower()})]   # 'mỗi tỉnh … 1 - 2 …'
    bodies = _levels_of_bodies(text, f) if m is None and not f.level else []
    if bodies:                               # '90% hồ sơ công việc tại Bộ Y tế, Sở Y tế': one target per level
        return [Figure(**{**f.__dict__, "level": level}) for level in bodies]
    if m is None or f.level:
        return [f]
    before = text[max(0, m.start() - 120):m.start()]
    if SYSTEM_KIND_RX.search(before) or EVALUATED_RX.search(before):
        return [f]
    levels = _listed_levels(m)
    return [Figure(**{**f.__dict__, "level": level}) for level in levels] if len(levels) > 1 else [f]


WORK_OF_BODIES_RX = load_patterns("prose").get("figure.work_of_bodies").regex
BODY_LEVELS = [p for p in load_patterns("prose") if p.id.startswith("figure.body_level.")]
LIST_JOINT_RX = regex.compile(r"\s*,\s*|\s+và\s+")      # 'A, B và C': the joints of a list of names


def _body_level(body: str) -> Optional[Pattern]:
    """The pattern naming the level of one body ('Bộ Y tế' bộ, 'Sở Y tế' tỉnh, 'cơ quan … quận/huyện' huyện)."""
    return next((p for p in BODY_LEVELS if p.regex.match(body.strip())), None)


def _levels_of_bodies(text: str, f: Figure) -> list[str]:
    """The levels of the bodies whose work a share is of, named after it: a ministry and a department ('90% hồ sơ
    công việc tại Bộ Y tế, Sở Y tế') set one target per level, the bodies of a level named by it ('80% hồ sơ công việc
    của cơ quan quản lý y tế quận/huyện') that level; one body named alone ('tại Bộ Y tế') sets its own target."""
    m = WORK_OF_BODIES_RX.match(text[f.end:]) if f.unit == "%" else None
    if m is None:
        return []
    whole = _body_level(m.group("bodies"))
    if whole is not None:
        return [] if whole.meta.get("named") else [whole.meta["level"]]
    return list(bodies_by_level(text, f)) or _one_level_of_bodies(m.group("bodies"))


def _one_level_of_bodies(bodies: str) -> list[str]:
    """'90% hồ sơ công việc tại Sở Y tế, các đơn vị y tế tỉnh': bodies listed, each of a level and all of one, set
    the target for that level."""
    found = [_body_level(x) for x in LIST_JOINT_RX.split(bodies)]
    levels = {p.meta["level"] for p in found if p is not None}
    return list(levels) if len(found) > 1 and None not in found and len(levels) == 1 else []


def bodies_by_level(text: str, f: Figure) -> dict[str, str]:
    """The bodies of two levels or more whose work a share is of ('tại Bộ Y tế, Sở Y tế'), by level: {'bộ': 'Bộ Y
    tế', 'tỉnh': 'Sở Y tế'}; empty unless every body named has a level and they are not all of one."""
    m = WORK_OF_BODIES_RX.match(text[f.end:]) if f.unit == "%" else None
    bodies = LIST_JOINT_RX.split(m.group("bodies")) if m else []
    found = [(_body_level(x), x.strip()) for x in bodies]
    if len(found) < 2 or any(p is None for p, _ in found):
        return {}
    out: dict[str, str] = {}
    for p, body in found:
        out.setdefault(p.meta["level"], body)
    return out if len(out) > 1 else {}


# a share of the staff, bodies or work of one level ('100% cán bộ, công chức, viên chức cấp xã', '100% hồ sơ công việc
# cấp huyện', '60% hồ sơ công việc tại cấp xã'): the target is for that level; a system of one level stays in the
# label ('Hệ thống một cửa cấp tỉnh'); a share of the number of units ('50% số đơn vị cấp huyện có triển khai …')
# counts units, whoever sets it: no level; nor has a share of the administrative units of a level themselves ('50%
# các đơn vị cấp huyện triển khai …': half the districts)
STAFF_LEVEL_RX = regex.compile(r"\s*(?!số\s+(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|UBND|Ủy\s+ban))"
                               r"(?!(?:các\s+)?đơn\s+vị\s+(?:hành\s+chính\s+)?cấp\b)"
                               r"(?:số\s+)?(?:các\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|CBCCVC|CBCC|cơ\s+quan|đơn\s+vị|"
                               r"UBND|Ủy\s+ban\s+nhân\s+dân|hồ\s+sơ\s+công\s+việc)"
                               r"(?:\s*,\s*(?:công\s+chức|viên\s+chức))*\s+(?:(?:tại|ở|của)\s+)?"
                               r"(?P<lv>cấp\s+(?:xã|huyện|tỉnh))\b(?!\s*(?:,|và)\s*cấp)",
                               regex.I)


# the bodies whose figure a target is ('chỉ tiêu tăng trưởng GRDP của các địa phương năm 2025 tối thiểu 8-10%',
# 'tỷ lệ giải ngân của các bộ, ngành đạt 95%'), with no other figure between
OF_BODIES_RX = regex.compile(r"\bcủa\s+(?P<lv>các\s+(?:địa\s+phương|bộ,\s*ngành|bộ))\b[^%\d;:]{0,40}?"
                             r"(?:\bnăm\s+\d{4}[^%\d;:]{0,30}?)?$", regex.I)


SCOPE_LIST_RX = regex.compile(r",?\s*(?:các\s+)?(?:sở|ngành)\b", regex.I)   # 'cấp tỉnh, ngành và địa phương'


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


# --- parentheses ---------------------------------------------------------------------------------

def _outside_parens(text: str) -> list[bool]:
    mask = [True] * (len(text) + 1)
    for m in PAREN_RX.finditer(text):
        mask[m.start():m.end()] = [False] * (m.end() - m.start())     # a bracket at a time, not a character
    return mask


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
