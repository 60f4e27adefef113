"""Citations read off a third round of unseen excerpts: a số/ký hiệu whose symbol a lost space glued to the
word after it ('263/KH-UBNDngày 31/12/2024'), on web pages of communes and in converted PDFs. Paraphrased."""
from __future__ import annotations

import pytest

from extractor.extract.legal_refs import find_legal_refs


@pytest.mark.parametrize("text, want", [
    ("Thực hiện 118/KH-UBNDngày 30/12/2024 của Chủ tịch UBND huyện về cải cách hành chính",
     ("Kế hoạch", "118", "KH-UBND", None, "2024-12-30")),
    ("Căn cứ Quyết định số 25/QĐ-UBNDcủa UBND tỉnh về ban hành kế hoạch", ("Quyết định", "25", "QĐ-UBND", None, None)),
    ("Nghị định 61/2018/NĐ-CPngày 23/4/2018 của Chính phủ", ("Nghị định", "61", "NĐ-CP", 2018, "2018-04-23")),
    ("theo Công văn số 512/STTTT-CNTTvề việc triển khai", ("Công văn", "512", "STTTT-CNTT", None, None)),
])
def test_symbol_glued_to_the_next_word(text, want):
    (r,) = find_legal_refs(text)
    assert (r.kind, r.number, r.symbol, r.year, r.issued_date) == want


@pytest.mark.parametrize("text", [
    # counterexamples: a symbol glued to some other word is not cut there; a plain word is no symbol
    "số 12/QĐ-UBNDnhững nội dung",
    "mã số 12/ABCdef",
])
def test_other_glued_words_give_no_reference(text):
    assert find_legal_refs(text) == []


# The signing date written before the reference, with an issuer named as several bodies (round 2's open case).
@pytest.mark.parametrize("text, date", [
    ("Ngày 12/9/2023, Ủy ban nhân dân tỉnh, Ban Chỉ đạo chuyển đổi số tỉnh ban hành Kế hoạch số 210/KH-UBND về "
     "chuyển đổi số", "2023-09-12"),
    ("Ngày 3/4/2025, Sở Nội vụ, Sở Tư pháp có Công văn số 815/SNV-CCHC gửi các xã", "2025-04-03"),
    # counterexamples: the date of a meeting, not of the document it follows
    ("Ngày 16/4/2026, đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì buổi làm việc theo Thông báo số "
     "12/TB-UBND", None),
    ("Ngày 30/8/2024, Sở Nội vụ, Sở Tài chính có ý kiến tại Công văn số 2328/SNV-TCCC", None),
])
def test_date_before_an_issuer_of_several_bodies(text, date):
    (r,) = find_legal_refs(text)
    assert r.issued_date == date
