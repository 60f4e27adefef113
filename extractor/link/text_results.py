"""Results a report states against their targets in prose (`text.result`): a result and its target in one
sentence, 'Tỷ lệ này đã vượt chỉ tiêu …' after the paragraph that reported the rate, results and targets 'lần
lượt', a result over its plan ('560 tỷ đồng/690 tỷ đồng'), a share of a plan written earlier ('đạt 102,70% dự
toán'), and a rate reported before 'Theo kế hoạch, …' set its target."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.extract.numbers import parse_number
from extractor.link.figures import (amount_figures, ARABIC_RX, bare_rate_figures, DECIMAL_RX, Figure, find_figures,
                                    _first, ITEM_RX, PAREN_RX, rate_figures, ROMAN_RX, status_of, unit_figures, WORD_RX)
from extractor.link.item_periods import _own_period
from extractor.link.records import (_clean_label, _Ctx, THEME_LEAD_RX, _period_from, quantities_in, _record, _relabel,
                                    _set_actual, _set_target, _strip_cues)
from extractor.link.results import (answers_targets, find_plan, label_start, lead_end, met_bracket_counts, met_named_counts,
                                    outcome_before, pair_results, plan_ratios, plan_shares, respective_pairs,
                                    slash_targets)
from extractor.link.sentences import _clause_start, _status_after
from extractor.link.slash_labels import drop_theme, labels_after, past_theme, slash_before
from extractor.link.target_levels import _block_level, centre_assigned_level, _scope_level
from extractor.model import Block, Indicator, provenance
from extractor.normalize.document import fold_tone
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


# the rate a target names ('tỷ lệ bao phủ BHYT'), as its label has it
NAMED_RATE_RX = _P.get("result.named_rate").regex


PLAN_OPENS_RX = _P.get("result.plan_opens").regex


def _earlier_result(ctx: _Ctx, block: Block, rec: Indicator) -> None:
    """'… đạt tỷ lệ bao phủ BHYT đạt 89,4% dân số. Theo kế hoạch, … tỷ lệ bao phủ BHYT đạt trên 88,2% dân số.': a
    sentence opened by 'Theo kế hoạch' sets the target of a rate an earlier sentence of its paragraph reported in the
    same words; that report is its result."""
    if rec.prov.rule != "prose.plan" or rec.actual_value is not None or rec.target_unit != "%" \
            or rec.target_prov is None:
        return
    at = rec.target_prov.start - block.start
    s = block.text.rfind(". ", 0, at) + 2
    named = NAMED_RATE_RX.search(rec.label)
    if s < 2 or named is None or not PLAN_OPENS_RX.match(block.text, s):
        return
    rate = r"\s+".join(regex.escape(w) for w in named.group(0).split())
    hits = list(regex.finditer(rate + r"(?:\s+[\p{L}&]+){0,3}?\s+(?:đạt|là)\s+(?:khoảng\s+)?(\d{1,3}(?:,\d+)?)\s*%", block.text[:s], regex.I))
    if len(hits) != 1 or _first("cue.target", block.text[block.text.rfind(". ", 0, hits[0].start()) + 1:hits[0].start()]):
        return                                 # one report of the rate, itself no target
    m = hits[0]
    f = Figure(m.start(1), m.end(), parse_number(m.group(1)).value, None, "%", None, None, m.start(1), m.end())
    _set_actual(rec, f, None, provenance(ctx.doc, block, block.start + f.start, block.start + f.end, "prose.plan"),
                Figure(0, 0, rec.target_value, None, "%", rec.target_comparator, None, 0, 0))


ANAPHOR_WEIGHED_RX = _P.get("result.anaphor_weighed").regex


def _weighed_result(ctx: _Ctx, block: Block, rec: Indicator) -> None:
    """'… tỷ lệ hộ nghèo giảm bình quân là 3,1%/năm, … . Tuy nhiên, mức giảm này vẫn chưa đạt so với mục tiêu … đã đề
    ra là giảm 3,5%/năm.': a sentence that weighs 'this change' against the target it states takes as the target's
    result the first figure of the sentence before, in the target's unit; how it fell short or passed is the status."""
    if rec.prov.rule != "prose.plan" or rec.actual_value is not None or rec.target_prov is None:
        return
    at = rec.target_prov.start - block.start
    s = block.text.rfind(". ", 0, at) + 2
    m = ANAPHOR_WEIGHED_RX.fullmatch(block.text, s, at) if s >= 2 else None
    if m is None:
        return
    before = block.text[block.text.rfind(". ", 0, s - 2) + 2:s]
    a = next((f for f in find_figures(before) if f.unit == rec.target_unit and f.high is None), None)
    if a is None:
        return
    off = s - len(before)
    _set_actual(rec, a, None, provenance(ctx.doc, block, block.start + off + a.start, block.start + off + a.end,
                                         "prose.plan"),
                Figure(0, 0, rec.target_value, None, rec.target_unit, rec.target_comparator, None, 0, 0))
    st = status_of(m.group("how"))
    if st:
        rec.status, rec.status_norm = st
    aim = regex.sub(r"\s+(?:đã\s+)?(?:đề|đặt)\s+ra\b.*$", "", block.text[m.start("aim"):at].split(",")[0]).strip()
    _relabel(rec, f"{_changed_measure(before, a)} ({aim})")      # what changed, and whose target it was


