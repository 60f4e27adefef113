"""Target shapes around a thousands separator (dots16): Vietnamese writes thousands with dots ('3.700 tỷ đồng'), and a
rule that ends a sentence at any '.' took such a figure for the sentence's end, so the cue before it went unseen.
Each rule a table of strings written in the genre's style (paraphrased, not copied), with counterexamples. Records
are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

# --- a sentence opened by 'Phấn đấu' / 'Mục tiêu' governs its ';' clauses, so a count of things 'được công nhận' there
# is what they are to reach, not a threshold (not_target.strive_head); an amount written with a thousands dot between
# the cue and the count ('… đạt 4.200 tỷ đồng; …') is no full stop. Counterexamples: a real full stop ends the cue's
# reach ('… tỷ đồng. Năm 2024 …'), and 'thì' still makes a threshold ------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2030, doanh thu du lịch đạt 4.200 tỷ đồng; 6 điểm du lịch được công nhận.",
     [R("doanh thu du lịch", value=4200, unit="tỷ đồng", year=2030),
      R("điểm du lịch được công nhận", value=6, unit="điểm du lịch", year=2030)]),
    ("Mục tiêu đến năm 2027, toàn tỉnh thu hút 12.500 lao động vào ngành du lịch; hằng năm có thêm 4 điểm du lịch "
     "được công nhận.",
     [R("thu hút lao động ngành du lịch", value=12500, unit="lao động", year=2027),
      R("điểm du lịch được công nhận", value=4, unit="điểm du lịch", year=2027)]),
    ("Phấn đấu đến năm 2026, tổng đàn bò đạt 1.250.000 con; mỗi năm có thêm 9 xã được công nhận đạt chuẩn nông thôn "
     "mới nâng cao.",
     [R("tổng đàn bò", value=1250000, unit="con", year=2026),
      R("xã được công nhận đạt chuẩn nông thôn mới nâng cao", value=9, unit="xã", year=2026)]),
    # counterexamples: a full stop after the strive sentence; a threshold with 'thì' after a thousands figure
    ("Phấn đấu năm 2026 doanh thu du lịch đạt 2.300 tỷ đồng. Hằng năm có thêm 9 xã được công nhận đạt chuẩn nông "
     "thôn mới.",
     [R("doanh thu du lịch", value=2300, unit="tỷ đồng", year=2026)]),
    ("Phấn đấu đến năm 2026 tổng đàn bò đạt 1.250.000 con; xã có dưới 3 thôn thì được công nhận đạt chuẩn.",
     [R("tổng đàn bò", value=1250000, unit="con", year=2026)]),
])
def test_thousands_dot_is_no_end_of_the_strive_sentence(text, expected):
    check([P(text)], expected)


# --- two counts joined by 'và' whose later things carry a qualifier ('1 khu và 5 điểm du lịch được công nhận'): the
# earlier things take it too when they make a unit with it ('khu du lịch'), and what the later label says after it
# (labels._shared_qualifier). Counterexamples: 'xã và … thị trấn' share no qualifier ('xã trấn' is no unit); earlier
# things named by words of their own ('khu nghỉ dưỡng') keep them; a comma parts two counts ---------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2030 có 2 khu và 6 điểm du lịch được công nhận.",
     [R("khu du lịch được công nhận", value=2, unit="khu", year=2030),
      R("điểm du lịch được công nhận", value=6, unit="điểm du lịch", year=2030)]),
    ("Mục tiêu đến năm 2028, công nhận 3 khu và 7 điểm du lịch.",
     [R("công nhận khu du lịch", value=3, unit="khu", year=2028),
      R("công nhận điểm du lịch", value=7, unit="điểm du lịch", year=2028)]),
    ("Phấn đấu đến năm 2030, doanh thu du lịch đạt 5.100 tỷ đồng; có 1 khu và 4 điểm du lịch được công nhận.",
     [R("doanh thu du lịch", value=5100, unit="tỷ đồng", year=2030),
      R("khu du lịch được công nhận", value=1, unit="khu", year=2030),
      R("điểm du lịch được công nhận", value=4, unit="điểm du lịch", year=2030)]),
])
def test_earlier_count_shares_the_later_qualifier(text, expected):
    check([P(text)], expected)


@pytest.mark.parametrize("text, first, foreign", [
    ("Phấn đấu đến năm 2030 có 5 xã và 2 thị trấn đạt chuẩn văn minh đô thị.", "xã", "trấn"),
    ("Phấn đấu đến năm 2030 có 2 khu nghỉ dưỡng và 6 điểm du lịch được công nhận.", "khu nghỉ dưỡng", "du lịch"),
    ("Phấn đấu đến năm 2030 có 2 khu, 6 điểm du lịch được công nhận.", "khu", "điểm"),
])
def test_no_qualifier_shared_where_none_is(text, first, foreign):
    labels = [r.label for r in run([P(text)])]
    assert labels and first in labels[0] and foreign not in labels[0], labels


# --- a run of years under one lead ('Chỉ tiêu thu ngân sách … như sau: năm 2024 đạt 1.450 tỷ đồng; năm 2025 đạt …'):
# every year is named by the lead also when an earlier year's amount holds a thousands dot
# (label_part.year_run_lead). Counterexample: a full stop ends the run, and the sentence after it names its own
# measure ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu thu ngân sách trên địa bàn huyện giai đoạn 2024 - 2026 như sau: năm 2024 đạt 1.450 tỷ đồng; năm 2025 "
     "đạt 1.600 tỷ đồng; năm 2026 đạt 1.780 tỷ đồng.",
     [R("thu ngân sách trên địa bàn huyện năm 2024", value=1450, unit="tỷ đồng", year=2024),
      R("thu ngân sách trên địa bàn huyện năm 2025", value=1600, unit="tỷ đồng", year=2025),
      R("thu ngân sách trên địa bàn huyện năm 2026", value=1780, unit="tỷ đồng", year=2026)]),
    ("Mục tiêu số lượt khách du lịch của tỉnh như sau: năm 2025 đạt 1.200.000 lượt; năm 2026 đạt 1.350.000 lượt.",
     [R("số lượt khách du lịch của tỉnh năm 2025", value=1200000, unit="lượt", year=2025),
      R("số lượt khách du lịch của tỉnh năm 2026", value=1350000, unit="lượt", year=2026)]),
])
def test_year_run_keeps_its_lead_past_thousands(text, expected):
    check([P(text)], expected)


def test_full_stop_ends_the_year_run():
    labels = [r.label for r in run([P("Mục tiêu số lượt khách du lịch của tỉnh như sau: năm 2025 đạt 1.200.000 lượt. "
                                      "Doanh thu du lịch năm 2026 đạt 2.400 tỷ đồng.")])]
    assert len(labels) == 2 and "khách" not in labels[1], labels


# --- a part of a whole set as a target after an earlier amount ('Phấn đấu … thu hút 1.500 lao động, có 7/9 thôn đạt
# chuẩn …'; figures.SHARE_LEAD_RX), and a later amount of an aim results are weighed against ('Với mục tiêu … đạt
# 5.600 tỷ đồng, trong đó thu nội địa đạt 4.900 tỷ đồng thì …'; figures.AIM_GIVEN_RX): the cue reaches past the
# thousands dot. Counterexamples: after a full stop the part is a report's, and 'thì' with no aim is a condition ----


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2026 thu hút 1.500 lao động, có 7/9 thôn đạt chuẩn nông thôn mới kiểu mẫu.",
     [R("thu hút lao động", value=1500, unit="lao động", year=2026),
      R("thôn đạt chuẩn nông thôn mới kiểu mẫu", value=7, unit="thôn", year=2026)]),
    ("Đến năm 2027, toàn huyện có 2.400 hộ sản xuất giỏi, có 11/14 xã đạt chuẩn nông thôn mới nâng cao.",
     [R("hộ sản xuất giỏi", value=2400, unit="hộ", year=2027),
      R("xã đạt chuẩn nông thôn mới nâng cao", value=11, unit="xã", year=2027)]),
    ("Với mục tiêu tổng thu ngân sách năm 2025 đạt 5.600 tỷ đồng, trong đó thu nội địa đạt 4.900 tỷ đồng thì số thu "
     "6 tháng đầu năm còn thấp.",
     [R("tổng thu ngân sách", value=5600, unit="tỷ đồng", year=2025),
      R("thu nội địa", value=4900, unit="tỷ đồng", year=2025)]),
    # counterexamples
    ("Phấn đấu đến năm 2026 thu hút 1.500 lao động. Hiện có 7/9 thôn đạt chuẩn nông thôn mới kiểu mẫu.",
     [R("thu hút lao động", value=1500, unit="lao động", year=2026)]),
    ("Ở thôn có dưới 1.000 cử tri thì tổ chức 2 điểm bỏ phiếu.", []),
])
def test_aim_reaches_past_thousands(text, expected):
    check([P(text)], expected)
