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
