"""`chitieu serve`: Datasette metadata covers the schema, and a real server on loopback answers
the canned queries, labels and accent-free search over HTTP."""
from __future__ import annotations

import json
import re
import sqlite3
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
from corpus_db import LABEL, copy_of, corpus_db, get_json, serving
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


# --- Datasette for people, on the corpus: through the same Datasette `chitieu serve` runs -----------

READING = ["label", "level", "target", "result", "status", "document", "page"]


def _client(path):
    from datasette.utils.testing import TestClient
    from extractor.cli.serve import make_datasette

    return TestClient(make_datasette(str(path)))


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory):
    return copy_of(corpus_db(tmp_path_factory), tmp_path_factory.mktemp("serve_corpus") / "chitieu.db")


@pytest.fixture(scope="module")
def corpus_site(corpus_path):
    return _client(corpus_path)


def _json(site, path):
    response = site.get(path)
    assert response.status == 200, response.text[:500]
    return response.json


def _facets(data: dict) -> dict:
    facets = data["facet_results"]
    return {name: {f["value"]: f["count"] for f in facet["results"]}
            for name, facet in facets.get("results", facets).items()}


def _table_links(html: str) -> list[str]:
    return re.findall(r'href="/chitieu/([A-Za-z_]+)"', html)


def test_the_index_and_the_database_page_open_on_the_reading_views(corpus_site):
    for page in ("/", "/chitieu"):
        html = corpus_site.get(page).text
        assert _table_links(html)[:3] == ["chi_tieu", "so_lieu", "kiem_tra"], page
        assert "Để đọc" in html


def test_the_indicators_page_opens_on_the_columns_a_person_reads(corpus_site):
    data = _json(corpus_site, "/chitieu/chi_tieu.json?_shape=objects&_size=max")
    assert data["columns"][:len(READING)] == READING
    provenance = ["id", "document_id", "block_id", "start", "end", "rule", "document_path"]
    assert all(data["columns"].index(c) > data["columns"].index("period") for c in provenance)
    # An Giang's report (corpus/002_*, three renderings of one document, counted once through its docx):
    # target, result and status in words
    rows = [r for r in data["rows"] if r["label"].startswith(LABEL) and r["result"] == "93,6%"]
    assert {(r["target"], r["status"], r["province"], r["period"]) for r in rows} == {
        ("≥ 50%", "Đạt", "An Giang", "2025-01")}
    assert [r["document"] for r in rows] == ["corpus/002_271367b9633365e6.docx"]
    html = corpus_site.get("/chitieu/chi_tieu").text
    heads = re.findall(r'<th [^>]*data-column="([^"]+)"', html)
    assert heads[:len(READING)] == READING
    assert '<span class="col-vi">Tên chỉ tiêu</span>' in html and '<span class="col-vi">Đánh giá</span>' in html


@pytest.mark.parametrize("view, first", [
    ("effective_indicators", ["label", "level", "target_comparator", "target_value"]),
    ("effective_checks", ["kind", "severity", "message", "expected", "found"]),
    ("effective_quantities", ["kind", "value", "high", "unit", "text"]),
    ("indicator_matrix", ["catalogue_indicator", "province", "period", "label", "level"]),
    ("kiem_tra", ["message", "kind", "severity", "expected", "found", "indicator_label", "document", "page"]),
    ("so_lieu", ["text", "kind", "value", "unit", "subject", "context", "document", "page"]),
])
def test_views_put_the_reading_columns_first(corpus_site, view, first):
    assert _json(corpus_site, f"/chitieu/{view}.json?_size=1")["columns"][:len(first)] == first


def test_family_matrix_view_reads_in_order(corpus_path):
    """(Datasette serves the canned query of the same name at /chitieu/family_matrix.)"""
    cols = [r[1] for r in sqlite3.connect(corpus_path).execute("pragma table_info(family_matrix)")]
    assert cols[:5] == ["family_label", "province", "period", "label", "level"]


@pytest.mark.parametrize("table, view", [("indicators", "chi_tieu"), ("effective_indicators", "chi_tieu"),
                                         ("checks", "kiem_tra"), ("quantities", "so_lieu"), ("blocks", "tim_kiem")])
def test_raw_pages_link_to_the_readable_one(corpus_site, table, view):
    html = corpus_site.get(f"/chitieu/{table}").text
    assert f'<a href="{view}">' in html


