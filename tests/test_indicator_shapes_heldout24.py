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


# --- 2. a target list opened by 'mục tiêu cụ thể … là' with plain verbs ('duy trì hiệu quả của 25 dịch vụ công …
# đã có, cung cấp 982 …'): an aim is no term defined; 'đã có' closing a noun phrase names the ones that exist and
# reports nothing; a count the service is rolled out with ('triển khai … với 82 nhóm thủ tục') is governed; an amount
# the counted things have ('có số lượng hồ sơ … tối thiểu 1.000 hồ sơ/năm') says which, no target of its own --------

SHAPES["aim_lead_with_la_and_plain_verbs"] = ([
    P("Kế hoạch đề ra mục tiêu cụ thể đến năm 2026 là duy trì hiệu quả của 30 dịch vụ công toàn trình đã có, cung cấp "
      "750 dịch vụ công có số lượng hồ sơ phát sinh tối thiểu 500 hồ sơ/năm/tỉnh."),
], [R("duy trì hiệu quả dịch vụ công toàn trình", value=30, unit="dịch vụ công", year=2026),
    R("cung cấp dịch vụ công", value=750, unit="dịch vụ công", year=2026)])
SHAPES["rolled_out_with_a_count"] = ([
    P("Kế hoạch đặt mục tiêu năm 2026 cung cấp 40 dịch vụ công trực tuyến. Bên cạnh đó, triển khai dịch vụ công trực "
      "tuyến toàn trình với 64 nhóm thủ tục hành chính."),
], [R("cung cấp dịch vụ công trực tuyến", value=40, unit="dịch vụ công trực tuyến", year=2026),
    R("triển khai dịch vụ công trực tuyến toàn trình", value=64, unit="nhóm thủ tục hành chính", year=2026)])
SHAPES["platform_with_apps"] = ([
    P("Năm 2026, tỉnh phấn đấu triển khai nền tảng số dùng chung với tối thiểu 12 ứng dụng."),
], [R("triển khai nền tảng số dùng chung", value=12, unit="ứng dụng", year=2026)])
SHAPES["firms_that_have_a_revenue"] = ([
    P("Phấn đấu đến năm 2027 phát triển 200 doanh nghiệp có doanh thu trên 10 tỷ đồng."),
], [R("phát triển doanh nghiệp", value=200, unit="doanh nghiệp", year=2027)])

# counterexamples: a term defined with 'là'; 'đã có' reporting before a count; a count joined by 'và có' is its own
SHAPES["term_defined"] = ([
    P("1. Xã nhóm 1 là xã liền kề đô thị và có tỷ trọng lao động nông nghiệp dưới 10%."),
], [])
SHAPES["da_co_reports"] = ([
    P("Đến nay, tỉnh đã có 25 dịch vụ công trực tuyến toàn trình."),
], [])
SHAPES["works_with_partners"] = ([
    P("Năm 2026, tỉnh phối hợp với 12 doanh nghiệp viễn thông."),
], [])
SHAPES["rolled_out_for_activities"] = ([
    P("- Rà soát nội dung hợp tác, làm rõ mục tiêu, nội dung và lộ trình triển khai đối với 9 hoạt động dự kiến thực "
      "hiện trong năm 2026."),
], [])
SHAPES["count_joined_by_va_co"] = ([
    P("Phấn đấu năm 2026 thành lập mới 120 doanh nghiệp và có 15 hợp tác xã mới."),
], [R("thành lập mới doanh nghiệp", value=120, unit="doanh nghiệp", year=2026),
    R("hợp tác xã", value=15, unit="hợp tác xã", year=2026)])


# --- 3. parts of one whole sharing an elided head ('Tỷ trọng trong GDP của khu vực dịch vụ đạt trên 50%, khu vực công
# nghiệp - xây dựng trên 40%'; '… của dân cư thành thị là 95 - 100%, nông thôn là 93 - 95%'): a later part's label
# carries the head of the part before it ---------------------------------------------------------------------------

SHAPES["sectors_sharing_a_head"] = ([
    P("Đến năm 2030, tỷ trọng trong GRDP của khu vực dịch vụ đạt trên 45%, khu vực công nghiệp - xây dựng trên 35%, "
      "khu vực nông, lâm, thủy sản dưới 15%."),
], [R("tỷ trọng trong GRDP của khu vực dịch vụ", cmp=">", value=45, year=2030),
    R("tỷ trọng trong GRDP của khu vực công nghiệp - xây dựng", cmp=">", value=35, year=2030),
    R("tỷ trọng trong GRDP của khu vực nông lâm thủy sản", cmp="<", value=15, year=2030)])
SHAPES["areas_sharing_a_head"] = ([
    P("Về môi trường: Đến năm 2027, tỉ lệ sử dụng nước sạch của dân cư đô thị là 90 - 95%, nông thôn là 85 - 90%; "
      "tỉ lệ thu gom chất thải rắn đạt 92%."),
], [R("tỉ lệ sử dụng nước sạch dân cư đô thị", cmp="range", value=90, high=95, year=2027),
    R("tỉ lệ sử dụng nước sạch dân cư nông thôn", cmp="range", value=85, high=90, year=2027),
    R("tỉ lệ thu gom chất thải rắn", value=92, year=2027)])

