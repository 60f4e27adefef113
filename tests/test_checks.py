"""Checks: the arithmetic function on numbers, then every check kind on rows inserted into a fresh
database (the rows seed 002 and seed 000 give), then the real pipeline on the seeds when the
extractors are there."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.store import database as store
from extractor.check.checks import decimals_of, meets, percent_agrees, run_all_checks, run_checks

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


# --- the arithmetic function ----------------------------------------------------------------------

@pytest.mark.parametrize("num, den, stated", [
    (54935, 62922, 87.3),      # seed 002 row 11: 54935/62922=87,3%
    (32177, 32656, 98.53),     # seed 002 row 15: 32.177/32.656 … đạt tỉ lệ 98,53%
    (54919, 58669, 93.6),      # seed 002 row 2: 54.919 of 58.669 hồ sơ → 93,6%
    (38344, 38344, 100),
    (6, 11, 54.55),
])
def test_percent_agrees(num, den, stated):
    assert percent_agrees(num, den, stated)


def test_truncation_is_told_apart_from_rounding():
    # 2/3 = 66.66…: '66,6%' is truncated, '66,7%' rounded
    assert not percent_agrees(2, 3, 66.6) and percent_agrees(2, 3, 66.6, truncated=True)
    assert percent_agrees(2, 3, 66.7) and not percent_agrees(2, 3, 66.7, truncated=True)


@pytest.mark.parametrize("num, den, stated", [
    (54935, 62922, 87.8), (54935, 62922, 87.4), (44935, 62922, 87.3), (54985, 62922, 87.3), (54935, 52922, 87.3),
    (32177, 32656, 98.63), (32177, 32756, 98.53), (32177, 33656, 98.53), (31177, 32656, 98.53),
    (54919, 58669, 93.1), (54919, 57669, 93.6), (54919, 58669, 94.6), (5919, 58669, 93.6),
    (6, 11, 54.7), (1, 0, 10),
])
def test_percent_disagrees_with_one_digit_changed(num, den, stated):
    assert not percent_agrees(num, den, stated)


@pytest.mark.parametrize("value, decimals", [(87.3, 1), (98.53, 2), (100.0, 0), (93.6, 1), (0.5, 1)])
def test_decimals_of(value, decimals):
    assert decimals_of(value) == decimals


@pytest.mark.parametrize("actual, cmp_, value, high, lower, ok", [
    (93.6, ">=", 50, None, False, True), (87.3, ">=", 100, None, False, False), (20, ">", 20, None, False, False),
    (50, "range", 30, 50, False, True), (25, "range", 30, 50, False, False), (5, "<=", 10, None, False, True),
    (12, ">=", 10, None, True, False),
])
def test_meets(actual, cmp_, value, high, lower, ok):
    assert meets(actual, cmp_, value, high, lower) is ok


# --- a fresh database with the rows of seed 002 and seed 000 ------------------------------------

HEADER = ["TT", "Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP", "Mục tiêu đến năm 2025", "Nội dung thực hiện",
          "Kết quả tháng 01 năm 2025"]
ROW2 = ("Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của từng cơ quan, "
        "đơn vị, địa phương")
ROW2_CELL = ("- Tổng số hồ sơ trực tuyến mức độ một phần, toàn trình: {a} hồ sơ.\n- Tổng số hồ sơ xử lý trực tuyến "
             "và trực tiếp mức độ một phần, toàn trình: {b} hồ sơ.\n- Tỷ lệ hồ sơ trực tuyến: {p}%")
ROW3 = "Tích hợp dịch vụ công trực tuyến mức độ 3, 4 của địa phương với Cổng Dịch vụ công quốc gia"
ROW11 = "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử"
ROW11_CELL = ("Hồ sơ trực tuyến phải được số hóa (Tổng số hồ sơ trả kết quả: 62.922 hồ sơ, tổng số hồ sơ cấp kết "
              "quả bản điện tử: 54.935 hồ sơ, tỷ lệ {n}/62922={p}%)")
ROW15 = "Văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật theo quy định của pháp luật) dưới dạng điện tử"
ROW15_CELL = "Tháng 01 năm 2025, tổng số văn bản điện tử phát hành là {n}/32.656 văn bản (trừ văn bản mật), đạt tỉ lệ {p}%."
SUM_TEXT = ("Toàn tỉnh có 14 điểm cầu Hội nghị truyền hình trực tuyến (01 điểm cầu tại UBND tỉnh, 02 điểm cầu tại "
            "Sở (01 điểm cầu tại Trung tâm và 01 điểm cầu tại Sở), {last} điểm cầu tại UBND cấp huyện).")
I2_TEXT = ("2. Đạt trên 20% Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của "
           "từng bộ, ngành, địa phương (Hiện nay đạt trên 90%).")


class Doc:
    """Builds one document's text and rows with consistent offsets."""

    def __init__(self, db, path="002_271367b9633365e6.txt"):
        self.db, self.text, self.blocks = db, "", 0
        self.id = db["documents"].insert({"path": path, "status": "ok", "format": "txt", "text": ""}).last_pk

    def _append(self, s: str) -> int:
        start = len(self.text) + (2 if self.text else 0)
        self.text += ("\n\n" if self.text else "") + s
        self.db["documents"].update(self.id, {"text": self.text})
        return start

    def block(self, kind: str, text: str, section: str | None = None) -> tuple[int, int]:
        start = self._append(text)
        bid = self.db["blocks"].insert({"document_id": self.id, "idx": self.blocks, "kind": kind, "start": start,
                                        "end": start + len(text), "text": text, "section": section}).last_pk
        self.blocks += 1
        return bid, start

    def table(self, rows: list[list[str]]) -> tuple[int, dict]:
        text = "\n".join(" | ".join(r) for r in rows)
        bid, start = self.block("table", text)
        pos, where = start, {}
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                self.db["cells"].insert({"document_id": self.id, "block_id": bid, "row": i, "col": j,
                                         "start": pos, "end": pos + len(cell), "text": cell, "is_header": int(i == 0)})
                where[(i, j)] = pos
                pos += len(cell) + 3
            pos += 1 - 3  # the last cell had no ' | ' after it, the row a '\n'
        return bid, where

    def quantity(self, bid: int, start: int, text: str, context: str, row=None, col=None, **kw) -> int:
        return self.db["quantities"].insert({"document_id": self.id, "block_id": bid, "start": start,
                                             "end": start + len(text), "text": text, "row": row, "col": col,
                                             "context": context, "rule": "test", **kw}).last_pk

    def indicator(self, bid: int, start: int, label: str, row=None, **kw) -> int:
        return self.db["indicators"].insert({"document_id": self.id, "block_id": bid, "start": start,
                                             "end": start + len(label), "text": label, "label": label,
                                             "row": row, "rule": "test", **kw}).last_pk


