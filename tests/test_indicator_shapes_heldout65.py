"""Target shapes read off round 65's held-out excerpts once they had been scored (a ministry's population targets for a
year, a national tourism plan relayed by a province): each rule a table of strings, the real ones short and the made-up
variants in the genre's style marked so, with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

HEAD = [P("2. Chỉ tiêu kế hoạch năm 2021"), P("- Tuổi thọ trung bình tính từ lúc sinh: 73,8 tuổi;")]
AGE = R("Tuổi thọ trung bình tính từ lúc sinh", value=73.8, unit="tuổi", year=2021)


# --- the rates of a population plan, in units that name what is counted per what ('2,1 con/phụ nữ', '111,4 số bé
# trai/100 bé gái sinh ra sống'): the value in the unit as written, the births it is taken on no part of the label.
# 'khi sinh' (at birth) in the measure's name opens no condition ('Tỷ số giới tính khi sinh dưới 112 …') -------------

@pytest.mark.parametrize("item, expected", [
    # real (r65_07)
    ("- Tỷ số giới tính khi sinh: 111,4 số bé trai/100 bé gái sinh ra sống;",
     R("Tỷ số giới tính khi sinh", value=111.4, unit="số bé trai/100 bé gái", year=2021)),
    ("- Tổng tỷ suất sinh: 2,1 con/phụ nữ.", R("Tổng tỷ suất sinh", value=2.1, unit="con/phụ nữ", year=2021)),
    # made-up variants: 'trẻ trai/100 trẻ gái' under a bound and no colon, a range of children per woman of an age
    ("- Tỷ số giới tính khi sinh dưới 112 trẻ trai/100 trẻ gái;",
     R("Tỷ số giới tính khi sinh", cmp="<", value=112, unit="trẻ trai/100 trẻ gái", year=2021)),
    ("- Mức sinh: 2,0 - 2,2 con/phụ nữ trong độ tuổi sinh đẻ;",
     R("Mức sinh", cmp="range", value=2.0, high=2.2, unit="con/phụ nữ", year=2021)),
    ("- Mức sinh: 2 con/phụ nữ;", R("Mức sinh", value=2, unit="con/phụ nữ", year=2021)),
])
def test_rates_of_a_population_plan(item, expected):
    check(HEAD + [P(item)], [AGE, expected])


@pytest.mark.parametrize("item, label", [
    ("- Tỷ số giới tính khi sinh: 111,4 số bé trai/100 bé gái sinh ra sống;", "Tỷ số giới tính khi sinh"),
    ("- Mức sinh: 2 con/phụ nữ;", "Mức sinh"),
])
def test_a_rate_unit_stays_out_of_the_label(item, label):
    assert [r.label for r in run(HEAD + [P(item)])][1:] == [label]


def test_births_in_prose():
    # made-up variant: both rates in one sentence of a plan
    check([P("Năm 2026, phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ, tỷ số giới tính khi sinh dưới 109 bé trai/100 bé "
             "gái sinh ra sống.")],
          [R("tổng tỷ suất sinh", value=2.1, unit="con/phụ nữ", year=2026),
           R("tỷ số giới tính khi sinh", cmp="<", value=109, unit="bé trai/100 bé gái", year=2026)])


# --- an item 'Name: figure so với năm 2020': the year (or period) the change is set against names no object, so the
# name before the colon is the whole label, as with 'so năm 2020'. Counterexample: words that do name an object -----

@pytest.mark.parametrize("item, label", [
    # real (r65_07)
    ("- Giảm tỷ số giới tính khi sinh (-SRB): -0,1 điểm phần trăm so với năm 2020;", "Giảm tỷ số giới tính khi sinh (-SRB)"),
    ("- Điều chỉnh mức sinh (+/-CBR): +0,1 %0 so với năm 2020;", "Điều chỉnh mức sinh (+/-CBR)"),
    ("- Giảm số vị thành niên, thanh niên có thai ngoài ý muốn: 15% so năm 2020;",
     "Giảm số vị thành niên, thanh niên có thai ngoài ý muốn"),
    # made-up variants: 'so với', 'so với cùng kỳ năm trước'
    ("- Giảm số vị thành niên, thanh niên có thai ngoài ý muốn: 15% so với năm 2020;",
     "Giảm số vị thành niên, thanh niên có thai ngoài ý muốn"),
    ("- Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh: 50% so với cùng kỳ năm trước;",
     "Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh"),
    # counterexample: the words after the basis name whom the figure is of, and stay
    ("- Giảm số vị thành niên có thai ngoài ý muốn: 15% so với năm 2020 ở nhóm học sinh trung học phổ thông;",
     "Giảm số vị thành niên có thai ngoài ý muốn: so với năm 2020 ở nhóm học sinh trung học phổ thông"),
])
def test_the_basis_of_a_change_is_no_object(item, label):
    assert [r.label for r in run(HEAD + [P(item)])][1:] == [label]


# --- a measure named before its first period ('Đóng góp của du lịch trong GDP, đến năm 2025 đóng góp trực tiếp 08 -
# 09%;') heads the next ';' clause that opens with a later period and repeats the same words ('đến năm 2030 đóng góp
# trực tiếp từ 13 - 14%'). Counterexamples: a clause that names another measure, or opens with no period ------------

TOURISM = "Đóng góp của du lịch trong GDP, đến năm 2025 đóng góp trực tiếp 08 - 09%; "
TOURISM_2025 = R("Đóng góp của du lịch trong GDP đóng góp trực tiếp", cmp="range", value=8, high=9, year=2025)


@pytest.mark.parametrize("text, expected", [
    # real (r65_05)
    (TOURISM + "đến năm 2030 đóng góp trực tiếp từ 13 - 14%.",
     [TOURISM_2025, R("Đóng góp của du lịch trong GDP đóng góp trực tiếp", cmp="range", value=13, high=14, year=2030)]),
    # made-up variants: a share, a multiple
    ("Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP, đến năm 2025 chiếm 25%; đến năm 2030 chiếm 30%.",
     [R("Tỷ trọng công nghiệp chế biến chế tạo trong GRDP chiếm", value=25, year=2025),
      R("Tỷ trọng công nghiệp chế biến chế tạo trong GRDP chiếm", value=30, year=2030)]),
    ("Thu nhập bình quân đầu người của lao động nông thôn, đến năm 2025 tăng 1,5 lần; đến năm 2030 tăng 2 lần.",
     [R("Thu nhập bình quân đầu người của lao động nông thôn tăng", value=1.5, unit="lần", year=2025),
      R("Thu nhập bình quân đầu người của lao động nông thôn tăng", value=2, unit="lần", year=2030)]),
    # counterexamples: another measure after the period; another part with no period
    (TOURISM + "đến năm 2030 đóng góp gián tiếp từ 13 - 14%.",
     [TOURISM_2025, R("đóng góp gián tiếp", cmp="range", value=13, high=14, year=2030)]),
])
def test_a_measure_repeated_for_a_later_period(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, label", [
    (TOURISM + "đến năm 2030 đóng góp trực tiếp từ 13 - 14%.", "Đóng góp của du lịch trong GDP đóng góp trực tiếp"),
    (TOURISM + "đến năm 2030 đóng góp gián tiếp từ 13 - 14%.", "đóng góp gián tiếp"),
    (TOURISM + "đóng góp gián tiếp từ 13 - 14%.", "đóng góp gián tiếp"),
])
def test_the_later_label(text, label):
    assert run([P(text)])[-1].label == label
