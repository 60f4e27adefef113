"""Exports of the effective (reviewer-corrected) tables to CSV, JSON and Excel.

`export(db, fmt, what, out, excel=False)` is the public entry point. CSV and JSON keep the
database's column names and codes (they are for programs). For people (the workbook, and CSV with
`excel=True`) values speak Vietnamese (display.py: 'Chưa đạt' for achieved 0, 'Cảnh báo' for
'warning', …). The Excel workbook also has Vietnamese headers, numbers as numbers, a percentage
format where the row's unit is '%', dates as dates, frozen header rows, not-achieved rows
highlighted, a print layout (A4 landscape, fit to width, header row repeated on every page), and a
pivot sheet of catalogue indicators (or, without a catalogue entry, indicator families) × provinces ×
periods. CSV for Excel starts with a UTF-8 BOM so
Excel on Windows reads the diacritics.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Optional

import sqlite_utils

from extractor.errors import ChitieuError
from extractor.store.display import DATE_FORMAT, DATETIME_FORMAT, display
from extractor.store.labels import column_label

FORMATS = ("csv", "xlsx", "json")


class ExportError(ChitieuError):
    """An export was asked for in a way that cannot be done."""


@dataclass(frozen=True)
class Spec:
    sheet: str                      # Excel sheet name (Vietnamese, ≤ 31 characters)
    view: str
    # from the view (document_path and province come from documents): the columns a person reads
    # first, then the provenance
    columns: tuple[str, ...]
    # (value column, unit column): shown as a percentage when the row's unit is '%'; no unit
    # column means always a percentage.
    percent_by: tuple[tuple[str, Optional[str]], ...] = ()
    printed: int = 0                # the first `printed` columns are the print area (0: all)
    wrapped: tuple[str, ...] = ()   # long text, wrapped in a narrower column


PROV_TAIL = ("page", "start", "end", "text", "rule", "row_key", "corrected")
INDICATOR_READ = ("id", "province", "ordinal", "label", "level", "target_comparator", "target_value",
                  "target_high", "target_unit", "target_year", "actual_comparator", "actual_value",
                  "actual_unit", "status_norm", "achieved")
QUANTITY_READ = ("id", "province", "kind", "value", "high", "numerator", "denominator", "unit", "comparator",
                 "stated_percent", "subject", "context")
REF_READ = ("id", "province", "kind", "number", "year", "symbol", "issuer", "issued_date", "relation", "title",
            "mentions")
CHECK_READ = ("id", "province", "kind", "severity", "message", "expected", "found", "catalogue_id")
DOCUMENT_READ = ("id", "doc_type", "number", "symbol", "issuer", "province", "issued_date", "title", "status",
                 "pages")
SPECS: dict[str, Spec] = {
    "indicators": Spec("Chỉ tiêu", "effective_indicators", (
        *INDICATOR_READ, "document_path", "target_period", "actual_period", "status", "lower_is_better",
        "catalogue_id", "match_score", "confidence", *PROV_TAIL),
        (("target_value", "target_unit"), ("target_high", "target_unit"), ("actual_value", "actual_unit")),
        len(INDICATOR_READ), ("label",)),
    "quantities": Spec("Số liệu", "effective_quantities", (
        *QUANTITY_READ, "document_path", "uncertain", *PROV_TAIL),
        (("value", "unit"), ("high", "unit"), ("stated_percent", None)), len(QUANTITY_READ), ("subject", "context")),
    "legal_refs": Spec("Văn bản dẫn chiếu", "effective_legal_refs", (
        *REF_READ, "document_path", "date_text", "key", "repaired", *PROV_TAIL), (), len(REF_READ), ("title",)),
    "checks": Spec("Kiểm tra", "effective_checks", (
        *CHECK_READ, "document_path", "message_en", "indicator_id", "quantity_id", *PROV_TAIL),
        (), len(CHECK_READ), ("message",)),
    "documents": Spec("Văn bản", "effective_documents", (
        *DOCUMENT_READ, "path", "format", "error", "place", "signer", "parent_doc_type", "parent_number",
        "parent_symbol", "parent_issuer", "parent_date", "chars", "blocks", "ocr", "size", "extractor_version",
        "extracted_at", "seconds", "row_key", "corrected"), (), len(DOCUMENT_READ), ("title",)),
}
WHAT = tuple(SPECS)
PIVOT_SHEET = "Ma trận chỉ tiêu"


def export(db: sqlite_utils.Database, fmt: str, what: Optional[str] = None,
           out: Optional[IO | str | Path] = None, excel: bool = False) -> None:
    """Write one table (or, for xlsx and json, all of them when `what` is None) to `out`.

    `excel` (CSV only): a UTF-8 BOM, Vietnamese headers and Vietnamese values, for Excel users."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if what is not None and what not in SPECS:
        raise ExportError(f"unknown table {what!r} (one of {', '.join(WHAT)})")
    if fmt == "csv" and what is None:
        raise ExportError("CSV holds one table: say which with --what")
    if fmt == "xlsx":
        write_xlsx(db, [what] if what else list(WHAT), out, pivot=what is None)
    elif fmt == "csv":
        _write_text(out, lambda f: write_csv(db, what, f, excel=excel))
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


BOM = "\ufeff"


