"""A document the press cites by its bare number with its issuer after it ('thực hiện Quyết định 2289 của Thủ tướng
Chính phủ ban hành …', held-out round 54): kind and number, no symbol and no year, as the text writes none. The
issuer after 'của' is what makes the number a document's; a count of decisions, a span of years or a plan's year
stays out, and a number cited elsewhere with its symbol is one document. Strings paraphrased in the genre."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import extract_legal_refs
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _refs(text: str):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    return [(r.kind, r.number, r.symbol, r.year) for r in extract_legal_refs(doc, segment_document(doc))]


@pytest.mark.parametrize("text,want", [
    ("Bộ Xây dựng vừa phê duyệt Kế hoạch hành động thực hiện Quyết định 1734 của Thủ tướng Chính phủ ban hành "
     "Chiến lược quốc gia về giao thông thông minh.", [("Quyết định", "1734", None, None)]),
    ("Sở đã triển khai Nghị quyết 52 của Bộ Chính trị về chủ động tham gia cách mạng công nghiệp.",
     [("Nghị quyết", "52", None, None)]),
    ("Theo Chỉ thị 16 của Thủ tướng Chính phủ, các địa phương rà soát.", [("Chỉ thị", "16", None, None)]),
    ("thực hiện Quyết định số 749 của Thủ tướng Chính phủ phê duyệt Chương trình", [("Quyết định", "749", None, None)]),
    # counterexamples: a span of years, a count of decisions, a plan's year, no issuer after 'của'
    ("Quyết định 2 năm một lần của Hội đồng được xem xét lại.", []),
    ("Năm qua, UBND tỉnh ban hành 12 quyết định của UBND tỉnh về giá đất.", []),
    ("Kế hoạch 5 năm của tỉnh đã được thông qua.", []),
    ("Kế hoạch 2025 của Sở Nội vụ tập trung vào cải cách.", []),
    ("Quyết định 14 của tỉnh về giá đất.", []),
    # counterexample: cited with its symbol too, one document
    ("Quyết định 1734/QĐ-TTg ngày 01/9/2023 ... Thực hiện Quyết định 1734 của Thủ tướng Chính phủ.",
     [("Quyết định", "1734", "QĐ-TTg", None)]),
])
def test_bare_number_with_its_issuer(text, want):
    assert _refs(text) == want
