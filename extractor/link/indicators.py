"""Indicators: each target (and result, when the document reports one) tied to its label, level and period.

This module is the stage (`extract_indicators`, which the pipeline calls), the final de-duplication, and the
link from a target an annex restates to the body's record (`_link_restated`).
The work is split by purpose:
- figures.py: vocabulary, figures (percentages, ranges, counts, ranks), comparators, levels;
- records.py: the walk's context, provenance, labels, record building, `achieved`;
- tables.py: rule `table.columns` (column roles, table rows → records);
- text.py (and the modules it names): rules `text.result`, `list.item`, `prose.plan` (numbered lists and prose);
- results.py: a result and its target stated in one sentence;
- units.py: rule `list.units` (a target per province, district or commune a sentence lists).
The public helpers of those modules are re-exported here.
"""
from __future__ import annotations

from typing import Optional

import regex

from extractor.link.figures import (ANNEX_RX, WORD_RX, Figure, _first, _levels, _read_figures, assign_levels,
                                find_figures, levels_in, rank_figures, status_of)
from extractor.link.records import (_Ctx, _heading_like, _heads_numbered_list, _is_heading_like, _is_period_lead,
                                _item_kind, _label_without, _period_from, _sections, _track_subject, achieved,
                                flat_text, lower_is_better, periods_in, subject_level, _strip_cues)
from extractor.link.results import respective_pairs, slash_targets
from extractor.link.tables import _header_period, header_role, read_table, _says_enough
from extractor.link.target_cues import _nearest_cue_reports
from extractor.link.text import _text_records, cell_text_records, headline_targets
from extractor.link.units import lists_units
from extractor.link.label_leads import polished_labels     # the last pass, once records are final
from extractor.model import Block, Document, DocumentMeta, Indicator, Quantity, Segment
from extractor.normalize.document import fold_tone
from extractor.patterns import load_patterns

__all__ = ["Figure", "achieved", "assign_levels", "extract_indicators", "find_figures", "header_role", "levels_in",
           "lower_is_better", "rank_figures", "status_of", "subject_level"]


def extract_indicators(doc: Document, segments: list[Segment], quantities: list[Quantity],
                       meta: DocumentMeta) -> list[Indicator]:
    """Every indicator of the document, in document order."""
    _forget_texts()
    by_block: dict[int, list[Segment]] = {}
    for s in segments:
        by_block.setdefault(s.block.index, []).append(s)
    annexes = sum(1 for b in doc.blocks if b.cells is None and ANNEX_RX.match(b.text))
    # a range's end counts repeat the range row's figures: indicators read and cite the range
    quantities = [q for q in quantities if q.range_end is None]
    plan = bool(meta and any(_first("plantype", x or "") for x in (meta.doc_type, meta.title)))
    ctx = _Ctx(doc=doc, quantities=quantities, sections=_sections(segments), annexes=annexes,
               normative=_is_rule_text(meta, plan),
               title=meta.title if meta else None, doc_period=_period_from([meta.title or ""]) if meta else None,
               doc_year=_issued_year(meta), plan=plan)
    out: list[Indicator] = []
    for block in doc.blocks:
        if block.source != "body":
            continue
        if block.cells is None:
            _track_subject(ctx, block)
        if block.cells is not None:
            recs = read_table(ctx, block)
            out += recs if recs is not None else cell_text_records(ctx, block, by_block.get(block.index, []))
            continue
        out += _text_records(ctx, block, by_block.get(block.index, []))
        if _is_heading_like(block) or _heads_numbered_list(doc, block):
            ctx.headings.append((block.index, flat_text(block.text)[:300]))
    out = headline_targets(ctx, out) + out
    annex = next((b.index for b in doc.blocks if b.cells is None and (ANNEX_RX.match(b.text)
                                                                       or ANNEX_ALONE_RX.match(b.text))), None)
    # asked only of the blocks that hold records (_dedupe compares records): not every block's text matched
    headings = frozenset(i for i in {r.prov.block for r in out} if doc.blocks[i].cells is None
                         and (doc.blocks[i].kind == "heading" or SUBHEADING_RX.match(doc.blocks[i].text.strip())))
    records = _without_restating_ends(doc, _without_run_in_headline(doc, _dedupe(out, headings)))
    return polished_labels(_link_restated(_without_recaps(doc, records), annex))


