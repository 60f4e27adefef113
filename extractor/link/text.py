"""Indicators from text blocks: numbered lists, report sentences and plan prose.

- `text.result`: a result a report states against its target in one sentence ('đạt 85,2%, vượt chỉ tiêu
  được giao (80%)'), a result over its plan ('560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch'), or a result
  with the share of a plan written before it ('... là 27.535 tỷ đồng, đạt 102,70% dự toán'), paired by
  results.py;
- `list.item`: a numbered item under a heading about targets (`I. Kết quả thực hiện các chỉ tiêu năm
  2020`) or under a sentence that opens a list of targets ('... các chỉ tiêu sau:'), or a paragraph under a
  heading of goals, its first figures the target, a closing parenthesis the status or the result;
- `list.units` (units.py): a target per unit a sentence lists after a lead that sets targets ('Quảng Ninh: 12%;
  Hải Dương: 10,2%; ...');
- `prose.plan`: a figure in a clause that a target cue governs (`phấn đấu`, `bảo đảm`, `tối thiểu`, `phải`,
  an action on a share 'tích hợp 100% ...' ...), unless a result cue (`đã đạt được`, `hiện nay`) is nearer; a
  target in a parenthesis a cue opens; the cells of a table of tasks, sentence by sentence.

Here the block-by-block walk (`_text_records`, `cell_text_records`) and the readers of list items and prose;
what they ask lives in modules of its own: target_passages.py (the passages whose sentences state targets),
target_cues.py (whether a cue governs a figure), not_targets.py (what is written like a target but sets none:
scoring rules, conditions, thresholds, quoted provisions, definitions; patterns `nontarget.*`), text_figures.py
and paren_targets.py (the figures, in the text and in parentheses), labels.py and label_parts.py (one label per
figure), item_periods.py and target_levels.py (its period and level), text_results.py (`text.result`) and
sentences.py (the sentence and clause around a figure, read in a bounded window).
"""
from __future__ import annotations

import functools
from typing import Optional

import regex

from extractor.extract.periods import find_periods, Period
from extractor.extract.quantities import may_hold_figure
from extractor.link.figures import (ARABIC_RX, assign_levels, bare_rate_figures, BULLET_RX, DASH_ITEM_RX, DIGIT_RX,
                                    Figure, _first, ITEM_RX,
                                    _outside_parens, PAREN_ITEM_RX, PAREN_RX, _parentheses, PCT_RX, _quantity_figures,
                                    rank_figures, rate_figures, share_count_figures, unit_figures, WORD_RX)
from extractor.link.item_periods import BASELINE_RX, later_clause_period, _own_period
from extractor.link.label_parts import (RESPECTIVE_LEAD, respective_runs, named_count_parts, opened_parts, shared_share_tails, shared_rank_topics, _elliptic_destinations, _elliptic_label, _elliptic_counted_label, _elliptic_levels, _elliptic_objects,
                                        _elliptic_scope, _part_share_label, _period_repeated_head, _without_unit_tail, _graded_parts, _after_joined_predicate,
                                        _elliptic_parts, _group_part, _growth_subject, _inherit_label, _item_labels, _only_period,
                                        _period_run_labels, _rate_label, _reduced_items,
                                        _shared_items, _shared_verbs, _predicate_ahead, _criteria_items, _joint_items,
                                        _plural_head_items, _two_measures_items, _own_body_label,
                                        _with_assigned_topic, _year_run_labels, _year_run_lead_label, _elliptic_actions)
from extractor.link.labels import _figure_labels, _parts_lead, _under_parts_lead
from extractor.link.not_targets import (_condition_end, _counted_subject, _dropped, _in_quotation, _is_definition,
                                        _not_a_target, _quoted_provision)
from extractor.link.paren_targets import _bracketed_parts, _paren_result, _paren_targets, _parenthesised_target
from extractor.link.records import (_Ctx, _is_heading_like, _ordinal_prefix, _period_from, periods_in, quantities_in,
                                    _record, _refs, _relabel, _section_texts, _set_actual, _set_target)
from extractor.link.sentences import _cell_sentences, _clauses
from extractor.link.tables import header_role
from extractor.link.target_cues import (_ahead, _bare_measure_target, _as_of_past_year, _continues_targets, _goal_after_cue,
                                        _goes_on_with_plan, _is_target, JOINED_OPEN_RX, _joins_aim, _mark_cued,
                                        MONTHS_REPORT_RX, PAST_YEAR_OPENS_RX, _plan_ahead, last_cued_reports,
                                        reported_before, reports_only, _reports_results, _result_governed,
                                        _under_aim_opening)
from extractor.link.target_levels import (_body_level, _carried_level, colon_part_levels, _ordered_units_level, _province_part,
                                          _scope_level, _target_subject)
from extractor.link.target_passages import (_after_announced_targets, _after_goals, _details_adopted_plan,
                                            _details_announced_plan, _details_cued_target,
                                            _details_striven_targets, _follows_example_list,
                                            _is_caption, _is_goals_section, _is_headline, _is_indicator_section,
                                            _is_plan_part,
                                            _is_title, _lead_in, _states_tasks, _task_line, _titles_results,
                                            _track_goals,
                                            _track_inline_list, _track_set_targets, _track_target_list,
                                            _track_opening_aim, _track_semicolon_list,
                                            _track_tasks_title)
from extractor.link.text_figures import (GROWTH_AFTER_RX, GROWTH_BASIS_RX, NAMED_AFTER_RX, OWN_PERIOD_NEXT_RX, PERIOD_AFTER_RX, PERIOD_THEN_NEXT_RX,
                                         RATE_AFTER_RX, SHARE_JOINED_AFTER_RX, SHARE_OF_UNITS_AFTER_RX,
                                         coefficient_figures, _text_figures)
from extractor.link.text_results import _anaphor_records, _earlier_result, _result_records, _weighed_result
from extractor.link.results import answers_targets, slash_targets
from extractor.link.units import (assigned_level, assignee_labels, lists_units, rest_level, unit_level,
                                  unit_list_records)
from extractor.model import Block, Indicator, provenance, Segment
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


