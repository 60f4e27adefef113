"""The quantities stage's shortcuts (issue 14): each does once what was done many times, or skips a regex
that cannot match, and returns what the long way returns."""
from __future__ import annotations

import pytest

from extractor.extract import quantities
from extractor.model import Block, Cell
from extractor.patterns import load_patterns


@pytest.mark.parametrize("text, holds", [
    ("hai mươi hồ sơ", True),
    ("HAI MƯƠI XÃ ĐẠT CHUẨN", True),          # capitals: the gate folds case as the regex ignores it
    ("Bảy xã, phường", True),
    ("Mười", True),
    ("SÁU tháng đầu năm", True),
    ("ba", True),
    # counterexamples: a number word only inside a longer word ('bao', 'khai', 'tháng năm' is no word
    # missing), or no number word at all
    ("bao gồm các khoản", False),
    ("triển khai thực hiện", False),
    ("Tổng cộng", False),
    ("Đơn vị thực hiện", False),
])
def test_number_word_gate_agrees_with_the_regex(text, holds):
    assert quantities.may_hold_figure(text) == holds
    assert (quantities._may_hold_figure().search(text) is not None) == holds


@pytest.mark.parametrize("text", ["Tổng cộng", "Đơn vị thực hiện", "Chỉ tiêu chủ yếu của tỉnh Đồng Nai",
                                  "Ủy ban nhân dân tỉnh", "bao gồm"])   # "ba" opening a word
def test_number_word_regex_is_not_run_where_no_word_is_written(text, monkeypatch):
    class Refuses:
        def search(self, text):
            raise AssertionError("the number-word regex ran on a text without any number word")
    monkeypatch.setattr(quantities, "_may_hold_figure", lambda: Refuses())
    assert quantities.may_hold_figure(text) is False


@pytest.mark.parametrize("text", [
    "doanh thu đạt 5.400 - 5.500 tỷ đồng, tăng 12% so với cùng kỳ",
    "đón 22 - 23 triệu lượt khách; giải quyết 1.250/1.300 hồ sơ (96,2%)",
    "từ 30% đến 50% số xã; ngày 12/3/2025 trình 15 đề án",
    "hai mươi hồ sơ",
    # counterexamples: texts where no range's pre-test finds its upper end
    "đạt 93,6% kế hoạch",
    "giai đoạn 2021 - năm sau",
])
def test_shared_pre_tests_give_the_candidates_each_pattern_gives_alone(text):
    tested: dict = {}
    got = quantities._candidates(text, None, tested)
    alone = [(rank, f) for rank, p, build in quantities._plan(None) if p.may_match(text)
             for m in p.regex.finditer(text) for f in [build(p, m, text)] if f is not None]
    assert [(r, f.rule, f.start, f.end, f.value) for r, f in got] == \
        [(r, f.rule, f.start, f.end, f.value) for r, f in alone]
    with_requires = [p for _, p, _ in quantities._plan(None) if p.requires is not None]
    assert len(tested) == len({(p.requires.pattern, p.requires.flags) for p in with_requires}) < len(with_requires)
    blocked = quantities.blocked_spans(text, tested)
    assert blocked == [(m.start(), m.end(), p.id) for p in load_patterns("non_quantities") if p.may_match(text)
                       for m in p.regex.finditer(text)]


