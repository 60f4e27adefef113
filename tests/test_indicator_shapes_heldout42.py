"""Shapes read off round 42's held-out excerpts once they had been scored (news items retelling a province's tourism
plan, a ministry's plan for digital government, a report on cutting business conditions): each rule a table of strings
written in the genre's style (paraphrased, not copied: names, places and numbers changed), with counterexamples."""
from __future__ import annotations

import pytest

from extractor.link.figures import Figure
from extractor.link.not_targets import _not_a_target
from test_indicator_variants import P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}


def _figure(before: str, figure: str, after: str) -> tuple[str, Figure]:
    number = figure.split()[0].rstrip("%")
    unit = "%" if figure.endswith("%") else figure[len(number):].strip()
    start = len(before)
    value = float(number.replace(".", "").replace(",", "."))
    f = Figure(start, start + len(figure), value, unit=unit, expr_start=start, expr_end=start + len(figure))
    return before + figure + after, f


# --- what a plan is made of, what it spends, and what was already cut are no targets ---------------------------

@pytest.mark.parametrize("before, figure, after, why", [
    # the plan's own tasks and solutions, counted (as 'chỉ tiêu', 'tiêu chí' are)
    ("Để hoàn thành mục tiêu này, huyện xác định thực hiện ", "6 nhiệm vụ", " trọng tâm, bao gồm: công tác quảng bá.",
     "tally"),
    ("Kế hoạch đề ra ", "5 nhiệm vụ", ", giải pháp chủ yếu.", "tally"),
    ("Chương trình nêu ", "04 nhóm", " giải pháp lớn.", "tally"),
    # the plan's budget, however the sentence names it
    ("Tổng kinh phí dành cho Chương trình phát triển du lịch Ninh Thuận năm 2023 gần ", "4,2 tỷ đồng", ".", "budget"),
    ("Kinh phí thực hiện Kế hoạch dự kiến ", "850 triệu đồng", ", từ nguồn ngân sách tỉnh.", "budget"),
    ("3. Dự toán kinh phí thực hiện Đề án là ", "12 tỷ đồng", ".", "budget"),
    # a cut by a number of things in a sentence that reports what was done
    ("Từ đầu năm đến nay, các sở đã trình ban hành văn bản để bãi bỏ 150 thủ tục hành chính, đơn giản hóa 420 thủ tục "
     "hành chính, cắt giảm ", "315 điều kiện kinh doanh", ".", "reported cut"),
    ("Thời gian qua, tỉnh đã rà soát và cắt giảm ", "48 thủ tục", " không còn phù hợp.", "reported cut"),
    # counterexamples: tasks a plan sets as an amount of work done; money raised or spent as a measure; a cut a plan
    # aims at, with or without a result cue elsewhere in the sentence
    ("Phấn đấu tổ chức ", "6 hội chợ", " du lịch trong năm.", None),
    ("Huy động kinh phí xã hội hóa đạt ", "50 tỷ đồng", " trở lên.", None),
    ("Tổng chi ngân sách địa phương đạt ", "11.892 tỷ đồng", ".", None),
    ("Phấn đấu năm 2026 cắt giảm ", "120 điều kiện kinh doanh", ".", None),
    ("Đến nay tỉnh đã hoàn thành rà soát; năm 2026 phấn đấu cắt giảm ", "60 thủ tục", ".", None),
    ("Phương án cắt giảm ", "30%", " thời gian giải quyết thủ tục.", None),
    ("Nhiệm kỳ tới, tỉnh tổ chức ", "8 nhiệm kỳ", ".", None),
])
def test_plan_tasks_budget_and_reported_cuts(before, figure, after, why):
    text, f = _figure(before, figure, after)
    assert _not_a_target(text, f) == why


SHAPES["tourism_plan_tasks_and_budget"] = ([
    P("UBND tỉnh Ninh Thuận vừa ban hành kế hoạch phát triển du lịch năm 2023. Kế hoạch đặt mục tiêu đón 900.000 lượt "
      "khách lưu trú; doanh thu du lịch 3.000 tỷ đồng."),
    P("Để hoàn thành mục tiêu này, tỉnh xác định thực hiện 7 nhiệm vụ trọng tâm, bao gồm: công tác tuyên truyền; "
      "phát triển nguồn nhân lực; xúc tiến quảng bá du lịch."),
    P("Tổng kinh phí dành cho Chương trình phát triển du lịch Ninh Thuận năm 2023 gần 4,2 tỷ đồng."),
], [R("đón lượt khách lưu trú", value=900000, unit="lượt"),
    R("doanh thu du lịch", value=3000, unit="tỷ đồng")])

