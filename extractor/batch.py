"""Batch extraction: files, folders and .zip archives into one database, in parallel processes.

A file whose sha256 and extractor version are unchanged is skipped; a changed file's rows are replaced
in one transaction; a file that fails is recorded with its error and the batch goes on.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import tempfile
import threading
import time
import zipfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from extractor import __version__
from extractor.store import database as store
from extractor.store.corrections import reanchor
from extractor.writes import transaction
from extractor.errors import ChitieuError
from extractor.settings import env_number
from extractor.read import supported


@dataclass
class Item:
    path: str            # what the database records (archive members as 'a.zip!member')
    file: Path           # where the bytes are
    sha256: str = ""
    size: int = 0


@dataclass
class Outcome:
    item: Item
    status: str                       # ok | partial | error | skipped | unchanged
    error: Optional[str] = None
    format: Optional[str] = None
    result: object = None             # pipeline.Extraction when extracted


@dataclass
class Summary:
    by_status: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """0: every file extracted, unchanged or skipped as unsupported; 1: some files failed."""
        return 1 if self.by_status.get("error") else 0


def collect(paths: Iterable[str | Path], workdir: Path, exclude: Iterable[Path] = ()) -> Iterator[Item]:
    """Every file under the given paths (folders recursively, .zip archives unpacked), sorted.
    Files in `exclude` (the database being written, with its -wal/-shm/-journal) are not documents."""
    skip = {x.resolve() for x in map(Path, exclude)}
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
                if f.resolve() not in skip:
                    yield from _expand(f, workdir)
        elif p.exists():
            yield from _expand(p, workdir)
        else:
            yield Item(path=str(p), file=p)


def _expand(f: Path, workdir: Path) -> Iterator[Item]:
    if f.suffix.lower() != ".zip":
        yield Item(path=str(f), file=f)
        return
    try:
        with zipfile.ZipFile(f) as z:
            target = workdir / hashlib.sha1(str(f).encode()).hexdigest()[:12]
            for info in sorted(z.infolist(), key=lambda i: i.filename):
                name = Path(info.filename)
                if info.is_dir() or ".." in name.parts or name.name.startswith("."):
                    continue
                out = target / name
                out.parent.mkdir(parents=True, exist_ok=True)
                with z.open(info) as src, open(out, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                yield Item(path=f"{f}!{info.filename}", file=out)
    except (zipfile.BadZipFile, OSError) as e:
        yield Item(path=str(f), file=f, sha256=f"badzip:{e}")


def database_files(db_path: str | Path) -> list[Path]:
    """The database and the files SQLite keeps beside it."""
    db = Path(db_path)
    return [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))]


def max_bytes() -> int:
    """Files above this size are recorded as errors rather than read (a 2 GB scan would stall a batch)."""
    return int(env_number("CHITIEU_MAX_MB", 200) * 2**20)


def fingerprint(item: Item) -> Item:
    h = hashlib.sha256()
    with open(item.file, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    item.sha256 = h.hexdigest()
    item.size = item.file.stat().st_size
    return item


class FileTimeout(BaseException):
    """Not an Exception: the stage guards in pipeline.py must not swallow it."""


def _alarm(signum, frame):
    raise FileTimeout()


def file_timeout() -> int:
    """Seconds one file may take before it is recorded as an error (CHITIEU_FILE_TIMEOUT, default 900)."""
    return int(env_number("CHITIEU_FILE_TIMEOUT", 900, minimum=1))


def _work(item: Item) -> Outcome:
    """Runs in a worker process: the whole pipeline on one file, failures turned into data."""
    from extractor import pipeline

    # SIGALRM interrupts a reader stuck in Python code; external tools have their own timeouts.
    timed = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(file_timeout())
    try:
        result = pipeline.extract_file(item.file)
        return Outcome(item, result.status, "; ".join(result.errors) or None, result.document.format, result)
    except FileTimeout:
        return Outcome(item, "error", f"ToolFailed: gave up after {file_timeout()} s (CHITIEU_FILE_TIMEOUT)")
    except ChitieuError as e:
        return Outcome(item, "error", f"{type(e).__name__}: {e}")
    except MemoryError:
        return Outcome(item, "error", "MemoryError: file too large to process")
    except Exception as e:  # a reader bug on one odd file must not stop the batch
        return Outcome(item, "error", f"internal error: {type(e).__name__}: {e}")
    finally:
        if timed:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


def _plan(db, items: list[Item], force: bool) -> tuple[list[Item], list[Outcome]]:
    todo, done = [], []
    for item in items:
        if item.sha256.startswith("badzip:"):
            done.append(Outcome(item, "error", f"ReadError: not a readable zip archive ({item.sha256[7:]})"))
            continue
        if not item.file.exists():
            done.append(Outcome(item, "error", "ReadError: no such file"))
            continue
        try:
            fingerprint(item)
        except OSError as e:
            done.append(Outcome(item, "error", f"ReadError: {e}"))
            continue
        old = store.known_document(db, item.path)
        if not force and _unchanged(old, item):
            done.append(Outcome(item, "unchanged", format=old["format"]))
        elif not supported(item.file):
            done.append(Outcome(item, "skipped", f"unsupported file type {item.file.suffix or '(none)'}"))
        elif item.size > max_bytes():
            done.append(Outcome(item, "error", f"ReadError: file too large ({item.size / 2**20:.0f} MiB; "
                                               f"the limit is CHITIEU_MAX_MB={max_bytes() // 2**20})"))
        else:
            todo.append(item)
    return todo, done


def _unchanged(old: Optional[dict], item: Item) -> bool:
    """Same bytes, same extractor: nothing to do. A failure for a missing or failing tool is retried."""
    if not old or old["sha256"] != item.sha256 or old["extractor_version"] != __version__:
        return False
    return not (old["status"] == "error" and (old["error"] or "").startswith(("ToolMissing", "ToolFailed")))


def _record(db, outcome: Outcome) -> Optional[int]:
    item = outcome.item
    if outcome.status == "unchanged":
        return None
    fmt = outcome.format or item.file.suffix.lstrip(".").lower()
    row = store.document_row(item.path, item.sha256, item.size, fmt)
    if outcome.result is not None:
        doc_id = store.save_extraction(db, row, outcome.result)
    else:
        doc_id = store.save_failure(db, row, outcome.status, outcome.error or "")
    with transaction(db):         # reviewers' corrections follow the document's new rows
        reanchor(db, doc_id)
    return doc_id


def run_batch(paths: Iterable[str | Path], db_path: str | Path, jobs: int = 0, force: bool = False,
              progress: Callable[[Outcome], None] | None = None,
              on_plan: Callable[[int], None] | None = None) -> Summary:
    """Extract every file under `paths` into the database at `db_path`.

    `on_plan(n)` is told how many files there are once they are collected; `progress(outcome)`
    after each file is done.
    """
    t0 = time.perf_counter()
    max_bytes(), file_timeout()             # a bad setting stops the run before any file is touched
    db = store.open_db(db_path)
    run_id = store.start_run(db, "extract " + " ".join(map(str, paths)))
    summary = Summary()
    workdir = Path(tempfile.mkdtemp(prefix="chitieu-"))
    changed: list[int] = []
    try:
        items = list(collect(paths, workdir, exclude=database_files(db_path)))
        if on_plan:
            on_plan(len(items))
        todo, done = _plan(db, items, force)
        for outcome in done:
            _finish(db, outcome, summary, changed, progress)
        for outcome in _extract_all(todo, jobs):
            _finish(db, outcome, summary, changed, progress)
        _run_checks(db, changed)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    summary.seconds = time.perf_counter() - t0
    summary.rows = {t: db[t].count for t in ("documents", "blocks", "quantities", "legal_refs", "indicators", "checks")}
    store.finish_run(db, run_id, documents=sum(summary.by_status.values()),
                     processed=len(changed), skipped=summary.by_status.get("unchanged", 0),
                     errors=summary.by_status.get("error", 0), seconds=round(summary.seconds, 3),
                     stats=str(dict(summary.by_status)))
    return summary


def _finish(db, outcome: Outcome, summary: Summary, changed: list[int], progress) -> None:
    try:
        doc_id = _record(db, outcome)
    except ChitieuError as e:
        outcome = Outcome(outcome.item, "error", f"store: {e}")
        doc_id = store.save_failure(db, store.document_row(outcome.item.path, outcome.item.sha256,
                                                           outcome.item.size, ""), "error", outcome.error)
    if doc_id is not None and outcome.status in ("ok", "partial"):
        changed.append(doc_id)
    summary.by_status[outcome.status] += 1
    summary.by_format[outcome.format or outcome.item.file.suffix.lstrip(".").lower() or "?"] += 1
    if outcome.status in ("error", "partial"):
        summary.errors.append((outcome.item.path, outcome.error or ""))
    if progress:
        progress(outcome)


def _extract_all(items: list[Item], jobs: int) -> Iterator[Outcome]:
    jobs = jobs or min(len(items), os.cpu_count() or 1)
    if jobs <= 1 or len(items) <= 1:
        yield from map(_work, items)
        return
    # Big files first, so one large PDF does not finish alone at the end.
    items = sorted(items, key=lambda i: -i.size)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_work, items, chunksize=1)


def _run_checks(db, doc_ids: list[int]) -> None:
    if not doc_ids:
        return
    try:
        from extractor.check.checks import run_checks
    except ImportError:
        return
    run_checks(db, doc_ids)
