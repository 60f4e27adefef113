"""Target shapes read off round 44's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def records(text: str) -> list[tuple[str, object, float, object]]:
    """(label, level, target value, result value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.level, r.target_value, r.actual_value)
            for r in run([P(text)]) if r.target_value is not None]


def values(text: str) -> list[float]:
    return [tv for _, _, tv, _ in records(text)]


# --- a body sets a number of targets, then strives for them in the next sentence ('… đề ra 15 chỉ tiêu chủ yếu. Trong
# đó, phấn đấu A 12.500 tấn; B 84,2 tỷ đồng; …'): every item is a target, a bare amount with no verb too; a count of
# more things ('có thêm 02 sản phẩm được công nhận …') counts the new ones, no threshold ----------------------------


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, xã đề ra 15 chỉ tiêu kinh tế - xã hội chủ yếu. Trong đó, phấn đấu tổng sản lượng lúa 12.500 tấn; có "
     "thêm 02 sản phẩm được công nhận đạt chuẩn OCOP; thu ngân sách trên địa bàn 84,2 tỷ đồng; tỷ lệ hộ nghèo giảm 1,5%.",
     [12500, 2, 84.2, 1.5]),
    ("Năm 2026, Đảng bộ phường xác định 12 chỉ tiêu chủ yếu. Trong đó, phấn đấu tổng thu ngân sách 310 tỷ đồng; trồng "
     "mới 40 ha rừng.", [310, 40]),
    # 'phấn đấu' before the count already opened such a list: its items stay targets, 'có thêm' too
    ("Năm 2025, huyện phấn đấu hoàn thành 16 chỉ tiêu chủ yếu. Trong đó, thu ngân sách 95 tỷ đồng; có thêm 03 sản "
     "phẩm được công nhận sản phẩm OCOP.", [95, 3]),
])
def test_striven_items_after_a_count_of_targets(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    # what follows 'Trong đó' is what was done: no target
    "Năm 2024, huyện đề ra 17 chỉ tiêu. Trong đó, tổng sản lượng lúa đạt 12.500 tấn; thu ngân sách 84,2 tỷ đồng.",
    "Năm 2024, huyện đề ra 17 chỉ tiêu. Trong đó, phấn đấu hoàn thành 12 chỉ tiêu; thu ngân sách 84,2 tỷ đồng.",
    # a household with more of something is a condition, not a count of targets
    "Hộ gia đình có thêm 01 lao động được công nhận thì được hỗ trợ 2 triệu đồng.",
])
def test_striven_items_counterexamples(text):
    assert not [v for v in values(text) if v in (12500, 84.2, 1)], records(text)


# --- a measure's name that enumerates grades with a comma ('dịch vụ công trực tuyến mức độ 3, mức độ 4 trên tổng số hồ
# sơ đạt từ 60%'): the piece after the comma opens with the head the piece before ends on, with its grade's number;
# the label reaches back over it, not cut at the comma -------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2025, tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến mức độ 3, mức độ 4 trên tổng số hồ sơ của "
     "tỉnh đạt từ 70% trở lên.",
     "tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến mức độ 3, mức độ 4 trên tổng số hồ sơ của tỉnh"),
    ("Phấn đấu đến năm 2027, số học sinh tiểu học đạt chuẩn kỹ năng số cấp độ 1, cấp độ 2 trong toàn huyện đạt "
     "tối thiểu 65%.",
     "số học sinh tiểu học đạt chuẩn kỹ năng số cấp độ 1, cấp độ 2 trong toàn huyện"),
])
def test_grades_enumerated_with_a_comma(text, expected):
    assert [label for label, *_ in records(text)] == [expected]


@pytest.mark.parametrize("text, cut", [
    # the piece before ends on a number of another head: a time, not a grade of the measure
    ("Sau khi hoàn thành đề án số hóa giai đoạn 2, đến năm 2026 tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ "
     "của các sở, ngành đạt từ 80% trở lên.", "giai đoạn 2"),
    # the same head word with a year: no grade
    ("Trong kế hoạch năm 2025, năm đầu tiên thực hiện chuyển đổi số toàn diện tại các cơ quan cấp xã, tỷ lệ hồ sơ "
     "giải quyết trực tuyến phấn đấu đạt 60%.", "kế hoạch năm 2025"),
])
def test_grades_enumerated_counterexamples(text, cut):
    labels = [label for label, *_ in records(text)]
    assert labels and not any(cut in label for label in labels), labels


# --- three shares per level with the predicate after the last, the last two joined by 'và' and the item ended by ';'
# ('90% hồ sơ … cấp tỉnh; 80% hồ sơ … cấp huyện và 60% hồ sơ … cấp xã được xử lý trên môi trường mạng (trừ …);'):
# the first one shares that predicate too --------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2026: 95% văn bản tại cấp tỉnh; 85% văn bản tại cấp huyện và 70% văn bản tại cấp xã được ký số (trừ văn "
     "bản mật);", ("văn bản tại cấp tỉnh được ký số", "tỉnh", 95)),
    ("Đến năm 2026: 95% văn bản tại cấp tỉnh; 85% văn bản tại cấp huyện, 70% văn bản tại cấp xã được ký số;",
     ("văn bản tại cấp tỉnh được ký số", "tỉnh", 95)),
    ("Đến năm 2026: 95% văn bản tại cấp tỉnh; 85% văn bản tại cấp huyện được ký số;",
     ("văn bản tại cấp tỉnh được ký số", "tỉnh", 95)),
])
def test_predicate_after_a_pair_of_shares(text, expected):
    assert records(text)[0][:3] == expected


