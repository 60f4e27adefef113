#!/usr/bin/env python3
"""Build the demo corpus: the four seed texts, plus .docx and .pdf versions with real structure.

    .venv/bin/python scripts/make_corpus.py [--no-pdf]

Copies ../shared/seeds/*.txt into corpus/ when ../shared exists (the copies are committed, so the
repo works without it), then writes `<stem>.docx` (python-docx) and `<stem>.pdf` (the .docx converted
by LibreOffice headless, so tables keep their ruling lines and Word numbering is rendered) for the
seeds 000, 001, 002 and 004.

The seed texts are flat exports of Word files; this script parses their layouts back into structure:
- 002: a table exported one cell per tab-started line (a cell continues on lines without a tab);
  five columns, a header row and 22 data rows (the row after 20 has an empty TT cell).
- 004: blocks of cells separated by lines holding only '|' (the header block, the signature block and
  the two Phụ lục II tables); body lines are hard-wrapped.
- 000: numbered lists '1. ...' under the headings 'I.' and 'II.'.
- 001: headings, '-'/'+' lists and paragraphs.
It is a build script for these four files, not a reader: the txt reader lives in extractor/readers.
"""
from __future__ import annotations

import argparse
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
FONT = "Times New Roman"      # what these documents use; LibreOffice substitutes a metric twin
FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")

LIST_MARKER = re.compile(r"^(?:[-+•]\s|\d+(?:\.\d+)*\.\s|[a-zđ]\)\s|[IVXL]+\.\s)")
DOC_TITLE = re.compile(r"^(KẾ HOẠCH|BÁO CÁO|PHỤ LỤC [IVX]+|QUYẾT ĐỊNH|TỜ TRÌNH)$")


# --- text helpers ---------------------------------------------------------------------------------

def is_upper_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def join_cell_lines(lines: list[str]) -> list[str]:
    """Wrapped lines of one cell → its paragraphs: join a line that starts lower-case, or two
    upper-case lines (a wrapped heading); keep list items and rules ('-----') apart."""
    out: list[str] = []
    for line in (l.strip() for l in lines):
        if not line:
            continue
        starts_lower = line[0].islower()
        both_upper = out and is_upper_line(out[-1]) and is_upper_line(line)
        if out and (starts_lower or both_upper):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


# --- document building helpers -----------------------------------------------------------------

def new_document() -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        st = doc.styles[name]
        st.font.name = FONT
        st.font.color.rgb = None
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    return doc


def para(doc_or_cell, text: str, *, bold=False, italic=False, center=False, style=None, indent=True):
    p = doc_or_cell.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent and style is None and hasattr(doc_or_cell, "sections"):
        p.paragraph_format.first_line_indent = Cm(1.0)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p


def fill_cell(cell, paragraphs: list[str], *, bold=False, center=False, size=None):
    """Write paragraphs into a table cell (python-docx gives every cell one empty paragraph)."""
    first = True
    for text in paragraphs or [""]:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_row_flags(row, *, header=False, cant_split=True):
    """Repeat the header row on every page; never break a row across pages (keeps one record
    whole on one page, as report templates do)."""
    tr_pr = row._tr.get_or_add_trPr()
    if cant_split:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def set_widths(table, widths_cm: list[float]):
    table.autofit = False
    for col, w in zip(table.columns, widths_cm):     # LibreOffice lays out by the grid widths
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def ruled_table(doc, header: list[str], rows: list[list[list[str]]], widths: list[float], size=11):
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header):
        fill_cell(cell, [text], bold=True, center=True, size=size)
    set_row_flags(table.rows[0], header=True)
    for tr, row in zip(table.rows[1:], rows):
        for i, (cell, paras) in enumerate(zip(tr.cells, row)):
            fill_cell(cell, paras, center=(i != 1 and len(" ".join(paras)) < 25), size=size)
        set_row_flags(tr)
    set_widths(table, widths)
    return table


def borderless_table(doc, cells: list[list[list[str]]], widths: list[float], *, bold_first=True):
    """A layout table (Normal Table style has no borders), e.g. the header block of a
    Vietnamese administrative document: issuer | national motto, number | place and date."""
    table = doc.add_table(rows=len(cells), cols=len(cells[0]))
    for tr, row in zip(table.rows, cells):
        for cell, paras in zip(tr.cells, row):
            fill_cell(cell, paras, bold=bold_first and tr is table.rows[0], center=True, size=12)
    set_widths(table, widths)
    return table


