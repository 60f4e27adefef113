"""Views over indicator families (check/families.py), with provinces under today's units.

* family_matrix: family × province (today's unit, after the 1 July 2025 mergers) × period, one row
  per indicator, the province as the document wrote it kept in `province_written`.
* family_series: per family and period, how many provinces and reports, min/avg/max result, how
  many achieved.

The province mapping is written into the view's SQL from patterns/provinces.yaml (old name →
merged_into), so no table has to be filled and the view changes when the file does.
"""
from __future__ import annotations

import sqlite_utils

from extractor.store.views import matrix_columns, replace_view


def matrix_sql() -> str:
    # reading order: what is measured, where, when, the figures, then the document and provenance
    return f"""SELECT
  f.label AS family_label, {matrix_columns()}
  i.family_id, f.unit AS family_unit, f.level AS family_level, i.catalogue_id, i.id AS indicator_id,
  i.document_id
FROM effective_indicators i
JOIN documents d ON d.id = i.document_id
JOIN families f ON f.id = i.family_id"""


SERIES_SQL = """SELECT
  m.family_id, m.family_label, m.family_unit, m.family_level, m.period,
  count(DISTINCT m.province) AS provinces, count(DISTINCT m.document_id) AS documents,
  count(m.actual_value) AS results,
  min(m.actual_value) AS actual_min, avg(m.actual_value) AS actual_avg, max(m.actual_value) AS actual_max,
  min(m.target_value) AS target_min, max(m.target_value) AS target_max,
  count(CASE WHEN m.achieved = 1 THEN 1 END) AS achieved_n,
  count(CASE WHEN m.achieved = 0 THEN 1 END) AS not_achieved_n
FROM family_matrix m
GROUP BY m.family_id, m.period
ORDER BY m.family_id, m.period"""


def create_family_views(db: sqlite_utils.Database) -> None:
    """Create or recreate (when their SQL changed) family_matrix and family_series. (SQLite keeps no
    dependencies between views: family_series reads family_matrix by name at query time.)"""
    replace_view(db, "family_matrix", matrix_sql())
    replace_view(db, "family_series", SERIES_SQL)
