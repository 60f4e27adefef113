"""Target shapes read off round 16's web excerpts once they had been scored (national online-service results against
their targets in brackets per block of bodies, a rate a sentence names and the next calls 'tỷ lệ này', a province's
present counts after its aim, a plan's amounts written without a thousands separator): each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.link.figures import find_figures
from test_indicator_variants import ANY, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

# --- a result against its target in brackets, per block of bodies ('Khối bộ, ngành đạt 63,47% (mục tiêu 70%), còn
# khối tỉnh, thành chỉ đạt 18,54% (mục tiêu 30%)'): the block names the level -------------------------------------

SHAPES["result_per_block_of_bodies"] = ([
    P("Năm 2025, khối bộ, ngành đạt 71,2% (mục tiêu 80%), khối tỉnh, thành phố đạt 42,6% (mục tiêu 50%)."),
    P("Khối các bộ, cơ quan ngang bộ đạt 88% (chỉ tiêu 85%)."),
    P("Khối địa phương mới đạt 35,4% (mục tiêu 40%)."),
], [R("khối bộ, ngành", level="bộ", value=80, actual=71.2, year=ANY),
    R("khối tỉnh, thành phố", level="tỉnh", value=50, actual=42.6, year=ANY),
    R("Khối các bộ", level="bộ", value=85, actual=88, status=ANY),
    R("Khối địa phương", level="tỉnh", value=40, actual=35.4)])

# counterexamples: a ministry leading its block, or a block of emulation, names no level
SHAPES["block_that_is_no_level"] = ([
    P("Khối thi đua các sở đạt 92% (mục tiêu 90%)."),
    P("Khối tỉnh ủy đạt 95% (kế hoạch 90%)."),
], [R("Khối thi đua các sở", value=90, actual=92, status=ANY),
    R("Khối tỉnh ủy", value=90, actual=95, status=ANY)])

# --- 'tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%': the rate is the one the sentence before named ------

SHAPES["this_rate_in_the_next_sentence"] = ([
    P("Dù có nhiều chuyển biến, tỷ lệ thanh toán trực tuyến của toàn tỉnh vẫn chưa đạt kế hoạch. Đến hết năm 2025, "
      "tỷ lệ này chỉ đạt 38,2%, trong khi mục tiêu đề ra là 45%."),
    P("Năm 2024, tỉ lệ hồ sơ được số hóa đã tăng mạnh. Tỉ lệ này đạt 81% (kế hoạch 75%)."),
], [R("tỷ lệ thanh toán trực tuyến của toàn tỉnh", value=45, actual=38.2, year=ANY),
    R("tỉ lệ hồ sơ được số hóa", value=75, actual=81, year=ANY, status=ANY)])

# counterexample: with no rate in the sentence before, 'tỷ lệ này' stays as written
SHAPES["this_rate_without_an_antecedent"] = ([
    P("Năm 2024 toàn tỉnh đạt nhiều kết quả quan trọng. Tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%."),
], [R("Tỷ lệ này", value=50, actual=45.8, year=ANY)])

# --- what a province has now ('hiện có gần 20 nghìn cơ sở …') after the sentence of its aim reports, sets nothing ----

SHAPES["present_counts_after_an_aim"] = ([
    P("Tỉnh đặt mục tiêu tỷ lệ lao động sau học nghề có việc làm đạt ít nhất 85%. Tỉnh hiện có gần 15 nghìn cơ sở "
      "sản xuất nông thôn, với hơn 40 nghìn lao động."),
    P("Huyện hiện có hơn 120 hợp tác xã, với khoảng 9 nghìn thành viên."),   # the paragraph after the aim's
], [R("tỷ lệ lao động sau học nghề có việc làm", value=85)])

# counterexample: 'hiện có' as a qualifier of what a target is about keeps the target
SHAPES["existing_things_in_a_target"] = ([
    P("Phấn đấu đến năm 2027 nâng cấp 100% trạm y tế hiện có đạt chuẩn quốc gia."),
], [R("trạm y tế hiện có đạt chuẩn", value=100, year=2027)])


# --- a second year's figure joined by 'và' to the last of several clauses ('…, tăng bình quân 25%/năm, đạt tỷ lệ thu
# ngân sách từ GDP 15% năm 2010 và 15,5% năm 2020'): it goes on with the clause right before it, not the sentence's first

SHAPES["second_year_after_several_clauses"] = ([
    P("Phấn đấu tỷ lệ hộ nghèo giảm 1,5%/năm, tỷ lệ che phủ rừng đạt 42% năm 2026 và 45% năm 2030."),
    P("Thu ngân sách năm 2027 đạt trên 9.000 tỷ đồng, tăng bình quân 12%/năm, phấn đấu tỷ lệ huy động ngân sách từ "
      "GRDP đạt 14% năm 2027 và 16% năm 2030."),
], [R("tỷ lệ hộ nghèo giảm", value=1.5, unit="%/năm", year=ANY),
    R("tỷ lệ che phủ rừng", value=42, year=2026), R("tỷ lệ che phủ rừng", value=45, year=2030),
    R("Thu ngân sách", cmp=">", value=9000, unit="tỷ đồng", year=2027),
    R("tăng bình quân", value=12, unit="%/năm", year=ANY),
    R("tỷ lệ huy động ngân sách từ GRDP", value=14, year=2027),
    R("tỷ lệ huy động ngân sách từ GRDP", value=16, year=2030)])

# counterexample: one clause only, its subject heads both years as before
SHAPES["second_year_in_one_clause"] = ([
    P("Phấn đấu tỷ lệ che phủ rừng đạt 42% năm 2026 và 45% năm 2030."),
], [R("tỷ lệ che phủ rừng", value=42, year=2026), R("tỷ lệ che phủ rừng", value=45, year=2030)])


# --- 'Giai đoạn 2021-2025, tỉnh đề ra phương hướng, …, với tỷ lệ đô thị hóa đạt 40,5%': a direction set out names the
# period's targets ----------------------------------------------------------------------------------------------------

SHAPES["direction_set_out_for_a_period"] = ([
    P("Giai đoạn 2026 - 2030, huyện đề ra phương hướng tập trung phát triển nông nghiệp công nghệ cao với tỷ lệ giá "
      "trị sản phẩm ứng dụng công nghệ cao đạt 35%."),
    P("Đại hội đề ra định hướng đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75%."),
], [R("tỷ lệ giá trị sản phẩm ứng dụng công nghệ cao", value=35, year=2030),
    R("tỷ lệ lao động qua đào tạo", value=75, year=2030)])

# counterexample: a direction set out after a year's results reports them
SHAPES["direction_set_out_after_results"] = ([
    P("Hội nghị đánh giá tăng trưởng kinh tế năm 2025 đạt 8,2% và đề ra phương hướng, nhiệm vụ năm 2026."),
], [])


@pytest.mark.parametrize("text,value,unit", [
    # an amount written without a thousands separator is one number ('trên 3200 tỷ đồng', '1300 USD')
    ("Thu ngân sách năm 2027 đạt trên 4500 tỷ đồng.", 4500, "tỷ đồng"),
    ("GRDP bình quân đầu người năm 2026 đạt trên 2800 USD.", 2800, "USD"),
    # counterexamples: a separated amount and a small one read as before
    ("Thu ngân sách năm 2027 đạt trên 4.500 tỷ đồng.", 4500, "tỷ đồng"),
    ("Kim ngạch xuất khẩu năm 2026 đạt trên 450 triệu USD.", 450, "triệu USD"),
])
def test_unseparated_amounts(text, value, unit):
    from test_indicator_variants import run
    recs = [r for r in run([P(text)]) if r.target_value is not None]
    assert [(r.target_value, r.target_unit) for r in recs] == [(value, unit)]


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