def _q_in(doc: Doc, bid: int, cell_start: int, cell: str, needle: str, row, col, **kw) -> int:
    i = cell.index(needle)
    return doc.quantity(bid, cell_start + i, needle, cell, row=row, col=col, **kw)


def seed002_db(tmp_path, a="54.919", b="58.669", p2="93,6", n11="54935", p11="87,3", n15="32.177", p15="98,53",
               last="11", stated_inline=True):
    db = store.open_db(tmp_path / "t.db")
    doc = Doc(db)
    cell2 = ROW2_CELL.format(a=a, b=b, p=p2)
    cell11 = ROW11_CELL.format(n=n11, p=p11)
    cell15 = ROW15_CELL.format(n=n15, p=p15)
    rows = [HEADER, ["2", ROW2, "50%", cell2, "93,6%"], ["3", ROW3, "100%", "Đã tích hợp", "100%"],
            ["11", ROW11, "100%", cell11, "87,3%"], ["15", ROW15, "100%", cell15, "98,53%"]]
    bid, at = doc.table(rows)
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    _q_in(doc, bid, at[(1, 3)], cell2, a, 1, 3, kind="count", value=num(a), unit="hồ sơ")
    _q_in(doc, bid, at[(1, 3)], cell2, b, 1, 3, kind="count", value=num(b), unit="hồ sơ")
    _q_in(doc, bid, at[(1, 3)], cell2, p2 + "%", 1, 3, kind="percent", value=num(p2), unit="%")
    _q_in(doc, bid, at[(3, 3)], cell11, f"{n11}/62922={p11}%", 3, 3, kind="ratio", numerator=num(n11),
          denominator=62922, stated_percent=num(p11))
    ratio15 = f"{n15}/32.656"
    _q_in(doc, bid, at[(4, 3)], cell15, ratio15, 4, 3, kind="ratio", numerator=num(n15), denominator=32656,
          stated_percent=num(p15) if stated_inline else None)
    _q_in(doc, bid, at[(4, 3)], cell15, p15 + "%", 4, 3, kind="percent", value=num(p15), unit="%")
    ind = {
        2: doc.indicator(bid, at[(1, 1)], ROW2, row=1, target_comparator=">=", target_value=50, target_unit="%",
                         target_year=2025, actual_value=93.6, actual_unit="%"),
        3: doc.indicator(bid, at[(2, 1)], ROW3, row=2, target_comparator=">=", target_value=100, target_unit="%",
                         target_year=2025, actual_value=100, actual_unit="%"),
        11: doc.indicator(bid, at[(3, 1)], ROW11, row=3, target_comparator=">=", target_value=100, target_unit="%",
                          target_year=2025, actual_value=87.3, actual_unit="%"),
    }
    sum_text = SUM_TEXT.format(last=last)
    sbid, s0 = doc.block("list_item", sum_text)
    for needle, value, nth in (("14", 14, 0), ("01", 1, 0), ("02", 2, 0), ("01", 1, 1), ("01", 1, 2), (last, int(last), 0)):
        i = -1
        for _ in range(nth + 1):
            i = sum_text.index(needle + " điểm cầu", i + 1)
        doc.quantity(sbid, s0 + i, needle + " điểm cầu", sum_text, kind="count", value=value, unit="điểm cầu")
    return db, doc, ind


