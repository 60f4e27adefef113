"""Per-document work stays flat as the archive grows: every statement that storing a document and
checking it runs reads the document's own rows through an index, never a whole table (a scan of
`cells` once per figure made the checks grow with the square of the archive)."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from extractor.check.checks import run_checks
from extractor.pipeline import extract_file
from extractor.store.database import document_row, open_db, save_extraction
from extractor.store.same_document import reband_old, regroup
from extractor.store.schema import DOCUMENT_TABLES, INDEXES, LATE_INDEXES

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "002_271367b9633365e6.txt"      # tables, indicators, ratios: every check runs
PER_DOCUMENT = set(DOCUMENT_TABLES) | {"documents"}


def _scans(con, sql: str) -> list[str]:
    """Plan lines that read a per-document table without an index ('SCAN cells', 'SCAN c')."""
    aliases = {}
    for table, alias in re.findall(r"(?:from|join)\s+\[?(\w+)\]?(?:\s+(?:as\s+)?(\w+))?", sql, re.I):
        aliases[table] = table
        if alias and alias.lower() not in ("where", "on", "order", "group", "limit", "set", "join", "left"):
            aliases[alias] = table
    bad = []
    for *_, detail in con.execute("EXPLAIN QUERY PLAN " + sql).fetchall():
        m = re.match(r"SCAN (\w+)", detail)
        if m and aliases.get(m.group(1), m.group(1)) in PER_DOCUMENT and "COVERING INDEX" not in detail:
            bad.append(detail)
    return bad


@pytest.fixture(scope="module")
def statements(tmp_path_factory):
    """Every statement run while a document is stored twice (new, then replaced), regrouped with
    the files of the same document, and checked; and when a database is opened."""
    db = open_db(tmp_path_factory.mktemp("idx") / "t.db")
    result = extract_file(SEED)
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    row = document_row(str(SEED), "0" * 64, SEED.stat().st_size, "txt")
    doc_id = save_extraction(db, row, result)
    save_extraction(db, row, result)
    regroup(db, doc_id, {doc_id})                     # the same document in other files, found by band
    reband_old(db)
    run_checks(db, [doc_id])
    db.conn.set_trace_callback(None)
    assert db["checks"].count and db["cells"].count           # the checks did look at tables
    return db, [s for s in seen if re.match(r"\s*(select|delete|update|with)\b", s, re.I)]


def test_storing_and_checking_a_document_reads_no_whole_table(statements):
    db, sqls = statements
    assert any("from cells" in s for s in sqls)               # the header lookups were traced
    problems = {s[:160]: _scans(db.conn, s) for s in sqls}
    assert not {s: p for s, p in problems.items() if p}


def test_storing_and_checking_read_no_late_index(statements):
    """LATE_INDEXES are only built when a batch into a new database ends: no statement of saving
    and checking a document may read one (documents.number may not be one: the checks resolve the
    documents a report cites by their number). Blocks by document alone are read through the
    index (document_id, idx) once that one is gone."""
    db, sqls = statements
    late = {f"idx_{t}_{'_'.join(cols)}" for t, cols in LATE_INDEXES} - {"idx_blocks_document_id"}
    used = {s[:160]: [d for *_, d in db.conn.execute("EXPLAIN QUERY PLAN " + s)
                      if set(re.findall(r"idx_\w+", d)) & late] for s in sqls}
    assert not {s: d for s, d in used.items() if d}
    # the planner of a one-document database may pick another index: the conditions are read too
    cols = "|".join(cols[0] for t, cols in LATE_INDEXES if t != "blocks")
    condition = re.compile(rf"\b(?:\w+\.)?\[?({cols})\]?\s*(?:=|\bin\b|\bis\b|<|>)", re.I)
    filtered = [s for s in sqls for where in [re.split(r"\bwhere\b", s, 1, re.I)[1:]]
                if where and condition.search(where[0])]
    assert not filtered, filtered[:3]


def test_without_the_late_indexes_storing_and_checking_still_read_no_whole_table(statements):
    """A batch into a new database builds LATE_INDEXES when it ends: no statement of the batch may
    need one of them (a scan of every block, indicator or check per document saved)."""
    db, sqls = statements
    con = sqlite3.connect(":memory:")
    db.conn.backup(con)
    for table, cols in LATE_INDEXES:
        con.execute(f"DROP INDEX [idx_{table}_{'_'.join(cols)}]")
    problems = {s[:160]: _scans(con, s) for s in sqls}
    assert not {s: p for s, p in problems.items() if p}


def test_the_header_lookup_uses_the_block_index(statements):
    db, sqls = statements
    header = next(s for s in sqls if "group_concat(c.text" in s)
    plan = " ".join(r[-1] for r in db.conn.execute("EXPLAIN QUERY PLAN " + header))
    # the rows above the figure only, not every cell of its table (annexes run to thousands of rows)
    assert re.search(r"SEARCH c USING INDEX \w*block_id\w* \(block_id=\? AND row<\?\)", plan), plan



def test_a_saved_files_candidates_are_read_from_the_bands_index_alone(statements):
    """One template's copies share every band: the documents of each band are read from the index
    (band, document_id), not row by row from text_bands, and each candidate's status once."""
    db, sqls = statements
    found = next(s for s in sqls if re.search(r"from text_bands b join text_bands o", s, re.I))
    plan = [r[-1] for r in db.conn.execute("EXPLAIN QUERY PLAN " + found)]
    assert any(re.match(r"SEARCH o USING COVERING INDEX \w+ \(band=\?\)", p) for p in plan), plan
    assert not any(re.match(r"SEARCH d\b", p) for p in plan), plan        # no join on documents per band

