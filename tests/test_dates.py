"""Dates: full, partial (drafts leave blanks) and never invented."""
import pytest

from extractor.extract.dates import find_dates, parse_date
from extractor.patterns import check_examples, load_patterns


def test_every_date_pattern_meets_its_examples():
    ps = load_patterns("dates")
    assert check_examples(ps, lambda text: [d.rule for d in find_dates(text)]) == []
    for p in ps:
        for ex in p.examples:
            assert parse_date(ex.text)[0] == ex.expect, (p.id, ex.text)


@pytest.mark.parametrize("text, expect", [
    ("ngày 24/6/2022", "2022-06-24"),
    ("ngày 24 tháng 6 năm 2022", "2022-06-24"),
    ("24-6-2022", "2022-06-24"),
    ("24.6.2022", "2022-06-24"),
    ("Phú Thọ, ngày 13\ntháng 02 năm 2025", "2025-02-13"),       # split across lines (seed 004)
    ("ngày 06 tháng 12 năm 2021 của Chính phủ", "2021-12-06"),
    ("ngày   / 01 /2021", "2021-01"),                            # seed 000, blank day
    ("ngày    tháng 02 năm 2025", "2025-02"),                    # seed 002, blank day
    ("tháng 02 năm 2025", "2025-02"),
    ("ngày …/…/2021", "2021"),
    ("Ngày 08/01/2025", "2025-01-08"),
])
def test_parse_date(text, expect):
    assert parse_date(text)[0] == expect


@pytest.mark.parametrize("text", [
    "32.177/32.656 văn bản",     # a ratio
    "1.144/1.144 dịch vụ",
    "43/2011/NĐ-CP",             # a số/ký hiệu
    "6/11 huyện",
    "ngày 31/02/2024",           # no such day: no date rather than a wrong one
    "ngày 12/13/2024",
    "0263.3822.123",             # a phone number
])
def test_no_date(text):
    assert parse_date(text) == (None, None)


def test_span_points_at_the_date():
    value, (s, e) = parse_date("Căn cứ Quyết định số 240/QĐ-TTg ngày 04/02/2025 của Thủ tướng")
    assert value == "2025-02-04"
    assert "Căn cứ Quyết định số 240/QĐ-TTg ngày 04/02/2025 của Thủ tướng"[s:e] == "04/02/2025"