def test_facets_by_province_period_and_status_with_real_counts(corpus_site, corpus_path):
    facets = _facets(_json(corpus_site, "/chitieu/chi_tieu.json?_size=0"))
    db = sqlite3.connect(corpus_path)
    by_province = dict(db.execute("select d.province, count(*) from effective_indicators i join documents d "
                                  "on d.id = i.document_id where d.province is not null group by 1"))
    assert facets["province"] == by_province and by_province["An Giang"] > 20 and "Phú Thọ" in by_province
    # Đạt: the result meets the target, or (no result to compare) the document says so
    assert facets["status"]["Đạt"] == db.execute(
        "select count(*) from effective_indicators where achieved = 1 "
        "or (achieved is null and status_norm = 'achieved')").fetchone()[0]
    assert facets["status"]["Chưa đạt"] == db.execute("select count(*) from effective_indicators where achieved = 0").fetchone()[0]
    assert facets["period"]["2025-01"] >= 3
    assert {"province", "period", "achieved"} <= set(_facets(_json(corpus_site, "/chitieu/indicator_matrix.json?_size=0")))
    assert {"province", "period", "severity"} <= set(_facets(_json(corpus_site, "/chitieu/kiem_tra.json?_size=0")))


def _with_old_province(src: Path, tmp_path: Path, where: str, province: str):
    """A copy of the database whose documents matching WHERE name PROVINCE (a unit merged in 2025):
    (its Datasette test client, a connection to it)."""
    path = tmp_path / "chitieu.db"
    path.write_bytes(src.read_bytes())
    db = sqlite3.connect(path)
    db.execute(f"update documents set province = ? where {where}", [province])
    db.commit()
    return _client(path), db


def test_provinces_are_todays_units_with_the_old_name_kept(corpus_path, tmp_path):
    """A report of Kiên Giang (merged into An Giang on 1 July 2025) counts under An Giang; asked by
    either name, the canned query finds it."""
    site, db = _with_old_province(corpus_path, tmp_path, "path = 'corpus/002_271367b9633365e6.docx'", "Kiên Giang")
    facets = _facets(_json(site, "/chitieu/chi_tieu.json?_size=0&_facet=province_written"))
    moved = db.execute("select count(*) from indicators i join documents d on d.id = i.document_id "
                       "where d.province = 'Kiên Giang' and d.same_as is null").fetchone()[0]
    assert moved > 0 and facets["province_written"]["Kiên Giang"] == moved
    assert facets["province"]["An Giang"] == facets["province_written"].get("An Giang", 0) + moved
    old = _json(site, "/chitieu/province_indicators.json?_shape=array&province=" + urllib.parse.quote("Kiên Giang"))
    assert len(old) == moved and {(r["province"], r["province_written"]) for r in old} == {("An Giang", "Kiên Giang")}
    new = _json(site, "/chitieu/province_indicators.json?_shape=array&province=An+Giang")
    assert len(new) == facets["province"]["An Giang"]


@pytest.mark.parametrize("query", ["chuyen doi so", "chuyển đổi số", "CHUYEN DOI SO"])
def test_search_is_ranked_and_accent_free(corpus_site, query):
    rows = _json(corpus_site, "/chitieu/tim_kiem.json?_shape=array&q=" + urllib.parse.quote(query))
    assert rows, query
    # the first block holds the phrase itself (not three scattered words), and it is the best ranked
    assert "chuyển đổi số" in rows[0]["text"].lower()
    # the phrase first, then by BM25 (rank: lower is better)
    phrase = [r for r in rows if "chuyển đổi số" in r["text"].lower()]
    assert rows[:len(phrase)] == phrase
    scores = [r["score"] for r in phrase]
    assert scores == sorted(scores) and scores[0] < scores[-1]
    ids = [r["id"] for r in rows]
    assert ids != sorted(ids)          # by relevance, not by id
    assert rows[0]["snippet"].count("«") >= 2 and rows[0]["document"] and rows[0]["province"] == "Phú Thọ"


def test_search_finds_the_same_blocks_with_or_without_tone_marks(corpus_site):
    plain = _json(corpus_site, "/chitieu/tim_kiem.json?_shape=array&q=" + urllib.parse.quote("chuyen doi so"))
    marked = _json(corpus_site, "/chitieu/tim_kiem.json?_shape=array&q=" + urllib.parse.quote("chuyển đổi số"))
    assert [r["id"] for r in plain] == [r["id"] for r in marked]


@pytest.mark.parametrize("province", ["An Giang", "Phú Thọ"])
def test_canned_query_by_province_returns_only_that_province(corpus_site, corpus_path, province):
    rows = _json(corpus_site, "/chitieu/province_indicators.json?_shape=array&province=" + urllib.parse.quote(province))
    want = sqlite3.connect(corpus_path).execute(
        "select count(*) from effective_indicators i join documents d on d.id = i.document_id where d.province = ?",
        [province]).fetchone()[0]
    assert len(rows) == want > 0 and {r["province"] for r in rows} == {province}
    assert list(rows[0])[:8] == ["id", *READING]
    below = _json(corpus_site, "/chitieu/province_below_target.json?_shape=array&province=" + urllib.parse.quote(province))
    assert {r["province"] for r in below} <= {province} and all(r["status"] != "Đạt" for r in below)


