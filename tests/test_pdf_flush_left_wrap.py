"""Text set flush left (a Word paragraph left-aligned, printed to PDF) wraps a long word whole, so a line
stops well short of the margin while its sentence goes on: '… kinh tế tư nhân đạt' / '12,5-13%/năm, …'
('… ước đạt' / '1.250.000-1.300.000 triệu đồng')
(the same excerpt read as .md and .docx kept the figure with its label; as .pdf it split the paragraph).
A short line is a paragraph's last only when the next line's first word would have fitted after it.
PDFs are written here with fpdf from our own text."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.read import pdf
from fpdf_doc import new_pdf

# sets the right edge of the text (the widest line)
WIDE = "Vốn đầu tư phát triển toàn xã hội giai đoạn 2026-2030 dự kiến đạt khoảng 95 nghìn tỷ"
PRIVATE = "Đặc biệt, tốc độ tăng trưởng bình quân của khu vực kinh tế tư nhân đạt"
SHORT_END = "Thu ngân sách trên địa bàn huyện năm 2025 tăng khá so với dự toán."
CAPITAL = "Tổng vốn đầu tư toàn xã hội trên địa bàn huyện trong năm 2025 ước đạt"


def _pdf(tmp_path: Path, lines: list[str]) -> Path:
    doc = new_pdf(11)
    doc.add_page()
    doc.text(20, 20, WIDE + ".")                # a paragraph of its own above, a blank line's gap below
    for k, line in enumerate(lines):
        doc.text(20, 32 + 6 * k, line)
    path = tmp_path / "flush_left.pdf"
    doc.output(str(path))
    return path


def _blocks(path: Path) -> list[str]:
    return [" ".join(b.text.split()) for b in pdf.read(path).blocks][1:]


@pytest.mark.parametrize("lines, read", [
    # the next line's first word is too long to have fitted: a wrap, the sentence goes on
    ([PRIVATE, "12,5-13,5%/năm, đóng góp khoảng 55-57% GRDP."],
     [PRIVATE + " 12,5-13,5%/năm, đóng góp khoảng 55-57% GRDP."]),
    ([CAPITAL, "1.250.000-1.300.000 triệu đồng."],
     [CAPITAL + " 1.250.000-1.300.000 triệu đồng."]),
    # counterexamples: the first word would have fitted (a new paragraph), or the short line ended a sentence
    ([CAPITAL, "Tốc độ tăng thu ngân sách đạt 10%/năm."],
     [CAPITAL, "Tốc độ tăng thu ngân sách đạt 10%/năm."]),
    ([SHORT_END, "1.250.000-1.300.000 triệu đồng là dự toán thu năm 2026."],
     [SHORT_END, "1.250.000-1.300.000 triệu đồng là dự toán thu năm 2026."]),
])
def test_a_line_stopped_short_by_a_long_word_goes_on(tmp_path, lines, read):
    assert _blocks(_pdf(tmp_path, lines)) == read


@pytest.mark.parametrize("line", [PRIVATE, CAPITAL])
def test_the_lines_stop_short_of_the_margin(line):
    """The cases above test the rule only if these lines end more than 15% short of the widest."""
    doc = new_pdf(11)
    assert doc.get_string_width(line) < 0.85 * doc.get_string_width(WIDE)
