"""Cheap tests in front of the dearer steps of metadata, entities, legal references and segmenting (issue 14):
each skips work only where that work cannot find anything, so every result is what the full step gives."""
from __future__ import annotations

import unicodedata

import pytest

from extractor.extract import metadata
from extractor.normalize.document import fold_tone
from extractor.patterns import load_patterns


def _column_cuts(line: str) -> list[tuple[int, int]]:
    rx = load_patterns("doc_types").get("meta.column_break").regex
    return [m.span() for m in rx.finditer(fold_tone(unicodedata.normalize("NFC", line)))]


@pytest.mark.parametrize("line, cleaned", [
    ("  Kính gửi:\u00a0\u00a0Sở Tài chính ", "Kính gửi: Sở Tài chính"),
    ("UBND\u3000TỈNH\u2003HÀ TĨNH", "UBND TỈNH HÀ TĨNH"),
    ("|\t**Số: 41/BC-UBND**\t|", "Số: 41/BC-UBND"),
    ("\x0bTrích yếu\x0c", "Trích yếu"),
    # counterexamples: the separators \x1c–\x1f are no white space to the regex, so they stay where str.split cuts
    ("Mục\x1c1", "Mục\x1c1"),
    ("Tổ \x1f  công tác", "Tổ \x1f công tác"),
])
def test_header_line_spaces_squeezed_as_the_regex_did(line, cleaned):
    assert metadata._clean(line) == cleaned


@pytest.mark.parametrize("line, may_cut", [
    ("SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc", True),
    ("Số: 208/KH-SYT Quảng Trị, ngày 09 tháng 4 năm 2026", True),
    ("Số: /UBND-VX Đông Hà, NGÀY 3 tháng 5 năm 2026", True),
    ("08/KH-BCĐ Hà Tĩnh ,ngày 9 tháng 4 năm 2026", True),
    # counterexamples: a '/' with neither 'Số' nor ', ngày' (a sentence citing a decree, a date, a ratio)
    ("theo quy định tại Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ", False),
    ("đạt 17/19 tiêu chí; hoàn thành trước ngày 30/6/2026", False),
    ("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", False),
])
def test_column_break_pre_test_holds_wherever_the_regex_cuts(line, may_cut):
    assert metadata._may_join_columns(line) == may_cut
    assert bool(_column_cuts(line)) == may_cut          # the chosen lines: cut exactly where the pre-test passes


def test_column_break_pre_test_holds_in_the_patterns_examples():
    p = load_patterns("doc_types").get("meta.column_break")
    for ex in p.examples:
        assert metadata._may_join_columns(ex.text), ex.text


@pytest.mark.parametrize("lines, at", [
    (["UBND TỈNH NINH THUẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], 1),
    (["CỘNG HOÀ XÃ", "HỘI CHỦ NGHĨA VIỆT NAM"], 0),                          # new-style tone mark, column broken
    ([unicodedata.normalize("NFD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], 0),  # decomposed text
    # counterexamples: no 'CỘNG', or the motto in the body's sentence case
    (["SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"], None),
    (["Cộng hòa xã hội chủ nghĩa Việt Nam"], None),
])
def test_motto_found_only_where_written(lines, at):
    found = [i for i in range(len(lines)) if metadata._is_anchor(lines, i)]
    assert found == ([] if at is None else [at])
