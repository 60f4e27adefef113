"""The same extraction on a Dask cluster (issue 16): a local cluster of 2 worker processes of one
thread each. The database must equal the one the local process pool writes; a worker killed
mid-run loses and duplicates nothing; a file that kills every worker it lands on is that file's
error; an unreachable scheduler is a one-line error with a hint."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from cluster_helpers import Misbehave, started  # noqa: E402
from conftest import CORPUS, ROOT  # noqa: E402
from corpus_db import corpus_db, stop  # noqa: E402
from db_compare import differences  # noqa: E402
from extractor import cluster  # noqa: E402
from extractor.batch import Item, _work, run_batch  # noqa: E402

SEED = CORPUS / "002_271367b9633365e6.txt"
ALLOWED_FAILURES = 1            # a file whose worker dies is tried on 2 workers, then recorded


@pytest.fixture(scope="module")
def client():
    """2 worker processes of one thread each; the scheduler in this process, on loopback."""
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES}):
        local = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address=":0")
    with local, distributed.Client(local, set_as_default=False) as c:
        yield c


@pytest.fixture
def misbehave(client, tmp_path):
    """misbehave(sleep=…, kill=…, raise_=…): install the plugin on every worker; removed after."""
    notes = tmp_path / "notes"
    notes.mkdir()

    def install(**kw) -> Path:
        client.register_plugin(Misbehave(notes, **kw))
        return notes

    yield install
    client.unregister_worker_plugin(Misbehave.name)
    client.wait_for_workers(2, timeout=120)


def chitieu(*args, env=None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=600)


def statuses(db) -> dict[str, tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return {p: (s, e or "") for p, s, e in con.execute("select path, status, error from documents")}
    finally:
        con.close()


def _address(scheduler_file: Path) -> str:
    """The address a `dask scheduler --scheduler-file` wrote ('' until it has)."""
    try:
        return json.loads(scheduler_file.read_text())["address"]
    except (OSError, ValueError, KeyError):
        return ""


def _saved(db: Path) -> int:
    """Documents saved so far (0 while the database is being made)."""
    try:
        return len(statuses(db)) if db.exists() else 0
    except sqlite3.OperationalError:
        return 0


# --- the same database ------------------------------------------------------------------------------

def test_local_cluster_writes_the_database_the_local_pool_writes(tmp_path, tmp_path_factory):
    local = corpus_db(tmp_path_factory)                       # `chitieu extract corpus` (process pool)
    db = tmp_path / "chitieu.db"
    done = chitieu("extract", "corpus", "--db", db, "--silent", "--scheduler", "local:2")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert differences(local, db) == {}


def test_the_comparison_sees_a_difference(tmp_path, tmp_path_factory):
    """(The equality above is not vacuous.)"""
    db = shutil.copy(corpus_db(tmp_path_factory), tmp_path / "x.db")
    con = sqlite3.connect(db)
    con.execute("update quantities set value = value + 1 where id = (select min(id) from quantities)")
    con.execute("update indicators set quantity_ids = '[]' where id = (select max(id) from indicators "
                "where quantity_ids like '[%,%]')")
    con.commit()
    con.close()
    found = set(differences(corpus_db(tmp_path_factory), db))
    assert {"quantities", "indicators"} <= found <= {"quantities", "indicators", "checks"}   # checks cite both


def test_shared_paths_and_archive_members_through_a_running_scheduler(client, tmp_path):
    """--shared-paths sends paths (the workers see this disk); a zip's members, unpacked in the
    client's own temporary folder, still go as bytes. Both equal a local run."""
    archive = tmp_path / "reports.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(CORPUS / "000_64fc1f9029895d3a.docx", "tinh/000.docx")
        z.write(CORPUS / "001_e62452ccb613abbb.txt", "tinh/001.txt")
    inputs = [SEED, CORPUS / "004_6235157468960801.pdf", archive]
    local = tmp_path / "local.db"
    assert run_batch(inputs, local, jobs=2).exit_code == 0
    db = tmp_path / "shared.db"
    done = chitieu("extract", *inputs, "--db", db, "--silent", "--scheduler", client.scheduler.address,
                   "--shared-paths")
    assert done.returncode == 0, done.stderr[-3000:]
    assert differences(local, db) == {}
    assert {s for s, _ in statuses(db).values()} == {"ok"} and len(statuses(db)) == 4


# --- failures ---------------------------------------------------------------------------------------

def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, misbehave, tmp_path):
    notes = misbehave(sleep={"slow.txt": 6})
    _distinct_copy(SEED, tmp_path / "slow.txt")
    files = [tmp_path / "slow.txt", *sorted(CORPUS.glob("*.txt"))]
    killed = []

    def kill_the_worker_reading_slow():
        deadline = time.monotonic() + 300
        while not started(notes, "slow.txt") and time.monotonic() < deadline:
            time.sleep(0.1)
        pid = started(notes, "slow.txt")[0]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    killer = threading.Thread(target=kill_the_worker_reading_slow, daemon=True)
    killer.start()
    saved = []
    summary = run_batch(files, tmp_path / "x.db", executor=cluster.executor(client),
                        progress=lambda o: saved.append(o.item.path))
    killer.join(timeout=10)
    assert killed, "the worker reading slow.txt was never killed"
    assert len(started(notes, "slow.txt")) == 2                # tried again, on another worker
    assert sorted(saved) == sorted(map(str, files))            # each file once, none lost
    got = statuses(tmp_path / "x.db")
    assert set(got) == set(map(str, files))
    assert {s for s, _ in got.values()} == {"ok"}
    assert summary.by_status["ok"] == len(files) and summary.exit_code == 0


