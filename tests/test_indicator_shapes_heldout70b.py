"""Round 70's last misses (a ministry's urban targets, summarised by the press): a text that opens with a plan's aim
for a horizon ahead ('Theo Quyết định số … ban hành kế hoạch …, đến năm 2025, duy trì tỷ lệ 100% …') and then goes
on, paragraph by paragraph, with plain 'X đạt N%' sentences that report nothing lists that plan's targets, whatever
the measure's head ('Phạm vi phục vụ …', 'Hình thức hỏa táng … đạt tỷ lệ …'). A report's results after a plan's
mention stay results. Records are compared as in test_indicator_variants.py."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, R, check, run

# --- an opening aim for a horizon ahead makes the whole text a plan's summary: a later paragraph that only names a
# measure and its value ('Phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đạt 80%.') is a target of that
# horizon. Counterexamples: a year already named ('Năm 2024, …'), a result ('Kết quả, …', 'đã'), an opening that
# reports on a plan for a year ('Thực hiện Kế hoạch số …, năm 2024 …'), an opening with no horizon ----------------

OPENING = ("Theo Quyết định số 861/QĐ-BXD ban hành kế hoạch thực hiện nghị quyết của Chính phủ về kế hoạch cơ cấu lại "
           "nền kinh tế giai đoạn 2021-2025, đến năm 2025, duy trì tỷ lệ 100% phủ kín quy hoạch chung đô thị.")
OPENING_TARGET = R("phủ kín quy hoạch chung đô thị", value=100, year=2025)
RAIN = "Phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đạt 80%."


@pytest.mark.parametrize("blocks, expected", [
    ([OPENING, "Tỷ lệ đô thị hóa đạt tối thiểu 45%.", RAIN],
     [OPENING_TARGET, R("tỷ lệ đô thị hóa", value=45, year=2025),
      R("phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị", value=80, year=2025)]),
    # made-up variants: a plan's aim opened by 'mục tiêu đến năm …'; a measure's coverage after a paragraph between
    (["Kế hoạch đặt mục tiêu đến năm 2030, duy trì 100% xã có trạm y tế.", "Tỷ lệ trạm y tế có bác sĩ đạt 95%.",
      "Phạm vi bao phủ của dịch vụ cấp cứu tại vùng sâu đạt 70%."],
     [R("xã có trạm y tế", value=100, year=2030), R("tỷ lệ trạm y tế có bác sĩ", value=95, year=2030),
      R("phạm vi bao phủ của dịch vụ cấp cứu tại vùng sâu", value=70, year=2030)]),
    # counterexamples: a past year named; a result; 'đã'
    ([OPENING, "Năm 2024, phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đạt 80%."], [OPENING_TARGET]),
    ([OPENING, "Kết quả, phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đạt 80%."], [OPENING_TARGET]),
    ([OPENING, "Phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đã đạt 80%."], [OPENING_TARGET]),
])
def test_a_plans_summary_goes_on_with_plain_measures(blocks, expected):
    check([P(b) for b in blocks], expected)


@pytest.mark.parametrize("blocks", [
    # made-up: a report opening on a plan carried out in a year (a year, no horizon), then its results
    ["Thực hiện Kế hoạch số 12/KH-UBND, năm 2024 tỉnh phấn đấu tỷ lệ đô thị hóa đạt 45%.", RAIN],
    ["Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, năm 2024 tỉnh tập trung chỉ đạo phát triển đô thị.", RAIN],
    # made-up: an opening aim with no horizon ahead
    ["Theo Kế hoạch số 12/KH-UBND, tỉnh duy trì 100% xã có quy hoạch chung.", RAIN],
    # made-up: a summary of a plan ahead that also tells what was done, or sets the figure beside last year's, or
    # says it is now so
    [OPENING, "Thời gian qua, Bộ đã ban hành nhiều văn bản hướng dẫn.", RAIN],
    [OPENING, "Phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đạt 80%, tăng 5% so với cùng kỳ."],
    [OPENING, "Hiện nay, phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đạt 80%."],
    [OPENING, "Tính đến cuối năm 2024, phạm vi phục vụ của hệ thống thoát nước mưa tại đô thị đạt 80%."],
])
def test_no_summary_of_a_plan_ahead_no_targets(blocks):
    recs = run([P(b) for b in blocks])
    assert not any(r.target_value == 80 for r in recs), [r.label for r in recs]


# --- one measure split by class of city, the verb naming the rate ('Hình thức hỏa táng tại các đô thị đặc biệt đạt tỷ
# lệ 75%, các đô thị loại I trung bình khoảng 20%, …') in such a summary: one target per class, the class in the
# label. Counterexamples: the same sentence after a report's year, or with 'đã' ------------------------------------

CREMATION = ("Hình thức hỏa táng tại các đô thị đặc biệt đạt tỷ lệ 75%, các đô thị loại I trung bình khoảng 20%, các "
             "đô thị còn lại trung bình đạt 15%.")


@pytest.mark.parametrize("blocks, expected", [
    ([OPENING, CREMATION],
     [OPENING_TARGET, R("hình thức hỏa táng tại các đô thị đặc biệt", value=75, year=2025),
      R("hình thức hỏa táng tại các đô thị loại I", value=20, year=2025),
      R("hình thức hỏa táng tại các đô thị còn lại", value=15, year=2025)]),
    # made-up variant: communes by region, 'bình quân khoảng' for the second
    ([OPENING, "Rác thải được phân loại tại nguồn ở các xã vùng đồng bằng đạt tỷ lệ 60%, các xã vùng núi bình quân "
               "khoảng 30%."],
     [OPENING_TARGET, R("rác thải được phân loại tại nguồn ở các xã vùng đồng bằng", value=60, year=2025),
      R("rác thải được phân loại tại nguồn ở các xã vùng núi", value=30, year=2025)]),
    # counterexamples: the year of a report; 'đã'
    ([OPENING, "Năm 2024, hình thức hỏa táng tại các đô thị đặc biệt đạt tỷ lệ 75%."], [OPENING_TARGET]),
    ([OPENING, "Hình thức hỏa táng tại các đô thị đặc biệt đã đạt tỷ lệ 75%."], [OPENING_TARGET]),
])
def test_a_measure_whose_verb_names_the_rate(blocks, expected):
    check([P(b) for b in blocks], expected)


def test_a_class_label_leaves_the_average_to_its_value():
    recs = run([P(OPENING), P(CREMATION)])
    assert [r.label for r in recs[2:]] == ["Hình thức hỏa táng tại các đô thị loại I",
                                           "Hình thức hỏa táng tại các đô thị còn lại"]
