"""Tables printed to PDF by Word or LibreOffice: a number that a narrow column broke inside itself
('240.' / '000', '1.23' / '4.56' / '7') is one number again in its cell; numbers that are whole on
each line ('9,5' / '12%') stay apart. Checked on a table LibreOffice prints from a .docx written here."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from extractor.model import RawCell
from extractor.read import pdf

SOFFICE = shutil.which("soffice")


def word_table(title: str, rows: int, cols: int):
    """A python-docx document: a title paragraph, then an empty ruled table (skips without LibreOffice)."""
    if SOFFICE is None:
        pytest.skip("needs LibreOffice")
    import docx
    d = docx.Document()
    d.add_paragraph(title)
    t = d.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return d, t


def printed(d, src: Path) -> Path:
    """The python-docx document `d` saved at `src` and printed to PDF by LibreOffice, beside it."""
    d.save(src)
    subprocess.run([SOFFICE, f"-env:UserInstallation={(src.parent / 'profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(src.parent), str(src)], capture_output=True, timeout=300,
                   check=True)
    return src.with_suffix(".pdf")


def _words(text: str, right: float) -> list[dict]:
    """Words as the reader gives them, every line ending at the cell's edge `right`."""
    return [{"text": w, "x1": right, "size": 11.0, "top": 0.0, "bottom": 11.0} for w in text.split()]


@pytest.mark.parametrize("cell, read", [
    ("240.\n000", "240.000"),            # LibreOffice 7.4, a 1.1 cm column at 11 pt
    ("13.5\n00", "13.500"),
    ("1.23\n4.56\n7", "1.234.567"),
    ("305.0\n00", "305.000"),
    ("104.3\n60", "104.360"),
    ("240\n.000", "240.000"),
    ("1.2\n34", "1.234"),                # the '1.2 34' of a narrow column
    ("24\n0.0\n00", "240.000"),
    ("Tổng 240.0\n00 tấn", "Tổng 240.000 tấn"),
    ("10.2\n0", "10.20"),                # a point decimal ('10.20', as web applications print it)
    ("13.3\n0", "13.30"),
    ("4122\n04.00", "412204.00"),
    # whole numbers on each line: two values, not one
    ("9,5\n12%", "9,5\n12%"),
    ("12,5\n15", "12,5\n15"),
    ("2026\n2030", "2026\n2030"),
    ("26.120\n27.000", "26.120\n27.000"),
    ("2\n40.000", "2\n40.000"),
    ("Năm\n2026", "Năm\n2026"),
    ("10,2\n0", "10,2\n0"),             # a decimal comma is whole: two values
    ("9.30\n10.20", "9.30\n10.20"),
    ("2026\n10.20", "2026\n10.20"),
])
def test_a_number_broken_by_the_cell_edge_is_joined(cell, read):
    assert pdf._join_broken_numbers(cell, _words(cell, 100.0), 100.0) == read


def _placed(*lines: tuple[str, float, float]) -> list[dict]:
    """One word a line, each given with where it starts and ends."""
    return [{"text": t, "x0": x0, "x1": x1, "size": 10.0, "top": 0.0, "bottom": 10.0} for t, x0, x1 in lines]


@pytest.mark.parametrize("lines, read", [
    # '63379.00' in a cell 40 points wide (padding 6): '6337' fills the line edge to edge
    ([("6337", 6.0, 34.0), ("9.00", 6.0, 22.0)], "63379.00"),
    # two values right-aligned: '2026' starts well inside the cell, '10.20' is a value of its own
    ([("2026", 14.0, 34.0), ("10.20", 9.0, 34.0)], "2026\n10.20"),
    # a whole number short of the edge, then a point decimal: two values
    ([("6337", 6.0, 26.0), ("9.00", 6.0, 22.0)], "6337\n9.00"),
])
def test_a_point_decimal_after_a_number_that_filled_its_line(lines, read):
    text = "\n".join(t for t, _, _ in lines)
    assert pdf._join_broken_numbers(text, _placed(*lines), 40.0, 0.0) == read


