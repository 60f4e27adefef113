"""Target shapes read off round 48's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_PLAN, P, run


def records(*texts: str) -> list[tuple[str, object, object, float, object]]:
    """(label, level, comparator, target value, target high) of every target read from the paragraphs."""
    return [(" ".join(r.label.split()), r.level, r.target_comparator, r.target_value, r.target_high)
            for r in run([P(t) for t in texts]) if r.target_value is not None]


# --- 1. a plan adopted 'với những chỉ tiêu cụ thể', then 'Theo đó, …' (same paragraph or the next): the sentence lists
# those targets, its first figure too, though no verb or cue of its own stands before it ('… bình quân 5 năm khoảng
# 6,5-7%') --------------------------------------------------------------------------------------------------------

ADOPTED = "Sáng 12/11, Quốc hội đã thông qua Nghị quyết về Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030 với " \
          "những chỉ tiêu cụ thể."


@pytest.mark.parametrize("texts, expected", [
    ((ADOPTED,
      "Theo đó, về kinh tế, tốc độ tăng trưởng GDP bình quân 5 năm khoảng 8-8,5%; tỷ lệ đô thị hóa khoảng 50%."),
     [("tốc độ tăng trưởng GDP bình quân 5 năm", None, "range", 8, 8.5), ("tỷ lệ đô thị hóa", None, ">=", 50, None)]),
    ((ADOPTED + " Theo đó, tỷ lệ lao động qua đào tạo khoảng 75%; tỷ lệ thất nghiệp thành thị dưới 4%.",),
     [("tỷ lệ lao động qua đào tạo", None, ">=", 75, None), ("tỷ lệ thất nghiệp thành thị", None, "<", 4, None)]),
    # counterexamples: no plan announced before, or the announcement says nothing of targets
    (("Theo đó, về kinh tế, tốc độ tăng trưởng GDP bình quân 5 năm khoảng 8-8,5%; tỷ lệ đô thị hóa khoảng 50%.",), []),
    (("Sáng 12/11, Quốc hội đã thông qua Nghị quyết về nhân sự với 95% số đại biểu tán thành.",
      "Theo đó, tỷ lệ đô thị hóa khoảng 50%."), []),
])
def test_targets_listed_after_a_plan_announced_with_targets(texts, expected):
    assert records(*texts) == expected


# --- 2. a rate a plan expects to reach ('… kỳ vọng đạt mức 90%') is a target; one beyond expectation reports ---------

@pytest.mark.parametrize("text, expected", [
    ("Tỷ lệ doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến kỳ vọng đạt mức 92%.", [(">=", 92)]),
    ("Đến năm 2028, tỷ lệ che phủ rừng của tỉnh kỳ vọng sẽ đạt khoảng 47%.", [(">=", 47)]),
    # counterexamples
    ("Kết quả năm 2025 đã vượt kỳ vọng đạt 96%.", []),
    ("Tỷ lệ doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến đạt mức 92%.", []),
])
def test_a_rate_expected_to_reach(text, expected):
    assert [(c, tv) for _, _, c, tv, _ in records(text)] == expected


# --- 3. a count of people to be won over ('phải vận động thêm 12.430 người tham gia BHYT') is a target, as 'phát triển
# thêm' is; one already won over reports ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu trong năm 2026 phải vận động thêm 12.430 người tham gia BHYT, nâng tổng số người tham gia lên "
     "98.512 người.", [12430, 98512]),
    ("Năm 2027, huyện phấn đấu vận động 3.200 người tham gia BHXH tự nguyện.", [3200]),
    # counterexamples: done, not to do
    ("Năm 2025, huyện đã vận động được 3.200 người tham gia BHXH tự nguyện.", []),
])
def test_people_to_be_won_over(text, expected):
    assert [tv for _, _, _, tv, _ in records(text)] == expected


# --- 4. a year run after a target's lead whose figures name their base after them ('năm 2016 đạt 81,52% dân số'): each
# year, the first one too, is labelled by the lead (the base kept) -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Theo đó, chỉ tiêu bao phủ BHYT cụ thể như sau: năm 2026 đạt 91,2% dân số; năm 2027 đạt 92,6% dân số.",
     ["chỉ tiêu bao phủ BHYT cụ thể năm 2026 dân số", "chỉ tiêu bao phủ BHYT cụ thể năm 2027 dân số"]),
    ("Chỉ tiêu tham gia BHYT từng năm cụ thể: năm 2026 đạt 88,4% dân số, năm 2027 đạt 90,1% dân số.",
     # (a later item after a comma takes the whole lead, the run's colon too)
     ["Chỉ tiêu tham gia BHYT từng năm năm 2026 dân số", "Chỉ tiêu tham gia BHYT từng năm cụ thể: năm 2027 dân số"]),
    # counterexample: an item naming a thing of its own before its figure keeps its own words
    ("Chỉ tiêu cụ thể như sau: năm 2026 tỷ lệ hộ nghèo giảm 2%.", ["năm 2026 tỷ lệ hộ nghèo giảm"]),
])
def test_year_run_with_a_base_after_each_figure(text, expected):
    assert [label for label, _, _, _, _ in records(text)] == expected


# --- 5. an item of several ';' clauses, one opening parts with a lead and a colon ('(2) Cơ cấu GRDP đến năm 2030: công
# nghiệp - xây dựng chiếm 52%, dịch vụ chiếm 38%, …'): the parts after its first take the lead, not the item's heading --

def item_records(text: str) -> list[tuple[str, float]]:
    return [(" ".join(r.label.split()), r.target_value)
            for r in run(HEADER_PLAN + [P("I. MỤC TIÊU", "heading"), P(text)]) if r.target_value is not None]


@pytest.mark.parametrize("text, expected", [
    ("- Về kinh tế: (1) Tốc độ tăng GRDP bình quân từ 9% trở lên; (2) Cơ cấu GRDP đến năm 2030: công nghiệp - xây dựng "
     "chiếm 52%, dịch vụ chiếm 38%, nông nghiệp chiếm 10%; (3) Thu nhập bình quân đầu người đạt 90 triệu đồng.",
     [("Tốc độ tăng GRDP bình quân", 9),
      ("(2) Cơ cấu GRDP đến năm 2030: công nghiệp - xây dựng chiếm", 52),
      ("Cơ cấu GRDP đến năm 2030: dịch vụ chiếm", 38), ("Cơ cấu GRDP đến năm 2030: nông nghiệp chiếm", 10),
      ("Thu nhập bình quân đầu người", 90)]),
    # counterexample: figures after a comma with no lead and colon in their clause keep their own words
    ("- Về xã hội: tỷ lệ hộ nghèo giảm 1,5%/năm, tỷ lệ lao động qua đào tạo đạt 75%; tuổi thọ trung bình đạt 76 tuổi.",
     [("tỷ lệ hộ nghèo giảm", 1.5), ("tỷ lệ lao động qua đào tạo", 75),
      ("tuổi thọ trung bình", 76)]),
])
def test_parts_after_a_lead_inside_an_item(text, expected):
    assert item_records(text) == expected


# --- 6. a paragraph of one short sentence at either end of a text (a headline with a stop, a closing caption) that
# states a target the body states again is the same indicator: kept once, as the body words it; a target only such a
# line states, or a first paragraph of several sentences, stays ----------------------------------------------------

BODY = ("Quan điểm của Chương trình là cắt giảm, đơn giản hóa thủ tục hành chính, tạo lập môi trường kinh doanh "
        "thuận lợi, lành mạnh và công bằng cho người dân, doanh nghiệp trên địa bàn tỉnh.",
        "Trong đó, Chương trình nêu rõ mục tiêu năm 2026 giảm ít nhất 40% thời gian giải quyết TTHC, 40% chi phí "
        "tuân thủ TTHC; bảo đảm 100% hồ sơ được số hóa.")


FIRST = "Chương trình nêu rõ mục tiêu năm 2026 giảm thời gian giải quyết TTHC"


@pytest.mark.parametrize("texts, expected", [
    (("UBND tỉnh đặt mục tiêu năm 2026 giảm ít nhất 40% thời gian giải quyết thủ tục hành chính.",) + BODY,
     [(FIRST, 40), ("chi phí tuân thủ TTHC", 40), ("hồ sơ được số hóa", 100)]),
    (BODY + ("Một trong những mục tiêu của Chương trình là giảm ít nhất 40% thời gian giải quyết thủ tục hành chính",),
     [(FIRST, 40), ("chi phí tuân thủ TTHC", 40), ("hồ sơ được số hóa", 100)]),
    # counterexamples: a headline target the body lacks; a closing line of another measure of the same figure,
    # sharing a few words only
    (BODY + ("Năm 2026 phấn đấu giảm ít nhất 40% số giấy tờ phải nộp khi giải quyết TTHC",),
     [(FIRST, 40), ("chi phí tuân thủ TTHC", 40), ("hồ sơ được số hóa", 100),
      ("Năm 2026 phấn đấu giảm số giấy tờ phải nộp khi giải quyết TTHC", 40)]),
    (("UBND tỉnh đặt mục tiêu năm 2026 giảm ít nhất 35% thời gian giải quyết thủ tục hành chính.",) + BODY,
     [("năm 2026 giảm thời gian giải quyết thủ tục hành chính", 35), (FIRST, 40),
      ("chi phí tuân thủ TTHC", 40), ("hồ sơ được số hóa", 100)]),
])
def test_a_line_at_either_end_restating_the_body(texts, expected):
    assert [(label, tv) for label, _, _, tv, _ in records(*texts)] == expected


# --- 7. communes or wards of one kind told what to reach ('các phường khu vực trung tâm phải đạt từ 95-97%, …, riêng
# xã Long Hải … đạt 82%'; 'xã nông thôn mới kiểu mẫu phải đáp ứng … tiêu chí như sau: …'): each such commune's target,
# level xã, the later figures of the sentence too; a share of the communes, or communes helped, no level ------------

@pytest.mark.parametrize("text, expected", [
    ("Về tỷ lệ bao phủ, các phường khu vực trung tâm phải đạt từ 95-97%, các phường ven biển tỷ lệ thấp hơn 91-93%, "
     "riêng xã Long Hải phấn đấu đạt 82%.", [("xã", 95), ("xã", 91), ("xã", 82)]),
    ("Theo đó, xã nông thôn mới kiểu mẫu phải đáp ứng các tiêu chí như sau: tỷ lệ người dân tham gia BHYT đạt từ 92% "
     "trở lên, tỷ lệ hộ dùng nước sạch đạt từ 85% trở lên.", [("xã", 92), ("xã", 85)]),
    # counterexamples
    ("Phấn đấu tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu phải đạt 30%.", [(None, 30)]),
    ("Tỉnh hỗ trợ các xã vùng khó khăn phải đạt tỷ lệ bao phủ BHYT 90%.", [(None, 90)]),
])
def test_communes_of_a_kind_told_what_to_reach(text, expected):
    assert [(level, tv) for _, level, _, tv, _ in records(text)] == expected


# --- 8. a list of units each with a number of people to win over, after a lead saying what they must do ('có một số
# phường phải thực hiện vận động người tham gia BHYT rất cao như: Phường Thắng Nhất là 32.602 người; Phường 11 là …'):
# one target per unit, at its level, a ward named by its number too, labelled by what they must do; a list of what
# was done, or of what the units have, sets none ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Theo đó, có một số phường phải thực hiện vận động người tham gia BHYT rất cao như: Phường Bình An là 21.400 "
     "người; Phường 4 là 18.250 người; Phường 9 là 15.020 người.",
     [("vận động người tham gia BHYT Phường Bình An", "xã", 21400),
      ("vận động người tham gia BHYT Phường 4", "xã", 18250),
      ("vận động người tham gia BHYT Phường 9", "xã", 15020)]),
    ("UBND tỉnh giao chỉ tiêu vận động người tham gia BHXH tự nguyện cho các huyện như sau: huyện Tân Lạc là 2.500 "
     "người; huyện Mai Châu là 1.900 người; huyện Lạc Sơn là 3.100 người.",
     [("chỉ tiêu vận động người tham gia BHXH tự nguyện huyện Tân Lạc", "huyện", 2500),
      ("chỉ tiêu vận động người tham gia BHXH tự nguyện huyện Mai Châu", "huyện", 1900),
      ("chỉ tiêu vận động người tham gia BHXH tự nguyện huyện Lạc Sơn", "huyện", 3100)]),
    # counterexamples: done, not to do; what the units have
    ("Năm 2025, các phường đã vận động người tham gia BHYT như sau: Phường 4 là 1.200 người; Phường 5 là 900 người; "
     "Phường 9 là 750 người.", []),
    ("Dân số các phường như sau: Phường 4 là 12.000 người; Phường 5 là 9.000 người; Phường 9 là 7.500 người.", []),
])
def test_units_listed_with_people_to_win_over(text, expected):
    assert [(label, level, tv) for label, level, _, tv, _ in records(text)] == expected


# --- 9. a theme that is a rate over the units that are to reach it ('Về tỷ lệ bao phủ bảo hiểm, các phường khu vực
# trung tâm phải đạt …'): the rate stays in the label; a theme that names a field, not a measure, goes -------------

@pytest.mark.parametrize("text, expected", [
    ("Về tỷ lệ bao phủ bảo hiểm, các phường khu vực trung tâm phải đạt từ 95-97%.",
     ["tỷ lệ bao phủ bảo hiểm các phường khu vực trung tâm"]),
    ("Về tỷ lệ hộ dùng nước sạch, các xã vùng cao phải đạt từ 85% trở lên.",
     ["tỷ lệ hộ dùng nước sạch các xã vùng cao"]),
    # counterexamples: a field as the theme; a rate theme over no units
    ("Về phát triển kinh tế, các xã phải đạt tốc độ tăng trưởng 8%.", ["các xã phải đạt tốc độ tăng trưởng"]),
    ("Về tỷ lệ bao phủ bảo hiểm, tỷ lệ người dân tham gia BHYT phấn đấu đạt 95%.", ["tỷ lệ người dân tham gia BHYT"]),
])
def test_a_rate_theme_over_units(text, expected):
    assert [label for label, _, _, _, _ in records(text)] == expected


# --- 10. what a named province, city or district will reach in a year ('Năm 2021, thành phố Vũng Tàu bao phủ bảo hiểm
# y tế sẽ đạt 93,57%') is its aim; a forecast, a condition, or what it has reached is none --------------------------

@pytest.mark.parametrize("texts, expected", [
    (("Năm 2026, thành phố Bà Rịa bao phủ bảo hiểm y tế sẽ đạt 94,2%.",), [94.2]),
    (("Năm 2026, huyện Đất Đỏ tỷ lệ hộ dùng nước sạch sẽ đạt trên 98%.",), [98]),
    # counterexamples
    (("Dự báo năm 2026, thành phố Bà Rịa bao phủ bảo hiểm y tế sẽ đạt 94,2%.",), []),
    (("Năm 2025, thành phố Bà Rịa bao phủ bảo hiểm y tế đã đạt 94,2%.",), []),
])
def test_what_a_named_unit_will_reach(texts, expected):
    assert [tv for _, _, _, tv, _ in records(*texts)] == expected
