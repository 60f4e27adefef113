"""Corrections from the command line and the JSON API: validated (unknown field, wrong type, a row
or text that matches nothing → refused with a message, exit 1, nothing written), recomputing the
checks, reaching report / query / views, and surviving re-extraction of the same path: --force,
a paragraph inserted at the top, the corrected sentence removed (stale, listed, queued).

Seed 002 (An Giang's report, .txt) is extracted once per test into a folder of its own."""
from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli.main import cli
from extractor.review.app import ReviewApp, Request, ReviewError, check_host
from extractor.review.queue import queue as review_queue
from extractor.store.corrections import CorrectionError, add_item, correct, list_corrections, reanchor, undo
from extractor.store.database import open_db

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "002_271367b9633365e6.txt"
LABEL = "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử"      # target 100%, result 87,3%: not achieved
TOP = "Đoạn văn mở đầu được chèn thêm vào đầu báo cáo để thử việc neo lại các hiệu đính.\n\n"


def chitieu(*args: str) -> subprocess.CompletedProcess:
    """`chitieu ARGS` in the working directory, running this checkout's code."""
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Seed 002 extracted once; each test gets a copy of the folder and works in it."""
    folder = tmp_path_factory.mktemp("review_template")
    shutil.copy(SEED, folder / "bao_cao.txt")
    r = subprocess.run([sys.executable, "-m", "extractor", "extract", "bao_cao.txt", "--db", "chitieu.db", "--silent",
                        "--jobs", "1"], cwd=folder, capture_output=True, text=True, timeout=600,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    return folder


@pytest.fixture
def work(template, tmp_path, monkeypatch):
    """(source, database) in a folder of the test's own, which is the working directory: the
    database records the source by its relative path, as `chitieu extract corpus/` does."""
    folder = tmp_path / "w"
    shutil.copytree(template, folder)
    monkeypatch.chdir(folder)
    return Path("bao_cao.txt"), Path("chitieu.db")


def _indicator(db: Path, label: str = LABEL, path: str = "bao_cao.txt") -> dict:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        row = con.execute("select i.* from effective_indicators i join documents d on d.id = i.document_id "
                          "where i.label = ? and d.path = ?", [label, path]).fetchone()
        return dict(row) if row else {}
    finally:
        con.close()


def _checks(db: Path, indicator_id: int) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("select kind from checks where indicator_id = ?", [indicator_id])}
    finally:
        con.close()


def _extract(src: Path, db: Path, *extra: str) -> None:
    r = CliRunner().invoke(cli, ["extract", str(src), "--db", str(db), "--silent", "--jobs", "1", *extra])
    assert r.exit_code == 0, r.output


def test_a_corrected_target_reaches_checks_report_and_below_target(work):
    src, db = work
    ind = _indicator(db)
    assert ind["target_value"] == 100 and ind["achieved"] == 0 and "not_achieved" in _checks(db, ind["id"])
    below = CliRunner().invoke(cli, ["query", "--name", "below_target", "--json", "--db", str(db)])
    assert ind["id"] in [r["id"] for r in json.loads(below.output)]

    r = CliRunner().invoke(cli, ["correct", "indicators", str(ind["id"]), "target_value=80", "--note", "NQ: 80%",
                                 "--reviewer", "lan", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert "achieved" in r.output and "Đạt: 87,3% so với chỉ tiêu >=80%" in r.output

    after = _indicator(db)
    assert after["target_value"] == 80 and after["achieved"] == 1 and after["corrected"] == 1
    kinds = _checks(db, ind["id"])
    assert "achieved" in kinds and "not_achieved" not in kinds
    below = CliRunner().invoke(cli, ["query", "--name", "below_target", "--json", "--db", str(db)])
    assert ind["id"] not in [r["id"] for r in json.loads(below.output)]
    report = CliRunner().invoke(cli, ["report", str(src), "--db", str(db)]).output
    assert "mục tiêu ≥ 80% năm 2025; kết quả 87,3%; đánh giá: Vượt" in report and "Chưa đạt: 87,3%" not in report
    summary = CliRunner().invoke(cli, ["check", "--db", str(db)]).output      # re-run: still corrected
    assert "not_achieved" not in _checks(db, ind["id"]) and "indicators matched" in summary
    listed = json.loads(CliRunner().invoke(cli, ["corrections", "list", "--json", "--db", str(db)]).output)
    assert [(c["field"], c["old_value"], c["new_value"], c["reviewer"], c["note"], c["status"]) for c in listed] == [
        ("target_value", "100.0", "80.0", "lan", "NQ: 80%", "applied")]


def test_corrections_survive_force_a_paragraph_on_top_and_go_stale_when_their_text_goes(work):
    src, db = work
    ind = _indicator(db)
    assert CliRunner().invoke(cli, ["correct", "indicators", str(ind["id"]), "target_value=80",
                                    "--db", str(db)]).exit_code == 0
    _extract(src, db, "--force")
    assert _indicator(db)["target_value"] == 80 and _indicator(db)["achieved"] == 1

    src.write_text(TOP + SEED.read_text(encoding="utf-8"), encoding="utf-8")      # a revised file, same path
    _extract(src, db)
    moved = _indicator(db)
    assert moved["start"] > ind["start"] and moved["target_value"] == 80 and moved["achieved"] == 1
    assert "not_achieved" not in _checks(db, moved["id"])

    src.write_text(src.read_text(encoding="utf-8").replace(LABEL, "Nội dung khác hẳn"), encoding="utf-8")
    _extract(src, db)
    stale = json.loads(CliRunner().invoke(cli, ["corrections", "stale", "--json", "--db", str(db)]).output)
    assert [(c["field"], c["new_value"], c["status"], c["method"], c["anchor_text"]) for c in stale] == [
        ("target_value", "80.0", "stale", "gone", LABEL)]
    queued = review_queue(open_db(db))
    assert [e["key"] for e in queued if e["reasons"] == ["stale"]] == [f"correction:{stale[0]['id']}"]


def test_the_command_line_exactly_as_in_the_acceptance(work):
    """Subprocesses, as a user types them."""
    src, db = work
    ind = _indicator(db)
    r = chitieu("correct", "indicators", str(ind["id"]), "target_value=80", "--db", str(db))
    assert r.returncode == 0, r.stderr
    below = json.loads(chitieu("query", "--name", "below_target", "--json", "--db", str(db)).stdout)
    assert ind["id"] not in [x["id"] for x in below]
    assert "mục tiêu ≥ 80%" in chitieu("report", str(src), "--db", str(db)).stdout
    assert chitieu("extract", str(src), "--db", str(db), "--force", "--silent").returncode == 0
    src.write_text(TOP + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert chitieu("extract", str(src), "--db", str(db), "--silent").returncode == 0
    assert _indicator(db)["target_value"] == 80
    src.write_text(src.read_text(encoding="utf-8").replace(LABEL, "Một câu khác"), encoding="utf-8")
    assert chitieu("extract", str(src), "--db", str(db), "--silent").returncode == 0
    stale = json.loads(chitieu("corrections", "stale", "--json", "--db", str(db)).stdout)
    assert [c["anchor_text"] for c in stale] == [LABEL]


@pytest.mark.parametrize("args, message", [
    (["indicators", "{id}", "targt_value=80"], "unknown field 'targt_value'"),
    (["indicators", "{id}", "target_value=tám mươi"], "not a number"),
    (["indicators", "{id}", "target_year=2025.5"], "not an integer"),
    (["indicators", "{id}", "target_comparator=at least"], "not a comparator"),
    (["indicators", "{id}", "catalogue_id=NQ17-999"], "no such catalogue entry"),
    (["indicators", "{id}", "id=5"], "unknown field 'id'"),
    (["indicators", "{id}", "start=5"], "unknown field 'start'"),
    (["indicators", "99999", "target_value=80"], "no row 99999 in indicators"),
    (["indicators", "{id}", "target_value"], "is not FIELD=VALUE"),
    (["indicators", "{id}"], "nothing to correct"),
    (["indicators", "{id}", "target_value=80", "--reject"], "reject takes no FIELD=VALUE"),
])
def test_invalid_corrections_are_refused_with_a_message_and_nothing_is_written(work, args, message):
    _, db = work
    ind = _indicator(db)
    r = CliRunner().invoke(cli, ["correct", *[a.format(id=ind["id"]) for a in args], "--db", str(db)])
    assert r.exit_code == 1 and message in r.output and r.output.startswith("Error: CorrectionError")
    assert "Hint:" in r.output or message in ("nothing to correct", "reject takes no FIELD=VALUE",
                                              "not a number", "not an integer")
    assert sqlite3.connect(db).execute("select count(*) from corrections").fetchone()[0] == 0


def test_an_unknown_table_is_a_usage_error(work):
    _, db = work
    r = CliRunner().invoke(cli, ["correct", "blocks", "1", "text=x", "--db", str(db)])
    assert r.exit_code == 2 and "blocks" in r.output


def test_reject_and_added_item_survive_re_extraction_and_undo_is_a_correction(work):
    src, db = work
    d = open_db(db)
    q = next(iter(d.query("select id from quantities where text = '58.669 hồ sơ'")))["id"]
    correct(d, "quantities", q, action="reject", reviewer="lan")
    text = d.execute("select text from documents").fetchone()[0]
    phrase = "Tổng số dịch vụ công trực tuyến toàn trình"
    start = text.index("Tổng số DVC cung cấp mức độ 4")
    cid, row_id = add_item(d, 1, "indicators", start, start + len("Tổng số DVC cung cấp mức độ 4"),
                           {"label": phrase, "actual_value": "1144", "actual_unit": "dịch vụ"}, reviewer="lan")
    d.close()
    _extract(src, db, "--force")
    src.write_text(TOP + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    _extract(src, db)
    d = open_db(db)
    assert not list(d.query("select 1 from effective_quantities where text = '58.669 hồ sơ'"))
    assert len(list(d.query("select 1 from quantities where text = '58.669 hồ sơ'"))) == 1
    added = list(d.query("select * from effective_indicators where rule = 'review.add'"))
    assert [(a["label"], a["actual_value"], d.execute("select text from documents").fetchone()[0][a["start"]:a["end"]])
            for a in added] == [(phrase, 1144.0, "Tổng số DVC cung cấp mức độ 4")]
    reject = next(c for c in list_corrections(d) if c["action"] == "reject")
    assert reject["status"] == "applied"
    undo(d, reject["id"], reviewer="lan")
    assert len(list(d.query("select 1 from effective_quantities where text = '58.669 hồ sơ'"))) == 1
    assert [c["action"] for c in list_corrections(d)] == ["reject", "add", "restore"]   # append-only


def test_adding_refuses_a_text_that_is_not_there(work):
    _, db = work
    d = open_db(db)
    with pytest.raises(CorrectionError, match="is not"):
        add_item(d, 1, "indicators", 10, 20, {"label": "x"}, text="không có ở đây")
    with pytest.raises(CorrectionError, match="outside the document"):
        add_item(d, 1, "indicators", 10, 10_000_000, {"label": "x"})
    with pytest.raises(CorrectionError, match="missing field"):
        add_item(d, 1, "quantities", 10, 20, {"unit": "%"})
    with pytest.raises(CorrectionError, match="can be added to"):
        add_item(d, 1, "legal_refs", 10, 20, {"kind": "x"})
    assert d["corrections"].count == 0


def test_a_review_write_during_another_write_waits_and_succeeds(work):
    """WAL and a busy timeout: a correction made while extraction holds the write lock waits for
    it instead of failing with 'database is locked'."""
    _, db = work
    ind = _indicator(db)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("begin immediate")
    holder.execute("update documents set warnings = warnings where id = 1")
    released = threading.Event()

    def release():
        time.sleep(1.5)
        holder.execute("commit")
        released.set()

    threading.Thread(target=release).start()
    t0 = time.monotonic()
    ids = correct(open_db(db), "indicators", ind["id"], {"target_value": "80"})
    assert ids and released.is_set() and time.monotonic() - t0 >= 1.4
    holder.close()


def test_review_writes_during_chitieu_extract_succeed(work, tmp_path):
    src, db = work
    ind = _indicator(db)
    other = tmp_path / "ban_sao.txt"
    shutil.copy(SEED, other)
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", str(src), str(other), "--db", str(db),
                             "--force", "--silent", "--jobs", "1"], stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    app = ReviewApp(str(db))
    written = gone = 0
    try:
        while proc.poll() is None and written < 200:
            r = app.handle(_post(app, "/api/corrections", {"table": "documents", "id": ind["document_id"],
                                                           "action": "confirm"}))
            assert r.status == 200, r.body
            now = _indicator(db)       # its id changes when the batch saves the document again
            r = app.handle(_post(app, "/api/corrections", {"table": "indicators", "id": now.get("id"),
                                                           "action": "confirm"}))
            assert r.status == 200 or (r.status == 400 and b"no row" in r.body), r.body
            written += 1 + (r.status == 200)
            gone += r.status == 400
            time.sleep(0.05)
    finally:
        assert proc.wait(timeout=600) == 0, proc.stderr.read()
    assert written >= 2
    d = open_db(db)
    states = {c["status"] for c in list_corrections(d) if c["table_name"] == "indicators"}
    assert states == {"applied"}            # every acceptance landed on the indicator, none is lost
    assert {r["row_id"] for r in d.query("select row_id from correction_anchors where table_name = 'indicators'")} \
        == {_indicator(db)["id"]}


# --- the JSON API, through the application object ---------------------------------------------------

def _post(app: ReviewApp, path: str, body: dict, token: str | None = None) -> Request:
    return Request("POST", path, {}, {"x-csrf-token": app.token if token is None else token,
                                      "content-type": "application/json", "host": "127.0.0.1:8765"},
                   json.dumps(body).encode())


def _get(path: str, **query) -> Request:
    return Request("GET", path, {k: str(v) for k, v in query.items()}, {"host": "127.0.0.1:8765"})


def test_api_validates_every_write_and_needs_the_csrf_token(work):
    _, db = work
    app = ReviewApp(str(db), reviewer="lan")
    ind = _indicator(db)
    body = {"table": "indicators", "id": ind["id"], "action": "set", "changes": {"target_value": "80"}}
    assert app.handle(_post(app, "/api/corrections", body, token="")).status == 403
    assert app.handle(_post(app, "/api/corrections", body, token="wrong")).status == 403
    cross = _post(app, "/api/corrections", body)
    cross.headers["origin"] = "http://evil.example"
    assert app.handle(cross).status == 403
    for bad, message in [({**body, "changes": {"nope": 1}}, "unknown field 'nope'"),
                         ({**body, "changes": {"target_value": "x"}}, "not a number"),
                         ({**body, "id": 99999}, "no row 99999"),
                         ({**body, "table": "blocks"}, "unknown table"),
                         ({**body, "action": "destroy"}, "unknown action")]:
        r = app.handle(_post(app, "/api/corrections", bad))
        assert r.status == 400 and message in json.loads(r.body)["error"], r.body
    assert sqlite3.connect(db).execute("select count(*) from corrections").fetchone()[0] == 0
    r = app.handle(_post(app, "/api/corrections", body))
    assert r.status == 200 and json.loads(r.body)["ok"]
    listed = json.loads(app.handle(_get("/api/corrections")).body)
    assert [(c["reviewer"], c["new_value"]) for c in listed] == [("lan", "80.0")]
    doc = json.loads(app.handle(_get(f"/api/documents/{ind['document_id']}")).body)
    item = next(i for i in doc["items"] if i["key"] == f"indicators:{ind['id']}")
    assert item["fields"]["target_value"] == 80 and item["raw"]["target_value"] == 100
    assert item["state"] == "corrected" and "achieved" in [c["kind"] for c in item["checks"]]
    assert json.loads(app.handle(_get("/api/csrf")).body)["token"] == app.token
    r = app.handle(_post(app, "/api/items", {"document_id": 1, "table": "indicators", "start": 5, "end": 9,
                                             "text": "not the text", "fields": {"label": "x"}}))
    assert r.status == 400 and "is not" in json.loads(r.body)["error"]
    assert app.handle(Request("POST", "/api/corrections", {}, {"host": "h"}, b"{")).status == 403


def test_api_queue_orders_what_needs_a_human_first(work):
    _, db = work
    app = ReviewApp(str(db))
    entries = json.loads(app.handle(_get("/api/queue")).body)
    assert entries and [e["priority"] for e in entries] == sorted(e["priority"] for e in entries)
    assert entries[0]["priority"] == 1 and "warning" in entries[0]["reasons"]
    only = json.loads(app.handle(_get("/api/queue", check="not_achieved")).body)
    assert only and all("not_achieved" in e["checks"] for e in only)
    assert json.loads(app.handle(_get("/api/queue", kind="legal_ref")).body) == []
    docs = json.loads(app.handle(_get("/api/documents")).body)
    assert docs[0]["open"] == len(entries) and docs[0]["progress"] == 0


def test_pages_escape_document_text_and_send_a_strict_policy(work, tmp_path):
    hostile = tmp_path / "doc_hai.txt"
    hostile.write_text('Báo cáo <script>alert("x")</script> và <a href="javascript:alert(1)">liên kết</a>.\n\n'
                       "Tỷ lệ hồ sơ <b>trực tuyến</b> đạt 90%, chỉ tiêu 80%.\n", encoding="utf-8")
    _, db = work
    _extract(hostile, db)
    app = ReviewApp(str(db))
    doc_id = sqlite3.connect(db).execute("select id from documents where path = ?", [str(hostile)]).fetchone()[0]
    page = app.handle(_get(f"/doc/{doc_id}")).body.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page and "<b>trực" not in page
    assert page.count("</script>") == 2                     # the page's data and review.js: nothing from the text
    assert "\\u003cb\\u003etrực tuyến\\u003c/b\\u003e" in page      # an item's text, in the page's JSON data
    headers = {}

    async def send(msg):
        if msg["type"] == "http.response.start":
            headers.update({k.decode(): v.decode() for k, v in msg["headers"]})
    import asyncio
    asyncio.run(app._send(send, app.handle(_get("/"))))
    assert "script-src 'self'" in headers["content-security-policy"]


def test_loopback_by_default_and_a_password_elsewhere(work):
    check_host("127.0.0.1", None)
    check_host("localhost", None)
    check_host("::1", None)
    with pytest.raises(ReviewError, match="without a password"):
        check_host("0.0.0.0", None)
    check_host("0.0.0.0", "s3cret")
    r = CliRunner().invoke(cli, ["review", "--host", "0.0.0.0", "--db", str(work[1])], env={"CHITIEU_REVIEW_PASSWORD": ""})
    assert r.exit_code == 1 and "refusing to listen on 0.0.0.0 without a password" in r.output
    app = ReviewApp(str(work[1]), password="s3cret")
    assert app.handle(_get("/api/queue")).status == 401
    ok = _get("/api/queue")
    ok.headers["authorization"] = "Basic " + base64.b64encode(b"lan:s3cret").decode()
    assert app.handle(ok).status == 200


def test_reanchor_is_idempotent_and_reports_counts(work):
    _, db = work
    d = open_db(db)
    ind = _indicator(db)
    correct(d, "indicators", ind["id"], {"target_value": "80", "level": "tỉnh"})
    assert reanchor(d, 1) == {"applied": 2}
    assert reanchor(d, 1) == {"applied": 2}
    assert d["correction_anchors"].count == 2
