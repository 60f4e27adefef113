"""Indicator records: what tables, lists and prose share while walking a document.

- `_Ctx`, the walk's state (headings seen, the annex's subject level, a lead-in period, the title's
  period, the issue year), and the headings that govern a block (`_section_texts`, `_ordinal_prefix`);
- provenance (model.provenance, with the text as written) and the quantities a record refers to (`_refs`);
- labels: `_clean_label` (an item's wording without its number, scope, figures and status parentheses);
- building a record: `_record`, `_set_target`, `_set_actual`, with `achieved` and `lower_is_better`.

The confidence of each rule id (`Provenance.rule`) is in `CONF`.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from extractor.link.figures import (ANNEX_RX, ARABIC_RX, ARTICLE_RX, BULLET_RX, DECIMAL_RX, DIRECTIVE_TAIL_RX,
                                ITEM_RX, LETTER_RX, PAREN_RX, PCT_RX, ROMAN_RX, WORD_RX, Figure, _first, find_figures,
                                levels_in, status_of)
from extractor.model import Block, Cell, Document, Indicator, Provenance, Quantity, Segment, provenance
from extractor.normalize.document import fold_tone
from extractor.extract.periods import Period, find_periods
from extractor.patterns import holds_word, load_patterns


CONF = {"table.columns": 0.9, "list.item": 0.8, "text.result": 0.7, "list.units": 0.7, "prose.plan": 0.6}


# --- context while walking the document ----------------------------------------------------------

@dataclass
class _Ctx:
    doc: Document
    quantities: list[Quantity]
    sections: dict[int, tuple[str, ...]]
    annexes: int
    by_start: Optional[tuple[list[int], list[int]]] = field(default=None, repr=False)   # see quantities_in
    headings: list[tuple[int, str]] = field(default_factory=list)    # (block index, text) heading-like
    normative: bool = False                                          # a Nghị định, Luật, Thông tư
    lead_period: Optional[Period] = None                             # '- Đến hết năm 2024:'
    lead_block: int = -1
    lead_level: Optional[str] = None                                 # '1. Cấp tỉnh', 'a) Đối với cấp xã:'
    prev_label: Optional[str] = None
    prev_block: int = -1
    subject: Optional[str] = None                                    # level the document or annex is about
    doc_period: Optional[Period] = None                              # the title's period ('... năm 2025')
    opening_period: Optional[Period] = None                          # ... an untitled text's opening aim's instead
    title: Optional[str] = None
    doc_year: Optional[int] = None                                   # the year the document was issued
    annex_block: int = -1
    plan: bool = False                                               # a Kế hoạch, Chương trình, Đề án
    target_list: int = -1                                            # a lead that opened a list of targets
    task_list: bool = False                                          # ... a lead that orders tasks ('… nội dung sau:')
    inline_list: int = -1                                            # ... one written inside a paragraph
    inline_para: int = -1                                            # ... one whose items end with its paragraph
    semi_list: int = -1                                              # ... a paragraph of them ending with ';'
    list_heading: int = -1                                           # a heading naming the targets under it
    example_list: int = -1                                           # a paragraph listing targets after 'như:'
    cued_block: int = -1                                             # a paragraph where a cue set a target
    plan_block: int = -1                                             # ... where a plan's lead set targets (or went on)
    aim_block: int = -1                                              # ... where a sentence set an aim
    aim_period: Optional[Period] = None                              # ... and the period it set it for
    aim_years: frozenset = frozenset()                               # ... and every year it named ('đến năm 2025 …; năm 2030 …')
    figureless_aim: Optional[Block] = None                           # a paragraph with no figure, not yet read for an aim
    section_memo: Optional[tuple] = None                             # (block index, text, its headings): _section_texts
    goals_block: int = -1                                            # a paragraph of aims with no figure
    goals_period: Optional[Period] = None                            # ... and the period it sets them for
    unit_list: Optional[tuple[int, str]] = None                      # (block, level) of the last list of units
    headline: list = field(default_factory=list)                     # a headline's targets, kept if the body lacks them
    tasks: Optional[tuple[int, int, Period]] = None                  # (first, last block, year) of plain targets
    quote_blocks: Optional[list[int]] = None                         # blocks with a quotation mark (not_targets.py)
    reports_anywhere: Optional[bool] = None                          # some paragraph reports a result (target_cues.py)
    sets_targets_anywhere: Optional[bool] = None                     # some paragraph sets a target (target_cues.py)
    tells_done_anywhere: Optional[bool] = None                       # some paragraph says 'đã' (target_cues.py)
    cued_anywhere: Optional[bool] = None                             # some paragraph has a target cue (target_cues.py)
    table_blocks: Optional[list] = None                              # indices of the tables (target_passages.py)


def quantities_in(ctx: _Ctx, start: int, end: int) -> list[Quantity]:
    """The quantities that start in [start, end), in list order: from an index sorted by start
    (each sentence went through every quantity of the document)."""
    if ctx.by_start is None:
        order = sorted(range(len(ctx.quantities)), key=lambda i: ctx.quantities[i].prov.start)
        ctx.by_start = ([ctx.quantities[i].prov.start for i in order], order)
    starts, order = ctx.by_start
    return [ctx.quantities[i] for i in sorted(order[bisect_left(starts, start):bisect_left(starts, end)])]


def subject_level(text: str) -> Optional[str]:
    """The level a title is about ('Bộ tiêu chí quốc gia về xã nông thôn mới' → 'xã'), or None."""
    hit = _first("subject", " ".join(text.split()))
    return hit[0].meta["level"] if hit else None


@lru_cache(maxsize=1024)
def flat_text(text: str) -> str:
    """`text` with its runs of whitespace made one space, as the walk's tests read a block. Cached: four of them read
    each block so."""
    return " ".join(text.split())


def _track_subject(ctx: _Ctx, block: Block) -> None:
    """An annex's title (the lines right after 'PHỤ LỤC II') says what its targets are about."""
    t = flat_text(block.text)
    if ANNEX_RX.match(t):
        ctx.annex_block, ctx.subject = block.index, subject_level(ANNEX_RX.sub("", t))
    elif 0 <= ctx.annex_block and block.index - ctx.annex_block <= 3 and ctx.subject is None:
        ctx.subject = subject_level(t)


