"""Target shapes read off rounds 67–68's held-out excerpts once they had been scored (a national programme's targets for
two years each, announced in a paragraph of their own and listed in the next; a district's aim for a quarter): each
rule a table of short strings in the genre's style, the real ones from the excerpts, the others made-up variants, with
counterexamples. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run


def labels(*texts: str) -> list[str]:
    """The label of every target read from the paragraphs, spaces folded."""
    return [" ".join(r.label.split()) for r in run([P(t) for t in texts]) if r.target_value is not None]


# --- 1. a paragraph that closes announcing a plan's targets ('Chương trình cũng đề ra một số mục tiêu cụ thể.'), then
# the next paragraph, with no 'Theo đó': its sentences list them ('Thứ nhất, … . Cụ thể như: Tỷ lệ … đạt 80% năm 2025
# và 90% năm 2030.'). Counterexamples: no announcement before; what was done; a plan that announces no targets; a
# resolution only said to be adopted (test_indicator_shapes_heldout59) ------------------------------------------------

ANNOUNCED = "Chương trình cũng đề ra một số mục tiêu cụ thể."
SKILLS = ("Thứ nhất, tăng số lao động có kỹ năng phù hợp với nhu cầu TTLĐ. Cụ thể như: Tỷ lệ lao động có các kỹ năng "
          "công nghệ thông tin đạt 80% năm 2025 và 90% năm 2030.")


@pytest.mark.parametrize("blocks, expected", [
    ([ANNOUNCED, SKILLS],
     [R("Tỷ lệ lao động có các kỹ năng công nghệ thông tin", value=80, year=2025),
      R("Tỷ lệ lao động có các kỹ năng công nghệ thông tin", value=90, year=2030)]),
    # made-up variants: 'những … về …', 'các chỉ tiêu chủ yếu', a theme opening the list
    (["Kế hoạch đặt ra những mục tiêu cụ thể về chuyển đổi số.",
      "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 80% vào năm 2026. Tỷ lệ người dân có tài khoản định "
      "danh điện tử đạt 90%."],
     [R("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", value=80, year=2026),
      R("Tỷ lệ người dân có tài khoản định danh điện tử", value=90)]),
    (["Nghị quyết đề ra các chỉ tiêu chủ yếu.",
      "Về kinh tế, thu nhập bình quân đầu người đạt 90 triệu đồng vào năm 2030; tỷ lệ hộ nghèo dưới 1%."],
     [R("thu nhập bình quân đầu người", value=90, unit="triệu đồng", year=2030),
      R("tỷ lệ hộ nghèo", cmp="<", value=1, year=2030)]),
    # counterexamples
    ([SKILLS], []),
    (["Kế hoạch đặt ra những mục tiêu cụ thể về chuyển đổi số.",
      "Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đã đạt 75%."], []),
    (["Kế hoạch đề ra các giải pháp về chuyển đổi số.",
      "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 80% vào năm 2026."], []),
])
def test_targets_listed_in_the_paragraph_after_their_announcement(blocks, expected):
    check([P(b) for b in blocks], expected)


# --- 2. one measure's figures for two periods joined by 'và', the earlier one's period between them ('… có bằng cấp,
# chứng chỉ đạt 30% vào năm 2025 và đạt 35-40% vào năm 2030'): the measure has no group before the 'và', so the earlier
# label does not take the later one's words (as '100% dân số đô thị và 95% dân số nông thôn được …' does) ------------

@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30% vào năm 2025 và đạt 35-40% vào năm "
     "2030.",
     ["tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ vào năm 2025",
      "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ vào năm 2030"]),
    # made-up variants: bare years, periods of several years
    ("Phấn đấu tỷ lệ hộ gia đình có đường Internet cáp quang đạt 70% năm 2025 và 90% năm 2030.",
     ["tỷ lệ hộ gia đình có đường Internet cáp quang năm 2025",
      "tỷ lệ hộ gia đình có đường Internet cáp quang năm 2030"]),
    ("Đến năm 2030, phấn đấu tỷ lệ dân số có hồ sơ sức khỏe điện tử đạt 80% giai đoạn 2026-2027 và 95% giai đoạn "
     "2028-2030.",
     ["tỷ lệ dân số có hồ sơ sức khỏe điện tử giai đoạn 2026-2027",
      "tỷ lệ dân số có hồ sơ sức khỏe điện tử giai đoạn 2028-2030"]),
    # counterexample: shares written before their groups share what the last group does
    ("Phấn đấu 100% dân số đô thị và 95% dân số nông thôn được sử dụng nước sạch.",
     ["dân số đô thị được sử dụng nước sạch", "dân số nông thôn được sử dụng nước sạch"]),
])
def test_one_measure_for_two_periods_keeps_its_own_label(text, expected):
    assert labels(text) == expected


# --- 3. a lead that only says the details follow ('Cụ thể như:', 'Cụ thể:', 'Cụ thể là:') names no measure: neither a
# head of the figures after it nor words of their labels. Counterexample: a lead that names a structure heads its parts

@pytest.mark.parametrize("blocks, first", [
    ([ANNOUNCED, "Thứ nhất, tăng số lao động có kỹ năng phù hợp với nhu cầu TTLĐ. Cụ thể như: Tỷ lệ lao động qua đào "
                 "tạo có bằng cấp, chứng chỉ đạt 30% vào năm 2025 và đạt 35-40% vào năm 2030."],
     "Tỷ lệ lao động qua đào tạo có bằng cấp"),
    # made-up variants
    (["Phấn đấu nâng cao chất lượng nguồn nhân lực. Cụ thể: tỷ lệ lao động qua đào tạo đạt 70% và tỷ lệ lao động có "
      "việc làm đạt 95%."], "tỷ lệ lao động qua đào tạo"),
    (["Phấn đấu nâng cao chất lượng nguồn nhân lực. Cụ thể là: tỷ lệ lao động qua đào tạo đạt 70% năm 2026."],
     "tỷ lệ lao động qua đào tạo"),
])
def test_a_details_lead_is_no_word_of_the_labels(blocks, first):
    got = labels(*blocks)
    assert got and got[0].startswith(first)
    assert not any("cụ thể" in x.lower() or x.lower().startswith(("như", "là")) for x in got), got


def test_a_structure_lead_still_heads_its_parts():
    assert labels("Phấn đấu cơ cấu kinh tế: nông nghiệp 20%, công nghiệp 30%, dịch vụ 50%.") == [
        "Phấn đấu cơ cấu kinh tế: nông nghiệp", "Phấn đấu cơ cấu kinh tế: công nghiệp",
        "Phấn đấu cơ cấu kinh tế: dịch vụ"]


# --- 4. a comma inside a pair of fields named as one ('Chỉ số đổi mới, sáng tạo toàn cầu', 'khoa học, công nghệ') ends
# no label piece: a long sentence's label reaches back over it -----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu Chỉ số Lao động có kiến thức chuyên môn trong Chỉ số đổi mới, sáng tạo toàn cầu (GII) thuộc nhóm 60 "
     "nước đứng đầu vào năm 2025.",
     [R("Chỉ số Lao động có kiến thức chuyên môn GII", cmp="<=", value=60, unit="hạng", year=2025)]),
    # made-up variant
    ("Phấn đấu đến năm 2030, tổng chi cho hoạt động nghiên cứu và phát triển khoa học, công nghệ của toàn xã hội đạt "
     "tối thiểu 2% GDP.",
     [R("tổng chi cho hoạt động nghiên cứu và phát triển khoa học công nghệ", value=2, year=2030)]),
])
def test_a_pair_of_fields_is_one_name(text, expected):
    check([P(text)], expected)


# --- 5. in a long sentence, a comma piece of three words or fewer before its figure ('…, chứng chỉ đạt 30%') is too
# short to name the measure alone; with no comma before it the label reaches back to the clause's start. Counterexample:
# a piece that names the measure in full stays the label --------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Một trong những mục tiêu cụ thể của chương trình là nâng tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30% "
     "vào năm 2025 và đạt 35-40% vào năm 2030.", ["tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"] * 2),
    # made-up variant
    ("Một trong những mục tiêu quan trọng của kế hoạch giai đoạn tới là nâng tỷ lệ hộ gia đình được sử dụng nước sạch, "
     "hợp vệ sinh đạt 98% vào năm 2027 trên địa bàn toàn tỉnh.",
     ["tỷ lệ hộ gia đình được sử dụng nước sạch, hợp vệ sinh"]),
])
def test_a_short_piece_reaches_back_to_its_clause(text, words):
    got = labels(text)
    assert len(got) == len(words) and all(w in x for w, x in zip(words, got)), got


def test_a_piece_naming_its_measure_stays_the_label():
    assert labels("Trong điều kiện nguồn lực còn hạn chế, ngân sách địa phương chưa đáp ứng nhu cầu đầu tư, tỉnh phấn "
                  "đấu tỷ lệ hộ nghèo giảm 1,5% trong năm 2026 theo chuẩn nghèo đa chiều mới.") == [
        "tỷ lệ hộ nghèo giảm trong năm 2026 theo chuẩn nghèo đa chiều mới"]


# --- 6. 'quyết tâm' as the verb of an aim, before what is to be done ('Quyết tâm thực hiện đến hết quý II đạt trên 50%
# chỉ tiêu phát triển đảng viên'), sets a target as 'phấn đấu' does, and a share of the target it aims at is no target
# met. Counterexamples: the noun ('với quyết tâm cao', 'thể hiện quyết tâm'), and what was done ('đã quyết tâm') ------

@pytest.mark.parametrize("text, expected", [
    ("Quyết tâm thực hiện đến hết quý II đạt trên 50% chỉ tiêu phát triển đảng viên.",
     [R("chỉ tiêu phát triển đảng viên", cmp=">", value=50)]),
    # made-up variants
    ("Năm 2026, huyện quyết tâm hoàn thành 100% chỉ tiêu thu ngân sách.",
     [R("chỉ tiêu thu ngân sách", value=100, year=2026)]),
    ("Tỉnh quyết tâm đưa tỷ lệ hồ sơ trực tuyến đạt 80% trong năm 2026.",
     [R("tỷ lệ hồ sơ trực tuyến", value=80, year=2026)]),
    # counterexamples
    ("Năm 2024, với quyết tâm cao, huyện đã hoàn thành 100% chỉ tiêu thu ngân sách.", []),
    ("Năm 2024, huyện đã quyết tâm thực hiện và đạt 95% kế hoạch thu ngân sách.", []),
    ("Năm 2024, huyện hoàn thành 100% chỉ tiêu thu ngân sách, thể hiện quyết tâm cao của cả hệ thống chính trị.", []),
])
def test_quyet_tam_sets_an_aim(text, expected):
    check([P(text)], expected)


# --- 7. a figure after the target's own period and 'và', with a period of its own right after it ('… đạt 70% năm 2026
# và 75% năm 2027'), is the same measure's target for that period, where the sentence goes on with an aim set before
# it (no cue of its own). Counterexamples: a share of other things after 'và'; a sentence that reports ----------------

AIM = "Phấn đấu nâng cao chất lượng nguồn nhân lực."


@pytest.mark.parametrize("blocks, expected", [
    # (round 68's list, its aim in the sentence before, the paragraph no list)
    (["Phấn đấu đến năm 2030 tăng số lao động có kỹ năng. Cụ thể như: Tỷ lệ lao động qua đào tạo có bằng cấp, chứng "
      "chỉ đạt 30% vào năm 2025 và đạt 35-40% vào năm 2030."],
     [R("Tỷ lệ lao động qua đào tạo có bằng cấp chứng chỉ", value=30, year=2025),
      R("Tỷ lệ lao động qua đào tạo có bằng cấp chứng chỉ", cmp="range", value=35, high=40, year=2030)]),
    # made-up variants
    ([AIM + " Cụ thể là: tỷ lệ lao động qua đào tạo đạt 70% năm 2026 và 75% năm 2027."],
     [R("tỷ lệ lao động qua đào tạo", value=70, year=2026), R("tỷ lệ lao động qua đào tạo", value=75, year=2027)]),
    ([AIM + " Tỷ lệ lao động qua đào tạo đạt 70% giai đoạn 2026-2027, 75% giai đoạn 2028-2030."],
     [R("tỷ lệ lao động qua đào tạo", value=70, year=2027), R("tỷ lệ lao động qua đào tạo", value=75, year=2030)]),
    # counterexamples
    ([AIM + " Tỷ lệ lao động qua đào tạo đạt 70% năm 2026 và 75% dân số nông thôn có việc làm."],
     [R("tỷ lệ lao động qua đào tạo", value=70, year=2026)]),
    (["Năm 2024, tỷ lệ lao động qua đào tạo đạt 70% năm 2024 và 75% năm 2025."], []),
])
def test_a_figure_for_the_next_period_goes_on_with_the_target(blocks, expected):
    check([P(b) for b in blocks], expected)
