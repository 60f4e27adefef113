"""Rule `list.units`: a target per unit that a sentence lists with its figure, after a lead that sets or assigns
targets ('... được đặt mục tiêu tăng trưởng GRDP từ 10% trở lên. Cụ thể, vùng Đồng bằng sông Hồng: Quảng Ninh:
12%; Hải Dương: 10,2%; ...'; 'UBND tỉnh giao chỉ tiêu giảm tỷ lệ hộ nghèo ... Cụ thể, huyện Minh Hóa giảm từ
6,5-7,2%; Tuyên Hóa 4,5-5,0%; ...').

Each listed unit is one record: its label the unit as written, its level the unit's (a province or a
centrally-run city is `tỉnh`, a district, town or city of a province `huyện`, a commune `xã`); a name without its
kind ('Tuyên Hóa') takes the kind the list gave its first unit ('huyện Minh Hóa'), else it must be a province.
A list of sectors ('Nông nghiệp: 5%; Công nghiệp: 10%') names no unit; a list reported as results (nearest cue
a result's) sets no target.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extractor.extract.provinces import province_spellings
from extractor.extract.quantities import find_quantities
from extractor.link.figures import PAREN_RX, Figure, _comparator, _first, _vocab, find_figures
from extractor.link.label_parts import _only_period
from extractor.link.records import _Ctx, _period_from, _record, _set_target
from extractor.model import Block, Indicator, Segment, provenance
from extractor.normalize.document import fold_accents, fold_tone
from extractor.patterns import load_patterns

# the rule's regexes are data (patterns/unit_lists.yaml, with examples and counterexamples)
_P = load_patterns("unit_lists")
ENTRY_RX = _P.get("unit_list.entry").regex               # the words between a unit and its figure ('Hà Nội là ')
FIRST_ENTRY_RX = _P.get("unit_list.first_entry").regex   # ... after the list's subject ('... năm 2022 TP. Huế là ')
UNIT_RX = _P.get("unit_list.unit").regex                 # a label that is a unit ('Huyện Lục Yên')
BOUNDARY_RX = _P.get("unit_list.boundary").regex         # where an entry's words start
ASSIGNED_RX = _P.get("unit_list.assigned").regex         # 'tỉnh Quảng Bình được giao ...'
ASSIGNED_SHARE_RX = _P.get("unit_list.assigned_share").regex   # 'chỉ tiêu … cụ thể của Quảng Bình như sau:'
REST_RX = _P.get("unit_list.rest").regex                 # 'các địa phương còn lại'
SHARED_RX = _P.get("unit_list.shared").regex             # 'Ninh Bình, ' before 'Quảng Ninh 12%'
TOPIC_RX = _P.get("unit_list.topic").regex               # 'giao mục tiêu tăng trưởng GRDP ... cho 16 tỉnh'
DUTY_TOPIC_RX = _P.get("unit_list.duty_topic").regex      # '… phải thực hiện vận động người tham gia BHYT … như:'
OPENER_RX = _P.get("unit_list.subject_opener").regex     # 'trong đó ' before a list's subject
LEVEL_OF_KIND = {"tinh": "tỉnh", "huyen": "huyện", "thi xa": "huyện", "quan": "huyện", "xa": "xã",
                 "phuong": "xã", "thi tran": "xã"}      # 'thành phố', 'TP.': "city", which depends on the list
MIN_UNITS = 3                         # two named figures are as often a comparison as a list


def _folded(s: str) -> str:
    return " ".join(fold_accents(fold_tone(s)).lower().split())


def _is_province(name: str) -> bool:
    n = _folded(name)
    return any(n == sp.lower() for sp, _, _ in province_spellings())


def _is_central_city(name: str) -> bool:
    n = _folded(name)
    return any(n == sp.lower() and kind == "thành phố" for sp, _, kind in province_spellings())


def _kind_level(kind: Optional[str], name: str) -> Optional[str]:
    if not kind:
        return None
    return LEVEL_OF_KIND.get(_folded(kind).rstrip("."), "city")


def _outside(text: str) -> list[bool]:
    keep = [True] * len(text)
    for m in PAREN_RX.finditer(text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return keep


def unit_entries(text: str, least: int = MIN_UNITS) -> list[tuple[Figure, str, Optional[str], int]]:
    """(figure, unit as written, level, where the unit starts) for each unit the text lists with a figure of its
    own, or [] when the text lists fewer than `least` units or a part that is no unit."""
    keep = _outside(text)
    found, list_level, prev_end = [], None, 0
    for f in (f for f in sorted(find_figures(text) + _count_figures(text), key=lambda f: f.start) if keep[f.start]):
        starts = [m.end() for m in BOUNDARY_RX.finditer(text, prev_end, f.expr_start)
                  if keep[m.start()] or text[m.start()] in "()"]
        piece_start = max(starts, default=prev_end)
        prev_start, prev_end = prev_end, f.expr_end
        m = ENTRY_RX.fullmatch(text[piece_start:f.expr_start].strip())
        if m is None and not found:    # 'tỷ lệ ... năm 2022 thành phố Hà Nội là 91,66%, ...': the list's subject first
            m = FIRST_ENTRY_RX.search(text[piece_start:f.expr_start].strip())
        if m is None:
            continue
        kind, name = m.group("kind"), m.group("name")
        list_level = list_level or (_entry_level(kind, name, None) if kind else None)
        level = _entry_level(kind, name, list_level)
        if level is None:
            return []                  # a named part that is no unit: the list is of something else
        shared = _sharing_units(text, prev_start, piece_start, list_level)
        found += [(f, label, lv, at) for label, lv, at in shared]
        label = " ".join(((kind or "") + " " + name).split())
        found.append((f, label, level, text.find(name, piece_start) - (len(kind) + 1 if kind else 0)))
    return found if len(found) >= least else []


@lru_cache(maxsize=4096)
def lists_units(text: str) -> bool:
    """Whether `text` lists at least MIN_UNITS units with figures of their own. Kept per text within a document
    (emptied by indicators._forget_texts): a block is asked once for each of its sentences, and once before."""
    return bool(unit_entries(text))


def _count_figures(text: str) -> list[Figure]:
    """The counts of a text as figures ('Phường 11 là 31.669 người'): a list may give each unit a number of people."""
    out = []
    for q in find_quantities(text):
        if q.kind == "count" and q.value is not None:
            f = Figure(q.start, q.end, q.value, None, q.unit)
            _comparator(text, f)
            out.append(f)
    return out


def list_subject(text: str, first_unit: int) -> str:
    """What the units' figures measure when the list names it right before its first unit, in the same piece
    ('trong đó tỷ lệ bao phủ năm 2026 thành phố Hải Phòng là 97%, ...' → 'tỷ lệ bao phủ năm 2026'); '' when a
    separator stands right before the first unit ('Cụ thể: tỉnh Nghệ An 95,5%, ...')."""
    keep = _outside(text)
    starts = [m.end() for m in BOUNDARY_RX.finditer(text) if m.end() <= first_unit and keep[m.start()]]
    piece = text[max(starts, default=0):first_unit].strip()
    subject = OPENER_RX.sub("", piece).strip(" ,:;-")
    return subject if len(subject.split()) >= 2 else ""


def _sharing_units(text: str, start: int, end: int, list_level: Optional[str]) -> list[tuple[str, str, int]]:
    """(unit, level, where it starts) for the units named bare right before an entry, which share its figure
    ('Ninh Bình, Quảng Ninh 12%'); the run stops at a part that is no unit ('Trong đó, Bắc Giang ... 13,6%')."""
    out, run_end = [], end
    for m in reversed(list(SHARED_RX.finditer(text, start, end))):
        level = _entry_level(m.group("kind"), m.group("name"), list_level)
        if text[m.end():run_end].strip() or level is None:
            break                      # the run must reach the entry, unit by unit
        out.insert(0, (" ".join(m.group("unit").split()), level, m.start("unit")))
        run_end = m.start()
    return out


def _entry_level(kind: Optional[str], name: str, list_level: Optional[str]) -> Optional[str]:
    """A listed unit's level: its kind's, else the list's, else a province's."""
    level = _kind_level(kind, name)
    if level == "city":                # a centrally-run city is a province; a province's city ranks with districts
        level = "tỉnh" if _is_central_city(name) else "huyện"
    return level or list_level or ("tỉnh" if _is_province(name) else None)


def unit_level(label: str) -> Optional[str]:
    """The level of a label that is nothing but a unit ('Huyện Lục Yên', 'Thành phố Yên Bái', 'Hà Nội'): an
    item of a list of targets per unit. None for any other label."""
    m = UNIT_RX.fullmatch(label.strip(" .:;-+"))
    if m is None:
        return None
    level = _kind_level(m.group("kind"), m.group("name"))
    if level == "city":
        return "tỉnh" if _is_central_city(m.group("name")) else "huyện"
    return level or ("tỉnh" if _is_province(m.group("name")) else None)


def _last_assignee(before: str) -> Optional[regex.Match]:
    """The last unit named as assigned targets ('tỉnh Quảng Bình được giao'), or whose share of the centre's targets
    the words give ('Thủ tướng giao Quảng Bình …', 'chỉ tiêu … cụ thể của Quảng Bình'), or None."""
    hits = list(ASSIGNED_RX.finditer(before)) + list(ASSIGNED_SHARE_RX.finditer(before))
    return max(hits, key=lambda m: m.end(), default=None)


def assigned_level(before: str) -> Optional[str]:
    """The level of the unit named as the one assigned the targets that follow ('tỉnh Quảng Bình được giao ...')."""
    m = _last_assignee(before)
    return unit_level(((m.group("kind") or "") + " " + m.group("name")).strip()) if m else None


def assignee_labels(before: str, figs: list[Figure], own: list[str], labels: list[str]) -> list[str]:
    """'Trong đó, Lạng Sơn được giao chỉ tiêu cụ thể: năm 2016: 89%; năm 2017: 90%': figures named by nothing but
    their year, after a unit the sentence says was assigned them, are that unit's share of the indicator named
    before: the unit joins the label it inherits, and gives the figure its level. `before` ends at the clause."""
    out = []
    for f, x, y in zip(figs, own, labels):
        m = _last_assignee(before)
        if m is None or (x.strip() and not _only_period(x)):
            out.append(y)
            continue
        unit = " ".join(((m.group("kind") or "") + " " + m.group("name")).split())
        f.level = f.level or unit_level(unit)
        out.append(y if _folded(m.group("name")) in _folded(y) else f"{y} {unit}")
    return out


def rest_level(ctx: _Ctx, block: Block, clause: str) -> Optional[str]:
    """The level of 'các địa phương còn lại' right after a list of units: the list's."""
    if ctx.unit_list is None or block.index - ctx.unit_list[0] > 1 or not REST_RX.search(clause):
        return None
    return ctx.unit_list[1]


