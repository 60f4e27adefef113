"""Issue 13: counts and durations the development gold missed. A number written in words then in figures in brackets
('gồm năm (05) thành viên', 'bảy (07) ngày làm việc') is one quantity, as the figures alone would give. Real strings
quoted short, made-up variants marked, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities
from table_blocks import table_quantities


def _found(text: str):
    return [(f.kind, f.value, f.unit) for f in find_quantities(text)]


@pytest.mark.parametrize("text,want", [
    # real: a government office's guide to drafting, an e-government regulation
    ("Năm (05) ngày làm việc đối với các ý kiến thuộc thẩm quyền giải quyết; Bảy (07) ngày làm việc đối với các ý kiến",
     [("measure", 5, "ngày làm việc"), ("measure", 7, "ngày làm việc")]),
    ("phải hẹn trả lời nhưng tối đa không quá mười (10) ngày làm việc kể từ ngày tiếp nhận.",
     [("measure", 10, "ngày làm việc")]),
    # made-up variants in the same habit: members, copies, a period of days
    ("Tổ công tác gồm năm (05) thành viên", [("count", 5, "thành viên")]),
    ("Biên bản được lập thành hai (02) bản có giá trị như nhau", [("count", 2, "bản")]),
    ("trong thời hạn mười lăm (15) ngày", [("measure", 15, "ngày")]),
    ("trong thời hạn ba mươi (30) ngày kể từ ngày nhận được văn bản", [("measure", 30, "ngày")]),
    ("thành lập hai mươi mốt (21) tổ bầu cử", [("count", 21, "tổ")]),
    # the same text with the figures alone gives the same record
    ("Tổ công tác gồm 05 thành viên", [("count", 5, "thành viên")]),
])
def test_words_then_figures_in_brackets_are_one_quantity(text, want):
    assert _found(text) == want


def test_words_that_disagree_with_their_figures_yield_to_the_figures():
    # made-up: a slip between words and figures; the figures are read, the doubt is kept
    [f] = find_quantities("Biên bản được lập thành hai (03) bản")
    assert (f.kind, f.value, f.unit) == ("count", 3, "bản")
    assert f.uncertain and "hai" in f.uncertain


@pytest.mark.parametrize("text", [
    "Phụ lục (05) kèm theo Kế hoạch này",          # a word that is no number before the bracket
    "Kết quả thực hiện trong năm (2025) như sau",    # 'năm' is the year, the bracket holds it
    "Cây lâu năm(18): diện tích trồng mới",          # a footnote mark after 'năm'
    "trong năm (03) bản",                            # 'năm' alone must agree with its figures: it may be the year
    "Ghi rõ năm (2024) quốc tịch",                   # a year in brackets is no figure of a count
])
def test_brackets_after_words_that_are_no_number_give_no_count(text):
    assert [q for q in _found(text) if q[0] in ("count", "measure")] == []


@pytest.mark.parametrize("text,want", [
    # real: an election council's forms, a government office's guide to drafting
    ("(4) Quốc tịch: Ghi rõ “Chỉ có 01 quốc tịch là quốc tịch Việt Nam và không trong thời gian",
     [("count", 1, "quốc tịch")]),
    ("Có thể viết trong cùng 01 dòng hoặc tách thành 02 dòng liền nhau", [("count", 1, "dòng"), ("count", 2, "dòng")]),
    ("phía dưới trích yếu nội dung văn bản có năm (5) dấu gạch nối (-) ngăn cách với nội dung văn bản",
     [("count", 5, "dấu")]),
    # made-up variants: number words, a stamp count
    ("Họ tên có thể tách thành hai dòng", [("count", 2, "dòng")]),
    ("mỗi trang đóng 01 dấu giáp lai", [("count", 1, "dấu")]),
    # clans stay clans: the longer entry wins
    ("khen thưởng 120 dòng họ văn hóa", [("count", 120, "dòng họ")]),
])
def test_lines_marks_and_nationalities_of_forms_are_counted(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text", [
    "Họ tên mỗi người ứng cử ghi ở một dòng riêng",     # real: 'một' alone is an article, not a count
    "Từ \"Nơi nhận\" trình bày một dòng riêng",
    "Kết quả năm 2025 dấu ấn đậm nét",                   # made-up: a year before 'dấu ấn'
    "ghi ở dòng 5 của biểu mẫu",                         # made-up: the figure after the noun names a line
])
def test_lines_and_marks_without_a_figure_before_them_give_no_count(text):
    assert [q for q in _found(text) if q[0] == "count"] == []


@pytest.mark.parametrize("text,want", [
    # real: a commune's plan for the nominating conference ('bàn' typed for 'bản': 3 all the same)
    ("Biên bản kiểm phiếu lập thành 03 bàn, có chữ ký của các thành viên", [("count", 3, "bàn")]),
    ("bố trí 02 bàn tiếp công dân", [("count", 2, "bàn")]),                  # made-up: desks
    ("sau khi hoàn thành 05 bàn giao cho địa phương", []),                  # made-up: 'bàn giao' is a verb
    ("Tổ kiểm phiếu 3 bàn bạc thống nhất", []),
])
def test_tables_and_desks_are_counted_not_handing_over(text, want):
    assert [q for q in _found(text) if q[0] == "count"] == want


# real: the example asset declaration of an election council's forms (its 'Số lượng tài sản' column under 'Tăng/giảm')
_ASSETS = [["Loại tài sản, thu nhập", "Tăng/giảm", "", "Nội dung giải trình"],
           ["", "Số lượng tài sản", "Giá trị tài sản, thu nhập", ""],
           ["- Gửi tiết kiệm tại ngân hàng D", "+ 01 Sổ tiết kiệm", "500 triệu", "Tiết kiệm từ thu nhập"],
           ["- Mua ô tô, số ĐK: 18E-033.55", "+ 01", "1.000 triệu", "Mua từ tiền bán đất"],
           ["- Mua xe máy", "01", "30 triệu", "Thu nhập trong năm"]]          # made-up: the sign left out


def test_a_plus_sign_before_a_bare_count_cell_is_read_past():
    assert [q for q in table_quantities(_ASSETS) if q[0] == "count"] == [
        ("count", 1, 2, 1), ("count", 1, 3, 1), ("count", 1, 4, 1)]


def test_a_plus_sign_under_no_counted_header_gives_no_count():
    rows = [["Chỉ tiêu", "Tăng/giảm"], ["Giá trị sản xuất", "+ 12"], ["Ghi chú", "+ 3"]]     # made-up
    assert [q for q in table_quantities(rows) if q[0] == "count"] == []
