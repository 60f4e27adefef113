"""Indicators from tables (rule `table.columns`): column roles, then one record per body row and target.

Columns are recognised by meaning (patterns/indicators.yaml: `Chỉ tiêu`, `Mục tiêu đến năm 2025`,
`Kết quả tháng 01 năm 2025`, `Đã giải ngân`, `Vốn giao`, `Đơn vị`, `Nội dung thực hiện`, `TT` ...; a column
naming only a later year than the document's holds that year's targets, and in an undated document one after
the last year a result column names, or any year column of a plan's annex). Each body row gives one record per
target column and per level written in the target cell (`100% cấp tỉnh, 80% cấp huyện`), its result from the
actual column of the same year, its status from the status or note column or the result cell. A row naming only
a group is the source of the rows below; a row naming only a level is that level of the indicator above.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from extractor.link.figures import (BULLET_RX, ITEM_RX, PCT_RX, WORD_RX, YEAR_RX, Figure, _comparator, _first, _number,
                                _outside_parens, _parentheses, assign_levels, find_figures, levels_in, status_of)
from extractor.link.records import (_clean_label, _Ctx, _ordinal_prefix, _period_from, _record, _refs,
                                _section_texts, _set_actual, _set_target, _strip_cues, aim_only)
from extractor.link.table_groups import unfolded, with_real_cells
from extractor.link.units import unit_level
from extractor.model import Block, Cell, Indicator, provenance
from extractor.extract.periods import Period


@lru_cache(maxsize=4096)
def header_role(text: str) -> Optional[str]:
    """What a column holds, from its header text ('Mục tiêu đến năm 2025' → 'target'). Cached: a table's first rows
    are read for each test of its header, and the same headers recur table after table."""
    hit = _first("header", " ".join(text.split()))
    return hit[0].meta["role"] if hit else None


@dataclass
class _Columns:
    header_rows: set[int]
    roles: dict[int, str]
    headers: dict[int, str]
    measures: dict[int, str] = field(default_factory=dict)   # what a target column measures, from its header

    def cols(self, role: str) -> list[int]:
        return sorted(c for c, r in self.roles.items() if r == role)

    @property
    def grouped(self) -> bool:
        """Several target columns, one per group, level or year: the column says whose target it is."""
        return len(self.cols("target")) >= 2


NUMBERING_CELL = regex.compile(r"^\s*\(?\d{1,2}\)?\s*(?:=\s*[\d()/*+x.\s-]+)?$|^\s*\(?[A-Z]\)?\s*$")   # '4=3/2'
YEAR_HEADER_RX = regex.compile(r"\s*(?:năm\s+|kế\s+hoạch\s+|KH\s+)?(?:19[4-9]|20\d)\d\s*", regex.I)
ORDINAL_CELL = regex.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])\s*[.)]?\s*$")
ANY_LETTER_RX = regex.compile(r"\p{L}")
WORD2_RX = regex.compile(r"\p{L}{2,}")     # a word of two letters or more (compiled once: per cell)


def _header_rows(block: Block) -> set[int]:
    rows: set[int] = set()
    by_row: dict[int, list[Cell]] = {}
    for c in block.cells or []:
        by_row.setdefault(c.row, []).append(c)
    for r in range(min(4, block.n_rows)):
        cells = [c for c in by_row.get(r, []) if c.text.strip()]
        if not cells:
            continue
        roles = [header_role(c.text) for c in cells]
        is_header = any(c.is_header for c in cells) or (
            any(roles) and not any(ORDINAL_CELL.match(c.text) or PCT_RX.search(c.text) for c in cells)
            and all(len(c.text) < 120 for c in cells))
        numbering = len(cells) >= 3 and all(NUMBERING_CELL.match(c.text) for c in cells)
        years = len(cells) >= 2 and all(YEAR_HEADER_RX.fullmatch(c.text) for c in cells)   # 'Năm 2026 | Năm 2027'
        sub = r - 1 in rows and any(c.colspan > 1 for c in by_row.get(r - 1, [])) and all(
            WORD2_RX.search(c.text) and not PCT_RX.search(c.text) and len(c.text) < 80 for c in cells)
        if is_header or ((numbering or years or sub) and rows):
            rows.add(r)
        else:
            break
    return rows


@lru_cache(maxsize=1024)
def _header_period(text: str) -> Optional[Period]:
    """The period a column header names: 'Kế hoạch năm 2024', or a bare year ('Năm hiện hành 2025 Kế hoạch'). Cached
    within a document: a column's header is read for every row (nothing here changes a Period once found)."""
    p = _period_from([text])
    if p is None:
        years = YEAR_RX.findall(text)
        if years:
            y = int(years[-1])
            p = Period(kind="year", text=years[-1], year=y, start_year=y, end_year=y)
    return p


def _year_roles(headers: dict[int, str], roles: dict[int, str], doc_year: Optional[int],
                plan_annex: bool = False, measures: Optional[dict[int, str]] = None) -> None:
    """A column that only names a year later than the document's own ('Năm 2026' in a plan issued in 2025,
    under 'Giai đoạn 2026 - 2030' or 'Dự kiến 03 năm kế hoạch', or 'Đến năm 2025') holds that year's targets. With no date, the
    header decides: years after the last one a result column names ('Ước TH 2025') lie ahead; with no result
    column, every year column of a plan's annex does. A measure spanning the year columns ('TỶ LỆ BAO PHỦ BẢO
    HIỂM Y TẾ' over 'Năm 2022 | Năm 2023') says what they hold, not whether they are targets."""
    if doc_year is not None:
        _estimates_ahead(headers, roles, doc_year)
    now = doc_year if doc_year is not None else _results_year(headers, roles)
    if now is None and not plan_annex:
        return
    for col, h in headers.items():
        if col in roles:
            continue
        if (measures or {}).get(col):
            h = h.replace(measures[col], " ")
        p = _header_period(h)
        if p is not None and (now is None or p.year > now) and not _beyond_period(h):
            roles[col] = "target"