SHAPES["cuts_reported_since_the_start_of_the_year"] = ([
    P("Theo đó, từ đầu năm 2024 đến nay, các sở, ngành đã ban hành và trình ban hành các văn bản để bãi bỏ 150 thủ "
      "tục hành chính, đơn giản hóa 420 thủ tục hành chính, cắt giảm 315 điều kiện kinh doanh."),
    P("Phấn đấu năm 2025 cắt giảm ít nhất 30% điều kiện kinh doanh."),
], [R("cắt giảm điều kiện kinh doanh", value=30, year=2025)])


# --- an amount's parts, each its own target, labelled by the amount's counted things and the part's name -----------

SHAPES["visitors_and_their_parts_named_before"] = ([
    P("Phấn đấu năm 2025, đón được 3.100.000 lượt khách tham quan du lịch, trong đó khách quốc tế là 400.000 lượt "
      "khách, khách nội địa: 2.700.000 lượt khách. Tổng thu từ du lịch đạt 3.800 tỷ đồng."),
], [R("đón được lượt khách tham quan du lịch", value=3100000, unit="lượt", year=2025),
    R("lượt khách tham quan du lịch khách quốc tế", value=400000, unit="lượt", year=2025),
    R("lượt khách tham quan du lịch khách nội địa", value=2700000, unit="lượt", year=2025),
    R("tổng thu từ du lịch", value=3800, unit="tỷ đồng", year=2025)])

# a share in an aside qualifies no count after it: the parts after 'trong đó' are amounts of their own
SHAPES["parts_after_an_aside_with_a_share"] = ([
    P("Kế hoạch đặt mục tiêu đón 1,5 triệu lượt khách lưu trú (tăng 80% so với năm 2022), trong đó có 1,42 triệu lượt "
      "khách nội địa và 80.000 lượt khách quốc tế; doanh thu du lịch 5.000 tỷ đồng."),
], [R("đón lượt khách lưu trú", value=1.5, unit="triệu lượt"),
    R("khách nội địa", value=1.42, unit="triệu lượt"),
    R("khách quốc tế", value=80000, unit="lượt"),
    R("doanh thu du lịch", value=5000, unit="tỷ đồng")])

# counterexample: a count a share's things have (no aside, no 'trong đó' between) stays part of the share's target
SHAPES["qualifier_of_a_share"] = ([
    P("Phấn đấu năm 2025, 100% các khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G."),
], [R("khu công nghiệp cụm công nghiệp trạm phát sóng", value=100, year=2025)])

# ranks run together with a comma, the topic of the last one theirs too
SHAPES["ranks_run_with_a_comma_share_their_topic"] = ([
    P("Nghị quyết nêu rõ mục tiêu đến năm 2030 Việt Nam thuộc nhóm 4 nước dẫn đầu ASEAN, nhóm 40 nước đứng đầu thế giới "
      "về năng lực cạnh tranh số; tỷ lệ sử dụng dịch vụ công trực tuyến đạt trên 70%."),
], [R("nhóm nước dẫn đầu ASEAN về năng lực cạnh tranh số", cmp="<=", value=4, unit="hạng", year=2030),
    R("nhóm nước đứng đầu thế giới về năng lực cạnh tranh số", cmp="<=", value=40, unit="hạng", year=2030),
    R("tỷ lệ sử dụng dịch vụ công trực tuyến", cmp=">", value=70, year=2030)])

# counterexample: each rank with its own topic keeps it
SHAPES["ranks_each_with_a_topic"] = ([
    P("Đến năm 2030, tỉnh thuộc nhóm 10 tỉnh dẫn đầu về chuyển đổi số, nhóm 5 tỉnh dẫn đầu về chính quyền số."),
], [R("nhóm tỉnh dẫn đầu về chuyển đổi số", cmp="<=", value=10, unit="hạng", year=2030),
    R("nhóm tỉnh dẫn đầu về chính quyền số", cmp="<=", value=5, unit="hạng", year=2030)])