def test_a_line_ending_short_of_the_edge_is_not_joined():
    cell = "240.0\n00"
    words = _words(cell, 60.0)       # the line ends 40 points before the cell's edge
    assert pdf._join_broken_numbers(cell, words, 100.0) == cell


def _line_words(*lines: tuple[str, float]) -> list[dict]:
    """Words of cell lines, each line given with where it starts; 5 points a character."""
    out = []
    for text, x in lines:
        for w in text.split(" "):
            out.append({"text": w, "x0": x, "x1": x + 5.0 * len(w), "size": 10.0, "top": 0.0, "bottom": 10.0})
            x += 5.0 * len(w) + 2.5
    return out


@pytest.mark.parametrize("lines, read", [
    # a wrap: 'Nghị' (20 points) would not have fitted after 'vụ' (ends at 90.5 of 100 - 6)
    ([("Chỉ tiêu, nhiệm vụ", 5.0), ("Nghị quyết số", 5.0), ("17/NQ-CP", 5.0)],
     "Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP"),
    # a paragraph break: 'Đạt' would have fitted after 'Tốt'
    ([("Tốt", 5.0), ("Đạt", 5.0)], "Tốt\nĐạt"),
    # a list item starts its own line, however full the line before
    ([("Nơi nhận: Bộ Tư pháp;", 5.0), ("- Như Điều 3;", 5.0)], "Nơi nhận: Bộ Tư pháp;\n- Như Điều 3;"),
    # a word too wide for the cell, broken by characters: what follows is no syllable of its own
    ([("Lượ", 80.0), ("ng", 5.0), ("(Tấn", 75.0), (")", 5.0)], "Lượng (Tấn)"),
    ([("Giá trị (Nghì", 35.0), ("n USD)", 5.0)], "Giá trị (Nghìn USD)"),
    # the same pieces with room left on the line: two lines
    ([("Lượ", 40.0), ("ng", 5.0)], "Lượ\nng"),
    # a document number broken at its slash
    ([("Quyết định số 2618/", 5.0), ("QĐ-BKHCN ngày", 5.0)], "Quyết định số 2618/QĐ-BKHCN ngày"),
    ([("Công văn số 11725", 10.0), ("/BTC-QLĐT", 5.0)], "Công văn số 11725/BTC-QLĐT"),
    ([("Thông báo số 44-", 27.0), ("TB/T", 75.0), ("GV ngày 12/9", 5.0)], "Thông báo số 44-\nTB/TGV ngày 12/9"),
    # a full line before an acronym or a syllable: a space
    ([("theo Quyết định 12/QĐ-UBND", 25.0), ("UBND tỉnh", 5.0)], "theo Quyết định 12/QĐ-UBND UBND tỉnh"),
    ([("Phó Chủ tịch", 38.0), ("UBND tỉnh", 5.0)], "Phó Chủ tịch UBND tỉnh"),
    ([("Tổng giá trị", 38.0), ("trị giá", 5.0)], "Tổng giá trị trị giá"),
    # a break after a hyphen is the normaliser's ('NĐ-' / 'CP' joins without a space)
    ([("số 43/2011/NĐ-", 5.0), ("CP ngày 13", 5.0)], "số 43/2011/NĐ-\nCP ngày 13"),
])
def test_a_line_the_cell_wrapped_continues_with_a_space(lines, read):
    text = "\n".join(t for t, _ in lines)
    assert pdf._unwrap_cell(text, _line_words(*lines), 0.0, 100.0) == read


