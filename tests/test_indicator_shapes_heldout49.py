"""Target shapes read off round 49's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def targets(blocks) -> list[tuple[str, float, object]]:
    """(label, target value, target high) of every target read from the blocks."""
    return [(" ".join(r.label.split()), r.target_value, r.target_high)
            for r in run(blocks) if r.target_value is not None]


# --- 1. a theme line with no colon ('a) Về kinh tế') a few plain paragraphs under a heading that names the targets
# ('Các chỉ tiêu chủ yếu … đến năm 2027' › a dateline › a lead paragraph): the heading's list again, its bare items
# ('- Thu ngân sách … tăng bình quân 8-9%/năm') targets; under a heading of results, or past other headings, none ---

HEAD = P("Các chỉ tiêu chủ yếu phát triển kinh tế - xã hội đến năm 2027")
DATELINE = P("Cập nhật ngày 05-03-2024 09:15")
LEAD = P("Đến năm 2027, tỷ lệ lao động qua đào tạo đạt 80%.")
THEMED = [P("a) Về kinh tế"),
          P("- Tổng vốn đầu tư phát triển trên địa bàn tăng 8-9%/năm, giai đoạn 2024-2027 ước đạt 150-160 nghìn tỷ đồng."),
          P("- Thu ngân sách trên địa bàn tăng bình quân 6-8%/năm."),
          P("b) Về xã hội"), P("- Tỷ lệ tăng dân số bình quân 1,8%/năm.")]
LISTED = [("Tổng vốn đầu tư phát triển trên địa bàn tăng", 8, 9),
          ("Tổng vốn đầu tư phát triển trên địa bàn tăng giai đoạn 2024-2027", 150, 160),
          ("Thu ngân sách trên địa bàn tăng bình quân", 6, 8), ("Tỷ lệ tăng dân số bình quân", 1.8, None)]


@pytest.mark.parametrize("blocks", [[HEAD, DATELINE, LEAD] + THEMED, [HEAD, LEAD] + THEMED])
def test_theme_line_resumes_the_headings_list(blocks):
    assert targets(blocks) == [("tỷ lệ lao động qua đào tạo", 80, None)] + LISTED


# counterexamples: a heading of results over the themes; another heading between; the heading too far above: the
# item with no cue of a target ('tăng 8-9%/năm, … ước đạt …') is read as no target
@pytest.mark.parametrize("blocks", [
    [P("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023"), DATELINE, P("Năm 2023, kinh tế tiếp tục phục hồi.")] + THEMED,
    [HEAD, LEAD, P("II. TÌNH HÌNH THỰC HIỆN")] + THEMED,
    [HEAD, DATELINE, LEAD, P("Kinh tế tiếp tục phục hồi."), P("Xã hội ổn định.")] + THEMED,
])
def test_theme_line_far_from_a_heading_of_targets(blocks):
    assert not {8, 150} & {value for _, value, _ in targets(blocks)}


# --- 2. in an item, 'với' right after a figure then a measure of its own ('tăng 8-9%/năm với tổng vốn … đạt 150-160
# nghìn tỷ đồng') opens the next figure's clause, and a clause that only says 'chiếm' ('…, chiếm 20-22%') takes the
# name of the measure before; 'so với', or 'với' and no measure of its own, joins nothing -------------------------

def item_labels(item: str) -> list[tuple[str, float]]:
    return [(label, value) for label, value, _ in targets([HEAD, LEAD, P("a) Về kinh tế"), P(item)])][1:]


@pytest.mark.parametrize("item, expected", [
    ("- Tổng vốn đầu tư toàn xã hội tăng 8-9%/năm với tổng vốn đầu tư giai đoạn 2024-2027 đạt 150-160 nghìn tỷ đồng, "
     "trong đó vốn ngân sách nhà nước đạt 30-35 nghìn tỷ đồng, chiếm 20-22%.",
     [("Tổng vốn đầu tư toàn xã hội tăng", 8), ("tổng vốn đầu tư giai đoạn 2024-2027", 150),
      ("vốn ngân sách nhà nước", 30), ("vốn ngân sách nhà nước chiếm", 20)]),
    ("- Kim ngạch xuất khẩu tăng bình quân 12%/năm với giá trị xuất khẩu hàng nông sản đạt 900 triệu USD.",
     [("Kim ngạch xuất khẩu tăng bình quân", 12), ("giá trị xuất khẩu hàng nông sản", 900)]),
    # counterexamples: 'so với' a base; a share that names its own part
    ("- Tổng vốn đầu tư toàn xã hội tăng 10%/năm so với giai đoạn trước, đạt 150 nghìn tỷ đồng.",
     [("Tổng vốn đầu tư toàn xã hội tăng so với giai đoạn trước", 10),
      ("Tổng vốn đầu tư toàn xã hội tăng", 150)]),
    ("- Cơ cấu kinh tế: dịch vụ chiếm 45%, công nghiệp - xây dựng chiếm 40%.",
     [("Cơ cấu kinh tế: dịch vụ chiếm", 45), ("Cơ cấu kinh tế: công nghiệp - xây dựng chiếm", 40)]),
])
def test_with_and_share_clauses_of_an_item(item, expected):
    assert item_labels(item) == expected


# --- 3. in a list of targets whose heading names a horizon ahead ('… đến năm 2027'), 'ước đạt' projects what the plan
# counts on: a target; under a heading of one year with no date to tell it ahead, or with 'đã', it reports -----------

@pytest.mark.parametrize("heading, item, expected", [
    (HEAD, "- Tổng vốn đầu tư giai đoạn 2024-2027 ước đạt 150-160 nghìn tỷ đồng.", [150]),
    (P("Một số chỉ tiêu chính đến năm 2030"), "- Doanh thu du lịch ước đạt 12.000 tỷ đồng.", [12000]),
    # counterexamples
    (P("Các chỉ tiêu chủ yếu năm 2024"), "- Tổng vốn đầu tư ước đạt 150-160 nghìn tỷ đồng.", []),
    (HEAD, "- Tổng vốn đầu tư đã huy động ước đạt 150-160 nghìn tỷ đồng.", []),
])
def test_projection_in_a_list_ahead(heading, item, expected):
    assert [value for _, value, _ in targets([heading, P("a) Về kinh tế"), P(item)])] == expected


# --- 4. a parenthesis right after a target that lists its parts, each with its own range, the parts parted by commas
# and ';' ('tăng 8-9%/năm (thương mại tăng 7,5-8%, vận tải - kho bãi tăng 9-9,5%; …)'): each part's target, named
# by its own words, in prose and in a list's item; a parenthesis of years or of results sets none ---------------------

PARTS = "(thương mại tăng 7,5-8%, vận tải - kho bãi tăng 9-9,5%; lâm nghiệp tăng 1-2%; thuế nhập khẩu tăng 6-6,5%/năm)"
PARTS_READ = [("thương mại tăng", 7.5, 8), ("vận tải - kho bãi tăng", 9, 9.5), ("lâm nghiệp tăng", 1, 2),
              ("thuế nhập khẩu tăng", 6, 6.5)]


@pytest.mark.parametrize("blocks, expected", [
    ([P(f"Phấn đấu tốc độ tăng trưởng GRDP giai đoạn 2026-2030 tăng 8-9%/năm {PARTS}.")],
     [("tốc độ tăng trưởng GRDP giai đoạn 2026-2030 tăng", 8, 9)] + PARTS_READ),
    ([HEAD, P("a) Về kinh tế"), P(f"- Tốc độ tăng trưởng GRDP giai đoạn 2024-2027 tăng 8-9%/năm {PARTS}.")],
     [("Tốc độ tăng trưởng GRDP giai đoạn 2024-2027 tăng", 8, 9)] + PARTS_READ),
    # counterexamples: a parenthesis of past years; one of results
    ([P("Phấn đấu tốc độ tăng trưởng GRDP giai đoạn 2026-2030 tăng 8-9%/năm (năm 2024 tăng 7,1%, năm 2025 tăng "
        "7,4%).")], [("tốc độ tăng trưởng GRDP giai đoạn 2026-2030 tăng", 8, 9)]),
    ([P("Phấn đấu tốc độ tăng trưởng GRDP giai đoạn 2026-2030 tăng 8-9%/năm (giai đoạn trước đạt được: thương mại "
        "tăng 7,5-8%, vận tải tăng 9-9,5%).")], [("tốc độ tăng trưởng GRDP giai đoạn 2026-2030 tăng", 8, 9)]),
])
def test_parts_of_a_target_in_a_parenthesis(blocks, expected):
    assert targets(blocks) == expected


# --- 5. after a paragraph that sets aims, a sentence goes on with them: an amount's target, then the average rate it
# grows at ('đạt hơn 520 nghìn tỷ đồng, tăng bình quân 12-13%/năm'); a paragraph that says it goes on ('Đặc biệt, …')
# with its figures, a clause opening with 'đóng góp' named by the owner before it; a rate with no 'bình quân', a
# paragraph with another opener or speaking of what was done, none ------------------------------------------------

AIM = P("Theo đó, đến năm 2030, tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP bình quân đạt từ 9%/năm trở lên.")


@pytest.mark.parametrize("blocks, expected", [
    ([AIM, P("Vốn đầu tư phát triển trên địa bàn giai đoạn 2026-2030 đạt hơn 520 nghìn tỷ đồng, tăng bình quân "
             "12-13%/năm. Tỷ lệ đô thị hóa đạt 45%.")],
     [(520, None), (12, 13), (45, None)]),
    ([AIM, P("Tỷ lệ đô thị hóa đạt 45%."),
      P("Đặc biệt, tốc độ tăng trưởng bình quân của kinh tế số đạt 10,5-11%/năm, đóng góp khoảng 55-58% "
        "GRDP; số hợp tác xã hoạt động hiệu quả tăng từ 15-20%.")],
     [(45, None), (10.5, 11), (55, 58), (15, 20)]),
    # counterexamples: a rate with no 'bình quân'; another opener; what was done
    ([AIM, P("Vốn đầu tư phát triển trên địa bàn giai đoạn 2026-2030 đạt hơn 520 nghìn tỷ đồng, tăng 12% so với "
             "giai đoạn trước.")], [(520, None)]),
    ([AIM, P("Tỷ lệ đô thị hóa đạt 45%."),
      P("Trong khi đó, tốc độ tăng trưởng bình quân của kinh tế số đạt 10,5-11%/năm.")], [(45, None)]),
    ([AIM, P("Tỷ lệ đô thị hóa đạt 45%."),
      P("Đặc biệt, tốc độ tăng trưởng bình quân của kinh tế số đã đạt 10,5-11%/năm.")], [(45, None)]),
])
def test_sentences_going_on_with_aims(blocks, expected):
    assert [(value, high) for _, value, high in targets(blocks)][1:] == expected


def test_share_clause_named_by_the_owner_before():
    blocks = [AIM, P("Tỷ lệ đô thị hóa đạt 45%."),
              P("Đặc biệt, tốc độ tăng trưởng bình quân của kinh tế số đạt 10,5-11%/năm, đóng góp khoảng "
                "55-58% GRDP.")]
    assert [label for label, _, _ in targets(blocks)][2:] == [
        "tốc độ tăng trưởng bình quân của kinh tế số", "kinh tế số đóng góp GRDP"]


# --- 6. an index with no unit held under or over a bound written as a sign ('chỉ số chất lượng không khí (AQI) < 100',
# 'hệ số ICOR ≤ 5'): a target with that comparator; a sign before a unit of its own, or between two figures, is none --

def cmp_targets(text: str) -> list[tuple[str, float]]:
    return [(r.target_comparator, r.target_value) for r in run([P(text)]) if r.target_value is not None]


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2030, 95% chất thải rắn sinh hoạt được thu gom; chỉ số chất lượng không khí (AQI) < 100.",
     [(">=", 95), ("<", 100)]),
    ("Phấn đấu giai đoạn 2026-2030 duy trì hệ số ICOR ≤ 5.", [("<=", 5)]),
    # counterexamples
    ("Phấn đấu đến năm 2030, chỉ số giá tiêu dùng < 4%.", [("<", 4)]),
    ("Phấn đấu đến năm 2030, duy trì hệ số K < 1,2 lần.", []),
])
def test_index_under_a_sign(text, expected):
    assert cmp_targets(text) == expected


# --- 7. a level named in words, restated in figures in a parenthesis after it ('… ở mức hai con số (10% trở lên)') in
# a clause a target cue governs: a target, named by the words before; a parenthesis of a result, or with no cue, none --

@pytest.mark.parametrize("text, expected", [
    ("Tỉnh phấn đấu đưa tốc độ tăng trưởng kinh tế năm 2026 ở mức hai con số (10% trở lên).",
     [("đưa tốc độ tăng trưởng kinh tế năm 2026 ở mức hai con số", 10)]),
    ("Mục tiêu tăng trưởng đạt 8% trở lên, phấn đấu tăng trưởng năm 2026 ở mức cao (trên 9%).",
     [("Mục tiêu tăng trưởng, phấn đấu tăng trưởng năm 2026 ở mức cao", 8), ("tăng trưởng năm 2026 ở mức cao", 9)]),
    # counterexamples: a result; no cue of a target
    ("Năm 2025, tăng trưởng kinh tế của tỉnh đã đạt ở mức hai con số (10,2%).", []),
    ("Tăng trưởng kinh tế năm 2025 ở mức hai con số (10,2%).", []),
])
def test_level_in_words_restated_in_figures(text, expected):
    assert [(label, value) for label, value, _ in targets([P(text)])] == expected


# --- 8. a count after a share's clause and a comma, opening with 'có' ('…, có ít nhất 2 huyện đạt chuẩn nông thôn
# mới'): the next item of the enumeration, a target of its own named by the things it counts; a count right after the
# share's things ('100% các khu công nghiệp có tối thiểu 1 trạm …') only says which of them the share counts ----------

@pytest.mark.parametrize("text, expected", [
    ("Một số chỉ tiêu chủ yếu đến năm 2030: tốc độ tăng trưởng GRDP đạt 7 - 8%; có 75% số xã đạt chuẩn nông thôn "
     "mới, trong đó 25% số xã đạt chuẩn nông thôn mới nâng cao, có ít nhất 2 huyện đạt chuẩn nông thôn mới, tỷ lệ "
     "che phủ rừng đạt 60%.",
     [(7, 8), (75, None), (25, None), (2, "huyện đạt chuẩn nông thôn mới"), (60, None)]),
    # counterexample
    ("Phấn đấu đến năm 2027, 100% các khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G.",
     [(100, None)]),
])
def test_count_after_a_shares_clause(text, expected):
    got = targets([P(text)])
    assert [(value, label if isinstance(want, str) else high)
            for (label, value, high), (_, want) in zip(got, expected)] == expected and len(got) == len(expected)
