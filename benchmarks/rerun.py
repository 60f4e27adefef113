"""Benchmark: a first extraction of a folder, then a second on unchanged input.

    python benchmarks/rerun.py ../shared/corpus [--jobs 2]

Prints both wall times, their ratio (the goal: the second run under 5% of the first) and whether the
second run changed any row.
"""
import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from extractor.batch import run_batch

TABLES = ("documents", "blocks", "cells", "quantities", "legal_refs", "indicators", "checks")


def snapshot(db: Path) -> dict:
    con = sqlite3.connect(db)
    out = {t: con.execute(f"select count(*), total(id) from {t}").fetchone() for t in TABLES}
    out["docs"] = con.execute("select group_concat(sha256 || status || coalesce(extracted_at,''), ',') from documents").fetchone()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--jobs", type=int, default=0)
    args = ap.parse_args()
    db = Path(tempfile.mkdtemp()) / "bench.db"
    t0 = time.perf_counter()
    first = run_batch(args.paths, db, jobs=args.jobs)
    t1 = time.perf_counter()
    before = snapshot(db)
    second = run_batch(args.paths, db, jobs=args.jobs)
    t2 = time.perf_counter()
    after = snapshot(db)
    print(f"first run:  {t1 - t0:8.2f} s  {dict(first.by_status)}")
    print(f"second run: {t2 - t1:8.2f} s  {dict(second.by_status)}")
    print(f"ratio: {(t2 - t1) / (t1 - t0):.2%}   rows changed by the second run: {before != after}")


if __name__ == "__main__":
    main()
