"""Counts read off round 81's held-out excerpts once they had been scored (a province inspectorate's complaints
report, a district's and a province's call-up, a women's congress): letters, complaints and denunciations, the
receiving units and the men of a call-up are counted things; 'đầu kỳ', 'cuối kỳ' open a period and name no term;
'tiêu biểu' names no form. Real strings quoted short, made-up variants marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("cơ quan hành chính các cấp tiếp nhận, xử lý 1.536 đơn (tồn đầu kỳ 40 đơn, tiếp nhận mới 1.496 đơn)",
     [("count", 1536, "đơn"), ("count", 40, "đơn"), ("count", 1496, "đơn")]),
    ("Qua phân loại, có 221 đơn (196 khiếu nại, 25 tố cáo) thuộc thẩm quyền giải quyết",
     [("count", 221, "đơn"), ("count", 196, "khiếu nại"), ("count", 25, "tố cáo")]),
    ("Số còn lại 1.315 đơn là đơn phản ánh, kiến nghị, đơn trùng, đơn nặc danh", [("count", 1315, "đơn")]),
    # made-up variants: letters named by their kind, cases, the period's close
    ("Thanh tra tỉnh nhận 35 đơn khiếu nại, 12 đơn tố cáo", [("count", 35, "đơn khiếu nại"),
                                                            ("count", 12, "đơn tố cáo")]),
    ("đã giải quyết 18 vụ khiếu nại thuộc thẩm quyền", [("count", 18, "vụ khiếu nại")]),
    ("tồn cuối kỳ 12 hồ sơ chuyển sang kỳ sau", [("count", 12, "hồ sơ")]),
    # counterexamples: 'đơn vị' and 'đơn giá' are other words; a term number after 'kỳ' stays a name
    ("giao cho 12 đơn vị; đơn giá 5 triệu đồng", [("count", 12, "đơn vị")]),
    ("Kỳ họp thứ 8 và kỳ 2 năm 2020", []),
])
def test_complaint_letters_are_counted(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    ("Hội đồng Nghĩa vụ quân sự huyện đã phát lệnh gọi 968 nam công dân lên sân khám tuyển",
     [("count", 968, "nam công dân")]),
    ("trong đó có 44 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân và được giao cho 5 đầu mối nhận quân",
     [("count", 44, "thanh niên"), ("count", 5, "đầu mối")]),
    # made-up variant
    ("gọi khám sức khỏe cho 1.150 nam thanh niên trong độ tuổi", [("count", 1150, "nam thanh niên")]),
    # counterexample: 'nam' alone after a figure stays out
    ("Quốc lộ 1 Nam bộ", []),
])
def test_call_up_units_and_men_are_counted(text, want):
    assert _counts(text) == want


@pytest.mark.parametrize("text,want", [
    ("phụ nữ tôn giáo và dân tộc tiêu biểu 8 đại biểu (1,66%)", [("count", 8, "đại biểu")]),
    # made-up variant
    ("Hội viên tiêu biểu 45 người được khen thưởng", [("count", 45, "người")]),
    # counterexample: a form's number is still no count
    ("theo Biểu 8 đính kèm", []),
])
def test_tieu_bieu_names_no_form(text, want):
    assert _counts(text) == want


def _ratios(text: str):
    return [(f.numerator, f.denominator) for f in find_quantities(text) if f.kind == "ratio"]


# a ratio whose numerator's parts sit in a parenthesis before the slash: one ratio, and the parts stay counts
@pytest.mark.parametrize("text,ratios,counts", [
    ("Kết quả, đã giải quyết 176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn, đạt tỷ lệ 79,63%",
     [(176, 221)], [160, 16]),
    # made-up variants
    ("đã giải quyết 45 vụ việc (30 khiếu nại, 15 tố cáo)/50 vụ việc thuộc thẩm quyền", [(45, 50)], [30, 15]),
    ("giải quyết 1.250 hồ sơ (trong đó 1.100 hồ sơ trực tuyến)/1.300 hồ sơ", [(1250, 1300)], [1100]),
    # counterexample: a rate per day after a parenthesis is no ratio
    ("tiếp nhận 20 hồ sơ (trực tuyến)/ngày", [], [20]),
])
def test_a_ratio_holds_its_parts_in_a_parenthesis(text, ratios, counts):
    assert _ratios(text) == ratios
    assert [v for _, v, _ in _counts(text)] == counts