# counterexamples: a later part that names a measure of its own; sectors with no part word before them
SHAPES["later_part_names_its_measure"] = ([
    P("Đến năm 2030, tỷ trọng trong GRDP của khu vực dịch vụ đạt trên 45%, tỷ lệ đô thị hóa đạt 50%."),
], [R("tỷ trọng trong GRDP của khu vực dịch vụ", cmp=">", value=45, year=2030),
    R("tỷ lệ đô thị hóa", value=50, year=2030)])
SHAPES["sector_growth_without_part_word"] = ([
    P("Năm 2026 phấn đấu tốc độ tăng giá trị sản xuất nông nghiệp đạt 3%, khu vực công nghiệp đạt 12%."),
], [R("tốc độ tăng giá trị sản xuất nông nghiệp", value=3, year=2026),
    R("khu vực công nghiệp", value=12, year=2026)])


# --- 6. a paragraph that opens by reporting ('Theo đó, xã đã hoàn thành công tác xóa nhà tạm …') goes on reporting:
# a later sentence's weak cue ('đạt trên 90%') is a result with no target ---------------------------------------

SHAPES["paragraph_reports_on"] = ([
    P("Theo đó, xã Tân Phong đã hoàn thành công tác xóa nhà tạm, nhà dột nát. Tỷ lệ hộ dân được sử dụng nước sinh hoạt "
      "hợp vệ sinh đạt trên 92%; tỷ lệ giải ngân vốn đầu tư công đạt trên 75%."),
], [])
SHAPES["report_then_results_of_a_year"] = ([
    P("Năm 2025, huyện đã triển khai hiệu quả các chương trình an sinh xã hội. Thu nhập bình quân đầu người đạt trên "
      "45 triệu đồng."),
], [])
# counterexamples: a later sentence with a cue of its own sets a target; a plan's paragraph keeps its weak cues
SHAPES["report_then_a_strived_target"] = ([
    P("Năm 2025, huyện đã hoàn thành xóa nhà tạm. Năm 2026 phấn đấu tỷ lệ hộ dân sử dụng nước sạch đạt trên 95%."),
], [R("tỷ lệ hộ dân sử dụng nước sạch", cmp=">", value=95, year=2026)])
SHAPES["plan_paragraph_weak_cues"] = ([
    P("Mục tiêu đến năm 2027, tỷ lệ hộ dân sử dụng nước sạch đạt trên 95%. Tỷ lệ che phủ rừng đạt trên 60%."),
], [R("tỷ lệ hộ dân sử dụng nước sạch", cmp=">", value=95, year=2027),
    R("tỷ lệ che phủ rừng", cmp=">", value=60, year=2027)])


# --- round 24's other misses: a share right after its measure with no verb, in a paragraph a cue opened ('… đạt 17,5%.
# Tỷ trọng đóng góp của TFP vào tăng trưởng kinh tế 50%.'); a second rank joined by 'và' ('thuộc nhóm 65 nước dẫn đầu
# thế giới và nhóm 4 nước dẫn đầu khu vực ASEAN'), its label the head of the first ------------------------------

SHAPES["bare_share_after_its_measure"] = ([
    P("Chương trình đặt mục tiêu năm 2026 tỷ trọng kinh tế số trong GRDP đạt 15%. Tỷ trọng đóng góp của năng suất "
      "nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế 48%."),
], [R("tỷ trọng kinh tế số trong GRDP", value=15, year=2026),
    R("Tỷ trọng đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", value=48, year=2026)])
SHAPES["second_rank_joined_by_va"] = ([
    P("Chương trình đặt mục tiêu năm 2026 tỷ trọng kinh tế số trong GRDP đạt 15%."),
    P("Xếp hạng chỉ số đổi mới sáng tạo của Việt Nam thuộc nhóm 40 nước dẫn đầu thế giới và nhóm 3 nước dẫn đầu "
      "khu vực ASEAN."),
], [R("tỷ trọng kinh tế số trong GRDP", value=15, year=2026),
    R("Xếp hạng chỉ số đổi mới sáng tạo thuộc nhóm nước dẫn đầu thế giới", cmp="<=", value=40, unit="hạng"),
    R("Xếp hạng chỉ số đổi mới sáng tạo thuộc nhóm nước dẫn đầu khu vực ASEAN", cmp="<=", value=3, unit="hạng")])

# counterexamples: a bare share in a paragraph that reports; groups of households named by number
SHAPES["bare_share_in_a_report"] = ([
    P("Năm 2025, tỷ lệ hồ sơ trực tuyến đã đạt 80%. Tỷ lệ thanh toán trực tuyến 60%."),
], [])
SHAPES["groups_named_by_number"] = ([
    P("Năm 2026, các xã thuộc nhóm 1 và nhóm 2 dẫn đầu phong trào thi đua được khen thưởng."),
], [])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
