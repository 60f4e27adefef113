"""Target shapes read off round 29's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

from extractor.link.units import list_subject

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a list of units after its subject: each unit's label carries the subject ('tỷ lệ tiêm chủng năm 2026
# tỉnh Nghệ An'), so the records say what they measure; a list with no subject keeps the unit alone ------------

SHAPES["unit_list_labels_carry_the_subject"] = ([
    P("Bộ Y tế giao tỷ lệ tiêm chủng đầy đủ toàn quốc năm 2026 là 96%, trong đó tỷ lệ tiêm chủng đầy đủ năm 2026 "
      "thành phố Hải Phòng là 97%, tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%, tỉnh Gia Lai 94%."),
], [R("tiêm chủng đầy đủ toàn quốc", value=96, year=2026),
    R("tỷ lệ tiêm chủng đầy đủ năm 2026 thành phố Hải Phòng", level="tỉnh", value=97, year=2026),
    R("tỷ lệ tiêm chủng đầy đủ tỉnh Nghệ An", level="tỉnh", value=95.5),
    R("tỷ lệ tiêm chủng đầy đủ tỉnh Cà Mau", level="tỉnh", value=95),
    R("tỷ lệ tiêm chủng đầy đủ tỉnh Gia Lai", level="tỉnh", value=94)])


@pytest.mark.parametrize("text, subject", [
    ("trong đó tỷ lệ tiêm chủng năm 2026 thành phố Hải Phòng là 97%, tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%",
     "tỷ lệ tiêm chủng năm 2026"),
    ("Riêng, tỷ lệ hộ nghèo huyện Kỳ Sơn giảm 4%, huyện Tương Dương 3,5%, huyện Con Cuông 3%", "tỷ lệ hộ nghèo"),
    # counterexamples: a separator right before the first unit leaves no subject in its piece
    ("Cụ thể: tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%, tỉnh Gia Lai 94%", ""),
    ("Cụ thể, huyện Hương Sơn giảm từ 3-3,5%; Vũ Quang 2,5-3%; Đức Thọ 1,5-2%", ""),
    ("vùng Đồng bằng sông Hồng: Quảng Ninh: 12%; Hải Dương: 10,2%; Hưng Yên: 9%", ""),
])
def test_list_subject(text, subject):
    first = min(text.find(k) for k in ("thành phố", "tỉnh", "huyện", "Quảng Ninh") if k in text)
    assert list_subject(text, first) == subject


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