def _sections(segments: list[Segment]) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for s in segments:
        out.setdefault(s.block.index, s.section)
    return out


UPPER_LETTER_RX = regex.compile(r"\p{Lu}")


def _is_heading_like(block: Block) -> bool:
    return _heading_like(block.kind, block.text)


@lru_cache(maxsize=4096)
def _heading_like(kind: str, text: str) -> bool:
    """Cached: the walk asks it of one block up to four times (the lead-ins, the lists, the headings)."""
    t = text.strip()
    if kind == "heading" or ARTICLE_RX.match(t):
        return True
    if len(t) < 300 and t == t.upper() and len(UPPER_LETTER_RX.findall(t)) >= 12:
        return True                           # a title line in capitals ('QUY ĐỊNH TỈNH, THÀNH PHỐ HOÀN THÀNH ...')
    if len(t) > 160 or PCT_RX.search(t):
        return False
    return bool(ROMAN_RX.match(t) or ARABIC_RX.match(t) or ANNEX_RX.match(t) or DECIMAL_RX.match(t)) \
        and not t.endswith((";",))


def _heads_numbered_list(doc: Document, block: Block) -> bool:
    """'Các chỉ tiêu kinh tế - xã hội năm 2018' over '1. Tăng trưởng kinh tế …': a plain short line with no closing
    stop that names targets (pattern `section`), right above the first item of a numbered list, is that list's
    heading although nothing marks it as one."""
    t = flat_text(block.text)
    if block.cells is not None or len(t) > 160 or PCT_RX.search(t) or CLOSING_MARK_RX.search(t) \
            or _heading_like(block.kind, block.text) or not _first("section", t):
        return False
    nxt = next((b for b in doc.blocks[block.index + 1:] if b.text.strip()), None)
    return nxt is not None and nxt.cells is None and bool(FIRST_ITEM_RX.match(nxt.text))


# compiled once: asked of every text block (a pattern given as a string is looked up in regex's cache at each call)
CLOSING_MARK_RX = regex.compile(r"[.;:,!?…]\W*$")
FIRST_ITEM_RX = regex.compile(r"\s*(?:1|I)[.)]\s")


@lru_cache(maxsize=4096)
def _item_kind(text: str) -> Optional[str]:
    """'roman', 'arabic' or 'letter': how `text` is numbered, or None. Cached: each heading is asked for every
    block under it."""
    for kind, rx in (("roman", ROMAN_RX), ("arabic", ARABIC_RX), ("letter", LETTER_RX)):
        if rx.match(text):
            return kind
    return None


