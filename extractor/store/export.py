"""Exports of the effective (reviewer-corrected) tables to CSV, JSON and Excel.

`export(db, fmt, what, out)` is the public entry point. CSV and JSON keep the database's column
names (they are for programs); the Excel workbook has Vietnamese headers, numbers as numbers, a
percentage format where the row's unit is '%', frozen header rows, and a pivot sheet of catalogue
indicators × provinces × periods.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Optional

import sqlite_utils

from extractor.errors import ChitieuError
from extractor.store.labels import column_label

FORMATS = ("csv", "xlsx", "json")


class ExportError(ChitieuError):
    """An export was asked for in a way that cannot be done."""


@dataclass(frozen=True)
class Spec:
    sheet: str                      # Excel sheet name (Vietnamese, ≤ 31 characters)
    view: str
    columns: tuple[str, ...]        # from the view; document_path and province come from documents
    # (value column, unit column): shown as a percentage when the row's unit is '%'; no unit
    # column means always a percentage.
    percent_by: tuple[tuple[str, Optional[str]], ...] = ()


PROV_TAIL = ("page", "start", "end", "text", "rule", "row_key", "corrected")
SPECS: dict[str, Spec] = {
    "indicators": Spec("Chỉ tiêu", "effective_indicators", (
        "id", "document_path", "province", "ordinal", "label", "level", "target_comparator",
        "target_value", "target_high", "target_unit", "target_year", "target_period",
        "actual_comparator", "actual_value", "actual_unit", "actual_period", "status", "status_norm",
        "achieved", "lower_is_better", "catalogue_id", "match_score", "confidence", *PROV_TAIL),
        (("target_value", "target_unit"), ("target_high", "target_unit"), ("actual_value", "actual_unit"))),
    "quantities": Spec("Số liệu", "effective_quantities", (
        "id", "document_path", "province", "kind", "value", "high", "numerator", "denominator", "unit",
        "comparator", "stated_percent", "subject", "uncertain", "context", *PROV_TAIL),
        (("value", "unit"), ("high", "unit"), ("stated_percent", None))),
    "legal_refs": Spec("Văn bản dẫn chiếu", "effective_legal_refs", (
        "id", "document_path", "province", "kind", "number", "year", "symbol", "issuer", "issued_date",
        "date_text", "key", "relation", "title", "mentions", "repaired", *PROV_TAIL)),
    "checks": Spec("Kiểm tra", "effective_checks", (
        "id", "document_path", "province", "kind", "severity", "message", "message_en", "expected",
        "found", "catalogue_id", "indicator_id", "quantity_id", *PROV_TAIL)),
    "documents": Spec("Văn bản", "effective_documents", (
        "id", "path", "format", "status", "error", "doc_type", "number", "symbol", "issuer", "province",
        "place", "issued_date", "title", "signer", "parent_doc_type", "parent_number", "parent_symbol",
        "parent_issuer", "parent_date", "pages", "chars", "blocks", "ocr", "size", "extractor_version",
        "extracted_at", "seconds", "row_key", "corrected")),
}
WHAT = tuple(SPECS)
PIVOT_SHEET = "Ma trận chỉ tiêu"


def export(db: sqlite_utils.Database, fmt: str, what: Optional[str] = None,
           out: Optional[IO | str | Path] = None) -> None:
    """Write one table (or, for xlsx and json, all of them when `what` is None) to `out`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if what is not None and what not in SPECS:
        raise ExportError(f"unknown table {what!r} (one of {', '.join(WHAT)})")
    if fmt == "csv" and what is None:
        raise ExportError("CSV holds one table: say which with --what")
    if fmt == "xlsx":
        write_xlsx(db, [what] if what else list(WHAT), out, pivot=what is None)
    elif fmt == "csv":
        _write_text(out, lambda f: write_csv(db, what, f))
    else:
        data = rows(db, what) if what else {w: rows(db, w) for w in WHAT}
        _write_text(out, lambda f: json.dump(data, f, ensure_ascii=False, indent=2, default=str))


def _write_text(out, write) -> None:
    if out is None or hasattr(out, "write"):
        write(out if out is not None else sys.stdout)
        return
    with open(out, "w", encoding="utf-8", newline="") as f:
        write(f)


def select_sql(what: str) -> str:
    spec = SPECS[what]
    cols = ", ".join(_col_sql(spec, c) for c in spec.columns)
    if what == "documents":
        return f"SELECT {cols} FROM effective_documents t ORDER BY t.path"
    return (f"SELECT {cols} FROM [{spec.view}] t LEFT JOIN documents d ON d.id = t.document_id "
            f"ORDER BY d.path, t.start, t.id")


def _col_sql(spec: Spec, col: str) -> str:
    if col == "document_path":
        return "d.path AS document_path"
    if col == "province" and spec.view != "effective_documents":
        return "d.province AS province"
    return f"t.[{col}]"


def rows(db: sqlite_utils.Database, what: str) -> list[dict]:
    return [dict(r) for r in db.query(select_sql(what))]


def write_csv(db: sqlite_utils.Database, what: str, f: IO) -> None:
    w = csv.writer(f)
    w.writerow(SPECS[what].columns)
    for r in db.execute(select_sql(what)):
        w.writerow(["" if v is None else v for v in r])


