"""Reporting periods as written: tháng, quý, 6 tháng đầu năm, năm, giai đoạn, đến (hết) năm."""
import pytest

from extractor.extract.periods import parse_period, find_periods


@pytest.mark.parametrize("text, kind, code, year", [
    ("Kết quả tháng 01 năm 2025", "month", "2025-01", 2025),
    ("tháng 6/2024", "month", "2024-06", 2024),
    ("quý III/2024", "quarter", "2024-Q3", 2024),
    ("Quý 2 năm 2025", "quarter", "2025-Q2", 2025),
    ("6 tháng đầu năm 2025", "half", "2025-H1", 2025),
    ("6 tháng cuối năm 2024", "half", "2024-H2", 2024),
    ("9 tháng năm 2024", "months", "2024-9M", 2024),
    ("I. Kết quả thực hiện các chỉ tiêu năm 2020:", "year", "2020", 2020),
    ("Chỉ tiêu năm 2025", "year", "2025", 2025),
    ("II. Mục tiêu giai đoạn 2021-2025 (NQ17)", "range", "2021-2025", 2025),
    ("giai đoạn 2026 – 2030", "range", "2026-2030", 2030),
    ("đến hết năm 2025", "by_year", "2025", 2025),
    ("Mục tiêu đến năm 2030", "by_year", "2030", 2030),
    ("đến cuối năm 2025, phấn đấu 100% cấp tỉnh", "by_year", "2025", 2025),
])
def test_periods(text, kind, code, year):
    p = parse_period(text)
    assert p is not None and (p.kind, p.code, p.year) == (kind, code, year)
    assert p.text in text


@pytest.mark.parametrize("text", [
    "ngày 13/6/2011",                       # a date, not a period
    "Nghị định số 43/2011/NĐ-CP",           # a year inside a số ký hiệu
    "ngày 24 tháng 6 năm 2022",             # a date written in words
    "tháng 02",                             # a month without its year: never guessed
    "Kết quả thực hiện",
    "giai đoạn 2025-2021",                  # backwards: no period
])
def test_not_periods(text):
    assert parse_period(text) is None


def test_range_keeps_both_ends():
    p = parse_period("Mục tiêu giai đoạn 2021-2025")
    assert (p.start_year, p.end_year) == (2021, 2025)


def test_find_all_in_order():
    assert [p.code for p in find_periods("năm 2019 chưa công bố, năm 2020 đạt")] == ["2019", "2020"]


# (text, searched by the rules): every rule names a year (1940–2099), so a text without four such digits is
# not searched; a text with them is, whatever they are (a date, a số ký hiệu, part of a longer number)
SEARCHED = [
    ("tỷ lệ hồ sơ trực tuyến đạt 80%", False),
    ("có 120/150 xã đạt chuẩn, 1.945 hồ sơ", False),
    ("Nghị định số 45/NĐ-CP; tháng 6", False),
    ("quý III", False),
    ("ngày 13/6/2011", True),
    ("Nghị định số 43/2011/NĐ-CP", True),
    ("mã hồ sơ 12025", True),
    ("năm 2025", True),
]


@pytest.mark.parametrize("text, searched", SEARCHED)
def test_only_a_text_with_a_year_is_searched(text, searched, monkeypatch):
    from extractor.extract import periods
    asked = []

    class Spy:
        def __init__(self, rx):
            self.rx = rx

        def finditer(self, t):
            asked.append(t)
            return self.rx.finditer(t)
    expected = find_periods(text)
    monkeypatch.setattr(periods, "RULES", [(kind, Spy(rx)) for kind, rx in periods.RULES])
    assert find_periods(text) == expected
    assert bool(asked) == searched
