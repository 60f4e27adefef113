"""Checks over the stored rows of a document, written to the `checks` table.

Kinds (severity: error > warning > info > ok; 'ok' rows record a verified computation):
- target_mismatch   the document's target differs from the catalogue's for that year and level
                    (value, or comparator: 'trên 20%' quoted for 'từ 20% trở lên'); a target stated
                    for a year the catalogue entry does not cover is reported as info.
- achieved / not_achieved   from indicators.achieved, or computed from actual against target.
- arithmetic        a stated percentage against its numerator and denominator (a/b=c%, parts stated
                    apart in the same cell or sentence), numerator above denominator, parts that
                    should sum to the total written before them.
- out_of_range      a percentage above 100 where nothing says it is growth; a negative count.
- unmatched         an indicator no catalogue entry matches.
- conflicting_sources  the matched entry disagrees with another catalogue entry (NQ 17 and its
                    restatements, QĐ 749 vs QĐ 942, ...).

Checks read the effective views: reviewers' corrections applied, rejected items left out (a
corrected target changes achieved / not_achieved / target_mismatch).
`run_checks(db, doc_ids)` deletes and rewrites the checks of those documents (idempotent);
`run_all_checks(db)` does every document.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
import time
from typing import Iterable, Optional

import regex

from extractor.check import catalogue as catmod
from extractor.check.catalogue import Catalogue, Entry
from extractor.check.families import assign_families
from extractor.check.matching import Match, Matcher, match_document
from extractor.extract.numbers import format_vietnamese
from extractor.rows import insert_rows, read, update_row
from extractor.writes import transaction

SEVERITIES = ("error", "warning", "info", "ok")
GROWTH = regex.compile(r"tăng|giảm|so với|\bvới\b|vượt|kế hoạch|cùng kỳ|gấp|dự toán|chỉ số|tốc độ", regex.I)
RATIO_CUE = regex.compile(r"tỷ lệ|tỉ lệ|đạt|=|bằng|chiếm", regex.I)
GROWTH_WINDOW = 80
PARTS_REACH = 400


@dataclass
class Finding:
    kind: str
    severity: str
    message: str
    message_en: str
    rule: str
    document_id: Optional[int] = None
    indicator_id: Optional[int] = None
    quantity_id: Optional[int] = None
    catalogue_id: Optional[str] = None
    expected: Optional[str] = None
    found: Optional[str] = None
    block_id: Optional[int] = None
    page: Optional[int] = None
    start: Optional[int] = None
    end: Optional[int] = None
    text: Optional[str] = None


def _at(row: dict) -> dict:
    """Provenance columns of a stored row."""
    return {k: row.get(k) for k in ("document_id", "block_id", "page", "start", "end", "text")}


# --- arithmetic -----------------------------------------------------------------------------------

def decimals_of(value: float) -> int:
    """Decimals a stated figure was written with (87.3 → 1, 98.53 → 2, 100 → 0)."""
    text = repr(float(value))
    if "e" in text:
        return 0
    frac = text.partition(".")[2].rstrip("0")
    return len(frac)


def percent_agrees(numerator: float, denominator: float, stated: float, decimals: Optional[int] = None,
                   truncated: bool = False) -> bool:
    """Whether `stated` % is numerator/denominator rounded to the precision it was written with.

    With `truncated`, whether it is the value cut (not rounded) at that precision (87.39 → 87,3),
    which some reports do: the checks call that info, not an error.
    """
    if not denominator:
        return False
    exact = 100.0 * numerator / denominator
    step = 10.0 ** -(decimals if decimals is not None else decimals_of(stated))
    eps = 1e-9 * max(1.0, abs(exact))
    if truncated:
        return stated - eps <= exact < stated + step + eps
    return abs(exact - stated) <= step / 2 + eps


def off_by_last_digit(exact: float, stated: float) -> bool:
    """Within one unit of the stated figure's last digit, but not a correct rounding of it."""
    step = 10.0 ** -decimals_of(stated)
    return abs(exact - stated) < step + 1e-9 * max(1.0, abs(exact))


def _pct(v: Optional[float]) -> str:
    if v is None:
        return "?"
    return format_vietnamese(v, decimals_of(v)) + "%"


