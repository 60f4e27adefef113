"""An article inserted between two others carries a letter after its number ('Điều 105a', 'Điều 105đ', Nghị định
14/2026/NĐ-CP amending Nghị định 58/2017): the whole is a section's name, no quantity — before, 'đ' read as the
currency 'đồng' made 'Điều 105đ' a sum of 105 đồng. Real strings, made-up variants marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _found(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text)]


@pytest.mark.parametrize("text,want", [
    # real: Nghị định 14/2026/NĐ-CP
    ("Điều 42. Sửa đổi, bổ sung Điều 105đ", []),
    ("“Điều 105đ. Chấm dứt hoạt động tàu lặn", []),
    ("Điều 40. Sửa đổi, bổ sung Điều 105a", []),
    # real: a province's rules on receiving files (a form numbered after another)
    ("phục hồi đất: Mẫu số 14đ;", []),
    # made-up variants: a clause of an inserted article, a point of it
    ("theo quy định tại khoản 2 Điều 12đ Nghị định này", []),
    ("tại Điều 5đ của Nghị định có 20 hồ sơ", [("count", 20, "hồ sơ")]),
    # counterexamples: money written with 'đ' after its figures stays money
    ("giá vé 5.000đ một lượt", [("money", 5000, "đồng")]),
    ("thu phí 20.000đ/hồ sơ", [("money", 20000, "đồng")]),
    ("tổng kinh phí 105đ", [("money", 105, "đồng")]),
])
def test_an_articles_letter_is_no_currency(text, want):
    assert _found(text) == want
