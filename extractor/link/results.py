"""A result reported against its target in one sentence of a report.

Monthly and quarterly reports state the result first and the target beside it:
`Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2%, vượt chỉ tiêu được giao (80%)`, `... đạt 72%/chỉ tiêu 80%`,
`...: Chỉ tiêu: 80%; kết quả: 82,4%`, `... đạt 45,3% (chỉ tiêu Chính phủ giao là 50%), chưa đạt`.
A figure that a target word introduces (`pair.target` in patterns/indicators.yaml) is the target; a figure
that a result word introduces (`pair.result`) is the result; each target takes the nearest free result.
Without a target word nothing pairs: `đạt 93,6%` alone reports a result that answers no stated target.

Budget and plan reports also write the result over its plan with the share it reached (`plan_ratios`:
`560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch`), or the result with its share alone, the plan stated
before it (`plan_shares`, `find_plan`: `... là 27.535 tỷ đồng, đạt 102,70% dự toán` after `... giao là
26.811,096 tỷ đồng`). Both are kept only when the share agrees with the arithmetic.

Figures come in from indicator_text.py (anything with start and end offsets into `text`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.extract.numbers import parse_number
from extractor.patterns import Pattern, load_patterns

GAP = 60           # how far before a figure its introducing words may start


@dataclass
class ResultPair:
    target: int                        # index of the target figure
    actual: int                        # index of the result figure
    label_end: int                     # the label is the sentence up to here (the first introducing word)
    named: bool = False                # the result is an amount no word introduces, named by the words after it


@lru_cache(maxsize=1)
def _markers() -> dict[str, list[Pattern]]:
    out: dict[str, list[Pattern]] = {}
    for p in load_patterns("indicators"):
        if p.id.startswith(("pair.", "plan_ratio.", "plan_ratio_workload.", "plan_share.", "plan_slash.")):
            out.setdefault(".".join(p.id.split(".")[:2]), []).append(p)
    return out


def _introduced(text: str, figs: list, i: int, key: str) -> int:
    """Where the words introducing figure i start (-1 if none): they sit between the figure and the one
    before it, right before the figure."""
    for p in _markers().get(key, []):
        lo = max(figs[i - 1].end if i else 0, figs[i].start - int(p.meta.get("reach", GAP)))
        window = text[lo:figs[i].start]
        m = p.regex.search(window) if not p.pretested or p.may_match(window) else None
        if m and _then_follows(p, text, figs[i].end) and not _share_of_previous(text, figs, i, lo + m.start()):
            return lo + m.start()
    return -1


def _share_of_previous(text: str, figs: list, i: int, at: int) -> bool:
    """'đạt 101,8% kế hoạch và 112,7% so với cùng kỳ': a plan word right after the figure before is that figure's (a
    share of the plan), it introduces no target."""
    return i > 0 and figs[i - 1].end <= at and not text[figs[i - 1].end:at].strip() \
        and regex.match(r"(?:kế|chỉ|mục)\s|KH\b", text[at:at + 4], regex.I) is not None


def _then_follows(p: Pattern, text: str, end: int) -> bool:
    """A marker whose words are completed after the figure ('so với mức trên 3% mục tiêu') needs them there."""
    then = p.meta.get("then")
    return not then or _then_rx(then).match(text[end:end + 40]) is not None


@lru_cache(maxsize=256)
def _then_rx(then: str) -> regex.Pattern:
    """A marker's words after the figure, compiled once per marker (patterns built at run time churn regex's cache)."""
    return regex.compile(then.replace("{{S}}", r"\s+"), regex.I)


# '(vượt mục tiêu Nghị quyết 0,36%)': a bracket after a result says by how much the target was passed, not the
# target; outside brackets 'đạt 85%, vượt chỉ tiêu 80%' names the target passed (as do 'vượt chỉ tiêu được giao
# (80%)', 'vượt kế hoạch đề ra là 80%')
MARGIN_RX = regex.compile(r"\(\s*vượt\s+(?:mức\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|KH\b)[^()%;:\d]{0,40}?\s*$", regex.I)


def _margin(text: str, f) -> bool:
    """'(vượt mục tiêu Nghị quyết 0,36%)': the figure says by how much the target was passed; not when the bracket
    states the target as such ('(vượt mục tiêu là ít nhất 25% - 30%)', pattern `pair.margin_states_target`)."""
    lo = max(0, f.start - GAP)
    if MARGIN_RX.search(text, lo, f.start) is None:
        return False
    stated = _markers()["pair.margin_states_target"][0].regex.search(text, lo, f.start)
    return stated is None and getattr(f, "high", None) is None


def _met_bracket(text: str, a, t) -> bool:
    """'33% (vượt mục tiêu là 25%)', '71% người trưởng thành … (vượt mục tiêu là ít nhất 70%)': the bracket right after
    a figure says it passed, met or missed the target it states, or states the target set for it ('81% … (chỉ tiêu năm
    2024 đề ra là 90%)'), so that figure is the result (`pair.met_bracket`)."""
    between = text[a.end:t.start]
    return any(p.regex.search(between) is not None for p in _markers()["pair.met_bracket"])


