"""Target shapes read off round 87's held-out excerpts once they had been scored (a youth union's year programme, a
women's union congress, Party committees' results against their resolutions): each rule a table of short strings in
the genre's style, with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

# --- a programme that announces, in the future, the targets it will carry out ('… chương trình công tác Đoàn … năm
# 2017 sẽ thực hiện nhiều chỉ tiêu quan trọng.'), its paragraph closing there: the next paragraphs state them, with or
# without 'Theo đó' (as after 'Kế hoạch cũng đề ra các mục tiêu cụ thể.'). Counterexamples: what was carried out, a
# subject that is no programme ------------------------------------------------------------------------------------

YOUTH = "Theo đó, 100% tỉnh, thành đoàn, đoàn trực thuộc thực hiện hiệu quả Chỉ thị số 05 của Bộ Chính trị."
YOUTH_TARGET = R("tỉnh thành đoàn trực thuộc thực hiện hiệu quả Chỉ thị", value=100)
CLUBS = "Mỗi Đoàn xã, phường, thị trấn có ít nhất 1 công trình hoặc phần việc thanh niên."
CLUBS_TARGET = R("Đoàn xã công trình hoặc phần việc thanh niên", value=1, unit="công trình")


@pytest.mark.parametrize("lead, expected", [
    ("Ban chấp hành T.Ư Đoàn cho biết, chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2017 sẽ thực hiện "
     "nhiều chỉ tiêu quan trọng.", [YOUTH_TARGET, CLUBS_TARGET]),
    # made-up variants: a plan's year, 'sẽ tập trung thực hiện các chỉ tiêu chủ yếu'; 'sẽ hướng tới một số mục tiêu'
    ("Kế hoạch công tác năm 2026 của Hội sẽ tập trung thực hiện các chỉ tiêu chủ yếu.", [YOUTH_TARGET, CLUBS_TARGET]),
    ("Theo Chương trình, giai đoạn 2026 - 2030 Đoàn Thanh niên sẽ hướng tới một số mục tiêu cụ thể.",
     [YOUTH_TARGET, CLUBS_TARGET]),
    # counterexamples: what the programme carried out, a subject that is no programme
    ("Chương trình công tác Đoàn năm 2016 đã thực hiện nhiều chỉ tiêu quan trọng.", []),
    ("Ban chấp hành T.Ư Đoàn cho biết, tổ chức Đoàn sẽ thực hiện nhiều chỉ tiêu quan trọng.", []),
])
def test_a_programme_that_will_carry_out_targets_lists_them_after(lead, expected):
    check([P(lead), P(YOUTH), P(CLUBS)], expected)


# --- a congress that sets a number of targets, then counts them out in words ('Đại hội xác định 8 chỉ tiêu chính quan
# trọng. Trong đó, thứ nhất, hằng năm, mỗi cơ sở Hội duy trì … ít nhất 01 loại hình …' › 'Thứ hai, hằng năm giúp
# 33.500 hộ …'): the items of the set targets, their ordinal not in the label. Counterexamples: an ordinal that says
# what was done, a count of targets reached -----------------------------------------------------------------------

SECOND = "Thứ hai, hằng năm giúp 33.500 hộ có phụ nữ thoát nghèo, thoát cận nghèo."
SECOND_TARGET = R("hằng năm giúp hộ có phụ nữ thoát nghèo", value=33500, unit="hộ")
THIRD = ("Thứ ba, đến cuối nhiệm kỳ, các cấp Hội hỗ trợ 80% phụ nữ, trẻ em gái là nạn nhân của bạo lực gia đình "
         "tiếp cận ít nhất một dịch vụ trợ giúp xã hội.")
THIRD_TARGET = R("phụ nữ trẻ em gái là nạn nhân của bạo lực gia đình tiếp cận dịch vụ", value=80)
FIRST = "thứ nhất, hằng năm, mỗi cơ sở Hội duy trì thường xuyên ít nhất 01 loại hình hoạt động để vận động phụ nữ."
FIRST_TARGET = R("mỗi cơ sở Hội duy trì thường xuyên loại hình hoạt động", value=1, unit="loại")


@pytest.mark.parametrize("lead, expected", [
    ("Trong đó, đáng chú ý, Đại hội xác định 8 chỉ tiêu chính quan trọng. Trong đó, " + FIRST,
     [FIRST_TARGET, SECOND_TARGET, THIRD_TARGET]),
    # made-up variants: 'đề ra … mục tiêu', a comma before 'trong đó'
    ("Đại hội đề ra 6 mục tiêu cụ thể, trong đó " + FIRST, [FIRST_TARGET, SECOND_TARGET, THIRD_TARGET]),
    ("Hội nghị thông qua 5 nhóm chỉ tiêu. Trong đó, " + FIRST, [FIRST_TARGET, SECOND_TARGET, THIRD_TARGET]),
    # counterexamples: an ordinal of what was done; targets said to be reached
    ("Đại hội xác định 8 chỉ tiêu chính. Trong đó, thứ nhất, đã hoàn thành 12 chỉ tiêu về kinh tế.", []),
    ("Nhiệm kỳ qua, Hội đã đạt 8 chỉ tiêu chính. Trong đó, thứ nhất, mỗi cơ sở Hội duy trì 01 loại hình hoạt động.",
     []),
])
def test_a_congress_counts_out_its_targets_in_words(lead, expected):
    check([P(lead), P(SECOND), P(THIRD)], expected)


# --- a result with the resolution's target after it, 'theo' and no target noun ('… đạt 91,62%, theo Nghị quyết 90% trở
# lên'), as with one ('(chỉ tiêu Nghị quyết là 95%)'): one record with both. Counterexamples: a resolution cited by its
# number, 'theo Nghị quyết' opening the sentence --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hàng năm, đảng viên đủ tư cách hoàn thành tốt nhiệm vụ đạt 91,62%, theo Nghị quyết 90% trở lên.",
     [R("đảng viên đủ tư cách hoàn thành tốt nhiệm vụ", value=90, actual=91.62)]),
    # made-up variants: the congress's resolution after 'là', in a parenthesis
    ("Tỷ lệ chi bộ đạt trong sạch, vững mạnh đạt 85,3% (theo Nghị quyết Đại hội là 80%).",
     [R("chi bộ đạt trong sạch vững mạnh", value=80, actual=85.3)]),
    ("Tỷ lệ hộ gia đình văn hóa đạt 93%, theo Nghị quyết đề ra từ 90% trở lên.",
     [R("hộ gia đình văn hóa", value=90, actual=93)]),
])
def test_a_result_with_the_resolutions_target_after_it(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text", [
    "Tỷ lệ hộ gia đình văn hóa đạt 93%, theo Nghị quyết số 05 của Tỉnh ủy.",
    "Theo Nghị quyết, tỷ lệ hộ gia đình văn hóa năm 2024 đạt 93%.",
])
def test_no_resolution_target_no_pair(text):
    from test_indicator_variants import run
    assert not any(r.actual_value is not None for r in run([P(text)]))
