"""Benchmark: chitieu at archive scale, each figure printed beside its baseline measured in the same run.

    python benchmarks/speed.py                          # every section, archives of 60 and 240 documents
    python benchmarks/speed.py --sections formats,ocr --repeat 3      # medians of 3 (A B A B ...)
    python benchmarks/speed.py --sections scale --small 0 --n 10000   # the 10,000-document run
    python benchmarks/speed.py --sections formats --formats txt,md,docx,html --before main   # main beside this checkout
    python benchmarks/speed.py --sections formats --formats txt,md,docx,html --mb 4   # 4 MB of text per format

The archive is generated from corpus/ and, when present, ../shared/corpus: every file is a variant of
a source with its own name and its own bytes (percentages varied in text, Markdown, HTML and Word
files; line endings, a comment or a trailing PDF comment elsewhere), so no two files are alike.
Nothing is downloaded; the generated files are deleted afterwards unless --keep names a folder.

Every figure is `chitieu extract` end to end in a subprocess (read, normalise, every extractor,
checks, database writes); peak RSS is the sum over its whole process tree, sampled every 20 ms.
Sections:
- formats  each source once, one batch per format: documents/s, pages/s, MB of text/s, peak RSS,
           the second (incremental) run's time, beside the baselines run on the same files with the
           same number of processes right after: a plain pdfplumber loop (extract_text +
           extract_tables per page) for PDFs, a python-docx read for DOCX. `pdf*` is the PDFs again
           with CHITIEU_OCR_MAX_PAGES=0: their text layer only, all the loop reads. `--before REV`
           also runs a git revision's code (unpacked from git) on the same files, in turn with this one.
- scale    archives of --small and --n documents of the default mix (txt, md, html, docx and text
           PDFs up to 40 pages: no scans, no .doc), the large one the small one's files four times
           over (other bytes), so the time per document compares: extract, the checks step alone
           (`chitieu check`), peak RSS, second run.
- ocr      a 23-page scan made from text PDF pages (rendered to greyscale images, not committed):
           --jobs 1 with CHITIEU_OCR_JOBS=1 against --jobs 2 with CHITIEU_OCR_JOBS=2, in turn.
- startup  a fresh worker: import time, first and second document, heavy libraries loaded per format.

Timings on a shared machine drift: compare figures within one run (the ratios), and quote medians.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "corpus", ROOT.parent / "shared" / "corpus"]
FORMATS = ("txt", "md", "html", "docx", "pdf", "doc")
MIX = ("txt", "md", "html", "docx", "pdf")       # the default archive mix
MAX_MIX_PAGES = 40
HEAVY = ("spacy", "thinc", "underthesea", "pdfplumber", "pdfminer", "pypdfium2", "docx", "lxml", "numpy",
         "rapidfuzz", "sqlite_utils", "openpyxl", "datasette")


# --- sources ---------------------------------------------------------------------------------------

@dataclass
class Source:
    path: Path
    fmt: str                 # txt | md | html | docx | pdf | doc | scan
    pages: int = 0


def _format(path: Path) -> str | None:
    ext = path.suffix.lower().lstrip(".")
    return {"htm": "html", "text": "txt", "markdown": "md"}.get(ext, ext) if ext else None


def find_sources() -> list[Source]:
    out = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for p in sorted(folder.iterdir()):
            fmt = _format(p)
            if fmt not in FORMATS or p.name.startswith("."):
                continue
            src = Source(p, fmt)
            if fmt == "pdf":
                src.pages, scanned = _pdf_pages(p)
                src.fmt = "scan" if scanned else "pdf"
            out.append(src)
    return out


def _pdf_pages(path: Path) -> tuple[int, bool]:
    """Page count, and whether it is a scan: most pages without a usable text layer (a text PDF
    with a few scanned pages, such as a signed annex, stays a text PDF)."""
    import pypdfium2 as pdfium
    from extractor.read.ocr import needs_ocr

    pdf = pdfium.PdfDocument(str(path))
    try:
        scanned = 0
        for i in range(len(pdf)):
            page = pdf[i]
            text = page.get_textpage().get_text_range()
            has_image = any(o.type == 3 for o in page.get_objects())
            scanned += needs_ocr(text, has_images=has_image) is not None
        return len(pdf), scanned * 2 > len(pdf)
    finally:
        pdf.close()


def mix_sources(sources: list[Source]) -> list[Source]:
    return [s for s in sources if s.fmt in MIX and (s.fmt != "pdf" or s.pages <= MAX_MIX_PAGES)]


# --- variants: every file distinct -------------------------------------------------------------------

PERCENT = re.compile(r"(?<![\d.,])(\d{1,2}),(\d{1,2})(\s?%)")


def vary_figures(text: str, k: int) -> str:
    """Percentages with a decimal comma get other decimals ('93,6%' → '93,9%')."""
    def repl(m):
        dec = m.group(2)
        new = (int(dec) + 3 * k + 1) % (10 ** len(dec))
        return f"{m.group(1)},{new:0{len(dec)}d}{m.group(3)}"
    return PERCENT.sub(repl, text) if k else text


def _encoding(data: bytes) -> str | None:
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return enc
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return None


def _line_ending_code(text, k: int):
    """Encode k in the line endings (LF or CRLF) of the first 20 lines: readers treat both alike.
    `text` is str, or bytes in a single-byte encoding."""
    nl, crlf = ("\n", "\r\n") if isinstance(text, str) else (b"\n", b"\r\n")
    parts = text.replace(crlf, nl).split(nl)
    bits = [(k >> i) & 1 for i in range(20)]
    if len(parts) <= len(bits):
        return text + nl * (k + 1)                 # too few lines: trailing blank lines instead
    head = [p + (crlf if bit else nl) for p, bit in zip(parts, bits)]
    return type(text)().join(head) + nl.join(parts[len(bits):])


def make_variant(src: Source, k: int, out_dir: Path) -> Path:
    """Variant k of a source, written under out_dir/<format>/ with its own name and bytes."""
    folder = out_dir / src.fmt
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{src.path.stem}__{k:05d}{src.path.suffix}"
    data = src.path.read_bytes()
    if src.fmt in ("txt", "md"):
        enc = _encoding(data)
        if enc:
            data = _line_ending_code(vary_figures(data.decode(enc), k), k).encode(enc)
        else:                 # a single-byte code page (Windows-1258, ...): bytes as they are
            data = _line_ending_code(data, k)
    elif src.fmt == "html":
        enc = _encoding(data) or "cp1252"
        try:
            data = vary_figures(data.decode(enc), k).encode(enc)
        except UnicodeError:
            pass
        data += f"\n<!-- variant {k} -->\n".encode("ascii")
    elif src.fmt == "docx":
        data = _vary_docx(data, k)
    else:                     # pdf, scan, doc: the content stays, the bytes differ
        data += f"\n% variant {k}\n".encode("ascii") if src.fmt in ("pdf", "scan") else b"\0" * (k + 1)
    out.write_bytes(data)
    return out


def _vary_docx(data: bytes, k: int) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "word/document.xml":
                xml = body.decode("utf-8")
                xml = re.sub(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)",
                             lambda m: m.group(1) + vary_figures(m.group(2), k) + m.group(3), xml)
                body = (xml + f"<!-- variant {k} -->").encode("utf-8")
            zout.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)), body)
    return buf.getvalue()


def make_archive(picks: list[Source], out_dir: Path, start: int = 0) -> Path:
    for i, src in enumerate(picks):
        make_variant(src, start + i, out_dir)
    return out_dir


def pick(sources: list[Source], n: int, seed: int = 14) -> list[Source]:
    """n sources in a shuffled round-robin: every source once before any twice."""
    order = list(sources)
    random.Random(seed).shuffle(order)
    return [order[i % len(order)] for i in range(n)]


# --- running and measuring -------------------------------------------------------------------------------

def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


@dataclass
class Run:
    seconds: float
    peak_rss: int
    code: int
    stderr: str = ""
    cpu: float = 0.0          # CPU seconds of the whole process tree (its workers are waited for)


def run(cmd: list[str], env: dict | None = None, tree: Path = ROOT) -> Run:
    """Run a command in `tree` (this checkout, or --before's); wall time and the peak RSS of its
    process tree (sampled every 20 ms)."""
    peak = [0]
    t0 = time.perf_counter()
    used0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tree,
                            env={**os.environ, "PYTHONPATH": str(tree), **(env or {})})
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            done.wait(0.02)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = used.ru_utime + used.ru_stime - used0.ru_utime - used0.ru_stime
    return Run(seconds, peak[0], proc.returncode, err.decode("utf-8", "replace")[-2000:], cpu)


def extract(paths: list[Path], db: Path, jobs: int, env: dict | None = None, tree: Path = ROOT) -> Run:
    r = run([sys.executable, "-m", "extractor", "extract", *map(str, paths), "--db", str(db),
             "--jobs", str(jobs), "--silent"], env, tree)
    if r.code not in (0, 1):
        sys.exit(f"chitieu extract failed ({r.code}):\n{r.stderr}")
    return r


def db_figures(db: Path) -> dict:
    con = sqlite3.connect(db)
    row = con.execute("select count(*), coalesce(sum(pages), 0), coalesce(sum(length(cast(text as blob))), 0), "
                      "sum(status = 'error') from documents").fetchone()
    con.close()
    return {"docs": row[0], "pages": row[1], "mb": row[2] / 1e6, "errors": row[3] or 0}


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


# --- baselines ----------------------------------------------------------------------------------------------

def _pdfplumber_loop(path: str) -> int:
    import pdfplumber
    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
            n += 1
    return n


def _python_docx_read(path: str) -> int:
    import docx
    from docx.table import Table
    n = 0
    for item in docx.Document(path).iter_inner_content():
        if isinstance(item, Table):
            n += sum(len(c.text) for row in item.rows for c in row.cells)
        else:
            n += len(item.text)
    return n


BASELINES = {"pdf": ("pdfplumber loop", _pdfplumber_loop), "docx": ("python-docx read", _python_docx_read)}


def baseline(fmt: str, files: list[Path], jobs: int) -> float | None:
    """Seconds for the baseline over the files with `jobs` processes (biggest files first)."""
    if fmt not in BASELINES:
        return None
    fn = BASELINES[fmt][1]
    files = sorted(files, key=lambda p: -p.stat().st_size)
    t0 = time.perf_counter()
    with Pool(jobs) as pool:
        pool.map(fn, map(str, files), chunksize=1)
    return time.perf_counter() - t0


# --- sections ------------------------------------------------------------------------------------------------

def section_formats(sources: list[Source], work: Path, args) -> None:
    print(f"\n== formats: {'each source once' if not args.mb else f'text formats grown to ≥ {args.mb:g} MB of text'}, "
          f"one batch per format, --jobs {args.jobs}, "
          f"median of {args.repeat} (A B A B: chitieu, baseline)")
    root = work / "formats"
    picked = [s for s in sources if s.fmt in FORMATS]
    for i, src in enumerate(picked):
        make_variant(src, i, root)
    if args.mb:
        grow_text_formats(picked, root, args.mb, start=len(picked))
    head = (f"{'format':6s} {'docs':>5s} {'pages':>6s} {'MB':>6s} {'time s':>7s} {'docs/s':>7s} {'pages/s':>8s} "
            f"{'MB/s':>6s} {'RSS MB':>7s} {'2nd s':>6s} {'2nd %':>6s}   baseline")
    print(head)
    totals = {"docs": 0, "pages": 0, "mb": 0.0, "s": 0.0, "second": 0.0, "rss": 0}
    # PDFs twice: as chitieu reads them (image-only pages OCR'd), and their text layer alone,
    # which is all the pdfplumber loop reads
    rows = [(fmt, fmt, {}) for fmt in FORMATS if fmt in args.formats.split(",")]
    if "pdf" in args.formats.split(","):
        rows.insert([r[0] for r in rows].index("pdf") + 1, ("pdf*", "pdf", {"CHITIEU_OCR_MAX_PAGES": "0"}))
    for label, fmt, env in rows:
        folder = root / fmt
        if not folder.is_dir():
            continue
        files = sorted(folder.iterdir())
        firsts, seconds, rss, bases, befores, cpus, before_cpus = [], [], [], [], [], [], []
        for rep in range(args.repeat):
            db = work / f"formats-{label}-{rep}.db"
            if args.before_tree:              # the same files through the older code first (A B A B)
                rb = extract([folder], work / f"before-{label}-{rep}.db", args.jobs, env, args.before_tree)
                befores.append(rb.seconds)
                before_cpus.append(rb.cpu)
            r1 = extract([folder], db, args.jobs, env)
            cpus.append(r1.cpu)
            r2 = extract([folder], db, args.jobs, env)
            firsts.append(r1.seconds)
            seconds.append(r2.seconds)
            rss.append(r1.peak_rss)
            b = baseline(fmt, files, args.jobs)
            if b is not None:
                bases.append(b)
        fig = db_figures(work / f"formats-{label}-0.db")
        t, t2 = median(firsts), median(seconds)
        base = ""
        if bases:
            name = BASELINES[fmt][0]
            base = f"{name} {median(bases):.2f} s: chitieu is {median(bases) / t:.2f}× its speed"
        if befores:
            b, c, bc = median(befores), median(cpus), median(before_cpus)
            base = (f"{args.before}: {b:.2f} s, {fig['mb'] / b:.3f} MB/s (×{b / t:.2f}); CPU s {bc:.2f} → {c:.2f} "
                    f"(×{bc / c:.2f}), MB per CPU s {fig['mb'] / bc:.3f} → {fig['mb'] / c:.3f}   ") + base
        pages = f"{fig['pages'] / t:8.1f}" if fig["pages"] else f"{'–':>8s}"
        print(f"{label:6s} {fig['docs']:5d} {fig['pages'] or '–':>6} {fig['mb']:6.2f} {t:7.2f} {fig['docs'] / t:7.2f} "
              f"{pages} {fig['mb'] / t:6.3f} {max(rss) / 2**20:7.0f} {t2:6.2f} {100 * t2 / t:5.1f}%   {base}"
              + (f"   ({fig['errors']} errors)" if fig["errors"] else ""))
        if env:
            continue
        totals["docs"] += fig["docs"]; totals["pages"] += fig["pages"]; totals["mb"] += fig["mb"]
        totals["s"] += t; totals["second"] += t2; totals["rss"] = max(totals["rss"], max(rss))
    t = totals["s"]
    if t:
        print(f"{'all':6s} {totals['docs']:5d} {totals['pages']:6d} {totals['mb']:6.2f} {t:7.2f} "
              f"{totals['docs'] / t:7.2f} {totals['pages'] / t:8.1f} {totals['mb'] / t:6.3f} "
              f"{totals['rss'] / 2**20:7.0f} {totals['second']:6.2f} {100 * totals['second'] / t:5.1f}%   "
              f"(sum of the batches above, pdf* apart)")
    print("pdf*: the same PDFs with CHITIEU_OCR_MAX_PAGES=0 (the text layer only, as the loop reads it)")


TEXT_FORMATS = ("txt", "md", "html", "docx")


def grow_text_formats(sources: list[Source], root: Path, mb: float, start: int) -> None:
    """More variants of each text format's sources, in turn, until the format's batch holds at
    least `mb` MB of text: a throughput, not a start-up, is what MB/s should measure."""
    from extractor.pipeline import load_document

    k = start
    for fmt in TEXT_FORMATS:
        srcs = [s for s in sources if s.fmt == fmt]
        sizes = {s.path: len(load_document(s.path)[0].text.encode("utf-8")) for s in srcs}
        total = sum(sizes.values())
        i = 0
        while srcs and total and total < mb * 1e6:
            src = srcs[i % len(srcs)]
            make_variant(src, k, root)
            total += sizes[src.path]
            i, k = i + 1, k + 1


def section_scale(sources: list[Source], work: Path, args) -> None:
    mix = mix_sources(sources)
    if not mix:
        print("\n== scale: no sources")
        return
    sizes = [n for n in (args.small, args.n) if n]
    print(f"\n== scale: archives of the default mix ({', '.join(MIX)}; PDFs ≤ {MAX_MIX_PAGES} pages; "
          f"{len(mix)} sources), --jobs {args.jobs}")
    base = pick(mix, args.small) if args.small else []
    print(f"{'docs':>6s} {'MB':>7s} {'time s':>8s} {'s/doc':>7s} {'MB/s':>6s} {'RSS MB':>7s} {'2nd s':>7s} "
          f"{'2nd %':>6s} {'check s':>8s} {'check s/doc':>12s}")
    per_doc, per_check = {}, {}
    for n in sizes:
        folder = work / f"archive-{n}"
        if args.small and n % args.small == 0:
            picks = base * (n // args.small)            # the same mix, repeated: per-document times compare
        else:
            picks = pick(mix, n)
        make_archive(picks, folder)
        db = work / f"archive-{n}.db"
        r1 = extract([folder], db, args.jobs)
        r2 = extract([folder], db, args.jobs)
        rc = run([sys.executable, "-m", "extractor", "check", "--db", str(db)])
        fig = db_figures(db)
        per_doc[n], per_check[n] = r1.seconds / fig["docs"], rc.seconds / fig["docs"]
        print(f"{fig['docs']:6d} {fig['mb']:7.2f} {r1.seconds:8.1f} {per_doc[n]:7.3f} {fig['mb'] / r1.seconds:6.3f} "
              f"{r1.peak_rss / 2**20:7.0f} {r2.seconds:7.2f} {100 * r2.seconds / r1.seconds:5.1f}% "
              f"{rc.seconds:8.2f} {per_check[n]:12.4f}" + (f"   ({fig['errors']} errors)" if fig["errors"] else ""))
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if len(sizes) == 2:
        a, b = sizes
        print(f"time per document, {b} against {a} documents: ×{per_doc[b] / per_doc[a]:.2f} "
              f"(extract), ×{per_check[b] / per_check[a]:.2f} (chitieu check)")


def make_scan(sources: list[Source], out: Path, pages: int = 23, dpi: int = 200) -> Path | None:
    """A scanned PDF of `pages` pages: text PDF pages rendered to greyscale images, nothing else."""
    import pypdfium2 as pdfium

    images = []
    for src in sorted((s for s in sources if s.fmt == "pdf"), key=lambda s: (-s.pages, s.path.name)):
        pdf = pdfium.PdfDocument(str(src.path))
        for i in range(len(pdf)):
            if len(images) == pages:
                break
            images.append(pdf[i].render(scale=dpi / 72, grayscale=True).to_pil())
        pdf.close()
        if len(images) == pages:
            break
    if len(images) < pages:
        return None
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out


def section_ocr(sources: list[Source], work: Path, args) -> None:
    if not (shutil.which("tesseract") and shutil.which("pdftoppm")):
        print("\n== ocr: tesseract / pdftoppm not installed, skipped")
        return
    folder = work / "scan"
    folder.mkdir(exist_ok=True)
    scan = make_scan(sources, folder / "scan23.pdf")
    if scan is None:
        print("\n== ocr: not enough text PDF pages to make a 23-page scan, skipped")
        return
    print(f"\n== ocr: a 23-page scan made from text PDF pages, median of {args.repeat} (A B A B)")
    times: dict[int, list[float]] = {1: [], 2: []}
    rss: dict[int, int] = {1: 0, 2: 0}
    for rep in range(args.repeat):
        for jobs in (1, 2):
            db = work / f"scan-{jobs}-{rep}.db"
            r = extract([scan], db, jobs, env={"CHITIEU_OCR_JOBS": str(jobs)})
            times[jobs].append(r.seconds)
            rss[jobs] = max(rss[jobs], r.peak_rss)
    con = sqlite3.connect(work / "scan-1-0.db")
    ocr, status = con.execute("select ocr, status from documents").fetchone()
    con.close()
    for jobs in (1, 2):
        t = median(times[jobs])
        print(f"--jobs {jobs}, CHITIEU_OCR_JOBS={jobs}: {t:6.1f} s ({t / 23:.2f} s a page), peak RSS "
              f"{rss[jobs] / 2**20:.0f} MB   [{', '.join(f'{x:.1f}' for x in times[jobs])}]")
    print(f"2 jobs against 1: ×{median(times[1]) / median(times[2]):.2f} faster   (document ocr={ocr}, {status})")


STARTUP = """
import json, sys, time
t0 = time.perf_counter()
from extractor.pipeline import extract_file
t1 = time.perf_counter()
extract_file(sys.argv[1])
t2 = time.perf_counter()
extract_file(sys.argv[1])
t3 = time.perf_counter()
heavy = sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[2].split(',')))
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "second": t3 - t2, "heavy": heavy}))
"""


def section_startup(sources: list[Source], work: Path, args) -> None:
    print(f"\n== startup: a fresh worker, the smallest file of each format, median of {args.repeat}")
    print(f"{'format':6s} {'import s':>9s} {'1st doc s':>10s} {'2nd doc s':>10s}   heavy libraries loaded")
    for fmt in FORMATS:
        mine = sorted((s for s in sources if s.fmt == fmt), key=lambda s: s.path.stat().st_size)
        if not mine:
            continue
        rows = []
        for _ in range(args.repeat):
            proc = subprocess.run([sys.executable, "-c", STARTUP, str(mine[0].path), ",".join(HEAVY)],
                                  capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
            if proc.returncode:
                print(f"{fmt:6s} failed: {proc.stderr[-300:]}")
                break
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if rows:
            m = {k: median([r[k] for r in rows]) for k in ("import", "first", "second")}
            print(f"{fmt:6s} {m['import']:9.2f} {m['first']:10.2f} {m['second']:10.2f}   {', '.join(rows[0]['heavy'])}")


def unpack_revision(rev: str, folder: Path) -> Path:
    """The files of a git revision of this repository, unpacked (not a checkout: nothing to clean up in git)."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


