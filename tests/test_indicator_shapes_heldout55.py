"""Target shapes read off round 55's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.normalize.document import normalize_text
from test_indicator_variants import P, R, check, run

# --- a growth target's breakdown ('… tốc độ tăng trưởng giá trị tăng thêm đạt từ 7% trở lên so với năm 2019, trong
# đó Ngành nông lâm nghiệp tăng 3,2%/năm, Công nghiệp xây dựng tăng 9,7%/năm'): each part is a target of its own,
# labelled by the whole's measure and its own words. A stop before a lower-case 'trong đó' is a typo for the comma
# and ends no sentence. Counterexamples: a whole that is no growth rate lends no measure; a capital after the stop
# opens a sentence of its own ---------------------------------------------------------------------------------------

GROWTH = ("Để hoàn thành kế hoạch năm 2021, huyện Yên Lập phấn đấu tốc độ tăng trưởng bình quân giá trị tăng thêm "
          "đạt từ 8% trở lên so với năm 2020{sep} trong đó Ngành nông lâm nghiệp, thủy sản tăng 3,5 %/năm, Công "
          "nghiệp xây dựng tăng 10,2 % /năm, dịch vụ thương mại tăng 6,8 % / năm.")
GROWTH_PARTS = [R("tốc độ tăng trưởng giá trị tăng thêm so với năm 2020", value=8, year=2021),
                R("tốc độ tăng trưởng giá trị tăng thêm ngành nông lâm nghiệp thủy sản", value=3.5, unit="%/năm",
                  year=2021),
                R("tốc độ tăng trưởng giá trị tăng thêm công nghiệp xây dựng", value=10.2, unit="%/năm", year=2021),
                R("tốc độ tăng trưởng giá trị tăng thêm dịch vụ thương mại", value=6.8, unit="%/năm", year=2021)]


@pytest.mark.parametrize("text, expected", [
    (GROWTH.format(sep="."), GROWTH_PARTS),
    (GROWTH.format(sep=","), GROWTH_PARTS),
    # counterexample: the whole is no growth rate, its parts keep their own words
    ("Năm 2021, huyện phấn đấu tổng mức bán lẻ hàng hóa đạt 5.000 tỷ đồng. trong đó doanh thu dịch vụ lưu trú tăng "
     "12%, dịch vụ ăn uống tăng 9%.",
     [R("tổng mức bán lẻ hàng hóa", value=5000, unit="tỷ đồng", year=2021),
      R("doanh thu dịch vụ lưu trú tăng", value=12, year=2021),
      R("dịch vụ ăn uống tăng", value=9, year=2021)]),
])
def test_parts_of_a_growth_target(text, expected):
    check([P(text)], expected)


def test_growth_part_labels_do_not_keep_the_opener():
    labels = [r.label for r in run([P(GROWTH.format(sep="."))])]
    assert not any(label.lower().startswith("trong đó") for label in labels), labels


@pytest.mark.parametrize("raw, want", [
    ("tăng 7% so với năm 2019. trong đó Ngành nông nghiệp tăng 3%", "tăng 7% so với năm 2019, trong đó Ngành nông "
                                                                     "nghiệp tăng 3%"),
    ("cấp 1.200 sổ. trong đó, cấp mới 900 sổ", "cấp 1.200 sổ, trong đó, cấp mới 900 sổ"),
    # counterexamples: a capital opens a sentence; 'trong đợt', 'trong điều kiện' open no breakdown
    ("tăng 7% so với năm 2019. Trong đó, ngành nông nghiệp tăng 3%", "tăng 7% so với năm 2019. Trong đó, ngành nông "
                                                                      "nghiệp tăng 3%"),
    ("đã kiểm tra 12 cơ sở. trong đợt này phát hiện 2 vi phạm", "đã kiểm tra 12 cơ sở. trong đợt này phát hiện 2 vi phạm"),
])
def test_stop_before_a_lower_case_breakdown_is_a_comma(raw, want):
    text, to_raw = normalize_text(raw)
    assert text == want and len(to_raw) == len(text)
