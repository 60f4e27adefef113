"""A criteria table printed without rules whose cells are centred in their rows (a browser's or
LibreOffice's print of an HTML table with merged cells and no borders, as QĐ 51's Phụ lục I): a
sub-criterion's text several lines tall, its values centred beside it, the guidance merged over the
group columns below the values. Read as rows: each numbered sub-criterion with its values in their
columns, the guidance a row of its own; the table goes on over a page break in the same columns.
Numbered prose and a table whose cells start level with their row stay as they were. PDFs are
written here with fpdf from our own text, with the line spacing of LibreOffice (1.0) and of a
browser (1.5)."""
from __future__ import annotations

from pathlib import Path

import pytest

from fpdf_doc import cell_texts, new_pdf, pdf_tables

X = {"tt": 14.0, "name": 22.0, "text": 46.0, "all": 104.0, "g1": 126.0, "g2": 150.0, "g3": 174.0}
GUIDE = [
    "Bộ Công Thương hướng dẫn; UBND cấp tỉnh",
    "quy định việc áp dụng cho từng nhóm xã",
]


def _lines(doc, x: float, y: float, pitch: float, lines: list[str]) -> None:
    for k, text in enumerate(lines):
        doc.text(x, y + k * pitch, text)


def _criterion(doc, y: float, pitch: float, number: str, text: list[str], common: str,
               groups: tuple[str, ...], guide: list[str], head: tuple[str, str] = ("", "")) -> float:
    """One sub-criterion: its text from `y`, the common target centred on it, the group targets
    centred on its first lines and the guidance below them over the three group columns. Returns
    the y of the next row."""
    _lines(doc, X["text"], y, pitch, [f"{number} {text[0]}"] + text[1:])
    middle = y + (len(text) - 1) * pitch / 2
    doc.text(X["all"], middle, common)
    if head[0]:
        doc.text(X["tt"], middle, head[0])
        doc.text(X["name"], middle, head[1])
    if groups:
        for key, value in zip(("g1", "g2", "g3"), groups):
            doc.text(X[key], y + pitch / 2, value)
        _lines(doc, X["g1"], y + 2.5 * pitch, pitch, guide)       # below the values' cell padding
    else:
        _lines(doc, X["g1"], middle - pitch / 2, pitch, guide)
    return y + max(len(text), 3 + len(guide)) * pitch + 2 * pitch


def _header(doc, y: float, pitch: float) -> float:
    doc.text(X["g1"] + 6, y, "Yêu cầu theo nhóm xã")
    for key, label in (("tt", "TT"), ("name", "Tiêu chí"), ("text", "Nội dung tiêu chí"), ("all", "Chung")):
        doc.text(X[key], y + 0.9 * pitch, label)
    for key, label in (("g1", "Nhóm 1"), ("g2", "Nhóm 2"), ("g3", "Nhóm 3")):
        doc.text(X[key], y + 1.8 * pitch, label)      # below the cell padding of the row above
    return y + 4 * pitch


def _first_page(doc, pitch: float, top: float = 34.0) -> None:
    doc.text(14, top - 14, "PHỤ LỤC I. BỘ TIÊU CHÍ VỀ XÃ ĐẠT CHUẨN GIAI ĐOẠN 2026 - 2030 (dùng để thử)")
    y = _header(doc, top, pitch)
    y = _criterion(doc, y, pitch, "1.1.", ["Tỷ lệ hộ sử dụng điện", "thường xuyên, an toàn từ", "các nguồn điện"],
                   "≥97%", ("≥99%", "≥98%", "≥95%"), GUIDE, head=("1", "Điện"))
    y = _criterion(doc, y, pitch, "1.2.", ["Có điểm cung cấp dịch vụ", "bưu chính công cộng"], "Đạt", (),
                   ["Bộ Khoa học và Công nghệ hướng dẫn"])
    _criterion(doc, y, pitch, "2.1.", ["Tỷ lệ hộ có nhà ở đạt", "tiêu chuẩn theo quy định"], "≥80%",
               ("≥90%", "≥85%", "≥70%"), ["Bộ Xây dựng hướng dẫn; UBND cấp tỉnh", "quy định cụ thể"],
               head=("2", "Nhà ở"))


