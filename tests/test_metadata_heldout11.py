"""A news text with no header that opens a paragraph with the resolution it reviews ('Nghị quyết số 31/2021/QH15 ngày
12/11/2021 của Quốc hội về …') cites it: it is no number of the text's own, and the citation is kept. A header line
('Luật số: 20/2023/QH15', 'Nghị quyết số: 12/2025/NQ-HĐND') still gives the document's own number."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import extract_legal_refs
from extractor.extract.metadata import extract_metadata
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _read(*paragraphs: str):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=t)
                                                                for t in paragraphs]), "t.docx")
    meta = extract_metadata(doc)
    return meta, extract_legal_refs(doc, segment_document(doc), meta)


@pytest.mark.parametrize("opening", [
    "Nghị quyết số 31/2021/QH15 ngày 12/11/2021 của Quốc hội về Kế hoạch cơ cấu lại nền kinh tế đề ra 5 nhóm nhiệm vụ.",
    "Nghị quyết số 31/2021/QH15 của Quốc hội đề ra các mục tiêu cơ cấu lại nền kinh tế giai đoạn 2021-2025.",
    "Nghị quyết số 31/2021/QH15 về Kế hoạch cơ cấu lại nền kinh tế được triển khai đồng bộ.",
])
def test_a_paragraph_opening_with_a_citation_cites_it(opening):
    meta, refs = _read("Chiều 27/9, Ủy ban Kinh tế thẩm tra báo cáo đánh giá giữa kỳ.", opening)
    assert (meta.number, meta.symbol) != ("31", "QH15")
    assert [(r.kind, r.number, r.symbol, r.year) for r in refs] == [("Nghị quyết", "31", "QH15", 2021)]


@pytest.mark.parametrize("line, number, symbol", [
    ("Luật số: 20/2023/QH15", "20", "QH15"),
    ("Nghị quyết số: 12/2025/NQ-HĐND", "12", "NQ-HĐND"),
    ("Luật số 20/2023/QH15", "20", "QH15"),
])
def test_a_header_line_is_the_own_number(line, number, symbol):
    meta, _ = _read("QUỐC HỘI", line, "LUẬT GIAO DỊCH ĐIỆN TỬ")
    assert (meta.number, meta.symbol) == (number, symbol)
