"""Normalisation's shortcuts (a lone table cell not recorded as covering the grid, spaces collapsed
only where two run): the grid positions, texts and maps to the raw text they give."""
from __future__ import annotations

import pytest

from extractor.model import RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document, normalize_text

C = RawCell

GRIDS = [
    # rows of (text, rowspan, colspan) -> (text, row, col) of each cell
    ([[("STT", 1, 1), ("Chỉ tiêu", 1, 1), ("2024", 1, 1)], [("1", 1, 1), ("Hộ nghèo", 1, 1), ("2,3%", 1, 1)]],
     [("STT", 0, 0), ("Chỉ tiêu", 0, 1), ("2024", 0, 2), ("1", 1, 0), ("Hộ nghèo", 1, 1), ("2,3%", 1, 2)]),
    ([[("TT", 2, 1), ("Nội dung", 2, 1), ("Kết quả", 1, 2)], [("Kế hoạch", 1, 1), ("Thực hiện", 1, 1)],
      [("1", 1, 1), ("Trường chuẩn", 1, 1), ("12", 1, 1), ("14", 1, 1)]],
     [("TT", 0, 0), ("Nội dung", 0, 1), ("Kết quả", 0, 2), ("Kế hoạch", 1, 2), ("Thực hiện", 1, 3),
      ("1", 2, 0), ("Trường chuẩn", 2, 1), ("12", 2, 2), ("14", 2, 3)]),
    # a span after lone cells, and one in the last column covering the rows below
    ([[("a", 1, 1), ("b", 1, 1), ("c", 3, 1)], [("d", 1, 1), ("e", 1, 1)], [("f", 1, 2)]],
     [("a", 0, 0), ("b", 0, 1), ("c", 0, 2), ("d", 1, 0), ("e", 1, 1), ("f", 2, 0)]),
    # a lone cell between two spanning ones
    ([[("x", 2, 1), ("y", 1, 1), ("z", 2, 1)], [("w", 1, 1)]],
     [("x", 0, 0), ("y", 0, 1), ("z", 0, 2), ("w", 1, 1)]),
]


@pytest.mark.parametrize("rows,expected", GRIDS)
def test_cells_take_their_grid_positions(rows, expected):
    raw = RawDocument(format="html", blocks=[RawBlock(kind="table", rows=[
        [C(t, rowspan=r, colspan=c) for t, r, c in row] for row in rows])])
    table = normalize_document(raw, "x.html").blocks[0]
    assert [(c.text, c.row, c.col) for c in table.cells] == expected


@pytest.mark.parametrize("raw,text", [
    ("Tỷ lệ  đạt   95%", "Tỷ lệ đạt 95%"),
    ("Tỷ lệ\xa0 đạt 95%", "Tỷ lệ đạt 95%"),           # a no-break space then a space: a run of two
    ("Tỷ lệ\t\tđạt 95%", "Tỷ lệ đạt 95%"),
    ("Tỷ lệ đạt 95%", "Tỷ lệ đạt 95%"),               # single spaces: nothing to collapse
    ("Tỷ lệ\xa0đạt 95%", "Tỷ lệ đạt 95%"),
])
def test_space_runs_collapse_and_the_map_follows(raw, text):
    out, to_raw = normalize_text(raw)
    assert out == text
    assert len(to_raw) == len(out)
    # every kept character maps to the raw character it came from (spaces to a space-like one)
    assert all(raw[i] == ch or (ch == " " and raw[i] in " \xa0\t") for ch, i in zip(out, to_raw))
    assert to_raw == sorted(set(to_raw))
