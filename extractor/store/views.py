"""SQL views that answer cross-document questions, and the full-text index over blocks.

`create_views(db)` is idempotent and cheap once done: store.migrate calls it on every open.

* effective_<table>: the raw table with reviewer `corrections` applied to the rows
  `correction_anchors` says they apply to now (store/corrections.py re-anchors them by content on
  every extraction; a hand-written correction with only a `row_key` is anchored by that key).
  `action` 'set' puts `new_value` into `field`; 'delete' (or 'reject') drops the row until a later
  'restore'. A range's end counts (quantities.range_end) are left out: the range row shows their
  figures. The latest correction (highest id) of a field wins; effective_indicators recomputes
  `achieved` from a corrected target or result. Provenance columns are never corrected.
  effective_checks matches by row_key (checks are recomputed on corrected values anyway).
* indicator_matrix, indicator_series: catalogue indicator × province × period, and per period.
* blocks_fts: FTS5 over blocks.text plus a copy with đ→d, because FTS5's remove_diacritics folds
  every Vietnamese accent except đ (a search for 'quyet dinh' would otherwise find nothing).
"""
from __future__ import annotations

import re
import sqlite3

import sqlite_utils

from extractor.store.provinces import province_today_sql
from extractor.store.schema import SCHEMA

# Row key per table: SQL over the alias `t` (the table) and `d` (its document). Documented in
# docs/views.md; review tools write the same keys into corrections.row_key.
ROW_KEYS = {
    "documents": "t.sha256",
    "indicators": "d.sha256 || ':' || t.start || ':' || t.[end]",
    "quantities": "d.sha256 || ':' || t.start || ':' || t.[end] || ':' || t.kind",
    "legal_refs": "d.sha256 || ':' || t.key",
    "checks": "d.sha256 || ':' || t.kind || ':' || coalesce(t.start, '') || ':' || coalesce(t.[end], '')",
}

# Never corrected: identity and provenance.
FIXED = {"id", "document_id", "block_id", "page", "row", "col", "start", "end", "rule", "ocr",
         "indicator_id", "quantity_id", "legal_ref_id", "sha256", "path"}

SET_ACTIONS = "('set', 'edit', 'update', 'correct')"
DELETE_ACTIONS = "('delete', 'reject', 'remove')"
DECISION_ACTIONS = "('delete', 'reject', 'remove', 'restore')"   # the latest of these decides
# Tables whose corrections are anchored by content (store/corrections.py, table correction_anchors).
ANCHORED = ("documents", "indicators", "quantities", "legal_refs")

FOREIGN_KEYS = [
    ("blocks", "document_id", "documents", "id"),
    ("cells", "document_id", "documents", "id"),
    ("cells", "block_id", "blocks", "id"),
    ("quantities", "document_id", "documents", "id"),
    ("quantities", "block_id", "blocks", "id"),
    ("legal_refs", "document_id", "documents", "id"),
    ("legal_ref_mentions", "document_id", "documents", "id"),
    ("legal_ref_mentions", "legal_ref_id", "legal_refs", "id"),
    ("indicators", "document_id", "documents", "id"),
    ("indicators", "block_id", "blocks", "id"),
    ("indicators", "catalogue_id", "catalogue", "id"),
    ("checks", "document_id", "documents", "id"),
    ("checks", "indicator_id", "indicators", "id"),
    ("checks", "quantity_id", "quantities", "id"),
    ("checks", "catalogue_id", "catalogue", "id"),
    ("documents", "same_as", "documents", "id"),
    ("text_bands", "document_id", "documents", "id"),
]

SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT"}