def _changed_measure(text: str, a: Figure) -> str:
    """The words of the figure's clause before it ('tỷ lệ hộ nghèo của huyện giảm bình quân' of '…, tỷ lệ hộ nghèo của
    huyện giảm bình quân là 3,1%/năm')."""
    s = max(text.rfind(". ", 0, a.expr_start), text.rfind(", ", 0, a.expr_start)) + 2
    return regex.sub(r"\s*\b(?:đã\s+)?(?:đạt|là)\s*$", "", text[max(s, 0):a.expr_start]).strip()


def _result_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """Results a report states against their targets ('đạt 85,2%, vượt chỉ tiêu được giao (80%)'), one record
    per pair (indicator_results.py); the label is the sentence up to the first word that introduces a figure."""
    text = block.text
    figs = find_figures(text)
    figs += [f for f in rate_figures(text) if not any(g.start < f.end and f.start < g.end for g in figs)]
    # a per-thousand rate with no sign against its target ('… đạt 17,45, giảm 0,25 … không đạt chỉ tiêu … là 0,3')
    figs += [f for f in bare_rate_figures(text) + [g for g in unit_figures(text) if g.unit == "‰"]
             if not any(g.start < f.end and f.start < g.end for g in figs)]
    quantities = quantities_in(ctx, block.start, block.end)
    amounts = amount_figures(quantities, block.start, text) \
        + met_bracket_counts(text, amount_figures(quantities, block.start, text, ("count",)))
    figs = sorted(figs + [q for q in amounts if not any(f.start < q.end and q.start < f.end for f in figs)],
                  key=lambda f: f.start)
    named_counts = met_named_counts(text, amount_figures(quantities, block.start, text, ("count",)), figs)
    figs = sorted(figs + named_counts, key=lambda f: f.start)
    out: list[Indicator] = _plan_ratio_records(ctx, block, context) + _plan_share_records(ctx, block, context)
    out += _respective_records(ctx, block, context) + _bracket_records(ctx, block, context, quantities)
    item = ITEM_RX.match(text)
    prev = -1
    taken = [rp.target[:2] for rp in respective_pairs(text)]
    for pair in pair_results(text, figs):
        if any(s <= figs[pair.target].start < e for s, e in taken):
            continue                          # read already as one of results and targets listed in the same order
        t, a = figs[pair.target], figs[pair.actual]
        stop = max(text.rfind(". ", 0, pair.label_end), text.rfind("; ", 0, pair.label_end))
        start = stop + 2 if stop >= 0 else label_start(text)
        joint = NEXT_ITEM_RX.search(text, prev, pair.label_end) if prev > start else None
        if joint:                             # '... đạt 45,2% (kế hoạch 45%), tỷ lệ hộ nghèo giảm còn 2,1% (...)':
            start = joint.end()               # the pair before, in the same sentence, is not this label's; nor is it
                                              # after its bracket and 'và' ('… (… là dưới 4%) và tỷ lệ lao động …')
        said = list(REPORTED_SPEECH_RX.finditer(text, start, pair.label_end)) \
            + list(MISSED_TALLY_RX.finditer(text, start, pair.label_end))   # '…, có 4 chỉ tiêu không đạt là …'
        start = max(m.end() for m in said) if said else start   # '…, Bộ KH&CN … cho hay, việc tỷ lệ …': the label starts after
        prev = max(t.end, a.end)
        # a level reported before the change that answers a target stated after both ('… đạt 17,45, giảm 0,25 … không
        # đạt chỉ tiêu … là 0,3') is no word of the label
        level = [f for f in figs if start <= f.expr_start and f.end <= pair.label_end and f.unit == a.unit
                 and f is not a] if a.end < t.start and outcome_before(text, t, a.end) else []
        label = COPULA_TAIL_RX.sub("", SHORTFALL_TAIL_RX.sub("", _clean_label(text[:pair.label_end], level, start)))
        label = label.rstrip(" (")            # 'tăng trưởng GDP (đạt khoảng 2% so với kế hoạch là 6,8%)': no bracket
        label = _words_after(text, a, t) if len(WORD_RX.findall(_strip_cues(label))) < 2 else label
        # what a count no word introduces counts names it ('đón 12,6 triệu lượt khách quốc tế'); a measure's unit does
        # not ('khai thác 3,855 triệu tấn, …, không đạt chỉ tiêu đề ra là giảm còn 3,54 triệu tấn')
        label = f"{label} {_counted_words(text, a)}" if pair.named and any(a is c for c in named_counts) else label
        label = _antecedent(text[:start]) or label if THIS_RATE_RX.match(label) else label
        label = _level_of_label_before(out, label)
        label = _measure_cut(text, pair.label_end, label)
        average = AVERAGE_CHANGE_RX.match(text, pair.label_end)
        if average:                           # 'giảm bình quân 1,08%/năm (đạt chỉ tiêu …)': the average change is the measure
            label = f"{label} {' '.join(average.group(0).split())}"
        if len(WORD_RX.findall(_strip_cues(label))) < 2 or _theme_only(text[start:pair.label_end]):
            continue
        rec = _record(ctx, block, label, block, "text.result", block.start + start, block.start + pair.label_end)
        rec.ordinal = item.group(1) if item else None
        t.level = t.level or _scope_level(text) or _block_level(label) or centre_assigned_level(text, t) \
            or _own_level(label) or ctx.subject
        # a target stated in a parenthesis with its own year ('(… giao tỷ lệ … năm 2020 là trên 80%)') is that year's
        aside = next((m for m in PAREN_RX.finditer(text) if m.start() < t.start < m.end()), None)
        period = (_own_period(aside.group(0)[1:-1], t.start - aside.start() - 1) if aside else None) \
            or _own_period(text, t.start) or ctx.lead_period or ctx.doc_period or _period_from(context)
        _set_target(rec, t, period, provenance(ctx.doc, block, block.start + t.start, block.start + t.end, "text.result"))
        _set_actual(rec, a, None, provenance(ctx.doc, block, block.start + a.start, block.start + a.end, "text.result"), t)
        # '… và không đạt chỉ tiêu … là 0,3': the words before a target stated after its result say how it went, before
        # any said of the result alone ('khai thác 3,855 triệu tấn, vượt 8,9% kế hoạch, …, không đạt chỉ tiêu đề ra …')
        st = _status_after(text, max(t.end, a.end))
        before = outcome_before(text, t, a.end) if not st and a.end < t.start else None
        st = st or (status_of(before) if before else None) or _status_after(text, min(t.end, a.end))
        if st:
            rec.status, rec.status_norm = st
        rec.source_ref = context[0] if context else None
        out.append(rec)
    return out