def met_named_counts(text: str, counts: list, figs: list) -> list:
    """'đón 12,6 triệu lượt khách quốc tế, vượt 57% … và đạt mục tiêu đã điều chỉnh (12-13 triệu lượt)', '… đón 5,2 triệu
    lượt khách, vượt kế hoạch đề ra (5 triệu lượt)': a count the target of its unit answers, that target behind the
    words saying it was met (`_met_named`), in the same sentence; the target too when a count."""
    merged = sorted(figs + [c for c in counts if not any(f.start < c.end and c.start < f.end for f in figs)],
                    key=lambda f: f.start)
    out = []
    for i, c in enumerate(merged):
        if c in counts:
            out += [f for t in _named_answers(text, merged, i) if _met_named(text, merged, t)
                    for f in (c, merged[t]) if f in counts and f not in out]
    return out


def _named_answers(text: str, figs: list, r: int) -> list[int]:
    """The next figure of figure r's unit, in r's sentence and ';' clause, if no figure of that unit comes between."""
    unit = getattr(figs[r], "unit", None)
    if not unit or unit == "%":
        return []
    for t in range(r + 1, len(figs)):
        if SENTENCE_END_RX.search(text, figs[r].end, figs[t].start) or ";" in text[figs[r].end:figs[t].start]:
            return []
        if getattr(figs[t], "unit", None) == unit and not _past_amount(text, figs[t]):
            return [t]
    return []


def _past_amount(text: str, f) -> bool:
    """'tăng 0,6% so với năm 2023 (3,832 triệu tấn)': the figure is the earlier time's amount, in a bracket after the
    change measured against it (pattern `pair.past_amount`): the result of no target."""
    p = _markers()["pair.past_amount"][0]
    return p.regex.search(text[max(0, f.start - 40):f.start]) is not None


def met_bracket_counts(text: str, counts: list) -> list:
    """'Khoảng 290.000 doanh nghiệp … (vượt mục tiêu là ít nhất 250.000 doanh nghiệp)': two counts of one unit, the
    bracket after the first saying it passed the second, are a result and its target; other counts stay out."""
    out = []
    for a, t in zip(counts, counts[1:]):
        if a.unit and t.unit and a.unit.lower() == t.unit.lower() and _met_bracket(text, a, t):
            out += [f for f in (a, t) if f not in out]
    return out


# the words before a target stated after its result that say whether it was met ('giảm 0,25 so với năm 2006 và không
# đạt chỉ tiêu kế hoạch Quốc hội thông qua là 0,3', '…, đạt mục tiêu đề ra là 2%'; pattern `pair.target.met_named`)
OUTCOME_BEFORE_RX = regex.compile(r"(?:,|\bvà)\s+(?P<st>(?:(?:không|chưa)\s+)?đạt)\s+(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)\b"
                                  r"[^%;\d().]{0,80}?\s(?:là|đề\s+ra\s+là)(?:\s+(?:giảm|hạ|tăng|nâng)(?:\s+(?:còn|xuống|lên))?)?\s*$", regex.I)


def outcome_before(text: str, t, lo: int = 0) -> Optional[str]:
    """The status a target stated after its result is given by the words before it ('không đạt', 'chưa đạt',
    'đạt'), else None."""
    m = OUTCOME_BEFORE_RX.search(text, max(lo, t.start - 120), t.start)
    return m.group("st") if m else None


def _agrees(outcome: str, a, t) -> bool:
    """A result the words before its target say was met reaches it; one they say was missed falls short of it (a
    target at least so much: 'không đạt chỉ tiêu … là 0,3' against 'đạt 17,45, giảm 0,25' answers the cut)."""
    missed = outcome.split()[0].lower() in ("không", "chưa")
    return (a.value < t.value) == missed


