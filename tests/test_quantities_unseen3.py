"""Counts, ratios and dates read off a third round of unseen excerpts (monthly and quarterly reports of
one-stop centres, news items on Đề án 06, lists of main targets of district Party congresses). Strings
are paraphrased in the genre's style; each table has its counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _kinds(text: str):
    return [(f.kind, f.value, f.numerator, f.denominator) for f in find_quantities(text)]


# 'HS' abbreviates hồ sơ (and học sinh) in reports of one-stop centres, with 'ngàn' as scale.
@pytest.mark.parametrize("text,want", [
    ("Trung tâm đã tiếp nhận 12,4 ngàn hồ sơ (HS), trong đó 9,1 ngàn HS nộp trực tiếp",
     [("count", 12400, None, None), ("count", 9100, None, None)]),
    ("có 23 HS giải quyết trễ hạn (tỷ lệ 0,3%)", [("count", 23, None, None), ("percent", 0.3, None, None)]),
    ("Sở Tư pháp 615 HS, Sở Công Thương 1,2 ngàn HS", [("count", 615, None, None), ("count", 1200, None, None)]),
    # counterexamples: a customs code, a year, a longer word
    ("mã HS 0901 của cà phê", []),
    ("danh sách HSSV năm học 2024", []),
])
def test_hs_abbreviates_the_counted_files(text, want):
    assert _kinds(text) == want


# A clause that opens with the counted noun and gives its number after 'là', 'còn' or a colon.
@pytest.mark.parametrize("text,want", [
    ("tiếp nhận mới 3.210 hồ sơ, hồ sơ kỳ trước chuyển sang là 1.845, lũy kế là 5.055 hồ sơ",
     [("count", 3210, None, None), ("count", 1845, None, None), ("count", 5055, None, None)]),
    ("số hồ sơ quá hạn còn 97, chiếm tỷ lệ 0,6%", [("count", 97, None, None), ("percent", 0.6, None, None)]),
    ("Tổng số hồ sơ đã giải quyết là 2.468.", [("count", 2468, None, None)]),
    ("Số lượng doanh nghiệp thành lập mới: 85", [("count", 85, None, None)]),
    # counterexamples: a share, a duration, an ordinal phrase, a number that has its own noun
    ("Tỷ lệ hồ sơ trực tuyến là 61,5%", [("percent", 61.5, None, None)]),
    ("thời gian giải quyết hồ sơ là 7 ngày", [("measure", 7, None, None)]),
    ("xã Phú Lộc là 1 trong 5 xã điểm", [("count", 5, None, None)]),
    ("hồ sơ đến hạn giải quyết là 3.300 hồ sơ", [("count", 3300, None, None)]),
])
def test_counted_noun_written_before_its_number(text, want):
    assert _kinds(text) == want


# Documents, breakthroughs and Party members are counted things; a title that follows a year or a number
# that a title carries is not.
@pytest.mark.parametrize("text,want", [
    ("đơn giản hóa thủ tục được giao tại 21 Nghị quyết chuyên đề của Chính phủ", [("count", 21, None, None)]),
    ("Một số chỉ tiêu chủ yếu và 3 khâu đột phá của nhiệm kỳ", [("count", 3, None, None)]),
    ("Phấn đấu mỗi năm kết nạp từ 60 đảng viên mới trở lên", [("count", 60, None, None)]),
    ("UBND huyện ban hành 04 kế hoạch và 02 chỉ thị", [("count", 4, None, None), ("count", 2, None, None)]),
    # counterexamples
    ("căn cứ Nghị quyết 19 của Tỉnh ủy", []),
    ("Kế hoạch 02 của Ban Chỉ đạo", []),
])
def test_documents_and_party_members_are_counted(text, want):
    assert _kinds(text) == want


# 'cung cấp' and 'nâng cấp' are verbs, not the level word 'cấp'; a thousands separator ends a list of levels;
# 'N buổi/ngày' is a frequency; 'ngày 10/10 hàng năm' is a date.
@pytest.mark.parametrize("text,want", [
    ("đã cung cấp 51/76 dịch vụ công thiết yếu", [("ratio", None, 51, 76)]),
    ("nâng cấp 12 hệ thống thông tin", [("count", 12, None, None)]),
    ("có 45 hồ sơ nộp mức độ 3 và 1.210 hồ sơ nộp mức độ 4", [("count", 45, None, None), ("count", 1210, None, None)]),
    # counterexamples
    ("cung cấp dịch vụ công trực tuyến cấp 3, 4", []),
    ("dịch vụ công mức độ 3 và 4", []),
    ("60% học sinh được học 2 buổi/ ngày", [("percent", 60, None, None)]),
    ("chọn ngày 10/10 hàng năm là Ngày Chuyển đổi số của tỉnh", []),
    ("Hưởng ứng Ngày Chuyển đổi số (10/10 hằng năm)", []),
    ("đã triển khai cho 6/11 huyện", [("ratio", None, 6, 11)]),
])
def test_verbs_frequencies_and_yearly_dates(text, want):
    assert _kinds(text) == want


# A group counted in its members ('nhóm 17 bộ, ngành') is a count; a ranking band ('nhóm 10 tỉnh ... dẫn đầu') and a
# numbered group ('xã nhóm 1') are not. 'khối' counts the blocks a ranking is split into (round 2's open cases).
@pytest.mark.parametrize("text,want", [
    ("Ở nhóm 17 bộ, ngành có dịch vụ công, Bộ Tư pháp xếp thứ nhất", [("count", 17, None, None)]),
    ("Với nhóm 8 bộ, ngành không có dịch vụ công, 5 vị trí dẫn đầu thuộc về", [("count", 8, None, None)]),
    ("giá trị DTI của cả 03 khối đều tăng", [("count", 3, None, None)]),
    # counterexamples
    ("phấn đấu trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước", []),
    ("thuộc nhóm 20 nước có chỉ số cao nhất", []),
    ("hỗ trợ xã nhóm 1 và xã nhóm 2", []),
])
def test_groups_counted_in_their_members(text, want):
    assert _kinds(text) == want