def _lead_texts(ctx: _Ctx, block: Block, before: str) -> list[str]:
    """The list's own sentence up to its first unit, then the two paragraphs above, nearest first."""
    return [before] + [b.text for b in reversed(ctx.doc.blocks[max(0, block.index - 2):block.index])
                       if b.cells is None]


def _target_lead(texts: list[str]) -> tuple[Optional[int], bool]:
    """(which of the texts holds the nearest cue before the list, when that cue is a target's; whether the
    list reports results: a result cue is nearest, or the lead says what was done)."""
    for i, text in enumerate(texts):
        cues = [(m.end(), key == "cue.result") for key in ("cue.target", "cue.result")
                for p in _vocab().get(key, []) for m in p.regex.finditer(text)]
        if any(not result for _, result in cues):   # 'giao mục tiêu ... trong năm 2025 cho 16 tỉnh': the year aimed at
            cues = [c for c in cues if not c[1] or not _is_period_cue(text, c[0])]
        if cues:                       # 'Kết quả thực hiện mục tiêu tăng trưởng ... của các tỉnh:' reports results
            results = max(cues)[1] or _first("lead_list.results", text) is not None
            return (None if results else i), results
    return None, False


def _list_topic(texts: list[str]) -> Optional[str]:
    """What the lead sets per unit ('mục tiêu tăng trưởng GRDP'), nearest text first; each unit's label begins
    with it, since a unit's name alone does not say what its figure measures."""
    for text in texts:
        found = [m.group("topic") for m in TOPIC_RX.finditer(text)]
        if found:
            return found[-1]
    return None


