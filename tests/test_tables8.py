"""Table shapes of a third round of tables nobody here had tuned on (issue 13, Deliver 3): a yearbook
series whose unit is written once, on the total row that opens it ('Số lớp học (Lớp)'), its parts below
without a unit of their own, then a band of growth indices ('Chỉ số phát triển (Năm trước = 100) - %')
whose rows may again name the counted thing; change columns that sign a rise ('+7,08') as well as a fall;
counts written with the noun their row counts ('12 thôn' under 'Số thôn có nhà văn hóa'); a two-row header
whose merged cells Markdown wrote as blanks. Rows are paraphrased from provincial yearbooks, reports and
assessment tables; each rule has counterexamples."""
from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest

from extractor.extract.quantities import extract_quantities
from extractor.link.indicators import extract_indicators
from extractor.model import DocumentMeta, RawCell
from extractor.normalize.document import normalize_document
from extractor.read import pdf, read_file
from extractor.read.text import parse_text
from extractor.segment import segment_document
from table_blocks import table_document, table_quantities


_table = table_quantities


YEARS = ["", "2014", "2015", "2016"]


@pytest.mark.parametrize("total,parts", [
    # a yearbook's series: the total row opens the table and marks the unit, its parts follow
    (["Số lớp học (Lớp)", "7.015", "7.060", "7.013"],
     [["Tiểu học", "3.796", "3.856", "3.810"], ["Công lập", "3.796", "3.856", "3.810"],
      ["Trung học phổ thông", "990", "987", "963"], ["Ngoài công lập", "22", "22", "16"]]),
    (["Số giáo viên (Người)", "12.480", "12.515", "12.602"],
     [["Mầm non", "3.105", "3.160", "3.222"], ["Tiểu học", "4.870", "4.862", "4.881"]]),
    (["Tổng số trường học (Trường) - Number of schools (School)", "415", "412", "410"],
     [["Công lập - Public", "398", "395", "392"], ["Ngoài công lập - Non-public", "17", "17", "18"]]),
])
def test_the_parts_under_a_marked_total_count_what_it_counts(total, parts):
    got = _table([YEARS, total, *parts])
    want = [("count", None, r, c) for r in range(1, 2 + len(parts)) for c in (1, 2, 3)]
    assert [(k, r, c) for k, _, r, c in got] == [(k, r, c) for k, _, r, c in want]
    assert all(k == "count" for k, *_ in got)


@pytest.mark.parametrize("rows", [
    # counterexamples: the first row marks a unit but names no counted thing ('Dân số', 'Lao động …')
    [YEARS, ["Dân số trung bình (Nghìn người)", "1.241,4", "1.247,6", "1.254,2"],
     ["GRDP bình quân đầu người", "38,5", "41,2", "44,0"]],
    [YEARS, ["Lao động được tạo việc làm (Người)", "25.400", "26.100", "26.350"],
     ["Thu nhập bình quân đầu người", "52,3", "56,8", "60,1"]],
    # a row holding more than the total is no part of it
    [YEARS, ["Số trạm y tế (Trạm)", "183", "183", "184"], ["Dân số bình quân một trạm", "6.780", "6.815", "6.850"]],
    # the marked count row is not the one opening the table: the rows under it are not its parts
    [YEARS, ["Tốc độ tăng GRDP (%)", "7,2", "7,5", "7,8"],
     ["Số doanh nghiệp thành lập mới (Doanh nghiệp)", "410", "455", "502"],
     ["Vốn đăng ký bình quân", "6,1", "6,4", "7,0"]],
])
def test_rows_under_a_lone_marked_row_stay_unread(rows):
    assert [(k, r) for k, _, r, _ in _table(rows) if r == len(rows) - 1] == []


def test_a_growth_index_band_stays_percent_even_where_a_row_names_the_thing():
    rows = [YEARS,
            ["Số lớp học (Lớp)", "7.015", "7.060", "7.013"],
            ["Tiểu học", "3.796", "3.856", "3.810"],
            ["Ngoài công lập", "-", "-", "-"],
            ["Chỉ số phát triển (Năm trước = 100) - %", "", "", ""],
            ["Số lớp học", "97,95", "100,64", "99,33"],
            ["Tiểu học", "97,53", "101,58", "98,81"]]
    assert _table(rows) == [
        ("count", 7015, 1, 1), ("count", 7060, 1, 2), ("count", 7013, 1, 3),
        ("count", 3796, 2, 1), ("count", 3856, 2, 2), ("count", 3810, 2, 3),
        ("percent", 97.95, 5, 1), ("percent", 100.64, 5, 2), ("percent", 99.33, 5, 3),
        ("percent", 97.53, 6, 1), ("percent", 101.58, 6, 2), ("percent", 98.81, 6, 3)]


