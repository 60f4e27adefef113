"""A document cited by its number and symbol alone, its kind in the symbol's type code (held-out round 60: 'Chương
trình hành động số 04/CTrHĐ-STTTT' was stored as a công văn): CTrHĐ is a Chương trình (hành động), spelled as written;
a symbol with no type code stays a công văn. Strings paraphrased in the genre."""
from __future__ import annotations

import pytest

from extractor.extract.doc_types import kind_from_symbol, normalize_symbol
from extractor.extract.legal_refs import extract_legal_refs
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _refs(text: str):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=text)]), "t.docx")
    return [(r.kind, r.number, r.symbol) for r in extract_legal_refs(doc, segment_document(doc))]


@pytest.mark.parametrize("text,want", [
    ("Ngày 12/5, Sở Nội vụ ban hành Chương trình hành động số 07/CTrHĐ-SNV về thực hiện Nghị quyết của Tỉnh ủy.",
     [("Chương trình", "07", "CTrHĐ-SNV")]),
    ("theo Chương trình số 15/CTr-UBND ngày 03/4/2025 của UBND tỉnh", [("Chương trình", "15", "CTr-UBND")]),
    # counterexample: a symbol with no type code is a văn bản (a công văn)
    ("Sở đã có văn bản số 812/SNV-TCBC gửi các huyện.", [("Văn bản", "812", "SNV-TCBC")]),
])
def test_action_programme_code(text, want):
    assert _refs(text) == want


@pytest.mark.parametrize("symbol, kind, spelled", [
    ("CTrHĐ-STTTT", "Chương trình", "CTrHĐ-STTTT"),
    ("CTRHĐ-UBND", "Chương trình", "CTrHĐ-UBND"),
    ("CTr-UBND", "Chương trình", "CTr-UBND"),
    ("ND-CP", "Nghị định", "NĐ-CP"),                  # a typo still spelled as its code
    ("STTTT-VP", "Công văn", "STTTT-VP"),
])
def test_type_code_kind_and_spelling(symbol, kind, spelled):
    assert kind_from_symbol(symbol) == kind
    assert normalize_symbol(symbol) == spelled
