"""Acceptance: `chitieu serve` on the database extracted from corpus/, looked at by a real browser
(headless Chromium). The rendered page carries the Vietnamese labels exactly as stored (NFC) and
the numbers as stored; a screenshot of the indicators table gets written.

Skips when Chromium is not installed (Debian package `chromium`)."""
from __future__ import annotations

import html
import os
import re
import shutil
import sqlite3
import struct
import unicodedata
import urllib.error
import urllib.parse
from pathlib import Path

import pytest

from corpus_db import LABEL, RESULT, corpus_db, run_bounded, serving
from extractor.store.labels import column_description

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]
BROWSER_LIMIT = 120
TRUNCATE = 300          # serve.SETTINGS truncate_cells_html: longer cells are cut in the page

pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="needs chromium (Debian package chromium)")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return corpus_db(tmp_path_factory)


@pytest.fixture(scope="module")
def server(db):
    with serving(db) as port:
        yield f"http://127.0.0.1:{port}"


def chromium(tmp_path: Path, *args: str) -> str:
    """Run headless Chromium with its own profile; its stdout."""
    return run_bounded([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args], BROWSER_LIMIT)


def _rows(db: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _in_dom(text: str) -> str:
    """How a stored string appears in the serialised DOM of a table cell."""
    return html.escape(text, quote=False)


def test_indicator_labels_render_exactly_as_stored(server, db, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", f"{server}/chitieu/indicators")
    assert unicodedata.is_normalized("NFC", dom)
    labels = [r[0] for r in _rows(db, "select label from indicators order by id limit 50")]
    assert labels
    missing = [x for x in labels if x and len(x) <= TRUNCATE and _in_dom(x) not in dom]
    assert not missing
    # the column descriptions from the metadata, in Vietnamese with the English gloss
    assert _in_dom(column_description("indicators", "label")) in dom


def test_reported_result_renders_as_stored(server, db, tmp_path):
    stored = _rows(db, "select id, label, actual_value from indicators where label like ? || '%' "
                       "and actual_value = ?", LABEL, RESULT)
    assert stored, f"corpus/ no longer yields '{LABEL}…' with result {RESULT}"
    assert all(unicodedata.is_normalized("NFC", label) for _, label, _ in stored)
    qs = urllib.parse.urlencode({"actual_value": RESULT, "_sort": "id"})
    dom = chromium(tmp_path, "--dump-dom", f"{server}/chitieu/indicators?{qs}")
    cells = re.findall(r'<td class="col-actual_value[^"]*">([^<]*)</td>', dom)
    assert cells == [str(RESULT)] * len(stored)
    for _, label, _ in stored:
        assert f'<td class="col-label type-str">{_in_dom(label)}</td>' in dom
    assert LABEL in dom


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_screenshot_of_the_indicators_table(server, tmp_path):
    shot = tmp_path / "x.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,2000", f"{server}/chitieu/indicators")
    data = shot.read_bytes()
    assert _png_size(data) == (1400, 2000)
    assert len(data) > 50_000        # a page of text; a blank page compresses to a few KB


def test_a_person_lands_on_the_readable_indicators_page(server, tmp_path):
    """From the index, the first link leads to chi_tieu, which opens on label, level, target,
    result, status, document, page, with their Vietnamese labels and An Giang's 93,6%."""
    index = chromium(tmp_path, "--dump-dom", f"{server}/")
    assert '<html lang="vi">' in index and "Để đọc" in index
    assert re.findall(r'href="/chitieu/([a-z_]+)"', index)[0] == "chi_tieu"
    dom = chromium(tmp_path, "--dump-dom", f"{server}/chitieu/chi_tieu?province=An+Giang&result=93%2C6%25")
    heads = re.findall(r'<th [^>]*data-column="([^"]+)"', dom)
    assert heads[:7] == ["label", "level", "target", "result", "status", "document", "page"]
    assert '<span class="col-vi">Kết quả</span>' in dom
    assert re.findall(r'<td class="col-result type-[^"]*">([^<]*)</td>', dom) == ["93,6%"]       # one document in three formats: once
    assert re.findall(r'<td class="col-status type-[^"]*">([^<]*)</td>', dom) == ["Đạt"]
