"""Views for people: the corrected rows with the columns a person reads first and in words.

Datasette shows a table's columns in the order of its CREATE TABLE and cannot reorder them; these
views are the pages `chitieu serve` leads to (the raw tables' pages link to them). Each opens on
what was measured and the figures as written in Vietnamese ("≥ 80%", "Chưa đạt"), then the
document and page, the province (today's unit after the 1 July 2025 mergers, the written name
kept) and period, then the numbers as numbers and the provenance. They read the effective_* views,
so reviewers' corrections apply.

* chi_tieu: indicators (effective_indicators)
* so_lieu: quantities (effective_quantities)
* kiem_tra: checks (effective_checks)
"""
from __future__ import annotations

import sqlite_utils

from extractor.store.display import COMPARATOR, STATUS_NORM
from extractor.store.provinces import province_today_sql, quote
from extractor.store.views import PERIOD, replace_view

# Not yet judged: neither a result compared with its target nor a status written in the document.
UNJUDGED = "Chưa đánh giá"


def number_sql(expr: str) -> str:
    """SQL: a number as Vietnamese write it, decimal comma, no '.0' (45.5 → '45,5', 30.0 → '30')."""
    return (f"CASE WHEN {expr} IS NULL THEN NULL WHEN {expr} = CAST({expr} AS INTEGER) "
            f"THEN CAST(CAST({expr} AS INTEGER) AS TEXT) ELSE replace(CAST({expr} AS TEXT), '.', ',') END")


def with_unit_sql(value: str, unit: str) -> str:
    """'45,5%' (the percent sign joined), '54919 hồ sơ' (other units after a space)."""
    return (f"{number_sql(value)} || CASE WHEN {unit} IS NULL THEN '' WHEN {unit} = '%' THEN '%' "
            f"ELSE ' ' || {unit} END")


def comparator_sql(column: str) -> str:
    """'≥ ' for '>=', 'khoảng ' for '~' …, '' for none and for 'range' (shown as low–high)."""
    whens = " ".join(f"WHEN {quote(k)} THEN {quote(v + ' ')}" for k, v in COMPARATOR.items()
                     if k not in ("range", "="))
    return f"CASE {column} {whens} ELSE '' END"


def target_sql() -> str:
    low = with_unit_sql("i.target_value", "i.target_unit")
    rng = f"{number_sql('i.target_value')} || ' – ' || {with_unit_sql('i.target_high', 'i.target_unit')}"
    return (f"CASE WHEN i.target_value IS NULL THEN NULL "
            f"WHEN i.target_comparator = 'range' AND i.target_high IS NOT NULL THEN {rng} "
            f"ELSE {comparator_sql('i.target_comparator')} || {low} END")


def result_sql() -> str:
    # a result written without its unit shares the target's ('đạt 95' under a '%' target)
    unit = "coalesce(i.actual_unit, i.target_unit)"
    return (f"CASE WHEN i.actual_value IS NULL THEN NULL "
            f"ELSE {comparator_sql('i.actual_comparator')} || {with_unit_sql('i.actual_value', unit)} END")


def status_sql() -> str:
    """'Đạt' / 'Chưa đạt' where a result meets (or not) its target, else the status the document
    wrote ('Hoàn thành', 'Đang thực hiện' …), else 'Chưa đánh giá'."""
    norm = " ".join(f"WHEN {quote(k)} THEN {quote(v)}" for k, v in STATUS_NORM.items())
    return (f"CASE i.achieved WHEN 1 THEN 'Đạt' WHEN 0 THEN 'Chưa đạt' "
            f"ELSE coalesce(CASE i.status_norm {norm} ELSE i.status_norm END, {quote(UNJUDGED)}) END")


def document_sql() -> str:
    """'Kế hoạch số 45/KH-UBND' when the document's number and symbol were read, else its path."""
    numbered = "trim(coalesce(d.doc_type, 'Văn bản') || ' số ' || d.number || '/' || d.symbol)"
    return f"CASE WHEN d.number IS NOT NULL AND d.symbol IS NOT NULL THEN {numbered} ELSE d.path END"


def where_sql() -> str:
    return (f"{province_today_sql('d.province')} AS province, d.province AS province_written")


def chi_tieu_sql() -> str:
    return f"""SELECT
  i.label, i.level, {target_sql()} AS target, {result_sql()} AS result, {status_sql()} AS status,
  {document_sql()} AS document, i.page, {where_sql()}, {PERIOD} AS period, i.ordinal,
  i.target_comparator, i.target_value, i.target_high, i.target_unit, i.target_year,
  i.actual_comparator, i.actual_value, i.actual_unit, i.actual_period, i.status AS status_written,
  i.status_norm, i.achieved, i.catalogue_id, i.family_id, d.doc_type, d.issued_date,
  i.id, i.document_id, i.block_id, i.start, i.[end], i.rule, i.text, d.path AS document_path,
  i.row_key, i.corrected
FROM effective_indicators i
JOIN documents d ON d.id = i.document_id"""


def so_lieu_sql() -> str:
    return f"""SELECT
  q.text, q.kind, q.value, q.unit, q.subject, q.context, {document_sql()} AS document, q.page,
  {where_sql()}, substr(d.issued_date, 1, 4) AS period,
  q.high, q.numerator, q.denominator, q.stated_percent, q.comparator, q.uncertain,
  d.doc_type, d.issued_date,
  q.id, q.document_id, q.block_id, q.start, q.[end], q.rule, d.path AS document_path, q.row_key, q.corrected
FROM effective_quantities q
JOIN documents d ON d.id = q.document_id"""


def kiem_tra_sql() -> str:
    return f"""SELECT
  c.message, c.kind, c.severity, c.expected, c.found, i.label AS indicator_label,
  {document_sql()} AS document, c.page, {where_sql()}, substr(d.issued_date, 1, 4) AS period,
  c.message_en, c.catalogue_id, d.doc_type, d.issued_date,
  c.id, c.document_id, c.indicator_id, c.quantity_id, c.block_id, c.start, c.[end], c.rule, c.text,
  d.path AS document_path, c.row_key, c.corrected
FROM effective_checks c
JOIN documents d ON d.id = c.document_id
LEFT JOIN indicators i ON i.id = c.indicator_id"""


def reading_view_sql() -> dict[str, str]:
    return {"chi_tieu": chi_tieu_sql(), "so_lieu": so_lieu_sql(), "kiem_tra": kiem_tra_sql()}


# which raw table (and effective view) each reading view is for
READS = {"chi_tieu": "indicators", "so_lieu": "quantities", "kiem_tra": "checks"}


def create_reading_views(db: sqlite_utils.Database) -> None:
    """Create or recreate (when their SQL changed) the reading views."""
    for name, sql in reading_view_sql().items():
        replace_view(db, name, sql)
