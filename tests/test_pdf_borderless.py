"""Tables printed without rules (a browser's or Word's print of a borderless table) are read as
tables from the alignment of their text: cells wrapped over several lines, a header of several
lines, a label alone in its row, a table going on over a page break. Prose, the organ | motto
header, the signature block and two columns never become a table. PDFs are written here with fpdf
from our own text."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.model import RawCell
from extractor.read import pdf
from fpdf_doc import cell_texts, new_pdf, pdf_tables

LINE = 5.0          # mm between a cell's lines


def _doc():
    return new_pdf(10)


def _table(doc, y: float, xs: tuple[float, ...], rows: list[tuple[str, ...]], row_gap: float) -> float:
    """Rows of cells at columns `xs`, each cell's lines ('\\n') below one another, no rules; the
    next row starts `row_gap` mm below the row's longest cell. Returns the y after the table."""
    for row in rows:
        height = 1
        for x, cell in zip(xs, row):
            for k, text in enumerate(cell.split("\n")):
                if text:
                    doc.text(x, y + k * LINE, text)
            height = max(height, len(cell.split("\n")))
        y += (height - 1) * LINE + row_gap
    return y


def _write(tmp_path: Path, name: str, draw) -> Path:
    doc = _doc()
    doc.add_page()
    draw(doc)
    path = tmp_path / f"{name}.pdf"
    doc.output(str(path))
    return path




