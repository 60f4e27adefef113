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


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)


# a label that keeps its own words takes none of the lead's or the item's before it
OWN_WORDS = {"later_measure_of_its_own_keeps_its_label": {"tỷ lệ che phủ rừng": "trường", "thu nội địa": "ngân sách"},
             "long_sentence_with_a_late_colon_is_no_lead": {"tỷ lệ che phủ rừng": "Tiếp tục"}}


@pytest.mark.parametrize("name", list(OWN_WORDS))
def test_own_label_takes_no_head(name):
    labels = [r.label for r in run(SHAPES[name][0])]
    for own, foreign in OWN_WORDS[name].items():
        label = next(x for x in labels if own.lower() in x.lower())
        assert foreign.lower() not in label.lower(), labels

