"""The figures of a text that may state targets: percentages, ranks, rates per population, unit figures and
the quantities a target verb governs; a second year's figure joined by 'và' keeps the first one's bound."""
from __future__ import annotations

import regex

from extractor.extract.numbers import parse_number
from extractor.link.figures import (Figure, find_figures, _quantity_figures, rank_figures, rate_figures,
                                    share_count_figures, unit_figures)
from extractor.link.records import _Ctx, quantities_in
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


def _text_figures(ctx: "_Ctx", offset: int, text: str, in_list: bool = False, goals: bool = False) -> list[Figure]:
    """Percentages (read here), ranks, and governed quantities of other kinds (read by the quantities stage);
    `in_list`: the text is an item of a list of targets, where a named part's bare amount is one; `goals`: it
    sits under a heading of goals, where a rule text states aims too ('Điều 3. Mục tiêu ... a) Có ít nhất 50.000
    hợp tác xã ...')."""
    figs = find_figures(text)
    if ctx.normative and not goals:
        return figs                           # a law's counts are rules ('không quá 02 người'), not plan targets
    figs = sorted(figs + rank_figures(text) + rate_figures(text) + unit_figures(text) + coefficient_figures(text),
                  key=lambda f: f.start)
    quantities = quantities_in(ctx, offset, offset + len(text))
    more = [q for q in _quantity_figures(quantities, offset, text, in_list)
            + share_count_figures(quantities, offset, text, in_list)
            if not any(f.start <= q.start < f.end or q.start <= f.start < q.end for f in figs)
            and not _qualifies_share(text, q, figs)]
    more = [q for q in more if not _qualifies_count(text, q, more)]
    figs = sorted(figs + more, key=lambda f: f.start)
    return _carry_bounds(text, sorted(figs + _named_after(quantities, offset, text, figs), key=lambda f: f.start))


COEFFICIENT_FALL = _P.get("figure.coefficient_fall")    # its `requires` ('xuống') skips most texts


def coefficient_figures(text: str) -> list[Figure]:
    """'giảm chỉ số hiệu quả sử dụng vốn (hệ số ICOR) từ khoảng 6 xuống còn 4,5': a coefficient has no unit; the value
    it is brought down to is the figure ('còn' at most, 'dưới' below), its starting value left out of the label; so is
    the bound a sign sets it ('chỉ số chất lượng không khí (AQI) < 100')."""
    out = []
    for m in COEFFICIENT_FALL.regex.finditer(text) if COEFFICIENT_FALL.may_match(text) else ():
        v = parse_number(m.group("v"))
        if v is not None:
            cmp = "<=" if m.group("cmp").lower() == "còn" else "<"
            out.append(Figure(m.start("v"), m.end("v"), v.value, None, None, cmp, None, m.start("from"), m.end("v")))
    return out + _index_bounds(text)


INDEX_BOUND = _P.get("figure.index_bound")              # its `requires` (a sign: '<', '≤' …) skips most texts
SIGN_CMPS = {"<": "<", ">": ">", "≤": "<=", "≥": ">=", "<=": "<=", ">=": ">="}


def _index_bounds(text: str) -> list[Figure]:
    """'chỉ số chất lượng không khí (AQI) < 100': an index with no unit held under (or over) a bound written as a sign."""
    out = []
    for m in INDEX_BOUND.regex.finditer(text) if INDEX_BOUND.may_match(text) else ():
        v = parse_number(m.group("v"))
        if v is not None:
            out.append(Figure(m.start("v"), m.end("v"), v.value, None, None, SIGN_CMPS[m.group("cmp")], None,
                              m.start("cmp"), m.end("v")))
    return out


# ', kim ngạch xuất khẩu ' between a figure and an amount: the amount names its measure and shares the figure's verb
NAMED_AFTER_RX = _P.get("figure.named_after").regex
# ', gồm việc làm trong nước ', '; xuất khẩu lao động ' between two amounts: the later one is a part or the next item
PART_AFTER_RX = _P.get("figure.part_after").regex
# ' vào năm 2020, năm 2016 đạt ' between two figures: the later one is the same indicator's for another period
PERIOD_AFTER_RX = _P.get("figure.period_after").regex
# ' năm 2026 và ' between two figures, a period right after the later: the same indicator's for that period
PERIOD_THEN_NEXT_RX = _P.get("figure.period_then_next").regex
OWN_PERIOD_NEXT_RX = _P.get("figure.own_period_next").regex
# ' lao động vào năm 2025 và năm 2030 là ' between two amounts: the later one is the same measure's for a later year
AMOUNT_PERIOD_AFTER_RX = _P.get("figure.period_after_amount").regex
# ', tăng bình quân ' between an amount and a rate: the rate the amount grows at, the same measure's target
RATE_AFTER_RX = _P.get("figure.rate_after").regex
# ' hộ gia đình, ' between two shares: the first one's units, then a share of other units under the same verb
SHARE_OF_UNITS_AFTER_RX = _P.get("figure.share_of_units_after").regex
SHARE_JOINED_AFTER_RX = _P.get("figure.share_joined_after").regex
GROWTH_AFTER_RX = _P.get("figure.growth_after").regex
GROWTH_BASIS_RX = _P.get("figure.growth_basis").regex


