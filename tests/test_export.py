"""`chitieu export`: the Excel workbook read back with openpyxl matches the database; CSV and JSON."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from extractor.cli.main import cli
from extractor.store.display import display
from extractor.store.export import BOM, PIVOT_SHEET, SPECS, ExportError, export, rows
from test_query import make_sample_db
from corpus_db import copy_of, corpus_db


@pytest.fixture
def sample(tmp_path):
    db = make_sample_db(tmp_path / "q.db")
    yield db
    db.close()


@pytest.fixture
def workbook(sample, tmp_path):
    out = tmp_path / "chitieu.xlsx"
    export(sample, "xlsx", None, out)
    return load_workbook(out)


def _sheet_rows(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], r)) for r in values[1:]]


def test_one_sheet_per_table_and_a_pivot(workbook):
    assert workbook.sheetnames == ["Chỉ tiêu", "Số liệu", "Văn bản dẫn chiếu", "Kiểm tra", "Văn bản", PIVOT_SHEET]
    for ws in workbook.worksheets:
        assert ws.freeze_panes in ("A2", "F2"), ws.title


def test_vietnamese_headers(workbook):
    headers = [c.value for c in workbook["Chỉ tiêu"][1]]
    assert headers[:5] == ["Mã dòng", "Tỉnh/thành phố", "Số thứ tự", "Tên chỉ tiêu", "Cấp"]
    assert "Mục tiêu" in headers and "Kết quả" in headers and "Đạt" in headers


@pytest.mark.parametrize("what", list(SPECS))
def test_sheet_values_equal_the_database(sample, workbook, what):
    ws = workbook[SPECS[what].sheet]
    got = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    want = [[display(what, c, r[c]) for c in SPECS[what].columns] for r in rows(sample, what)]
    assert got == [[_as_read(w) for w in r] for r in want]


def _as_read(value):
    """openpyxl reads a date cell back as a datetime at midnight."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def test_numbers_are_numbers_with_percent_format(workbook):
    ws = workbook["Chỉ tiêu"]
    headers = [c.value for c in ws[1]]
    target, actual = headers.index("Mục tiêu") + 1, headers.index("Kết quả") + 1
    row = {ws.cell(row=i, column=1).value: i for i in range(2, ws.max_row + 1)}
    cell = ws.cell(row=row[1], column=actual)        # indicator 1: 45,5 %
    assert cell.value == 45.5 and cell.data_type == "n" and cell.number_format == '0.0##"%"'
    assert ws.cell(row=row[1], column=target).number_format == '0"%"'
    # indicator 3's result has no unit of its own and shares its target's '%'
    assert ws.cell(row=row[3], column=actual).number_format == '0"%"'
    q = workbook["Số liệu"]
    qh = [c.value for c in q[1]]
    k = qh.index("Giá trị") + 1
    count = next(c for col in q.iter_cols(min_col=k, max_col=k) for c in col if c.value == 54919)   # a count, not a percentage
    assert count.number_format == "#,##0"
    years = [c for col in ws.iter_cols(min_col=headers.index("Năm mục tiêu") + 1,
                                       max_col=headers.index("Năm mục tiêu") + 1, min_row=2) for c in col]
    assert {c.value for c in years} == {2020, 2021, 2025} and {c.number_format for c in years} == {"General"}


def test_text_that_looks_like_a_formula_stays_text(workbook):
    q = workbook["Số liệu"]
    texts = [r["Nguyên văn"] for r in _sheet_rows(q)]
    assert "=87,3%" in texts
    assert all(c.data_type != "f" for row in q.iter_rows() for c in row)


def test_pivot_catalogue_indicator_by_province_and_period(workbook):
    ws = workbook[PIVOT_SHEET]
    table = _sheet_rows(ws)
    assert [c.value for c in ws[1]] == ["Mã danh mục / nhóm", "Chỉ tiêu danh mục / nhóm chỉ tiêu", "Đơn vị",
                                        "Mục tiêu danh mục", "Tỉnh/thành phố", "2020", "2021", "2025"]
    by_key = {(r["Mã danh mục / nhóm"], r["Tỉnh/thành phố"]): (r["2020"], r["2021"], r["2025"]) for r in table}
    family = next(k for k in by_key if k[0].startswith("F"))
    assert by_key == {("NQ17-02", "Cần Thơ"): (None, 18.0, None), ("NQ17-02", "Phú Thọ"): (12.5, None, None),
                      ("NQ17-05", "Phú Thọ"): (45.5, None, None), family: (None, None, 2.1)}
    # indicator 4 (Tỷ lệ hộ nghèo) has no catalogue entry: its family's row, after the catalogue's
    assert [r["Chỉ tiêu danh mục / nhóm chỉ tiêu"] for r in table][-1] == "Tỷ lệ hộ nghèo"
    assert family[1] == "Phú Thọ"


