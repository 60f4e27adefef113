"""Target shapes read off round 33's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- 'Phấn đáu', a common typing slip of 'Phấn đấu', is still the cue of the targets after it ------------------

SHAPES["strive_typed_with_the_wrong_tone"] = ([
    P("Phấn đáu tốc độ tăng giá trị sản xuất nông nghiệp giai đoạn 2026-2030 đạt 3,5%/năm. Cơ cấu giá trị sản xuất "
      "trong nội bộ ngành trồng trọt chiếm 50%, chăn nuôi chiếm 35% và dịch vụ nông nghiệp chiếm 15%."),
], [R("tốc độ tăng giá trị sản xuất", value=3.5, unit="%/năm"),
    R("trồng trọt", value=50), R("chăn nuôi", value=35), R("dịch vụ nông nghiệp", value=15)])

# counterexample: with no cue at all the same sentence reports shares
SHAPES["shares_with_no_cue_set_none"] = ([
    P("Năm 2025, cơ cấu giá trị sản xuất trong nội bộ ngành trồng trọt chiếm 50%, chăn nuôi chiếm 35% và dịch vụ "
      "nông nghiệp chiếm 15%."),
], [])

# --- a list of parts under one head: a later item that repeats the first item's part noun ('khu vực I là 33%,
# khu vực II 26%') is a part of the same measure and takes its head ---------------------------------------------

SHAPES["later_part_repeats_the_part_noun"] = ([
    P("Các chỉ tiêu chủ yếu"),
    P("- Cơ cấu kinh tế (theo giá hiện hành) đến năm 2030 khu vực I là 20%, khu vực II 35%, khu vực III từ 40% trở "
      "lên, thuế sản phẩm khoảng 5%."),
    P("- Tỷ trọng giá trị sản xuất đến năm 2030 nhóm ngành nông nghiệp chiếm 20%, nhóm ngành dịch vụ chiếm 45%."),
], [R("Cơ cấu kinh tế khu vực I", value=20, year=2030), R("Cơ cấu kinh tế khu vực II", value=35, year=2030),
    R("Cơ cấu kinh tế khu vực III", value=40, year=2030), R("thuế sản phẩm", value=5, year=2030),
    R("Tỷ trọng giá trị sản xuất nhóm ngành nông nghiệp", value=20, year=2030),
    R("Tỷ trọng giá trị sản xuất nhóm ngành dịch vụ", value=45, year=2030)])

# counterexamples: a later item that opens a measure of its own ('tỷ lệ che phủ rừng', 'thu nội địa') keeps its words
SHAPES["later_measure_of_its_own_keeps_its_label"] = ([
    P("Các chỉ tiêu chủ yếu"),
    P("- Tỷ lệ trường học đạt chuẩn quốc gia 80%, tỷ lệ che phủ rừng 42%."),
    P("- Thu ngân sách nhà nước trên địa bàn đạt 500 tỷ đồng, thu nội địa 420 tỷ đồng."),
], [R("Tỷ lệ trường học đạt chuẩn quốc gia", value=80), R("tỷ lệ che phủ rừng", value=42),
    R("Thu ngân sách nhà nước", value=500, unit="tỷ đồng"), R("thu nội địa", value=420, unit="tỷ đồng")])

# --- a lead opened by a clause of time only ('Đến cuối nhiệm kỳ, tỷ lệ huy động …: Nhà trẻ 30%, …') is still a
# lead: its length is counted after that clause, and it heads every item after its colon, past ';' too ----------

SHAPES["lead_after_an_opening_time_clause"] = ([
    P("Các chỉ tiêu chủ yếu"),
    P("- Đến cuối nhiệm kỳ, tỷ lệ huy động trẻ em, học sinh trong độ tuổi đến lớp: Nhà trẻ đạt 30%, mẫu giáo đạt "
      "96%; tiểu học đạt 99,8%; trung học cơ sở đạt 97%."),
], [R("tỷ lệ huy động trẻ em học sinh Nhà trẻ", value=30), R("tỷ lệ huy động trẻ em học sinh mẫu giáo", value=96),
    R("tỷ lệ huy động trẻ em học sinh tiểu học", value=99.8),
    R("tỷ lệ huy động trẻ em học sinh trung học cơ sở", value=97)])

# counterexample: a long sentence with a colon late in it, opened by no time clause, is no lead
SHAPES["long_sentence_with_a_late_colon_is_no_lead"] = ([
    P("Các chỉ tiêu chủ yếu"),
    P("- Tiếp tục nâng cao chất lượng giáo dục mầm non và phổ thông ở các vùng khó khăn của tỉnh theo hướng: tỷ lệ "
      "trường đạt chuẩn quốc gia 75%; tỷ lệ che phủ rừng 42%."),
], [R("trường đạt chuẩn quốc gia", value=75), R("tỷ lệ che phủ rừng", value=42)])


# --- an item whose figures all stand in one parenthesis that lists named parts ('(Lúa: diện tích đạt 215 ha, …. Ngô:
# …)'): a target per figure, labelled by its part and its own words; a yield in 'tạ/ha' is an amount too ----------

SHAPES["bracketed_parts_of_an_item"] = ([
    P("II- CÁC CHỈ TIÊU CHỦ YẾU"),
    P("3. Diện tích, các cây trồng chủ yếu năm 2025 (Lúa: diện tích đạt 215 ha, năng suất trung bình năm đạt "
      "135tạ/ha, sản lượng đạt 2.900 tấn. Ngô: diện tích đạt 45ha, năng suất đạt 55 tạ/ha, sản lượng đạt 250 tấn)."),
    P("4. Cây ăn quả các loại năm 2025 (Cam: diện tích đạt 60 ha; Bưởi: diện tích đạt 35 ha)."),
], [R("Lúa: diện tích", value=215, unit="ha", year=2025),
    R("Lúa: năng suất trung bình năm", value=135, unit="tạ/ha", year=2025),
    R("Lúa: sản lượng", value=2900, unit="tấn", year=2025),
    R("Ngô: diện tích", value=45, unit="ha", year=2025), R("Ngô: năng suất", value=55, unit="tạ/ha", year=2025),
    R("Ngô: sản lượng", value=250, unit="tấn", year=2025),
    R("Cam: diện tích", value=60, unit="ha", year=2025), R("Bưởi: diện tích", value=35, unit="ha", year=2025)])

# counterexamples: a figure outside the parenthesis keeps the item's own label, and a parenthesis that names no
# part before a colon ('(năm 2024: 180 ha)') adds no target
SHAPES["parenthesis_with_no_named_part_adds_none"] = ([
    P("II- CÁC CHỈ TIÊU CHỦ YẾU"),
    P("3. Diện tích lúa năm 2025 đạt 215 ha (năm 2024: 180 ha)."),
], [R("Diện tích lúa", value=215, unit="ha", year=2025)])

# --- an amount per area or per person ('250 triệu đồng/ha', '75 triệu đồng/người/năm'): the tail is the unit's, not
# the label's; a later horizon's clause ('…, định hướng đến năm 2030 đạt trên 200 triệu đồng/ha') is the same
# measure for that year ----------------------------------------------------------------------------------------

SHAPES["per_area_tail_and_later_horizon"] = ([
    P("Phấn đấu giá trị sản xuất trên 1ha đất nông nghiệp đến năm 2025 đạt 160-170 triệu đồng, định hướng đến năm "
      "2030 đạt trên 200 triệu đồng/ha; tỷ lệ che phủ rừng 45%."),
    P("Các chỉ tiêu chủ yếu"),
    P("- GRDP bình quân đầu người đến năm 2030 đạt 120 triệu đồng/người/năm trở lên."),
], [R("giá trị sản xuất trên 1ha đất nông nghiệp", cmp="range", value=160, high=170, unit="triệu đồng", year=2025),
    R("giá trị sản xuất trên 1ha đất nông nghiệp", cmp=">", value=200, unit="triệu đồng/ha", year=2030),
    R("tỷ lệ che phủ rừng", value=45),
    R("GRDP bình quân đầu người", value=120, unit="triệu đồng/người/năm", year=2030)])

# counterexample: a yearly rate keeps '/năm' as its own unit's, and a tail that names no area nor person stays
SHAPES["yearly_rate_and_other_tails_stay"] = ([
    P("Các chỉ tiêu chủ yếu"),
    P("- Tốc độ tăng giá trị sản xuất nông nghiệp đạt 3,5%/năm."),
], [R("Tốc độ tăng giá trị sản xuất nông nghiệp", value=3.5, unit="%/năm")])


# --- count targets: a term's running total ('Lũy kế đến cuối nhiệm kỳ có 72 xã được công nhận …; có 6 huyện …'), jobs
# found and workers sent ('đặt mục tiêu giải quyết 16.000 việc làm …, đưa 1.000 người …'), what a whole province
# will cut ('Toàn tỉnh sẽ giảm 3.000 hộ nghèo'), and a range of counts opening a clause after a cue's ';' clause
# ('…; phấn đấu có 6 xã …; 35 - 50 vườn kiểu mẫu được công nhận'); a count of units has no level -----------------

SHAPES["term_total_of_recognised_units"] = ([
    P("SỐ CHỈ TIÊU", "heading"),
    P("- Sản lượng thuỷ sản đến cuối nhiệm kỳ đạt 380.000 tấn trở lên.", "list_item"),
    P("- Lũy kế đến cuối nhiệm kỳ có 64 xã được công nhận đạt chuẩn nông thôn mới; có 5 huyện/thị xã đạt chuẩn nông "
      "thôn mới/ hoàn thành nhiệm vụ xây dựng nông thôn mới.", "list_item"),
], [R("Sản lượng thuỷ sản", value=380000, unit="tấn"),
    R("xã được công nhận đạt chuẩn nông thôn mới", value=64, unit="xã"),
    R("huyện/thị xã đạt chuẩn nông thôn mới", value=5, unit="huyện")])

SHAPES["jobs_workers_and_poor_households_to_cut"] = ([
    P("Năm 2023, ngành LĐ-TB&XH tỉnh đặt mục tiêu giải quyết 18.000 việc làm tăng thêm, đưa 1.200 người đi làm việc ở "
      "nước ngoài theo hợp đồng."),
    P("Toàn tỉnh sẽ giảm 2.500 hộ nghèo theo chuẩn đa chiều giai đoạn 2023 - 2025 bằng các chính sách giảm nghèo."),
], [R("giải quyết việc làm tăng thêm", value=18000, unit="việc làm", year=2023),
    R("đưa người đi làm việc ở nước ngoài", value=1200, unit="người", year=2023),
    R("giảm hộ nghèo theo chuẩn đa chiều", value=2500, unit="hộ", year=2025)])

SHAPES["count_ranges_after_a_cue_clause"] = ([
    P("Duy trì và nâng cao chất lượng tiêu chí huyện nông thôn mới; phấn đấu có 5 xã đạt xã nông thôn mới nâng cao; "
      "có thêm từ 15 - 25 khu dân cư kiểu mẫu; 40 - 60 vườn kiểu mẫu được công nhận; tỷ lệ che phủ rừng ổn định ở "
      "mức 45 %."),
], [R("xã đạt xã nông thôn mới nâng cao", value=5, unit="xã"),
    R("khu dân cư kiểu mẫu", cmp="range", value=15, high=25, unit="khu dân cư"),
    R("vườn kiểu mẫu được công nhận", cmp="range", value=40, high=60, unit="vườn"),
    R("tỷ lệ che phủ rừng", value=45)])

# counterexamples: what a province has done, a running total to date, a forecast, and a threshold with its
# consequence set no target
SHAPES["counts_reported_or_forecast_set_none"] = ([
    P("Năm 2024, toàn tỉnh đã giải quyết 17.000 việc làm, đưa 900 người đi làm việc ở nước ngoài."),
    P("Lũy kế đến nay có 58 xã được công nhận đạt chuẩn nông thôn mới."),
    P("Dự báo năm 2026 sẽ có 12 cơn bão ảnh hưởng đến tỉnh."),
    P("Các xã có từ 40 - 60 vườn mẫu thì được công nhận đạt chuẩn."),
], [])


# --- a paragraph of one bare share right after a paragraph of targets ('Tỷ lệ sử dụng dịch vụ công trực tuyến … đạt
# 100%…') goes on with them; a result word ('hiện đạt'), a second figure or a period of its own keeps it a report --

AIMS = ("Chương trình hành động đặt mục tiêu cụ thể đến năm 2030, tỉnh thuộc nhóm 15 địa phương dẫn đầu cả nước về "
        "đổi mới sáng tạo. Quy mô kinh tế số đạt từ 25% GRDP trở lên.")

SHAPES["lone_share_after_a_paragraph_of_targets"] = ([
    P(AIMS), P("Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp đạt 100%…"),
], [R("nhóm địa phương dẫn đầu", cmp="<=", value=15, unit="hạng", year=2030),
    R("Quy mô kinh tế số", value=25, year=2030),
    R("Tỷ lệ sử dụng dịch vụ công trực tuyến", value=100)])

for _name, _report in [("with_its_year", "Năm 2024, tỷ lệ sử dụng dịch vụ công trực tuyến đạt 65%."),
                        ("reached_now", "Tỷ lệ sử dụng dịch vụ công trực tuyến hiện đạt 65%."),
                        ("with_its_change",
                         "Tỷ lệ sử dụng dịch vụ công trực tuyến đạt 65%, tăng 10% so với năm trước.")]:
    SHAPES[f"lone_share_{_name}_sets_none"] = ([P(AIMS), P(_report)], [
        R("nhóm địa phương dẫn đầu", cmp="<=", value=15, unit="hạng", year=2030),
        R("Quy mô kinh tế số", value=25, year=2030)])

# --- a plan's amount after 'dự kiến thực hiện' is its target; the share right after it ('…, bằng 112,4% so với ước
# thực hiện năm 2025') compares it with another year's and is none -------------------------------------------------

SHAPES["planned_amount_and_its_ratio_to_last_year"] = ([
    P("Trong năm 2026, thành phố đề ra chỉ tiêu giá trị sản xuất công nghiệp tăng 7% so với năm 2025. Chỉ tiêu thu "
      "ngân sách năm 2026 dự kiến thực hiện 8.512,416 tỷ đồng, bằng 112,4% so với ước thực hiện năm 2025."),
], [R("giá trị sản xuất công nghiệp tăng", value=7, year=2026),
    R("Chỉ tiêu thu ngân sách năm 2026", value=8512.416, unit="tỷ đồng", year=2026)])

# counterexample: a share that is the target itself, with no amount before 'bằng', stays one
SHAPES["share_compared_with_no_amount_before_stays"] = ([
    P("Năm 2026, phấn đấu tỷ lệ thu ngân sách bằng 105% so với dự toán."),
], [R("tỷ lệ thu ngân sách", value=105, year=2026)])

# --- a sentence opened by what it speaks of and a comma, then only a cue before its first figure ('Vụ đông năm 2026,
# phấn đấu đạt 380 ngàn ha, giá trị đạt 30.000 tỷ đồng'): a later short part is of that subject; an amount in
# 'ngàn'/'nghìn' keeps its scale in its unit, as written -----------------------------------------------------------

SHAPES["opening_subject_heads_later_parts"] = ([
    P("Vụ đông năm 2026, phấn đấu đạt 380 ngàn ha, giá trị đạt 30.000 tỷ đồng."),
], [R("Vụ đông năm 2026", value=380, unit="ngàn ha", year=2026),
    R("Vụ đông năm 2026 giá trị", value=30000, unit="tỷ đồng", year=2026)])

# counterexamples: an opening of a period only, or a first clause with a measure of its own, heads nothing
SHAPES["period_or_measure_opening_heads_nothing"] = ([
    P("Năm 2026, phấn đấu đạt 8%, thu ngân sách đạt 500 tỷ đồng."),
    P("Ngành nông nghiệp năm 2026, phấn đấu tăng 3%, diện tích lúa đạt 200 ha."),
], [R("Năm 2026", value=8, year=2026), R("thu ngân sách", value=500, unit="tỷ đồng", year=2026),
    R("Ngành nông nghiệp năm 2026 tăng", value=3, year=2026), R("diện tích lúa", value=200, unit="ha", year=2026)])


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


# a label that keeps its own words takes none of the lead's or the item's before it
OWN_WORDS = {"per_area_tail_and_later_horizon": {"GRDP": "/người"},
             "later_measure_of_its_own_keeps_its_label": {"tỷ lệ che phủ rừng": "trường", "thu nội địa": "ngân sách"},
             "long_sentence_with_a_late_colon_is_no_lead": {"tỷ lệ che phủ rừng": "Tiếp tục"},
             "period_or_measure_opening_heads_nothing": {"thu ngân sách": "Năm", "diện tích lúa": "Ngành"},
             "planned_amount_and_its_ratio_to_last_year": {"thu ngân sách": "112,4"}}


@pytest.mark.parametrize("name", list(OWN_WORDS))
def test_own_label_takes_no_head(name):
    labels = [r.label for r in run(SHAPES[name][0])]
    for own, foreign in OWN_WORDS[name].items():
        label = next(x for x in labels if own.lower() in x.lower())
        assert foreign.lower() not in label.lower(), labels

