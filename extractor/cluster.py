"""The same extraction on a Dask cluster: each file's extraction is one task on the cluster's workers.

Everything else stays with the client, in `batch.run_batch`: collecting files, skipping unchanged
ones, saving each result with its checks as it arrives, the summary. This module only gives
`run_batch` an executor (`executor(client)`) that yields the same Outcomes as the local process
pool, from the same worker function (`batch._work`):

- a file travels as its bytes, written to a private temporary folder on the worker and removed
  after; with `shared_paths` (every worker sees the client's files at the same absolute paths) as
  its path, except archive members, which are unpacked in the client's own temporary folder;
- at most about two tasks per worker thread are in flight, more are submitted as they finish
  (`distributed.as_completed`), and each result is released once taken: the client's memory stays
  flat however large the archive;
- a task that raises is retried (`RETRIES`), then is that file's error; a worker lost mid-task
  (killed, out of memory) makes the scheduler run the task elsewhere, up to its `allowed-failures`,
  then the file is recorded as failed; a file running longer than CHITIEU_FILE_TIMEOUT is given up.
  The batch always finishes;
- the client's CHITIEU_* settings travel with each task, so workers read files as the client would;
- office files (.doc/.rtf/.odt) are converted to .docx in chunks, one LibreOffice call a chunk, each
  chunk a task of its own, as the local pool does (`batch.office_chunks`); a file's task takes its
  chunk's result as its input, so the .docx goes from worker to worker, never through the client.

Dask is an optional extra (`pip install 'chitieu[cluster]'`): it is imported only here, only when a
cluster is asked for.
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator, Optional

from extractor import __version__
from extractor.batch import (TEMP_PREFIX, Executor, Item, Outcome, _clean_stale_temp, _order, _work,
                             display_path, file_timeout, office_chunks)
from extractor.errors import ClusterError, SchedulerUnreachable
from extractor.settings import env_number

RETRIES = 2                 # a task that raises (not _work: the task around it) is run this many more times
LOCAL_ALLOWED_FAILURES = 2  # local:N: a file whose worker dies is tried on 3 workers, then recorded
TASKS_PER_THREAD = 2        # in flight: one running and one waiting per worker thread
TASK_PREFIX = "chitieu-extract"
CONVERT_PREFIX = "chitieu-convert"


def connect_timeout() -> float:
    """Seconds to wait for the scheduler to answer and for a first worker (CHITIEU_CONNECT_TIMEOUT, 20)."""
    return env_number("CHITIEU_CONNECT_TIMEOUT", 20, minimum=1)


# --- connecting ----------------------------------------------------------------------------------

def local_workers(scheduler: str) -> Optional[int]:
    """N for 'local:N' ('local' alone: one per CPU); None for a scheduler's address."""
    if scheduler != "local" and not scheduler.startswith("local:"):
        return None
    n = scheduler.partition(":")[2] or str(os.cpu_count() or 1)
    if not n.isdigit() or int(n) < 1:
        raise ClusterError(f"{scheduler!r}: local:N needs a number of workers, e.g. local:2")
    return int(n)


def _distributed():
    try:
        import distributed
    except ImportError as e:
        err = ClusterError(f"--scheduler needs Dask, which is not installed ({e})")
        err.hint = "pip install 'chitieu[cluster]'  (Dask's distributed scheduler, an optional extra)"
        raise err from None
    return distributed


@contextlib.contextmanager
def connect(scheduler: str, quiet: bool = True) -> Iterator["distributed.Client"]:  # noqa: F821
    """A Dask client for `tcp://HOST:PORT` (a running `dask scheduler`), or for a cluster started here
    with `local:N` (N worker processes of one thread each, stopped on exit). Raises
    SchedulerUnreachable when no scheduler answers, ClusterError when it has no worker."""
    distributed = _distributed()
    n = local_workers(scheduler)
    with _logs_quiet(quiet), contextlib.ExitStack() as stack:
        if n is None:
            client = stack.enter_context(_remote(distributed, scheduler))
        else:
            client = stack.enter_context(_local(distributed, n))
        _wait_for_a_worker(client, scheduler)
        yield client


