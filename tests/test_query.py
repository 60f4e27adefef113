"""Canned queries, effective views and `chitieu query` output (table, CSV, JSON).

`make_sample_db` builds a small database through store.open_db with the ids that the examples in
patterns/queries.yaml expect; test_export.py and test_serve.py reuse it.
"""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from extractor.cli.main import cli
from extractor.store.queries import QueryError, load_queries, run_query, sql_params
from extractor.check.families import assign_families
from extractor.store.database import open_db
from extractor.store.views import search_blocks

ROOT = Path(__file__).resolve().parents[1]

DOCUMENTS = [
    {"id": 1, "path": "corpus/phu_tho_bc_2020.docx", "sha256": "aaa1", "format": "docx", "status": "ok",
     "doc_type": "Báo cáo", "number": "617", "symbol": "BC-UBND", "province": "Phú Thọ",
     "issuer": "Ủy ban nhân dân tỉnh Phú Thọ", "issued_date": "2021-01-05",
     "title": "Kết quả thực hiện Nghị quyết số 17/NQ-CP năm 2020"},
    {"id": 2, "path": "corpus/can_tho_kh_2021.pdf", "sha256": "bbb2", "format": "pdf", "status": "partial",
     "error": "indicators: internal error: KeyError", "doc_type": "Kế hoạch", "province": "Cần Thơ",
     "issued_date": "2021-06-30"},
    {"id": 3, "path": "corpus/hong.doc", "sha256": "ccc3", "format": "doc", "status": "error",
     "error": "ReadError: file is encrypted"},
]
BLOCKS = [
    {"id": 1, "document_id": 1, "idx": 0, "kind": "paragraph", "start": 0, "end": 120,
     "text": "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính"},
    {"id": 2, "document_id": 1, "idx": 1, "kind": "paragraph", "start": 121, "end": 200,
     "text": "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 45,5%; đường truyền số liệu chuyên dùng"},
    {"id": 3, "document_id": 2, "idx": 0, "kind": "paragraph", "start": 0, "end": 60,
     "text": "Quyết định số 06/QĐ-TTg về phát triển dữ liệu dân cư"},
]
INDICATORS = [
    {"id": 1, "document_id": 1, "block_id": 2, "start": 121, "end": 160, "ordinal": "1",
     "label": "Tỷ lệ dịch vụ công trực tuyến mức độ 4", "level": "tỉnh", "target_comparator": ">=",
     "target_value": 30.0, "target_unit": "%", "target_year": 2020, "actual_value": 45.5, "actual_unit": "%",
     "status": "đạt", "status_norm": "đạt", "achieved": 1, "catalogue_id": "NQ17-05", "text": "Tối thiểu 30%"},
    {"id": 2, "document_id": 1, "block_id": 2, "start": 161, "end": 190, "ordinal": "2",
     "label": "Tỷ lệ hồ sơ giải quyết trực tuyến", "level": "tỉnh", "target_comparator": ">",
     "target_value": 20.0, "target_unit": "%", "target_year": 2020, "actual_value": 12.5, "actual_unit": "%",
     "catalogue_id": "NQ17-02", "text": "Đạt trên 20%"},
    {"id": 3, "document_id": 2, "start": 10, "end": 40, "ordinal": "2", "label": "Tỷ lệ hồ sơ trực tuyến",
     "level": "tỉnh", "target_comparator": ">=", "target_value": 20.0, "target_unit": "%", "target_year": 2021,
     "actual_value": 18.0, "achieved": 0, "status": "chưa đạt", "status_norm": "không đạt",
     "catalogue_id": "NQ17-02"},
    {"id": 4, "document_id": 1, "start": 191, "end": 199, "ordinal": "3", "label": "Tỷ lệ hộ nghèo",
     "target_comparator": "<=", "target_value": 3.0, "target_unit": "%", "target_year": 2025,
     "actual_value": 2.1, "actual_unit": "%", "lower_is_better": 1},
]
QUANTITIES = [
    {"id": 1, "document_id": 1, "block_id": 2, "start": 161, "end": 166, "kind": "percent", "value": 45.5,
     "unit": "%", "text": "45,5%"},
    {"id": 2, "document_id": 1, "block_id": 2, "start": 170, "end": 181, "kind": "count", "value": 54919.0,
     "unit": "hồ sơ", "text": "54.919 hồ sơ"},
    {"id": 3, "document_id": 2, "start": 41, "end": 60, "kind": "ratio", "value": 32177 / 32656,
     "numerator": 32177.0, "denominator": 32656.0, "stated_percent": 87.3, "text": "=87,3%"},
]
LEGAL_REFS = [
    {"id": 1, "document_id": 1, "block_id": 1, "start": 7, "end": 33, "kind": "Nghị định", "number": "45",
     "year": 2020, "symbol": "NĐ-CP", "key": "nghi-dinh:45/2020/NĐ-CP", "relation": "căn cứ", "mentions": 2},
    {"id": 2, "document_id": 2, "start": 3, "end": 20, "kind": "Nghị định", "number": "45", "year": 2020,
     "symbol": "NĐ-CP", "key": "nghi-dinh:45/2020/NĐ-CP", "mentions": 1},
    {"id": 3, "document_id": 1, "start": 50, "end": 60, "kind": "Nghị quyết", "number": "17", "year": 2019,
     "symbol": "NQ-CP", "key": "nghi-quyet:17/2019/NQ-CP", "mentions": 3},
]
CATALOGUE = [
    {"id": "NQ17-02", "indicator": "Tỷ lệ hồ sơ giải quyết trực tuyến", "unit": "%", "comparator": ">",
     "value": 20.0, "year": 2020},
    {"id": "NQ17-05", "indicator": "Tỷ lệ dịch vụ công trực tuyến mức độ 4", "unit": "%", "value": 30.0},
]
CHECKS = [
    {"id": 1, "document_id": 1, "indicator_id": 2, "kind": "target_mismatch", "severity": "warning",
     "catalogue_id": "NQ17-02", "expected": "20", "found": "25", "start": 161, "end": 190,
     "message": "Mục tiêu khác danh mục", "message_en": "target differs from the catalogue"},
    {"id": 2, "document_id": 2, "quantity_id": 3, "kind": "arithmetic", "severity": "error",
     "expected": "98.5", "found": "87.3", "start": 41, "end": 60,
     "message": "32177/32656 = 98,5% khác 87,3%", "message_en": "ratio does not match stated percent"},
    {"id": 3, "document_id": 1, "kind": "arithmetic", "severity": "ok", "expected": "93.6", "found": "93.6",
     "message_en": "54.919 / 58.669 = 93.6%: correct."},
    {"id": 4, "document_id": 1, "indicator_id": 1, "kind": "achieved", "severity": "info"},
]


