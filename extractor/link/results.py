"""A result reported against its target in one sentence of a report.

Monthly and quarterly reports state the result first and the target beside it:
`Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2%, vượt chỉ tiêu được giao (80%)`, `... đạt 72%/chỉ tiêu 80%`,
`...: Chỉ tiêu: 80%; kết quả: 82,4%`, `... đạt 45,3% (chỉ tiêu Chính phủ giao là 50%), chưa đạt`.
A figure that a target word introduces (`pair.target` in patterns/indicators.yaml) is the target; a figure
that a result word introduces (`pair.result`) is the result; each target takes the nearest free result.
Without a target word nothing pairs: `đạt 93,6%` alone reports a result that answers no stated target.

Figures come in from indicator_text.py (anything with start and end offsets into `text`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractor.patterns import Pattern, load_patterns

GAP = 60           # how far before a figure its introducing words may start


@dataclass
class ResultPair:
    target: int                        # index of the target figure
    actual: int                        # index of the result figure
    label_end: int                     # the label is the sentence up to here (the first introducing word)


@lru_cache(maxsize=1)
def _markers() -> dict[str, list[Pattern]]:
    out: dict[str, list[Pattern]] = {}
    for p in load_patterns("indicators"):
        if p.id.startswith("pair."):
            out.setdefault(".".join(p.id.split(".")[:2]), []).append(p)
    return out


def _introduced(text: str, figs: list, i: int, key: str) -> int:
    """Where the words introducing figure i start (-1 if none): they sit between the figure and the one
    before it, right before the figure."""
    lo = max(figs[i - 1].end if i else 0, figs[i].start - GAP)
    gap = text[lo:figs[i].start]
    for p in _markers().get(key, []):
        m = p.regex.search(gap)
        if m:
            return lo + m.start()
    return -1


def pair_results(text: str, figs: list) -> list[ResultPair]:
    """Each target a target word introduces, paired with the nearest result a result word introduces."""
    targets = {i: s for i in range(len(figs)) if (s := _introduced(text, figs, i, "pair.target")) >= 0}
    if not targets:
        return []
    results = {i: s for i in range(len(figs)) if i not in targets
               and (s := _introduced(text, figs, i, "pair.result")) >= 0}
    out: list[ResultPair] = []
    for t, t_at in targets.items():
        free = [r for r in results if all(p.actual != r for p in out)]
        if not free:
            continue
        r = min(free, key=lambda r: abs(figs[r].start - figs[t].start))
        out.append(ResultPair(t, r, min(t_at, results[r])))
    return out


def label_start(text: str) -> int:
    """Past an item's number or bullet ('a) ', '- ', '2.1. ')."""
    m = regex.match(r"\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]\s+|[-–+•*]\s*)?", text)
    return m.end() if m else 0