SECTIONS = {"formats": section_formats, "scale": section_scale, "ocr": section_ocr, "startup": section_startup}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=240, help="documents in the large archive (default 240)")
    ap.add_argument("--small", type=int, default=60, help="documents in the small archive (0: none; default 60)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes, for chitieu and the baselines")
    ap.add_argument("--repeat", type=int, default=1, help="runs per figure (the median is printed)")
    ap.add_argument("--sections", default="formats,scale,ocr,startup", help="comma-separated: " + ", ".join(SECTIONS))
    ap.add_argument("--formats", default=",".join(FORMATS), help="formats section: which formats (default: all)")
    ap.add_argument("--mb", type=float, default=0, help="formats section: grow each text format's batch "
                                                        "(txt, md, html, docx) with variants to at least this many "
                                                        "MB of text (default 0: each source once)")
    ap.add_argument("--keep", type=Path, help="keep the generated files and databases in this folder")
    ap.add_argument("--before", help="formats section: also time a git revision (e.g. main) on the same files, "
                                     "in turn with this checkout")
    args = ap.parse_args(argv)
    sources = find_sources()
    if not sources:
        sys.exit("no sources: corpus/ is empty")
    counts = {f: sum(1 for s in sources if s.fmt == f) for f in (*FORMATS, "scan")}
    print(f"sources: {', '.join(f'{v} {k}' for k, v in counts.items() if v)} "
          f"(from {', '.join(str(p) for p in SOURCES if p.is_dir())}); {os.cpu_count()} CPUs; python {sys.version.split()[0]}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="chitieu-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    args.before_tree = unpack_revision(args.before, work / "before-tree") if args.before else None
    try:
        for name in args.sections.split(","):
            SECTIONS[name.strip()](sources, work, args)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