@pytest.fixture(scope="module")
def narrow_table(tmp_path_factory) -> Path:
    """A plan's annex table whose number columns are too narrow for its numbers, printed by
    LibreOffice from a .docx."""
    if SOFFICE is None:
        pytest.skip("needs LibreOffice")
    import docx
    from docx.shared import Cm, Pt
    base = tmp_path_factory.mktemp("narrow")
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph("Phụ lục: Kế hoạch xuất khẩu")
    rows = [("TT", "Sản phẩm", "Lượng (Tấn)", "Giá trị (Nghìn USD)"), ("1", "Xoài", "13.500", "240.000"),
            ("2", "Nhãn", "1.234.567", "9,5\n12%"), ("3", "Chè", "26", "305.000")]
    table = d.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    widths = [Cm(1), Cm(4), Cm(1.1), Cm(1.1)]
    for c, width in enumerate(widths):
        table.columns[c].width = width
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = widths[c]
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    return printed(d, base / "phu_luc.docx")


def test_libreoffice_narrow_columns_keep_their_numbers_whole(narrow_table):
    tables = [b for b in pdf.read(narrow_table).blocks if b.kind == "table"]
    assert len(tables) == 1
    cells = [[c.text for c in row] for row in tables[0].rows[1:]]
    # '9,5' and '12%' are two paragraphs of the cell: too narrow to tell from a wrap, but not one number
    assert [row[2:] for row in cells] == [["13.500", "240.000"], ["1.234.567", "9,5 12%"], ["26", "305.000"]]


def test_wrapped_header_cells_read_as_the_word_cell(narrow_table):
    table = next(b for b in pdf.read(narrow_table).blocks if b.kind == "table")
    assert [c.text for c in table.rows[0][:2]] == ["TT", "Sản phẩm"]
    assert table.rows[0][2].text.startswith("Lượ")


def test_a_joined_number_keeps_the_boxes_of_its_pieces(narrow_table):
    table = next(b for b in pdf.read(narrow_table).blocks if b.kind == "table")
    cell = table.rows[1][3]
    assert cell.text == "240.000"
    pieces = [cell.text[b[0]:b[1]] for b in cell.boxes]
    assert "".join(pieces) == "240.000" and len(pieces) == 2      # one box per printed line


@pytest.fixture(scope="module")
def two_level_header(tmp_path_factory) -> Path:
    """An annex table with a two-level header ('Kế hoạch 2026' merged over 'Lượng (Tấn)' and 'Giá
    trị (Nghìn USD)'; 'TT' and 'Sản phẩm' merged down both rows), printed by LibreOffice."""
    d, t = word_table("PHỤ LỤC 02", 5, 6)
    base = tmp_path_factory.mktemp("header")
    for c, text in [(0, "TT"), (1, "Sản phẩm"), (2, "Kế hoạch 2026"), (4, "Kế hoạch 2027")]:
        t.cell(0, c).text = text
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 5))
    for c in (2, 4):
        t.cell(1, c).text = "Lượng (Tấn)"
        t.cell(1, c + 1).text = "Giá trị (Nghìn USD)"
    for r, row in enumerate([("1", "Xoài", "13.500", "7.000", "14.800", "7.800"),
                             ("2", "Nhãn", "6.400", "24.700", "7.100", "26.100"),
                             ("3", "Chè", "10.200", "26.700", "10.500", "28.000")], start=2):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    return printed(d, base / "hai_tang.docx")


def test_rows_under_a_merged_header_cell_are_header_rows(two_level_header):
    (table,) = [b for b in pdf.read(two_level_header).blocks if b.kind == "table"]
    assert [(c.text, c.rowspan, c.colspan) for c in table.rows[0]] == [
        ("TT", 2, 1), ("Sản phẩm", 2, 1), ("Kế hoạch 2026", 1, 2), ("Kế hoạch 2027", 1, 2)]
    assert [c.text for c in table.rows[1]] == ["Lượng (Tấn)", "Giá trị (Nghìn USD)"] * 2
    assert [all(c.is_header for c in row) for row in table.rows] == [True, True, False, False, False]