# The columns a person reads first in the effective views (Datasette shows a view's columns in its
# own order and cannot reorder them); every other column follows in the table's order.
READING_FIRST = {
    "indicators": ("label", "level", "target_comparator", "target_value", "target_high", "target_unit",
                   "target_year", "actual_comparator", "actual_value", "actual_unit", "actual_period",
                   "status", "status_norm", "achieved", "document_id", "page"),
    "quantities": ("kind", "value", "high", "unit", "text", "subject", "context", "document_id", "page"),
    "checks": ("kind", "severity", "message", "expected", "found", "document_id", "page"),
    "legal_refs": ("kind", "number", "year", "symbol", "issuer", "issued_date", "relation", "document_id", "page"),
}


def reading_columns(table: str) -> dict[str, type]:
    """The table's columns (name → type), those a person reads first leading."""
    cols = SCHEMA[table]["columns"]
    first = [c for c in READING_FIRST.get(table, ()) if c in cols]
    return {**{c: cols[c] for c in first}, **{c: t for c, t in cols.items() if c not in first}}


def create_views(db: sqlite_utils.Database) -> None:
    """Create (or recreate when their SQL changed) every view, the foreign keys Datasette labels
    need, and the blocks full-text index with its triggers."""
    add_foreign_keys(db)
    with db.atomic():  # one commit: migrate runs on every open
        for name, sql in view_sql().items():
            replace_view(db, name, sql)
        create_search_index(db)
        if search_index_behind(db):
            resume_search_index(db)
        _replace_trigger(db, "corrections_row_key", legacy_anchor_trigger())


def view_sql() -> dict[str, str]:
    views = {f"effective_{t}": effective_sql(t) for t in ROW_KEYS}
    views["indicator_matrix"] = matrix_sql()
    views["indicator_series"] = SERIES_SQL
    views["document_files"] = FILES_SQL
    return views


def replace_view(db: sqlite_utils.Database, name: str, sql: str) -> None:
    """Create the view, or recreate it when its SQL changed (cheap when it did not)."""
    ddl = f"CREATE VIEW [{name}] AS\n{sql}"
    row = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
    if row and row[0] == ddl:
        return
    db.execute(f"DROP VIEW IF EXISTS [{name}]")
    db.execute(ddl)


def _replace_trigger(db: sqlite_utils.Database, name: str, ddl: str) -> None:
    row = db.execute("select sql from sqlite_master where type = 'trigger' and name = ?", [name]).fetchone()
    if row and row[0] == ddl.replace(" IF NOT EXISTS", "", 1):
        return
    db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
    db.execute(ddl)


def _corrected(table: str, col: str, typ: type) -> str:
    """Legacy form (checks): the column's value after the latest 'set' correction matched by row_key."""
    where = (f"c.table_name = '{table}' AND c.row_key = t2.row_key AND c.field = '{col}' "
             f"AND c.action IN {SET_ACTIONS}")
    latest = f"(SELECT NULLIF(c.new_value, '') FROM corrections c WHERE {where} ORDER BY c.id DESC LIMIT 1)"
    value = latest if typ is str else f"CAST({latest} AS {SQL_TYPES[typ]})"
    return f"CASE WHEN EXISTS (SELECT 1 FROM corrections c WHERE {where}) THEN {value} ELSE t2.[{col}] END AS [{col}]"


def _applied(col: str, typ: type, row: str = "t2") -> str:
    """The column's value after the latest applied 'set' correction of it (an empty value sets NULL)."""
    where = f"ac.row_id = {row}.id AND ac.field = '{col}' AND ac.action IN {SET_ACTIONS}"
    latest = f"(SELECT NULLIF(ac.new_value, '') FROM ac WHERE {where} ORDER BY ac.id DESC LIMIT 1)"
    value = latest if typ is str else f"CAST({latest} AS {SQL_TYPES[typ]})"
    return f"CASE WHEN EXISTS (SELECT 1 FROM ac WHERE {where}) THEN {value} ELSE {row}.[{col}] END AS [{col}]"


# Inputs of `achieved`: when a reviewer corrects one of them (and not `achieved` itself), the
# view recomputes it as the checks do (check.checks.meets).
ACHIEVED_INPUTS = ("target_value", "target_high", "target_comparator", "target_unit", "actual_value",
                   "actual_unit", "lower_is_better")
