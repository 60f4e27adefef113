"""Target shapes read off round 31's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a theme run into the paragraph of its numbered items ('Về kinh tế: (1) …: từ X đến Y%. (2) …'), under a
# heading that names the targets: each item is a target, with no cue of its own and with words of a result
# ('được công nhận', 'đạt chuẩn') in its label --------------------------------------------------------------------

SHAPES["theme_run_into_its_numbered_items"] = ([
    P("Các chỉ tiêu chủ yếu đến năm 2030"),
    P("Về kinh tế: (1) Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2026 - 2030: từ 8,0 đến 8,5%/năm. (2) Thu "
      "nhập bình quân đầu người: từ 9.100 đến 9.400 USD. (3) Tỷ trọng kinh tế số trong GRDP đạt khoảng 28%."),
    P("Về văn hóa - xã hội: (4) Tỷ lệ khu dân cư được công nhận danh hiệu Khu dân cư văn hóa đạt 80%. (5) Tỷ lệ "
      "trường học đạt chuẩn quốc gia từ 70 đến 75%."),
], [R("Tốc độ tăng trưởng kinh tế", cmp="range", value=8.0, high=8.5, unit="%/năm", year=2030),
    R("Thu nhập bình quân đầu người", cmp="range", value=9100, high=9400, unit="USD", year=2030),
    R("Tỷ trọng kinh tế số", value=28, year=2030),
    R("khu dân cư được công nhận", value=80, year=2030),
    R("trường học đạt chuẩn quốc gia", cmp="range", value=70, high=75, year=2030)])

SHAPES["theme_with_a_mark_run_into_items"] = ([
    P("CÁC CHỈ TIÊU CỤ THỂ NĂM 2027"),
    P("a) Về môi trường: 1. Tỷ lệ che phủ rừng: 47%. 2. Tỷ lệ chất thải rắn đô thị được thu gom: 98%."),
], [R("che phủ rừng", value=47, year=2027), R("chất thải rắn đô thị được thu gom", value=98, year=2027)])

# counterexamples: with no heading naming targets, or under a heading about results, a run-on paragraph of numbered
# items reports what was reached; a theme with no numbered item after its colon opens no list
SHAPES["run_on_items_under_results_heading_set_none"] = ([
    P("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025"),
    P("Về văn hóa - xã hội: (4) Tỷ lệ khu dân cư được công nhận danh hiệu Khu dân cư văn hóa đạt 80,2%. (5) Tỷ lệ "
      "trường học đạt chuẩn quốc gia 72%."),
], [])

SHAPES["run_on_items_with_no_heading_set_none"] = ([
    P("Năm 2025, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định."),
    P("Về văn hóa - xã hội: (4) Tỷ lệ khu dân cư được công nhận danh hiệu Khu dân cư văn hóa đạt 80,2%. (5) Tỷ lệ "
      "trường học đạt chuẩn quốc gia 72%."),
], [])

# --- a plan set out in counted units after 'Theo kế hoạch …' ('cả nước (sẽ) trồng 310 triệu cây, gồm 60.100 ha …'):
# the amount and its parts after ', gồm' are targets, also in a paragraph whose next sentence reports against it ---

SHAPES["plan_amount_and_its_parts"] = ([
    P("Năm 2023, theo kế hoạch của các địa phương, cả nước trồng 180,5 triệu cây, gồm: 85 triệu cây trồng rừng tập "
      "trung và 95,5 triệu cây trồng phân tán."),
], [R("cả nước trồng", value=180.5, unit="triệu cây", year=2023),
    R("cây trồng rừng tập trung", value=85, unit="triệu cây", year=2023),
    R("cây trồng phân tán", value=95.5, unit="triệu cây", year=2023)])

SHAPES["plan_amount_before_its_report"] = ([
    P("Theo kế hoạch thực hiện đề án “Trồng mới cây xanh đô thị giai đoạn 2026-2030” của các tỉnh, trong giai đoạn "
      "2026-2027 cả nước sẽ trồng tổng số 310 triệu cây, gồm 60.100 ha rừng trồng tập trung và 190 triệu cây xanh "
      "trồng phân tán. Tuy nhiên, đến hết tháng 6-2026 diện tích trồng rừng mới toàn quốc được 8.200 ha, bằng 14% so "
      "với kế hoạch và trồng cây phân tán là 52,4 triệu cây, đạt 28% so với kế hoạch năm 2026."),
], [R("trồng", unit="ha", value=60100, actual=8200),      # the parts the report pairs (labels from before the
    R("trồng", value=190, unit="triệu cây", actual=52.4),    # number: left as they were), then the plan's total
    R("cả nước sẽ trồng tổng số", value=310, unit="triệu cây", year=2027)])

# counterexamples: what was planted, 'theo kế hoạch' or not, is a result; a count with no plan cue sets none
SHAPES["planted_amounts_reported_set_none"] = ([
    P("Theo kế hoạch, các địa phương đã trồng 150 triệu cây, gồm 40.000 ha rừng tập trung và 70 triệu cây phân tán."),
    P("Năm 2025, cả nước trồng 150 triệu cây, gồm 40.000 ha rừng tập trung và 70 triệu cây phân tán."),
], [])

# --- a growth against a bare year ('tăng hơn 35% so với 2025') and an amount named only 'con số' / 'mức' take the
# subject of the figure before them ----------------------------------------------------------------------------

SHAPES["growth_and_figure_word_take_the_subject_before"] = ([
    P("Ngành du lịch thành phố đặt mục tiêu đón 6,2 triệu lượt khách quốc tế năm 2026, tăng hơn 35% so với 2025 và "
      "doanh thu du lịch tăng khoảng 30%, hướng tới con số 180.000 tỉ đồng."),
], [R("khách quốc tế", value=6.2, unit="triệu lượt", year=2026),
    R("tăng so với 2025 khách quốc tế", cmp=">", value=35),
    R("doanh thu du lịch tăng", value=30),
    R("doanh thu du lịch con số", value=180000, unit="tỉ đồng")])

# counterexample: a label with words of its own after 'mức' keeps them
SHAPES["figure_word_with_its_own_noun"] = ([
    P("Năm 2026, huyện phấn đấu thu ngân sách đạt 420 tỷ đồng, nâng mức thu nhập bình quân lên 75 triệu đồng/người."),
], [R("thu ngân sách", value=420, unit="tỷ đồng", year=2026),
    R("mức thu nhập bình quân", value=75, unit="triệu đồng/người", year=2026)])

# --- a province's report compares its result with a target the centre assigned it (QĐ-TTg): level tỉnh; with
# one its own council set (NQ/TU), none ------------------------------------------------------------------------

SHAPES["target_the_centre_assigned_to_the_province"] = ([
    P("Tính đến ngày 30/6/2025, tỷ lệ dân số tham gia BHYT toàn tỉnh mới đạt 88,4%, thấp hơn 4,1% so với chỉ tiêu được "
      "giao tại Quyết định số 812/QĐ-TTg ngày 05/5/2025 của Thủ tướng Chính phủ (92,5%) và thấp hơn 4,6% so với "
      "chỉ tiêu đề ra tại Nghị quyết số 05-NQ/TU của Tỉnh ủy (93%)."),
], [R("tỷ lệ dân số tham gia BHYT", level="tỉnh", value=92.5, actual=88.4),
    R("tỷ lệ dân số tham gia BHYT", value=93, actual=88.4)])

# counterexample: with no word of the province itself, the level stays unsaid
SHAPES["centre_target_with_no_province_has_no_level"] = ([
    P("Tính đến ngày 30/6/2025, tỷ lệ dân số tham gia BHYT mới đạt 88,4%, thấp hơn 4,1% so với chỉ tiêu được giao tại "
      "Quyết định số 812/QĐ-TTg ngày 05/5/2025 của Thủ tướng Chính phủ (92,5%)."),
], [R("tỷ lệ dân số tham gia BHYT", value=92.5, actual=88.4)])

# --- exports and imports under one 'kim ngạch' share their figure: a target each; the sum ('xuất nhập khẩu') is one -

SHAPES["exports_and_imports_named_once"] = ([
    P("Năm 2026, ngành công thương đặt mục tiêu kim ngạch xuất khẩu, nhập khẩu tăng từ 12% trở lên."),
    P("Các chỉ tiêu chủ yếu năm 2026"),
    P("- Kim ngạch xuất, nhập khẩu hàng hóa đạt 15 tỷ USD.", "list_item"),
], [R("kim ngạch xuất khẩu tăng", value=12, year=2026), R("kim ngạch nhập khẩu tăng", value=12, year=2026),
    R("kim ngạch xuất khẩu hàng hóa", value=15, unit="tỷ USD"),
    R("kim ngạch nhập khẩu hàng hóa", value=15, unit="tỷ USD")])

SHAPES["sum_of_exports_and_imports_is_one"] = ([
    P("Năm 2026, ngành công thương phấn đấu kim ngạch xuất nhập khẩu tăng từ 12% trở lên."),
], [R("kim ngạch xuất nhập khẩu tăng", value=12, year=2026)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
