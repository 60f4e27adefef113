"""Values as a person reads them in a spreadsheet: Vietnamese words for the database's codes, and
dates as dates. The database keeps its codes ('not_achieved', 'warning', achieved 0/1); the Excel
workbook and `chitieu export --format csv --excel` translate them here, JSON and plain CSV do not.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

# Words shared by every table: a column's codes → Vietnamese. Codes not listed are shown as stored.
STATUS_NORM = {
    "achieved": "Đạt", "not_achieved": "Chưa đạt", "exceeded": "Vượt", "completed": "Hoàn thành",
    "not_completed": "Chưa hoàn thành", "in_progress": "Đang thực hiện",
}
ACHIEVED = {1: "Đạt", 0: "Chưa đạt"}
YES_NO = {1: "Có", 0: "Không"}
SEVERITY = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin", "ok": "Đúng"}
CHECK_KIND = {
    "target_mismatch": "Mục tiêu khác danh mục", "achieved": "Đạt", "not_achieved": "Chưa đạt",
    "arithmetic": "Kiểm tra số học", "out_of_range": "Ngoài khoảng hợp lý", "unmatched": "Không khớp danh mục",
    "conflicting_sources": "Nguồn mục tiêu khác nhau",
}
QUANTITY_KIND = {"percent": "Tỷ lệ %", "count": "Số lượng", "ratio": "Tỷ số", "range": "Khoảng",
                 "money": "Số tiền", "growth": "Tăng trưởng"}
DOCUMENT_STATUS = {"ok": "Đã trích xuất", "partial": "Trích xuất một phần", "error": "Lỗi",
                   "skipped": "Bỏ qua", "duplicate": "Bản trùng"}
COMPARATOR = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<", "range": "khoảng", "~": "khoảng"}

# (table, column) → mapping; table None means every table with that column.
VALUES: dict[tuple[Optional[str], str], dict] = {
    (None, "status_norm"): STATUS_NORM,
    (None, "achieved"): ACHIEVED,
    (None, "lower_is_better"): YES_NO,
    (None, "ocr"): YES_NO,
    (None, "repaired"): YES_NO,
    (None, "severity"): SEVERITY,
    ("checks", "kind"): CHECK_KIND,
    ("quantities", "kind"): QUANTITY_KIND,
    ("documents", "status"): DOCUMENT_STATUS,
    (None, "target_comparator"): COMPARATOR,
    (None, "actual_comparator"): COMPARATOR,
    ("quantities", "comparator"): COMPARATOR,
}

DATE_COLUMNS = {"issued_date", "parent_date", "extracted_at", "checked_at", "source_date"}
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?")


def translate(table: str, column: str, value: Any) -> Any:
    """The Vietnamese word for a code of `table.column`; other values unchanged."""
    if value is None:
        return None
    mapping = VALUES.get((table, column)) or VALUES.get((None, column))
    if mapping is None:
        return value
    return mapping.get(value, value)


def as_date(value: Any) -> Any:
    """'2025-02-13' → date, '2026-12-06T02:42:46' → datetime; a partial date ('2025-02') stays text."""
    if not isinstance(value, str):
        return value
    m = _DATE.match(value)
    try:
        if m:
            return dt.date(*map(int, m.groups()))
        m = _DATETIME.match(value)
        if m:
            return dt.datetime(*(int(g or 0) for g in m.groups()))
    except ValueError:      # '2025-02-30' as written: keep the text
        return value
    return value


def display(table: str, column: str, value: Any, dates: bool = True) -> Any:
    """A cell as a person reads it: translated, and a real date where the column holds dates."""
    value = translate(table, column, value)
    if dates and column in DATE_COLUMNS:
        return as_date(value)
    return value
