"""Benchmark: .doc files converted one LibreOffice call per file (before) or in chunks, one call per
chunk per worker (after, read/office.py convert_many).

    python benchmarks/office_batch.py [--n 20] [--jobs 2]

Makes N distinct .doc files at run time (each a corpus/ .docx with its own numbered line, converted
by LibreOffice; nothing is committed), then times `chitieu extract --jobs J` on them with
CHITIEU_OFFICE_BATCH=0 (one call per file) and with batching on, end to end (read, extract, checks,
store), and LibreOffice alone the same two ways. Wall time per file, and CPU time of this process's
children (LibreOffice and the workers).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_docs(n: int, out: Path) -> list[Path]:
    from docx import Document

    sources = sorted((ROOT / "corpus").glob("*.docx"))
    work = out / "docx"
    work.mkdir(parents=True)
    for i in range(n):
        d = Document(str(sources[i % len(sources)]))
        d.add_paragraph(f"Bản số {i + 1} dùng để đo tốc độ.")
        d.save(str(work / f"bao_cao_{i + 1:03d}.docx"))
    docs = out / "doc"
    subprocess.run(["soffice", f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc:MS Word 97", "--outdir", str(docs), *map(str, sorted(work.iterdir()))],
                   capture_output=True, check=True, timeout=600)
    return sorted(docs.glob("*.doc"))


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def extract(folder: Path, jobs: int, batch: str) -> tuple[float, float]:
    db = folder.parent / f"bench-{batch}.db"
    env = dict(os.environ, CHITIEU_OFFICE_BATCH=batch, PYTHONPATH=str(ROOT))
    cpu0, t0 = children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "extractor", "extract", str(folder), "--db", str(db), "--jobs", str(jobs),
                    "--silent"], env=env, check=False, timeout=3600)
    return time.perf_counter() - t0, children_cpu() - cpu0


def convert_only(docs: list[Path], jobs: int, tmp: Path) -> None:
    """LibreOffice alone: one call per file, then one call per chunk (a chunk per worker), `jobs`
    calls at a time either way."""
    from concurrent.futures import ThreadPoolExecutor

    from extractor.read import office

    def timed(label: str, groups: list[list[Path]]) -> None:
        cpu0, t0 = children_cpu(), time.perf_counter()
        with ThreadPoolExecutor(jobs) as pool:
            done = sum(map(len, pool.map(lambda g: office.convert_many(g[1], tmp / f"{label}{g[0]}"),
                                         enumerate(groups))))
        wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
        print(f"  LibreOffice only, {label:9s} {done} converted: {wall:6.1f} s wall = {wall / len(docs):.2f} s a "
              f"file; CPU {cpu:5.1f} s = {cpu / len(docs):.2f} s a file")

    timed("per file", [[d] for d in docs])
    per = -(-len(docs) // jobs)
    timed("per chunk", [docs[i:i + per] for i in range(0, len(docs), per)])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not shutil.which("soffice"):
        sys.exit("needs LibreOffice (soffice)")
    tmp = Path(tempfile.mkdtemp(prefix="chitieu-bench-office-"))
    try:
        docs = make_docs(args.n, tmp)
        print(f"{len(docs)} .doc files, --jobs {args.jobs}")
        convert_only(docs, args.jobs, tmp)
        for label, batch in (("one call per file (before)", "0"), ("batched per worker (after)", "20")):
            wall, cpu = extract(docs[0].parent, args.jobs, batch)
            print(f"  {label:28s} {wall:7.1f} s wall = {wall / len(docs):.2f} s a file; "
                  f"CPU with LibreOffice {cpu:6.1f} s = {cpu / len(docs):.2f} s a file")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
