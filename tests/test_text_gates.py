"""The text reader's one-alternation gate before the site-chrome markers: it must match exactly the
lines some marker matches, and stand aside for patterns an alternation would change."""
from __future__ import annotations

import pytest

from extractor.patterns import load_patterns
from extractor.read import text as text_reader

LINES = [
    ("## Văn bản liên quan", True),
    ("   VĂN BẢN LIÊN QUAN  ", True),
    ("Văn bản này chưa cập nhật nội dung Tiếng Anh", True),
    ("NỘI DUNG SỬA ĐỔI, HƯỚNG DẪN", True),
    ("**FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN**", True),
    ("Các văn bản liên quan đến dự án đã được rà soát.", False),
    ("Văn bản liên quan: Quyết định số 15/2023/QĐ-UBND", False),
    ("FILE ĐƯỢC ĐÍNH KÈM", False),
    ("Tỷ lệ hộ nghèo giảm còn 2,1%", False),
    ("", False),
]


@pytest.mark.parametrize("line,chrome", LINES)
def test_the_gate_matches_where_a_marker_matches(line, chrome):
    gate = text_reader._any_marker()
    assert gate is not None
    assert (gate.match(line) is not None) is chrome
    assert any(p.regex.match(line) for p in load_patterns("site_chrome")) is chrome


@pytest.mark.parametrize("source,unjoinable", [
    (r"(?i)văn bản", True), (r"a(?i:b)", True), (r"(?-i:x)", True), (r"(a)\1", True),
    (r"(?P<n>a)(?P=n)", True), (r"(?P<n>a)\g<n>", True), (r"(?(1)a|b)", True),
    (r"^\s*(?:#+\s*)?Văn bản\s*$", False), (r"(?<!\d)\d+(?=%)", False), (r"(?P<n>a)", False),
])
def test_patterns_an_alternation_would_change_are_told(source, unjoinable):
    assert (text_reader._UNJOINABLE.search(source) is not None) is unjoinable


def test_site_chrome_is_cut_from_the_first_marker_line():
    body = "\n".join(f"Dòng {i} của báo cáo." for i in range(9))
    text, warnings = text_reader.drop_site_chrome(body + "\nNỘI DUNG SỬA ĐỔI, HƯỚNG DẪN\n## Văn bản liên quan")
    assert text == body
    assert warnings == ["dropped 2 lines of site chrome from line 10 (chrome.compare)"]


@pytest.mark.parametrize("md,text", [
    ("**KẾ HOẠCH** thực hiện năm 2025", "KẾ HOẠCH thực hiện năm 2025"),      # no single marker left
    ("__Điều 1.__ Phạm vi", "Điều 1. Phạm vi"),
    ("Tỷ lệ đạt 98%, không có dấu nào", "Tỷ lệ đạt 98%, không có dấu nào"),
    ("số *45*/2020/NĐ-CP", "số 45/2020/NĐ-CP"),                              # single markers: the rules run
    ("Ghi chú (*) ở cuối bảng", "Ghi chú (*) ở cuối bảng"),
    ("*Nơi nhận:*\n- Như trên;", "Nơi nhận:\n- Như trên;"),
])
def test_emphasis_markers_are_dropped(md, text):
    assert text_reader.strip_emphasis(md) == text


@pytest.mark.parametrize("lines,texts", [
    (["## I. MỤC TIÊU", "", "Tỷ lệ hộ nghèo giảm 1,5%."], ["I. MỤC TIÊU", "Tỷ lệ hộ nghèo giảm 1,5%."]),
    (["#Không phải tiêu đề", "", "####### bảy dấu"], ["#Không phải tiêu đề", "####### bảy dấu"]),
    (["Số hộ # 120 hộ"], ["Số hộ # 120 hộ"]),
])
def test_markdown_heading_marks_are_dropped(lines, texts):
    assert [b.text for b in text_reader._paragraphs(lines, wrapped=False)] == texts