def _checks(db, **where):
    sql = " and ".join(f"{k} = ?" for k in where) or "1"
    return list(db.query(f"select * from checks where {sql}", list(where.values())))


def test_arithmetic_passes_on_seed_002_figures(tmp_path):
    db, doc, _ = seed002_db(tmp_path)
    run_checks(db, [doc.id])
    arith = _checks(db, kind="arithmetic")
    assert {r["rule"] for r in arith if r["severity"] == "ok"} >= {
        "arithmetic.ratio_stated_percent", "arithmetic.parts_stated_apart", "arithmetic.parts_sum"}
    assert not [r for r in arith if r["severity"] != "ok"], arith
    texts = " ".join(r["text"] for r in arith)
    assert "54935/62922=87,3%" in texts and "32.177/32.656" in texts and "93,6%" in texts


def test_ratio_without_inline_percent_uses_the_percent_after_it(tmp_path):
    db, doc, _ = seed002_db(tmp_path, stated_inline=False)
    run_checks(db, [doc.id])
    assert [r["severity"] for r in _checks(db, rule="arithmetic.ratio_nearby_percent")] == ["ok"]
    db2, doc2, _ = seed002_db(tmp_path / "b", p15="98,63", stated_inline=False)
    run_checks(db2, [doc2.id])
    assert [r["severity"] for r in _checks(db2, rule="arithmetic.ratio_nearby_percent")] == ["error"]


@pytest.mark.parametrize("change, rule", [
    (dict(n11="54035"), "arithmetic.ratio_stated_percent"),
    (dict(p11="87,8"), "arithmetic.ratio_stated_percent"),
    (dict(n15="32.197"), "arithmetic.ratio_stated_percent"),
    (dict(p15="98,58"), "arithmetic.ratio_stated_percent"),
    (dict(a="54.819"), "arithmetic.parts_stated_apart"),
    (dict(p2="93,1"), "arithmetic.parts_stated_apart"),
    (dict(last="12"), "arithmetic.parts_sum"),
])
def test_arithmetic_fails_with_one_digit_changed(tmp_path, change, rule):
    db, doc, _ = seed002_db(tmp_path, **change)
    run_checks(db, [doc.id])
    bad = [r for r in _checks(db, kind="arithmetic", rule=rule) if r["severity"] in ("error", "warning")]
    assert len(bad) == 1, _checks(db, kind="arithmetic")


