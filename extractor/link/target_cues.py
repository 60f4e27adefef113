"""Whether a figure of prose sets a target: the nearest cue before it decides (`phấn đấu`, `bảo đảm` against
`đã đạt được`, `hiện nay`); else a cue after it in its comma piece, a list a lead opened, a passage of targets it
goes on with, or a plan whose period lies ahead. A sentence that says a target was met, or measures what was done
against the plan, reports results."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extractor.extract.numbers import parse_number
from extractor.extract.periods import find_periods
from extractor.link.figures import Figure, _first, PAREN_RX, _parentheses, _vocab
from extractor.link.item_periods import BASELINE_RX, _own_period
from extractor.link.not_targets import BOUND_CMPS
from extractor.link.records import _Ctx, _is_heading_like, _period_from
from extractor.link.sentences import FULL_STOP_RX, _full_stop, _piece_end, _sentence_around, WINDOW
from extractor.link.target_passages import _is_headline
from extractor.model import Block
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


def _reports_results(text: str, context: list[str], figs: list[Figure] = ()) -> bool:
    """'I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024 › 2. Về dữ liệu: 13/17 dịch vụ ..., 100% CSDL ...':
    under a heading about what happened, an item with no target cue and no target-result pair reports results. The
    cue counts in a sentence holding a figure: '… 100% xã có cáp quang. Hệ thống …, đảm bảo an toàn thông tin' names
    no target for the share."""
    if not any(_first("results_heading", t) for t in context[:2]):
        return False
    # a status or a result in parentheses answers first: found at a fraction of the cues' cost, and most items under
    # such a heading have one ('… đạt 95% (đạt)', '(Kết quả: …)')
    status, actual = _parentheses(text)
    if status is not None or actual is not None or _first("status.achieved", text) \
            or _first("status.not_achieved", text):
        return False
    said = _figure_sentences(text, figs) if figs else text
    return not any(_first(key, said) for key in ("cue.target", "cue.weak", "cue.weak.action", "cue.weak.minimum"))


def _figure_sentences(text: str, figs: list[Figure]) -> str:
    """The sentences of `text` that hold a figure, from the full stop before it to the one after, joined."""
    stops = [m.end() for m in FULL_STOP_RX.finditer(text)]
    spans = {(max((s for s in stops if s <= f.start), default=0), _full_stop(text, f.end)) for f in figs}
    return "\n".join(text[a:b] for a, b in sorted(spans))


def _result_governed(text: str, f: Figure, since: int = 0) -> bool:
    """A result cue ('đã đạt', 'hiện nay') is the nearest cue before the figure: a result, not a target. The
    cues are looked for in a bounded window before the figure (the nearest one decides), from `since` on."""
    return _nearest_cue_reports(text[max(since, f.start - WINDOW):f.start])


@lru_cache(maxsize=4096)
def _nearest_cue_reports(before: str) -> bool:
    """The cue nearest the end of `before` is a result cue (one ending with a target cue wins the tie). Cached
    within a document: the window before a figure is asked of again by each reader of the figure (half the calls)."""
    cues = []
    for key in ("cue.target", "cue.weak", "cue.result"):
        for p in _vocab().get(key, []):
            if p.may_match(before):
                cues += [(m.end(), p.meta["kind"] == "result") for m in p.regex.finditer(before)]
    return bool(cues) and max(cues)[1]


BASELINE_NOW_RX = _P.get("not_target.baseline_now").regex


def _is_target(text: str, a: int, clause: str, f: Figure, context: list[str] = (), ahead: bool = False,
               listed: bool = False, report: bool = False, only_reports: bool = False) -> bool:
    """A target cue governs the figure: the nearest cue before it, else a target cue after it. Under a heading
    about what happened ('a) Tình hình thu NSNN năm 2025') a weak cue ('đạt trên 99%') reports a result; so does a
    bound after 'đạt' in a text that only reports (`only_reports`, see reports_only), where an action's share
    ('Hỗ trợ chuyển đổi 100% …') still sets one.
    With no cue at all, a clause that opens with a share ('- Đổi mới công nghệ: 100% khu công nghiệp ... triển
    khai ...') states a target when the period in force lies ahead of the document (`ahead`)."""
    met = _states_met_target(text, a + f.start)
    whole = _blank_met(text[:a] + clause) if met else text[:a] + clause
    before = whole[:a + f.expr_end][-WINDOW:]             # the nearest cue decides: a bounded window is enough
    # an aside closed before the figure speaks for itself: '(Kết quả: ... đạt 62,37%); 50% thanh toán ...'
    # (blanked with a mark, not spaces, so that the words around it do not meet: 'nông thôn mới (...) đạt')
    before = PAREN_RX.sub(lambda m: "#" * len(m.group(0)), before)
    before = BASELINE_NOW_RX.sub(lambda m: "#" * len(m.group(0)), before)   # 'từ mức 18,5% hiện nay xuống còn …'
    if listed:                                # an item of a list a lead opened answers to the lead, not to the cues of
        # the items before it ('…; có 4/5 trường đạt chuẩn; 95% hộ …'), nor the first item to the lead's own words
        # ('… đặt ra các chỉ tiêu cụ thể trong năm 2024 như: Tốc độ tăng trưởng … 3,2-4%')
        before = before[(before.rfind(";") if ";" in before else before.rfind(":")) + 1:]
    keys = ["cue.target", "cue.result"]
    if not report and not _reports_plan_shares(text, a + f.start) and not any(
            _first("results_heading", t) for t in context[:2]) and not any(
            p.regex.search(clause[:f.start]) for p in _vocab().get("cue.result", [])
            if not p.meta.get("period") and p.may_match(clause[:f.start])):
        keys.append("cue.weak")               # 'Có 3321/3321 đơn vị hoàn thành việc lựa chọn ít nhất 02 cán bộ'

    cues = []
    for key in keys:
        for p in _vocab().get(key, []):
            if listed and p.id == "cue.result.tally":
                continue                      # '…là: …; có 4/5 trường đạt chuẩn': an item, no tally of what was done
            if only_reports and p.id == "cue.weak":
                continue                      # 'Số hộ gia đình thể thao đạt trên 29%' in a news item of results
            cues += [(m.end(), p.meta["kind"] == "result", key == "cue.weak", m.start())
                     for m in p.regex.finditer(before)
                     if key != "cue.weak" or not _reported_weak(before, m.start())] if p.may_match(before) else []
    if cues:
        nearest = max(cues)
        if nearest[2] and not any(not r and not w for _, r, w, _ in cues) \
                and COMPARED_AFTER_RX.search(clause, f.expr_end):
            return False                      # '… đều đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022'
        if TARGET_NOUN_RX.fullmatch(before, nearest[3], nearest[0]) and _share_of_plan(clause, f) \
                and MANY_RX.search(before, 0, nearest[3]) and not any(c is not nearest and not c[1] for c in cues):
            return False                      # 'Nhiều chỉ tiêu … đạt trên 98% kế hoạch năm': targets weighed, none set
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


# the targets a share of the plan weighs ('Nhiều chỉ tiêu thể dục thể thao đạt trên 98% kế hoạch năm', 'Các chỉ
# tiêu kinh tế đạt 101% KH'): targets counted as the subject ('nhiều', 'các') are no cue when the figure after them is
# a share of the plan; a verb that strives or orders ('phấn đấu các chỉ tiêu đạt 105% dự toán') or one target named
# ('Mục tiêu năm 2026, thu ngân sách đạt 105% dự toán') still sets one
TARGET_NOUN_RX = regex.compile(r"(?:chỉ|mục)\s+tiêu", regex.I)
MANY_RX = regex.compile(r"\b(?:nhiều|các|những|một\s+số|hầu\s+hết|phần\s+lớn)\s*$", regex.I)
SHARE_OF_PLAN_RX = _P.get("cue.share_of_plan").regex


def _share_of_plan(clause: str, f: Figure) -> bool:
    """The figure is a share of the plan reached ('đạt trên 98% kế hoạch năm'), not a change set beside it."""
    return any(m.start() <= f.start < m.end() for m in SHARE_OF_PLAN_RX.finditer(clause, max(0, f.expr_start - 25),
                                                                                  min(len(clause), f.end + 20)))


def _reported_weak(before: str, at: int) -> bool:
    """A weak cue ('đạt trên') after a result cue in its sentence reports too: 'nhiều chỉ tiêu vượt kế hoạch như: sản
    lượng lương thực đạt trên 45.000 tấn; đàn lợn có hơn 20.000 con' (the nearest cue of the last figure)."""
    s = before.rfind(". ", 0, at) + 1
    return any(p.regex.search(before[s:at]) for p in _vocab().get("cue.result", [])
               if not p.meta.get("period") and p.may_match(before[s:at]))


# a weak cue's figure set beside an earlier year's ('đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022', 'đạt trên
# 95%, thấp hơn cùng kỳ'): a report weighs what was reached against what was, a plan does not
# … or ranked among others ('đạt trên 10.400 USD, xếp thứ nhất toàn quốc') or set beside the same period of last year
# ('tăng trên 12% so với cùng kỳ')
COMPARED_AFTER_RX = _P.get("cue.compared_after").regex


PLAN_SHARE_RX = _P.get("cue.plan_share").regex


# 'hoàn thành toàn bộ 100% các chỉ tiêu được giao', 'đạt 112% chỉ tiêu của Thủ tướng Chính phủ giao', '…, vượt chỉ tiêu
# Thủ tướng Chính phủ giao (…)', 'hoàn thành chỉ tiêu của Đảng, Quốc hội giao': a sentence that says a target was met
# or passed reports what was done
MET_TARGET = _P.get("cue.met_target")
MET_TARGET_RX = MET_TARGET.regex


# the date a met target's result is counted at ('đến hết năm 2017 có 79,9 triệu người …, hoàn thành chỉ tiêu …')
AS_OF_RX = _P.get("cue.as_of").regex


RESULT_MARGIN_RX = _P.get("cue.result_margin").regex


def _states_met_target(text: str, at: int) -> bool:
    """The sentence says a target was met or passed, or gives a result with its margin over the plan ('đạt 93,5%,
    vượt 0,3%', 'đạt 39,07% (tăng 7,07% so với kế hoạch)')."""
    s, e = text.rfind(". ", 0, at) + 1, _full_stop(text, at)
    met = MET_TARGET.may_match(text[s:e]) and MET_TARGET_RX.search(text, s, e) is not None   # its pre-test first
    return met or RESULT_MARGIN_RX.search(text, s, e) is not None


def _blank_met(piece: str) -> str:
    """In a sentence that says a target was met, the words saying so ('hoàn thành 100% các chỉ tiêu được giao') and
    the date the result is counted at are no target cues."""
    piece = MET_TARGET_RX.sub(lambda m: "#" * len(m.group(0)), piece) if MET_TARGET.may_match(piece) else piece
    return AS_OF_RX.sub(lambda m: "#" * len(m.group(0)), piece)


AS_OF_YEAR_RX = _P.get("cue.as_of_year").regex
TALLY_AS_OF_RX = _P.get("cue.tally_as_of").regex


def _as_of_past_year(ctx: _Ctx, text: str, at: int, earlier: str = "") -> bool:
    """'Nhiệm kỳ qua, Đảng bộ xã đã … . Đến cuối năm 2024, thu nhập bình quân đầu người đạt 43,7 triệu đồng; tỷ lệ hộ
    nghèo còn 21,5%': the nearest cue of the sentence before the figure is the date its result is counted at, not a
    deadline, when the document was issued, or is about, a later year, or, with no year of its own, when the
    paragraph's nearest cue before the sentence reports (`earlier`: the paragraph before the segment), or when the
    sentence sets it against an earlier year it opens with ('Nếu như năm 1998, … thì đến năm 2012 có …'); a target cue
    before or after the date in its sentence still sets one."""
    s = text.rfind(". ", 0, at) + 1
    m = None
    for m in AS_OF_YEAR_RX.finditer(text, s, at):
        pass
    if m is None or _first("cue.target", text[s:m.start()]) or _first("cue.target", text[m.end():at]):
        return False                          # 'phấn đấu đến hết năm 2020 có 90,5% xã …' sets one
    ref = ctx.doc_year or (ctx.doc_period.start_year if ctx.doc_period else None)
    year = int(m.group("year"))
    if ref and year < ref:
        return True
    then = THEN_AND_NOW_RX.fullmatch(text, s, m.start())
    if then and int(then.group("then")) < year:
        return True                           # 'Nếu như năm 1998, … thì đến năm 2012 có …': two times, both past
    if _reviews_term(earlier + text[:s], year, ref):
        return True
    if ref:
        return False
    # 'Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm …': a running total is counted at that date, no deadline
    return TALLY_AS_OF_RX.search(text, s, m.start()) is not None \
        or _nearest_cue_reports((earlier + text[:s])[-WINDOW:])


THEN_AND_NOW_RX = _P.get("cue.then_and_now").regex
TERM_REVIEW_RX = _P.get("cue.term_review").regex


def _reviews_term(paragraph: str, year: int, ref: Optional[int]) -> bool:
    """'Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, tốc độ tăng trưởng … đạt: 14,8%. … Đến năm 2025 xã
    không còn hộ nghèo, …': the paragraph opens by reviewing a term and reports a figure of it before any target cue,
    so a year within that term is the date a result is counted at. The term must have ended by the document's own
    year, when it has one: a mid-term review's 'đến năm 2025' still looks ahead."""
    m = TERM_REVIEW_RX.match(paragraph)
    if m is None or _first("cue.target", m.group("said")):
        return False                          # '…, phấn đấu tốc độ tăng trưởng đạt 8%': a plan opens so too
    start, end = int(m.group("start")), int(m.group("end"))
    return start <= year <= end and (ref is None or end <= ref)


def _reports_plan_shares(text: str, at: int) -> bool:
    """'Năm 2020, tổng sản lượng lương thực đạt 102,5% kế hoạch; …; tỷ lệ che phủ rừng đạt trên 78%': a sentence that
    measures what was done against the plan, or says an assigned target was met or passed, reports results; its
    weak cues ('đạt trên', 'hoàn thành 100%') set nothing."""
    s, e = text.rfind(". ", 0, at) + 1, _full_stop(text, at)
    return PLAN_SHARE_RX.search(text, s, e) is not None or _states_met_target(text, at)


# a paragraph that opens with the months a report covers ('9 tháng năm 2025, …', '6 tháng đầu năm 2024, …') reports what
# was done in them: its 'đạt trên 300 nghìn tỷ đồng' is a result, not a weak target cue (a cue of its own still sets one)
MONTHS_REPORT_RX = _P.get("cue.months_report").regex


def reported_before(text: str) -> bool:
    """'Theo đó, xã đã hoàn thành công tác xóa nhà tạm … . Tỷ lệ hộ dân được sử dụng nước hợp vệ sinh đạt trên 90%': a
    paragraph whose earlier sentences report (a result cue, no target cue) goes on reporting; a later sentence's weak
    cue ('đạt trên') reports a result too (a cue of its own still sets a target). A target word inside the words of a
    result ('hoàn thành vượt mức một số chỉ tiêu đã đề ra') is what was met, no cue of its own."""
    results = [m.span() for p in _vocab().get("cue.result", []) if not p.meta.get("period") and p.may_match(text)
               for m in p.regex.finditer(text)]
    if not results or _first("cue.target", text) is None:
        return bool(results)
    return all(any(rs <= m.start() and m.end() <= re for rs, re in results)
               for p in _vocab().get("cue.target", []) if p.may_match(text) for m in p.regex.finditer(text))


SENTENCE_END_RX = regex.compile(r"(?<=[.!?…])\s+")


def last_cued_reports(before: str) -> bool:
    """'… Toàn tỉnh đã tạo việc làm cho 24.744 người. … Tỷ lệ hộ nghèo còn 4,35%.': the nearest earlier sentence of the
    paragraph with a cue reports (a result cue, no target cue): the paragraph reports, and a later sentence with no cue
    goes on with no target of the paragraph before it."""
    for sentence in reversed(SENTENCE_END_RX.split(before)):
        target, result = _first("cue.target", sentence), _first("cue.result", sentence)
        if target or result:
            return result is not None and target is None
    return False


JOINED_RX = _P.get("cue.joined").regex


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
    # a plain share continues them too when it opens its paragraph ('100% các văn bản đi, đến đều được xử lý ...'),
    # or follows only the field it is about ('Về xây dựng các nền tảng …, có 70% doanh nghiệp …') in a sentence that says
    # nothing was done ('Về chuyển đổi số, 95% văn bản đã được xử lý …' reports);
    # a plain figure of any unit when a bound figure follows in its sentence ('Tỉnh có 100% sản phẩm OCOP ...; có ít
    # nhất 10 sản phẩm ...', 'Tuổi thọ bình quân đạt khoảng 75,5 tuổi, trong đó ... đạt tối thiểu 68 năm')
    # an aimed level ('Tuổi thọ bình quân đạt khoảng 75,5 tuổi', 'tỷ trọng kinh tế số đạt khoảng 30% GDP') goes on
    # listing them too, with no period of its own before the figure
    about = ABOUT_RX.search(text, s, a + f.start) is not None and not _first("cue.result", text[s:a + f.start]) \
        and not _other_time(ctx, block, before)
    about = about or RAISED_TO_RX.search(text[s:a + f.expr_start]) is not None   # a level a thing is raised to
    return f.cmp in BOUND_CMPS or _aimed_band(f, before) or about \
        or _change_on_baseline(ctx, block, text, a + f.expr_start, a + f.expr_end) \
        or (f.unit == "%" and a == 0 and SHARE_LED_RX.fullmatch(clause[:f.start]) is not None and s == 0) \
        or (f.unit == "%" and s == 0 and SHARE_OPENER_RX.fullmatch(text[:a + f.start]) is not None
            and regex.search(r"\bđã\b", text[s:e], regex.I) is None) \
        or BOUND_AFTER_RX.search(text, a + f.expr_end, _full_stop(text, a + f.expr_end)) is not None \
        or _share_after_targets(ctx, block, text, a, clause, f) \
        or _share_will(text, s, a, f) \
        or _carries_cue(ctx, block, text[s:e], before, text[s:a + f.start], f.cmp == "range")


DONE_RX = regex.compile(r"\bđã\b", regex.I)


def _aimed_band(f: Figure, before: str) -> bool:
    """A band of amounts ('đón 7-7,5 triệu lượt khách quốc tế', '25-30 khách sạn') bounds the figure on both sides,
    as an aim does; a band of percentages is as often a reported estimate ('tăng 20-21%'), and 'đã' reports."""
    return f.cmp == "range" and f.unit not in (None, "%", "%/năm") and not DONE_RX.search(before)


def _share_after_targets(ctx: _Ctx, block: Block, text: str, a: int, clause: str, f: Figure) -> bool:
    """'Ít nhất 50% số hộ … phân loại chất thải tại nguồn; 80% chất thải rắn sinh hoạt được thu gom và xử lý; mỗi tỉnh
    … triển khai 1 - 2 mô hình …': a plain share that opens a ';' clause, or is joined by 'và' to the one that opens it,
    or a range in one, goes on with the targets the paragraph's clauses before it set."""
    if ctx.prev_block != block.index or not text[:a].rstrip().endswith(";"):
        return False
    return f.cmp == "range" or (f.unit == "%" and (SHARE_LED_RX.fullmatch(clause[:f.start]) is not None
                                                   or JOINED_SHARE_RX.fullmatch(clause[:f.start]) is not None))


JOINED_SHARE_RX = _P.get("cue.joined_share").regex     # '…; 90% hồ sơ … cấp huyện và 90% hồ sơ … cấp xã …'


SHARE_WILL_RX = _P.get("cue.share_will").regex


def _share_will(text: str, s: int, a: int, f: Figure) -> bool:
    """'… tăng 23-25% mỗi năm. Khoảng 65-70% doanh nghiệp trên địa bàn sẽ đáp ứng bộ tiêu chí …': a share that opens
    its sentence, of units that will do something, goes on with the targets before it."""
    return f.unit == "%" and not text[s:a + f.expr_start].strip() and SHARE_WILL_RX.match(text, a + f.expr_end) is not None


ABOUT_RX = _P.get("cue.about").regex
RAISED_TO_RX = _P.get("cue.raised_to").regex    # '…, tăng số lượng điểm chấp nhận thanh toán … lên 250.000 điểm'
CHANGE_ON_BASELINE_RX = _P.get("cue.change_on_baseline").regex


def _change_on_baseline(ctx: _Ctx, block: Block, text: str, start: int, end: int) -> bool:
    """'Đến năm 2025, … . Thu hút số lượng doanh nghiệp … tăng 50% so với năm 2020': in the paragraph of an aim, a
    change measured from a year before the aim's is how much the aim is to add."""
    m = CHANGE_ON_BASELINE_RX.match(text, end)
    aim = ctx.aim_period.year if ctx.aim_block == block.index and ctx.aim_period else None
    return bool(m and aim and int(m.group("year")) < aim
                and regex.search(r"\b(?:tăng|giảm)(?:\s+(?:thêm|khoảng))?\s*$", text[max(0, start - 20):start], regex.I))


# 'Đến năm 2025, kế hoạch đặt ra mục tiêu cung cấp … . Đồng thời, duy trì và cung cấp … 25 dịch vụ công …': a sentence
# opened by 'Đồng thời' adds to the aim the sentence before it set in its paragraph
JOINED_OPEN_RX = _P.get("cue.joined_open").regex


def _joins_aim(ctx: _Ctx, block: Block, before: str) -> bool:
    """A sentence opened by 'Đồng thời,' after a sentence of its paragraph, or of the paragraph right above, that
    set an aim states a target too, unless its words before the figure report what was done ('đã tích hợp' after
    the figure only says which ones)."""
    return ctx.aim_block >= 0 and ctx.aim_block in (block.index, block.index - 1) \
        and JOINED_OPEN_RX.match(before) is not None \
        and not _first("cue.result", before) and not _first("cue.result.period", before)


AIM_OPENING_RX = _P.get("cue.aim_opening").regex
SAME_PERIOD_RX = regex.compile(r"\bcùng\s+kỳ\b", regex.I)     # '…, thấp hơn cùng kỳ': set beside last year's


def _under_aim_opening(ctx: _Ctx, block: Block, before: str, after: str = "") -> bool:
    """'Mục tiêu của Kế hoạch đến năm 2030, bảo đảm … . Trong đó, giữ ổn định diện tích …: Cây lúa từ 33-35 ngàn ha, …
    Duy trì tốc độ phát triển đàn: Trâu 0,5%/năm, …': a paragraph that opens by setting aims for a period not yet past
    sets a target with every measured figure after it, through its 'Trong đó', lists and later sentences, until a
    result cue or a condition (`before`: the paragraph's words up to the figure); a figure set beside the same period
    of last year reports (`after`: its clause's words after it)."""
    m = AIM_OPENING_RX.match(block.text)
    if m is None or (ctx.doc_year and int(m.group("year")) < ctx.doc_year):
        return False
    return not any(_first(key, before) for key in ("cue.result", "cue.result.period", "nontarget.condition")) \
        and SAME_PERIOD_RX.search(after) is None


def _goal_after_cue(text: str, a: int, f: Figure) -> bool:
    """'Thứ hai, đến năm 2030, chấm dứt tình trạng thiếu đói ... . Tăng gấp 1,5 lần năng suất lao động ...': a
    sentence that opens with the growth it orders, after a sentence of goals in its paragraph, states a goal."""
    s, e = _sentence_around(text, f.shifted(a))
    return s > 0 and bool(_first("goal_opening", text[s:a + f.start])) and bool(_first("cue.target", text[:s])) \
        and not _first("cue.result", text[s:e]) and not _first("cue.result", text[:s])


# the words a carried-over target is stated with: 'đạt 6.605 tỷ đồng', 'gần 667 tỷ đồng', 'việc làm cho 6.500 lao động'
CARRIED_RX = _P.get("cue.carried").regex
CARRIED_MEASURE_RX = _P.get("cue.carried_measure").regex      # 'Tỷ trọng … vào tăng trưởng kinh tế 50%'
CARRIED_PART_RX = _P.get("cue.carried_part").regex            # '…, trong đó 800 - 1.000 ha rau …'
CARRIED_BAND_RX = _P.get("cue.carried_band").regex            # 'Gia đình thể thao tăng từ 0,5 - 1%'
CARRIED_COPULA_RX = _P.get("cue.carried_copula").regex        # 'Tỷ lệ che phủ rừng là 42,02%', also a paragraph on


def _carries_cue(ctx: _Ctx, block: Block, sentence: str, before: str, lead: str, band: bool = False) -> bool:
    """'Theo đó, huyện phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng. Giá trị sản xuất công nghiệp đạt
    6.605 tỷ đồng. ...': after a sentence a target cue governs, the paragraph's next sentences that only say 'đạt'
    (or name an amount) go on listing targets, unless a sentence speaks of another time or of what was done; a measure
    named whole before 'là' ('Tỷ lệ che phủ rừng là 42,02%.') goes on in the next paragraph too; so does a band a
    measure rises by ('Gia đình thể thao tăng từ 0,5 - 1%.', `band`: the figure is a range)."""
    copula = CARRIED_COPULA_RX.fullmatch(lead) is not None and ctx.cued_block == block.index - 1
    carried = CARRIED_RX.search(before) or CARRIED_RX.search(lead) or CARRIED_MEASURE_RX.fullmatch(lead) \
        or CARRIED_PART_RX.search(lead) or CARRIED_COPULA_RX.fullmatch(lead) \
        or (band and (CARRIED_BAND_RX.search(before) or CARRIED_BAND_RX.search(lead)))
    # a clause that is only a measure and its value, whatever its mark or copula ('(3) Tỷ lệ che phủ rừng là 52%'),
    # goes on with any target an earlier clause of the paragraph stated, cued or not
    measured = MEASURE_VALUE_RX.fullmatch(lead) is not None
    carried = carried or measured
    own = ctx.cued_block == block.index or copula or _lone_share_after_targets(ctx, block, sentence, lead) \
        or (measured and ctx.prev_block == block.index)
    if not own or _first("cue.result", sentence) or _first("cue.result.period", sentence) \
            or not carried or _first("nontarget.condition", sentence):
        return False
    return not _other_time(ctx, block, before)


def _lone_share_after_targets(ctx: _Ctx, block: Block, sentence: str, lead: str) -> bool:
    """'… Quy mô kinh tế số đạt từ 30% GRDP trở lên.' then a paragraph of one sentence, a share named and reached
    ('Tỷ lệ sử dụng dịch vụ công trực tuyến … đạt 100%…'): the list of targets of the paragraph right before it goes
    on."""
    return ctx.cued_block == ctx.prev_block == block.index - 1 and CARRIED_MEASURE_RX.fullmatch(lead) is not None \
        and sentence.strip(" .…") == block.text.strip(" .…") and len(NUMBER_RX.findall(sentence)) == 1


NUMBER_RX = regex.compile(r"\d+(?:[.,]\d+)*")


def _other_time(ctx: _Ctx, block: Block, before: str) -> bool:
    """A period named before the figure speaks of another time, unless it is a baseline ('so với năm 2020') or a
    year the paragraph's aim is set for ('Giai đoạn 2016-2020, tỉnh phấn đấu … . Năm 2020, tỷ trọng … chiếm …'; 'mục
    tiêu đến năm 2025 đón … ; năm 2030 đón … . Tổng thu năm 2025 đạt …')."""
    aims = set(ctx.aim_years) if ctx.aim_block == block.index else set()
    if ctx.aim_block == block.index and ctx.aim_period and ctx.aim_period.year:
        aims.add(ctx.aim_period.year)
    # a stage that ends in an aimed year ('giai đoạn 2026-2030' after 'năm 2030 đón …') is the aim's too
    return any(not BASELINE_RX.search(before[max(0, p.start - 20):p.start]) and not (p.year in aims
                                                                                    and p.kind in ("year", "range"))
               for p in find_periods(before))


# a second share joined to a carried one in its clause ('đạt 38% trẻ em trong độ tuổi nhà trẻ và 97% …')
CARRIED_AND_RX = _P.get("cue.carried_and").regex
SHARE_AFTER_SHARE_RX = _P.get("cue.share_after_share").regex    # '100% văn bản … được xử lý …, 80% cuộc họp …'


def _goes_on_with_plan(ctx: _Ctx, block: Block, text: str, a: int, clause: str, f: Figure,
                       context: list[str]) -> bool:
    """'Cụ thể, đối với giáo dục mầm non, …; phấn đấu hoàn thành phổ cập … . Tỷ lệ huy động trẻ đến trường đạt 38% …':
    after a sentence a plan's cue governed, in this paragraph or, when that one opens with the part of the plan it
    details ('Đối với giáo dục phổ thông, …'), in the one right before (see _mark_cued), a plan's list
    goes on with plain measures ('tỷ lệ … đạt 99,5%', '75% các tỉnh … đạt chuẩn …') that carry no verb of their own,
    unless the sentence speaks of another time or of what was done, or the heading is about results."""
    if ctx.normative or ctx.plan_block not in (block.index, block.index - 1) or ctx.plan_block < 0:
        return False
    if ctx.plan_block < block.index and not PART_LEAD_RX.match(ctx.doc.blocks[ctx.plan_block].text) \
            and not _details_part_of_plan(block.text):
        return False                          # 'Năm 2016, huyện phấn đấu …' alone carries nothing to the next paragraph
    if any(_first("results_heading", t) for t in context[:2]):
        return False
    s, e = _sentence_around(text, f.shifted(a))
    before = text[s:a + f.expr_start]
    # the whole sentence to its full stop: 'Hiện nay, 100% cán bộ … ; 100% hồ sơ được giải quyết đúng hạn' reports both
    sentence = text[text.rfind(". ", 0, a + f.start) + 1:_full_stop(text, a + f.start)]
    if any(_first(key, sentence) for key in ("cue.result", "cue.result.period", "nontarget.condition")) \
            or regex.search(r"\bđã\b", sentence, regex.I):
        return False                          # 'Tỷ lệ hộ dân đã được dùng nước sạch đạt 96%' says what was done
    if _reports_plan_shares(text, a + f.start) or COMPARED_AFTER_RX.match(text, a + f.expr_end):
        return False
    if any(not BASELINE_RX.search(before[max(0, p.start - 20):p.start]) for p in find_periods(before)):
        return False
    lead = text[s:a + f.start]                # 'đạt' may be the figure's own expression ('đạt 38%')
    return bool(CARRIED_RX.search(before) or CARRIED_RX.search(lead) or CARRIED_AND_RX.search(lead)
                or (f.unit == "%" and SHARE_LED_RX.fullmatch(clause[:f.start]) is not None)
                or (f.unit == "%" and SHARE_OPENER_RX.fullmatch(clause[:f.start]) is not None)
                or (f.unit == "%" and SHARE_AFTER_SHARE_RX.search(lead) is not None)
                or (f.unit == "%" and EVERY_ONE_OPEN_RX.match(before) is not None)     # 'Mỗi … đều có …, trong đó 90% …'
                or (f.cmp in BOUND_CMPS and CARRIED_MEASURE_RX.fullmatch(before) is not None))
    # '… đặt mục tiêu phổ cập dịch vụ 5G. Tỷ lệ dân số có tài khoản thanh toán điện tử trên 80%.': a rate named whole,
    # then its bound, goes on with the aims


def _details_part_of_plan(text: str) -> bool:
    """'Kế hoạch đặt mục tiêu năm 2022, tỷ lệ … đạt 85%; …' then 'Trong phát triển chính phủ số, tỷ lệ … đạt 80%; …':
    a paragraph that opens with the part of the plan it details, or says it goes on ('Đặc biệt, …', `cue.goes_on_open`),
    names no time of its own and says nothing was done, goes on with the plan's list of the paragraph before it."""
    return (PART_LEAD_RX.match(text) or GOES_ON_OPEN_RX.match(text) or EVERY_ONE_OPEN_RX.match(text)) is not None \
        and not find_periods(text) \
        and not _first("cue.result", text) \
        and not _first("cue.result.period", text) and regex.search(r"\bđã\b", text, regex.I) is None


def _mark_cued(ctx: _Ctx, block: Block, sentence: str, stated: bool) -> None:
    """A sentence that strives for or sets targets, with or without a figure ('…; phấn đấu hoàn thành phổ cập …', 'đặt
    mục tiêu cho từng ngành'), or one that went on stating the targets of the paragraph before it, lets the next
    sentences go on (see _goes_on_with_plan). A weaker cue ('bảo đảm', 'được bảo đảm') is as common in reports."""
    if PLAN_LEAD_RX.search(sentence) and not _first("cue.result", sentence):
        ctx.plan_block = block.index
    elif stated and ctx.plan_block >= 0 and ctx.plan_block == block.index - 1:
        ctx.plan_block = block.index


PLAN_LEAD_RX = _P.get("cue.plan_lead").regex
GOES_ON_OPEN_RX = _P.get("cue.goes_on_open").regex   # 'Đặc biệt, …' after a paragraph of the plan's list
PART_LEAD_RX = _P.get("cue.part_lead").regex
EVERY_ONE_OPEN_RX = _P.get("cue.every_one_open").regex   # 'Mỗi người dân đều có …, trong đó 90% …': an item of the plan   # 'Cụ thể, đối với giáo dục mầm non, …': a plan detailed part by part


HAS_RATE_RX = _P.get("cue.has_rate").regex


BOUND_AFTER_RX = _P.get("cue.bound_after").regex


SHARE_LED_RX = _P.get("cue.share_led").regex   # '- Đổi mới công nghệ trong khu công nghiệp: '
SHARE_OPENER_RX = _P.get("cue.share_opener").regex   # 'Đáng chú ý, ', 'Trong lĩnh vực chính quyền số, '


def _ahead(ctx: _Ctx, context: list[str]) -> bool:
    """The period in force (a lead-in, else the nearest heading naming one) ends after the year the document
    was issued: 'III. LỘ TRÌNH › 1. Giai đoạn 2025 - 2030' in a plan of 2025."""
    period = ctx.lead_period or _period_from(context[:3])
    return bool(period and ctx.doc_year and period.year and period.year > ctx.doc_year)


def _plan_ahead(ctx: _Ctx, text: str, a: int, f: Figure) -> bool:
    """In a plan (a Kế hoạch, Chương trình, Đề án), a figure for a period of its own that ends after the year the plan
    was issued states that period's target with no cue ('Thời kỳ 2011 - 2015 mức tăng trưởng kinh tế 13%/năm' in a
    plan of 2006); a result cue or a condition in its sentence still wins."""
    if not (ctx.plan and ctx.doc_year):
        return False
    p = _own_period(text, a + f.start, a + f.end)
    if p is None or not p.year or p.year <= ctx.doc_year:
        return False
    s, e = _sentence_around(text, f.shifted(a))
    return not any(_first(key, text[s:e]) for key in ("cue.result", "nontarget.condition"))


BARE_MEASURE_RX = _P.get("cue.bare_measure").regex   # '- Tỷ lệ hộ gia đình có cáp quang: '
MEASURE_VALUE_RX = _P.get("cue.measure_value").regex   # '(3) Tỷ lệ che phủ rừng là ', 'Tổng vốn đầu tư đạt '
RATE_VALUE_RX = _P.get("cue.rate_value").regex         # 'Hình thức hỏa táng tại các đô thị đặc biệt đạt tỷ lệ '
STRONG_BOUND_RX = _P.get("cue.strong_bound").regex     # 'ít nhất 1.200 ha', 'không quá 3%', '20% trở lên'
COMPARED_LATER_RX = regex.compile(r"\bso\s+với\b", regex.I)     # '…, tăng 5% so với cùng kỳ'


def _bare_measure_target(ctx: _Ctx, clause: str, f: Figure, context: list[str], report: bool,
                         text: str = "", a: int = 0, before: str = "") -> bool:
    """'1. Mạng băng rộng cố định › - Tỷ lệ hộ gia đình có cáp quang: 80%.': an item that is only a measure's name and
    its value, in a document that reports nothing anywhere (no result cue, no heading about what happened), lists
    the values set for it: a target with no cue. A report's '- Tỷ lệ hộ nghèo: 2,1%.' stays a result. When the
    document also sets targets somewhere, every clause of a measure and its value is one, whatever its shape
    (`_plain_measure_clause`), unless its paragraph opens with a year gone by (`before`, the paragraph up to the
    sentence: 'Năm 2024, toàn huyện có … . Tỷ lệ … khoảng 85%.' tells that year)."""
    if report or any(_first("results_heading", t) for t in context[:3]):
        return False
    if BARE_MEASURE_RX.fullmatch(clause[:f.start]) is not None and not clause[f.end:].strip(" ."):
        return not _reports_anywhere(ctx)
    # a strong bound ('ít nhất', 'trở lên') is the aim's own word: it needs no other cue in the document
    strong = STRONG_BOUND_RX.search(clause[f.expr_start:f.expr_end]) is not None
    opening = PAST_YEAR_OPENS_RX.match(before)
    if opening is not None and _past_year_before(ctx, opening.group(0)):
        return False
    return _plain_measure_clause(ctx, clause, f, text or clause, a, strong) and not _reports_anywhere(ctx) \
        and not _tells_done_anywhere(ctx) and (strong or _sets_targets_anywhere(ctx))


def _plain_measure_clause(ctx: _Ctx, clause: str, f: Figure, text: str, a: int, strong: bool) -> bool:
    """The clause states a measure and its value and nothing else: a measure then its value ('Tỷ lệ … đạt 60%', '(2)
    Số xã …: 14 xã', 'từ 320 đến 350 tỷ đồng'), a thing whose verb names the rate ('Hình thức hỏa táng … đạt tỷ lệ
    75%'), a share then what it counts ('70% doanh nghiệp … bán hàng trực tuyến'),
    or a figure a strong bound binds ('trồng mới ít nhất 1.200 ha', 'không quá 3%', '20% trở lên'); not a condition or
    whom it is for ('nếu … dưới 5% thì', 'có tỷ lệ … từ 81% trở lên'), nor set beside another time ('so với cùng kỳ')
    or named for a time already past ('Năm 2024, tỷ lệ … là 2,1%')."""
    lead = clause[:f.start]
    if not (strong or MEASURE_VALUE_RX.fullmatch(lead) or (f.unit == "%" and SHARE_LED_RX.fullmatch(lead))
            or (f.unit == "%" and RATE_VALUE_RX.fullmatch(lead))):
        return False
    s, e = _sentence_around(text, f.shifted(a))
    sentence = text[s:e]
    if any(_first(key, sentence) for key in ("cue.result", "cue.result.period", "nontarget.condition")) \
            or HAS_RATE_RX.search(text, s, a + f.start) or QUALIFIER_RX.search(clause[:f.start]) \
            or COMPARED_LATER_RX.search(clause[f.expr_end:]) \
            or COMPARED_AFTER_RX.match(clause, f.expr_end) or _reports_plan_shares(text, a + f.start):
        return False
    # a year named anywhere before it in its sentence (';' does not end it) is the figure's time too
    return not _past_year_before(ctx, text[text.rfind(". ", 0, a + f.start) + 1:a + f.start])


PAST_YEAR_OPENS_RX = _P.get("prose.past_year_opens").regex

# 'Doanh nghiệp có ít nhất 10 lao động được hỗ trợ …', 'hộ gia đình có từ 3 người trở lên': what a subject has says
# whom a rule is for, no aim
QUALIFIER_RX = _P.get("cue.qualifier").regex


def _past_year_before(ctx: _Ctx, before: str) -> bool:
    """A year named before the figure in its sentence that is not after the document's own ('Năm 2024, …' in a
    document of 2025), or any year when the document's is unknown: the figure is that year's, not one aimed at."""
    ref = ctx.doc_year or (ctx.doc_period.start_year if ctx.doc_period else None)
    return any(not (ref and p.year and p.year > ref) for p in find_periods(before))


DONE_RX = regex.compile(r"\bđã\b", regex.I)
REPORT_TITLE_RX = regex.compile(r"^\W*(?:báo\s+cáo|tổng\s+kết|sơ\s+kết)\b", regex.I)


def _tells_done_anywhere(ctx: _Ctx) -> bool:
    """Some paragraph says what was done ('đã nâng cấp', 'đã xem xét, thảo luận'), or the title or a heading names a
    report or results ('Báo cáo tình hình …', 'Kết quả thực hiện …'): a news item or a report, whose plain figures
    ('Hiện tỷ lệ … đạt 17%', 'Tỷ lệ … là 12,8%') describe; only a text that tells nothing done lists targets with no
    cue. Asked once and kept."""
    if ctx.tells_done_anywhere is None:
        ctx.tells_done_anywhere = any(DONE_RX.search(t) or REPORT_TITLE_RX.match(t) or _first("results_heading", t)
                                      for t in [ctx.title or ""] + [b.text for b in ctx.doc.blocks])
    return ctx.tells_done_anywhere


def _sets_targets_anywhere(ctx: _Ctx) -> bool:
    """The document is a plan, or its title, headline or a heading sets targets ('Kế hoạch … phấn đấu …', 'đến năm 2030') or
    names them ('Các chỉ tiêu chủ yếu', 'Mục tiêu cụ thể'): the whole text is about targets. A cue in a paragraph is
    not enough ('Năm 2016, huyện phấn đấu …' says nothing of the next paragraph's figures). Asked once and kept."""
    if ctx.sets_targets_anywhere is None:
        # a news item's headline is its title ('Tỉnh X phấn đấu đến năm 2030 có 70% số xã …')
        texts = [ctx.title or ""] + [b.text for b in ctx.doc.blocks if _is_heading_like(b) or _is_headline(ctx, b)]
        ctx.sets_targets_anywhere = ctx.plan or _opens_with_horizon(ctx) or any(
            _first(key, t) is not None for t in texts for key in ("cue.target", "goals", "section", "lead_list.heading"))
    return ctx.sets_targets_anywhere


def _opens_with_horizon(ctx: _Ctx) -> bool:
    """An untitled text (a press or portal summary) that opens by setting an aim for a horizon ahead ('Theo Quyết định số
    … ban hành kế hoạch …, đến năm 2025, duy trì tỷ lệ 100% …', 'Kế hoạch đặt mục tiêu đến năm 2030, …'; see
    _track_opening_aim) is about that plan's targets, as a headline that sets one is. A year alone ('Thực hiện Kế
    hoạch …, năm 2024 …') is no horizon: it may be the year reported on, unless it lies after the text's own."""
    p = ctx.opening_period
    if p is None or not p.year:
        return False
    return p.year > ctx.doc_year if ctx.doc_year else p.kind == "by_year"


def reports_only(ctx: _Ctx) -> bool:
    """The text says somewhere what was reached or done (a result cue, 'đã') and sets no target anywhere: no plan, no
    target cue in its title, headings or any paragraph. A news item of results ('Tỷ lệ người tập … đạt 40,5%. Số hộ gia
    đình thể thao đạt trên 29%.'), whose 'đạt trên' bounds a result. Asked once and kept."""
    if ctx.cued_anywhere is None:
        ctx.cued_anywhere = _sets_targets_anywhere(ctx) or any(_first("cue.target", b.text) is not None
                                                               for b in ctx.doc.blocks)
    return not ctx.cued_anywhere and (_reports_anywhere(ctx) or _tells_done_anywhere(ctx))


def _reports_anywhere(ctx: _Ctx) -> bool:
    """Some paragraph of the document reports a result (asked once per document, then kept on it)."""
    if ctx.reports_anywhere is None:
        ctx.reports_anywhere = any(_first("cue.result", b.text) is not None for b in ctx.doc.blocks)
    return ctx.reports_anywhere
