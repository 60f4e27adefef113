"""The passages whose sentences state targets, tracked block by block in the context: a list a lead opens
('... các chỉ tiêu sau:', '..., các chỉ tiêu chủ yếu gồm: ...'), a period or level lead-in ('- Đến năm 2027:',
'a) Đối với cấp xã:'), a paragraph of aims and the one after it, a year's tasks named by a title or a lead, and
the sections of targets or goals; also the title and the headline, which restate the body."""
from __future__ import annotations

import bisect
from typing import Optional

import regex

from extractor.extract.periods import find_periods, Period
from extractor.link.figures import BULLET_RX, DASH_ITEM_RX, DIGIT_RX, _first, ITEM_RX, PAREN_ITEM_RX, PCT_RX
from extractor.link.item_periods import BASELINE_RX
from extractor.link.records import _Ctx, flat_text, _is_heading_like, _is_period_lead, _period_from, quantities_in
from extractor.model import Block, Segment
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


def _is_indicator_section(texts: list[str]) -> bool:
    return any(_first("section", t) for t in texts[:2])


def _is_goals_section(texts: list[str]) -> bool:
    """Under a heading of goals ('Mục tiêu cụ thể'), not of results, every sentence states a target."""
    return any(_first("goals", t) for t in texts[:3]) and not any(_first("cue.result", t) for t in texts[:1])


PLAN_HEADING_RX = _P.get("passage.plan_heading").regex


def _is_plan_part(ctx: _Ctx, block: Block, texts: list[str]) -> bool:
    """Under a heading that opens the part of a text planning a period ('II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM
    2025', 'III. Dự kiến kế hoạch năm 2026'), as under a heading of goals, the items and paragraphs state that
    period's targets, unless the period is already past when the text was issued ('Kế hoạch năm 2023' in a review of
    2025). The heading reaches the paragraphs right under it: a table in between (a form's title, then its notes
    '[2] Cụ thể: giảm thuế … năm 2024') ends its reach; a footnote, or a paragraph naming an earlier year, reports."""
    if ctx.normative or FOOTNOTE_RX.match(block.text):
        return False
    for t in texts[:2]:
        m = PLAN_HEADING_RX.match(flat_text(t))
        if m is None:
            continue
        period = _period_from([m.group(0)])
        year = period.year if period else None
        if year and ctx.doc_year and year < ctx.doc_year:
            return False
        at = max((i for i, h in ctx.headings if h == t and i < block.index), default=-1)
        if at < 0 or _last_table_before(ctx, block.index) > at:
            return False
        return not any(p.year and p.year < (year or ctx.doc_year or 0) for p in find_periods(block.text))
    return False


FOOTNOTE_RX = regex.compile(r"\s*\[\d{1,3}\]")     # '[2] Cụ thể: …': a note at the foot of the text


def _last_table_before(ctx: _Ctx, index: int) -> int:
    """The index of the last table before block `index`, or -1 (the tables' indices listed once per document)."""
    if ctx.table_blocks is None:
        ctx.table_blocks = [b.index for b in ctx.doc.blocks if b.cells is not None]
    i = bisect.bisect_left(ctx.table_blocks, index)
    return ctx.table_blocks[i - 1] if i else -1