# --- a caption line restating the body's target is one target; 'Song song đó,' goes on with the aim ----------------

SHAPES["caption_restating_the_body"] = ([
    P("Bộ Tư pháp vừa ban hành kế hoạch chuyển đổi số của ngành."),
    P("Theo lộ trình đặt ra, đến năm 2028, tối thiểu 70% người dân và doanh nghiệp sẽ sử dụng các dịch vụ công trực "
      "tuyến của ngành."),
    P("Đến năm 2028, 70% người dân và doanh nghiệp sẽ dùng dịch vụ công trực tuyến"),
    P("Đồng thời, Bộ cũng đặt mục tiêu đến năm 2028, 85% thủ tục hành chính đủ điều kiện sẽ được cung cấp trực tuyến "
      "toàn trình. Song song đó, 100% hồ sơ và kết quả giải quyết thủ tục hành chính sẽ được số hóa."),
], [R("người dân doanh nghiệp sử dụng dịch vụ công trực tuyến", value=70, year=2028),
    R("thủ tục hành chính cung cấp trực tuyến toàn trình", value=85, year=2028),
    R("hồ sơ kết quả giải quyết thủ tục hành chính số hóa", value=100, year=2028)])

# counterexamples: a caption of another value, or of other words, is a target of its own; 'Song song đó,' with what
# was done reports it
SHAPES["caption_of_another_target_and_a_result_alongside"] = ([
    P("Bộ Tư pháp vừa ban hành kế hoạch chuyển đổi số của ngành."),
    P("Theo lộ trình đặt ra, đến năm 2028, tối thiểu 70% người dân và doanh nghiệp sẽ sử dụng các dịch vụ công trực "
      "tuyến của ngành."),
    P("Đến năm 2028, 70% văn bản đi được ký số trên hệ thống quản lý văn bản"),
    P("Đến năm 2028, 90% người dân và doanh nghiệp sẽ dùng dịch vụ công trực tuyến"),
    P("Bộ đặt mục tiêu đến năm 2028, 85% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình. Song "
      "song đó, hiện nay 60% hồ sơ đã được số hóa."),
], [R("người dân doanh nghiệp sử dụng dịch vụ công trực tuyến", value=70, year=2028),
    R("văn bản đi được ký số", value=70, year=2028),
    R("người dân doanh nghiệp dùng dịch vụ công trực tuyến", value=90, year=2028),
    R("thủ tục hành chính cung cấp trực tuyến toàn trình", value=85, year=2028)])


# --- a later year's figure in 'và đến 2030 sẽ là …' repeats the indicator before it --------------------------------

SHAPES["later_year_with_se"] = ([
    P("Nghị quyết đặt ra chỉ tiêu đến 2025, kinh tế số của tỉnh Ninh Bình chiếm 15% trở lên trong GRDP của tỉnh và đến "
      "2030 sẽ là 25% trở lên."),
    # counterexample: a clause that names what it will change keeps its own words
    P("Phấn đấu đến năm 2025, tỷ lệ hộ nghèo giảm còn 3% và đến năm 2030 sẽ giảm 500 hộ nghèo."),
], [R("kinh tế số chiếm trong GRDP của tỉnh", value=15, year=2025),
    R("kinh tế số chiếm trong GRDP của tỉnh", value=25, year=2030),
    R("tỷ lệ hộ nghèo giảm", cmp="<=", value=3, year=2025),
    R("sẽ giảm nghèo", value=500, unit="hộ", year=2030)])


@pytest.mark.parametrize("gap, part", [
    (" khách tham quan du lịch, trong đó khách quốc tế là ", "khách quốc tế"),
    (" khách, khách nội địa: ", "khách nội địa"),
    (" học sinh, trong số đó học sinh tiểu học là ", "học sinh tiểu học"),
    # counterexamples: a clause with a verb, a new measure of many words, a ';' item
    (" khách, tăng 10% so với năm trước ", None),
    (" khách, doanh thu từ khách du lịch quốc tế trong năm là ", None),
    (" khách; doanh thu du lịch là ", None),
])
def test_named_count_part(gap, part):
    from extractor.link.label_parts import NAMED_COUNT_PART_RX
    m = NAMED_COUNT_PART_RX.fullmatch(gap)
    assert (m.group("name") if m else None) == part


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
