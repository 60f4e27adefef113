"""Counts read off rounds 84–87's held-out excerpts once they had been scored (a disaster year's report, a school
report, a youth union's and a women's union's congress, an urban plan's table): the events of a disaster ('trận',
'cơn'), the people a union or a school counts ('phụ nữ', 'cháu', 'thanh, thiếu niên', 'người cao tuổi'), the towns and
settlements of a plan ('đô thị', 'điểm dân cư') are counted things. A storm's number, a match's score, a women's day
written 'dịp 8/3' count nothing. Real strings quoted short, made-up variants marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities

from table_blocks import table_quantities


def _counts(text: str):
    return [(f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("240 trận mưa lớn, ngập úng, lũ, lũ quét, sạt lở đất; 278 trận dông lốc, sét, mưa đá",
     [(240, "trận"), (278, "trận")]),
    ("409 trận sạt lở, hạn hán, xâm nhập mặn", [(409, "trận")]),
    ("472 trận động đất cùng 04 đợt rét hại", [(472, "trận"), (4, "đợt")]),
    ("10 cơn bão, 01 áp thấp nhiệt đới", [(10, "cơn bão"), (1, "áp thấp nhiệt đới")]),
    # made-up variants: other events, matches played
    ("trên địa bàn xảy ra 03 cơn lốc xoáy", [(3, "cơn")]),
    ("đội tuyển thắng 5 trận, hòa 2 trận", [(5, "trận"), (2, "trận")]),
    # counterexamples: a storm named by its number, a match's score, a year before a battle's name
    ("ảnh hưởng của bão số 3 trận lũ quét", []),
    ("áp thấp nhiệt đới số 2 cơn mưa lớn", []),
    ("đội tuyển thắng với tỷ số 2 - 1 trận ra quân", []),
    ("năm 1972 trận Điện Biên Phủ trên không", []),
])
def test_disaster_events_are_counted(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    ("Tổng số trẻ mầm non đến trường là trên 4 triệu cháu, tăng 217.247 cháu so với năm 2012.",
     [(4_000_000, "cháu"), (217_247, "cháu")]),
    ("hỗ trợ nâng cao năng lực cho 17.000 phụ nữ là chủ doanh nghiệp", [(17000, "phụ nữ")]),
    ("giúp đỡ được thêm ít nhất 1 thanh, thiếu niên chậm tiến trở nên tiến bộ", [(1, "thanh, thiếu niên")]),
    ("hỗ trợ 10.000 người cao tuổi có hoàn cảnh khó khăn", [(10000, "người cao tuổi")]),
    ("500 người khuyết tật trong độ tuổi lao động", [(500, "người khuyết tật")]),
    # made-up variants: the union's people written otherwise, two kinds counted as one
    ("tập hợp 1.200 thanh thiếu niên tham gia", [(1200, "thanh thiếu niên")]),
    ("tặng quà cho 350 thiếu nhi, 40 đội viên", [(350, "thiếu nhi"), (40, "đội viên")]),
    ("khen thưởng 120 học sinh, sinh viên", [(120, "học sinh, sinh viên")]),
    ("huy động 5.000 đoàn viên, thanh niên tình nguyện", [(5000, "đoàn viên, thanh niên")]),
    ("có 12 học sinh, 5 sinh viên", [(12, "học sinh"), (5, "sinh viên")]),
    # counterexamples: a share of women, children per woman, the women's days written after 'dịp', 'kỷ niệm'
    ("các cấp Hội hỗ trợ 80% phụ nữ, trẻ em gái là nạn nhân", []),
    ("mức sinh 2,0 - 2,2 con/phụ nữ trong độ tuổi sinh đẻ", []),
    ("nhân dịp 20/10 phụ nữ các cấp được tặng quà", []),
    ("kỷ niệm 8/3 phụ nữ toàn xã", []),
    ("Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII", []),
])
def test_people_a_union_or_a_school_counts(text, want):
    assert _counts(text) == want


def test_a_womens_day_is_no_ratio():
    # 'dịp 8/3' is a date: no ratio of women (a share of communes after 'dịp này' stays one)
    assert [f.kind for f in find_quantities("nhân dịp 20/10 phụ nữ các cấp được tặng quà")] == []
    assert [(f.numerator, f.denominator) for f in find_quantities("trong dịp này có 8/10 xã tham gia")
            if f.kind == "ratio"] == [(8, 10)]


@pytest.mark.parametrize("text,want", [
    ("hình thành 3 - 5 đô thị có thương hiệu", [(3, "đô thị"), (5, "đô thị")]),
    # made-up variants
    ("toàn tỉnh có 15 đô thị, trong đó 2 đô thị loại II", [(15, "đô thị"), (2, "đô thị")]),
    ("có 12 khu đô thị mới", [(12, "khu đô thị")]),
    ("sắp xếp 45 điểm dân cư nông thôn", [(45, "điểm dân cư")]),
    # counterexamples: urbanisation, a numbered item or article about cities
    ("3 đô thị hóa nhanh", []),
    ("1. Đô thị thông minh là đô thị lấy khoa học, công nghệ", []),
    ("Điều 30. Khu đô thị thông minh", []),
])
def test_towns_and_settlements_are_counted(text, want):
    assert _counts(text) == want


PLAN = ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu đến năm 2030", "Tầm nhìn đến năm 2050"]


@pytest.mark.parametrize("row,want", [
    # r86_05's table: a range in a row whose unit cell is 'đô thị', a count for each end
    (["2", "Số lượng đô thị trên toàn quốc", "đô thị", "1.000 - 1.200", ""],
     [("range", 1000), ("count", 1000), ("count", 1200)]),
    (["4", "Đô thị có thương hiệu được công nhận ở tầm khu vực và quốc tế", "đô thị", "3 - 5", ""],
     [("range", 3), ("count", 3), ("count", 5)]),
    # counterexample: the row of a share beside it
    (["1", "Tỷ lệ đô thị hóa trên cả nước", "%", "Trên 50", "70"], [("percent", 50), ("percent", 70)]),
])
def test_a_range_cell_of_towns(row, want):
    got = table_quantities([PLAN, row], kinds=("count", "percent", "range"))
    assert [(k, v) for k, v, r, _ in got if r == 1] == want
