"""Acceptance: the Excel workbook `chitieu export --format xlsx` writes for the corpus database
opens in LibreOffice Calc: it converts to PDF, and every sheet saved back as CSV by Calc holds the
database's numbers and Vietnamese text.

Skips when soffice or Calc is missing (Debian: libreoffice-calc-nogui)."""
from __future__ import annotations

import csv
import os
import unicodedata
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus_db import LABEL, RESULT, copy_of, corpus_db, run_bounded
from extractor.cli.main import cli
from extractor.store.display import display
from extractor.store.export import PIVOT_SHEET, SPECS, pivot, rows
from extractor.store.database import open_db

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CONVERT_LIMIT = 180     # seconds: a bound on waiting, not a speed assertion
# CSV filter options: comma, double quote, UTF-8, from line 1, standard cell formats, raw values
# (not "as shown": 93.6 rather than 93.6%), and -1 = every sheet to its own file '<name>-<sheet>.csv'.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _has_calc() -> bool:
    if not SOFFICE:
        return False
    program = Path(os.path.realpath(SOFFICE)).parent
    return (program / "libsclo.so").exists() or (program / "sclo.dll").exists()


pytestmark = pytest.mark.skipif(not _has_calc(), reason="needs LibreOffice Calc (libreoffice-calc-nogui)")


def soffice(tmp: Path, *args: str) -> None:
    """Run soffice with a profile of its own (an open LibreOffice elsewhere is not disturbed)."""
    run_bounded([SOFFICE, f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}", "--headless", *args],
                CONVERT_LIMIT)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """(database, workbook) with the workbook written by the command line."""
    tmp = tmp_path_factory.mktemp("lo")
    db = copy_of(corpus_db(tmp_path_factory), tmp / "chitieu.db")
    out = tmp / "chitieu.xlsx"
    r = CliRunner().invoke(cli, ["export", "--format", "xlsx", "--db", str(db), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return db, out


@pytest.fixture(scope="module")
def sheets(exported, tmp_path_factory) -> dict[str, list[list[str]]]:
    """Every sheet of the workbook as Calc saves it to CSV."""
    tmp = tmp_path_factory.mktemp("lo-csv")
    soffice(tmp, "--convert-to", CSV_FILTER, "--outdir", str(tmp / "csv"), str(exported[1]))
    out = {}
    for f in (tmp / "csv").glob("*.csv"):
        with open(f, encoding="utf-8", newline="") as fh:
            out[f.stem.removeprefix(exported[1].stem + "-")] = list(csv.reader(fh))
    return out


SCREENSHOTS = Path(__file__).resolve().parents[1] / "output" / "screenshots"


@pytest.fixture(scope="module")
def printed(exported, tmp_path_factory) -> Path:
    """The workbook printed to PDF by Calc."""
    tmp = tmp_path_factory.mktemp("lo-pdf")
    soffice(tmp, "--convert-to", "pdf", "--outdir", str(tmp / "pdf"), str(exported[1]))
    return tmp / "pdf" / "chitieu.pdf"


def test_workbook_converts_to_pdf(printed):
    pdf = printed
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
        assert LABEL in re.sub(r"\s+", " ", text)


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("pdfinfo")), reason="needs poppler-utils")
def test_printed_pages_are_landscape_readable_and_repeat_the_header(printed):
    """Every page landscape A4; the printed columns (label, target, result, Đạt) at a readable size
    (the label's text found on page 1 by pdftotext, not shrunk to dust); the header row on page 2
    too; page 1 rendered to output/screenshots/ for a person to look at."""
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, timeout=60).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert w > h and abs(w - 842) < 5                     # A4 landscape, in points
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), str(printed), "-"],
                            capture_output=True, text=True, timeout=60).stdout for p in (1, 2)]
    for page in pages:                                   # 'Chỉ tiêu' is the first sheet
        assert "Tên chỉ tiêu" in page and "Mục tiêu" in page and "Kết quả" in page
    assert "Nguyên văn" not in pages[0]                   # provenance not printed
    # readable: a page holds at most ~60 rows of the sheet (fit to width, not to one page)
    assert pages[0].count("\n") < 120
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    png = SCREENSHOTS / "export-xlsx-page1"
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(printed), str(png)],
                   check=True, timeout=60)
    assert (SCREENSHOTS / "export-xlsx-page1.png").stat().st_size > 20_000