def _section_texts(ctx: _Ctx, block: Block) -> list[str]:
    """Headings that govern `block`, nearest first: the segmenter's sections and nearby heading lines.

    An item's earlier siblings ('5. Có đủ ...' before '6. ...') are not its headings; an article
    ('Điều 2. ...') or an annex starts a new context."""
    memo = ctx.section_memo
    if memo is not None and memo[0] == block.index and memo[1] is block.text:
        return list(memo[2])              # asked up to five times per block; the headings above it do not change
    kind = _item_kind(block.text)
    near: list[str] = []
    taken: set[str] = set()
    for i, t in reversed(ctx.headings):
        if i >= block.index:
            continue
        t_kind = _item_kind(t)                # matched once: up to three patterns per heading per block
        if kind and not near and t_kind == kind:
            continue
        if t_kind in taken:
            continue                          # '1. ...' before '2. Chuyển đổi số' is a sibling of the parent
        if t_kind:
            taken.add(t_kind)
        near.append(t)
        if t_kind == "roman":
            break                             # 'V. TỔ CHỨC THỰC HIỆN' is the top: what lies above is another part
        if len(near) == 4 or ANNEX_RX.match(t) or ARTICLE_RX.match(t):
            break
    found = near + list(reversed(ctx.sections.get(block.index, ())))
    ctx.section_memo = (block.index, block.text, tuple(found))
    return found


def _period_from(texts: list[str]) -> Optional[Period]:
    for t in texts:
        p = _last_period(t)
        if p is not None:
            return p
    return None


def _last_period(text: str) -> Optional[Period]:
    """The last period `text` names."""
    ps = periods_in(text)
    return ps[-1] if ps else None


@lru_cache(maxsize=4096)
def periods_in(text: str) -> tuple[Period, ...]:
    """find_periods, cached: a heading is read again for every block under it, a column's header for every row, a
    figure's window up to three times (nothing here changes a Period once found)."""
    return tuple(find_periods(text))


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


# --- provenance ----------------------------------------------------------------------------------