CHANGES = "Một số chỉ tiêu chủ yếu tháng 12 năm 2024 (+ tăng/- giảm) so với cùng kỳ năm 2023 (%)"


@pytest.mark.parametrize("cell,want", [
    # a change column writes the sign of a rise as well as of a fall
    ("+7,08", 7.08), ("-31,06", -31.06), ("+0,5", 0.5), ("+12", 12),
    # counterexamples: a sign standing apart is a bullet or a dash; a phone number is no change
    ("- 4", None), ("+", None), ("+84 912 345 678", None),
])
def test_a_signed_cell_under_a_percent_caption(cell, want):
    got = _table([["Chỉ tiêu", "Tháng 12"], ["Kim ngạch xuất khẩu", cell]], kinds=("percent",), above=CHANGES)
    assert [v for _, v, _, _ in got] == ([] if want is None else [want])


@pytest.mark.parametrize("first,header", [
    # a PDF table's first row is its header only when it holds labels: a signed change is data
    (["Tổng mức bán lẻ", "+7,08"], False),
    (["Kim ngạch nhập khẩu", "-31,06"], False),
    (["Chỉ tiêu", "So cùng kỳ (%)"], True),
    (["Chỉ tiêu", "Năm 2024"], True),
])
def test_a_pdf_first_row_of_signed_changes_is_no_header(first, header):
    rows = [[RawCell(text=t) for t in first], [RawCell(text="Chỉ số giá tiêu dùng"), RawCell(text="+1,21")]]
    pdf._mark_header(rows)
    assert all(c.is_header for c in rows[0]) is header


def _indicators(rows):
    doc = table_document(rows)
    segs = segment_document(doc)
    return [(i.label, i.target_comparator, i.target_value, i.target_unit, i.actual_value)
            for i in extract_indicators(doc, segs, extract_quantities(doc, segs), DocumentMeta(doc_type="Báo cáo"))]


ASSESS = ["TT", "Tiêu chí", "Chỉ tiêu", "Kết quả thực hiện", "Đánh giá"]


@pytest.mark.parametrize("row,want", [
    # an assessment table: the target and the result written with the noun the row counts
    (["1", "Số thôn có nhà văn hóa", "12 thôn", "12 thôn", "Đạt"],
     [("Số thôn có nhà văn hóa", ">=", 12, "thôn", 12)]),
    (["2", "Số trường đạt chuẩn quốc gia", "≥ 4 trường", "3 trường", "Chưa đạt"],
     [("Số trường đạt chuẩn quốc gia", ">=", 4, "trường", 3)]),
    (["3", "Số hồ sơ giải quyết trực tuyến", "1.500 hồ sơ", "1.620 hồ sơ", "Đạt"],
     [("Số hồ sơ giải quyết trực tuyến", ">=", 1500, "hồ sơ", 1620)]),
    (["7", "Số hồ sơ tiếp nhận trực tuyến", "≥ 1.200 hồ sơ", "1.350 hồ sơ", "Đạt"],
     [("Số hồ sơ tiếp nhận trực tuyến", ">=", 1200, "hồ sơ", 1350)]),
    # counterexamples: a duration is no count; a noun the row does not count; a row that counts nothing
    (["4", "Số tháng duy trì an toàn", "12 tháng", "12 tháng", "Đạt"], []),
    (["5", "Số thôn có nhà văn hóa", "12 xã", "12 xã", "Đạt"], []),
    (["6", "Nhà văn hóa thôn", "12 thôn", "12 thôn", "Đạt"], []),
])
def test_a_count_written_with_the_noun_its_row_counts(row, want):
    assert _indicators([ASSESS, row]) == want


def _md(lines: list[str]) -> str:
    return "\n".join([lines[0], "|" + "---|" * (lines[0].count("|") - 1), *lines[1:]]) + "\n"