def _forget_texts() -> None:
    """The walk caches what it reads of a text (cue words, periods, roles, flattened blocks) within one document;
    emptied before the next, so a batch's memory stays bounded and near-identical documents read as fast as others."""
    for cached in (_first, _read_figures, _nearest_cue_reports, flat_text, periods_in, _heading_like, _item_kind,
                   _is_period_lead, header_role, lists_units, _levels, _label_without, _header_period, _says_enough,
                   respective_pairs, slash_targets):
        cached.cache_clear()


def _is_rule_text(meta: Optional[DocumentMeta], plan: bool) -> bool:
    """A decree, a law, a circular, or a decision or resolution whose title says it lays down rules ('Ban hành Quy
    chế ...', 'Quy định mẫu văn bản ...'): its figures are conditions and norms, not aims (patterns `doctype`,
    `rulebook`). A decision that issues a plan is no rule text."""
    if meta is None:
        return False
    return bool((meta.doc_type and _first("doctype", meta.doc_type))
                or (not plan and meta.title and _first("rulebook", meta.title)))


ANNEX_ALONE_RX = regex.compile(r"^\s*(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:số\s+)?(?:[IVXLC]+|\d+))?\s*[:.]?\s*$")


def _issued_year(meta: Optional[DocumentMeta]) -> Optional[int]:
    m = regex.match(r"(\d{4})", (meta.issued_date or "") if meta else "")
    return int(m.group(1)) if m else None


def _dedupe(records: list[Indicator], headings: frozenset = frozenset()) -> list[Indicator]:
    """One record per indicator: a sentence repeated (once per procedure, or with and without its
    lead-in) states one target. Prose records with the same target and nearly the same words merge; of a heading
    and the body that restates it ('## Phấn đấu GDP từ 10% trở lên' over '… Tốc độ tăng tổng sản phẩm trong nước
    (GDP) phấn đấu từ 10% trở lên'), the body's record stays, with its full name of the measure."""
    seen: dict[tuple, list[tuple[set[str], tuple, str, int]]] = {}     # words, place, label, index in `out`
    out: list[Indicator] = []
    for r in records:
        key = (r.level, r.target_comparator, r.target_value, r.target_high, r.target_year, r.actual_value,
               r.ordinal if r.prov.rule != "prose.plan" else r.prov.rule,
               r.target_prov.col if r.target_prov is not None else None,   # one per target column
               (r.prov.block, r.prov.row) if r.prov.row is not None else None)   # a table row is its own task
        words = set(WORD_RX.findall(r.label_norm or ""))
        if r.prov.rule == "prose.plan":        # two clauses may share a label ('tốc độ tăng bình quân'): compare clauses
            words |= set(WORD_RX.findall(fold_tone(r.prov.text).lower()))
        # two figures of one clause are two targets ('cắt giảm ít nhất: 30% thời gian ..., 30% chi phí ...')
        place = (r.prov.start, r.prov.end, r.target_prov.start if r.target_prov is not None else None)
        label = r.label_norm or ""
        prior = seen.setdefault(key, [])
        same = next((i for i, (w, p, lb, held) in enumerate(prior)
                     if (words == w or (r.prov.rule == "prose.plan" and _overlap(words, w) >= 0.95)
                         or _captions(out[held], r, headings, _overlap(words, w)))
                     and not _same_clause_other_figure(place, p)
                     and not (p == place and label != lb)),    # one figure several listed rates share ('… đều ở mức 100%')
                    None)
        if same is not None:
            held = prior[same][3]
            if out[held].prov.block in headings and r.prov.block not in headings:
                out[held] = r                 # the body states what its heading announced
            continue
        prior.append((words, place, label, len(out)))
        out.append(r)
    return out