def test_a_header_over_data_rows_stops_at_the_first_number():
    cell = lambda text, rowspan=1: RawCell(text=text, rowspan=rowspan)
    rows = [[cell("TT"), cell("Chỉ tiêu", 3), cell("Năm 2026")], [cell("1"), cell("80%")], [cell("2"), cell("90%")]]
    pdf._mark_header(rows)
    assert [all(c.is_header for c in row) for row in rows] == [True, False, False]


def test_a_label_merged_down_without_a_grouped_header_is_no_header():
    cell = lambda text, rowspan=1: RawCell(text=text, rowspan=rowspan)
    rows = [[cell("Hạ tầng kinh tế - xã hội", 2), cell("Giao thông"), cell("Đạt")], [cell("Điện"), cell("Đạt")],
            [cell("Y tế"), cell("Khá"), cell("Đạt")]]
    pdf._mark_header(rows)
    assert [all(c.is_header for c in row) for row in rows] == [True, False, False]


@pytest.fixture(scope="module")
def long_two_level_table(tmp_path_factory) -> Path:
    """Seventy products under a two-level header that Word repeats on every page (tblHeader)."""
    d, t = word_table("PHỤ LỤC 01", 72, 4)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    base = tmp_path_factory.mktemp("long")
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "TT", "Sản phẩm", "Kế hoạch 2026"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(1, 2).text, t.cell(1, 3).text = "Lượng (Tấn)", "Giá trị (Nghìn USD)"
    for r in range(2, 72):
        for c, text in enumerate((str(r - 1), f"Sản phẩm số {r - 1}", f"{r}.500", f"{r + 10}.000")):
            t.cell(r, c).text = text
    for row in t.rows[:2]:
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(mark)
    return printed(d, base / "dai.docx")


def test_a_two_level_header_repeated_on_the_next_page_is_read_once(long_two_level_table):
    doc = pdf.read(long_two_level_table)
    assert doc.pages >= 2
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [c.text for c in table.rows[1]] == ["Lượng (Tấn)", "Giá trị (Nghìn USD)"]
    assert [row[0].text for row in table.rows[2:]] == [str(n) for n in range(1, 71)]
    assert [all(c.is_header for c in row) for row in table.rows] == [True, True] + [False] * 70


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser_split_rows(tmp_path_factory) -> Path:
    """A ruled HTML table whose tall rows a page break splits, printed by headless Chromium: the
    first part of a split row has no bottom border, the rest no top one."""
    if CHROMIUM is None:
        pytest.skip("needs Chromium")
    base = tmp_path_factory.mktemp("browser")
    long_text = " ".join(["Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đã triển khai."] * 14)
    # row 3 is taller than a page: it cannot move whole to the next page, so the break splits it
    rows = "".join(f"<tr><td>{n}</td><td>Chỉ tiêu số {n}</td><td>{50 + n}%</td>"
                   f"<td>{'<p>'.join([long_text] * (5 if n == 3 else 1))}</td></tr>" for n in range(1, 9))
    # cells bordered one by one, as LibreOffice's and Word's HTML have them
    html = ("<html><head><meta charset='utf-8'><style>table{width:100%}"
            "td,th{border:1px solid black;padding:4px}</style></head><body><p>Phụ lục 1</p>"
            "<table cellpadding='7' cellspacing='0'>"
            "<thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Mục tiêu</th><th>Kết quả thực hiện</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></body></html>")
    return print_html(html, base)


def print_html(html: str, base: Path) -> Path:
    """The page printed to PDF by headless Chromium, as a browser user prints it."""
    src = base / "bang.html"
    src.write_text(html, encoding="utf-8")
    dest = base / "bang.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={dest}", src.as_uri()], capture_output=True, timeout=300, check=True)
    return dest


