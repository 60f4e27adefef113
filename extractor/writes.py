"""Write transactions on the database, shared by every stage that writes (check, store, review)."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

import sqlite_utils

from extractor.errors import StoreError


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction, its lock taken at the start (BEGIN IMMEDIATE): a concurrent writer
    waits its turn instead of failing halfway, and a process killed inside leaves the database as
    it was before. sqlite-utils' own writes nest inside as savepoints (`db.atomic()`)."""
    conn = db.conn
    if conn.in_transaction:
        raise StoreError("a write transaction is already open on this connection")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as e:
        raise StoreError(f"the database stayed locked by another writer: {e}") from None
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
