"""The dashboard of `chitieu review` in a real browser (Playwright for Python driving Debian's
Chromium; nothing is downloaded), offline: every request that would leave the machine is refused
and fails the test. The three charts must be drawn by the Chart.js the app serves, with the
figures computed from the database by the tests' own SQL (tests/dashboard_db.py), and the canvas
must hold pixels. Screenshot: output/screenshots/dashboard.png. Skips when Chromium (Debian
package `chromium`) or Playwright is missing."""
from __future__ import annotations

import os
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import dashboard_db
from corpus_db import reviewing
from dashboard_db import MISSED_LABEL, expected_by_province, expected_series, expected_targets, family_of

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "output" / "screenshots"
WAIT = 30_000           # ms: a bound on waiting, not a speed assertion
LOCAL = ("127.0.0.1", "localhost")
CHARTS = ("chart-provinces", "chart-series", "chart-targets")
NO_PROVINCE = "(không rõ tỉnh)"        # the bar of values whose document names no province

sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python (the test extra)")
pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="needs chromium (Debian package chromium)")
expect = sync_api.expect


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard_site")
    db = dashboard_db.build(folder, with_shared=bool(dashboard_db.shared_files()))
    with reviewing(db, cwd=folder) as url:
        yield url, db


@pytest.fixture
def page(browser):
    """A page that may only talk to this machine: anything else is refused and recorded."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(WAIT)
    pg.outside, pg.requested, pg.errors, pg.console_errors = [], [], [], []

    def route(r):
        host = urllib.parse.urlsplit(r.request.url).hostname
        if host in LOCAL:
            pg.requested.append(r.request.url)
            r.continue_()
        else:
            pg.outside.append(r.request.url)
            r.abort()
    context.route("**/*", route)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
    assert pg.outside == [], f"requests left localhost: {pg.outside}"
    assert pg.errors == [] and pg.console_errors == []       # a CSP violation is a console error


def chart(pg, canvas_id: str) -> dict:
    """What Chart.js holds for the canvas: labels, data, points drawn per dataset, inked pixels."""
    return pg.evaluate("""(id) => {
        const c = Chart.getChart(id);
        if (!c) return null;
        const canvas = document.getElementById(id);
        const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) inked++;
        return {labels: c.data.labels, type: c.config.type,
                datasets: c.data.datasets.map((d, i) => ({key: d.key, label: d.label, data: d.data,
                    drawn: c.getDatasetMeta(i).data.filter(e => !e.skip && Number.isFinite(e.x) && Number.isFinite(e.y)).length})),
                inked: inked, width: canvas.width, height: canvas.height};
    }""", canvas_id)


def open_dashboard(pg, url: str, family: str = "") -> dict[str, dict]:
    pg.goto(f"{url}/dashboard" + (f"?family={family}" if family else ""))
    pg.wait_for_function("ids => typeof Chart !== 'undefined' && ids.every(id => Chart.getChart(id))", arg=list(CHARTS))
    return {c: chart(pg, c) for c in CHARTS}


def first(label) -> str:
    return label[0] if isinstance(label, list) else label


def dataset(chart: dict, key: str) -> list:
    """A dataset's values; one with no value at all is not drawn, so it reads as all empty."""
    found = [d["data"] for d in chart["datasets"] if d["key"] == key]
    return found[0] if found else [None] * len(chart["labels"])


def assert_drawn_from_database(charts: dict, db: Path, family: str) -> None:
    prov = charts["chart-provinces"]
    expected = expected_by_province(db, family)
    drawn = {(first(lbl), a, g) for lbl, a, g in zip(prov["labels"], dataset(prov, "actual"), dataset(prov, "target"))}
    assert drawn == {(p or NO_PROVINCE, a, g) for p, _, a, g in expected}
    series = charts["chart-series"]
    want = expected_series(db, family)
    assert series["labels"] == [r[0] for r in want]
    assert dataset(series, "actual_avg") == [r[1] for r in want]            # average result per period
    assert dataset(series, "target_max") == [r[4] for r in want]            # target
    targets = charts["chart-targets"]
    met_pct = sorted(round(1000 * m / (m + n)) / 10 for m, n in expected_targets(db).values())
    assert sorted(dataset(targets, "met")) == met_pct
    assert all(d["data"] and any(v is not None for v in d["data"]) for c in charts.values() for d in c["datasets"])
    for c in charts.values():
        assert c["inked"] > 0.02 * c["width"] * c["height"], c["labels"]    # drawn, not a blank canvas
        assert sum(d["drawn"] for d in c["datasets"]) >= sum(v is not None for d in c["datasets"] for v in d["data"]) > 0


def test_the_dashboard_draws_offline_from_the_database(site, page):
    url, db = site
    charts = open_dashboard(page, url)
    family = page.locator("#family-select").input_value()
    assert_drawn_from_database(charts, db, family)
    assert f"{url}/static/chart.umd.min.js" in page.requested
    expect(page.locator("h2")).to_have_text("Tổng quan chỉ tiêu")
    expect(page.locator("#chart-targets")).to_have_attribute("aria-label", "Tỷ lệ chỉ tiêu đạt mục tiêu theo văn bản")
    legends = [d["label"] for c in charts.values() for d in c["datasets"]]
    assert {"Đạt", "Chưa đạt"} <= set(legends) and any(x.startswith("Kết quả") for x in legends)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)
    assert (SHOTS / "dashboard.png").stat().st_size > 50_000           # charts and colour, not a blank page


def test_a_plans_family_draws_its_targets_period_by_period(site, page):
    """A family of the shared plans: five years of targets and no result yet (skips without them)."""
    url, db = site
    if not dashboard_db.shared_files():
        pytest.skip("needs ../shared/corpus")
    fams = dashboard_db.expected_families(db)
    longest = max(fams, key=lambda f: (fams[f][2], fams[f][0], f))
    charts = open_dashboard(page, url, longest)
    assert_drawn_from_database(charts, db, longest)
    assert len(charts["chart-series"]["labels"]) == fams[longest][2] >= 5
    assert [d["key"] for d in charts["chart-series"]["datasets"]] == ["target_max"]    # no empty result series
    page.screenshot(path=str(SHOTS / "dashboard_plan.png"), full_page=True)


def test_choosing_a_family_redraws_its_charts(site, page):
    url, db = site
    open_dashboard(page, url)
    wanted = family_of(db, MISSED_LABEL)
    with page.expect_navigation():
        page.locator("#family-select").select_option(wanted)             # submits the form on change
    page.wait_for_function("ids => ids.every(id => Chart.getChart(id))", arg=list(CHARTS))
    assert f"family={wanted}" in page.url
    expect(page.locator("#family-title")).to_contain_text(MISSED_LABEL)
    charts = {c: chart(page, c) for c in CHARTS}
    assert_drawn_from_database(charts, db, wanted)
    labels = [first(lbl) for lbl in charts["chart-provinces"]["labels"]]
    assert {"An Giang", dashboard_db.VARIANT_PROVINCE} <= set(labels)
    assert labels[-1] == NO_PROVINCE                                   # seed 000 names no province: its bar last
    page.screenshot(path=str(SHOTS / "dashboard_family.png"), full_page=True)