def _without_run_in_headline(doc: Document, records: list[Indicator]) -> list[Indicator]:
    """'[Infographics] Năm 2022: Phấn đấu đạt tỷ lệ 92% dân số tham gia BHYT' run into the first paragraph by the
    reader: a headline line (the first of the document's first text block, short, no full stop) that states a target
    the body states again (same bound, value and unit, in a later block, of a label sharing words) restates it; the body's record stands, the
    headline's figure kept on it as a supporting quantity. A headline's target the body lacks stays."""
    first = next((b for b in doc.blocks if b.source == "body" and b.cells is None and b.text.strip()), None)
    if first is None or "\n" not in first.text.strip():
        return records
    line = first.text.strip().split("\n", 1)[0]
    if line.rstrip().endswith((".", ";", ":")) or len(WORD_RX.findall(line)) > 30:
        return records
    end = first.start + first.text.find(line) + len(line)
    out = []
    for r in records:
        body = next((o for o in records if o.prov.block > first.index and _same_figure(r, o)
                     and len(_words(r.label) & _words(o.label)) >= 2), None) \
            if r.prov.block == first.index and r.target_prov is not None and r.target_prov.start < end else None
        if body is None:
            out.append(r)
        else:
            body.quantity_refs.append((r.target_prov.start, r.target_prov.end))
    return out


END_LINE_WORDS = 40       # a headline or a closing caption is one short sentence


def _without_restating_ends(doc: Document, records: list[Indicator]) -> list[Indicator]:
    """'Chính phủ đặt mục tiêu năm 2025 giảm ít nhất 30% thời gian giải quyết thủ tục hành chính.' heading a news item
    whose body states '… giảm ít nhất 30% thời gian giải quyết TTHC'; a closing line 'Một trong số những tiêu chí … là
    tỷ lệ tham gia BHYT đạt từ 95% trở lên' after the body stated it: a paragraph of one short sentence at either end
    of the text restates the body's target (same figure, a label sharing words); the body's record stands, the
    line's figure kept on it as a supporting quantity. A target only such a line states stays."""
    texts = _body_texts(doc)
    ends = {b.index for b in texts[:1] + texts[-1:] if len(texts) > 2 and _one_short_sentence(b.text)}
    out = []
    for r in records:
        body = next((o for o in records if o.prov.block not in ends and _same_figure(r, o)
                     and _rewords(r.label, o.label)), None) \
            if r.prov.block in ends and r.prov.rule == "prose.plan" and r.target_prov is not None \
            and r.target_value != 100 else None          # a whole share is too common a value to tell
        if body is None:
            out.append(r)
        else:
            body.quantity_refs.append((r.target_prov.start, r.target_prov.end))
    return out


def _rewords(a: str, b: str) -> bool:
    """Whether two labels name one measure: most words of the shorter in the longer, three at least ('chi phí tuân thủ
    TTHC' in 'chi phí tuân thủ thủ tục hành chính'); 'tỷ lệ' alone shared is not enough."""
    wa, wb = _words(a), _words(b)
    shared = len(wa & wb)
    return shared >= 3 and shared >= RESTATED_SHARE * min(len(wa), len(wb))


RESTATED_SHARE = 0.6


def _one_short_sentence(text: str) -> bool:
    t = " ".join(text.split())
    return len(WORD_RX.findall(t)) <= END_LINE_WORDS and not regex.search(r"[.;:!?](?=\s)", t.rstrip(" ."))


def _same_figure(a: Indicator, b: Indicator) -> bool:
    return a.target_value is not None and b.actual_value is None and a.actual_value is None and all(
        getattr(a, k) == getattr(b, k) for k in ("target_comparator", "target_value", "target_high", "target_unit"))


