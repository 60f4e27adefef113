"""The period a figure's own words state: a year right after it ('đạt 50% vào năm 2027'), the period nearest
before it in its sentence, or one that leads a list; never a baseline ('so với năm 2020') nor a later clause of
purpose ('…, làm tiền đề cho giai đoạn 2026-2030')."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.extract.periods import Period
from extractor.link.records import periods_in
from extractor.link.sentences import _blank_parens, WINDOW
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


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
        # a plan's vision after its own period ('Chiến lược … giai đoạn 2021 - 2025, định hướng đến năm 2030 đã đề ra
        # …: 100% …; tối thiểu 80% …') is no period of its targets: the plan's own one is
        before = [p for p in before if not _vision_tail(piece, p)] or before
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


def later_clause_period(piece: str, end: int, p: Period) -> bool:
    """Whether `p` lies after the figure ending at `end`, past the end of its clause (';' or a sentence's stop): the
    next clause's ('… 6,3 triệu việc làm …; đến năm 2030 tạo ra 10,5 triệu việc làm'), which _own_period still gives
    a figure that names none ('… bình quân hàng năm 8%; thu nhập … đến năm 2030 đạt …' is a plan to 2030)."""
    return p.start >= end and CLAUSE_END_RX.search(piece, end, p.start) is not None


CLAUSE_END_RX = regex.compile(r";|\.\s")


PURPOSE_RX = _P.get("period.purpose").regex
VISION_TAIL_RX = _P.get("passage.vision_tail").regex     # ', định hướng đến năm 2030' after a period of its own


def _vision_tail(piece: str, p: Period) -> bool:
    return any(m.start() <= p.start < m.end() for m in VISION_TAIL_RX.finditer(piece, max(0, p.start - 40), p.end))


def _purpose_after(piece: str, end: int, p: Period) -> bool:
    return p.start >= end and PURPOSE_RX.search(piece[end:p.start]) is not None


# 'chiếm 35% GRDP vào năm 2030', 'tối thiểu 3% tổng chi ngân sách cho KHCN, ĐMST trong năm 2026': the figure's
# object, then the year it is due; not a new clause ('..., đến năm 2030', '... và đến năm 2030 đạt 80%')
OBJECT_THEN_PERIOD_RX = _P.get("period.object_then_period").regex


NEW_CLAUSE_END_RX = _P.get("period.new_clause_end").regex


PERIOD_CONNECTOR_RX = _P.get("period.period_connector").regex


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
LIST_AFTER_PERIOD_RX = _P.get("period.list_after_period").regex


def _leads_a_list(after: str) -> bool:
    return LIST_AFTER_PERIOD_RX.match(after) is not None


def _periods(text: str, kinds: tuple[str, ...] = ("by_year", "range", "year")) -> list[Period]:
    """Years, ranges and 'đến năm' periods in `text` (or periods of `kinds`), except baselines ('so với năm 2020')."""
    return [p for p in periods_in(text) if p.kind in kinds
            and not BASELINE_RX.search(text[max(0, p.start - 32):p.start])]


PART_YEAR_KINDS = ("by_year", "range", "year", "half", "quarter", "months")


PERIOD_AFTER_RX = _P.get("period.period_after").regex


# 'so với năm 2020', 'so với dự toán năm 2024', 'so với kế hoạch năm 2025': what the figure is compared with
BASELINE_RX = _P.get("period.baseline").regex
