"""Readable summaries of the checks: the whole database (kind × severity) and one document.

Both read the effective views: reviewers' corrections applied, rejected items left out."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

from extractor.check.checks import SEVERITIES

KINDS = ("target_mismatch", "not_achieved", "achieved", "arithmetic", "out_of_range", "unmatched",
         "conflicting_sources")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def summary_table(db) -> str:
    """Counts of checks by kind (rows) and severity (columns)."""
    counts = Counter((r["kind"], r["severity"]) for r in db.query("select kind, severity from effective_checks"))
    kinds = [k for k in KINDS if any(c[0] == k for c in counts)] + sorted(
        {k for k, _ in counts if k not in KINDS})
    width = max([len(k) for k in kinds] + [10])
    lines = [f"{'kind':<{width}} " + " ".join(f"{s:>8}" for s in SEVERITIES) + f" {'total':>8}"]
    for k in kinds:
        row = [counts.get((k, s), 0) for s in SEVERITIES]
        lines.append(f"{k:<{width}} " + " ".join(f"{n:>8}" for n in row) + f" {sum(row):>8}")
    total = [sum(counts.get((k, s), 0) for k in kinds) for s in SEVERITIES]
    lines.append(f"{'total':<{width}} " + " ".join(f"{n:>8}" for n in total) + f" {sum(total):>8}")
    return "\n".join(lines)


def top_findings(db, limit: int = 20) -> list[dict]:
    """The most severe findings first (errors, then warnings), with their document's file name."""
    rows = db.query(
        "select c.*, d.path from effective_checks c left join documents d on d.id = c.document_id "
        "where c.severity in ('error', 'warning') order by c.document_id, c.start")
    rows = sorted(rows, key=lambda r: (SEVERITY_RANK.get(r["severity"], 9), r["kind"]))
    return rows[:limit]


def format_finding(r: dict, with_path: bool = True) -> str:
    where = Path(r.get("path") or "").name if with_path else ""
    loc = f"{where} @{r['start']}" if where else f"@{r['start']}"
    cat = f" [{r['catalogue_id']}]" if r.get("catalogue_id") else ""
    text = " ".join((r.get("text") or "").split())[:90]
    return f"{r['severity']:<7} {r['kind']:<19} {loc}{cat}: {r['message']}\n        « {text} »"


def find_document(db, ref: str) -> Optional[dict]:
    """A document by id, path, file name or file stem."""
    if ref.isdigit():
        row = next(iter(db.query("select * from documents where id = ?", [int(ref)])), None)
        if row:
            return row
    for sql, arg in (("path = ?", ref), ("path like ?", f"%/{Path(ref).name}"),
                     ("path like ?", f"%/{Path(ref).stem}.%"), ("path like ?", f"%{ref}%")):
        rows = list(db.query(f"select * from documents where {sql} order by id", [arg]))
        if rows:
            return rows[0]
    return None


def document_report(db, doc: dict) -> str:
    lines = []
    if doc.get("same_as"):                # another file of a document: its primary file is what is read
        primary = next(iter(db.query("select * from documents where id = ?", [doc["same_as"]])), None)
        if primary:
            lines.append(f"({doc['path']} là một tệp khác của cùng văn bản, giống {doc.get('same_similarity')}: "
                         f"báo cáo theo tệp chính / another file of the same document: reported from its primary file)")
            doc = primary
    lines.append(f"# {doc['path']}  (id {doc['id']}, {doc.get('format')}, status {doc.get('status')})")
    lines += _files_lines(db, doc)
    meta = " ".join(f"{k}={doc[k]}" for k in ("doc_type", "number", "symbol", "issuer", "issued_date") if doc.get(k))
    if meta:
        lines.append(meta)
    lines += ["", "## Indicators"]
    inds = list(db.query("select * from effective_indicators where document_id = ? order by start", [doc["id"]]))
    if not inds:
        lines.append("(none)")
    for ind in inds:
        lines += _indicator_lines(db, ind)
    lines += ["", "## Findings"]
    checks = list(db.query("select * from effective_checks where document_id = ? order by start, kind", [doc["id"]]))
    if not checks:
        lines.append("(none)")
    for sev in SEVERITIES:
        for r in (c for c in checks if c["severity"] == sev):
            lines.append(format_finding(r, with_path=False))
    counts = Counter((c["kind"], c["severity"]) for c in checks)
    if counts:
        lines += ["", "counts: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(counts.items()))]
    return "\n".join(lines)


def _files_lines(db, doc: dict) -> list[str]:
    """The document's files when it was saved in several formats (view document_files)."""
    files = list(db.query("select * from document_files where document_id = ?", [doc["id"]]))
    if len(files) < 2:
        return []
    return ["tệp / files: " + "; ".join(f"{Path(f['path']).name} ({f['format']}, {f['role']})" for f in files)]


def _indicator_lines(db, ind: dict) -> list[str]:
    target = _fmt_target(ind.get("target_comparator"), ind.get("target_value"), ind.get("target_high"),
                         ind.get("target_unit"))
    actual = _fmt_target(ind.get("actual_comparator"), ind.get("actual_value"), None, ind.get("actual_unit"))
    head = f"- {ind.get('ordinal') or ''} {(ind.get('label') or '')[:110]}".replace("-  ", "- ")
    lvl = f" [{ind['level']}]" if ind.get("level") else ""
    year = f" {ind['target_year']}" if ind.get("target_year") else ""
    out = [head + lvl, f"    target {target}{year}; actual {actual}; status {ind.get('status') or '—'}"]
    if ind.get("catalogue_id"):
        cat = next(iter(db.query("select * from catalogue where id = ?", [ind["catalogue_id"]])), {}) or {}
        out.append(f"    ↳ {ind['catalogue_id']} ({ind.get('match_score')}) {cat.get('source', '')} "
                   f"{cat.get('period', '')}: {_fmt_target(cat.get('comparator'), cat.get('value'), cat.get('high'), cat.get('unit'))}"
                   f" — runner-up {ind.get('runner_up_id')} ({ind.get('runner_up_score')})")
    else:
        out.append(f"    ↳ unmatched (best {ind.get('match_score')}; runner-up {ind.get('runner_up_id')})")
    return out


def _fmt_target(cmp_, value, high, unit) -> str:
    if value is None:
        return "—"
    u = unit or ""
    v = f"{value:g}{u if u == '%' else ' ' + u}".strip()
    if cmp_ == "range" and high is not None:
        return f"{value:g}–{high:g}{u if u == '%' else ' ' + u}".strip()
    return f"{cmp_ or ''}{v}"