def _track_inline_list(ctx: _Ctx, block: Block, text: str) -> Optional[int]:
    """Where a lead inside a paragraph opens a list of targets ('..., các chỉ tiêu chủ yếu gồm: A từ 10% trở lên.
    B đạt 95,5%.'): the items run on in the following sentences and paragraphs, until a heading. A lead about
    what was done opens none."""
    hit = _first("lead_list.inline", text)
    # the lead's own words may say it lists results ('Các chỉ tiêu đã đạt được năm 2024 gồm: ...')
    if hit and not _first("lead_list.results", text[:hit[1].end()]) and not ctx.normative:
        if hit[0].id in ("lead_list.inline.set_count", "lead_list.inline.set_count_colon", "lead_list.inline.such_as"):
            ctx.example_list = block.index
            return hit[1].end() - 1           # 'đề ra 24 chỉ tiêu, trong đó ...': its items run to the sentence's end
        ctx.inline_list = block.index
        # 'Phấn đấu … đạt được các chỉ tiêu chủ yếu: …', 'Đại hội đề ra các mục tiêu cụ thể đến năm 2020: …': its
        # paragraph's sentences are the items, the next paragraph is not
        if hit[0].id in ("lead_list.inline.strive", "lead_list.inline.set_colon", "lead_list.inline.set_includes"):
            ctx.inline_para = block.index
            ctx.semi_list = block.index if ends_with_semicolon(block.text) else -1
        period = _period_from([text[:hit[1].end()]])
        if period is not None:                # 'CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030 ... 1. ...': the items' period
            ctx.lead_period, ctx.lead_block = period, block.index
        return hit[1].end() - 1
    if ctx.inline_list >= 0 and ctx.inline_list != block.index and _opens_with_results(text):
        ctx.inline_list = -1                  # 'Kết quả thực hiện các chỉ tiêu năm 2024: 1. ...' lists what was done
    return 0 if ctx.inline_list >= 0 else None


def ends_with_semicolon(text: str) -> bool:
    return text.rstrip().endswith(";")


def _track_semicolon_list(ctx: _Ctx, block: Block) -> None:
    """'… đưa ra các chỉ tiêu … đến năm 2025 gồm A 9 - 10%/năm; B 65 triệu đồng; …;' › 'C trên 5%/năm; D 10.000 ha;
    …;' › 'Thu ngân sách … 3.000 tỷ đồng; …;': a list of targets whose items end with their paragraph goes on into
    the next one while the last ends with ';' and the next is ';' fragments too (a heading, or a paragraph with no
    ';', closes it). The next paragraph then carries the list (tracked, as the other lists are)."""
    if not (0 <= ctx.semi_list == ctx.inline_list == ctx.inline_para == block.index - 1):
        return
    if _is_heading_like(block) or ";" not in block.text or _opens_with_results(block.text):
        return
    ctx.inline_list = ctx.inline_para = block.index
    ctx.semi_list = block.index if ends_with_semicolon(block.text) else -1


def _follows_example_list(ctx: _Ctx, block: Block, sentence: str = "") -> bool:
    """'… đề ra 24 chỉ tiêu chủ yếu như: A đạt …; B đạt ….' then 'Duy trì tỷ lệ … 100%; tỷ lệ … đạt 94,5%.': the
    paragraph right after a list of targets given as examples, which opens with a rate and reports nothing (pattern
    `list_follow`), goes on with that list; so does a later sentence of the list's own paragraph that opens with a
    figure ('… như: Có hơn 30 DN KH-CN, …. 25 nhiệm vụ KH-CN cấp tỉnh triển khai, …', `example_follow`)."""
    if 0 <= ctx.example_list == block.index and sentence:
        return _first("example_follow", sentence) is not None and _first("cue.result", sentence) is None
    return 0 <= ctx.example_list == block.index - 1 and _first("list_follow", block.text) is not None \
        and _first("cue.result", block.text) is None


CLOSING_STOP_RX = regex.compile(r"[.;:!?…]\W*$")   # a line's closing stop; compiled once: asked of every line


def _titles_results(block: Block) -> bool:
    """A short line with no closing stop that names results ('Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2020 - 2025'):
    a title, though not marked as a heading; the list of targets above it ends there."""
    t = flat_text(block.text)
    return len(t) < 160 and not CLOSING_STOP_RX.search(t) and _first("lead_list.results", t) is not None


def _opens_with_results(text: str) -> bool:
    colon = text.find(":", 0, 160)
    return colon > 0 and bool(_first("lead_list.results", text[:colon]))


