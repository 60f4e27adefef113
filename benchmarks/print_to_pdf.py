"""Print documents to PDF as their authors would (LibreOffice; Chromium for HTML), to measure the PDF
reader against the same documents' gold: a printed document must score like its original.

    python benchmarks/print_to_pdf.py OUT_DIR FILE... [--chromium [--borderless]]

.docx/.doc/.odt/.htm(l) go to LibreOffice as they are; Markdown (no pandoc here) is first written
to a .docx with python-docx from what chitieu's own Markdown reader reads (headings, paragraphs,
tables with their merged cells), then printed. --chromium prints with headless Chromium instead: HTML
as it is, other documents as LibreOffice's HTML export of them (a second producer for Word tables).
--borderless (with --chromium) prints every table without its rules, as many Word tables are drawn:
the PDF reader must then find the table from the words' alignment alone.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.shared import Cm, Pt

from extractor.read import read_file

LO_PROFILE = "file:///tmp/lo_pdftables"


def md_to_docx(src: Path, dest: Path) -> Path:
    """A Word document of what the Markdown reader reads: one paragraph per block, tables as tables."""
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for block in read_file(src).blocks:
        if block.kind == "table" and block.rows:
            _write_table(doc, block.rows)
        elif block.kind == "heading":
            doc.add_paragraph().add_run(_unwrap(block.text)).bold = True
        else:
            doc.add_paragraph(_unwrap(block.text))
    doc.save(dest)
    return dest


def _unwrap(text: str) -> str:
    """Markdown sources here are hard-wrapped: a Word paragraph is one line that the page wraps.
    A line starting with a list marker stays a line of its own."""
    return re.sub(r"\n(?![-+•]\s)", " ", text)


def _write_table(doc, rows) -> None:
    """Rows in the HTML convention (each row lists the cells starting in it) → a Word grid."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    n_rows = max(r for r, _ in taken) + 1
    n_cols = max(c for _, c in taken) + 1
    table = doc.add_table(rows=n_rows, cols=n_cols)
    table.style = "Table Grid"
    table.autofit = False
    widths = _column_widths(placed, n_cols)
    for row in table.rows:
        for c, width in enumerate(widths):
            row.cells[c].width = width
    for r, c, cell in placed:
        target = table.cell(r, c)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(table.cell(min(r + cell.rowspan, n_rows) - 1, min(c + cell.colspan, n_cols) - 1))
        target.text = _unwrap(cell.text)
        if n_cols > 6:              # wide tables are set smaller, as authors do
            for run in target.paragraphs[0].runs:
                run.font.size = Pt(10)
        if cell.is_header:
            for run in target.paragraphs[0].runs:
                run.bold = True


def _column_widths(placed, n_cols: int, page_cm: float = 16.0) -> list:
    """Word's autofit, roughly: every column as wide as its longest word, the rest of the page
    shared by how much text the columns hold (a number never wraps inside itself)."""
    need = [1.0] * n_cols
    want = [1.0] * n_cols
    for _, c, cell in placed:
        if cell.colspan == 1 and cell.text.split():
            need[c] = max(need[c], max(len(w) for w in cell.text.split()))
            want[c] = max(want[c], min(len(cell.text), 60))
    char_cm = 0.2 if n_cols > 6 else 0.25
    need_cm = [n * char_cm + 0.3 for n in need]
    spare = max(page_cm - sum(need_cm), 0.0)
    extra = [w - n for w, n in zip(want, need)]
    total = sum(extra) or 1.0
    return [Cm(n + spare * e / total) for n, e in zip(need_cm, extra)]


def libreoffice_pdf(src: Path, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=600)
        made = Path(tmp) / (src.stem + ".pdf")
        return Path(shutil.move(str(made), out_dir / made.name))


NO_RULES = "<style>table, tr, td, th { border: none !important; }</style>"


def without_rules(src: Path) -> Path:
    """A copy of an HTML page whose tables draw no rules (the style wins over the cells' own)."""
    tmp = Path(tempfile.mkdtemp(prefix="print_to_pdf_"))
    raw = src.read_bytes()
    at = raw.lower().find(b"</head>")
    style = NO_RULES.encode()
    out = raw[:at] + style + raw[at:] if at >= 0 else style + raw
    dest = tmp / src.name
    dest.write_bytes(out)
    return dest


def chromium_pdf(src: Path, out_dir: Path, borderless: bool = False) -> Path:
    dest = out_dir / (src.stem + ".pdf")
    if borderless:
        src = without_rules(src)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={dest}", src.resolve().as_uri()], check=True, capture_output=True, timeout=300)
    return dest


def _as_html(src: Path) -> Path:
    """A Word or Markdown document as LibreOffice's HTML (tables keep their borders), for Chromium."""
    tmp = Path(tempfile.mkdtemp(prefix="print_to_pdf_"))
    if src.suffix.lower() == ".md":
        src = md_to_docx(src, tmp / (src.stem + ".docx"))
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "html",
                    "--outdir", str(tmp), str(src)], check=True, capture_output=True, timeout=600)
    return tmp / (src.stem + ".html")


def main(argv: list[str]) -> None:
    use_chromium = "--chromium" in argv
    borderless = "--borderless" in argv
    args = [a for a in argv if a not in ("--chromium", "--borderless")]
    out_dir = Path(args[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in args[1:]:
        src = Path(name)
        if use_chromium and src.suffix.lower() in (".htm", ".html"):
            print(chromium_pdf(src, out_dir, borderless))
        elif use_chromium:
            print(chromium_pdf(_as_html(src), out_dir, borderless))
        elif src.suffix.lower() == ".md":
            with tempfile.TemporaryDirectory() as tmp:
                print(libreoffice_pdf(md_to_docx(src, Path(tmp) / (src.stem + ".docx")), out_dir))
        else:
            print(libreoffice_pdf(src, out_dir))


if __name__ == "__main__":
    main(sys.argv[1:])
