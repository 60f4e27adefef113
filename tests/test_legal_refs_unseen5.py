"""Party citations of internal letters: the '/nb' (nội bộ) that closes their symbol is part of it. Strings are
real (vbai 36-HD/VPTW of ../shared/corpus) or written in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import find_legal_refs


def _refs(text: str):
    return [(r.kind, r.number, r.symbol.upper()) for r in find_legal_refs(text)]


@pytest.mark.parametrize("text,want", [
    ("thay thế Hướng dẫn số 11-HD/VPTW, ngày 28/5/2004 của Văn phòng Trung ương Đảng hướng dẫn về thể thức văn bản "
     "của Đảng và Công văn số 2587-CV/VPTW/nb, ngày 25/5/2010 của Văn phòng Trung ương Đảng",
     [("Hướng dẫn", "11", "HD/VPTW"), ("Công văn", "2587", "CV/VPTW/NB")]),
    ("theo Thông báo số 118-TB/TU/nb ngày 04/3/2025 của Ban Thường vụ Tỉnh ủy", [("Thông báo", "118", "TB/TU/NB")]),
    ("Kế hoạch số 21-KH/ĐU, ngày 29/7/2025 của Ban Thường vụ Đảng ủy xã", [("Kế hoạch", "21", "KH/ĐU")]),
    # counterexamples: a longer lower-case word after the organ is not the '/nb' mark; a plain Party symbol stays as it was
    ("Công văn số 12-CV/TU/nbx", [("Công văn", "12", "CV/TU")]),
    ("Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị", [("Chỉ thị", "46", "CT/TW")]),
])
def test_internal_party_letters_keep_their_nb(text, want):
    assert _refs(text) == want
