"""chitieu installed as a user installs it: a wheel built from this checkout, in a fresh virtualenv,
run from an empty folder outside the checkout. Nothing may be read from the source tree."""
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "002_271367b9633365e6.txt"


def _run(cmd, cwd, env=None, timeout=600):
    """A subprocess that sees no PYTHONPATH or virtualenv of the test run (a developer's shell may
    point PYTHONPATH at a source tree, which would hide whether the wheel works)."""
    return subprocess.run(cmd, cwd=cwd, env=env or _env(), capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(bin dir, empty working folder) of a new venv holding only the built wheel.

    The wheel's dependencies are taken from this test run's environment through a .pth line, so the
    test needs no network; a .pth line adds a folder to sys.path without running that folder's own
    .pth files, so the checkout's editable install stays invisible."""
    base = tmp_path_factory.mktemp("install")
    wheels = base / "wheels"
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                  "-w", str(wheels), str(ROOT)], cwd=base)
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("chitieu-*.whl"))
    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=base).stdout.strip())
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    inst = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                 str(wheel)], cwd=base)
    assert inst.returncode == 0, inst.stderr
    work = base / "elsewhere"
    work.mkdir()
    return venv / "bin", work


def _env():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = "/usr/bin:/bin"
    return env





def test_the_installed_package_is_not_the_checkout(installed):
    bindir, work = installed
    out = _run([str(bindir / "python"), "-c", "import extractor, extractor.patterns as p;"
                "print(extractor.__file__); print(p.PATTERNS_DIR)"], cwd=work, env=_env())
    assert out.returncode == 0, out.stderr
    module, data = out.stdout.split()
    assert not module.startswith(str(ROOT)) and not data.startswith(str(ROOT))
    assert data.endswith(os.path.join("extractor", "data"))


def test_extract_a_seed_from_an_empty_folder(installed):
    bindir, work = installed
    doc = work / SEED.name
    shutil.copy(SEED, doc)
    out = _run([str(bindir / "chitieu"), "extract", doc.name, "--db", "out.db", "--silent"], cwd=work,
               env=_env())
    assert out.returncode == 0, out.stdout + out.stderr
    con = sqlite3.connect(work / "out.db")
    assert con.execute("select status from documents").fetchall() == [("ok",)]
    assert con.execute("select count(*) from indicators").fetchone()[0] > 5
    assert con.execute("select count(*) from quantities where kind = 'percent'").fetchone()[0] > 20


def test_serve_uses_the_vietnamese_templates_shipped_in_the_wheel(installed):
    """The Datasette templates travel as package data: the index opens on the reading views."""
    bindir, work = installed
    doc = work / SEED.name
    if not (work / "out.db").exists():
        shutil.copy(SEED, doc)
        _run([str(bindir / "chitieu"), "extract", doc.name, "--db", "out.db", "--silent"], cwd=work, env=_env())
    out = _run([str(bindir / "chitieu"), "serve", "--db", "out.db", "--get", "/"], cwd=work, env=_env())
    assert out.returncode == 0, out.stderr
    assert "Để đọc" in out.stdout and 'href="/out/chi_tieu"' in out.stdout


def test_patterns_check_lists_every_pattern_file(installed):
    bindir, work = installed
    out = _run([str(bindir / "chitieu"), "patterns", "check"], cwd=work, env=_env())
    assert out.returncode == 0, out.stdout + out.stderr
    listed = {line.split()[1].rstrip(":") for line in out.stdout.splitlines() if line.startswith("✓")}
    expected = {p.name for p in (ROOT / "patterns").glob("*.yaml") if "patterns:" in p.read_text(encoding="utf-8")}
    assert expected and listed == expected


def test_catalogue_list_lists_the_catalogue(installed):
    bindir, work = installed
    out = _run([str(bindir / "chitieu"), "catalogue", "list", "--json"], cwd=work, env=_env())
    if out.returncode != 0 and "--json" in out.stderr:
        out = _run([str(bindir / "chitieu"), "catalogue", "list"], cwd=work, env=_env())
    assert out.returncode == 0, out.stdout + out.stderr
    assert "nq17_2019" in out.stdout or "17/NQ-CP" in out.stdout
    assert len(out.stdout.splitlines()) > 10


def test_patterns_check_fails_without_pattern_files(installed, tmp_path):
    """A check that finds nothing to check is a failure, not a silent success."""
    bindir, work = installed
    code = ("import sys, extractor.patterns as p, pathlib; p.PATTERNS_DIR = pathlib.Path(sys.argv[1]);"
            "from extractor.cli import cli; cli(['patterns', 'check'])")
    out = _run([str(bindir / "python"), "-c", code, str(tmp_path)], cwd=work, env=_env())
    assert out.returncode == 1
    assert "no pattern files" in out.stderr


def test_report_page_template_ships_in_the_wheel(installed):
    bindir, work = installed
    doc = work / SEED.name
    shutil.copy(SEED, doc)
    assert _run([str(bindir / "chitieu"), "extract", doc.name, "--db", "r.db", "--silent"], cwd=work).returncode == 0
    out = _run([str(bindir / "chitieu"), "report", doc.name, "--db", "r.db", "--html", "r.html"], cwd=work)
    assert out.returncode == 0, out.stdout + out.stderr
    page = (work / "r.html").read_text(encoding="utf-8")
    assert "Tỷ lệ hồ sơ giải quyết trực tuyến" in page and "93,6" in page


DASHBOARD_CHECK = """
import hashlib, extractor.review
from extractor.review.app import ReviewApp, Request
app = ReviewApp("dash.db")
page = app.handle(Request("GET", "/dashboard", {}, {}))
lib = app.handle(Request("GET", "/static/chart.umd.min.js", {}, {}))
print(extractor.review.__file__)
print(page.status, lib.status, hashlib.sha256(lib.body).hexdigest())
print("/static/chart.umd.min.js" in page.body.decode() and "chart-provinces" in page.body.decode())
import pathlib; print((pathlib.Path(extractor.review.__file__).parent / "static" / "chart.js.LICENSE.md").is_file())
"""


def test_the_dashboard_and_its_chart_library_come_with_the_wheel(installed):
    """The vendored Chart.js is package data: the installed app serves the pinned file, its licence
    beside it."""
    bindir, work = installed
    shutil.copy(SEED, work / "dash.txt")
    out = _run([str(bindir / "chitieu"), "extract", "dash.txt", "--db", "dash.db", "--silent"], cwd=work, env=_env())
    assert out.returncode == 0, out.stdout + out.stderr
    out = _run([str(bindir / "python"), "-c", DASHBOARD_CHECK], cwd=work, env=_env())
    assert out.returncode == 0, out.stderr
    module, statuses, page_ok, licence = out.stdout.strip().split("\n")
    pinned = next(line.split("=", 1)[1] for line in (ROOT / "scripts" / "vendor_js.sh").read_text().splitlines()
                  if line.startswith("FILE_SHA256="))
    assert not module.startswith(str(ROOT))
    assert statuses == f"200 200 {pinned}" and page_ok == "True" and licence == "True"
