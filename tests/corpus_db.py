"""The repo's corpus/ extracted once per test session, for the tests that look at a real database
through other programs (a browser, LibreOffice). Extraction takes seconds, so every module asks
`corpus_db(tmp_path_factory)` and gets the same file."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
EXTRACT_LIMIT = 600     # seconds: a bound on waiting, not a speed assertion
# The label and result the acceptance checks look for (corpus/002_*: An Giang's report).
LABEL = "Tỷ lệ hồ sơ giải quyết trực tuyến"
RESULT = 93.6

_built: dict[str, Path] = {}


def corpus_db(tmp_path_factory) -> Path:
    """Path of `chitieu.db` built from corpus/ by `chitieu extract` (the database is named 'chitieu')."""
    if "db" in _built:
        return _built["db"]
    if not any(CORPUS.glob("*.*")):
        pytest.skip("needs the repo's corpus/")
    path = tmp_path_factory.mktemp("corpus_db") / "chitieu.db"
    # rc 1 means some file failed; the database still holds the others, which is what is looked at
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", "corpus", "--db", str(path), "--silent"],
                          cwd=ROOT, capture_output=True, text=True, timeout=EXTRACT_LIMIT)
    if proc.returncode not in (0, 1) or not path.is_file():
        pytest.fail(f"chitieu extract corpus failed ({proc.returncode}): {proc.stderr[-2000:]}")
    _built["db"] = path
    return path


def copy_of(db: Path, dest: Path) -> Path:
    """A private copy, for tests that write next to the database (exports)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(db, dest)
    return dest


# --- a chitieu server and other child processes, always stopped --------------------------------

STARTUP_LIMIT = 90      # seconds: a bound on waiting, not a speed assertion


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(port: int, path: str):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        return json.loads(r.read().decode("utf-8"))


def stop(proc: subprocess.Popen) -> None:
    """End the process and everything it started (it runs in a session of its own)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


@contextlib.contextmanager
def answering(args: list[str], probe: str, cwd: Path = ROOT):
    """`python -m extractor ARGS…` (a server) on a free loopback port, given as `--port`; yields the
    port once PROBE answers there. Fails the test with the server's stderr if it exits or never answers."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", *args, "--port", str(port)],
                            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    name = " ".join(args[:1])
    try:
        deadline = time.monotonic() + STARTUP_LIMIT
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{probe}", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if proc.poll() is not None:
                    pytest.fail(f"chitieu {name} exited: {proc.stderr.read().decode()[-2000:]}")
                if time.monotonic() > deadline:
                    pytest.fail(f"chitieu {name} did not answer in time")
                time.sleep(0.2)
        yield port
    finally:
        stop(proc)


@contextlib.contextmanager
def serving(db: Path):
    """`chitieu serve` on a free loopback port; yields the port once it answers."""
    with answering(["serve", "--db", str(db)], "/-/versions.json") as port:
        yield port


@contextlib.contextmanager
def reviewing(db: Path, *args: str, cwd: Path = ROOT):
    """`chitieu review` on a free loopback port; yields its URL once it answers."""
    with answering(["review", "--db", str(db), *args], "/api/csrf", cwd) as port:
        yield f"http://127.0.0.1:{port}"


def run_bounded(cmd: list[str], limit: float) -> str:
    """Run a program in a session of its own, within `limit` seconds; its stdout. Fails the test
    with the program's output when it times out or exits non-zero; its children never outlive it."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{Path(cmd[0]).name} did not finish in {limit} s: {' '.join(cmd[1:])}")
    finally:
        stop(proc)
    assert proc.returncode == 0, (out + err).decode(errors="replace")[-2000:]
    return out.decode("utf-8", errors="replace")