# 'Đến năm 2025' beside 'Năm 2022' in a plan: a deadline is that year's target too
PERIOD_WORDS_RX = regex.compile(r"\b(?:năm|giai\s+đoạn|dự\s+kiến|kế\s+hoạch|đến(?:\s+(?:hết|cuối))?|\d+)\b|[-–()]",
                                regex.I)


def _beyond_period(header: str) -> bool:
    """The header names something besides its period ('Dân số năm 2026', not 'Giai đoạn 2026 - 2030')."""
    return bool(WORD_RX.findall(PERIOD_WORDS_RX.sub(" ", YEAR_RX.sub(" ", header))))


def _estimates_ahead(headers: dict[int, str], roles: dict[int, str], now: int) -> None:
    """An estimate column for a year after the table's date ('Ước TH năm 2021' in a report of 04/12/2020) can
    hold no result yet: it holds that year's targets. For that year or before, it stays a result."""
    for col, h in headers.items():
        if roles.get(col) != "actual" or not _first("estimate_header", " ".join(h.split())):
            continue
        p = _header_period(h)
        if p is not None and p.year and (p.start_year or p.year) > now:
            roles[col] = "target"


RESULT_HEADER_RX = regex.compile(r"(?<!\p{L})(?:thực\s+hiện|Ư?TH|ước|kết\s+quả|lũy\s+kế|đã\s+đạt|giải\s+ngân)(?!\p{L})", regex.I)


def _results_year(headers: dict[int, str], roles: dict[int, str]) -> Optional[int]:
    """The last year a result column names ('TH 2024 | Ước TH 2025 | Năm 2026': 2025): the present of an
    undated table; later year columns look ahead. A year column under 'Thực hiện' is itself a result."""
    years = [p.end_year or p.year for c, h in headers.items() if roles.get(c) in ("actual", "compare", None)
             and RESULT_HEADER_RX.search(h) and (p := _header_period(h)) is not None and p.year]
    return max(years) if years else None


def plan_title(texts: list[Optional[str]]) -> bool:
    """The table's title or headings name a plan's targets ('PHỤ LỤC I', 'Chỉ tiêu kế hoạch 5 năm 2026 - 2030',
    'Mục tiêu đến năm 2030'), not a report's results ('Kết quả thực hiện ...', 'ước đạt', a yearbook's 'Sơ bộ')."""
    return _names_not_report(texts, "plan_title")


def _names_not_report(texts: list[Optional[str]], names: str) -> bool:
    """Some text matches the pattern `names` and none names a report's results ('report_title')."""
    texts = [" ".join(t.split()) for t in texts if t]
    return any(_first(names, t) for t in texts) and not any(_first("report_title", t) for t in texts)


def table_columns(ctx: _Ctx, block: Block) -> Optional[_Columns]:
    """The table's column roles in its document: its date, else its title, tell year columns ahead."""
    captions = _captions(ctx, block)
    year = ctx.doc_year if ctx.doc_year is not None else source_report_year(captions)
    titles = [] if year is not None else [*captions, _table_source(ctx, block), *_section_texts(ctx, block)]
    return _columns(block, year, plan_title(titles), _names_plan(captions))


def read_table(ctx: _Ctx, block: Block) -> Optional[list[Indicator]]:
    """The records of a table, its side-by-side column groups stacked first (table_groups); None when no column
    holds targets, for the caller to read its cells as text."""
    stacked, real = unfolded(block)
    if real and (cols := table_columns(ctx, stacked)) is not None:
        return with_real_cells(_table_records(ctx, stacked, cols), real)
    cols = table_columns(ctx, block)
    return _table_records(ctx, block, cols) if cols is not None else None


def source_report_year(captions: list[str]) -> Optional[int]:
    """The year of the report an undated table is quoted from ('(Theo báo cáo số 438/BC-UBND ngày 04/12/2020)')."""
    for t in captions:
        hit = _first("table_source_date", " ".join(t.split()))
        if hit:
            return int(hit[1].group("year"))
    return None


def _captions(ctx: _Ctx, block: Block) -> list[str]:
    """The short lines right above a table ('Phụ lục', 'Mục tiêu … đến năm 2028'): its title, heading or not."""
    above = ctx.doc.blocks[max(0, block.index - 2):block.index]      # a block's index is its place
    out: list[str] = []
    for b in reversed(above):
        if b.cells is not None or len(b.text) > 200:
            break
        out.append(b.text)
    return out


def _columns(block: Block, doc_year: Optional[int] = None, plan_annex: bool = False,
             planned: bool = False) -> Optional[_Columns]:
    """The column roles of a table of targets, one reading for every shape: the roles its header words give;
    a column whose cells name units as its label (`_units_label`), the figures right of it a unit's targets
    (`_unit_targets`); year columns ahead of the table's date as targets (`_year_roles`), a measure spanning
    them as what they measure; else the first worded column left of the targets as the label."""
    rows = _header_rows(block)
    worded = not rows and _worded_first_row(block)
    rows = rows or worded
    if not rows:
        return None
    headers = _joined_headers(block, rows)
    roles = {col: header_role(h) for col, h in headers.items()}
    roles = {c: r for c, r in roles.items() if r}
    units = _units_label(block, rows, headers, roles)
    if worded and units is None:       # an unmarked first row is a header only over a column of units
        return None
    measures = _span_measures(block, rows, roles)
    _year_roles(headers, roles, doc_year, plan_annex, measures)
    if units is not None:
        _unit_targets(block, rows, headers, roles, units, doc_year, planned)
    measures = {c: m for c, m in measures.items() if roles.get(c) == "target"}
    labels = [c for c, r in roles.items() if r == "label"]
    if len(labels) >= 2:                      # 'Nội dung | Chỉ tiêu' with '80%' under 'Chỉ tiêu': its values
        mostly = {c: _mostly_figures(block, rows, c) for c in labels}     # each column scanned once
        for c in labels:
            if mostly[c] and any(not mostly[o] for o in labels if o != c):
                roles[c] = "target"
        labels = [c for c, r in roles.items() if r == "label"]
    for extra in _extra_labels(block, rows, labels):
        roles.pop(extra)
    level = _level_column(block, rows, roles)
    if level is not None:
        roles[level] = "level"
    if "target" in roles.values() and "label" not in roles.values():
        _label_by_place(block, rows, headers, roles)
    if "target" not in roles.values() or "label" not in roles.values():
        return None
    measures.update(_unit_column_measures(block, rows, headers, roles, measures))
    return _Columns(rows, roles, headers, measures)


