"""Cheap gates in front of the extractors' dearer steps (issue 14): each skips work only where that work
cannot find anything, so what it returns is what the full step returns, on texts that pass the gate and
on texts that do not."""
from __future__ import annotations

import pytest

from extractor.extract import legal_refs, metadata, quantities
from extractor.normalize import document
from extractor.patterns import load_patterns


@pytest.mark.parametrize("text, found", [
    ("triển khai NQ57 trên địa bàn huyện Đông Sơn", ["NQ57"]),
    ("thực hiện Nghị quyết 57 của Bộ Chính trị", ["Nghị quyết 57"]),
    ("Đề án 06 về dữ liệu dân cư", ["Đề án 06"]),
    # counterexamples: no alias's first word as written ('nq' is lower case; the regex is case-sensitive)
    ("hoàn thành 12 nhiệm vụ trong năm", []),
    ("nq57 viết thường", []),
    ("đề án 06 của tỉnh", []),
])
def test_alias_gate_keeps_every_alias_match(text, found):
    rx, _ = legal_refs._alias_regex()
    assert [m.group(0) for m in rx.finditer(text)] == found           # what the regex alone finds
    assert [r.text for r in legal_refs._alias_matches(text)] == found
    assert any(h in text for h in legal_refs._alias_heads()) or not found


@pytest.mark.parametrize("pid, text, matches", [
    ("ref.party", "theo Kết luận số 14-KL/TW của Ban Bí thư", True),
    ("ref.party", "Chỉ thị 08 – CT/TU ngày 3/5/2024", True),
    ("ref.named_law", "Căn cứ Bộ luật Lao động số 45/2019/QH14;", True),
    ("ref.named_law", "Pháp lệnh Dân số số 06/2003/PL-UBTVQH11", True),
    # counterexamples: the pre-test finds nothing, and neither would the regex
    ("ref.party", "giai đoạn 2021-2025 đạt 18 chỉ tiêu", False),
    ("ref.party", "tăng 5 - 7 % so với năm trước", False),
    ("ref.named_law", "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022", False),
])
def test_legal_ref_pre_tests_hold_in_every_match(pid, text, matches):
    p = load_patterns("legal_refs").get(pid)
    assert bool(p.regex.search(text)) == matches
    assert p.may_match(text) == matches           # the chosen texts: found exactly where the regex matches


@pytest.mark.parametrize("text, holds", [
    ("đạt 85,5% kế hoạch", True),
    ("hai mươi hồ sơ", True),            # number words, no digit
    ("ba mươi xã", True),
    # counterexamples: neither a digit nor a number word
    ("Tổng cộng", False),
    ("Đơn vị thực hiện", False),
])
def test_may_hold_figure_digit_first(text, holds):
    assert quantities.may_hold_figure(text) == holds
    assert quantities._may_hold_figure().search(text) is not None or not holds


@pytest.mark.parametrize("line, cleaned", [
    ("ỦY BAN NHÂN DÂN   ------", "ỦY BAN NHÂN DÂN"),
    ("Số: 17/KH-UBND ___", "Số: 17/KH-UBND"),
    ("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** ===", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    # counterexamples: no rule at the end (two dashes are no rule, nor a dash inside)
    ("| Huyện Đông Sơn |", "Huyện Đông Sơn"),
    ("giai đoạn 2026 - 2030 --", "giai đoạn 2026 - 2030 --"),
    ("  Kính gửi:\tSở Tư pháp  ", "Kính gửi: Sở Tư pháp"),
])
def test_header_line_cleaning(line, cleaned):
    assert metadata._clean(line) == cleaned


@pytest.mark.parametrize("raw, text", [
    ("Nội dung[bookmark: _GoBack] chính", "Nội dung chính"),
    ("Tiêu đề {\\*\\bkmkstart x}báo cáo", "Tiêu đề báo cáo"),
    ("số ngƣời tham gia", "số người tham gia"),
    # counterexamples: brackets and braces that are no artefact stay
    ("[1] Tài liệu {kèm theo}", "[1] Tài liệu {kèm theo}"),
    ("bookmark: không phải", "bookmark: không phải"),
])
def test_normalize_gates_keep_artefacts_and_lookalikes(raw, text):
    got, to_raw = document.normalize_text(raw)
    assert got == text
    assert all(raw[i] == ch or (raw[i], ch) == ("\u01a3", "ư") for i, ch in zip(to_raw, got))


@pytest.mark.parametrize("text, hint", [
    ("đạt 85,5% kế hoạch, giải quyết 1.204 hồ sơ", None),
    ("từ 07 - 09 xã", None),
    ("92,3", "%"),
])
def test_repeated_texts_give_fresh_quantities(text, hint):
    first = quantities.find_quantities(text, hint)
    assert first
    for f in first:                                   # what callers do: a sign, a row label, shifted offsets
        f.value, f.subject, f.start = -1.0, "Nhãn hàng", f.start + 5
        f.figures = [(a + 5, b + 5) for a, b in f.figures]
    again = quantities.find_quantities(text, hint)
    assert [(g.value, g.subject, g.start) for g in again] != [(f.value, f.subject, f.start) for f in first]
    assert again == list(quantities._found_in.__wrapped__(text, hint))     # what the uncached work gives


@pytest.mark.parametrize("line, pieces", [
    ("BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["BỘ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    ("Số: 25/KH-UBND Gia Lai, ngày 02 tháng 3 năm 2026", ["Số: 25/KH-UBND", "Gia Lai, ngày 02 tháng 3 năm 2026"]),
    # counterexamples: nothing a cut needs is written, so the line stays whole (stripped)
    ("  ỦY BAN NHÂN DÂN TỈNH GIA LAI ", ["ỦY BAN NHÂN DÂN TỈNH GIA LAI"]),
    ("Kính gửi: Sở Nội vụ, ngày làm việc", ["Kính gửi: Sở Nội vụ, ngày làm việc"]),
    ("   ", []),
])
def test_header_columns_cut_only_where_a_cut_is_written(line, pieces):
    assert metadata.split_columns(line) == pieces


@pytest.mark.parametrize("pid, text, matches", [
    ("nq.level", "đạt chuẩn mức độ 3, 4", True),
    ("nq.level", "xã khu vực II và III", True),
    ("nq.level", "sản phẩm OCOP 4 sao", True),
    ("nq.level", "kỳ họp thứ 12", True),
    ("nq.version", "chuyển đổi số, công nghiệp 4.0", True),
    ("nq.version", "phủ sóng 5G toàn tỉnh", True),
    ("nq.version", "tuyến đường ĐT741", True),
    # counterexamples: the pre-test finds nothing, and neither would the regex
    ("nq.level", "giải quyết 1.204 hồ sơ đúng hạn", False),
    ("nq.level", "đạt 92,5% kế hoạch năm", False),
    ("nq.version", "giải quyết 1.204 hồ sơ, đạt 92,5%", False),
    ("nq.version", "trong 4 năm qua", False),
])
def test_blocker_pre_tests_hold_in_every_match(pid, text, matches):
    p = load_patterns("non_quantities").get(pid)
    assert bool(p.regex.search(text)) == matches
    assert p.may_match(text) == matches