def _text_records(ctx: _Ctx, block: Block, segs: list[Segment]) -> list[Indicator]:
    _track_opening_aim(ctx, block)
    _track_target_list(ctx, block)
    _track_goals(ctx, block)
    _track_tasks_title(ctx, block)
    _track_semicolon_list(ctx, block)
    if ctx.inline_list >= 0 and ctx.inline_list != block.index and (
            _is_heading_like(block) or block.index - ctx.inline_list > 6 or ctx.inline_list == ctx.inline_para
            or _titles_results(block)):
        ctx.inline_list = -1
    if _lead_in(ctx, block):
        return []
    if ctx.lead_block >= 0 and block.index - ctx.lead_block > 3 and not BULLET_RX.match(block.text) \
            and ctx.target_list != ctx.lead_block:
        ctx.lead_period = None
    if not _holds_figure(ctx, block):
        ctx.figureless_aim = block            # read (_settle_figureless_aim) only if the next block can hold a target
        return []
    _settle_figureless_aim(ctx, block)
    if _is_headline(ctx, block) and not _is_caption(block):
        ctx.headline = _prose_records(ctx, block, segs, context=[])
        return []                             # kept only for a target the body does not state (see headline_targets)
    if _is_title(ctx, block) or _is_caption(block) or _is_photo_caption(block):
        return []                             # the title or a heading restates a target the body states
    if _quoted_provision(ctx, block):
        return []
    context = _section_texts(ctx, block)
    if _is_definition(block.text, context):
        return []
    paired = _result_records(ctx, block, context) or _anaphor_records(ctx, block, context)
    if paired:
        return paired + _plan_before_results(ctx, block, segs, context, paired)
    item = ITEM_RX.match(block.text) or PAREN_ITEM_RX.match(block.text) or BULLET_RX.match(block.text) \
        or DASH_ITEM_RX.match(block.text)
    listed = ctx.target_list >= 0 and bool(item and item.group(0).strip())
    planned = _is_plan_part(ctx, block, context)      # under 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026', as under goals
    if item and item.group(0).strip() and (_is_indicator_section(context) or listed or planned):
        return _list_item(ctx, block, item, context)
    task = _task_line(ctx, block) if ctx.target_list >= 0 else None
    if task:                                   # the item's words start after the task's name
        return _list_item(ctx, block, task, context)
    if _is_goals_section(context) or planned:  # a plain paragraph under '2. Mục tiêu cụ thể › 2.1. Đến năm 2030'
        return _list_item(ctx, block, regex.match(r"\s*", block.text), context)
    out = _prose_records(ctx, block, segs, context)
    shared_share_tails(block, out)
    for rec in out:
        _earlier_result(ctx, block, rec)
        _weighed_result(ctx, block, rec)
    if out and ctx.goals_block == block.index - 1 and SHARE_OPENS_RX.match(block.text):
        ctx.goals_block = block.index         # '100% … . 100% … .': the next share-led paragraph keeps the aims' period
    return out


PHOTO_CAPTION_RX = _P.get("prose.photo_caption").regex


def _is_photo_caption(block: Block) -> bool:
    """'Huyện Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp năm 2025 đạt 3.563 tỷ đồng. Trong ảnh: Nông dân …': a
    short paragraph that says what a photo shows is its caption, which restates what the body states."""
    return len(block.text) < 400 and PHOTO_CAPTION_RX.search(block.text) is not None


def _settle_figureless_aim(ctx: _Ctx, block: Block) -> None:
    """'Phấn đấu đến năm 2030, tỉnh hoàn thành chuyển đổi số …' with no figure of its own sets the aim that the next
    paragraph's 'Khi đó, 100% hồ sơ …; 90% …' (or 'Đồng thời, …') states in figures (`_joins_aim`). Only the block
    right after it can tell (an aim is read in its own paragraph and the next), so a figureless paragraph is read for
    cues when that block may hold a target, not every time: most figureless paragraphs are followed by another."""
    aim, ctx.figureless_aim = ctx.figureless_aim, None
    if aim is not None and aim.index == block.index - 1 and _first("cue.target", aim.text) \
            and not _first("cue.result", aim.text):
        _note_aim(ctx, aim, aim.text, _aim_period(aim.text))


def _aim_period(text: str) -> Optional[Period]:
    """The period an aim is set for: the last one its paragraph names that is no baseline ('Năm 2021, ngành đặt mục
    tiêu tăng doanh thu 9,66% so với năm 2020': 2021, not the year it is measured from)."""
    aims = [p for p in periods_in(text) if not BASELINE_RX.search(text[max(0, p.start - 40):p.start])]
    return aims[-1] if aims else None


def _note_aim(ctx: _Ctx, block: Block, text: str, period: Optional[Period]) -> None:
    """The paragraph sets an aim (a target cue, no result cue): its period, and every year it names ('đến năm 2025
    …; năm 2030 …') or a stage ends in ('giai đoạn 2021-2022 phấn đấu đạt 40%, 2023-2024 với 70%'), for the next
    paragraph's 'Đồng thời, …' or 'Khi đó, …' (`_joins_aim`) and its later sentences of the same stages."""
    ctx.aim_block, ctx.aim_period = block.index, period
    ctx.aim_years = frozenset(p.year for p in find_periods(text) if p.kind in ("year", "by_year", "range"))


SHARE_OPENS_RX = _P.get("prose.share_opens").regex
PLANNED_RX = load_patterns("indicators").get("cue.target.planned").regex   # a plan set out before its report


def _plan_before_results(ctx: _Ctx, block: Block, segs: list[Segment], context: list[str],
                         paired: list[Indicator]) -> list[Indicator]:
    """'Theo kế hoạch …, cả nước sẽ trồng 492,2 triệu cây, gồm …. Tuy nhiên, … chỉ đạt 33% so với kế hoạch': a
    paragraph that reports against a plan may set the plan out first, in a sentence of its own that a plan cue
    opens (`cue.target.planned`) and that reports nothing itself; its targets are kept beside the results, save one
    a result already pairs. So are those of a sentence after the pairs that a target cue governs and that reports
    nothing ('… đạt chỉ tiêu … (4%). 22/74 huyện … để bảo đảm mục tiêu “30% huyện nghèo thoát nghèo” vào cuối năm 2025')."""
    taken = {r.target_value for r in paired}
    last = max((p.end for r in paired for p in (r.prov, r.target_prov, r.actual_prov) if p), default=block.end)
    free = [s for s in segs if (PLANNED_RX.search(s.text) or (s.start >= last and _first("cue.target", s.text)))
            and not _first("cue.result", s.text)
            and not any(s.start <= (r.actual_prov or r.prov).start < s.end for r in paired)]
    return [r for r in _prose_records(ctx, block, free, context) if r.target_value not in taken] if free else []