def _names_plan(texts: list[Optional[str]]) -> bool:
    """The caption or the lead over a table names a plan ('Dự kiến tốc độ tăng trưởng …', 'mục tiêu … của các tỉnh',
    'chỉ tiêu giao'), not a report's results ('Kết quả …', 'Tình hình …')."""
    return _names_not_report(texts, "unit_plan")


def _units_label(block: Block, rows: set[int], headers: dict[int, str], roles: dict[int, str]) -> Optional[int]:
    """The column of a table of targets per unit whose cells name provinces, districts, communes or departments,
    under a blank header or one naming their kind ('Tỉnh, thành phố', 'Địa phương', 'Đơn vị'): made its label,
    unless the header words gave another column that role (then a units column headed 'Đơn vị' holds no unit of
    measure either, and loses that role). Returns the column when it is the label."""
    chosen = None
    for col in range(block.n_cols):
        headed = roles.get(col) == "unit" or (col not in roles and _unit_header(headers.get(col, "")))
        if not headed or not _names_units(block, rows, col):
            continue
        if "label" in roles.values():
            roles.pop(col, None)
            continue
        roles[col] = "label"
        chosen = col
    return chosen


def _unit_targets(block: Block, rows: set[int], headers: dict[int, str], roles: dict[int, str], units: int,
                  doc_year: Optional[int], planned: bool) -> None:
    """Right of the units, a worded column of figures with no role from its header words holds each unit's
    target when `_target_column` says so (a future period, or a plan named in its header, caption or lead). Where
    the header words already name the plan's columns ('Kế hoạch năm 2026'), the plan the caption names is theirs:
    another column holds targets only for a period ahead ('Tăng trưởng GRDP 2026 - 2030'), not a current one."""
    planned = planned and "target" not in roles.values()
    for col in range(units + 1, block.n_cols):
        h = headers.get(col, "")
        if col not in roles and WORD_RX.search(h) and _mostly_figures(block, rows, col) \
                and _target_column(h, doc_year, planned):
            roles[col] = "target"


def _worded_first_row(block: Block) -> set[int]:
    """A first row of words that name no unit ('Tỉnh, thành phố | Tăng trưởng GRDP 2026 - 2030 (%)'): a header the
    reader did not mark, whose texts carry no column role."""
    first = [c.text for c in block.cells or [] if c.row == 0 and c.text.strip()]
    if not first or not all(WORD2_RX.search(t) and unit_level(" ".join(t.split())) is None for t in first):
        return set()
    return {0}


def _joined_headers(block: Block, rows: set[int]) -> dict[int, str]:
    """Each column's header, the texts of its header rows joined (a text table's lost merged cells put back,
    `_subheader_shifts`); numbering rows ('(1) | (2) | 3=2/1') name nothing."""
    headers: dict[int, str] = {}
    shift = _subheader_shifts(block, rows)
    for c in block.cells or []:
        if c.row in rows and not NUMBERING_CELL.match(c.text):
            for col in range(c.col, c.col + max(1, c.colspan)):
                col += shift.get(c.row, 0)
                headers[col] = (headers.get(col, "") + " " + c.text).strip()
    return headers


def _unit_header(header: str) -> bool:
    """Blank, or naming the kind of units below ('Tỉnh, thành phố', 'Đơn vị'): the cells decide the rest."""
    h = " ".join(header.split())
    return not WORD_RX.search(h) or bool(_first("unit_header", h))


def _target_column(header: str, doc_year: Optional[int], planned: bool) -> bool:
    """A column of a table of units holds targets when its period lies after the document's date ('Tăng trưởng GRDP
    2026 - 2030 (%)' in 2025); else, unless its period is past, when its header, the caption or the lead names a plan.
    A result's header ('Kết quả thực hiện', 'Ước thực hiện năm 2025') or a past period never holds targets."""
    h = " ".join(header.split())
    role = header_role(h)
    if role is not None:
        return role == "target"
    p = _header_period(h)
    if p is not None and p.year and doc_year is not None:
        if (p.start_year or p.year) > doc_year:
            return True
        if (p.end_year or p.year) < doc_year:
            return False
    return planned or bool(_first("unit_plan", h))


ROLE_WORDS_RX = regex.compile(r"\b(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|KH|năm|giai\s+đoạn)\b|\(\s*%\s*\)", regex.I)


def _unit_column_measures(block: Block, rows: set[int], headers: dict[int, str], roles: dict[int, str],
                          measures: dict[int, str]) -> dict[int, str]:
    """A table of units with one target column that names its measure ('TT | | Mục tiêu tăng trưởng GRDP 2025
    (%)' over 'Thành phố Hà Nội | 8,0'): the row names whose target it is, the column's header what it measures,
    its unit of measure left off. A header of only a role and a period ('Kế hoạch năm 2026') measures nothing."""
    label = next(c for c, r in roles.items() if r == "label")
    if not _names_units(block, rows, label):
        return {}
    out: dict[int, str] = {}
    for tcol in [c for c, r in roles.items() if r == "target" and c not in measures]:
        h = " ".join(headers.get(tcol, "").split())
        h = " ".join(HEADER_UNIT_RX.sub(" ", regex.sub(r"\(\s*%\s*\)", " ", h)).split())
        if WORD_RX.search(YEAR_RX.sub(" ", ROLE_WORDS_RX.sub(" ", h))):
            out[tcol] = h
    return out