MISSED_TALLY_RX = _P.get("result.missed_tally").regex   # 'có 4 chỉ tiêu không đạt là '
NEXT_ITEM_RX = _P.get("result.next_item").regex     # ', ' or ') và ' after the pair before: the next item's label


def _measure_cut(text: str, at: int, label: str) -> str:
    """'Tỷ lệ hộ nghèo … năm 2022 là 4,03%, giảm 1,17%, đạt chỉ tiêu … (từ 1-1,5%)': the result is the cut, so the
    label is the measure and its cut ('Tỷ lệ hộ nghèo … giảm'), not the level it stands at."""
    cut = CUT_WORD_RX.match(text, at)
    tail = LEVEL_TAIL_RX.search(label)
    return f"{label[:tail.start()]} {cut.group(1)}" if cut and tail else label


CUT_WORD_RX = _P.get("result.cut_word").regex
LEVEL_TAIL_RX = _P.get("result.level_tail").regex


def _level_of_label_before(out: list[Indicator], label: str) -> str:
    """'Tỷ lệ … ký số văn bản cấp tỉnh đạt 95,47% (…); cấp huyện đạt 95,88% (…) và cấp xã đạt 97,66% (…)': a label
    that is only a level (after what the pair before said) measures what the label before does, at that level."""
    m = BARE_LEVEL_RX.search(label)
    before = out[-1].label if out and out[-1].prov.rule == "text.result" else ""
    head = OWN_LEVEL_RX.search(before)
    if m is None or head is None or len(WORD_RX.findall(before[:head.start()])) < 2:
        return label
    return f"{before[:head.start()]} {m.group('lv')}"


