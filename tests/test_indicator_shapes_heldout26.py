"""Plans found on held-out round 26 (district and province digital-transformation plans): each rule a table of
strings written in the genre's style (paraphrased, not copied), with counterexamples. Records are compared as in
test_indicator_variants.py."""
from __future__ import annotations

import pytest

from extractor.link.labels import _names_levels_only, _without_trailing_levels
from test_indicator_variants import P, run

# --- 1. a clause that names only the level its figure is for ('… tại cấp tỉnh đạt 100%, cấp huyện đạt 90% và cấp xã
# đạt trên 70%'): what is measured is the earlier clause's measure, kept in the label of each level's record -------

_MEASURE = "tỷ lệ văn bản điện tử được ký số trong cơ quan nhà nước"


@pytest.mark.parametrize("text, value, level", [
    (f"Tỉnh đặt mục tiêu: {_MEASURE} tại cấp tỉnh đạt 100%, cấp huyện đạt 85% và cấp xã đạt trên 65%.", 85, "huyện"),
    (f"Tỉnh đặt mục tiêu: {_MEASURE} tại cấp tỉnh đạt 100%, cấp huyện đạt 85% và cấp xã đạt trên 65%.", 65, "xã"),
    (f"Phấn đấu {_MEASURE} ở cấp tỉnh đạt 95%, ở cấp huyện đạt 75%.", 75, "huyện"),
])
def test_level_clause_keeps_the_measure(text, value, level):
    rec = next(r for r in run([P(text)]) if r.target_value == value)
    assert rec.level == level
    assert _MEASURE in rec.label and f"cấp {level}" in rec.label, rec.label


@pytest.mark.parametrize("label, only", [
    ("cấp huyện", True),
    ("cấp huyện và cấp xã", True),
    ("ở cấp xã", True),
    # counterexamples: a clause that names a measure of its own besides a level
    ("hồ sơ công việc cấp huyện", False),
    ("tỷ lệ xã đạt chuẩn", False),
    ("số cán bộ cấp xã được đào tạo", False),
])
def test_names_levels_only(label, only):
    assert _names_levels_only(label) is only


@pytest.mark.parametrize("label, measure", [
    (f"{_MEASURE} tại cấp tỉnh", _MEASURE),
    (f"{_MEASURE} ở cấp tỉnh, cấp huyện", _MEASURE),
    # counterexamples: a level inside the measure, not closing it, stays
    ("hồ sơ cấp xã được xử lý trực tuyến", "hồ sơ cấp xã được xử lý trực tuyến"),
    (_MEASURE, _MEASURE),
])
def test_without_trailing_levels(label, measure):
    assert _without_trailing_levels(label) == measure


# --- 2. a figure followed by the one level it is reached at, closing the sentence ('… phải đạt ít nhất 65% tại UBND
# cấp xã.', '… cần đạt tối thiểu 85% ở cấp xã.'): the record is that level's ----------------------------------------

@pytest.mark.parametrize("text, level", [
    ("Bên cạnh đó, tỷ lệ hồ sơ nộp trực tuyến phải đạt ít nhất 70% tại UBND cấp xã.", "xã"),
    ("Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công cần đạt tối thiểu 90% ở cấp huyện.", "huyện"),
    ("Phấn đấu tỷ lệ văn bản đi được ký số đạt 100% tại cấp tỉnh.", "tỉnh"),
    # counterexamples: a level that is part of what is measured, or a level followed by more words, sets none
    ("Phấn đấu tỷ lệ hồ sơ của UBND cấp xã được số hóa đạt 70%.", None),
    ("Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt 70% tại cấp xã được công nhận.", None),
    ("Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt 70% trên địa bàn xã.", None),
])
def test_level_after_the_figure(text, level):
    (rec,) = run([P(text)])
    assert rec.level == level, (rec.label, rec.level)


# --- 3. a theme lead before the target word ('Về phía doanh nghiệp, mục tiêu là 100% …, tỷ lệ … đạt 80%, và 60% …'):
# the sentence lists aims, each its own target; the 'đạt' of a later aim is no result of the first ----------------

@pytest.mark.parametrize("text, expected", [
    ("Về phía doanh nghiệp, mục tiêu là 100% giao dịch mua bán trực tuyến có hóa đơn điện tử, tỷ lệ thanh toán "
     "không dùng tiền mặt đạt 75%, và 55% doanh nghiệp nhỏ bán hàng trên sàn số.",
     [(100, None), (75, None), (55, None)]),
    ("Về nông nghiệp, mục tiêu là 90% hợp tác xã có sản phẩm OCOP, tỷ lệ hộ dùng nước sạch đạt 95%.",
     [(90, None), (95, None)]),
    # counterexamples: a measure before the target word, the 'đạt' is its result
    ("Về y tế, tỷ lệ bao phủ bảo hiểm y tế đạt 93%, vượt chỉ tiêu kế hoạch là 91%.", [(91, 93)]),
    ("Tỷ lệ thanh toán không dùng tiền mặt đạt 72%, chỉ tiêu là 70%.", [(70, 72)]),
])
def test_theme_lead_of_aims(text, expected):
    got = sorted((r.target_value, r.actual_value) for r in run([P(text)]))
    assert got == sorted(expected), [(r.label, r.target_value, r.actual_value) for r in run([P(text)])]
