"""Canned queries, kept as data in patterns/queries.yaml and shared by Datasette and the CLI.

`run_query(db, sql=..., name=..., params=...)` is the one entry point the CLI uses.
"""
from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import sqlite_utils
import yaml

from extractor.errors import ChitieuError
from extractor.patterns import PATTERNS_DIR, load_yaml

QUERIES_FILE = PATTERNS_DIR / "queries.yaml"
PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


LIST_HINT = "`chitieu query --list` shows the canned queries and their parameters"
SCHEMA_HINT = ("tables and views: chitieu query \"select type, name from sqlite_master where type in "
               "('table', 'view') order by name\"; columns: README 'Database'")


class QueryError(ChitieuError):
    """A query is unknown, malformed or failed in SQLite."""

    hint = LIST_HINT

    def __init__(self, message: str, hint: Optional[str] = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint


@dataclass
class CannedQuery:
    name: str
    title: str
    description: str
    sql: str
    params: list[str] = field(default_factory=list)
    examples: list[dict] = field(default_factory=list)
    # parameter → what to fill in (Vietnamese): an empty value is refused by the SQL itself
    required: dict[str, str] = field(default_factory=dict)


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
        data = load_yaml(path.read_text(encoding="utf-8"))
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
    required = dict(entry.get("required") or {})
    q = CannedQuery(**{k: entry[k] for k in ("name", "title", "description")},
                    sql=with_required(path, entry["name"], entry["sql"], required),
                    params=list(entry.get("params") or []), examples=list(entry.get("examples") or []),
                    required=required)
    used = sql_params(q.sql)
    if set(used) != set(q.params):
        raise QueryError(f"{path}: query {q.name!r} declares params {q.params} but its SQL uses {used}")
    return q


REQUIRED = re.compile(r"@required\((\w+)\)")
# SQLite has no error() function: a JSON path that is not one makes json_extract fail, and SQLite
# puts the path, our message, into its error. Datasette shows that error above the query's form;
# `chitieu query` shows it as a one-line error (required_message).
GUARD = ("json_extract('{{}}', CASE WHEN coalesce(trim(:{p}), '') = '' THEN {message} ELSE '$' END) "
         "IS NOT NULL")
GUARD_ERROR = re.compile(r"(?:JSON path error near|bad JSON path:?) '(Thiếu tham số .*)'\s*$", re.S)


def required_message(param: str, what: str) -> str:
    return f"Thiếu tham số {param}: hãy nhập {what} (missing parameter {param}: fill it in)"


def with_required(path: Path, name: str, sql: str, required: dict[str, str]) -> str:
    """Replace each @required(param) in the SQL with a condition that is true when the parameter
    has a value and otherwise stops the query with a message saying what to fill in."""
    def guard(m: re.Match) -> str:
        p = m.group(1)
        if p not in required:
            raise QueryError(f"{path}: query {name!r} has @required({p}) but no `required: {{{p}: …}}` entry")
        message = required_message(p, required[p]).replace("'", "''")
        return GUARD.format(p=p, message=f"'{message}'")

    out = REQUIRED.sub(guard, sql)
    unguarded = [p for p in required if f"@required({p})" not in sql]
    if unguarded:
        raise QueryError(f"{path}: query {name!r} lists {unguarded} as required but its SQL has no @required(…)")
    return out


def sql_params(sql: str) -> list[str]:
    """The :named parameters of a statement, in order of first use (string literals ignored)."""
    bare = re.sub(r"'(?:[^']|'')*'", "''", sql)
    return list(dict.fromkeys(PARAM.findall(bare)))


def _canned(name: str) -> CannedQuery:
    queries = load_queries()
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=1, cutoff=0.5)
    guess = f"did you mean {close[0]!r}? " if close else ""
    raise QueryError(f"no canned query named {name!r}; {guess}known: {', '.join(queries)}")


def run_query(db: sqlite_utils.Database, sql: Optional[str] = None, name: Optional[str] = None,
              params: Optional[dict[str, str]] = None) -> Result:
    """Run free SQL or a canned query by name. A parameter the caller leaves out is '' (the canned
    queries read '' as 'any')."""
    if sql and name:
        raise QueryError("give SQL or --name NAME, not both")
    if not sql and not name:
        raise QueryError("nothing to run: give SQL (in quotes) or --name NAME",
                         hint='chitieu query "select count(*) from indicators", or see `chitieu query --list`')
    if name:
        sql = _canned(name).sql
    wanted = sql_params(sql)
    extra = set(params or {}) - set(wanted)
    if extra:
        takes = ", ".join(wanted) if wanted else "no parameters"
        raise QueryError(f"unknown parameter {', '.join(sorted(extra))}: this query takes {takes}")
    values = {p: (params or {}).get(p, "") for p in wanted}
    try:
        cur = db.execute(sql, values)
    except sqlite3.Error as e:
        if (m := GUARD_ERROR.search(str(e))):
            raise QueryError(m.group(1), hint=f"--param NAME=VALUE; `chitieu query --list` shows {name}'s parameters") from None
        raise QueryError(f"SQLite: {e}", hint=None if name else SCHEMA_HINT) from None
    columns = [d[0] for d in cur.description or []]
    rows = cur.fetchall() if columns else []
    if db.conn.in_transaction:  # free SQL may write (sqlite-utils' query does too): keep it
        db.conn.commit()
    return Result(columns, rows)
