"""Indicator → catalogue matching, measured on the seeds' hand-annotated indicators.

EXPECTED was written by reading each seed row beside the catalogue: (seed, gold `no`, level) → entry.
The queries are built from the gold records (label as annotated, level, target, year) and the
text the row answers (the table header or the section heading, as written in the seed), so the
measurement does not depend on the indicator extractor; test_checks.py runs the real pipeline.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.check.matching import (Query, cited_sources, default_matcher, expand_abbreviations, level_hint,
                                normalise, year_hint)
from extractor.patterns import load_data

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds"

S000, S001, S002, S004 = ("000_64fc1f9029895d3a", "001_e62452ccb613abbb", "002_271367b9633365e6",
                          "004_6235157468960801")

# What each row answers, as the seed writes it (header, heading or the line above the table).
CONTEXT = {
    S000: {"I": "Tiến độ các mục tiêu thực hiện Nghị quyết số 17/NQ-CP. I. Kết quả thực hiện các chỉ tiêu năm 2020",
           "II": "II. Mục tiêu giai đoạn 2021-2025 (NQ17)"},
    S002: {"": "Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP | Mục tiêu đến năm 2025"},
    S004: {"II.1": "1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP | Chỉ tiêu năm 2025",
           "II.2": "2. Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP | Chỉ tiêu năm 2025"},
    S001: {"": "Mục tiêu"},
}

NQ17_2020 = {f"I.{i}": f"NQ17-{i:02d}" for i in range(1, 20) if i != 16}
NQ17_2025 = {"II.2": "NQ17-21", "II.3": "NQ17-22", "II.4": "NQ17-23", "II.5": "NQ17-24", "II.6": "NQ17-25",
             "II.7": "NQ17-26", "II.8": "NQ17-27", "II.9": "NQ17-28", "II.10": "NQ17-29", "II.12": "NQ17-31"}
EXPECTED: dict[tuple[str, str, str | None], str] = {
    **{(S000, no, None): eid for no, eid in {**NQ17_2020, **NQ17_2025}.items()},
    (S000, "I.16", "tỉnh"): "NQ17-16a", (S000, "I.16", "huyện"): "NQ17-16b", (S000, "I.16", "xã"): "NQ17-16c",
    (S000, "II.11", "bộ"): "NQ17-30a", (S000, "II.11", "tỉnh"): "NQ17-30a",
    (S000, "II.11", "huyện"): "NQ17-30b", (S000, "II.11", "xã"): "NQ17-30c",
    (S000, "II.13", "tỉnh"): "NQ17-32a", (S000, "II.13", "huyện"): "NQ17-32b",
    # seed 002: An Giang's 2025 table answering NQ 17; 2025 rows go to the 2021-2025 entries where
    # NQ 17 has one, else to the only (2019-2020) entry of that indicator.
    **{(S002, str(k), None): v for k, v in {
        1: "NQ17-24", 2: "NQ17-25", 3: "NQ17-27", 4: "NQ17-04", 5: "NQ17-05", 6: "NQ17-06", 7: "NQ17-07",
        8: "NQ17-08", 9: "NQ17-09", 10: "NQ17-10", 11: "NQ17-11", 12: "NQ17-12", 13: "NQ17-13",
        14: "NQ17-14", 15: "NQ17-15", 19: "NQ17-31", 20: "NQ17-18", 21: "NQ17-19"}.items()},
    (S002, "16", "tỉnh"): "NQ17-30a", (S002, "17", "huyện"): "NQ17-30b", (S002, "18", "xã"): "NQ17-30c",
    (S002, "20b", "tỉnh"): "NQ17-32a", (S002, "20b", "huyện"): "NQ17-32b",
    **{(S004, f"II.1.{i}", None): f"NQ01-{i:02d}" for i in range(1, 12)},
    **{(S004, f"II.2.{i}", None): f"NQ02-{i:02d}" for i in range(1, 5)},
}
# Not NQ 17/01/02 rows: measured and reported, not part of the acceptance figure.
EXPECTED_OTHER = {
    (S001, "1", "bộ"): "BTTTT-01", (S001, "1", "địa phương"): "BTTTT-02",
    (S001, "2", "bộ"): "BTTTT-04", (S001, "2", "địa phương"): "BTTTT-05",
    (S001, "3", None): "BTTTT-06", (S001, "4", None): "BTTTT-07", (S001, "5", None): "BTTTT-08",
    (S001, "6", None): "BTTTT-09", (S001, "7", None): "BTTTT-10", (S001, "8", None): "BTTTT-11",
}


def _context(seed: str, no: str) -> str:
    ctx = CONTEXT[seed]
    key = max((k for k in ctx if no.startswith(k)), key=len)
    return ctx[key]


def _queries(seed: str):
    gold = json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))
    for ind in gold["indicators"]:
        ctx = _context(seed, ind["no"])
        target = ind.get("target") or {}
        q = Query(label=ind["label"], level=ind.get("level"), target_value=target.get("value"),
                  target_unit=target.get("unit"), target_year=ind.get("target_year") or year_hint(ctx),
                  cited=cited_sources(ctx))
        yield (seed, ind["no"], ind.get("level")), q


def measure(expected: dict) -> tuple[float, float, list[str]]:
    m = default_matcher()
    seeds = sorted({k[0] for k in expected})
    correct = predicted = total = 0
    wrong = []
    for seed in seeds:
        for key, q in _queries(seed):
            if key not in expected:
                continue
            total += 1
            got = m.match(q)
            if got.matched:
                predicted += 1
            if got.catalogue_id == expected[key]:
                correct += 1
            else:
                wrong.append(f"{key}: expected {expected[key]}, got {got.catalogue_id} "
                             f"({got.best.score if got.best else None}; runner-up "
                             f"{got.runner_up.entry.id if got.runner_up else None})")
    return correct / max(predicted, 1), correct / max(total, 1), wrong


needs_gold = pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold absent")


@needs_gold
def test_expected_table_covers_every_nq_row():
    keys = {k for seed in (S000, S002, S004) for k, _ in _queries(seed)}
    nq = {k for k in keys if not (k[0] == S004 and k[1].startswith("II.2.") and not k[1][-1].isdigit())}
    assert nq - set(EXPECTED) == set()


@needs_gold
def test_matcher_precision_and_recall_on_nq17_01_02_seed_rows():
    precision, recall, wrong = measure(EXPECTED)
    assert precision >= 0.95 and recall >= 0.95, "\n".join(wrong)


@needs_gold
def test_matcher_on_btttt_rows_of_seed_001():
    precision, recall, wrong = measure(EXPECTED_OTHER)
    assert recall >= 0.8, "\n".join(wrong)


@pytest.mark.parametrize("text, expected", [
    ("Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP", {"NQ 17/NQ-CP"}),
    ("II. Mục tiêu giai đoạn 2021-2025 (NQ17)", {"NQ 17/NQ-CP"}),
    ("1. Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP", {"NQ 01/NQ-CP"}),
    ("Quyết định số 942/ QĐ-TTg ngày 15/6/2021", {"QĐ 942/QĐ-TTg"}),
    ("Nghị quyết số 57-NQ/TW của Bộ Chính trị", {"NQ 57-NQ/TW"}),
    ("thúc đẩy triển khai Đề án 06", {"QĐ 06/QĐ-TTg"}),
    ("Nghị quyết số 117/NQ-CP", set()),
    ("Nghị quyết số 01/2021/NQ-HĐND", set()),
    ("ngày 17/NQ", set()),
    # the number written without its leading zero, an alias holding digits, two sources in one line
    ("theo Nghị quyết 1/NQ-CP năm 2021", {"NQ 01/NQ-CP"}),
    ("Văn bản số 4338/BTTTT-CDSQG", {"Bộ TTTT (DVCTT toàn trình 2024-2025)"}),
    ("Nghị quyết 17/NQ-CP và Quyết định 942/QĐ-TTg", {"NQ 17/NQ-CP", "QĐ 942/QĐ-TTg"}),
])
def test_cited_sources(text, expected):
    assert cited_sources(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mục tiêu đến năm 2025", 2025), ("II. Mục tiêu giai đoạn 2021-2025 (NQ17)", 2025),
    ("Kết quả thực hiện các chỉ tiêu năm 2020", 2020), ("Chỉ tiêu", None), ("Số 17/2019/NQ-CP", None),
])
def test_year_hint(text, expected):
    assert year_hint(text) == expected


@pytest.mark.parametrize("label, level", [
    ("Hồ sơ công việc tại CQNN cấp xã được xử lý trên môi trường mạng", "xã"),
    ("Cổng Dịch vụ công cấp tỉnh cung cấp giao diện", "tỉnh"),
    ("Cổng Dịch vụ công cấp bộ, cấp tỉnh", None),
    ("Tỷ lệ hồ sơ trực tuyến", None),
])
def test_level_hint(label, level):
    assert level_hint(label) == level


def test_abbreviation_examples():
    data = load_data("abbreviations.yaml")
    for ex in data["examples"]:
        assert expand_abbreviations(ex["text"]) == ex["expect"]
    for ce in data["counterexamples"]:
        assert expand_abbreviations(ce) == ce


def test_normalise_survives_abbreviation_tone_and_numbers():
    assert normalise("Tỷ lệ 30% hồ sơ TTHC (Thuỷ)") == normalise("tỷ lệ hồ sơ thủ tục hành chính (thủy)")


@pytest.mark.parametrize("label, expected", [
    # reordered, abbreviated, shortened, paraphrased
    ("Tỷ lệ hồ sơ TTHC được số hóa hồ sơ, kết quả giải quyết", "NQ01-04"),
    ("Cổng TTĐT các địa phương công khai thông tin đầy đủ", "NQ17-09"),
    ("giao diện cho thiết bị di động của Cổng DVC cấp tỉnh", "NQ17-06"),
    ("Mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận, giải quyết TTHC", "NQ02-04"),
])
def test_paraphrases(label, expected):
    year = 2025 if expected.startswith("NQ0") else 2020
    got = default_matcher().match(Query(label=label, target_year=year))
    assert got.catalogue_id == expected, (got.best, got.runner_up)


def test_unrelated_label_is_unmatched():
    got = default_matcher().match(Query(label="Tổ chức hội nghị sơ kết công tác phòng chống thiên tai"))
    assert not got.matched


# --- the real pipeline: extracted indicators of the seed texts ----------------------------------

def _pipeline_ready() -> bool:
    try:
        import extractor.link.indicators  # noqa: F401
    except ImportError:
        return False
    return GOLD.exists() and (GOLD.parents[1] / "seeds").exists()


def _words(s: str) -> set[str]:
    import re

    from extractor.normalize.document import fold_accents
    return set(re.findall(r"\w+", fold_accents(s or "")))


def _gold_key(stem: str, ind: dict, gold: list[dict]):
    """The gold record an extracted row answers: same level and target, most of the gold label's words."""
    w = _words(ind["label"])
    scored = [(len(_words(g["label"]) & w) / max(1, len(_words(g["label"]))), g) for g in gold
              if (g.get("level") or None) == (ind["level"] or None)
              and (g.get("target") or {}).get("value") == ind["target_value"]]
    scored = [s for s in scored if s[0] >= 0.6]
    if not scored:
        return None
    g = max(scored, key=lambda s: s[0])[1]
    return (stem, g["no"], g.get("level"))


