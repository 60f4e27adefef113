"""Quantities in Vietnamese official text: percentages, counts, ratios, ranges, money, measures.

Flow for one string (`find_quantities`): every pattern of patterns/quantities.yaml proposes
candidates; candidates whose figures overlap a non-quantity span (dates, số ký hiệu, levels,
frequencies, row numbers ... from patterns/non_quantities.yaml) are dropped; patterns that name a
`unit_vocab` keep a match only when a known unit follows the figure; overlaps go to the earlier
pattern in the file. Comparators come from the words around the figure (patterns/units.yaml).
A plain figure has comparator None ('=' is never guessed). A range of counted things ('22 - 23 triệu
lượt khách') is one `range` row plus one `count` row per end over that end's figure (`range_ends`,
`range_end` 'low'/'high'): each end is a written number of things, as the gold counts them; people
read the range row (the effective views leave the ends out).

`extract_quantities` runs that over the segments of a Document and adds table awareness: a unit
column or a header saying '%' turns bare value cells into percentages; a header or row label that
names a counted thing ('Số TTHC đã cung cấp', 'Tổng số hồ sơ', patterns/table_headers.yaml) makes them
counts, and so does a column header that starts with the thing ('Hồ sơ trực tuyến') or names only the
cases' status ('Đã giải quyết đúng hạn', 'Trễ hạn'); one naming a rate ('Tỷ lệ …') makes them percentages; a rate column whose formula the table writes
('4=3/2') or whose quotient of two other columns agrees row after row gives each rate cell its
numerator and denominator (an implied ratio, checked by the arithmetic check); row-number columns
are skipped, except a row label written in one (its row shifted left by a merged cell); each
quantity carries its cell or sentence as context and its provenance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Optional

import regex

from extractor.model import Block, Cell, Document, Quantity, Segment, provenance
from extractor.normalize.document import fold_tone
from extractor.extract.numbers import parse_number, parse_number_words
from extractor.patterns import Pattern, load_data, load_patterns

PERCENT = "%"
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
_WORD2 = regex.compile(r"\p{L}{2,}")
_WORD3 = regex.compile(r"\p{L}{3,}")
_COMPARISON_SIGN = regex.compile(r"[≥≤<>]")
_DECIMALS_AT_END = regex.compile(r"[.,](\d{1,2})\s*$")
_NUMBER_CELL = regex.compile(r"\s*[≥≤<>]?\s*\d+(?:[.,]\d+)*\s*")
_GLUE = regex.compile(r"[\p{L}\d.,/\-]")              # a character that glues a figure to a code


@dataclass
class Found:
    """One quantity found in a string; offsets are local to that string."""
    kind: str
    start: int
    end: int
    rule: str
    value: Optional[float] = None
    high: Optional[float] = None
    numerator: Optional[float] = None
    denominator: Optional[float] = None
    unit: Optional[str] = None
    comparator: Optional[str] = None
    subject: Optional[str] = None
    footnote: Optional[str] = None
    uncertain: Optional[str] = None
    stated_percent: Optional[float] = None
    figures: list[tuple[int, int]] = field(default_factory=list)   # spans of the written numbers
    layer: int = 0               # overlaps are resolved within a layer: a ratio of two amounts (layer 1) keeps them
    range_end: Optional[str] = None   # 'low' | 'high': a count at one end of a range of counted things
    # a parenthesis inside a ratio, between its numerator and the slash ('176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn'):
    # the quantities in it are its own, not overlapped by the ratio
    inner: Optional[tuple[int, int]] = None


# --- vocabularies --------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Lower case with one tone placement ('khoá' = 'khóa'), so vocabularies match either spelling."""
    return fold_tone(text.lower())


@dataclass(frozen=True)
class Vocab:
    count: tuple[tuple[str, str], ...]           # (folded spelling, unit as listed), longest first
    measure: tuple[tuple[str, str], ...]         # (folded spelling, canonical unit)
    currency: tuple[tuple[str, str], ...]
    scales: tuple[tuple[str, float], ...]
    before: tuple[tuple[str, str], ...]          # comparator words before a figure
    after: tuple[tuple[str, str], ...]
    row_headers: frozenset
    unit_headers: frozenset
    not_count: tuple[tuple[str, str], ...] = ()  # words a count noun only opens ('xã hội'), longest first


def _by_length(pairs) -> tuple:
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    d = load_data("units.yaml")
    measure = [(fold(s), unit) for unit, spellings in d["measure_units"].items() for s in spellings]
    currency = [(fold(s), unit) for unit, spellings in d["currencies"].items() for s in spellings]
    return Vocab(
        count=_by_length((fold(u), u) for u in d["count_units"]),
        measure=_by_length(measure),
        currency=_by_length(currency),
        scales=_by_length((fold(k), float(v)) for k, v in d["scales"].items()),
        before=_by_length((fold(k), v) for k, v in d["comparators_before"].items()),
        after=_by_length((fold(k), v) for k, v in d["comparators_after"].items()),
        row_headers=frozenset(fold(h) for h in d["row_number_headers"]),
        unit_headers=frozenset(fold(h) for h in d["unit_column_headers"]),
        not_count=_by_length((fold(w), w) for w in d.get("not_count_words") or ()),
    )


_WHITESPACE = regex.compile(r"\s")
_TABLE_INDEX: dict[int, tuple] = {}


def _indexed(table) -> tuple[dict[str, list], int]:
    """A vocabulary table's entries by first letter (in table order) and its longest spelling."""
    hit = _TABLE_INDEX.get(id(table))
    if hit is None or hit[0] is not table:
        groups: dict[str, list] = {}
        for spelling, unit in table:
            groups.setdefault(spelling[:1], []).append((spelling, unit))
        hit = _TABLE_INDEX[id(table)] = (table, groups, max((len(s) for s, _ in table), default=0))
    return hit[1], hit[2]


def _prefix_unit(words: str, table) -> Optional[tuple[str, str, int]]:
    """The longest vocabulary entry that `words` starts with, at a word boundary: (spelling, unit, length)."""
    groups, longest = _indexed(table)
    cut = _WHITESPACE.search(words, longest + 2) if len(words) > longest + 2 else None
    # only the head can match: folded up to a space (folding never looks past one), not the whole rest of the text
    folded = fold(words[:cut.start()] if cut else words)
    for spelling, unit in (table if "" in groups else groups.get(folded[:1], ())):
        if folded.startswith(spelling):
            nxt = folded[len(spelling):len(spelling) + 1]
            if not nxt or not nxt.isalnum():
                return spelling, unit, len(spelling)
    return None


def count_noun(words: str) -> Optional[tuple[str, str, int]]:
    """The count noun `words` start with (as _prefix_unit), unless it only opens a longer word of another sense:
    'Xã hội số' is society, no communes ('xã'); 'Tin học hóa' is computing, no news items ('tin')."""
    hit = _prefix_unit(words, vocab().count)
    if hit is None:
        return None
    other = _prefix_unit(words, vocab().not_count)
    if other is None or other[2] <= hit[2]:
        return hit
    named = words[hit[2]:other[2]].lstrip()[:1].isupper() and not words[:hit[2]].isupper()
    return hit if named else None       # '3 xã Hội Xuân, Hội Hợp': communes, then their names


# --- blockers ----------------------------------------------------------------------------------

def blocked_spans(text: str, tested: Optional[dict] = None) -> list[tuple[int, int, str]]:
    """Spans that are not quantities (dates, symbols, levels, ...), with the blocking rule id.

    `tested` keeps the answers of pre-tests already run on `text` (see `_may_match`)."""
    out = []
    tested = {} if tested is None else tested
    for p in load_patterns("non_quantities"):
        if _may_match(p, text, tested):
            out += [(m.start(), m.end(), p.id) for m in p.regex.finditer(text)]
    return out


def _may_match(p: Pattern, text: str, tested: dict) -> bool:
    """Pattern.may_match, each distinct pre-test run once per text: five ranges share theirs, four patterns '/'."""
    if p.requires is None:
        return True
    key = (p.requires.pattern, p.requires.flags)
    hit = tested.get(key)
    if hit is None:
        hit = tested[key] = p.requires.search(text) is not None
    return hit


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- comparators and subjects --------------------------------------------------------------------

_TAIL_STRIP = regex.compile(r"[\s:]+$")
_COUNT_AT_END = regex.compile(r"(?<!\b(?:n[aă]m|th[aá]ng|qu[yý])\s)(?<![\d.,])\d{1,3}(?:\.\d{3})*\s*$")


def comparator_before(text: str, start: int) -> Optional[str]:
    before = _TAIL_STRIP.sub("", fold(text[max(0, start - 40):start]))
    for phrase, cmp in vocab().before:
        if before.endswith(phrase):
            head = before[:-len(phrase)]
            if phrase[0].isalpha() and _COUNT_AT_END.search(head):
                return None                     # '12 trên 15 xã': 12 out of 15, not 'more than'
            if not head or not head[-1].isalpha() or not phrase[0].isalpha():
                return cmp
    return None


def comparator_after(text: str, end: int) -> Optional[str]:
    after = fold(text[end:end + 25]).lstrip(" %")
    for phrase, cmp in vocab().after:
        if after.startswith(phrase):
            return cmp
    return None


_SUBJECT_LEAD = regex.compile(r"(?:tỷ lệ|tỉ lệ|tổng số|số lượng|số)\s+(?P<s>[^:;()\n]+?)\s*(?:(?:đạt|là|:)[^:;()\n]*)?$",
                              regex.IGNORECASE)
_SUBJECT_STOP = regex.compile(r"\s(?:mức độ|của|tại|trên|được|trong|theo|cho|đã|đạt|là|so với|với)\s|[,;:.()\n=/\d%]",
                              regex.IGNORECASE)


def _clip(phrase: str, words: int = 6) -> Optional[str]:
    phrase = _SUBJECT_STOP.split(" " + phrase + " ", maxsplit=1)[0].strip()
    out = " ".join(phrase.split()[:words])
    return out or None