@pytest.mark.parametrize("lines,top,sub", [
    # Markdown writes a merged header cell as a cell and blanks: the blanks over sub-headers are its span
    (["| TT | Đơn vị | Số hồ sơ tiếp nhận | | Tỷ lệ (%) |", "| | | Tổng số | Trực tuyến | |", "| 1 | Sở Tư pháp | 120 | 98 | 81,7 |"],
     [("TT", 1, 2), ("Đơn vị", 1, 2), ("Số hồ sơ tiếp nhận", 2, 1), ("Tỷ lệ (%)", 1, 2)], ["Tổng số", "Trực tuyến"]),
    (["| | Tỷ lệ hộ nghèo | Trong đó | |", "| | | Thành thị | Nông thôn |", "| 2015 | 9,22 | 3,51 | 10,18 |"],
     [("", 1, 2), ("Tỷ lệ hộ nghèo", 1, 2), ("Trong đó", 2, 1)], ["Thành thị", "Nông thôn"]),
    (["| | Năm học | | |", "| | 2023-2024 | 2024-2025 | Sơ bộ 2025-2026 |", "| Tiểu học | 3.237 | 3.294 | 3.300 |"],
     [("", 1, 2), ("Năm học", 3, 1)], ["2023-2024", "2024-2025", "Sơ bộ 2025-2026"]),
])
def test_a_markdown_header_gets_back_its_merged_cells(lines, top, sub):
    (table,) = [b for b in parse_text(_md(lines)) if b.kind == "table"]
    assert [(c.text, c.colspan, c.rowspan) for c in table.rows[0]] == top
    assert [c.text for c in table.rows[1]] == sub and all(c.is_header for c in table.rows[1])


@pytest.mark.parametrize("lines", [
    # counterexamples: a blank header cell over a body row; a second row of figures; words outside the groups
    ["| TT | Nội dung | |", "| I | Kinh tế | Đạt |", "| 1 | Tăng trưởng | Đạt |"],
    ["| Đơn vị | Số hồ sơ | |", "| | 120 | 98 |", "| Sở Tư pháp | 130 | 99 |"],
    ["| Chỉ tiêu | Kế hoạch | |", "| Tỷ lệ hộ nghèo | Giảm | |", "| Số xã | 10 | 12 |"],
])
def test_a_markdown_table_without_a_lost_merge_stays_as_written(lines):
    (table,) = [b for b in parse_text(_md(lines)) if b.kind == "table"]
    assert [(c.colspan, c.rowspan) for c in table.rows[0]] == [(1, 1)] * len(table.rows[0])
    assert not any(c.is_header for c in table.rows[1])


def test_the_sub_header_columns_of_a_markdown_table_are_read():
    md = _md(["| TT | Đơn vị | Số hồ sơ tiếp nhận | | Số hồ sơ đã giải quyết | | Tỷ lệ đúng hạn (%) |",
              "| | | Tổng số | Trực tuyến | Tổng số | Đúng hạn | |",
              "| 1 | Sở Tư pháp | 12.450 | 9.870 | 12.102 | 12.050 | 99,57 |"])
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.md"
        path.write_text(md, encoding="utf-8")
        doc = normalize_document(read_file(path), str(path))
    segs = segment_document(doc)
    got = [(q.kind, q.value) for q in extract_quantities(doc, segs) if q.kind in ("count", "percent")]
    assert got == [("count", 12450), ("count", 9870), ("count", 12102), ("count", 12050), ("percent", 99.57)]


PLAN = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"]


@pytest.mark.parametrize("row,want", [
    # a range in a row whose unit column names a counted thing: the range, and a count for each end
    (["1", "Số xã đạt chuẩn nông thôn mới", "xã", "07 - 09"], [("range", 7), ("count", 7), ("count", 9)]),
    (["2", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.200 – 1.400"],
     [("range", 1200), ("count", 1200), ("count", 1400)]),
    # counterexamples: a period, a range of percentages, a range the wrong way round, an amount
    (["3", "Số dự án hoàn thành", "dự án", "2021 - 2025"], []),
    (["4", "Tỷ lệ hộ nghèo giảm", "%", "1 - 1,5"], [("range", 1)]),
    (["5", "Số xã đạt chuẩn", "xã", "9 - 7"], []),
    (["6", "Vốn đầu tư", "tỷ đồng", "120 - 150"], []),
])
def test_a_range_cell_under_a_count_unit(row, want):
    assert [(k, v) for k, v, r, _ in _table([PLAN, row], kinds=("count", "percent", "range")) if r == 1] == want


@pytest.mark.parametrize("rows,want", [
    # an assessment table whose target column is headed 'Yêu cầu' (what the criterion requires)
    ([["STT", "Tiêu chí", "Yêu cầu", "Kết quả đạt được", "Tự đánh giá"],
      ["1", "Tỷ lệ tổ dân phố đạt danh hiệu văn hóa", "≥ 70%", "65%", "Chưa đạt"]],
     [("Tỷ lệ tổ dân phố đạt danh hiệu văn hóa", ">=", 70, "%", 65)]),
    ([["STT", "Tiêu chí", "Yêu cầu (%)", "Kết quả", "Đánh giá"],
      ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "100", "98,7", "Chưa đạt"]],
     [("Tỷ lệ hồ sơ giải quyết đúng hạn", ">=", 100, "%", 98.7)]),
    # counterexamples: requirements in words; a header that says what is required of something else
    ([["STT", "Nhiệm vụ", "Yêu cầu", "Thời gian hoàn thành"],
      ["1", "Rà soát thủ tục hành chính", "Đúng quy định", "Quý III/2025"]], []),
    ([["STT", "Thủ tục", "Yêu cầu về hồ sơ", "Kết quả"],
      ["1", "Cấp phép xây dựng", "02 bộ", "Đã cấp 15 giấy phép"]], []),
])
def test_a_yeu_cau_column_holds_the_targets(rows, want):
    assert _indicators(rows) == want



