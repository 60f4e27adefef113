"""A word a narrow column broke by characters where nothing in its shape says so ('Chuố' / 'i',
'chuy' / 'ển', 'CSD' / 'L') is whole again in its cell when the document's prose writes it whole
and never writes the first piece alone; words that are words on both lines stay apart."""
from __future__ import annotations

import pytest

from extractor.model import RawBlock, RawCell
from extractor.read import pdf

PROSE = RawBlock(kind="paragraph", text="Tổng sản phẩm Chuối tham gia xuất khẩu; chuyển đổi số; kết nối các CSDL "
                                        "quốc gia; Nhà nước hỗ trợ; Sắn lát.")


def _cell(lines: list[str]) -> RawCell:
    """A cell whose words sit line by line (boxes: start, end, page, x0, top, x1, bottom)."""
    text, boxes, pos = "", [], 0
    for k, line in enumerate(lines):
        for word in line.split(" "):
            boxes.append((pos, pos + len(word), 1, 100.0, 100.0 + 12 * k, 120.0, 110.0 + 12 * k))
            pos += len(word) + 1
        text += line + " "
    return RawCell(text=text[:-1], page=1, boxes=boxes)


@pytest.mark.parametrize("lines, read", [
    (["Chuố", "i"], "Chuối"),
    (["Chiến lược chuy", "ển đổi số"], "Chiến lược chuyển đổi số"),
    (["các CSD", "L: hộ tịch"], "các CSDL: hộ tịch"),
    (["Nhà", "nước"], "Nhà nước"),                  # both words: apart
    (["Sắn", "lát"], "Sắn lát"),
    (["Chuố i"], "Chuố i"),                         # on one line: not a break
])
def test_a_piece_the_column_broke_joins_its_rest(lines, read):
    cell = _cell(lines)
    table = RawBlock(kind="table", rows=[[cell]])
    pdf._rejoin_broken_words([PROSE, table])
    assert cell.text == read
    assert "".join(cell.text[b[0]:b[1]] for b in cell.boxes) == read.replace(" ", "")     # boxes follow the text
