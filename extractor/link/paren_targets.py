"""Targets and results written in parentheses: a target a cue opens there ('(phấn đấu đạt 500.000 thuê
bao)'), the items of a parenthesis that lists targets, a later year's figure of the same indicator, and the result
written right after a target ('(đến nay mới đạt 39,5%)')."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.link.figures import Figure, find_figures, _first, levels_in, PAREN_RX, status_of, WORD_RX
from extractor.link.item_periods import _periods
from extractor.link.labels import _comma_split, _figure_labels
from extractor.link.not_targets import _not_a_target
from extractor.link.records import _clean_label, _Ctx, _strip_cues
from extractor.link.results import label_start
from extractor.link.target_cues import _is_target, _result_paren_after
from extractor.link.text_figures import _text_figures
from extractor.patterns import load_patterns

_P = load_patterns("prose")      # this module's regexes, with examples and counterexamples


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


def _bracketed_parts(text: str, found: list[Figure]) -> tuple[list[Figure], list[str]]:
    """'3. Diện tích các cây trồng chủ yếu năm 2025 (Lúa: diện tích đạt 215 ha, năng suất đạt 135 tạ/ha. Ngô: diện
    tích đạt 45 ha, …)': an item whose figures all stand in one parenthesis that lists named parts, each before its
    colon, states a target per figure, labelled by its part and the words of its own comma piece ('Lúa: diện
    tích'). Nothing when a figure stands outside it or it opens with no part."""
    for m in PAREN_RX.finditer(text):
        inner, at = m.group(0)[1:-1], m.start() + 1
        heads = list(PART_HEAD_RX.finditer(inner))
        mine = [f for f in found if m.start() < f.start < m.end()]
        if not heads or heads[0].start() > 0 or not mine or len(mine) < len(found):
            continue
        labels = []
        for f in mine:
            head = [h for h in heads if h.end() <= f.expr_start - at][-1]
            cut = max(inner.rfind(",", head.end(), f.expr_start - at) + 1, head.end())
            labels.append(f"{head.group(1).strip()}: {_clean_label(inner[:f.end - at], [f.shifted(-at)], cut)}")
        return mine, labels
    return [], []


# a part named at the head of a parenthesis' sentence, before its colon ('(Lúa: …', '. Ngô: …')
PART_HEAD_RX = _P.get("paren.part_head").regex


def _paren_targets(ctx: _Ctx, offset: int, clause: str, context: list[str],
                   target_ends: list[int] = (), target_labels: list[str] = (),
                   parts_only: bool = False) -> tuple[list[Figure], list[str]]:
    """Targets a clause states inside a parenthesis that a target cue opens ('(phấn đấu đạt 500.000 thuê bao)',
    '(Kế hoạch đầu tư công trung hạn ... bảo đảm không quá 3.000 dự án)'); a result in parentheses is none.
    The parenthesis is the label, with the words before it when it says too little on its own; a later year's
    figure right after a target ('đạt tối thiểu 10% (đến năm 2030 đạt tối thiểu 20%, ...)') is that target's
    indicator again, with its label. `parts_only`: only the parts' own figures right after a target (a list's item,
    whose other parentheses its reader reads)."""
    figs: list[Figure] = []
    labels: list[str] = []
    for m in PAREN_RX.finditer(clause):
        inner = m.group(0)[1:-1]
        listed = PAREN_LIST_LEAD_RX.search(clause[:m.start()]) is not None \
            and not _first("lead_list.results", clause[:m.start()])
        # a part's own share right after a target ('nước sạch trên 90% (hợp vệ sinh đạt 100%)') is a target too
        part = any(not clause[e:m.start()].strip() for e in target_ends) and SUB_TARGET_RX.fullmatch(inner) \
            and not _periods(inner)
        narrower = _narrower_share(clause, m, inner, target_ends)
        level = not parts_only and _restates_level(clause, m, inner)
        if _first("cue.result", inner) or status_of(inner) \
                or not ((part or narrower) if parts_only else listed or part or narrower or level
                        or _first("cue.target", inner)):
            continue
        at = m.start() + 1
        mine = [f for f in _text_figures(ctx, offset + at, inner)
                if (listed or part or narrower or level or _is_target(inner, 0, inner, f, context))
                and not _not_a_target(inner, f)]
        if narrower and mine:
            figs.append(mine[0].shifted(at))
            labels.append(_narrower_label(clause, m, inner, mine[0]))
            continue
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
            # a part among several ('(dịch vụ tăng 8,5-9,5%, công nghiệp - xây dựng tăng 11-11,5%; …)') is named by
            # its own words, however few
            # so is a listed rate ('(…; tỷ lệ bao phủ BHYT đạt 94%)'), and a part's own rate ('(tỷ lệ thất thoát nước
            # không quá 20%)')
            if len(WORD_RX.findall(_strip_cues(label))) < 4 and not (part and len(mine) > 1) \
                    and not ((listed or part) and NAMED_RATE_RX.match(label)):
                label = f"{_subject_before(clause, m.start())} {label}".strip()
            figs.append(f.shifted(at))
            labels.append(label)
    return figs, labels


def _narrower_share(clause: str, m: regex.Match, inner: str, target_ends: list[int]) -> bool:
    """'có 70% doanh nghiệp trong tỉnh (bao gồm 90% các doanh nghiệp hoạt động xuất nhập khẩu) tiến hành …': the
    parenthesis sits in the noun of a target share (only words between them) and gives a narrower group's share."""
    return SUB_SHARE_RX.match(inner) is not None and any(
        e <= m.start() and clause[e - 1:e] == "%" and not regex.search(r"[,;:.\d()]", clause[e:m.start()])
        for e in target_ends)


def _narrower_label(clause: str, m: regex.Match, inner: str, f: Figure) -> str:
    """The narrower group and the predicate after the parenthesis ('các doanh nghiệp hoạt động xuất nhập khẩu tiến
    hành giao dịch …')."""
    stop = min([i for i in (clause.find(";", m.end()), clause.find(". ", m.end())) if i >= 0], default=len(clause))
    return " ".join(f"{inner[f.end:]} {clause[m.end():stop]}".split()).strip(" .,;")


def _restates_level(clause: str, m: regex.Match, inner: str) -> bool:
    """'… phấn đấu … kịch bản tăng trưởng năm 2025 ở mức hai con số (10% trở lên)': a parenthesis with nothing but a
    figure, right after a level named in words in a clause a target cue governs, restates that level in figures."""
    before = clause[:m.start()]
    return FIGURE_ONLY_RX.fullmatch(inner) is not None and LEVEL_WORDS_RX.search(before) is not None \
        and _first("cue.target", before) is not None and not _first("cue.result", before)


FIGURE_ONLY_RX = _P.get("paren.figure_only").regex
NAMED_RATE_RX = _P.get("result.named_rate").regex     # 'tỷ lệ bao phủ BHYT': a rate that names itself
LEVEL_WORDS_RX = _P.get("paren.level_words").regex


def _subject_before(clause: str, end: int) -> str:
    """What the figure before a parenthesis measures: its clause without that figure, from its last comma when
    three words remain there ('Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%' → all of it)."""
    stop = max(clause.rfind(". ", 0, end), clause.rfind("; ", 0, end))
    words = TRAILING_FIGURE_RX.sub("", clause[stop + 2 if stop >= 0 else label_start(clause):end])
    piece = words[words.rfind(",") + 1:]
    return _clean_label(piece if len(WORD_RX.findall(piece)) >= 3 else words, [])


# the figure that ends the words before a parenthesis ('... lĩnh vực đạt tối thiểu 10%')
# ('trong năm 2026' is no figure: a bare number needs a verb before it or a '%' after it)
TRAILING_FIGURE_RX = _P.get("paren.trailing_figure").regex


# a parenthesis piece that says only when ('đến năm 2030 đạt tối thiểu '): the figure is the target's later year
PERIOD_ONLY_RX = _P.get("paren.period_only").regex


def _piece(inner: str, f: Figure, since: int) -> tuple[int, int]:
    """The piece of a parenthesis that holds the figure: from the figure before it (or a ';') on."""
    cut = inner.rfind(";", since, f.expr_start)
    return (cut + 1 if cut >= 0 else since), f.end


SUB_TARGET_RX = _P.get("paren.sub_target").regex
SUB_SHARE_RX = _P.get("paren.sub_share").regex      # '(bao gồm 90% các doanh nghiệp …)' inside a target's noun


# '... đặt ra 6 mục tiêu cụ thể về phát triển KTS (Tỷ trọng KTS đạt 20% GDP; ... đạt trên 80%)': a parenthesis
# right after the words that announce targets lists them, one per ';' item, each with its own words as label.
PAREN_LIST_LEAD_RX = _P.get("paren.paren_list_lead").regex


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