def _span_measures(block: Block, rows: set[int], roles: dict[int, str]) -> dict[int, str]:
    """What the year columns under a spanning header measure: 'TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ' over 'Năm 2022 |
    Năm 2023 | …', each column's own header a bare year. A header that gives a role ('Kế hoạch', 'Kết quả
    thực hiện') is no measure, nor is a span over anything but years."""
    out: dict[int, str] = {}
    by_pos = {(c.row, c.col): c for c in block.cells or []}
    for c in block.cells or []:
        if c.row not in rows or c.row + 1 not in rows or c.colspan < 2 or header_role(c.text):
            continue
        under = [by_pos.get((c.row + 1, col)) for col in range(c.col, c.col + c.colspan)]
        if all(u is not None and YEAR_HEADER_RX.fullmatch(u.text) for u in under) and _beyond_period(c.text):
            for u in under:
                if u.col not in roles:
                    out[u.col] = c.text       # as in the joined header, line breaks and all
    return out


def _names_units(block: Block, rows: set[int], col: int) -> bool:
    """A column headed 'Đơn vị' whose cells name provinces, districts or communes, not units of measure."""
    body = _body_texts(block, rows, col)
    return bool(body) and sum(1 for t in body if unit_level(" ".join(t.split()))) * 2 > len(body)


def _body_texts(block: Block, rows: set[int], col: int) -> list[str]:
    """The column's filled body cells (header rows aside)."""
    return [c.text for c in block.cells or [] if c.col == col and c.row not in rows and c.text.strip()]


def _mostly_figures(block: Block, rows: set[int], col: int) -> bool:
    """Most filled body cells of the column are figures ('80%', '≥ 90', '1.200'), not wording."""
    body = _body_texts(block, rows, col)
    figs = [t for t in body if find_figures(t, "x") and len(WORD_RX.findall(t)) <= 6]
    return bool(body) and 2 * len(figs) > len(body)


def _level_column(block: Block, rows: set[int], roles: dict[int, str]) -> Optional[int]:
    """A column of levels beside the indicators ('STT | Cấp | Chỉ tiêu | ĐVT | Mục tiêu' with 'Cấp xã', 'Cấp huyện'
    heading each group's first row, blank or merged below): each row's level (`_row_levels`). Only beside a label
    column its header names (levels alone are the rows' labels), with no role of its own, most of its filled cells
    naming a level and nothing else, two levels at least."""
    if "label" not in roles.values():
        return None
    for col in range(block.n_cols):
        if col in roles:
            continue
        body = _body_texts(block, rows, col)
        levels = [lv for lv in map(_level_cell, body) if lv]
        if len(set(levels)) >= 2 and 2 * len(levels) > len(body):
            return col
    return None


def _level_cell(text: str) -> Optional[str]:
    """The level a cell of a column of levels names: 'Cấp xã', 'Cấp huyện:', or the kind of unit alone ('Tỉnh')."""
    t = " ".join(text.split())
    return _level_only(t) or _level_only(f"cấp {t}")


def _label_by_place(block: Block, rows: set[int], headers: dict[int, str], roles: dict[int, str]) -> None:
    """A table of targets whose label column has no label word ('TT | Sản phẩm | Kế hoạch 2026 | ...',
    'STT | Khu vực | Mục tiêu năm 2030'): the first column left of the targets, with no role of its own,
    whose body cells are words, names the indicator. A column of units ('Địa bàn' over districts, or a blank
    header over provinces) was made the label before, by `_units_label`."""
    first_target = min(c for c, r in roles.items() if r == "target")
    for col in sorted(headers):
        if col >= first_target:
            return
        if col in roles or not WORD_RX.search(headers[col]):
            continue
        body = _body_texts(block, rows, col)
        if body and sum(1 for t in body if WORD2_RX.search(t)) * 2 > len(body):
            roles[col] = "label"
            return


def _subheader_shifts(block: Block, rows: set[int]) -> dict[int, int]:
    """A text table loses its merged header cells: the row under 'ƯTH Năm 2025 | GIAI ĐOẠN 2026 - 2030 | | |'
    comes back as 'Năm 2026 | Năm 2027 | ...' from the first column. Its cells belong under the last columns
    that hold figures, so they move right by the empty columns at the end of the row above."""
    out: dict[int, int] = {}
    body = [c.col for c in block.cells or [] if c.row not in rows and c.text.strip()]
    if not body:
        return out
    width = max(body) + 1
    ordered = sorted(rows)
    for prev, r in zip(ordered, ordered[1:]):
        cols = sorted(c.col for c in block.cells or [] if c.row == r and c.text.strip())
        above = [c.col for c in block.cells or [] if c.row == prev and c.text.strip()]
        if not cols or not above or cols != list(range(len(cols))) or len(cols) >= width:
            continue
        if width - 1 - max(above) >= len(cols) - 1 and not all(NUMBERING_CELL.match(c.text) for c in block.cells
                                                                 if c.row == r and c.text.strip()):
            out[r] = width - len(cols)
    return out


def _extra_labels(block: Block, header_rows: set[int], labels: list[int]) -> list[int]:
    """One label column: the one with a cell in most rows, leftmost on a tie. A group name ('Hạ tầng kinh
    tế - xã hội') spans several rows; the criterion's own wording ('2.4. Tỷ lệ hộ ...') has a cell per row."""
    if len(labels) < 2:
        return []
    counts = {c: sum(1 for x in block.cells or [] if x.col == c and x.row not in header_rows and x.text.strip())
              for c in labels}
    keep = max(sorted(labels), key=lambda c: counts[c])
    return [c for c in labels if c != keep]


def _table_source(ctx: _Ctx, block: Block) -> Optional[str]:
    """The heading line just before a table ('1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP')."""
    for i, t in reversed(ctx.headings):
        if i < block.index:
            return t if block.index - i <= 2 else None
    return None