def test_rows_a_browser_split_over_pages_stay_in_their_table(browser_split_rows):
    doc = pdf.read(browser_split_rows)
    assert doc.pages >= 3
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert [row[0].text for row in tables[0].rows] == ["TT"] + [str(n) for n in range(1, 9)]
    assert [row[2].text for row in tables[0].rows[1:]] == [f"{50 + n}%" for n in range(1, 9)]
    assert not [b for b in doc.blocks if b.kind != "table" and "Hệ thống thông tin" in b.text]


def test_a_closing_rule_is_added_only_where_column_rules_end_in_the_air():
    def edge(o, x0, top, x1, bottom):
        return {"orientation": o, "x0": x0, "x1": x1, "top": top, "bottom": bottom}
    header = [edge("h", 10, 10, 200, 10), edge("h", 10, 30, 200, 30)]
    cols = [edge("v", x, 30, x, 780) for x in (10, 60, 200)]
    body = (10.0, 779.0)                    # the page's body text runs down to 779
    (rule,) = pdf._closing_edges(header + cols, body)
    assert (rule["x0"], rule["x1"], rule["top"]) == (10, 200, 780)
    closed = header + cols + [edge("h", 10, 780, 200, 780)]
    assert pdf._closing_edges(closed, body) == []
    loose = [edge("v", x, 100, x, 700) for x in (10, 60, 200)]       # no rule across where they start
    assert pdf._closing_edges(loose, body) == []
    assert pdf._closing_edges(header + cols, (10.0, 790.0)) == []    # text below: no page break there


@pytest.mark.parametrize("rest, split", [
    # the rest of a row the page break cut: its text goes on mid-sentence
    (["", "hội ban hành.", "", "Sở Tư pháp"], True),
    (["", "với các viện nghiên cứu, trường đại học", "dựng", "ngành liên quan"], True),
    (["", "", "", "Sở Tư pháp"], True),                       # most cells empty
    # a genuine row without a number
    (["", "- Thuế tài nguyên", "8.700", "10.000"], False),
    (["", "TỔNG THU NSNN TRÊN ĐỊA BÀN", "9.415.958", "10.643.129"], False),
    (["", "Triển khai nhân rộng Hệ thống thông tin", "100% cấp tỉnh", ""], False),
    (["3", "và nhỏ", "", ""], False),                           # a number: a row of its own
])
def test_the_rest_of_a_row_cut_by_the_page_break(rest, split):
    above = [RawCell(text=t) for t in ("2", "Nghị quyết do Quốc", "Sở", "Các bộ,")]
    assert pdf._split_row([RawCell(text=t) for t in rest], above) is split


@pytest.fixture(scope="module")
def row_over_a_page_break(tmp_path_factory) -> Path:
    """A Word table whose third row is longer than a page, in two text columns: LibreOffice breaks
    the row across the pages, as Word does by default."""
    d, t = word_table("Phụ lục: Kết quả thực hiện nhiệm vụ", 5, 4)
    base = tmp_path_factory.mktemp("split")
    task = "tổ chức triển khai thực hiện các nhiệm vụ chuyển đổi số của tỉnh theo kế hoạch"
    for r, row in enumerate([("TT", "Nhiệm vụ", "Chỉ tiêu", "Kết quả"), ("1", "Nhiệm vụ một", "80%", "Đạt"),
                             ("2", "Nhiệm vụ hai, " + ", ".join([task] * 40), "90%", "Đạt, " + ", ".join([task] * 40)),
                             ("3", "Nhiệm vụ ba", "100%", "Đạt"), ("4", "Nhiệm vụ bốn", "70%", "Đạt")]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    return printed(d, base / "tach_dong.docx")


def test_a_row_broken_over_the_page_in_every_text_column_is_one_row(row_over_a_page_break):
    doc = pdf.read(row_over_a_page_break)
    assert doc.pages >= 2
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [row[0].text for row in table.rows] == ["TT", "1", "2", "3", "4"]
    assert table.rows[2][1].text.startswith("Nhiệm vụ hai") and table.rows[2][1].text.endswith("theo kế hoạch")