@contextlib.contextmanager
def _remote(distributed, address: str):
    timeout = connect_timeout()
    try:
        distributed.comm.registry.get_backend(distributed.comm.parse_address(address)[0])
    except ValueError as e:                        # 'unknown address scheme …'
        raise SchedulerUnreachable(f"{address}: {e}") from None
    try:
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as e:
        why = "connection refused" if "refused" in str(e.__cause__ or e).lower() else "no answer"
        raise SchedulerUnreachable(f"no Dask scheduler answered at {address} ({why}, waited {timeout:g} s)") from None
    with client:
        yield client


@contextlib.contextmanager
def _local(distributed, n: int):
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": LOCAL_ALLOWED_FAILURES}):
        cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                           dashboard_address=":0", silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster, set_as_default=False) as client:
        client.register_plugin(_ignore_ctrl_c(distributed), name="chitieu-ignore-ctrl-c")
        yield client


def _ignore_ctrl_c(distributed):
    """A worker plugin for local:N: Ctrl-C reaches the whole process group, and only the client
    decides what stops (its workers stop with it). Applied to restarted workers too. (A class made
    here, where Dask is imported; it travels to the workers by value.)"""

    class IgnoreCtrlC(distributed.WorkerPlugin):
        def setup(self, worker) -> None:
            import signal
            import threading

            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGINT, signal.SIG_IGN)

    return IgnoreCtrlC()


def _wait_for_a_worker(client, scheduler: str) -> None:
    try:
        client.wait_for_workers(1, timeout=connect_timeout())
    except (TimeoutError, OSError):
        err = ClusterError(f"the Dask scheduler at {scheduler} has no worker")
        err.hint = f"start workers with `dask worker {scheduler}` where chitieu is installed"
        raise err from None


def describe(client) -> str:
    """'2 workers, 2 threads, tcp://…:8786, dashboard http://…:8787/status' (the dashboard needs bokeh
    where the scheduler runs)."""
    threads = client.nthreads()
    dashboard = "dashboard" in client.scheduler_info().get("services", {})
    return (f"{len(threads)} workers, {sum(threads.values())} threads, {client.scheduler.address}"
            + (f", dashboard {client.dashboard_link}" if dashboard else ""))


@contextlib.contextmanager
def _logs_quiet(quiet: bool):
    """Dask logs a lost worker, a failed task or a lost scheduler; here each is a file's recorded
    error or the run's one-line error instead."""
    loggers = [logging.getLogger(name) for name in ["distributed", *logging.root.manager.loggerDict]
               if name.startswith("distributed.") or name == "distributed"] if quiet else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


# --- on the worker -------------------------------------------------------------------------------

_cleaned = False


def extract_task(item: Item, data: Optional[bytes], settings: dict[str, str], version: str = __version__,
                 converted: Optional[dict] = None, place: Optional[int] = None) -> Outcome:
    """Runs on a Dask worker: one file through `batch._work`, under the client's CHITIEU_* settings.
    `data`: the file's bytes, written to a private temporary folder and removed after; None when the
    worker reads `item.file` itself (shared paths). `version`: the client's chitieu, which stores the
    result as its own: a worker running another is that file's error. `converted`: its chunk's
    conversions ({place: .docx bytes}, from `convert_task`); a file not in it is converted alone."""
    if version != __version__:
        return Outcome(item, "error", f"ClusterError: this worker runs chitieu {__version__}, the client "
                                      f"{version}: install the same version on every machine")
    _apply_settings(settings)
    docx = (converted or {}).get(place)
    if data is None and docx is None:
        return _work(item)
    _clean_once()
    folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))
    try:
        local = item.file
        if data is not None:
            local = folder / item.file.name        # the same name: readers look at the extension too
            local.write_bytes(data)
        ready = None
        if docx is not None:
            ready = folder / "converted.docx"
            ready.write_bytes(docx)
        outcome = _work(replace(item, file=local, converted=ready))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if outcome.error and local != item.file:    # a tool's message names the file: the client's, as locally
        outcome.error = outcome.error.replace(str(local), str(item.file))
    outcome.item = item
    return outcome


