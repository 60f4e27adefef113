"""What every command module shares: the --db option, opening a database, and turning a library
error into one line with a hint (the only place errors become messages)."""
from __future__ import annotations

from pathlib import Path

import click

from extractor.errors import ChitieuError, StoreError

DEFAULT_DB = "output/chitieu.db"


def db_option(f):
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False), help="SQLite database file")(f)


def fail(e: ChitieuError) -> None:
    msg = f"{type(e).__name__}: {e}"
    if getattr(e, "hint", ""):
        msg += f"\nHint: {e.hint}"
    raise click.ClickException(msg)


def missing_database(db_path: str) -> StoreError:
    """The error for a --db that does not exist: reading commands never create an empty one."""
    e = StoreError(f"no database at {db_path}")
    e.hint = f"build it with `chitieu extract corpus/ --db {db_path}`, or point --db at an existing file"
    return e


def open_db(db_path: str):
    """Open (creating and migrating) the database."""
    from extractor.store.database import open_db as _open

    return _open(db_path)


def open_existing(db_path: str):
    """Open (and migrate) a database that must already exist."""
    if not Path(db_path).is_file():
        raise missing_database(db_path)
    return open_db(db_path)