def _track_target_list(ctx: _Ctx, block: Block) -> None:
    """A sentence that opens a list of targets ('... tỉnh hoàn thành các chỉ tiêu sau:'; in a plan, '... cụ thể như
    sau:') makes the items under it targets, whatever their marks ((1), a), -, +); a heading or a paragraph that
    is no item closes the list. A lead that introduces what was done ('Kết quả ... như sau:') opens none."""
    t = flat_text(block.text)
    if t.endswith(":") and len(t) < 300 and not ctx.normative and not _first("lead_list.results", t) and (
            _first("lead_list.names", t) or _first("lead_list.cue", t) or _first("lead_list.tasks", t)
            or (_first("lead_list.as_follows", t) and (ctx.plan or _first("cue.target", t)))
            or _aims_lead(t)):
        ctx.target_list, ctx.task_list = block.index, _first("lead_list.tasks", t) is not None
        _assigned_list_period(ctx, block, t)
    elif not ctx.normative and _first("lead_list.heading", t):
        ctx.target_list, ctx.task_list = block.index, False    # 'Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)': no colon
        ctx.list_heading = block.index
        period = _period_from([t])
        if period is not None:                # its items' period, however long the list runs
            ctx.lead_period, ctx.lead_block = period, block.index
    elif ctx.target_list >= 0 and len(t) < 80 and not PCT_RX.search(t) and _is_period_lead(t.rstrip(":")):
        ctx.target_list = block.index         # 'Đến năm 2027, phấn đấu:' › items › 'Đến năm 2030:' › items: one list
    elif ctx.target_list >= 0 and THEME_ITEMS_RX.match(t) and not _is_heading_like(block):
        ctx.inline_list = block.index         # 'Về kinh tế: (1) ...: từ 7,5 đến 8%. (2) ...': items run into a paragraph
    elif ctx.target_list >= 0 and THEME_HEAD_RX.match(t):
        pass                                  # '1. Về kinh tế:' between the lead and its items: the list goes on
    elif _resumes_list(ctx, block, t):
        ctx.target_list = block.index         # 'a) Về kinh tế' after the heading's lead paragraph: its list again
    elif _plain_items_under_heading(ctx, block, t):
        ctx.target_list, ctx.inline_list = -1, block.index   # … or a paragraph with no item marks, its sentences them
    elif ctx.target_list >= 0 and (_is_heading_like(block) or not (
            ITEM_RX.match(t) or PAREN_ITEM_RX.match(t) or BULLET_RX.match(t) or DASH_ITEM_RX.match(t)
            or _task_line(ctx, block))):
        ctx.target_list = -1


def _resumes_list(ctx: _Ctx, block: Block, t: str) -> bool:
    """'Các chỉ tiêu chủ yếu … đến năm 2025' › 'Đăng ngày …' › 'Theo chỉ tiêu đề ra, …' › 'a) Về kinh tế' › '- Tổng vốn
    … tăng 9-10%/năm': a theme line (`passage.theme_subhead`) a few plain paragraphs under a heading that names
    targets, with no other heading between, opens that heading's list again, its items the targets."""
    if ctx.list_heading < 0 or block.index - ctx.list_heading > 4 or not THEME_SUBHEAD_RX.match(t):
        return False
    return all(i <= ctx.list_heading for i, _ in ctx.headings)


def _aims_lead(t: str) -> bool:
    """A short line ending with its colon that a target cue governs ('Định hướng phát triển xã hội số đến năm 2030:',
    'Một số mục tiêu chính trong năm 2026:', 'Những chỉ tiêu cần đạt trong năm 2027:', 'Kế hoạch phấn đấu đến năm 2027
    đạt được:') opens a list of targets, whatever its words; one that reports ('Tính đến năm 2024:', 'Các chỉ tiêu
    đã đạt:', 'Hiện nay, …:') opens none (a lead of results is left out before, `lead_list.results`)."""
    return len(t) < 160 and _first("cue.target", t) is not None and REPORTING_LEAD_RX.search(t) is None


REPORTING_LEAD_RX = regex.compile(r"\b(?:đã|hiện|tính\s+đến|ước|lũy\s+kế|đến\s+nay)\b", regex.I)


