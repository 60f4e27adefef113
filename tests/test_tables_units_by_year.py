"""A table of targets per unit and year (held-out round 47): the annex of a central decision lists, row by row,
the provinces (districts, communes) it assigns targets to, the years in columns under one header that names the
measure ('TT | Tỉnh, thành phố | TỶ LỆ TIÊM CHỦNG ĐẦY ĐỦ' over 'Năm 2026 | Năm 2027 | Năm 2028'), a whole-country
row first. The cells are targets when the lead or the title names them so ('Chỉ tiêu … giai đoạn 2026 – 2028',
'Phụ lục') or the years lie after the document's date; a report's table of past years stays without targets. The
label is the measure with the row's unit, the level the unit's ('tỉnh'), none for the whole. Tables paraphrased
in the genre (names and figures changed), read as cells, as Markdown and as Word."""
from __future__ import annotations

import tempfile
from pathlib import Path

import docx
import pytest

from extractor.link.indicators import extract_indicators
from extractor.model import DocumentMeta, RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document
from extractor.read import read_file
from extractor.segment.sentences import segment_document

PLAN_LEAD = ("Chỉ tiêu tiêm chủng đầy đủ cho trẻ em giai đoạn 2026 – 2028 cho các tỉnh, thành phố trực thuộc "
             "trung ương được quy định tại Phụ lục ban hành kèm theo Quyết định này như sau:")
REPORT_LEAD = "Kết quả tiêm chủng đầy đủ cho trẻ em các năm 2026 – 2028 của các tỉnh như sau:"
PLAIN_LEAD = "Tỷ lệ tiêm chủng đầy đủ cho trẻ em của các tỉnh như sau:"

TOP = ["TT", "Tỉnh, thành phố", "TỶ LỆ TIÊM CHỦNG ĐẦY ĐỦ", "", ""]
YEARS = ["", "", "Năm 2026", "Năm 2027", "Năm 2028"]
BODY = [["", "CẢ NƯỚC", "90,5%", "91,2%", "92,0%"],
        ["1", "Lạng Sơn", "88,75%", "89,5%", "91%"],
        ["2", "Thành phố Cần Thơ", "93,1%", "93,6%", "94,2%"],
        ["3", "Sóc\nTrăng", "89,2%", "90,35%", "91,5%"]]
MEASURE = "Tỷ lệ tiêm chủng đầy đủ"
WANT = sorted((f"{MEASURE} {unit}", level, ">=", v, y)
        for unit, level, vs in [("cả nước", None, (90.5, 91.2, 92.0)), ("Lạng Sơn", "tỉnh", (88.75, 89.5, 91.0)),
                                ("Thành phố Cần Thơ", "tỉnh", (93.1, 93.6, 94.2)), ("Sóc Trăng", "tỉnh", (89.2, 90.35, 91.5))]
        for v, y in zip(vs, (2026, 2027, 2028)))


def _records(doc, meta: DocumentMeta):
    recs = extract_indicators(doc, segment_document(doc), [], meta)
    return sorted((r.label, r.level, r.target_comparator, r.target_value, r.target_year) for r in recs)


def _cells(lead: str, rows: list[list[str]], meta: DocumentMeta = DocumentMeta(), read=_records):
    """The table as a reader gives it: the measure one cell spanning the year columns."""
    top = rows[0]
    raw = [[RawCell(t) for t in top[:2]] + [RawCell(top[2], colspan=len(top) - 2)]]
    raw += [[RawCell(t) for t in r] for r in rows[1:]]
    blocks = [RawBlock(kind="paragraph", text=lead), RawBlock(kind="table", rows=raw)]
    return read(normalize_document(RawDocument(format="txt", blocks=blocks), "t.md"), meta)


def _markdown(lead: str, rows: list[list[str]], meta: DocumentMeta = DocumentMeta(), read=_records):
    """The same table as Markdown, its merged header written as a cell and blanks; `read` says what of the
    records the test compares."""
    lines = ["| " + " | ".join(c.replace("\n", " ") for c in r) + " |" for r in rows]
    text = lead + "\n\n" + "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]) + "\n"
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.md"
        path.write_text(text, encoding="utf-8")
        return read(normalize_document(read_file(path), str(path)), meta)


def _word(lead: str, rows: list[list[str]], meta: DocumentMeta = DocumentMeta(), merge_top: bool = True,
          read=_records):
    """The same table as Word, the measure merged over the year columns (unless `merge_top` is false)."""
    d = docx.Document()
    d.add_paragraph(lead)
    tab = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            tab.cell(i, j).text = c
    if merge_top:
        tab.cell(0, 2).merge(tab.cell(0, 4)).text = TOP[2]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.docx"
        d.save(path)
        return read(normalize_document(read_file(path), str(path)), meta)


READERS = {"cells": _cells, "markdown": _markdown, "word": _word}
DATED_2025 = DocumentMeta(issued_date="2025-11-20")
DATED_2029 = DocumentMeta(issued_date="2029-03-02")


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("lead,meta,want", [
    (PLAN_LEAD, DocumentMeta(), WANT),                 # the lead names them targets; no date
    (PLAIN_LEAD, DATED_2025, WANT),                    # no target word, but every year lies ahead of the date
    # counterexamples: a report's past years; a table whose lead names no target and has no date; the years
    # before the date, whatever the lead says
    (REPORT_LEAD, DocumentMeta(), []),
    (PLAIN_LEAD, DocumentMeta(), []),
    (PLAIN_LEAD, DATED_2029, []),
    (PLAN_LEAD, DATED_2029, []),
], ids=["plan lead", "years ahead", "report", "plain undated", "past dated", "plan lead past dated"])
def test_a_table_of_units_by_year(reader, lead, meta, want):
    assert READERS[reader](lead, [TOP, YEARS, *BODY], meta) == want


def test_a_spanning_header_that_names_a_role_gives_no_measure():
    """'Kết quả thực hiện' over the years: results, not targets, whatever the lead says."""
    rows = [["TT", "Tỉnh, thành phố", "KẾT QUẢ THỰC HIỆN", "", ""], YEARS, *BODY]
    assert _markdown(PLAN_LEAD, rows) == []


def test_a_span_naming_only_a_period_is_no_measure():
    """'Giai đoạn 2026 – 2028' over the years: the rows name the indicators, no measure joins their labels."""
    rows = [["TT", "Chỉ tiêu", "Giai đoạn 2026 – 2028", "", ""], ["", "", "Năm 2026", "Năm 2027", "Năm 2028"],
            ["1", "Tỷ lệ hộ nghèo (%)", "3,5", "3,0", "2,5"]]
    assert _markdown("PHỤ LỤC I", rows) == [("Tỷ lệ hộ nghèo (%)", None, ">=", v, y)
                                             for v, y in [(2.5, 2028), (3.0, 2027), (3.5, 2026)]]
