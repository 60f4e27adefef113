"""A blank PDF to write test pages on with fpdf2 (a test dependency), in a DejaVu font that holds
Vietnamese; the test skips where fpdf2 or the font is missing."""
from __future__ import annotations

from pathlib import Path

import pytest

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def new_pdf(size: float = 10):
    fpdf = pytest.importorskip("fpdf")
    if not Path(FONT).exists():
        pytest.skip("DejaVu fonts not installed")
    doc = fpdf.FPDF()
    doc.add_font("DejaVu", fname=FONT)
    doc.set_font("DejaVu", size=size)
    doc.set_auto_page_break(False)
    return doc


def pdf_tables(path: Path) -> list:
    """The table blocks the PDF reader finds in the file."""
    from extractor.read import pdf
    return [b for b in pdf.read(path).blocks if b.kind == "table"]


def cell_texts(block) -> list[list[str]]:
    """A table block's cell texts row by row, each cell's lines joined by single spaces."""
    return [[" ".join(c.text.split()) for c in row] for row in block.rows]


def line_blocks(tmp_path: Path, lines: list[str], pitch: float, size: float = 11) -> list[str]:
    """The texts of the blocks the PDF reader finds on a page of `lines` written flush left, `pitch` mm apart,
    each block's whitespace collapsed."""
    from extractor.read import pdf
    doc = new_pdf(size)
    doc.add_page()
    for k, line in enumerate(lines):
        doc.text(20, 20 + pitch * k, line)
    path = tmp_path / "lines.pdf"
    doc.output(str(path))
    return [" ".join(b.text.split()) for b in pdf.read(path).blocks]
