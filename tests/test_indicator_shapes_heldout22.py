"""Plans retold in the press, found on held-out round 22 (a national digital-economy action plan summarised by a news
page): a sentence that comes back to a target to comment on it is no second target; a label starts after '<who> đặt
chỉ tiêu' as after 'đặt mục tiêu'. Each rule a table of strings written in the genre's style (paraphrased, not
copied), with counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. a recap: the same comparator and value a few paragraphs on, after a bare word of value ('Trị giá', 'Con số
# này', 'Mức'), of what the earlier target measures, then a comment ('sẽ khẳng định', 'cho thấy') ------------------

SHAPES["recap_with_a_comment"] = ([
    P("Về kinh tế số, kế hoạch của tỉnh đặt mục tiêu phấn đấu tỷ trọng kinh tế số trong GRDP trên 20%."),
    P("Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận các nền tảng số."),
    P("Trị giá trên 20% trong GRDP sẽ khẳng định vai trò của kinh tế số trong nền kinh tế của tỉnh."),
], [R("tỷ trọng kinh tế số trong GRDP", cmp=">", value=20), R("doanh nghiệp nhỏ và vừa", cmp=">", value=90)])
SHAPES["recap_named_by_muc"] = ([
    P("Năm 2026, tỉnh phấn đấu tỷ lệ hộ gia đình có đường Internet cáp quang đạt trên 85%."),
    P("Mức trên 85% hộ gia đình có đường Internet cáp quang sẽ thể hiện quyết tâm phổ cập hạ tầng số."),
], [R("tỷ lệ hộ gia đình có đường Internet cáp quang", cmp=">", value=85, year=2026)])
# counterexamples: two real targets of one value; a later sentence with its own measure; a comment on another object;
# the same value too far back
SHAPES["two_targets_of_one_value"] = ([
    P("Kế hoạch đặt mục tiêu tỷ trọng kinh tế số trong GRDP trên 20%. 100% sở, ngành, địa phương ban hành kế hoạch "
      "phát triển kinh tế số."),
    P("100% sở, ngành, địa phương triển khai thanh toán không dùng tiền mặt trong trường học."),
], [R("tỷ trọng kinh tế số trong GRDP", cmp=">", value=20), R("ban hành kế hoạch phát triển kinh tế số", value=100),
    R("triển khai thanh toán không dùng tiền mặt", value=100)])
SHAPES["a_later_target_with_its_own_measure"] = ([
    P("Kế hoạch đặt mục tiêu tỷ trọng kinh tế số trong GRDP trên 20%."),
    P("Tỷ trọng thương mại điện tử trong GRDP trên 20% sẽ khẳng định vai trò của thương mại."),
], [R("tỷ trọng kinh tế số trong GRDP", cmp=">", value=20), R("thương mại điện tử", cmp=">", value=20)])
SHAPES["a_comment_on_another_object"] = ([
    P("Kế hoạch đặt mục tiêu tỷ trọng kinh tế số trong GRDP trên 20%."),
    P("Mức trên 20% số xã có chợ 4.0 sẽ khẳng định sức lan tỏa của thương mại điện tử."),
], [R("tỷ trọng kinh tế số trong GRDP", cmp=">", value=20), R("xã có chợ", cmp=">", value=20)])


# --- 2. the one who sets the target, and 'đặt chỉ tiêu', are no part of the label -----------------------------

SHAPES["who_sets_the_target_chi_tieu"] = ([
    P("Về xã hội số, Kế hoạch đặt chỉ tiêu tỷ lệ thuê bao di động dùng điện thoại thông minh trên 85%."),
    P("Chương trình đề ra chỉ tiêu tỷ lệ dân số trưởng thành có chữ ký số đạt 40%."),
], [R("tỷ lệ thuê bao di động dùng điện thoại thông minh", cmp=">", value=85),
    R("tỷ lệ dân số trưởng thành có chữ ký số", value=40)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


@pytest.mark.parametrize("text, label", [
    ("Về xã hội số, Kế hoạch đặt chỉ tiêu tỷ lệ thuê bao di động dùng điện thoại thông minh trên 85%.",
     "tỷ lệ thuê bao di động dùng điện thoại thông minh"),
    ("Huyện đặt ra chỉ tiêu tỷ lệ hộ dùng nước sạch đạt 95%.", "tỷ lệ hộ dùng nước sạch"),
    # counterexample: a label that is itself a target's name keeps its words
    ("Chỉ tiêu tỷ lệ hộ dùng nước sạch đạt 95%.", "Chỉ tiêu tỷ lệ hộ dùng nước sạch"),
])
def test_the_label_starts_after_who_sets_the_target(text, label):
    from test_indicator_variants import run
    assert [r.label for r in run([P(text)])] == [label]