def make_sample_db(path: Path):
    db = open_db(path)
    for table, rows in [("documents", DOCUMENTS), ("blocks", BLOCKS), ("indicators", INDICATORS),
                        ("quantities", QUANTITIES), ("legal_refs", LEGAL_REFS), ("catalogue", CATALOGUE),
                        ("checks", CHECKS)]:
        db[table].insert_all(rows)
    with db.conn:               # as the checks do after extraction, in a transaction
        for doc_id in (1, 2):
            assign_families(db, doc_id)
    return db


@pytest.fixture
def sample(tmp_path):
    db = make_sample_db(tmp_path / "q.db")
    yield db
    db.close()


def _ids(result) -> list:
    return sorted(r["id"] for r in result.dicts())


def _examples():
    return [pytest.param(q.name, ex["params"], ex["expect_ids"], id=f"{q.name}-{i}")
            for q in load_queries().values() for i, ex in enumerate(q.examples)]


@pytest.mark.parametrize("name, params, expected", _examples())
def test_canned_query_examples(sample, name, params, expected):
    assert _ids(run_query(sample, name=name, params=params)) == sorted(expected)


def test_every_brief_query_exists_and_has_an_example():
    queries = load_queries()
    for name in ["indicators_by_province_period", "below_target", "target_mismatches", "arithmetic_failures",
                 "citations_of", "catalogue_indicator", "documents_with_errors"]:
        assert queries[name].examples, name


