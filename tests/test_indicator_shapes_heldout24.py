"""Plans, programmes and congress resolutions found on held-out round 24 (a steering committee's year programme, a
province's targets given to its departments and communes, a public-services plan, a congress resolution): each rule a
table of strings written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared
as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 1. one target for several levels, 'cấp' written once ('tại cấp bộ, tỉnh và xã') or the levels named by their
# bodies ('giao cho 13 sở, ban của tỉnh và UBND các xã'): one record per level ------------------------------------

_DOSSIERS = "hồ sơ công việc xử lý trên môi trường điện tử"
SHAPES["cap_written_once"] = ([
    P("Năm 2026 phấn đấu 100% hồ sơ công việc tại cấp bộ, tỉnh và xã được xử lý trên môi trường điện tử."),
], [R(_DOSSIERS, level="bộ", value=100, year=2026), R(_DOSSIERS, level="tỉnh", value=100, year=2026),
    R(_DOSSIERS, level="xã", value=100, year=2026)])
SHAPES["cap_written_once_two_levels"] = ([
    P("Đến năm 2025, 90% hồ sơ công việc cấp tỉnh và huyện được xử lý trên môi trường điện tử."),
], [R(_DOSSIERS, level="tỉnh", value=90, year=2025), R(_DOSSIERS, level="huyện", value=90, year=2025)])
SHAPES["levels_named_by_their_bodies"] = ([
    P("Chỉ tiêu năm 2026 giao cho 15 sở, ban của tỉnh và UBND các xã, phường đối với tỷ lệ cấp kết quả điện tử, "
      "tỷ lệ thanh toán trực tuyến đều ở mức 100%."),
], [R("tỷ lệ cấp kết quả điện tử", level="tỉnh", value=100, year=2026),
    R("tỷ lệ thanh toán trực tuyến", level="tỉnh", value=100, year=2026),
    R("tỷ lệ cấp kết quả điện tử", level="xã", value=100, year=2026),
    R("tỷ lệ thanh toán trực tuyến", level="xã", value=100, year=2026)])
SHAPES["bodies_of_district_level"] = ([
    P("Năm 2026, các sở, ban, ngành và Ủy ban nhân dân cấp huyện phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%."),
], [R("tỷ lệ hồ sơ trực tuyến toàn trình", level="tỉnh", value=80, year=2026),
    R("tỷ lệ hồ sơ trực tuyến toàn trình", level="huyện", value=80, year=2026)])

# counterexamples: a level word that is another noun or a place's name; one body; a range of levels
SHAPES["level_word_of_another_noun"] = ([
    P("Năm 2026 phấn đấu 100% dịch vụ công cấp tỉnh, xã hội hóa được cung cấp trực tuyến."),
], [R("dịch vụ công", level=ANY, value=100, year=2026)])
SHAPES["level_then_a_district_named"] = ([
    P("Năm 2026 phấn đấu 95% hồ sơ công việc cấp tỉnh và huyện Mường Nhé được xử lý trên môi trường điện tử."),
], [R(_DOSSIERS, level="tỉnh", value=95, year=2026)])
SHAPES["one_body_named"] = ([
    P("Năm 2026, Sở Nội vụ phối hợp với UBND các xã phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%."),
], [R("tỷ lệ hồ sơ trực tuyến toàn trình", level=ANY, value=80, year=2026)])
SHAPES["levels_from_to"] = ([
    P("Năm 2026 phấn đấu 100% văn bản từ cấp tỉnh đến cấp xã được ký số."),
], [R("văn bản ký số", level=ANY, value=100, year=2026)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