def pair_results(text: str, figs: list) -> list[ResultPair]:
    """Each target a target word introduces, paired with the nearest result a result word introduces."""
    targets = {i: s for i in range(len(figs)) if (s := _introduced(text, figs, i, "pair.target")) >= 0
               and not _margin(text, figs[i])}
    if not targets:
        return []
    results = {i: s for i in range(len(figs)) if i not in targets
               and (s := _introduced(text, figs, i, "pair.result")) >= 0}
    results.update({i: figs[i].expr_start for i in range(len(figs) - 1) if i not in targets and i not in results
                    and i + 1 in targets and _met_bracket(text, figs[i], figs[i + 1])})
    # 'đón 12,6 triệu lượt khách quốc tế, vượt 57% … và đạt mục tiêu đã điều chỉnh (12-13 triệu lượt)': the amount
    # of the unit of a target stated behind the words saying it was met is that target's result, whatever verb reports
    # it ('tạo việc làm cho 32.500 lao động, vượt chỉ tiêu Nghị quyết (30.000 lao động)')
    named = {i for i in range(len(figs)) if i not in targets and i not in results
             and any(t in targets and _met_named(text, figs, t) for t in _named_answers(text, figs, i))}
    results.update({i: figs[i].start for i in named})
    # 'Đây cũng là lần đầu tỷ lệ này trên 90%, vượt mục tiêu 87,5%': a figure no word introduces, right before the words
    # saying it passed or met the target after it, is the result (a cut is not: 'giảm 3,92%, vượt mục tiêu 0,42%')
    said = {i for i in range(len(figs) - 1) if i not in targets and i not in results and i + 1 in targets
            and _met_comma(text, figs[i], figs[i + 1]) and _introduced(text, figs, i, "pair.cut") < 0}
    results.update({i: figs[i].start for i in said})
    cuts = {i: s for i in range(len(figs)) if i not in targets and i not in results
            and (s := _introduced(text, figs, i, "pair.cut")) >= 0}
    results.update(cuts)
    # 'đến năm 2030 đạt 30%' after a target sets a later target, not its result (unless its year is already past:
    # 'Năm 2024, … chỉ tiêu là 40%, đến hết năm 2024 đạt 45%')
    due = {i for i in results if _introduced(text, figs, i, "pair.later_year") >= 0 and not _past_deadline(text, figs, i)}
    out: list[ResultPair] = []
    for t, t_at in targets.items():
        free = [r for r in results if (all(p.actual != r for p in out) or _cited_again(text, figs, t))
                and not (r in due and r > t) and (r not in cuts or _met_named(text, figs, t))
                and _same_unit(figs[t], figs[r]) and _same_clause(text, figs, (t, t_at), (r, results[r]))
                and not _past_amount(text, figs[r])]        # '… so với năm 2023 (3,832 triệu tấn)': the baseline
        if not free:
            continue
        spoken_of = sorted(r for r in free if _anaphor_across(text, figs, t, r))     # the rate 'tỷ lệ này' speaks of
        # 'đạt 17,45, giảm 0,25 so với năm 2006 và không đạt chỉ tiêu … là 0,3': the words saying whether the target
        # was met pick the result that agrees with them, before the level is preferred
        outcome = outcome_before(text, figs[t]) if getattr(figs[t], "cmp", None) in (None, ">=") else None
        if outcome and len(free) > 1:
            free = [r for r in free if _agrees(outcome, figs[r], figs[t])] or free
        # 'đạt 95% (tăng 19,6% so với năm 2023, vượt chỉ tiêu 45%)': the level reached answers the target, not the
        # change on a past year stated beside it
        levels = [r for r in free if not _change_on_past(text, figs[r])]
        free = levels or free
        # 'X 79,3%/ chỉ tiêu 80%, tăng 10,6% so với cuối năm 2021': the result the slash joins to the target is its
        # result, not a change stated after it
        slashed = [r for r in free if SLASH_RX.fullmatch(text, figs[r].end, t_at)]
        # 'cấp huyện đạt 95,88% (Nghị quyết đề ra từ 80% trở lên) và cấp xã đạt 97,66% (…)': a target in the
        # parenthesis right after a result is that result's, however near the next one is
        bracketed = [r for r in free if OPENS_PAREN_RX.fullmatch(text, figs[r].end, figs[t].start)]
        # '(đạt khoảng 5,1% so với kế hoạch là 7,5%), tỷ lệ hộ nghèo (3,2% …)': the result the plan is set against
        versus = [r for r in free if r < t and _versus_plan(text, figs[r], figs[t])]
        # '… đạt 36,47%, giảm 1,35% … (đạt 38,33%). …, tỷ lệ này giảm do …, mục tiêu … là 50%': the rate first reported
        anaphoric = sorted(r for r in free if _anaphor_across(text, figs, t, r))
        # '… tăng 7,6% …, đạt 91,9 trên 100 dân. Đây cũng là lần đầu tỷ lệ này trên 90%, vượt mục tiêu 87,5%': the figure
        # said to pass the target is its result; the rate of the sentence before, which 'tỷ lệ này' speaks of, names it
        met = [r for r in free if r in said and r + 1 == t]
        r = (slashed or bracketed or met or versus or anaphoric[:1]
             or [min(free, key=lambda r: abs(figs[r].start - figs[t].start))])[0]
        named_by = spoken_of[0] if met and spoken_of else r
        out.append(ResultPair(t, r, min(t_at, _restated_from(text, figs, results, named_by)), r in named))
    return out