def test_a_file_that_kills_every_worker_is_that_files_error_and_the_batch_finishes(client, misbehave, tmp_path,
                                                                                    monkeypatch):
    # One task per worker: a file waiting on a worker that dies counts that death too (Dask's rule),
    # which with ALLOWED_FAILURES = 1 could fail an innocent file here.
    monkeypatch.setattr(cluster, "TASKS_PER_THREAD", 1)
    notes = misbehave(kill=("crash.txt",))
    _distinct_copy(SEED, tmp_path / "crash.txt")
    files = [tmp_path / "crash.txt", *sorted(CORPUS.glob("00[01]*.txt"))]
    summary = run_batch(files, tmp_path / "x.db", executor=cluster.executor(client))
    got = statuses(tmp_path / "x.db")
    assert len(started(notes, "crash.txt")) == ALLOWED_FAILURES + 1
    status, error = got[str(tmp_path / "crash.txt")]
    assert status == "error" and "died (killed, out of memory" in error and "on 2 workers in turn" in error
    assert all(got[str(f)][0] == "ok" for f in files[1:])
    assert summary.exit_code == 1 and summary.by_status == {"ok": 2, "error": 1}


def test_a_task_that_raises_is_retried_then_is_that_files_error(client, misbehave, tmp_path):
    misbehave(raise_=("full.txt",))
    _distinct_copy(SEED, tmp_path / "full.txt")
    files = [tmp_path / "full.txt", SEED]
    run_batch(files, tmp_path / "x.db", executor=cluster.executor(client))
    got = statuses(tmp_path / "x.db")
    assert got[str(tmp_path / "full.txt")] == ("error", "internal error on the worker: OSError: "
                                                        "the worker's disk is full")
    assert got[str(SEED)][0] == "ok"


def test_results_are_saved_as_they_finish_with_a_bounded_number_in_flight(client, misbehave, tmp_path, monkeypatch):
    misbehave(sleep={"slow.txt": 10})
    big = tmp_path / "slow.txt"
    big.write_text(SEED.read_text(encoding="utf-8") * 3, encoding="utf-8")    # the largest: starts first
    files = [big, *sorted(CORPUS.glob("*.txt")), *sorted(CORPUS.glob("*.docx"))]
    in_flight, most = [0], [0]
    real_submit, real_take = cluster._submit, cluster._Stream.take

    def submit(*a, **kw):
        in_flight[0] += 1
        most[0] = max(most[0], in_flight[0])
        return real_submit(*a, **kw)

    def take(self, future):
        in_flight[0] -= 1
        return real_take(self, future)

    monkeypatch.setattr(cluster, "_submit", submit)
    monkeypatch.setattr(cluster._Stream, "take", take)
    order, running = [], []
    run_batch(files, tmp_path / "x.db", executor=cluster.executor(client),
              progress=lambda o: order.append(Path(o.item.path).name), running=lambda f: running.append(f))
    assert sorted(order) == sorted(f.name for f in files)
    assert order.index("slow.txt") >= 2                # submitted first, others were saved while it ran
    assert most[0] <= cluster.TASKS_PER_THREAD * 2     # 2 workers of one thread
    assert running and max(map(len, running)) <= 2     # what workers run, not what waits
    assert any("slow.txt" in p for f in running for p in f)


def test_a_file_over_the_timeout_is_given_up_and_the_batch_finishes(client, misbehave, tmp_path, monkeypatch):
    misbehave(sleep={"hung.txt": 20})
    _distinct_copy(SEED, tmp_path / "hung.txt")
    monkeypatch.setenv("CHITIEU_FILE_TIMEOUT", "3")
    t0 = time.monotonic()
    run_batch([tmp_path / "hung.txt", SEED], tmp_path / "x.db", executor=cluster.executor(client))
    assert time.monotonic() - t0 < 19                          # did not wait for the sleeper
    got = statuses(tmp_path / "x.db")
    assert got[str(tmp_path / "hung.txt")] == ("error", "ToolFailed: gave up after 3 s (CHITIEU_FILE_TIMEOUT)")
    assert got[str(SEED)][0] == "ok"