ACHIEVED_SQL = """CASE
    WHEN t3.actual_value IS NULL OR t3.target_value IS NULL THEN NULL
    WHEN t3.actual_unit IS NOT NULL AND t3.target_unit IS NOT NULL AND t3.actual_unit <> t3.target_unit THEN NULL
    WHEN t3.target_comparator = 'range' THEN CASE WHEN t3.lower_is_better = 1
         THEN t3.actual_value <= coalesce(t3.target_high, t3.target_value) ELSE t3.actual_value >= t3.target_value END
    WHEN t3.lower_is_better = 1 OR t3.target_comparator IN ('<=', '<') THEN CASE WHEN t3.target_comparator = '<'
         THEN t3.actual_value < t3.target_value ELSE t3.actual_value <= t3.target_value END
    WHEN t3.target_comparator = '>' THEN t3.actual_value > t3.target_value
    ELSE t3.actual_value >= t3.target_value END"""


def effective_sql(table: str) -> str:
    if table == "checks":
        return _legacy_effective_sql(table)
    cols = reading_columns(table)
    doc_join = _doc_join(table)
    select = ",\n  ".join(f"t2.[{c}]" if c in FIXED else _applied(c, typ) for c, typ in cols.items())
    # the latest reject/restore decides whether the row is left out
    decision = (f"(SELECT ac.action FROM ac WHERE ac.row_id = t2.id AND ac.action IN {DECISION_ACTIONS} "
                f"ORDER BY ac.id DESC LIMIT 1)")
    sql = (
        f"WITH t2 AS (SELECT t.*, {ROW_KEYS[table]} AS row_key FROM [{table}] t {doc_join}),\n"
        f"ac AS (SELECT a.row_id, c.id, c.field, c.new_value, c.action FROM correction_anchors a "
        f"JOIN corrections c ON c.id = a.correction_id WHERE a.table_name = '{table}' AND a.status = 'applied'),\n"
        f"t3 AS (SELECT\n  {select},\n  t2.row_key,\n"
        f"  (SELECT count(*) FROM ac WHERE ac.row_id = t2.id) AS corrected\n"
        f"FROM t2\nWHERE coalesce({decision}, 'restore') NOT IN {DELETE_ACTIONS})\n"
    )
    if table != "indicators":
        return sql + "SELECT * FROM t3"
    own = f"EXISTS (SELECT 1 FROM ac WHERE ac.row_id = t3.id AND ac.field = 'achieved' AND ac.action IN {SET_ACTIONS})"
    inputs = ", ".join(f"'{c}'" for c in ACHIEVED_INPUTS)
    moved = f"EXISTS (SELECT 1 FROM ac WHERE ac.row_id = t3.id AND ac.field IN ({inputs}) AND ac.action IN {SET_ACTIONS})"
    out = [f"CASE WHEN {own} THEN t3.achieved WHEN {moved} THEN {ACHIEVED_SQL} ELSE t3.achieved END AS achieved"
           if c == "achieved" else f"t3.[{c}]" for c in cols]
    return sql + "SELECT " + ", ".join(out + ["t3.row_key", "t3.corrected"]) + " FROM t3"


# Raw rows that people never read as rows of their own: a range's end counts (quantities.range_end)
# repeat the figures of the range row beside them, which is what the effective view shows.
NOT_READ = {"quantities": "t.range_end IS NULL"}


def _doc_join(table: str) -> str:
    """The join to the row's document, leaving out a document's other files (documents.same_as:
    the same document in another format, counted once through its primary file), and the rows
    `NOT_READ` names."""
    if table == "documents":
        return "WHERE t.same_as IS NULL"
    more = f" AND {NOT_READ[table]}" if table in NOT_READ else ""
    return f"LEFT JOIN documents d ON d.id = t.document_id WHERE d.same_as IS NULL{more}"