def _num(v: Optional[float]) -> str:
    if v is None:
        return "?"
    return format_vietnamese(v, decimals_of(v)) if not float(v).is_integer() else format_vietnamese(v)


def _ratio_finding(q: dict, stated: float, rule: str, percent_row: Optional[dict] = None) -> Finding:
    n, d = q["numerator"], q["denominator"]
    ok = percent_agrees(n, d, stated)
    exact = 100.0 * n / d
    where = _at(q)
    if percent_row is not None:
        where["end"] = max(q["end"] or 0, percent_row["end"] or 0)
    shown = f"{_num(n)}/{_num(d)}"
    if ok:
        return Finding("arithmetic", "ok", f"{shown} = {_pct(stated)}: đúng.", f"{shown} = {stated}%: correct.",
                       rule, quantity_id=q["id"], expected=f"{exact:.4f}", found=str(stated), **where)
    if off_by_last_digit(exact, stated):
        # truncation (87,39 → 87,3) or double rounding (86,046 → 86,05 → 86,1): a slip, not a wrong figure
        return Finding("arithmetic", "info",
                       f"{shown} = {format_vietnamese(exact, 3)}%: văn bản ghi {_pct(stated)}, lệch một đơn vị ở "
                       f"chữ số cuối (cắt bớt hoặc làm tròn hai lần).",
                       f"{shown} is {exact:.3f}%: the document's {stated}% is off by one in the last digit "
                       f"(truncated or rounded twice).",
                       rule + ".last_digit", quantity_id=q["id"], expected=f"{exact:.4f}", found=str(stated), **where)
    return Finding("arithmetic", "error",
                   f"{shown} = {format_vietnamese(exact, 2)}%, văn bản ghi {_pct(stated)}.",
                   f"{shown} is {exact:.2f}%, the document states {stated}%.",
                   rule, quantity_id=q["id"], expected=f"{exact:.4f}", found=str(stated), **where)


def _group_key(q: dict):
    """Quantities in the same table cell, or the same sentence (context) of the same block."""
    if q.get("row") is not None:
        return (q["block_id"], q["row"], q["col"])
    return (q["block_id"], q.get("context"))


def ratio_findings(quantities: list[dict]) -> list[Finding]:
    out = []
    by_group: dict = {}
    for q in quantities:
        by_group.setdefault(_group_key(q), []).append(q)
    for q in quantities:
        if q["kind"] == "percent" and q["numerator"] is not None and q["denominator"] and q["value"] is not None:
            # a rate whose parts a table gives in other columns of its row (an implied ratio)
            out.append(_ratio_finding(q, q["value"], "arithmetic.rate_of_columns"))
            continue
        if q["kind"] != "ratio" or q["numerator"] is None or q["denominator"] is None:
            continue
        if q["denominator"] == 0:
            out.append(Finding("out_of_range", "error", "Mẫu số bằng 0.", "Zero denominator.",
                               "range.zero_denominator", quantity_id=q["id"], **_at(q)))
            continue
        if q["numerator"] > q["denominator"]:
            out.append(Finding("arithmetic", "warning",
                               f"Tử số {_num(q['numerator'])} lớn hơn mẫu số {_num(q['denominator'])}.",
                               "Numerator above denominator.", "arithmetic.numerator_above_denominator",
                               quantity_id=q["id"], found=f"{q['numerator']}/{q['denominator']}", **_at(q)))
        if q.get("stated_percent") is not None:
            out.append(_ratio_finding(q, q["stated_percent"], "arithmetic.ratio_stated_percent"))
            continue
        near = _percent_after(q, by_group.get(_group_key(q), []))
        if near is not None:
            out.append(_ratio_finding(q, near["value"], "arithmetic.ratio_nearby_percent", near))
    return out


def _percent_after(q: dict, group: list[dict]) -> Optional[dict]:
    """The first percentage after the ratio in its cell or sentence, when words tie them ('đạt tỉ lệ')."""
    after = [p for p in group if p["kind"] == "percent" and p["start"] is not None and q["end"] is not None
             and 0 <= p["start"] - q["end"] <= GROWTH_WINDOW and p["value"] is not None]
    if not after:
        return None
    p = min(after, key=lambda x: x["start"])
    between = (p.get("context") or "")
    return p if RATIO_CUE.search(between) else None