def _table_records(ctx: _Ctx, block: Block, cols: _Columns) -> list[Indicator]:
    """The records of a table whose column roles (`table_columns`) the caller found."""
    grid = block.grid()
    context = _section_texts(ctx, block)
    source = _table_source(ctx, block)
    heading_period = _period_from(context)
    out: list[Indicator] = []
    prev_label: Optional[tuple] = None
    prefix = _ordinal_prefix(([source] if source else []) + context, ctx.annexes)
    level_cols = cols.cols("level")
    level: Optional[str] = None             # the level of the group the row is in, from a column of levels
    for r, row in enumerate(grid):          # (a row of the grid: one cell or None per column)
        if r in cols.header_rows:
            continue
        row = list(row)
        filled = [c for c in row if c is not None and c.text.strip()]
        if not filled:
            continue
        group = [row[c] for c in level_cols if row[c] is not None and row[c].text.strip()]
        if group:                           # written at a group's first row, blank or merged below
            level = _level_cell(group[0].text)
            if len(filled) == 1:
                continue                    # '| Cấp xã | | |': the group's own row
        if _section_row(row, cols, filled):
            source = " ".join(filled[0].text.split())
            heading_period = _period_from([source]) or heading_period
            prefix = _ordinal_prefix([source] + context, ctx.annexes)
            level = None
            continue
        recs, prev_label = _row_records(ctx, block, cols, row, prev_label, heading_period, level)
        for rec in recs:
            rec.source_ref = source if _names_document(source) else (_named_source(cols) or source)
            if rec.ordinal and prefix:
                rec.ordinal = ".".join(prefix + [rec.ordinal])
        out += recs
    return out


_DOCUMENT_SYMBOL = regex.compile(r"\d+/(?:\d{4}/)?\p{Lu}[\p{Lu}Đ-]*")


def _names_document(text: Optional[str]) -> bool:
    return bool(text and _DOCUMENT_SYMBOL.search(text))


def _named_source(cols: _Columns) -> Optional[str]:
    """A label header that names a resolution ('Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP')."""
    for c in cols.cols("label"):
        if _names_document(cols.headers[c]):
            return cols.headers[c]
    return None


def _section_row(row: list[Optional[Cell]], cols: _Columns, filled: list[Cell]) -> bool:
    """A row naming a group ('1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP'), not an indicator."""
    has_target = any(row[c] is not None and find_figures(row[c].text, "x") for c in cols.cols("target"))
    if has_target or filled[0].col in cols.cols("target"):
        return False                          # a note under the target columns ('Bộ Xây dựng hướng dẫn; ...')
    return len(filled) == 1 and len(filled[0].text) > 3 and bool(regex.search(r"\p{L}{3,}", filled[0].text))


def _cell(row: list[Optional[Cell]], cols: list[int]) -> Optional[Cell]:
    for c in cols:
        if row[c] is not None and row[c].text.strip():
            return row[c]
    return None


_UNIT_TEXT = regex.compile(r"\p{L}|%")
_PERCENT_HEADER = regex.compile(r"\(\s*%\s*\)|tỷ lệ\s*%", regex.I)
_PERCENT_AT_END = regex.compile(r"\(\s*%\s*\)\s*$")


def _unit_hint(cols: _Columns, row: list[Optional[Cell]], col: int) -> Optional[str]:
    unit = _cell(row, cols.cols("unit"))
    if unit is not None and len(unit.text.strip()) <= 20 and _UNIT_TEXT.search(unit.text):
        return unit.text.strip()
    header = cols.headers.get(col, "")
    if _PERCENT_HEADER.search(header):
        return "%"
    label = _cell(row, cols.cols("label"))
    if label is not None and _PERCENT_AT_END.search(label.text):
        return "%"                            # 'Tỷ lệ thanh toán trực tuyến (%)'
    if label is not None and PER_MILLE_RX.search(label.text):
        return "‰"                            # 'Tỷ lệ tăng dân số tự nhiên (‰)': per thousand
    found = header_unit(header) or (header_unit(label.text) if label is not None else None)
    if found is None and unit is None and label is not None and RATE_LABEL_RX.match(label.text):
        return "%"                            # '7. Tỷ lệ % tiêm chủng đầy đủ …' with no unit anywhere: a percentage
    if found is None and unit is None and label is not None and row[col] is not None \
            and BARE_FIGURES_RX.fullmatch(row[col].text):     # '13-14', not '12 xã' (a noun of its own)
        hit = _first("row_unit", " ".join(label.text.split()))
        return " ".join(hit[1].group("unit").split()) if hit else None   # 'Bác sỹ/vạn dân | 13-14'
    return found


BARE_FIGURES_RX = regex.compile(r"\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*")


