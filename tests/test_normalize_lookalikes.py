"""Letters PDFs converted from old Vietnamese fonts put for ư/Ư ('ƣ', U+01A3) read as ư, one for one, so words
match ('300 ngƣời' counts people) and every offset still maps back to the text as written."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities
from extractor.normalize.document import normalize_text


@pytest.mark.parametrize("raw, text", [
    ("Xây dựng 6 trƣờng đạt chuẩn quốc gia", "Xây dựng 6 trường đạt chuẩn quốc gia"),
    ("NGƢỜI DÂN", "NGƯỜI DÂN"),
    # counterexample: text already written with ư is left as it is
    ("tăng trưởng kinh tế", "tăng trưởng kinh tế"),
])
def test_lookalike_letters_read_as_u_horn(raw, text):
    got, to_raw = normalize_text(raw)
    assert got == text
    assert to_raw == list(range(len(raw)))


def test_counts_of_people_in_converted_text():
    text, _ = normalize_text("Giải quyết việc làm cho 3.000 lao động, trong đó xuất khẩu lao động 300 ngƣời trở lên")
    assert [(q.kind, q.value) for q in find_quantities(text)] == [("count", 3000), ("count", 300)]
