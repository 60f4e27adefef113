"""Batch extraction: files, folders and .zip archives into one database, in worker processes.

What an archive run can count on:
- nothing is written outside the run's own temporary folder: archive members with absolute names,
  `..`, drive letters or links are refused and recorded one by one, and an archive's member count
  and uncompressed size are checked against limits before anything is written;
- each document is saved with its checks in one transaction as soon as its worker finishes, so a
  run killed at any moment keeps every finished file and leaves no document half-saved; the next
  run repairs what an older version or a crash left unchecked or incomplete;
- a file that fails, hangs or kills its worker is recorded with its error and the batch goes on;
  Ctrl-C (or SIGTERM) stops cleanly: what is finished is kept and the run is marked interrupted.
A file whose sha256 and extractor version are unchanged is skipped; a file whose size and modification
time are those the database recorded for its path is taken as unchanged without reading it (as make
and rsync judge a file).
"""
from __future__ import annotations

import copyreg
import gc
import hashlib
import multiprocessing
import os
import shutil
import signal
import sqlite3
import stat
import tempfile
import time
import zipfile
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, TimeoutError as FutureTimeout, wait
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from extractor import __version__
from extractor.errors import ChitieuError, ClusterError
from extractor.extract.entities import Entity
from extractor.model import Block, Cell, Indicator, LegalRef, Provenance, Quantity
from extractor.normalize.fingerprint import fingerprint_of
from extractor.read import supported
from extractor.read.office import chunk_timeout, convert_many, wants_conversion
from extractor.settings import env_number
from extractor.store import database as store
from extractor.store.corrections import reanchor
from extractor.rows import update_row
from extractor.store.same_document import group_of, regroup
from extractor.store.views import index_blocks_after, resume_search_index, suspend_search_index
from extractor.writes import transaction

if TYPE_CHECKING:
    from extractor.check.checks import Checker

TEMP_PREFIX = "chitieu-"
NESTED_ARCHIVES = 2          # archives inside archives are opened this deep, then recorded
# Errors that say nothing about the file (a tool missing or failing, a cluster lost): a re-run tries again.
RETRIED_ERRORS = ("ToolMissing", "ToolFailed", "ClusterError")


@dataclass
class Item:
    path: str            # what the database records (archive members as 'a.zip!member')
    file: Path           # where the bytes are
    sha256: str = ""
    size: int = 0
    error: str = ""      # known before reading: a refused archive member, not a regular file, …
    mtime_ns: Optional[int] = None     # st_mtime_ns when collected (None: an archive member, unpacked anew)
    converted: Optional[Path] = None   # a .doc/.rtf/.odt converted ahead with others (read/office.py)


@dataclass
class Outcome:
    item: Item
    status: str                       # ok | partial | error | skipped | unchanged | duplicate
    error: Optional[str] = None
    format: Optional[str] = None
    result: object = None             # pipeline.Extraction when extracted


# Runs the files: yields one Outcome per item as each finishes; told the files in flight through
# `running`. The default is the local process pool (`process_pool`); extractor.cluster gives Dask's.
Executor = Callable[[list[Item], Optional[Callable[[dict], None]]], Iterator[Outcome]]


@dataclass
class Summary:
    by_status: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    interrupted: bool = False
    stopped: Optional[ChitieuError] = None   # what stopped the run early (a Dask scheduler lost)
    repaired: int = 0                 # documents a crash or an older version left unchecked
    other_files: int = 0              # files stored as another format of a document (documents.same_as)

    @property
    def exit_code(self) -> int:
        """0: every file extracted, unchanged or skipped as unsupported; 1: some files failed, or
        the cluster was lost; 130: interrupted (what finished is saved)."""
        if self.stopped:
            return 1
        if self.interrupted:
            return 130
        return 1 if self.by_status.get("error") else 0


# --- settings ------------------------------------------------------------------------------------

def max_bytes() -> int:
    """Files above this size are recorded as errors rather than read (a 2 GB scan would stall a batch)."""
    return int(env_number("CHITIEU_MAX_MB", 200) * 2**20)


def file_timeout() -> int:
    """Seconds one file may take before it is recorded as an error (CHITIEU_FILE_TIMEOUT, default 900)."""
    return int(env_number("CHITIEU_FILE_TIMEOUT", 900, minimum=1))