def _legacy_effective_sql(table: str) -> str:
    """Corrections matched by row_key (docs/views.md): the form checks keep, since their rows are
    recomputed by every run of the checks."""
    cols = reading_columns(table)
    doc_join = _doc_join(table)
    select = ",\n  ".join(f"t2.[{c}]" if c in FIXED else _corrected(table, c, typ) for c, typ in cols.items())
    return (
        f"WITH t2 AS (SELECT t.*, {ROW_KEYS[table]} AS row_key FROM [{table}] t {doc_join})\n"
        f"SELECT\n  {select},\n  t2.row_key,\n"
        f"  (SELECT count(*) FROM corrections c WHERE c.table_name = '{table}' AND c.row_key = t2.row_key) AS corrected\n"
        f"FROM t2\nWHERE NOT EXISTS (SELECT 1 FROM corrections c WHERE c.table_name = '{table}' "
        f"AND c.row_key = t2.row_key AND c.action IN {DELETE_ACTIONS})"
    )


def legacy_anchor_trigger() -> str:
    """A correction written by hand with only a row_key (docs/views.md) is anchored at once to the
    rows with that key; re-extraction re-anchors it by the same key (store/corrections.py)."""
    inserts = "".join(
        f"INSERT INTO correction_anchors (correction_id, table_name, document_id, row_id, status, method, anchored_at) "
        f"SELECT new.id, '{t}', {'t.id' if t == 'documents' else 't.document_id'}, t.id, 'applied', 'row_key', "
        f"strftime('%Y-%m-%dT%H:%M:%S', 'now') FROM [{t}] t "
        f"{'' if t == 'documents' else 'LEFT JOIN documents d ON d.id = t.document_id'} "
        f"WHERE new.table_name = '{t}' AND {ROW_KEYS[t]} = new.row_key; "
        for t in ANCHORED)
    return (f"CREATE TRIGGER IF NOT EXISTS corrections_row_key AFTER INSERT ON corrections "
            f"WHEN new.anchor_kind IS NULL AND new.row_key IS NOT NULL BEGIN {inserts}END")


# Period of an indicator row: the result's own period, else the target year, else the year the
# document was issued (a report without either speaks of its own year).
PERIOD = "coalesce(i.actual_period, CAST(i.target_year AS TEXT), substr(d.issued_date, 1, 4))"

def matrix_columns() -> str:
    """The columns indicator_matrix and family_matrix share, in reading order after what is
    measured: the province under today's units, the period, the figures, the document."""
    return f"""{province_today_sql('d.province')} AS province, {PERIOD} AS period,
  i.label, i.level, i.target_comparator, i.target_value, i.target_high, i.target_unit, i.target_year,
  i.actual_comparator, i.actual_value, i.actual_unit, i.actual_period, i.status, i.status_norm,
  i.achieved, d.path AS document_path, i.page, d.province AS province_written, d.doc_type, d.issued_date,"""


def matrix_sql() -> str:
    # reading order; the province under today's units (as family_matrix), the written one kept
    return f"""SELECT
  c.indicator AS catalogue_indicator, {matrix_columns()}
  i.catalogue_id, i.id AS indicator_id, i.document_id
FROM effective_indicators i
JOIN documents d ON d.id = i.document_id
LEFT JOIN catalogue c ON c.id = i.catalogue_id
WHERE i.catalogue_id IS NOT NULL"""


SERIES_SQL = """SELECT
  m.catalogue_id, m.catalogue_indicator, m.period,
  coalesce(max(m.actual_unit), max(m.target_unit)) AS unit,
  (SELECT c.value FROM catalogue c WHERE c.id = m.catalogue_id) AS catalogue_target,
  count(DISTINCT m.province) AS provinces, count(DISTINCT m.document_id) AS reports,
  min(m.actual_value) AS actual_min, avg(m.actual_value) AS actual_avg, max(m.actual_value) AS actual_max,
  count(CASE WHEN m.achieved = 1 THEN 1 END) AS achieved_n,
  count(CASE WHEN m.achieved = 0 THEN 1 END) AS not_achieved_n
FROM indicator_matrix m
GROUP BY m.catalogue_id, m.period
ORDER BY m.catalogue_id, m.period"""