def _holds_figure(ctx: _Ctx, block: Block) -> bool:
    """Whether a reader of figures finds one in the block. With no digit and no quantity none can (every figure
    pattern needs a digit, a count in words comes from the quantities stage): most blocks stop at that test."""
    text = block.text
    quantities = quantities_in(ctx, block.start, block.end)
    if not quantities and not DIGIT_RX.search(text):
        return False
    if PCT_RX.search(text) or rate_figures(text) or unit_figures(text):
        return True
    if ctx.normative and not _is_goals_section(_section_texts(ctx, block)):
        return False
    in_list = ctx.inline_list >= 0 or ctx.goals_block == block.index - 1 \
        or _first("lead_list.inline", text) is not None or _numbered_target(ctx, block) \
        or _reads_named_parts(ctx, block, section := _section_texts(ctx, block)) \
        or _goal_item_after_semicolon(ctx, block, section)
    return bool(_quantity_figures(quantities, block.start, text, in_list) or rank_figures(text)
                or coefficient_figures(text) or share_count_figures(quantities, block.start, text)
                or lists_units(text)              # 'Phường 11 là 31.669 người; Phường 12 là …': a count per unit
                or _slash_results(ctx, block)
                or bare_rate_figures(text))       # 'tỷ suất sinh thô … đạt 17,45, giảm 0,25 …' (results only)


def _slash_results(ctx: _Ctx, block: Block) -> bool:
    """'Đào tạo nghề cho 24.020/24.000 người. Đạt chỉ tiêu đại hội.': amounts written result over target."""
    return "/" in block.text and bool(slash_targets(block.text, answers_targets(block.text, _section_texts(ctx, block))))


def _reads_named_parts(ctx: _Ctx, block: Block, context: list[str]) -> bool:
    """Under a lead of targets (not of tasks) or in a part planning a period, an item's parts named with no verb
    ('…; diện tích lúa 3.200 ha') are read as targets: asked where a block is tested for figures and where its items
    are read."""
    return (ctx.target_list >= 0 and not ctx.task_list) or _is_plan_part(ctx, block, context)


def _numbered_target(ctx: _Ctx, block: Block) -> bool:
    """'6. Tổng thu ngân sách nhà nước 11.076 tỷ đồng. Tổng chi ngân sách 11.892 tỷ đồng, tăng 3,07%.': a numbered
    item under a heading of targets is a list's item, where a measure named with no verb before its amount states
    that amount as its target, as in a list a lead opens."""
    return ARABIC_RX.match(block.text) is not None and _is_indicator_section(_section_texts(ctx, block)) \
        and not _titles_results(block)


def _goal_item_after_semicolon(ctx: _Ctx, block: Block, context: list[str]) -> bool:
    """'2. Mục tiêu' › '…, trong đó: 10 triệu cây xanh trồng phân tán;' › '31,2 triệu cây xanh trồng rừng tập trung;': a
    plain paragraph under a heading of goals right after one that ends with ';' goes on with its list (a line break
    split it), where a bare count of named things is an item."""
    return block.index > 0 and _is_goals_section(context) \
        and ctx.doc.blocks[block.index - 1].text.rstrip().endswith(";")


def headline_targets(ctx: _Ctx, body: list[Indicator]) -> list[Indicator]:
    """A news item's headline mostly restates a target of its body; one the body does not state ('Năm 2017, các
    địa phương phấn đấu giảm từ 5.374 đến 6.013 hộ nghèo' over targets per district) is a target of its own."""
    return [r for r in ctx.headline if r.target_value is not None and not any(_restates(r, o) for o in body)]


def _restates(head: Indicator, o: Indicator) -> bool:
    """The headline's figure is the body's, or the body's rounded ('đạt 6.617 tỷ đồng' over '6.617,2 tỷ đồng'), or
    the body's range said by its lower bound ('tăng trưởng kinh tế trên 9%/năm' over '9 - 10%/năm')."""
    if (o.target_value, o.target_high) == (head.target_value, head.target_high):
        return True
    if head.target_high is None and o.target_high is not None and head.target_comparator in (">", ">=") \
            and o.target_value == head.target_value and o.target_unit == head.target_unit:
        return True
    return o.target_value is not None and head.target_high is None and o.target_high is None \
        and o.target_unit == head.target_unit and head.target_value.is_integer() \
        and round(o.target_value) == head.target_value


def _prose_records(ctx: _Ctx, block: Block, segs: list[Segment], context: list[str]) -> list[Indicator]:
    out: list[Indicator] = []
    if ctx.normative:
        return out
    whole: Optional[Indicator] = None          # the last amount of the sentence before, whose parts may follow
    for seg in segs or []:
        recs = _segment_records(ctx, block, seg, context)
        _parts_of_whole(whole, seg, recs)
        whole = recs[-1] if recs else None
        out += recs
    return out


def _segment_records(ctx: _Ctx, block: Block, seg: Segment, context: list[str]) -> list[Indicator]:
    out: list[Indicator] = []
    units = unit_list_records(ctx, block, seg, context)
    if units:                              # targets stated before the list in its sentence are prose's
        cut = min(r.prov.start for r in units) - seg.start
        comma = seg.text.rfind(",", 0, cut)    # ', trong đó tỷ lệ ... năm 2022' leads the list: not prose's
        cut = comma if comma > 0 and not PCT_RX.search(seg.text, comma, cut) else cut
        out += _prose(ctx, block, Segment(seg.text[:cut], seg.start, seg.start + cut, block, seg.cell,
                                          seg.section), context) if PCT_RX.search(seg.text[:cut]) else []
    return out + (units if units is not None else _prose(ctx, block, seg, context))


PARTS_OPEN_RX = _P.get("label_part.parts_open").regex
SET_APART_UNITS_RX = _P.get("label_part.set_apart_units").regex
SECTOR_PART_RX = _P.get("label_part.sector_part").regex


def _parts_of_whole(whole: Optional[Indicator], seg: Segment, recs: list[Indicator]) -> None:
    """'… tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, ngành nông-lâm nghiệp, thủy sản là 3.621,68 tỷ đồng;
    ngành công nghiệp-xây dựng 3.671,79 tỷ đồng; …': a sentence opened by 'Trong đó' lists parts of the amount the
    sentence before ended on; each part of its unit named by a sector alone is a part of that measure."""
    if whole is None or not whole.target_unit or not PARTS_OPEN_RX.match(seg.text):
        return
    measure = whole.label.rpartition(":")[2].strip()
    for r in recs:
        m = SECTOR_PART_RX.fullmatch(r.label)
        if m and r.target_unit == whole.target_unit and measure.lower() not in r.label.lower():
            _relabel(r, f"{measure} {m.group('part')}")