def _duty_topic(lead: str) -> Optional[str]:
    """What the lead says the units must do, right before the list's colon ('… phải thực hiện vận động người tham gia
    bảo hiểm y tế rất cao như:' → 'vận động người tham gia bảo hiểm y tế'), or None."""
    m = DUTY_TOPIC_RX.search(lead.rstrip())
    return " ".join(m.group("topic").split()) if m else None


def _is_period_cue(text: str, end: int) -> bool:
    """Whether the result cue ending at `end` is only a period ('trong năm 2025'), which a target also names."""
    return any(m.end() == end for p in _vocab().get("cue.result", []) if p.meta.get("period")
               for m in p.regex.finditer(text))


def unit_list_records(ctx: _Ctx, block: Block, seg: Segment, context: list[str]) -> Optional[list[Indicator]]:
    """The records of a sentence that lists units with their targets; [] for units listed with their results
    (the sentence sets no target); None when it lists no units."""
    if ctx.normative:
        return None
    # the sentence's own entries first: its figures are the quantities stage's (kept per text), while the whole
    # paragraph is a text that stage never read; most sentences list no unit and stop here
    entries = unit_entries(seg.text, least=1)
    # the list may run over the paragraph's sentences ('... Ninh Bình: 12%. Tây Nguyên: Kon Tum: 10%.')
    if not entries or not lists_units(block.text):
        return None
    first = entries[0][0].expr_start
    lead = block.text[:seg.start - block.start] + seg.text[:first]
    texts = _lead_texts(ctx, block, lead)
    cue, results = _target_lead(texts)
    if cue is None:
        return [] if results else None
    ctx.unit_list = (block.index, entries[-1][2])
    period = next((p for p in (_period_from([t]) for t in texts[:cue + 1]) if p is not None), None) \
        or ctx.lead_period or _period_from(context) or ctx.doc_period
    # the subject the list names right before its first unit, else what its lead sets ('mục tiêu tăng trưởng GRDP')
    topic = list_subject(seg.text, entries[0][3]) or _duty_topic(seg.text[:entries[0][3]]) \
        or _list_topic(texts[:cue + 1])
    out = []
    for f, label, level, at in entries:
        label = f"{topic} {label}" if topic else label
        rec = _record(ctx, block, label, seg.cell or block, "list.units", seg.start + at, seg.start + f.end)
        f.level = level
        _set_target(rec, f, period, provenance(ctx.doc, block, seg.start + f.start, seg.start + f.end,
                                               "list.units", seg.cell))
        rec.source_ref = context[0] if context else None
        out.append(rec)
    return out