def _plain_items_under_heading(ctx: _Ctx, block: Block, t: str) -> bool:
    """'Một số chỉ tiêu chủ yếu … (nhiệm kỳ 2020 - 2025)' › 'Tốc độ tăng trưởng … đạt 12-13%/ năm. …': a paragraph right
    under a heading that names targets, with no item marks, reports nothing and speaks of no other year than the
    heading's, lists them in its sentences; 'Năm 2025, tỷ lệ hộ nghèo … còn 2,1%' under '… năm 2026' states a fact."""
    if not 0 <= ctx.list_heading == ctx.target_list == block.index - 1 or _is_heading_like(block):
        return False
    if ITEM_RX.match(t) or PAREN_ITEM_RX.match(t) or BULLET_RX.match(t) or DASH_ITEM_RX.match(t):
        return False
    if _opens_with_results(t) or _first("cue.result", t) or _first("cue.result.period", t):
        return False
    period = ctx.lead_period if ctx.lead_block == ctx.list_heading else None
    return all(period is not None and p.year == period.year for p in find_periods(t))


def _assigned_list_period(ctx: _Ctx, block: Block, t: str) -> None:
    """'… 27 mục tiêu chủ yếu giai đoạn 2026-2030, trong đó ngành Y tế được giao 5 mục tiêu:': the period of a lead
    that assigns a number of targets is its items' ('1-Tuổi thọ … (tuổi): Xấp xỉ 75,5'), however long it is."""
    hit = _first("lead_list.names", t)
    period = _period_from([t]) if hit and hit[0].id == "lead_list.names.assigned" else None
    if period is not None:
        ctx.lead_period, ctx.lead_block = period, block.index


def _task_line(ctx: _Ctx, block: Block) -> Optional[regex.Match]:
    """'Cắt giảm mạnh TTHC trong năm 2025: Giảm ít nhất 30% …': under a lead that orders tasks ('… triển khai một số
    nội dung sau:', pattern `lead_list.tasks`), a line that names a task, then a colon and what it sets (`task_line`),
    is an item of the list with no mark; its task's name and colon, or None."""
    if not ctx.task_list or _is_heading_like(block) or _first("task_line", block.text) is None:
        return None
    return TASK_NAME_RX.match(block.text)


TASK_NAME_RX = _P.get("passage.task_name").regex
THEME_ITEMS_RX = _P.get("passage.theme_items").regex
THEME_HEAD_RX = _P.get("passage.theme_head").regex
THEME_SUBHEAD_RX = _P.get("passage.theme_subhead").regex
VISION_TAIL_RX = _P.get("passage.vision_tail").regex     # ', định hướng đến năm 2030' after a lead's own horizon


def _lead_in(ctx: _Ctx, block: Block) -> bool:
    """'- Đến hết năm 2024:' or 'b) Đến năm 2030' opens a group: its period applies to the items below.
    Any other heading closes the group. So does a line naming one level ('1. Cấp tỉnh', 'a) Đối với cấp xã:')."""
    t = block.text.strip()
    level = _first("level_lead", " ".join(t.split())) if len(t) < 60 else None
    if level:
        ctx.lead_level = level[0].meta["level"]
        return True
    if _is_heading_like(block) or not (ITEM_RX.match(t) or PAREN_ITEM_RX.match(t) or BULLET_RX.match(t)
                                       or DASH_ITEM_RX.match(t)):
        ctx.lead_level = None                 # a heading or a paragraph that is no item closes a level's group
    if len(t) < 80 and not PCT_RX.search(t) and (t.endswith(":") or _is_period_lead(t.rstrip(":"))):
        p = _period_from([VISION_TAIL_RX.sub("", t)])
        if p is not None:
            ctx.lead_period, ctx.lead_block = p, block.index
            return True
    if _is_heading_like(block):
        ctx.lead_period = None
    return False