def parts_apart_findings(quantities: list[dict]) -> list[Finding]:
    """A percentage with its parts written as counts elsewhere in the same cell or sentence."""
    out = []
    groups: dict = {}
    for q in quantities:
        groups.setdefault(_group_key(q), []).append(q)
    for group in groups.values():
        counts = [c for c in group if c["kind"] == "count" and c["value"] and c["value"] > 0]
        explained = {round(r["stated_percent"], 4) for r in group if r["kind"] == "ratio" and r.get("stated_percent")}
        explained |= {round(100.0 * r["numerator"] / r["denominator"], 1) for r in group
                      if r["kind"] == "ratio" and r.get("numerator") and r.get("denominator")}
        for p in group:
            if p["kind"] != "percent" or p["value"] is None or len(counts) < 2:
                continue
            if round(p["value"], 4) in explained or round(p["value"], 1) in explained:
                continue
            out.extend(_parts_for(p, counts))
    return out


def _parts_for(p: dict, counts: list[dict]) -> list[Finding]:
    # The parts come before the percentage they give, close to it ('…: 54.919 hồ sơ. … 58.669 hồ sơ.
    # Tỷ lệ …: 93,6%'); an earlier '100%' about something else does not pair with later counts.
    before = [c for c in counts if c["start"] < p["start"] and p["start"] - c["start"] <= PARTS_REACH]
    pairs = [(a, b) for a in before for b in before if a is not b and a["value"] <= b["value"]]
    for a, b in pairs:
        if percent_agrees(a["value"], b["value"], p["value"]):
            shown = f"{_num(a['value'])} / {_num(b['value'])}"
            where = {**_at(p), "start": min(a["start"], b["start"], p["start"]),
                     "end": max(a["end"], b["end"], p["end"])}
            return [Finding("arithmetic", "ok", f"{shown} = {_pct(p['value'])}: đúng.",
                            f"{shown} = {p['value']}%: correct.", "arithmetic.parts_stated_apart",
                            quantity_id=p["id"], expected=f"{100 * a['value'] / b['value']:.4f}",
                            found=str(p["value"]), **where)]
    same_unit = len(before) == 2 and before[0].get("unit") and before[0].get("unit") == before[1].get("unit")
    # Only a percentage introduced as a rate ('Tỷ lệ hồ sơ trực tuyến: 93,6%') is taken to be a/b;
    # 'đạt 100% kế hoạch, tăng 5,1% so cùng kỳ' is about something else.
    if same_unit and _rate_before(p) and not _growth(p) and before[0]["value"] != before[1]["value"]:
        a, b = sorted(before, key=lambda c: c["value"])
        exact = 100.0 * a["value"] / b["value"]
        return [Finding("arithmetic", "warning",
                        f"{_pct(p['value'])} không khớp {_num(a['value'])}/{_num(b['value'])} = "
                        f"{format_vietnamese(exact, 2)}%.",
                        f"{p['value']}% does not match {a['value']}/{b['value']} = {exact:.2f}%.",
                        "arithmetic.parts_stated_apart", quantity_id=p["id"], expected=f"{exact:.4f}",
                        found=str(p["value"]), **_at(p))]
    return []


RATE = regex.compile(r"(?:tỷ|tỉ)\s+lệ[^%\d]{0,60}$", regex.I)


def _rate_before(p: dict) -> bool:
    ctx, text = p.get("context") or "", p.get("text") or ""
    i = ctx.find(text) if text else -1
    return i >= 0 and bool(RATE.search(ctx[max(0, i - 80):i]))


