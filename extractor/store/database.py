"""The SQLite store: schema (a public contract, see README "Database"), migrations and writes.

Later versions add tables and columns, never rename. Every extracted row carries document_id,
block_id, page, start, end (offsets into the document's normalised text), text (as written) and rule.
A changed file's rows are replaced in one transaction; `corrections` is never touched by extraction
(batch.py re-anchors them after each save: corrections.reanchor).
"""
from __future__ import annotations

import copy
import json
import os
import sqlite3
import time
from dataclasses import asdict, fields, is_dataclass
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional

import sqlite_utils
from sqlite_utils.db import NotFoundError, jsonify_if_needed

from extractor import __version__
from extractor.errors import StoreError
from extractor.model import Document, DocumentMeta, Indicator, LegalRef, Provenance, Quantity
from extractor.store.schema import (DOCUMENT_TABLES, INDEXES, LATE_INDEXES,  # noqa: F401  (SCHEMA: the public contract)
                                    SCHEMA)
from extractor.store.family_views import create_family_views
from extractor.store.reading_views import create_reading_views
from extractor.rows import PLAIN, insert_row, insert_values, read, update_row
from extractor.store.same_document import reband_old, write_fingerprint
from extractor.store.views import create_views
from extractor.writes import transaction

if TYPE_CHECKING:
    from extractor.pipeline import Extraction

# How long a write waits for another writer (a second batch, a reviewer's correction) to finish.
BUSY_TIMEOUT_MS = 120_000

# Prepared statements kept by the connection (Python's default: 128). A batch's look-ups by lists
# of ids ('id in (?, ?, …)', one statement for each length) pushed out the checks' reads of the
# effective views, each prepared again (a millisecond: the views' SQL is long) for every document.
CACHED_STATEMENTS = 1024


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating folders, tables and indexes as needed) the database at `path`.

    WAL, so readers never wait for a writer; a long busy timeout, so two writers take turns."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(sqlite3.connect(str(path), cached_statements=CACHED_STATEMENTS))
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _wal(db)
        # a commit is not flushed to the disk at once: a killed run still leaves every document
        # whole or absent (WAL), only a power cut may lose the last commits (saved again next run)
        db.execute("PRAGMA synchronous=NORMAL")
        with transaction(db):
            migrate(db)
    except Exception as e:  # sqlite3 errors, permissions, a file that is not a database
        raise StoreError(f"cannot open database {path}: {e}") from None
    return db


