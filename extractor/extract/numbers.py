"""Read a figure the way a Vietnamese official wrote it.

Vietnamese writes `.` between thousands and `,` before decimals (`54.919`, `93,6`); English-style
stragglers (`1,234.5`, `98.5%`) appear too. A figure whose separators could be read either way is
decided by what it counts (a count is a whole number) and the doubt is kept in `uncertain`.
Numbers written in words (`hai`, `mười lăm`, `hai mươi mốt`) are read up to 99.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.patterns import load_data

DIGITS = regex.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Number:
    value: float
    text: str
    uncertain: Optional[str] = None


def _groups_all(groups: list[str], size: int) -> bool:
    return all(len(g) == size for g in groups)


def _one_separator(head: str, rest: list[str], sep: str, kind: Optional[str]) -> Optional[Number]:
    """Figures with a single kind of separator: `54.919`, `1.234.567`, `93,6`, `1,234,567`, `98.5`."""
    text = sep.join([head] + rest)
    thousands = 1 <= len(head) <= 3 and _groups_all(rest, 3)
    if len(rest) > 1:
        # `1.234.567` / `1,234,567`: only thousands make sense; `1.2.3` is a section number.
        return Number(float(head + "".join(rest)), text) if thousands else None
    tail = rest[0]
    if sep == ".":
        if thousands and not (kind == "percent" and float(head + tail) > 1000):
            return Number(float(head + tail), text)
        note = None if kind != "count" else "'.' read as a decimal point in a count"
        if thousands:
            note = "'.' read as a decimal point: as thousands the percentage would exceed 1000"
        return Number(float(f"{head}.{tail}"), text, note)
    # sep == ','
    if thousands and kind == "count":
        return Number(float(head + tail), text, "',' read as a thousands separator in a count")
    note = "',' before three digits read as a decimal comma" if thousands else None
    return Number(float(f"{head}.{tail}"), text, note)


def _two_separators(text: str) -> Optional[Number]:
    """`1.234,5` (Vietnamese) or `1,234.5` (English): the last separator is the decimal one."""
    last = max(text.rfind("."), text.rfind(","))
    dec_sep = text[last]
    thou_sep = "," if dec_sep == "." else "."
    whole, frac = text[:last], text[last + 1:]
    if dec_sep in whole:
        return None
    parts = whole.split(thou_sep)
    if not (1 <= len(parts[0]) <= 3 and _groups_all(parts[1:], 3)):
        return None
    return Number(float("".join(parts) + "." + frac), text)


def parse_number(text: str, kind: Optional[str] = None) -> Optional[Number]:
    """The value of a written figure, or None when it is not one number (e.g. `1.2.3`).

    `kind` is what the figure measures ('count', 'percent', 'money', ...), used only to settle
    separators that could be read both ways.
    """
    text = text.strip()
    if not DIGITS.fullmatch(text):
        return None
    has_dot, has_comma = "." in text, "," in text
    if not has_dot and not has_comma:
        return Number(float(text), text)
    if has_dot and has_comma:
        return _two_separators(text)
    sep = "." if has_dot else ","
    head, *rest = text.split(sep)
    return _one_separator(head, rest, sep, kind)


@lru_cache(maxsize=1)
def _word_tables() -> tuple[dict, dict, dict]:
    data = load_data("units.yaml")
    return data["number_words"], data["word_number_units"], data.get("tens_leaders") or {}


def parse_number_words(text: str) -> Optional[int]:
    """`hai` → 2, `mười lăm` → 15, `hai mươi` → 20, `hai mươi mốt` → 21; None otherwise."""
    words = text.lower().split()
    heads, unit_words, leaders = _word_tables()
    tens_words = {**heads, **leaders}
    if not words or len(words) > 3:
        return None
    if words[0] == "mười":
        tens, rest = 10, words[1:]
    elif len(words) >= 2 and words[1] == "mươi" and words[0] in tens_words and tens_words[words[0]] < 10:
        tens, rest = 10 * tens_words[words[0]], words[2:]
    elif len(words) == 1 and words[0] in heads:
        return heads[words[0]]
    else:
        return None
    if not rest:
        return tens
    if len(rest) == 1 and rest[0] in unit_words:
        unit = unit_words[rest[0]]
        if unit == 1 and tens == 10 and rest[0] == "mốt":
            return None                      # 'mười mốt' is not said; 'mười một' is
        return tens + unit
    return None


def format_vietnamese(value: float, decimals: int = 0) -> str:
    """The figure written the Vietnamese way (used by the property tests and by reviewers)."""
    whole, _, frac = f"{value:.{decimals}f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    out = sign + ".".join(groups or ["0"])
    return out + ("," + frac if frac else "")
