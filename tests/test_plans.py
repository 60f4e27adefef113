"""Plans become the catalogue (issue 15, Deliver 1): seed 004 (Kế hoạch 617/KH-UBND) and a Báo cáo
kết quả written for the tests (tests/data/bao_cao_ket_qua_phu_luc_II.txt) that answers its Phụ lục II
with its own figures, extracted into one database: the plan's targets are catalogue entries sourced
to it, and the report's indicators are matched to them first."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from extractor.batch import run_batch
from extractor.check.checks import run_all_checks
from extractor.check.plans import _num, _sym
from extractor.store import database as store

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus" / "004_6235157468960801.docx"
REPORT = ROOT / "tests" / "data" / "bao_cao_ket_qua_phu_luc_II.txt"
# the same report as .docx (a real table) and .pdf (LibreOffice): scripts/make_plan_report_fixture.py

# report indicator label (start) → the plan target it answers (start of Phụ lục II's wording)
PAIRS = [
    ("Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình", "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình"),
    ("Tỷ lệ thanh toán trực tuyến", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số"),
    ("Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận"),
    ("Tỷ lệ số hóa hồ sơ", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết"),
    ("Tỷ lệ kết quả xử lý hồ sơ TTHC", "Tỷ lệ kết quả xử lý hồ sơ TTHC của bộ, ngành, địa phương"),
    ("Tỷ lệ văn bản, hồ sơ công việc", "Tỷ lệ văn bản, hồ sơ công việc (trừ văn bản"),
    ("Tỷ lệ cấp kết quả giải quyết", "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử"),
    ("Tỷ lệ khai thác, sử dụng lại", "Tỷ lệ khai thác, sử dụng lại thông tin"),
    ("Tỷ lệ xử lý phản ánh, kiến nghị", "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn"),
    ("Mức độ hài lòng", "Mức độ hài lòng trong tiếp nhận"),
]


def _extract(tmp_path, paths):
    db_path = tmp_path / "plans.db"
    summary = run_batch(paths, db_path)
    assert not summary.errors
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    return db_path, con


def _report_rows(con):
    return list(con.execute(
        "select i.id, i.label, i.catalogue_id, i.match_evidence, c.indicator as target, c.origin, c.document_id, "
        "c.value as target_value, i.actual_value from indicators i join documents d on d.id = i.document_id "
        "left join catalogue c on c.id = i.catalogue_id where d.doc_type = 'Báo cáo' order by i.start"))


def _plan_id(con):
    return con.execute("select id from documents where number = '617' and symbol = 'KH-UBND'").fetchone()[0]


def _pair(label: str):
    # the PDF reader may join the heading above to the first label: the pair's words are inside
    return next((t for lab, t in PAIRS if lab in label), None)


def _matched_share(con) -> tuple[float, list]:
    rows = _report_rows(con)
    plan = _plan_id(con)
    ok, bad = 0, []
    for r in rows:
        want = _pair(r["label"])
        assert want is not None, f"no hand-made pair for report indicator {r['label']!r}"
        if r["document_id"] == plan and r["origin"] == "extracted" and (r["target"] or "").startswith(want):
            ok += 1
        else:
            bad.append((r["label"], r["catalogue_id"], r["target"]))
    return ok / len(rows), bad


@pytest.mark.parametrize("order", ["plan_first", "report_first"])
def test_report_matches_the_plan_it_cites(tmp_path, order):
    paths = [PLAN, REPORT] if order == "plan_first" else [REPORT, PLAN]
    _, con = _extract(tmp_path, paths)
    rows = _report_rows(con)
    assert len(rows) >= 6
    share, bad = _matched_share(con)
    print(f"{order}: {share:.0%} of {len(rows)} report indicators matched to KH 617's targets")
    assert share >= 0.9, bad
    ev = json.loads(rows[0]["match_evidence"])
    assert ev["cited"] == "KH 617/KH-UBND" and ev["cited_document_id"] == _plan_id(con)
    assert ev["similarity"] >= 0.55 and ev["national"] == "NQ01-01"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_docx_and_pdf_renderings_match_too(tmp_path, fmt):
    report = REPORT.with_suffix("." + fmt)
    _, con = _extract(tmp_path, [report, PLAN])
    rows = _report_rows(con)
    assert len(rows) >= 6
    share, bad = _matched_share(con)
    print(f"{fmt}: {share:.0%} of {len(rows)} report indicators matched to KH 617's targets")
    assert share >= 0.9, bad


def test_plan_targets_are_catalogue_entries(tmp_path):
    db_path, con = _extract(tmp_path, [PLAN, REPORT])
    plan = _plan_id(con)
    origins = dict(con.execute("select origin, count(*) from catalogue group by origin").fetchall())
    assert origins["curated"] >= 150 and origins["extracted"] >= 11
    rows = list(con.execute("select * from catalogue where origin = 'extracted'"))
    assert {r["document_id"] for r in rows} == {plan}
    # provenance: each entry names the indicator it came from, with the same target
    for r in rows:
        ind = con.execute("select document_id, label, target_value from indicators where id = ?",
                          [r["indicator_id"]]).fetchone()
        assert ind["document_id"] == plan and ind["label"] == r["indicator"] and ind["target_value"] == r["value"]
    assert any(r["indicator"].startswith("Tỷ lệ thanh toán trực tuyến") and r["value"] == 60 for r in rows)
    # checking again replaces the plan's entries (no duplicates) and keeps the matches
    n = len(rows)
    db = store.open_db(db_path)
    run_all_checks(db)
    con2 = sqlite3.connect(db_path)
    con2.row_factory = sqlite3.Row
    assert con2.execute("select count(*) from catalogue where origin = 'extracted'").fetchone()[0] == n
    assert _matched_share(con2)[0] >= 0.9
    # the question "Kế hoạch 617 — chỉ tiêu — kết quả theo từng báo cáo" is one query
    q = list(con2.execute(
        "select c.indicator, c.value, i.actual_value, d.number || '/' || d.symbol as report from catalogue c "
        "join indicators i on i.catalogue_id = c.id join documents d on d.id = i.document_id "
        "where c.origin = 'extracted' and c.source = 'KH 617/KH-UBND'"))
    assert len(q) >= 9 and all(r["report"] == "412/BC-UBND" for r in q)
    assert any(r["indicator"].startswith("Tỷ lệ thanh toán") and r["actual_value"] == 52.4 for r in q)
    # … and a canned query (chitieu query --name plan_results, Datasette)
    from extractor.store.queries import run_query
    res = list(run_query(db, name="plan_results", params={"plan": "617/KH-UBND"}).dicts())
    assert len(res) >= 9 and all(r["report"] == "412/BC-UBND" and r["plan"] == "KH 617/KH-UBND" for r in res)
    pay = next(r for r in res if r["target_label"].startswith("Tỷ lệ thanh toán trực tuyến"))
    assert (pay["target_value"], pay["actual_value"], pay["achieved"]) == (60, 52.4, 0) and pay["similarity"] > 0.8


def test_a_report_alone_matches_the_national_catalogue(tmp_path):
    _, con = _extract(tmp_path, [REPORT])
    rows = _report_rows(con)
    assert rows and all(r["match_evidence"] is None for r in rows)
    assert all(r["origin"] in (None, "curated") for r in rows)
    assert con.execute("select count(*) from catalogue where origin = 'extracted'").fetchone()[0] == 0


def test_reference_keys():
    assert _num("0617") == _num("617") and _sym("KH-UBND") == _sym("KH/UBND") == _sym("kh-ubnd")
    assert _sym("QĐ-TTg") == _sym("QD-TTG")


@pytest.mark.parametrize("doc, label", [
    ({"id": 7, "doc_type": "Kế hoạch", "number": "617", "symbol": "KH-UBND", "path": "a/kh617.txt"}, "KH 617/KH-UBND"),
    ({"id": 7, "doc_type": "Nghị quyết", "number": None, "symbol": None, "path": "x/nq_bo_sung.md"}, "Nghị quyết nq_bo_sung.md"),
    ({"id": 9, "doc_type": "Nghị quyết", "number": None, "symbol": None, "path": "x/nq_bo_sung.md"}, "Nghị quyết nq_bo_sung.md"),
])
def test_a_plan_without_a_number_is_labelled_by_its_file_not_its_row_id(doc, label):
    from extractor.check.plans import source_label
    assert source_label(doc) == label