def _wal(db: sqlite_utils.Database) -> None:
    """Switch a new database to WAL. Two runs creating the same file at once both ask for it, and
    SQLite answers the loser 'database is locked' at once, without its busy timeout: wait and ask
    again (WAL is kept in the file, so once one of them has it the other's answer is immediate)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def migrate(db: sqlite_utils.Database) -> None:
    """Create missing tables, add missing columns: the schema only grows."""
    for name, spec in SCHEMA.items():
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], not_null={"id"} if spec["pk"] == "id" else None)
            continue
        have = set(table.columns_dict)
        for col, typ in spec["columns"].items():
            if col not in have:
                table.add_column(col, typ)
    create_indexes(db)                    # a batch killed before it built its late indexes: built here
    reband_old(db)
    create_views(db)
    create_family_views(db)
    create_reading_views(db)


def create_indexes(db: sqlite_utils.Database) -> None:
    """Every index of INDEXES the database lacks."""
    for table, cols, unique in INDEXES:
        db[table].create_index(cols, unique=unique, if_not_exists=True)


def defer_indexes(db: sqlite_utils.Database) -> bool:
    """A batch into a new database writes its rows without the LATE_INDEXES, which only later
    reads use (each was one more B-tree written row by row, a tenth of the saving process's CPU);
    `create_indexes` builds them in one pass when it ends. Returns whether they were dropped: not
    for an archive's later runs, where building them again would cost more than it saves."""
    if db.execute("select 1 from documents limit 1").fetchone():
        return False
    for table, cols in LATE_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS [idx_{table}_{'_'.join(cols)}]")
    return True


def known_document(db: sqlite_utils.Database, path: str) -> Optional[dict]:
    """The stored row of the file at `path`, without its text (an archive's texts are large and a save
    only compares the row)."""
    return known_documents(db, [path]).get(path)


_ROW_COLUMNS = ", ".join(f"[{c}]" for c in SCHEMA["documents"]["columns"] if c != "text")


def known_documents(db: sqlite_utils.Database, paths: list[str]) -> dict[str, dict]:
    """The stored rows of the files at `paths`, without their texts, by path: a run's planning asks it of
    every file, 500 at a query (an unchanged archive would otherwise read all its texts again)."""
    # a plain read: `db["documents"]` lists the schema's tables and views first, at every call
    out: dict[str, dict] = {}
    for i in range(0, len(paths), 500):
        chunk = paths[i:i + 500]
        out.update((r["path"], r) for r in read(
            db, f"select {_ROW_COLUMNS} from [documents] where path in ({', '.join('?' * len(chunk))})", chunk))
    return out


PROV_COLUMNS = ("document_id", "block_id", "page", "row", "col", "start", "end", "text", "rule", "ocr",
                "x0", "top", "x1", "bottom")


def _prov_values(doc_id: int, block_ids: dict[int, int], p: Provenance) -> tuple:
    """`_prov` as a tuple in PROV_COLUMNS' order (a missing corner of the box is NULL, as a column
    left out of the insert is)."""
    box = (*(p.bbox or ()), None, None, None, None)[:4]
    return (doc_id, block_ids.get(p.block), p.page, p.row, p.col, p.start, p.end, p.text, p.rule, int(p.ocr),
            *box)


# json.dumps(v, ensure_ascii=False) builds an encoder at every call: one, for the thousands of rows a batch saves
_ENCODE_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _json(v) -> Optional[str]:
    return None if v in (None, {}, []) else _ENCODE_JSON(v)


def _clear(db: sqlite_utils.Database, doc_id: int) -> None:
    for t in DOCUMENT_TABLES:
        db.execute(f"delete from [{t}] where document_id = ?", [doc_id])


def document_row(path: str, sha256: str, size: int, fmt: str, mtime_ns: Optional[int] = None) -> dict:
    return {"path": path, "sha256": sha256, "size": size, "mtime_ns": mtime_ns, "format": fmt,
            "extractor_version": __version__, "extracted_at": time.strftime("%Y-%m-%dT%H:%M:%S")}


def save_failure(db: sqlite_utils.Database, row: dict, status: str, error: str) -> int:
    """Record a file that could not be processed (or was skipped as unsupported). Call inside
    `transaction(db)`."""
    doc_id = _upsert_document(db, {**row, "status": status, "error": error})
    _clear(db, doc_id)
    return doc_id


def _upsert_document(db: sqlite_utils.Database, row: dict) -> int:
    old = known_document(db, row["path"])
    empty = {c: None for c in SCHEMA["documents"]["columns"] if c not in ("id", "path")}
    if old:
        update_row(db, "documents", old["id"], {**empty, **row})
        return old["id"]
    return insert_row(db, "documents", {**empty, **row})


def save_extraction(db: sqlite_utils.Database, row: dict, result: "Extraction") -> int:
    """Replace everything known about one document. Call inside `transaction(db)`, with the
    document's checks, so that a kill leaves the old version or the new one, never a mix.
    Its rows go in one savepoint (or their own transaction outside one), not one per table."""
    with db.atomic():
        return _save_extraction(db, row, result)


def _save_extraction(db: sqlite_utils.Database, row: dict, result: "Extraction") -> int:
    doc, meta = result.document, result.meta
    doc_id = _upsert_document(db, {
        **row, **{k: getattr(meta, k) for k in _kept_fields(DocumentMeta, frozenset({"meta_source"}))},
        "meta_source": _json(meta.meta_source), "status": result.status,
        "error": "; ".join(result.errors) or None, "pages": doc.pages, "ocr": int(doc.ocr),
        "chars": len(doc.text), "blocks": len(doc.blocks), "warnings": _json(doc.warnings),
        "seconds": round(result.seconds, 3), "text": doc.text,
    })
    _clear(db, doc_id)
    write_fingerprint(db, doc_id, doc.text, result.fingerprint, savepoint=False)
    block_ids = _save_blocks(db, doc_id, doc, result.sections)
    q_ids = _save_quantities(db, doc_id, block_ids, result.quantities)
    _save_refs(db, doc_id, block_ids, result.legal_refs)
    ind_ids = _save_indicators(db, doc_id, block_ids, result.indicators, q_ids)
    insert_values(db, "entities", (*PROV_COLUMNS, "label", "name", "successor"),
                  [(*_prov_values(doc_id, block_ids, e.prov), *map(_stored, (e.label, e.name, e.successor)))
                   for e in result.entities if e.prov], ids=False, savepoint=False)
    result.row_ids = {"quantities": q_ids, "indicators": ind_ids}
    return doc_id


@lru_cache(maxsize=None)
def _kept_fields(cls: type, skip: frozenset[str]) -> tuple[str, ...]:
    # asked once per class, not once per row saved (dataclasses.fields builds its answer each time)
    return tuple(f.name for f in fields(cls) if f.name not in skip)


def _as_plain(v):
    return asdict(v) if is_dataclass(v) else copy.deepcopy(v)


def _stored(v):
    """A field's value as sqlite-utils stores it: plain values as they are, the rest as plain
    data, then JSON (jsonify_if_needed)."""
    return v if v is None or type(v) in PLAIN or type(v) is bool else jsonify_if_needed(_as_plain(v))


_AS_THEY_ARE = frozenset({*PLAIN, bool, type(None)})


@lru_cache(maxsize=None)
def _getter(names: tuple[str, ...]) -> Callable[[object], tuple]:
    get = attrgetter(*names)
    return get if len(names) > 1 else lambda record: (get(record),)    # attrgetter of one name: no tuple


def _stored_fields(record, names: tuple[str, ...]) -> tuple:
    """The fields `names` of a record as stored (`_stored`). Read at once, and looked at one by
    one only when one is not plain (a row in thousands): a call per field was most of a save."""
    values = _getter(names)(record)
    return values if _AS_THEY_ARE.issuperset(map(type, values)) else tuple(map(_stored, values))


BLOCK_COLUMNS = ("document_id", "idx", "kind", "page", "start", "end", "text", "ocr", "level", "source",
                 "n_rows", "n_cols", "section")
CELL_COLUMNS = ("document_id", "block_id", "row", "col", "rowspan", "colspan", "page", "start", "end", "text",
                "is_header")


def _save_blocks(db, doc_id: int, doc: Document, sections: dict[int, str]) -> dict[int, int]:
    # tuples in the columns' order, not dicts: a document has thousands of blocks and cells
    rows = [(doc_id, b.index, b.kind, b.page, b.start, b.end, b.text, int(b.ocr), b.level, b.source,
             b.n_rows if b.cells else None, b.n_cols if b.cells else None, sections.get(b.index))
            for b in doc.blocks]
    ids = dict(zip((b.index for b in doc.blocks), insert_values(db, "blocks", BLOCK_COLUMNS, rows, savepoint=False)))
    cells = [(doc_id, ids[b.index], c.row, c.col, c.rowspan, c.colspan, c.page, c.start, c.end, c.text,
              int(c.is_header))
             for b in doc.blocks for c in (b.cells or [])]
    insert_values(db, "cells", CELL_COLUMNS, cells, ids=False, savepoint=False)
    return ids


def _save_quantities(db, doc_id: int, block_ids: dict, quantities: Iterable[Quantity]) -> dict:
    quantities = list(quantities)
    names = _kept_fields(Quantity, frozenset({"prov"}))
    rows = [(*_prov_values(doc_id, block_ids, q.prov), *_stored_fields(q, names)) for q in quantities]
    ids = insert_values(db, "quantities", (*PROV_COLUMNS, *names), rows, savepoint=False)
    return dict(zip(((q.prov.start, q.prov.end, q.kind) for q in quantities), ids))


def _save_refs(db, doc_id: int, block_ids: dict, refs: Iterable[LegalRef]) -> None:
    refs = list(refs)
    none = Provenance(block=-1, start=0, end=0, text="", rule="")
    names = _kept_fields(LegalRef, frozenset({"mentions", "repaired"}))
    ref_ids = insert_values(db, "legal_refs", (*PROV_COLUMNS, *names, "repaired", "mentions"), [
        (*_prov_values(doc_id, block_ids, r.mentions[0] if r.mentions else none),
         *_stored_fields(r, names), int(r.repaired), len(r.mentions)) for r in refs], savepoint=False)
    insert_values(db, "legal_ref_mentions", ("legal_ref_id", *PROV_COLUMNS),
                  [(ref_id, *_prov_values(doc_id, block_ids, m))
                   for r, ref_id in zip(refs, ref_ids) for m in r.mentions], ids=False, savepoint=False)


_PROV_FIELDS = tuple(f.name for f in fields(Provenance))


def _prov_json(p: Optional[Provenance]) -> Optional[str]:
    # Provenance holds only plain values: a shallow dict is what asdict's deep copy gave, at a tenth of the cost
    return _json({name: getattr(p, name) for name in _PROV_FIELDS}) if p else None


# an indicator's columns after its provenance's: its plain fields, then those stored otherwise
_INDICATOR_SPECIAL = ("achieved", "lower_is_better", "target_prov", "actual_prov", "quantity_ids")


def _save_indicators(db, doc_id: int, block_ids: dict, indicators: Iterable[Indicator], q_ids: dict) -> list[int]:
    names = _kept_fields(Indicator, frozenset({"prov", "target_prov", "actual_prov", "quantity_refs", "achieved",
                                               "lower_is_better"}))
    # each span's quantity ids with their place in `q_ids`: an indicator's ids in that order, found
    # from its few spans instead of by a pass over every quantity of the document
    by_span: dict[tuple, list] = {}
    for place, ((s, e, _k), qid) in enumerate(q_ids.items()):
        by_span.setdefault((s, e), []).append((place, qid))
    # each indicator's family written with it (the checks read the rows back to set it: a query and
    # an update a row, for what the saving process knows already)
    # imported here: the extractor.check package brings the whole checker, which a second run over
    # unchanged files never needs
    from extractor.check.families import family_of, family_row, write_families
    rows, families = [], {}
    for ind in indicators:
        refs = set(map(tuple, ind.quantity_refs))
        qids = [qid for _place, qid in sorted(p for span in refs for p in by_span.get(span, ()))]
        family = family_of(ind.label, ind.level, ind.target_unit, ind.actual_unit)
        if family is not None and family[0] not in families:
            families[family[0]] = family_row(ind.label, ind.level, family)
        rows.append((*_prov_values(doc_id, block_ids, ind.prov), *_stored_fields(ind, names),
                     None if ind.achieved is None else int(ind.achieved), int(ind.lower_is_better),
                     _prov_json(ind.target_prov), _prov_json(ind.actual_prov), _json(qids),
                     family and family[0]))
    ids = insert_values(db, "indicators", (*PROV_COLUMNS, *names, *_INDICATOR_SPECIAL, "family_id"), rows,
                        savepoint=False)
    write_families(db, families)
    return ids


def start_run(db: sqlite_utils.Database, command: str) -> int:
    """Record a run as running; runs left running by a process that is gone are marked killed."""
    with transaction(db):
        for run in db.query("select id, pid from runs where status = 'running'"):
            if not process_alive(run["pid"]):
                db["runs"].update(run["id"], {"status": "killed"})
        return db["runs"].insert({"started_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "command": command,
                                  "extractor_version": __version__, "status": "running",
                                  "pid": os.getpid()}).last_pk


def process_alive(pid: Optional[int]) -> bool:
    """Is a process of that id running? (A run or temp folder whose process is gone was killed.)"""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:                     # it exists, under another user
        pass
    return True


def close_db(db: sqlite_utils.Database) -> None:
    """Write the log's pages into the database file and close it, so the file alone holds the run
    (a copy of chitieu.db made after `chitieu extract` is whole). Python frees a connection only in a
    garbage collection (its statement cache refers back to it), so without this the last commits
    of a small run could stay in chitieu.db-wal until the next open."""
    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")        # readers (a Datasette server) are not waited for
    finally:
        db.conn.close()


def finish_run(db: sqlite_utils.Database, run_id: int, status: str = "finished", **stats) -> None:
    try:
        with transaction(db):
            db["runs"].update(run_id, {"finished_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                                       "status": status, **stats})
    except NotFoundError:
        pass

