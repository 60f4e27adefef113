"""Formatting that must not change what is found: the gold documents written as text (txt, md) and
Word files, rewritten the ways other offices write the same content, extracted and scored against the
same gold.

Each perturbation keeps every figure, citation and word; only the layout changes (an en dash or a
dot for a bullet, a space before '%', no-break spaces, decomposed accents, lines wrapped at 76
characters, 'a.' for 'a)', '93.6%' for '93,6%', '1)' for '1.', a Symbol-font bullet; in Word files
the character ones only, run by run); as_docx writes the text files as Word documents, as_pdf every
file as LibreOffice prints it (minutes: one LibreOffice call a file). A category
that drops under a perturbation is brittleness a new document will meet, whatever its content.

Usage: python benchmarks/perturb.py [--only NAME,...] [--extra DIR=GOLD ...] [--keep DIR] [--jobs N]
e.g.   python benchmarks/perturb.py --extra /tmp/excerpts8=/tmp/excerpts8_gold
Needs ../shared (gold, corpus, eval/score.py).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from pathlib import Path

from print_to_pdf import libreoffice_pdf, md_to_docx     # beside this script

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CATEGORIES = ("legal_refs", "percentages", "ratios", "counts", "indicators")
TEXT_SUFFIXES = (".txt", ".md")
# perturbations of characters, not lines, apply to the text of a Word file's runs as well
RUN_LEVEL = {"space_before_percent", "no_break_spaces", "decomposed", "decimal_point"}


def _lines(text: str, fn) -> str:
    return "".join(fn(line) for line in text.splitlines(keepends=True))


def _is_table_or_heading(line: str) -> bool:
    s = line.lstrip()
    return s.startswith("|") or s.startswith("#") or "\t" in line or "|" in line


# (pattern, replacement) rewrites, one for one in what they mean
REWRITES = {
    "bullets_en_dash": (r"(?m)^(\s*)- ", "\\1– "),
    "bullets_dot": (r"(?m)^(\s*)[-+] ", "\\1• "),
    "space_before_percent": (r"(\d)%", "\\1 %"),
    # between a figure and its unit or the next word, as Word's 'no-break space' leaves it
    "no_break_spaces": (r"(\d) (?=\w)", "\\1\u00a0"),
    "letter_items_dot": (r"(?m)^(\s*)([a-zđ])\) ", "\\1\\2. "),
    # '93,6%' written '93.6%', as some offices and every English-set spreadsheet do
    "decimal_point": (r"(\d),(\d{1,2})(\s*%)", "\\1.\\2\\3"),
    "numbers_in_parentheses": (r"(?m)^(\s*)(\d{1,2})\. (?=\S)", "\\1\\2) "),
    # Word's bullets as a PDF's text layer gives them: a Symbol-font private-use character
    "symbol_font_bullets": (r"(?m)^(\s*)[-+•] ", "\\1\uf0b7 "),
}


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def wrapped(text: str) -> str:
    def wrap(line: str) -> str:
        body = line.rstrip("\n")
        if len(body) <= 76 or _is_table_or_heading(body):
            return line
        return "\n".join(textwrap.wrap(body, 76, break_long_words=False, break_on_hyphens=False)) + \
            line[len(body):]
    return _lines(text, wrap)


def _rewrite(pattern: str, replacement: str):
    return lambda text: re.sub(pattern, replacement, text)


PERTURBATIONS = {**{name: _rewrite(*rw) for name, rw in REWRITES.items()},
                 "decomposed": decomposed, "wrapped": wrapped}


def sources(extra: list[str]) -> list[tuple[Path, Path]]:
    """(file, its gold file) for every gold document written as txt, md or docx."""
    pairs = []
    for gold_dir in (SHARED / "gold" / "seeds", SHARED / "gold" / "corpus", ROOT / "tests" / "gold"):
        for g in sorted(gold_dir.glob("*.json")):
            for folder in (ROOT / "corpus", SHARED / "corpus"):
                for suffix in TEXT_SUFFIXES + (".docx",):
                    f = folder / (g.stem + suffix)
                    if f.exists():
                        pairs.append((f, g))
    for spec in extra:
        folder, gold_dir = (Path(p) for p in spec.split("=", 1))
        for f in sorted(folder.iterdir()):
            g = gold_dir / (f.stem + ".json")
            if f.suffix in TEXT_SUFFIXES + (".docx",) and g.exists():
                pairs.append((f, g))
    return pairs


def perturb_docx(data: bytes, fn) -> bytes:
    """The Word file with `fn` applied to the text of each run (w:t) of its body."""
    import io
    import zipfile

    from lxml import etree

    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                tree = etree.fromstring(body)
                for t in tree.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
                    if t.text:
                        t.text = fn(t.text)
                body = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(item, body)
    return out.getvalue()


def as_pdf(src: Path, dest: Path) -> None:
    """The file printed to PDF by LibreOffice (text files as Word documents first), as an office prints it."""
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / (dest.stem + ".docx")
        if src.suffix == ".docx":
            shutil.copy(src, docx)
        else:
            md_to_docx(src, docx)
        libreoffice_pdf(docx, dest.parent)


# rewrites of a whole file into another format (Word files stay as they are, but for as_pdf)
CONVERSIONS = {"as_docx": md_to_docx, "as_pdf": as_pdf}


def score(name: str, fn, pairs, work: Path, jobs: int) -> dict:
    docs, gold = work / name / "docs", work / name / "gold"
    docs.mkdir(parents=True)
    gold.mkdir()
    for i, (f, g) in enumerate(pairs):
        # one folder, distinct names: excerpt rounds reuse stems
        stem = f"{i:03d}_{f.stem}"
        if name == "as_pdf":
            as_pdf(f, docs / (stem + ".pdf"))
        elif name in CONVERSIONS and f.suffix != ".docx":
            CONVERSIONS[name](f, docs / (stem + ".docx"))
        elif f.suffix == ".docx":
            # a Word file has no line layout: as written under the line perturbations, so the
            # documents scored are the same in every row
            data = f.read_bytes()
            (docs / (stem + f.suffix)).write_bytes(perturb_docx(data, fn) if name in RUN_LEVEL else data)
        else:
            (docs / (stem + f.suffix)).write_text(fn(f.read_text(encoding="utf-8")), encoding="utf-8")
        shutil.copy(g, gold / (stem + ".json"))
    db = work / name / "x.db"
    subprocess.run([sys.executable, "-m", "extractor", "extract", str(docs), "--db", str(db), "--silent",
                    "--jobs", str(jobs)], cwd=ROOT, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(db), str(gold), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated perturbations (default: all): "
                    + ", ".join([*PERTURBATIONS, *CONVERSIONS]))
    ap.add_argument("--extra", action="append", default=[], help="DIR=GOLD_DIR: more text files with gold")
    ap.add_argument("--keep", type=Path, help="keep the files and databases here")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    if not (SHARED / "eval" / "score.py").exists():
        print("needs ../shared (gold, corpus, eval/score.py)")
        return 2
    pairs = sources(args.extra)
    names = args.only.split(",") if args.only else [*PERTURBATIONS, *CONVERSIONS]
    work = args.keep or Path(tempfile.mkdtemp(prefix="perturb-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    print(f"{len(pairs)} documents with gold (txt, md, docx: Word files rewritten by "
          f"{', '.join(sorted(RUN_LEVEL))} only); F1 per category, as written and rewritten")
    base = score("as_written", lambda t: t, pairs, work, args.jobs)
    print(f"{'':22s}" + "".join(f"{c:>12s}" for c in CATEGORIES))
    print(f"{'as written':22s}" + "".join(f"{base[c]['f1']:12.3f}" for c in CATEGORIES))
    for name in names:
        r = score(name, PERTURBATIONS.get(name, lambda t: t), pairs, work, args.jobs)
        cells = []
        for c in CATEGORIES:
            d = r[c]["f1"] - base[c]["f1"]
            cells.append(f"{r[c]['f1']:7.3f}" + (f" {d:+.2f}" if abs(d) >= 0.005 else "     "))
        print(f"{name:22s}" + "".join(cells))
    if not args.keep:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