def _reports_so_far(block: Block, seg: Segment) -> bool:
    """The paragraph reports up to the segment: it opens with the months a report covers, or its earlier sentences
    report. It reads the whole block before the segment (a table's cells before the cell): asked only of a figure."""
    return MONTHS_REPORT_RX.match(block.text) is not None or reported_before(block.text[:seg.start - block.start])


def cell_text_records(ctx: _Ctx, block: Block, segs: list[Segment]) -> list[Indicator]:
    """A table whose columns say nothing of targets (a list of tasks: 'Nhiệm vụ | Cơ quan chủ trì | Thời hạn')
    is read cell by cell as prose: a task that sets a measure ('tích hợp 100% dịch vụ công trực tuyến', 'lựa chọn
    ít nhất 02 cán bộ, công chức') states a target; the cell is its place."""
    if ctx.normative:
        return []
    _settle_figureless_aim(ctx, block)
    context = _section_texts(ctx, block)
    skip = _result_columns(block)
    out: list[Indicator] = []
    for seg in segs:
        if seg.cell is None or seg.cell.is_header or seg.cell.col in skip or len(WORD_RX.findall(seg.text)) < 8:
            continue
        for a, b in _cell_sentences(seg.text):   # a cue governs its own sentence only: a cell is no paragraph
            out += _prose(ctx, block, Segment(seg.text[a:b], seg.start + a, seg.start + b, block, seg.cell,
                                              seg.section), context)
    return out


def _item_predicate_ahead(text: str, figs: list[Figure], f: Figure, label: str) -> str:
    """'- 90% hồ sơ … cấp tỉnh; 80% hồ sơ … cấp huyện … được xử lý trên môi trường mạng;': in a list item as in prose,
    the last figure of a ';' clause with no predicate of its own shares the one the items after it end with."""
    end = text.find(";", f.expr_end)
    if end < 0 or any(f.expr_end <= g.start < end for g in figs):
        return label
    return _predicate_ahead(text[end:], label)


def _result_columns(block: Block) -> set[int]:
    """Columns whose header says they hold results, assessments, notes or who does what ('Kết quả thực hiện',
    'Ghi chú', 'Cơ quan chủ trì'): their cells restate a task with what came of it, they set no target."""
    first = min((c.row for c in block.cells or []), default=0)
    return {c.col for c in block.cells or [] if c.row == first and (c.is_header or len(c.text) < 60)
            and header_role(c.text) in ("actual", "status", "note", "responsible", "evidence", "compare")}


