"""Benchmark: printing one document's report page to PDF with headless Chromium (what
`chitieu report --pdf` does) against LibreOffice converting the same HTML, the other renderer on the
machine. CPU time of the renderer's processes (children of this one: what a busy machine changes
least) and wall time, per round, alternating; then what each PDF keeps of the print stylesheet
(pages, A4, the table header repeated on page 2, page numbers in the margin).

    python benchmarks/report_pdf.py --db output/chitieu.db [DOCUMENT] [--rounds 3]
"""
from __future__ import annotations

import argparse
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.cli.report import find_document  # noqa: E402
from extractor.report.data import build_report  # noqa: E402
from extractor.report.page import render_html  # noqa: E402
from extractor.report.pdf import html_to_pdf  # noqa: E402
from extractor.store.database import open_db  # noqa: E402


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def chromium(html: str, out: Path) -> None:
    html_to_pdf(html, out)


def libreoffice(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".html")
        src.write_text(html, encoding="utf-8")
        subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(out.parent), str(src)],
                       check=True, capture_output=True, timeout=300)


def measure(render, html: str, out: Path) -> tuple[float, float]:
    cpu, wall = children_cpu(), time.perf_counter()
    render(html, out)
    return children_cpu() - cpu, time.perf_counter() - wall


def describe(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+ x [\d.]+)", info).group(1)
    page2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True, text=True).stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return (f"{pages} pages, {size} pt, header row on page 2: {'Mục tiêu' in page2 or 'Mức độ' in page2}, "
            f"page numbers: {'Trang 1 /' in text}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("document", nargs="?", default="002_271367b9633365e6.pdf")
    ap.add_argument("--db", default="output/chitieu.db")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    db = open_db(args.db)
    html = render_html(build_report(db, find_document(db, args.document)["id"]))
    renderers = {"chromium": chromium, "libreoffice": libreoffice}
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in renderers}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.rounds):
            for name, render in renderers.items():
                times[name].append(measure(render, html, Path(tmp) / name / f"report{i}.pdf"))
        for name, runs in times.items():
            cpu = sorted(c for c, _ in runs)[len(runs) // 2]
            wall = sorted(w for _, w in runs)[len(runs) // 2]
            print(f"{name:<12} median of {len(runs)}: CPU {cpu:.2f} s, wall {wall:.2f} s; "
                  f"{describe(Path(tmp) / name / 'report0.pdf')}")


if __name__ == "__main__":
    main()
