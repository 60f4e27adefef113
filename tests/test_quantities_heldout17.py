"""Counts and ratios read off prose rounds 17, 18 and 19 once they had been scored (a district council's year
results, a steering committee's report, the Government's cuts of business rules, PCI and SIPAS press). Strings
paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _found(text: str, kinds=("count", "ratio")):
    return [(q.kind, q.value if q.kind == "count" else (q.numerator, q.denominator), q.unit if q.kind == "count" else None)
            for q in find_quantities(text) if q.kind in kinds]


@pytest.mark.parametrize("text,want", [
    # a day and month after 'tính đến' is a date, not a ratio
    ("Thu ngân sách tính đến 6/12 đạt 105% kế hoạch.", []),
    ("Tính đến 30/9, toàn tỉnh đã cấp 1.250 giấy phép.", [("count", 1250, "giấy phép")]),
    ("Tính tới 15/11 đã giải ngân 80% kế hoạch vốn.", []),
    # counterexamples: a ratio of things counted after 'tính đến'; a ratio with no date cue
    ("Tính đến 6/12 xã đã đạt chuẩn nông thôn mới.", [("ratio", (6, 12), None)]),
    ("Toàn huyện có 6/12 xã đạt chuẩn.", [("ratio", (6, 12), None)]),
])
def test_a_date_after_tinh_den_is_no_ratio(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text,want", [
    # the business rules a cut counts, as a count or as a part of a total written in words
    ("Đã cắt giảm, đơn giản hóa 1.973 điều kiện kinh doanh (đạt 83,2%).", [("count", 1973, "điều kiện kinh doanh")]),
    ("Cắt giảm 2.028 trên tổng số 7.806 điều kiện kinh doanh (đạt tỷ lệ 26%).",
     [("count", 2028, "điều kiện kinh doanh"), ("count", 7806, "điều kiện kinh doanh")]),
    # written a/b it stays a ratio
    ("Đã cắt giảm 1.973/2.973 điều kiện kinh doanh.", [("ratio", (1973, 2973), None)]),
    # counterexamples: the words with no number before them; a date before them
    ("Rà soát các điều kiện kinh doanh không cần thiết.", []),
    ("Cấp Giấy chứng nhận đăng ký kinh doanh số 0101234567.", []),
    ("Năm 2024 có 1.250 doanh nghiệp đăng ký kinh doanh mới.", [("count", 1250, "doanh nghiệp")]),
])
def test_business_rules_counted(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text,want", [
    # groups counted by what they hold, at a sentence's start too
    ("9 nhóm chính sách công quan trọng được khảo sát.", [("count", 9, "nhóm chính sách")]),
    ("Khảo sát tập trung vào 5 nhóm chính sách công.", [("count", 5, "nhóm chính sách")]),
    # counterexamples: a group named by its number; the word alone
    ("Tỉnh thuộc nhóm 2 về chính sách.", []),
    ("Các nhóm chính sách được đánh giá cao.", []),
])
def test_groups_of_policies_counted(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text,want", [
    # what a ranking ranks is counted
    ("Chỉ số PCI đo lường và xếp hạng 63 tỉnh, thành phố của Việt Nam.", [("count", 63, "tỉnh")]),
    ("Bảng xếp hạng 34 địa phương được công bố hằng năm.", [("count", 34, "địa phương")]),
    # counterexamples: a place in the ranking, a band of leaders, a rank threshold
    ("Tỉnh xếp hạng 16/63 tỉnh, thành phố.", []),
    ("Tỉnh vươn lên hạng 5 tỉnh dẫn đầu cả nước.", []),
    ("Khách sạn đạt hạng 3 trở lên.", []),
])
def test_those_ranked_are_counted(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text,want", [
    # a ratio of criteria, then '/' and the communes it was taken over: a count of its own
    ("Đánh giá sơ bộ số tiêu chí đạt là 179/285 tiêu chí/15 xã.",
     [("ratio", (179, 285), None), ("count", 15, "xã")]),
    ("Các xã đạt 212/247 tiêu chí/13 xã.", [("ratio", (212, 247), None), ("count", 13, "xã")]),
    # counterexamples: a rate per population; a rate per commune with no number; a frequency
    ("Đạt 30 giường bệnh/1 vạn dân.", []),
    ("Bình quân đạt 11,9/19 tiêu chí/xã.", [("ratio", (11.9, 19), None)]),
    ("Kiểm tra tối thiểu 1 lần/1 năm.", []),
])
def test_a_count_after_a_ratio_and_its_noun(text, want):
    assert _found(text) == want
