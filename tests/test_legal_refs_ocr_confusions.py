"""Legal references in OCR'd scans whose số/ký hiệu a Tesseract look-alike letter damaged (issue 13): the scanned
Luật Cư trú reads 'Luật số 46/2014/ÖH13' (a speck over the Q), so no reference was built. Inside a số/ký hiệu frame
a code part unknown as written is read as the one known code its look-alikes spell, and the reference is flagged
repaired; a digital text's code is what its writer typed, and a code unknown either way stays as written.
The first row is chitieu's OCR of the scan (p.22); the others are the genre's references with the same slips."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import extract_legal_refs, find_legal_refs
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _refs(text: str, ocr: bool):
    raw = RawDocument(format="pdf", blocks=[RawBlock(kind="paragraph", text=text, page=1, ocr=ocr)], ocr=ocr)
    doc = normalize_document(raw, "t.pdf")
    return [(r.kind, r.number, r.year, r.symbol, r.repaired) for r in extract_legal_refs(doc, segment_document(doc))]


@pytest.mark.parametrize("text, want", [
    # Q read as Ö (the scan of Luật Cư trú 68/2020/QH14, Điều 37.2)
    ("bổ sung một số điều theo Luật số 32/2013/QH13, Luật số 46/2014/ÖH13, Luật số 97/2015/QH13",
     [("Luật", "32", 2013, "QH13", False), ("Luật", "46", 2014, "QH13", True), ("Luật", "97", 2015, "QH13", False)]),
    # P read as F: NĐ-CF is the Chính phủ's NĐ-CP
    ("Căn cứ Nghị định số 45/2020/NĐ-CF ngày 08 tháng 4 năm 2020 của Chính phủ;",
     [("Nghị định", "45", 2020, "NĐ-CP", True)]),
    # Đ read as 0, and as the look-alike eth Ð
    ("Căn cứ Quyết định số 12/Q0-UBND ngày 05/3/2021 của Ủy ban nhân dân tỉnh;",
     [("Quyết định", "12", None, "QĐ-UBND", True)]),
    ("Thực hiện Quyết định số 932/QÐ-TTg ngày 12/6/2023 của Thủ tướng Chính phủ",
     [("Quyết định", "932", None, "QĐ-TTg", True)]),
    # g read as 9, 5 read as S in a law's QHnn
    ("Quyết định số 28/2018/QĐ-TT9 ngày 12/7/2018", [("Quyết định", "28", 2018, "QĐ-TTg", True)]),
    ("Căn cứ Luật Đầu tư số 61/2020/QH1S;", [("Luật", "61", 2020, "QH15", True)]),
    # a Party-style code (number '-' type code '/' organ)
    ("Thực hiện Nghị quyết số 57-NÖ/TW ngày 22/12/2024 của Bộ Chính trị",
     [("Nghị quyết", "57", None, "NQ/TW", True)]),
    # a list item after a clean reference
    ("theo Kế hoạch số 15/KH-UBND và số 16/KH-UBNÐ của tỉnh",
     [("Kế hoạch", "15", None, "KH-UBND", False), ("Kế hoạch", "16", None, "KH-UBND", True)]),
])
def test_ocr_code_read_back(text, want):
    assert _refs(text, ocr=True) == want


@pytest.mark.parametrize("text, want", [
    # the same strings in a digital block: as typed, nothing read back
    ("bổ sung một số điều theo Luật số 46/2014/ÖH13", []),
    ("Căn cứ Nghị định số 45/2020/NĐ-CF ngày 08 tháng 4 năm 2020 của Chính phủ;",
     [("Nghị định", "45", 2020, "NĐ-CF", False)]),
    ("Căn cứ Quyết định số 12/Q0-UBND ngày 05/3/2021 của Ủy ban nhân dân tỉnh;",
     [("Quyết định", "12", None, "Q0-UBND", False)]),
])
def test_digital_code_stays_as_written(text, want):
    assert _refs(text, ocr=False) == want


@pytest.mark.parametrize("text, want", [
    # an office code unknown either way (K5TT, KSTT): no repair
    ("Văn bản số 5990/VPCP-K5TT ngày 22/8/2024", [("Văn bản", "5990", None, "VPCP-K5TT", False)]),
    # a known code is what it says, even with a look-alike letter in it (SNV, not 5NV)
    ("theo Công văn số 2328/SNV-TCCC của Sở Nội vụ", [("Công văn", "2328", None, "SNV-TCCC", False)]),
    # no frame: a Roman numeral slip beside a year is no số/ký hiệu
    ("Quốc hội khóa XIY, kỳ họp thứ 10 thông qua ngày 13 tháng 11 năm 2020", []),
])
def test_no_known_reading_no_repair(text, want):
    assert _refs(text, ocr=True) == want


def test_written_text_kept():
    """The mention's text is the scan's, so a reader finds it on the page image."""
    (r,) = [r for r in find_legal_refs("Luật số 46/2014/ÖH13, Luật", ocr=True)]
    assert (r.text, r.symbol, r.repaired) == ("Luật số 46/2014/ÖH13", "QH13", True)
