"""Benchmark: the PDF reader's words against poppler's `pdftotext`, before and after a change.

For every text PDF in corpus/, tests/data/ and (when present) ../shared/corpus, plus PDFs that
LibreOffice makes at run time from corpus/*.docx and tests/data/*.docx (the justified, font-fallback
Vietnamese text that split words), two shares per file:

- `ref→us`: the share of pdftotext's words found intact among the reader's words (a word split in
  two, or glued to its neighbour, is missing);
- `us→ref`: the share of the reader's words found among pdftotext's.

For the LibreOffice-made PDFs the source document's own words (LibreOffice's text export) are a
second reference: pdftotext splits words of their justified lines too, so it is scored beside us.

Words are whitespace-separated tokens after NFC, counted as multisets. The reader's words are
pdf_words.words() of pdf_objects.read_page()'s characters on every page (what lines, paragraphs and
table cells are built from), and the CPU time that takes. The reader is imported from a git revision (`--before`, default main)
and from the working tree, each in its own process, and the figures are printed side by side.

    python benchmarks/pdf_words.py [--before main] [--no-shared] [--show WORDS]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
MIN_WORDS = 30            # fewer pdftotext words: a scanned PDF, nothing to compare


def tokens(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def pdftotext_words(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True)
    return tokens(out.stdout)


def reader_words(pdf: Path) -> list[str]:
    """The reader's words on every page (imported from whatever PYTHONPATH gives)."""
    from extractor.read import pdf_objects, pdf_words
    doc = pdf_objects.open_pdf(pdf)
    try:
        words: list[str] = []
        for n in range(1, len(doc) + 1):
            chars = pdf_objects.read_page(doc, n, with_edges=False).chars
            words += tokens(" ".join(w["text"] for w in pdf_words.words(chars)))
        return words
    finally:
        doc.close()


def libreoffice_pdfs(docs: list[Path], outdir: Path) -> list[Path]:
    """Each .docx printed to PDF by LibreOffice, and saved as plain text beside it (the words the PDF
    must give: pdftotext splits words of justified lines too), each call with a profile of its own."""
    out = []
    for i, doc in enumerate(docs):
        target = outdir / f"lo_{doc.stem}"
        target.mkdir()
        for k, kind in enumerate(("pdf", "txt:Text (encoded):UTF8")):
            profile = (outdir / f"profile{i}_{k}").as_uri()
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                            "--convert-to", kind, "--outdir", str(target), str(doc)],
                           capture_output=True, timeout=300)
        out += sorted(target.glob("*.pdf"))
    return out


def source_words(pdf: Path) -> list[str] | None:
    """The words of the document a LibreOffice-made PDF was printed from, or None."""
    txt = pdf.with_suffix(".txt")
    return tokens(txt.read_text(encoding="utf-8-sig")) if pdf.parent.name.startswith("lo_") and txt.exists() else None


def shares(ref: list[str], ours: list[str]) -> tuple[float, float]:
    common = sum((Counter(ref) & Counter(ours)).values())
    return common / max(len(ref), 1), common / max(len(ours), 1)


def run_reader(pythonpath: Path, pdfs: list[Path]) -> dict[str, list[str]]:
    """The reader's words of each PDF, computed in a process importing the reader from `pythonpath`."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    out = subprocess.run([sys.executable, __file__, "--dump", *map(str, pdfs)], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def checkout(rev: str, into: Path) -> Path:
    """The `extractor` package of git revision `rev`, unpacked into `into`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "extractor"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def collect(tmp: Path, shared: bool) -> list[tuple[str, Path]]:
    found = [("corpus", p) for p in sorted((ROOT / "corpus").glob("*.pdf"))]
    found += [("tests", p) for p in sorted((ROOT / "tests" / "data").glob("*.pdf"))]
    if shared and SHARED.is_dir():
        found += [("shared", p) for p in sorted(SHARED.glob("*.pdf"))]
    docx = sorted((ROOT / "corpus").glob("*.docx")) + sorted((ROOT / "tests" / "data").glob("*.docx"))
    found += [("libreoffice", p) for p in libreoffice_pdfs(docx, tmp)]
    return found