def sum_findings(quantities: list[dict], doc_text: str) -> list[Finding]:
    """'14 điểm cầu (01 điểm cầu tại UBND tỉnh, 02 …, 11 …)': the parts in brackets sum to the total."""
    out = []
    counts = sorted((q for q in quantities if q["kind"] == "count" and q["value"] is not None
                     and q["start"] is not None), key=lambda q: q["start"])
    for total in counts:
        span = _bracket_after(doc_text, total["end"])
        if not span:
            continue
        parts = [c for c in counts if span[0] < c["start"] < span[1] and _depth(doc_text, span[0], c["start"]) == 1]
        if len(parts) < 2 or not all(float(c["value"]).is_integer() for c in parts):
            continue
        s = sum(c["value"] for c in parts)
        shown = " + ".join(_num(c["value"]) for c in parts)
        where = {**_at(total), "end": span[1] + 1, "text": doc_text[total["start"]:span[1] + 1][:500]}
        if abs(s - total["value"]) < 1e-9:
            out.append(Finding("arithmetic", "ok", f"{shown} = {_num(total['value'])}: đúng.",
                               f"{shown} = {total['value']}: correct.", "arithmetic.parts_sum",
                               quantity_id=total["id"], expected=str(s), found=str(total["value"]), **where))
        elif total.get("unit") and all(c.get("unit") == total["unit"] for c in parts):
            out.append(Finding("arithmetic", "warning",
                               f"Tổng các phần {shown} = {_num(s)}, văn bản ghi {_num(total['value'])}.",
                               f"The parts sum to {s}, the document states {total['value']}.",
                               "arithmetic.parts_sum", quantity_id=total["id"], expected=str(s),
                               found=str(total["value"]), **where))
    return out


def _bracket_after(text: str, pos: Optional[int], reach: int = 60) -> Optional[tuple[int, int]]:
    """(open, close) of a bracket that follows within `reach` characters with no digits before it."""
    if pos is None:
        return None
    window = text[pos:pos + reach]
    i = window.find("(")
    if i < 0 or any(ch.isdigit() for ch in window[:i]) or regex.search(r"[.;:]", window[:i]):
        return None
    open_ = pos + i
    depth = 0
    for j in range(open_, min(len(text), open_ + 2000)):
        depth += {"(": 1, ")": -1}.get(text[j], 0)
        if depth == 0:
            return open_, j
    return None


def _depth(text: str, open_: int, pos: int) -> int:
    seg = text[open_:pos]
    return seg.count("(") - seg.count(")")


def range_findings(quantities: list[dict]) -> list[Finding]:
    out = []
    for q in quantities:
        v = q.get("value")
        if v is None:
            continue
        if q["kind"] == "count" and v < 0:
            out.append(Finding("out_of_range", "error", f"Số lượng âm: {_num(v)}.", f"Negative count: {v}.",
                               "range.negative_count", quantity_id=q["id"], found=str(v), **_at(q)))
        is_percent = q["kind"] == "percent" or (q["kind"] == "range" and q.get("unit") == "%")
        if is_percent and max(v, q.get("high") or v) > 100 and not _growth(q):
            top = max(v, q.get("high") or v)
            out.append(Finding("out_of_range", "warning", f"Tỷ lệ {_pct(top)} vượt quá 100%.",
                               f"Percentage {top}% above 100.", "range.percent_above_100",
                               quantity_id=q["id"], found=str(top), **_at(q)))
    return out


def _growth(q: dict) -> bool:
    """Words near the percentage that make a value above 100 possible (tăng, so với cùng kỳ, kế hoạch)."""
    ctx, text = q.get("context") or "", q.get("text") or ""
    if GROWTH.search(q.get("header") or "") or (q.get("row") is not None and GROWTH.search(q.get("subject") or "")):
        return True                          # a table cell: its column heading or row label says it compares
    i = ctx.find(text) if text else -1
    if i < 0:
        return bool(GROWTH.search(ctx or text))
    # the clause the percentage sits in: from the last ';', line break or '. ' before it to the next
    starts = [ctx.rfind(sep, 0, i) for sep in (";", "\n", ". ")]
    ends = [j for j in (ctx.find(sep, i + len(text)) for sep in (";", "\n", ". ")) if j >= 0]
    lo = max(max(starts) + 1, i - GROWTH_WINDOW)
    hi = min(ends) if ends else len(ctx)
    return bool(GROWTH.search(ctx[lo:hi]))


# --- indicators against the catalogue -------------------------------------------------------------

def _target_text(cmp_: Optional[str], value, high=None, unit: Optional[str] = "%") -> str:
    if value is None:
        return "?"
    unit = unit or ""
    fmt = (lambda v: _pct(v)) if unit == "%" else (lambda v: f"{_num(v)} {unit}".strip())
    if cmp_ == "range":
        return f"{fmt(value)} – {fmt(high)}"
    return f"{cmp_ or ''}{fmt(value)}"


