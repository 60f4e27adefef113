"""Plain reads and writes of rows, as sqlite-utils would make them, without what it does around each one;
shared by every stage that reads or writes the database (check, store), as `extractor.writes` is.

sqlite-utils' `db[table]` lists the schema's tables and views, `.update()` reads the primary key
and the row before writing, `.insert_all()` builds its query again for every chunk: several
queries more for each row the batch saves or checks. The values are stored as it stores them."""
from __future__ import annotations

from contextlib import nullcontext
from typing import Iterable, Iterator

from sqlite_utils.db import jsonify_if_needed
from sqlite_utils.utils import dedupe_keys

PLAIN = {str, int, float, bytes}          # stored as they are


def read(db, sql: str, params: Iterable = ()) -> Iterator[dict]:
    """`db.query(sql, params)` for a SELECT: the same rows as dicts, without the savepoint that
    sqlite-utils opens and releases around every query (in case it is a write: three statements
    for each of the thousands of reads a batch's checks make)."""
    cur = db.conn.execute(sql, list(params))
    keys = dedupe_keys(d[0] for d in cur.description)
    return (dict(zip(keys, row)) for row in cur)


def insert_rows(db, table: str, rows: Iterable[dict], ids: bool = True, savepoint: bool = True) -> list[int]:
    """Rows into `table` in order, and their ids (unless `ids` is false): one executemany per set
    of columns (sqlite-utils' insert builds its query again for every row: most of a save's time),
    values stored as sqlite-utils stores them (lists and dicts as JSON). The ids are given here,
    the next free ones in input order, as SQLite would have given them one insert at a time.
    `savepoint`: as for `insert_values`."""
    by_cols: dict[tuple, list] = {}
    order: list[tuple] = []               # each row's columns, to give the ids in input order
    for row in rows:
        cols = tuple(row)
        by_cols.setdefault(cols, []).append(values(row))
        order.append(cols)
    if not order:
        return []
    if len(by_cols) == 1:                 # the usual case: every row has the same columns
        ((cols, batch),) = by_cols.items()
        return insert_values(db, table, cols, batch, ids, savepoint)
    return _insert_mixed(db, table, by_cols, order, ids)


def insert_values(db, table: str, cols: tuple, rows: list, ids: bool = True, savepoint: bool = True) -> list[int]:
    """`insert_rows` for rows given as sequences of plain values in `cols` order (str, int, float,
    None: what sqlite-utils stores as it is): no dict built and taken apart again for each row of
    the thousands a document has (blocks, cells, quantities). `savepoint=False`: the caller holds
    one around all its inserts (a document's save), so this one does not open its own."""
    if not rows:
        return []
    cur = db.conn.cursor()
    # as sqlite-utils' insert: a savepoint, or its own transaction when none is open
    with db.atomic() if savepoint or not db.conn.in_transaction else nullcontext():
        out = _next_ids(cur, table, len(rows)) if ids else []
        if ids:
            cols, rows = ("id", *cols), [(i, *r) for i, r in zip(out, rows)]
        cur.executemany(insert_sql(table, cols), rows)
    return out


def _insert_mixed(db, table: str, by_cols: dict[tuple, list], order: list[tuple], ids: bool) -> list[int]:
    """Rows of several column sets: one executemany per set, the ids still in input order."""
    cur = db.conn.cursor()
    with db.atomic():
        out = _next_ids(cur, table, len(order)) if ids else []
        given = iter(out)
        id_of: dict[tuple, list] = {cols: [] for cols in by_cols}
        for cols in (order if ids else ()):
            id_of[cols].append(next(given))
        for cols, batch in by_cols.items():
            if ids:
                cols, batch = ("id", *cols), [(i, *v) for i, v in zip(id_of[cols], batch)]
            cur.executemany(insert_sql(table, cols), batch)
    return out


def _next_ids(cur, table: str, n: int) -> list[int]:
    first = cur.execute(f"select coalesce(max(id), 0) + 1 from [{table}]").fetchone()[0]
    return list(range(first, first + n))


def values(row: dict) -> list:
    return [v if v is None or type(v) in PLAIN else jsonify_if_needed(v) for v in row.values()]


def insert_sql(table: str, cols: tuple) -> str:
    return f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' * len(cols))})"


def update_row(db, table: str, row_id: int, changes: dict) -> None:
    """`db[table].update(row_id, changes)` for a row known to exist (just read or written): the same
    UPDATE, values stored as sqlite-utils stores them, without its look-ups of the schema, of the
    primary key and of the row itself (four queries more, for each row saved or checked)."""
    sets = ", ".join(f"[{c}] = ?" for c in changes)
    write(db, f"update [{table}] set {sets} where id = ?", [*values(changes), row_id])


def insert_row(db, table: str, row: dict) -> int:
    """`db[table].insert(row).last_pk`, without its look-ups of the schema."""
    return write(db, insert_sql(table, tuple(row)), values(row)).lastrowid


def write(db, sql: str, params: list):
    """One write statement: inside the caller's transaction, else committed at once (as
    sqlite-utils' writes are), never leaving a transaction open behind it."""
    if db.conn.in_transaction:
        return db.conn.execute(sql, params)
    with db.conn:
        return db.conn.execute(sql, params)