def _own_level(label: str) -> Optional[str]:
    """The level a result's label ends with ('… ký số văn bản điện tử cấp huyện'): the bodies of that level."""
    m = OWN_LEVEL_RX.search(label)
    return m.group("lv").split()[-1].lower() if m else None


BARE_LEVEL_RX = _P.get("result.bare_level").regex
OWN_LEVEL_RX = _P.get("result.own_level").regex


def _theme_only(before: str) -> bool:
    """'Về phía doanh nghiệp, mục tiêu là 100% …, tỷ lệ … đạt 80%': words before the target word that give only the
    theme name no measure a result could be of; the sentence lists aims, each read as a target."""
    theme = THEME_LEAD_RX.match(before.lstrip())
    return theme is not None and not before.lstrip()[theme.end():].strip()


# 'Tỷ lệ này đã vượt chỉ tiêu kế hoạch …': the paragraph speaks of the rate the one before it reported
ANAPHOR_RX = _P.get("result.anaphor").regex


def _anaphor_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """'Năm 2018, tỉnh đạt tỷ lệ 30,1 giường bệnh/1 vạn dân.' › 'Tỷ lệ này đã vượt chỉ tiêu kế hoạch năm 2018 (28,7
    giường/1 vạn dân) và vượt chỉ tiêu Nghị quyết … (30 giường bệnh/1 vạn dân …)': each target the paragraph names in a
    parenthesis after 'chỉ tiêu', 'kế hoạch' or 'mục tiêu' takes as its result the last figure of the paragraph before,
    when both are written in one unit (or per the same population)."""
    text = block.text
    lead = ANAPHOR_RX.match(text)
    prev = ctx.doc.blocks[block.index - 1] if block.index > 0 else None
    if lead is None or prev is None:
        return []
    before = sorted(find_figures(prev.text) + rate_figures(prev.text), key=lambda f: f.start)
    if not before or _first("cue.target", prev.text[prev.text.rfind(". ", 0, before[-1].start) + 1:before[-1].start]):
        return []                             # the paragraph before set a target, it reported no result
    a = before[-1]
    measure = _anaphor_measure(prev.text, a)
    out: list[Indicator] = []
    start = lead.end()
    for t in sorted(find_figures(text) + rate_figures(text), key=lambda f: f.start):
        piece = text[start:t.expr_start]
        if not piece.rstrip().endswith("(") or not TARGET_WORD_RX.search(piece) or not _per_same(a.unit, t.unit):
            continue
        label = " ".join(f"{_anaphor_subject(lead, measure) if start == lead.end() else measure} "
                         f"{piece.strip(' (),;')}".split())
        rec = _record(ctx, block, label, block, "text.result", block.start + start, block.start + t.expr_start)
        period = _own_period(text, t.start) or ctx.lead_period or ctx.doc_period or _period_from(context)
        _set_target(rec, t, period, provenance(ctx.doc, block, block.start + t.start, block.start + t.end, "text.result"))
        _set_actual(rec, a, None, provenance(ctx.doc, prev, prev.start + a.start, prev.start + a.end, "text.result"), t)
        rec.source_ref = context[0] if context else None
        out.append(rec)
        start = t.end
    return out


TARGET_WORD_RX = _P.get("result.target_word").regex


def _anaphor_subject(lead: regex.Match, measure: str) -> str:
    """'Tỷ lệ này đã vượt' about 'giường bệnh' › 'Tỷ lệ giường bệnh đã vượt'; about 'tỷ lệ hồ sơ …' › 'tỷ lệ hồ sơ … đã
    vượt'."""
    subject = lead.group("subject")
    named = measure if fold_tone(measure).lower().startswith(fold_tone(subject).lower()) else f"{subject} {measure}"
    return f"{named} {lead.group('rest')}"


