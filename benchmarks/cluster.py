"""Benchmark: the same archive through the local process pool and through a local Dask cluster, side
by side (the overhead of the engine), then a projection of a 1,000,000-file archive on 10, 50 and
200 workers from the measured per-file costs.

    python benchmarks/cluster.py                        # corpus/ and, when present, ../shared/corpus
    python benchmarks/cluster.py PATH... [--workers 2] [--rounds 2]

Every run starts cold (a fresh database, new worker processes that import everything), and its
time includes start-up and shut-down: the pool's processes, the cluster's scheduler and workers.
Runs alternate (pool, cluster, pool, cluster …) so that a change in the machine's load falls on both;
wall time and CPU time (of every process involved: CPU time is what a busy machine changes least)
are shown. The
cluster is local (loopback only): the files travel as bytes through the scheduler, as they would to
other machines. The two databases are compared table by table (tests/db_compare.py).
"""
from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from db_compare import differences  # noqa: E402
from extractor import batch, cluster  # noqa: E402

ARCHIVE = 1_000_000
WORKERS = (10, 50, 200)
UPLINK_MB_S = 110          # the client's network: 1 Gbit/s, about 110 MB/s of payload
SCAN_SHARE, SCAN_PAGES = 0.5, 5


class ClientClock:
    """Seconds the client spends fingerprinting and planning the files (batch._plan, before any is
    extracted) and saving and checking each one (batch._finish): the parts that do not spread over
    workers."""

    def __init__(self):
        self.seconds, self.files, self.plan = 0.0, 0, 0.0
        self.real = batch._finish, batch._plan

    def __enter__(self):
        finish, plan = self.real

        def timed_finish(*args, **kw):
            t = time.perf_counter()
            try:
                return finish(*args, **kw)
            finally:
                self.seconds += time.perf_counter() - t
                self.files += 1

        def timed_plan(*args, **kw):
            t = time.perf_counter()
            try:
                return plan(*args, **kw)
            finally:
                self.plan += time.perf_counter() - t

        batch._finish, batch._plan = timed_finish, timed_plan
        return self

    def __exit__(self, *exc):
        batch._finish, batch._plan = self.real


def cpu() -> float:
    """CPU seconds of this process and of every process it started and reaped (workers, and the
    Tesseract and LibreOffice processes they waited for)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                   resource.getrusage(resource.RUSAGE_CHILDREN)))


def run_local(paths, db: Path, workers: int) -> dict:
    with ClientClock() as clock:
        t, c = time.perf_counter(), cpu()
        summary = batch.run_batch(paths, db, jobs=workers)
        return {"wall": time.perf_counter() - t, "cpu": cpu() - c, "clock": clock, "summary": summary}


def run_cluster(paths, db: Path, workers: int) -> dict:
    with ClientClock() as clock:
        t, c = time.perf_counter(), cpu()
        with cluster.connect(f"local:{workers}") as client:
            started = time.perf_counter() - t
            summary = batch.run_batch(paths, db, executor=cluster.executor(client))
        return {"wall": time.perf_counter() - t, "cpu": cpu() - c, "clock": clock, "summary": summary,
                "start": started}


def costs(db: Path) -> dict:
    """Per-file worker seconds (documents.seconds, measured inside the worker), by format and for OCR."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("select format, count(*), total(seconds), total(size) from documents "
                           "where status in ('ok', 'partial') group by format order by format").fetchall()
        ocr = con.execute("select count(*), total(seconds), total(pages) from documents "
                          "where ocr = 1 and status in ('ok', 'partial')").fetchone()
        return {"formats": rows, "ocr": ocr}
    finally:
        con.close()


def hours(seconds: float) -> str:
    return f"{seconds / 3600:7.1f} h"


