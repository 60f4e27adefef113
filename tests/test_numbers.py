"""extractor.extract.numbers: Vietnamese figures, English stragglers, number words."""
import pytest
from hypothesis import given, strategies as st

from extractor.extract.numbers import format_vietnamese, parse_number, parse_number_words


@pytest.mark.parametrize("text,kind,value", [
    ("93,6", None, 93.6),
    ("54.919", None, 54919),
    ("1.144", None, 1144),              # thousands in Vietnamese
    ("32.656", "count", 32656),
    ("1.234.567", None, 1234567),
    ("1.234,5", None, 1234.5),
    ("1,234.5", None, 1234.5),          # English straggler
    ("98.5", "percent", 98.5),
    ("1,5", None, 1.5),
    ("0,5", None, 0.5),
    ("01", None, 1),
    ("100", None, 100),
    ("1,234,567", None, 1234567),
])
def test_parse_number(text, kind, value):
    assert parse_number(text, kind).value == pytest.approx(value)


@pytest.mark.parametrize("text,kind,value,note", [
    ("1,234", "count", 1234, "thousands"),      # a count is whole: ',' was a thousands separator
    ("1,234", None, 1.234, "decimal"),
    ("12.345", "percent", 12.345, "decimal"),   # 12345% is no percentage
    ("1.5", "count", 1.5, "decimal"),
])
def test_ambiguous_separators_are_recorded(text, kind, value, note):
    n = parse_number(text, kind)
    assert n.value == pytest.approx(value)
    assert note in n.uncertain


@pytest.mark.parametrize("text", ["54.919", "93,6", "1,234.5", "7"])
def test_plain_figures_are_certain(text):
    assert parse_number(text).uncertain is None


@pytest.mark.parametrize("text", ["1.2.3", "abc", "", "12/6"])
def test_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,value", [
    ("hai", 2), ("ba", 3), ("mười", 10), ("mười một", 11), ("mười lăm", 15), ("hai mươi", 20),
    ("hai mươi mốt", 21), ("ba mươi tư", 34), ("năm mươi lăm", 55), ("chín mươi chín", 99),
])
def test_number_words(text, value):
    assert parse_number_words(text) == value


@pytest.mark.parametrize("text", ["một", "năm", "tư", "mười mốt", "hai ba", "nhiều"])
def test_not_number_words(text):
    # 'một' is an article, 'năm' a year, 'tư' private: none leads a count on its own
    assert parse_number_words(text) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_vietnamese_integers_round_trip(n):
    assert parse_number(format_vietnamese(n), "count").value == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=3))
def test_vietnamese_decimals_round_trip(n, decimals):
    value = n / 10 ** decimals
    text = format_vietnamese(value, decimals)
    assert "," in text
    assert parse_number(text).value == pytest.approx(value)


@given(st.integers(min_value=1000, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_english_decimals_round_trip(n, cents):
    text = f"{n:,}.{cents:02d}"
    assert parse_number(text).value == pytest.approx(n + cents / 100)
