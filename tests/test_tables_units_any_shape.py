"""A table of targets per unit, whatever its shape (held-out round 53, after rounds 47 and 50): an article lists the
provinces' projected growth for a coming period in two halves side by side ('Tỉnh, thành phố | Tăng trưởng GRDP
2026 - 2030 (%) | Tỉnh, thành phố | Tăng trưởng GRDP 2026 - 2030 (%)'), values or ranges ('10,5 – 11,0'), a last
row for the whole country ('CẢ NƯỚC | Từ 10% trở lên'), no target word but 'Dự kiến' in the caption. One reading
serves every shape: side-by-side groups stacked first (table_groups), a column of units known by its cells under
a blank header or one naming their kind, a column of figures holding targets when its period lies ahead of the
document's date or the header, caption or lead names a plan. Counterexamples: past results per province, counts
per district of a past year, results side by side, a key/value table that lists no units. Tables paraphrased in
the genre (names and figures changed), read as cells, as Markdown and as Word."""
from __future__ import annotations

import pytest

from extractor.link.table_groups import group_width
from extractor.model import Block, Cell, DocumentMeta, RawBlock, RawCell, RawDocument
from extractor.link.indicators import extract_indicators
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document
# the writers of the year-column tables (round 47) serve here too
from test_tables_units_by_year import _markdown, _word as _word_merged
from test_tables_units_by_year import (BODY as YEAR_BODY, PLAIN_LEAD, PLAN_LEAD, READERS as SPAN_READERS, TOP,
                                       WANT as YEAR_WANT, YEARS, DATED_2029)


def _full(doc, meta: DocumentMeta):
    """Each record's label, level, target (with a range's top), year, and the real cell its target sits in."""
    recs = extract_indicators(doc, segment_document(doc), [], meta)
    return sorted((r.label, r.level, r.target_comparator, r.target_value, r.target_high, r.target_year,
                   (r.target_prov.row, r.target_prov.col)) for r in recs)


def _cells(lead: str, rows: list[list[str]], meta: DocumentMeta, read=_full):
    blocks = [RawBlock(kind="paragraph", text=lead),
              RawBlock(kind="table", rows=[[RawCell(t) for t in r] for r in rows])]
    return read(normalize_document(RawDocument(format="txt", blocks=blocks), "t.md"), meta)


def _md(lead: str, rows: list[list[str]], meta: DocumentMeta):
    return _markdown(lead, rows, meta, read=_full)


def _word(lead: str, rows: list[list[str]], meta: DocumentMeta):
    return _word_merged(lead, rows, meta, merge_top=False, read=_full)      # nothing spans


READERS = {"cells": _cells, "markdown": _md, "word": _word}
UNDATED = DocumentMeta()
DATED_2025 = DocumentMeta(issued_date="2025-10-29")
DATED_2026 = DocumentMeta(issued_date="2026-02-10")

# round 53's shape: two unit/value pairs in each row, the whole country last, its right half blank
GROWTH = "Tăng trưởng GRDP 2026 - 2030 (%)"
SIDE = [["Tỉnh, thành phố", GROWTH, "Tỉnh, thành phố", GROWTH],
        ["Quảng Ninh", "10,5 – 11,5", "Nghệ An", "9,0"],
        ["Thành phố Đà Nẵng", "12,0", "Đồng Tháp", "8,5 - 9,0"],
        ["TOÀN QUỐC", "Từ 9% trở lên", "", ""]]
M = "Tăng trưởng GRDP 2026 - 2030"
SIDE_WANT = sorted([
    (f"{M} Quảng Ninh", "tỉnh", "range", 10.5, 11.5, 2030, (1, 1)),
    (f"{M} Thành phố Đà Nẵng", "tỉnh", ">=", 12.0, None, 2030, (2, 1)),
    (f"{M} toàn quốc", None, ">=", 9.0, None, 2030, (3, 1)),
    (f"{M} Nghệ An", "tỉnh", ">=", 9.0, None, 2030, (1, 3)),        # the right half: its real column
    (f"{M} Đồng Tháp", "tỉnh", "range", 8.5, 9.0, 2030, (2, 3))])
CAPTION = "Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của các tỉnh, thành phố"
PLAIN = "Tốc độ tăng trưởng GRDP 2026 - 2030 của các tỉnh, thành phố như sau:"

# three columns a group, districts under 'Đơn vị', a target header
DISTRICTS = [["TT", "Đơn vị", "Chỉ tiêu giao năm 2026 (%)", "TT", "Đơn vị", "Chỉ tiêu giao năm 2026 (%)"],
             ["1", "Huyện Yên Lập", "92", "3", "Thị xã Phú Mỹ", "95,5"],
             ["2", "Huyện Đoan Hùng", "90", "4", "Thành phố Việt Trì", "97"]]
COVER = "Chỉ tiêu giao năm 2026"
DISTRICTS_WANT = sorted([(f"{COVER} {u}", "huyện", ">=", v, None, 2026, (r, c)) for u, v, r, c in [
    ("Huyện Yên Lập", 92.0, 1, 2), ("Huyện Đoan Hùng", 90.0, 2, 2), ("Thị xã Phú Mỹ", 95.5, 1, 5),
    ("Thành phố Việt Trì", 97.0, 2, 5)]])

# one column, communes under 'Xã, phường', a year ahead of the date and no plan word
POOR = "Tỷ lệ hộ nghèo đa chiều năm 2027 (%)"
COMMUNES = [["Xã, phường", POOR], ["Xã Tân Lập", "2,5"], ["Phường Hòa Bình", "1,8"], ["Xã Minh Đài", "3,0"]]
COMMUNES_WANT = sorted([("Tỷ lệ hộ nghèo đa chiều năm 2027 " + u, "xã", ">=", v, None, 2027, (r, 1))
                        for u, v, r in [("Xã Tân Lập", 2.5, 1), ("Phường Hòa Bình", 1.8, 2), ("Xã Minh Đài", 3.0, 3)]])
