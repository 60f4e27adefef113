"""Values as a reader of a printed report reads them, in Vietnamese: numbers with a decimal comma
and thousands dots, targets with ≥/≤, a status word, and where a value sits (trang, bảng, dòng,
đoạn) instead of character offsets. Nothing here returns None or a raw float."""
from __future__ import annotations

from typing import Optional

from extractor.store.display import SEVERITY, STATUS_NORM, CHECK_KIND

NONE = "—"                  # what an empty cell shows
COMPARATOR_SIGN = {">=": "≥ ", "<=": "≤ ", ">": "> ", "<": "< ", "=": "", "~": "khoảng ", None: ""}
PERCENT_UNITS = {"%", "phần trăm"}
DECIMALS = 3                # enough for every figure the genre writes (98,53%); hides float noise
SCORE_MAX = 100             # match scores add evidence points to a 0-100 similarity: shown capped


def number(value: Optional[float]) -> str:
    """93.60000001 → '93,6'; 54919 → '54.919'; 0.5 → '0,5'; None → '—'."""
    if value is None:
        return NONE
    rounded = round(float(value), DECIMALS)
    whole, _, frac = f"{abs(rounded):.{DECIMALS}f}".partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    sign = "-" if rounded < 0 else ""
    return f"{sign}{grouped},{frac}" if frac else f"{sign}{grouped}"


def with_unit(text: str, unit: Optional[str]) -> str:
    if not unit or text == NONE:
        return text
    return f"{text}%" if unit == "%" else f"{text} {unit}"


def target(comparator: Optional[str], value: Optional[float], high: Optional[float] = None,
           unit: Optional[str] = None) -> str:
    """'≥ 50%', '30–50%', 'khoảng 20 hồ sơ'; '—' when there is no value."""
    if value is None:
        return NONE
    if comparator == "range" and high is not None:
        return with_unit(f"{number(value)}–{number(high)}", unit)
    return COMPARATOR_SIGN.get(comparator, f"{comparator} ") + with_unit(number(value), unit)


def score(value: Optional[float]) -> str:
    """A catalogue match score on 0-100 ('100/100' for a match whose evidence pushed it past 100)."""
    if value is None:
        return NONE
    return f"{min(round(float(value)), SCORE_MAX)}/{SCORE_MAX}"


def status(ind: dict) -> str:
    """Đạt / Vượt / Chưa đạt / Chưa có kết quả / the document's own word, for one indicator."""
    achieved = ind.get("achieved")
    if achieved == 1:
        return "Vượt" if _beyond(ind) else "Đạt"
    if achieved == 0:
        return "Chưa đạt"
    written = ind.get("status_norm")
    if written in STATUS_NORM:
        return STATUS_NORM[written]
    if ind.get("actual_value") is None:
        return "Chưa có kết quả"
    if ind.get("target_value") is None:
        return "Không có chỉ tiêu"
    return "Chưa so sánh được"      # a result and a target in units that do not compare


def _beyond(ind: dict) -> bool:
    """A result strictly past a one-sided target (above it, or below it when lower is better)."""
    actual, goal = ind.get("actual_value"), ind.get("target_value")
    if actual is None or goal is None or ind.get("target_comparator") in ("range", "=", "~"):
        return False
    lower = ind.get("lower_is_better") == 1 or ind.get("target_comparator") in ("<=", "<")
    return actual < goal if lower else actual > goal


def severity(code: Optional[str]) -> str:
    return SEVERITY.get(code or "", code or NONE)


def check_kind(code: Optional[str]) -> str:
    return CHECK_KIND.get(code or "", code or NONE)


def message(text: Optional[str]) -> str:
    """A check's message as stored, with the database's comparators shown as signs."""
    out = text or NONE
    for code, sign in ((">=", "≥"), ("<=", "≤")):
        out = out.replace(code, sign)
    return out