def _restated_from(text: str, figs: list, results: dict[int, int], r: int) -> int:
    """Where the words introducing result r start; for a result restated in a bracket ('đạt 22,3 triệu thuê bao
    (tương ứng với tỷ lệ 22,4 thuê bao/100 dân)'), the verb of the amount it restates, so the label stops before both."""
    p = next(p for p in _markers()["pair.result"] if p.id == "pair.result.corresponding")
    lo = max(figs[r - 1].end if r else 0, text.rfind(". ", 0, results[r]), text.rfind("; ", 0, results[r]), 0)
    if not p.regex.search(text, max(lo, figs[r].start - GAP), figs[r].start):
        return results[r]
    verbs = list(RESTATED_VERB_RX.finditer(text, lo, results[r]))
    return verbs[-1].start() if verbs else results[r]


RESTATED_VERB_RX = regex.compile(r"\b(?:ước\s+)?(?:đạt|là)\b", regex.I)


SLASH_RX = regex.compile(r"\s*/\s*")
OPENS_PAREN_RX = regex.compile(r"\s*%?\s*\([^()%\d]*")      # the result's unit, then an opening bracket's words


def _met_comma(text: str, a, t) -> bool:
    """'tỷ lệ này trên 90%, vượt mục tiêu 87,5%': only a comma and the words saying the target was passed, met or missed
    stand between the two figures (pattern `pair.met_comma`)."""
    return _markers()["pair.met_comma"][0].regex.search(text[a.end:t.start]) is not None


def _versus_plan(text: str, a, t) -> bool:
    """'5,1% so với kế hoạch là 7,5%': only the words setting a result against its plan stand between the two
    (pattern `pair.versus_plan`)."""
    return _markers()["pair.versus_plan"][0].regex.search(text[a.end:t.start]) is not None


def _change_on_past(text: str, f) -> bool:
    """'tăng 19,6% so với năm 2023', 'giảm 2% so với cùng kỳ': a figure that says how much a measure changed
    against an earlier time (pattern `pair.change_on_past`)."""
    p = _markers()["pair.change_on_past"][0]
    return p.regex.search(text[max(0, f.start - 20):f.start]) is not None and _then_follows(p, text, f.end)


def _met_named(text: str, figs: list, t: int) -> bool:
    """'…, đạt chỉ tiêu của Chương trình do Quốc hội, Chính phủ giao (từ 1-1,5%)': the target stands in a bracket
    behind the words saying it was met (pattern `pair.target.met_named`), the only target a bare cut answers."""
    p = next(p for p in _markers()["pair.target"] if p.id == "pair.target.met_named")
    return p.regex.search(text[max(figs[t - 1].end if t else 0, figs[t].start - int(p.meta.get("reach", GAP))):
                               figs[t].start]) is not None


