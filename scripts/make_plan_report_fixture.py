"""Render tests/data/bao_cao_ket_qua_phu_luc_II.txt as .docx (python-docx, a real table) and .pdf
(LibreOffice from the .docx): the fixture report answering seed 004's Phụ lục II in three formats.

    .venv/bin/python scripts/make_plan_report_fixture.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SRC = DATA / "bao_cao_ket_qua_phu_luc_II.txt"


def build_docx(out: Path) -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    rows: list[list[str]] = []

    def flush():
        if not rows:
            return
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
        rows.clear()

    for line in SRC.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            continue
        flush()
        if s:
            d.add_paragraph(s)
    flush()
    d.save(out)


def main() -> int:
    out = DATA / "bao_cao_ket_qua_phu_luc_II.docx"
    build_docx(out)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(DATA), str(out)], check=True,
                       capture_output=True, timeout=180)
    print(out, out.with_suffix(".pdf"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