def _second_page(doc, pitch: float) -> None:
    y = _criterion(doc, 20, pitch, "2.2.", ["Tỷ lệ hộ có nhà tiêu hợp", "vệ sinh theo quy chuẩn"], "≥85%",
                   ("≥95%", "≥90%", "≥75%"), ["Bộ Y tế hướng dẫn; UBND cấp tỉnh", "quy định cụ thể"])
    y = _criterion(doc, y, pitch, "2.3.", ["Có nhà văn hóa thôn đạt", "chuẩn về cơ sở vật chất"], "Đạt", (),
                   ["Bộ Văn hóa, Thể thao và Du lịch hướng dẫn"])
    _criterion(doc, y, pitch, "2.4.", ["Tỷ lệ thôn có đường trục", "được cứng hóa"], "100%",
               ("100%", "100%", "≥90%"), ["Bộ Xây dựng hướng dẫn"])


def _write(tmp_path: Path, name: str, pitch: float, pages) -> Path:
    doc = new_pdf(10)
    for draw in pages:
        doc.add_page()
        draw(doc, pitch)
    path = tmp_path / f"{name}.pdf"
    doc.output(str(path))
    return path




def _row(rows: list[list[str]], number: str) -> list[str]:
    (row,) = [r for r in rows if any(c.startswith(number + " ") for c in r)]
    return row


PITCHES = [4.3, 6.4]        # mm between a cell's lines: line spacing 1.0 (LibreOffice), 1.5 (a browser)


@pytest.mark.parametrize("pitch", PITCHES)
def test_centred_cells_are_read_as_rows_with_their_values_in_their_columns(tmp_path, pitch):
    (table,) = pdf_tables(_write(tmp_path, "centred", pitch, [_first_page]))
    rows = cell_texts(table)
    assert rows[0] == ["TT", "Tiêu chí", "Nội dung tiêu chí", "Chung", "Yêu cầu theo nhóm xã"]
    assert rows[1] == ["Nhóm 1", "Nhóm 2", "Nhóm 3"]
    assert _row(rows, "1.1.") == ["1", "Điện", "1.1. Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn điện",
                                  "≥97%", "≥99%", "≥98%", "≥95%"]
    assert _row(rows, "1.2.") == ["", "", "1.2. Có điểm cung cấp dịch vụ bưu chính công cộng", "Đạt",
                                  "Bộ Khoa học và Công nghệ hướng dẫn"]
    assert _row(rows, "2.1.") == ["2", "Nhà ở", "2.1. Tỷ lệ hộ có nhà ở đạt tiêu chuẩn theo quy định",
                                  "≥80%", "≥90%", "≥85%", "≥70%"]
    # the guidance below the group targets: a row of its own, over the three group columns
    guide = rows[rows.index(_row(rows, "1.1.")) + 1]
    assert guide == ["", "", "", "", " ".join(GUIDE)]
    assert table.rows[rows.index(guide)][-1].colspan == 3


@pytest.mark.parametrize("pitch", PITCHES)
def test_a_centred_table_goes_on_over_the_page_break_in_its_columns(tmp_path, pitch):
    def low(doc, pitch):            # the page's table reaches its bottom
        _first_page(doc, pitch, top=297 - 27 * pitch)
    (table,) = pdf_tables(_write(tmp_path, "two_pages", pitch, [low, _second_page]))
    rows = cell_texts(table)
    assert _row(rows, "2.2.") == ["", "", "2.2. Tỷ lệ hộ có nhà tiêu hợp vệ sinh theo quy chuẩn",
                                  "≥85%", "≥95%", "≥90%", "≥75%"]
    assert _row(rows, "2.4.") == ["", "", "2.4. Tỷ lệ thôn có đường trục được cứng hóa",
                                  "100%", "100%", "100%", "≥90%"]