def _same_unit(doc_unit: Optional[str], entry: Entry) -> bool:
    if not doc_unit:
        return entry.unit.startswith("%") or True
    return (doc_unit == "%") == entry.unit.startswith("%")


def _target_cmp(c: Optional[str]) -> str:
    """A bare target ('đạt 20%', '=') reads as 'at least'."""
    return ">=" if c in (None, "=", "~") else c


def target_findings(ind: dict, e: Entry, year: Optional[int]) -> list[Finding]:
    if ind.get("target_value") is None or not _same_unit(ind.get("target_unit"), e):
        return []
    doc_cmp, cat_cmp = _target_cmp(ind.get("target_comparator")), e.comparator
    differs = (abs(ind["target_value"] - e.value) > 1e-9
               or (cat_cmp == "range" and ind.get("target_high") is not None and e.high is not None
                   and abs(ind["target_high"] - e.high) > 1e-9))
    expected = _target_text(cat_cmp, e.value, e.high, "%" if e.unit.startswith("%") else e.unit)
    found = _target_text(doc_cmp, ind["target_value"], ind.get("target_high"), ind.get("target_unit") or "%")
    base = dict(indicator_id=ind["id"], catalogue_id=e.id, expected=expected, found=found, **_at(ind))
    src = e.source.label
    covers = e.covers_year(year)
    if differs and covers is False:
        return [Finding("target_mismatch", "info",
                        f"{src} đặt chỉ tiêu này {expected} cho {e.period}; văn bản ghi {found} cho năm {year}.",
                        f"{src} sets {expected} for {e.period} only; the document states {found} for {year}.",
                        "target_mismatch.period", **base)]
    if differs:
        return [Finding("target_mismatch", "warning",
                        f"Chỉ tiêu khác {src} ({e.period or e.year}): văn bản ghi {found}, {src} đặt {expected}.",
                        f"Target differs from {src} ({e.period or e.year}): document {found}, catalogue {expected}.",
                        "target_mismatch.value", **base)]
    if doc_cmp != cat_cmp and cat_cmp != "range" and doc_cmp != "range":
        return [Finding("target_mismatch", "info",
                        f"So sánh khác {src}: văn bản ghi {found} ({ind.get('target_comparator')}), "
                        f"{src} ghi '{e.comparator_text}' ({cat_cmp}).",
                        f"Comparator differs from {src}: document {doc_cmp}, catalogue {cat_cmp} "
                        f"('{e.comparator_text}').", "target_mismatch.comparator", **base)]
    return []


def meets(actual: float, cmp_: str, value: float, high: Optional[float] = None, lower_is_better: bool = False) -> bool:
    """Whether an actual value meets a target (cmp, value, high)."""
    if cmp_ == "range":
        return (actual >= value) if not lower_is_better else (actual <= (high if high is not None else value))
    if lower_is_better or cmp_ in ("<=", "<"):
        return actual < value if cmp_ == "<" else actual <= value
    return actual > value if cmp_ == ">" else actual >= value


def achieved_findings(ind: dict, e: Optional[Entry], year: Optional[int]) -> list[Finding]:
    actual = ind.get("actual_value")
    stated = None if ind.get("achieved") is None else bool(ind["achieved"])
    computed, against = None, None
    if actual is not None and ind.get("target_value") is not None and _units_ok(ind):
        computed = meets(actual, _target_cmp(ind.get("target_comparator")), ind["target_value"],
                         ind.get("target_high"), bool(ind.get("lower_is_better")))
        against = _target_text(_target_cmp(ind.get("target_comparator")), ind["target_value"],
                               ind.get("target_high"), ind.get("target_unit") or "%")
    elif actual is not None and e is not None and e.covers_year(year) and e.unit.startswith("%") and _units_ok(ind):
        computed = meets(actual, e.comparator, e.value, e.high)
        against = f"{_target_text(e.comparator, e.value, e.high)} ({e.source.label})"
    result = stated if stated is not None else computed
    if result is None:
        return []
    found = _pct(actual) if actual is not None and (ind.get("actual_unit") or "%") == "%" else (
        _num(actual) if actual is not None else (ind.get("status") or ""))
    base = dict(indicator_id=ind["id"], catalogue_id=ind.get("catalogue_id"), expected=against, found=found, **_at(ind))
    label = (ind.get("label") or "")[:80]
    if stated is not None and computed is not None and stated != computed:
        return [Finding("achieved" if stated else "not_achieved", "warning",
                        f"Văn bản ghi '{ind.get('status') or ('đạt' if stated else 'chưa đạt')}' nhưng kết quả "
                        f"{found} so với chỉ tiêu {against} là {'đạt' if computed else 'chưa đạt'}: {label}",
                        f"Stated {'achieved' if stated else 'not achieved'} but {found} against {against} is "
                        f"{'achieved' if computed else 'not achieved'}.", "achieved.stated_vs_computed", **base)]
    rule = "achieved.stated" if stated is not None else "achieved.computed"
    if result:
        return [Finding("achieved", "info", f"Đạt: {found} so với chỉ tiêu {against or '(văn bản ghi đạt)'} — {label}",
                        f"Achieved: {found} against {against or '(stated)'}.", rule, **base)]
    return [Finding("not_achieved", "warning", f"Chưa đạt: {found} so với chỉ tiêu {against or '?'} — {label}",
                    f"Not achieved: {found} against {against or '(stated)'}.", rule, **base)]