# --- Excel ------------------------------------------------------------------------------------------

ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CELL = 32_000          # Excel's limit is 32,767 characters


def number_format(value: float, percent: bool) -> str:
    """Keep the stored number (93.6 stays 93.6) and show it as 93.6% when the unit is '%'."""
    integral = float(value).is_integer()
    if percent:
        return '0"%"' if integral else '0.0##"%"'
    return "#,##0" if integral else "#,##0.0##"


# Columns holding amounts: these get thousands separators (and '%' by unit). Ids, years, pages
# and offsets keep Excel's General format, so 2020 does not read '2,020'.
MEASURES = {"target_value", "target_high", "actual_value", "value", "high", "numerator", "denominator",
            "stated_percent", "size", "chars", "seconds", "catalogue_target"}


def _put(ws, row: int, col: int, value, percent: bool = False, measure: bool = False) -> None:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = ILLEGAL.sub(" ", value)[:MAX_CELL]
        cell.data_type = "s"        # text such as '=87,3%' must not become a formula
    else:
        cell.value = value
        if (measure or percent) and isinstance(value, (int, float)) and not isinstance(value, bool):
            cell.number_format = number_format(value, percent)


def _header(ws, labels: list[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for j, label in enumerate(labels, 1):
        _put(ws, 1, j, label)
        c = ws.cell(row=1, column=j)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"


def _widths(ws, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = max(8, min(w + 2, 60))


def _percent_columns(spec: Spec, r: dict) -> set[str]:
    out = {v for v, u in spec.percent_by if u is None or r.get(u) == "%"}
    # a result written without its unit shares the target's ('đạt 95' under a '%' target)
    if "actual_value" in r and r.get("actual_unit") is None and r.get("target_unit") == "%":
        out.add("actual_value")
    return out


def _sheet(wb, what: str, data: list[dict]) -> None:
    spec = SPECS[what]
    ws = wb.create_sheet(spec.sheet)
    labels = [column_label(spec.view, c) for c in spec.columns]
    _header(ws, labels)
    widths = [len(x) for x in labels]
    for i, r in enumerate(data, 2):
        pct = _percent_columns(spec, r)
        for j, c in enumerate(spec.columns, 1):
            _put(ws, i, j, r[c], c in pct, c in MEASURES)
            if i < 200:  # widths from the first rows are enough
                widths[j - 1] = max(widths[j - 1], len(str(r[c] or "")))
    _widths(ws, widths)
    if data:
        ws.auto_filter.ref = ws.dimensions


def pivot(db: sqlite_utils.Database) -> tuple[list[str], list[list]]:
    """Rows (catalogue indicator, unit, catalogue target, province) × one column per period; each
    cell is the reported result, from the latest document when several report the same cell."""
    data = list(db.query(
        "SELECT m.catalogue_id, m.catalogue_indicator, coalesce(m.actual_unit, m.target_unit) AS unit, "
        "c.value AS catalogue_target, coalesce(m.province, '') AS province, m.period, m.actual_value "
        "FROM indicator_matrix m LEFT JOIN catalogue c ON c.id = m.catalogue_id "
        "WHERE m.actual_value IS NOT NULL ORDER BY m.issued_date, m.document_id, m.indicator_id"))
    periods = sorted({str(r["period"]) for r in data if r["period"] is not None})
    cells: dict[tuple, dict] = {}
    for r in data:
        key = (r["catalogue_id"], r["catalogue_indicator"], r["unit"], r["catalogue_target"], r["province"])
        cells.setdefault(key, {})[str(r["period"])] = r["actual_value"]   # later documents win
    header = ["Mã danh mục", "Chỉ tiêu danh mục", "Đơn vị", "Mục tiêu danh mục", "Tỉnh/thành phố", *periods]
    table = [[*key, *(vals.get(p) for p in periods)] for key, vals in sorted(cells.items(), key=_pivot_order)]
    return header, table


def _pivot_order(item) -> tuple:
    key = item[0]
    return tuple("" if v is None else str(v) for v in (key[0], key[4]))


def _pivot_sheet(wb, db: sqlite_utils.Database) -> None:
    header, table = pivot(db)
    ws = wb.create_sheet(PIVOT_SHEET)
    _header(ws, header)
    for i, r in enumerate(table, 2):
        percent = r[2] == "%"
        for j, v in enumerate(r, 1):
            _put(ws, i, j, v, percent and (j == 4 or j > 5), measure=j == 4 or j > 5)
    _widths(ws, [12, 60, 8, 12, 16] + [10] * (len(header) - 5))
    ws.freeze_panes = "F2"


def write_xlsx(db: sqlite_utils.Database, whats: list[str], out, pivot: bool = True) -> None:
    from openpyxl import Workbook

    if out is None:
        raise ExportError("an Excel workbook needs a file: give --out FILE.xlsx")
    wb = Workbook()
    wb.remove(wb.active)
    for w in whats:
        _sheet(wb, w, rows(db, w))
    if pivot:
        _pivot_sheet(wb, db)
    if hasattr(out, "write"):
        buf = io.BytesIO()
        wb.save(buf)
        out.write(buf.getvalue())
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        wb.save(out)