def convert_task(files: list[tuple[str, Optional[bytes]]], settings: dict[str, str]) -> dict[int, bytes]:
    """Runs on a Dask worker: a chunk of office files (suffix, bytes) to .docx in one LibreOffice
    call; {place in the chunk: .docx bytes} for those that came out. Never raises: a file missing
    from the answer is converted alone by its own task, so it fails alone."""
    from extractor.read.office import convert_many

    _apply_settings(settings)
    _clean_once()
    folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-lo-"))
    try:
        sources = {}
        for n, (suffix, data) in enumerate(files):
            if data is not None:
                sources[n] = folder / f"{n:05d}{suffix.lower()}"
                sources[n].write_bytes(data)
        try:
            done = convert_many(list(sources.values()), folder / "out")
        except Exception:                         # noqa: BLE001  (a chunk costs time, never a file)
            return {}
        return {n: done[src].read_bytes() for n, src in sources.items() if src in done}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _apply_settings(settings: dict[str, str]) -> None:
    for name in [k for k in os.environ if k.startswith("CHITIEU_") and k not in settings]:
        del os.environ[name]
    os.environ.update(settings)


def _clean_once() -> None:
    """The temporary folders that killed workers on this machine left behind, once per worker."""
    global _cleaned
    if not _cleaned:
        _cleaned = True
        _clean_stale_temp()


# --- on the client -------------------------------------------------------------------------------

@dataclass
class _Task:
    item: Item
    started: Optional[float] = None      # monotonic time a worker took it (seen at the last tick)


def executor(client, shared_paths: bool = False) -> Executor:
    """run_batch's executor for a connected client (see `connect`)."""
    return lambda items, running=None: extract_all(client, items, running, shared_paths=shared_paths)


def extract_all(client, items: list[Item], running: Callable[[dict], None] | None = None,
                shared_paths: bool = False) -> Iterator[Outcome]:
    """Outcomes in the order files finish on the cluster, a bounded number of tasks in flight;
    `running` is told about once a second which files workers have taken."""
    stream = _Stream(client, items, shared_paths)
    with _signals_between_calls() as deliver:
        try:
            yield from _stream_outcomes(stream, running, deliver)
        except OSError as e:                     # CommClosedError: the scheduler is gone
            err = ClusterError(f"lost the Dask scheduler at {client.scheduler.address} ({type(e).__name__}: {e}); "
                               f"every file finished before is saved")
            err.hint = "start the scheduler again (or check the network) and run the same command: it goes on"
            raise err from None
        finally:
            stream.cancel()


def _stream_outcomes(stream: "_Stream", running, deliver: Callable[[], None]) -> Iterator[Outcome]:
    stream.fill()
    last = time.monotonic()
    while not stream.finished.is_empty() or stream.unread:
        deliver()
        while stream.unread:
            yield stream.unread.pop()
        if stream.finished.has_ready():
            outcome = stream.take(next(stream.finished))
            if outcome is not None:
                yield outcome
        else:
            time.sleep(0.02)
        if time.monotonic() - last >= 1.0:
            last = time.monotonic()
            yield from stream.tick(running)
    deliver()                                    # one that came while the last file was saved


