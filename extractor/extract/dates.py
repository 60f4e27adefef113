"""Dates as written in Vietnamese documents → ISO strings, kept partial when the text is.

`parse_date(text)` returns the first date in `text` as `'YYYY-MM-DD'`, or `'YYYY-MM'` / `'YYYY'` when
a draft leaves the day or month blank (`ngày   / 01 /2021` → '2021-01'), with its span. Nothing is
ever invented: an impossible day or month is no date at all. Patterns: patterns/dates.yaml.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Optional

from extractor.patterns import load_patterns


@dataclass
class DateMatch:
    value: str                      # ISO or partial
    start: int
    end: int
    rule: str
    text: str


def _iso(d: Optional[str], m: Optional[str], y: str) -> Optional[str]:
    """ISO (or partial) date, or None when the parts cannot be a calendar date."""
    year = int(y)
    if not m:
        return f"{year:04d}"
    month = int(m)
    if not 1 <= month <= 12:
        return None
    if not d:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, int(d)).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date in `text`, leftmost first; of overlapping matches the longest wins."""
    found: list[DateMatch] = []
    for p in load_patterns("dates"):
        for m in p.regex.finditer(text):
            g = m.groupdict()
            value = _iso(g.get("d"), g.get("m"), g["y"])
            if value:
                found.append(DateMatch(value, m.start(), m.end(), p.id, m.group(0)))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[DateMatch] = []
    for dm in found:
        if not out or dm.start >= out[-1].end:
            out.append(dm)
    return out


def parse_date(text: str) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    """The first date in `text`: (ISO or partial value, (start, end)), or (None, None)."""
    dates = find_dates(text)
    if not dates:
        return None, None
    return dates[0].value, (dates[0].start, dates[0].end)
