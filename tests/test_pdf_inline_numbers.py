"""Targets numbered inside one paragraph ('Về văn hóa - xã hội: (7) … (8) …'), as a resolution lists
them: where the next number wraps to a line's start under a full line, the paragraph goes on (round 31's
excerpt as .pdf cut it there and lost the target's lead; as .md and .docx it read on). A list whose
numbers each open a line, a number after a line stopped short, or one that does not follow the
paragraph's last number starts anew. PDFs are written here with fpdf from our own text."""
from __future__ import annotations

import pytest

from fpdf_doc import line_blocks

SEVEN = "Về văn hóa - xã hội: (7) Tổ dân phố văn hóa đạt 75%. (8) Tỷ lệ trường công lập đạt"
FULL = "chuẩn quốc gia từ 80 đến 85%, trong đó trường mầm non đạt chuẩn từ 70% trở lên."
SHORT = "chuẩn quốc gia từ 80 đến 85%."
EIGHT = "(8) Tỷ lệ trường công lập đạt chuẩn quốc gia từ 80 đến 85%, trong đó mầm non 70%."
NINE = "(9) Số giường bệnh/vạn dân đạt từ 30 đến 35 giường; số bác sĩ/vạn dân đạt 15."
TWELVE = "(12) Số giường bệnh/vạn dân đạt từ 30 đến 35 giường; số bác sĩ/vạn dân đạt 15."


@pytest.mark.parametrize("lines, read", [
    ([SEVEN, FULL, NINE], [" ".join([SEVEN, FULL, NINE])]),
    # counterexamples: a list, one number a line; a line stopped short above; a number that does not follow
    ([EIGHT, NINE], [EIGHT, NINE]),
    ([SEVEN, SHORT, NINE], [" ".join([SEVEN, SHORT]), NINE]),
    ([SEVEN, FULL, TWELVE], [" ".join([SEVEN, FULL]), TWELVE]),
])
def test_a_number_wrapped_inside_a_paragraph_goes_on(tmp_path, lines, read):
    assert line_blocks(tmp_path, lines, 5.2) == read