def _anaphor_measure(text: str, a: Figure) -> str:
    """What the figure the anaphor points at measures: its noun when it is a rate per population ('giường bệnh'), else
    the words of its clause before it ('tỷ lệ hồ sơ trực tuyến toàn trình')."""
    if a.unit and "/" in a.unit:
        return a.unit.split("/")[0].strip()
    s = max(text.rfind(". ", 0, a.expr_start), text.rfind(", ", 0, a.expr_start)) + 2
    return regex.sub(r"\s*\b(?:đã\s+)?(?:đạt|là)(?:\s+tỷ\s+lệ)?\s*$", "", text[max(s, 0):a.expr_start]).strip()


def _per_same(a: Optional[str], b: Optional[str]) -> bool:
    """Two units of one measure: equal, or the same rate per the same population ('giường bệnh/1 vạn dân', 'giường/1
    vạn dân')."""
    if not a or not b:
        return False
    if a.lower() == b.lower():
        return True
    return "/" in a and "/" in b and _per_whom(a) == _per_whom(b) \
        and (a.split("/")[0].split() or [""])[0].lower() == (b.split("/")[0].split() or [""])[0].lower()


def _per_whom(unit: str) -> str:
    return regex.sub(r"^1\s*(?=\D)", "", unit.split("/", 1)[1].strip().lower())    # '1 vạn dân' is 'vạn dân'


AVERAGE_CHANGE_RX = _P.get("result.average_change").regex


SHORTFALL_TAIL_RX = _P.get("result.shortfall_tail").regex   # '… mới chỉ đạt 39,5%'
COPULA_TAIL_RX = _P.get("result.copula_tail").regex         # '… tại ngân hàng đã' before 'đạt 86,97%'
WORDS_AFTER_RX = _P.get("result.words_after").regex


def _words_after(text: str, a: Figure, t: Figure) -> str:
    """'71% người trưởng thành có thông tin tín dụng (vượt mục tiêu là ít nhất 70%)': a result that opens its sentence
    is labelled by the words after it, up to the bracket that states its target, after the things a count counts
    ('290.000 doanh nghiệp nhỏ và vừa …'); '' when there are none."""
    m = WORDS_AFTER_RX.match(text[a.end:t.start]) if a.end < t.start else None
    if m is None:
        return ""
    counted = a.unit if a.unit and a.unit != "%" else ""
    return " ".join(f"{counted} {m.group(0)}".split()).strip(" ,")


def _counted_words(text: str, a: Figure) -> str:
    """'… ngành du lịch đón 12,6 triệu lượt khách quốc tế, vượt …': what a result no word introduces counts, its unit
    and the words after it up to the clause's end ('triệu lượt khách quốc tế')."""
    m = COUNTED_AFTER_RX.match(text, a.end)
    return " ".join(f"{a.unit or ''} {m.group(0) if m else ''}".split())


COUNTED_AFTER_RX = regex.compile(r"\s*\p{L}[^,;.()%\d]{0,60}?(?=\s*(?:[,;.()]|$))")


# the lead of reported speech in a news item ('Bộ KH&CN … cho hay, việc tỷ lệ hồ sơ … mới chỉ đạt 39,5%')
REPORTED_SPEECH_RX = _P.get("result.reported_speech").regex


def _respective_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """'… mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%': one record per part of the subject,
    its result and its target taken in the order written (results.respective_pairs)."""
    text = block.text
    out: list[Indicator] = []
    for rp in respective_pairs(text):
        (a0, a1, av), (t0, t1, tv) = rp.actual, rp.target
        rec = _record(ctx, block, rp.label, block, "text.result", block.start + rp.start, block.start + a0)
        t = Figure(t0, t1, tv, unit="%", level=_scope_level(text) or ctx.subject)
        a = Figure(a0, a1, av, unit="%")
        period = _own_period(text, rp.start) or ctx.lead_period or _period_from(context) or ctx.doc_period
        _set_target(rec, t, period, provenance(ctx.doc, block, block.start + t0, block.start + t1, "text.result"))
        _set_actual(rec, a, None, provenance(ctx.doc, block, block.start + a0, block.start + a1, "text.result"), t)
        rec.source_ref = context[0] if context else None
        out.append(rec)
    return out


RESPECTIVE_BRACKET_RX = _P.get("result.respective_bracket").regex
DONE_LEAD_RX = _P.get("result.done_lead").regex


