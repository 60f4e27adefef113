"""The batch: every file recorded, bad input recorded as an error, unchanged files skipped."""
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from extractor.batch import run_batch
from extractor.cli.main import cli

SEED = CORPUS / "004_6235157468960801.txt"


def statuses(db):
    con = sqlite3.connect(db)
    return {r[0].split("/")[-1]: (r[1], r[2]) for r in con.execute("select path, status, error from documents")}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "good.txt")
    (d / "empty.txt").write_bytes(b"")
    (d / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (d / "fake.pdf").write_text("just text pretending to be a PDF")
    (d / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF garbage")
    (d / "notes.xyz").write_text("unsupported")
    (d / "latin.txt").write_bytes("Báo cáo số 12/BC-UBND năm 2024 về kết quả".encode("cp1252", errors="replace"))
    return d


def test_bad_input_is_recorded_and_the_batch_goes_on(folder, tmp_path):
    db = tmp_path / "x.db"
    summary = run_batch([folder], db, jobs=1)
    got = statuses(db)
    assert len(got) == 7
    assert got["good.txt"][0] == "ok"
    assert got["notes.xyz"][0] == "skipped"
    for name in ("empty.txt", "corrupt.docx", "fake.pdf", "broken.pdf"):
        status, error = got[name]
        assert status == "error" and error, name
        assert "\n" not in error and len(error) < 400
    assert got["latin.txt"][0] == "ok"
    assert summary.exit_code == 1
    again = run_batch([folder], db, jobs=1)      # unchanged bad files are not retried either
    assert again.by_status == {"unchanged": 7} and again.exit_code == 0


def test_unchanged_files_are_skipped_and_changed_files_replaced(tmp_path):
    src = tmp_path / "a.txt"
    shutil.copy(SEED, src)
    db = tmp_path / "x.db"
    run_batch([src], db, jobs=1)
    con = sqlite3.connect(db)
    before = con.execute("select id, sha256 from documents").fetchall()
    blocks = con.execute("select count(*) from blocks").fetchone()[0]
    second = run_batch([src], db, jobs=1)
    assert second.by_status == {"unchanged": 1}
    assert con.execute("select count(*) from blocks").fetchone()[0] == blocks
    src.write_text(src.read_text(encoding="utf-8") + "\nThêm một đoạn mới.\n", encoding="utf-8")
    third = run_batch([src], db, jobs=1)
    assert third.by_status == {"ok": 1}
    after = con.execute("select id, sha256 from documents").fetchall()
    assert after[0][0] == before[0][0] and after[0][1] != before[0][1]
    assert con.execute("select count(*) from blocks where document_id = ?", [after[0][0]]).fetchone()[0] == blocks + 1


def _hashed(monkeypatch) -> list[str]:
    """The files a run reads to hash them (batch.fingerprint), by name."""
    from extractor import batch
    seen, real = [], batch.fingerprint
    monkeypatch.setattr(batch, "fingerprint", lambda item: seen.append(item.file.name) or real(item))
    return seen


def _same_size_change(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text and len(old.encode()) == len(new.encode())
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# (what happens to the file between two runs, keep its old time?, hashed?, status of the second run)
STAT_CASES = [
    ("nothing", False, [], {"unchanged": 1}),
    ("touched", False, ["a.txt"], {"unchanged": 1}),                     # same bytes, new time
    ("same size, new bytes", False, ["a.txt"], {"ok": 1}),
    # counterexamples to the stat test: a size that differs is read whatever the time says
    ("longer, time put back", True, ["a.txt"], {"ok": 1}),
    ("forced", False, ["a.txt"], {"ok": 1}),
]


@pytest.mark.parametrize("change,keep_time,hashed,status", STAT_CASES, ids=[c[0] for c in STAT_CASES])
def test_a_file_with_its_recorded_size_and_time_is_not_read_again(tmp_path, monkeypatch, change, keep_time,
                                                                  hashed, status):
    src = tmp_path / "in"
    src.mkdir()
    f = src / "a.txt"
    f.write_text("Báo cáo số 14/BC-UBND của UBND xã Tân Phú: tỷ lệ hồ sơ trực tuyến đạt 87,5%.\n",
                 encoding="utf-8")
    db = tmp_path / "x.db"
    run_batch([src], db, jobs=1)
    st = f.stat()
    if change == "touched":
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    elif change == "same size, new bytes":
        _same_size_change(f, "87,5%", "78,5%")
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    elif change == "longer, time put back":
        f.write_text(f.read_text(encoding="utf-8") + "Thêm một dòng.\n", encoding="utf-8")
    if keep_time:
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    seen = _hashed(monkeypatch)
    assert run_batch([src], db, jobs=1, force=change == "forced").by_status == status
    assert seen == hashed
    con = sqlite3.connect(db)
    assert con.execute("select mtime_ns, size from documents").fetchone() == (f.stat().st_mtime_ns, f.stat().st_size)
    seen.clear()                          # whatever happened, the next run reads nothing
    assert run_batch([src], db, jobs=1).by_status == {"unchanged": 1} and seen == []


def test_an_archive_member_is_hashed_at_every_run(tmp_path, monkeypatch):
    """An archive's members are unpacked anew by each run: no time of theirs is recorded, each is hashed."""
    z = tmp_path / "in.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("b.txt", "Kế hoạch số 5/KH-UBND: phấn đấu 95% thủ tục trực tuyến.\n")
    db = tmp_path / "x.db"
    run_batch([z], db, jobs=1)
    assert sqlite3.connect(db).execute("select mtime_ns from documents").fetchall() == [(None,)]
    seen = _hashed(monkeypatch)
    assert run_batch([z], db, jobs=1).by_status == {"unchanged": 1} and seen == ["b.txt"]


def test_zip_archives_are_read_member_by_member(tmp_path):
    z = tmp_path / "archive.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.write(SEED, "2025/ke-hoach.txt")
        f.writestr("2025/empty.txt", b"")
    db = tmp_path / "x.db"
    run_batch([z], db, jobs=1)
    rows = sqlite3.connect(db).execute("select path, status from documents order by path").fetchall()
    assert rows == [(f"{z}!2025/empty.txt", "error"), (f"{z}!2025/ke-hoach.txt", "ok")]


def test_parallel_run_matches_serial(tmp_path):
    serial, parallel = tmp_path / "s.db", tmp_path / "p.db"
    run_batch([CORPUS], serial, jobs=1)
    run_batch([CORPUS], parallel, jobs=2)
    q = "select d.path, count(b.id) from documents d left join blocks b on b.document_id = d.id group by d.path"
    assert sorted(sqlite3.connect(serial).execute(q)) == sorted(sqlite3.connect(parallel).execute(q))


def test_cli_extract_prints_summary_and_exit_code(tmp_path):
    db = tmp_path / "x.db"
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "by status: ok 1" in result.output and "theo trạng thái" in result.output
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 nonsense")
    result = CliRunner().invoke(cli, ["extract", str(bad), "--db", str(db), "--silent"])
    assert result.exit_code == 1 and result.output == ""


def test_cli_reports_a_database_that_cannot_be_opened(tmp_path):
    not_db = tmp_path / "x.db"
    not_db.write_text("this is not sqlite")
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--db", str(not_db)])
    assert result.exit_code == 1
    assert "StoreError" in result.output and "Traceback" not in result.output


def test_a_file_over_the_size_limit_is_an_error_not_a_stall(tmp_path, monkeypatch):
    monkeypatch.setenv("CHITIEU_MAX_MB", "1")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(3 * 2**20)            # sparse: 3 MiB of zeros
    db = tmp_path / "x.db"
    run_batch([big, SEED], db, jobs=1)
    got = statuses(db)
    assert got["big.txt"][0] == "error" and "too large" in got["big.txt"][1]
    assert got[SEED.name][0] == "ok"


def test_a_file_that_hangs_is_given_up_and_the_batch_goes_on(tmp_path, monkeypatch):
    import time
    from extractor import pipeline
    real = pipeline.extract_file

    def slow(path):
        if Path(path).name == "slow.txt":
            time.sleep(30)
        return real(path)

    monkeypatch.setattr(pipeline, "extract_file", slow)
    shutil.copy(SEED, tmp_path / "slow.txt")
    (tmp_path / "quick.txt").write_text("Tỷ lệ hồ sơ trực tuyến đạt 93,6%.", encoding="utf-8")
    real(tmp_path / "quick.txt")            # warm up: the first file in a process pays for imports
    monkeypatch.setenv("CHITIEU_FILE_TIMEOUT", "2")
    db = tmp_path / "x.db"
    run_batch([tmp_path / "slow.txt", tmp_path / "quick.txt"], db, jobs=1)
    got = statuses(db)
    assert got["slow.txt"][0] == "error" and "gave up after 2 s" in got["slow.txt"][1]
    assert got["quick.txt"][0] == "ok"


def test_the_database_inside_the_extracted_folder_is_not_a_document(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    db = tmp_path / "chitieu.db"
    run_batch([tmp_path], db, jobs=1)
    (tmp_path / "chitieu.db-journal").write_bytes(b"")      # as SQLite leaves one beside a database
    run_batch([tmp_path], db, jobs=1)
    assert sorted(statuses(db)) == [SEED.name]


@pytest.mark.parametrize("how", ["a link to it named as a document", "its folder reached through a link"])
def test_the_database_reached_another_way_is_not_a_document(tmp_path, how):
    """Counterexamples to resolving only the files named as an excluded one: a link is resolved too."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(SEED, data / SEED.name)
    db = data / "chitieu.db"
    run_batch([data], db, jobs=1)
    if how == "a link to it named as a document":
        (data / "bao_cao.txt").symlink_to(db)
        folder = data
    else:
        folder = tmp_path / "link"
        folder.symlink_to(data)
    run_batch([folder], db, jobs=1)
    paths = [r[0] for r in sqlite3.connect(db).execute("select path from documents")]
    assert sorted(p.split("/")[-1] for p in paths) == [SEED.name] * (1 if folder == data else 2)   # 'link/…' too


def test_only_a_file_named_as_the_database_or_a_link_is_resolved(tmp_path, monkeypatch):
    from extractor import batch
    for i in range(3):
        shutil.copy(SEED, tmp_path / f"bc_{i}.txt")
    resolved = []
    real = Path.resolve
    monkeypatch.setattr(Path, "resolve", lambda self, *a: resolved.append(self.name) or real(self, *a))
    items = list(batch.collect([tmp_path], tmp_path / "work", exclude=batch.database_files(tmp_path / "x.db")))
    assert [i.file.name for i in items] == ["bc_0.txt", "bc_1.txt", "bc_2.txt"]
    assert sorted(resolved) == ["x.db", "x.db-journal", "x.db-shm", "x.db-wal"]     # the excluded files alone


@pytest.mark.parametrize("name, value", [("CHITIEU_MAX_MB", "lots"), ("CHITIEU_FILE_TIMEOUT", "1 phút"),
                                         ("CHITIEU_FILE_TIMEOUT", "-5")])
def test_a_setting_that_is_not_a_usable_number_is_a_one_line_error(tmp_path, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert f"SettingError: {name}=" in result.output and "Traceback" not in result.output
    assert "Hint:" in result.output


def test_identical_bytes_at_another_path_are_extracted_once(tmp_path, monkeypatch):
    from extractor import pipeline
    log = tmp_path / "extracted.log"            # written by the worker process
    real = pipeline.extract_file

    def logged(p):
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(Path(p).name + "\n")
        return real(p)

    monkeypatch.setattr(pipeline, "extract_file", logged)

    def calls():
        return log.read_text(encoding="utf-8").split()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SEED, tmp_path / "a" / "bao_cao.txt")
    shutil.copy(SEED, tmp_path / "b" / "ban_sao.txt")
    db = tmp_path / "x.db"
    summary = run_batch([tmp_path / "a", tmp_path / "b"], db, jobs=1)
    assert calls() == ["bao_cao.txt"]
    assert summary.by_status == {"ok": 1, "duplicate": 1}
    con = sqlite3.connect(db)
    (orig,) = con.execute("select id from documents where path like '%bao_cao.txt'").fetchone()
    assert con.execute("select status, duplicate_of from documents where path like '%ban_sao.txt'").fetchone() == ("duplicate", orig)
    assert con.execute("select count(distinct document_id) from indicators").fetchone() == (1,)
    # a later run finds the copy again, from the database
    (tmp_path / "c").mkdir()
    shutil.copy(SEED, tmp_path / "c" / "lan_nua.txt")
    run_batch([tmp_path / "c"], db, jobs=1)
    assert calls() == ["bao_cao.txt"]
    assert con.execute("select status from documents where path like '%lan_nua.txt'").fetchone() == ("duplicate",)


@pytest.mark.parametrize("name", ["002_271367b9633365e6.docx", "002_271367b9633365e6.pdf", "000_64fc1f9029895d3a.txt"])
def test_what_a_worker_sends_back_stores_the_same_rows(tmp_path, name):
    """A worker drops segments, raw texts, offsets and word boxes before pickling its result
    (Extraction.for_saving): the rows stored from it are those stored from the whole result."""
    from db_compare import differences
    from extractor import pipeline
    from extractor.store import database as store
    from extractor.writes import transaction

    dbs = []
    for slim in (False, True):
        result = pipeline.extract_file(CORPUS / name)
        if slim:
            result = result.for_saving()
            assert result.segments == [] and all(b.to_raw is None for b in result.document.blocks)
        db = store.open_db(tmp_path / f"{slim}.db")
        with transaction(db):
            store.save_extraction(db, store.document_row(name, "x", 1, name.rsplit(".", 1)[1]), result)
        dbs.append(tmp_path / f"{slim}.db")
    assert differences(*dbs) == {}


def test_a_batch_indexes_its_blocks_for_search_once_when_it_ends(tmp_path):
    """Indexing block by block cost five times indexing at once: the batch saves its documents
    with the index's insert trigger suspended, then indexes every block the index lacks (two small
    files: under INDEX_EVERY, nothing is indexed before the end)."""
    from extractor.store.database import open_db
    from extractor.store.views import search_blocks

    db_path = tmp_path / "x.db"
    triggers_seen = []

    def progress(outcome):
        con = sqlite3.connect(db_path)
        triggers_seen.append({r[0] for r in con.execute("select name from sqlite_master where type = 'trigger'")})
        indexed.append(con.execute("select count(*) from blocks_fts").fetchone()[0])
        con.close()

    indexed = []
    run_batch([CORPUS / "002_271367b9633365e6.docx", CORPUS / "000_64fc1f9029895d3a.txt"], db_path, jobs=1,
              progress=progress)
    assert triggers_seen and all("blocks_fts_ai" not in t for t in triggers_seen)
    assert indexed == [0, 0]
    db = open_db(db_path)
    assert "blocks_fts_ai" in {r["name"] for r in db.query("select name from sqlite_master where type = 'trigger'")}
    assert db.execute("select count(*) from blocks_fts").fetchone()[0] == db["blocks"].count > 20
    assert search_blocks(db, "chuyen doi so")


@pytest.mark.parametrize("every, stop_after", [(1, None), (1, 2), (10**9, None)])
def test_a_batch_indexes_the_blocks_it_saved_as_it_goes(tmp_path, monkeypatch, every, stop_after):
    """Every INDEX_EVERY characters of saved text the batch indexes what it saved so far, so that
    little is left for its end, when the workers are done and a core sits idle. The end (or an
    interruption) indexes the rest: every block is indexed, once."""
    from extractor import batch
    from extractor.store.database import open_db
    from extractor.store.views import search_blocks

    monkeypatch.setattr(batch, "INDEX_EVERY", every)
    files = [CORPUS / "002_271367b9633365e6.docx", CORPUS / "000_64fc1f9029895d3a.txt", SEED]
    db_path = tmp_path / "x.db"
    seen = []                      # at each save: (blocks indexed, blocks of the files saved before it)

    def progress(outcome):
        con = sqlite3.connect(db_path)
        seen.append((con.execute("select count(*) from blocks_fts").fetchone()[0],
                     con.execute("select count(*) from blocks b join documents d on d.id = b.document_id "
                                 "where d.path != ?", [outcome.item.path]).fetchone()[0]))
        con.close()
        if len(seen) == stop_after:
            raise KeyboardInterrupt

    summary = run_batch(files, db_path, jobs=1, progress=progress)
    assert summary.interrupted == (stop_after is not None)
    assert len(seen) == (stop_after or 3) and seen[1][1] > 0
    if every == 1:
        assert all(indexed == before for indexed, before in seen)
    else:
        assert all(indexed == 0 for indexed, _ in seen)
    db = open_db(db_path)
    assert db.execute("select count(*) from blocks_fts").fetchone()[0] == db["blocks"].count
    assert db.execute("select count(*) from blocks_fts f where not exists "
                      "(select 1 from blocks b where b.id = f.rowid and b.text = f.text)").fetchone()[0] == 0
    assert search_blocks(db, "chuyen doi so")


def test_blocks_a_killed_batch_left_unindexed_are_indexed_when_the_database_is_opened(tmp_path):
    from extractor.store.database import open_db
    from extractor.store.views import search_blocks, suspend_search_index

    db = open_db(tmp_path / "x.db")
    suspend_search_index(db)
    db["blocks"].insert({"document_id": 1, "idx": 0, "text": "Kế hoạch chuyển đổi số"})
    db.conn.commit()
    assert search_blocks(db, "chuyen doi so") == []           # what a killed batch leaves
    db.close()
    assert len(search_blocks(open_db(tmp_path / "x.db"), "chuyen doi so")) == 1


def test_the_database_file_alone_holds_the_run(tmp_path):
    """A copy of chitieu.db made after a run (without chitieu.db-wal beside it) holds what was saved:
    the batch writes its log into the file and closes the database when it ends."""
    run_batch([CORPUS / "000_64fc1f9029895d3a.txt"], tmp_path / "x.db", jobs=1)
    assert not (tmp_path / "x.db-wal").exists() or (tmp_path / "x.db-wal").stat().st_size == 0
    shutil.copy(tmp_path / "x.db", tmp_path / "copy.db")
    con = sqlite3.connect(tmp_path / "copy.db")
    assert con.execute("select count(*) from blocks").fetchone()[0] > 10
    assert con.execute("select count(*) from documents where status = 'ok'").fetchone()[0] == 1


def test_what_the_workers_inherit_is_frozen_for_the_garbage_collector(monkeypatch):
    """The warm-up's 100,000 objects (spaCy, the patterns) live as long as the process: frozen before
    the workers fork, no collection walks them again (in the workers, nor at exit: ≈0.4 s a run).
    Only once a process: a later batch's leftovers in a long-lived caller stay collectable."""
    import gc
    import multiprocessing

    from extractor import batch

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("workers are not forked here")
    monkeypatch.setattr(batch, "_FROZEN", False)
    gc.unfreeze()
    try:
        batch._warm_up()
        frozen = gc.get_freeze_count()
        assert frozen > 50_000
        leftovers = [{"a cycle": []} for _ in range(1000)]
        for d in leftovers:
            d["a cycle"].append(d)
        batch._warm_up()
        assert gc.get_freeze_count() < frozen + len(leftovers)     # the leftovers stay collectable
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("label, norm, matched", [
    ("Tỷ lệ hồ sơ trực tuyến toàn trình", "tỷ lệ hồ sơ trực tuyến toàn trình", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
    ("Số xã đạt chuẩn nông thôn mới", "số xã đạt chuẩn nông thôn mới", "Số xã đạt chuẩn nông thôn mới"),
    ("", "thu nhập bình quân đầu người", "thu nhập bình quân đầu người"),      # no label: its normal form
    (None, "tỷ lệ giải ngân", "tỷ lệ giải ngân"),
])
def test_a_worker_segments_the_wording_the_checks_match(label, norm, matched):
    from types import SimpleNamespace

    from extractor.batch import matched_labels
    assert matched_labels([SimpleNamespace(label=label, label_norm=norm)]) == [matched]


def test_the_words_a_worker_sends_are_all_the_checks_need(tmp_path, monkeypatch):
    """The main process matches a document's indicators without segmenting a label itself, though
    the worker no longer sends the normal forms' words."""
    from extractor import batch
    from extractor.check import matching
    from extractor.check.checks import Checker
    from extractor.store import database as store

    seed = CORPUS / "000_64fc1f9029895d3a.txt"
    db = store.open_db(tmp_path / "x.db")
    checker = Checker.prepare(db)
    checker.matcher                                   # the catalogue's own words, segmented once
    outcome = batch._work(batch.fingerprint(batch.Item(path=str(seed), file=seed)))
    indicators = outcome.result.indicators
    assert indicators and set(outcome.result.label_words) == {i.label or i.label_norm for i in indicators}
    assert any(i.label_norm not in outcome.result.label_words for i in indicators)
    matching._WORDS.clear()                          # as in a main process that never saw these labels
    segmented = []
    monkeypatch.setattr(matching, "_segment_compounds", lambda text: segmented.append(text) or ())
    batch._save(db, outcome, checker)
    assert db.execute("select count(*) from indicators where catalogue_id is not null").fetchone()[0] > 0
    assert segmented == []


class _Pool:
    """pebble's ProcessPool as `_extract_all` uses it, its files finished (or started) at once."""

    def __init__(self, max_workers, initializer, start_only=()):
        self.scheduled, self.start_only = [], start_only

    def schedule(self, fn, args, timeout):
        from concurrent.futures import Future

        from extractor.batch import Outcome
        item, fut = args[0], Future()
        self.scheduled.append(item.path)
        if item.path in self.start_only:
            fut.set_running_or_notify_cancel()           # a worker took it and is still at it
        elif not self.start_only:
            fut.set_result(Outcome(item, "ok"))
        return fut

    def stop(self):
        pass

    def join(self, timeout=None):
        pass


def _items(tmp_path, n):
    from extractor.batch import Item
    return [Item(path=f"bao_cao_{i}.txt", file=tmp_path / f"bao_cao_{i}.txt", size=i) for i in range(n)]


# when the first file is done: one running and one waiting a worker, and the finished one's successor
@pytest.mark.parametrize("jobs, files, first", [(1, 5, 3), (2, 6, 5), (2, 3, 3), (1, 1, 1)])
def test_each_worker_has_a_file_waiting_when_it_finishes_one(tmp_path, monkeypatch, jobs, files, first):
    """A worker that finishes a file takes the next at once, not when the main process, saving the
    previous document, gets round to sending it one."""
    import pebble

    from extractor import batch
    pools = []
    monkeypatch.setattr(pebble, "ProcessPool", lambda **kw: pools.append(_Pool(**kw)) or pools[-1])
    monkeypatch.setattr(batch, "_warm_up", lambda: None)
    outcomes = batch._extract_all(_items(tmp_path, files), jobs)
    next(outcomes)
    assert len(pools[0].scheduled) == first
    assert 1 + len(list(outcomes)) == files == len(pools[0].scheduled)


def test_only_the_files_a_worker_took_are_reported_running(tmp_path, monkeypatch):
    """Counterexample: a file waiting for a worker is not running (its time there is no slowness)."""
    import pebble

    from extractor import batch

    class Seen(Exception):
        pass

    def running(files):
        seen.update(files)
        raise Seen
    seen = {}
    monkeypatch.setattr(pebble, "ProcessPool", lambda **kw: _Pool(**kw, start_only={"bao_cao_3.txt"}))
    monkeypatch.setattr(batch, "_warm_up", lambda: None)
    with pytest.raises(Seen):
        next(batch._extract_all(_items(tmp_path, 4), 1, running))
    assert list(seen) == ["bao_cao_3.txt"]               # the largest goes first; the smallest waits


def test_a_run_that_finds_every_file_unchanged_does_not_prepare_the_checks(tmp_path, monkeypatch):
    """Preparing the checks parses the catalogue: a run with nothing to extract or check skips it;
    a run that saves a document prepares them once, in that document's transaction."""
    from extractor.check.checks import Checker
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "a.txt")
    db = tmp_path / "x.db"
    run_batch([src], db, jobs=1)
    prepared = []
    real = Checker.prepare.__func__
    monkeypatch.setattr(Checker, "prepare", classmethod(lambda cls, d: prepared.append(1) or real(cls, d)))
    assert run_batch([src], db, jobs=1).by_status == {"unchanged": 1}
    assert prepared == []
    (src / "b.txt").write_text("Kế hoạch số 3/KH-UBND của UBND huyện Đông Sơn: phấn đấu 90% hồ sơ trực tuyến.\n",
                               encoding="utf-8")
    assert run_batch([src], db, jobs=1).by_status == {"unchanged": 1, "ok": 1}
    assert prepared == [1]
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents where checked_at is null").fetchone()[0] == 0
    assert con.execute("select count(*) from catalogue").fetchone()[0] > 0


RECORDS_SENT = ("Block", "Cell", "Provenance", "Quantity", "Indicator", "LegalRef", "Entity")


def test_a_workers_outcome_is_pickled_as_field_values_and_comes_back_equal():
    """The records a worker sends back (≈200,000 for 8 MB of text) are pickled as their fields'
    values, not as an attribute dict each: half the unpickling in the saving process. What comes
    back equals what was sent, every attribute of every record."""
    import pickle
    from dataclasses import fields

    from extractor.batch import Item, _work

    outcome = _work(Item(path="x.txt", file=SEED))
    result = outcome.result
    assert result.quantities and result.indicators and result.legal_refs and result.entities
    data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    # the field names of a record are no longer written with it
    assert b"denominator" not in data and b"lower_is_better" not in data and b"colspan" not in data
    back = pickle.loads(data)
    assert back == outcome
    records = [*result.document.blocks, *result.quantities, *result.indicators, *result.legal_refs,
               *result.entities, *(q.prov for q in result.quantities)]
    records_back = [*back.result.document.blocks, *back.result.quantities, *back.result.indicators,
                    *back.result.legal_refs, *back.result.entities, *(q.prov for q in back.result.quantities)]
    assert [vars(r) for r in records_back] == [vars(r) for r in records]
    assert {type(r).__name__ for r in records} == set(RECORDS_SENT) - {"Cell"}


@pytest.mark.parametrize("name", RECORDS_SENT)
def test_a_record_pickled_as_field_values_is_rebuilt_by_its_init_alone(name):
    """Rebuilding by calling the class is exact only if __init__ takes every field and does
    nothing more: a field left out of __init__ or a __post_init__ would break it."""
    from dataclasses import fields

    from extractor import batch

    cls = getattr(batch, name)
    assert all(f.init for f in fields(cls)) and not hasattr(cls, "__post_init__")
    assert not hasattr(cls, "__slots__")
