"""Ranges of counted things: one `range` row, and beside it one `count` row per end (`range_end`).

The gold counts every written number of things once per occurrence, so both ends of '22 - 23 triệu
lượt khách' are counts, as the stated '87,3%' of '54935/62922=87,3%' is a percentage beside its ratio.
People read the range row: the end counts stay in the raw table and out of the effective views, the
reading views, exports, the review queue, checks and indicators.
"""
from __future__ import annotations

import collections
import json
import shutil
from pathlib import Path

import pytest

from extractor.extract.quantities import extract_quantities, find_quantities

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _ends(text: str) -> list[tuple]:
    return [(f.range_end, f.value, f.unit, text[f.start:f.end]) for f in find_quantities(text)
            if f.kind == "count" and f.range_end]


# strings in the style of plans, telegrams and reports (paraphrased from ../shared/corpus)
@pytest.mark.parametrize("text, ends", [
    ("Phấn đấu đón 22 - 23 triệu lượt khách du lịch quốc tế",
     [("low", 22e6, "lượt", "22"), ("high", 23e6, "lượt", "23")]),
    ("Dự báo từ 09 - 11 cơn bão và áp thấp nhiệt đới hoạt động trên Biển Đông",
     [("low", 9, "cơn bão", "09"), ("high", 11, "cơn bão", "11")]),
    ("Mỗi huyện xây dựng 3-5 mô hình điểm về chuyển đổi số cấp xã",
     [("low", 3, "mô hình", "3"), ("high", 5, "mô hình", "5")]),
    ("thu hút khoảng 1.000 - 1.200 người lao động vào làm việc",
     [("low", 1000, "người", "1.000"), ("high", 1200, "người", "1.200")]),
    ("mỗi đoàn kiểm tra bố trí từ 2 đến 3 cán bộ",
     [("low", 2, "cán bộ", "2"), ("high", 3, "cán bộ", "3")]),
    ("hỗ trợ 10–15 doanh nghiệp khởi nghiệp sáng tạo mỗi năm",
     [("low", 10, "doanh nghiệp", "10"), ("high", 15, "doanh nghiệp", "15")]),
])
def test_both_ends_of_a_range_of_counted_things_are_counts(text, ends):
    assert _ends(text) == ends
    (rng,) = [f for f in find_quantities(text) if f.kind == "range"]
    assert (rng.value, rng.high) == (ends[0][1], ends[1][1])      # the range row stays as it was


@pytest.mark.parametrize("text", [
    "GDP bình quân đầu người đạt 5.400 - 5.500 USD",                 # money
    "thu ngân sách từ 120 đến 130 nghìn tỷ đồng",
    "Tỷ lệ hồ sơ trực tuyến đạt từ 30% - 50%",                     # percentages
    "giảm 1 - 1,5 điểm % tỷ lệ hộ nghèo",
    "Kế hoạch thực hiện giai đoạn 2021-2025",                        # years and periods
    "trong giai đoạn 2026 - 2030 doanh nghiệp được hỗ trợ",
    "Chiến lược 2026 - 2030 của tỉnh",
    "cung cấp dịch vụ công mức độ 3-4 dịch vụ",                       # levels
    "nội dung tại trang 5 - 7 của báo cáo",                          # pages
    "quy định tại Điều 5 - 7 Luật Đất đai",                          # sections
    "theo khoản 1 đến 3 Điều 4 Nghị định",
    "từ ngày 15 - 20/10/2025",                                       # dates
    "trẻ em từ 3 đến 5 tuổi",                                         # ages and durations
    "thời gian giải quyết 9- 10 ngày làm việc",
    "diện tích từ 20 đến 50 km2",                                     # measures
])
def test_no_count_ends_outside_counted_things(text):
    assert [(f.kind, f.value, text[f.start:f.end]) for f in find_quantities(text) if f.kind == "count"] == []


def test_end_counts_keep_their_own_characters_in_the_document():
    from extractor.model import Block, Document, Segment
    text = "Đến năm 2025, đón 22 - 23 triệu lượt khách."
    block = Block(index=0, kind="paragraph", text=text, start=0, end=len(text))
    doc = Document(path="x.txt", format="txt", text=text, blocks=[block])
    qs = extract_quantities(doc, [Segment(text, 0, len(text), block)])
    assert [(q.kind, q.prov.text, q.range_end, q.prov.rule) for q in qs] == [
        ("range", "22 - 23 triệu lượt", None, "range.unit"),
        ("count", "22", "low", "count.range_end"), ("count", "23", "high", "count.range_end")]