@pytest.mark.skipif(not _pipeline_ready(), reason="indicator extractor or ../shared seeds absent")
def test_pipeline_matches_nq_rows_of_the_seeds(tmp_path):
    import shutil

    from extractor.store import database as store
    from extractor.batch import run_batch

    src = tmp_path / "in"
    src.mkdir()
    for seed in (S000, S002, S004):
        shutil.copy(GOLD.parents[1] / "seeds" / f"{seed}.txt", src)
    run_batch([src], tmp_path / "c.db", jobs=1)
    db = store.open_db(tmp_path / "c.db")
    total = correct = predicted = 0
    wrong = []
    for doc in db.query("select id, path from documents"):
        stem = Path(doc["path"]).stem
        gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["indicators"]
        for ind in db.query("select * from indicators where document_id = ?", [doc["id"]]):
            key = _gold_key(stem, ind, gold)
            if key not in EXPECTED:
                continue
            total += 1
            predicted += ind["catalogue_id"] is not None
            if ind["catalogue_id"] == EXPECTED[key]:
                correct += 1
            else:
                wrong.append(f"{key}: expected {EXPECTED[key]}, got {ind['catalogue_id']} ({ind['match_score']})")
    assert total >= 0.8 * len(EXPECTED), f"only {total} extracted rows paired with the table"
    assert correct / max(predicted, 1) >= 0.95 and correct / total >= 0.95, "\n".join(wrong)


