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

What is not a target (`_not_a_target`, patterns `nontarget.*`): scoring rules, conditions, thresholds with
their consequence, benefit rates, allocation rules, quoted provisions, headings in capitals, definitions and
the criteria that define a category.

Also here: one label per figure from the clause it sits in, the period an item states itself, and the level
of the bodies a target is for. Every check per figure reads a bounded window around it.
"""
from __future__ import annotations

from typing import Optional

import regex

from extractor.extract.numbers import parse_number
from extractor.link.figures import (ANNEX_RX, ARABIC_RX, ARTICLE_RX, BULLET_RX, amount_figures, DECIMAL_RX, ITEM_RX, PAREN_ITEM_RX, PAREN_RX, PCT_RX,
                                ROMAN_RX, WORD_RX, Figure, _first, _outside_parens,
                                _parentheses, _quantity_figures, _vocab, assign_levels, find_figures, levels_in,
                                rank_figures, rate_figures, share_count_figures, status_of, unit_figures)
from extractor.link.records import (_clean_label, _Ctx, _is_heading_like, _is_period_lead, _ordinal_prefix,
                                _period_from, _record, _refs, _section_texts, _set_actual, _set_target,
                                _strip_cues, aim_only, names_a_part)
from extractor.link.records import SPEAKER_LEAD_RX, quantities_in
from extractor.link.results import (find_plan, label_start, lead_end, pair_results, plan_ratios, plan_shares,
                                   respective_pairs, slash_targets)
from extractor.link.tables import header_role
from extractor.link.units import assigned_level, rest_level, unit_level, unit_list_records
from extractor.model import Block, Indicator, Segment, provenance
from extractor.extract.periods import Period, find_periods
from extractor.extract.provinces import province_spellings
from extractor.extract.quantities import may_hold_figure
from extractor.normalize.document import fold_accents, fold_tone


def _text_figures(ctx: "_Ctx", offset: int, text: str, in_list: bool = False, goals: bool = False) -> list[Figure]:
    """Percentages (read here), ranks, and governed quantities of other kinds (read by the quantities stage);
    `in_list`: the text is an item of a list of targets, where a named part's bare amount is one; `goals`: it
    sits under a heading of goals, where a rule text states aims too ('Điều 3. Mục tiêu ... a) Có ít nhất 50.000
    hợp tác xã ...')."""
    figs = find_figures(text)
    if ctx.normative and not goals:
        return figs                           # a law's counts are rules ('không quá 02 người'), not plan targets
    figs = sorted(figs + rank_figures(text) + rate_figures(text) + unit_figures(text), key=lambda f: f.start)
    quantities = quantities_in(ctx, offset, offset + len(text))
    more = [q for q in _quantity_figures(quantities, offset, text, in_list) + share_count_figures(quantities, offset, text)
            if not any(f.start <= q.start < f.end or q.start <= f.start < q.end for f in figs)
            and not _qualifies_share(text, q, figs)]
    return _carry_bounds(text, sorted(figs + more, key=lambda f: f.start))


# 'xuống 550/100.000 trẻ em vào năm 2025 và 500/100.000 vào năm 2030': the second year's figure, joined by 'và' after
# the first one's period alone, is bounded as the first one is
YEAR_AND_RX = regex.compile(r"\s*(?:\S+\s+)?(?:vào|trong|đến|tới)?\s*(?:hết\s+|cuối\s+)?năm\s+\d{4}\s*(?:,\s*)?và\s*$",
                            regex.I)


def _carry_bounds(text: str, figs: list[Figure]) -> list[Figure]:
    for prev, f in zip(figs, figs[1:]):
        shorter = bool(f.unit and prev.unit and prev.unit.startswith(f.unit + " "))
        if not (f.unit == prev.unit or shorter) or not YEAR_AND_RX.fullmatch(text[prev.expr_end:f.expr_start]) \
                or regex.search(r"\S\s*năm", text[prev.expr_end:prev.expr_end + 2]):
            continue
        if shorter:
            f.unit = prev.unit                       # '/100.000' is per 100.000 children as the first one is
        if prev.cmp and prev.high is None and f.cmp is None and f.high is None:
            f.cmp = prev.cmp
    return figs


def _qualifies_share(text: str, q: Figure, figs: list[Figure]) -> bool:
    """'100% các khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G': the count says which
    things the percentage counts (those that have one); it is part of that target, not one of its own."""
    share = [f for f in figs if f.unit == "%" and f.end <= q.expr_start]
    if not share or not regex.match(r"\s*\p{L}", text[share[-1].end:]):
        return False
    gap = text[share[-1].end:q.expr_start]
    return not regex.search(r"[;.:]", gap) and bool(regex.match(r"có\b", text[q.expr_start:])
                                                      or regex.search(r"\bcó\s*$", gap))


def _not_a_target(text: str, f: Figure) -> Optional[str]:
    """Why a figure written like a target sets none, or None (patterns/indicators.yaml `nontarget.*`): a scoring
    rule ('đạt từ 80% trở lên được 2 điểm'), a condition it sits in ('Trường hợp tỷ lệ giải ngân dưới 50% thì ...'),
    a threshold with its consequence ('... dưới 10% thì được xác định là ...'; 'Cơ quan có tỷ lệ ... cao hơn 2% phải
    ...'), a benefit rate ('được hỗ trợ 100% chi phí'). Only the sentence around the figure is read."""
    s, e = _sentence_around(text, f)
    before, after = text[s:f.expr_start], text[f.expr_end:e]
    if _in_quotation(text, f):
        return "quoted"
    if _first("nontarget.scoring", text[s:e]):
        return "scoring"
    cond = [m for p in _vocab().get("nontarget.condition", []) for m in p.regex.finditer(text[s:f.start])]
    if cond:
        since = text[s + max(m.end() for m in cond):f.end]
        if not _first("cue.target", since) and not regex.search(r"\bthì\b|:", since):
            return "condition"
    if _first("nontarget.consequence", after) and not _first("cue.target", before):
        return "threshold"
    if _first("nontarget.standard_level", before):
        return "definition"                   # 'chuẩn nghèo với mức thu nhập ... thấp hơn 1,25 đô la/ngày'
    if _first("nontarget.qualifier", text[s:f.start]) and not _first("cue.target", before) and (
            _first("nontarget.obligation", after) or _first("nontarget.range_consequence", text[f.start:e])
            or _first("nontarget.class_of", after)):
        return "threshold"                    # 'Doanh nghiệp có từ 50 lao động trở lên được hỗ trợ ...'
    grade = _first("nontarget.grade_band", text[s:f.start])
    if grade and not _first("cue.target", text[s + grade[1].end():f.start]):
        return "grade"                        # 'Xếp loại Tốt: tỷ lệ hoàn thành nhiệm vụ đạt từ 80% đến dưới 90%'

    if _first("nontarget.benefit", before) and _first("nontarget.benefit_object", after):
        return "benefit"
    if _first("nontarget.allocation", text[s:f.start]):
        return "allocation"
    if _first("nontarget.per_item_limit", text[s:f.start]):
        return "norm"                         # 'mỗi khuôn dấu đóng tối đa 5 tờ giấy'
    if _first("nontarget.specification", text[s:f.start]):
        return "specification"                # 'mật khẩu có độ dài tối thiểu 8 ký tự'
    if _first("nontarget.payment_level", text[s:f.expr_start]) and not _first("cue.target", before):
        return "norm"                         # 'Mức hỗ trợ tối đa 30 triệu đồng/doanh nghiệp/năm'
    if f.unit == "%" and _first("nontarget.contract_share", after) and not _first("cue.target", before):
        return "norm"                         # 'Tạm ứng không quá 50% giá trị hợp đồng'
    if _first("nontarget.value_class", text[s:f.expr_start]):
        return "class"                        # 'tài sản khác mà giá trị quy đổi mỗi loại từ 50 triệu đồng trở lên'
    if _first("nontarget.group_band", text[s:f.end] + " ") and not _first("cue.target", before):
        return "class"                        # 'nhóm B gồm 50 tỉnh, thành đạt từ 80% đến dưới 90%'
    if f.unit != "%" and _first("nontarget.tally", text[f.start:e]) and not RAISED_TALLY_RX.search(before):
        return "tally"
    if f.unit != "%" and _first("nontarget.recipient", text[max(s, f.expr_start - 40):f.expr_start]) \
            and _first("nontarget.recipient_unit", text[f.start:e]):
        return "recipient"                    # 'chỉ tiêu giao cho 13 sở, ban'
    if _first("nontarget.restated", text[s:f.expr_start]):
        return "restated"                     # 'Để thực hiện mục tiêu tăng trưởng đạt 8% trở lên, ...'
    if f.unit == "%" and _first("nontarget.share_change", before) and regex.match(r"\s*so\s+với\b", after):
        return "share change"                 # 'Ngành nông nghiệp chiếm 38,1%, giảm 0,07% so với năm 2023'
    if f.unit == "%" and _first("nontarget.computed_share", text[f.expr_end:e]):
        return "computed"                     # '... đạt tỷ lệ 99,66% tổng 4.357 thôn, bản'
    if f.unit == "%" and _first("nontarget.plan_share", after) and PLAN_SHARE_VERB_RX.search(text[s:f.end]) \
            and not _first("cue.target", INDICATOR_SUBJECT_RX.sub("", before)):
        return "share of plan"                # 'Chỉ tiêu tuyển quân đạt 100% kế hoạch'
    return None


def _dropped(ctx: _Ctx, clause: str, f: Figure, before: str = "") -> Optional[str]:
    """Why a figure of prose sets no target, as `_not_a_target`; a purpose clause restates a target only when the
    document sets it elsewhere: a telegram's 'Để thực hiện thắng lợi mục tiêu tăng trưởng … đạt 8% trở lên' that
    states the bound nowhere else is its only statement of the target. `before`: the text of the sentence's
    earlier clauses."""
    why = _not_a_target(clause, f)
    if why == "restated" and f.cmp in BOUND_CMPS and _times_written(ctx, clause[f.start:f.end]) < 2:
        return None
    if why == "threshold" and _striven_count(clause, f, before):
        return None
    return why


# 'Phấn đấu đến hết năm 2016 …; có 30 - 35 đơn vị cấp huyện được công nhận đạt chuẩn …': a sentence opened by a target
# cue governs its ';' clauses, and a count of things 'được công nhận' there says what they are to reach, not what a
# threshold leads to ('…; xã có tỷ lệ hộ nghèo dưới 5% thì được công nhận …' stays a threshold)
STRIVE_HEAD_RX = regex.compile(r"(?:^|[.:]\s)\W*(?:\([^)]{0,40}\)\s*-?\s*)?(?:phấn\s+đấu|mục\s+tiêu)\b[^.]*$", regex.I)


def _striven_count(clause: str, f: Figure, before: str) -> bool:
    return f.unit not in (None, "%") and STRIVE_HEAD_RX.search(before) is not None \
        and not regex.search(r"\bthì\b|\b(?:tỷ|tỉ)\s+lệ\b", clause, flags=regex.I)


def _times_written(ctx: _Ctx, figure: str) -> int:
    """How many times the document writes a figure ('8%', '8 %'), whole numbers only ('18%' is not '8%')."""
    number = regex.match(r"[\d.,]+", figure)
    if number is None:
        return 0
    rest = regex.escape(" ".join(figure[number.end():].split()))
    rx = regex.compile(r"(?<![\d.,])" + regex.escape(number.group(0)) + r"(?![\d]|[.,]\d)\s*" + rest)
    return sum(len(rx.findall(b.text)) for b in ctx.doc.blocks)


PLAN_SHARE_VERB_RX = regex.compile(r"\b(?:đạt|bằng)\s+\d[\d.,]*\s*%$", regex.I)
# 'Chỉ tiêu tuyển quân …' names the indicator a sentence reports on; it sets no target by itself
INDICATOR_SUBJECT_RX = regex.compile(r"^\W*chỉ\s+tiêu\b", regex.I)


# '… số tiêu chí bình quân/xã tăng thêm tối thiểu 01 tiêu chí': a tally of criteria raised by so many is a target
RAISED_TALLY_RX = regex.compile(r"\b(?:tăng\s+thêm|tăng|nâng\s+thêm)\s*$", regex.I)


def _is_indicator_section(texts: list[str]) -> bool:
    return any(_first("section", t) for t in texts[:2])


def _is_goals_section(texts: list[str]) -> bool:
    """Under a heading of goals ('Mục tiêu cụ thể'), not of results, every sentence states a target."""
    return any(_first("goals", t) for t in texts[:3]) and not any(_first("cue.result", t) for t in texts[:1])


def _is_definition(text: str, context: list[str]) -> bool:
    """'1. Xã nhóm 1 là xã ... dưới 10%' under 'Điều 2. Giải thích từ ngữ' defines a term; it sets no target."""
    return bool(_first("definition.item", text) or any(_first("definition.section", t) for t in context[:1]))


def _track_inline_list(ctx: _Ctx, block: Block, text: str) -> Optional[int]:
    """Where a lead inside a paragraph opens a list of targets ('..., các chỉ tiêu chủ yếu gồm: A từ 10% trở lên.
    B đạt 95,5%.'): the items run on in the following sentences and paragraphs, until a heading. A lead about
    what was done opens none."""
    hit = _first("lead_list.inline", text)
    # the lead's own words may say it lists results ('Các chỉ tiêu đã đạt được năm 2024 gồm: ...')
    if hit and not _first("lead_list.results", text[:hit[1].end()]) and not ctx.normative:
        if hit[0].id in ("lead_list.inline.set_count", "lead_list.inline.such_as"):
            return hit[1].end() - 1           # 'đề ra 24 chỉ tiêu, trong đó ...': its items run to the sentence's end
        ctx.inline_list = block.index
        period = _period_from([text[:hit[1].end()]])
        if period is not None:                # 'CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 ... 1. ...': the items' period
            ctx.lead_period, ctx.lead_block = period, block.index
        return hit[1].end() - 1
    if ctx.inline_list >= 0 and ctx.inline_list != block.index and _opens_with_results(text):
        ctx.inline_list = -1                  # 'Kết quả thực hiện các chỉ tiêu năm 2024: 1. ...' lists what was done
    return 0 if ctx.inline_list >= 0 else None


def _opens_with_results(text: str) -> bool:
    colon = text.find(":", 0, 160)
    return colon > 0 and bool(_first("lead_list.results", text[:colon]))


def _track_target_list(ctx: _Ctx, block: Block) -> None:
    """A sentence that opens a list of targets ('... tỉnh hoàn thành các chỉ tiêu sau:'; in a plan, '... cụ thể như
    sau:') makes the items under it targets, whatever their marks ((1), a), -, +); a heading or a paragraph that
    is no item closes the list. A lead that introduces what was done ('Kết quả ... như sau:') opens none."""
    t = " ".join(block.text.split())
    if t.endswith(":") and len(t) < 300 and not ctx.normative and not _first("lead_list.results", t) and (
            _first("lead_list.names", t) or _first("lead_list.cue", t)
            or (_first("lead_list.as_follows", t) and (ctx.plan or _first("cue.target", t)))):
        ctx.target_list = block.index
    elif not ctx.normative and _first("lead_list.heading", t):
        ctx.target_list = block.index         # 'Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)': a heading with no colon
        period = _period_from([t])
        if period is not None:                # its items' period, however long the list runs
            ctx.lead_period, ctx.lead_block = period, block.index
    elif ctx.target_list >= 0 and len(t) < 80 and not PCT_RX.search(t) and _is_period_lead(t.rstrip(":")):
        ctx.target_list = block.index         # 'Đến năm 2027, phấn đấu:' › items › 'Đến năm 2030:' › items: one list
    elif ctx.target_list >= 0 and (_is_heading_like(block) or not (
            ITEM_RX.match(t) or PAREN_ITEM_RX.match(t) or BULLET_RX.match(t))):
        ctx.target_list = -1


def _lead_in(ctx: _Ctx, block: Block) -> bool:
    """'- Đến hết năm 2024:' or 'b) Đến năm 2030' opens a group: its period applies to the items below.
    Any other heading closes the group. So does a line naming one level ('1. Cấp tỉnh', 'a) Đối với cấp xã:')."""
    t = block.text.strip()
    level = _first("level_lead", " ".join(t.split())) if len(t) < 60 else None
    if level:
        ctx.lead_level = level[0].meta["level"]
        return True
    if _is_heading_like(block) or not (ITEM_RX.match(t) or PAREN_ITEM_RX.match(t) or BULLET_RX.match(t)):
        ctx.lead_level = None                 # a heading or a paragraph that is no item closes a level's group
    if len(t) < 80 and not PCT_RX.search(t) and (t.endswith(":") or _is_period_lead(t.rstrip(":"))):
        p = _period_from([t])
        if p is not None:
            ctx.lead_period, ctx.lead_block = p, block.index
            return True
    if _is_heading_like(block):
        ctx.lead_period = None
    return False


def _track_goals(ctx: _Ctx, block: Block) -> None:
    """'Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh … trở thành …': a paragraph of aims for a period, with
    no figure and no result, whose targets the next paragraph states as bare measures (see _after_goals)."""
    t = " ".join(block.text.split())
    if ctx.normative or block.kind == "table" or PCT_RX.search(t) or _first("cue.result", t) \
            or quantities_in(ctx, block.start, block.end):
        return
    if _first("lead_list.goals", t):
        period = _period_from([t])
        if not (period and period.year and ctx.doc_year and period.year < ctx.doc_year):
            ctx.goals_block, ctx.goals_period = block.index, period     # a period already past reviews, aims at nothing
    elif _more_tasks(ctx, block, t):
        ctx.goals_block = block.index         # 'Hoàn thiện thể chế ...': a further task of that period keeps its aims open


def _more_tasks(ctx: _Ctx, block: Block, t: str) -> bool:
    """A paragraph right after a paragraph of aims that only names another task ('Hoàn thành việc sắp xếp các đơn vị
    sự nghiệp ...'): no figure, no heading, nothing done ('đã'), no period of its own."""
    return ctx.goals_block == block.index - 1 and ctx.goals_period is not None and not _is_heading_like(block) \
        and not regex.search(r"\bđã\b", t, regex.I) and not find_periods(t)


HAS_RX = regex.compile(r"\b(?:có|gồm|đang)\b", regex.I)


def _after_goals(ctx: _Ctx, block: Block, sentence: str) -> bool:
    """A sentence of the paragraph right after a paragraph of aims that reports nothing done and speaks of no other
    time lists those aims, as a list's items do ('Quy mô GRDP theo giá hiện hành 589.730 tỷ đồng.'); one that says
    what a place has ('Huyện có 18 xã và 2 thị trấn') describes it."""
    if ctx.goals_block != block.index - 1 or ctx.goals_period is None or HAS_RX.search(sentence):
        return False
    if any(_first(key, sentence) for key in ("cue.result", "cue.result.period", "nontarget.condition")):
        return False
    return all(p.year == ctx.goals_period.year for p in find_periods(sentence))


def _track_tasks_title(ctx: _Ctx, block: Block) -> None:
    """'Chợ Đồn: Nghị quyết của HĐND huyện về nhiệm vụ … năm 2012': a headline (or title) naming a resolution or a
    plan on a year's tasks makes the body's plain statements that year's targets (see _states_tasks)."""
    if ctx.normative or not (_is_headline(ctx, block) or _is_title(ctx, block)):
        return
    period = _period_from([block.text]) if _first("tasks_title", " ".join(block.text.split())) else None
    if period is not None and period.year:
        ctx.tasks = (block.index + 1, len(ctx.doc.blocks), period)


def _track_set_targets(ctx: _Ctx, block: Block, text: str, period: Optional[Period]) -> None:
    """'Theo đó, năm 2015, huyện … đề ra các chỉ tiêu …, trong đó phấn đấu … tăng 7%.': a paragraph whose lead sets a
    year's targets and states some of them goes on in the next paragraph (see _states_tasks)."""
    if period is not None and period.year and _first("sets_targets", text) and not _first("cue.result", text):
        ctx.tasks = (block.index + 1, block.index + 1, period)


def _states_tasks(ctx: _Ctx, block: Block, sentence: str) -> bool:
    """A sentence in the reach of a year's tasks (_track_tasks_title, _track_set_targets) lists them, as a list's
    items do ('Tổng thu ngân sách đạt 53.152 triệu đồng.', 'duy trì 100% xã … đạt chuẩn'), unless it reports what
    was done or speaks of another year than a baseline ('tăng 10% so với năm 2014')."""
    if ctx.tasks is None or not ctx.tasks[0] <= block.index <= ctx.tasks[1]:
        return False
    if any(_first(key, sentence) for key in ("cue.result", "cue.result.period", "nontarget.condition")):
        return False
    return all(p.year == ctx.tasks[2].year or BASELINE_RX.search(sentence[max(0, p.start - 20):p.start])
               for p in find_periods(sentence))


def _text_records(ctx: _Ctx, block: Block, segs: list[Segment]) -> list[Indicator]:
    _track_target_list(ctx, block)
    _track_goals(ctx, block)
    _track_tasks_title(ctx, block)
    if ctx.inline_list >= 0 and ctx.inline_list != block.index and (
            _is_heading_like(block) or block.index - ctx.inline_list > 6):
        ctx.inline_list = -1
    if _lead_in(ctx, block):
        return []
    if ctx.lead_block >= 0 and block.index - ctx.lead_block > 3 and not BULLET_RX.match(block.text) \
            and ctx.target_list != ctx.lead_block:
        ctx.lead_period = None
    in_list = ctx.inline_list >= 0 or _first("lead_list.inline", block.text) is not None \
        or ctx.goals_block == block.index - 1
    if not PCT_RX.search(block.text) and not rate_figures(block.text) and not unit_figures(block.text) and (
            (ctx.normative and not _is_goals_section(_section_texts(ctx, block)))
            or not (_quantity_figures(quantities_in(ctx, block.start, block.end), block.start, block.text, in_list)
                    or rank_figures(block.text)
                    or share_count_figures(quantities_in(ctx, block.start, block.end), block.start, block.text))):
        return []
    if _is_headline(ctx, block) and not _is_caption(block):
        ctx.headline = _prose_records(ctx, block, segs, context=[])
        return []                             # kept only for a target the body does not state (see headline_targets)
    if _is_title(ctx, block) or _is_caption(block):
        return []                             # the title or a heading restates a target the body states
    if _quoted_provision(ctx, block):
        return []
    context = _section_texts(ctx, block)
    if _is_definition(block.text, context):
        return []
    paired = _result_records(ctx, block, context) or _anaphor_records(ctx, block, context)
    if paired:
        return paired
    item = ITEM_RX.match(block.text) or PAREN_ITEM_RX.match(block.text) or BULLET_RX.match(block.text)
    listed = ctx.target_list >= 0 and bool(item and item.group(0).strip())
    if item and item.group(0).strip() and (_is_indicator_section(context) or listed):
        return _list_item(ctx, block, item, context)
    if _is_goals_section(context):             # a plain paragraph under '2. Mục tiêu cụ thể › 2.1. Đến năm 2030'
        return _list_item(ctx, block, regex.match(r"\s*", block.text), context)
    out = _prose_records(ctx, block, segs, context)
    for rec in out:
        _earlier_result(ctx, block, rec)
    if out and ctx.goals_block == block.index - 1 and SHARE_OPENS_RX.match(block.text):
        ctx.goals_block = block.index         # '100% … . 100% … .': the next share-led paragraph keeps the aims' period
    return out


SHARE_OPENS_RX = regex.compile(r"\W*\d+(?:,\d+)?\s*%")

# the rate a target names ('tỷ lệ bao phủ BHYT'), as its label has it
NAMED_RATE_RX = regex.compile(r"\b(?:tỷ|tỉ)\s+lệ(?:\s+[\p{L}&]+){1,3}", regex.I)
PLAN_OPENS_RX = regex.compile(r"\W*theo\s+(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)\b", regex.I)


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


def headline_targets(ctx: _Ctx, body: list[Indicator]) -> list[Indicator]:
    """A news item's headline mostly restates a target of its body; one the body does not state ('Năm 2017, các
    địa phương phấn đấu giảm từ 5.374 đến 6.013 hộ nghèo' over targets per district) is a target of its own."""
    return [r for r in ctx.headline if r.target_value is not None and not any(
        (o.target_value, o.target_high) == (r.target_value, r.target_high) for o in body)]


def _prose_records(ctx: _Ctx, block: Block, segs: list[Segment], context: list[str]) -> list[Indicator]:
    out: list[Indicator] = []
    if ctx.normative:
        return out
    for seg in segs or []:
        units = unit_list_records(ctx, block, seg, context)
        if units:                              # targets stated before the list in its sentence are prose's
            cut = min(r.prov.start for r in units) - seg.start
            comma = seg.text.rfind(",", 0, cut)    # ', trong đó tỷ lệ ... năm 2022' leads the list: not prose's
            cut = comma if comma > 0 and not PCT_RX.search(seg.text, comma, cut) else cut
            out += _prose(ctx, block, Segment(seg.text[:cut], seg.start, seg.start + cut, block, seg.cell,
                                              seg.section), context) if PCT_RX.search(seg.text[:cut]) else []
        out += units if units is not None else _prose(ctx, block, seg, context)
    return out


def cell_text_records(ctx: _Ctx, block: Block, segs: list[Segment]) -> list[Indicator]:
    """A table whose columns say nothing of targets (a list of tasks: 'Nhiệm vụ | Cơ quan chủ trì | Thời hạn')
    is read cell by cell as prose: a task that sets a measure ('tích hợp 100% dịch vụ công trực tuyến', 'lựa chọn
    ít nhất 02 cán bộ, công chức') states a target; the cell is its place."""
    if ctx.normative:
        return []
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


def _result_columns(block: Block) -> set[int]:
    """Columns whose header says they hold results, assessments, notes or who does what ('Kết quả thực hiện',
    'Ghi chú', 'Cơ quan chủ trì'): their cells restate a task with what came of it, they set no target."""
    first = min((c.row for c in block.cells or []), default=0)
    return {c.col for c in block.cells or [] if c.row == first and (c.is_header or len(c.text) < 60)
            and header_role(c.text) in ("actual", "status", "note", "responsible", "evidence", "compare")}


CELL_SENTENCE_RX = regex.compile(r"[.;]\s+(?=\p{Lu}|[-+•(])|\n(?=\s*[-+•]\s)")


def _cell_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences and ';' clauses of a cell ('Cụ thể, NHNN đã: (i) ...; (ii) ...; (iii) Có 03 Công văn ...')."""
    outside = _outside_parens(text)
    cuts = [m.end() for m in CELL_SENTENCE_RX.finditer(text) if outside[m.start()]]
    bounds = [0] + cuts + [len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if text[bounds[i]:bounds[i + 1]].strip()]


def _result_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """Results a report states against their targets ('đạt 85,2%, vượt chỉ tiêu được giao (80%)'), one record
    per pair (indicator_results.py); the label is the sentence up to the first word that introduces a figure."""
    text = block.text
    figs = find_figures(text)
    figs = sorted(figs + [q for q in amount_figures(quantities_in(ctx, block.start, block.end), block.start, text)
                          if not any(f.start < q.end and q.start < f.end for f in figs)], key=lambda f: f.start)
    out: list[Indicator] = _plan_ratio_records(ctx, block, context) + _plan_share_records(ctx, block, context)
    out += _respective_records(ctx, block, context)
    item = ITEM_RX.match(text)
    prev = -1
    taken = [rp.target[:2] for rp in respective_pairs(text)]
    for pair in pair_results(text, figs):
        if any(s <= figs[pair.target].start < e for s, e in taken):
            continue                          # read already as one of results and targets listed in the same order
        t, a = figs[pair.target], figs[pair.actual]
        stop = max(text.rfind(". ", 0, pair.label_end), text.rfind("; ", 0, pair.label_end))
        start = stop + 2 if stop >= 0 else label_start(text)
        comma = text.find(", ", prev, pair.label_end) if prev > start else -1
        if comma >= 0:                        # '... đạt 45,2% (kế hoạch 45%), tỷ lệ hộ nghèo giảm còn 2,1% (...)':
            start = comma + 2                 # the pair before, in the same sentence, is not this label's
        said = list(REPORTED_SPEECH_RX.finditer(text, start, pair.label_end))
        start = said[-1].end() if said else start   # '…, Bộ KH&CN … cho hay, việc tỷ lệ …': the label starts after
        prev = max(t.end, a.end)
        label = SHORTFALL_TAIL_RX.sub("", _clean_label(text[:pair.label_end], [], start))
        label = _antecedent(text[:start]) or label if THIS_RATE_RX.match(label) else label
        average = AVERAGE_CHANGE_RX.match(text, pair.label_end)
        if average:                           # 'giảm bình quân 1,08%/năm (đạt chỉ tiêu …)': the average change is the measure
            label = f"{label} {' '.join(average.group(0).split())}"
        if len(WORD_RX.findall(_strip_cues(label))) < 2:
            continue
        rec = _record(ctx, block, label, block, "text.result", block.start + start, block.start + pair.label_end)
        rec.ordinal = item.group(1) if item else None
        t.level = t.level or _scope_level(text) or _block_level(label) or ctx.subject
        # a target stated in a parenthesis with its own year ('(… giao tỷ lệ … năm 2020 là trên 80%)') is that year's
        aside = next((m for m in PAREN_RX.finditer(text) if m.start() < t.start < m.end()), None)
        period = (_own_period(aside.group(0)[1:-1], t.start - aside.start() - 1) if aside else None) \
            or _own_period(text, t.start) or ctx.lead_period or ctx.doc_period or _period_from(context)
        _set_target(rec, t, period, provenance(ctx.doc, block, block.start + t.start, block.start + t.end, "text.result"))
        _set_actual(rec, a, None, provenance(ctx.doc, block, block.start + a.start, block.start + a.end, "text.result"), t)
        st = _status_after(text, max(t.end, a.end)) or _status_after(text, min(t.end, a.end))
        if st:
            rec.status, rec.status_norm = st
        rec.source_ref = context[0] if context else None
        out.append(rec)
    return out


# 'Tỷ lệ này đã vượt chỉ tiêu kế hoạch …': the paragraph speaks of the rate the one before it reported
ANAPHOR_RX = regex.compile(r"\W*(?P<subject>tỷ\s+lệ|tỉ\s+lệ|con\s+số|kết\s+quả|mức)\s+(?:này|đó|trên)\s+(?P<rest>(?:(?:đã|cũng)\s+)?"
                           r"(?:vượt|đạt|hoàn\s+thành|chưa\s+đạt))\b", regex.I)


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


TARGET_WORD_RX = regex.compile(r"\b(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)\b", regex.I)


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


AVERAGE_CHANGE_RX = regex.compile(r"(?:giảm|tăng)\s+(?:bình\s+quân|trung\s+bình)\b", regex.I)
SHORTFALL_TAIL_RX = regex.compile(r"\s+(?:mới\s+chỉ|chỉ\s+mới|mới)\s*$", regex.I)   # '… mới chỉ đạt 39,5%'
# the lead of reported speech in a news item ('Bộ KH&CN … cho hay, việc tỷ lệ hồ sơ … mới chỉ đạt 39,5%')
REPORTED_SPEECH_RX = regex.compile(r"\b(?:cho\s+(?:biết|hay)|nhấn\s+mạnh|khẳng\s+định)\s*(?:,|\brằng\b)?\s*(?:việc\s+)?",
                                   regex.I)


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


def _plan_ratio_records(ctx: _Ctx, block: Block, context: list[str]) -> list[Indicator]:
    """'Chi đầu tư từ nguồn thu tiền sử dụng đất 560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch': a result
    over its plan (indicator_results.plan_ratios); the label is the clause before the pair."""
    text = block.text
    out: list[Indicator] = []
    item = ITEM_RX.match(text)
    ratios = plan_ratios(text)
    ratios += [r for r in slash_targets(text) if all(r.actual_span != x.actual_span for x in ratios)]
    for pr in ratios:
        start = lead_end(text, _clause_start(text, pr.start), pr.start)
        label = RESULT_TAIL_RX.sub("", _clean_label(text[:pr.start], [], start)).strip(" .,;:-–")
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


PLAN_GIVEN_RX = regex.compile(r"\s*(?:được\s+)?(?:(?:Hội\s+đồng\s+nhân\s+dân|HĐND)(?:\s+tỉnh|\s+thành\s+phố)?\s+)?"
                              r"(?:giao|quyết\s+nghị(?:\s+thông\s+qua)?|thông\s+qua|phê\s+duyệt)(?:\s+là)?\s*$", regex.I)


RESULT_TAIL_RX = regex.compile(r"(?:\s+(?:[ưu]ớc|thực\s+hiện|cả\s+năm|năm\s+\d{4}|là|được|đạt|đã))+\s*$", regex.I)


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding offset `end` starts: after the last sentence end, ';' or comma before it
    (outside parentheses), unless that leaves fewer than three words."""
    outside = _outside_parens(text)
    stop = max(text.rfind(". ", 0, end), text.rfind("; ", 0, end))
    start = stop + 2 if stop >= 0 else label_start(text)
    commas = [i for i in range(start, end) if text[i] == "," and outside[i]]
    if commas and len(WORD_RX.findall(text[commas[-1]:end])) >= 3:
        return commas[-1] + 1
    return start


def _is_caption(block: Block) -> bool:
    """A heading in capitals ('II. PHẤN ĐẤU 100% HỒ SƠ ĐƯỢC SỐ HÓA') names the part; its body states the target."""
    t = " ".join(block.text.split())
    letters = regex.findall(r"\p{L}", t)
    return len(t) < 200 and len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


QUOTE_OPEN = "“\"‘«"
PROVISION_LEAD_RX = regex.compile(r"(?:như\s+sau|quy\s+định|sửa\s+đổi|bổ\s+sung|thay\s+thế|nêu\s+rõ|ghi\s+rõ)"
                                  r"[^.;]{0,80}$", regex.I)


def _quoted_provision(ctx: _Ctx, block: Block) -> bool:
    """A provision quoted from, or written into, another document: a paragraph that opens with a quotation
    mark after '... được sửa đổi như sau:' or an article 'Điều 96. Sửa đổi, bổ sung khoản 2 Điều 3', and the
    paragraphs after it until the quotation closes ('“Điều 7. Điều kiện ...' ... '3. ... tối thiểu 03 thợ ...”.').
    Its figures are that document's rules, not this one's targets."""
    opener = _quote_opener(ctx, block)
    if opener is None or opener.index == 0:
        return False
    prev = next((b for b in reversed(ctx.doc.blocks[:opener.index]) if b.cells is None and b.text.strip()), None)
    if prev is None:
        return False
    lead = prev.text.rstrip()
    return (lead.endswith(":") and bool(PROVISION_LEAD_RX.search(lead[:-1]))) or bool(
        ARTICLE_RX.match(lead) and AMENDS_RX.search(lead))


def _quote_opener(ctx: _Ctx, block: Block) -> Optional[Block]:
    """The paragraph that opens the quotation `block` sits in: itself when it opens with a quotation mark, or an
    earlier one that opens a quotation no paragraph up to `block` closes; None outside a quotation."""
    if block.text.lstrip()[:1] in QUOTE_OPEN:
        return block
    for b in reversed(ctx.doc.blocks[max(0, block.index - QUOTE_SPAN):block.index]):
        t = b.text.strip() if b.cells is None else ""
        if not t:
            continue
        balance = _quote_balance(t)
        if balance < 0 or CLOSED_RX.search(t):
            return None                       # a quotation closes before `block`
        if t[:1] in QUOTE_OPEN:
            return b if balance > 0 else None
        if ARTICLE_RX.match(t) or ANNEX_RX.match(t):
            return None                       # this document's own article or annex
    return None


def _quote_balance(text: str) -> int:
    """Quotation marks opened and not closed in `text` (straight quotes pair up)."""
    return text.count("“") + text.count("«") - text.count("”") - text.count("»") + text.count('"') % 2


QUOTE_SPAN = 80        # paragraphs a quoted provision may run over
CLOSED_RX = regex.compile(r"[”»\"]\s*[.;,]?\s*$")
AMENDS_RX = regex.compile(r"\b(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ)\b", regex.I)


def _in_quotation(text: str, f: Figure) -> bool:
    """Inside a quotation that a provision lead opens ('Khoản 2 Điều 5 được sửa đổi như sau: “2. Tỷ lệ ... 100%”',
    'theo quy định tại khoản 3 Điều 10 Nghị định số 45/2020/NĐ-CP: “bảo đảm tối thiểu 80% ...”'). Only a window
    around the figure is read, so a long paragraph costs the same per figure."""
    lo = max(0, f.start - WINDOW)
    piece = text[lo:f.start + WINDOW]
    for m in regex.finditer(r"[“\"]([^”\"]{10,})[”\"]", piece):
        if m.start() < f.start - lo < m.end() and PROVISION_LEAD_RX.search(piece[max(0, m.start() - 120):m.start()].rstrip(" :")):
            return True
    return False


WINDOW = 1500          # characters either side of a figure that the sentence and quotation checks read


def _sentence_around(text: str, f: Figure) -> tuple[int, int]:
    """(start, end) of the sentence holding the figure: between '.'/';' stops outside parentheses, looked for
    in a bounded window either side (a paragraph of any length costs the same per figure)."""
    lo, hi = max(0, f.expr_start - WINDOW), min(len(text), f.expr_end + WINDOW)
    piece = text[lo:hi]
    outside = _outside_parens(piece)
    stops = [lo + m.start() for m in regex.finditer(r"[.;](?:\s|$)", piece) if outside[m.start()]]
    s = max([i + 1 for i in stops if i < f.expr_start], default=lo)
    e = min([i for i in stops if i >= f.expr_end], default=hi)
    return s, e


def _status_after(text: str, end: int) -> Optional[tuple[str, str]]:
    """A status word right after a figure, past closing brackets and a comma ('45,3% (... 50%), chưa đạt')."""
    m = regex.match(r"[\s)%,]*", text[end:])
    tail = text[end + m.end():]
    return status_of(tail) if tail else None


def _is_title(ctx: _Ctx, block: Block) -> bool:
    title = " ".join((ctx.title or "").split())
    t = " ".join(block.text.split())
    return len(title) > 20 and (t in title or title in t) and len(t) < 2 * len(title) or _is_headline(ctx, block)


def _is_headline(ctx: _Ctx, block: Block) -> bool:
    """A text with no title of its own (a news item, a page) opens with a headline: one short line with no
    closing stop ('Chính phủ đặt mục tiêu tăng trưởng 8% trở lên năm 2025'), which the body then states in full."""
    if ctx.title or block.cells is not None:
        return False
    first = next((b for b in ctx.doc.blocks if b.text.strip()), None)
    t = block.text.strip()
    return first is block and len(t) <= 160 and "\n" not in t and not regex.search(r"[.;:!?…]\W*$", t) \
        and len(ctx.doc.blocks) > block.index + 1


def _clauses(text: str) -> list[tuple[int, int]]:
    """';'-clauses; a ';' inside a parenthesis separates the items of a list there, not clauses."""
    spans, pos = [], 0
    outside = _outside_parens(text)
    for m in regex.finditer(r";", text):
        if not outside[m.start()]:
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _list_item(ctx: _Ctx, block: Block, item: regex.Match, context: list[str]) -> list[Indicator]:
    text = block.text
    outside = _outside_parens(text)
    goals = ctx.normative and _is_goals_section(context)
    figs = [f for f in _text_figures(ctx, block.start, text, goals=goals)
            if outside[f.start] and not _result_governed(text, f)]
    start = item.end()
    cond = _condition_end(text, figs)
    if cond:                                  # 'Trường hợp ... chiếm từ 70% trở lên ...: phải đáp ứng từ 70% ...'
        figs, start = [f for f in figs if f.start > cond], cond
    figs = [f for f in figs if not _not_a_target(text, f)]
    if _reports_results(text, context):
        return []
    label = None
    if not figs:                              # '... (trong đó có ít nhất 70% số km đường tỉnh ...)'
        figs, label = _parenthesised_target(text)
    if not figs:
        return []
    status, actual = _parentheses(text)
    figs = assign_levels(text, figs)
    scope = _scope_level(text)
    own_level = _target_subject(text[start:])
    labels = [label] * len(figs) if label else _figure_labels(text, figs, start)
    labels = _item_labels(ctx, block, labels)
    ctx.prev_label, ctx.prev_block = labels[-1], block.index
    prefix = _ordinal_prefix(context, ctx.annexes)
    number = item.groups()[0] if item.groups() else None     # a bullet ('- ', '+ ') has no number
    pairs = [(f, x) for f, lab in zip(figs, labels) for x in (_shared_items(text, f) or [lab])]
    out = []
    for i, (f, label) in enumerate(pairs):
        rec = _record(ctx, block, label, block, "list.item")
        rec.ordinal = ".".join(prefix + [number]) if number else (".".join(prefix) or None)
        f.level = f.level or scope or own_level or unit_level(label) or _body_level(text[start:], context) \
            or ctx.lead_level or ctx.subject    # '- Huyện Lục Yên: 95%;' is the district's target
        period = _own_period(text, f.start, f.end) or ctx.lead_period or _period_from(context) or ctx.doc_period
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


def _reports_results(text: str, context: list[str]) -> bool:
    """'I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024 › 2. Về dữ liệu: 13/17 dịch vụ ..., 100% CSDL ...':
    under a heading about what happened, an item with no target cue and no target-result pair reports results."""
    if not any(_first("results_heading", t) for t in context[:2]):
        return False
    if any(_first(key, text) for key in ("cue.target", "cue.weak", "cue.weak.action", "cue.weak.minimum")):
        return False
    status, actual = _parentheses(text)
    return status is None and actual is None and not _first("status.achieved", text) \
        and not _first("status.not_achieved", text)


def _rate_label(f: Figure, label: str) -> str:
    """'có 10 bác sĩ và 30 giường bệnh/1 vạn dân': a label that is only the noun of a rate per population ('bác sĩ')
    names that rate ('bác sĩ/1 vạn dân'), not the item above."""
    noun, per, rest = (f.unit or "").partition("/")
    if per and rest and noun and " ".join(label.lower().split()) == " ".join(noun.lower().split()):
        return f"{noun}/{rest}"
    return label


def _inherit_label(ctx: _Ctx, block: Block, label: str) -> str:
    """'+ Đối với các địa phương: đạt tối thiểu 30%.' continues the item above: it takes that item's label."""
    if len(WORD_RX.findall(_strip_cues(label))) < 3 and ctx.prev_label and block.index - ctx.prev_block <= 3 \
            and not OWN_MEASURE_RX.match(label):
        return ctx.prev_label
    return label


def _item_labels(ctx: _Ctx, block: Block, labels: list[str]) -> list[str]:
    """Only the item's first clause may continue the item above ('+ Đối với các địa phương: đạt tối thiểu 30%.');
    a later short clause names a part of this item ('- Nông, lâm nghiệp 12%; Công nghiệp 42%; Dịch vụ 35,6%'), and
    one that names only an area ('Thu gom rác thải đô thị đạt 96%; khu vực nông thôn đạt 80%') is that area's
    share of the first clause's measure."""
    if not labels:
        return labels
    first = labels[0]
    own = _inherit_label(ctx, block, first)
    out = [own if x == first else x for x in labels]
    head = AREA_TAIL_RX.sub("", first).strip()
    if head != first.strip():
        out = [f"{head} {x}" if x != first and AREA_ONLY_RX.match(x) else x for x in out]
    sector = SECTOR_RX.search(first)
    if sector:                                # '- Tổng khách du lịch trên 8 triệu lượt; Doanh thu đạt 25.700 tỷ đồng'
        out = [f"{x} {sector.group(0)}" if x != first and BARE_MEASURE_RX.fullmatch(_strip_cues(x)) else x
               for x in out]
    return out


# a later part of an item that names a bare measure ('Doanh thu', 'Kim ngạch') measures the sector its first part
# names ('Tổng khách du lịch …; Doanh thu …' is the revenue of tourism)
SECTOR_RX = regex.compile(r"\b(?:du\s+lịch|xuất\s+khẩu|nhập\s+khẩu|thương\s+mại\s+điện\s+tử|bán\s+lẻ)\b", regex.I)
BARE_MEASURE_RX = regex.compile(r"\W*(?:tổng\s+)?(?:doanh\s+thu|kim\s+ngạch|giá\s+trị|sản\s+lượng|tổng\s+thu)\W*", regex.I)


# an area that qualifies a measure ('… đô thị', 'khu vực nông thôn', 'tại vùng đồng bào dân tộc thiểu số')
_AREA = r"(?:khu\s+vực\s+|vùng\s+|địa\s+bàn\s+)?(?:đô\s+thị|thành\s+thị|nông\s+thôn|miền\s+núi|đồng\s+bằng|ven\s+biển)"
AREA_TAIL_RX = regex.compile(r"\s+(?:(?:tại|ở|trên\s+địa\s+bàn)\s+)?(?:các\s+)?" + _AREA + r"\s*$", regex.I)
AREA_ONLY_RX = regex.compile(r"^\W*(?:(?:tại|ở|đối\s+với)\s+)?(?:các\s+)?" + _AREA + r"\s*$", regex.I)


# '- Tỷ lệ hộ nghèo dưới 3%.': a label that opens with what it measures names an indicator of its own
OWN_MEASURE_RX = regex.compile(r"^\W*(?:tỷ|tỉ)\s+lệ\s+\p{L}+\s+\p{L}+", regex.I)


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


# a sentence ends at ';', at '. ' before a capital, and at '. ' before the number or dash of an item run into
# the paragraph ('... 60 triệu đồng. 3. Tổng sản lượng ...', '... trở lên. - Lương thực bình quân ...')
SENTENCE_RX = regex.compile(r";|\.\s+(?=\p{Lu}|(?:\d{1,2}|[IVX]{1,3})\.\s+\p{Lu}|[-+•]\s+\p{L})|(?<=\))\s+(?=[-+•]\s+\p{Lu})")


def _figure_labels(text: str, figs: list[Figure], start: int, narrow: int = 40) -> list[str]:
    """One label per figure, from the clause it sits in: clauses split at ';' and sentence ends, and at a
    comma between two figures that are not one target split by level ('Tốc độ tăng GDP đạt 8% trở lên,
    quy mô GDP năm 2025 đạt khoảng trên 500 tỉ USD'). A lead 'Cơ cấu kinh tế:' of the first clause heads
    the later ones ('...; Dịch vụ chiếm khoảng 40,94%')."""
    outside = _outside_parens(text)
    cuts = [m.start() for m in SENTENCE_RX.finditer(text, start) if outside[m.start()]]
    bounds = [start] + [c + 1 for c in cuts] + [len(text) + 1]
    spans = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    # an aside in parentheses does not make a sentence long ('... từng ngành, lĩnh vực đạt tối thiểu 10% (đến năm
    # 2030 đạt tối thiểu 20%, riêng ngành du lịch ... đạt tối thiểu 30%)'): its words are not counted
    if len(spans) == 1 and not _comma_split(text, figs) and len(WORD_RX.findall(_blank_parens(text[start:]))) <= narrow:
        return [_clean_label(text, figs, start)] * len(figs)
    lead, lead_colon = _measure_lead(text, start, spans[0][1])
    # 'Cơ cấu kinh tế: Nông nghiệp: 75%; dịch vụ, du lịch: 20%': the lead's first clause names a part of its own
    # before the figure, so the later 'part: figure' clauses are parts of the lead too
    parts = lead_colon >= 0 and bool(figs) and text.find(":", lead_colon + 1, figs[0].expr_start) > 0
    regrouped = _period_groups(text, spans) if lead else {}
    out = []
    for f in figs:
        a0, b = next(((x, y) for x, y in spans if x <= f.start < y), (start, len(text)))
        a, b = _comma_span(text, f, figs, a0, b)
        if len(WORD_RX.findall(text[a:b])) > narrow:
            a, b = _narrow(text, f, a, b)
        mine = [g for g in figs if a <= g.start < b]
        label = _clean_label(text[:b], mine, a)
        if a > a0 and len(WORD_RX.findall(CONJ_RX.sub("", text[a:f.expr_start]))) == 0:
            head = [g for g in figs if a0 <= g.start < a][:1]     # '22 - 23 triệu lượt khách ..., 120 - 130 triệu lượt ...'
            # after a lead that ends in ':' every share is of the lead ('cắt giảm ít nhất: 25% thời gian …, 25% chi
            # phí …'); else a share before its own people is not of the measure before ('…, 70% cha mẹ … biết …')
            if head and _own_population(f, label) and not text[a0:head[0].expr_start].rstrip().endswith(":"):
                head = []
            near = [g for g in figs if a0 <= g.start < a]
            if len(near) > 1 and head and text.rfind(", ", near[-2].end, near[-1].start) >= 0:
                # '…, tăng bình quân 25%/năm, đạt tỷ lệ thu ngân sách từ GDP 15% năm 2010 và 15,5% năm 2020': the
                # clause goes on with the figure right before it, which a comma parts from the earlier ones
                label = f"{_growth_subject(out[figs.index(near[-1])])} {CONJ_RX.sub('', label).strip()}".strip()
            elif head:
                label = f"{_clean_label(text[:head[0].expr_start], [], a0)} {CONJ_RX.sub('', label).strip()}".strip()
        if lead and a0 in regrouped:          # '...; Đến năm 2030: Nông nghiệp 34-35%; Công nghiệp ... 45-46%'
            label = f"{_growth_subject(lead)} {regrouped[a0]}: {label}"
        elif lead and a > spans[0][1] and (parts or ":" not in text[a:b]) and not label.startswith(lead):
            label = f"{lead}: {label}"
        elif lead and a0 == spans[0][0] and a > lead_colon >= a0 and not label.startswith(lead):
            label = f"{lead}: {label}"      # 'Cơ cấu kinh tế: Nông nghiệp 37-38%, Công nghiệp - Xây dựng 47-48%'
        elif lead and f is figs[0] and len(figs) > 1 and a0 <= lead_colon < f.expr_start \
                and names_a_part(text[lead_colon + 1:f.expr_start]):
            label = f"{lead}: {' '.join(text[lead_colon + 1:f.expr_start].split())}"   # 'Cơ cấu ...: nông nghiệp 20%, ...'

        prev = figs.index(f) - 1
        aim = aim_only(text[figs[prev].end:f.expr_start]) if prev >= 0 and out else None
        if aim:                               # '... (GDP) khoảng 6,5-7%, phấn đấu đạt 7-7,5%': the same indicator's aim
            label = f"{_growth_subject(out[-1])} {aim}"
        elif prev >= 0 and out and a0 <= figs[prev].start and _first("growth", label):
            label = f"{label} {_growth_subject(out[-1])}"     # 'tốc độ tăng bình quân' of what came before
        elif prev >= 0 and out and a0 <= figs[prev].start and _only_period(label):
            subject = ELLIPSIS_TAIL_RX.sub("", _growth_subject(out[-1]))
            label = f"{subject} {_only_period(label)}"   # '... là 14-15% và giai đoạn 2026 - 2030 là 13-14%'
        elif prev >= 0 and out and SUBPART_START_RX.match(label) and f.unit and f.unit == figs[prev].unit != "%":
            label = _with_counted_noun(label, out[-1], f.unit)
        elif prev >= 0 and out and a0 <= figs[prev].start:
            label = _group_part(out[-1], label)
        out.append(label)
    return _shared_predicate(text, figs, out)


PREDICATE_RX = regex.compile(r"\s(?:được|có|đạt|sử\s+dụng|tham\s+gia|tiếp\s+cận)\s", regex.I)


def _shared_predicate(text: str, figs: list[Figure], labels: list[str]) -> list[str]:
    """'100% dân số đô thị và 95% dân số nông thôn được sử dụng nước sạch': figures written before the groups they
    count, joined by 'và', share what the last group is said to do; the first group's label takes it."""
    out = list(labels)
    for i in range(len(figs) - 1, 0, -1):
        f, g = figs[i - 1], figs[i]
        gap = text[f.expr_end:g.expr_start]
        if f.unit != "%" or g.unit != "%" or not regex.search(r"\s+và\s+$", gap) or regex.search(r"[;:.]", gap) \
                or PREDICATE_RX.search(f" {gap}"):
            continue
        p = PREDICATE_RX.search(out[i])
        if p is not None and len(WORD_RX.findall(out[i][:p.start()])) >= 1:
            out[i] = CONJ_RX.sub("", out[i]).strip()
            out[i - 1] = f"{out[i - 1].rstrip(' ,')} {out[i][PREDICATE_RX.search(out[i]).start():].strip()}"
    return out


# 'riêng tại vùng miền núi dưới 25,5%': a group given its own bound for the measure named just before
GROUP_PART_RX = regex.compile(r"^\W*riêng\s+(?:(?:tại|ở|đối\s+với|với|cho|trong)\s+)?", regex.I)
# 'Chương trình đặt mục tiêu đến năm 2027, tỷ lệ …': the aim's lead is not the measure
AIM_LEAD_RX = regex.compile(r"^[^,;:]*?\b(?:mục|chỉ)\s+tiêu(?:\s+cụ\s+thể)?(?:\s+(?:đến|tới|vào|trong)?\s*(?:hết\s+)?"
                            r"năm\s+\d{4})?\s*,\s*", regex.I)
GROUP_TAIL_RX = regex.compile(r"(?:\s+(?:giảm|tăng|đạt|còn|là|ở\s+mức|xuống|lên))+\s*$", regex.I)


def _own_population(f: Figure, label: str) -> bool:
    """'…, 70% cha mẹ, người chăm sóc trẻ nhận biết được các dấu hiệu …': a share written before the people it counts
    and what they do measures that, not the clause before it (as '…, 80% miền núi' or '120 triệu lượt khách' do)."""
    words = ELLIPSIS_FILLER_RX.sub(" ", BLANK_PERIODS_RX.sub(" ", _strip_cues(label)))
    return f.unit == "%" and not AREA_ONLY_RX.match(label) and len(regex.findall(r"[^\W\d]+", words)) >= 4


WHOLE_SCOPE_TAIL_RX = regex.compile(r"\s+(?:trên\s+)?(?:toàn\s+quốc|cả\s+nước|toàn\s+tỉnh)\s*$", regex.I)


def _group_part(before: str, label: str) -> str:
    """'tỷ lệ thiếu máu ở phụ nữ có thai dưới 23%, riêng ở vùng miền núi dưới 25,5%': the group's target measures
    what the clause before measures, for that group: 'tỷ lệ thiếu máu ở phụ nữ có thai vùng miền núi'. So does an
    area named alone ('… đạt 95% toàn quốc, miền núi đạt 80%')."""
    m = GROUP_PART_RX.match(label) or (AREA_ONLY_RX.match(CONJ_RX.sub("", label)) and CONJ_RX.match(label)) \
        or (AREA_ONLY_RX.match(label) and regex.match(r"\W*", label))
    if m is None or not before:
        return label
    measure = GROUP_TAIL_RX.sub("", _growth_subject(AIM_LEAD_RX.sub("", before)))
    measure = WHOLE_SCOPE_TAIL_RX.sub("", AREA_TAIL_RX.sub("", measure))
    return " ".join(f"{measure} {label[m.end():]}".split()) if len(WORD_RX.findall(_strip_cues(measure))) >= 2 else label


SUBPART_START_RX = regex.compile(r"\W*trong\s+(?:số\s+)?đó\b", regex.I)


def _with_counted_noun(label: str, whole: str, unit: str) -> str:
    """'… 30 - 50 doanh nghiệp khởi nguồn (spin-off) …, trong đó Hà Nội đạt tối thiểu 20 doanh nghiệp': a part
    counts the whole's things; the words that name them after the unit ('khởi nguồn') are its label's too."""
    m = regex.search(regex.escape(unit) + r"\s+((?:[^\W\d]+\s+){0,2}?[^\W\d]+)(?=\s*(?:[(,;:]|$|\s(?:từ|của|trong|tại|"
                     r"cho|được|có|đạt|và|hình\s+thành|thuộc|trên|với)\b))", whole, flags=regex.I)
    if m is None or m.group(1).lower() in label.lower():
        return label
    at = label.lower().rfind(unit.lower())
    return f"{label[:at + len(unit)]} {m.group(1)}{label[at + len(unit):]}" if at >= 0 else f"{label} {m.group(1)}"


def _period_groups(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """After the first clause of a lead ('Cơ cấu kinh tế đến 2025: ...'), a clause that opens with a period of
    its own ('Đến năm 2030: Nông nghiệp 34-35%') starts a group for that period, which runs on through the
    clauses after it: {clause start: the period as written}."""
    out: dict[int, str] = {}
    current = None
    for a, b in spans[1:]:
        piece = text[a:b]
        colon = piece.find(":")
        if 0 < colon < 40 and _is_period_lead(piece[:colon].strip()):
            current = " ".join(piece[:colon].split()).strip(" -+•")
        if current:
            out[a] = current
    return out


def _growth_subject(label: str) -> str:
    """The subject of the figure a growth rate follows, without its period ('... đến năm 2030')."""
    for p in reversed(find_periods(label)):
        label = label[:p.start] + label[p.end:]
    return " ".join(label.split()).strip(" ,;:-")


CONJ_RX = regex.compile(r"^\s*(?:và|hoặc|còn)\b", regex.I)   # '80% ở thành thị và 60% ở nông thôn'


# also the year's own preposition and the verb of a reduction ('…, phấn đấu 100% vào năm 2030', 'và xuống còn 15/100.000
# vào năm 2030'): they name no thing
# and the 'trong đó' of a sub-period ('… khoảng 7%/năm thời kỳ 2021-2030; trong đó giai đoạn 2026-2030 đạt trên 8,5%/năm')
ELLIPSIS_FILLER_RX = regex.compile(r"\b(?:và|hoặc|còn|là|đạt|từ|ở|mức|khoảng|bình\s+quân|hằng\s+năm|hàng\s+năm|vào|"
                                   r"xuống|phấn\s+đấu|trong\s+đó|mục\s+tiêu|tốp|top)\b", regex.I)   # '; mục tiêu năm 2025 vào tốp 10'


ELLIPSIS_TAIL_RX = regex.compile(r"(?:\s+(?:là|vào|trong|đến|tới|đạt|từ|còn))+\s*$", regex.I)


def _elliptic_label(before: str, label: str) -> str:
    """'Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 65%; năm 2025 phấn đấu đạt 80%': a clause that names only its period
    repeats the subject of the clause before it in the sentence, whether that one states a target or a result."""
    prev = before[max(before.rfind(". "), before.rfind(";", 0, len(before) - 1)) + 1:]
    digit = regex.search(r"\d", BLANK_PERIODS_RX.sub(lambda m: " " * len(m.group(0)), prev))
    if digit is None:
        return label
    subject = ELLIPSIS_TAIL_RX.sub("", _growth_subject(_clean_label(prev[:digit.start()], [])))
    subject = regex.sub(r"(?:\s+(?:đạt|là|còn|ở\s+mức|khoảng|trên|dưới|xếp(?:\s+(?:thứ|hạng))?|đứng(?:\s+thứ)?))+\s*$", "",
                        subject, flags=regex.I).strip(" ,")
    return f"{subject} {_only_period(label)}" if len(WORD_RX.findall(_strip_cues(subject))) >= 2 else label


DESTINATION_RX = regex.compile(r"\W*vào\s+(?!(?:năm|cuối|đầu|giữa|giai|tháng|quý|dịp|thời|trước|sau)\b)\S", regex.I)


def _elliptic_destinations(labels: list[str]) -> list[str]:
    """'Tỷ lệ huy động trẻ 6 tuổi vào lớp 1, học sinh vào lớp 6 đạt 98%, vào lớp 10 đạt trên 90%': a figure's label
    that names only where its people go ('vào lớp 10') repeats the head of the label before it, up to its 'vào'."""
    out = list(labels)
    for i in range(1, len(out)):
        head = out[i - 1].lower().find(" vào ")
        if DESTINATION_RX.match(out[i]) and head > 0:
            out[i] = f"{out[i - 1][:head]} {out[i].strip(' ,')}"
    return out


BLANK_PERIODS_RX = regex.compile(r"\b(?:năm|giai\s+đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?", regex.I)


def _only_period(label: str) -> Optional[str]:
    """The period an elliptic clause states instead of a label ('và giai đoạn 2026 - 2030 là', 'còn năm 2030'):
    it repeats the indicator of the clause before it for another period. None when the clause names a thing."""
    periods = find_periods(label)
    if not periods:
        return None
    rest = label
    for p in reversed(periods):
        rest = rest[:p.start] + " " + rest[p.end:]
    if WORD_RX.findall(ELLIPSIS_FILLER_RX.sub(" ", rest)):
        return None
    return " ".join(label[p.start:p.end] for p in periods)


def _measure_lead(text: str, start: int, end: int) -> tuple[Optional[str], int]:
    """The first sentence's lead and its colon; a lead of a period only ('Mục tiêu năm 2030: Cơ cấu kinh tế: …')
    gives way to the lead after it, which names the measure."""
    colon = text.find(":", start, end)
    lead = _lead_phrase(text[start:end])
    if lead is None and 0 <= colon and _is_period_lead(_strip_cues(text[start:colon])):
        lead = _lead_phrase(text[colon + 1:end])
        colon = text.find(":", colon + 1, end) if lead else -1
    return lead, (colon if lead else -1)


def _lead_phrase(first: str) -> Optional[str]:
    colon = first.find(":")
    if 3 < colon < 60 and SPEAKER_LEAD_RX.match(first[:colon + 1] + " x x"):
        return None                           # 'Thông báo nêu rõ: …', 'Chủ tịch yêu cầu: …' name who speaks, not a measure
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
    # ', trong đó, ít nhất 20% số huyện ...' opens the part the next figure is about: the split is there, not at the
    # commas of an enumeration the first figure counts ('50% huyện, thị xã, thành phố thuộc tỉnh đạt chuẩn')
    m = next((m for m in SUBPART_RX.finditer(gap) if outside[m.start()]), None)
    if f.unit == "hạng":                      # a rank's group has commas of its own: 'nhóm 10 tỉnh, thành phố dẫn đầu'
        m = m or next((m for m in regex.finditer(r"\s+và\s+", gap) if outside[m.start()]), None)
    # '100% các tỉnh, thành phố đưa …, 80% tỉnh, thành phố có …': a figure right after a comma opens its own clause;
    # the commas before it enumerate what the first figure counts
    last = regex.search(r"(?:,\s*|\s+và\s+)$", gap)
    m = m or (last if last is not None and outside[last.start()] else None)
    m = m or next((m for m in regex.finditer(r",\s*", gap) if outside[m.start()]), None)
    if m is not None and not SUBPART_RX.match(gap, m.start()):
        # '15 làng, đơn vị và 1 xã văn hóa': a comma with a word or two, then 'và', enumerates the first figure's
        # things; the split is at 'và'
        tail = regex.match(r",\s*((?:[^\W\d]+\s+){1,3}?)và\s+$", gap[m.start():])
        if tail:
            m = regex.search(r"\s+và\s+$", gap)
    m = m or next((m for m in regex.finditer(r"\s+và\s+", gap) if outside[m.start()]), None)
    m = m or VERB_RIGHT_AFTER_RX.match(gap)
    return f.expr_end + m.start() if m else None


# '… xuống dưới 12,5‰ giảm tỷ suất tử vong trẻ dưới 5 tuổi …': a verb of change right after a figure opens the next
# target's clause where the source left out the comma
VERB_RIGHT_AFTER_RX = regex.compile(r"\s+(?=(?:giảm|tăng|nâng|hạ)\s)", regex.I)
SUBPART_RX = regex.compile(r",\s*(?=(?:trong\s+(?:số\s+)?đó|nhất\s+là|đặc\s+biệt\s+là|ưu\s+tiên)\b)", regex.I)


def _narrow(text: str, f: Figure, a: int, b: int) -> tuple[int, int]:
    """A long sentence's label is the comma-delimited piece around its figure ('..., đạt được mục tiêu tăng
    trưởng kinh tế 8% trong năm 2025 của Tỉnh và ...')."""
    outside = _outside_parens(text)
    quoted = {i for m in QUOTED_NAME_RX.finditer(text, a, b) for i in range(m.start(), m.end())}
    commas = [i for i in range(a, b) if text[i] == "," and outside[i] and i not in quoted]
    before = [i for i in commas if i < f.expr_start]
    lo = before[-1] + 1 if before else a
    if CUE_PIECE_RX.match(text, lo):
        return a, b                           # ', phải đạt 90% trong năm 2025': the subject is before the comma
    if before and len(WORD_RX.findall(text[lo:f.expr_start])) <= 8:
        k = len(before) - 1
        while k >= 1 and len(WORD_RX.findall(text[before[k - 1]:before[k]])) <= 3:
            k -= 1                            # 'giáo dục đại học, cao đẳng, đào tạo nghề ... đạt tối thiểu 30%'
        if k < len(before) - 1:
            lo = before[k - 1] + 1 if k >= 1 else a   # an enumeration: its head noun is in the piece before it
    # on the right only before a new main clause: ', tỉnh Đắk Lắk cần tiếp tục ...' (not ', giải quyết trên ...')
    if before and lo == before[-1] + 1 and len(before) >= 2 and len(WORD_RX.findall(text[lo:f.expr_start])) <= 3:
        lo = before[-2] + 1                   # '... trong từng ngành, lĩnh vực đạt tối thiểu 10%': too short alone
    hi = min([i for i in commas if i >= f.expr_end and (SUBPART_RX.match(text, i) or (
              NEW_CLAUSE_RX.match(text, i + 1) and len(WORD_RX.findall(text[i:b])) >= 8))], default=b)
    if CUE_PIECE_RX.match(text, lo):
        return a, hi                          # ', phải đạt 90% trong năm 2025': the subject is before the comma
    return (lo, hi) if len(WORD_RX.findall(text[lo:hi])) >= 5 else (a, b)


# a quoted name keeps its commas: 'Chỉ số “Xây dựng và phát triển Chính phủ điện tử, Chính phủ số”'
QUOTED_NAME_RX = regex.compile(r"“[^”\n]{1,150}”")
CUE_PIECE_RX = regex.compile(r"\s*(?:phải|phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|quyết\s+tâm)\b", regex.I)


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
    """A result cue ('đã đạt', 'hiện nay') is the nearest cue before the figure: a result, not a target. The
    cues are looked for in a bounded window before the figure (the nearest one decides)."""
    before = text[max(0, f.start - WINDOW):f.start]
    cues = []
    for key in ("cue.target", "cue.weak", "cue.result"):
        for p in _vocab().get(key, []):
            cues += [(m.end(), p.meta["kind"] == "result") for m in p.regex.finditer(before)]
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


def _own_period(text: str, at: Optional[int] = None, end: Optional[int] = None) -> Optional[Period]:
    """A period the item itself states, outside parentheses ('(năm 2019 Cổng ... top 20)' is an aside).

    With `at` (a figure's offset), a period written right after the figure is its own ('đạt 50% vào năm 2027 và
    80% vào năm 2030'); else the period nearest before it in the same sentence wins: 'Chiến lược ... 2021 - 2030
    ... Năm 2025, ... với mục tiêu đạt 8%' targets 2025; else the first one the item states."""
    lo, hi = (0, WINDOW) if at is None else (max(0, at - WINDOW), at + WINDOW)
    piece = _blank_parens(text[lo:hi])          # only a window around the figure is read
    ps = _periods(piece)
    if end is not None:
        right = [p for p in ps if p.start >= end - lo and PERIOD_AFTER_RX.fullmatch(piece[end - lo:p.start])]
        right = right or [p for p in ps if p.start >= end - lo and _closes_object(piece, end - lo, p)][:1]
        if right:
            return right[0]
    if at is not None:
        stop = max(piece.rfind(". ", 0, at - lo), piece.rfind("; ", 0, at - lo))
        # a half or a quarter counts here: '(nhiệm kỳ 2021 - 2026) … 6 tháng cuối năm 2025 với 20 chỉ tiêu: …'
        before = [p for p in _periods(piece, PART_YEAR_KINDS) if stop < p.start and p.end <= at - lo]
        if before:
            return before[-1]
        # a period that leads its sentence's clauses ('Đến năm 2030: Nông nghiệp 34-35%; Công nghiệp ... 45-46%')
        full = piece.rfind(". ", 0, at - lo)
        led = [p for p in _periods(piece, PART_YEAR_KINDS) if full < p.start and p.end <= at - lo
               and _leads_a_list(piece[p.end:at - lo])]
        if led:
            return led[-1]
    if lo:
        ps = _periods(_blank_parens(text[:WINDOW])) or ps
    if end is not None:                       # a period in a later clause of purpose ('…, làm tiền đề cho giai đoạn
        ps = [p for p in ps if not _purpose_after(piece, end - lo, p)]      # 2026-2030') is not the figure's
    return ps[0] if ps else None


PURPOSE_RX = regex.compile(r"\b(?:làm\s+tiền\s+đề|tạo\s+(?:tiền\s+đề|nền\s+tảng|đà)|hướng\s+tới|chuẩn\s+bị)\b", regex.I)


def _purpose_after(piece: str, end: int, p: Period) -> bool:
    return p.start >= end and PURPOSE_RX.search(piece[end:p.start]) is not None


# 'chiếm 35% GRDP vào năm 2030', 'tối thiểu 3% tổng chi ngân sách cho KHCN, ĐMST trong năm 2026': the figure's
# object, then the year it is due; not a new clause ('..., đến năm 2030', '... và đến năm 2030 đạt 80%')
OBJECT_THEN_PERIOD_RX = regex.compile(r"[^;.:\d()]{0,120}?[^\W\d](?:\s+(?:vào|trong|tới|đến)(?:\s+(?:hết|cuối))?)?\s+",
                                      regex.I)
NEW_CLAUSE_END_RX = regex.compile(r"(?:,|\bvà|\bcòn|\bthì)\s+(?:(?:vào|trong|tới|đến)(?:\s+(?:hết|cuối))?\s+)?$",
                                  regex.I)
PERIOD_CONNECTOR_RX = regex.compile(r"\b(?:vào|trong|tới|đến)(?:\s+(?:hết|cuối))?\s+$", regex.I)


def _closes_object(piece: str, end: int, p: Period) -> bool:
    """A period a few words after the figure, closing its object, with no other figure up to the clause's end:
    the target's own year, over a year stated before the figure ('giai đoạn 2021 – 2025, ... 35% GRDP vào năm
    2030')."""
    between = piece[end:p.start]
    if p.kind not in ("year", "by_year") or not OBJECT_THEN_PERIOD_RX.fullmatch(between) \
            or NEW_CLAUSE_END_RX.search(between) or regex.search(r",(?!\s*\p{Lu})", between):
        return False          # a comma may list names ('KHCN, ĐMST và CĐS'), not open a clause (', tạo nền tảng')
    if p.kind != "by_year" and not PERIOD_CONNECTOR_RX.search(between):
        return False
    rest = regex.split(r"[.;,]", piece[p.end:], maxsplit=1)[0]
    return not regex.search(r"\d", rest)


# after a period, the words that open its list: ':' right away, or a short lead ('… 6 tháng cuối năm 2025 với 20 chỉ
# tiêu chủ yếu là: …')
LIST_AFTER_PERIOD_RX = regex.compile(r"\s*(?::|[^:;.]{1,60}?(?:là|gồm|sau|như\s+sau)\s*:)")


def _leads_a_list(after: str) -> bool:
    return LIST_AFTER_PERIOD_RX.match(after) is not None


def _blank_parens(text: str) -> str:
    return PAREN_RX.sub(lambda m: " " * len(m.group(0)), text)


def _periods(text: str, kinds: tuple[str, ...] = ("by_year", "range", "year")) -> list[Period]:
    """Years, ranges and 'đến năm' periods in `text` (or periods of `kinds`), except baselines ('so với năm 2020')."""
    return [p for p in find_periods(text) if p.kind in kinds
            and not BASELINE_RX.search(text[max(0, p.start - 20):p.start])]


PART_YEAR_KINDS = ("by_year", "range", "year", "half", "quarter", "months")


def _body_level(text: str, context: list[str]) -> Optional[str]:
    """The level whose bodies a target is for: the sentence's subject ('UBND cấp xã lựa chọn ...'), else the
    nearest heading naming them ('10. Ủy ban nhân dân các xã, phường')."""
    hit = _first("subject_body", text)
    if hit:
        lv = levels_in(hit[1].group(0))
        return hit[0].meta.get("level") or (lv[0][2] if lv else None)
    hit = _first("body", " ".join(context[0].split())) if context else None
    return hit[0].meta["level"] if hit else None


PERIOD_AFTER_RX = regex.compile(r"\s*(?:(?:trở\s+lên|trở\s+xuống|vào|đến|trong|tới)\s*)*", regex.I)
# 'so với năm 2020', 'so với dự toán năm 2024', 'so với kế hoạch năm 2025': what the figure is compared with
BASELINE_RX = regex.compile(r"\b(?:so(?:\s+với)?|kể\s+từ|bằng)\s+(?:(?:cùng\s+kỳ|dự\s+toán|kế\s+hoạch|thực\s+hiện|"
                            r"mức|kết\s+quả)\s+)?$", regex.I)


def _block_level(label: str) -> Optional[str]:
    """The level of the block of bodies a result's label names ('Khối bộ, ngành', 'khối tỉnh, thành'), or None."""
    hit = _first("block_level", label)
    return hit[0].meta["level"] if hit else None


# 'tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%': the rate is the one the sentence before named
THIS_RATE_RX = regex.compile(r"\W*(?:tỷ|tỉ)\s+lệ\s+(?:này|đó)\b", regex.I)
ANTECEDENT_RX = regex.compile(r"\b(?:tỷ|tỉ)\s+lệ\s+[^.,;:()]+?(?=\s+(?:vẫn|đã|chưa|đạt|là|chỉ|tăng|giảm|còn)\b)", regex.I)


def _antecedent(before: str) -> Optional[str]:
    """The rate the sentence before named ('…, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu.
    Đến cuối năm 2024, tỷ lệ này …'), or None when it names none."""
    cuts = [m.end() for m in regex.finditer(r"\.\s", before)]
    recent = before[cuts[-2] if len(cuts) > 1 else 0:]          # this sentence's opening and the one before
    found = [m for m in ANTECEDENT_RX.finditer(recent) if not THIS_RATE_RX.match(m.group(0))]
    return " ".join(found[-1].group(0).split()) if found else None


def _scope_level(text: str) -> Optional[str]:
    hit = _first("scope", BULLET_RX.sub("", text, count=1))
    if not hit:
        return None
    lv = levels_in(hit[1].group("scope"))
    return lv[0][2] if lv else None


def _prose(ctx: _Ctx, block: Block, seg: Segment, context: list[str]) -> list[Indicator]:
    out: list[Indicator] = []
    text = seg.text
    outside = _outside_parens(text)
    ahead = _ahead(ctx, context)
    listed = _track_inline_list(ctx, block, text)      # the offset in the segment from which items are listed
    joined = ctx.aim_block == block.index and JOINED_OPEN_RX.match(text) is not None
    # 'Theo đó, đến năm 2025, … đạt tối thiểu 10%. Tỉnh có 100% sản phẩm OCOP …': a later sentence of the paragraph
    # that names no time of its own and reports nothing goes on with the aim's period
    carried = ctx.aim_block == block.index and not _first("cue.result", text) and not find_periods(text)
    if _first("cue.target", text) and not _first("cue.result", text):
        # 'Đến năm 2025, kế hoạch đặt ra mục tiêu …': 'Đồng thời, …' goes on with it, for its period
        ctx.aim_block, ctx.aim_period = block.index, _period_from([text]) or (ctx.aim_period if carried else None)
    if not may_hold_figure(text):
        return out                    # a task with no figure (a list's lead is tracked above)
    tasked = listed is None and _states_tasks(ctx, block, text)
    if listed is None and (_details_adopted_plan(block, seg) or _after_goals(ctx, block, text) or tasked):
        listed = 0
    elif listed is None and _details_striven_targets(block, seg):
        ctx.inline_list, listed = block.index, 0      # the details run on in the block's later sentences too
        period = _period_from([block.text[:seg.start - block.start]])
        if period is not None:                        # 'Năm 2025, xã phấn đấu hoàn thành 15 chỉ tiêu …': their year
            ctx.lead_period, ctx.lead_block = period, block.index
    report = MONTHS_REPORT_RX.match(block.text) is not None
    parts_lead, sentence_label = None, None
    # 'Các xã, phường … xác định mục tiêu … như: A 80%; B 60%': the lead's subject is the level of every item
    list_level = _body_level(text[:listed], []) if listed else None
    for a, b in _clauses(text):
        clause = text[a:b]
        in_list = listed is not None and b > listed     # the clause reaches into the list (its part after the lead)
        figs = [f for f in _text_figures(ctx, seg.start + a, clause, in_list) if outside[a + f.start]]
        at = seg.start - block.start + a       # the clause's offset in the block
        figs = [f for f in figs if (_is_target(text, a, clause, f, context, ahead,
                                               listed is not None and a + f.start >= listed, report)
                                    or _continues_targets(ctx, block, text, a, clause, f, context)
                                    or _joins_aim(ctx, block, text[:a + f.start])
                                    or _goal_after_cue(block.text, seg.start - block.start + a, f))
                and not _dropped(ctx, clause, f, text[:a])
                and not _in_quotation(block.text, Figure(**{**f.__dict__, "start": at + f.start}))]
        figs = assign_levels(clause, figs) if figs else figs
        # a numbered item run into a paragraph ('4. Diện tích ..., ứng dụng công nghệ cao ... đạt 1.900 ha') is
        # labelled by its whole wording, as a list item is
        narrow = 40 if listed is not None and ITEM_RX.match(text) else 25
        # only a clause's first figure may continue the item above; a later one has its clause's words
        # ('thu hút 15 triệu khách du lịch, doanh thu 70.000 tỷ đồng')
        labels = _figure_labels(clause, figs, 0, narrow=narrow) if figs else []
        if figs and a == 0:
            parts_lead = _parts_lead(clause, figs[0])
        parted = [_under_parts_lead(parts_lead, clause, f, x) for f, x in zip(figs, labels)] \
            if figs and a and parts_lead else labels
        # a part of the lead is named by its own words ('…; công nghiệp 40%'), never by the item above
        # … nor is a count that opens its clause, named by the things after it ('…; 35.000 con lợn; …')
        counted = bool(figs) and figs[0].unit != "%" and not clause[:figs[0].start].strip(" ,;:")
        rated = [_rate_label(f, x) for f, x in zip(figs, parted)]
        labels = [r if r != x else _inherit_label(ctx, block, x) if i == 0 and x == y and not counted else x
                  for i, (r, x, y) in enumerate(zip(rated, parted, labels))]
        if labels and a and _only_period(labels[0]):
            labels[0] = _elliptic_label(text[:a], labels[0])
        elif labels and a and sentence_label:
            labels[0] = _group_part(sentence_label, labels[0])   # '…giảm 1,5%; riêng các xã … giảm 4%'
        labels = _elliptic_destinations(labels)
        more, more_labels = _paren_targets(ctx, seg.start + a, clause, context, [f.end for f in figs], labels)
        if not figs and not more:
            continue
        scope = _scope_level(clause)
        pairs = [(f, x) for f, label in zip(figs + more, labels + more_labels)
                 for x in (_shared_items(clause, f) or [label])]
        for f, label in pairs:
            aside = next((m for m in PAREN_RX.finditer(clause) if m.start() < f.start < m.end()), None)
            period = ((_own_period(aside.group(0)[1:-1], f.start - aside.start() - 1) if aside else None)
                      or _own_period(text, a + f.start, a + f.end) or ctx.lead_period or _period_from(context)
                      or (ctx.goals_period if ctx.goals_block == block.index - 1 else None)
                      or (ctx.aim_period if joined or carried else None) or (ctx.tasks[2] if tasked else None)
                      or ctx.doc_period)
            rec = _record(ctx, block, label, seg.cell or block, "prose.plan", seg.start + a, seg.start + b)
            f.level = f.level or scope or _province_part(clause, f) or assigned_level(clause[:f.start]) \
                or rest_level(ctx, block, clause) or _body_level(clause, context) \
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
    return out


def _parts_lead(clause: str, first: Figure) -> Optional[tuple[str, Optional[str]]]:
    """'Cơ cấu kinh tế … như sau: Ngành nông-lâm nghiệp chiếm 38,1%; …': a sentence's first clause whose lead ends
    in a colon and names a part before its figure: (the lead, the figure's unit), which heads the parts after it."""
    colon = clause.rfind(":", 0, first.expr_start)     # the last lead: 'Mục tiêu đến năm 2030: Cơ cấu … như sau:'
    lead = _lead_phrase(clause[clause.rfind(":", 0, max(colon, 0)) + 1:first.expr_start]) if colon > 0 else None
    if lead is None or not names_a_part(clause[colon + 1:first.expr_start]):
        return None
    lead = _without_cue_period(lead)
    # a lead of a cue and a period only ('Phấn đấu năm 2025:') names no measure to share
    return (lead, first.unit) if len(WORD_RX.findall(_strip_cues(_growth_subject(lead)))) >= 2 else None


def _without_cue_period(lead: str) -> str:
    """'Phấn đấu đến năm 2030, cơ cấu lao động': a lead opened by a clause of a cue and a period only is the measure
    after that clause."""
    head, comma, rest = lead.rpartition(",")
    if comma and find_periods(head) and len(WORD_RX.findall(_strip_cues(_growth_subject(head)))) < 2:
        return rest.strip()
    return lead


def _under_parts_lead(parts_lead: tuple[str, Optional[str]], clause: str, f: Figure, label: str) -> str:
    """'…; ngành công nghiệp-xây dựng chiếm 36,5%': a later part of the same unit, named by a few words only, is a
    part of the lead's measure too, as the first one is."""
    lead, unit = parts_lead
    if f.unit != unit or label.startswith(lead) or not names_a_part(clause[:f.expr_start]) \
            or OWN_MEASURE_RX.match(label):
        return label
    return f"{lead}: {label}"


# '..., trong đó Hà Nội đạt tối thiểu 20 doanh nghiệp': a province named as the part a figure is for
PROVINCE_PART_RX = regex.compile(r"\btrong\s+đó\s*,?\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?"
                                 r"(?P<name>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})\s+(?:phấn\s+đấu\s+)?(?:đạt|là|có)?[^,;.\d]{0,20}$")


def _province_part(clause: str, f: Figure) -> Optional[str]:
    """The level of a part named by a province after 'trong đó' ('trong đó Hà Nội đạt tối thiểu 20 doanh nghiệp')."""
    m = PROVINCE_PART_RX.search(clause, 0, f.expr_start)
    if m is None:
        return None
    name = fold_accents(fold_tone(m.group("name"))).lower()
    return "tỉnh" if any(name == sp.lower() for sp, _, _ in province_spellings()) else None


def _details_adopted_plan(block: Block, seg: Segment) -> bool:
    """'... thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025. Trong đó, ...': a sentence
    that opens with 'Trong đó' right after one adopting a plan for a period details that plan (its targets)."""
    at = seg.start - block.start
    return bool(regex.match(r"\W*Trong\s+đó\b", seg.text)) and \
        _first("adopted_plan", block.text[max(0, at - 400):at + 12]) is not None


def _details_striven_targets(block: Block, seg: Segment) -> bool:
    """'… phấn đấu hoàn thành 17 chỉ tiêu chủ yếu về kinh tế, xã hội. Trong đó, tốc độ tăng trưởng đạt 14%; …': a
    sentence that opens with 'Trong đó' right after one striving for a number of targets lists those targets."""
    at = seg.start - block.start
    if not regex.match(r"\W*Trong\s+đó\b", seg.text):
        return False
    hit = _first("lead_list.inline", block.text[max(0, at - 300):at + 40])
    return hit is not None and hit[0].id == "lead_list.inline.strive_count"


SHARED_RX = regex.compile(r"\s*\bđều\s*(?:ở\s+mức|đạt|là|bằng)?\s*$", regex.I)
SHARED_HEAD_RX = regex.compile(r"(?:^|,\s*|\s+và\s+|\bvới\s+|\bvề\s+)((?:tỷ|tỉ)\s+lệ\b)", regex.I)


def _shared_items(clause: str, f: Figure) -> list[str]:
    """'... đối với tỷ lệ cấp kết quả điện tử, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ, tỷ lệ ... đều ở mức
    100%': one figure that several listed rates share ('đều') sets one target for each; their labels."""
    m = SHARED_RX.search(clause, 0, f.expr_start)
    if m is None:
        return []
    before = clause[:m.start()]
    heads = [h.start(1) for h in SHARED_HEAD_RX.finditer(before)]
    if len(heads) < 2:
        return []
    bounds = heads + [len(before)]
    items = [regex.sub(r"\s+và\s*$", "", before[bounds[i]:bounds[i + 1]]).strip(" ,;") for i in range(len(heads))]
    return [x for x in items if len(WORD_RX.findall(x)) >= 3]


def _paren_targets(ctx: _Ctx, offset: int, clause: str, context: list[str],
                   target_ends: list[int] = (), target_labels: list[str] = ()) -> tuple[list[Figure], list[str]]:
    """Targets a clause states inside a parenthesis that a target cue opens ('(phấn đấu đạt 500.000 thuê bao)',
    '(Kế hoạch đầu tư công trung hạn ... bảo đảm không quá 3.000 dự án)'); a result in parentheses is none.
    The parenthesis is the label, with the words before it when it says too little on its own; a later year's
    figure right after a target ('đạt tối thiểu 10% (đến năm 2030 đạt tối thiểu 20%, ...)') is that target's
    indicator again, with its label."""
    figs: list[Figure] = []
    labels: list[str] = []
    for m in PAREN_RX.finditer(clause):
        inner = m.group(0)[1:-1]
        listed = PAREN_LIST_LEAD_RX.search(clause[:m.start()]) is not None \
            and not _first("lead_list.results", clause[:m.start()])
        # a part's own share right after a target ('nước sạch trên 90% (hợp vệ sinh đạt 100%)') is a target too
        part = any(not clause[e:m.start()].strip() for e in target_ends) and SUB_TARGET_RX.fullmatch(inner) \
            and not _periods(inner)
        if _first("cue.result", inner) or status_of(inner) or not (listed or part or _first("cue.target", inner)):
            continue
        at = m.start() + 1
        mine = [f for f in _text_figures(ctx, offset + at, inner)
                if (listed or part or _is_target(inner, 0, inner, f, context)) and not _not_a_target(inner, f)]
        after = next((x for e, x in zip(target_ends, target_labels) if not clause[e:m.start()].strip()), None)
        # several figures of one parenthesis with no target right before it: each is labelled by its own comma
        # piece ('(đến năm 2030 đạt tối thiểu 20%, riêng ngành du lịch đạt tối thiểu 30%)')
        own = _figure_labels(inner, mine, 0) if after is None and not listed and len(mine) > 1 \
            and _comma_split(inner, mine) else None
        for i, f in enumerate(mine):
            a, b = _item_span(inner, f) if listed else (0, len(inner))
            if after is not None and len(mine) > 1:
                a, b = _piece(inner, f, mine[i - 1].end if i else 0)
            if after is not None and PERIOD_ONLY_RX.fullmatch(inner, a, f.expr_start):
                figs.append(f.shifted(at))
                labels.append(after)
                continue
            label = own[i] if own else _clean_label(inner[:b], [f], a)
            if len(WORD_RX.findall(_strip_cues(label))) < 4:
                label = f"{_subject_before(clause, m.start())} {label}".strip()
            figs.append(f.shifted(at))
            labels.append(label)
    return figs, labels


def _subject_before(clause: str, end: int) -> str:
    """What the figure before a parenthesis measures: its clause without that figure, from its last comma when
    three words remain there ('Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%' → all of it)."""
    stop = max(clause.rfind(". ", 0, end), clause.rfind("; ", 0, end))
    words = TRAILING_FIGURE_RX.sub("", clause[stop + 2 if stop >= 0 else label_start(clause):end])
    piece = words[words.rfind(",") + 1:]
    return _clean_label(piece if len(WORD_RX.findall(piece)) >= 3 else words, [])


# the figure that ends the words before a parenthesis ('... lĩnh vực đạt tối thiểu 10%')
# ('trong năm 2026' is no figure: a bare number needs a verb before it or a '%' after it)
TRAILING_FIGURE_RX = regex.compile(r"\s*(?:(?:đạt|là|chiếm|ở\s+mức)\s+(?:(?:tối\s+thiểu|ít\s+nhất|trên|hơn|khoảng)\s+)?"
                                   r"\d[\d.,]*\s*%?|(?:(?:tối\s+thiểu|ít\s+nhất|trên|hơn|khoảng)\s+)?\d[\d.,]*\s*%)\s*$",
                                   regex.I)


# a parenthesis piece that says only when ('đến năm 2030 đạt tối thiểu '): the figure is the target's later year
PERIOD_ONLY_RX = regex.compile(r"[\s,;]*(?:(?:đến|tới|vào)(?:\s+(?:hết|cuối))?\s+năm\s+\d{4}|năm\s+\d{4})[\s,:]*"
                               r"(?:(?:đạt|là|chiếm|tối\s+thiểu|ít\s+nhất|trên|hơn|khoảng|từ)[\s:]*)*", regex.I)


def _piece(inner: str, f: Figure, since: int) -> tuple[int, int]:
    """The piece of a parenthesis that holds the figure: from the figure before it (or a ';') on."""
    cut = inner.rfind(";", since, f.expr_start)
    return (cut + 1 if cut >= 0 else since), f.end


SUB_TARGET_RX = regex.compile(r"\s*(?:trong\s+đó\s*,?\s*)?[^\d()%;]{3,60}?\s(?:đạt|là|chiếm)\s+(?:(?:trên|tối\s+thiểu|ít\s+nhất)\s+)?"
                              r"\d{1,3}(?:[.,]\d+)?\s*%\s*", regex.I)


# '... đặt ra 6 mục tiêu cụ thể về phát triển KTS (Tỷ trọng KTS đạt 20% GDP; ... đạt trên 80%)': a parenthesis
# right after the words that announce targets lists them, one per ';' item, each with its own words as label.
PAREN_LIST_LEAD_RX = regex.compile(r"\b(?:mục|chỉ)\s+tiêu(?:\s+(?:cụ\s+thể|chủ\s+yếu))?(?:\s+(?:về|của)\s+[^()%;:.]{0,60})?\s*$",
                                   regex.I)


def _item_span(inner: str, f: Figure) -> tuple[int, int]:
    """The ';' item of a listed parenthesis that holds the figure."""
    a = inner.rfind(";", 0, f.start) + 1
    b = inner.find(";", f.end)
    return a, (len(inner) if b < 0 else b)


def _paren_result(clause: str, f: Figure, figs: list[Figure]) -> Optional[Figure]:
    """A result in the parenthesis right after a target ('phải đạt 90% trong năm 2025 (đến nay mới đạt 39,5%)'):
    a result cue and a figure of the same unit, before the next target."""
    nxt = min((g.start for g in figs if g.start > f.end), default=len(clause))
    paired = _result_paren_after(clause, f)       # '(244/244, đạt 100%, vượt kế hoạch)' with no result cue
    for m in PAREN_RX.finditer(clause, f.end, len(clause) if f.level else nxt):
        inner = m.group(0)[1:-1]
        if not (_first("cue.result", inner) or (paired is not None and paired.start() == m.start())):
            continue
        at, part = _level_part(inner, f.level)
        if part is None:
            if m.start() >= nxt:
                return None
            at, part = 0, inner
        got = [g for g in find_figures(part) if g.unit == f.unit and g.high is None]
        if got:
            g = got[0]
            return Figure(**{**g.__dict__, "start": m.start() + 1 + at + g.start, "end": m.start() + 1 + at + g.end})
        return None
    return None


def _level_part(inner: str, level: Optional[str]) -> tuple[int, Optional[str]]:
    """The ';' part of a result parenthesis that names the target's level ('Kết quả: Cấp huyện: ... đạt 62,37%;
    cấp xã: ... đạt 65,88%'): (its offset, its text), or (0, None)."""
    if not level:
        return 0, None
    pos = 0
    for piece in inner.split(";"):
        if any(x[2] == level for x in levels_in(piece)):
            return pos, piece
        pos += len(piece) + 1
    return 0, None


def _is_target(text: str, a: int, clause: str, f: Figure, context: list[str] = (), ahead: bool = False,
               listed: bool = False, report: bool = False) -> bool:
    """A target cue governs the figure: the nearest cue before it, else a target cue after it. Under a heading
    about what happened ('a) Tình hình thu NSNN năm 2025') a weak cue ('đạt trên 99%') reports a result.
    With no cue at all, a clause that opens with a share ('- Đổi mới công nghệ: 100% khu công nghiệp ... triển
    khai ...') states a target when the period in force lies ahead of the document (`ahead`)."""
    met = _states_met_target(text, a + f.start)
    whole = _blank_met(text[:a] + clause) if met else text[:a] + clause
    before = whole[:a + f.expr_end][-WINDOW:]             # the nearest cue decides: a bounded window is enough
    # an aside closed before the figure speaks for itself: '(Kết quả: ... đạt 62,37%); 50% thanh toán ...'
    # (blanked with a mark, not spaces, so that the words around it do not meet: 'nông thôn mới (...) đạt')
    before = PAREN_RX.sub(lambda m: "#" * len(m.group(0)), before)
    keys = ["cue.target", "cue.result"]
    if not report and not _reports_plan_shares(text, a + f.start) and not any(
            _first("results_heading", t) for t in context[:2]) and not any(
            p.regex.search(clause[:f.start]) for p in _vocab().get("cue.result", []) if not p.meta.get("period")):
        keys.append("cue.weak")               # 'Có 3321/3321 đơn vị hoàn thành việc lựa chọn ít nhất 02 cán bộ'

    cues = []
    for key in keys:
        for p in _vocab().get(key, []):
            cues += [(m.end(), p.meta["kind"] == "result", key == "cue.weak") for m in p.regex.finditer(before)]
    if cues:
        nearest = max(cues)
        if nearest[2] and not any(not r and not w for _, r, w in cues) and COMPARED_AFTER_RX.search(clause, f.expr_end):
            return False                      # '… đều đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022'
        return not nearest[1]                 # the nearest cue decides; a result cue wins a tie
    after = clause[f.expr_end:]
    # read from the figure on, so that 'đạt 76,5% mục tiêu' (a share of the target) is seen as no cue
    # a cue after the figure governs it within its comma piece ('100% hồ sơ phải được số hóa'); after a comma
    # it opens a clause of purpose ('..., 100 trạm 5G, bảo đảm cung cấp dịch vụ ...')
    if _first("cue.target", whole[a + f.start:a + _piece_end(clause, f.expr_end)]) and not _first("cue.result", after):
        return True
    if _joined_to_target(clause, f) and not _first("cue.result", after):
        return True                           # 'Tỷ lệ số hóa hồ sơ đạt 90%, đồng thời nâng mức hài lòng ... lên 95%'
    if listed and not _first("cue.result", after):
        return True                           # an item of a list of targets a lead opened ('chỉ tiêu chủ yếu gồm:')
    if _result_paren_after(clause, f):
        return True                           # '50% dịch vụ ... (244/244, đạt 100%, vượt kế hoạch)'
    return ahead and f.unit == "%" and SHARE_LED_RX.fullmatch(clause[:f.start]) is not None \
        and not _first("cue.result", after)


# a weak cue's figure set beside an earlier year's ('đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022', 'đạt trên
# 95%, thấp hơn cùng kỳ'): a report weighs what was reached against what was, a plan does not
# … or ranked among others ('đạt trên 10.400 USD, xếp thứ nhất toàn quốc') or set beside the same period of last year
# ('tăng trên 12% so với cùng kỳ')
COMPARED_AFTER_RX = regex.compile(r"\G(?:[^.;]{0,60}?\b(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:so\s+với\s+)?(?:năm\s+\d{4}|cùng\s+kỳ|năm\s+trước)"
                                  r"|[^.;,]{0,30}?\bso\s+với\s+(?:cùng\s+kỳ|năm\s+trước)"
                                  r"|\s*,?\s*(?:xếp|đứng)\s+(?:thứ|vị\s+trí|hạng)\b)", regex.I)


PLAN_SHARE_RX = regex.compile(r"\b(?:đạt|bằng)\s+\d{1,3}(?:[.,]\d+)?\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|KH\b|dự\s+toán)",
                              regex.I)


# 'hoàn thành toàn bộ 100% các chỉ tiêu được giao', 'đạt 112% chỉ tiêu của Thủ tướng Chính phủ giao', '…, vượt chỉ tiêu
# Thủ tướng Chính phủ giao (…)', 'hoàn thành chỉ tiêu của Đảng, Quốc hội giao': a sentence that says a target was met
# or passed reports what was done
MET_TARGET_RX = regex.compile(
    r"(?<!\b(?:phấn\s+đấu|phải|sẽ|cần|bảo\s+đảm|đảm\s+bảo)\s+)\b(?:(?:đạt|bằng|hoàn\s+thành)\s+(?:(?:toàn\s+bộ|trên|gần|hơn)\s+)?\d{1,3}(?:[.,]\d+)?\s*%\s*(?:các\s+)?"
    r"(?:chỉ\s+tiêu|mục\s+tiêu)"
    r"|(?:hoàn\s+thành|vượt)\s+(?:mức\s+)?(?:các\s+)?chỉ\s+tiêu"
    r"(?:\s+(?:của|do))?[^.;%\d]{0,40}?\bgiao\b)", regex.I)


# the date a met target's result is counted at ('đến hết năm 2017 có 79,9 triệu người …, hoàn thành chỉ tiêu …')
AS_OF_RX = regex.compile(r"\bđến\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}", regex.I)


def _states_met_target(text: str, at: int) -> bool:
    s, e = text.rfind(". ", 0, at) + 1, _full_stop(text, at)
    return MET_TARGET_RX.search(text, s, e) is not None


def _blank_met(piece: str) -> str:
    """In a sentence that says a target was met, the words saying so ('hoàn thành 100% các chỉ tiêu được giao') and
    the date the result is counted at are no target cues."""
    piece = MET_TARGET_RX.sub(lambda m: "#" * len(m.group(0)), piece)
    return AS_OF_RX.sub(lambda m: "#" * len(m.group(0)), piece)


def _reports_plan_shares(text: str, at: int) -> bool:
    """'Năm 2020, tổng sản lượng lương thực đạt 102,5% kế hoạch; …; tỷ lệ che phủ rừng đạt trên 78%': a sentence that
    measures what was done against the plan, or says an assigned target was met or passed, reports results; its
    weak cues ('đạt trên', 'hoàn thành 100%') set nothing."""
    s, e = text.rfind(". ", 0, at) + 1, _full_stop(text, at)
    return PLAN_SHARE_RX.search(text, s, e) is not None or MET_TARGET_RX.search(text, s, e) is not None


# a paragraph that opens with the months a report covers ('9 tháng năm 2025, …', '6 tháng đầu năm 2024, …') reports what
# was done in them: its 'đạt trên 300 nghìn tỷ đồng' is a result, not a weak target cue (a cue of its own still sets one)
MONTHS_REPORT_RX = regex.compile(r"\W*(?:trong\s+)?\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?\s+\d{4}\s*,", regex.I)


JOINED_RX = regex.compile(r",\s*(?:và\s+)?đồng\s+thời\b", regex.I)


def _joined_to_target(clause: str, f: Figure) -> bool:
    """A plain 'đạt' joined by 'đồng thời' to a piece a target cue governs: both state targets. The joined piece
    is read to the end of its sentence."""
    end = _piece_end(clause, f.expr_end)
    m = JOINED_RX.match(clause, end)
    if m is None or not regex.search(r"\bđạt\s*$", clause[max(0, f.start - 12):f.start]):
        return False
    rest = clause[m.end():]
    stop = regex.search(r"\.(?:\s|$)", rest)
    rest = rest[:stop.start() if stop else len(rest)]
    return bool(_first("cue.target", rest)) and not _first("cue.result", rest) and not regex.search(r"\bđã\b", rest)


def _piece_end(clause: str, at: int) -> int:
    outside = _outside_parens(clause)
    return next((i for i in range(at, len(clause)) if clause[i] == "," and outside[i]), len(clause))


def _result_paren_after(clause: str, f: Figure) -> Optional[regex.Match]:
    """The parenthesis right after a share's phrase reports a different share reached ('50% dịch vụ công ... được
    tích hợp (244/244, đạt 100%, vượt kế hoạch)'): the share is the target that result is measured against. The
    same share again ('50% số xã (11/22 xã, đạt 50%)') restates a result and is no pair."""
    if f.unit != "%":
        return None
    m = PAREN_RX.search(clause, f.end)
    if m is None or regex.search(r"[\d;.:]", clause[f.end:m.start()]):
        return None
    hit = _first("paren_result", m.group(0)[1:-1])
    if hit is None:
        return None
    reached = parse_number(hit[1].group("z"), "percent")
    return m if reached is not None and reached.value != f.value else None


BOUND_CMPS = {">", ">=", "<", "<="}


def _continues_targets(ctx: _Ctx, block: Block, text: str, a: int, clause: str, f: Figure,
                       context: list[str]) -> bool:
    """A sentence of a passage of targets that has no cue of its own still states one when its figure carries
    a bound ('Mục tiêu hướng đến tối thiểu 5 doanh nghiệp ... . Đóng góp của TFP ... ở mức trên 55%'): the
    previous paragraph, or an earlier sentence of this one, gave targets; no cue at all, of either kind, is
    in the sentence before the figure, and none of a result after it."""
    if ctx.prev_block < block.index - 1 or ctx.prev_block < 0:
        return False
    if any(_first("results_heading", t) for t in context[:2]):
        return False
    s, e = _sentence_around(text, f.shifted(a))
    before = text[s:a + f.expr_start]
    if any(_first(key, before) for key in ("cue.target", "cue.weak", "cue.result")):
        return False
    if _first("cue.result", text[s:a + f.start]):
        return False                          # 'Huyện hiện có hơn 120 hợp tác xã': 'có hơn' is the figure's, 'hiện có' a report
    if HAS_RATE_RX.search(text, s, a + f.start):
        return False                          # 'thương binh có tỷ lệ tổn thương từ 81% trở lên': whom, not an aim
    if _reports_plan_shares(text, a + f.start):
        return False                          # 'Thu ngân sách trên 2,4 tỷ đồng, đạt 28,2% KH': a result against its plan
    if _first("cue.result", text[a + f.expr_end:e]):
        return False
    if COMPARED_AFTER_RX.match(text, a + f.expr_end):
        return False                          # 'GRDP bình quân đầu người đạt trên 10.400 USD, xếp thứ nhất toàn quốc'
    # a plain share continues them too when it opens its paragraph ('100% các văn bản đi, đến đều được xử lý ...');
    # a plain figure of any unit when a bound figure follows in its sentence ('Tỉnh có 100% sản phẩm OCOP ...; có ít
    # nhất 10 sản phẩm ...', 'Tuổi thọ bình quân đạt khoảng 75,5 tuổi, trong đó ... đạt tối thiểu 68 năm')
    # an aimed level ('Tuổi thọ bình quân đạt khoảng 75,5 tuổi', 'tỷ trọng kinh tế số đạt khoảng 30% GDP') goes on
    # listing them too, with no period of its own before the figure
    about = ABOUT_RX.search(text, s, a + f.start) is not None and not _first("cue.result", text[s:a + f.start]) \
        and not any(
        not BASELINE_RX.search(before[max(0, p.start - 20):p.start]) for p in find_periods(before))
    return f.cmp in BOUND_CMPS or about \
        or (f.unit == "%" and a == 0 and SHARE_LED_RX.fullmatch(clause[:f.start]) is not None and s == 0) \
        or BOUND_AFTER_RX.search(text, a + f.expr_end, _full_stop(text, a + f.expr_end)) is not None \
        or _carries_cue(ctx, block, text[s:e], before, text[s:a + f.start])


ABOUT_RX = regex.compile(r"\bđạt\s+khoảng\s*$", regex.I)


# 'Đến năm 2025, kế hoạch đặt ra mục tiêu cung cấp … . Đồng thời, duy trì và cung cấp … 25 dịch vụ công …': a sentence
# opened by 'Đồng thời' adds to the aim the sentence before it set in its paragraph
JOINED_OPEN_RX = regex.compile(r"^\W*(?:đồng\s+thời|bên\s+cạnh\s+đó)\s*,", regex.I)


def _joins_aim(ctx: _Ctx, block: Block, before: str) -> bool:
    """A sentence opened by 'Đồng thời,' after a sentence of its paragraph that set an aim states a target too,
    unless its words before the figure report what was done ('đã tích hợp' after the figure only says which ones)."""
    return ctx.aim_block == block.index and JOINED_OPEN_RX.match(before) is not None \
        and not _first("cue.result", before) and not _first("cue.result.period", before)


def _goal_after_cue(text: str, a: int, f: Figure) -> bool:
    """'Thứ hai, đến năm 2030, chấm dứt tình trạng thiếu đói ... . Tăng gấp 1,5 lần năng suất lao động ...': a
    sentence that opens with the growth it orders, after a sentence of goals in its paragraph, states a goal."""
    s, e = _sentence_around(text, f.shifted(a))
    return s > 0 and bool(_first("goal_opening", text[s:a + f.start])) and bool(_first("cue.target", text[:s])) \
        and not _first("cue.result", text[s:e]) and not _first("cue.result", text[:s])


# the words a carried-over target is stated with: 'đạt 6.605 tỷ đồng', 'gần 667 tỷ đồng', 'việc làm cho 6.500 lao động'
CARRIED_RX = regex.compile(r"\b(?:đạt(?:\s+(?:khoảng|trên|gần))?|gần|cho|tăng\s+thêm)\s*$", regex.I)


def _carries_cue(ctx: _Ctx, block: Block, sentence: str, before: str, lead: str) -> bool:
    """'Theo đó, huyện phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng. Giá trị sản xuất công nghiệp đạt
    6.605 tỷ đồng. ...': after a sentence a target cue governs, the paragraph's next sentences that only say 'đạt'
    (or name an amount) go on listing targets, unless a sentence speaks of another time or of what was done."""
    if ctx.cued_block != block.index or _first("cue.result", sentence) or _first("cue.result.period", sentence) \
            or not (CARRIED_RX.search(before) or CARRIED_RX.search(lead)) or _first("nontarget.condition", sentence):
        return False
    return not any(not BASELINE_RX.search(before[max(0, p.start - 20):p.start]) for p in find_periods(before))


def _full_stop(text: str, at: int) -> int:
    """Where the sentence holding `at` ends: the next full stop ('.'), past ';' that only part its clauses."""
    m = FULL_STOP_RX.search(text, at, min(len(text), at + WINDOW))
    return m.start() if m else min(len(text), at + WINDOW)


FULL_STOP_RX = regex.compile(r"\.(?:\s|$)")


HAS_RATE_RX = regex.compile(r"\bcó\s+(?:tỷ|tỉ)\s+lệ[^,;.:%]{0,60}$", regex.I)
BOUND_AFTER_RX = regex.compile(r"\b(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+quá|tối\s+đa)\s+\d", regex.I)


SHARE_LED_RX = regex.compile(r"\W*(?:[-+•]\s*)?(?:[^:;.]{3,80}:\s*)?")   # '- Đổi mới công nghệ trong khu công nghiệp: '


def _ahead(ctx: _Ctx, context: list[str]) -> bool:
    """The period in force (a lead-in, else the nearest heading naming one) ends after the year the document
    was issued: 'III. LỘ TRÌNH › 1. Giai đoạn 2025 - 2030' in a plan of 2025."""
    period = ctx.lead_period or _period_from(context[:3])
    return bool(period and ctx.doc_year and period.year and period.year > ctx.doc_year)