def test_pivot_from_families_when_catalogue_matching_gives_nothing(tmp_path, tmp_path_factory):
    """With no catalogue entry matched at all, the pivot still lines indicators up: by family."""
    from corpus_db import LABEL, RESULT
    from extractor.store.database import open_db
    from extractor.store.export import pivot

    db = open_db(copy_of(corpus_db(tmp_path_factory), tmp_path / "nocat.db"))
    db.execute("update indicators set catalogue_id = null")
    db.conn.commit()
    header, table = pivot(db)
    assert header[:5] == ["Mã danh mục / nhóm", "Chỉ tiêu danh mục / nhóm chỉ tiêu", "Đơn vị", "Mục tiêu danh mục",
                          "Tỉnh/thành phố"]
    assert table and all(r[0].startswith("F") and r[3] is None for r in table)
    want = db.execute("select count(distinct family_id || '|' || coalesce(province, '')) from family_matrix "
                      "where actual_value is not null").fetchone()[0]
    assert len(table) >= want > 0
    # An Giang's report (corpus/002_*): "Tỷ lệ hồ sơ giải quyết trực tuyến …" 93.6% in January 2025
    rows = [r for r in table if r[1].startswith(LABEL) and r[4] == "An Giang"]
    assert len(rows) == 1 and rows[0][2] == "%" and rows[0][header.index("2025-01")] == RESULT
    db.close()


