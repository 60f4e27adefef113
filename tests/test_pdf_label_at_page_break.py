"""A ruled table going on over a page break, its next page opening with a row whose label cell
(not the STT cell) holds text and most other cells are empty. A label that opens with its own list
mark ('- Số đối tượng mua BHYT', '+ …', '1. …', 'a) …') is a row of its own: its figures and the
rows under it belong to it, not to the row above the break. Text going on lower case, or a row of
the STT column alone empty with figures, is the rest of the row above. Written with fpdf from our
own rows in the style of a province's socio-economic annex."""
from __future__ import annotations

import pytest

from extractor.read import pdf
from fpdf_doc import new_pdf

XS = (15.0, 27.0, 95.0, 120.0, 150.0, 180.0)          # column rules: STT | Chỉ tiêu | ĐVT | 2025 | 2026
ROW = 8.0
HEADER = ("STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026")
PAGE_ONE = [
    ("1", "- Số giường bệnh", "Giường", "4.157", "6.960"),
    ("", "+ Giường bệnh cấp tỉnh", "Giường", "2.940", "6.080"),
    ("", "+ Giường y tế xã", "Giường", "437", "700"),
]
PAGE_TWO_REST = [("", "+ Trẻ em dưới 6 tuổi", "Người", "169.559", "171.242")]


def _rows(doc, y: float, rows) -> float:
    """Each row a line of ruled cells: the rules round every cell, its text inside."""
    for row in rows:
        for x0, x1, text in zip(XS, XS[1:], row):
            doc.rect(x0, y, x1 - x0, ROW)
            if text:
                doc.text(x0 + 1.5, y + 5.5, text)
        y += ROW
    return y


def _two_pages(tmp_path, first_on_page_two):
    doc = new_pdf(9)
    doc.add_page()
    doc.text(15, 20, "Phụ lục: một số chỉ tiêu xã hội chủ yếu giai đoạn 2025 - 2026")
    # the table fills the page down to its foot: the break falls right after the third body row
    _rows(doc, 270.0 - ROW * (len(PAGE_ONE) + 1), [HEADER] + PAGE_ONE)
    doc.add_page()
    _rows(doc, 15.0, [first_on_page_two] + PAGE_TWO_REST)
    path = tmp_path / "label_at_break.pdf"
    doc.output(str(path))
    (table,) = [b for b in pdf.read(path).blocks if b.kind == "table"]
    return [[" ".join(c.text.split()) for c in row] for row in table.rows]


OWN_ROW = [
    ("", "- Số đối tượng mua BHYT", "", "", ""),          # a group label alone, its items follow
    ("", "+ Người cao tuổi", "", "", ""),
    ("", "1. Số trạm y tế xã", "", "", ""),
    ("", "a) Trạm y tế đạt chuẩn", "", "", ""),
    ("", "- Số hộ nghèo", "Hộ", "", ""),                   # a unit but its figures not given
]


@pytest.mark.parametrize("first", OWN_ROW, ids=[r[1] for r in OWN_ROW])
def test_a_label_with_its_own_mark_after_the_break_is_a_row_of_its_own(tmp_path, first):
    rows = _two_pages(tmp_path, first)
    assert rows[-3] == list(PAGE_ONE[-1])                   # the row above keeps its own label
    assert rows[-2] == list(first)
    assert rows[-1] == list(PAGE_TWO_REST[0])


GOES_ON = [
    (("", "phường, thị trấn", "", "", ""), "+ Giường y tế xã phường, thị trấn"),   # the label's text goes on
    (("", "", "", "", "720"), "+ Giường y tế xã"),                                  # only a late figure
]


@pytest.mark.parametrize("first,label", GOES_ON, ids=["text goes on", "figure only"])
def test_the_rest_of_a_row_cut_by_the_break_joins_the_row_above(tmp_path, first, label):
    rows = _two_pages(tmp_path, first)
    assert rows[-2][1] == label
    assert rows[-1] == list(PAGE_TWO_REST[0])


def test_a_list_going_on_in_a_later_column_still_joins_the_row_above(tmp_path):
    """A mark in a figures or notes column is a list inside a cell going on, not a label."""
    rows = _two_pages(tmp_path, ("", "", "", "", "- 720"))
    assert rows[-2][1] == "+ Giường y tế xã" and rows[-2][4] == "700 - 720"