def write_csv(db: sqlite_utils.Database, what: str, f: IO, excel: bool = False) -> None:
    """Database names and codes; with `excel`, a BOM, Vietnamese headers and values."""
    spec = SPECS[what]
    w = csv.writer(f)
    if excel:
        f.write(BOM)
        w.writerow([column_label(spec.view, c) for c in spec.columns])
    else:
        w.writerow(spec.columns)
    for r in db.execute(select_sql(what)):
        if excel:
            r = [display(what, c, v, dates=False) for c, v in zip(spec.columns, r)]
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
    elif isinstance(value, (dt.date, dt.datetime)):
        cell.value = value
        cell.number_format = DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
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
            value = display(what, c, r[c])
            _put(ws, i, j, value, c in pct, c in MEASURES)
            if i < 200:  # widths from the first rows are enough
                widths[j - 1] = max(widths[j - 1], 10 if isinstance(value, dt.date) else len(str(value or "")))
    _widths(ws, widths)
    if data:
        ws.auto_filter.ref = ws.dimensions
    _wrap(ws, spec, len(data))
    if what in HIGHLIGHT:
        _highlight(ws, spec, HIGHLIGHT[what], len(data))
    _print_layout(ws, spec.printed or len(spec.columns))


# Rows a reader should see first: (column, Vietnamese values) → the row is filled light red.
NOT_MET = "FFC7CE"
HIGHLIGHT = {
    "indicators": ("achieved", ("Chưa đạt",)),
    "checks": ("severity", ("Lỗi", "Cảnh báo")),
}


def _highlight(ws, spec: Spec, rule: tuple[str, tuple[str, ...]], n: int) -> None:
    """Conditional formatting: the whole row red when its `column` holds one of `values` (a rule,
    so it follows a reviewer's edit in Excel)."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    column, values = rule
    if n == 0:
        return
    letter = get_column_letter(spec.columns.index(column) + 1)
    test = ",".join(f'${letter}2="{v}"' for v in values)
    formula = f"OR({test})" if len(values) > 1 else test
    area = f"A2:{get_column_letter(len(spec.columns))}{n + 1}"
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[formula], fill=PatternFill("solid", start_color=NOT_MET, end_color=NOT_MET),
        font=Font(color="9C0006")))


WRAP_WIDTH = 45
MAX_LINES = 8


def _wrap(ws, spec: Spec, n: int) -> None:
    """Long text columns narrower and wrapped, so the printed columns fit a page at a readable size."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    lines = [1] * (n + 2)
    for c in spec.wrapped:
        j = spec.columns.index(c) + 1
        ws.column_dimensions[get_column_letter(j)].width = WRAP_WIDTH
        for i in range(2, n + 2):
            cell = ws.cell(row=i, column=j)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            lines[i] = max(lines[i], min(MAX_LINES, -(-len(str(cell.value or "")) * 10 // (WRAP_WIDTH * 12))))
    # row heights set here: Calc does not size wrapped rows of an xlsx by itself
    top = Alignment(vertical="top")
    for i in range(2, n + 2):
        if lines[i] > 1:
            ws.row_dimensions[i].height = 14.5 * lines[i]
            for cell in ws[i]:
                if not cell.alignment.wrap_text:
                    cell.alignment = top


def _print_layout(ws, printed: int) -> None:
    """A4 landscape, the first `printed` columns (what a person reads; the provenance stays on
    screen) fitted to the page's width, as many pages down as needed, the header row repeated on
    every page, the sheet's name and page number in the footer."""
    from openpyxl.utils import get_column_letter

    ws.print_area = f"A1:{get_column_letter(printed)}{max(ws.max_row, 1)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "&A — trang &P/&N"


PIVOT_HEADER = ["Mã danh mục / nhóm", "Chỉ tiêu danh mục / nhóm chỉ tiêu", "Đơn vị", "Mục tiêu danh mục",
                "Tỉnh/thành phố"]
# Rows keyed by catalogue entry, then rows keyed by indicator family (check/families.py) for the
# indicators catalogue matching left without an entry: the same measure lines up across provinces
# and periods without a catalogue. Provinces under today's units (the views map the old names).
PIVOT_SQL = """SELECT 0 AS by_family, m.catalogue_id AS key_id, m.catalogue_indicator AS key_label,
  coalesce(m.actual_unit, m.target_unit) AS unit, c.value AS catalogue_target,
  coalesce(m.province, '') AS province, m.period, m.actual_value, m.issued_date, m.document_id, m.indicator_id
FROM indicator_matrix m LEFT JOIN catalogue c ON c.id = m.catalogue_id
WHERE m.actual_value IS NOT NULL
UNION ALL
SELECT 1, f.family_id, f.family_label, coalesce(f.actual_unit, f.target_unit, f.family_unit), NULL,
  coalesce(f.province, ''), f.period, f.actual_value, f.issued_date, f.document_id, f.indicator_id
FROM family_matrix f
WHERE f.actual_value IS NOT NULL AND f.catalogue_id IS NULL
ORDER BY issued_date, document_id, indicator_id"""


def pivot(db: sqlite_utils.Database) -> tuple[list[str], list[list]]:
    """Rows (catalogue indicator or, for indicators without a catalogue entry, indicator family;
    unit, catalogue target, province) × one column per period; each cell is the reported result,
    from the latest document when several report the same cell."""
    data = list(db.query(PIVOT_SQL))
    periods = sorted({str(r["period"]) for r in data if r["period"] is not None})
    cells: dict[tuple, dict] = {}
    for r in data:
        key = (r["by_family"], r["key_id"], r["key_label"], r["unit"], r["catalogue_target"], r["province"])
        cells.setdefault(key, {})[str(r["period"])] = r["actual_value"]   # later documents win
    table = [[*key[1:], *(vals.get(p) for p in periods)] for key, vals in sorted(cells.items(), key=_pivot_order)]
    return [*PIVOT_HEADER, *periods], table


def _pivot_order(item) -> tuple:
    """Catalogue rows first, then family rows; each by id and province."""
    key = item[0]
    return (key[0], *("" if v is None else str(v) for v in (key[1], key[5])))


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
    _print_layout(ws, len(header))


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
