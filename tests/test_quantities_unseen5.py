"""Counts read off rules about documents and records (the Party's guide to the form of its documents, the
records rules of provincial plans): pages, sheets and kinds are counted things. Strings are real (vbai
36-HD/VPTW of ../shared/corpus) or paraphrased in the genre's style; each table has its counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities
from table_blocks import table_document


def _counts(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text) if f.kind in ("count", "measure")]


@pytest.mark.parametrize("text,want", [
    # real: vbai 36-HD/VPTW B403, B435
    ("Biên bản hội nghị cấp uỷ, cơ quan, tổ chức đảng các cấp có từ 2 trang trở lên phải đóng dấu giáp lai",
     [("count", 2, "trang")]),
    ("trùm lên một phần các tờ giấy, mỗi khuôn dấu đóng tối đa 5 tờ giấy", [("count", 5, "tờ")]),
    ("Có 3 loại bản sao:", [("count", 3, "loại")]),
    # the genre's style
    ("Báo cáo kèm theo 02 phụ biểu, tổng cộng 15 trang", [("count", 15, "trang")]),
    ("Hồ sơ gồm: 01 tờ khai theo mẫu và 02 bản sao giấy tờ tùy thân", [("count", 1, "tờ"), ("count", 2, "bản")]),
    ("phân thành 04 loại hình dịch vụ", [("count", 4, "loại")]),
    # real: tvpl 99/2025/QĐ-UBND Nghệ An B90; the genre's style
    ("phải đặt mật khẩu đủ mạnh và có độ dài tối thiểu 8 ký tự trở lên", [("count", 8, "ký tự")]),
    ("Trích yếu không quá 200 ký tự", [("count", 200, "ký tự")]),
    # counterexamples: the number names a page or a class, after the noun
    ("Số trang trình bày tại điểm giữa; xem trang 12 của báo cáo", []),
    ("đô thị loại 1 trực thuộc tỉnh", []),
    ("được xếp loại 2 về mức độ hoàn thành", []),
    ("Trang 2", []),
    # a page of a web portal is its own counted thing, longest first
    ("duy trì 5 trang thông tin điện tử", [("count", 5, "trang thông tin")]),
])
def test_pages_sheets_and_kinds_are_counted(text, want):
    assert _counts(text) == want


def _table(rows: list[list[str]]):
    from extractor.extract.quantities import extract_quantities
    from extractor.model import Segment
    doc = table_document(rows)
    block = doc.blocks[0]
    qs = extract_quantities(doc, [Segment(c.text, c.start, c.end, block, cell=c) for c in block.cells])
    return [(q.kind, q.value, q.prov.row, q.prov.col) for q in qs if q.kind == "count"]


# A column naming a size or a code: its bare values are not counts of what the row label counts.
@pytest.mark.parametrize("rows,want", [
    # real: vbai 36-HD/VPTW Phụ lục 3 (font sizes beside the element 'Số trang văn bản')
    ([["TT", "Thành phần thể thức", "Loại chữ", "Cỡ chữ", "Kiểu chữ"],
      ["15.", "Số trang văn bản", "In thường", "14", "Đứng"]], []),
    ([["STT", "Nội dung", "Mã số", "Ghi chú"],
      ["1", "Số hồ sơ tiếp nhận", "2051", ""]], []),
    # counterexamples: a value column under the same row label still counts
    ([["STT", "Nội dung", "Kết quả năm 2025"],
      ["1", "Số hồ sơ tiếp nhận", "2.051"]], [("count", 2051, 1, 2)]),
    ([["STT", "Tên tài liệu", "Số trang"],
      ["1", "Báo cáo tổng hợp", "36"]], [("count", 36, 1, 2)]),
])
def test_size_and_code_columns_are_not_counts(rows, want):
    assert _table(rows) == want
