"""Issue 13: counts and durations the development gold missed. A number written in words then in figures in brackets
('gồm năm (05) thành viên', 'bảy (07) ngày làm việc') is one quantity, as the figures alone would give. Real strings
quoted short, made-up variants marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _found(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text)]


@pytest.mark.parametrize("text,want", [
    # real: a government office's guide to drafting, an e-government regulation
    ("Năm (05) ngày làm việc đối với các ý kiến thuộc thẩm quyền giải quyết; Bảy (07) ngày làm việc đối với các ý kiến",
     [("measure", 5, "ngày làm việc"), ("measure", 7, "ngày làm việc")]),
    ("phải hẹn trả lời nhưng tối đa không quá mười (10) ngày làm việc kể từ ngày tiếp nhận.",
     [("measure", 10, "ngày làm việc")]),
    # made-up variants in the same habit: members, copies, a period of days
    ("Tổ công tác gồm năm (05) thành viên", [("count", 5, "thành viên")]),
    ("Biên bản được lập thành hai (02) bản có giá trị như nhau", [("count", 2, "bản")]),
    ("trong thời hạn mười lăm (15) ngày", [("measure", 15, "ngày")]),
    ("trong thời hạn ba mươi (30) ngày kể từ ngày nhận được văn bản", [("measure", 30, "ngày")]),
    ("thành lập hai mươi mốt (21) tổ bầu cử", [("count", 21, "tổ")]),
    # the same text with the figures alone gives the same record
    ("Tổ công tác gồm 05 thành viên", [("count", 5, "thành viên")]),
])
def test_words_then_figures_in_brackets_are_one_quantity(text, want):
    assert _found(text) == want


def test_words_that_disagree_with_their_figures_yield_to_the_figures():
    # made-up: a slip between words and figures; the figures are read, the doubt is kept
    [f] = find_quantities("Biên bản được lập thành hai (03) bản")
    assert (f.kind, f.value, f.unit) == ("count", 3, "bản")
    assert f.uncertain and "hai" in f.uncertain


@pytest.mark.parametrize("text", [
    "Phụ lục (05) kèm theo Kế hoạch này",          # a word that is no number before the bracket
    "Kết quả thực hiện trong năm (2025) như sau",    # 'năm' is the year, the bracket holds it
    "Cây lâu năm(18): diện tích trồng mới",          # a footnote mark after 'năm'
    "trong năm (03) bản",                            # 'năm' alone must agree with its figures: it may be the year
    "Ghi rõ năm (2024) quốc tịch",                   # a year in brackets is no figure of a count
])
def test_brackets_after_words_that_are_no_number_give_no_count(text):
    assert [q for q in _found(text) if q[0] in ("count", "measure")] == []