def _cited_again(text: str, figs: list, t: int) -> bool:
    """'mới đạt 86,25%, thấp hơn 5,25% so với chỉ tiêu … tại Quyết định … (91,5%) và thấp hơn 5,75% so với chỉ tiêu …
    tại Nghị quyết … (92%)': one result set against the targets of two documents answers both."""
    return _introduced(text, figs, t, "pair.target") >= 0 and any(
        p.regex.search(text, max(0, figs[t].start - int(p.meta.get("reach", GAP))), figs[t].start)
        for p in _markers().get("pair.target", []) if p.id == "pair.target.cited")


def _same_unit(a, b) -> bool:
    """A target and its result are stated in one unit ('4,5 tỷ USD' against '1,765 tỷ USD', not against '80%')."""
    ua, ub = getattr(a, "unit", None), getattr(b, "unit", None)
    return ua is None or ub is None or _yearly(ua) == _yearly(ub)


def _yearly(unit: str) -> str:
    """'ước tăng khoảng 4%, vượt mục tiêu đề ra là 2,5–3%/năm': a year's growth answers a growth aimed at per year."""
    return regex.sub(r"\s*/\s*năm$", "", unit.lower())


def _past_deadline(text: str, figs: list, i: int) -> bool:
    """The deadline before figure i is no later than every year the sentence stated before it ('Năm 2024, …, đến
    hết năm 2024 đạt 45%'): the figure reports a result."""
    lo = max(figs[i - 1].end if i else 0, figs[i].start - GAP)
    years = regex.findall(r"\bnăm\s+(\d{4})\b", text[lo:figs[i].start], flags=regex.I)
    sentence = text[max(text.rfind(". ", 0, lo), 0):lo]
    earlier = [int(y) for y in regex.findall(r"\bnăm\s+(\d{4})\b", sentence, flags=regex.I)]
    return bool(years and earlier) and all(e >= int(years[-1]) for e in earlier)


SENTENCE_END_RX = regex.compile(r"(?<=[\p{Ll}\d%)])\.\s+(?=\p{Lu})")


