"""Target shapes read off round 46's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def records(text: str) -> list[tuple[str, object, float, object]]:
    """(label, level, target value, result value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.level, r.target_value, r.actual_value)
            for r in run([P(text)]) if r.target_value is not None]


# --- grades listed by their bare numbers ('dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt từ 60%'): the
# piece after the comma is one more grade, the label goes on over it, not cut to '4 trên tổng số hồ sơ' -------------


@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2025, tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt từ 65% trở "
     "lên.", "tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ"),
    ("Phấn đấu đến năm 2027, số học sinh đạt chuẩn kỹ năng số cấp độ 1, 2 trong toàn huyện đạt tối thiểu 55%.",
     "số học sinh đạt chuẩn kỹ năng số cấp độ 1, 2 trong toàn huyện"),
])
def test_grades_listed_by_bare_numbers(text, expected):
    assert [label for label, *_ in records(text)] == [expected]


@pytest.mark.parametrize("text, cut", [
    # the number before the comma is a phase, not a grade
    ("Sau khi hoàn thành giai đoạn 2, 3 đơn vị của huyện phấn đấu đạt tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số "
     "hồ sơ từ 80% trở lên.", "giai đoạn 2"),
])
def test_grades_listed_counterexamples(text, cut):
    labels = [label for label, *_ in records(text)]
    assert labels and not any(cut in label for label in labels), labels


# --- what a plan allots to meet its targets ('Để hoàn thành mục tiêu trên, tỉnh dự kiến bố trí nguồn kinh phí hơn 20
# tỷ đồng, bao gồm hơn 60% nguồn ngân sách …'): the sum and a share of it by source are funding, no target; money
# or shares to be raised ('huy động') stay targets ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Để thực hiện các mục tiêu trên, huyện dự kiến bố trí nguồn kinh phí hơn 35 tỷ đồng, bao gồm hơn 45% nguồn ngân "
    "sách Trung ương, ngân sách cấp tỉnh, còn lại là nguồn vốn xã hội hóa.",
    "Để đạt mục tiêu đề ra, Sở Công Thương phân bổ kinh phí khoảng 12 tỷ đồng, trong đó 70% từ ngân sách tỉnh.",
])
def test_plan_funding_is_no_target(text):
    assert records(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2025, phấn đấu huy động nguồn vốn xã hội hóa đạt trên 40 tỷ đồng.", [40]),
    ("Mục tiêu đến năm 2026, bố trí kinh phí để hỗ trợ 80% hợp tác xã ứng dụng thương mại điện tử.", [80]),
])
def test_plan_funding_counterexamples(text, expected):
    assert [tv for _, _, tv, _ in records(text)] == expected


# --- an aim in a sentence of its own that opens with 'Phấn đấu' and calls a place what it is to become ('Phấn đấu
# đến năm 2030 đưa tỉnh X là tỉnh có …, chỉ số … thuộc nhóm 10 tỉnh dẫn đầu'): no term defined, its rank is a target


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2030 đưa tỉnh Bắc Giang là tỉnh có kinh tế số phát triển, chỉ số chuyển đổi số thuộc nhóm 12 "
     "tỉnh dẫn đầu của cả nước.", [(12, 2030)]),
    ("Đến năm 2030 huyện Tam Dương là huyện có nền kinh tế số phát triển, chỉ số DTI thuộc nhóm 5 huyện dẫn đầu của "
     "tỉnh.", [(5, 2030)]),
])
def test_aim_calling_a_place_sets_its_rank(text, expected):
    assert [(r.target_value, r.target_year) for r in run([P(text)]) if r.target_value is not None] == expected


@pytest.mark.parametrize("text", [
    # a term defined in the genre's words still is one
    "1. Xã nhóm 1 là xã liền kề đô thị hiện hữu và có tỷ trọng ngành nông nghiệp dưới 10%.",
    "Huyện đạt chuẩn là huyện có từ 75% số xã trở lên đạt chuẩn nông thôn mới.",
])
def test_aim_calling_a_place_counterexamples(text):
    assert records(text) == []