def test_row3_integration_target_mismatch_against_nq17(tmp_path):
    db, doc, ind = seed002_db(tmp_path)
    run_checks(db, [doc.id])
    row = db["indicators"].get(ind[3])
    assert row["catalogue_id"] == "NQ17-27" and row["runner_up_id"]
    tm = _checks(db, kind="target_mismatch", indicator_id=ind[3])
    assert len(tm) == 1 and tm[0]["severity"] == "warning" and tm[0]["expected"] == ">=50%"
    assert "NQ 17/NQ-CP" in tm[0]["message"] and tm[0]["message_en"]
    assert tm[0]["start"] is not None and tm[0]["text"] == ROW3
    conflict = _checks(db, kind="conflicting_sources", indicator_id=ind[3])
    assert conflict and "AG-01" in conflict[0]["found"]


def test_row2_matches_and_achieves(tmp_path):
    db, doc, ind = seed002_db(tmp_path)
    run_checks(db, [doc.id])
    assert db["indicators"].get(ind[2])["catalogue_id"] == "NQ17-25"
    assert not _checks(db, kind="target_mismatch", indicator_id=ind[2])
    assert [r["kind"] for r in _checks(db, indicator_id=ind[2]) if r["kind"].endswith("achieved")] == ["achieved"]
    assert [r["kind"] for r in _checks(db, indicator_id=ind[11]) if r["kind"].endswith("achieved")] == ["not_achieved"]
    # NQ 17 sets 'xử lý bằng hồ sơ điện tử' for 2019-2020 only (50%): a period note, not a warning
    tm = _checks(db, kind="target_mismatch", indicator_id=ind[11])
    assert [(r["severity"], r["rule"]) for r in tm] == [("info", "target_mismatch.period")]


def test_checks_are_idempotent(tmp_path):
    db, doc, _ = seed002_db(tmp_path)
    n1 = run_checks(db, [doc.id])
    rows1 = sorted((r["kind"], r["severity"], r["start"]) for r in _checks(db))
    n2 = run_checks(db, [doc.id])
    assert n1 == n2 == db["checks"].count
    assert rows1 == sorted((r["kind"], r["severity"], r["start"]) for r in _checks(db))
    assert run_all_checks(db) == n1
    assert db["catalogue"].count > 100


def test_comparator_mismatch_tren_for_tu_tro_len(tmp_path):
    db = store.open_db(tmp_path / "t.db")
    doc = Doc(db, "000_64fc1f9029895d3a.txt")
    bid, s = doc.block("list_item", I2_TEXT, section="Tiến độ các mục tiêu thực hiện Nghị quyết số 17/NQ-CP › "
                                                     "I. Kết quả thực hiện các chỉ tiêu năm 2020:")
    label = "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của từng bộ, ngành, địa phương"
    iid = doc.indicator(bid, s + I2_TEXT.index(label), label, target_comparator=">", target_value=20,
                        target_unit="%", target_year=2020, actual_comparator=">", actual_value=90, actual_unit="%")
    run_checks(db, [doc.id])
    assert db["indicators"].get(iid)["catalogue_id"] == "NQ17-02"
    tm = _checks(db, kind="target_mismatch")
    assert [(r["severity"], r["rule"]) for r in tm] == [("info", "target_mismatch.comparator")]


def test_out_of_range_and_unmatched(tmp_path):
    db = store.open_db(tmp_path / "t.db")
    doc = Doc(db, "x.txt")
    text = "Tỷ lệ hồ sơ đúng hạn đạt 112%; số vụ việc -3 vụ; thu ngân sách tăng 125% so với cùng kỳ."
    bid, s = doc.block("paragraph", text)
    doc.quantity(bid, s + text.index("112%"), "112%", text, kind="percent", value=112, unit="%")
    doc.quantity(bid, s + text.index("-3 vụ"), "-3 vụ", text.split(";")[1], kind="count", value=-3, unit="vụ")
    doc.quantity(bid, s + text.index("125%"), "125%", "thu ngân sách tăng 125% so với cùng kỳ", kind="percent", value=125)
    doc.indicator(bid, s, "Tổ chức hội nghị sơ kết công tác phòng chống thiên tai", target_value=1)
    run_checks(db, [doc.id])
    oor = _checks(db, kind="out_of_range")
    assert sorted(r["rule"] for r in oor) == ["range.negative_count", "range.percent_above_100"]
    assert len(_checks(db, kind="unmatched")) == 1