def restart_numbering(doc, paragraph):
    """Give `paragraph` (style List Number) a fresh numbering instance so the list restarts at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num.numId
    return num.numId


def numbered(doc, text: str, num_id: int):
    p = doc.add_paragraph(style="List Number")
    p.add_run(text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
    return p


# --- seed 002: tab-separated table -------------------------------------------------------------

def parse_tab_cells(lines: list[str]) -> list[str]:
    """One cell per tab-started line; a line without a leading tab continues the previous cell."""
    cells: list[str] = []
    for line in lines:
        if line.startswith("\t"):
            cells.append(line[1:])
        elif cells and line.strip():
            cells[-1] += "\n" + line
    return [c.replace("[bookmark: _GoBack]", "").strip() for c in cells]


def build_002(text: str):
    lines = text.split("\n")
    first_cell = next(i for i, l in enumerate(lines) if l.startswith("\t"))
    last_cell = max(i for i, l in enumerate(lines) if l.startswith("\t"))
    cells = parse_tab_cells(lines[first_cell:last_cell + 1])
    assert len(cells) % 5 == 0, f"seed 002: {len(cells)} cells is not a multiple of 5"
    rows = [cells[i:i + 5] for i in range(0, len(cells), 5)]
    header, data = rows[0], rows[1:]
    doc = new_document()
    intro = [l.strip() for l in lines[:first_cell] if l.strip()]
    para(doc, intro[0], bold=True, center=True)
    para(doc, intro[1], bold=True, center=True)
    for extra in intro[2:]:
        para(doc, extra, italic=True, center=True)
    ruled_table(doc, header, [[c.split("\n") for c in row] for row in data], [1.1, 4.0, 2.2, 5.9, 2.8])
    for tail in (l.strip() for l in lines[last_cell + 1:]):
        if tail:
            para(doc, tail, indent=False)
    return doc, {"table_rows": len(data), "columns": 5}


# --- seed 004: '|'-separated cells ------------------------------------------------------------

@dataclass
class Piece:
    kind: str                        # 'lines' | 'cells'
    lines: list[str] = field(default_factory=list)
    cells: list[list[str]] = field(default_factory=list)


TABLE_START = re.compile(r"^(STT|Nơi nhận:)$")


def split_pipe_layout(lines: list[str]) -> list[Piece]:
    """Cut the 004 export into runs of body lines and runs of cells. A cell run starts at the top of
    the file (the header block), at 'STT' (a table header) or at 'Nơi nhận:' (the signature
    block), and ends at the last '|' before body text resumes."""
    pieces: list[Piece] = []
    chunk: list[str] = []
    cells: list[list[str]] | None = [] if "|" in lines[:20] else None
    for line in lines:
        if line.strip() == "|":
            if cells is None:       # body lines until the table start, then its first cell
                start = max(i for i, l in enumerate(chunk) if TABLE_START.match(l.strip()))
                pieces.append(Piece("lines", chunk[:start]))
                cells, chunk = [], chunk[start:]
            cells.append(chunk)
            chunk = []
            continue
        if cells is not None and chunk == [] and not cells_continue(line, cells):
            pieces.append(Piece("cells", cells=cells))
            cells = None
        chunk.append(line)
    if cells:
        pieces.append(Piece("cells", cells=cells))
    if chunk:
        pieces.append(Piece("lines", chunk))
    return [p for p in pieces if p.lines or p.cells]


def cells_continue(line: str, cells: list[list[str]]) -> bool:
    """After a '|', does the next line start another cell of the same run?"""
    first = cells[0][0].strip() if cells and cells[0] else ""
    if first == "STT":
        # a 4-column table: a new row starts with its number; other cells follow the row start
        if len(cells) % 4 == 0:
            return bool(re.match(r"^\d+\.?$", line.strip()))
        return True
    if first == "Nơi nhận:":
        return len(cells) < 2
    return len(cells) < 4                # the header block: 2 × 2 cells


def body_paragraphs(lines: list[str]) -> list[str]:
    """Hard-wrapped body lines → paragraphs: a list marker or an upper-case heading starts one."""
    out: list[str] = []
    for line in (l.strip() for l in lines):
        if not line:
            continue
        upper = is_upper_line(line)
        prev_upper = bool(out) and is_upper_line(out[-1])
        # '- xã hội' after 'kinh tế' is a wrapped compound, not a list item
        wrapped_dash = bool(out) and re.match(r"^- \w", line) and line[2].islower() \
            and not out[-1].endswith((".", ";", ":"))
        starts = (not out or DOC_TITLE.match(line) or DOC_TITLE.match(out[-1]) or upper != prev_upper
                  or (LIST_MARKER.match(line) and not wrapped_dash))
        if starts:
            out.append(line)
        else:
            out[-1] += " " + line
    return out


def add_body(doc, paragraphs: list[str]):
    for text in paragraphs:
        if DOC_TITLE.match(text) or (is_upper_line(text) and not LIST_MARKER.match(text)):
            para(doc, text, bold=True, center=True)
        elif re.match(r"^([IVX]+\.|\d+\.|[a-zđ]\))\s", text):
            para(doc, text, bold=bool(re.match(r"^[IVX]+\.", text)))
        else:
            para(doc, text)


def build_004(text: str):
    doc = new_document()
    stats = {"tables": []}
    for piece in split_pipe_layout(text.split("\n")):
        if piece.kind == "lines":
            add_body(doc, body_paragraphs(piece.lines))
            continue
        cells = [join_cell_lines(c) for c in piece.cells]
        first = cells[0][0] if cells[0] else ""
        if first == "STT":
            flat = [[" ".join(l.strip() for l in c if l.strip())] for c in piece.cells]
            header = [c[0] for c in flat[:4]]
            data = [flat[i:i + 4] for i in range(4, len(flat), 4)]
            ruled_table(doc, header, data, [1.5, 8.6, 1.9, 3.5], size=12)
            stats["tables"].append(len(data))
        elif first == "Nơi nhận:":
            borderless_table(doc, [cells[:2]], [8.0, 8.0], bold_first=False)
        else:
            borderless_table(doc, [cells[0:2], cells[2:4]], [6.5, 9.5])
    return doc, stats


# --- seed 000: numbered lists ------------------------------------------------------------------

def build_000(text: str):
    doc = new_document()
    num_id = None
    items = 0
    for line in (l.strip() for l in text.split("\n")):
        if not line:
            continue
        m = re.match(r"^(\d+)\.\s+(.*)$", line)
        if m:
            if m.group(1) == "1" or num_id is None:
                p = numbered(doc, m.group(2), 0)
                num_id = restart_numbering(doc, p)
            else:
                numbered(doc, m.group(2), num_id)
            items += 1
        elif re.match(r"^[IVX]+\.\s", line):
            para(doc, line, bold=True, indent=False)
        elif line.startswith("("):
            para(doc, line, italic=True, center=True)
        elif set(line) <= {"_"}:
            para(doc, line, indent=False)
        else:
            para(doc, line, bold=True, center=True)
    return doc, {"list_items": items}


# --- seed 001: headings, '-'/'+' lists, paragraphs ------------------------------------------------

def build_001(text: str):
    doc = new_document()
    for line in (l.strip() for l in text.split("\n")):
        if not line:
            continue
        if line.startswith(("- ", "+ ")):
            p = para(doc, line)
            p.paragraph_format.left_indent = Cm(0.5 if line[0] == "-" else 1.0)
        elif len(line.split()) <= 5 and not line.endswith("."):
            doc.add_heading(line, level=2)
        else:
            para(doc, line)
    return doc, {}


BUILDERS = {"000": build_000, "001": build_001, "002": build_002, "004": build_004}


# --- PDF conversion -----------------------------------------------------------------------------

def require_pdf_tools() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("make_corpus: LibreOffice (soffice) not found; install the Debian package "
                 "libreoffice-writer-nogui, or run with --no-pdf")
    if not FONT_FILE.exists():
        sys.exit(f"make_corpus: {FONT_FILE} missing; install the Debian package fonts-dejavu-core "
                 "(LibreOffice needs a font with Vietnamese glyphs)")
    return soffice


def docx_to_pdf(soffice: str, docx_files: list[Path], outdir: Path) -> None:
    """One LibreOffice call for all files, with its own profile (a shared profile in use makes a
    second soffice exit 1 and write nothing)."""
    with tempfile.TemporaryDirectory(prefix="chitieu-lo-") as profile:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_files)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    missing = [p for p in docx_files if not (outdir / (p.stem + ".pdf")).exists()]
    if proc.returncode != 0 or missing:
        sys.exit(f"make_corpus: LibreOffice failed ({proc.returncode}): {proc.stderr.strip()} "
                 f"missing: {[p.name for p in missing]}")


def copy_seeds(out: Path = CORPUS) -> list[Path]:
    out.mkdir(exist_ok=True, parents=True)
    sources = SHARED_SEEDS if SHARED_SEEDS.is_dir() else CORPUS
    for src in sorted(sources.glob("*.txt")):
        if src.resolve() != (out / src.name).resolve():
            shutil.copyfile(src, out / src.name)
    return sorted(out.glob("[0-9][0-9][0-9]_*.txt"))


def build(seed: Path, out: Path) -> Path | None:
    """Write `<stem>.docx` for one seed text into `out`; None when the seed has no builder."""
    builder = BUILDERS.get(seed.name[:3])
    if builder is None:
        return None
    doc, stats = builder(seed.read_text(encoding="utf-8"))
    path = out / (seed.stem + ".docx")
    doc.save(path)
    print(f"{path.name}  {stats}")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-pdf", action="store_true", help="write .docx only")
    ap.add_argument("--out", type=Path, default=CORPUS, help="output directory (default: corpus/)")
    args = ap.parse_args(argv)
    soffice = None if args.no_pdf else require_pdf_tools()
    written = [p for seed in copy_seeds(args.out) if (p := build(seed, args.out))]
    if soffice and written:
        docx_to_pdf(soffice, written, args.out)
        for p in written:
            print(f"{p.stem}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
