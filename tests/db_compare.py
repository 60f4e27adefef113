"""Two chitieu databases compared table by table, ids aside: what two runs over the same files must
agree on whatever order their files finished in (the local pool's, a Dask cluster's).

Every table is compared as a sorted list of rows, without its own id; a reference to another row
(document_id, block_id, legal_ref_id, indicator_id, quantity_id, and the ids listed in
indicators.quantity_ids) is replaced by a digest of that row's content, and a document by its path. Times,
durations and the run's pid (runs, documents.extracted_at/seconds/checked_at) differ between any
two runs and are left out; full-text search (blocks_fts) follows from blocks.
"""
from __future__ import annotations

import ast
import hashlib
import json
import sqlite3
from collections import Counter
from pathlib import Path

VOLATILE = {
    "documents": {"extracted_at", "seconds", "checked_at", "mtime_ns"},   # mtime_ns: the file system's, not extraction's
    "runs": {"id", "started_at", "finished_at", "command", "seconds", "pid"},
}
REFERENCES = {"document_id": "documents", "block_id": "blocks", "legal_ref_id": "legal_refs",
              "indicator_id": "indicators", "quantity_id": "quantities"}
DOCUMENT_REFS = {"same_as", "duplicate_of"}
# Tables whose rows are derived from others (full-text search) or belong to no run (corrections: reviewers').
DERIVED = ("blocks_fts", "sqlite_")


def _digest(content: tuple) -> str:
    return hashlib.sha1(repr(content).encode("utf-8", "backslashreplace")).hexdigest()


def tables(con: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in con.execute("select name from sqlite_master where type = 'table' order by name")]
    return [n for n in names if not n.startswith(DERIVED)]


def _rows(con: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple]]:
    cur = con.execute(f"select * from {table}")
    return [d[0] for d in cur.description], cur.fetchall()


class _Contents:
    """Each row of a table, as content that does not depend on ids. A row another row refers to is
    named by a digest of its content (computed once per table): exact, and small however long the
    text of the block a thousand quantities point at."""

    def __init__(self, con: sqlite3.Connection):
        self.con, self.cache = con, {}

    def of(self, table: str) -> dict:
        if table not in self.cache:
            cols, rows = _rows(self.con, table)
            self.cache[table] = {row[cols.index("id")]: _digest(self.row(table, cols, row)) for row in rows}
        return self.cache[table]

    def row(self, table: str, cols: list[str], row: tuple) -> tuple:
        if table == "documents":
            return (row[cols.index("path")],)
        out = []
        for col, value in zip(cols, row):
            if (col == "id" and isinstance(value, int)) or col in VOLATILE.get(table, ()):
                continue                                  # (the catalogue's ids are names: kept)
            if col in REFERENCES and value is not None:
                value = self.of(REFERENCES[col]).get(value, ("missing", value))
            elif table == "indicators" and col == "quantity_ids" and value:
                value = tuple(self.of("quantities").get(q, ("missing", q)) for q in json.loads(value))
            elif table == "runs" and col == "stats" and value:
                value = tuple(sorted(ast.literal_eval(value).items()))   # {"ok": 9, "error": 1}: any order
            out.append((col, value))
        return tuple(sorted(out, key=lambda pair: pair[0]))   # by name: a new database's column order may differ

    def table(self, table: str) -> list:
        cols, rows = _rows(self.con, table)
        if table == "documents":
            keep = [i for i, c in enumerate(cols) if c != "id" and c not in VOLATILE["documents"]]
            path = {r[cols.index("id")]: r[cols.index("path")] for r in rows}
            # a reference to another document (its primary file, the original of a copy): by path
            keep.sort(key=lambda i: cols[i])
            return sorted((tuple((cols[i], path.get(r[i], r[i]) if cols[i] in DOCUMENT_REFS and r[i] else r[i])
                                for i in keep) for r in rows),
                          key=repr)
        return sorted((self.row(table, cols, r) for r in rows), key=repr)


def differences(a: str | Path, b: str | Path, limit: int = 5) -> dict[str, list]:
    """{table: a few rows found in one database and not the other}; empty when they agree."""
    ca, cb = sqlite3.connect(a), sqlite3.connect(b)
    try:
        ta, tb = _Contents(ca), _Contents(cb)
        out = {}
        if tables(ca) != tables(cb):
            out["(tables)"] = [tables(ca), tables(cb)]
        for table in tables(ca):
            ra, rb = ta.table(table), tb.table(table)
            if ra != rb:
                na, nb = Counter(ra), Counter(rb)
                out[table] = [f"{len(ra)} rows vs {len(rb)}", list((na - nb).elements())[:limit],
                              list((nb - na).elements())[:limit]]
        return out
    finally:
        ca.close()
        cb.close()