@pytest.mark.parametrize("sql, params", [
    ("select * from t where a = :a and b = ':not' and c = :c", ["a", "c"]),
    ("select :x, :x, '::y'", ["x"]),
    ("select cast(a as text)::int", []),
])
def test_sql_params(sql, params):
    assert sql_params(sql) == params


def test_lower_is_better_result_below_target_is_not_a_failure(sample):
    ids = _ids(run_query(sample, name="below_target"))
    assert 4 not in ids and 2 in ids


def test_missing_parameter_means_any(sample):
    assert _ids(run_query(sample, name="indicators_by_province_period")) == [1, 2, 3, 4]


@pytest.mark.parametrize("name, param", [(q.name, p) for q in load_queries().values() for p in q.required])
@pytest.mark.parametrize("value", [None, "", "   "])
def test_a_required_parameter_left_empty_says_what_to_fill_in(sample, name, param, value):
    """Not 'no rows' (or every row, for a LIKE '%' || '' || '%'): an error naming the parameter."""
    others = {p: "x" for p in load_queries()[name].params if p != param}
    params = others if value is None else {**others, param: value}
    with pytest.raises(QueryError) as e:
        run_query(sample, name=name, params=params)
    assert str(e.value).startswith(f"Thiếu tham số {param}: hãy nhập ")
    assert load_queries()[name].required[param] in str(e.value)


def test_queries_taking_a_province_require_it_and_map_old_names(sample):
    assert {"province_indicators", "province_below_target"} <= {
        q.name for q in load_queries().values() if "province" in q.required}
    sample.execute("update documents set province = 'Hậu Giang' where id = 2")   # merged into Cần Thơ
    sample.conn.commit()
    for province in ("Cần Thơ", "Hậu Giang"):
        rows = run_query(sample, name="province_indicators", params={"province": province}).dicts()
        assert [(r["id"], r["province"], r["province_written"]) for r in rows] == [(3, "Cần Thơ", "Hậu Giang")]


@pytest.mark.parametrize("entry, message", [
    ({"required": {"p": "x"}, "sql": "select :p"}, "no @required"),
    ({"sql": "select :p where @required(p)"}, r"has @required\(p\) but no"),
])
def test_required_parameters_are_checked_on_load(tmp_path, entry, message):
    path = tmp_path / "queries.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "queries": [
        {"name": "q", "title": "t", "description": "d", "params": ["p"], **entry}]}), encoding="utf-8")
    with pytest.raises(QueryError, match=message):
        load_queries(path)


def test_cli_names_the_missing_parameter(tmp_path):
    make_sample_db(tmp_path / "q.db").close()
    r = CliRunner().invoke(cli, ["query", "--db", str(tmp_path / "q.db"), "--name", "tim_kiem"])
    assert r.exit_code == 1
    assert "Thiếu tham số q: hãy nhập từ cần tìm" in r.output and "JSON" not in r.output


@pytest.mark.parametrize("kwargs, message, hint", [
    ({"name": "nope"}, "no canned query named 'nope'", "chitieu query --list"),
    ({"name": "below_targt"}, "did you mean 'below_target'", "chitieu query --list"),
    ({"name": "below_target", "params": {"x": "1"}}, "unknown parameter x: this query takes no parameters",
     "parameters"),
    ({"name": "citations_of", "params": {"x": "1"}}, "this query takes ref", "parameters"),
    ({"sql": "select * from no_such_table"}, "no such table", "sqlite_master"),
    ({"sql": "selec 1"}, "syntax error", "sqlite_master"),
    ({}, "nothing to run: give SQL", "chitieu query \"select"),
    ({"sql": "select 1", "name": "below_target"}, "not both", "chitieu query --list"),
])
def test_query_errors(sample, kwargs, message, hint):
    with pytest.raises(QueryError, match=re.escape(message)) as e:
        run_query(sample, **kwargs)
    assert "\n" not in str(e.value) and hint in e.value.hint