def test_a_three_row_markdown_header_gets_back_its_merged_cells():
    lines = ["| | Tiêu chí | Kết quả đánh giá | | | | | Xếp loại |",
             "| | | Khá | | Tốt | | Điểm TB | |",
             "| | | n | % | n | % | | |",
             "| 1 | Phòng học | 11 | 34,4 | 12 | 37,5 | 3,58 | Tốt |"]
    (table,) = [b for b in parse_text(_md(lines)) if b.kind == "table"]
    assert [[(c.text, c.colspan, c.rowspan) for c in row] for row in table.rows[:3]] == [
        [("", 1, 3), ("Tiêu chí", 1, 3), ("Kết quả đánh giá", 5, 1), ("Xếp loại", 1, 3)],
        [("Khá", 2, 1), ("Tốt", 2, 1), ("Điểm TB", 1, 2)],
        [("n", 1, 1), ("%", 1, 1), ("n", 1, 1), ("%", 1, 1)]]


SURVEY = [["", "Tiêu chí", "Kết quả đánh giá", "", "", "", "Điểm TB"],
          ["", "", "Khá", "", "Tốt", "", ""],
          ["", "", "n", "%", "n", "%", ""],
          ["1", "Phòng học đảm bảo chỗ ngồi", "5", "15,6", "13", "40,65", "4,22"]]


def _grid(rows: list[list[str]], merges) -> list[tuple]:
    """The quantities in the last row of a Word table built from rows and merges (r0, c0, r1, c1)."""
    d = docx.Document()
    tab = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            tab.cell(i, j).text = c
    for r0, c0, r1, c1 in merges:
        text = tab.cell(r0, c0).text
        tab.cell(r0, c0).merge(tab.cell(r1, c1)).text = text
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.docx"
        d.save(path)
        doc = normalize_document(read_file(path), str(path))
    segs = segment_document(doc)
    return [(q.kind, q.value) for q in extract_quantities(doc, segs) if q.kind in ("count", "percent")
            and q.prov.row == len(rows) - 1]


@pytest.mark.parametrize("pair,want", [
    # a pair of columns under each group: the thing counted ('n', 'Tổng', 'Số lượng') and its share ('%')
    (("n", "%"), [("count", 5), ("percent", 15.6), ("count", 13), ("percent", 40.65)]),
    (("Số lượng", "%"), [("count", 5), ("percent", 15.6), ("count", 13), ("percent", 40.65)]),
    (("SL", "Tỷ lệ (%)"), [("count", 5), ("percent", 15.6), ("count", 13), ("percent", 40.65)]),
    # counterexamples: sub-headers that give no unit; a long sub-header ending in '%' is no bare unit
    (("Nam", "Nữ"), []),
    (("Điểm", "Điểm quy đổi theo thang 100 %"), []),
])
def test_the_sub_headers_of_a_pair_give_each_column_its_unit(pair, want):
    rows = [r[:] for r in SURVEY]
    rows[2][2:6] = [pair[0], pair[1], pair[0], pair[1]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (0, 6, 2, 6), (1, 2, 1, 3), (1, 4, 1, 5)]
    assert _grid(rows, merges) == want


@pytest.mark.parametrize("cells,header", [
    # a PDF row of sub-headers 'n | %' under a merged header is a header row: '%' alone is a unit, no number
    (["n", "%", "n", "%"], True),
    (["Tổng", "%", "Tổng", "%"], True),
    (["5", "15,6", "13", "40,65"], False),
])
def test_a_pdf_sub_header_of_units_is_a_header_row(cells, header):
    rows = [[RawCell(text="Tiêu chí", rowspan=2), RawCell(text="Khá", colspan=2), RawCell(text="Tốt", colspan=2)],
            [RawCell(text=t) for t in cells],
            [RawCell(text="Phòng học"), *(RawCell(text=t) for t in ("5", "15,6", "13", "40,65"))]]
    pdf._mark_header(rows)
    assert all(c.is_header for c in rows[1]) is header