def test_a_lost_scheduler_stops_the_run_with_one_line_and_a_rerun_goes_on(tmp_path):
    """A scheduler and a worker of their own (dask's commands, loopback only); the scheduler is
    killed once the first file is saved."""
    dask = Path(sys.executable).parent / "dask"
    address_file = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    common = ["--host", "127.0.0.1", "--dashboard-address", ":0"]
    scheduler = subprocess.Popen([dask, "scheduler", "--port", "0", "--scheduler-file", address_file, *common],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    worker = subprocess.Popen([dask, "worker", "--scheduler-file", address_file, "--nthreads", "1", *common],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = tmp_path / "x.db"
    try:
        deadline = time.monotonic() + 120
        while not _address(address_file) and time.monotonic() < deadline:
            time.sleep(0.2)
        address = _address(address_file)
        run = subprocess.Popen([sys.executable, "-m", "extractor", "extract", CORPUS, "--db", db, "--silent",
                                "--scheduler", address], cwd=ROOT, env={**env, "CHITIEU_CONNECT_TIMEOUT": "5"},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while time.monotonic() < deadline + 300 and run.poll() is None and not _saved(db):
            time.sleep(0.1)
        stop(scheduler)
        out, err = run.communicate(timeout=300)
    finally:
        stop(scheduler)
        stop(worker)
    assert run.returncode == 1 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert lines[-2].startswith(f"Error: ClusterError: lost the Dask scheduler at {address}")
    assert lines[-1].startswith("Hint: ")
    con = sqlite3.connect(db)
    assert con.execute("select status from runs").fetchall() == [("interrupted",)]
    con.close()
    got = statuses(db)
    assert 1 <= sum(s == "ok" for s, _ in got.values()) < 12
    assert all(e.startswith("ClusterError: the Dask cluster dropped this task") for s, e in got.values() if s == "error")
    done = chitieu("extract", CORPUS, "--db", db, "--silent")      # here, without the cluster
    assert done.returncode == 0, done.stderr[-2000:]
    assert {s for s, _ in statuses(db).values()} == {"ok"} and len(statuses(db)) == 12


# --- the task itself, in this process -----------------------------------------------------------------

def test_the_task_reads_the_bytes_it_is_sent_as_the_local_worker_reads_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CHITIEU_OCR_MAX_PAGES", "7")              # the worker's own, replaced …
    monkeypatch.setenv("CHITIEU_FILE_TIMEOUT", "900")             # … by the client's
    item = Item(path=str(SEED), file=SEED, sha256="x", size=SEED.stat().st_size)
    temp = Path(tempfile.gettempdir())
    before = set(temp.glob(f"chitieu-{os.getpid()}-*"))
    outcome = cluster.extract_task(item, SEED.read_bytes(), {"CHITIEU_FILE_TIMEOUT": "60"})
    here = _work(item)
    assert outcome.item is item and outcome.status == here.status == "ok"
    assert outcome.result.document.text == here.result.document.text
    assert len(outcome.result.quantities) == len(here.result.quantities) > 0
    assert os.environ.get("CHITIEU_FILE_TIMEOUT") == "60"              # the client's settings, exactly
    assert "CHITIEU_OCR_MAX_PAGES" not in os.environ
    assert set(temp.glob(f"chitieu-{os.getpid()}-*")) == before


def test_a_worker_running_another_version_of_chitieu_refuses_the_file():
    item = Item(path=str(SEED), file=SEED)
    outcome = cluster.extract_task(item, SEED.read_bytes(), {}, version="0.0.1")
    assert outcome.status == "error" and outcome.error.startswith("ClusterError: this worker runs chitieu ")


# --- errors at the command line ---------------------------------------------------------------------

def test_an_unreachable_scheduler_is_one_line_with_a_hint(tmp_path):
    db = tmp_path / "x.db"
    done = chitieu("extract", SEED, "--db", db, "--scheduler", "tcp://127.0.0.1:1",
                   env={"CHITIEU_CONNECT_TIMEOUT": "3"})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0] in [f"Error: SchedulerUnreachable: no Dask scheduler answered at tcp://127.0.0.1:1 "
                        f"({why}, waited 3 s)" for why in ("connection refused", "no answer")]   # (a busy machine)
    assert lines[1].startswith("Hint: ") and "dask scheduler" in lines[1] and len(lines) == 2
    assert not db.exists()                                     # nothing started


def test_without_dask_scheduler_says_how_to_install_it(tmp_path):
    script = ("import sys\n"
              "sys.modules['distributed'] = None   # as if the cluster extra were not installed\n"
              "from extractor.cli import cli\n"
              "cli(sys.argv[1:], prog_name='chitieu')\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, "extract", str(SEED), "--db", str(tmp_path / "x.db"),
                           "--scheduler", "local:2"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: ClusterError: --scheduler needs Dask")
    assert "Hint: pip install 'chitieu[cluster]'" in done.stderr


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "local:two"], "local:N needs a number of workers"),
    (["--scheduler", "local:2", "--jobs", "2"], "--jobs is for this machine's worker processes"),
    (["--shared-paths"], "--shared-paths goes with --scheduler"),
])
def test_cluster_options_misused_are_usage_errors(tmp_path, args, message):
    from click.testing import CliRunner

    from extractor.cli import cli

    result = CliRunner().invoke(cli, ["extract", str(SEED), "--db", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 2 and message in result.output


def _distinct_copy(src: Path, dst: Path) -> None:
    """A copy with its own bytes (identical bytes at a second path are recorded as a duplicate,
    not extracted again)."""
    dst.write_text(src.read_text(encoding="utf-8") + f"\n{dst.name}\n", encoding="utf-8")