def _refs(ctx: _Ctx, start: int, end: int, skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    return [(q.prov.start, q.prov.end) for q in quantities_in(ctx, start, end)
            if not any(a <= q.prov.start < b for a, b in skip)]


# --- records -------------------------------------------------------------------------------------

def _record(ctx: _Ctx, block: Block, label: str, holder, rule: str, start: Optional[int] = None,
            end: Optional[int] = None) -> Indicator:
    cell = holder if isinstance(holder, Cell) else None
    s = start if start is not None else holder.start
    e = end if end is not None else holder.end
    return Indicator(prov=provenance(ctx.doc, block, s, e, rule, cell), label=label,
                     label_norm=fold_tone(label).lower(), confidence=CONF[rule],
                     lower_is_better=lower_is_better(label))


def _relabel(r: Indicator, label: str) -> None:
    """A record's label set after it was made: what `_record` derives from a label (its normal form, whether lower
    is better) follows it."""
    r.label, r.label_norm, r.lower_is_better = label, fold_tone(label).lower(), lower_is_better(label)


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


# --- labels --------------------------------------------------------------------------------------

_SPACES = regex.compile(r"\s+")
_SPACE_BEFORE_MARK = regex.compile(r"\s+([,.;:])")
_SEPARATOR_RX = regex.compile(r"[\x1c-\x1f]")   # white space to str.split, not to the regex's \s


def _squeezed(text: str) -> str:
    """`text` with each run of white space one space, as _SPACES.sub(" ", text) gives it but for the ends (which the
    label's strip takes): str.split's way where it splits where \\s does (it also splits at \\x1c-\\x1f), at a third of
    the cost."""
    if _SEPARATOR_RX.search(text):
        return _SPACES.sub(" ", text).strip(" ")
    return " ".join(text.split())


def _clean_label(text: str, figs: list[Figure], start: int = 0) -> str:
    """The item's wording without its number, scope, target figures and status/result parentheses."""
    return _label_without(text, tuple(span for f in figs for span in _cut_spans(f)), start)


def _cut_spans(f: Figure) -> tuple[tuple[int, int], ...]:
    """The figure's expression, less the counted noun it keeps ('từ 2 doanh nghiệp trở lên' cuts 'từ 2' and 'trở lên')."""
    if f.kept:
        return (f.expr_start, f.kept[0]), (f.kept[1], f.expr_end)
    return ((f.expr_start, f.expr_end),)


@lru_cache(maxsize=4096)
def _label_without(text: str, spans: tuple[tuple[int, int], ...], start: int) -> str:
    """_clean_label of the figures' expressions (`spans`, the only thing of a figure it reads), cached within a
    document: a clause's label is asked again for each of its figures, a cell's for each target in it."""
    body = text[start:]
    cut = [(a - start, b - start) for a, b in spans if a >= start]
    scope = _first("scope", body)
    if scope:
        cut.append((0, scope[1].end()))
    for m in PAREN_RX.finditer(body):
        inner = m.group(0)[1:-1]
        if status_of(inner) or find_figures(inner) or AMOUNT_ASIDE_RX.match(inner):
            cut.append((m.start(), m.end()))
    colon = body.find(":", scope[1].end() if scope else 0)
    first = min((a - start for a, _ in spans), default=0)
    # ('Cụ thể như: …' is no word of a label, whether the figure is cut out or the label ends before it)
    if 0 < colon and (colon < first and LIST_LEAD_END_RX.search(body[:colon + 1])
                      or DETAILS_LEAD_RX.match(body[:colon + 1])):
        body = " " * (colon + 1) + body[colon + 1:]     # '… với 15 chỉ tiêu chủ yếu là: tỷ lệ hộ nghèo dưới 1%': the
        colon = -1                                      # item after a list's lead names itself
    if 0 < colon < 40 and _is_period_lead(body[:colon]):
        body = body[:colon + 1].translate({ord(c): " " for c in body[:colon + 1]}) + body[colon + 1:]
        colon = -1                            # 'a) Đến hết năm 2025: Có ≥ 30% DNNVV ...': the lead is a period
    last = max((b - start for _, b in spans), default=0)
    if colon > 15 and first > colon and len(WORD_RX.findall(body[colon:first])) <= 4 \
            and _few_words_after(body[last:]) and not _names_an_item(body[colon + 1:first]) \
            and not _names_a_share(body[colon + 1:first]) and not _names_a_structure_part(body[:colon], body[colon + 1:first]):
        body, cut = body[:colon], []        # 'Hồ sơ công việc ...: Cấp tỉnh 80%, cấp huyện 60%'
    directive = DIRECTIVE_TAIL_RX.search(body, max((b for _, b in cut), default=0)) \
        if holds_word(body, DIRECTIVE_WORDS) else None
    if cut and directive:
        body = body[:directive.start()]     # '…, GDP … đạt trên 5.000 USD, yêu cầu các cấp …': the order that follows
    chars = list(body)
    for a, b in cut:                          # blanked a span at a time (a scope's cut may run over the whole item)
        lo, hi = max(0, a), min(len(chars), b)
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
    label = FOOTNOTE_MARK_RX.sub("", BULLET_RX.sub("", "".join(chars)))   # 'triệu lượt[1]': a note's mark
    label = _squeezed(label).strip(" .,;:-–…")   # '… của tỉnh…': an ellipsis that closes the item
    if " ," in label or " ." in label or " ;" in label or " :" in label:    # its only white space is ' ' now
        label = _SPACE_BEFORE_MARK.sub(r"\1", label)
    label = DISCOURSE_LEAD_RX.sub("", label)   # 'Theo đó, ', 'Bên cạnh đó, ': how the text goes on, not what is measured
    label = _without_aim_lead(label)           # 'Về kinh tế số, huyện đặt mục tiêu ': who aims, not what is measured
    if holds_word(label, SPEAKER_WORDS):
        label = SPEAKER_LEAD_RX.sub("", label)     # 'Chủ tịch UBND tỉnh yêu cầu: …': who concluded, not what is measured
    label = _without_lead_cue(label)          # 'Bảo đảm 100% hệ thống ...': the cue is not the indicator
    label = ORDER_LEAD_RX.sub("", label)       # 'Thủ tướng yêu cầu … để hoàn thành thêm … cao tốc': who orders what for
    label = _without_lead_period(label)        # 'Đến năm 2030, kinh tế số chiếm ...': the period is the record's year
    label = _without_aim_lead(label)           # '…, đến năm 2030, tỉnh đặt mục tiêu …': who aims, after the period
    if TRAIL_CUE_END_RX.search(label[-6:]):   # the regex ends with one of these syllables at the label's end
        label = TRAIL_CUE_RX.sub("", label)    # '... tham gia xuất khẩu dự kiến' (đạt 10 triệu USD)
    label = CHANGE_TAIL_RX.sub("", label)      # 'Ngành dịch vụ chiếm, tăng 0,01% so với năm 2023': how it moved (or
    # how it compares: '… dự kiến thực hiện, bằng 113,66% so với ước thực hiện năm 2024')
    qualifier = _scope_condition(scope[1]) if scope else None
    return f"{label} ({qualifier})" if qualifier and label else label


# the end of a lead that opens a list of targets ('với 20 chỉ tiêu chủ yếu là:', 'các mục tiêu cụ thể như sau:',
# '… phấn đấu hoàn thành một số chỉ tiêu chủ yếu:', '… các chỉ tiêu:'); also a lead ending in its cue ('Về cải cách hành chính, năm
# 2025 phấn đấu: Chỉ số SIPAS đạt trên 85%')
LIST_LEAD_END_RX = regex.compile(r"\b(?:chỉ|mục)\s+tiêu\b[^.;:]{0,60}?\b(?:là|gồm|bao\s+gồm|sau|như\s+sau|như|cụ\s+thể|chủ\s+yếu)\s*:$"
                                 r"|\b(?:các|những|một\s+số)\s+(?:chỉ|mục)\s+tiêu\s*:$"
                                 r"|\b(?:phấn\s+đấu|đặt\s+(?:ra\s+)?mục\s+tiêu|quyết\s+tâm)(?:\s+(?:đạt|(?:đến|tới)\s+(?:hết\s+)?"
                                 r"năm\s+\d{4}|năm\s+\d{4}))?\s*:$", regex.I)
DETAILS_LEAD_RX = load_patterns("prose").get("label.details_lead").regex   # 'Cụ thể như: ': the details follow
AMOUNT_ASIDE_RX = load_patterns("prose").get("label.amount_aside").regex   # '(khoảng 2.500 di tích)': the figure again
CHANGE_TAIL_RX = regex.compile(r",\s*(?:tăng|giảm|bằng)\s+\d[\d.,]*\s*%\s+so\s+với\b[^,;:]*$", regex.I)
ITEM_NAME_RX = regex.compile(r"^\W*(?:\p{Lu}\p{L}*)(?:[\s,&–-]+\p{L}+){0,5}?\s*$")


def _names_an_item(between: str) -> bool:
    """'Cơ cấu kinh tế đến 2025: Nông nghiệp 37-38%, ...': the words between the lead's colon and the figure
    name the part the figure is for (a capitalised name, no level and no cue word), so they are kept in the
    label, with or without its own colon ('...: Nông nghiệp: 30%'); 'Cấp tỉnh 80%' (a level) and 'đạt 80%' (a
    cue) are not names."""
    between = between.rstrip().rstrip(":")
    if levels_in(between) or not ITEM_NAME_RX.match(between):
        return False
    return not ITEM_CUE_RX.match(between)


STRUCTURE_LEAD_RX = load_patterns("indicators").get("record.structure_lead").regex   # 'Cơ cấu kinh tế …', 'Tỷ trọng …'


def _names_a_structure_part(lead: str, between: str) -> bool:
    """'Cơ cấu kinh tế đến năm 2030: nông nghiệp 12%; …': after the lead of a structure, lower-case words before the
    figure name its part too, as a capitalised name does."""
    return STRUCTURE_LEAD_RX.search(lead) is not None and names_a_part(between)


def _names_a_share(between: str) -> bool:
    """'Cơ cấu lao động: nông nghiệp chiếm 25%': lower-case words that take a share ('chiếm') name the part the
    figure is for, as a capitalised name does."""
    words, _, share = between.strip().rpartition(" ")
    return share.lower() == "chiếm" and names_a_part(words)


ITEM_CUE_RX = regex.compile(r"\W*(?:đạt|tối\s+thiểu|ít\s+nhất|trên|dưới|từ|khoảng|phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|"
                            r"tăng|giảm|chiếm|còn|là)\b", regex.I)
PART_NAME_RX = regex.compile(r"^\W*[^\W\d]+(?:[\s,&–-]+[^\W\d]+){0,5}?\s*$")
# words that say how much, not of what ('...: bình quân 7%', '...: duy trì 100%')
PART_CUE_RX = regex.compile(r"\W*(?:bình\s+quân|trung\s+bình|hằng\s+năm|hàng\s+năm|mỗi\s+năm|tối\s+đa|không|duy\s+trì|"
                            r"ổn\s+định|hoàn\s+thành|thực\s+hiện|có|gần|hơn|vượt|lên|xuống|mức|ở|cao|thấp|đến|tới|"
                            r"giữ|cả|toàn|tổng|nâng)\b", regex.I)


def names_a_part(between: str) -> bool:
    """'Cơ cấu các ngành kinh tế: nông, lâm, thủy sản 33,5%; công nghiệp – xây dựng 28,2%': in a list of parts
    after a lead's colon, lower-case words before the first figure name its part too; a level, a cue word or a
    word of how much ('bình quân', 'duy trì') does not."""
    if levels_in(between) or not PART_NAME_RX.match(between):
        return False
    return not ITEM_CUE_RX.match(between) and not PART_CUE_RX.match(between)


def _scope_condition(scope: regex.Match) -> Optional[str]:
    """A scope lead that names no level is a condition the target holds under ('- Đối với thôn có từ 100
    cử tri trở lên: ... ít nhất là 55 cử tri tham dự hội nghị'): kept after the label, in parentheses, so
    the targets of two conditions stay apart. A level ('Đối với các bộ, ngành:') is the record's level."""
    text = " ".join(scope.group("scope").split()).strip(" ,")
    return text if text and not levels_in(text) else None


def _few_words_after(tail: str) -> bool:
    """After the last figure, at most a few words besides levels: the lead before the colon is the label
    ('...: Cấp tỉnh 80%, cấp huyện 60%'), not when the object follows ('...: Phấn đấu hoàn thành 100% nhiệm vụ
    chi ngân sách trung ương hỗ trợ')."""
    for s, e, _ in reversed(levels_in(tail)):
        tail = tail[:s] + " " + tail[e:]
    tail = BASIS_TAIL_RX.sub(" ", tail)     # '…: 15% so với năm 2020': what the figure is set against names no object
    return len(WORD_RX.findall(PAREN_RX.sub(" ", tail))) <= 3


# the time a change is measured from, after its figure ('so với năm 2020', 'so cùng kỳ năm trước', 'so với đầu kỳ')
BASIS_TAIL_RX = regex.compile(r"\bso\s+(?:với\s+)?(?:(?:cùng\s+kỳ|kỳ\s+trước|đầu\s+kỳ)(?:\s+năm\s+(?:trước|\d{4}))?"
                              r"|(?:cuối\s+|đầu\s+)?năm\s+(?:trước|\d{4}))(?!\p{L})", regex.I)


DISCOURSE_LEAD_RX = regex.compile(r"^(?:(?:theo\s+đó|khi\s+đó|đồng\s+thời|ngoài\s+ra|đặc\s+biệt|bên\s+cạnh\s+đó|cụ\s+thể|đáng\s+chú\s+ý|"
                               r"mặt\s+khác|trên\s+cơ\s+sở\s+đó|qua\s+đó|còn(?!\s+lại)|"
                               r"thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]?"
                               r"|(?:trước\s+mắt(?:\s+và\s+lâu\s+dài)?|theo\s+kế\s+hoạch(?:\s[^,;:]{0,80}?)?)\s*,)\s+(?=\S+\s+\S)", regex.I)
LEAD_CUE_RX = regex.compile(r"^(?:(?:phải|bảo đảm|đảm bảo|phấn đấu|quyết tâm)\s+)+(?=\w)", regex.I)
FOOTNOTE_MARK_RX = regex.compile(r"\[\d{1,2}\]")


def _without_lead_cue(label: str) -> str:
    """The label without its opening cue, unless the cue's verb is all that is left ('Phấn đấu đón' stays whole)."""
    rest = LEAD_CUE_RX.sub("", label)
    return rest if len(WORD_RX.findall(rest)) >= 2 or rest == label else label
# who speaks in a conclusion, and the verb that opens what they say ('Kết luận tại cuộc họp, Chủ tịch UBND tỉnh yêu cầu:
# …', 'Thông báo nêu rõ: …', 'Thủ tướng nhấn mạnh, …')
SPEAKER_LEAD_RX = regex.compile(r"^[^;:]{0,60}?\b(?:thủ\s+tướng|chủ\s+tịch|bộ\s+trưởng|thông\s+báo|ban\s+chỉ\s+đạo|ubnd|"
                                r"ủy\s+ban|hội\s+nghị)\b[^;:]{0,40}?\s(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|nhấn\s+mạnh|lưu\s+ý|"
                                r"nêu\s+rõ|kết\s+luận|khẳng\s+định)(?:\s*[:,]\s*|\s+(?:[^\d;:,.]{0,30}?\s)?(?=(?:phấn\s+đấu|bảo\s+đảm|"
                                r"đảm\s+bảo)\b))(?=\S+\s+\S)", regex.I)   # '… yêu cầu (các huyện) phấn đấu …' too
# an order and the work it asks for, before the aim that work serves ('Thủ tướng yêu cầu khẩn trương ban hành kế hoạch
# chi tiết … để hoàn thành thêm khoảng 1.200 km cao tốc'): the aim after 'để' names the indicator
ORDER_LEAD_RX = regex.compile(r"^(?:[^;:]*?\b(?:thủ\s+tướng|chủ\s+tịch|ubnd|ủy\s+ban|bộ\s+trưởng|ban\s+chỉ\s+đạo)\b[^;:]{0,40}?"
                           r"\s(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\b[^;:]*?\s)?để\s+(?=\S+\s+\S)", regex.I)
TRAIL_CUE_RX = regex.compile(r",?(?:\s+(?:phải|bảo đảm|đảm bảo|phấn đấu|dự kiến|quyết tâm|sẽ|ước(?:\s+tính)?))+$", regex.I)
# the syllables TRAIL_CUE_RX can end with, at the end: a test of a label's last characters before the whole search
TRAIL_CUE_END_RX = regex.compile(r"(?:phải|đảm|bảo|đấu|kiến|tâm|sẽ|ước|tính)$", regex.I)
# a word of each speaker SPEAKER_LEAD_RX names: none in the label, no speaker to drop
SPEAKER_WORDS = ("tướng", "tịch", "trưởng", "báo", "đạo", "ubnd", "ủy", "nghị")
# the order's verb or the 'thì' DIRECTIVE_TAIL_RX needs ('…, yêu cầu các cấp …', '… thì số thu …')
DIRECTIVE_WORDS = ("yêu", "nghị", "đạo", "giao", "thì")


# a deadline (with the aim words around it) that opens a label: 'Đến năm 2030, ', 'đến hết năm 2025 ', 'Mục tiêu
# phấn đấu đến năm 2030, ', 'Đến cuối năm 2025, phấn đấu ', and a second period joined by 'và' ('… 12.000 doanh nghiệp
# và đến năm 2030 có …', '… và năm 2030 có …'). Not a period that names a span ('giai đoạn 2026-2030',
# 'năm 2025'): the gold may keep those as part of what is measured ('tổng vốn đầu tư giai đoạn 2026-2030'). A deadline
# of a quarter after the verb of an aim is one too ('Quyết tâm thực hiện đến hết quý II đạt trên 50% chỉ tiêu …')
LEAD_PERIOD_RX = regex.compile(
    r"^(?:và\s+(?=(?:(?:đến|tới|trong)\s+)?(?:(?:hết|cuối)\s+)?năm\s+\d{4}))?(?:mục\s+tiêu\s+)?(?:phấn\s+đấu\s+)?"
    r"(?:thực\s+hiện\s+(?=(?:đến|tới|trong)\s))?"
    r"(?:(?:đến|tới|trong)\s+(?:(?:hết|cuối)\s+)?|(?<=và\s+))(?:năm\s+\d{4}|quý\s+(?:I{1,3}|IV|\d)(?:\s+năm\s+\d{4})?)\s*,?\s+"
    r"(?:(?:phấn\s+đấu|bảo\s+đảm|đảm\s+bảo)\s+)?", regex.I)


# who sets the aim and the theme it falls under, opening a label: 'Về phát triển chính quyền số, huyện Đông Giang đặt
# mục tiêu ', 'Kế hoạch đặt chỉ tiêu ', 'Chương trình đặt mục tiêu đến năm 2027, ', 'nghị quyết đề ra mục tiêu phấn
# đấu ', 'Huyện hướng đến ', 'Mục tiêu tại Nghị quyết số 66/NQ-CP … là ', 'Mục tiêu: '. Not a measure that holds an aim word ('tỷ lệ … phấn đấu')
THEME_LEAD_RX = regex.compile(r"^(?:về|trong\s+lĩnh\s+vực|trong\s+phát\s+triển|đối\s+với\s+lĩnh\s+vực)\s+[^,;:\d]{2,60}?,\s*",
                              regex.I)
_ACTOR = (r"(?:(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|toàn|cả)\s+)?(?i:huyện|tỉnh|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|ngành|"
          r"chương\s+trình|kế\s+hoạch|đề\s+án|nghị\s+quyết|địa\s+phương|đơn\s+vị)(?:\s+\p{Lu}\p{L}*){0,3}"
          r"|\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){1,3})")      # 'huyện Đông Giang', 'Chương trình', 'Đông Giang'
AIM_LEAD_RX = regex.compile(
    r"^(?:(?:[^,;:\d]{0,60}?\s)?(?:(?:đặt|đề)(?:\s+ra)?\s+(?:mục|chỉ)\s+tiêu|xác\s+định\s+mục\s+tiêu)(?:\s+cụ\s+thể)?"
    r"|(?:" + _ACTOR + r"\s+)?(?:hướng\s+(?:đến|tới)|phấn\s+đấu)"
    # 'Thành phố sẽ duy trì …', 'Toàn tỉnh sẽ giảm …': a unit's plan, as its 'phấn đấu' (a unit only: 'hồ sơ … sẽ')
    r"|(?:(?:UBND|toàn|cả)\s+)?(?:huyện|tỉnh|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|quận)"
    r"(?-i:(?:\s+\p{Lu}\p{Ll}*){0,3})\s+sẽ(?=\s+\S+\s+\S)"
    # … or by its name alone, two capitalised words or a dotted one ('Hà Nội sẽ …', 'TP.HCM sẽ …'; not 'GRDP sẽ tăng')
    r"|(?-i:\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}|\p{Lu}+\.\p{Lu}+)\s+sẽ(?=\s+\S+\s+\S)"
    # 'Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư phấn đấu ', 'Yêu cầu các sở, ngành bảo đảm '
    r"|(?:[^,;:\d]{0,40}?\s)?(?:yêu\s+cầu|đề\s+nghị|giao)\s+[^;:\d]{0,60}?\s(?:phấn\s+đấu|bảo\s+đảm|đảm\s+bảo)"
    r"|mục\s+tiêu\s+(?:tại|của)\s+[^,;:]{3,100}?\s+là|mục\s+tiêu\s*:)"
    r"(?:\s+(?:phấn\s+đấu|đạt))*(?:\s*(?:đến|tới|vào)\s+(?:hết\s+)?(?:năm\s+\d{4}|ngày\s+\d{1,2}/\d{1,2}/\d{4}))?"
    r"(?:\s+là\b)?\s*,?\s*",         # 'Kế hoạch đề ra mục tiêu cụ thể đến năm 2025 là '
    regex.I)

# a word each branch of AIM_LEAD_RX needs ('đặt/đề … mục tiêu', 'xác định', 'hướng đến', 'phấn đấu', '… bảo đảm'/'đảm
# bảo' after 'yêu cầu'/'giao', 'mục tiêu của … là', a body's 'sẽ')
AIM_WORDS = ("đặt", "đề", "xác", "hướng", "phấn", "đảm", "mục", "sẽ")

# 'Về tỷ lệ bao phủ bảo hiểm, các phường khu vực trung tâm …': a theme that is a rate, over units that are to reach it
RATE_THEME_RX = regex.compile(r"^về\s+(?P<rate>(?:tỷ|tỉ)\s+lệ\s[^,;:\d]{2,55}?),\s*"
                              r"(?=(?:các\s+|mỗi\s+)?(?:xã|phường|huyện|quận|thị\s+xã|thị\s+trấn)\b)", regex.I)


def _without_aim_lead(label: str) -> str:
    """The label without the theme and the one who sets the aim, when at least two words besides cues remain; a
    rate the theme names over the units that follow stays, as what their figures measure."""
    rate = RATE_THEME_RX.match(label)
    if rate:
        return f"{rate.group('rate')} {label[rate.end():]}"
    for rx in (THEME_LEAD_RX, AIM_LEAD_RX):
        if rx is AIM_LEAD_RX and not holds_word(label, AIM_WORDS):
            continue                          # the dearest regex of a label's cleaning: most labels name no aim
        m = rx.match(label)
        if m and not regex.match(r"(?:tỷ|tỉ)\s+lệ\b|tốc\s+độ\b", label, regex.I) \
                and len(WORD_RX.findall(_strip_cues(label[m.end():]))) >= 2:
            label = label[m.end():]
    return label


def _without_lead_period(label: str) -> str:
    """The label without a deadline that opens it, when at least two words besides cues remain ('đến năm 2030
    là', 'đến năm 2030 đạt tỷ lệ' stay: an elliptic clause that names its period only)."""
    m = LEAD_PERIOD_RX.match(label)
    if not m or len(WORD_RX.findall(_strip_cues(label[m.end():]))) < 2:
        return label
    return label[m.end():]


_PERIOD_LEAD_WORDS = regex.compile(r"\b(?:tầm\s+nhìn|định\s+hướng|mục\s+tiêu|giai\s+đoạn|cụ\s+thể)\b", regex.I)
_CUES = regex.compile(r"\b(?:đạt|tối thiểu|phấn đấu|bảo đảm|đảm bảo|tỷ lệ|mục tiêu)\b", regex.I)


@lru_cache(maxsize=1024)
def _is_period_lead(text: str) -> bool:
    """'Đến năm 2030', 'c) Tầm nhìn đến năm 2035', '2.1. Giai đoạn 2026 - 2030': a period and nothing else. Cached:
    the lead-ins and the lists ask it of the same short line."""
    rest = DECIMAL_RX.sub("", ITEM_RX.sub("", BULLET_RX.sub("", text, count=1), count=1), count=1)
    periods = periods_in(rest)
    for p in periods:
        rest = rest.replace(p.text, " ")
    rest = _PERIOD_LEAD_WORDS.sub(" ", rest)
    return bool(periods) and not WORD_RX.findall(rest)


def _strip_cues(label: str) -> str:
    return _CUES.sub(" ", label)


# '6,5 - 7%, phấn đấu 7 - 7,5%': a higher aim a second figure states with an aim word alone
AIM_ONLY_RX = regex.compile(r"[\s,;]*(?P<aim>phấn\s+đấu|cao\s+hơn|nỗ\s+lực)(?:\s+(?:đạt|ở\s+mức|lên|từ|khoảng|trên))*\s*", regex.I)


def aim_only(piece: str) -> Optional[str]:
    """The aim word when the words between two figures are only that ('..., phấn đấu đạt '), else None."""
    m = AIM_ONLY_RX.fullmatch(piece)
    return " ".join(m.group("aim").split()) if m else None


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
