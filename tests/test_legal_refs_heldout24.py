"""A signing date written with hyphens ('ngày 23-6-2022', held-out round 24) reads as one with slashes: the date is
kept, and it gives the year only to the kinds whose number carries one (Nghị định, Thông tư, Luật); a Quyết định's
symbol carries none ('766/QĐ-TTg', year null in every gold that cites it). Strings paraphrased in the genre."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import extract_legal_refs
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _refs(text: str):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    return [(r.kind, r.number, r.year, r.issued_date) for r in extract_legal_refs(doc, segment_document(doc))]


@pytest.mark.parametrize("text,want", [
    ("(được Thủ tướng Chính phủ phê duyệt tại Quyết định số 512/QĐ-TTg ngày 14-5-2023)",
     [("Quyết định", "512", None, "2023-05-14")]),
    ("Căn cứ Nghị định số 107/NĐ-CP ngày 06-12-2021 của Chính phủ;", [("Nghị định", "107", 2021, "2021-12-06")]),
    ("Thực hiện Thông tư số 12/TT-BNV ngày 3-7-2024 của Bộ Nội vụ", [("Thông tư", "12", 2024, "2024-07-03")]),
    # counterexamples: a date with slashes reads the same; a hyphenated day and month with no year gives no date
    ("Căn cứ Nghị định số 45/NĐ-CP ngày 06/12/2021;", [("Nghị định", "45", 2021, "2021-12-06")]),
    ("theo Quyết định số 88/QĐ-UBND ngày 23-6 của UBND tỉnh", [("Quyết định", "88", None, None)]),
])
def test_hyphenated_signing_date(text, want):
    assert _refs(text) == want
