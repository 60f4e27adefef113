"""Readable summaries of the checks: the whole database (kind × severity) and one document.

Both read the effective views: reviewers' corrections applied, rejected items left out. One
document's report is extractor/report's records printed as text: Vietnamese words, places as
trang/bảng/dòng/đoạn, never offsets or Python's None."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

from extractor.check.checks import SEVERITIES
from extractor.report import words
from extractor.report.data import (FINDING_PLACE_COLUMNS, FINDING_VALUE_JOINS, SEVERITY_RANK, DocumentReport,
                                   Finding, IndicatorLine, finding)
from extractor.report.places import DocumentPlaces

KINDS = ("target_mismatch", "not_achieved", "achieved", "arithmetic", "out_of_range", "unmatched",
         "conflicting_sources")


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


def top_findings(db, limit: int = 20) -> list[tuple[str, Finding]]:
    """The most severe findings first (errors, then warnings), each with its document's file name."""
    rows = list(db.query(
        f"select c.*, d.path, {FINDING_PLACE_COLUMNS} "
        f"from effective_checks c left join documents d on d.id = c.document_id {FINDING_VALUE_JOINS} "
        "where c.severity in ('error', 'warning') order by c.document_id, c.start"))
    rows = sorted(rows, key=lambda r: (SEVERITY_RANK.get(r["severity"], 9), r["kind"]))[:limit]
    places = {d: DocumentPlaces.of(db, d) for d in {r["document_id"] for r in rows}}
    return [(Path(r.get("path") or "").name, finding(r, places[r["document_id"]])) for r in rows]


def format_finding(f: Finding, file_name: str = "") -> str:
    """'Cảnh báo  Chưa đạt  tệp.pdf, trang 3, bảng 1 dòng 12 [NQ17-11]: message' and the text quoted."""
    where = ", ".join(x for x in (file_name, f.place if f.place != words.NONE else "") if x)
    cat = f" [{f.catalogue_id}]" if f.catalogue_id else ""
    text = f"\n        « {f.text[:90]} »" if f.text and f.text not in f.message else ""
    return f"{f.severity:<9} {f.kind:<23} {where}{cat}: {f.message}{text}"


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


def report_text(r: DocumentReport) -> str:
    h = r.header
    lines = [f"# {' — '.join(x for x in (h.doc_type, h.heading()) if x != words.NONE)}",
             f"Số, ký hiệu: {h.number_symbol}; cơ quan ban hành: {h.issuer}; tỉnh, thành phố: {h.province}; "
             f"ngày ban hành: {h.date}",
             f"Tệp: {h.file_name} ({h.file_format}, số trang: {h.pages}); {h.status}",
             *([f"Bản khác của cùng văn bản: {h.other_files}"] if h.other_files else []),
             "", f"## Chỉ tiêu ({len(r.indicators)})"]
    if not r.indicators:
        lines.append("(không có)")
    for ind in r.indicators:
        lines += indicator_lines(ind)
    counts = "; ".join(f"{n} {w}" for w, n in r.counts())
    lines += ["", f"## Kết quả kiểm tra ({len(r.findings)}{': ' + counts if counts else ''})"]
    if not r.findings:
        lines.append("(không có)")
    lines += [format_finding(f) for f in r.findings]
    return "\n".join(lines)


def indicator_lines(ind: IndicatorLine) -> list[str]:
    unit = None if ind.unit == words.NONE else ind.unit
    head = " ".join(x for x in ("-", ind.ordinal, ind.label[:110]) if x)
    level = f" [cấp {ind.level}]" if ind.level else ""
    fixed = " (đã hiệu đính)" if ind.corrected else ""
    year = f" năm {ind.year}" if ind.year else ""
    out = [head + level + fixed,
           f"    mục tiêu {words.with_unit(ind.target, unit)}{year}; kết quả {words.with_unit(ind.result, unit)}; "
           f"đánh giá: {ind.status}; vị trí: {ind.place}"]
    out.append(f"    ↳ danh mục: {ind.catalogue}" if ind.catalogue else "    ↳ không khớp danh mục")
    return out
