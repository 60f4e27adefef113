"""A count target bounded on both sides of its noun ('từ 2 doanh nghiệp trở lên') keeps the counted noun in its label,
as a plain count does ('thành lập mới 2 doanh nghiệp' → 'thành lập mới doanh nghiệp'): only the bound's words and the
number leave it. Strings written in the style of a plan's targets (made-up variants in the genre)."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, run


def targets(text: str) -> list[tuple[str, str, float, str]]:
    return [(r.label, r.target_comparator, r.target_value, r.target_unit) for r in run(HEADER_PLAN + [P(text)])]


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu năm 2026: thành lập mới từ 2 doanh nghiệp trở lên; có ít nhất 2 thôn đạt chuẩn nông thôn mới kiểu mẫu; "
     "phát triển tối thiểu 3 hợp tác xã.",
     [("thành lập mới doanh nghiệp", ">=", 2.0, "doanh nghiệp"),
      ("thôn đạt chuẩn nông thôn mới kiểu mẫu", ">=", 2.0, "thôn"),
      ("phát triển hợp tác xã", ">=", 3.0, "hợp tác xã")]),
    ("Phấn đấu năm 2026 thành lập mới từ 3 hợp tác xã trở lên.",
     [("năm 2026 thành lập mới hợp tác xã", ">=", 3.0, "hợp tác xã")]),
    # the noun stays where the things counted go on to what they are to reach
    ("Phấn đấu năm 2026 có từ 3 hợp tác xã trở lên hoạt động hiệu quả.",
     [("năm 2026 hợp tác xã hoạt động hiệu quả", ">=", 3.0, "hợp tác xã")]),
    ("Phấn đấu năm 2026 có từ 3 thôn trở lên đạt chuẩn khu dân cư kiểu mẫu.",
     [("năm 2026 thôn đạt chuẩn khu dân cư kiểu mẫu", ">=", 3.0, "thôn")]),
])
def test_bounded_count_keeps_its_noun(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the convention the bounded count follows: a plain count, or one bounded before, keeps its noun
    ("Phấn đấu năm 2026 thành lập mới 2 doanh nghiệp.", ["năm 2026 thành lập mới doanh nghiệp"]),
    ("Phấn đấu năm 2026 phát triển tối thiểu 3 hợp tác xã.", ["năm 2026 phát triển hợp tác xã"]),
    # a share bounded after is no count: its figure and bound leave the label whole
    ("Phấn đấu tỷ lệ hộ gia đình sử dụng nước sạch đạt từ 95% trở lên.", ["tỷ lệ hộ gia đình sử dụng nước sạch"]),
])
def test_counterparts_unchanged(text, expected):
    assert [t[0] for t in targets(text)] == expected