COMMUNES_LEAD = "Tỷ lệ hộ nghèo đa chiều của các xã, phường như sau:"

# a header with no period under a lead naming the plan; a blank unit header
COVERAGE = [["", "Tỷ lệ tham gia bảo hiểm y tế (%)"], ["Huyện Yên Lập", "93,5"], ["Huyện Đoan Hùng", "95"]]
COVERAGE_WANT = sorted([("Tỷ lệ tham gia bảo hiểm y tế " + u, "huyện", ">=", v, None, None, (r, 1))
                        for u, v, r in [("Huyện Yên Lập", 93.5, 1), ("Huyện Đoan Hùng", 95.0, 2)]])
COVERAGE_LEAD = "Các huyện phấn đấu đạt tỷ lệ tham gia bảo hiểm y tế như sau:"


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("lead,rows,meta,want", [
    (CAPTION, SIDE, UNDATED, SIDE_WANT),                # 'Dự kiến' in the caption; no date
    (PLAIN, SIDE, DATED_2025, SIDE_WANT),               # no plan word; the period lies after the date
    ("Phụ lục chỉ tiêu năm 2026 của các đơn vị:", DISTRICTS, DATED_2026, DISTRICTS_WANT),
    (COMMUNES_LEAD, COMMUNES, DATED_2026, COMMUNES_WANT),
    (COVERAGE_LEAD, COVERAGE, DATED_2026, COVERAGE_WANT),
    # counterexamples: results side by side (a past period, whatever the lead says); past results per province;
    # counts per district of a past year with no plan word; a period ahead but no date and no plan word
    ("Mục tiêu tăng trưởng của các tỉnh đã đạt như sau:",
     [[t.replace("2026 - 2030", "2021 - 2025") for t in SIDE[0]], *SIDE[1:]], DATED_2026, []),
    ("Kết quả tăng trưởng GRDP năm 2024 của các tỉnh:",
     [["Tỉnh, thành phố", "Tăng trưởng GRDP năm 2024 (%)"], ["Quảng Ninh", "10,2"], ["Nghệ An", "8,9"]], DATED_2025, []),
    ("Số hộ nghèo của các huyện như sau:",
     [["Huyện, thị xã", "Số hộ nghèo năm 2024"], ["Huyện Yên Lập", "1.250"], ["Huyện Đoan Hùng", "980"]], DATED_2025, []),
    (PLAIN, SIDE, UNDATED, []),
], ids=["side by side, caption", "side by side, years ahead", "groups of three", "communes", "no period, plan lead",
        "results side by side", "past results", "past counts", "undated, no plan word"])
def test_a_table_of_targets_per_unit(reader, lead, rows, meta, want):
    assert READERS[reader](lead, rows, meta) == want


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("rows", [
    [["Nội dung", "Số liệu", "Nội dung", "Số liệu"], ["Tổng vốn đầu tư (tỷ đồng)", "1.250", "Số dự án", "14"],
     ["Số lao động có việc làm", "2.300", "Số hộ hưởng lợi", "860"]],
    [["Chỉ số", "Giá trị"], ["Tổng vốn đầu tư (tỷ đồng)", "1.250"], ["Số dự án", "14"]],
], ids=["side by side", "two columns"])
def test_a_key_value_table_lists_no_units(reader, rows):
    """Figures beside their names, under a plan's lead: no column names units, no target per unit is read."""
    assert READERS[reader]("Kế hoạch năm 2026 của dự án như sau:", rows, DATED_2025) == []


def _block(top: list[str]) -> Block:
    return Block(index=0, kind="table", text="", start=0, end=0,
                 cells=[Cell(row=0, col=i, text=t, start=0, end=0) for i, t in enumerate(top)])


@pytest.mark.parametrize("top,width", [
    (["Tỉnh, thành phố", "Tăng trưởng (%)", "Tỉnh, thành phố", "Tăng trưởng (%)"], 2),
    (["TT", "Đơn vị", "Chỉ tiêu 2026", "TT", "Đơn vị", "Chỉ tiêu 2026"], 3),
    (["Nội dung", "Số liệu", "Nội dung", "Số liệu", "Nội dung", "Số liệu"], 2),
    # counterexamples: a label column before repeated measures; nothing repeats; one column a group; one
    # text over every column
    (["Huyện", "Số lượng", "Tỷ lệ", "Số lượng", "Tỷ lệ"], None),
    (["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"], None),
    (["Năm 2025", "Năm 2025"], None),
    (["Tỉnh", "Tỉnh", "Tỉnh", "Tỉnh"], None),
])
def test_side_by_side_groups(top, width):
    assert group_width(_block(top)) == width


@pytest.mark.parametrize("reader", SPAN_READERS)
@pytest.mark.parametrize("lead,meta,want", [
    (PLAN_LEAD, UNDATED, YEAR_WANT),
    (PLAIN_LEAD, DATED_2025, YEAR_WANT),
    (PLAN_LEAD, DATED_2029, []),                        # the years before the date: results
], ids=["plan lead", "years ahead", "past dated"])
def test_years_under_a_measure_beside_a_blank_unit_header(reader, lead, meta, want):
    """Round 47's shape with round 50's blank unit header: the same reading of units, the measure spanning the years
    joined to each unit's label (a guard: the blank header's case is read by the one path for units, `_units_label`)."""
    rows = [["TT", "", TOP[2], "", ""], YEARS, *YEAR_BODY]
    assert SPAN_READERS[reader](lead, rows, meta) == want
