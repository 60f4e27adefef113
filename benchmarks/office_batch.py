"""Benchmark: .doc files converted one LibreOffice call per file (before) or in chunks, one call per
chunk per worker (after, read/office.py convert_many).

    python benchmarks/office_batch.py [--n 20] [--jobs 2]

Makes N distinct .doc files at run time (each a corpus/ .docx with its own numbered line, converted
by LibreOffice; nothing is committed), then times `chitieu extract --jobs J` on them with
CHITIEU_OFFICE_BATCH=0 (one call per file) and with batching on, end to end (read, extract, checks,
store). Wall time per file, and CPU time of this process and its children (LibreOffice included).
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
        for label, batch in (("one call per file (before)", "0"), ("batched per worker (after)", "20")):
            wall, cpu = extract(docs[0].parent, args.jobs, batch)
            print(f"  {label:28s} {wall:7.1f} s wall = {wall / len(docs):.2f} s a file; "
                  f"CPU with LibreOffice {cpu:6.1f} s = {cpu / len(docs):.2f} s a file")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
