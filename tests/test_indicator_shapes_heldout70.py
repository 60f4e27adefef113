"""Target shapes read off round 70's held-out excerpts once they had been scored (a national scheme's water targets, a
ministry's urban targets, a province's culture plan): each rule a table of short strings in the genre's style, with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

# --- shares written before the groups they count, listed with commas, share what the last group is said to do ('đến
# năm 2030, 100% dân cư thành thị, 65% dân số nông thôn, 100% các đảo có đông dân cư được cấp nước sạch đạt quy
# chuẩn'), as they do when joined by 'và'. A 'có …' that names the last group is not the shared predicate when a
# 'được …' follows it. Counterexamples: an earlier figure with a measure of its own, each group with its own verb -----

WATER = "Theo đó, đến năm 2030, 100% dân cư thành thị, 65% dân số nông thôn, 100% các đảo có đông dân cư được cấp nước sạch đạt quy chuẩn."
PLANTS = ("Đến năm 2030, 98% khu công nghiệp, khu chế xuất, 80% tổng lượng nước thải các làng nghề có hệ thống xử lý "
          "nước thải bảo đảm tiêu chuẩn.")


@pytest.mark.parametrize("text, expected", [
    (WATER, [R("dân cư thành thị được cấp nước sạch", value=100, year=2030),
             R("dân số nông thôn được cấp nước sạch", value=65, year=2030),
             R("các đảo có đông dân cư được cấp nước sạch", value=100, year=2030)]),
    (PLANTS, [R("khu công nghiệp khu chế xuất có hệ thống xử lý nước thải", value=98, year=2030),
              R("làng nghề có hệ thống xử lý nước thải", value=80, year=2030)]),
    # made-up variant: two groups, then a third with a predicate of its own
    ("Đến năm 2030, 100% trường học, 95% trạm y tế được kết nối internet tốc độ cao.",
     [R("trường học được kết nối internet", value=100, year=2030),
      R("trạm y tế được kết nối internet", value=95, year=2030)]),
    # counterexamples: the earlier figure has a measure of its own; each group says what it does
    ("Đến năm 2030, tỷ lệ đô thị hóa đạt 45%, 95% dân số nông thôn được sử dụng nước sạch.",
     [R("tỷ lệ đô thị hóa", value=45, year=2030),
      R("dân số nông thôn được sử dụng nước sạch", value=95, year=2030)]),
    ("Đến năm 2030, 100% xã có trạm y tế, 95% dân số được cấp nước sạch.",
     [R("xã có trạm y tế", value=100, year=2030), R("dân số được cấp nước sạch", value=95, year=2030)]),
])
def test_groups_listed_with_commas_share_the_last_predicate(text, expected):
    check([P(text)], expected)


# --- a comma inside one name is no end of a label: the stock pair 'đạt tiêu chuẩn, quy chuẩn' (either order) and the
# classes of one kind ('đô thị loại III, IV, V'). One measure split by class then keeps its whole name for each
# class. Counterexample: a comma that ends a measure after 'đạt tiêu chuẩn' ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Đến năm 2025, tỷ lệ nước thải sinh hoạt được xử lý đạt tiêu chuẩn, quy chuẩn tại các đô thị loại II trở lên "
     "đạt khoảng 50% và tại các đô thị loại III, IV, V đạt khoảng 20%.",
     [R("tỷ lệ nước thải sinh hoạt được xử lý đạt tiêu chuẩn quy chuẩn tại các đô thị loại II trở lên", value=50, year=2025),
      R("tỷ lệ nước thải sinh hoạt được xử lý đạt tiêu chuẩn quy chuẩn tại các đô thị loại III, IV, V", value=20, year=2025)]),
    # made-up variants: the pair the other way round; classes I, II against III, IV
    ("Đến năm 2030, tỷ lệ nước thải công nghiệp được xử lý đạt quy chuẩn, tiêu chuẩn kỹ thuật môi trường tại các khu "
     "công nghiệp trên địa bàn tỉnh đạt 100%.",
     [R("tỷ lệ nước thải công nghiệp được xử lý đạt quy chuẩn tiêu chuẩn kỹ thuật", value=100, year=2030)]),
    ("Đến năm 2030, tỷ lệ chất thải rắn sinh hoạt được thu gom tại các đô thị loại I, II đạt 95% và tại các đô thị "
     "loại III, IV đạt 85%.",
     [R("tỷ lệ chất thải rắn sinh hoạt được thu gom tại các đô thị loại I, II", value=95, year=2030),
      R("tỷ lệ chất thải rắn sinh hoạt được thu gom tại các đô thị loại III, IV", value=85, year=2030)]),
    # counterexample: the comma after 'tiêu chuẩn' ends the measure
    ("Đến năm 2025, tỷ lệ trường học đạt tiêu chuẩn, tỷ lệ hộ nghèo dưới 2%.",
     [R("tỷ lệ hộ nghèo", cmp="<", value=2, year=2025)]),
])
def test_commas_inside_one_name_keep_the_label_whole(text, expected):
    check([P(text)], expected)
