"""A province's archive, safely: nothing written outside, nothing half-saved, work kept when killed.

The kill tests run chitieu in real subprocesses and SIGKILL them; after each kill the database
must pass SQLite's integrity check, hold no half-saved or duplicated document, and a plain re-run
must complete it."""
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT
from extractor import batch, store
from extractor.batch import run_batch

SEED = CORPUS / "002_271367b9633365e6.txt"


def rows(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def statuses(db) -> dict[str, tuple[str, str]]:
    return {p: (s, e or "") for p, s, e in rows(db, "select path, status, error from documents")}


def assert_whole(db) -> None:
    """Integrity ok; every document has exactly the blocks it says; no row stored twice."""
    assert rows(db, "pragma integrity_check") == [("ok",)]
    assert rows(db, """select d.path, d.blocks, count(b.id) from documents d
                       left join blocks b on b.document_id = d.id
                       where d.status in ('ok', 'partial') group by d.id
                       having count(b.id) != d.blocks""") == []
    assert rows(db, "select document_id, idx, count(*) from blocks group by 1, 2 having count(*) > 1") == []
    assert rows(db, "select path, count(*) from documents group by path having count(*) > 1") == []


def chitieu(*args, env=None, **kw) -> subprocess.Popen:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "extractor", *map(str, args)], cwd=ROOT, env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def finish(proc, timeout=300) -> tuple[int, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out + err


# --- archives --------------------------------------------------------------------------------------

def _symlink_member(z: zipfile.ZipFile, name: str, target: str) -> None:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    z.writestr(info, target)


def test_hostile_members_are_refused_one_by_one_and_nothing_is_written_outside(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "victim.txt"
    victim.write_text("must stay", encoding="utf-8")
    archive = tmp_path / "hostile.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(str(victim), "overwritten")                       # an absolute name
        z.writestr("../../escaped.txt", "escaped")                   # parent folders
        z.writestr("C:/Windows/win.txt", "drive")                    # a drive letter
        _symlink_member(z, "link.txt", "/etc/passwd")                # a link
        z.writestr("a", "file a")                                    # 'a' is a file …
        z.writestr("a/b.txt", "… and a folder")                      # … and a folder
        z.write(SEED, "good/seed.txt")
    summary = run_batch([archive], tmp_path / "x.db", jobs=1)
    got = statuses(tmp_path / "x.db")
    assert victim.read_text(encoding="utf-8") == "must stay"
    assert not (tmp_path.parent / "escaped.txt").exists() and not list(tmp_path.rglob("escaped.txt"))
    refused = {p.split("!", 1)[1]: e for p, (s, e) in got.items() if s == "error"}
    assert "absolute path" in refused[str(victim)]
    assert "parent folder" in refused["../../escaped.txt"]
    assert "drive letter" in refused["C:/Windows/win.txt"]
    assert "symbolic link" in refused["link.txt"]
    assert "collides with 'a'" in refused["a/b.txt"]
    assert got[f"{archive}!good/seed.txt"][0] == "ok"
    assert summary.exit_code == 1


def test_limits_are_checked_before_anything_is_written(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("zeros.txt", b"\0" * (40 * 2**20))               # 40 MiB of zeros, ~40 KiB zipped
    assert bomb.stat().st_size < 2**20
    written = []
    real = batch._unpack
    monkeypatch.setattr(batch, "_unpack", lambda z, info, out: (written.append(info.filename), real(z, info, out)))
    monkeypatch.setenv("CHITIEU_ZIP_MAX_MB", "10")
    run_batch([bomb], tmp_path / "x.db", jobs=1)
    assert "CHITIEU_ZIP_MAX_MB=10" in statuses(tmp_path / "x.db")[str(bomb)][1]
    monkeypatch.delenv("CHITIEU_ZIP_MAX_MB")
    monkeypatch.setenv("CHITIEU_MAX_MB", "5")                         # one member over the file limit
    run_batch([bomb], tmp_path / "y.db", jobs=1)
    assert "CHITIEU_MAX_MB=5" in statuses(tmp_path / "y.db")[f"{bomb}!zeros.txt"][1]
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as z:
        for i in range(30):
            z.writestr(f"{i}.txt", "x")
    monkeypatch.setenv("CHITIEU_ZIP_MAX_MEMBERS", "20")
    run_batch([many], tmp_path / "z.db", jobs=1)
    assert "30 members; the limit is CHITIEU_ZIP_MAX_MEMBERS=20" in statuses(tmp_path / "z.db")[str(many)][1]
    assert written == []


def test_nested_archives_are_opened_to_a_bounded_depth(tmp_path):
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as z:
        z.write(SEED, "seed.txt")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as z:
        z.write(inner, "inner.zip")
    deepest = tmp_path / "deepest.zip"
    with zipfile.ZipFile(deepest, "w") as z:
        z.write(outer, "outer.zip")
    run_batch([outer, deepest], tmp_path / "x.db", jobs=1)
    got = statuses(tmp_path / "x.db")
    assert got[f"{outer}!inner.zip!seed.txt"][0] == "ok"
    assert "nested more than 2 deep" in got[f"{deepest}!outer.zip!inner.zip"][1]


# --- odd files --------------------------------------------------------------------------------------

def test_a_name_that_is_not_utf8_is_recorded_and_the_rest_extracted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    odd = os.path.join(os.fsencode(folder), b"b\xe1o c\xe1o.txt")      # Latin-1 bytes, not UTF-8
    with open(odd, "wb") as fh:
        fh.write("Tỷ lệ hồ sơ trực tuyến đạt 93,6%.".encode("utf-8"))
    run_batch([folder], tmp_path / "x.db", jobs=1)
    got = statuses(tmp_path / "x.db")
    assert got[str(folder / SEED.name)][0] == "ok"
    assert got[f"{folder}/b\\xe1o c\\xe1o.txt"][0] == "ok"


def test_only_regular_files_are_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    run_batch([fifo, SEED], tmp_path / "x.db", jobs=1)
    assert time.monotonic() - t0 < 120                                   # did not hang on the pipe
    got = statuses(tmp_path / "x.db")
    assert got[str(fifo)][0] == "error" and "not a regular file" in got[str(fifo)][1]
    assert got[str(SEED)][0] == "ok"


# --- workers ---------------------------------------------------------------------------------------

def test_a_worker_that_dies_is_that_files_error_and_the_batch_goes_on(tmp_path, monkeypatch):
    from extractor import pipeline
    real = pipeline.extract_file

    def crash_on_some(path):
        if Path(path).name == "crash.txt":
            os.kill(os.getpid(), signal.SIGKILL)                       # as the OOM killer would
        return real(path)

    monkeypatch.setattr(pipeline, "extract_file", crash_on_some)
    shutil.copy(SEED, tmp_path / "crash.txt")
    files = [tmp_path / "crash.txt", *sorted(CORPUS.glob("00[01]*.txt"))]
    summary = run_batch(files, tmp_path / "x.db", jobs=2)
    got = statuses(tmp_path / "x.db")
    assert got[str(tmp_path / "crash.txt")][0] == "error"
    assert "died (killed by SIGKILL" in got[str(tmp_path / "crash.txt")][1]
    assert all(got[str(f)][0] == "ok" for f in files[1:])
    assert summary.by_status["ok"] == 2


def test_results_are_saved_as_they_finish_with_bounded_work_in_flight(tmp_path, monkeypatch):
    from extractor import pipeline
    real = pipeline.extract_file

    def slow_first(path):
        if Path(path).name == "slow.txt":
            time.sleep(6)
        return real(path)

    monkeypatch.setattr(pipeline, "extract_file", slow_first)
    big = tmp_path / "slow.txt"
    big.write_text(SEED.read_text(encoding="utf-8") * 3, encoding="utf-8")   # the largest: starts first
    files = [big, *sorted(CORPUS.glob("*.txt"))]
    order, in_flight = [], []
    run_batch(files, tmp_path / "x.db", jobs=2, progress=lambda o: order.append(Path(o.item.path).name),
              running=lambda files: in_flight.append(len(files)))
    assert order[-1] == "slow.txt"                  # the others were saved while it was running
    assert max(in_flight) <= 2


# --- kills -----------------------------------------------------------------------------------------

@pytest.fixture
def many_paragraphs(tmp_path) -> Path:
    """A report of 6,000 paragraphs, each with figures."""
    lines = [f"{i}. Tỷ lệ hồ sơ giải quyết trực tuyến của xã số {i} đạt {50 + i % 50},{i % 10}%, "
             f"vượt chỉ tiêu được giao." for i in range(1, 6001)]
    path = tmp_path / "bao_cao_6000.txt"
    path.write_text("BÁO CÁO\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _kill_during_save(args, db: Path, deadline: float = 240) -> bool:
    """Start chitieu and SIGKILL it as soon as its write-ahead log grows (a save is under way).
    True when it was killed during the save, False when it finished first."""
    wal = db.with_name(db.name + "-wal")
    if db.exists():
        con = sqlite3.connect(db)
        con.execute("pragma wal_checkpoint(TRUNCATE)")
        con.close()
    proc = chitieu("extract", *args, "--db", db, "--silent", "--jobs", "1")
    start_size = wal.stat().st_size if wal.exists() else 0
    grown_once = False
    t0 = time.monotonic()
    while proc.poll() is None and time.monotonic() - t0 < deadline:
        size = wal.stat().st_size if wal.exists() else 0
        if size > start_size + 200_000:              # well past the run's start-up writes
            if grown_once:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
            grown_once = True
        time.sleep(0.005)
    proc.kill()
    proc.wait()
    return False


def test_sigkill_while_a_large_document_is_saved_leaves_it_whole_then_a_rerun_completes(tmp_path, many_paragraphs):
    db = tmp_path / "x.db"
    killed = _kill_during_save([many_paragraphs], db)
    assert killed
    assert_whole(db)
    assert rows(db, "select count(*) from documents where path = ? and status = 'ok'", str(many_paragraphs)) in ([(0,)], [(1,)])
    code, out = finish(chitieu("extract", many_paragraphs, "--db", db, "--silent"))
    assert code == 0, out
    assert_whole(db)
    assert rows(db, "select blocks > 6000, checked_at is not null from documents") == [(1, 1)]


def test_sigkill_during_force_keeps_the_old_version_whole(tmp_path, many_paragraphs):
    db = tmp_path / "x.db"
    code, out = finish(chitieu("extract", many_paragraphs, "--db", db, "--silent"))
    assert code == 0, out
    before = rows(db, "select blocks, (select count(*) from indicators), (select count(*) from checks) from documents")
    assert _kill_during_save([many_paragraphs, "--force"], db)
    assert_whole(db)
    assert rows(db, "select blocks, (select count(*) from indicators), (select count(*) from checks) from documents") == before


def test_sigkill_at_random_moments_never_leaves_a_broken_database(tmp_path):
    db = tmp_path / "x.db"
    rng = random.Random(11)
    for _ in range(4):
        proc = chitieu("extract", CORPUS, "--db", db, "--silent", "--force")
        time.sleep(rng.uniform(1.0, 8.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert_whole(db)
    code, out = finish(chitieu("extract", CORPUS, "--db", db, "--silent"))
    assert code == 0, out
    assert_whole(db)
    assert rows(db, "select count(*), sum(status = 'ok'), sum(checked_at is not null) from documents") == [(12, 12, 12)]
    assert rows(db, "select count(*) from runs where status = 'running'") == [(0,)]


def test_two_runs_on_one_database_take_turns_and_store_nothing_twice(tmp_path):
    db = tmp_path / "x.db"
    procs = [chitieu("extract", CORPUS, "--db", db, "--silent", "--force", "--jobs", "1") for _ in range(2)]
    results = [finish(p) for p in procs]
    assert [c for c, _ in results] == [0, 0], results
    assert_whole(db)
    assert rows(db, "select count(*) from documents") == [(12,)]
    single = tmp_path / "single.db"
    finish(chitieu("extract", CORPUS, "--db", single, "--silent"))
    assert rows(db, "select count(*) from blocks") == rows(single, "select count(*) from blocks")
    assert rows(db, "select count(*) from checks") == rows(single, "select count(*) from checks")


def _open_after(barrier, path, answers):
    barrier.wait()
    try:
        store.open_db(path)
        answers.put("ok")
    except Exception as e:  # noqa: BLE001 — the answer is what the test compares
        answers.put(str(e))


def test_two_runs_creating_one_new_database_at_once_both_open_it(tmp_path):
    # both ask SQLite to switch the new file to WAL; the loser used to fail at once ('database is locked')
    import multiprocessing as mp
    ctx = mp.get_context("fork")
    for i in range(12):
        path = tmp_path / f"new{i}.db"
        barrier, answers = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_open_after, args=(barrier, path, answers)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert [answers.get(timeout=5) for _ in procs] == ["ok", "ok"], path
        assert rows(path, "pragma journal_mode") == [("wal",)]


def saved_ok(db) -> int:
    """Documents saved ok so far by a run in progress (0 until it has created its tables)."""
    try:
        return rows(db, "select count(*) from documents where status = 'ok'")[0][0] if db.exists() else 0
    except sqlite3.OperationalError:
        return 0


def test_ctrl_c_saves_what_is_finished_prints_the_summary_and_marks_the_run(tmp_path):
    db = tmp_path / "x.db"
    script = ("import sys, time, pathlib\n"
              "from extractor import pipeline\n"
              "real = pipeline.extract_file\n"
              "def slow(p):\n"
              "    if pathlib.Path(p).name == '004_6235157468960801.pdf': time.sleep(300)\n"
              "    return real(p)\n"
              "pipeline.extract_file = slow\n"
              "from extractor.cli import cli\n"
              "cli(sys.argv[1:], prog_name='chitieu')\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script, "extract", str(CORPUS), "--db", str(db), "--jobs", "2"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    t0 = time.monotonic()
    while time.monotonic() - t0 < 240:
        time.sleep(0.5)
        if saved_ok(db) >= 3:
            break
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 130, err
    assert "interrupted" in out and "theo trạng thái" in out
    assert "Traceback" not in err
    assert_whole(db)
    saved = rows(db, "select count(*) from documents where status = 'ok' and checked_at is not null")[0][0]
    assert 3 <= saved < 12
    assert rows(db, "select status, finished_at is not null from runs") == [("interrupted", 1)]
    assert not list(Path(tempfile.gettempdir()).glob(f"chitieu-{proc.pid}-*"))


def test_a_killed_runs_record_and_temporary_folder_are_cleaned_up_by_the_next_run(tmp_path):
    db = tmp_path / "x.db"
    proc = chitieu("extract", CORPUS, "--db", db, "--silent")
    t0 = time.monotonic()
    while not list(Path(tempfile.gettempdir()).glob(f"chitieu-{proc.pid}-*")) and time.monotonic() - t0 < 60:
        time.sleep(0.05)
    time.sleep(1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    code, out = finish(chitieu("extract", SEED, "--db", db, "--silent"))
    assert code == 0, out
    assert rows(db, "select status from runs order by id") == [("killed",), ("finished",)]
    assert not list(Path(tempfile.gettempdir()).glob(f"chitieu-{proc.pid}-*"))


def test_a_rerun_checks_documents_an_older_run_left_unchecked(tmp_path):
    db = tmp_path / "x.db"
    run_batch([SEED], db, jobs=1)
    n = rows(db, "select count(*) from checks")[0][0]
    con = sqlite3.connect(db)
    con.execute("delete from checks")
    con.execute("update documents set checked_at = null")
    con.commit()
    con.close()
    summary = run_batch([SEED], db, jobs=1)
    assert summary.repaired == 1 and summary.by_status["unchanged"] == 1
    assert rows(db, "select count(*) from checks")[0][0] == n > 0