@contextlib.contextmanager
def _signals_between_calls() -> Iterator[Callable[[], None]]:
    """Ctrl-C and SIGTERM are held until `deliver()`, called between two calls into Dask: one that
    lands inside Dask's event-loop plumbing logs a confusing traceback. `deliver()` hands a signal
    that came to the handler it was meant for (run_batch's: the run stops as interrupted)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return
    came: list = []
    meant = {sig: signal.signal(sig, lambda signum, frame: came.append((signum, frame)))
             for sig in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for sig, handler in meant.items():
            signal.signal(sig, handler)

    def deliver() -> None:
        if came:
            signum, frame = came[0]
            restore()
            if callable(meant[signum]):
                meant[signum](signum, frame)
            elif meant[signum] == signal.SIG_DFL:
                signal.raise_signal(signum)

    try:
        yield deliver
    finally:
        restore()


class _Stream:
    """One run's tasks on the cluster: submitted as earlier ones finish, never more than `limit`."""

    def __init__(self, client, items: list[Item], shared_paths: bool):
        from distributed import as_completed

        self.client, self.shared_paths = client, shared_paths
        self.pending = iter(_order(items))       # large and small in turn, as the local pool
        self.in_flight: dict = {}                 # Future → _Task
        self.unread: list[Outcome] = []           # files the client could not read to send
        self.finished = as_completed([], loop=client.loop)
        self.settings = {k: v for k, v in os.environ.items() if k.startswith("CHITIEU_")}
        self.limit = TASKS_PER_THREAD * max(1, sum(client.nthreads().values()))   # followed by tick()
        # office files: which chunk each is in, and each chunk's conversion once submitted (kept
        # until its last file is submitted, then left to Dask, which drops it when they are done)
        chunks = office_chunks(items, max(1, sum(client.nthreads().values())))
        self.chunk_of = {id(item): (n, k) for n, chunk in enumerate(chunks) for k, item in enumerate(chunk)}
        self.chunks = dict(enumerate(chunks))
        self.conversions: dict = {}
        self.waiting = {n: len(chunk) for n, chunk in self.chunks.items()}

    def fill(self) -> None:
        while len(self.in_flight) < self.limit:
            item = next(self.pending, None)
            if item is None:
                return
            try:
                future = _submit(self.client, item, self.settings, self.shared_paths, self._conversion(item))
            except _Unreadable as e:
                self.unread.append(Outcome(item, "error", f"ReadError: {e}"))
                continue
            self.in_flight[future] = _Task(item)
            self.finished.add(future)

    def _conversion(self, item: Item) -> Optional[tuple]:
        """(the chunk's conversion task, the file's place in it) for an office file, submitting the
        conversion with its chunk's first file; None for other files."""
        where = self.chunk_of.get(id(item))
        if where is None:
            return None
        n, k = where
        if n not in self.conversions:
            self.conversions[n] = _submit_conversion(self.client, self.chunks[n], self.settings)
        future = self.conversions[n]
        self.waiting[n] -= 1
        if not self.waiting[n]:                  # its last file: the client lets go of it
            del self.conversions[n], self.chunks[n]
        return future, k

    def take(self, future) -> Optional[Outcome]:
        """A finished task's Outcome, its result released (None: given up on before, already recorded)."""
        task = self.in_flight.pop(future, None)
        if task is None:
            return None
        outcome = _outcome(future, task.item)
        future.release()
        self.fill()
        return outcome

    def tick(self, running: Callable[[dict], None] | None) -> list[Outcome]:
        """About once a second: note which files workers have started, tell `running`, follow the
        cluster's size, and give up the files over CHITIEU_FILE_TIMEOUT (their outcomes)."""
        threads, processing = self.client.nthreads(), self.client.processing()
        now = time.monotonic()
        started = self._started(threads, processing)
        for future, task in self.in_flight.items():
            if task.started is None and future.key in started:
                task.started = now
        if running:
            # what the workers run now (the scheduler's view): a finished task whose result is not
            # collected yet is no longer running, though its worker has taken the next one
            running({t.item.path: t.started for f, t in self.in_flight.items() if f.key in started})
        given_up = self._give_up_overdue(now, processing)
        self.limit = TASKS_PER_THREAD * max(1, sum(threads.values()))
        self.fill()
        return given_up

    def _started(self, threads: dict, processing: dict) -> set:
        """Our tasks that workers are running, not those waiting on a worker: a worker takes its
        tasks in the order they were submitted, as many at once as it has threads."""
        order = {f.key: n for n, f in enumerate(self.in_flight)}
        out = set()
        for worker, keys in processing.items():
            out.update(sorted((k for k in keys if k in order), key=order.get)[:threads.get(worker, 1)])
        return out

    def _give_up_overdue(self, now: float, processing: dict) -> list[Outcome]:
        """Files running longer than CHITIEU_FILE_TIMEOUT: recorded as errors, and the workers
        running them restarted (a Dask task cannot be stopped otherwise; as the local pool does,
        and what else waited there is run elsewhere)."""
        timeout = file_timeout()
        overdue = [f for f, t in self.in_flight.items() if t.started is not None and now - t.started > timeout]
        if not overdue:
            return []
        keys = {f.key for f in overdue}
        workers = [w for w, ks in processing.items() if keys.intersection(ks)]
        self.client.cancel(overdue)
        if workers:
            self.client.restart_workers(workers, raise_for_error=False)
        return [Outcome(self.in_flight.pop(f).item, "error", f"ToolFailed: gave up after {timeout} s "
                                                           f"(CHITIEU_FILE_TIMEOUT)") for f in overdue]

    def cancel(self) -> None:
        """What is still in flight (a run stopped early); the scheduler may be gone already."""
        if self.in_flight:
            with contextlib.suppress(OSError, TimeoutError):
                self.client.cancel(list(self.in_flight))