def _inline_parts_labels(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'* Về kinh tế: (1) …; (2) Cơ cấu GRDP đến năm 2030: công nghiệp - xây dựng chiếm 51%, dịch vụ chiếm 40%, …': in
    an item of several ';' clauses, a clause that opens parts with a lead and a colon heads the parts after it in that
    clause, as a sentence's first clause does in prose (the parts are named by their own words, after the comma)."""
    out, lead, opened = [], None, -1
    for f, x in zip(figs, labels):
        at = text.rfind(";", 0, f.expr_start) + 1
        if at != opened:
            lead, opened = _parts_lead(text[at:], f.shifted(-at)), at
            lead = (PAREN_ITEM_RX.sub("", lead[0]), lead[1]) if lead else None     # '(2) Cơ cấu GRDP …'
            out.append(x)
            continue
        part = text[max(text.rfind(",", at, f.expr_start), at) + 1:f.expr_start]
        named = " ".join(part.split())
        y = _under_parts_lead(lead, part, f.shifted(-f.expr_start + len(part)), named) if lead else named
        out.append(x if y == named else y)          # a part of the lead, or the label it had
    return out


def _list_item(ctx: _Ctx, block: Block, item: regex.Match, context: list[str]) -> list[Indicator]:
    text = block.text
    outside = _outside_parens(text)
    goals = ctx.normative and _is_goals_section(context)
    start = item.end()
    # a task's name before its colon ('Cắt giảm mạnh TTHC trong năm 2025: Giảm …') gives a deadline, not a report
    found = _text_figures(ctx, block.start, text, in_list=_numbered_target(ctx, block)
                          or (not item.group(0).strip() and _goal_item_after_semicolon(ctx, block, context)),
                          goals=goals)
    if _reads_named_parts(ctx, block, context):
        found = _named_parts_too(ctx, block, found, goals)
    governed = _without_projections(text) if _projects_ahead(ctx, block) else text
    figs = [f for f in found if outside[f.start] and not _result_governed(governed, f, start)]
    cond = _condition_end(text, figs)
    if cond:                                  # 'Trường hợp ... chiếm từ 70% trở lên ...: phải đáp ứng từ 70% ...'
        figs, start = [f for f in figs if f.start > cond], cond
    # '- Lũy kế đến cuối nhiệm kỳ có 72 xã được công nhận …': the things counted are what is recognised, no threshold
    figs = [f for f in figs if not _not_a_target(text, f) or _counted_subject(text, f)]
    if _reports_results(text, context, figs):
        return []
    label, labels = None, None
    if not figs:                              # '... (Lúa: diện tích đạt 215 ha, ...; Ngô: ...)'
        figs, labels = _bracketed_parts(text, found)
    if not figs:                              # '... (trong đó có ít nhất 70% số km đường tỉnh ...)'
        figs, label = _parenthesised_target(text)
    if not figs:
        return []
    status, actual = _parentheses(text)
    figs = assign_levels(text, figs)
    scope = _scope_level(text)
    own_level = _target_subject(text[start:])
    labels = labels or ([label] * len(figs) if label else _figure_labels(text, figs, start))
    labels = [_item_predicate_ahead(text, figs, f, x) for f, x in zip(figs, labels)] + labels[len(figs):]
    labels = _item_labels(ctx, block, labels)
    labels = _inline_parts_labels(text, figs, labels) + labels[len(figs):]
    figs, labels = _respective_items(text, found, figs, labels)
    labels = _elliptic_item_periods(text, figs, labels)
    totals, total_labels, asides = _raised_totals(ctx, block, text, figs)
    labels = [_without_asides(y, asides) for y in labels] if asides else labels
    figs, labels = figs + totals, labels + total_labels
    # '- … tăng 9-10%/năm (dịch vụ tăng 8,5-9,5%, công nghiệp - xây dựng tăng 11-11,5%; …)': each part's own target
    parts, part_labels = _paren_targets(ctx, block.start, text, context, [f.end for f in figs], labels, parts_only=True)
    figs, labels = figs + parts, labels + part_labels
    ctx.prev_label, ctx.prev_block = labels[-1], block.index
    prefix = _ordinal_prefix(context, ctx.annexes)
    number = item.groups()[0] if item.groups() else None     # a bullet ('- ', '+ ') has no number
    pairs = [(f, x) for f, lab in zip(figs, labels) for x in (_shared_items(text, f) or _reduced_items(text, f) or _joint_items(lab) or [lab])]
    out = []
    for i, (f, label) in enumerate(pairs):
        rec = _record(ctx, block, label, block, "list.item")
        rec.ordinal = ".".join(prefix + [number]) if number else (".".join(prefix) or None)
        f.level = f.level or scope or own_level or unit_level(label) or _body_level(text[start:], context) \
            or ctx.lead_level or ctx.subject    # '- Huyện Lục Yên: 95%;' is the district's target
        period = _own_period(text, f.start, f.end) or ctx.lead_period or _period_from(context) or ctx.doc_period \
            or ctx.opening_period
        _set_target(rec, f, period, provenance(ctx.doc, block, block.start + f.start, block.start + f.end, "list.item"))
        if actual is not None and i == 0:
            _set_actual(rec, actual, None, provenance(ctx.doc, block, block.start + actual.start,
                                                 block.start + actual.end, "list.item"), f)
        if status:
            rec.status, rec.status_norm = status
        rec.source_ref = context[0] if context else None
        rec.quantity_refs = _refs(ctx, block.start, block.end, [(block.start + f.start, block.start + f.end)])
        out.append(rec)
    return out


def _respective_items(text: str, found: list[Figure], figs: list[Figure], labels: list[str]):
    """An item listing its parts' figures 'lần lượt' ('… các ngành A, B và C lần lượt là (32-33%), (42-43%) và
    (19-20%)'): each figure of the run is a target, in parentheses or not, labelled by its part."""
    if not figs or not RESPECTIVE_LEAD.may_match(text):
        return figs, labels
    named = respective_runs(text, [f for f in found if f.start >= figs[0].start])
    if not named:
        return figs, labels
    own = {f.start: x for f, x in zip(figs, labels)}
    kept = sorted([f for f in found if f.start in named or f.start in own], key=lambda f: f.start)
    return kept, [named.get(f.start) or own[f.start] for f in kept] + labels[len(figs):]


def _elliptic_item_periods(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'+ Tốc độ tăng trưởng GRDP … giai đoạn 2021-2025 đạt trên 10%/năm; giai đoạn 2026-2030 đạt trên 9,5%/năm': a
    later clause of an item that names only its period repeats the subject of the clause before it, as in prose."""
    out = list(labels)
    for i in range(1, min(len(figs), len(out))):
        cut = text.rfind(";", figs[i - 1].end, figs[i].start)
        if cut >= 0 and _only_period(out[i]):
            out[i] = _elliptic_label(text[:cut + 1], out[i])
    return out


def _growth_after_semicolon(before: str, label: str) -> bool:
    """'Phấn đấu … tổng thu ngân sách đạt 1.200 tỷ đồng; tăng bình quân 12%/năm': a clause after a semicolon that names
    only a growth ('tăng bình quân', 'đạt mức tăng trưởng bình quân') grows what the clause before measures, as after
    a comma."""
    return before.rstrip().endswith(";") and _first("growth", label) is not None


PROJECTED_RX = _P.get("cue.projected").regex     # 'ước đạt': in a list that looks ahead, a projection


def _projects_ahead(ctx: _Ctx, block: Block) -> bool:
    """'Các chỉ tiêu chủ yếu … đến năm 2025' › '- Tổng vốn đầu tư … giai đoạn 2021-2025 ước đạt 260-270 nghìn tỷ đồng':
    in a list of targets whose period lies ahead of the text (an undated text: whose heading names a horizon, 'đến năm
    2025'), 'ước đạt' projects what the plan counts on, a target; an item that speaks of a year before the text (or of
    what 'đã' happened) reports."""
    period = ctx.lead_period
    if ctx.target_list < 0 or period is None or not period.year:
        return False
    if not (period.year > ctx.doc_year if ctx.doc_year else period.kind == "by_year"):
        return False                          # undated, only a horizon ('đến năm 2025') says the list looks ahead
    return not regex.search(r"\bđã\b", block.text, regex.I) and \
        all(not p.year or p.year >= (ctx.doc_year or 0) for p in find_periods(block.text))


def _without_projections(text: str) -> str:
    """The text with its 'ước đạt' blanked, at the same length, so that the cues left decide."""
    return PROJECTED_RX.sub(lambda m: " " * len(m.group(0)), text)


def _named_parts_too(ctx: _Ctx, block: Block, found: list[Figure], goals: bool) -> list[Figure]:
    """An item of a list a lead of targets opened, or of a part planning a period, names its parts with no verb, as a
    numbered target does ('- Giá trị sản xuất tăng 4,5%; diện tích lúa chất lượng cao 3.200 ha; sản lượng thủy sản
    15.000 tấn'); not inside a parenthesis left open ('3.830 ha (trong đó: Cây Ngô lai, rau đậu 2.700 ha; …'), whose
    parts a numbered target's reader names."""
    text = block.text
    have = {f.start for f in found}
    more = [f for f in _text_figures(ctx, block.start, text, in_list=True, goals=goals)
            if f.start not in have and text.rfind("(", 0, f.start) <= text.rfind(")", 0, f.start)]
    return sorted(found + more, key=lambda f: f.start)


RAISE_TOTAL_RX = load_patterns("indicators").get("cue.target.raise_total").regex   # '(nâng tổng số … đạt 200 …)'
RAISE_TOTAL_HEAD_RX = regex.compile(r"^\s*(?:để\s+)?nâng\s+", regex.I)
RAISE_TOTAL_TAIL_RX = regex.compile(r"(?:\s+(?:lên|đạt|khoảng|trên|ít\s+nhất|tối\s+thiểu))+\s*$", regex.I)


def _without_asides(label: str, asides: list[str]) -> str:
    """The label without the parentheses given targets of their own ('… từ 3 sao trở lên (nâng tổng số …), …')."""
    label = " ".join(functools.reduce(lambda x, p: x.replace(p, " "), asides, label).split())
    return regex.sub(r"\s+(?=[,;])", "", label)


def _raised_totals(ctx: _Ctx, block: Block, text: str, figs: list[Figure]) -> tuple[list[Figure], list[str], list[str]]:
    """'- Năm 2026 có thêm 30 sản phẩm … (nâng tổng số sản phẩm … trên địa bàn tỉnh đạt 200 sản phẩm)': the total an
    item's addition is to bring things to, in a parenthesis after it, is a target of its own, labelled by what it
    totals ('tổng số sản phẩm … trên địa bàn tỉnh'); the parenthesis is then no part of the addition's label.
    Returns (totals, their labels, the parentheses)."""
    out: list[Figure] = []
    labels: list[str] = []
    asides: list[str] = []
    for m in PAREN_RX.finditer(text):
        inner = m.group(0)[1:-1]
        if not figs or m.start() < figs[0].end or not RAISE_TOTAL_RX.search(inner):
            continue
        total = next((f for f in _text_figures(ctx, block.start + m.start() + 1, inner)
                      if f.unit not in (None, "%")), None)
        if total is None:
            continue
        label = RAISE_TOTAL_TAIL_RX.sub("", RAISE_TOTAL_HEAD_RX.sub("", inner[:total.expr_start]))
        out.append(total.shifted(m.start() + 1))
        labels.append(" ".join(label.split()))
        asides.append(m.group(0))
    return out, labels, asides


def _with_named_followers(clause: str, cands: list[Figure], figs: list[Figure]) -> list[Figure]:
    """'… trong đó, bảo hiểm xã hội tự nguyện chiếm khoảng 4,2%, bảo hiểm xã hội bắt buộc 5,83%': a figure right after
    a target, named by a few words of its own after a comma and with no verb, goes on with that target's enumeration;
    so does one of the same indicator for another period ('đạt 50% vào năm 2020, năm 2016 đạt 23 – 25%'), and a share
    of other units after the first one's ('phủ trên 80% hộ gia đình, 100% xã')."""
    taken = {id(f) for f in figs}
    for prev, f in zip(cands, cands[1:]):
        gap = clause[prev.end:f.expr_start]
        if id(prev) in taken and id(f) not in taken and (NAMED_AFTER_RX.fullmatch(gap) or PERIOD_AFTER_RX.fullmatch(gap)
                                                         or _period_then_next(clause, prev, f, gap)
                                                         or _rate_after_amount(prev, f, gap)
                                                         or _growth_after_amount(clause, prev, f, gap)
                                                         or _share_of_other_units(prev, f, gap)):
            taken.add(id(f))
    return [f for f in cands if id(f) in taken]


def _period_then_next(clause: str, prev: Figure, f: Figure, gap: str) -> bool:
    """'… đạt 70% năm 2026 và 75% năm 2027': a figure after the first one's own period and 'và', with a period of its
    own right after it, of the same unit: the same measure's for that period."""
    return prev.unit == f.unit and PERIOD_THEN_NEXT_RX.fullmatch(gap) is not None \
        and OWN_PERIOD_NEXT_RX.match(clause[f.end:f.end + 40]) is not None


def _share_of_other_units(prev: Figure, f: Figure, gap: str) -> bool:
    """'… phủ trên 80% hộ gia đình, 100% xã': a share after a share and its units, with only a comma between; so with
    'và' ('100% chất thải rắn và 50% nước thải … được thu gom'), the two under the predicate after the second."""
    return prev.unit == f.unit == "%" and (SHARE_OF_UNITS_AFTER_RX.fullmatch(gap) is not None
                                           or SHARE_JOINED_AFTER_RX.fullmatch(gap) is not None)


def _rate_after_amount(prev: Figure, f: Figure, gap: str) -> bool:
    """'… đạt hơn 710 nghìn tỷ đồng, tăng bình quân 14-15%/năm': an amount's target, then the average rate it grows at."""
    return prev.unit not in (None, "%", "%/năm") and f.unit in ("%", "%/năm") and RATE_AFTER_RX.fullmatch(gap) is not None


def _growth_after_amount(clause: str, prev: Figure, f: Figure, gap: str) -> bool:
    """'… Giá trị sản xuất công nghiệp đạt 6.605 tỷ đồng, tăng 6,57% so với cùng kỳ': an amount's target, then the
    growth it stands for against an earlier time; a margin over the plan ('tăng 5% so với kế hoạch') is no growth."""
    return prev.unit not in (None, "%", "%/năm") and f.unit == "%" and GROWTH_AFTER_RX.fullmatch(gap) is not None \
        and GROWTH_BASIS_RX.match(clause, f.end) is not None


def _prose(ctx: _Ctx, block: Block, seg: Segment, context: list[str]) -> list[Indicator]:
    out: list[Indicator] = []
    text = seg.text
    outside = _outside_parens(text)
    ahead = _ahead(ctx, context)
    listed = _track_inline_list(ctx, block, text)      # the offset in the segment from which items are listed
    if listed == 0 and _reports_earlier_year(ctx, block):
        ctx.inline_list, listed = -1, None
    joined = ctx.aim_block == block.index and JOINED_OPEN_RX.match(text) is not None
    # 'Theo đó, đến năm 2025, … đạt tối thiểu 10%. Tỉnh có 100% sản phẩm OCOP …': a later sentence of the paragraph
    # that names no time of its own and reports nothing goes on with the aim's period
    carried = ctx.aim_block == block.index and not _first("cue.result", text) and not find_periods(text)
    if _first("cue.target", text) and not _first("cue.result", text):
        # 'Đến năm 2025, kế hoạch đặt ra mục tiêu …': 'Đồng thời, …' goes on with it, for its period
        _note_aim(ctx, block, text, _aim_period(text) or (ctx.aim_period if carried else None))
    if not DIGIT_RX.search(text) and not may_hold_figure(text):     # the digit first: the number words cost more
        _mark_cued(ctx, block, text, False)
        return out                    # a task with no figure (a list's lead is tracked above)
    tasked = listed is None and _states_tasks(ctx, block, text)
    if listed is None and (_details_adopted_plan(block, seg) or _details_announced_plan(ctx, block, seg)
                           or _after_announced_targets(ctx, block, text)
                           or _details_cued_target(ctx, block, seg)
                           or _after_goals(ctx, block, text) or tasked
                           or _follows_example_list(ctx, block, text)):
        listed = 0
    elif listed is None and _details_striven_targets(block, seg):
        ctx.inline_list, listed = block.index, 0      # the details run on in the block's later sentences too
        period = _period_from([block.text[:seg.start - block.start]])
        if period is not None:                        # 'Năm 2025, xã phấn đấu hoàn thành 15 chỉ tiêu …': their year
            ctx.lead_period, ctx.lead_block = period, block.index
    report = None                       # whether the paragraph reports so far: asked at the first figure only
    parts_lead, sentence_label = None, None
    # 'Các xã, phường … xác định mục tiêu … như: A 80%; B 60%': the lead's subject is the level of every item
    list_level = _body_level(text[:listed], []) if listed else None
    amounts = False                     # the clause before set amounts as targets
    for a, b in _clauses(text):
        clause = text[a:b]
        in_list = listed is not None and b > listed     # the clause reaches into the list (its part after the lead)
        # '… việc làm cho 1,5 triệu lao động; xuất khẩu lao động 100 nghìn người': the enumeration goes on after ';'
        in_list = in_list or (amounts and text[:a].rstrip().endswith(";"))
        # '… Trong đó, giữ ổn định diện tích …: Cây lúa từ 33-35 ngàn ha, cây ngô …' under a paragraph's aims: a list too
        in_list = in_list or _under_aim_opening(ctx, block, block.text[:seg.start - block.start + a])
        cands = [f for f in _text_figures(ctx, seg.start + a, clause, in_list) if outside[a + f.start]]
        if cands and report is None:
            report = _reports_so_far(block, seg)
        at = seg.start - block.start + a       # the clause's offset in the block
        figs = [f for f in cands if (_is_target(text, a, clause, f, context, ahead,
                                               listed is not None and a + f.start >= listed, report,
                                               reports_only(ctx))
                                    or (_continues_targets(ctx, block, text, a, clause, f, context)
                                        and not last_cued_reports(block.text[:seg.start - block.start]))
                                    or _plan_ahead(ctx, text, a, f)
                                    or _bare_measure_target(ctx, clause, f, context, report, text, a,
                                                            block.text[:seg.start - block.start])
                                    or _joins_aim(ctx, block, text[:a + f.start])
                                    or _under_aim_opening(ctx, block, block.text[:seg.start - block.start + a + f.start],
                                                          clause[f.end:])
                                    or _goal_after_cue(block.text, seg.start - block.start + a, f)
                                    or _goes_on_with_plan(ctx, block, text, a, clause, f, context))
                and not _dropped(ctx, clause, f, text[:a])
                and not _as_of_past_year(ctx, text, a + f.start, block.text[:seg.start - block.start])
                and not _in_quotation(block.text, Figure(**{**f.__dict__, "start": at + f.start}))]
        figs = _with_named_followers(clause, cands, figs)
        # '… chiếm lần lượt là: 60%, 28%, 12%': the first one's lead is theirs; a later run of the same parts for
        # another period ('…, giai đoạn 2026-2030 tương ứng 34,6% - 35,5% - 29,9%') too
        respective = respective_runs(clause, cands) if figs else None
        if respective and any(f.start in respective for f in figs):
            figs = [f for f in cands if f in figs or f.start in respective]
        figs = assign_levels(clause, figs) if figs else figs
        figs = colon_part_levels(text[:a], clause, figs)      # '…: cấp tỉnh 90%; cấp huyện 80%; …'
        # a numbered item run into a paragraph ('4. Diện tích ..., ứng dụng công nghệ cao ... đạt 1.900 ha') is
        # labelled by its whole wording, as a list item is
        narrow = 40 if listed is not None and ITEM_RX.match(text) else 25
        # only a clause's first figure may continue the item above; a later one has its clause's words
        # ('thu hút 15 triệu khách du lịch, doanh thu 70.000 tỷ đồng')
        labels = _figure_labels(clause, figs, 0, narrow=narrow) if figs else []
        # … or a later ';' clause that opens a lead of its own ('Duy trì tốc độ phát triển đàn: Trâu 0,5%/năm, …; Sản
        # lượng thịt hơi xuất chuồng đạt: Thịt trâu đạt 4.500 tấn; thịt bò đạt …'): it heads the parts after it
        lead_here = _parts_lead(clause, figs[0]) if figs else None
        if figs and (a == 0 or lead_here):
            parts_lead = lead_here
        parted = [_under_parts_lead(parts_lead, clause, f, x, figs[i - 1].expr_end if i else 0)
                  for i, (f, x) in enumerate(zip(figs, labels))] \
            if figs and parts_lead and (a or ":" not in clause[:figs[0].start]) else labels
        # a part of the lead is named by its own words ('…; công nghiệp 40%'), never by the item above
        # … nor is a count that opens its clause, named by the things after it ('…; 35.000 con lợn; …')
        counted = bool(figs) and figs[0].unit != "%" and not clause[:figs[0].start].strip(" ,;:")
        rated = [_rate_label(f, x) for f, x in zip(figs, parted)]
        labels = [r if r != x else _inherit_label(ctx, block, x) if i == 0 and x == y and not counted else x
                  for i, (r, x, y) in enumerate(zip(rated, parted, labels))]
        # 'chỉ tiêu … như sau: năm 2015 đạt 82,1%; năm 2016 đạt …': each year is named by the run's lead
        labels = [_year_run_lead_label(text[:a] + clause[:f.start], p) or x
                  for f, p, x in zip(figs, parted, labels)] + labels[len(figs):]
        labels = assignee_labels(text[:a] + clause[:figs[0].start], figs, parted, labels) if figs else labels
        if labels and a and _only_period(_without_unit_tail(labels[0], figs[0].unit)):
            labels[0] = _elliptic_counted_label(text[:a], labels[0], figs[0].unit)
        elif labels and a and sentence_label and _growth_after_semicolon(text[:a], labels[0]):
            labels[0] = f"{labels[0]} {_growth_subject(sentence_label)}"   # '… đạt 1.200 tỷ đồng; tăng bình quân 12%/năm'
        elif labels and a and sentence_label:
            # '…, đến năm 2025 đóng góp trực tiếp 08 - 09%; đến năm 2030 đóng góp trực tiếp 13 - 14%': the measure again
            labels[0] = _period_repeated_head(sentence_label, clause, labels[0]) \
                or _group_part(sentence_label, _elliptic_scope(sentence_label, labels[0]))   # '…giảm 1,5%; riêng các xã … giảm 4%'
        elif labels and not a and SET_APART_UNITS_RX.match(clause) and ctx.prev_block == block.index and ctx.prev_label:
            labels[0] = _group_part(ctx.prev_label, labels[0])    # '… giảm ít nhất 4%. Riêng các huyện nghèo giảm 6%/năm'
        labels = _graded_parts(figs, labels)     # '… có 2.500 buồng, hạng 3 sao trở lên đạt 15%'
        labels = _elliptic_objects(_elliptic_parts(_elliptic_levels(_elliptic_destinations(labels))))
        labels = _elliptic_actions(figs, labels)
        labels = _period_run_labels(text[:a], clause, figs, labels)
        labels = _shared_verbs(clause, figs, labels)
        # '90% hồ sơ … tại Bộ Y tế, Sở Y tế; 80% hồ sơ … được xử lý …': the last figure (each level of it) takes the
        # predicate the items after it end with
        labels = [_after_joined_predicate(clause, f, x) for f, x in zip(figs, labels)] + labels[len(figs):]
        labels = [_predicate_ahead(text[b:], x) if f.start == figs[-1].start else x
                  for f, x in zip(figs, labels)] + labels[len(figs):]
        labels = [_own_body_label(clause, f, x) for f, x in zip(figs, labels)] + labels[len(figs):]
        labels = [_part_share_label(text[:a] + clause[:f.start], x) for f, x in zip(figs, labels)] + labels[len(figs):]
        labels = _year_run_labels(text[:a], clause, figs, labels)
        labels = named_count_parts(clause, figs, labels)      # '…, trong đó khách quốc tế là 500.000 lượt khách, …'
        labels = opened_parts(clause, figs, labels)           # '… cho 21.000 lao động, trong đó XKLĐ 1.500 người'
        labels = shared_rank_topics(clause, figs, labels)     # '… nhóm 3 nước dẫn đầu ASEAN, nhóm 50 nước … về …'
        labels = [_with_assigned_topic(ctx, block, block.text[:seg.start - block.start] + text[:a], x) for x in labels]
        if respective:
            labels = [respective.get(f.start, x) for f, x in zip(figs, labels)]
        more, more_labels = _paren_targets(ctx, seg.start + a, clause, context, [f.end for f in figs], labels)
        amounts = any(f.unit not in (None, "%", "%/năm") for f in figs + more)
        if not figs and not more:
            continue
        scope = _scope_level(clause)
        pairs = [(f, x) for f, label in zip(figs + more, labels + more_labels)
                 for x in (_shared_items(clause, f) or _reduced_items(clause, f) or _criteria_items(label)
                           or _joint_items(label) or _plural_head_items(label)
                           or _two_measures_items(label, labels + more_labels) or [label])]
        for f, label in pairs:
            aside = next((m for m in PAREN_RX.finditer(clause) if m.start() < f.start < m.end()), None)
            period = ((_own_period(aside.group(0)[1:-1], f.start - aside.start() - 1) if aside else None)
                      or (_earlier_horizon(ctx, text, a + f.end) if joined or carried else None)
                      or _own_period(text, a + f.start, a + f.end) or ctx.lead_period or _period_from(context)
                      or (ctx.goals_period if ctx.goals_block == block.index - 1 else None)
                      or (ctx.aim_period if joined or carried else None) or (ctx.tasks[2] if tasked else None)
                      or ctx.doc_period or ctx.opening_period)
            rec = _record(ctx, block, label, seg.cell or block, "prose.plan", seg.start + a, seg.start + b)
            f.level = f.level or scope or _province_part(clause, f) or assigned_level(clause[:f.start]) \
                or rest_level(ctx, block, clause) or _body_level(clause, context) \
                or _ordered_units_level(text, a + f.start) \
                or _carried_level(block.text[:seg.start - block.start], text) \
                or (list_level if list_level and a + f.start >= listed else None) or ctx.lead_level or ctx.subject
            _set_target(rec, f, period, provenance(ctx.doc, block, seg.start + a + f.start, seg.start + a + f.end,
                                                   "prose.plan", seg.cell))
            actual = _paren_result(clause, f, figs + more)
            if actual is not None:
                _set_actual(rec, actual, None, provenance(ctx.doc, block, seg.start + a + actual.start,
                                                          seg.start + a + actual.end, "prose.plan", seg.cell), f)
            rec.source_ref = context[0] if context else None
            out.append(rec)
        ctx.prev_label, ctx.prev_block = (labels + more_labels)[-1], block.index
        sentence_label = labels[-1] if labels else sentence_label
        if _first("cue.target", clause) and not _first("cue.result", clause):
            ctx.cued_block = block.index      # 'Theo đó, huyện phấn đấu ... đạt 3.563 tỷ đồng': later sentences go on
            _track_set_targets(ctx, block, text[:b], _own_period(text[:b]) or ctx.lead_period)
    if tasked and out:
        _more_set_targets(ctx, block, text)
    _mark_cued(ctx, block, text, bool(out))
    return out


def _reports_earlier_year(ctx: _Ctx, block: Block) -> bool:
    """'Mục tiêu đến năm 2025, có 100% xã …; tỷ lệ … đạt 99%' › 'Năm 2024, huyện bố trí 27 điểm tập kết … . Khối lượng …
    được thu gom khoảng 44,28 tấn/ngày.': a later paragraph that opens with a year before the list's own (or, the list
    having none, before the document's) and sets nothing tells what was done then; the list a lead opened in an
    earlier paragraph ends there."""
    if ctx.inline_list < 0 or ctx.inline_list == block.index:
        return False
    m = PAST_YEAR_OPENS_RX.match(block.text)
    if m is None:
        return False
    ref = ctx.lead_period.year if ctx.lead_period is not None and ctx.lead_block == ctx.inline_list else ctx.doc_year
    return ref is not None and int(m.group("year")) < ref and not _first("cue.target", block.text)


def _earlier_horizon(ctx: _Ctx, text: str, end: int) -> Optional[Period]:
    """'… đến năm 2025 phấn đấu 1,3 triệu buồng, đến năm 2030 khoảng 02 triệu buồng. Đồng thời, tạo ra khoảng 6,3 triệu
    việc làm …; đến năm 2030 tạo ra khoảng 10,5 triệu việc làm': a figure that goes on with aims set for two horizons,
    naming no period up to its clause's end, before a later clause of its sentence that names the later horizon, is of
    the earlier one (the last the aims name), not of that later clause's."""
    ps = [p for p in periods_in(text) if p.kind in ("year", "by_year") and p.year]
    later = next((p for p in ps if later_clause_period(text, end, p)), None)
    if later is None or ctx.aim_block < 0 or any(p.start < later.start and not later_clause_period(text, end, p)
                                                  for p in ps):
        return None
    aims = [p for p in periods_in(ctx.doc.blocks[ctx.aim_block].text) if p.kind in ("year", "by_year")
            and p.year and p.year < later.year]
    return aims[-1] if aims and later.year in ctx.aim_years else None


def _more_set_targets(ctx: _Ctx, block: Block, text: str) -> None:
    """'… đề ra các chỉ tiêu chủ yếu: …' › 'Tổng thu ngân sách … giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng …' › 'Tổng chi
    ngân sách … đạt 82.700 tỷ đồng …': a paragraph that went on with the set targets, naming their time, hands them
    on to the next one."""
    if ctx.tasks is not None and ctx.tasks[1] == block.index and find_periods(text):
        ctx.tasks = (ctx.tasks[0], block.index + 1, ctx.tasks[2])
