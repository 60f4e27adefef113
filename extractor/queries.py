"""Canned queries, kept as data in patterns/queries.yaml and shared by Datasette and the CLI.

`run_query(db, sql=..., name=..., params=...)` is the one entry point the CLI uses.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import sqlite_utils
import yaml

from .errors import ChitieuError

QUERIES_FILE = Path(__file__).resolve().parents[1] / "patterns" / "queries.yaml"
PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class QueryError(ChitieuError):
    """A query is unknown, malformed or failed in SQLite."""

    hint = "list the canned queries with `chitieu query --list`; the schema is in README 'Database'"


@dataclass
class CannedQuery:
    name: str
    title: str
    description: str
    sql: str
    params: list[str] = field(default_factory=list)
    examples: list[dict] = field(default_factory=list)


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, r)) for r in self.rows]


@lru_cache(maxsize=4)
def load_queries(path: Path = QUERIES_FILE) -> dict[str, CannedQuery]:
    """Parse and validate the queries file: every entry needs name, title, description and sql,
    and its declared params must be exactly the :names its SQL uses."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise QueryError(f"{path}: {e}") from None
    out: dict[str, CannedQuery] = {}
    for i, entry in enumerate(data.get("queries") or []):
        q = _parse_entry(path, i, entry)
        if q.name in out:
            raise QueryError(f"{path}: query {q.name!r} defined twice")
        out[q.name] = q
    return out


def _parse_entry(path: Path, i: int, entry: dict) -> CannedQuery:
    missing = [k for k in ("name", "title", "description", "sql") if not entry.get(k)]
    if missing:
        raise QueryError(f"{path}: entry {i} ({entry.get('name')}) lacks {', '.join(missing)}")
    q = CannedQuery(**{k: entry[k] for k in ("name", "title", "description", "sql")},
                    params=list(entry.get("params") or []), examples=list(entry.get("examples") or []))
    used = sql_params(q.sql)
    if set(used) != set(q.params):
        raise QueryError(f"{path}: query {q.name!r} declares params {q.params} but its SQL uses {used}")
    return q


def sql_params(sql: str) -> list[str]:
    """The :named parameters of a statement, in order of first use (string literals ignored)."""
    bare = re.sub(r"'(?:[^']|'')*'", "''", sql)
    return list(dict.fromkeys(PARAM.findall(bare)))


def run_query(db: sqlite_utils.Database, sql: Optional[str] = None, name: Optional[str] = None,
              params: Optional[dict[str, str]] = None) -> Result:
    """Run free SQL or a canned query by name. A parameter the caller leaves out is '' (the canned
    queries read '' as 'any')."""
    if bool(sql) == bool(name):
        raise QueryError("give either SQL or --name NAME")
    if name:
        queries = load_queries()
        if name not in queries:
            raise QueryError(f"no canned query named {name!r} (known: {', '.join(queries)})")
        sql = queries[name].sql
    wanted = sql_params(sql)
    extra = set(params or {}) - set(wanted)
    if extra:
        raise QueryError(f"unknown parameter(s) {', '.join(sorted(extra))}; this query takes {wanted or 'none'}")
    values = {p: (params or {}).get(p, "") for p in wanted}
    try:
        cur = db.execute(sql, values)
    except sqlite3.Error as e:
        raise QueryError(f"SQLite: {e}") from None
    columns = [d[0] for d in cur.description or []]
    rows = cur.fetchall() if columns else []
    if db.conn.in_transaction:  # free SQL may write (sqlite-utils' query does too): keep it
        db.conn.commit()
    return Result(columns, rows)