def _track_goals(ctx: _Ctx, block: Block) -> None:
    """'Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh … trở thành …': a paragraph of aims for a period, with
    no figure and no result, whose targets the next paragraph states as bare measures (see _after_goals)."""
    t = flat_text(block.text)
    # aims name their period's year (`lead_list.goals`); with no digit only a further task of open aims goes on
    if ctx.normative or block.kind == "table" or not (ctx.goals_block == block.index - 1 or DIGIT_RX.search(t)):
        return
    if PCT_RX.search(t) or quantities_in(ctx, block.start, block.end):
        return
    goals = _first("lead_list.goals", t)
    if not goals and not (ctx.goals_block == block.index - 1 and ctx.goals_period is not None):
        return                                # neither branch below can act: the result cues, dearer, are not sought
    if _first("cue.result", t):
        return
    if goals:
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


HAS_RX = _P.get("passage.has").regex
LETTER_RX = regex.compile(r"\p{L}")
IN_WHICH_RX = regex.compile(r"\W*Trong\s+đó\b")     # 'Trong đó, ...' opens the details of the sentence before


def _details_cued_target(ctx: _Ctx, block: Block, seg: Segment) -> bool:
    """'Theo kịch bản tăng trưởng năm 2026, GRDP của tỉnh dự kiến tăng 10,6% … . Trong đó, khu vực công nghiệp – xây
    dựng … dự kiến tăng 19,29%': a sentence opening with 'Trong đó' right after a sentence of this paragraph that set
    a target by its cue details that target, its parts' figures targets too; after a sentence of results it reports."""
    if ctx.prev_block != block.index or not IN_WHICH_RX.match(seg.text):
        return False
    before = block.text[:seg.start - block.start].rstrip()
    sentence = before[before.rfind(". ", 0, len(before) - 1) + 1:]
    return _first("cue.target", sentence) is not None and _first("cue.result", sentence) is None


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
    period = _period_from([block.text]) if _first("tasks_title", flat_text(block.text)) else None
    if period is not None and period.year:
        ctx.tasks = (block.index + 1, len(ctx.doc.blocks), period)


def _track_opening_aim(ctx: _Ctx, block: Block) -> None:
    """A text with no title (a news item) that opens by setting an aim for a period ('Quảng Ngãi đặt mục tiêu kinh tế
    số chiếm 20% GRDP đến năm 2025', 'Đông Giang đặt mục tiêu chuyển đổi số toàn diện năm 2025 - Ngày 3/4, UBND huyện
    ban hành kế hoạch chuyển đổi số năm 2025, …'): the targets of its body that name no time of their own, nor have a
    lead, a heading or an aim of their own naming one, are that period's, as a title's period is a document's."""
    if ctx.title or ctx.normative or block.cells is not None or ctx.doc_period is not None:
        return
    if next((b for b in ctx.doc.blocks if b.text.strip()), None) is not block:
        return                                # the opening only: a later aim is read in its paragraph
    text = flat_text(block.text)
    if not _first("cue.target", text) or _first("cue.result", text):
        return
    aims = [p for p in find_periods(text) if p.kind in ("year", "by_year", "range") and p.year
            and not BASELINE_RX.search(text[max(0, p.start - 40):p.start])]
    ctx.opening_period = aims[-1] if aims else None


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


def _is_caption(block: Block) -> bool:
    """A heading in capitals ('II. PHẤN ĐẤU 100% HỒ SƠ ĐƯỢC SỐ HÓA') names the part; its body states the target."""
    t = flat_text(block.text)
    if len(t) >= 200:
        return False                          # a paragraph: its letters are not counted
    letters = LETTER_RX.findall(t)
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def _is_title(ctx: _Ctx, block: Block) -> bool:
    title = " ".join((ctx.title or "").split())
    t = flat_text(block.text)
    return len(title) > 20 and (t in title or title in t) and len(t) < 2 * len(title) or _is_headline(ctx, block)


def _is_headline(ctx: _Ctx, block: Block) -> bool:
    """A text with no title of its own (a news item, a page) opens with a headline: one short line with no
    closing stop ('Chính phủ đặt mục tiêu tăng trưởng 8% trở lên năm 2025'), which the body then states in full."""
    if ctx.title or block.cells is not None:
        return False
    first = next((b for b in ctx.doc.blocks if b.text.strip()), None)
    t = block.text.strip()
    return first is block and len(t) <= 160 and "\n" not in t and not CLOSING_STOP_RX.search(t) \
        and len(ctx.doc.blocks) > block.index + 1