# --- the real pipeline on the seeds ---------------------------------------------------------------

def _pipeline_ready() -> bool:
    try:
        import extractor.link.indicators  # noqa: F401
        import extractor.extract.quantities  # noqa: F401
    except ImportError:
        return False
    return SEEDS.exists()


@pytest.mark.skipif(not _pipeline_ready(), reason="indicator/quantity extractors or ../shared/seeds absent")
def test_pipeline_on_seed_002(tmp_path):
    from extractor.batch import run_batch

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "002_271367b9633365e6.txt", src)
    run_batch([src], tmp_path / "c.db", jobs=1)
    db = store.open_db(tmp_path / "c.db")
    rows = list(db.query("select * from checks"))
    arith_ok = [r for r in rows if r["kind"] == "arithmetic" and r["severity"] == "ok"]
    assert any("54935/62922" in (r["text"] or "") for r in arith_ok)
    assert any("32.177/32.656" in (r["text"] or "") for r in arith_ok)
    assert any(r["rule"] == "arithmetic.parts_stated_apart" and r["found"] == "93.6" for r in arith_ok)
    integ = [r for r in rows if r["kind"] == "target_mismatch" and r["catalogue_id"] == "NQ17-27"]
    assert integ, [(r["kind"], r["catalogue_id"], r["message"]) for r in rows]


@pytest.mark.parametrize("context, header, flagged", [
    ("Tỷ lệ hồ sơ trực tuyến đạt 120%", None, True),
    ("127,01%", "DT 2026 với UT 2025 (%)", False),          # a comparison column in a budget table
    ("127,01%", "Tỷ lệ (%)", True),
    ("tăng 115% so với cùng kỳ", None, False),
])
def test_percent_above_100_only_where_impossible(context, header, flagged):
    from extractor.check.checks import range_findings
    q = {"id": 1, "kind": "percent", "value": float(context.split("%")[0].split()[-1].replace(",", ".")),
         "high": None, "unit": "%", "context": context, "text": context.split()[-1] if header is None else context,
         "header": header, "block_id": 1, "page": None, "start": 0, "end": 5, "rule": "t", "row": None}
    found = [f for f in range_findings([q]) if f.kind == "out_of_range"]
    assert bool(found) == flagged


def test_percent_above_100_in_a_growth_row_of_a_table():
    from extractor.check.checks import range_findings
    q = {"id": 1, "kind": "percent", "value": 106.9, "high": None, "unit": "%", "context": "106,9",
         "text": "106,9", "header": "Năm 2026", "subject": "Tốc độ tăng thu ngân sách", "row": 12,
         "block_id": 1, "page": None, "start": 0, "end": 5, "rule": "t"}
    assert [f for f in range_findings([q]) if f.kind == "out_of_range"] == []
    q["subject"] = "Tỷ lệ hồ sơ trực tuyến"
    assert [f.kind for f in range_findings([q])] == ["out_of_range"]


@pytest.mark.parametrize("num, den, value, severity", [
    (2126234, 2128626, 99.89, "ok"),          # tvpl 0204-KH-UBND: '4=3/2' columns, row A
    (52500, 41335, 127.01, "ok"),             # above 100: a rate of plan, no numerator warning
    (300, 400, 80.0, "error"),
])
def test_a_rate_linked_to_its_columns_is_checked(num, den, value, severity):
    from extractor.check.checks import ratio_findings
    q = {"id": 1, "kind": "percent", "value": value, "numerator": num, "denominator": den, "stated_percent": value,
         "document_id": 1, "block_id": 1, "page": None, "start": 0, "end": 5, "text": str(value), "row": 2, "col": 5,
         "context": str(value)}
    (f,) = ratio_findings([q])
    assert (f.kind, f.rule, f.severity) == ("arithmetic", "arithmetic.rate_of_columns", severity)