def _bracket_records(ctx: _Ctx, block: Block, context: list[str], quantities: list) -> list[Indicator]:
    """'… đã tạo thêm việc làm mới cho 23.100 lao động, trong đó gồm XKLĐ 610 người (chỉ tiêu tương ứng 21.000/1.500
    người)': the results before the bracket answer its targets in order; the second, a part the words between name,
    takes the first one's measure narrowed ('tạo thêm việc làm mới, trong đó gồm XKLĐ')."""
    text = block.text
    out: list[Indicator] = []
    for m in RESPECTIVE_BRACKET_RX.finditer(text):
        amounts = amount_figures(quantities, block.start, text, ("count", "money", "measure"))
        stop = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()))
        results = [f for f in amounts if stop < f.start and f.end <= m.start()][-2:]
        targets = [(m.span(k), parse_number(m.group(k))) for k in ("a", "b")]
        if len(results) != 2 or any(n is None for _, n in targets):
            continue
        first = results[0]
        label = DONE_LEAD_RX.sub("", text[_clause_start(text, first.start):first.start].strip(" ,"), count=1)
        label = regex.sub(r"\s+cho$", "", label.strip(), flags=regex.I)
        part = " ".join(text[first.end:results[1].start].strip(" ,").split())
        for f, (span, n), name in zip(results, targets, (label, f"{label}, {part}")):
            if len(WORD_RX.findall(name)) < 2:
                break
            rec = _record(ctx, block, name, block, "text.result", block.start + first.start, block.start + m.end())
            t = Figure(*span, n.value, unit=f.unit, level=_scope_level(text) or ctx.subject)
            period = _own_period(text, first.start) or ctx.lead_period or _period_from(context) or ctx.doc_period
            _set_target(rec, t, period, provenance(ctx.doc, block, block.start + span[0], block.start + span[1],
                                                   "text.result"))
            _set_actual(rec, f, None, provenance(ctx.doc, block, block.start + f.start, block.start + f.end,
                                                 "text.result"), t)
            rec.source_ref = context[0] if context else None
            out.append(rec)
    return out


def _plan_ratio_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """'Chi đầu tư từ nguồn thu tiền sử dụng đất 560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch': a result
    over its plan (indicator_results.plan_ratios); the label is the clause before the pair."""
    text = block.text
    out: list[Indicator] = []
    item = ITEM_RX.match(text)
    ratios = plan_ratios(text)
    slashed = [r for r in slash_targets(text, answers_targets(text, context))
               if all(r.actual_span != x.actual_span for x in ratios)]
    starts = {id(pr): lead_end(text, _clause_start(text, pr.start), pr.start) for pr in ratios}
    starts.update({id(pr): past_theme(text, label_start(text), lead_end(text, _clause_start(text, pr.start), pr.start))
                   for pr in slashed})
    after = _counted_after(text, slashed, starts)
    for pr in ratios + slashed:
        start = starts[id(pr)]
        label = RESULT_TAIL_RX.sub("", _clean_label(text[:pr.start], [], start)).strip(" .,;:-–")
        label = after.get(id(pr)) or drop_theme(label)
        label = regex.sub(r"^(?:đã|được)\s+", "", label, flags=regex.I)
        if len(WORD_RX.findall(_strip_cues(label))) < 2 and pr.unit and pr.unit != "%":
            label = f"{label} {pr.unit}".strip()     # 'xóa 412/400 nhà tạm': the counted thing names it
        if len(WORD_RX.findall(_strip_cues(label))) < 2:
            continue
        rec = _record(ctx, block, label, block, "text.result", block.start + start, block.start + pr.start)
        rec.ordinal = item.group(1) if item else None
        t = Figure(*pr.target_span, pr.target, unit=pr.unit, level=_scope_level(text) or ctx.subject)
        a = Figure(*pr.actual_span, pr.actual, unit=pr.unit)
        period = _own_period(text, pr.start) or ctx.lead_period or _period_from(context) or ctx.doc_period
        _set_target(rec, t, period, provenance(ctx.doc, block, block.start + t.start, block.start + t.end, "text.result"))
        _set_actual(rec, a, None, provenance(ctx.doc, block, block.start + a.start, block.start + a.end, "text.result"), t)
        rec.source_ref = context[0] if context else None
        out.append(rec)
    return out