def test_corrections_apply_to_effective_views(sample):
    sample["corrections"].insert_all([
        {"table_name": "indicators", "row_key": "aaa1:161:190", "field": "actual_value", "new_value": "25",
         "action": "set"},
        {"table_name": "indicators", "row_key": "bbb2:10:40", "action": "reject"},
        {"table_name": "legal_refs", "row_key": "aaa1:nghi-quyet:17/2019/NQ-CP", "field": "year",
         "new_value": "2019", "action": "confirm"},
    ])
    rows = {r["id"]: r for r in sample.query("select * from effective_indicators")}
    assert rows[2]["actual_value"] == 25.0 and rows[2]["corrected"] == 1
    assert rows[1]["actual_value"] == 45.5 and rows[1]["corrected"] == 0
    assert 3 not in rows
    assert _ids(run_query(sample, name="below_target")) == []   # 2 now above target, 3 rejected
    assert sample.execute("select indicators.actual_value from indicators where id = 2").fetchone()[0] == 12.5


@pytest.mark.parametrize("query, block_ids", [
    ("quyết định", [3]), ("quyet dinh", [3]), ("QUYET DINH", [3]), ("nghị định", [1]), ("nghi dinh", [1]),
    ("đường truyền", [2]), ("duong truyen", [2]), ("45/2020/NĐ-CP", [1]), ("chính phủ", [1]),
])
def test_block_search_folds_accents_including_d(sample, query, block_ids):
    assert [r["id"] for r in search_blocks(sample, query)] == block_ids


def test_search_index_follows_re_extraction(sample):
    sample.execute("delete from blocks where document_id = 2")
    sample["blocks"].insert({"document_id": 2, "idx": 0, "text": "Kế hoạch chuyển đổi số"})
    sample.conn.commit()
    assert search_blocks(sample, "quyet dinh") == []
    assert len(search_blocks(sample, "chuyen doi so")) == 1


def test_matrix_and_series(sample):
    m = {r["indicator_id"]: r for r in sample.query("select * from indicator_matrix")}
    assert set(m) == {1, 2, 3}
    assert (m[2]["province"], m[2]["period"]) == ("Phú Thọ", "2020")
    assert (m[3]["province"], m[3]["period"]) == ("Cần Thơ", "2021")
    s = list(sample.query("select * from indicator_series where catalogue_id = 'NQ17-02' order by period"))
    assert [(r["period"], r["actual_min"], r["provinces"]) for r in s] == [("2020", 12.5, 1), ("2021", 18.0, 1)]
    assert s[1]["not_achieved_n"] == 1 and s[0]["catalogue_target"] == 20.0


def test_views_survive_reopen_and_keep_foreign_keys(tmp_path):
    make_sample_db(tmp_path / "q.db").close()
    db = open_db(tmp_path / "q.db")
    assert {"effective_indicators", "indicator_matrix", "indicator_series"} <= set(db.view_names())
    assert ("document_id", "documents") in {(fk.column, fk.other_table) for fk in db["indicators"].foreign_keys}
    assert db.execute("select count(*) from blocks_fts").fetchone()[0] == 3


# --- the command line ------------------------------------------------------------------------------