def test_corrections_reach_the_export(sample, tmp_path):
    sample["corrections"].insert({"table_name": "indicators", "row_key": "aaa1:161:190", "field": "actual_value",
                                  "new_value": "25.5", "action": "set"})
    out = tmp_path / "c.xlsx"
    export(sample, "xlsx", "indicators", out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Chỉ tiêu"]
    row = next(r for r in _sheet_rows(wb["Chỉ tiêu"]) if r["Mã dòng"] == 2)
    assert row["Kết quả"] == 25.5 and row["Số hiệu đính"] == 1


def test_csv_and_json(sample):
    buf = io.StringIO()
    export(sample, "csv", "legal_refs", buf)
    refs = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [(r["number"], r["year"], r["symbol"]) for r in refs][0] == ("45", "2020", "NĐ-CP")
    buf = io.StringIO()
    export(sample, "json", None, buf)
    data = json.loads(buf.getvalue())
    assert set(data) == set(SPECS)
    assert {r["id"]: r["actual_value"] for r in data["indicators"]} == {1: 45.5, 2: 12.5, 3: 18.0, 4: 2.1}


@pytest.mark.parametrize("fmt, what, message", [
    ("csv", None, "--what"), ("xml", "indicators", "unknown format"), ("json", "blocks", "unknown table"),
])
def test_export_errors(sample, fmt, what, message):
    with pytest.raises(ExportError, match=message):
        export(sample, fmt, what, io.StringIO())


def test_cli_export(sample, tmp_path):
    db = str(tmp_path / "q.db")
    r = CliRunner().invoke(cli, ["export", "--format", "xlsx", "--db", db])
    assert r.exit_code == 0, r.output
    assert load_workbook(tmp_path / "q.xlsx").sheetnames[-1] == PIVOT_SHEET
    r = CliRunner().invoke(cli, ["export", "--format", "csv", "--what", "checks", "--db", db])
    assert r.exit_code == 0 and [row["kind"] for row in csv.DictReader(io.StringIO(r.stdout))] == [
        "arithmetic", "arithmetic", "achieved", "target_mismatch"]   # by document path, then offset


def test_values_speak_vietnamese_and_the_database_keeps_its_codes(sample, workbook):
    ind = {r["Mã dòng"]: r for r in _sheet_rows(workbook["Chỉ tiêu"])}
    db = {r["id"]: r for r in sample.query("select id, achieved, status_norm from indicators")}
    for i, r in ind.items():
        assert r["Đạt"] == {1: "Đạt", 0: "Chưa đạt", None: None}[db[i]["achieved"]]
    assert {r["Đạt"] for r in ind.values()} >= {"Đạt", "Chưa đạt"}
    assert set(sample.execute("select achieved from indicators").fetchall()) >= {(0,), (1,)}   # untouched
    checks = _sheet_rows(workbook["Kiểm tra"])
    assert {r["Mức độ"] for r in checks} <= {"Lỗi", "Cảnh báo", "Thông tin", "Đúng"}
    assert "Kiểm tra số học" in {r["Loại kiểm tra"] for r in checks}
    kinds = {r["Loại số liệu"] for r in _sheet_rows(workbook["Số liệu"])}
    assert kinds and kinds <= {"Tỷ lệ %", "Số lượng", "Tỷ số", "Khoảng"}


def test_dates_are_dates(sample, workbook):
    ws = workbook["Văn bản"]
    headers = [c.value for c in ws[1]]
    j = headers.index("Ngày ban hành") + 1
    cells = [ws.cell(row=i, column=j) for i in range(2, ws.max_row + 1)]
    full = [c for c in cells if isinstance(c.value, dt.datetime)]
    assert full and all(c.number_format == "DD/MM/YYYY" and c.data_type == "d" for c in full)
    stored = {r["issued_date"] for r in sample.query("select issued_date from documents")}
    assert {c.value.date().isoformat() for c in full} == {d for d in stored if d and len(d) == 10}


def test_not_achieved_rows_are_highlighted(workbook):
    ws = workbook["Chỉ tiêu"]
    rules = [(str(cf.sqref), r) for cf in ws.conditional_formatting for r in cf.rules]
    assert len(rules) == 1
    area, rule = rules[0]
    headers = [c.value for c in ws[1]]
    letter = chr(ord("A") + headers.index("Đạt"))
    assert area.startswith("A2:") and rule.formula == [f'${letter}2="Chưa đạt"']
    assert rule.dxf.fill.fgColor.rgb.endswith("FFC7CE")
    checks = workbook["Kiểm tra"]
    assert [r.formula[0] for cf in checks.conditional_formatting for r in cf.rules][0].startswith("OR(")


@pytest.mark.parametrize("sheet", [s.sheet for s in SPECS.values()] + [PIVOT_SHEET])
def test_print_layout(workbook, sheet):
    ws = workbook[sheet]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9   # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$1:$1"
    assert ws.print_area


def test_print_area_holds_the_reading_columns(workbook):
    ws = workbook["Chỉ tiêu"]
    headers = [c.value for c in ws[1]]
    area = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area
    last = area.split(":")[1].lstrip("$").rstrip("0123456789$").rstrip("$")
    printed = headers[:ord(last) - ord("A") + 1]
    assert {"Tên chỉ tiêu", "Mục tiêu", "Kết quả", "Đạt"} <= set(printed)
    assert "Nguyên văn" not in printed        # the provenance stays on screen


def test_csv_for_excel_has_a_bom_and_vietnamese(sample, tmp_path):
    out = tmp_path / "chi-tieu.csv"
    export(sample, "csv", "indicators", out, excel=True)
    raw = out.read_bytes()
    assert raw.startswith(BOM.encode("utf-8"))
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    assert "Tên chỉ tiêu" in got[0] and "Đạt" in got[0]
    assert {r["Đạt"] for r in got} >= {"Đạt", "Chưa đạt"}
    labels = {r["Tên chỉ tiêu"] for r in got}
    assert labels == {r["label"] for r in rows(sample, "indicators")}    # diacritics intact
    plain = io.StringIO()
    export(sample, "csv", "indicators", plain)
    assert not plain.getvalue().startswith(BOM) and plain.getvalue().startswith("id,")


def test_cli_excel_flag(sample, tmp_path):
    db = str(tmp_path / "q.db")
    r = CliRunner().invoke(cli, ["export", "--format", "csv", "--what", "checks", "--excel", "--db", db])
    assert r.exit_code == 0 and r.stdout.startswith(BOM + "Mã dòng")
    r = CliRunner().invoke(cli, ["export", "--format", "json", "--excel", "--db", db])
    assert r.exit_code != 0 and "--excel is for --format csv" in r.output