def _units_ok(ind: dict) -> bool:
    return (ind.get("actual_unit") or "%") == (ind.get("target_unit") or "%")


def conflict_findings(ind: dict, e: Entry, groups: dict[str, list[Entry]]) -> list[Finding]:
    others = groups.get(e.id) or []
    if not others:
        return []
    listed = "; ".join(f"{o.id} {o.source.label} {_target_text(o.comparator, o.value, o.high, '%' if o.unit.startswith('%') else o.unit)} ({o.period})"
                       for o in others)
    own = f"{e.id} {e.source.label} {_target_text(e.comparator, e.value, e.high, '%' if e.unit.startswith('%') else e.unit)} ({e.period})"
    tags = ", ".join(e.conflicts) or "conflicts_with"
    follows = [o.id for o in others if ind.get("target_value") is not None and o.value == ind["target_value"]
               and (e.value != ind["target_value"])]
    extra_vi = f" Chỉ tiêu của văn bản trùng với {', '.join(follows)}." if follows else ""
    extra_en = f" The document's target follows {', '.join(follows)}." if follows else ""
    return [Finding("conflicting_sources", "info",
                    f"Các nguồn không thống nhất ({tags}): {own} — khác với {listed}.{extra_vi}",
                    f"Sources disagree ({tags}): {own} vs {listed}.{extra_en}", "conflicting_sources.catalogue",
                    indicator_id=ind["id"], catalogue_id=e.id, expected=own, found=listed, **_at(ind))]


def unmatched_finding(ind: dict, m: Match) -> Finding:
    near = f"{m.best.entry.id} ({m.best.score:.0f})" if m.best else "—"
    return Finding("unmatched", "info",
                   f"Không tìm thấy chỉ tiêu tương ứng trong danh mục; gần nhất: {near}.",
                   f"No catalogue entry matches; nearest: {near}.", "unmatched.below_threshold",
                   indicator_id=ind["id"], catalogue_id=m.best.entry.id if m.best else None, **_at(ind))


def _entry(cat: Catalogue, entry_id: Optional[str]) -> Optional[Entry]:
    try:
        return cat.get(entry_id) if entry_id else None
    except KeyError:
        return None


def indicator_findings(db, doc_id: int, matches: dict[int, Match], cat: Catalogue,
                       groups: dict[str, list[Entry]], contexts: Optional[dict] = None) -> list[Finding]:
    from extractor.check.matching import document_year, row_context
    doc = next(iter(read(db, "select issued_date from documents where id = ?", [doc_id])), {}) or {}
    out = []
    # corrected values: a reviewer's target, result or catalogue entry is what is checked
    for ind in read(db, "select * from effective_indicators where document_id = ?", [doc_id]):
        m = matches.get(ind["id"])
        e = _entry(cat, ind.get("catalogue_id"))
        _, year = row_context(db, ind, cat, document_year(doc.get("issued_date")), contexts)
        if e is None:
            if m is not None:
                out.append(unmatched_finding(ind, m))
        else:
            out.extend(target_findings(ind, e, year))
            out.extend(conflict_findings(ind, e, groups))
        out.extend(achieved_findings(ind, e, year))
    return out