@pytest.mark.parametrize("text", [
    # the item after is of another thing: its predicate is its own
    "Đến năm 2026: 95% văn bản tại cấp tỉnh; 85% hồ sơ tại cấp huyện và 70% hồ sơ tại cấp xã được ký số;",
    # the last item has no predicate
    "Đến năm 2026: 95% văn bản tại cấp tỉnh; 85% văn bản tại cấp huyện và 70% văn bản tại cấp xã;",
])
def test_predicate_after_a_pair_counterexamples(text):
    assert "được" not in records(text)[0][0], records(text)


# … the same in a list item under a heading of goals, where each label is read off the item's ';' clauses
@pytest.mark.parametrize("item, expected", [
    ("- 95% văn bản tại cấp tỉnh; 85% văn bản tại cấp huyện và 70% văn bản tại cấp xã được ký số (trừ văn bản mật);",
     ["văn bản tại cấp tỉnh được ký số"]),
    ("- 95% văn bản tại cấp tỉnh; 85% văn bản tại cấp huyện được ký số;",
     ["văn bản tại cấp tỉnh được ký số", "văn bản tại cấp huyện được ký số"]),
    # another thing after: the first item keeps its own words
    ("- 95% văn bản tại cấp tỉnh; 85% hồ sơ tại cấp huyện được ký số;",
     ["văn bản tại cấp tỉnh", "hồ sơ tại cấp huyện được ký số"]),
])
def test_predicate_ahead_in_a_list_item(item, expected):
    blocks = [P("2.1. Mục tiêu đến năm 2026", "heading"), P(item, "list_item")]
    labels = [" ".join(r.label.split()) for r in run(blocks)]
    assert labels[:len(expected)] == expected
    # a pair of levels whose clause holds the predicate does not take it twice
    assert not any(label.count("được ký số") > 1 for label in labels), labels


# --- after a sentence of targets, one that raises a thing to a level ('…, tăng số lượng điểm chấp nhận thanh toán …
# lên 250.000 điểm') goes on with them: a change verb, its object and 'lên' before a plain figure aim at that level --

AIM = ("Theo kế hoạch vừa ban hành, thành phố đặt mục tiêu đến cuối năm 2026, tỷ lệ người trưởng thành có tài khoản "
       "ngân hàng đạt trên 85%. ")


@pytest.mark.parametrize("text, value", [
    (AIM + "Mở rộng mạng lưới thanh toán, tăng số lượng điểm chấp nhận thẻ lên 180.000 điểm.", 180000),
    (AIM + "Nâng số hợp tác xã ứng dụng công nghệ số lên 1.200 hợp tác xã.", 1200),
])
def test_raised_to_a_level_after_targets(text, value):
    assert value in values(text), records(text)


@pytest.mark.parametrize("text, value", [
    # a change already made reports it
    (AIM + "Năm qua, thành phố đã tăng số lượng điểm chấp nhận thẻ lên 120.000 điểm.", 120000),
    # a thing that rose by itself, no object between the verb and 'lên'
    (AIM + "Hiện nay số điểm chấp nhận thẻ tăng lên 120.000 điểm.", 120000),
    # what a result said before it led to, in the same sentence
    (AIM + "Trong 3 năm, thành phố đã mở thêm 40.000 điểm; góp phần đưa số điểm chấp nhận thẻ lên 120.000 điểm.", 120000),
    # no targets before: a plain sentence
    ("Thành phố tăng số lượng điểm chấp nhận thẻ lên 120.000 điểm trong năm 2023.", 120000),
])
def test_raised_to_a_level_counterexamples(text, value):
    assert value not in values(text), records(text)


# --- a place to become one of the N best ('đưa tỉnh trở thành 1 trong 15 tỉnh, thành phố có chỉ số cao nhất về …'):
# a rank target, at most N, no ratio ---------------------------------------------------------------------------------


def ranks(text: str) -> list[tuple[str, float]]:
    return [(r.target_comparator, r.target_value) for r in run([P(text)]) if r.target_unit == "hạng"]


@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2030, đưa Quảng Bình trở thành 1 trong 20 tỉnh, thành phố có chỉ số chuyển đổi số cao nhất cả nước.",
     [("<=", 20)]),
    ("Phấn đấu đến năm 2028, huyện là một trong số 5 địa phương dẫn đầu tỉnh về thu hút đầu tư.", [("<=", 5)]),
])
def test_one_of_the_best_is_a_rank(text, expected):
    assert ranks(text) == expected


@pytest.mark.parametrize("text", [
    "Đến năm 2030, đưa Quảng Bình trở thành 1 trong 20 tỉnh có diện tích rừng trồng lớn.",
    "Năm 2027, tỉnh là 1 trong 3 địa phương được chọn làm thí điểm.",
])
def test_one_of_the_best_counterexamples(text):
    assert ranks(text) == []
