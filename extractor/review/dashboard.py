"""The dashboard's figures, as plain dicts ready for JSON: one indicator family across provinces and
period by period (the views family_matrix and family_series, store/family_views.py), and the share
of targets met in each document (the achieved / not_achieved checks on the effective indicators, so
reviewers' corrections count). The page draws them with Chart.js; the API serves the same dict.
"""
from __future__ import annotations

from pathlib import PurePosixPath
from typing import Optional

MAX_OPTIONS = 300                  # families offered in the selector, most populated first

# "Most populated": the most provinces, then the most province × period cells holding a value, then
# the most values (the first chart compares provinces, the second periods).
FAMILIES_SQL = """
select m.family_id as id, m.family_label as label, m.family_unit as unit, m.family_level as level,
  count(*) as n_values, count(distinct m.province) as n_provinces, count(distinct m.period) as n_periods,
  count(distinct m.document_id) as n_documents
from family_matrix m
where m.actual_value is not null or m.target_value is not null
group by m.family_id
order by count(distinct m.province) desc,
  count(distinct coalesce(m.province, '') || '|' || coalesce(m.period, '')) desc, count(*) desc,
  m.family_label, m.family_id
limit ?"""

# One row per (province, period) with a value: the average result and target of its documents.
CELLS_SQL = """
select coalesce(m.province, '') as province, coalesce(m.period, '') as period,
  avg(m.actual_value) as actual, avg(m.target_value) as target, count(distinct m.document_id) as documents
from family_matrix m
where m.family_id = ? and (m.actual_value is not null or m.target_value is not null)
group by 1, 2
order by 1, 2"""

SERIES_SQL = """
select period, provinces, documents, results, actual_min, actual_avg, actual_max, target_min, target_max
from family_series where family_id = ? and period is not null order by period"""

# Per document: indicators the checks judged achieved or not (one finding per indicator).
TARGETS_SQL = """
select d.id, d.path, d.province, d.doc_type, d.number, d.symbol,
  count(distinct case when c.kind = 'achieved' then c.indicator_id end) as met,
  count(distinct case when c.kind = 'not_achieved' then c.indicator_id end) as not_met
from effective_checks c
join effective_indicators i on i.id = c.indicator_id
join effective_documents d on d.id = c.document_id
where c.kind in ('achieved', 'not_achieved')
group by d.id
order by 1.0 * met / (met + not_met) desc, met + not_met desc, d.path"""


def vn_number(value: Optional[float]) -> str:
    """As Vietnamese write it: 29.000 and 93,6 (the page's tables; the charts use the vi-VN locale)."""
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def family_options(db, limit: int = MAX_OPTIONS) -> list[dict]:
    return [dict(r) for r in db.query(FAMILIES_SQL, [limit])]


def family_info(db, family_id: str) -> Optional[dict]:
    row = next(iter(db.query("select id, label, unit, level from families where id = ?", [family_id])), None)
    return dict(row) if row else None


def latest_cell(cells: list[dict]) -> dict:
    """A province's latest period with a result, or, when it has none, its latest with a target."""
    with_result = [c for c in cells if c["actual"] is not None]
    return max(with_result or cells, key=lambda c: c["period"])


def by_province(db, family_id: str) -> list[dict]:
    """One bar per province (today's unit): its latest result and the target of that period,
    highest result first. Values whose document names no province still get a bar, last
    (province None: the page says '(không rõ tỉnh)')."""
    cells: dict[str, list[dict]] = {}
    for r in db.query(CELLS_SQL, [family_id]):
        cells.setdefault(r["province"], []).append(dict(r))
    rows = [{"province": p or None, **{k: v for k, v in latest_cell(c).items() if k != "province"}}
            for p, c in cells.items()]
    return sorted(rows, key=lambda r: (r["province"] is None, r["actual"] is None, -(r["actual"] or 0),
                                       -(r["target"] or 0), r["province"] or ""))


def series(db, family_id: str) -> list[dict]:
    return [dict(r) for r in db.query(SERIES_SQL, [family_id])]


def document_label(row: dict) -> str:
    """The file name (the same report may be there as .docx and .pdf), and the province."""
    name = PurePosixPath(row["path"].replace("\\", "/").split("!")[-1]).name
    return f"{name} · {row['province']}" if row.get("province") else name


def targets_met(db) -> list[dict]:
    out = []
    for r in db.query(TARGETS_SQL):
        judged = r["met"] + r["not_met"]
        out.append({"id": r["id"], "label": document_label(r), "met": r["met"], "not_met": r["not_met"],
                    "share": round(100.0 * r["met"] / judged, 1)})
    return out


def dashboard_data(db, family_id: Optional[str] = None) -> dict:
    """Everything the page draws. Without a family (or an unknown one), the most populated."""
    options = family_options(db)
    family = family_info(db, family_id) if family_id else None
    if family is None and options:
        family = family_info(db, options[0]["id"])
    fid = family["id"] if family else None
    return {"families": options, "family": family,
            "by_province": by_province(db, fid) if fid else [],
            "series": series(db, fid) if fid else [],
            "targets": targets_met(db)}