def subject_near(text: str, f: Found) -> Optional[str]:
    """What the figure measures: the phrase after 'Tỷ lệ'/'Tổng số' before it, else the words after it."""
    line_start = max(text.rfind(c, 0, f.start) for c in ".;\n(-+") + 1
    lead = _SUBJECT_LEAD.search(text[line_start:f.start])
    if lead:
        return _clip(lead.group("s"))
    after = text[f.end:f.end + 120]
    if f.kind == "count" and f.unit:
        after = f.unit + " " + after
    return _clip(after.lstrip(" %"))


# --- candidates ----------------------------------------------------------------------------------

def _num(m, group: str, kind: Optional[str]):
    text = m.group(group)
    return parse_number(text, kind) if text else None


def _span(m, *groups: str) -> list[tuple[int, int]]:
    return [m.span(g) for g in groups if m.group(g) is not None]


def _amount_unit(words: str) -> Optional[tuple[str, str, int]]:
    """The money or count unit `words` start with: (kind, unit as written, length), e.g. 'tỷ đồng'."""
    money = _prefix_unit(words, vocab().scales)
    rest = words[money[2]:].lstrip() if money else words
    cur = _prefix_unit(rest, vocab().currency)
    if cur:
        length = len(words) - len(rest) + cur[2]
        return "money", " ".join(words[:length].split()), length
    hit = count_noun(words)
    return ("count", " ".join(words[:hit[2]].split()), hit[2]) if hit else None


@lru_cache(maxsize=1)
def _amount_measures() -> frozenset:
    return frozenset(load_data("units.yaml").get("amount_measures") or ())


def _amount_measure(words: str) -> Optional[str]:
    """The measure of land, goods or power `words` start with ('ha, tăng 2,9%' → 'ha'); durations are none,
    nor a rate ('km/h')."""
    hit = _prefix_unit(words, vocab().measure)
    if hit is None or hit[1] not in _amount_measures() or words[hit[2]:].lstrip().startswith("/"):
        return None
    return hit[1]


def _ratio(p: Pattern, m, text: str) -> Optional[Found]:
    after = text[m.end("den"):].lstrip()
    unit = _amount_unit(after)
    kind = "money" if unit and unit[0] == "money" else "count"     # '22,656 tỷ đồng': a decimal comma
    num, den = _num(m, "num", kind), _num(m, "den", kind)
    if not num or not den or den.value == 0:
        return None
    pct = _num(m, "pct", "percent")
    both_years = all(1900 <= v <= 2100 and v.is_integer() for v in (num.value, den.value))
    if "unit1" in m.groupdict():             # 'X tỷ đồng/Y tỷ đồng': the same unit twice
        unit = _same_unit_twice(m.group("unit1").strip(), unit, after)
        if unit is None:
            return None
    # a ratio above one needs a stated rate or a unit after it ('12.375,3/10.200 triệu đồng, vượt 21,3%'),
    # a measured amount's too ('53,5/52ha': done over planned)
    if both_years or (num.value > den.value and pct is None and unit is None and not _amount_measure(after)):
        return None
    f = Found("ratio", m.start(), m.end("den"), p.id, numerator=num.value, denominator=den.value,
              stated_percent=pct.value if pct else None, uncertain=num.uncertain or den.uncertain,
              figures=_span(m, "num", "den"))
    if "unit1" in m.groupdict():
        f.unit, f.layer = unit[1], int(unit[0] != "count")    # money and measured amounts keep their own rows
    if m.groupdict().get("parts"):
        f.inner = m.span("parts")
    return f


def _same_unit_twice(first_words: str, unit: Optional[tuple[str, str, int]], after: str):
    """The unit both amounts of 'X tỷ đồng/Y tỷ đồng' or 'X ha/Y ha' (done over planned) are in, as
    (kind, unit, length), or None if they differ or either is no amount's unit."""
    first = _amount_unit(first_words)
    if unit is not None and first is not None and first[2] == len(first_words) and first[1] == unit[1]:
        return unit
    measure = _amount_measure(after)
    if unit is None and measure is not None and _amount_measure(first_words) == measure \
            and _prefix_unit(first_words, vocab().measure)[2] == len(first_words):
        return "measure", measure, len(measure)
    return None


# 'Tăng 12', 'Giảm 6,55' in a '%' row: the direction of a change, written before its size; 'bằng 95,85' under
# 'So với cùng kỳ (%)': the level an index reaches (the year before = 100), the same column's other wording
_CHANGE_WORD = regex.compile(r"(?:tăng|giảm)(?:\s+thêm)?|bằng", regex.IGNORECASE)
# 'Từ 3 trở lên', 'Tăng từ 2 trở lên': the 'from' that opens a floor or a ceiling closed by 'trở lên'/'trở xuống'
_FROM = regex.compile(r"(?:(?:tăng|giảm)\s+)?từ", regex.IGNORECASE)


def _percent(p: Pattern, m, text: str) -> Optional[Found]:
    val = _num(m, "value", "percent")
    if val is None:
        return None
    cmp = None
    after = m.groupdict().get("cmp_after")
    if m.groupdict().get("cmp"):
        cmp = comparator_before(m.group("cmp") + " ", len(m.group("cmp")) + 1)
        if cmp is None and not _CHANGE_WORD.fullmatch(m.group("cmp").strip()) \
                and not (after and _FROM.fullmatch(m.group("cmp").strip())):
            return None                     # words before a bare cell value that are no comparator
    if after:
        cmp = comparator_after(after, 0)    # 'Từ 3 trở lên': a floor, whatever stood before
    return Found("percent", m.start("value") if "cmp" in m.groupdict() else m.start(), m.end(), p.id,
                 value=val.value, unit=PERCENT, comparator=cmp, footnote=m.groupdict().get("footnote"),
                 uncertain=val.uncertain, figures=_span(m, "value"))


def _range(p: Pattern, m, text: str) -> Optional[Found]:
    low, high = _num(m, "value", None), _num(m, "high", None)
    if low is None or high is None or low.value >= high.value:
        return None
    unit, end, scale = PERCENT, m.end(), 1.0
    if "unit" in m.groupdict() and m.group("unit") is not None:
        tables = [getattr(vocab(), t) for t in p.meta.get("unit_vocab") or ("measure", "count")]
        hit = next((h for h in (_prefix_unit(m.group("unit"), t) for t in tables) if h), None)
        if hit is None:
            return None
        unit, end = hit[1], m.start("unit") + hit[2]
        if m.groupdict().get("unit1") is not None and _whole_unit(m.group("unit1"), tables) != unit:
            return None                     # 'X km2 đến Y km2' needs the same unit twice
    if m.groupdict().get("scale"):
        scale = dict(vocab().scales)[fold(m.group("scale"))]
    return Found("range", m.start(), end, p.id, value=low.value * scale, high=high.value * scale, unit=unit,
                 comparator="range", figures=_span(m, "value", "high"))


def _whole_unit(words: str, tables) -> Optional[str]:
    """The canonical unit of `tables` that `words` spell in full ('km2', 'người'), else None."""
    words = words.strip()
    for table in tables:
        hit = _prefix_unit(words, table)
        if hit and hit[2] == len(words):
            return hit[1]
    return None


def _money(m) -> Optional[tuple[float, str, int]]:
    """(multiplier, currency, length of the unit words) for 'tỷ đồng', 'triệu USD', 'đồng'."""
    words, scale, used = m.group("unit"), 1.0, 0
    hit = _prefix_unit(words, vocab().scales)
    if hit:
        scale, used = hit[1], hit[2]
        words = words[used:]
        used += len(words) - len(words.lstrip())
        words = words.lstrip()
        if words[:2].lower() == ".đ":       # 'tỷ.đ': the scale and its currency abbreviated as one word
            words, used = words[1:], used + 1
    cur = _prefix_unit(words, vocab().currency)
    noun = _prefix_unit(words, vocab().count) if cur and not used else None
    if noun and noun[2] > cur[2]:
        return None                     # '15 đồng chí': a counted noun that opens like a currency
    return (scale, cur[1], used + cur[2]) if cur else None


# 'đồng' as the first syllable of a word for people ('đồng chí', 'đồng bào', 'đồng nghiệp', 'đồng đội')
_NOT_CURRENCY = regex.compile(r"(?<=đồng)\s+(?:chí|bào|nghiệp|đội)\b", regex.IGNORECASE)
# a name or code right after 'nhà' ('Nhà Chung', 'nhà A1') makes it an address; 'nhà nước' is the state
_NAMED_HOUSE = regex.compile(r"\s+(?:\p{Lu}|\w*\d|nước\b)")
# 'giải' opening a verb ('1.150 giải quyết đúng hạn', 'giải ngân', 'giải phóng mặt bằng') counts no tournament
_NOT_TOURNAMENT = regex.compile(r"\s+(?:quyết|ngân|phóng|thể|trình|thích|tỏa|toả|cứu|đáp|mã|nén|tán|toán|phẫu)\b",
                                regex.IGNORECASE)


def _with_unit(p: Pattern, m, text: str) -> Optional[Found]:
    """money / measure / count: a figure (or number words) followed by a unit from the vocabulary."""
    table = p.meta["unit_vocab"][0]
    if table == "money":
        money = _money(m)
        if money is None or _NOT_CURRENCY.match(m.group("unit"), money[2]):
            return None                 # '14 đồng chí', '500 đồng bào': people, no money
        scale, unit, used = money
    else:
        words = m.group("unit")
        hit = count_noun(words) if table == "count" else _prefix_unit(words, getattr(vocab(), table))
        if hit is None:
            return None
        scale, unit, used = 1.0, hit[1], hit[2]
        if unit == "nhà" and _NAMED_HOUSE.match(m.group("unit"), hit[2]):
            return None                 # 'số 12 Nhà Chung', 'phòng 201 nhà A1': an address, not houses counted
        if unit == "giải" and _NOT_TOURNAMENT.match(m.group("unit"), hit[2]):
            return None
    if m.groupdict().get("scale"):
        scale = dict(vocab().scales)[fold(m.group("scale"))]
    kind = p.meta["kind"]
    if kind == "count" and (_PER_POPULATION_AFTER.match(text, m.start("unit") + used)
                            or _PER_BASE_AFTER.match(text, m.start("unit") + used)):
        return None                     # '30,1 giường bệnh/1 vạn dân': a rate per so many people, not a count
    if kind == "count" and _YEAR.match(m.groupdict().get("value") or "") and m.group("unit")[:1].isupper():
        return None                     # 'Luật Đất đai 2024 Nghị định ...': a year, then a new title
    if m.groupdict().get("words") is not None:
        value, uncertain, fig = parse_number_words(m.group("words")), None, "words"
        if value is None:
            return None
    else:
        # '1,488 triệu hồ sơ': before a scale word a comma is the decimal comma, in counts too
        num = _num(m, "value", kind if scale == 1.0 else None)
        if num is None:
            return None
        value, uncertain, fig = num.value, num.uncertain, "value"
    end = m.end(fig) if p.meta.get("unit_ahead") else m.start("unit") + used   # the unit belongs to a later figure
    return Found(kind, m.start(), end, p.id, value=value * scale, unit=unit,
                 uncertain=uncertain, figures=_span(m, fig))