class _Unreadable(Exception):
    """The client could not read a file to send it (removed or changed since it was planned)."""


def _submit(client, item: Item, settings: dict, shared_paths: bool, conversion: Optional[tuple] = None):
    """One file as one task; its bytes go with it unless the workers see it where the client does.
    `conversion`: (its chunk's conversion task, its place in the chunk) for an office file."""
    import dask

    if shared_paths and item.path == display_path(item.file):       # not an archive member
        item, data = replace(item, file=Path(os.path.abspath(item.file))), None
    else:
        try:
            data = item.file.read_bytes()                           # at most CHITIEU_MAX_MB
        except OSError as e:
            raise _Unreadable(str(e)) from None
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "4GiB"}):
        converted, place = conversion or (None, None)
        return client.submit(extract_task, item, data, settings, __version__, converted, place,
                             key=f"{TASK_PREFIX}-{uuid.uuid4().hex}", retries=RETRIES, pure=False)


def _submit_conversion(client, chunk: list[Item], settings: dict):
    """A chunk of office files converted in one LibreOffice call on a worker (their bytes go with it).
    A file the client cannot read now is left out: its own task says why."""
    import dask

    files = []
    for item in chunk:
        try:
            files.append((item.file.suffix, item.file.read_bytes()))
        except OSError:
            files.append((item.file.suffix, None))
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "4GiB"}):
        return client.submit(convert_task, files, settings, key=f"{CONVERT_PREFIX}-{uuid.uuid4().hex}",
                             retries=RETRIES, pure=False)


def _outcome(future, item: Item) -> Outcome:
    """The task's Outcome, or the file's error when the task did not return one."""
    from distributed import KilledWorker

    try:
        outcome = future.result()
    except KilledWorker as e:
        return Outcome(item, "error", f"ReadError: the worker reading this file died (killed, out of memory, or "
                                      f"a crash in a C library), on {e.allowed_failures + 1} workers in turn; "
                                      f"Dask gave up")
    except Exception as e:        # the task raised RETRIES + 1 times, was cancelled, or lost with the scheduler
        if future.cancelled():
            return Outcome(item, "error", "ClusterError: the Dask cluster dropped this task (scheduler "
                                          "restarted or connection lost); a re-run tries it again")
        return Outcome(item, "error", f"internal error on the worker: {type(e).__name__}: {e}")
    outcome.item = item           # the client's: its file is where the client reads it
    return outcome