@pytest.fixture(scope="module")
def traced(tmp_path_factory):
    """The statements of saving a document twice and regrouping it, then of checking it, apart."""
    from extractor.check.checks import Checker
    from extractor.writes import transaction

    db = open_db(tmp_path_factory.mktemp("few") / "t.db")
    result = extract_file(SEED)
    checker = Checker.prepare(db)
    row = document_row(str(SEED), "0" * 64, SEED.stat().st_size, "txt")
    saving: list[str] = []
    db.conn.set_trace_callback(saving.append)
    with transaction(db):
        doc_id = save_extraction(db, row, result)
    with transaction(db):
        save_extraction(db, row, result)
        regroup(db, doc_id, {doc_id})
    checking: list[str] = []
    db.conn.set_trace_callback(checking.append)
    with transaction(db):
        checker.check_document(db, doc_id)
    db.conn.set_trace_callback(None)
    n_indicators = db.execute("select count(*) from indicators").fetchone()[0]
    assert n_indicators and db["checks"].count
    return saving, checking, n_indicators


@pytest.mark.parametrize("part", ["saving", "checking"])
def test_saving_and_checking_never_look_up_the_schema(traced, part):
    """sqlite-utils' `db[table]`, `.update()` and `.insert_all()` list the tables and views and read
    the primary key before each write: several statements more for every row saved or checked."""
    sqls = traced[0] if part == "saving" else traced[1]
    asked = [s for s in sqls if re.search(r"sqlite_master|pragma\s+table_info", s, re.I)]
    assert not asked, asked[:3]


def test_checking_reads_each_indicator_rows_context_once(traced):
    """Matching and the checks after it both need each row's block, header and lines above: read
    once per check of the document, not once for each."""
    _, checking, n_indicators = traced
    block_reads = [s for s in checking if re.match(r"select \* from blocks where id = ", s, re.I)]
    assert 0 < len(block_reads) <= n_indicators


def test_checking_reads_each_block_context_once_for_all_its_rows(traced):
    """A table's rows share its block, header and the lines above it: read once per block, not
    once per row (the seed's 23 indicators sit in one table)."""
    _, checking, n_indicators = traced
    block_reads = [s for s in checking if re.match(r"select \* from blocks where id = ", s, re.I)]
    header_reads = [s for s in checking if "is_header = 1 or row = 0" in s]
    above_reads = [s for s in checking if re.match(r"select text from blocks where document_id = ", s, re.I)]
    assert n_indicators > 1 and all(re.search(r"id = \d", s) for s in block_reads)   # the ids are traced
    assert len(block_reads) == len(set(block_reads)) > 0
    assert len(header_reads) == len(set(header_reads)) and len(above_reads) == len(set(above_reads))


@pytest.mark.parametrize("part", ["saving", "checking"])
def test_reads_run_without_a_savepoint_each(traced, part):
    """sqlite-utils' query() wraps every SELECT in a savepoint (in case it writes): three statements
    for each of the thousands of reads of a batch's saving and checking."""
    sqls = traced[0] if part == "saving" else traced[1]
    assert any(s.lstrip().lower().startswith("select") for s in sqls)
    assert not [s for s in sqls if "sqlite_utils_query" in s]


def _indexes(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("select name from sqlite_master where type = 'index' and name like 'idx_%'")}
    finally:
        con.close()


def _all_indexes() -> set[str]:
    return {f"idx_{t}_{'_'.join(cols)}" for t, cols, _unique in INDEXES}


def _batch(paths, db_path, dropped: list[str]):
    """A batch extracting here, in order, telling which indexes it dropped."""
    from extractor import batch
    from extractor.store import database

    real_open = database.open_db

    def open_db(path):
        db = real_open(path)
        db.conn.set_trace_callback(lambda s: dropped.append(s) if s.upper().startswith("DROP INDEX") else None)
        return db
    run = (lambda items, running=None: (batch._work(i) for i in items))
    orig, batch.store.open_db = batch.store.open_db, open_db
    try:
        return batch.run_batch(paths, db_path, executor=run)
    finally:
        batch.store.open_db = orig


@pytest.mark.parametrize("first_run", [True, False])
def test_a_batch_into_a_new_database_builds_its_late_indexes_when_it_ends(tmp_path, first_run):
    db_path = tmp_path / "t.db"
    other = tmp_path / "khac.txt"
    other.write_text(SEED.read_text(encoding="utf-8") + "\nPhụ lục kèm theo.\n", encoding="utf-8")
    if not first_run:                                   # an archive's later run: the indexes stay
        _batch([SEED], db_path, [])
    dropped: list[str] = []
    summary = _batch([other], db_path, dropped)
    assert summary.by_status["ok"] == 1
    assert len(dropped) == (len(LATE_INDEXES) if first_run else 0)
    assert _indexes(db_path) == _all_indexes()


def test_a_database_a_killed_batch_left_without_its_late_indexes_gets_them_when_opened(tmp_path):
    db = open_db(tmp_path / "t.db")
    for table, cols in LATE_INDEXES:
        db.execute(f"DROP INDEX [idx_{table}_{'_'.join(cols)}]")
    db.conn.close()
    assert not _indexes(tmp_path / "t.db") >= _all_indexes()
    open_db(tmp_path / "t.db").conn.close()
    assert _indexes(tmp_path / "t.db") == _all_indexes()
