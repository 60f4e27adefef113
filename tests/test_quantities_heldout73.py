"""Figures read off round 73's held-out excerpts once they had been scored (a city's population plan, a vocational
training report): a rate per a round hundred of another group is no count, couples are counted, a pair of rates
written with one sign after the second. Strings in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


def _percents(text: str):
    return [f.value for f in find_quantities(text) if f.kind == "percent"]


# --- a counted noun, maybe qualified, over a round hundred, thousand … of another group ('Tỷ số giới tính khi sinh: 114
# trẻ trai/100 trẻ gái'): a rate, as 'bé trai/100 bé gái' and '30,1 giường bệnh/1 vạn dân' are, no count of children.
# Counterexamples: a count over a number of places, a count with no slash -------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Tỷ số giới tính khi sinh: 114 trẻ trai/100 trẻ gái.", []),
    # made-up variants in the genre's style: a mortality rate per thousand births, a rate with no qualifier
    ("tỷ suất tử vong trẻ em dưới 1 tuổi còn 12 trẻ/1.000 trẻ đẻ sống", []),
    ("giữ tỷ số giới tính khi sinh dưới 110 trẻ trai/100 trẻ gái", []),
    # counterexamples: what is counted over places, a count alone
    ("có 1.200 trẻ em/12 xã được tiêm chủng đầy đủ", [(1200, "trẻ em")]),
    ("Năm 2017 có 945 trẻ sinh ra, tăng 26 trẻ so với cùng kỳ.", [(945, "trẻ"), (26, "trẻ")]),
])
def test_a_rate_per_a_round_base_is_no_count(text, want):
    assert _counts(text) == want


# --- couples a population plan counts ('mỗi phường, xã, thị trấn vận động xã hội hóa 2 cặp nam, nữ chuẩn bị kết hôn
# tham gia khám sức khỏe tiền hôn nhân') ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("mỗi phường, xã, thị trấn vận động xã hội hóa 2 cặp nam, nữ chuẩn bị kết hôn tham gia khám sức khỏe",
     [(2, "cặp")]),
    # made-up variant in the genre's style
    ("Trong năm, có 150 cặp vợ chồng được tư vấn sức khỏe sinh sản.", [(150, "cặp vợ chồng")]),
])
def test_couples_are_counted(text, want):
    assert _counts(text) == want


# --- a pair of rates in a parenthesis with one sign after the second ('Vượt chỉ tiêu … 35% (75/40%)': achieved 75
# against 40%): the signed figure is a percentage, the bare one none. Counterexamples: a ratio of things, a date -------

@pytest.mark.parametrize("text, want", [
    ("Vượt chỉ tiêu ở hai vùng phát triển nhất 35% (75/40%) và 3 vùng còn lại 15% (40/25%).", [35, 40, 15, 25]),
    ("tỷ lệ lao động qua đào tạo (62,5/60%)", [60]),
    # counterexamples: the sign after the parenthesis, a ratio with its noun
    ("hoàn thành 19/19 chỉ tiêu (100%)", [100]),
    ("Có 30/64 tỉnh có số trẻ sinh ra tăng.", []),
])
def test_a_pair_of_rates_with_one_sign(text, want):
    assert _percents(text) == want
