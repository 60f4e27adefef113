"""A table of targets per unit in one column (held-out round 50): a central resolution's annex, quoted in an
article, lists the provinces row by row under a blank header, beside one column that names the measure and its
year ('TT | | Mục tiêu tăng trưởng GRDP 2025 (%)'), region rows ('I | Vùng Tây Nguyên |') between them. Each
cell is the province's target: the label is the column's measure with the row's unit, the level the unit's.
Round 47's rule (a measure spanning year columns) did not reach it: the unit column had no header word, and a
single column's own header was never taken as the measure. Counterexamples: a report's column of results; a
blank-headed column of products, not units; a header that names only a role and a year. Tables paraphrased in
the genre (names and figures changed), read as cells, as Markdown and as Word."""
from __future__ import annotations

import pytest

from extractor.model import DocumentMeta, RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document
# the writers and reader of the year-column tables (round 47) serve here too
from test_tables_units_by_year import _markdown, _records, _word as _word_merged

LEAD = ("Theo đó, mục tiêu tăng trưởng GRDP năm 2026 của các tỉnh, thành phố tại Phụ lục I ban hành kèm theo "
        "Nghị quyết 31/NQ-CP ngày 12/01/2026 như sau:")
DATED = DocumentMeta(issued_date="2026-01-20")
BODY = [["I", "Vùng Tây Nguyên", ""],
        ["1", "Gia Lai", "8,5"],
        ["2", "Thành phố Đà Nẵng", "11,0"],
        ["3", "Đắk Nông", "9,25"]]
UNITS = [("Gia Lai", 8.5), ("Thành phố Đà Nẵng", 11.0), ("Đắk Nông", 9.25)]


def _want(measure: str, year: int = 2026):
    return sorted((f"{measure} {u}", "tỉnh", ">=", v, year) for u, v in UNITS)


def _cells(lead: str, rows: list[list[str]], meta: DocumentMeta):
    blocks = [RawBlock(kind="paragraph", text=lead),
              RawBlock(kind="table", rows=[[RawCell(t) for t in r] for r in rows])]
    return _records(normalize_document(RawDocument(format="txt", blocks=blocks), "t.md"), meta)


def _word(lead: str, rows: list[list[str]], meta: DocumentMeta):
    return _word_merged(lead, rows, meta, merge_top=False)      # one target column: nothing spans


READERS = {"cells": _cells, "markdown": _markdown, "word": _word}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("header,meta,want", [
    (["TT", "", "Mục tiêu tăng trưởng GRDP 2026 (%)"], DATED, _want("Mục tiêu tăng trưởng GRDP 2026")),
    (["TT", "", "Mục tiêu tăng trưởng GRDP 2026 (%)"], DocumentMeta(), _want("Mục tiêu tăng trưởng GRDP 2026")),
    (["STT", "", "Kế hoạch tăng trưởng kinh tế năm 2026 (%)"], DATED,
     _want("Kế hoạch tăng trưởng kinh tế năm 2026")),
    # a named unit column keeps reading as before, now with the measure
    (["TT", "Tỉnh, thành phố", "Mục tiêu tăng trưởng GRDP 2026 (%)"], DATED, _want("Mục tiêu tăng trưởng GRDP 2026")),
    # a header of only a role and a year measures nothing: the unit is the label
    (["TT", "Địa phương", "Kế hoạch năm 2026 (%)"], DATED, sorted((u, "tỉnh", ">=", v, 2026) for u, v in UNITS)),
    # counterexamples: a report's column of results, blank unit header or not
    (["TT", "", "Tăng trưởng GRDP năm 2025 (%)"], DATED, []),
    (["TT", "", "Kết quả thực hiện tăng trưởng GRDP 2025 (%)"], DATED, []),
    (["TT", "Tỉnh, thành phố", "Ước thực hiện năm 2025 (%)"], DATED, []),
], ids=["blank unit header", "undated", "kế hoạch … năm", "named unit column", "role and year only",
        "past growth", "result header", "estimate"])
def test_a_column_of_targets_per_unit(reader, header, meta, want):
    assert READERS[reader](LEAD, [header, *BODY], meta) == want


@pytest.mark.parametrize("reader", READERS)
def test_a_blank_header_over_products_is_no_label(reader):
    """A blank-headed column of products, not units: no column names whose target it is, nothing is read."""
    rows = [["TT", "", "Mục tiêu sản lượng 2026 (tấn)"], ["1", "Cà phê nhân", "1.200"], ["2", "Hồ tiêu", "350"]]
    assert READERS[reader](LEAD, rows, DATED) == []