@pytest.mark.parametrize("found, official, ok", [
    ("%", "%", True), ("Triệu người", "%", False), ("%", "% dân số trưởng thành", True),
    ("hồ sơ", "%", False), (None, "%", True), ("%/năm", "%", True),
])
def test_units_gate_matches(found, official, ok):
    from extractor.check.matching import units_compatible
    assert units_compatible(found, official) is ok


def test_labels_are_segmented_by_the_workers_not_the_main_process(tmp_path, monkeypatch):
    """The main process matches every document one after another: the workers segment the labels
    (underthesea) beside their extraction and hand the words over; the words are the same."""
    import sqlite3

    from conftest import CORPUS
    from extractor.batch import run_batch
    from extractor.check import matching

    segmented_here: list[str] = []
    real = matching._segment_compounds
    monkeypatch.setattr(matching, "_segment_compounds", lambda t: segmented_here.append(t) or real(t))
    monkeypatch.setattr(matching, "_WORDS", {})
    db = tmp_path / "x.db"
    run_batch([CORPUS / "002_271367b9633365e6.docx", CORPUS / "000_64fc1f9029895d3a.txt"], db, jobs=2)
    labels = {r[0] for r in sqlite3.connect(db).execute("select label from indicators")}
    catalogue = {t for e in default_matcher().cat for t in e.texts}       # segmented to fit the matcher
    assert len(labels - catalogue) > 20
    assert not (labels - catalogue) & set(segmented_here)
    assert all(matching._WORDS[label] == real(label) for label in labels)