def _same_clause(text: str, figs: list, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """A target and a result pair within one ';' clause, or across a ';' only when the later figure's clause is
    nothing but its introducing words ('Chỉ tiêu: 80%; kết quả: 82,4%'). '... giảm 3,92%, vượt mục tiêu 0,42%;
    kết nạp được 105 đảng viên, đạt 107%': the 107% belongs to its own clause."""
    (i, _), (j, j_at) = sorted([a, b], key=lambda x: figs[x[0]].start)
    if SENTENCE_END_RX.search(text, figs[i].end, figs[j].start) and not _opens_next_sentence(text, figs, a, b) \
            and not _anaphor_across(text, figs, a[0], b[0]):
        return False                  # '… trong khi mục tiêu đề ra là 50%. Khối bộ đạt 63,47% (mục tiêu 70%)': not across
    if any(p.regex.search(text, figs[i].end, figs[j].start) for p in _markers().get("pair.aim_between", [])):
        return False                  # '… thực hiện 100% …, năm 2024, tỉnh đặt mục tiêu … đạt 90%': two aims, no result
    semi = text.rfind(";", figs[i].end, figs[j].start)
    return semi < 0 or not text[semi + 1:j_at].strip()


def _opens_next_sentence(text: str, figs: list, target: tuple[int, int], result: tuple[int, int]) -> bool:
    """'… đạt 78,3%, tăng 6,2% so với cùng kỳ. Mục tiêu năm 2023 đạt 84% …': a target whose words open the sentence
    right after the result's (pattern `pair.target.opens`) answers that result across the full stop."""
    t, r = figs[target[0]], figs[result[0]]
    if r.start > t.start or len(SENTENCE_END_RX.findall(text, r.end, t.start)) != 1:
        return False
    p = next(p for p in _markers()["pair.target"] if p.id == "pair.target.opens")
    return p.regex.search(text, max(r.end, t.start - GAP), t.start) is not None


def _anaphor_across(text: str, figs: list, t: int, r: int) -> bool:
    """'… có phát sinh hồ sơ đạt 36,47%, giảm 1,35% …. Theo Bộ …, tỷ lệ này giảm do …, mục tiêu năm 2021 là 50%': the
    sentence right after the result's speaks of 'this rate' (pattern `pair.anaphor`) before the target it states."""
    if figs[r].start > figs[t].start:
        return False
    stops = list(SENTENCE_END_RX.finditer(text, figs[r].end, figs[t].start))
    return len(stops) == 1 and any(p.regex.search(text, stops[0].end(), figs[t].start)
                                   for p in _markers().get("pair.anaphor", []))


def lead_end(text: str, lo: int, hi: int) -> int:
    """The end of a lead about targets in text[lo:hi] ('Nhiều chỉ tiêu Nghị quyết đạt cao như'), else lo."""
    ends = [m.end() for q in _markers().get("plan_slash.lead", []) for m in q.regex.finditer(text, lo, hi)]
    return max(ends, default=lo)


def label_start(text: str) -> int:
    """Past an item's number or bullet ('a) ', '- ', '2.1. ')."""
    m = regex.match(r"\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]\s+|[-–+•*]\s*)?", text)
    return m.end() if m else 0


@dataclass
class PlanRatio:
    """'560 tỷ đồng/690 tỷ đồng, ước đạt 81,16% kế hoạch': the result over its plan, offsets into the text."""
    actual: float
    actual_span: tuple[int, int]
    target: float
    target_span: tuple[int, int]
    unit: Optional[str]
    start: int                          # where the written pair starts (the label ends there)


def plan_ratios(text: str) -> list[PlanRatio]:
    """Results written over their plan, kept only when the stated share agrees with result/plan: 'đạt 81,16%'
    of 560/690, 'vượt 21,3%' of 12.375,3/10.200 (within a percentage point)."""
    out = []
    for p in _markers().get("plan_ratio.slash", []):
        for m in p.regex.finditer(text):
            a, b, z = (parse_number(m.group(k)) for k in ("a", "b", "z"))
            if a is None or b is None or z is None or not b.value:
                continue
            share = 100 * a.value / b.value - (100 if (m.group("verb") or "").lower() in ("vượt", "tăng") else 0)
            if abs(share - z.value) > 1.0:
                continue
            unit = " ".join((m.group("ub") or m.group("ua") or "").split()) or None
            if p.id.endswith(".bare") and (unit is None or (_is_count(unit) and a.value <= b.value)):
                continue                      # '629/731 trường, đạt 86,1%': a count over its whole
            workload = _markers().get("plan_ratio_workload.unit", [])
            if unit and a.value <= b.value and any(q.regex.match(unit) for q in workload):
                continue                      # 'tiếp nhận 909/909 hồ sơ, đạt 100% kế hoạch': dossiers handled of those received
            out.append(PlanRatio(a.value, m.span("a"), b.value, m.span("b"), unit, m.start()))
    return out


@lru_cache(maxsize=1024)
def slash_targets(text: str, answers: bool = False) -> tuple[PlanRatio, ...]:
    """Results over their targets with no share: two percentages ('83,2%/50% tổng số xã'), or, after a lead about
    targets in the same sentence ('Nhiều chỉ tiêu Nghị quyết đạt cao như ...'), two amounts of a unit that
    are not a count of targets met ('45.799/36.875 tỷ đồng', '8.793/6.500 đảng viên'; not '13/17 chỉ tiêu').
    A count within its whole ('320/411 xã') is a fraction: kept only when it exceeds the target. When the paragraph
    or its heading says its figures answer targets (`answers`: 'Đạt chỉ tiêu đại hội.'), every amount is a result
    over its target, a count within its whole too ('7/7 trường'), but not dossiers handled of those received.
    Remembered within a document: a block's figures test and its records both ask it."""
    out = []
    for p in _markers().get("plan_slash.item", []):
        for m in p.regex.finditer(text):
            a, b = parse_number(m.group("a")), parse_number(m.group("b"))
            if a is None or b is None:
                continue
            unit = " ".join((m.group("ub") or "").split()) or None
            if m.group("pa") and m.group("pb"):
                unit = "%"
            elif m.group("pa") or m.group("pb") or unit is None \
                    or regex.match(r"(?:chỉ|mục)\s+tiêu|tiêu\s+chí", unit, regex.I) \
                    or not (_answered(unit, a.value, b.value) if answers else _led(text, m.start(), unit, a, b)) \
                    or unit != "%" and _share_stated(text, m.end(), a.value, b.value):
                continue
            out.append(PlanRatio(a.value, m.span("a"), b.value, m.span("b"), unit, m.start()))
    return tuple(out)


# '(11/22 xã, đạt 50%)': a share stated right after the pair
_STATED_SHARE_RX = regex.compile(r"[^\d();.]{0,40}?(?:đạt|bằng|chiếm|là|=)?\s*(\d{1,3}(?:[,.]\d+)?)\s*%", regex.I)


def _share_stated(text: str, end: int, a: float, b: float) -> bool:
    """A pair followed by the share it makes ('11/22 xã, đạt 50%') is a part of its whole, whatever the heading
    says: a result over its target states no quotient of the two."""
    m = _STATED_SHARE_RX.match(text, end)
    if not m or not b:
        return False
    share = parse_number(m.group(1))
    return share is not None and abs(share.value - 100 * a / b) < 0.6


def _led(text: str, at: int, unit: str, a, b) -> bool:
    """Amounts after a lead about targets in the same sentence; a count within its whole is a fraction."""
    if _is_count(unit) and a.value <= b.value:
        return False
    stop = max(text.rfind(". ", 0, at), -1)
    return any(q.regex.search(text, stop + 1, at) for q in _markers().get("plan_slash.lead", []))


def _answered(unit: str, a: float, b: float) -> bool:
    """Amounts in a paragraph of results against targets; dossiers handled of those received are a workload."""
    return not (a <= b and any(q.regex.match(unit) for q in _markers().get("plan_ratio_workload.unit", [])))


def answers_targets(text: str, context: list[str]) -> bool:
    """The paragraph closes with a verdict on targets ('Đạt chỉ tiêu đại hội.'), or a heading over it reports results
    against targets ('Kết quả thực hiện các chỉ tiêu …'): its 'a/b' figures are results over their targets."""
    verdict = _markers().get("plan_slash.answers", [])
    return any(q.may_match(text) and q.regex.search(text) for q in verdict) \
        or any(_reports_against_targets(c) for c in context)


@lru_cache(maxsize=4096)
def _reports_against_targets(heading: str) -> bool:
    """A heading of results against targets; asked again for every block under it."""
    return any(q.regex.search(heading) for q in _markers().get("plan_slash.answers_heading", []))


@lru_cache(maxsize=4096)
def _is_count(unit: str) -> bool:
    from extractor.extract.quantities import fold, vocab
    return any(fold(unit).startswith(spelling) for spelling, _ in vocab().count)


@dataclass
class PlanShare:
    """'Ước thực hiện ... là 27.535 tỷ đồng, đạt 102,70% dự toán': the result, its unit, and the plan value its
    share implies (27.535 / 1,027 = 26.811), with how far a written plan may be from it and still be the plan."""
    actual: float
    actual_span: tuple[int, int]
    unit: str
    plan: float
    tolerance: float
    start: int


def plan_shares(text: str) -> list[PlanShare]:
    out = []
    for p in _markers().get("plan_share.result", []):
        for m in p.regex.finditer(text):
            a, z = parse_number(m.group("a")), parse_number(m.group("z"))
            if a is None or z is None or not z.value:
                continue
            share = z.value + (100 if m.group("verb").lower() in ("vượt", "tăng") else 0)
            decimals = len(m.group("z").replace(".", ",").split(",")[1]) if "," in m.group("z") else 0
            plan = 100 * a.value / share
            tolerance = plan * (0.5 * 10 ** -decimals + 0.01) / share     # the share's rounding, and a little more
            out.append(PlanShare(a.value, m.span("a"), " ".join(m.group("u").split()), plan, tolerance, m.start()))
    return out


@lru_cache(maxsize=256)
def _amount_rx(unit: str) -> regex.Pattern:
    """A figure written in `unit`, compiled once per unit (each compile costs milliseconds, and patterns built at run
    time churn regex's cache)."""
    return regex.compile(rf"(?<![\w.,/])(\d{{1,3}}(?:[.,]\d{{3}})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*{regex.escape(unit)}\b",
                         regex.I)


def find_plan(texts: list[str], unit: str, share: PlanShare) -> Optional[tuple[int, int, int, float]]:
    """The nearest written figure in `unit` whose value is the plan the share implies: (text index, start, end,
    value), searching the texts from the last (the nearest) back."""
    rx = _amount_rx(unit)
    for i in range(len(texts) - 1, -1, -1):
        for m in reversed(list(rx.finditer(texts[i]))):
            n = parse_number(m.group(1))
            if n is not None and abs(n.value - share.plan) <= share.tolerance:
                return i, m.start(1), m.end(1), n.value
    return None


@dataclass
class RespectivePair:
    """'các tỷ lệ A và B mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%': the n-th result
    answers the n-th target, and the n-th part of the subject names them (offsets into the text)."""
    label: str
    actual: tuple[int, int, float]
    target: tuple[int, int, float]
    start: int                          # where the subject starts


_P = load_patterns("prose")      # the regexes below, with examples and counterexamples
RESPECTIVE_RX = _P.get("result.respective_run").regex
PCT_NUM_RX = regex.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
RATE_SUBJECTS_SPLIT_RX = regex.compile(r",\s*|\s+và\s+")
DASHED_SUBJECTS_SPLIT_RX = regex.compile(r",\s*|\s+và\s+|\s*[-–]\s*")
SUBJECT_RATES_RX = _P.get("result.respective_head").regex
BARE_NUMERAL_RX = regex.compile(r"^(?:[IVX]+|\d+)$")
NAMED_NUMERAL_RX = regex.compile(r"^(?P<noun>.+?)\s+(?:[IVX]+|\d+)$")


def _head_words(head: regex.Match) -> str:
    """The head all parts share, as written but for 'tỉ lệ', always labelled 'tỷ lệ'."""
    words = " ".join(head.group("head").lower().split())
    return "tỷ lệ" if words == "tỉ lệ" else words


def _subject_parts(subject: str, n: int) -> list[str]:
    """The n parts a subject names, split at commas and 'và', or also at dashes ('khu vực I-II-III-thuế sản phẩm')
    when that alone gives n; a bare numeral takes the noun of the numbered part before it ('II' → 'khu vực II')."""
    parts = [p.strip(" ,") for p in RATE_SUBJECTS_SPLIT_RX.split(subject)]
    if len(parts) != n:
        parts = [p.strip(" ,") for p in DASHED_SUBJECTS_SPLIT_RX.split(subject)]
    noun = None
    for i, part in enumerate(parts):
        named = NAMED_NUMERAL_RX.match(part)
        noun = named.group("noun") if named else noun
        if noun and BARE_NUMERAL_RX.match(part):
            parts[i] = f"{noun} {part}"
    return parts


@lru_cache(maxsize=1024)
def respective_pairs(text: str) -> tuple[RespectivePair, ...]:
    """Results and targets listed in the same order ('… đạt lần lượt A% và B%, so với mục tiêu C% và D%'), paired
    one by one when the subject names as many parts ('các tỷ lệ X và Y'); each part is labelled as a rate
    ('tỷ lệ X', 'tỷ lệ Y') when the subject is 'các tỷ lệ …', or a share ('cơ cấu khu vực I-II-III tương ứng là A% - B%
    - C% (chỉ tiêu nghị quyết là D% - E% - F%)' → 'cơ cấu khu vực I', 'cơ cấu khu vực II', …). Cached within a
    document: a block's pairs are asked by its reader of results and by the check that skips them."""
    if text.count("%") < 4:
        return ()               # the run reads two shares or more on each side, each with its '%' (most texts: no search)
    out: list[RespectivePair] = []
    for m in RESPECTIVE_RX.finditer(text):
        acts = [(x.start(1) + m.start("acts"), x.end(1) + m.start("acts"), x.group(1))
                for x in PCT_NUM_RX.finditer(m.group("acts"))]
        tgts = [(x.start(1) + m.start("tgts"), x.end(1) + m.start("tgts"), x.group(1))
                for x in PCT_NUM_RX.finditer(m.group("tgts"))]
        stop = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()), text.rfind(": ", 0, m.start()))
        lo = stop + 2 if stop >= 0 else 0
        subject = text[lo:m.start()]
        rates = list(SUBJECT_RATES_RX.finditer(subject))
        at = rates[-1].start() if rates else subject.rfind(", ") + 2 if ", " in subject else 0
        subject = subject[at:]
        parts = _subject_parts(SUBJECT_RATES_RX.sub("", subject, count=1), len(acts))
        if len(acts) != len(tgts) or len(parts) != len(acts) or not all(len(p.split()) >= 2 for p in parts):
            continue
        prefix = _head_words(rates[-1]) + " " if rates else ""
        for part, a, t in zip(parts, acts, tgts):
            av, tv = parse_number(a[2]), parse_number(t[2])
            if av is None or tv is None:
                break
            out.append(RespectivePair(prefix + part, (a[0], a[1], av.value), (t[0], t[1], tv.value), lo + at))
    return tuple(out)