# --- driver ---------------------------------------------------------------------------------------

# A table cell's column heading ('DT 2026 với UT 2025 (%)') says what its percentages compare.
QUANTITIES_WITH_HEADERS = """
select q.*, (select group_concat(c.text, ' ') from cells c
             where c.block_id = q.block_id and c.row < min(q.row, 3)
               and c.col <= q.col and q.col < c.col + c.colspan) as header
from effective_quantities q where q.document_id = ? order by q.start
"""


def document_findings(db, doc_id: int, matcher: Matcher, groups: dict[str, list[Entry]]) -> list[Finding]:
    contexts: dict = {}                 # each row's context, found while matching, read again below
    matches = match_document(db, doc_id, matcher, contexts)
    quantities = list(read(db, QUANTITIES_WITH_HEADERS, [doc_id]))
    doc = next(iter(read(db, "select text from documents where id = ?", [doc_id])), {}) or {}
    found = indicator_findings(db, doc_id, matches, matcher.cat, groups, contexts)
    found += ratio_findings(quantities) + parts_apart_findings(quantities)
    found += sum_findings(quantities, doc.get("text") or "") + range_findings(quantities)
    for f in found:
        f.document_id = doc_id
    return found


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


def _write(db, doc_id: int, findings: Iterable[Finding]) -> int:
    # a Finding holds plain values only: a shallow dict is what asdict's deep copy gave
    rows = [{name: getattr(f, name) for name in _FINDING_FIELDS} for f in findings]
    db.execute("delete from checks where document_id = ?", [doc_id])
    insert_rows(db, "checks", rows, ids=False)
    update_row(db, "documents", doc_id, {"checked_at": time.strftime("%Y-%m-%dT%H:%M:%S")})
    return len(rows)


@dataclass
class Checker:
    """What checking needs, prepared once per run: the catalogue (loaded into the database when
    its files changed), its conflict groups, and its matcher, fitted when a document is first
    checked (fitting segments the catalogue's wordings: a second run over unchanged files, which
    checks nothing, no longer pays that second)."""
    cat: Catalogue
    groups: dict
    _matcher: Optional[Matcher] = None

    @classmethod
    def prepare(cls, db) -> "Checker":
        """In the caller's write transaction when one is open (a batch prepares it when it saves a
        first document: the catalogue's rows are written with that document's), else in its own."""
        if db.conn.in_transaction:
            cat = catmod.ensure_loaded(db)
        else:
            with transaction(db):
                cat = catmod.ensure_loaded(db)
        return cls(cat, catmod.conflict_groups(cat))

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            from extractor.check.matching import default_matcher
            self._matcher = default_matcher() if default_matcher().cat is self.cat else Matcher(self.cat)
        return self._matcher

    def check_document(self, db, doc_id: int, families_written: bool = False) -> int:
        """Match and check one document, replacing its checks; inside the caller's transaction
        (the batch saves a document and its checks together). Returns the number of checks.
        `families_written`: its rows were saved with their families just now (store.database)."""
        from extractor.check import plans
        with db.atomic():
            if not families_written:
                assign_families(db, doc_id)
            if plans.is_other_file(db, doc_id):
                return plans.clear_other_file(db, doc_id)
            is_plan = plans.write_entries(db, doc_id) > 0      # its targets become catalogue entries
            found = document_findings(db, doc_id, self.matcher, self.groups)
            found = plans.drop_unmatched(found, plans.match_cited(db, doc_id, self.matcher))
            n = _write(db, doc_id, found)
            if is_plan:                  # reports saved before the plan they answer: match them again
                for other in plans.citing_documents(db, doc_id):
                    self.check_document(db, other)
            return n


def run_checks(db, doc_ids: Iterable[int]) -> int:
    """Match and check the given documents, each in its own transaction; their previous checks are
    replaced. Returns the count."""
    checker = Checker.prepare(db)
    total = 0
    for doc_id in doc_ids:
        with transaction(db):
            total += checker.check_document(db, doc_id)
    return total


def run_all_checks(db) -> int:
    ids = [r["id"] for r in read(db, "select id from documents where status in ('ok', 'partial') order by id")]
    return run_checks(db, ids)