SUBHEADING_RX = load_patterns("indicators").get("record.subheading").regex     # 'Phấn đấu GDP từ 10% trở lên'
RECAP_HEAD_RX = load_patterns("indicators").get("recap.head").regex
RECAP_COMMENTARY_RX = load_patterns("indicators").get("recap.commentary").regex
RECAP_BLOCKS = 6          # how far back, in paragraphs, a recap may point


def _without_recaps(doc: Document, records: list[Indicator]) -> list[Indicator]:
    """A sentence that comes back to a target set a few paragraphs before, to comment on it ('Trị giá trên 16% trong
    GDP sẽ khẳng định vai trò của kinh tế số …'), is no new target: its figure is kept on the earlier record as a
    supporting quantity. Two targets of one value stay two ('100% X …', '100% Y …'): a recap's figure follows a bare
    word of value and is of what the earlier label names (patterns recap.*)."""
    out: list[Indicator] = []
    lead = _lead_paragraph(doc)               # read once: the body's blocks are scanned to find it
    # every test below starts with _same_target_nearby: only earlier plan targets of r's figure are compared, in
    # the order of `out` (comparing each record with all the kept ones was quadratic in the document's records)
    alike: dict[tuple, list[Indicator]] = {}
    for r in records:
        kept = alike.get(_figure_key(r), []) if _may_recap(r) else []
        first = next((o for o in reversed(kept) if _recaps(doc, o, r) or _restated(doc, o, r)
                      or _summed_up(doc, o, r, lead) or _said_again(o, r)), None)
        if first is None:
            out.append(r)
            if _may_be_recapped(r):
                alike.setdefault(_figure_key(r), []).append(r)
        elif _is_caption_line(doc, first.prov.block) and not _is_caption_line(doc, r.prov.block):
            r.quantity_refs.append((first.target_prov.start, first.target_prov.end))
            out[out.index(first)] = r          # the body names in full what a caption line announced
            kept[kept.index(first)] = r        # same figure: its place among the alike is the caption's
        else:
            first.quantity_refs.append((r.target_prov.start, r.target_prov.end))
    return out


SAID_AGAIN_WORDS = 6      # the words two statements of one target end alike in: a measure named in full


def _said_again(earlier: Indicator, r: Indicator) -> bool:
    """'Chỉ tiêu 100% số trường THPT đạt chuẩn quốc gia mức độ 1' › a paragraph on, 'Trong đó, huyện tập trung xây dựng
    100% số trường THPT đạt chuẩn quốc gia mức độ 1'; a caption line 'Kinh tế số trong từng ngành, lĩnh vực đạt tối
    thiểu 20%' › '… tỷ trọng giá trị tăng thêm của kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%': the same
    figure, no other year (one may name none), and the two labels ending in the same six words or more: only the lead-in
    differs, the measure is one. Words after the shared part ('… nông thôn mới nâng cao') make another measure; a
    long shared name tells even a whole share (100%)."""
    if not _same_target_nearby(earlier, r) or earlier.target_prov is None \
            or None not in (r.target_year, earlier.target_year) and r.target_year != earlier.target_year:
        return False
    a, b = (WORD_RX.findall(fold_tone(x.label).lower()) for x in (earlier, r))
    shared = 0
    while shared < min(len(a), len(b)) and a[-1 - shared] == b[-1 - shared]:
        shared += 1
    return shared >= SAID_AGAIN_WORDS and not _swapped_middle(a[:len(a) - shared], b[:len(b) - shared])


def _swapped_middle(a: list[str], b: list[str]) -> bool:
    """'thôn, tổ dân phố có thiết chế văn hóa đạt chuẩn' › 'thôn, khối phố có thiết chế văn hóa đạt chuẩn': the heads
    before the shared words open alike, then each names something the other does not (no word in common): one frame
    for two groups, not a lead-in reworded. (`a`, `b`: the words before the shared ending.)"""
    opened = 0
    while opened < min(len(a), len(b)) and a[opened] == b[opened]:
        opened += 1
    rest_a, rest_b = a[opened:], b[opened:]
    return opened >= 1 and bool(rest_a) and bool(rest_b) and not set(rest_a) & set(rest_b)


