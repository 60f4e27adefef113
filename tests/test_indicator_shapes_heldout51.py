"""Target shapes read off round 51's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def targets(blocks) -> list[tuple[str, float]]:
    """(label, target value) of every target read from the blocks."""
    return [(" ".join(r.label.split()), r.target_value) for r in run(blocks) if r.target_value is not None]


# --- 1. a target stated again a few paragraphs on, only its lead-in changed ('Chỉ tiêu 100% số trạm y tế …' ›
# 'Trong đó, huyện tập trung xây dựng 100% số trạm y tế …'; a caption line over the body; a lead paragraph and the
# body naming a year the lead left out): one target, the two labels ending in the same six words or more; a caption
# line gives way to the body, which names the measure in full ---------------------------------------------------

CRITERIA = P("Thực hiện các tiêu chí xã NTM kiểu mẫu, đến nay, Đồng Hỷ đã đạt 27/31 chỉ tiêu, còn 4 chỉ tiêu chưa đạt "
             "gồm: Chỉ tiêu 100% số trạm y tế xã đạt chuẩn quốc gia giai đoạn mới, trong đó có ít nhất 2 trạm đạt "
             "chuẩn mức cao; Chỉ tiêu tỷ lệ người dân có thẻ BHYT ≥ 92%.")
HEADLINE = P("60% doanh nghiệp nhỏ ở Hà Giang sẽ dùng hóa đơn điện tử")
LEAD = P("Hà Giang phấn đấu phát triển công nghiệp chế biến chiếm 15% - 18% GRDP của tỉnh.")
CAPTION = P("Công nghiệp chế biến trong từng huyện, thành phố đạt tối thiểu 12%")
BODY = P("Theo đề án phát triển công nghiệp tỉnh Hà Giang đến năm 2030, UBND tỉnh xác định rõ mục tiêu. Trong đó, Hà "
         "Giang phấn đấu phát triển công nghiệp chế biến chiếm từ 15% - 18% GRDP của tỉnh, tỷ trọng giá trị tăng thêm "
         "của công nghiệp chế biến trong từng huyện, thành phố đạt tối thiểu 12%. Năng suất lao động hằng năm tăng "
         "tối thiểu 7%.")


@pytest.mark.parametrize("blocks, value, label", [
    ([CRITERIA, P("Thời gian tới, Đồng Hỷ đề ra nhiều giải pháp. Trong đó, huyện tập trung xây dựng 100% số trạm y tế "
                  "xã đạt chuẩn quốc gia giai đoạn mới, trong đó có ít nhất 2 trạm đạt chuẩn mức cao; tiếp tục tuyên "
                  "truyền về bảo hiểm y tế.")],
     100, "Chỉ tiêu số trạm y tế xã đạt chuẩn quốc gia giai đoạn mới"),
    ([HEADLINE, LEAD, CAPTION, BODY], 12,
     "tỷ trọng giá trị tăng thêm của công nghiệp chế biến trong từng huyện, thành phố"),
    ([HEADLINE, LEAD, CAPTION, BODY], 15, "phát triển công nghiệp chế biến chiếm GRDP của tỉnh"),
    ([P("Năm 2025, tỉnh phấn đấu tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn đạt 75%."),
      P("Cùng đó, huyện phấn đấu tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn đạt 75%.")],
     75, "phấn đấu tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn"),
])
def test_target_said_again_is_one(blocks, value, label):
    said = [lb for lb, v in targets(blocks) if v == value]
    assert len(said) == 1 and said[0].endswith(label)


# counterexamples: words after the shared part make another measure ('… giai đoạn mới kiểu mẫu'); another year; a
# shared ending of five words or fewer ('lao động qua đào tạo' of all workers, then of women)
@pytest.mark.parametrize("blocks, value", [
    ([P("Huyện phấn đấu 100% số xã đạt chuẩn nông thôn mới theo bộ tiêu chí giai đoạn mới."),
      P("Các xã còn lại phấn đấu 100% số thôn đạt chuẩn nông thôn mới theo bộ tiêu chí giai đoạn mới kiểu mẫu.")], 100),
    ([P("Năm 2025, tỉnh phấn đấu tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn đạt 75%."),
      P("Đến năm 2030, tỉnh phấn đấu tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn đạt 75%.")], 75),
    ([P("Tỉnh phấn đấu năm 2025 tỷ lệ lao động qua đào tạo đạt 70%."),
      P("Trong đó, phấn đấu tỷ lệ nữ lao động qua đào tạo đạt 70%.")], 70),
])
def test_other_target_of_one_value_stays(blocks, value):
    assert len([v for _, v in targets(blocks) if v == value]) == 2


# --- 2. the units of two levels as the subject that aims ('- Các huyện, xã nghèo phấn đấu giảm tỷ lệ hộ nghèo 4%/năm'):
# one target per level, as 'cấp huyện, cấp xã' is; units not the subject, or one level alone, set none --------------

def levels(item: str) -> list[tuple[object, float]]:
    return [(r.level, r.target_value) for r in run([P("Mục tiêu giảm nghèo giai đoạn 2026-2030:\n" + item)])
            if r.target_value is not None]


@pytest.mark.parametrize("item, expected", [
    ("- Các huyện, xã nghèo phấn đấu giảm tỷ lệ hộ nghèo là 4%/năm;", [("huyện", 4), ("xã", 4)]),
    ("- Các huyện và xã biên giới phấn đấu giảm tỷ lệ hộ cận nghèo là 3%/năm.", [("huyện", 3), ("xã", 3)]),
    ("- Các tỉnh, huyện đặt mục tiêu tỷ lệ lao động qua đào tạo đạt 70%.", [("tỉnh", 70), ("huyện", 70)]),
])
def test_units_of_two_levels_aiming(item, expected):
    assert levels(item) == expected


@pytest.mark.parametrize("item", [
    "- Các huyện nghèo phấn đấu giảm tỷ lệ hộ nghèo là 4%/năm;",
    "- Phấn đấu giảm tỷ lệ hộ nghèo ở các huyện, xã nghèo là 4%/năm;",
    "- Số huyện, xã nghèo phấn đấu thoát nghèo đạt 30%.",
])
def test_units_not_the_aiming_subject(item):
    assert all(level is None for level, _ in levels(item))


# --- 3. 'Nâng <measure> đạt X%' opening its sentence or item sets a target as 'nâng … lên X%' does, the measure up to
# sixteen words long ('Nâng tỷ lệ tái sử dụng hồ sơ thủ tục hành chính đã được số hóa đạt 50%'); what was raised ('đã
# nâng', 'được nâng', '…, nâng … đạt' after what was done) is none --------------------------------------------------

def read(sentence: str) -> list[tuple[object, object]]:
    return [(r.target_value, r.actual_value) for r in run([P(sentence)]) if r.target_value or r.actual_value]


@pytest.mark.parametrize("sentence, value", [
    ("Nâng tỷ lệ khai thác hồ sơ thủ tục hành chính đã được số hóa đạt 60%.", 60),
    ("Nâng tỷ lệ sử dụng lại kết quả số hóa hồ sơ thủ tục hành chính lên 45%.", 45),
    ("Nâng tỷ lệ doanh nghiệp nhỏ và vừa được hỗ trợ chuyển đổi số đạt 30%.", 30),
])
def test_raise_to_is_a_target(sentence, value):
    assert read(sentence) == [(value, None)]


@pytest.mark.parametrize("sentence", [
    "Năm qua, tỉnh đã nâng tỷ lệ khai thác hồ sơ thủ tục hành chính đã được số hóa đạt 60%.",
    "Tỷ lệ khai thác hồ sơ thủ tục hành chính đã được số hóa được nâng lên, đạt 60%.",
    "Năm qua, xã đã tổ chức đào tạo nghề cho 850 người, nâng tỷ lệ lao động qua đào tạo đạt 58,4%.",
])
def test_raised_is_no_target(sentence):
    assert all(target is None for target, _ in read(sentence))


# --- 4. after a sentence that sets an aim, a rate named whole and then its bound ('… đặt mục tiêu phổ cập dịch vụ
# 5G. Tỷ lệ dân số có tài khoản thanh toán điện tử, ví điện tử trên 80%.') goes on with the aims; after what was
# done, with a year of its own, or with no bound, it does not --------------------------------------------------

AIM = "Về phát triển xã hội số, tỉnh Cao Bằng đặt mục tiêu phổ cập dịch vụ mạng di động 5G. "


@pytest.mark.parametrize("sentence, value", [
    (AIM + "Tỷ lệ dân số có tài khoản thanh toán điện tử, ví điện tử trên 80%.", 80),
    (AIM + "Tỷ lệ hộ gia đình có kết nối cáp quang trên 70%.", 70),
])
def test_bound_rate_goes_on_with_aims(sentence, value):
    assert read(sentence) == [(value, None)]


@pytest.mark.parametrize("sentence", [
    "Về phát triển xã hội số, tỉnh Cao Bằng đã phổ cập dịch vụ mạng di động 5G. Tỷ lệ dân số có tài khoản thanh "
    "toán điện tử, ví điện tử trên 80%.",
    AIM + "Năm 2024, tỷ lệ dân số có tài khoản thanh toán điện tử trên 80%.",
    AIM + "Tỷ lệ dân số có tài khoản thanh toán điện tử 80%.",
])
def test_rate_after_no_aim_or_unbound_stays_none(sentence):
    assert all(target is None for target, _ in read(sentence))
