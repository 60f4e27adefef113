"""`chitieu export`: the Excel workbook read back with openpyxl matches the database; CSV and JSON."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from extractor.cli.main import cli
from extractor.store.export import PIVOT_SHEET, SPECS, ExportError, export, rows
from test_query import make_sample_db


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
    assert headers[:6] == ["Mã dòng", "Tệp văn bản", "Tỉnh/thành phố", "Số thứ tự", "Tên chỉ tiêu", "Cấp"]
    assert "Mục tiêu" in headers and "Kết quả" in headers and "Đạt" in headers


@pytest.mark.parametrize("what", list(SPECS))
def test_sheet_values_equal_the_database(sample, workbook, what):
    ws = workbook[SPECS[what].sheet]
    got = [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
    want = [[r[c] for c in SPECS[what].columns] for r in rows(sample, what)]
    assert got == want


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
    assert [c.value for c in ws[1]] == ["Mã danh mục", "Chỉ tiêu danh mục", "Đơn vị", "Mục tiêu danh mục",
                                        "Tỉnh/thành phố", "2020", "2021"]
    by_key = {(r["Mã danh mục"], r["Tỉnh/thành phố"]): (r["2020"], r["2021"]) for r in table}
    assert by_key == {("NQ17-02", "Cần Thơ"): (None, 18.0), ("NQ17-02", "Phú Thọ"): (12.5, None),
                      ("NQ17-05", "Phú Thọ"): (45.5, None)}


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