def _counted_after(text: str, slashed: list, starts: dict[int, int]) -> dict[int, str]:
    """Labels of 'a/b' pairs the counted thing after them names ('97%/90% dân số dùng nước hợp vệ sinh'), by pair."""
    slashed = sorted(slashed, key=lambda pr: pr.start)
    befores = [slash_before(text, pr.start, starts[id(pr)], slashed[k - 1].target_span[1] if k else None)
               for k, pr in enumerate(slashed)]
    pairs = [(pr.start, pr.target_span[1], k) for k, pr in enumerate(slashed)]
    return {id(slashed[k]): label for k, label in labels_after(text, pairs, befores).items()}


def _plan_share_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """'Tổng chi ngân sách địa phương năm 2025 được HĐND tỉnh giao là 26.811,096 tỷ đồng.' ... 'Ước thực hiện năm
    2025 là 27.535 tỷ đồng, đạt 102,70% dự toán': a result whose share of the plan points, by arithmetic, at the
    plan written before it in this paragraph or the few before. The label is the plan's clause."""
    text = block.text
    shares = plan_shares(text)
    if not shares:
        return []
    earlier = _section_before(ctx, block)
    out: list[Indicator] = []
    for sh in shares:
        holders = earlier + [block]
        found = find_plan([b.text for b in earlier] + [text[:sh.start]], sh.unit, sh)
        if found is None:
            continue
        i, ts, te, value = found
        tb = holders[i]
        start = _clause_start(tb.text, ts)
        cut = max((m.end() for m in regex.finditer(r"[,;:(]", tb.text[start:ts])), default=0)
        if len(WORD_RX.findall(tb.text[start + cut:ts])) >= 2:
            start += cut                      # '(trong đó: ..., chi trả lãi các khoản ... vay 11,4 tỷ đồng)'
        label = _clean_label(tb.text[start:ts], [])
        label = RESULT_TAIL_RX.sub("", PLAN_GIVEN_RX.sub("", label)).strip(" .,;:-–")
        if len(WORD_RX.findall(_strip_cues(label))) < 2:
            continue
        rec = _record(ctx, tb, label, tb, "text.result", tb.start + start, tb.start + ts)
        t = Figure(ts, te, value, unit=sh.unit, level=ctx.subject)
        a = Figure(*sh.actual_span, sh.actual, unit=sh.unit)
        period = _own_period(tb.text, ts) or ctx.lead_period or _period_from(context) or ctx.doc_period
        _set_target(rec, t, period, provenance(ctx.doc, tb, tb.start + ts, tb.start + te, "text.result"))
        _set_actual(rec, a, None, provenance(ctx.doc, block, block.start + a.start, block.start + a.end,
                                             "text.result"), t)
        rec.source_ref = context[0] if context else None
        out.append(rec)
    return out


def _section_before(ctx: _Ctx, block: Block, most: int = 15) -> list[Block]:
    """The text blocks before `block` in its part of the document: back to the numbered heading that opens it
    ('2.2. Chi ngân sách địa phương'), lettered items and bullets included; at most `most` blocks."""
    out: list[Block] = []
    for b in reversed(ctx.doc.blocks[max(0, block.index - most):block.index]):
        if b.cells is not None or b.source != "body":
            continue
        t = b.text.strip()
        if b.kind == "heading" or (len(t) < 160 and (ROMAN_RX.match(t) or ARABIC_RX.match(t) or DECIMAL_RX.match(t))):
            break
        out.append(b)
    return out[::-1]


PLAN_GIVEN_RX = _P.get("result.plan_given").regex


RESULT_TAIL_RX = _P.get("result.result_tail").regex


# 'tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%': the rate is the one the sentence before named
THIS_RATE_RX = _P.get("result.this_rate").regex


ANTECEDENT_RX = _P.get("result.antecedent").regex


def _antecedent(before: str) -> Optional[str]:
    """The rate the sentence before named ('…, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu.
    Đến cuối năm 2024, tỷ lệ này …'), or None when it names none."""
    cuts = [m.end() for m in regex.finditer(r"\.\s", before)]
    recent = before[cuts[-2] if len(cuts) > 1 else 0:]          # this sentence's opening and the one before
    found = [m for m in ANTECEDENT_RX.finditer(recent) if not THIS_RATE_RX.match(m.group(0))]
    return " ".join(found[-1].group(0).split()) if found else None