# Every file of every document: a document saved as .docx, .doc and .pdf is one row per file, the
# primary first (store/same_document.py chooses it by format: docx > doc > html > text pdf > md > txt > scan).
FILES_SQL = """SELECT
  coalesce(f.same_as, f.id) AS document_id, f.id AS file_id, f.path, f.format, f.ocr,
  CASE WHEN f.same_as IS NULL THEN 'chính' ELSE 'bản khác' END AS role,
  CASE WHEN f.same_as IS NULL THEN 'primary' ELSE 'other file' END AS role_en,
  f.same_similarity AS similarity, f.status, f.sha256,
  (SELECT count(*) FROM documents o WHERE o.same_as = coalesce(f.same_as, f.id)) + 1 AS files
FROM documents f
WHERE f.status IN ('ok', 'partial')
ORDER BY coalesce(f.same_as, f.id), f.same_as IS NOT NULL, f.path"""


def add_foreign_keys(db: sqlite_utils.Database) -> None:
    """Declare the foreign keys (Datasette shows labels through them). Additive: SQLite does not
    enforce them unless PRAGMA foreign_keys is on, which chitieu never sets."""
    missing = []
    for table, col, other, other_col in FOREIGN_KEYS:
        if not (db[table].exists() and db[other].exists()):
            continue
        have = {(fk.column, fk.other_table) for fk in db[table].foreign_keys}
        if (col, other) not in have:
            missing.append((table, col, other, other_col))
    if missing and not _declare_in_place(db, missing):
        _drop_search_triggers(db)  # transform() rebuilds tables and would drop them anyway
        db.add_foreign_keys(missing)


def _declare_in_place(db: sqlite_utils.Database, fks: list[tuple]) -> bool:
    """Add REFERENCES clauses by editing the stored CREATE TABLE, the procedure SQLite documents
    for schema changes that leave the on-disk format alone (ALTER TABLE, section 7); copying every
    table with transform() costs half a second even on an empty database. False when SQLite
    refuses (defensive mode) or a definition does not have the expected shape."""
    sqls = {}
    for table, col, other, other_col in fks:
        sql = sqls.get(table) or db.execute(
            "select sql from sqlite_master where type = 'table' and name = ?", [table]).fetchone()[0]
        new, n = re.subn(rf'((?:\[{col}\]|"{col}") (?:INTEGER|TEXT))(?=,|\n|\)|$)',
                         rf'\1 REFERENCES "{other}"("{other_col}")', sql, count=1)
        if n != 1:
            return False
        sqls[table] = new
    try:
        with db.atomic():
            version = db.execute("PRAGMA schema_version").fetchone()[0]
            db.execute("PRAGMA writable_schema = 1")
            for table, sql in sqls.items():
                db.execute("update sqlite_master set sql = ? where type = 'table' and name = ?", [sql, table])
            db.execute(f"PRAGMA schema_version = {version + 1}")
            db.execute("PRAGMA writable_schema = 0")
    except sqlite3.Error:
        db.execute("PRAGMA writable_schema = 0")
        return False
    return db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


# --- full-text search ----------------------------------------------------------------------------

FOLD = "replace(replace({0}, 'đ', 'd'), 'Đ', 'D')"
TRIGGERS = {
    "blocks_fts_ai": "AFTER INSERT ON blocks BEGIN "
                     "INSERT INTO blocks_fts(rowid, text, text_folded) VALUES (new.id, new.text, {new}); END",
    "blocks_fts_ad": "AFTER DELETE ON blocks BEGIN DELETE FROM blocks_fts WHERE rowid = old.id; END",
    "blocks_fts_au": "AFTER UPDATE OF text ON blocks BEGIN DELETE FROM blocks_fts WHERE rowid = old.id; "
                     "INSERT INTO blocks_fts(rowid, text, text_folded) VALUES (new.id, new.text, {new}); END",
}


