"""Shapes left from this session's rounds (issue 13): a plan's targets announced in a paragraph of their own and listed
over the next few paragraphs; each rule a table of short strings in the genre's style, the real ones from round 69's
excerpts, the others made-up variants (marked), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from table_blocks import table_quantities
from test_indicator_variants import P, R, check, run


# --- 1. 'Quyết định cũng đặt ra một số mục tiêu cụ thể.', then 'Về đăng ký khai sinh, đến năm 2028: … đạt 95%.', then
# a paragraph whose sentences are targets with no cue of their own ('Các trường hợp … được cấp Giấy chứng sinh đạt 100%;
# …'): the list runs on over a paragraph of figures that reports nothing. 'Các trường hợp …' names the cases counted,
# no condition. Counterexamples: no announcement; a paragraph between that reports results; a news item's results after
# a body said to set an aim (no plan that sets targets); the announcement too far back ------------------------------

DECIDED = "Quyết định cũng đặt ra một số mục tiêu cụ thể."
BIRTHS = ("Về đăng ký khai sinh, đến năm 2028: Tỷ lệ đăng ký khai sinh đúng hạn cho trẻ em đạt 95%. Tỷ lệ đăng ký khai "
          "sinh cho trẻ em trong vòng 1 năm kể từ ngày sinh đạt 98%.")
CERTS = ("Các trường hợp trẻ em sinh tại cơ sở y tế được cấp Giấy chứng sinh đạt 100%; dữ liệu được cập nhật đúng thời "
         "hạn trên Cơ sở dữ liệu về Giấy chứng sinh, tạo lập bản điện tử Giấy chứng sinh đạt 95%.")


@pytest.mark.parametrize("blocks, expected", [
    ([DECIDED, BIRTHS, CERTS],
     [R("Tỷ lệ đăng ký khai sinh đúng hạn cho trẻ em", value=95, year=2028),
      R("Tỷ lệ đăng ký khai sinh cho trẻ em trong vòng 1 năm", value=98, year=2028),
      R("trẻ em sinh tại cơ sở y tế được cấp Giấy chứng sinh", value=100),
      R("tạo lập bản điện tử Giấy chứng sinh", value=95)]),
    ([DECIDED, CERTS],
     [R("trẻ em sinh tại cơ sở y tế được cấp Giấy chứng sinh", value=100),
      R("tạo lập bản điện tử Giấy chứng sinh", value=95)]),
    # made-up variant: a plan, two themed paragraphs before the plain one
    (["Kế hoạch cũng đề ra một số mục tiêu cụ thể.",
      "Về chuyển đổi số, đến năm 2027: Tỷ lệ hồ sơ được xử lý trực tuyến đạt 80%.",
      "Về dữ liệu, đến năm 2027: Tỷ lệ hồ sơ được số hóa đạt 90%.",
      "Tỷ lệ người dân có tài khoản định danh điện tử đạt 85%."],
     [R("Tỷ lệ hồ sơ được xử lý trực tuyến", value=80, year=2027),
      R("Tỷ lệ hồ sơ được số hóa", value=90, year=2027),
      R("Tỷ lệ người dân có tài khoản định danh điện tử", value=85)]),
    # counterexamples
    ([BIRTHS, CERTS],
     [R("Tỷ lệ đăng ký khai sinh đúng hạn cho trẻ em", value=95, year=2028),
      R("Tỷ lệ đăng ký khai sinh cho trẻ em trong vòng 1 năm", value=98, year=2028)]),
    ([DECIDED, "Năm 2025, tỷ lệ đăng ký khai sinh đúng hạn đã đạt 92%.", CERTS], []),     # made-up: a result between
    (["Tỉnh đặt ra mục tiêu cụ thể cho năm 2025.",                                          # made-up: a news item
      "Tỷ lệ hồ sơ được xử lý trực tuyến đạt 70%; 100% xã có điểm phục vụ một cửa."], []),
    ([DECIDED, "Về hộ tịch, đến năm 2028: Tỷ lệ đăng ký khai tử đạt 80%.",                   # made-up: too far back
      "Về chứng thực, đến năm 2028: Tỷ lệ hồ sơ được chứng thực điện tử đạt 60%.",
      "Về quốc tịch, đến năm 2028: Tỷ lệ hồ sơ xử lý đúng hạn đạt 90%.",
      "Các trường hợp được cấp bản sao điện tử đạt 50%."],
     [R("Tỷ lệ đăng ký khai tử", value=80, year=2028), R("Tỷ lệ hồ sơ được chứng thực điện tử", value=60, year=2028),
      R("Tỷ lệ hồ sơ xử lý đúng hạn", value=90, year=2028)]),
])
def test_targets_listed_over_paragraphs_after_announcement(blocks, expected):
    check([P(t) for t in blocks], expected)


# --- 2. a unit with more than one '/' tail: the unit runs to the end of its last '/word' group, the label keeps none of
# it ('3 ngày/hồ sơ/lần' was unit 'ngày/hồ', label '… bình quân sơ/lần'); an amount per year ('20.000 tấn/năm') leaves
# no '/năm' in its label, its unit 'tấn' as money's is ('60 triệu đồng/năm': 'triệu đồng'). Counterexamples: one tail only; a duration per year is no target; a tail ends
# at its clause --------------------------------------------------------------------------------------------------------

PLAN_2026 = "Kế hoạch năm 2026 đặt ra các chỉ tiêu sau:"


@pytest.mark.parametrize("item, expected", [
    ("- Thời gian xử lý hồ sơ bình quân 3 ngày/hồ sơ/lần;",
     [R("Thời gian xử lý hồ sơ bình quân", value=3, unit="ngày/hồ sơ/lần", year=2026)]),
    ("- Công suất nhà máy đạt 20.000 tấn/năm;",                       # made-up variants below
     [R("Công suất nhà máy", value=20000, unit="tấn", year=2026)]),
    ("- Năng suất lúa đạt 60 tạ/ha/vụ;", [R("Năng suất lúa", value=60, unit="tạ/ha/vụ", year=2026)]),
    ("- Thu nhập bình quân đạt 5 triệu đồng / người / tháng;",
     [R("Thu nhập bình quân", value=5, unit="triệu đồng/người/tháng", year=2026)]),
    # counterexamples
    ("- Thời gian lưu trú bình quân đạt 2,1 ngày/khách;",
     [R("Thời gian lưu trú bình quân", value=2.1, unit="ngày/khách", year=2026)]),
    ("- Sản lượng lương thực đạt 250 tấn/ha; diện tích/vụ ổn định.",
     [R("Sản lượng lương thực", value=250, unit="tấn/ha", year=2026)]),
    ("- Mỗi công chức được bồi dưỡng 12 ngày/năm;", []),
])
def test_unit_with_several_slash_tails(item, expected):
    recs = [r for r in run([P(PLAN_2026), P(item)]) if r.target_value is not None]
    assert len(recs) == len(expected), [(r.label, r.target_unit) for r in recs]
    for rec, exp in zip(recs, expected):
        assert rec.target_unit == exp.unit and rec.target_value == exp.value, (rec.label, rec.target_unit)
        assert " ".join(rec.label.split()) == exp.words, rec.label


# --- 3. a table's rate column with no unit mark ('Tỷ lệ so với tổng số hộ') in a row whose unit cell says 'hộ': its
# cells are shares, not counts of households ('3,2' was a count of 3.2); the row's own count (1.245) stays a count.
# Counterexamples: a column that is no rate keeps the row's unit; a rate column marked with its own unit keeps it ----

def _kinds(header: str, row: list[str]) -> list[tuple]:
    hdr = ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", header]
    return sorted((k, v) for k, v, r, c in table_quantities([hdr, row], kinds=("count", "measure", "percent"))
                  if r >= 1)


@pytest.mark.parametrize("header, row, want", [
    ("Tỷ lệ so với tổng số hộ", ["1", "Hộ nghèo", "hộ", "1.245", "3,2"], [("count", 1245), ("percent", 3.2)]),
    # made-up variants: 'Tỷ lệ' alone, a share of the population
    ("Tỷ lệ", ["1", "Hộ cận nghèo", "hộ", "2.310", "5,9"], [("count", 2310), ("percent", 5.9)]),
    ("Tỷ lệ so với dân số", ["2", "Người có thẻ bảo hiểm y tế", "người", "95.400", "92,1"],
     [("count", 95400), ("percent", 92.1)]),
    # counterexamples
    ("Năm 2025", ["1", "Hộ nghèo", "hộ", "1.245", "1.102"], [("count", 1102), ("count", 1245)]),
    ("Tỷ lệ (%)", ["1", "Hộ nghèo", "hộ", "1.245", "3,2"], [("count", 1245), ("percent", 3.2)]),
])
def test_a_rate_column_holds_no_count_of_the_rows_thing(header, row, want):
    assert _kinds(header, row) == want