def _cli(db_path, *args):
    result = CliRunner().invoke(cli, ["query", "--db", str(db_path), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_csv(sample, tmp_path):
    out = _cli(tmp_path / "q.db", "--name", "citations_of", "--param", "ref=45/2020/NĐ-CP", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted(r["id"] for r in rows) == ["1", "2"]
    assert {r["province"] for r in rows} == {"Phú Thọ", "Cần Thơ"}
    assert rows[0]["symbol"] == "NĐ-CP"


def test_cli_json(sample, tmp_path):
    out = _cli(tmp_path / "q.db", "--name", "indicators_by_province_period", "-p", "province=Phú Thọ",
               "-p", "period=2020", "--json")
    rows = json.loads(out)
    assert [(r["id"], r["target_value"], r["actual_value"]) for r in rows] == [(1, 30.0, 45.5), (2, 20.0, 12.5)]
    assert rows[0]["label"] == "Tỷ lệ dịch vụ công trực tuyến mức độ 4"


def test_cli_nl_and_free_sql(sample, tmp_path):
    out = _cli(tmp_path / "q.db", "select id, province from documents where province is not null order by id", "--nl")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"id": 1, "province": "Phú Thọ"}, {"id": 2, "province": "Cần Thơ"}]


def test_cli_table_default(sample, tmp_path):
    out = _cli(tmp_path / "q.db", "--name", "documents_with_errors")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["id", "path", "format", "status"]
    assert "corpus/hong.doc" in out and "corpus/phu_tho_bc_2020.docx" not in out


def test_cli_list():
    out = CliRunner().invoke(cli, ["query", "--list"]).output
    assert "citations_of  --param ref=…" in out and "below_target" in out


def test_cli_error_is_one_line(sample, tmp_path):
    result = CliRunner().invoke(cli, ["query", "--db", str(tmp_path / "q.db"), "--name", "nope"])
    assert result.exit_code == 1 and "QueryError: no canned query named 'nope'" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [
    ["query", "select 1"], ["query", "--name", "below_target"], ["export", "--format", "json"],
    ["export", "--format", "xlsx"], ["serve", "--get", "/none/indicators.json"], ["check"], ["report", "1"],
])
def test_cli_missing_database_is_not_created(tmp_path, args):
    db = tmp_path / "none.db"
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    error, hint = result.output.strip().splitlines()
    assert error == f"Error: StoreError: no database at {db}"
    assert hint == f"Hint: build it with `chitieu extract corpus/ --db {db}`, or point --db at an existing file"
    assert not db.exists()


@pytest.mark.parametrize("args, error, hint", [
    (["--name", "nope"], "QueryError: no canned query named 'nope'", "chitieu query --list"),
    (["select * from nosuch"], "QueryError: SQLite: no such table: nosuch", "sqlite_master"),
    ([], "QueryError: nothing to run", "chitieu query"),
    (["--name", "citations_of", "-p", "ref"], "'ref' is not K=V (e.g. -p ref=45/2020/NĐ-CP)", None),
])
def test_cli_query_errors_are_one_line_with_a_hint(sample, tmp_path, args, error, hint):
    result = CliRunner().invoke(cli, ["query", "--db", str(tmp_path / "q.db"), *args])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    lines = [x for x in result.output.splitlines() if x.startswith(("Error:", "Hint:"))]
    assert error in lines[0]
    if hint:
        assert len(lines) == 2 and hint in lines[1]


def test_cli_empty_result_says_so(sample, tmp_path):
    result = CliRunner().invoke(cli, ["query", "--db", str(tmp_path / "q.db"), "select id from documents where 0"])
    assert result.exit_code == 0 and result.stdout.split() == ["id", "----"]
    assert result.stderr.strip() == "(no rows)"


@pytest.mark.parametrize("command", ["query", "export", "serve", "check", "report", "extract"])
def test_every_help_has_an_example(command):
    out = CliRunner().invoke(cli, [command, "--help"]).output
    examples = [x.strip() for x in out.splitlines() if x.strip().startswith(f"chitieu {command}")]
    assert examples, out


def test_module_entry_point(sample, tmp_path):
    """The installed entry point path: python -m extractor query … (a real process, real stdout encoding)."""
    out = subprocess.run([sys.executable, "-m", "extractor", "query", "--db", str(tmp_path / "q.db"),
                          "--name", "target_mismatches", "--csv"], capture_output=True, text=True, cwd=ROOT,
                         check=True, timeout=120).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["catalogue_id"], r["expected"], r["found"]) for r in rows] == [("1", "NQ17-02", "20", "25")]


def test_foreign_keys_fall_back_to_transform(tmp_path, monkeypatch):
    """Where SQLite refuses writable_schema (defensive builds), tables are rebuilt instead and the
    search triggers are recreated after."""
    from extractor.store import views

    monkeypatch.setattr(views, "_declare_in_place", lambda db, fks: False)
    db = make_sample_db(tmp_path / "q.db")
    assert ("legal_ref_id", "legal_refs") in {(fk.column, fk.other_table) for fk in db["legal_ref_mentions"].foreign_keys}
    db["blocks"].insert({"document_id": 1, "idx": 9, "text": "Đề án 06"})
    assert len(search_blocks(db, "de an")) == 1