XS = (20.0, 32.0, 95.0, 120.0, 145.0)
HEADER = ("STT", "Chỉ tiêu chủ yếu\ncủa kế hoạch", "Đơn vị\ntính", "Năm\n2026", "Năm\n2027")
BODY = [
    ("I", "KINH TẾ", "", "", ""),
    ("1", "Tốc độ tăng trưởng tổng\nsản phẩm trên địa bàn", "%", "8,5", "9,0"),
    ("2", "Số doanh nghiệp thành lập\nmới trong năm trên toàn\nđịa bàn tỉnh", "Doanh\nnghiệp", "1.250", "1.400"),
    ("3", "Kim ngạch xuất khẩu", "Triệu USD", "620", "700"),
]
READ = [
    ["STT", "Chỉ tiêu chủ yếu của kế hoạch", "Đơn vị tính", "Năm 2026", "Năm 2027"],
    ["I", "KINH TẾ", "", "", ""],
    ["1", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn", "%", "8,5", "9,0"],
    ["2", "Số doanh nghiệp thành lập mới trong năm trên toàn địa bàn tỉnh", "Doanh nghiệp", "1.250", "1.400"],
    ["3", "Kim ngạch xuất khẩu", "Triệu USD", "620", "700"],
]


@pytest.mark.parametrize("row_gap", [
    9.0,            # rows spaced wider than a cell's lines (a browser's cell padding)
    LINE,           # rows as close as a cell's lines (Word's cells have no padding above and below)
])
def test_a_borderless_table_with_wrapped_cells_is_one_table(tmp_path, row_gap):
    def draw(doc):
        doc.text(20, 20, "Phụ lục: các chỉ tiêu chủ yếu của kế hoạch phát triển kinh tế - xã hội.")
        _table(doc, 35, XS, [HEADER] + BODY, row_gap)
    (table,) = pdf_tables(_write(tmp_path, "wrapped", draw))
    assert cell_texts(table) == READ
    assert [c.is_header for c in table.rows[0]] == [True] * 5
    assert not any(c.is_header for c in table.rows[2])


def test_prose_around_a_borderless_table_stays_prose(tmp_path):
    def draw(doc):
        doc.text(20, 20, "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện các chỉ tiêu như sau:")
        y = _table(doc, 32, XS, [HEADER] + BODY, 9.0)
        doc.text(20, y + 6, "Các chỉ tiêu còn lại sẽ được đánh giá vào cuối năm theo kế hoạch.")
    doc = pdf.read(_write(tmp_path, "prose", draw))
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["paragraph", "table", "paragraph"]
    assert doc.blocks[2].text.startswith("Các chỉ tiêu còn lại")


def test_the_organ_and_motto_header_and_the_signature_block_are_not_tables(tmp_path):
    def draw(doc):
        for k, (left, right) in enumerate([("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                           ("TỈNH BÌNH MINH", "Độc lập - Tự do - Hạnh phúc"),
                                           ("Số: 12/KH-UBND", "Bình Minh, ngày 3 tháng 2 năm 2026")]):
            doc.text(20, 20 + 6 * k, left)
            doc.text(105, 20 + 6 * k, right)
        doc.text(20, 50, "Kế hoạch này được triển khai đến các sở, ban, ngành và địa phương trong tỉnh.")
        for k, (left, right) in enumerate([("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), ("- Như trên;", "CHỦ TỊCH"),
                                           ("- Lưu: VT.", ""), ("", "Nguyễn Văn An")]):
            if left:
                doc.text(20, 70 + 6 * k, left)
            if right:
                doc.text(120, 70 + 6 * k, right)
    assert pdf_tables(_write(tmp_path, "header", draw)) == []


def test_lines_with_wide_gaps_in_prose_are_not_a_table(tmp_path):
    """Three pieces on one line twice, far apart, with prose between: no table."""
    def draw(doc):
        doc.text(20, 20, "Điều 1.")
        doc.text(60, 20, "Phạm vi")
        doc.text(120, 20, "áp dụng")
        for k in range(4):
            doc.text(20, 26 + 6 * k, "Quy định này áp dụng đối với các cơ quan, tổ chức và cá nhân có liên quan.")
        doc.text(20, 56, "Điều 2.")
        doc.text(60, 56, "Đối tượng")
        doc.text(120, 56, "thực hiện")
    assert pdf_tables(_write(tmp_path, "gaps", draw)) == []


def test_a_two_level_header_covers_both_rows(tmp_path):
    """'Kế hoạch 2026' over 'Lượng' and 'Giá trị': STT and the product name cover both rows."""
    xs = (20.0, 32.0, 75.0, 100.0, 125.0, 150.0)
    rows = [("STT", "Sản phẩm", "Kế hoạch 2026", "", "Kế hoạch 2027", ""),
            ("", "", "Lượng", "Giá trị", "Lượng", "Giá trị"),
            ("1", "Cà phê nhân", "13.500", "7.000", "14.800", "7.800"),
            ("2", "Chè búp tươi", "6.400", "24.700", "7.100", "26.100")]

    def draw(doc):
        _table(doc, 30, xs, rows, 7.0)
    (table,) = pdf_tables(_write(tmp_path, "two_level", draw))
    assert cell_texts(table)[0] == ["STT", "Sản phẩm", "Kế hoạch 2026", "Kế hoạch 2027"]
    assert [(c.rowspan, c.colspan) for c in table.rows[0]] == [(2, 1), (2, 1), (1, 2), (1, 2)]
    assert cell_texts(table)[1] == ["Lượng", "Giá trị", "Lượng", "Giá trị"]
    assert all(c.is_header for c in table.rows[1])
    assert cell_texts(table)[2] == ["1", "Cà phê nhân", "13.500", "7.000", "14.800", "7.800"]


def test_a_table_whose_header_ends_a_page_goes_on_with_its_columns(tmp_path):
    """The header alone at the bottom of page 1 (its group label hides the year columns), the rows on
    page 2: one table on the rows' columns."""
    xs = (20.0, 32.0, 90.0, 115.0, 140.0, 165.0)
    doc = _doc()
    doc.add_page()
    doc.text(20, 30, "Phụ lục: diện tích cây trồng chủ lực của tỉnh giai đoạn 2026 - 2028.")
    _table(doc, 250, xs, [("TT", "Cây trồng\nchủ lực", "Đơn vị\ntính", "Giai đoạn 2026 - 2028\ntheo kế hoạch\nđã duyệt",
                           "", "")], 6.0)
    doc.add_page()
    _table(doc, 25, xs, [("1", "Cà phê", "Ha", "27.000", "27.500", "28.000"),
                         ("2", "Chè", "Ha", "6.500", "6.700", "7.100"),
                         ("3", "Mía", "Ha", "10.600", "10.700", "10.800")], 6.0)
    path = tmp_path / "pages.pdf"
    doc.output(str(path))
    (table,) = pdf_tables(path)
    assert cell_texts(table)[0] == ["TT", "Cây trồng chủ lực", "Đơn vị tính", "Giai đoạn 2026 - 2028 theo kế hoạch đã duyệt",
                               "", ""]
    assert cell_texts(table)[1:] == [["1", "Cà phê", "Ha", "27.000", "27.500", "28.000"],
                                ["2", "Chè", "Ha", "6.500", "6.700", "7.100"],
                                ["3", "Mía", "Ha", "10.600", "10.700", "10.800"]]


def _cell(text: str, colspan: int = 1) -> RawCell:
    return RawCell(text=text, colspan=colspan, page=1, boxes=[])


def test_a_row_is_put_on_wider_columns_by_where_its_cells_start():
    """A part of a table with columns at 20, 60, 100 (and its right at 140) put on columns at 10,
    20, 60, 80, 100, 120: the empty row-number column and the column empty all along are added."""
    row = [_cell("Cà phê"), _cell("Ha"), _cell("27.000")]
    out = pdf._regrid_row(row, [20.0, 60.0, 100.0, 140.0], [10.0, 20.0, 60.0, 80.0, 100.0, 120.0], 4.0)
    assert [(c.text, c.colspan) for c in out] == [("", 1), ("Cà phê", 1), ("Ha", 1), ("", 1), ("27.000", 1), ("", 1)]
    header = [_cell("TT"), _cell("Giai đoạn", colspan=2)]
    out = pdf._regrid_row(header, [10.0, 60.0, 100.0, 140.0], [10.0, 60.0, 80.0, 100.0, 120.0], 4.0)
    assert [(c.text, c.colspan) for c in out] == [("TT", 1), ("Giai đoạn", 4)]


def test_the_rest_of_a_row_cut_by_the_page_break_goes_on_with_it(tmp_path):
    """The last row's long cells go on at the top of page 2 in two columns only (no line there has
    three pieces): they are that row's (the page number above them is not), and the paragraph after
    them stays a paragraph."""
    xs = (20.0, 32.0, 95.0, 125.0, 150.0)
    doc = _doc()
    doc.add_page()
    doc.text(20, 30, "Phụ lục: kết quả thực hiện các nhiệm vụ được giao trong năm 2025.")
    _table(doc, 225, xs, [("TT", "Nhiệm vụ", "Thời hạn", "Kết quả", "Ghi chú"),
                          ("1", "Hoàn thành cơ sở dữ liệu\nvề đất đai", "30/11/2025", "Đã xong", "Đúng hạn"),
                          ("2", "Số hóa hồ sơ thủ tục hành\nchính của các sở", "31/12/2025", "Đang làm", "Đã số hóa")],
           6.0)
    doc.add_page()
    doc.text(105, 12, "2")                                   # the page number, above the rest of the row
    _table(doc, 22, xs, [("", "và của các xã, phường\ntrên địa bàn tỉnh", "", "", "1.250 hồ sơ\ntrong năm")], 6.0)
    doc.text(20, 45, "Ủy ban nhân dân tỉnh giao các sở, ngành tiếp tục theo dõi và báo cáo kết quả thực hiện.")
    path = tmp_path / "cut_row.pdf"
    doc.output(str(path))
    blocks = pdf.read(path).blocks
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    last = cell_texts(blocks[1])[-1]
    assert last[:3] == ["2", "Số hóa hồ sơ thủ tục hành chính của các sở và của các xã, phường trên địa bàn tỉnh",
                        "31/12/2025"]
    assert last[4].startswith("Đã số hóa") and last[4].endswith("1.250 hồ sơ trong năm")
    assert blocks[2].text.startswith("Ủy ban nhân dân tỉnh giao")
