"""Target shapes read off round 29's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

from extractor.link.units import list_subject

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a list of units after its subject: each unit's label carries the subject ('tỷ lệ tiêm chủng năm 2026
# tỉnh Nghệ An'), so the records say what they measure; a list with no subject keeps the unit alone ------------

SHAPES["unit_list_labels_carry_the_subject"] = ([
    P("Bộ Y tế giao tỷ lệ tiêm chủng đầy đủ toàn quốc năm 2026 là 96%, trong đó tỷ lệ tiêm chủng đầy đủ năm 2026 "
      "thành phố Hải Phòng là 97%, tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%, tỉnh Gia Lai 94%."),
], [R("tiêm chủng đầy đủ toàn quốc", value=96, year=2026),
    R("tỷ lệ tiêm chủng đầy đủ năm 2026 thành phố Hải Phòng", level="tỉnh", value=97, year=2026),
    R("tỷ lệ tiêm chủng đầy đủ tỉnh Nghệ An", level="tỉnh", value=95.5),
    R("tỷ lệ tiêm chủng đầy đủ tỉnh Cà Mau", level="tỉnh", value=95),
    R("tỷ lệ tiêm chủng đầy đủ tỉnh Gia Lai", level="tỉnh", value=94)])

# --- a growth 'tăng X% so (với) cùng kỳ/năm ...' after a value target in its clause is that indicator's growth,
# also with an aside in parentheses after it and after a list's lead ('Các chỉ tiêu chính gồm: ...') ----------

SHAPES["growth_beside_a_value_target"] = ([
    P("- Giá trị sản xuất nông nghiệp phấn đấu đạt trong khoảng 412,5 – 418,3 ngàn tỷ đồng, tăng 6 – 7% so cùng kỳ "
      "năm 2025.", "list_item"),
    P("- Kim ngạch xuất khẩu phấn đấu đạt trong khoảng 14,2 - 14,6 tỷ USD, tăng 7,0-7,5% so với năm 2025 (bình quân "
      "1 tháng khoảng 1,2 tỷ USD).", "list_item"),
], [R("Giá trị sản xuất nông nghiệp", cmp="range", value=412.5, high=418.3, unit="ngàn tỷ đồng"),
    R("tăng Giá trị sản xuất nông nghiệp", cmp="range", value=6, high=7, unit="%"),
    R("Kim ngạch xuất khẩu", cmp="range", value=14.2, high=14.6, unit="tỷ USD"),
    R("tăng Kim ngạch xuất khẩu", cmp="range", value=7, high=7.5, unit="%")])

SHAPES["growth_beside_a_value_target_after_a_lead"] = ([
    P("Năm 2027, thành phố phấn đấu phát triển du lịch bền vững. Các chỉ tiêu chính gồm: Tổng lượt khách lưu trú đạt "
      "khoảng 3 - 3,4 triệu lượt, tăng 10 - 15% so với năm 2026, trong đó khách quốc tế 0,9 - 1 triệu lượt tăng gần "
      "18%."),
], [R("Tổng lượt khách lưu trú", cmp="range", value=3, high=3.4, unit="triệu lượt"),
    R("tăng Tổng lượt khách lưu trú", cmp="range", value=10, high=15, unit="%"),
    R("khách quốc tế", cmp="range", value=0.9, high=1, unit="triệu lượt"),
    R("tăng khách quốc tế", value=18, unit="%")])

# counterexample: a growth with a subject of its own keeps its own label
SHAPES["growth_with_its_own_subject"] = ([
    P("- Giá trị sản xuất nông nghiệp phấn đấu đạt khoảng 412,5 ngàn tỷ đồng, kim ngạch nhập khẩu tăng 6% so với "
      "năm 2025.", "list_item"),
], [R("Giá trị sản xuất nông nghiệp", value=412.5, unit="ngàn tỷ đồng"),
    R("kim ngạch nhập khẩu tăng", value=6, unit="%")])


# --- a target amount's parts and the next items of its enumeration: named after ', gồm' / ', trong đó' or after ';',
# with no verb, each is a target of its own; after a percentage, or in a sentence of results, none is -----------

SHAPES["parts_and_items_after_a_target_amount"] = ([
    P("Năm 2027, tỉnh phấn đấu giải quyết việc làm cho 42-45 nghìn lao động, gồm việc làm trong tỉnh 30-32 nghìn "
      "người; xuất khẩu lao động 2.500 người."),
], [R("giải quyết việc làm", cmp="range", value=42, high=45, unit="nghìn lao động", year=2027),
    R("việc làm trong tỉnh", cmp="range", value=30, high=32, unit="nghìn người", year=2027),
    R("xuất khẩu lao động", value=2500, unit="người", year=2027)])

SHAPES["parts_in_a_sentence_of_results_are_none"] = ([
    P("Năm 2025, tỉnh đã giải quyết việc làm cho 40 nghìn lao động, gồm việc làm trong tỉnh 28 nghìn người; xuất "
      "khẩu lao động 2.100 người."),
], [])

SHAPES["no_item_after_a_percentage_and_semicolon"] = ([
    P("Năm 2027, tỉnh phấn đấu tỷ lệ lao động qua đào tạo đạt 72%; lao động có việc làm mới 35 nghìn người."),
], [R("tỷ lệ lao động qua đào tạo", value=72, year=2027)])


# --- counts in a scale word of what a body must issue or roll out ('phải cấp 30 triệu tài khoản', 'phải triển khai
# 12 tiện ích') are targets; what it has issued ('đã cấp trên 1,2 triệu thẻ', 'đã tạo việc làm cho …') reports one,
# and the means a plan rolls out to reach its targets ('sẽ triển khai 6 nhóm nhiệm vụ') sets none ----------------

SHAPES["counts_a_body_must_issue_or_roll_out"] = ([
    P("Mục tiêu đề ra là đến năm 2027, Bộ Tài chính phải cấp 30 triệu tài khoản cho công dân. Đến năm 2027, Sở phải "
      "triển khai 12 tiện ích trên ứng dụng."),
    P("Để đạt được các chỉ tiêu trên, thành phố sẽ triển khai 6 nhóm nhiệm vụ, giải pháp."),
], [R("Bộ Tài chính phải cấp tài khoản", value=30, unit="triệu tài khoản", year=2027),
    R("Sở phải triển khai tiện ích", value=12, unit="tiện ích", year=2027)])

SHAPES["counts_issued_report_results"] = ([
    P("Năm 2027, tỉnh phấn đấu giải quyết việc làm cho 45 nghìn người."),
    P("Bộ Công an tỉnh đã cấp trên 1,2 triệu thẻ căn cước cho công dân; trong 5 năm qua, cả tỉnh đã tạo việc làm cho "
      "trên 210 nghìn người."),
], [R("giải quyết việc làm", value=45, unit="nghìn người", year=2027)])


# --- what a survey found reports a result, whatever year stands between ('Qua khảo sát, đến cuối năm 2026, tỉ lệ …
# là 58%'); a plan's 'Phấn đấu đến cuối năm 2027, tỉ lệ … là 65%' is still a target ---------------------------

SHAPES["survey_finding_is_a_result"] = ([
    P("Năm 2027, huyện phấn đấu giải quyết việc làm cho 4.500 người."),
    P("Qua khảo sát, đến cuối năm 2026, tỉ lệ lao động qua đào tạo nghề của huyện là 58%."),
    P("Phấn đấu đến cuối năm 2027, tỉ lệ lao động qua đào tạo nghề của huyện là 65%."),
], [R("giải quyết việc làm", value=4500, unit="người", year=2027),
    R("tỉ lệ lao động qua đào tạo nghề", value=65, year=2027)])

# --- a share right after a target share, named by a few words after a comma with no verb, goes on with its
# enumeration ('…, trong đó, A chiếm khoảng 4,2%, B 5,83%'); after a result, or a growth with its verb, it does not

SHAPES["named_share_after_a_target_share"] = ([
    P("Theo đó, huyện phấn đấu đến năm 2027, tỷ lệ thất nghiệp khu vực thành thị dưới 2,5%. Ngoài ra, tỷ lệ lao động "
      "tham gia bảo hiểm xã hội đạt 12,5%, trong đó, bảo hiểm xã hội tự nguyện chiếm khoảng 4,6%, bảo hiểm xã hội "
      "bắt buộc 7,9% lực lượng lao động."),
], [R("tỷ lệ thất nghiệp khu vực thành thị", cmp="<", value=2.5, year=2027),
    R("tỷ lệ lao động tham gia bảo hiểm xã hội", value=12.5, year=2027),
    R("bảo hiểm xã hội tự nguyện", value=4.6, year=2027),
    R("bảo hiểm xã hội bắt buộc", value=7.9, year=2027)])

SHAPES["named_share_after_a_result_is_none"] = ([
    P("Năm 2026, tỷ lệ lao động tham gia bảo hiểm xã hội đã đạt 11,2%, bảo hiểm xã hội bắt buộc 7,1% lực lượng lao "
      "động."),
], [])


# --- a count range opening a clause after ';' of a sentence of amount targets is the enumeration's next item, though an
# aside or a part after 'và' follows it ('; 25-30 triệu lượt khách nội địa (bằng 70-75% …) và tổng thu …'); a
# clause whose count is followed by a verb of its own is not such an item -------------------------------------

SHAPES["count_range_item_after_semicolon"] = ([
    P("Giai đoạn 2027-2028 phấn đấu đón được khoảng 3-4 triệu lượt khách du lịch quốc tế (bằng 40-45% so với năm "
      "2024); 25-30 triệu lượt khách du lịch nội địa (bằng 70-75% so với năm 2024) và tổng thu từ khách du lịch đạt "
      "khoảng 200-250 nghìn tỷ đồng."),
], [R("khách du lịch quốc tế", cmp="range", value=3, high=4, unit="triệu lượt", year=2028),
    R("khách du lịch nội địa", cmp="range", value=25, high=30, unit="triệu lượt", year=2028),
    R("tổng thu từ khách du lịch", cmp="range", value=200, high=250, unit="nghìn tỷ đồng", year=2028)])

SHAPES["count_item_with_a_verb_after_semicolon_is_none"] = ([
    P("Năm 2027, huyện phấn đấu trồng mới khoảng 300 ha rừng; 12-15 xã được công nhận an toàn thực phẩm."),
], [R("trồng mới rừng", value=300, unit="ha", year=2027)])


# --- days per visitor ('thời gian lưu trú trung bình đạt 2,4 ngày/khách') are a rate, not a duration: a target; a bare
# duration stays out as before --------------------------------------------------------------------------------

SHAPES["days_per_visitor_is_a_rate"] = ([
    P("Năm 2027, thành phố phấn đấu đón 5 - 5,5 triệu lượt khách; thời gian lưu trú trung bình đạt 2,4 ngày/khách."),
    P("Năm 2027, huyện phấn đấu tổ chức lễ hội văn hóa trong 3 ngày."),
], [R("đón khách", cmp="range", value=5, high=5.5, unit="triệu lượt", year=2027),
    R("thời gian lưu trú trung bình", value=2.4, unit="ngày/khách", year=2027)])


# --- a figure after a target that repeats its indicator for another period ('đạt 45% vào năm 2030, năm 2027 đạt 28 –
# 30%') is a target too, labelled with the indicator and its period; after a result it is none ----------------

SHAPES["same_indicator_for_another_period"] = ([
    P("Năm 2027, tỉnh phấn đấu giải quyết việc làm cho 35 nghìn lao động. Tỷ lệ tham gia bảo hiểm xã hội trong lực "
      "lượng lao động đạt 45% vào năm 2030, năm 2027 đạt 28 – 30%."),
], [R("giải quyết việc làm", value=35, unit="nghìn lao động", year=2027),
    R("Tỷ lệ tham gia bảo hiểm xã hội", value=45, year=2030),
    R("Tỷ lệ tham gia bảo hiểm xã hội năm 2027", cmp="range", value=28, high=30, year=2027)])

SHAPES["same_indicator_for_another_period_after_a_result"] = ([
    P("Tỷ lệ tham gia bảo hiểm xã hội đã đạt 31% vào năm 2025, năm 2024 đạt 28 – 29%."),
], [])


@pytest.mark.parametrize("text, subject", [
    ("trong đó tỷ lệ tiêm chủng năm 2026 thành phố Hải Phòng là 97%, tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%",
     "tỷ lệ tiêm chủng năm 2026"),
    ("Riêng, tỷ lệ hộ nghèo huyện Kỳ Sơn giảm 4%, huyện Tương Dương 3,5%, huyện Con Cuông 3%", "tỷ lệ hộ nghèo"),
    # counterexamples: a separator right before the first unit leaves no subject in its piece
    ("Cụ thể: tỉnh Nghệ An 95,5%, tỉnh Cà Mau 95%, tỉnh Gia Lai 94%", ""),
    ("Cụ thể, huyện Hương Sơn giảm từ 3-3,5%; Vũ Quang 2,5-3%; Đức Thọ 1,5-2%", ""),
    ("vùng Đồng bằng sông Hồng: Quảng Ninh: 12%; Hải Dương: 10,2%; Hưng Yên: 9%", ""),
])
def test_list_subject(text, subject):
    first = min(text.find(k) for k in ("thành phố", "tỉnh", "huyện", "Quảng Ninh") if k in text)
    assert list_subject(text, first) == subject


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