def _details_adopted_plan(block: Block, seg: Segment) -> bool:
    """'... thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025. Trong đó, ...': a sentence
    that opens with 'Trong đó' right after one adopting a plan for a period details that plan (its targets)."""
    at = seg.start - block.start
    return bool(IN_WHICH_RX.match(seg.text)) and \
        _first("adopted_plan", block.text[max(0, at - 400):at + 12]) is not None


THEN_RX = regex.compile(r"\W*(?:Theo|Trong)\s+đó\b")   # 'Theo đó, ...' goes on from the sentence before


def _details_announced_plan(ctx: _Ctx, block: Block, seg: Segment) -> bool:
    """'Quốc hội đã thông qua Nghị quyết về Kế hoạch … 5 năm 2021-2025 với những chỉ tiêu cụ thể.' then 'Theo đó, …',
    in the same paragraph or as the next one's opening: the sentence lists the targets announced."""
    at = seg.start - block.start
    if not THEN_RX.match(seg.text):
        return False
    before = block.text[max(0, at - 400):at]
    if not before.strip() and block.index > 0:
        before = ctx.doc.blocks[block.index - 1].text[-400:]
    return _first("announced_plan", flat_text(before).rstrip() + " ") is not None


ANNOUNCED_REACH = 3        # paragraphs after the announcement that may still list its targets


def _after_announced_targets(ctx: _Ctx, block: Block, sentence: str) -> bool:
    """'Chương trình cũng đề ra một số mục tiêu cụ thể.' › 'Thứ nhất, tăng số lao động …. Cụ thể như: Tỷ lệ lao động …
    đạt 30% vào năm 2025 và …': the paragraph right after one that closes by announcing a plan's targets states them,
    with or without 'Theo đó': each of its sentences that reports nothing lists them (as _after_goals, with no period
    to keep to: the announcement names none). A resolution only said to be adopted ('… thông qua Nghị quyết Đại hội.')
    announces no list: after it only 'Theo đó, …' goes on (_details_announced_plan)."""
    if block.index == 0 or _is_heading_like(block):
        return False
    # the list may run over a few paragraphs ('Về đăng ký khai sinh, đến năm 2028: … đạt 95%.' › 'Các trường hợp …
    # đạt 100%'): one between that states figures and reports nothing is an item of it, not the end
    for back in range(1, ANNOUNCED_REACH + 1):
        prev = ctx.doc.blocks[block.index - back] if block.index >= back else None
        if prev is None or prev.cells is not None or _is_heading_like(prev):
            return False
        hit = _first("announced_plan", flat_text(prev.text[-400:]).rstrip() + " ")
        if hit is not None and hit[0].id in ("announced_plan.targets", "announced_plan.sets_targets",
                                                "announced_plan.will_targets"):
            break
        t = flat_text(prev.text)
        if not DIGIT_RX.search(t) or any(_first(key, t) for key in ("cue.result", "cue.result.period",
                                                                     "nontarget.condition")):
            return False
    else:
        return False
    return not any(_first(key, sentence) for key in ("cue.result", "cue.result.period", "nontarget.condition"))


def _details_striven_targets(block: Block, seg: Segment) -> bool:
    """'… phấn đấu hoàn thành 17 chỉ tiêu chủ yếu về kinh tế, xã hội. Trong đó, tốc độ tăng trưởng đạt 14%; …': a
    sentence that opens with 'Trong đó' right after one striving for a number of targets lists those targets; so does
    one striving for them after a sentence that sets their number ('… đề ra 17 chỉ tiêu. Trong đó, phấn đấu …')."""
    at = seg.start - block.start
    if not IN_WHICH_RX.match(seg.text):
        return False
    hit = _first("lead_list.inline", block.text[max(0, at - 300):at + 40])
    return hit is not None and hit[0].id in ("lead_list.inline.strive_count", "lead_list.inline.set_count_strive",
                                             "lead_list.inline.set_count_ordinal")
