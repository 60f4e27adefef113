"""Times of day are no quantities; durations in hours are measures (NĐ 297/2025/NĐ-CP, NĐ 96/2016/NĐ-CP, NQ 40 of the
National Election Council, a province's one-stop rules). Short strings from those texts, and the genre's shapes
around them: an hour with its minutes, an hour of the morning or of a day, after 'lúc', 'trước'/'sau' an office hour,
a span of the clock; against them 'trong vòng N giờ làm việc', 'N giờ trong ngày', 'quy đổi N giờ'."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import blocked_spans, find_quantities


def _measures(text: str):
    return [(q.kind, q.value, q.unit) for q in find_quantities(text) if q.kind in ("measure", "range")]


@pytest.mark.parametrize("text,want", [
    # times of day: nothing, and no '00 ngày' from the minutes before the day
    ("được tính từ 08 giờ 00 ngày làm việc kế tiếp của ngày hồ sơ được tiếp nhận", []),
    ("sau 17 giờ 00 hàng ngày hoặc vào ngày nghỉ, ngày lễ, Tết theo quy định", []),
    ("bắt đầu từ ngày 15 tháng 12 năm 2025 và kết thúc vào 17 giờ 00 ngày 01 tháng 02 năm 2026.", []),
    ("Trường hợp khách đến lưu trú sau 23 giờ thì thông báo trước 08 giờ sáng ngày hôm sau.", []),
    ("phải thực hiện trước 23 giờ trong ngày.", []),
    ("Việc thông báo lưu trú được thực hiện trước 23 giờ củá ngày bắt đầu", []),     # OCR's 'của'
    ("Trường hợp nhận được yêu cầu sau 15 giờ thì cung cấp vào ngày tiếp theo.", []),
    ("nếu thời điểm nhận đủ hồ sơ, sau 15 giờ cùng ngày thì có thể giải quyết việc xóa nợ", []),
    ("Hội nghị khai mạc vào lúc 14 giờ 00 phút ngày 5 tháng 01", []),
    ("tiếp nhận hồ sơ từ 8 giờ đến 17 giờ các ngày trong tuần", []),
    ("buổi sáng từ 7 giờ 30 đến 11 giờ 30", []),
    # durations stay measures; working hours keep their own unit, as working days do
    ("Trong vòng 02 giờ làm việc kể từ khi Cổng Dịch vụ công quốc gia phản hồi", [("measure", 2, "giờ làm việc")]),
    ("không muộn hơn 08 giờ làm việc kể từ khi Cổng Dịch vụ công quốc gia tiếp nhận", [("measure", 8, "giờ làm việc")]),
    ("cung cấp dịch vụ liên tục 24 giờ trong ngày và 07 ngày trong tuần.", [("measure", 24, "giờ"), ("measure", 7, "ngày")]),
    ("Thời gian thực hiện: 1,5 ngày làm việc quy đổi 11 giờ) kể từ ngày tiếp nhận",
     [("measure", 1.5, "ngày làm việc"), ("measure", 11, "giờ")]),
    ("trong thời gian 01 giờ trước khi kết thúc giờ hành chính trong ngày làm việc", [("measure", 1, "giờ")]),
    ("niêm yết trong thời gian 140 giờ", [("measure", 140, "giờ")]),
    ("làm thêm từ trên 200 giờ đến 300 giờ trong một năm", [("range", 200, "giờ")]),
    ("sau 24 giờ kể từ khi nhận được hồ sơ", [("measure", 24, "giờ")]),
    ("làm thêm không quá 4 giờ, tối đa 12 giờ trong một ngày", [("measure", 4, "giờ"), ("measure", 12, "giờ")]),
])
def test_time_of_day_is_no_measure(text, want):
    assert _measures(text) == want


@pytest.mark.parametrize("text,blocked", [
    # an hour written with 'h' is a time of day too ('17h00'), but 'không quá 24h00 kể từ khi …' is a day's time allowed
    ("nộp trước 17h00 ngày 30/6", True),
    ("khai mạc lúc 8h sáng", True),
    ("hỗ trợ kỹ thuật không quá 24h00 kể từ khi nhận được thông báo", False),
    ("hoạt động ổn định liên tục 24h/24h và 7 ngày/tuần", False),
])
def test_hours_written_with_h(text, blocked):
    assert any(rule == "nq.time_of_day" for _, _, rule in blocked_spans(text)) is blocked


@pytest.mark.parametrize("text,want", [
    # 'trong vòng' is within a time; 'vòng 2' alone is a round (a level, no count)
    ("Trong vòng 02 ngày làm việc kể từ ngày nhận đủ hồ sơ", [("measure", 2, "ngày làm việc")]),
    ("lọt vào vòng 2 cuộc thi", []),
])
def test_within_is_no_round(text, want):
    assert [(q.kind, q.value, q.unit) for q in find_quantities(text)] == want
