"""Reporting periods as Vietnamese reports write them, for targets and results.

`parse_period(text)` returns the first period in `text`: `tháng 01 năm 2025`, `quý III/2024`,
`6 tháng đầu năm 2025`, `năm 2020`, `giai đoạn 2021-2025`, `đến hết năm 2025`, `đến năm 2030`.
Nothing is invented: a month without its year is no period, and a year outside 1945–2100 is no year.
`Period.code` is a compact, sortable form ('2025-01', '2024-Q3', '2025-H1', '2021-2025', '2025').
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from extractor.spans import SpanSet

YEAR = r"((?:19[4-9]|20\d)\d)"
ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Most specific first: the first rule that matches at the leftmost position wins.
RULES: list[tuple[str, regex.Pattern]] = [
    ("range", regex.compile(rf"(?:giai\s+đoạn|thời\s+kỳ|GĐ|từ\s+năm|trong\s+các\s+năm)\s*{YEAR}\s*(?:-|–|—|đến|tới)\s*(?:năm\s*)?{YEAR}", regex.I)),
    ("range", regex.compile(rf"(?<![\d/])(?:năm\s+)?{YEAR}\s*(?:-|–|—)\s*{YEAR}(?![\d/])", regex.I)),
    ("by_year", regex.compile(rf"(?:đến|tới|trước)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?{YEAR}(?![\d/])", regex.I)),
    # a dated deadline ('phấn đấu đến ngày 30/6/2026 hoàn thành …', 'trước 31/12/2025') is due in its year; the end of
    # a window a report covers ('từ ngày 15/12/2024 đến ngày 14/12/2025') is not
    ("by_year", regex.compile(rf"(?<!\d\s{{0,3}})(?:đến|tới|trước)\s+(?:hết\s+)?(?:ngày\s+)?\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*{YEAR}"
                              rf"(?![\d/])", regex.I)),
    ("half", regex.compile(rf"(6|sáu)\s+tháng\s+(đầu|cuối)\s+năm\s*{YEAR}", regex.I)),
    ("months", regex.compile(rf"(9|chín)\s+tháng\s+(?:đầu\s+)?năm\s*{YEAR}", regex.I)),
    ("quarter", regex.compile(rf"quý\s+(IV|III|II|I|[1-4])\s*(?:/|năm|-)\s*{YEAR}", regex.I)),
    ("month", regex.compile(rf"(?<!ngày\s+\d{{1,2}}\s+)tháng\s+(0?[1-9]|1[0-2])\s*(?:/|năm|-)\s*{YEAR}", regex.I)),
    ("year", regex.compile(rf"(?<!tháng\s+\d{{1,2}}\s+)(?:năm|kế\s+hoạch|KH)\s+{YEAR}(?![\d/])", regex.I)),
]


@dataclass
class Period:
    kind: str                        # month | quarter | half | months | year | range | by_year
    text: str                        # as written
    year: Optional[int] = None       # the year the period ends in (target year)
    month: Optional[int] = None
    quarter: Optional[int] = None
    start_year: Optional[int] = None
    end_year: Optional[int] = None
    half: Optional[int] = None       # 1 = first six months, 2 = last six months
    start: int = 0                   # offsets in the parsed string
    end: int = 0

    @property
    def code(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.month:02d}"
        if self.kind == "quarter":
            return f"{self.year}-Q{self.quarter}"
        if self.kind == "half":
            return f"{self.year}-H{self.half}"
        if self.kind == "months":
            return f"{self.year}-9M"
        if self.kind == "range":
            return f"{self.start_year}-{self.end_year}"
        return str(self.year)


def _build(kind: str, m: regex.Match) -> Optional[Period]:
    g = m.groups()
    p = Period(kind=kind, text=m.group(0), start=m.start(), end=m.end())
    if kind == "range":
        a, b = int(g[0]), int(g[1])
        if b <= a or b - a > 30:
            return None               # '2020-2019' or a phone-like number pair: not a period
        p.start_year, p.end_year, p.year = a, b, b
    elif kind == "half":
        p.year, p.half = int(g[2]), 1 if g[1].lower() == "đầu" else 2
    elif kind == "months":
        p.year = int(g[1])
    elif kind == "quarter":
        p.year, p.quarter = int(g[1]), ROMAN_Q[g[0].lower()]
    elif kind == "month":
        p.year, p.month = int(g[1]), int(g[0])
    else:                             # year, by_year
        p.year = int(g[0])
    if p.start_year is None:
        p.start_year = p.end_year = p.year if kind != "by_year" else None
        if kind == "by_year":
            p.end_year = p.year
    return p


_YEAR = regex.compile(YEAR)


def find_periods(text: str) -> list[Period]:
    """Every non-overlapping period in `text`, left to right."""
    if not _YEAR.search(text):
        return []                     # every rule names a YEAR: most texts with figures hold none ('80%', '120/150 xã')
    found: list[Period] = []
    taken = SpanSet()
    for kind, rx in RULES:
        for m in rx.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            p = _build(kind, m)
            if p is not None:
                found.append(p)
                taken.add(p.start, p.end)
    return sorted(found, key=lambda p: p.start)


def parse_period(text: str) -> Optional[Period]:
    """The first period written in `text`, or None."""
    found = find_periods(text or "")
    return found[0] if found else None