def _is_caption_line(doc: Document, block: int) -> bool:
    """A line with no sentence mark of its own between paragraphs ('Kinh tế số … đạt tối thiểu 20%')."""
    b = doc.blocks[block]
    return b.cells is None and bool(SUBHEADING_RX.match(b.text.strip()))


def _same_target_nearby(earlier: Indicator, r: Indicator) -> bool:
    """What a recap and a restatement share: two plan targets without results, a few paragraphs apart, of the same
    bound, value and unit."""
    if r.prov.rule != "prose.plan" or earlier.prov.rule != "prose.plan" or r.target_prov is None \
            or r.actual_value is not None or earlier.actual_value is not None \
            or not 0 < r.prov.block - earlier.prov.block <= RECAP_BLOCKS:
        return False
    return all(getattr(r, k) == getattr(earlier, k)
               for k in ("target_comparator", "target_value", "target_high", "target_unit"))


def _figure_key(r: Indicator) -> tuple:
    """What _same_target_nearby asks to be equal: bound, value and unit."""
    return r.target_comparator, r.target_value, r.target_high, r.target_unit


def _may_recap(r: Indicator) -> bool:
    """Whether `r` may be the later record of _same_target_nearby."""
    return r.prov.rule == "prose.plan" and r.target_prov is not None and r.actual_value is None


def _may_be_recapped(r: Indicator) -> bool:
    """Whether `r` may be the earlier record of _same_target_nearby."""
    return r.prov.rule == "prose.plan" and r.actual_value is None


def _words(text: str) -> set[str]:
    return set(WORD_RX.findall(fold_tone(text).lower()))


def _recaps(doc: Document, earlier: Indicator, r: Indicator) -> bool:
    if not _same_target_nearby(earlier, r) or not RECAP_HEAD_RX.match(doc.text[r.prov.start:r.target_prov.start]):
        return False
    m = RECAP_COMMENTARY_RX.match(doc.text[r.target_prov.end:r.prov.end])
    if m is None:
        return False
    said = _words(m.group("object"))
    return bool(said) and said <= _words(earlier.label)


RECAP_BASE_RX = load_patterns("indicators").get("recap.base").regex
RECAP_MEASURE_RX = load_patterns("indicators").get("recap.measure_word").regex


def _restated(doc: Document, earlier: Indicator, r: Indicator) -> bool:
    """'… kinh tế số của Việt Nam đạt tối thiểu 30% GDP.' › a few paragraphs on, '… Quy mô kinh tế số đạt tối thiểu 30%
    GDP.': the same bound and value of the same base, with no other year, what it measures named by words of the earlier
    label, states that target again. A whole share (100%) is too common a value to tell."""
    if not _same_target_nearby(earlier, r) or earlier.target_prov is None or r.target_value in (None, 100) \
            or r.target_year not in (None, earlier.target_year):
        return False
    bases = [RECAP_BASE_RX.match(doc.text[x.target_prov.end:x.target_prov.end + 40]) for x in (earlier, r)]
    if not all(bases) or fold_tone(bases[0].group("base")).lower() != fold_tone(bases[1].group("base")).lower():
        return False
    said = _words(RECAP_MEASURE_RX.sub(" ", r.label))
    return len(said) >= 2 and said <= _words(earlier.label + " " + bases[0].group("base"))


# words a restatement may add to what the lead said: how the figure moves, the aim ('nâng … lên', 'phấn đấu … đạt')
RESTATE_MOVE_RX = regex.compile(r"\b(?:nâng|lên|tăng|giảm|xuống|đạt|điều\s+chỉnh)\b", regex.I)