NUMBERED_PROSE = [
    "1.1. Ủy ban nhân dân cấp xã rà soát hiện trạng hạ tầng điện, nước sạch và đường giao thông trên",
    "địa bàn, lập kế hoạch đầu tư theo thứ tự ưu tiên và báo cáo Ủy ban nhân dân cấp tỉnh trước quý III.",
    "1.2. Các sở, ngành hướng dẫn cách đánh giá từng tiêu chí, tổ chức tập huấn cho cán bộ cấp xã và",
    "kiểm tra việc áp dụng tại ít nhất 20% số xã mỗi năm.",
    "1.3. Kinh phí thực hiện từ ngân sách nhà nước và các nguồn hợp pháp khác theo quy định.",
]


@pytest.mark.parametrize("pitch", PITCHES)
def test_numbered_prose_is_no_table(tmp_path, pitch):
    def draw(doc, pitch):
        _lines(doc, 20, 30, pitch, NUMBERED_PROSE)
    assert pdf_tables(_write(tmp_path, "prose", pitch, [draw])) == []


def test_a_numbered_table_whose_cells_start_level_with_their_row_is_left_to_the_line_reader(tmp_path):
    """Word's cells start at the row's top: no block beside a numbered one is centred on it."""
    def draw(doc, pitch):
        y = 30.0
        for number, text, value in (("1.1.", ["Tỷ lệ hộ sử dụng điện", "an toàn"], "≥98%"),
                                    ("1.2.", ["Tỷ lệ hộ có nhà ở", "kiên cố"], "≥80%"),
                                    ("1.3.", ["Tỷ lệ thôn có đường", "trục cứng hóa"], "100%")):
            _lines(doc, X["text"], y, pitch, [f"{number} {text[0]}"] + text[1:])
            doc.text(X["all"], y, value)
            doc.text(X["g1"], y, "Đạt")
            y += 4 * pitch
    from extractor.read import pdf_centred, pdf_objects, pdf_words
    path = _write(tmp_path, "level", 4.3, [draw])
    document = pdf_objects.open_pdf(path)
    try:
        words = pdf_words.words(pdf_objects.read_page(document, 1).chars)
    finally:
        document.close()
    assert pdf_centred.find_tables(words) == []


@pytest.mark.parametrize("pitch", PITCHES)
def test_the_rest_of_a_row_the_page_break_cut_goes_on_with_the_table(tmp_path, pitch):
    """At the next page's top, the rest of the last row's cells: a tall one (the guidance) and a
    short one beside it. The table takes both in, whichever starts first."""
    def low(doc, pitch):
        _first_page(doc, pitch, top=297 - 27 * pitch)

    def rest(doc, pitch):
        _lines(doc, X["g1"], 20, pitch, ["Bộ Y tế hướng dẫn; UBND", "cấp tỉnh quy định cụ thể",
                                         "việc áp dụng đối với", "từng nhóm xã trên", "địa bàn"])
        doc.text(X["g3"], 20, "Không quy định")
        y = _criterion(doc, 20 + 6 * pitch, pitch, "2.2.", ["Tỷ lệ hộ có nhà tiêu hợp", "vệ sinh theo quy chuẩn"],
                       "≥85%", ("≥95%", "≥90%", "≥75%"), ["Bộ Y tế hướng dẫn"])
        y = _criterion(doc, y, pitch, "2.3.", ["Có nhà văn hóa thôn đạt", "chuẩn về cơ sở vật chất"], "Đạt", (),
                       ["Bộ Văn hóa, Thể thao và Du lịch hướng dẫn"])
        _criterion(doc, y, pitch, "2.4.", ["Tỷ lệ thôn có đường trục", "được cứng hóa"], "100%",
                   ("100%", "100%", "≥90%"), ["Bộ Xây dựng hướng dẫn"])
    (table,) = pdf_tables(_write(tmp_path, "rest", pitch, [low, rest]))
    text = " ".join(" ".join(r) for r in cell_texts(table))
    assert "từng nhóm xã trên địa bàn" in text and "Không quy định" in text
    assert _row(cell_texts(table), "2.2.")[-4:] == ["≥85%", "≥95%", "≥90%", "≥75%"]