# 'một' and 'năm' alone are an article and 'year'; beside the same figure in digits they are numbers
_SPELLED_ALONE = {"một": 1, "năm": 5}


def _spelled(words: str) -> Optional[int]:
    words = " ".join(words.lower().split())
    return _SPELLED_ALONE.get(words) or parse_number_words(words)


def _doubled(p: Pattern, m, text: str) -> Optional[Found]:
    """'03 (ba) số liên tiếp', '(01) một hệ thống', 'năm (05) thành viên': a figure written in digits and in words.

    The two must agree; only the words-then-bracket habit gives way to its figures when they do not ('hai (03) bản'
    is 3, as '03 bản' would be), for there the figures are the ones the drafter checked. 'một' and 'năm' alone may be
    an article or the year, so they must agree even there."""
    f = _with_unit(p, m, text)
    if f is None:
        return None
    words = _spelled(m.group("spelled"))
    if words != f.value:
        words_first = m.start("spelled") < m.start("value")
        if not words_first or words is None or " ".join(m.group("spelled").lower().split()) in _SPELLED_ALONE:
            return None
        f.uncertain = f"the words '{m.group('spelled')}' spell another number than '{m.group('value')}': the figures read"
    f.start = m.start()
    f.figures = _span(m, "spelled")     # '(01)' alone reads as a list number; the words beside it say it is not
    return f


def _points(p: Pattern, m, text: str) -> Optional[Found]:
    """'đưa điểm chấp nhận thanh toán … lên trên 450.000 điểm': 'điểm' counts the places the clause named before it."""
    num = _num(m, "value", "count")
    if num is None:
        return None
    scale = dict(vocab().scales)[fold(m.group("scale"))] if m.group("scale") else 1.0
    return Found("count", m.start(), m.end("unit"), p.id, value=num.value * scale, unit="điểm",
                 uncertain=num.uncertain, figures=_span(m, "value"))


def _two_scales(p: Pattern, m, text: str) -> Optional[Found]:
    """'12.739 tỷ 600 triệu đồng': an amount written in two scales, the larger one without its currency, is one
    amount (12.739,6 tỷ đồng); the smaller part must stay below one of the larger scale."""
    money = _money(m)
    big, small = _num(m, "value", None), _num(m, "rest", "count")
    scale = dict(vocab().scales).get(fold(m.group("scale")))
    if money is None or big is None or small is None or scale is None or small.value * money[0] >= scale:
        return None
    return Found("money", m.start(), m.start("unit") + money[2], p.id, value=big.value * scale + small.value * money[0],
                 unit=money[1], uncertain=big.uncertain, figures=_span(m, "value", "rest"))


# the bare figures of the parts after 'trong đó' ('quân đội 2.505 (có 5 nữ) và công an 330'), an aside blanked first
_PART_FIGURE = regex.compile(r"(?:^|,|;|:|\bvà\b)\s*\p{L}[\p{L} ]{0,40}?\s(\d+(?:[.,]\d+)*)(?=\s*(?:,|;|\.|\bvà\b|#|$))")
_ASIDE = regex.compile(r"\([^()]*\)")
_SENTENCE_END = regex.compile(r"[;!?]|\.(?!\d)")


def _parts(p: Pattern, m, text: str) -> Optional[Found]:
    """'giao … là 2.835 thanh niên, trong đó quân đội 2.505 (có 5 nữ) và công an 330': parts named by what they belong
    to, each with a bare figure, count in the total's noun when together they make the total (a part alone, or parts
    that do not add up, may be anything: 'trong đó Quốc lộ 5 …')."""
    f = _with_unit(p, m, text)
    total = _num(m, "total", "count")
    if f is None or total is None:
        return None
    start = m.end("opener")
    stop = _SENTENCE_END.search(text, start)
    clause = _ASIDE.sub(lambda a: "#" * len(a.group(0)), text[start:stop.start() if stop else len(text)])
    parts = [_number_value(g.group(1)) for g in _PART_FIGURE.finditer(clause)]
    if len(parts) < 2 or None in parts or abs(sum(parts) - total.value) > 1e-6:
        return None
    return f


def _number_value(s: str) -> Optional[float]:
    num = parse_number(s, "count")
    return num.value if num is not None else None


_BUILDERS = {"ratio": _ratio, "percent": _percent, "range": _range, "doubled": _doubled, "points": _points,
             "two_scales": _two_scales, "parts": _parts}


@lru_cache(maxsize=8)
def _plan(unit_hint: Optional[str]) -> tuple:
    """(rank, pattern, builder) of each pattern that applies under `unit_hint`, in file order."""
    out = []
    for rank, p in enumerate(load_patterns("quantities")):
        if p.meta.get("unit_hint") and p.meta["unit_hint"] != unit_hint:
            continue
        if p.meta.get("builder"):
            build = _BUILDERS[p.meta["builder"]]
        elif p.meta.get("unit_vocab") and p.meta["kind"] != "range":
            build = _with_unit
        else:
            build = _BUILDERS[p.meta["kind"]]
        out.append((rank, p, build))
    return tuple(out)


def _candidates(text: str, unit_hint: Optional[str], tested: Optional[dict] = None) -> list[tuple[int, Found]]:
    out = []
    tested = {} if tested is None else tested
    for rank, p, build in _plan(unit_hint):
        if not _may_match(p, text, tested):
            continue                     # its pre-test finds nothing: the regex cannot match here
        for m in p.regex.finditer(text):
            f = build(p, m, text)
            if f is not None:
                out.append((rank, f))
    return out


def _select(cands: list[tuple[int, Found]], blocks: list[tuple[int, int, str]]) -> list[Found]:
    """Drop blocked candidates, then keep the best of overlapping ones (earlier pattern, then longer)."""
    kept: list[Found] = []
    for _, f in sorted(cands, key=lambda c: (c[0], c[1].start, -(c[1].end - c[1].start))):
        if any(_overlaps(fig, b[:2]) for fig in f.figures for b in blocks):
            continue
        if any(_overlaps((f.start, f.end), (k.start, k.end)) and not _inside(f, k.inner)
               for k in kept if k.layer == f.layer):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _inside(f: Found, span: Optional[tuple[int, int]]) -> bool:
    return span is not None and span[0] <= f.start and f.end <= span[1]


def _finish(text: str, f: Found) -> Found:
    if f.comparator is None and f.kind != "ratio":
        f.comparator = comparator_after(text, f.end) or comparator_before(text, f.start)
    if f.kind == "count" and f.value is not None and not f.value.is_integer() and not f.uncertain:
        f.uncertain = "a count with a fractional value"
    f.subject = subject_near(text, f)
    return f


def may_hold_figure(text: str) -> bool:
    """A cheap pre-check: a digit or a number word (most table cells and many sentences hold neither,
    and without one no stage finds a figure)."""
    # the digit alone first: most texts that hold a figure hold one, and the number words cost 5× more to seek;
    # then a plain pre-test on the case-folded text, which most texts without a digit fail
    if _DIGIT.search(text) is not None:
        return True
    return _number_word_gate().search(text.casefold()) is not None and _may_hold_figure().search(text) is not None