# '0,7% (còn 4,33%)', '1.200 (tương đương 95%)': the level left or the same target restated, not a target
RESTATED_RX = regex.compile(r"(?<=\(\s*(?:còn|tương\s+đương|tương\s+ứng|bằng)\s*(?:khoảng\s+)?)", regex.I)
# a target column named by who set it: 'Quốc hội giao', 'phấn đấu của Chính phủ', 'HĐND tỉnh quyết định'
TARGET_SOURCE_RX = regex.compile(r"(?<!\p{L})(?:giao|phấn\s+đấu|quyết\s+định|đề\s+ra)(?!\p{L})", regex.I)
RATE_LABEL_RX = regex.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:[-+]\s*)?(?:tỷ|tỉ)\s+lệ(?!\p{L})(?![^(]*/)", regex.I)
PER_MILLE_RX = regex.compile(r"\(\s*(?:‰|%\s*[0o])\s*\)\s*$")
HEADER_UNIT_RX = regex.compile(r"\(\s*(?:ĐVT|đơn vị(?: tính)?)?\s*:?\s*(\p{L}[\p{L} ./]{0,20}?)\s*\)\s*$", regex.I)


def header_unit(header: str) -> Optional[str]:
    """The unit a column header ends with: 'Lượng (Tấn)' → Tấn, 'Giá trị xuất khẩu (Nghìn USD)' → Nghìn USD;
    not a remark in parentheses ('Kế hoạch 2026 (dự kiến)')."""
    m = HEADER_UNIT_RX.search(" ".join(header.split()))
    if not m or len(m.group(1).split()) > 3 or _first("header_remark", m.group(1)):
        return None
    return m.group(1)


def _row_records(ctx: _Ctx, block: Block, cols: _Columns, row: list[Optional[Cell]],
                 prev_label: Optional[tuple], heading_period: Optional[Period], level: Optional[str] = None):
    """The row's records; `level` is the one its group's cell in a column of levels names."""
    label_cell = _cell(row, cols.cols("label"))
    ord_cell = _cell(row, cols.cols("ordinal"))
    label = " ".join(label_cell.text.split()) if label_cell is not None else None
    parent = prev_label[2] if prev_label is not None else None
    if label is None and prev_label is not None:
        label, label_cell = prev_label[:2]     # a row that only adds a level or a year to the row above
    if label is None or not ANY_LETTER_RX.search(label):
        return [], prev_label                  # a row whose cells slid left ('4,31 | 4,19 | 4,07'): no label
    own = LABEL_ORD_RX.match(label)
    ordinal = own.group(1) if own else (ord_cell.text.strip().rstrip(".)") if ord_cell is not None else None)
    row_label = label[own.end():] if own else label
    bullet = bool(BULLET_RX.match(row_label)) or (ordinal is not None and BULLET_RX.fullmatch(ordinal) is not None)
    if bullet and ordinal is not None and BULLET_RX.fullmatch(ordinal):
        ordinal = None                         # '- | Diện tích | Ha | ...': a bullet in the TT column
    row_level = _level_only(row_label)
    if ordinal and not row_level:
        parent = row_label
    elif row_level and parent:   # '1 | Tỷ lệ hồ sơ ... | |' then '| Cấp tỉnh | 90% | 98,7%': the level of the row above
        row_label = parent
    elif bullet and parent:   # '3 | Cơ cấu kinh tế' then '| - Dịch vụ | % | 36,49 ...'
        row_level = _level_at_end(row_label)  # '- Số giường bệnh' then '+ Giường bệnh cấp tỉnh': that level's share
        row_label = f"{parent.rstrip(' :')}: {BULLET_RX.sub('', row_label, count=1)}"
    out: list[Indicator] = []
    actual_cols = cols.cols("actual")
    given: set[tuple] = set()                  # targets already read from another column of the same period
    for tcol in cols.cols("target"):
        tcell = row[tcol]
        if tcell is None or not tcell.text.strip():
            continue
        hint = _unit_hint(cols, row, tcol)
        counted = row_label if COUNTED_LABEL_RX.match(row_label) else None
        figs = _target_figures(ctx, cols, tcol, tcell.text, hint, counted, level)
        if not figs:
            continue
        if row_level and parent:
            for f in figs:
                f.level = row_level
        elif (unit := unit_level(row_label)) is not None:
            for f in figs:                    # '2 | Huyện Lục Yên | 85': a table of targets per unit
                f.level = f.level or unit
        tperiod = _header_period(cols.headers.get(tcol, "")) or heading_period or ctx.doc_period
        acell = _pick_actual(row, actual_cols, cols, tperiod)
        actuals = _actual_figures(acell.text, _unit_hint(cols, row, acell.col), counted) if acell is not None else []
        for i, f in enumerate(figs):
            # 'Kế hoạch Quốc hội giao | Mục tiêu phấn đấu của Chính phủ', 'Dự toán TTg giao | Dự toán HĐND
            # quyết định': the same target, set by two bodies for one period, is one target
            same = ((tperiod.kind, tperiod.year) if tperiod else None, f.level, f.target_cmp(), f.value, f.high,
                    hint, i)
            if TARGET_SOURCE_RX.search(cols.headers.get(tcol, "")):
                if same in given:
                    continue
                given.add(same)
            label = _cell_label(row_label, tcell.text, f, figs) or _with_subject(row_label, cols, tcol)
            label = _with_measure(label, cols, tcol)
            aim = aim_only(tcell.text[figs[i - 1].end:f.expr_start]) if i else None
            rec = _record(ctx, block, f"{label} {aim}" if aim else label, label_cell, "table.columns")
            rec.ordinal = ordinal
            _set_target(rec, f, tperiod, provenance(ctx.doc, block, tcell.start + f.start, tcell.start + f.end,
                                               "table.columns", tcell))
            a = _actual_for(i, f, figs, actuals)
            if a is not None:
                _set_actual(rec, a, _header_period(cols.headers.get(acell.col, "")),
                            provenance(ctx.doc, block, acell.start + a.start, acell.start + a.end, "table.columns", acell), f)
            _row_status(rec, row, cols, acell)
            for ec in cols.cols("evidence"):
                if row[ec] is not None:
                    rec.quantity_refs += _refs(ctx, row[ec].start, row[ec].end)
            out.append(rec)
    if label_cell is not None:
        out += _label_cell_targets(ctx, block, cols, row, label_cell, ordinal, heading_period, level)
    return out, (label, label_cell, parent)


def _with_subject(label: str, cols: _Columns, tcol: int) -> str:
    """'Xoài - Lượng': when a period has several target columns ('Kế hoạch 2026' over 'Lượng (Tấn) | Giá trị
    (Nghìn USD)'), the column's own words name what the row's figure measures."""
    subject = _column_subject(cols, tcol)
    return f"{label} - {subject}" if subject else label


def _with_measure(label: str, cols: _Columns, tcol: int) -> str:
    """'Tỷ lệ bao phủ bảo hiểm y tế Hà Nội': in a table of units ('Tỉnh, thành phố | TỶ LỆ BAO PHỦ BẢO HIỂM Y TẾ'
    over 'Năm 2022 | Năm 2023'), the row names whose target it is, the header spanning the years what it measures."""
    measure = " ".join(cols.measures.get(tcol, "").split())
    if not measure or _folded(measure) in _folded(label):
        return label
    if measure.isupper():
        measure = measure.capitalize()        # a header in capitals reads as the label's words
    return f"{measure} {label.lower() if label.isupper() else label}"      # 'TOÀN QUỐC' too


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _column_subject(cols: _Columns, tcol: int) -> Optional[str]:
    period = _header_period(cols.headers.get(tcol, ""))
    if period is None:
        return None
    same = [c for c in cols.cols("target") if (p := _header_period(cols.headers.get(c, ""))) is not None
            and (p.kind, p.year) == (period.kind, period.year)]
    if len(same) < 2:
        return None
    words = HEADER_UNIT_RX.sub(" ", " ".join(cols.headers[tcol].split()))
    words = words.replace(period.text, " ")
    words = regex.sub(r"\b(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|KH|năm|giai\s+đoạn)\b|\(\s*%\s*\)", " ", words, flags=regex.I)
    words = " ".join(YEAR_RX.sub(" ", words).split()).strip(" -–:,")
    return words if WORD_RX.search(words) else None


def _level_at_end(label: str) -> Optional[str]:
    """The level a sub-row's label ends with ('+ Giường bệnh cấp tỉnh'), or None."""
    hit = _first("row_level", label.strip(" :.;"))
    return hit[0].meta["level"] if hit else None


def _level_only(label: str) -> Optional[str]:
    """The level a row label names and nothing else ('Cấp tỉnh', '- Cấp huyện:', 'b) Cấp xã')."""
    text = BULLET_RX.sub("", ITEM_RX.sub("", label, count=1), count=1).strip(" :.;")
    lv = levels_in(text)
    if len(lv) == 1 and lv[0][0] == 0 and not WORD_RX.findall(text[lv[0][1]:]):
        return lv[0][2]
    return None


LABEL_ORD_RX = regex.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+")
COUNT_RX = regex.compile(r"(?:≥|≤|>=|<=|\bít\s+nhất|\btối\s+thiểu|\bkhông\s+dưới|\btối\s+đa|\bkhông\s+quá)\s*"
                         r"(\d{1,3}(?:\.\d{3})*)(?![\d,.]*\s*%)(?:\s+(?!trở\b)(\p{Ll}+(?:\s+\p{Ll}+)?))?", regex.I)
CLAUSE_CUT_RX = regex.compile(r";|\(|\)|\n|,\s*(?=(?:tỷ\s+lệ|tỉ\s+lệ|số|đảm\s+bảo|bảo\s+đảm|có)\s)", regex.I)


def _count_figures(text: str, taken: list[Figure]) -> list[Figure]:
    """A count target written with a comparator ('≥01 mô hình', 'ít nhất 01 công trình'); its noun is the unit."""
    out = []
    for m in COUNT_RX.finditer(text):
        if any(f.start <= m.start(1) < f.end for f in taken):
            continue
        v = _number(m.group(1), "#")        # '≥1.500 hồ sơ' is 1500: a count reads '.' as thousands
        if v is None:
            continue
        unit = m.group(2)
        f = Figure(m.start(1), m.end(1), v, None, unit)
        _comparator(text, f)
        out.append(f)
    return out


def _target_figures(ctx: _Ctx, cols: _Columns, tcol: int, text: str, hint: Optional[str],
                    counted: Optional[str] = None, level: Optional[str] = None) -> list[Figure]:
    """Targets in one target cell, each with its level: from the column header in a table with a column
    per group or level, from the cell otherwise ('100% cấp tỉnh, 80% cấp huyện'); else the row's level from a
    column of levels (`level`), else what the annex is about."""
    text = _without_remark(text)
    figs = find_figures(text, hint) or (_bare_figures(text, counted) if counted else [])
    figs = sorted(figs + _count_figures(text, figs), key=lambda f: f.start)
    if any(not RESTATED_RX.match(text, f.start) for f in figs):
        figs = [f for f in figs if not RESTATED_RX.match(text, f.start)]
    if cols.grouped:
        lv = levels_in(cols.headers.get(tcol, ""))
        for f in figs:
            f.level = lv[0][2] if lv else level or ctx.subject
        return figs
    figs = assign_levels(text, figs, force=True)
    for f in figs:
        f.level = f.level or level or ctx.subject
    return figs


def _without_remark(text: str) -> str:
    """The cell with a remark on its figure blanked ('575 (tăng 15%)' → '575'), offsets kept: the growth or the
    reason in it is no target, and its '%' would hide the bare amount the row's unit measures."""
    hit = _first("cell_remark", text)
    if hit is None:
        return text
    m = hit[1]
    return text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]