def project(per_file: float, plan_per_file: float, client_per_file: float, bytes_per_file: float,
            label: str) -> None:
    """Planning (before any extraction), then the slowest of: the workers' share, the client's
    saving, the client's network; for ARCHIVE files."""
    plan = ARCHIVE * plan_per_file
    client = ARCHIVE * client_per_file
    network = ARCHIVE * bytes_per_file / (UPLINK_MB_S * 2**20)
    print(f"  {label}: {per_file:.2f} worker-s per file; the client keeps up with at most "
          f"{per_file / client_per_file:.0f} workers")
    for w in WORKERS:
        compute = ARCHIVE * per_file / w
        slowest = max(compute, client, network)
        bound = {compute: "workers", client: "client saves", network: "client network"}[slowest]
        print(f"    {w:4d} workers: {hours(plan + slowest)}   (plan {hours(plan)}, then workers {hours(compute)}, "
              f"client saves {hours(client)}, network {hours(network)}: bound by {bound})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2, help="runs of each, alternated")
    args = ap.parse_args()
    paths = args.paths or [str(ROOT / "corpus")] + ([str(ROOT.parent / "shared" / "corpus")]
                                                    if (ROOT.parent / "shared" / "corpus").is_dir() else [])
    tmp = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    print(f"archive: {', '.join(paths)}; {args.workers} workers of one thread, on this machine")

    runs = {"local": [], "cluster": []}
    for r in range(args.rounds):                 # alternated, so a change in the machine's load hits both
        for kind, run in (("local", run_local), ("cluster", run_cluster)):
            db = tmp / f"{kind}{r}.db"
            m = run(paths, db, args.workers)
            runs[kind].append(m)
            extra = f"   (starting the cluster {m['start']:.1f} s)" if kind == "cluster" else ""
            print(f"  round {r + 1}, {kind:7s}: {m['wall']:7.1f} s wall, {m['cpu']:7.1f} s CPU   "
                  f"{dict(m['summary'].by_status)}{extra}", flush=True)
    local_wall = sum(m["wall"] for m in runs["local"])
    dask_wall = sum(m["wall"] for m in runs["cluster"])
    local_cpu = sum(m["cpu"] for m in runs["local"])
    dask_cpu = sum(m["cpu"] for m in runs["cluster"])
    print(f"local process pool ({args.workers} processes): {local_wall / args.rounds:7.1f} s wall, "
          f"{local_cpu / args.rounds:7.1f} s CPU (mean of {args.rounds})")
    print(f"Dask local cluster ({args.workers} workers):    {dask_wall / args.rounds:7.1f} s wall, "
          f"{dask_cpu / args.rounds:7.1f} s CPU, start-up and shut-down included")
    print(f"overhead of the engine: {(dask_wall - local_wall) / local_wall:+.1%} wall, "
          f"{(dask_cpu - local_cpu) / local_cpu:+.1%} CPU, of the local pool's (goal: under 15%)")
    diff = differences(tmp / "local0.db", tmp / "cluster0.db")
    print("databases identical (every table, ids aside):", "yes" if not diff else f"NO: {sorted(diff)}")
    dask_clock = runs["cluster"][0]["clock"]

    c = costs(tmp / "cluster0.db")
    files = sum(n for _, n, _, _ in c["formats"])
    worker_s = sum(s for _, _, s, _ in c["formats"])
    size = sum(b for _, _, _, b in c["formats"])
    print("\nper-file cost, measured in the workers (documents.seconds):")
    for fmt, n, s, b in c["formats"]:
        print(f"  {fmt:5s} {n:4d} files  {s / n:6.2f} s per file  {b / n / 2**10:7.0f} KiB per file")
    n_ocr, s_ocr, pages_ocr = c["ocr"]
    per_page = s_ocr / pages_ocr if pages_ocr else 0.0
    if n_ocr:
        print(f"  OCR'd PDFs: {n_ocr} files, {pages_ocr:.0f} pages, {per_page:.2f} s per page")
    client_per_file = dask_clock.seconds / max(dask_clock.files, 1)
    plan_per_file = dask_clock.plan / max(dask_clock.files, 1)
    print(f"  client: {plan_per_file * 1000:.1f} ms per file fingerprinting and planning, "
          f"{client_per_file * 1000:.0f} ms per file saving and checking ({dask_clock.files} files), "
          f"{size / files / 2**10:.0f} KiB sent per file")

    print(f"\nprojection for {ARCHIVE:,} files (assumptions below):")
    project(worker_s / files, plan_per_file, client_per_file, size / files, "the mix measured here")
    if per_page:
        scan_mix = (1 - SCAN_SHARE) * worker_s / files + SCAN_SHARE * SCAN_PAGES * per_page
        project(scan_mix, plan_per_file, client_per_file, size / files,
                f"{SCAN_SHARE:.0%} scans of {SCAN_PAGES} pages, the rest as measured")
    print(f"""
assumptions: a worker is one process of one thread on a core like this machine's (so 10 workers are
10 cores); files cost what the files of this archive cost, per file (the mix measured) or with
{SCAN_SHARE:.0%} of them scans of {SCAN_PAGES} pages at the OCR seconds per page measured; workers are busy
all the time (2 tasks in flight per worker hide the transfers) and never fail; the client saves and
checks one file at a time at the rate measured here (a serial floor that more workers do not lower),
its uplink carries {UPLINK_MB_S} MB/s of files (1 Gbit/s; --shared-paths sends paths instead);
fingerprinting every file on the client comes first and overlaps nothing, at the rate measured here
(files in the page cache: from disk it is slower); start-up (seconds) and the tail of the last,
largest files are left out.""")


if __name__ == "__main__":
    main()