def _summed_up(doc: Document, earlier: Indicator, r: Indicator, lead: Optional[int]) -> bool:
    """A news item's first paragraph after its headline sums up the body ('Phường X phấn đấu tổng thu ngân sách đạt
    170,89 tỷ đồng …' › 'Theo đó, …, phường X phấn đấu tổng thu ngân sách đạt 170,89 tỷ đồng; …'): a target the body
    states again (same bound, value and unit, no other year), in nothing but words of that paragraph, cue words and
    how it moves, is the lead's target once more. A whole share (100%) is too common a value to tell."""
    if not _same_target_nearby(earlier, r) or r.target_value in (None, 100) \
            or r.target_year not in (None, earlier.target_year) or earlier.prov.block != lead:
        return False
    said = _words(RESTATE_MOVE_RX.sub(" ", _strip_cues(r.label)))
    return len(said) >= 3 and said <= _words(doc.blocks[earlier.prov.block].text)


def _body_texts(doc: Document) -> list[Block]:
    """The body's text blocks in order (no table, no header or footer, no blank)."""
    return [b for b in doc.blocks if b.source == "body" and b.cells is None and b.text.strip()]


def _lead_paragraph(doc: Document) -> Optional[int]:
    """The index of the paragraph right after a news item's headline (its first text block: one short line with no
    full stop), else None."""
    texts = _body_texts(doc)[:2]
    if len(texts) < 2:
        return None
    head = texts[0].text.strip()
    if "\n" in head or head.endswith((".", ";", ":")) or len(WORD_RX.findall(head)) > 30:
        return None
    return texts[1].index


CAPTION_REACH = 2         # paragraphs between a caption line and the body it restates
CAPTION_OVERLAP = 0.8     # a caption rewords the body a little ('sẽ dùng' for 'sẽ sử dụng'), no more


def _captions(a: Indicator, b: Indicator, headings: frozenset, overlap: float) -> bool:
    """'… đến năm 2030, tối thiểu 80% người dân và doanh nghiệp sẽ sử dụng các dịch vụ công trực tuyến.' then a caption
    line 'Đến năm 2030, 80% người dân và doanh nghiệp sẽ dùng dịch vụ công trực tuyến' (no full stop): of one target
    (the caller has checked bound, value and year), a line with no full stop next to the body restates the body in
    nearly its words, reworded a little."""
    return a.prov.rule == b.prov.rule == "prose.plan" and overlap >= CAPTION_OVERLAP \
        and (a.prov.block in headings) != (b.prov.block in headings) \
        and abs(a.prov.block - b.prov.block) <= CAPTION_REACH


def _same_clause_other_figure(a: tuple, b: tuple) -> bool:
    return a[:2] == b[:2] and a[2] is not None and b[2] is not None and a[2] != b[2]


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _link_restated(records: list[Indicator], annex: Optional[int]) -> list[Indicator]:
    """A target an annex restates (a table repeating the plan's targets) is the same indicator as in the body:
    same level, comparator, value, high and year, its wording nearly the body's. It is not a new record; its
    place is kept on the body's record as a supporting quantity (`quantity_refs`). Within the body, two targets
    of one value are two indicators ('100% Cổng ... được kết nối', '100% giao dịch ... được xác thực')."""
    if annex is None:
        return records
    out: list[Indicator] = []
    for r in records:
        first = None
        if r.prov.block > annex:
            first = next((o for o in out if o.prov.block < annex and _restates(o, r)), None)
        if first is None:
            out.append(r)
        elif r.target_prov is not None:
            first.quantity_refs.append((r.target_prov.start, r.target_prov.end))
    return out


def _restates(a: Indicator, b: Indicator) -> bool:
    same = (a.level, a.target_comparator, a.target_value, a.target_high, a.actual_value) == \
        (b.level, b.target_comparator, b.target_value, b.target_high, b.actual_value)
    if not same or (a.target_year and b.target_year and a.target_year != b.target_year):
        return False
    wa, wb = (set(WORD_RX.findall(x.label_norm or "")) for x in (a, b))
    return bool(wa and wb) and len(wa & wb) / max(len(wa), len(wb)) >= 0.6