def _table(rows: list[list[str]]) -> Block:
    cells = [Cell(row=r, col=c, text=t, start=0, end=len(t)) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return Block(index=0, kind="table", text="", start=0, end=0, cells=cells)


def _label_the_long_way(info, cell):
    cells = [c for c in info.rows.get(cell.row, []) if c is not cell and c.col not in info.unit_cols]
    for c in [c for c in cells if c.col not in info.skip_cols] + cells:
        if quantities._WORD2.search(c.text):
            return " ".join(c.text.split())[:200]
    return None


@pytest.mark.parametrize("rows", [
    [["STT", "Chỉ tiêu", "Đơn vị", "Năm 2025"],
     ["1", "Số hồ sơ tiếp nhận", "Hồ sơ", "1.250"],
     ["2", "Tỷ lệ   đúng hạn", "%", "96,2"],
     ["Tổng cộng", "", "", "1.300"]],              # the totals row's label sits in the row-number column
    [["Chỉ tiêu", "Ghi chú", "Kết quả"],
     ["Hồ sơ trực tuyến", "toàn trình", "85"],      # the label cell's own label is the next cell with words
     ["", "", "12"]],                              # counterexample: a row without words has no label
])
def test_row_label_found_once_per_row_is_the_one_each_cell_finds(rows):
    block = _table(rows)
    info = quantities.table_info(block)
    for cell in block.cells:
        assert quantities.row_label(block, info, cell) == _label_the_long_way(info, cell)
    assert set(info.label_cells) == {c.row for c in block.cells}


@pytest.mark.parametrize("rows, row, col, unit", [
    ([["Chỉ tiêu", "Năm 2024", "Năm 2025"], ["Khách du lịch", "Lượt khách", "120", "135"]], 1, 2, "lượt"),
    ([["Chỉ tiêu", "2024", "2025"], ["Diện tích gieo trồng", "Ha", "Ha"], ["", "1.200", "1.350"]], 2, 1, "ha"),
    # counterexamples: a value cell between the label and the unit; a row above with figures
    ([["Chỉ tiêu", "2024", "2025"], ["Khách du lịch", "120", "Lượt khách", "135"]], 1, 3, None),
    ([["Chỉ tiêu", "2024", "2025"], ["Diện tích", "1.100", "Ha"], ["", "1.200", "1.350"]], 2, 1, None),
])
def test_row_unit_from_the_rows_filled_cells(rows, row, col, unit):
    block = _table(rows)
    info = quantities.table_info(block)
    cell = next(c for c in block.cells if (c.row, c.col) == (row, col))
    got = quantities._row_unit(info, cell)
    assert (got.unit.lower() if got else None) == unit
    assert row in info.filled


def test_found_quantities_are_copies_the_caller_may_change():
    text = "giải quyết 1.250/1.300 hồ sơ, đạt 96,2%"
    first = quantities.find_quantities(text)
    first[0].value, first[0].figures[0] = -1.0, (0, 0)
    again = quantities.find_quantities(text)
    assert [(f.kind, f.figures[0]) for f in again] == [(f.kind, f.figures[0]) for f in quantities.find_quantities(text)]
    assert again[0].value != -1.0 and again[0].figures[0] != (0, 0)


def _header_table(rows: list[list[str]], header_rows: int) -> Block:
    cells = [Cell(row=r, col=c, text=t, start=0, end=len(t), is_header=r < header_rows)
             for r, row in enumerate(rows) for c, t in enumerate(row)]
    return Block(index=0, kind="table", text="", start=0, end=0, cells=cells)


@pytest.mark.parametrize("rows, col, named, thing", [
    # a sub-header under the header that names the counted thing, bottom first
    ([["Đơn vị", "Số hồ sơ tiếp nhận", "Số hồ sơ tiếp nhận"], ["", "Tổng số", "Trực tuyến"], ["Sở Y tế", "1.250", "980"]],
     1, ("count", "hồ sơ"), ("count", "")),
    ([["Đơn vị", "Hồ sơ trực tuyến"], ["Sở Tư pháp", "420"]], 1, None, ("count", "hồ sơ")),
    ([["Đơn vị", "Đã giải quyết đúng hạn"], ["Sở Tư pháp", "415"]], 1, None, ("count", "")),
    # counterexamples: a header naming no thing; a rate column names no thing to count
    ([["Đơn vị", "Ghi chú"], ["Sở Tư pháp", "15"]], 1, None, None),
    ([["Đơn vị", "Tỷ lệ đúng hạn"], ["Sở Tư pháp", "98"]], 1, ("percent", "%"), None),
])
def test_a_columns_words_read_once_give_what_each_cell_read(rows, col, named, thing):
    block = _header_table(rows, len(rows) - 1)
    info = quantities.table_info(block)
    cell = next(c for c in block.cells if (c.row, c.col) == (len(rows) - 1, col))
    texts = [*reversed(info.header_parts.get(col, [])), info.headers.get(col, "")]
    long_named = next((u for u in map(quantities.named_unit, texts) if u), None)
    long_thing = next((u for f in (quantities.thing_first, quantities.case_status) for u in map(f, texts) if u), None)
    got_named = quantities._column_named(info, col)
    assert got_named == long_named and (None if got_named is None else (got_named.kind, got_named.unit.lower())) == named
    got_thing = quantities._column_thing_of(info, cell)
    if not quantities._RATE_HEADER.search(info.headers.get(col, "")):
        assert got_thing == long_thing
    assert (None if got_thing is None else (got_thing.kind, got_thing.unit.lower())) == thing
    assert col in info.column_named


@pytest.mark.parametrize("text, prop, rate", [
    ("Mã số", True, False),
    ("Tỷ lệ hồ sơ đúng hạn", False, True),
    ("- Tỷ lệ giải quyết", False, True),
    # counterexamples
    ("Số hồ sơ tiếp nhận", False, False),
    ("Sở Tư pháp", False, False),
])
def test_header_tests_kept_per_text_answer_as_their_patterns(text, prop, rate):
    assert quantities._names_property(text) == prop == bool(
        load_patterns("table_headers").get("header.property").regex.match(quantities._plain(text)))
    assert quantities._names_rate(text) == rate == bool(
        load_patterns("table_headers").get("header.rate").regex.match(quantities._plain(text)))