def create_search_index(db: sqlite_utils.Database) -> None:
    """FTS5 table blocks_fts(rowid = blocks.id, text, text_folded), kept in step by triggers.

    Not sqlite-utils' enable_fts: that indexes existing columns only, and the folded text is
    computed. FTS5 also folds the query with the same tokenizer, so 'quyết định', 'quyet dinh'
    and 'Quyết đinh' all match."""
    if not db["blocks_fts"].exists():
        db.execute("CREATE VIRTUAL TABLE blocks_fts USING fts5("
                   "text, text_folded, tokenize = 'unicode61 remove_diacritics 2')")
        db.execute(f"INSERT INTO blocks_fts(rowid, text, text_folded) "
                   f"SELECT id, text, {FOLD.format('text')} FROM blocks")
    for name, body in TRIGGERS.items():
        db.execute(f"CREATE TRIGGER IF NOT EXISTS [{name}] {body.format(new=FOLD.format('new.text'))}")


def _drop_search_triggers(db: sqlite_utils.Database) -> None:
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS [{name}]")


# Indexing a batch's blocks one document at a time, as the insert trigger does, cost five times
# indexing them at once (FTS5 writes and merges a segment per commit): a batch suspends the trigger
# and indexes what is missing when it ends. Deletions and edits stay indexed as they happen.
MISSING_FROM_INDEX = ("SELECT b.id, b.text, {fold} FROM blocks b "
                      "WHERE NOT EXISTS (SELECT 1 FROM blocks_fts_docsize d WHERE d.id = b.id)")


def suspend_search_index(db: sqlite_utils.Database) -> None:
    """Blocks inserted from now on are not indexed one by one: call `resume_search_index` after."""
    db.execute("DROP TRIGGER IF EXISTS [blocks_fts_ai]")


def resume_search_index(db: sqlite_utils.Database) -> int:
    """Index every block the index lacks, in one statement, and index new blocks as they come again.
    Returns how many were indexed."""
    with db.atomic():
        n = db.execute("INSERT INTO blocks_fts(rowid, text, text_folded) "
                       + MISSING_FROM_INDEX.format(fold=FOLD.format("b.text"))).rowcount
        create_search_index(db)
    return n


def index_blocks_after(db: sqlite_utils.Database, after: int) -> int:
    """Index the blocks with an id above `after` that the index lacks, in one statement (a batch,
    part of its blocks while it runs: `resume_search_index` still indexes whatever is left when it
    ends). Returns how many were indexed."""
    with db.atomic():
        return db.execute("INSERT INTO blocks_fts(rowid, text, text_folded) "
                          + MISSING_FROM_INDEX.format(fold=FOLD.format("b.text")) + " AND b.id > ?",
                          [after]).rowcount


def search_index_behind(db: sqlite_utils.Database) -> bool:
    """Cheap sign that blocks were saved unindexed (a batch killed before it resumed the index):
    the newest block is not in it."""
    last = db.execute("SELECT max(id) FROM blocks").fetchone()[0]
    return last is not None and db.execute("SELECT 1 FROM blocks_fts_docsize WHERE id = ?", [last]).fetchone() is None


def search_blocks(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict]:
    """Blocks matching an FTS5 query, best first (accent-insensitive, đ included)."""
    sql = ("SELECT b.id, b.document_id, b.page, b.start, b.[end], b.text FROM blocks_fts f "
           "JOIN blocks b ON b.id = f.rowid WHERE blocks_fts MATCH ? ORDER BY rank LIMIT ?")
    return [dict(r) for r in db.query(sql, [fts_phrase(query), limit])]


def fts_phrase(query: str) -> str:
    """Quote each word so FTS5 syntax characters in user input ('-', '/', ':') are literal."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