def _cell_label(row_label: str, text: str, f: Figure, figs: list[Figure]) -> Optional[str]:
    """The label of a target in a cell: the cell's own wording when it says enough on its own, the row's label
    with the few words that name a part ('Tỷ lệ lao động qua đào tạo | 70%, có bằng cấp, chứng chỉ 29-29,5%' →
    'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ'), else None (the row's label)."""
    part = _clause_words(text, f, figs)       # read once, for both tests
    if _says_enough(part):                    # 'giảm 1%, riêng huyện nghèo giảm 4%' under 'Tỷ lệ hộ nghèo': how it
        return f"{row_label} {part}" if HOW_FIRST_RX.match(part) else part     # moves, the row says what moves
    bare = PART_CUES_RX.sub(" ", _strip_cues(part))
    for s, e, _ in reversed(levels_in(bare)):
        bare = bare[:s] + " " + bare[e:]
    return f"{row_label} {part}" if WORD_RX.findall(bare) and len(figs) > 1 else None


HOW_FIRST_RX = regex.compile(r"\W*(?:có|riêng|trong\s+đó|giảm|tăng|đạt|duy\s+trì|giữ|còn|nâng|hạ|khoảng|trên|dưới|tối\s+thiểu|ít\s+nhất)\b",
                             regex.I)
# words of a cell that say how, not what ('giảm 1%', 'khoảng 95%'): no part of the row's indicator
PART_CUES_RX = regex.compile(r"\b(?:giảm|tăng|khoảng|trên|dưới|từ|trở\s+lên|trở\s+xuống|còn|là|ở\s+mức|bình\s+quân|"
                             r"mỗi\s+năm|hằng\s+năm|hàng\s+năm|năm|đến)\b|\d", regex.I)