# --- a floor on the share of units a clause opens with ('Trong đó, có ít nhất 40% doanh nghiệp có website riêng'):
# a report says how many have, a plan how many at least must; and the next paragraph's plain share after only the
# field it is about ('Về xây dựng các nền tảng …, có 70% doanh nghiệp …') goes on with those targets -------------


@pytest.mark.parametrize("paras, expected", [
    (["Trong đó, có ít nhất 35% hợp tác xã có trang thông tin điện tử riêng."],
     [("hợp tác xã có trang thông tin điện tử riêng", 35)]),
    (["Có tối thiểu 60% cơ sở bán lẻ chấp nhận thanh toán không dùng tiền mặt."],
     [("cơ sở bán lẻ chấp nhận thanh toán không dùng tiền mặt", 60)]),
    (["Trong đó, có ít nhất 35% hợp tác xã có trang thông tin điện tử riêng.",
      "Về xây dựng hạ tầng cho thanh toán điện tử ở cấp độ giao dịch và cấp độ tích hợp, có 65% hợp tác xã trong "
      "huyện nhận đơn hàng qua mạng."],
     [("hợp tác xã có trang thông tin điện tử riêng", 35), ("hợp tác xã trong huyện nhận đơn hàng qua mạng", 65)]),
    (["Đến năm 2027, phấn đấu 45% hộ kinh doanh có tài khoản thanh toán điện tử.",
      "Về phát triển các kênh phân phối hàng hóa qua mạng của các làng nghề truyền thống, có 30% cơ sở sản xuất bán "
      "hàng trên sàn giao dịch điện tử."],
     [("hộ kinh doanh có tài khoản thanh toán điện tử", 45), ("cơ sở sản xuất bán hàng trên sàn giao dịch điện tử", 30)]),
])
def test_floor_on_a_share_of_units(paras, expected):
    got = [(" ".join(r.label.split()), r.target_value) for r in run([P(t) for t in paras]) if r.target_value is not None]
    # the label may keep the 'Trong đó,' the sentence opens with
    assert [v for _, v in got] == [v for _, v in expected] and all(w in l for (l, _), (w, _) in zip(got, expected)), got


@pytest.mark.parametrize("paras", [
    # a floor inside a description of whom, and a report of what was done
    ["Năm 2024, các doanh nghiệp có ít nhất 50% vốn nhà nước đạt doanh thu tăng so với năm trước."],
    ["Theo kết quả khảo sát năm 2023, có ít nhất 40% doanh nghiệp đã có website riêng."],
    # a field named, then a share with no targets before it: a report
    ["Về xây dựng hạ tầng thanh toán điện tử, có 65% hợp tác xã trong huyện nhận đơn hàng qua mạng."],
    # after targets, a field named and a share of what was done: a report
    ["Trong đó, có ít nhất 35% hợp tác xã có trang thông tin điện tử riêng.",
     "Về chính quyền số, có 92% văn bản đã được ký số, 65% cuộc họp đã được tổ chức trực tuyến."],
])
def test_floor_on_a_share_counterexamples(paras):
    assert [r.target_value for r in run([P(t) for t in paras]) if r.target_value not in (None, 35)] == []


