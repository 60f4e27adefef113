"""A PDF line opened by a dash is a list item unless it goes on with the line above as the text
reader reads the same text: the upper end of a range after a number ('bình quân 05' / '- 06%/năm'),
or a compound cut after a full line ('kinh tế' / '- xã hội'). PDFs are written here with fpdf from
our own text."""
from __future__ import annotations

import pytest

from extractor.read import pdf
from fpdf_doc import line_blocks


@pytest.mark.parametrize("lines, read", [
    # a range's upper end on the next line, after a line ended by the author
    (["+ Tổng giá trị sản phẩm Cam tham gia xuất khẩu đến năm 2030 dự kiến đạt",
      "12,5 triệu USD, tốc độ tăng bình quân 05", "- 06%/năm trong cả giai đoạn."],
     ["+ Tổng giá trị sản phẩm Cam tham gia xuất khẩu đến năm 2030 dự kiến đạt 12,5 triệu USD, "
      "tốc độ tăng bình quân 05 - 06%/năm trong cả giai đoạn."]),
    # list items after a lead sentence, and after a short line ending in a number
    (["Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đạt như sau:", "- Cấp tỉnh: 90%;", "- Cấp xã: 70%."],
     ["Tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đạt như sau:", "- Cấp tỉnh: 90%;", "- Cấp xã: 70%."]),
    (["Số đơn vị đã kết nối: 12", "- Cấp huyện đã kết nối đủ."], ["Số đơn vị đã kết nối: 12", "- Cấp huyện đã kết nối đủ."]),
])
def test_a_dash_line_goes_on_only_as_a_wrap(tmp_path, lines, read):
    assert line_blocks(tmp_path, lines, 6) == read


@pytest.mark.parametrize("line, item", [
    ("1. Tốc độ tăng trưởng kinh tế đạt 8%", True),
    ("2.1. Thu ngân sách nhà nước", True),
    ("12) Tỷ lệ hồ sơ trực tuyến", True),
    ("a) Đối với cấp xã", True),
    # a year closing the bracket the line above opened ('(giá so sánh năm' / '2010) đạt 16%') is no item
    ("2010) đạt 16%, trong đó: nông, lâm, thủy sản tăng 6%", False),
    ("2025. Các sở, ngành tổng hợp", False),
])
def test_an_item_number_has_at_most_three_digits(line, item):
    assert bool(pdf.LIST_MARKER.match(line)) is item