def office_batch() -> int:
    """Office files converted per LibreOffice call (CHITIEU_OFFICE_BATCH, default 20; 0 or 1: one
    call per file, as before)."""
    return int(env_number("CHITIEU_OFFICE_BATCH", 20))


def archive_max_members() -> int:
    return int(env_number("CHITIEU_ZIP_MAX_MEMBERS", 20_000, minimum=1))


def archive_max_bytes() -> int:
    """The most an archive may unpack to, all members together (CHITIEU_ZIP_MAX_MB, default 4096)."""
    return int(env_number("CHITIEU_ZIP_MAX_MB", 4096) * 2**20)


# --- collecting files ----------------------------------------------------------------------------

def display_path(path: str | Path) -> str:
    """A path as text that SQLite and a terminal accept: bytes that are not UTF-8 in a file name
    (kept by Python as surrogates) are shown as \\xNN."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def database_files(db_path: str | Path) -> list[Path]:
    """The database and the files SQLite keeps beside it."""
    db = Path(db_path)
    return [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))]


def collect(paths: Iterable[str | Path], workdir: Path, exclude: Iterable[Path] = ()) -> Iterator[Item]:
    """Every file under the given paths (folders recursively, .zip archives unpacked), sorted.
    Files in `exclude` (the database being written, with its -wal/-shm/-journal) are not documents;
    anything that is not a regular file is recorded, not read."""
    skip = {x.resolve() for x in map(Path, exclude)}
    names = {x.name for x in skip}
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                # resolving walks every folder of the path: only for a name in `skip`, or a link (which may
                # point at one); any other file resolves to its own name, which no excluded file has
                if f.name.startswith(".") or f.is_dir() or ((f.name in names or f.is_symlink()) and f.resolve() in skip):
                    continue
                yield from _one(f, workdir)
        else:
            yield from _one(p, workdir)


def _one(f: Path, workdir: Path) -> Iterator[Item]:
    try:
        st = f.stat()
    except OSError:
        reason = "a link whose target is missing" if f.is_symlink() else "no such file"
        yield Item(path=display_path(f), file=f, error=f"ReadError: {reason}")
        return
    if not stat.S_ISREG(st.st_mode):
        yield Item(path=display_path(f), file=f,
                   error="ReadError: not a regular file (a pipe, device or socket is never read)")
        return
    if f.suffix.lower() == ".zip":
        yield from _expand(f, display_path(f), workdir, depth=1)
    else:
        yield Item(path=display_path(f), file=f, size=st.st_size, mtime_ns=st.st_mtime_ns)


def _member_problem(info: zipfile.ZipInfo) -> str:
    """Why a member may not be unpacked, or ''."""
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or PurePosixPath(name).is_absolute():
        return "an absolute path"
    if len(name) > 1 and name[1] == ":" and name[0].isalpha():
        return "a drive letter"
    if ".." in PurePosixPath(name).parts:
        return "a parent folder (..)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a symbolic link"
    if info.flag_bits & 0x1:
        return "encrypted"
    return ""


def _expand(f: Path, label: str, workdir: Path, depth: int) -> Iterator[Item]:
    """The members of a zip archive, unpacked under `workdir` only; each refusal is one Item."""
    try:
        z = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        yield Item(path=label, file=f, error=f"ReadError: not a readable zip archive ({e})")
        return
    with z:
        infos = [i for i in z.infolist() if not i.is_dir()]
        total = sum(i.file_size for i in infos)
        if len(infos) > archive_max_members():
            yield Item(path=label, file=f, error=f"ReadError: the archive has {len(infos)} members; the limit is "
                                                 f"CHITIEU_ZIP_MAX_MEMBERS={archive_max_members()}")
            return
        if total > archive_max_bytes():
            yield Item(path=label, file=f, error=f"ReadError: the archive unpacks to {total / 2**20:.0f} MiB; the "
                                                 f"limit is CHITIEU_ZIP_MAX_MB={archive_max_bytes() // 2**20}")
            return
        target = workdir / hashlib.sha1(label.encode("utf-8", "backslashreplace")).hexdigest()[:12]
        files: dict[str, str] = {}            # unpacked path → member name
        folders: dict[str, str] = {}          # folder implied by a member → member name
        for info in sorted(infos, key=lambda i: i.filename):
            name = info.filename.replace("\\", "/")
            item_label = f"{label}!{info.filename}"
            parts = PurePosixPath(name).parts
            problem = _member_problem(info)
            if not problem and (any(p.startswith(".") for p in parts) or parts[:1] == ("__MACOSX",)):
                continue                       # hidden files and the Mac resource forks: not documents
            clash = (files.get(name) or folders.get(name)
                     or next((files[p] for p in _parents(name) if p in files), None))
            if problem:
                yield Item(item_label, f, error=f"ReadError: archive member refused: {problem}")
                continue
            if clash:
                yield Item(item_label, f, error=f"ReadError: archive member refused: collides with {clash!r}")
                continue
            if info.file_size > max_bytes():
                yield Item(item_label, f, error=f"ReadError: file too large ({info.file_size / 2**20:.0f} MiB; "
                                                f"the limit is CHITIEU_MAX_MB={max_bytes() // 2**20})")
                continue
            files[name] = info.filename
            for p in _parents(name):
                folders.setdefault(p, info.filename)
            out = target.joinpath(*parts)
            try:
                _unpack(z, info, out)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as e:
                yield Item(item_label, f, error=f"ReadError: archive member cannot be unpacked ({e})")
                continue
            if out.suffix.lower() == ".zip":
                if depth >= NESTED_ARCHIVES:
                    yield Item(item_label, out, error=f"ReadError: an archive nested more than "
                                                      f"{NESTED_ARCHIVES} deep is not opened")
                else:
                    yield from _expand(out, item_label, workdir, depth + 1)
            else:
                yield Item(path=item_label, file=out)


def _parents(name: str) -> list[str]:
    parts = PurePosixPath(name).parts
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


def _unpack(z: zipfile.ZipFile, info: zipfile.ZipInfo, out: Path) -> None:
    """Copy one member, never more bytes than it declares (a bomb stops at its declared size)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    left = info.file_size
    with z.open(info) as src, open(out, "wb") as dst:
        while left > 0:
            chunk = src.read(min(left, 1 << 20))
            if not chunk:
                break
            dst.write(chunk)
            left -= len(chunk)