# --- how they show: once, as the range ---------------------------------------------------------------

PLAN = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 12/KH-UBND
KẾ HOẠCH
Phát triển du lịch và chuyển đổi số năm 2025
I. MỤC TIÊU
1. Mục tiêu đến năm 2025
- Phấn đấu đón 22 - 23 triệu lượt khách du lịch.
- Xây dựng 3-5 mô hình điểm về chuyển đổi số cấp xã.
- GDP bình quân đầu người đạt 5.400 - 5.500 USD.
"""


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory):
    from extractor.batch import run_batch
    from extractor.store import database as store
    tmp = tmp_path_factory.mktemp("ranges")
    (tmp / "in").mkdir()
    (tmp / "in" / "kh.txt").write_text(PLAN, encoding="utf-8")
    run_batch([tmp / "in"], tmp / "c.db", jobs=1)
    return store.open_db(tmp / "c.db")


def test_raw_table_has_the_ends_and_people_read_the_range_once(plan_db):
    raw = [(r["kind"], r["text"], r["range_end"]) for r in plan_db.query(
        "select * from quantities where unit in ('lượt', 'mô hình') order by start, kind desc")]
    assert raw == [("range", "22 - 23 triệu lượt", None), ("count", "22", "low"), ("count", "23", "high"),
                   ("range", "3-5 mô hình", None), ("count", "3", "low"), ("count", "5", "high")]
    for view in ("effective_quantities", "so_lieu"):
        shown = [(r["kind"], r["value"], r["high"]) for r in plan_db.query(
            f"select * from {view} where unit in ('lượt', 'mô hình') order by start")]
        assert shown == [("range", 22e6, 23e6), ("range", 3, 5)], view


def test_indicators_still_read_the_range_as_their_target(plan_db):
    got = {(r["target_comparator"], r["target_value"], r["target_high"], r["target_unit"])
           for r in plan_db.query("select * from indicators")}
    assert {("range", 22, 23, "triệu lượt"), ("range", 3, 5, "mô hình")} <= got
    ends = {r["id"] for r in plan_db.query("select id from quantities where range_end is not null")}
    cited = {i for r in plan_db.query("select quantity_ids from indicators") for i in json.loads(r["quantity_ids"] or "[]")}
    assert ends and not ends & cited


def test_review_queue_checks_and_export_leave_the_ends_out(plan_db, tmp_path):
    from extractor.review.queue import items
    from extractor.store.export import rows as export_rows
    ends = {r["id"] for r in plan_db.query("select id from quantities where range_end is not null")}
    assert ends
    assert not {i["id"] for i in items(plan_db) if i["table"] == "quantities"} & ends
    assert not {r["quantity_id"] for r in plan_db.query("select quantity_id from checks")} & ends
    rows = export_rows(plan_db, "quantities")
    assert sorted((r["kind"], r["value"]) for r in rows if r["unit"] in ("lượt", "mô hình")) == [
        ("range", 3), ("range", 22e6)]


# --- a real document, scored as ../shared/eval/score.py scores counts --------------------------------

# (document, the values its count ranges and shifted labels give)
SCORED = [("tvpl_NQ-QH_BoSung_KH_KTXH_2025_TangTruong8pct.md", {22e6, 23e6, 120e6, 130e6}),
          ("tvpl_48-2025-NQ-HDND_DinhMuc_PhanBo_NganSach_TyLe.md", {500000, 1000000, 2000000, 176000, 20000})]


@pytest.mark.parametrize("name, ends", SCORED, ids=lambda v: str(v)[:24])
def test_document_counts_match_the_gold(name, ends):
    path, gold_file = SHARED / "corpus" / name, REPO / "tests" / "gold" / f"{Path(name).stem}.json"
    if not path.exists():
        pytest.skip("../shared corpus is absent")
    from extractor.pipeline import load_document
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    found = collections.Counter(round(q.value, 2) for q in extract_quantities(*load_document(path))
                                if q.kind == "count")
    want = collections.Counter(round(float(v), 2) for v in gold["counts"])
    optional = collections.Counter(round(float(v), 2) for v in gold.get("counts_optional") or [])
    assert want - found == collections.Counter()                       # nothing missed
    assert (found - want) - optional == collections.Counter()          # nothing spurious
    assert ends <= set(found)