def test_calc_sees_every_sheet(sheets):
    assert set(sheets) == {s.sheet for s in SPECS.values()} | {PIVOT_SHEET}


def _same(csv_value: str, db_value) -> bool:
    if db_value is None:
        return csv_value == ""
    if hasattr(db_value, "year"):
        # a date to Calc (not the text '2019-03-07'): its raw CSV writes it in the profile's
        # locale (en-US here, MM/DD/YYYY)
        return csv_value.split(" ")[0] in (db_value.strftime("%m/%d/%Y"), db_value.strftime("%d/%m/%Y"))
    if isinstance(db_value, (int, float)):
        return csv_value != "" and float(csv_value) == pytest.approx(db_value, rel=1e-12)
    return csv_value == db_value


@pytest.mark.parametrize("what", list(SPECS))
def test_calc_values_equal_the_database(exported, sheets, what):
    db = open_db(exported[0])
    try:
        want = rows(db, what)
    finally:
        db.close()
    header, *got = sheets[SPECS[what].sheet]
    assert len(header) == len(SPECS[what].columns) and len(got) == len(want)
    bad = [(w["id"], c, g[j], w[c]) for g, w in zip(got, want)
           for j, c in enumerate(SPECS[what].columns) if not _same(g[j], display(what, c, w[c]))]
    assert not bad[:10]


def test_numbers_reach_calc_as_numbers(exported, sheets):
    """93.6 is the number 93.6 to Calc (a percentage by its format), not the text '93.6%'."""
    header, *body = sheets[SPECS["indicators"].sheet]
    cols = SPECS["indicators"].columns
    actual, label = cols.index("actual_value"), cols.index("label")
    hits = [r for r in body if r[label].startswith(LABEL) and r[actual] == str(RESULT)]
    assert hits


def test_pivot_equals_the_database(exported, sheets):
    db = open_db(exported[0])
    try:
        header, table = pivot(db)
    finally:
        db.close()
    got_header, *got = sheets[PIVOT_SHEET]
    assert got_header == header and len(got) == len(table)
    bad = [(g, w) for g, w in zip(got, table) if not all(_same(a, b) for a, b in zip(g, w))]
    assert not bad[:5]


# Calc opening a CSV: the charset field left empty is "detect", as the import dialog does on open.
CSV_OPEN = "Text - txt - csv (StarCalc):44,34,,1"


def test_the_excel_csv_opens_in_calc_with_its_diacritics(exported, tmp_path):
    """`chitieu export --format csv --excel` (UTF-8 with a BOM) opened by Calc: Vietnamese headers
    and labels intact, the BOM not glued to the first header, the figures as the database has them."""
    db, _ = exported
    out = tmp_path / "chi_tieu.csv"
    r = CliRunner().invoke(cli, ["export", "--format", "csv", "--what", "indicators", "--excel",
                                 "--db", str(db), "--out", str(out)])
    assert r.exit_code == 0, r.output
    soffice(tmp_path, "--infilter=" + CSV_OPEN, "--convert-to", "xlsx", "--outdir", str(tmp_path / "calc"), str(out))
    import openpyxl
    ws = openpyxl.load_workbook(tmp_path / "calc" / "chi_tieu.xlsx").active
    table = [list(row) for row in ws.iter_rows(values_only=True)]
    header = table[0]
    assert header[:4] == ["Mã dòng", "Tỉnh/thành phố", "Số thứ tự", "Tên chỉ tiêu"]
    labels = [row[header.index("Tên chỉ tiêu")] for row in table[1:]]
    assert len(labels) == len(rows(open_db(str(db)), "indicators")) and any(str(x).startswith(LABEL) for x in labels)
    assert all(x == unicodedata.normalize("NFC", x) for x in labels if isinstance(x, str))