def missing(ref: list[str], ours: list[str], n: int) -> str:
    gone = Counter(ref) - Counter(ours)
    return " ".join(f"{w}×{k}" if k > 1 else w for w, k in gone.most_common(n))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", default="main", help="git revision of the reader to compare with")
    ap.add_argument("--no-shared", action="store_true", help="leave ../shared/corpus out")
    ap.add_argument("--show", type=int, default=0, help="list up to N pdftotext words still missing per file")
    ap.add_argument("--dump", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump is not None:
        start = time.process_time()
        words = {p: reader_words(Path(p)) for p in args.dump}
        words["cpu"] = time.process_time() - start
        print(json.dumps(words, ensure_ascii=False))
        return
    with tempfile.TemporaryDirectory(prefix="pdf_words_") as tmp:
        tmp = Path(tmp)
        files = collect(tmp, not args.no_shared)
        refs = {str(p): pdftotext_words(p) for _, p in files}
        files = [(s, p) for s, p in files if len(refs[str(p)]) >= MIN_WORDS]
        pdfs = [p for _, p in files]
        (tmp / "before").mkdir()
        before = run_reader(checkout(args.before, tmp / "before"), pdfs)
        after = run_reader(ROOT, pdfs)
        report(files, refs, before, after, args.before, args.show)
        print(f"\nCPU time reading characters and words of the {len(pdfs)} PDFs: "
              f"{before['cpu']:.2f} s ({args.before}) → {after['cpu']:.2f} s (now)")
        sources = {str(p): source_words(p) for p in pdfs}
        sources = {p: w for p, w in sources.items() if w}
        if sources:
            report_sources(sources, refs, before, after, args.before)


def report(files, refs, before, after, rev: str, show: int) -> None:
    print(f"{'set':<12} {'file':<44} {'words':>6}   ref→us {rev:>8} → now    us→ref {rev:>8} → now")
    totals: dict[str, list[float]] = {}
    for source, p in files:
        ref = refs[str(p)]
        b, a = shares(ref, before[str(p)]), shares(ref, after[str(p)])
        print(f"{source:<12} {p.name[:44]:<44} {len(ref):>6}   {b[0]:>15.1%} → {a[0]:>6.1%}"
              f"   {b[1]:>15.1%} → {a[1]:>6.1%}")
        if show:
            print(f"{'':<14}missing: {missing(ref, after[str(p)], show)}")
        for key in (source, "all"):
            t = totals.setdefault(key, [0, 0, 0, 0, 0, 0])
            cb = sum((Counter(ref) & Counter(before[str(p)])).values())
            ca = sum((Counter(ref) & Counter(after[str(p)])).values())
            for i, v in enumerate((len(ref), cb, ca, len(before[str(p)]), len(after[str(p)]), 1)):
                t[i] += v
    print("\nword-weighted, per set:")
    for key, (n, cb, ca, nb, na, k) in totals.items():
        print(f"{key:<12} {k:>3} files {n:>7} words   ref→us {cb / n:>7.1%} → {ca / n:>6.1%}"
              f"   us→ref {cb / max(nb, 1):>7.1%} → {ca / max(na, 1):>6.1%}")


def report_sources(sources, refs, before, after, rev: str) -> None:
    """LibreOffice-made PDFs against their source's own text: pdftotext's score beside ours."""
    print(f"\nLibreOffice-made PDFs against the source document's text (LibreOffice's txt export):")
    print(f"{'file':<44} {'words':>6}  pdftotext   ours {rev:>8} → now")
    n = cp = cb = ca = 0
    for p, src in sources.items():
        c = [sum((Counter(src) & Counter(w)).values()) for w in (refs[p], before[p], after[p])]
        print(f"{Path(p).name[:44]:<44} {len(src):>6}  {c[0] / len(src):>9.1%}   {c[1] / len(src):>13.1%} → {c[2] / len(src):>5.1%}")
        n, cp, cb, ca = n + len(src), cp + c[0], cb + c[1], ca + c[2]
    print(f"{'all':<44} {n:>6}  {cp / n:>9.1%}   {cb / n:>13.1%} → {ca / n:>5.1%}")


if __name__ == "__main__":
    main()