def _clause_label(text: str, f: Figure, figs: list[Figure] = ()) -> Optional[str]:
    """The wording around a target inside a longer cell ('...; đường thôn, ngõ, xóm được cứng hóa đạt tỷ lệ
    100%'), when it says enough on its own; None for a bare figure, a clause of cue words or of levels
    ('100% cấp tỉnh, 80% cấp huyện')."""
    label = _clause_words(text, f, figs)
    return label if _says_enough(label) else None


@lru_cache(maxsize=1024)
def _says_enough(label: str) -> bool:
    """Five words or more besides cue words and levels. Cached within a document: the cells of a column repeat
    their wording row after row ('100%', 'Đạt 100%')."""
    bare = _strip_cues(label)
    for s, e, _ in reversed(levels_in(bare)):
        bare = bare[:s] + " " + bare[e:]
    return len(WORD_RX.findall(bare)) >= 5


def _clause_words(text: str, f: Figure, figs: list[Figure] = ()) -> str:
    """The cell's clause around the figure, cleaned like a label."""
    a, b = 0, len(text)
    for m in CLAUSE_CUT_RX.finditer(text):
        if m.end() <= f.start:
            a = m.end()
        elif m.start() >= f.end:
            b = m.start()
            break
    shifted = [g.shifted(-a) for g in [f, *figs] if a <= g.start < b]
    return _clean_label(text[a:b], shifted)


def _label_cell_targets(ctx: _Ctx, block: Block, cols: _Columns, row, label_cell: Cell, ordinal: Optional[str],
                        period: Optional[Period], level: Optional[str] = None) -> list[Indicator]:
    """Targets written inside the criterion's wording ('... tỷ lệ thủ tục hành chính được thực hiện theo dịch vụ
    công trực tuyến toàn trình đạt ≥90%') when its target cell is a word ('Đạt'), not a figure."""
    first = _cell(row, cols.cols("target"))
    if first is None or first.col != cols.cols("target")[0] or row[label_cell.col] is not label_cell:
        return []
    if find_figures(first.text, "x") or _count_figures(first.text, []):
        return []
    text = label_cell.text
    figs = find_figures(text)
    out = []
    for f in sorted(figs + _count_figures(text, figs), key=lambda f: f.start):
        f.level = level or ctx.subject
        rec = _record(ctx, block, _clause_label(text, f, figs) or text, label_cell, "table.columns")
        rec.ordinal = ordinal
        _set_target(rec, f, period, provenance(ctx.doc, block, label_cell.start + f.start, label_cell.start + f.end,
                                          "table.columns", label_cell))
        out.append(rec)
    return out


def _pick_actual(row, actual_cols: list[int], cols: _Columns, tperiod: Optional[Period]) -> Optional[Cell]:
    """The result cell for a target: the actual column of the same year when there are several."""
    filled = [c for c in actual_cols if row[c] is not None and row[c].text.strip()]
    if filled and tperiod is not None:
        years = {c: _header_period(cols.headers.get(c, "")) for c in filled}
        same = [c for c in filled if (years[c] or tperiod).year == tperiod.year]
        if not same and tperiod.kind in ("year", "by_year") and all(years.values()):
            return None                       # 'Năm 2026' beside 'Ước thực hiện 2025': no result for 2026 yet
        filled = same or filled
    return row[filled[-1]] if filled else None


def _actual_figures(text: str, hint: Optional[str], counted: Optional[str] = None) -> list[Figure]:
    outside = _outside_parens(text)
    return [f for f in find_figures(text, hint) if outside[f.start]] or find_figures(text, hint)[:1] \
        or (_bare_figures(text, counted) if counted else [])


COUNTED_LABEL_RX = regex.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:số\s+lượng|tổng\s+số|số)\s+\p{L}", regex.I)


def _bare_figures(text: str, label: str = "") -> list[Figure]:
    """A cell that is one bare number and nothing else ('50.000' under 'Kế hoạch') in the row of a counted thing
    ('Số hồ sơ tiếp nhận trực tuyến', with no unit anywhere): read as a count, its unit unknown. Amounts whose
    unit is only in a caption ('Đơn vị: triệu đồng') are not read this way. A number followed by the thing the
    row counts ('12 thôn' under 'Số thôn có nhà văn hóa') is that count, the noun its unit."""
    m = NOUN_CELL_RX.fullmatch(text)
    if m is not None and m.group(2).split()[0].casefold() in label.casefold().split():
        v = _number(m.group(1), "#")
        return [] if v is None else [Figure(m.start(1), m.end(1), v, None, m.group(2))]
    if not BARE_CELL_RX.fullmatch(text.strip()):
        return []
    figs = find_figures(text, "#")
    for f in figs:
        f.unit = None
    return figs


BARE_CELL_RX = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
# '12 thôn', '1.250 hồ sơ': a whole number and a noun of one or two lower-case words (no time: '6 tháng')
NOUN_CELL_RX = regex.compile(r"\s*(\d{1,3}(?:\.\d{3})+|\d+)\s+(?!(?:năm|tháng|ngày|tuần|quý|giờ|phút)\b)"
                             r"(\p{Ll}+(?:\s+\p{Ll}+)?)\s*")


def _actual_for(i: int, f: Figure, figs: list[Figure], actuals: list[Figure]) -> Optional[Figure]:
    """Pair results with targets in order; a lone result answers the first target only."""
    if not actuals:
        return None
    if len(actuals) >= len(figs):
        return actuals[i]
    return actuals[0] if i == 0 else None


def _row_status(rec: Indicator, row, cols: _Columns, acell: Optional[Cell]) -> None:
    """The status column, else the note, else the result cell: opening with a status word ('Đạt') or
    saying it in a parenthesis after the figure ('100% (đạt)', '85% (chưa đạt)')."""
    for c in cols.cols("status") + cols.cols("note") + ([acell.col] if acell is not None else []):
        if row[c] is not None:
            st = status_of(row[c].text) or (_parentheses(row[c].text)[0] if c == getattr(acell, "col", None)
                                             else None)
            if st:
                rec.status, rec.status_norm = st
                return
