"""The dashboard's figures (extractor/review/dashboard.py) as the review app serves them, GET
/api/dashboard, against the same figures computed here from the database with SQL of their own
(family_matrix and effective_checks, not the module's queries). The database: corpus/, a second
province's report made from seed 002, and, when ../shared/corpus is there, five of its plans
(tests/dashboard_db.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import dashboard_db
from dashboard_db import (MISSED_LABEL, expected_by_province, expected_families, expected_series, expected_targets,
                          family_of, rows)
from extractor.review.app import ReviewApp, Request
from extractor.review.dashboard import vn_number
from extractor.store import corrections
from extractor.store.database import open_db


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return dashboard_db.build(tmp_path_factory.mktemp("dashboard"), with_shared=False)


@pytest.fixture(scope="module")
def shared_db_path(tmp_path_factory) -> Path:
    return dashboard_db.build(tmp_path_factory.mktemp("dashboard_shared"), with_shared=True)


def get(db_path: Path, path: str, **query) -> tuple[int, bytes]:
    r = ReviewApp(str(db_path)).handle(Request("GET", path, {k: v for k, v in query.items() if v}, {}))
    return r.status, r.body


def api(db_path: Path, family: str = "") -> dict:
    status, body = get(db_path, "/api/dashboard", family=family)
    assert status == 200, body[:500]
    return json.loads(body)


def assert_matches_database(db_path: Path, data: dict) -> None:
    fams = expected_families(db_path)
    assert len(data["families"]) == min(len(fams), 300)
    for f in data["families"]:
        assert (f["n_values"], f["n_provinces"], f["n_periods"]) == fams[f["id"]][:3], f
    fid = data["family"]["id"]
    served = {(r["province"], r["period"], r["actual"], r["target"]) for r in data["by_province"]}
    assert served == expected_by_province(db_path, fid)
    assert [(r["period"], r["actual_avg"], r["actual_min"], r["actual_max"], r["target_max"], r["provinces"],
             r["documents"]) for r in data["series"]] == expected_series(db_path, fid)
    targets = expected_targets(db_path)
    assert {r["id"]: (r["met"], r["not_met"]) for r in data["targets"]} == targets
    for r in data["targets"]:
        assert r["share"] == round(100 * r["met"] / (r["met"] + r["not_met"]), 1)


def test_the_default_family_is_the_most_populated(db_path):
    data = api(db_path)
    fams = expected_families(db_path)
    best = max(v[1] for v in fams.values())
    assert data["family"]["id"] == data["families"][0]["id"]
    assert data["families"][0]["n_provinces"] == best == 2         # An Giang and the Cần Thơ variant
    order = [(f["n_provinces"], fams[f["id"]][3]) for f in data["families"]]
    assert order == sorted(order, reverse=True)                   # provinces, then province × period cells
    assert_matches_database(db_path, data)


def test_a_family_across_provinces_and_periods(db_path):
    fid = family_of(db_path, MISSED_LABEL)
    data = api(db_path, fid)
    assert data["family"]["id"] == fid and data["family"]["label"] == MISSED_LABEL
    by = {r["province"]: r for r in data["by_province"]}
    assert {"An Giang", dashboard_db.VARIANT_PROVINCE} <= set(by)
    assert by["An Giang"]["actual"] == 87.3 and by[dashboard_db.VARIANT_PROVINCE]["actual"] == 95.4
    assert by["An Giang"]["period"] == "2025-01" and by[dashboard_db.VARIANT_PROVINCE]["period"] == "2025-07"
    named = [r["actual"] for r in data["by_province"] if r["province"] is not None]
    assert named == [95.4, 87.3]                                  # highest first
    assert data["by_province"][-1]["province"] is None            # seed 000 names no province: last
    assert len(data["series"]) >= 3
    assert_matches_database(db_path, data)


def test_every_family_served_matches_the_database(db_path):
    for f in api(db_path)["families"][:40]:
        assert_matches_database(db_path, api(db_path, f["id"]))


def test_an_unknown_family_falls_back_to_the_first(db_path):
    data = api(db_path, "F000000000000")
    assert data["family"]["id"] == data["families"][0]["id"]


def test_targets_met_follow_a_reviewers_correction(db_path, tmp_path):
    """Effective values: a corrected target changes the share of targets met of that document."""
    path = tmp_path / "chitieu.db"
    path.write_bytes(db_path.read_bytes())
    doc, ind = rows(path, "select i.document_id, i.id from indicators i join documents d on d.id = i.document_id "
                          "where i.label = ? and d.province = 'An Giang' order by d.path limit 1", MISSED_LABEL)[0]
    before = {r["id"]: r for r in api(path)["targets"]}[doc]
    db = open_db(path)
    try:
        corrections.correct(db, "indicators", ind, {"target_value": "80"}, reviewer="test")
    finally:
        db.close()
    after = {r["id"]: r for r in api(path)["targets"]}[doc]
    assert (after["met"], after["not_met"]) == (before["met"] + 1, before["not_met"] - 1)
    assert after["share"] > before["share"]
    assert_matches_database(path, api(path))


def test_with_shared_plans_more_provinces_and_five_periods(shared_db_path):
    data = api(shared_db_path)
    provinces = {r[0] for r in rows(shared_db_path, "select distinct province from family_matrix where province is not null")}
    assert len(provinces) >= 4
    assert_matches_database(shared_db_path, data)
    fams = expected_families(shared_db_path)
    longest = max(fams, key=lambda f: (fams[f][2], fams[f][0]))
    assert fams[longest][2] >= 5                                  # Sơn La's export targets, 2026–2030
    long_data = api(shared_db_path, longest)
    assert len(long_data["series"]) == fams[longest][2]
    assert_matches_database(shared_db_path, long_data)
    assert {r["id"] for r in data["targets"]} == set(expected_targets(shared_db_path))


# --- the page ---------------------------------------------------------------------------------

def test_the_page_lists_families_in_vietnamese_and_loads_only_local_scripts(db_path):
    status, body = get(db_path, "/dashboard")
    page = body.decode("utf-8")
    assert status == 200
    assert "Tổng quan chỉ tiêu" in page and "Nhóm chỉ tiêu" in page and "Theo tỉnh/thành phố" in page
    data = api(db_path)
    options = re.findall(r'<option value="(F[0-9a-f]{12})"', page)
    assert options == [f["id"] for f in data["families"]]
    assert re.findall(r'<script src="([^"]+)"', page) == ["/static/review.js", "/static/chart.umd.min.js",
                                                          "/static/dashboard.js"]
    assert not re.search(r'(src|href)="(https?:)?//', page)


def test_the_chart_library_is_served_from_the_package(db_path):
    status, body = get(db_path, "/static/chart.umd.min.js")
    assert status == 200 and body.startswith(b"/*!\n * Chart.js v4.")


@pytest.mark.parametrize("value, text", [
    (None, ""), (93.6, "93,6"), (100.0, "100"), (29000.0, "29.000"), (1234567.891, "1.234.567,89"), (0.0, "0"),
])
def test_numbers_as_vietnamese_write_them(value, text):
    assert vn_number(value) == text


def test_an_empty_database_says_so_in_vietnamese(tmp_path):
    path = tmp_path / "empty.db"
    open_db(path).close()
    data = api(path)
    assert data["families"] == [] and data["family"] is None and data["targets"] == []
    status, body = get(path, "/dashboard")
    page = body.decode("utf-8")
    assert status == 200
    assert "Chưa có nhóm chỉ tiêu nào có số liệu." in page
    assert "Chưa có chỉ tiêu nào được đánh giá đạt/chưa đạt." in page


def test_the_page_in_english(db_path):
    status, body = get(db_path, "/dashboard", lang="en")
    page = body.decode("utf-8")
    assert status == 200 and "Indicator dashboard" in page and "Share of targets met per document" in page
    data = json.loads(re.search(r'<script type="application/json" id="dashboard-data">(.*?)</script>', page, re.S)[1])
    assert data["i18n"]["met"] == "Met" and data["family"] == api(db_path)["family"]
