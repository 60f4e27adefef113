"""A decision's type code whose Q was typed or scanned as a look-alike letter ('Quyết định sô 288/ỌĐ-TTg', held-out
round 25) reads as QĐ: the look-alike is replaced one for one right after the number's slash and before 'Đ-', so
offsets hold and the provenance keeps the text as written. Strings paraphrased in the genre."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import extract_legal_refs, find_legal_refs
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _refs(text: str):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    return [(r.kind, r.number, r.symbol, r.year) for r in extract_legal_refs(doc, segment_document(doc))]


@pytest.mark.parametrize("text,want", [
    ("Nhằm cụ thể hóa các mục tiêu tại Quyết định sô 288/ỌĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược",
     [("Quyết định", "288", "QĐ-TTg", None)]),
    ("Thực hiện Quyết định số 1205/OĐ-UBND ngày 12/5/2025 của UBND tỉnh", [("Quyết định", "1205", "QĐ-UBND", None)]),
    ("theo 52/2024/ỌĐ-UBND của tỉnh", [("Quyết định", "52", "QĐ-UBND", 2024)]),
    # counterexamples: a type code written right reads the same; Ọ that is a letter of a word stays one
    ("tại Quyết định số 288/QĐ-TTg của Thủ tướng", [("Quyết định", "288", "QĐ-TTg", None)]),
    ("TRƯỜNG TRUNG HỌC CƠ SỞ ĐỌC SÁCH 12/ỌC", []),
])
def test_lookalike_q_of_a_type_code(text, want):
    assert _refs(text) == want


def test_lookalike_keeps_the_text_as_written():
    text = "tại Quyết định sô 288/ỌĐ-TTg của Thủ tướng"
    (ref,) = find_legal_refs(text)
    assert ref.text == "Quyết định sô 288/ỌĐ-TTg" and text[ref.start:ref.end] == ref.text
