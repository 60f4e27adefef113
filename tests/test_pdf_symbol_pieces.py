"""A numbered document symbol that a very narrow table column (LibreOffice's print of a wide
table) broke by characters over several lines is one word again: '180/2' / '025/N' / 'Đ-CP' reads
'180/2025/NĐ-CP'. A full line of prose before capitals keeps its space."""
from __future__ import annotations

import pytest

from extractor.read import pdf
from test_pdf_tables import _line_words


@pytest.mark.parametrize("lines, read", [
    # a column 30 points wide (24 inside its padding): each line holds what fits of the symbol
    ([("Nghị", 5.0), ("định số", 5.0), ("180/2", 5.0), ("025/N", 5.0), ("Đ-CP", 5.0), ("ngày", 5.0)],
     "Nghị định số 180/2025/NĐ-CP ngày"),
    ([("số", 5.0), ("2618/QĐ-", 5.0), ("BKH", 5.0), ("CN", 5.0), ("ngày", 5.0)], "số 2618/QĐ-BKHCN ngày"),
    ([("số", 5.0), ("11725/BTC", 5.0), ("-", 5.0), ("QLĐ", 5.0), ("T", 5.0), ("ngày", 5.0)],
     "số 11725/BTC-QLĐT ngày"),
    ([("số 07-", 5.0), ("TB/CQTT", 5.0), ("BCĐ", 5.0), ("ngày", 5.0)], "số 07-\nTB/CQTTBCĐ ngày"),
    # counterexamples: a full line of prose before an acronym, a piece without a number
    ([("theo Quyết định 12/QĐ-UBND", 25.0), ("UBND tỉnh", 5.0)], "theo Quyết định 12/QĐ-UBND UBND tỉnh"),
    ([("Năm", 5.0), ("2025", 5.0), ("2026", 5.0)], "Năm 2025 2026"),
    ([("tỷ lệ", 5.0), ("đạt", 5.0), ("98/100", 5.0), ("xã", 5.0)], "tỷ lệ đạt 98/100 xã"),
])
def test_a_symbol_broken_over_narrow_lines_is_one_word(lines, read):
    text = "\n".join(t for t, _ in lines)
    assert pdf._unwrap_cell(text, _line_words(*lines), 0.0, 30.0) == read