@lru_cache(maxsize=1)
def _number_words() -> tuple[str, ...]:
    d = load_data("units.yaml")
    return tuple(sorted({*d["number_words"], *(d.get("tens_leaders") or {})}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _number_word_gate():
    """A number word as the case-folded text writes it, no ASCII letter after it: wherever the word regex
    (case-insensitive, full case folding) finds one, this finds it in text.casefold(), since no character but
    a letter folds to an ASCII letter. Plain `re` over folded text: no case-insensitive search, 3× cheaper."""
    words = sorted({w.casefold() for w in _number_words()}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![a-z])")


@lru_cache(maxsize=1)
def _may_hold_figure():
    words = _number_words()
    return regex.compile(r"\d|(?<!\p{L})(?:" + "|".join(map(regex.escape, words)) + r")(?!\p{L})",
                         regex.IGNORECASE)


def find_quantities(text: str, unit_hint: Optional[str] = None) -> list[Found]:
    """Every quantity written in `text`, one per written figure, in text order.

    `unit_hint` is the unit a table column gives its bare values ('%' makes `80` a percentage).
    """
    if not may_hold_figure(text):
        return []
    return [_copy(f) for f in _found_in(text, unit_hint)]


@lru_cache(maxsize=8192)          # a third of the texts repeat (cells '68', '0,5 ngày', headers on every page)
def _found_in(text: str, unit_hint: Optional[str]) -> tuple[Found, ...]:
    """find_quantities' work, kept per text; callers get copies, since they change what they get."""
    tested: dict = {}                # pre-tests both pattern files share ('/')
    cands = _candidates(text, unit_hint, tested)
    if not cands:
        return ()
    chosen = [_finish(text, f) for f in _select(cands, blocked_spans(text, tested))]
    return tuple(g for f in chosen for g in (f, *range_ends(f)))


def _copy(f: Found) -> Found:
    # a shallow copy by its fields: copy.copy goes through __reduce_ex__, several times slower, on every cached find
    g = Found.__new__(Found)
    g.__dict__.update(f.__dict__)
    g.figures = list(f.figures)
    return g


@lru_cache(maxsize=1)
def _count_units() -> frozenset:
    return frozenset(unit for _, unit in vocab().count)


def range_ends(f: Found) -> list[Found]:
    """A range of counted things ('đón 22 - 23 triệu lượt khách', 'từ 09 - 11 cơn bão'): one count per end,
    over that end's figure, beside the range row (as a ratio's stated percentage is a percent row beside
    the ratio), since each end is a written number of things. Ranges of percentages, money, measures,
    durations and ages have no count ends; nor have two years."""
    if f.kind != "range" or f.unit not in _count_units() or len(f.figures) != 2:
        return []
    if all(1900 <= v <= 2100 and float(v).is_integer() for v in (f.value, f.high)):
        return []
    return [Found("count", a, b, "count.range_end", value=v, unit=f.unit, subject=f.subject,
                  uncertain=f.uncertain, figures=[(a, b)], layer=f.layer + 1, range_end=end)
            for (a, b), v, end in zip(f.figures, (f.value, f.high), ("low", "high"))]


def rule_ids(text: str) -> set[str]:
    """Rule ids found in `text` with and without a '%' unit hint (for patterns.check_examples)."""
    return {f.rule for hint in (None, PERCENT) for f in find_quantities(text, hint)}


# --- documents and tables ------------------------------------------------------------------------

@dataclass
class TableInfo:
    header_rows: set[int]
    headers: dict[int, str]          # column -> header text (merged headers spread over their columns)
    skip_cols: set[int]              # row numbers (STT) and unit columns
    unit_cols: set[int]
    rows: dict[int, list[Cell]] = field(default_factory=dict)   # row -> its cells, left to right
    numbering_rows: set[int] = field(default_factory=set)       # 'A | B | 1 | 2 | 3 | 4=3/2'
    table_unit: Optional["CellUnit"] = None                     # 'Đơn vị: Triệu đồng' above or in the header
    header_parts: dict[int, list[str]] = field(default_factory=dict)   # column -> its header cells, top first
    rates: dict[int, tuple[int, int, str]] = field(default_factory=dict)   # rate column -> (numerator, denominator, rule)
    bands: dict[int, "CellUnit"] = field(default_factory=dict)   # row -> unit of the band row above it ('Người – Person')
    parts_of: dict[int, "CellUnit"] = field(default_factory=dict)  # breakdown row -> the unit of the row it splits
    splits: dict[int, "CellUnit"] = field(default_factory=dict)    # a split's column -> the unit of the count split
    # found once per row, asked of every cell of it: the row's first two cells that may label it, its filled cells
    label_cells: dict[int, tuple] = field(default_factory=dict)
    filled: dict[int, list[tuple[Cell, bool]]] = field(default_factory=dict)
    # found once per column, asked of every cell under it: the unit its header's words name, the thing they count
    column_named: dict[int, Optional["CellUnit"]] = field(default_factory=dict)
    column_things: dict[int, Optional["CellUnit"]] = field(default_factory=dict)


# '(1)' column numbers; 'Chỉ tiêu năm 2025'; 'So sánh năm 2026 với ƯTH năm 2025'
_COLUMN_NO = regex.compile(r"^\(\d{1,2}\)$|^(?:\D*(?<!\d)(?:19|20)\d{2}(?!\d))+\D*$")
_BARE_ROWNO = regex.compile(r"^\s*(?:\d{1,3}\.?|[IVXLC]+\.?|[a-zđ]\))\s*$")
# '(%)', '%' alone, 'Tỷ lệ %', or '%' heading the header's words ('% so với KH', '%TH/KH'): the column holds shares
_HEADER_PCT = regex.compile(r"\(\s*%\s*\)|^\s*%(?=\s*(?:$|\p{L}))|\btỷ lệ\s*%|\btỉ lệ\s*%", regex.IGNORECASE)


_COLUMN_TAG = regex.compile(r"^[(*]*(?:(?P<n>\d{1,2})(?:\s*=\s*[\d\s+\-x*/:().]+)?|[A-Z])[)*]*$")


def _numbering_row(cells: list[str]) -> bool:
    """'1 | 2 | 3 | 4', 'A | B | 1 | 2 | 3 | 4=3/2', '(1) | (2)': a row that numbers the columns.

    Its figures rise one by one (a formula such as '4=3/2' tells how a column is computed)."""
    tags = [_COLUMN_TAG.match(t.strip()) for t in cells]
    if len(cells) < 3 or not all(tags):
        return False
    nums = [int(m.group("n")) for m in tags if m.group("n")]
    return len(nums) >= 2 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


# figures a header cell holds beside its words: periods ('6 tháng đầu năm 2025', 'Tháng 9/2025', 'Từ
# 01/01/2025 đến 30/6/2025'), levels ('Mức độ 4') and units ('Diện tích (km2)'); a value cell has none of these
_HEADER_FIGURES = regex.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|(?<![\d.,])\d{1,2}\s+tháng|tháng\s+\d{1,2}(?!\d)"
                                r"|quý\s+\d|(?:mức|cấp)\s+độ\s+\d|(?<![\d.,])\d{1,2}\s+năm(?!\s*\d)|(?<!\p{L})(?:km|m)[23²³](?!\p{L})"
                                r"|(?<![\d.,])(?:19|20)\d{2}(?![\d.,])"
                                r"|(?:biểu|mẫu|bảng|phụ\s+lục)(?:\s+số)?\s+\d{1,2}[a-z]?(?!\d)", regex.IGNORECASE)


def _header_like(text: str) -> bool:
    return bool(_COLUMN_NO.match(text)) or not _DIGIT.search(_HEADER_FIGURES.sub(" ", text))


def _header_rows(block: Block) -> set[int]:
    flagged = {c.row for c in block.cells or [] if c.is_header}
    if flagged:
        return flagged
    rows: set[int] = set()
    seen = 0
    for r in range(block.n_rows):              # a header may take several rows (merged cells)
        row = [c for c in block.cells or [] if c.row == r and c.text.strip()]
        cells = [c.text.strip() for c in row]
        if not cells:
            continue                            # blank rows (Word tables have them) do not end the header
        if rows and block.n_cols > 3 and max(c.col for c in row) <= 1:
            break                               # 'I | CÂY CÔNG NGHIỆP' and blanks: a section row opens the body
        seen += 1
        numbering = _numbering_row(cells)      # '1 | 2 | 3 …' numbers the columns: no header words
        if seen > 3 or not (numbering or all(_header_like(t) for t in cells)):
            break
        if not numbering:
            rows.add(r)
    return rows


def _numbering_rows(block: Block, by_row: dict[int, list[Cell]]) -> set[int]:
    """Column-number rows among the first rows (the header may be flagged above them)."""
    return {r for r in range(min(6, block.n_rows))
            if _numbering_row([c.text.strip() for c in by_row.get(r, []) if c.text.strip()])}


def table_info(block: Block, before: str = "") -> TableInfo:
    """Header rows, row-number and unit columns, and the unit the table states for all its values.

    `before` is the text just above the table, where 'Đơn vị: Triệu đồng' is usually written."""
    rows = _header_rows(block)
    headers: dict[int, str] = {}
    parts: dict[int, list[str]] = {}
    cells = sorted(block.cells or [], key=attrgetter("row", "col"))       # once, for the header and the rows
    for c in cells:
        if c.row in rows:
            for col in range(c.col, c.col + max(1, c.colspan)):
                headers[col] = (headers.get(col, "") + " " + c.text).strip()
                parts.setdefault(col, []).append(c.text)
    v = vocab()
    unit_cols = {col for col, h in headers.items() if fold(h.strip(" :")) in v.unit_headers}
    skip = {col for col, h in headers.items() if fold(h.strip(" :.")) in v.row_headers} | unit_cols
    body0 = [c.text for c in block.cells or [] if c.col == 0 and c.row not in rows and c.text.strip()]
    if body0 and all(_BARE_ROWNO.match(t) for t in body0):
        skip.add(0)
    by_row: dict[int, list[Cell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    numbering = _numbering_rows(block, by_row)
    top = " ".join(c.text for r in sorted(rows | numbering)[:3] for c in by_row.get(r, []))
    info = TableInfo(rows, headers, skip, unit_cols, by_row, numbering,
                     _stated_unit(top) or _stated_unit(before[-300:]) or _caption_unit(before), parts)
    info.rates = _formula_rates(info) or _agreeing_rates(block, info)
    info.bands = _band_units(by_row)
    info.parts_of = _breakdown_units(info)
    info.splits = _split_units(info)
    return info


def _label_text(info: TableInfo, r: int) -> str:
    return next((c.text for c in info.rows.get(r, []) if c.col not in info.skip_cols and _WORD2.search(c.text)), "")


def _breakdown_units(info: TableInfo) -> dict[int, "CellUnit"]:
    """'Số trường học (Trường) | 191' then 'Công lập - Public | 154': a breakdown row counts what the row it
    splits counts. Rows without figures ('Phân theo loại hình') pass; a band row or a row of its own ends it."""
    out: dict[int, CellUnit] = {}
    parent = None
    grouped = _units_in_labels(info)
    for r in sorted(info.rows):
        if r in info.header_rows or r in info.numbering_rows:
            continue
        label = _plain(_label_text(info, r))
        figures = any(_is_number_cell(c.text) for c in info.rows[r])
        if r in info.bands and info.bands[r].kind == "percent":
            parent = None                   # 'Số lớp học | 98,38' under 'Chỉ số phát triển … - %': an index
            continue
        if not figures:
            if band_unit(label) is not None:
                parent = None               # a band row starts a block of another unit
            continue
        if _header_rx("row.breakdown").match(label):
            if parent is not None:
                out[r] = parent
            continue
        own = marked_unit(label) or named_unit(label)
        if own is None and grouped and parent is not None:
            out[r] = parent                 # 'Bệnh viện - Hospital' under 'Giường bệnh (Giường)'
            continue
        parent = own if own is not None and own.kind in ("count", "money", "measure") else None
    return out


def _split_units(info: TableInfo) -> dict[int, "CellUnit"]:
    """'Số cơ quan được đánh giá | Xếp loại: Khá | Trung bình | Yếu' over '20 | 19 | 01 | ': the columns under one
    group header whose cells add up, row by row, to a count column count what it counts (split by grade, outcome,
    kind). Every row with figures adds up (a blank part is none), and one row splits over two parts or more."""
    groups: dict[str, list[int]] = {}
    for col in sorted(info.header_parts):
        parts = info.header_parts[col]
        if len(parts) >= 2 and parts[0].strip() and col not in info.skip_cols:
            groups.setdefault(" ".join(parts[0].split()), []).append(col)
    body = [r for r in sorted(info.rows) if r not in info.header_rows and r not in info.numbering_rows]
    out: dict[int, CellUnit] = {}
    for cols in groups.values():
        if len(cols) < 2 or cols[-1] - cols[0] != len(cols) - 1 \
                or any(_RATE_HEADER.search(info.headers[c]) for c in cols):
            continue                    # one column, columns apart, or shares ('Tỷ lệ xếp loại (%)')
        for total in (c for c in info.headers if c not in info.skip_cols):
            unit = _column_named(info, total)
            parts = [c for c in cols if c != total]
            if unit is not None and unit.kind == "count" and len(parts) >= 2 and _adds_up(info, body, total, parts):
                out.update((c, unit) for c in parts if c not in out)
    return out


def _adds_up(info: TableInfo, body: list[int], total: int, parts: list[int]) -> bool:
    split = False
    for r in body:
        text = {c.col: c.text.strip() for c in info.rows[r]}
        filled = [text[c] for c in parts if text.get(c)]
        whole = _value(text.get(total, ""))
        if not filled and whole is None:
            continue
        values = [_value(t) for t in filled]
        if whole is None or None in values or abs(sum(values) - whole) > 1e-9:
            return False
        split = split or len(filled) >= 2
    return split


def _units_in_labels(info: TableInfo) -> bool:
    """A table that writes its units in its row labels ('Cơ sở y tế (Cơ sở)', 'Giường bệnh (Giường)',
    'Cán bộ ngành y (Người)'): two labels or more mark a count, money or measure unit, or its first row of
    figures is a marked count total ('Số lớp học (Lớp)': a yearbook writes the unit once, on the total).
    Its rows without a unit of their own are the parts of the marked row above them."""
    marked, first = 0, True
    for r in sorted(info.rows):
        if r in info.header_rows or r in info.numbering_rows:
            continue
        label = _plain(_label_text(info, r))
        u = marked_unit(label)
        unit = u is not None and u.kind in ("count", "money", "measure")
        if first and any(_is_number_cell(c.text) for c in info.rows[r]):
            if unit and counted_thing(label) is not None and _parts_fit(info, r):
                return True                 # 'Số lớp học (Lớp)' opens the table: the total, its parts below
            first = False
        marked += unit
        if marked >= 2:
            return True
    return False


def _parts_fit(info: TableInfo, total: int) -> bool:
    """No row under the total (up to a band row) holds more than the total in the same column: parts
    never exceed their whole ('Diện tích bình quân | 5.100' under 'Số trường học (Trường) | 182' is no part)."""
    whole = {c.col: _value(c.text) for c in info.rows[total]}
    for r in sorted(info.rows):
        if r <= total:
            continue
        if r in info.bands:
            break
        for c in info.rows[r]:
            v, w = _value(c.text), whole.get(c.col)
            if v is not None and w is not None and v > w:
                return False
    return True


# --- band rows: a row holding only a unit, for the rows under it -----------------------------------

_BAND_PERCENT = regex.compile(r"(?:^|\s)[-–]\s*%(?=\s|$)|\(\s*%\s*\)|%\s*$")
_BILINGUAL = regex.compile(r"\s+[-–]\s+")
_ENGLISH = regex.compile(r"[A-Za-z][A-Za-z ./]*")


def band_unit(text: str) -> Optional["CellUnit"]:
    """The unit a band row names for the rows under it: 'Người – Person', 'Lớp - Class', 'Chỉ số phát triển
    (Năm trước = 100) - %' (statistical yearbooks write the unit once, across the table, English after)."""
    text = " ".join(text.split())
    if _BAND_PERCENT.search(text):
        return PERCENT_UNIT
    parts = _BILINGUAL.split(text)
    if len(parts) != 2 or not _ENGLISH.fullmatch(parts[1]):
        return None                     # a lone 'Doanh nghiệp' row is a section's name, not a unit band
    u = unit_of(parts[0])
    return u if u is not None and u.kind in ("count", "measure", "money") else None


def _band_units(by_row: dict[int, list[Cell]]) -> dict[int, "CellUnit"]:
    """Each row under a band row (its one filled cell a unit) -> that unit, until the next band row."""
    out: dict[int, CellUnit] = {}
    current = None
    for r in sorted(by_row):
        filled = [c for c in by_row[r] if c.text.strip()]
        unit = band_unit(filled[0].text) if len(filled) == 1 and _LETTER.search(filled[0].text) else None
        if unit is not None:
            current = unit
        elif current is not None:
            out[r] = current
    return out


# --- rate columns: a rate and its parts in one row ------------------------------------------------

_TAG_AT_END = regex.compile(r"\((?P<n>\d{1,2})\)\s*$")


def _column_tags(info: TableInfo) -> dict[str, int]:
    """Column numbers as the table writes them (a numbering row, or '(3)' closing a header) -> column."""
    tags: dict[str, int] = {}
    for r in sorted(info.numbering_rows):
        for c in info.rows.get(r, []):
            m = _COLUMN_TAG.match(c.text.strip())
            if m and m.group("n"):
                tags.setdefault(str(int(m.group("n"))), c.col)
    for col, h in info.headers.items():
        m = _TAG_AT_END.search(h)
        if m:
            tags.setdefault(str(int(m.group("n"))), col)
    return tags


def _formula_rates(info: TableInfo) -> dict[int, tuple[int, int, str]]:
    """Rate columns whose formula the table writes: '4=3/2' makes column 4 the rate of 3 over 2."""
    tags = _column_tags(info)
    cells = [(c.col, c.text) for r in sorted(info.numbering_rows) for c in info.rows.get(r, [])]
    cells += list(info.headers.items())
    out: dict[int, tuple[int, int, str]] = {}
    for at, text in cells:
        m = _header_rx("header.formula").search(text)
        if not m or str(int(m.group("a"))) not in tags or str(int(m.group("b"))) not in tags:
            continue
        col = tags.get(str(int(m.group("r")))) if m.group("r") else at
        if col is not None:
            out.setdefault(col, (tags[str(int(m.group("a")))], tags[str(int(m.group("b")))], "ratio.columns.formula"))
    return out


@lru_cache(maxsize=8192)          # a rate column is tried against every pair of columns
def _value(text: str) -> Optional[float]:
    if not _is_number_cell(text) or _COMPARISON_SIGN.search(text):
        return None
    n = parse_number(text.strip())
    return n.value if n else None


@lru_cache(maxsize=8192)          # a rate column is tried against every pair of columns
def _decimals(text: str) -> int:
    m = _DECIMALS_AT_END.search(text.strip())
    return len(m.group(1)) if m else 0


def rate_agrees(num: float, den: float, rate_text: str) -> bool:
    """`num`/`den` gives the rate as written, within the rounding (or truncation) its decimals allow."""
    rate = _value(rate_text)
    if rate is None or not den:
        return False
    return abs(100.0 * num / den - rate) <= 10 ** -_decimals(rate_text) + 1e-9


def _agreeing_rates(block: Block, info: TableInfo) -> dict[int, tuple[int, int, str]]:
    """A rate column ('Tỷ lệ (%)', 'Tỷ lệ đúng hạn') with no written formula: the pair of columns to its
    left whose quotient gives the rate on at least two rows and on four rows in five."""
    body = [r for r in info.rows if r not in info.header_rows and r not in info.numbering_rows]
    text = {r: {c.col: c.text for c in info.rows[r] if c.col not in info.skip_cols} for r in body}
    vals = {r: {col: _value(t) for col, t in cols.items()} for r, cols in text.items()}
    out: dict[int, tuple[int, int, str]] = {}
    for k, h in info.headers.items():
        if k in info.skip_cols or not (marked_unit(h) == PERCENT_UNIT or _header_rx("header.rate").match(_plain(h))):
            continue
        rows = [r for r in body if vals[r].get(k) is not None]
        cols = [c for c in info.headers if c < k and c not in info.skip_cols]
        best = None
        for a, b in ((a, b) for a in cols for b in cols if a != b):
            full = [r for r in rows if vals[r].get(a) and vals[r].get(b)]
            good = sum(rate_agrees(vals[r][a], vals[r][b], text[r][k]) for r in full)
            if good >= 2 and good >= 0.8 * len(full) and (best is None or good > best[0]):
                best = (good, a, b)
        if best:
            out[k] = (best[1], best[2], "ratio.columns")
    return out


def _link_parts(seg: Segment, info: TableInfo, found: list[Found]) -> None:
    """A rate cell's percentage gets its parts: the numerator and denominator cells of its row (an
    implied ratio, checked by the arithmetic check). A zero numerator or a blank or '-' part links nothing."""
    cell = seg.cell
    a, b, rule = info.rates[cell.col]
    row = {c.col: c.text for c in info.rows.get(cell.row, [])}
    num, den = _value(row.get(a, "")), _value(row.get(b, ""))
    pct = [f for f in found if f.kind == "percent"]
    if not num or not den or len(pct) != 1:
        return
    pct[0].numerator, pct[0].denominator, pct[0].stated_percent = num, den, pct[0].value
    pct[0].rule = rule


@dataclass(frozen=True)
class CellUnit:
    """The unit a table gives its bare value cells."""
    kind: str                        # percent | count | money | measure
    unit: str                        # '%', 'người', 'đồng', 'tấn'
    scale: float = 1.0               # 'Triệu đồng' -> 1e6


PERCENT_UNIT = CellUnit("percent", PERCENT)
PER_MILLE_UNIT = CellUnit("measure", "‰")
# '(‰)', '(%0)', '(%o)', 'IMR (%0)': per thousand, never a percentage
_PER_MILLE = regex.compile(r"\(\s*(?:‰|%\s*[0o])\s*\)")
_UNIT_EDGES = regex.compile(r"^[\s(\[:*]+|[\s)\].:*]+$")
_STATED_UNIT = regex.compile(r"(?:đơn vị tính|đơn vị|đvt)(?:\s*[-–]\s*unit)?\s*:\s*(?P<u>[^\n;,()]{1,30}?)\s*(?:[.;,)\n]|$)",
                             regex.IGNORECASE)
_HEADER_UNIT = regex.compile(r"\((?P<u>[^()]{1,25})\)\s*$")
# a percentage written with what it is a share of or per: '% GDP', '% GRDP', '% dân số', '%/năm', 'Tỷ lệ %' ('%o' and
# '%0' are per thousand: no space or slash after the sign)
_PERCENT_OF = regex.compile(r"(?:t[ỷỉ]\s+lệ\s*)?(?:\(\s*%\s*\)?|%)(?:(?:\s*/\s*|\s+)\p{L}[\p{L}\d\s,./]*)?",
                            regex.IGNORECASE)
# Columns that compare or rate two others are no amounts of the table's unit.
_RATE_HEADER = regex.compile(r"so sánh|tỷ lệ|tỉ lệ|tốc độ|tăng\s*/\s*giảm|\d\s*=\s*\d+\s*/\s*\d|%", regex.IGNORECASE)


@lru_cache(maxsize=4096)
def unit_of(text: str) -> Optional[CellUnit]:
    """The unit that `text` spells in full: '%', 'Người', 'Hồ sơ', 'Triệu đồng', 'Tấn', 'Triệu người'."""
    words = _UNIT_EDGES.sub("", " ".join(text.split()))
    if not words:
        return None
    if words == PERCENT or _PERCENT_OF.fullmatch(words):
        return PERCENT_UNIT
    scale, rest = 1.0, words
    hit = _prefix_unit(words, vocab().scales)
    if hit and len(words) > hit[2]:
        scale, rest = hit[1], words[hit[2]:].lstrip()
    v = vocab()
    for kind, table in (("money", v.currency), ("count", v.count), ("measure", v.measure)):
        h = _prefix_unit(rest, table)
        if h and h[2] == len(rest):
            return None if kind == "count" and h[1] in _not_cell_units() else CellUnit(kind, h[1], scale)
    q = _qualified_count(rest)
    if q is not None:
        return CellUnit("count", q.unit, scale) if q.unit not in _not_cell_units() else None
    return _listed_counts(words) if scale == 1.0 else None


_LIST_COMMA = regex.compile(r"\s*,\s*")


def _listed_counts(words: str) -> Optional[CellUnit]:
    """Kinds of units counted together: 'tỉnh, thành phố', 'xã, phường, thị trấn', 'doanh nghiệp, hợp tác xã'. Every
    part a counted noun; the unit is the list as the vocabulary spells it."""
    parts = _LIST_COMMA.split(words)
    if len(parts) < 2:
        return None
    units = [unit_of(p) for p in parts]
    if not all(u is not None and u.kind == "count" and u.scale == 1.0 for u in units):
        return None
    return CellUnit("count", ", ".join(dict.fromkeys(u.unit for u in units)))


@lru_cache(maxsize=1)
def _not_cell_units() -> frozenset:
    return frozenset(load_data("units.yaml").get("not_cell_units") or ())


@lru_cache(maxsize=1)
def _sector_names() -> frozenset:
    return frozenset(load_data("units.yaml").get("sector_names") or ())


_QUALIFIER = regex.compile(r"\s+\p{Ll}[\p{Ll}\s]*")


def _qualified_count(words: str) -> Optional[CellUnit]:
    """A count noun with a qualifier written as a unit: 'Lượt khách', 'Hộ nghèo', 'Người lao động',
    'Lớp tập huấn'. Lower-case words only after it: no '/' (a rate), no figure, no name."""
    h = count_noun(words)
    if h is None or not _QUALIFIER.fullmatch(words[h[2]:]):
        return None
    return CellUnit("count", h[1])


def _stated_unit(text: str) -> Optional[CellUnit]:
    """'Đơn vị: Triệu đồng', 'ĐVT: người' written over a table."""
    for m in _STATED_UNIT.finditer(text):
        u = unit_of(_BILINGUAL.split(m.group("u"))[0])      # 'ĐVT: Lớp - Unit: Class' (yearbooks)
        if u is not None:
            return u
    return None


def _caption_unit(before: str) -> Optional[CellUnit]:
    """A table's caption that ends with the unit of its values: 'Tổng sản phẩm trong nước năm 2009 theo giá
    so sánh (%)', 'Số trường học phổ thông (Trường)' (yearbooks and journals title a table so). Only the
    line right above the table, and only a short one: a sentence ending in '(%)' is no caption."""
    lines = [line.strip() for line in before.strip().split("\n") if line.strip()]
    if not lines or len(lines[-1]) > 200:
        return None
    m = _HEADER_UNIT.search(lines[-1])
    return unit_of(m.group("u")) if m else None


def _is_number_cell(text: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(text))


def _row_unit(info: TableInfo, cell: Cell) -> Optional[CellUnit]:
    """The unit the row writes for its values: in the unit column; in a row shifted left by a merged
    cell, the unit cell between the label and the first value; or, for a row that only continues the
    one above with its values, the unit that row ends with."""
    row = info.rows.get(cell.row, [])
    for c in row:
        if c.col in info.unit_cols and c.col < cell.col and unit_of(c.text):
            return _averaged(info, row, unit_of(c.text))
    filled = _filled(info, cell.row)
    left = [(c, number) for c, number in filled if c.col < cell.col]
    words = [i for i, (_, number) in enumerate(left) if not number]
    if len(words) >= 2 and words[0] == 0 and words[-1] == len(words) - 1 and _LETTER.search(left[0][0].text):
        u = unit_of(left[words[-1]][0].text)  # [label, unit, value, value ...]: the unit right before the values
        if u is not None:
            return u
    above = _filled(info, cell.row - 1)
    if filled and all(number for _, number in filled) and len(above) >= 2 \
            and not any(number for _, number in above):
        return unit_of(above[-1][0].text)
    return None


def _filled(info: TableInfo, row: int) -> list[tuple[Cell, bool]]:
    """The row's filled cells, left to right, each with whether it is a number; found once per row."""
    hit = info.filled.get(row)
    if hit is None:
        hit = info.filled[row] = [(c, _is_number_cell(c.text)) for c in info.rows.get(row, []) if c.text.strip()]
    return hit


_FRACTION = regex.compile(r"\d{1,3},\d{1,2}")


def _averaged(info: TableInfo, row: list[Cell], unit: CellUnit) -> CellUnit:
    """'Mặt bằng học vấn dân cư | lớp | 7,5 | … | 10': a row of a count unit with a fraction among its values holds an
    average (grades reached, people per household), a measure in that unit, no count of things. Only the values in
    the row's unit say so: a column that marks its own unit or names a rate ('Tỷ lệ (%)', 'Tỷ lệ so với dân số')
    holds shares of the counts beside it ('xã | 6.084 | 79,3')."""
    if unit.kind == "count" and any(_FRACTION.fullmatch(c.text.strip()) for c in row if _in_row_unit(info, c.col)):
        return CellUnit("measure", unit.unit, unit.scale)
    return unit


def _in_row_unit(info: TableInfo, col: int) -> bool:
    header = info.headers.get(col, "")
    return marked_unit(header) is None and not _names_rate(header)


# what opens a row label before its words: '- ', '+ ', 'a) ', '1.2. ', 'Trong đó: '
_LABEL_LEAD = regex.compile(r"^[\s\-–+•*]*(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*)?(?:(?i:trong\s+đó)\s*:?\s*)?")


@lru_cache(maxsize=8192)          # headers and labels repeat on every row
def _plain(header: str) -> str:
    return _LABEL_LEAD.sub("", " ".join(header.split())).strip(" :")


@lru_cache(maxsize=8192)          # headers and labels repeat on every row
def marked_unit(header: str) -> Optional[CellUnit]:
    """The unit a header marks explicitly: '(%)', 'Tỷ lệ %', '(Người)', '(Triệu đồng)'."""
    if _HEADER_PCT.search(header):
        return PERCENT_UNIT
    if _PER_MILLE.search(header):
        return PER_MILLE_UNIT           # 'Tỷ lệ tăng dân số tự nhiên (‰)': a rate, but per thousand
    paren = _HEADER_UNIT.search(header)
    unit = unit_of(paren.group("u")) if paren else None
    viet = _vietnamese_half(header)
    return unit if unit is not None or viet is None else marked_unit(viet)


# the English half of a yearbook's label: 'Patient beds (Bed)', 'Pharmacists and higher'
_ENGLISH_HALF = regex.compile(r"[A-Za-z][A-Za-z .,/()&'-]*")


def _vietnamese_half(label: str) -> Optional[str]:
    """'Giường bệnh (Giường) - Patient beds (Bed)' -> 'Giường bệnh (Giường)'; None when not bilingual."""
    parts = _BILINGUAL.split(" ".join(label.split()))
    return parts[0] if len(parts) == 2 and _ENGLISH_HALF.fullmatch(parts[1]) else None


@lru_cache(maxsize=None)          # asked for every cell: PatternSet.get walks the file's list
def _header_rx(pid: str):
    return load_patterns("table_headers").get(pid).regex


# a number of things per so many inhabitants: '/vạn dân', '/1.000 dân', 'trên 1 vạn dân', 'cho 10000 dân'
_PER_POPULATION = regex.compile(r"(?:/|\b(?:trên|cho|bình\s+quân)\s+)\s*(?:\d[\d.]*\s*)?(?:(?:vạn|nghìn|ngàn)\s+)?"
                                r"(?:dân|người\s+dân)(?!\p{L})", regex.IGNORECASE)


# … written right after a counted noun in text ('30,1 giường bệnh/1 vạn dân', '15 bác sĩ trên 10.000 dân'); 'cho người
# dân' alone names whom something is for ('500 suất quà cho người dân'), not a population a rate is taken on
# ('32,5 giường bệnh/trên 10.000 dân': both marks at once)
_PER_POPULATION_AFTER = regex.compile(r"\s*(?:/\s*(?:trên\s+)?(?:\d[\d.]*\s*)?(?:(?:vạn|nghìn|ngàn)\s+)?"
                                      r"|(?:trên|cho)\s+(?:\d[\d.]*\s*"
                                      r"(?:(?:vạn|nghìn|ngàn)\s+)?|(?:vạn|nghìn|ngàn)\s+))(?:dân|người\s+dân)(?!\p{L})",
                                      regex.IGNORECASE)


# … or per a round hundred, thousand, … of another group, the counted noun maybe qualified first ('114 trẻ trai/100
# trẻ gái', '12 trẻ tử vong/1.000 trẻ đẻ sống'): a rate, as 'bé trai/100 bé gái' is ('2 lần/100 năm' has no noun to count)
_PER_BASE_AFTER = regex.compile(r"(?:\s+\p{Ll}+){0,2}\s*/\s*(?:1|10|100|1\.?000|10\.?000|100\.?000)\s+\p{L}")


@lru_cache(maxsize=8192)          # headers and labels repeat on every row
def counted_thing(header: str) -> Optional[str]:
    """The count noun a header names ('Số TTHC đã cung cấp' → 'TTHC', 'Số lượng' → ''), else None."""
    m = _header_rx("header.counted").match(_plain(header))
    if m is None or _PER_POPULATION.search(header):
        return None                     # 'Số bác sĩ/vạn dân', 'Số giường bệnh trên 1 vạn dân': a rate
    if m.group("bare"):
        return ""
    hit = count_noun(m.group("thing"))
    return hit[1] if hit else None


@lru_cache(maxsize=8192)          # headers and labels repeat on every row
def named_unit(header: str) -> Optional[CellUnit]:
    """The unit a header's words give its bare values: a counted thing ('Số TTHC đã cung cấp',
    'Tổng số hồ sơ', 'Số lượng') makes counts; a rate ('Tỷ lệ hồ sơ đúng hạn') makes percentages."""
    thing = counted_thing(header)
    if thing is not None:
        return CellUnit("count", thing)
    if _header_rx("header.rate").match(_plain(header)):
        return PERCENT_UNIT
    return None


@lru_cache(maxsize=8192)          # headers repeat on every row
def thing_first(header: str) -> Optional[CellUnit]:
    """A column header that starts with the thing it counts: 'Hồ sơ trực tuyến', 'TTHC toàn trình'."""
    plain = _plain(header)
    m = _header_rx("header.thing_first").match(plain) if not _RATE_HEADER.search(plain) else None
    if m is None or (m.group("rest") or "")[:1].isupper():          # 'Hồ sơ Sở Tư pháp' names a body
        return None
    hit = count_noun(m.group("thing"))
    return CellUnit("count", hit[1]) if hit else None


@lru_cache(maxsize=8192)          # headers repeat on every row
def case_status(header: str) -> Optional[CellUnit]:
    """A column header naming the status of the cases a table counts: 'Đã giải quyết đúng hạn', 'Trễ hạn'."""
    plain = _plain(header)
    return CellUnit("count", "") if plain and _header_rx("header.case_status").match(plain) else None


@lru_cache(maxsize=8192)          # labels repeat on every row
def row_thing(label: str) -> Optional[CellUnit]:
    """A row label that is the counted thing itself, lower-case qualifiers after it: 'Bác sĩ', 'Bệnh viện',
    'Cán bộ ngành dược', 'Cơ sở y tế' (read only where the columns are periods: a yearbook's series)."""
    plain = _plain(label)
    if _RATE_HEADER.search(plain) or _DIGIT.search(plain) or _PER_POPULATION.search(plain):
        return None
    hit = count_noun(plain)
    if hit is None or hit[1] in _not_cell_units():
        return None
    rest = plain[hit[2]:]
    if not rest and hit[1] in _sector_names():
        return None                     # 'Dịch vụ' beside 'Công nghiệp và xây dựng': a sector
    return CellUnit("count", hit[1]) if not rest or _QUALIFIER.fullmatch(rest) else None


def column_thing(header: str) -> Optional[CellUnit]:
    return thing_first(header) or case_status(header)


def _column_thing_of(info: TableInfo, cell: Cell) -> Optional[CellUnit]:
    """The thing a column's header parts name (bottom first), else the status one names; none under a rate."""
    header = info.headers.get(cell.col, "")
    if _RATE_HEADER.search(header) or _DECIMALS_AT_END.search(cell.text):
        return None                     # '98,5' under 'Đúng hạn' is a rate left unmarked, not a count
    if cell.col not in info.column_things:
        parts = [*reversed(info.header_parts.get(cell.col, [])), header]
        info.column_things[cell.col] = next((u for f in (thing_first, case_status) for u in map(f, parts) if u), None)
    return info.column_things[cell.col]


def _column_named(info: TableInfo, col: int) -> Optional[CellUnit]:
    """The unit a column's header cells name in words, bottom first, then the whole header; once per column."""
    if col not in info.column_named:
        texts = [*reversed(info.header_parts.get(col, [])), info.headers.get(col, "")]
        info.column_named[col] = next((u for u in map(named_unit, texts) if u), None)
    return info.column_named[col]


@lru_cache(maxsize=8192)          # headers repeat on every row
def _names_property(header: str) -> bool:
    return _header_rx("header.property").match(_plain(header)) is not None


@lru_cache(maxsize=8192)          # labels repeat in every cell of their row
def _names_rate(label: str) -> bool:
    return _header_rx("header.rate").match(_plain(label)) is not None


def cell_unit_hint(block: Block, info: TableInfo, cell: Cell) -> Optional[CellUnit]:
    """The unit of a bare value in `cell`, from the first that says one: its column header's mark ('(%)',
    '(Người)'), its row's unit cell, its row label's mark or rate ('Tỷ lệ …'), its column header's words
    (a counted thing, a rate), its row label's words, else the table's stated unit ('Đơn vị: Triệu đồng')."""
    header = info.headers.get(cell.col, "")
    if _names_property(header):
        return marked_unit(header)      # a size or code ('Cỡ chữ', 'Mã số'): not a count of the row's thing
    label = row_label(block, info, cell) or ""
    hint = marked_unit(header) or _sub_header_unit(info, cell)
    if hint is None and cell.row not in info.header_rows and _names_rate(header):
        hint = PERCENT_UNIT             # '3,2' under 'Tỷ lệ so với tổng số hộ' in a row of 'hộ': a share, no household
    hint = hint or _row_unit(info, cell)
    if hint is None and cell.row not in info.header_rows:
        # a sub-header ('Tổng số') may sit under the one that names the thing ('Số hồ sơ tiếp nhận')
        rate_row = _names_rate(label)   # a 'Tỷ lệ' row under count columns
        hint = marked_unit(label) or info.parts_of.get(cell.row) or info.bands.get(cell.row) \
            or (PERCENT_UNIT if rate_row else None) or _column_named(info, cell.col) or info.splits.get(cell.col) \
            or named_unit(label)
        if hint is None and info.table_unit is None and _COLUMN_NO.match(header.strip() or "x"):
            hint = row_thing(label)     # 'Bác sĩ | 1.548 | 1.477' under '2011 | 2012': the row counts doctors
        # last, the column's own words (a row label starting so is often a name), unless the table states
        # its unit ('Đơn vị: triệu đồng' over 'Dự án hoàn thành')
        if hint is None and info.table_unit is None:
            hint = _column_thing_of(info, cell)
    if hint is not None:
        return hint
    if info.table_unit is not None and not _RATE_HEADER.search(header) and not _RATE_HEADER.search(label):
        return info.table_unit
    return None


def _sub_header_unit(info: TableInfo, cell: Cell) -> Optional[CellUnit]:
    """A bottom header cell that is a unit alone ('%', '(Người)') under a group ('Đúng hạn', 'Khá'): 'Tổng | %'
    and 'n | %' pairs write the unit of each column of the pair there."""
    parts = info.header_parts.get(cell.col, [])
    return marked_unit(parts[-1]) if len(parts) >= 2 and len(parts[-1].strip()) <= 12 else None


def row_label(block: Block, info: TableInfo, cell: Cell) -> Optional[str]:
    """The row's label: its first cell with words, outside row-number and unit columns (never the cell itself)."""
    first, second = _label_cells(info, cell.row)
    label = first if first is not cell else second
    return " ".join(label.text.split())[:200] if label is not None else None


def _label_cells(info: TableInfo, row: int) -> tuple[Optional[Cell], Optional[Cell]]:
    """The first two cells of `row` that may label it, in the order row_label takes them; found once per row."""
    hit = info.label_cells.get(row)
    if hit is None:
        cells = [c for c in info.rows.get(row, []) if c.col not in info.unit_cols]
        # a totals row often writes 'Tổng cộng' in the row-number column: take it when nothing else has words
        worded = (c for c in [c for c in cells if c.col not in info.skip_cols] + cells if _WORD2.search(c.text))
        first = next(worded, None)
        hit = info.label_cells[row] = (first, next((c for c in worded if c is not first), None))
    return hit


def _quantity(doc: Document, seg: Segment, f: Found) -> Quantity:
    prov = provenance(doc, seg.block, seg.start + f.start, seg.start + f.end, f.rule, seg.cell)
    return Quantity(prov=prov, kind=f.kind, value=f.value, high=f.high, numerator=f.numerator,
                    denominator=f.denominator, unit=f.unit, comparator=f.comparator, subject=f.subject,
                    context=seg.text, footnote=f.footnote, uncertain=f.uncertain,
                    stated_percent=f.stated_percent, range_end=f.range_end)


# a '+' before the value ('+ 01' under 'Số lượng tài sản' in a 'Tăng/giảm' column) is read past, as it is in a
# sentence ('+ 01 Sổ tiết kiệm' gives 1): the cell writes the same number of things, its unit in the header
_BARE_VALUE = regex.compile(r"^\s*(?:\+\s*)?(?P<cmp>[\p{L}≥≤<>=]+(?:\s+\p{L}+){0,2}\s*:?\s*)?"
                            r"(?P<value>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]\d)|\d+(?:[.,]\d+)*)\s*$")
_GROUP_SPACE = regex.compile(r"[ \u00a0\u202f]")   # yearbooks group thousands by spaces: '230 065'

_YEAR = regex.compile(r"^\s*(?:19|20)\d{2}\s*$")


def _unit_cell(text: str, hint: CellUnit) -> list[Found]:
    """A bare value under a count, money or measure unit: '20.330' in a row whose unit says 'Người'."""
    m = _BARE_VALUE.match(text)
    if m is None or _YEAR.match(m.group("value")):
        return []
    cmp = None
    if m.group("cmp"):
        cmp = comparator_before(m.group("cmp") + " ", len(m.group("cmp")) + 1)
        if cmp is None:
            return []
    num = parse_number(_GROUP_SPACE.sub("", m.group("value")), hint.kind if hint.scale == 1.0 else None)
    if num is None:
        return []
    return [Found(hint.kind, m.start("value"), m.end("value"), f"{hint.kind}.cell", value=num.value * hint.scale,
                  unit=hint.unit or None, comparator=cmp, uncertain=num.uncertain, figures=[m.span("value")])]


def _cell_found(seg: Segment, info: TableInfo) -> tuple[list[Found], Optional[CellUnit]]:
    cell = seg.cell
    if cell.row in info.numbering_rows:
        return [], None                 # '1 | 2 | 3 | 4=3/2' numbers the columns
    if cell.row in info.header_rows:
        return find_quantities(seg.text), None
    hint = cell_unit_hint(seg.block, info, cell)
    if cell.col in info.skip_cols and not (hint and _is_number_cell(seg.text) and _row_unit(info, cell)):
        if _label_in_number_column(info, cell, seg.text):
            return find_quantities(seg.text), None
        return [], None                 # row numbers, unless a merged cell shifted the row's values left
    if hint is not None and hint.kind == "percent" and _YEAR.match(seg.text) and _opens_row(info, cell):
        return [], None                 # '2018 | 101,36 | 101,50' under a '%' band: the year labels the row
    if hint is None or hint.kind == "percent":
        return find_quantities(seg.text, PERCENT if hint else None), hint
    return _unit_cell(seg.text, hint) or _scaled_cell(seg.text, hint) or _lead_value_cell(seg.text, hint) \
        or _range_cell(seg.text, hint) or find_quantities(seg.text), hint


def _opens_row(info: TableInfo, cell: Cell) -> bool:
    """Nothing is written left of the cell in its row: it holds the row's label."""
    return not any(c.col < cell.col and c.text.strip() for c in info.rows.get(cell.row, []))


def _label_in_number_column(info: TableInfo, cell: Cell, text: str) -> bool:
    """A row label written in the row-number column ('Từ 20.000 người dân trở xuống' under 'TT', its row
    shifted left by a merged cell): words, not a number, so its figures are read as a sentence's."""
    return cell.col not in info.unit_cols and bool(_WORD3.search(text)) and not _BARE_ROWNO.match(text)


# a scale word closing a value cell: '1,488 triệu', 'Hơn 2,5 nghìn'
_SCALE_AT_END = regex.compile(r"(?<=\d)\s*(?P<scale>\p{L}+(?:\s+\p{L}+)?)\s*$")


def _scaled_cell(text: str, hint: CellUnit) -> list[Found]:
    """'1,488 triệu' under 'Số hồ sơ trực tuyến': a count whose cell writes its scale word, the comma before it a
    decimal one (as in '1,488 triệu hồ sơ'). Not under a header that gives a scale of its own ('Nghìn lượt')."""
    m = _SCALE_AT_END.search(text)
    if m is None or hint.kind != "count" or hint.scale != 1.0:
        return []
    scale = _prefix_unit(m.group("scale"), vocab().scales)
    if scale is None or scale[2] != len(m.group("scale")):
        return []
    found = _unit_cell(text[:m.start()], replace(hint, scale=scale[1]))
    for f in found:
        f.end = m.end("scale")
    return found


# a cell that is a range of two whole numbers: '07 - 09', '1.200 – 1.400'
_RANGE_CELL = regex.compile(r"^\s*(?P<a>\d{1,3}(?:\.\d{3})+|\d+)\s*[-–]\s*(?P<b>\d{1,3}(?:\.\d{3})+|\d+)\s*$")


def _range_cell(text: str, hint: CellUnit) -> list[Found]:
    """'07 - 09' in a row whose unit is 'xã': a range of counted things, and a count for each end."""
    m = _RANGE_CELL.match(text)
    if m is None or hint.kind != "count" or hint.scale != 1.0:
        return []
    low, high = parse_number(m.group("a"), "count"), parse_number(m.group("b"), "count")
    if low is None or high is None or low.value >= high.value or _YEAR.match(m.group("a")):
        return []                           # '2021 - 2025' is a period
    f = Found("range", m.start("a"), m.end("b"), "range.cell", value=low.value, high=high.value,
              unit=hint.unit or None, comparator="range", figures=[m.span("a"), m.span("b")])
    return [f, *range_ends(f)]


# a value opening a cell, then a note mark ('*', '(1)') and/or a parenthesis: '1.150 (95,8%)', '1.200*'
_LEAD_VALUE = regex.compile(r"^\s*\d+(?:[.,]\d+)*(?:\s*(?:\*+|\(\d{1,2}\)|\[\d{1,2}\]))?\s*(?=\(|$)")


def _lead_value_cell(text: str, hint: CellUnit) -> list[Found]:
    """'1.150 (95,8%)', '1.200 (tăng 10%)', '1.200*': the leading value under the column's unit, and what
    the parenthesis after it holds (a rate of its own); a note mark is dropped."""
    m = _LEAD_VALUE.match(text)
    if m is None or m.end() == len(text) and not regex.search(r"[*)\]]\s*$", text):
        return []
    head = regex.sub(r"\s*(?:\*+|\(\d{1,2}\)|\[\d{1,2}\])\s*$", "", text[:m.end()])
    lead = _unit_cell(head, hint)
    if not lead:
        return []
    rest = find_quantities(text[m.end():])
    for f in rest:
        f.start, f.end = f.start + m.end(), f.end + m.end()
        f.figures = [(a + m.end(), b + m.end()) for a, b in f.figures]
    return lead + rest


def _segment_found(seg: Segment, tables: dict[int, TableInfo], doc: Optional[Document] = None) -> list[Found]:
    cell = seg.cell
    if cell is None or not seg.block.cells:
        found = find_quantities(seg.text)
        if found and doc is not None and _glued_before(doc.text, seg.start):
            found = [f for f in found if min((a for a, _ in f.figures), default=1) > 0]
        return found
    if not may_hold_figure(seg.text):
        return []                       # a label cell: every reader of a cell below needs a digit or a number word
    info = tables.get(seg.block.index)
    if info is None:                    # read at the first cell with a figure: a table without one needs none
        info = tables[seg.block.index] = table_info(seg.block, _text_before(doc, seg.block))
    signed = bool(_SIGNED_CELL.match(seg.text))
    negative = signed and seg.text[0] != "+"
    # '-4,13%' or '+7,08' alone in a cell: read the figure without its sign (same offsets), then give a
    # minus back
    found, hint = _cell_found(replace(seg, text=" " + seg.text[1:]) if signed else seg, info)
    for f in found if negative and len(found) == 1 else ():
        if f.kind == "percent" and f.value:
            f.value = -f.value
    if cell.col in info.rates and cell.row not in info.header_rows and cell.row not in info.numbering_rows:
        _link_parts(seg, info, found)
    label = row_label(seg.block, info, cell) if cell.row not in info.header_rows else None
    if any(f.kind == "ratio" for f in found) and _ranks(info, cell, label):
        found = [f for f in found if f.kind != "ratio"]      # '01/63 tỉnh, thành' beside 'Xếp hạng': a place
    for f in found:
        if label and (hint or f.subject is None or f.rule.endswith(".cell") or _is_bare(seg.text)):
            f.subject = label
    return found


def _ranks(info: TableInfo, cell: Cell, label: Optional[str]) -> bool:
    """The cell's row label or one of its column's header cells names a rank ('Xếp hạng của tỉnh', 'Thứ hạng')."""
    rx = _header_rx("header.rank")
    texts = [label or "", *info.header_parts.get(cell.col, [])]
    return any(rx.match(_plain(t)) for t in texts)


# a cell that is one figure with a sign glued to it: a fall or a rise ('- 4%' with a space is a bullet)
_SIGNED_CELL = regex.compile(r"^[-−+]\d[\d.,]*\s*%?\s*$")


def _glued_before(text: str, start: int) -> bool:
    """The segment was cut inside a word: 'cao tốc CT.|03 tỉnh' makes '03' part of the code 'CT.03'."""
    return 0 < start <= len(text) and bool(_GLUE.match(text[start - 1])) and (
        start < 2 or not text[start - 2].isspace())


def _text_before(doc: Optional[Document], block: Block) -> str:
    """The paragraphs right above a table (up to two), where its unit is stated."""
    if doc is None:
        return ""
    pos = block.index if 0 <= block.index < len(doc.blocks) and doc.blocks[block.index] is block \
        else next((i for i, b in enumerate(doc.blocks) if b is block), None)     # (blocks are kept in index order)
    if pos is None:
        return ""
    prev = [b for b in doc.blocks[max(0, pos - 2):pos] if not b.cells]
    return "\n".join(b.text for b in prev)


def _is_bare(text: str) -> bool:
    return not _WORD3.search(text)


def extract_quantities(doc: Document, segments: list[Segment]) -> list[Quantity]:
    """Every quantity in the document's segments (sentences and table cells), in segment order."""
    tables: dict[int, TableInfo] = {}
    out = []
    for seg in segments:
        out += [_quantity(doc, seg, f) for f in _segment_found(seg, tables, doc)]
    return out
