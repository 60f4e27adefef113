"""`chitieu serve`: Datasette metadata covers the schema, and a real server on loopback answers
the canned queries, labels and accent-free search over HTTP."""
from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from extractor.store.queries import load_queries
from extractor.cli.serve import build_metadata
from extractor.store.labels import column_description, descriptions
from extractor.store.database import SCHEMA
from corpus_db import get_json, serving
from test_query import make_sample_db

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "chitieu.db"
    make_sample_db(path).close()
    return path


def test_every_table_and_column_is_described_in_vietnamese_and_english(db_path):
    from extractor.store.database import open_db

    db = open_db(db_path)
    names = list(SCHEMA) + db.view_names() + ["blocks_fts"]
    missing = [f"{t}.{c}" for t in names for c in db[t].columns_dict if not column_description(t, c)]
    assert not missing, f"describe these in patterns/datasette_metadata.yaml: {missing}"
    meta = descriptions()
    for t in names:
        entry = meta["tables"].get(t) or meta["views"].get(t)
        assert entry and entry["vi"] and entry["en"], t
    assert column_description("indicators", "target_value").startswith("Mục tiêu — target value")


def _entries():
    meta = descriptions()
    yield from (("common", c, e) for c, e in meta["common_columns"].items())
    for section in ("tables", "views"):
        for t, entry in meta[section].items():
            yield from ((t, c, e) for c, e in (entry.get("columns") or {}).items())


def _well_formed(entry) -> bool:
    return (2 <= len(entry) <= 3 and all(isinstance(x, str) and x for x in entry)
            and all(x.count("(") == x.count(")") for x in entry))


def test_description_entries_are_label_gloss_and_optional_unit():
    """A gloss with an unquoted comma splits into several items in YAML: caught by its parentheses."""
    bad = [f"{t}.{c}: {e}" for t, c, e in _entries() if not _well_formed(e)]
    assert not bad


def test_metadata_has_facets_labels_search_and_queries(db_path):
    from extractor.store.database import open_db

    meta = build_metadata(open_db(db_path), "chitieu")["databases"]["chitieu"]
    tables = meta["tables"]
    assert tables["documents"]["facets"] == ["format", "status", "doc_type", "province"]
    assert tables["indicators"]["facets"] == ["level", "target_year", "status_norm", "achieved"]
    assert tables["checks"]["facets"] == ["kind", "severity"]
    assert tables["quantities"]["facets"] == ["kind", "unit"]
    assert tables["legal_refs"]["facets"] == ["kind", "symbol"]
    assert tables["documents"]["label_column"] == "path"
    assert tables["blocks"]["fts_table"] == "blocks_fts"
    assert set(meta["queries"]) == set(load_queries())


@pytest.fixture(scope="module")
def server(db_path):
    with serving(db_path) as port:
        yield port


def _query(port: int, name: str, **params) -> list[dict]:
    qs = urllib.parse.urlencode({**params, "_shape": "array"})
    return get_json(port, f"/chitieu/{name}.json?{qs}")


def test_canned_query_over_http(server):
    rows = _query(server, "citations_of", ref="45/2020/NĐ-CP")
    assert sorted((r["id"], r["province"]) for r in rows) == [(1, "Phú Thọ"), (2, "Cần Thơ")]
    rows = _query(server, "indicators_by_province_period", province="Phú Thọ", period="2020")
    assert [(r["label"], r["target_value"], r["actual_value"]) for r in rows] == [
        ("Tỷ lệ dịch vụ công trực tuyến mức độ 4", 30.0, 45.5), ("Tỷ lệ hồ sơ giải quyết trực tuyến", 20.0, 12.5)]


@pytest.mark.parametrize("name, params", [(q.name, ex["params"]) for q in load_queries().values()
                                          for ex in q.examples[:1]])
def test_every_canned_query_answers(server, name, params):
    expected = next(ex["expect_ids"] for ex in load_queries()[name].examples if ex["params"] == params)
    assert sorted(r["id"] for r in _query(server, name, **params)) == sorted(expected)


def test_foreign_key_labels_and_search(server):
    rows = get_json(server, "/chitieu/indicators.json?_shape=array&_labels=on&id=3")
    assert rows[0]["document_id"] == {"value": 2, "label": "corpus/can_tho_kh_2021.pdf"}
    found = get_json(server, "/chitieu/blocks.json?_shape=array&_search=" + urllib.parse.quote("nghi dinh"))
    assert [r["id"] for r in found] == [1]


def test_facets_over_http(server):
    data = get_json(server, "/chitieu/documents.json?_size=0")
    facets = data["facet_results"]
    results = facets.get("results", facets)   # Datasette 0.65 nests them under "results"
    assert {f["value"] for f in results["status"]["results"]} == {"ok", "partial", "error"}


def test_get_answers_one_request_on_stdout(db_path):
    from click.testing import CliRunner
    from extractor.cli.main import cli

    r = CliRunner().invoke(cli, ["serve", "--db", str(db_path), "--get",
                                 "/chitieu/citations_of.json?ref=45/2020/NĐ-CP&_shape=array"])
    assert r.exit_code == 0
    assert sorted(row["id"] for row in json.loads(r.stdout)) == [1, 2]


@pytest.mark.parametrize("path, error, hint", [
    ("/demo/below_target.json", "ServeError: GET /demo/below_target.json: 404 Database not found",
     "this database is served as /chitieu/"),
    ("/chitieu/nosuch.json", "ServeError: GET /chitieu/nosuch.json: 404 Table not found",
     "paths look like /chitieu/indicators.json"),
])
def test_get_errors_are_one_line_with_a_hint_and_no_traceback(db_path, path, error, hint):
    """Datasette prints a traceback with locals to stdout on error pages; --get keeps stdout clean."""
    proc = subprocess.run([sys.executable, "-m", "extractor", "serve", "--db", str(db_path), "--get", path],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 2 and lines[0] == f"Error: {error}" and lines[1].startswith(f"Hint: {hint}")