# --- a repeated query's match is kept -------------------------------------------------------------

def _answer(m):
    """What a match writes and checks read: both candidates' entries, scores and reasons."""
    return [(c.entry.id, c.score, c.text, c.reasons, c.cited) for c in (m.best, m.runner_up) if c]


_ASKED = dict(label="Tỷ lệ hồ sơ TTHC được số hoá hồ sơ, kết quả giải quyết", target_year=2025, target_unit="%")


def test_a_repeated_query_reuses_its_match():
    # an archive's reports repeat their rows (label, year, sources, date): matched once
    m = default_matcher()
    assert m.match(Query(**_ASKED)) is m.match(Query(**_ASKED))


@pytest.mark.parametrize("change", [
    # each field the score depends on: a query differing in it alone is matched on its own
    {"target_year": 2019},                                   # year outside the entry's period
    {"level": "quốc gia"},                                   # a level the entry is not set for
    {"cited": {"NQ 17/NQ-CP"}},                              # the row answers another source
    {"doc_cited": {"NQ 01/NQ-CP"}},                          # the document cites the entry's source
    {"doc_date": "2019-01-05"},                              # issued before the entry's source
    {"target_value": 100.0},                                 # another target value
    {"target_unit": "người"},                                # a count answers no percentage
    {"label": "Tỷ lệ cơ quan nhà nước cung cấp dịch vụ công trực tuyến toàn trình"},
])
def test_a_query_differing_in_one_field_is_not_given_the_kept_match(change):
    from extractor.check.matching import Matcher
    kept = default_matcher()
    kept.match(Query(**_ASKED))                              # the base query kept first
    fresh = Matcher(kept.cat)
    expected = _answer(fresh.match(Query(**{**_ASKED, **change})))
    assert expected != _answer(fresh.match(Query(**_ASKED)))  # the field does change the answer
    assert _answer(kept.match(Query(**{**_ASKED, **change}))) == expected
