"""A paragraph's last line whose only letters are an abbreviation in capitals ('… đạt tối thiểu' / '30% GDP.',
held-out round 25) goes on with the full line above it, as the text reader reads a wrap; it is no heading in
capitals. A heading under a sentence that ended, or under a short line, stays apart. PDFs are written here with
fpdf from our own text."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.read import pdf
from fpdf_doc import new_pdf

WIDE = "Đáng chú ý, Nghị quyết đặt ra những mục tiêu cụ thể về kinh tế, trong đó tỷ trọng kinh tế số đạt tối thiểu"


def _blocks(tmp_path: Path, lines: list[str]) -> list[tuple[str, str]]:
    doc = new_pdf(11)
    doc.add_page()
    for k, line in enumerate(lines):
        doc.text(20, 20 + 6 * k, line)
    path = tmp_path / "caps.pdf"
    doc.output(str(path))
    return [(b.kind, " ".join(b.text.split())) for b in pdf.read(path).blocks]


@pytest.mark.parametrize("lines, read", [
    ([WIDE, "25% GDP."], [("paragraph", WIDE + " 25% GDP.")]),
    ([WIDE, "GRDP;"], [("paragraph", WIDE + " GRDP;")]),
    # counterexamples: a heading in capitals after a sentence that ended, or after a short line
    ([WIDE + ".", "II. NHIỆM VỤ"], [("paragraph", WIDE + "."), ("heading", "II. NHIỆM VỤ")]),
    (["Tỷ trọng kinh tế số", "III. GIẢI PHÁP"], [("paragraph", "Tỷ trọng kinh tế số"), ("heading", "III. GIẢI PHÁP")]),
])
def test_a_capitals_tail_goes_on_with_its_sentence(tmp_path, lines, read):
    assert _blocks(tmp_path, lines) == read