@pytest.mark.parametrize("path, message", [
    ("/chitieu/province_indicators", "Thiếu tham số province: hãy nhập tên tỉnh/thành phố, ví dụ An Giang"),
    ("/chitieu/province_indicators?province=&period=2025", "Thiếu tham số province"),
    ("/chitieu/province_below_target?province=+", "Thiếu tham số province"),
    ("/chitieu/tim_kiem?q=", "Thiếu tham số q: hãy nhập từ cần tìm"),
    ("/chitieu/citations_of", "Thiếu tham số ref"),
    ("/chitieu/family_matrix?province=An+Giang", "Thiếu tham số family"),
])
def test_a_missing_required_parameter_is_an_error_page_saying_what_to_fill_in(corpus_site, path, message):
    response = corpus_site.get(path)
    assert response.status == 400
    html = response.text
    assert f'<p class="message-error">{message}' in html and "JSON path" not in html
    assert re.search(r'<input type="text" id="qp\d" name="(province|q|ref|family)"', html)   # the form to fill in
    assert "Không có kết quả" not in html
    data = corpus_site.get(path.replace("?", ".json?", 1) if "?" in path else path + ".json").json
    assert data["ok"] is False and message in data["error"]


def test_the_interface_speaks_vietnamese(corpus_site):
    table = corpus_site.get("/chitieu/chi_tieu").text
    assert '<html lang="vi">' in table
    for words in ("Dữ liệu này dạng", 'value="Áp dụng"', "Xuất dữ liệu nâng cao", "dòng", "Chạy trên", "Trang chủ",
                  '<strong>status <span class="col-vi">Đánh giá</span>'):
        assert words in table, words
    query = corpus_site.get("/chitieu/province_indicators?province=An+Giang").text
    assert 'value="Chạy (run)"' in query and "Tham số" in query and "xem SQL" in query
    assert "Bảng gốc (tables)" in corpus_site.get("/chitieu").text


def test_get_names_the_missing_parameter(corpus_path):
    from click.testing import CliRunner
    from extractor.cli.main import cli

    r = CliRunner().invoke(cli, ["serve", "--db", str(corpus_path), "--get", "/chitieu/tim_kiem.json?q="])
    assert r.exit_code == 1
    assert "400 Thiếu tham số q: hãy nhập từ cần tìm" in r.output and "JSON path" not in r.output


# --- the same on real documents of ../shared/corpus (skipped without it) ---------------------------

SHARED_DOCS = ["tvpl_617-KH-UBND_ChuyenDoiSo_DoanhNghiep_SME.md",             # Đồng Tháp: digital transformation of SMEs
               "tvpl_144-KH-UBND_BacNinh_KinhTeSo-XaHoiSo_2026-2030.md",      # Bắc Ninh
               "tvpl_0204-KH-UBND_CaMau_TaiChinh-NganSach_3nam_2026-2028.md"]  # Cà Mau


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    from conftest import shared_path

    files = [str(shared_path("corpus", name)) for name in SHARED_DOCS]
    path = tmp_path_factory.mktemp("serve_shared") / "chitieu.db"
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", *files, "--db", str(path), "--silent"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return path


def test_shared_search_ranks_the_phrase_first(shared_db):
    rows = _json(_client(shared_db), "/chitieu/tim_kiem.json?_shape=array&q=chuyen+doi+so")
    assert len(rows) >= 10
    assert "chuyển đổi số" in rows[0]["text"].lower() and rows[0]["province"] == "Đồng Tháp"
    assert [r["id"] for r in rows] != sorted(r["id"] for r in rows)
    # every block holding the phrase comes before every block holding only the three words apart
    has_phrase = ["chuyển đổi số" in r["text"].lower() for r in rows]
    assert has_phrase == sorted(has_phrase, reverse=True) and has_phrase.count(True) >= 10


def test_shared_facets_and_province_query(shared_db, tmp_path):
    # the Cà Mau plan as if written before 1 July 2025 by Bạc Liêu (merged into Cà Mau)
    site, db = _with_old_province(shared_db, tmp_path, "path like '%0204-KH-UBND_CaMau%'", "Bạc Liêu")
    facets = _facets(_json(site, "/chitieu/chi_tieu.json?_size=0"))
    want = dict(db.execute("select d.province, count(*) from indicators i join documents d on d.id = i.document_id "
                           "group by 1"))
    assert want["Bạc Liêu"] > 10 and "Bạc Liêu" not in facets["province"]
    assert facets["province"]["Cà Mau"] == want["Bạc Liêu"] and facets["province"]["Bắc Ninh"] == want["Bắc Ninh"]
    rows = _json(site, "/chitieu/province_indicators.json?_shape=array&province=" + urllib.parse.quote("Cà Mau"))
    assert len(rows) == want["Bạc Liêu"] and {r["province_written"] for r in rows} == {"Bạc Liêu"}
    assert _json(site, "/chitieu/province_indicators.json?_shape=array&province=" + urllib.parse.quote("Bắc Ninh"))
    assert site.get("/chitieu/province_indicators.json?province=").status == 400