# --- planning ------------------------------------------------------------------------------------

def fingerprint(item: Item) -> Item:
    h = hashlib.sha256()
    with open(item.file, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    item.sha256 = h.hexdigest()
    item.size = item.file.stat().st_size
    return item


def _same_stat(item: Item, old: Optional[dict]) -> bool:
    """Has the file the size and modification time the database recorded for its path? Then its
    recorded sha256 is taken without reading it: hashing was most of a run over unchanged files
    (280 MB of Word files, 0.3 s). A file changed within the same size gets a new time, and is
    hashed; a file only touched is hashed, found unchanged, and its new time recorded."""
    return (item.mtime_ns is not None and old is not None and bool(old["sha256"])
            and old.get("mtime_ns") == item.mtime_ns and old["size"] == item.size)


def _fingerprint_all(items: list[Item], olds: list[Optional[dict]], force: bool) -> list[Optional[OSError]]:
    """Each readable item's sha256 and size, two files at a time, and the error of each that could not
    be read (None: read); a file `_same_stat` with its stored row keeps the stored sha256, unless the
    run is forced. hashlib and file reads let go of the GIL: before the workers start, and in a run
    over changed files, the second core has nothing else to do."""
    def one(item: Item) -> Optional[OSError]:
        try:
            fingerprint(item)
        except OSError as e:
            return e
        return None

    for item, old in zip(items, olds):
        if not force and not item.error and _same_stat(item, old):
            item.sha256 = old["sha256"]
    todo = [i for i in items if not i.error and not i.sha256]
    with ThreadPoolExecutor(max_workers=2) as threads:
        errors = dict(zip(map(id, todo), threads.map(one, todo)))
    return [errors.get(id(i)) for i in items]


def _plan(db, items: list[Item], force: bool) -> tuple[list[Item], list[Outcome], list[Outcome]]:
    """(files to extract, outcomes known now, duplicates to record once their original is saved).
    Identical bytes at a second path are extracted once: the second path is recorded as a
    duplicate of the first (`documents.duplicate_of`), so no figure is counted twice."""
    todo, done, copies = [], [], []
    incomplete = _incomplete_paths(db)
    first: dict[str, str] = {}                      # sha256 → the path extracted for it
    known = store.known_documents(db, [item.path for item in items if not item.error])
    olds = [None if item.error else known.get(item.path) for item in items]
    touched = []                                    # unchanged files with a new time: recorded below
    for item, old, unread in zip(items, olds, _fingerprint_all(items, olds, force)):
        if item.error:
            done.append(Outcome(item, "error", item.error))
            continue
        if unread:
            done.append(Outcome(item, "error", f"ReadError: {unread}"))
            continue
        if not force and _unchanged(old, item) and item.path not in incomplete:
            done.append(Outcome(item, "unchanged", format=old["format"]))
            if item.mtime_ns is not None and old.get("mtime_ns") != item.mtime_ns:
                touched.append((item.mtime_ns, old["id"]))
        # the same bytes stored at another path, asked only of a file that is not unchanged
        elif (original := first.get(item.sha256) or _stored_original(db, item)) and original != item.path \
                and supported(item.file):
            copies.append(Outcome(item, "duplicate", f"same bytes as {original}",
                                  format=item.file.suffix.lstrip(".").lower()))
        elif not supported(item.file):
            done.append(Outcome(item, "skipped", f"unsupported file type {item.file.suffix or '(none)'}"))
        elif item.size > max_bytes():
            done.append(Outcome(item, "error", f"ReadError: file too large ({item.size / 2**20:.0f} MiB; "
                                               f"the limit is CHITIEU_MAX_MB={max_bytes() // 2**20})"))
        else:
            todo.append(item)
            first.setdefault(item.sha256, item.path)
    if touched:                                     # so that the next run need not hash them again
        with transaction(db):
            db.conn.executemany("update documents set mtime_ns = ? where id = ?", touched)
    return todo, done, copies


def _stored_original(db, item: Item) -> Optional[str]:
    """The path of a stored document with the same bytes, extracted by this version."""
    rows = db.query("select path from documents where sha256 = ? and path != ? and status in ('ok', 'partial') "
                    "and extractor_version = ? order by id limit 1", [item.sha256, item.path, __version__])
    return next((r["path"] for r in rows), None)


def _incomplete_paths(db) -> set[str]:
    """Documents whose stored blocks do not match their count (written by a version that did not
    save in one transaction, then killed): extracted again whatever their fingerprint says."""
    rows = db.query("""select d.path from documents d
                       left join (select document_id, count(*) n from blocks group by document_id) b
                              on b.document_id = d.id
                       where d.status in ('ok', 'partial') and coalesce(b.n, 0) != coalesce(d.blocks, 0)""")
    return {r["path"] for r in rows}


def _unchanged(old: Optional[dict], item: Item) -> bool:
    """Same bytes, same extractor: nothing to do. A failure for a missing or failing tool, or for a
    lost cluster, is retried."""
    if not old or old["sha256"] != item.sha256 or old["extractor_version"] != __version__:
        return False
    if old["status"] == "duplicate":             # its original may have changed since: look again
        return False
    return not (old["status"] == "error" and (old["error"] or "").startswith(RETRIED_ERRORS))


def _order(items: list[Item]) -> list[Item]:
    """Largest and smallest files in turn: the big ones start early (they finish the batch), and
    small ones keep arriving meanwhile, so a run killed early has still saved work."""
    by_size = sorted(items, key=lambda i: -i.size)
    out = []
    while by_size:
        out.append(by_size.pop(0))
        if by_size:
            out.append(by_size.pop())
    return out


# --- the work ------------------------------------------------------------------------------------

def _work(item: Item) -> Outcome:
    """Runs in a worker process: the whole pipeline on one file, failures turned into data."""
    from extractor import pipeline
    from extractor.check.matching import label_words

    if item.converted:
        from extractor.read.office import use_conversion
        use_conversion(item.file, item.converted)
    try:
        result = pipeline.extract_file(item.file).for_saving()
        # the labels' words for catalogue matching, segmented here beside the other workers
        result.label_words = label_words(matched_labels(result.indicators))
        result.fingerprint = fingerprint_of(result.document.text)
        return Outcome(item, result.status, "; ".join(result.errors) or None, result.document.format, result)
    except ChitieuError as e:
        return Outcome(item, "error", f"{type(e).__name__}: {e}")
    except MemoryError:
        return Outcome(item, "error", "MemoryError: file too large to process")
    except Exception as e:  # a reader bug on one odd file must not stop the batch
        return Outcome(item, "error", f"internal error: {type(e).__name__}: {e}")


def matched_labels(indicators) -> list[str]:
    """The wording the checks match each indicator by (check/matching.py, check/plans.py: its label,
    else its normal form): the only ones whose words the main process asks for. The normal form
    beside a label was segmented for nothing, half of the words a worker found and sent."""
    return [i.label or i.label_norm for i in indicators]


# --- the result pipe -----------------------------------------------------------------------------

def _pickled_as_fields(cls: type) -> None:
    """Pickle instances of a record class as the class and its fields' values, rebuilt by calling
    it. Pickle's own way is each instance's attribute dict, set on a blank object: a worker sends
    about 200,000 of them for 8 MB of text (blocks, cells, quantities, indicators, provenances), and
    this process unpickles every one (0.41 → 0.21 CPU s on the kept txt archive, pickles a sixth
    smaller). For dataclasses whose attributes are all fields of __init__, without __post_init__."""
    get = attrgetter(*(f.name for f in fields(cls)))
    copyreg.pickle(cls, lambda record: (cls, get(record)))


for _record in (Block, Cell, Provenance, Quantity, Indicator, LegalRef, Entity):
    _pickled_as_fields(_record)


def process_pool(jobs: int = 0) -> Executor:
    """The executor of a run on this machine: `jobs` worker processes (default one per CPU)."""
    return lambda items, running=None: _extract_all(items, jobs, running)


def _warm_up() -> None:
    """Patterns compiled, spaCy's matcher built and underthesea's word segmenter loaded here, once,
    before the workers are forked from this process (Linux): each of them did it on its first file
    (1.1 s of CPU a worker, and 0.8 s for the segmenter, which this process needs anyway to fit the
    catalogue matcher). A failure is left for that first file to meet and record."""
    if multiprocessing.get_start_method() != "fork":
        return
    try:
        from extractor import pipeline
        from extractor.check.matching import label_words
        pipeline.warm_up()
        label_words(["Tỷ lệ hồ sơ trực tuyến"])
    except Exception:                     # noqa: BLE001
        pass
    # What is alive now (spaCy, the patterns, the segmenter: 100,000 objects) lives as long as the
    # process: frozen, no garbage collection here or in a worker walks it again, and the workers'
    # copies of its pages stay shared instead of being written by the collector.
    # Once a process: a long-lived caller (a server, a test session) running batch after batch would
    # otherwise freeze each batch's leftovers too, and cycles among them would never be freed.
    global _FROZEN
    if not _FROZEN:
        gc.collect()
        gc.freeze()
        _FROZEN = True


_FROZEN = False

# Allocations between two young-generation collections during a batch (Python's default: 700). A file's
# blocks, cells, quantities and records are tens of thousands of objects that all outlive the collections
# made while they are built, which then only walk them: 2% of a worker's CPU on the kept md archive
# (0.24 of 11.6 s), about 1% of this process's. Set for a batch run from the main thread, restored after it;
# the workers it forks inherit it.
GC_YOUNG = 20_000


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: only the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _failed(item: Item, error: BaseException) -> Outcome:
    """A task that did not return: timed out (its worker was killed) or its worker died."""
    if isinstance(error, FutureTimeout):
        return Outcome(item, "error", f"ToolFailed: gave up after {file_timeout()} s (CHITIEU_FILE_TIMEOUT)")
    code = getattr(error, "exitcode", None)
    if code is not None and code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        how = f"killed by {name}" + (" (out of memory?)" if name == "SIGKILL" else "")
    else:
        how = f"{type(error).__name__}: {error}"
    return Outcome(item, "error", f"ReadError: the worker reading this file died ({how})")


def office_chunks(items: list[Item], jobs: int) -> list[list[Item]]:
    """The office files LibreOffice will convert, in chunks: one per worker, at most
    CHITIEU_OFFICE_BATCH each. None when batching would not save a start."""
    size = office_batch()
    office = [i for i in items if wants_conversion(i.file)]
    if size < 2 or len(office) < 2:
        return []
    per = min(size, -(-len(office) // max(1, jobs)))
    return [office[i:i + per] for i in range(0, len(office), per)]


def _convert_ahead(pool, items: list[Item], jobs: int, workdir: Path) -> None:
    """Convert the office files to .docx, one LibreOffice call per chunk, the chunks on the
    workers; each converted item is told where its .docx is. A chunk that fails or overruns
    costs nothing but time: its files are converted one by one when read."""
    chunks = office_chunks(items, jobs)
    futures = [(pool.schedule(convert_many, args=[[i.file for i in c], workdir / f"lo{n}"],
                              timeout=chunk_timeout(len(c)) + 30), c) for n, c in enumerate(chunks)]
    for fut, chunk in futures:
        try:
            done = fut.result()
        except Exception:                       # a worker that died or a timeout: converted alone later
            continue
        for item in chunk:
            item.converted = done.get(item.file)


# In flight: one file running and one waiting per worker. With only the running one, a worker that
# finished sat idle until this process, saving the previous document (≈10 ms), got round to giving
# it the next (5 s of each worker's 33 s on 576 small files, on a busy machine). cluster.py does the
# same for Dask.
TASKS_PER_WORKER = 2


def _note_started(in_flight: dict[Future, list]) -> None:
    """Stamp the files a worker has taken since the last look (their timeout starts there too)."""
    now = time.monotonic()
    for fut, entry in in_flight.items():
        if entry[1] is None and fut.running():
            entry[1] = now


def _extract_all(items: list[Item], jobs: int, running: Callable[[dict], None] | None = None) -> Iterator[Outcome]:
    """Outcomes in the order files finish, `jobs` files running and one waiting for each worker (a
    file's timeout starts when a worker takes it); a worker that dies or
    overruns CHITIEU_FILE_TIMEOUT is replaced and its file recorded. Office files are converted
    ahead, in chunks (`_convert_ahead`)."""
    from pebble import ProcessPool

    jobs = max(1, min(jobs or os.cpu_count() or 1, len(items)))
    _warm_up()
    pending = iter(_order(items))
    in_flight: dict[Future, list] = {}      # → [item, when a worker started it (None: still waiting)]
    pool = ProcessPool(max_workers=jobs, initializer=_worker_init)
    workdir = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-lo-"))
    try:
        _convert_ahead(pool, items, jobs, workdir)
        def submit() -> None:
            for item in pending:
                in_flight[pool.schedule(_work, args=[item], timeout=file_timeout())] = [item, None]
                return

        for _ in range(TASKS_PER_WORKER * jobs):
            submit()
        while in_flight:
            _note_started(in_flight)
            if running:
                running({it.path: start for it, start in in_flight.values() if start is not None})
            done, _ = wait(list(in_flight), timeout=1.0, return_when=FIRST_COMPLETED)
            for fut in done:
                item, _start = in_flight.pop(fut)
                submit()
                try:
                    yield fut.result()
                except Exception as e:          # TimeoutError, ProcessExpired, a pickling error …
                    yield _failed(item, e)
    finally:
        pool.stop()
        pool.join(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


# --- storing -------------------------------------------------------------------------------------

def _save(db, outcome: Outcome, checker: Checker) -> Optional[int]:
    """One document's rows and its checks, in one transaction. Returns its id (None: unchanged)."""
    item = outcome.item
    if outcome.status == "unchanged":
        return None
    fmt = outcome.format or item.file.suffix.lstrip(".").lower()
    row = store.document_row(item.path, item.sha256, item.size, fmt, item.mtime_ns)
    with transaction(db):
        old = store.known_document(db, item.path)
        before = group_of(db, old["id"]) if old else set()
        if outcome.status == "duplicate":
            original = store.known_document(db, outcome.error.removeprefix("same bytes as "))
            doc_id = store.save_failure(db, {**row, "duplicate_of": original and original["id"]},
                                        "duplicate", outcome.error)
        elif outcome.result is None:
            doc_id = store.save_failure(db, row, outcome.status, outcome.error or "")
        else:
            from extractor.check.matching import remember_words
            remember_words(outcome.result.label_words)
            doc_id = store.save_extraction(db, row, outcome.result)
        reanchor(db, doc_id)              # reviewers' corrections follow the new rows; checks read them
        # the same document in another format: one primary, whatever order the files came in
        for other in regroup(db, doc_id, before):   # a file that became, or stopped being, the primary
            _check(db, checker, other)
        if outcome.result is not None:
            _check(db, checker, doc_id, outcome)
        return doc_id


def _check(db, checker: Checker, doc_id: int, outcome: Optional[Outcome] = None) -> None:
    """A document's checks; a bug in a check costs its checks, not the document."""
    try:
        # a document saved just now carries its families (written with its rows)
        checker.check_document(db, doc_id, families_written=outcome is not None)
    except (ChitieuError, sqlite3.Error, ValueError, KeyError, TypeError, AttributeError) as e:
        error = f"checks: {type(e).__name__}: {e}"
        if outcome is not None:
            outcome.status, outcome.error = "partial", "; ".join(filter(None, [outcome.error, error]))
        update_row(db, "documents", doc_id, {"status": "partial", "error": error})


def _finish(db, outcome: Outcome, summary: Summary, checker: Checker, progress) -> None:
    try:
        _save(db, outcome, checker)
    except (ChitieuError, sqlite3.Error) as e:
        outcome = Outcome(outcome.item, "error", f"store: {e}")
        with transaction(db):
            store.save_failure(db, store.document_row(outcome.item.path, outcome.item.sha256,
                                                      outcome.item.size, "", outcome.item.mtime_ns),
                               "error", outcome.error)
    summary.by_status[outcome.status] += 1
    summary.by_format[outcome.format or outcome.item.file.suffix.lstrip(".").lower() or "?"] += 1
    if outcome.status in ("error", "partial"):
        summary.errors.append((outcome.item.path, outcome.error or ""))
    if progress:
        progress(outcome)


# Characters of text a batch saves between two passes of indexing its blocks for search.
INDEX_EVERY = 2_000_000


class _SearchIndexer:
    """Indexes the batch's new blocks for search every INDEX_EVERY characters of saved text, each
    pass one statement in its own transaction, rather than all of them when the batch ends: then
    the workers are done, and one core sits idle while this process indexes (0.44 CPU s for 8 MB
    of text), where during the run the same work costs the busy workers about half of it in time.
    FTS5 writes a segment for each pass: passes of 2 MB cost about 5% more than one statement.
    A run killed between passes leaves its newest block unindexed: the next open indexes the rest."""

    def __init__(self, db) -> None:
        self.db, self.chars = db, 0
        self.after = self._last_block()       # blocks above it are the batch's (older ones missing: at the end)

    def _last_block(self) -> int:
        return self.db.execute("select coalesce(max(id), 0) from blocks").fetchone()[0]

    def saved(self, outcome: Outcome) -> None:
        if outcome.result is None:
            return
        self.chars += len(outcome.result.document.text)
        if self.chars < INDEX_EVERY:
            return
        self.chars = 0
        try:
            with transaction(self.db):
                index_blocks_after(self.db, self.after)
                self.after = self._last_block()
        except (ChitieuError, sqlite3.Error):
            pass                              # (a lock held too long …) the end of the batch indexes them


class _RunChecker:
    """The run's Checker, prepared when a first document is checked: preparing it imports the
    checks, parses the catalogue and compares it with the database, which a run that finds every
    file unchanged has no use for (an eighth of such a run's CPU)."""

    def __init__(self) -> None:
        self._checker: Optional["Checker"] = None

    def check_document(self, db, doc_id: int, families_written: bool = False) -> int:
        if self._checker is None:
            from extractor.check.checks import Checker
            self._checker = Checker.prepare(db)
        return self._checker.check_document(db, doc_id, families_written)


def _repair(db, checker: Checker) -> int:
    """Check the documents that were saved but never checked (an older version's run killed
    before its final checks step)."""
    ids = [r["id"] for r in db.query("select id from documents where status in ('ok', 'partial') "
                                     "and checked_at is null order by id")]
    for doc_id in ids:
        with transaction(db):
            _check(db, checker, doc_id)
    return len(ids)


def _clean_stale_temp() -> None:
    """Temporary folders of runs that were killed (their process is gone)."""
    for d in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*-*"):
        pid = d.name[len(TEMP_PREFIX):].split("-")[0]
        if pid.isdigit() and not store.process_alive(int(pid)) and d.is_dir():
            shutil.rmtree(d, ignore_errors=True)


class _Interrupted(BaseException):
    pass


def _on_sigterm(signum, frame):
    raise _Interrupted()


def run_batch(paths: Iterable[str | Path], db_path: str | Path, jobs: int = 0, force: bool = False,
              progress: Callable[[Outcome], None] | None = None,
              on_plan: Callable[[int], None] | None = None,
              running: Callable[[dict], None] | None = None, executor: Executor | None = None) -> Summary:
    """Extract every file under `paths` into the database at `db_path`.

    The files are extracted by `executor` (default: `process_pool(jobs)` on this machine; a Dask
    cluster's from `extractor.cluster.executor`); everything else happens here, in this process.

    `on_plan(n)` is told how many files there are once they are collected; `progress(outcome)`
    after each file is saved; `running({path: monotonic start})` about once a second with the files
    being worked on. Ctrl-C or SIGTERM stop the run cleanly: the summary says `interrupted`.
    """
    t0 = time.perf_counter()
    max_bytes(), file_timeout(), archive_max_bytes(), archive_max_members()  # bad settings stop here
    paths = list(paths)
    db = store.open_db(db_path)
    run_id = store.start_run(db, "extract " + " ".join(map(display_path, paths)))
    summary = Summary()
    _clean_stale_temp()
    workdir = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
    deferred = False
    collecting = gc.get_threshold() if _main_thread() else None     # process-wide: not from a batch in a thread
    if collecting:
        gc.set_threshold(max(GC_YOUNG, collecting[0]), *collecting[1:])
    try:
        suspend_search_index(db)          # indexed as the batch goes (_SearchIndexer) and when it ends
        deferred = store.defer_indexes(db)     # a new database's late indexes too
        checker = _RunChecker()
        summary.repaired = _repair(db, checker)
        items = list(collect(paths, workdir, exclude=database_files(db_path)))
        if on_plan:
            on_plan(len(items))
        todo, done, copies = _plan(db, items, force)
        for outcome in done:
            _finish(db, outcome, summary, checker, progress)
        if todo:
            indexer = _SearchIndexer(db)
            for outcome in (executor or process_pool(jobs))(todo, running):
                _finish(db, outcome, summary, checker, progress)
                indexer.saved(outcome)
        for outcome in copies:
            _finish(db, outcome, summary, checker, progress)
    except (KeyboardInterrupt, _Interrupted):
        summary.interrupted = True
    except ClusterError as e:                # the executor cannot go on: what finished is saved
        summary.interrupted, summary.stopped = True, e
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if collecting:
            gc.set_threshold(*collecting)
        shutil.rmtree(workdir, ignore_errors=True)
        resume_search_index(db)
        if deferred:
            store.create_indexes(db)
    summary.seconds = time.perf_counter() - t0
    summary.rows = {t: db[t].count for t in ("documents", "blocks", "quantities", "legal_refs", "indicators", "checks")}
    summary.other_files = db.execute("select count(*) from documents where same_as is not null").fetchone()[0]
    store.finish_run(db, run_id, status="interrupted" if summary.interrupted else "finished",
                     documents=sum(summary.by_status.values()),
                     processed=summary.by_status.get("ok", 0) + summary.by_status.get("partial", 0),
                     skipped=summary.by_status.get("unchanged", 0),
                     errors=summary.by_status.get("error", 0), seconds=round(summary.seconds, 3),
                     stats=str(dict(summary.by_status)))
    store.close_db(db)
    return summary


def _main_thread() -> bool:
    import threading
    return threading.current_thread() is threading.main_thread()