# --- a result first, its target after it in a bracket behind the words saying it was met, the body that set it named
# in between ('… năm 2022 là 4,03%, giảm 1,17%, đạt chỉ tiêu của Chương trình do Quốc hội, Chính phủ giao (từ 1-1,5%)'):
# the cut is the result, the bracket the target, the label the measure and its cut; a target the paragraph sets
# after the pairs is kept ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ hộ nghèo đa chiều của huyện năm 2023 là 3,12%, giảm 1,05%, đạt chỉ tiêu của Chương trình do Hội đồng nhân "
     "dân, Ủy ban nhân dân tỉnh giao (từ 0,8-1%).",
     [("Tỷ lệ hộ nghèo đa chiều của huyện giảm", 0.8, 1.05)]),
    ("Tỷ lệ hộ nghèo vùng đồng bào dân tộc năm 2023 là 18,4% (giảm 3,7%) đạt chỉ tiêu Quốc hội, Chính phủ giao (3%). "
     "Tỉnh đang tập trung nguồn lực để bảo đảm mục tiêu “25% xã đặc biệt khó khăn thoát khỏi tình trạng khó khăn” vào "
     "cuối năm 2025.",
     [("Tỷ lệ hộ nghèo vùng đồng bào dân tộc giảm", 3, 3.7), ("xã đặc biệt khó khăn thoát khỏi tình trạng khó khăn", 25, None)]),
    ("Tỷ lệ hộ nghèo người dân tộc thiểu số năm 2023 là 15,2%, giảm 3,4%, đạt mục tiêu của Chương trình (giảm hơn "
     "3%/năm).",
     [("Tỷ lệ hộ nghèo người dân tộc thiểu số giảm", 3, 3.4)]),
])
def test_result_then_met_target_in_a_bracket(text, expected):
    got = records(text)
    assert [(tv, av) for _, _, tv, av in got] == [(tv, av) for _, tv, av in expected], got
    assert all(want in label for (label, *_), (want, *_) in zip(got, expected)), got


@pytest.mark.parametrize("text, absent", [
    # a cut striven for is a target, not a result
    ("Năm 2024, huyện phấn đấu giảm 1,5% tỷ lệ hộ nghèo, đạt chỉ tiêu của Chương trình do tỉnh giao (từ 1-1,5%).", 1.5),
    # the figure after 'vượt mục tiêu' with no bracket says by how much the target was passed: the cut pairs with none
    ("Cụ thể: tỷ lệ hộ nghèo của xã giảm 2,4%, vượt mục tiêu 0,4%; kết nạp được 35 đảng viên.", 2.4),
])
def test_result_then_met_target_counterexamples(text, absent):
    assert all(av != absent for *_, av in records(text)), records(text)


# --- a narrower group's share in a parenthesis inside a target share's noun, before the predicate both share ('phấn
# đấu 70% doanh nghiệp trong tỉnh (bao gồm 90% các doanh nghiệp hoạt động xuất nhập khẩu) tiến hành giao dịch …'):
# a target of its own, the group and the shared predicate its label ---------------------------------------------


@pytest.mark.parametrize("text, expected, label", [
    ("Đến năm 2027, phấn đấu 65% hợp tác xã trong huyện (bao gồm 85% các hợp tác xã sản xuất hàng xuất khẩu) bán hàng "
     "trên sàn thương mại điện tử.",
     [65, 85], "các hợp tác xã sản xuất hàng xuất khẩu bán hàng trên sàn thương mại điện tử"),
    ("Mục tiêu đến năm 2026 có 75% cơ sở giáo dục (trong đó 95% các trường trung học phổ thông) triển khai học bạ số.",
     [75, 95], "các trường trung học phổ thông triển khai học bạ số"),
])
def test_narrower_share_in_a_parenthesis(text, expected, label):
    got = records(text)
    assert [tv for *_, tv, _ in got] == expected and got[-1][0] == label, got


@pytest.mark.parametrize("text", [
    # the share before it reports a result: neither is a target
    "Năm 2023, có 70% doanh nghiệp trong tỉnh (bao gồm 90% doanh nghiệp xuất khẩu) đã sử dụng hóa đơn điện tử.",
])
def test_narrower_share_counterexamples(text):
    assert records(text) == []


def test_narrower_count_is_no_share():
    # a count of units in the parenthesis is no narrower share
    text = "Đến năm 2027, phấn đấu 65% hợp tác xã trong huyện (bao gồm 12 hợp tác xã kiểu mới) bán hàng trực tuyến."
    assert [tv for *_, tv, _ in records(text)] == [65]