ASIDE_RX = regex.compile(r"\s*\([^()]*\)")
CLOSED_ASIDE_RX = regex.compile(r"[^()]*\)")          # the figure sits in an aside that closes before the amount


def _named_after(quantities: list, offset: int, text: str, figs: list[Figure]) -> list[Figure]:
    """'mục tiêu tăng trưởng toàn ngành đạt 4% trở lên, kim ngạch xuất khẩu 65 tỷ USD': an amount right after a
    figure, named by a few words of its own after a comma and with no verb, is a second figure of the same clause."""
    out: list[Figure] = []
    for q in quantities:
        lo = q.prov.start - offset
        # an aside closed before the amount is passed over, its figures too ('… trong đó quân đội 2.505 (có 5 nữ) và
        # công an 330': the part before the aside is the one the amount follows)
        prev = [f for f in sorted(figs + out, key=lambda g: g.start)
                if f.end <= lo and not CLOSED_ASIDE_RX.match(text[f.end:lo])]   # also a part named before
        gap = ASIDE_RX.sub("", text[prev[-1].end:lo]) if prev else ""
        if not prev or any(f.start <= lo < f.end for f in figs) or not _names_the_next(gap, prev[-1]):
            continue
        later_year = _later_year_of(gap, prev[-1])
        out += [f for f in _quantity_figures([q], offset, text, True, follows=later_year) if f.start == lo]
    return out


def _later_year_of(gap: str, prev: Figure) -> bool:
    """The words between two amounts name only the first one's year and the next year ('… lao động vào năm 2025 và
    năm 2030 là '): the later amount is the same measure's for that year, governed as the first one is."""
    return prev.unit not in (None, "%", "%/năm") and AMOUNT_PERIOD_AFTER_RX.fullmatch(gap) is not None


def _names_the_next(gap: str, prev: Figure) -> bool:
    """The words between a figure and a later amount name that amount's measure ('…, kim ngạch xuất khẩu '), or, after
    an amount, a part of it or the next item of its enumeration ('…, gồm việc làm trong nước ', '…; xuất khẩu lao
    động ')."""
    return NAMED_AFTER_RX.fullmatch(gap) is not None \
        or (prev.unit not in (None, "%", "%/năm") and PART_AFTER_RX.fullmatch(gap) is not None) \
        or _later_year_of(gap, prev)


# 'xuống 550/100.000 trẻ em vào năm 2025 và 500/100.000 vào năm 2030': the second year's figure, joined by 'và' after
# the first one's period alone, is bounded as the first one is
YEAR_AND_RX = _P.get("figure.year_and").regex


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


COUNT_QUALIFIER_RX = _P.get("figure.count_qualifier").regex


def _qualifies_count(text: str, q: Figure, figs: list[Figure]) -> bool:
    """'cung cấp 982 dịch vụ công có số lượng hồ sơ phát sinh tối thiểu 1.000 hồ sơ/năm': the amount says which of the
    things counted before it are meant (those that have it); it is part of that target, not one of its own."""
    prev = [f for f in figs if f.end <= q.start and f.unit != "%"]
    return bool(prev) and COUNT_QUALIFIER_RX.fullmatch(text[prev[-1].end:q.start]) is not None


# what ends a share's reach over a later count: a sentence or clause mark, an aside's close, parts opened by 'trong đó'
SHARE_GAP_BREAK_RX = _P.get("figure.share_gap_break").regex


def _qualifies_share(text: str, q: Figure, figs: list[Figure]) -> bool:
    """'100% các khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G': the count says which
    things the percentage counts (those that have one); it is part of that target, not one of its own. A share in an
    aside, or parts opened by 'trong đó', qualify nothing: 'đón 1,2 triệu lượt khách (tăng 100% so với năm 2021), trong
    đó có 1,16 triệu lượt khách nội địa' names a part of the amount before the aside."""
    share = [f for f in figs if f.unit == "%" and f.end <= q.expr_start]
    if not share or not regex.match(r"\s*\p{L}", text[share[-1].end:]):
        return False
    gap = text[share[-1].end:q.expr_start]
    return not SHARE_GAP_BREAK_RX.search(gap) and bool(regex.match(r"có\b", text[q.expr_start:])
                                                      or regex.search(r"\bcó\s*$", gap))
