"""The text path's speed work (issue 14) changes how work is done, never what it finds."""
import gc
import os
import threading
import time

import pytest

from conftest import CORPUS
from extractor import batch
from extractor import patterns as P
from extractor.batch import run_batch
from extractor.link.figures import _first, _vocab


def _each_in_turn(group: str, text: str):
    """What `_first` answered before patterns shared their pre-tests: each pattern of the group in turn."""
    for p in _vocab().get(group, []):
        if p.pretested and not p.may_match(text):
            continue
        m = p.regex.search(text)
        if m:
            return p.id, m.span()
    return None


# (group, text): the thirteen `lead_list.inline` patterns share one pre-test ('tiêu'), cue.result and unitfig
# have one each, cmp.before mixes patterns with `words` and without
CASES = [
    ("lead_list.inline", "Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: Tốc độ tăng tổng thu ngân sách"),
    ("lead_list.inline", "Năm 2021, huyện phấn đấu hoàn thành 17 chỉ tiêu chủ yếu về kinh tế, xã hội. Trong đó, tốc độ"),
    ("lead_list.inline", "NĂM 2025, XÃ ĐỀ RA 15 CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU. TRONG ĐÓ, PHẤN ĐẤU TỔNG THU"),
    ("lead_list.inline", "Tỷ lệ hồ sơ trực tuyến trong tháng đạt 93,6%"),
    ("cue.result", "Tính đến hết năm 2024, tỉnh còn 4.806 hộ nghèo"),
    ("cue.result", "phấn đấu đến hết năm 2025 đạt 100%"),
    ("cue.result", "nhiệm kỳ vừa qua, tỉnh thực hiện đạt và vượt hầu hết các chỉ tiêu Nghị quyết"),
    ("cue.target", "các sở, ngành cần đưa tỷ lệ hồ sơ trực tuyến đạt 60%"),
    ("cmp.before", "tỷ lệ đạt trên"),
    ("cmp.before", "Tối thiểu"),
    ("unitfig", "giải ngân 1,2 tỷ đồng, đạt 95%"),
]


@pytest.mark.parametrize("group, text", CASES)
def test_a_group_gives_the_first_pattern_that_matches_its_pre_tests_shared(group, text):
    _first.cache_clear()
    hit = _first(group, text)
    assert ((hit[0].id, hit[1].span()) if hit else None) == _each_in_turn(group, text)


def test_the_shared_pre_test_still_lets_a_matching_pattern_through():
    # the cases above are only worth something if some of them match behind a shared pre-test
    _first.cache_clear()
    assert _first("lead_list.inline", CASES[0][1]) is not None
    assert _first("lead_list.inline", CASES[3][1]) is None


def test_a_batch_collects_its_young_objects_less_often_and_restores_the_setting(tmp_path):
    before = gc.get_threshold()
    seen = []

    def executor(items, running=None):
        seen.append(gc.get_threshold())       # what the workers the pool forks here inherit
        return batch.process_pool(1)(items, running)

    summary = run_batch([CORPUS / "001_e62452ccb613abbb.txt"], tmp_path / "x.db", executor=executor)
    assert summary.by_status["ok"] == 1
    assert seen and seen[0][0] >= batch.GC_YOUNG and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before


def test_a_batch_run_from_a_thread_leaves_the_setting_alone(tmp_path):
    # the setting is the whole process's: two batches in two threads would restore each other's
    before, seen = gc.get_threshold(), []

    def executor(items, running=None):
        seen.append(gc.get_threshold())
        return (batch._work(item) for item in items)

    thread = threading.Thread(target=run_batch, args=([CORPUS / "001_e62452ccb613abbb.txt"], tmp_path / "x.db"),
                              kwargs={"executor": executor})
    thread.start()
    thread.join()
    assert seen == [before] and gc.get_threshold() == before


def test_the_setting_is_restored_when_a_batch_stops_on_an_error(tmp_path):
    before = gc.get_threshold()

    def executor(items, running=None):
        raise RuntimeError("the executor failed")

    with pytest.raises(RuntimeError):
        run_batch([CORPUS / "001_e62452ccb613abbb.txt"], tmp_path / "x.db", executor=executor)
    assert gc.get_threshold() == before


# --- compiled pattern files kept between runs (patterns._compiled) ---------------------------------

TEXTS = [
    "Phấn đấu đến hết năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%, có 120/150 xã đạt chuẩn",
    "Tính đến hết năm 2024, tỉnh còn 4.806 hộ nghèo; Nghị định số 45/2020/NĐ-CP ngày 8/4/2020",
    "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng, bằng 104% dự toán",
]


def _described(ps: P.PatternSet) -> list:
    return [(ps.file, ps.version, ps.fragments)] + [
        (p.id, p.version, p.source, p.regex.pattern, p.regex.flags, p.examples, p.counterexamples, p.meta, p.words,
         p.requires and (p.requires.pattern, p.requires.flags)) for p in ps]


def _found(ps: P.PatternSet) -> list:
    return [[m.span() for m in p.regex.finditer(t)] + [p.may_match(t)]
            for p in ps for t in TEXTS + [e.text for e in p.examples] + p.counterexamples]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHITIEU_CACHE_DIR", str(folder))
    return folder


@pytest.mark.parametrize("name", ["indicators", "quantities", "legal_refs"])
def test_a_pattern_file_read_back_from_the_cache_is_the_file_compiled(cache, monkeypatch, name):
    path = P.PATTERNS_DIR / f"{name}.yaml"
    fresh = P.parse_pattern_file(path)
    P._compiled(path)
    assert len(list(cache.glob(f"patterns-{name}-*.pickle"))) == 1

    def no_compile(*a):
        raise AssertionError("compiled again")
    monkeypatch.setattr(P, "parse_pattern_file", no_compile)
    back = P._compiled(path)
    assert _described(back) == _described(fresh)
    assert _found(back) == _found(fresh)


def _small_file(folder, regex_text: str):
    folder.mkdir(exist_ok=True)
    path = folder / "tiny.yaml"
    path.write_text("version: 1\npatterns:\n  - id: tiny.one\n    regex: '" + regex_text + "'\n"
                    "    flags: [IGNORECASE]\n    examples: ['đạt 90%']\n", encoding="utf-8")
    return path


def test_an_edited_file_is_compiled_again_and_its_old_copy_dropped_when_a_day_old(cache, tmp_path):
    path = _small_file(tmp_path / "p", r"đạt\s+\d+%")
    assert P._compiled(path).get("tiny.one").regex.search("ĐẠT 90%")
    first = next(cache.glob("patterns-tiny-*.pickle"))
    path = _small_file(tmp_path / "p", r"vượt\s+\d+%")
    edited = P._compiled(path).get("tiny.one")
    assert edited.regex.search("VƯỢT 5%") and not edited.regex.search("đạt 90%")
    assert first.exists()                       # a day not gone: another checkout may use it
    old = time.time() - P.STALE_SECONDS - 60
    os.utime(first, (old, old))
    _small_file(tmp_path / "p", r"giảm\s+\d+%")
    assert P._compiled(path).get("tiny.one").regex.search("giảm 3%")
    assert not first.exists() and len(list(cache.glob("patterns-tiny-*.pickle"))) == 2


def test_a_damaged_copy_is_compiled_again_and_replaced(cache, tmp_path):
    path = _small_file(tmp_path / "p", r"đạt\s+\d+%")
    P._compiled(path)
    kept = next(cache.glob("patterns-tiny-*.pickle"))
    kept.write_bytes(kept.read_bytes()[:40])
    assert P._compiled(path).get("tiny.one").regex.search("đạt 90%")
    assert P._compiled(path).get("tiny.one").regex.search("đạt 90%")
    assert kept.stat().st_size > 40


def test_a_broken_file_fails_as_before_and_is_not_kept(cache, tmp_path):
    path = _small_file(tmp_path / "p", r"đạt\s+(\d+%")
    with pytest.raises(P.PatternError, match="does not compile"):
        P._compiled(path)
    assert not cache.exists() or not list(cache.glob("patterns-*"))


@pytest.mark.parametrize("setting", ["off", "0"])
def test_no_cache_when_it_is_turned_off(tmp_path, monkeypatch, setting):
    monkeypatch.setenv("CHITIEU_CACHE_DIR", setting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    path = _small_file(tmp_path / "p", r"đạt\s+\d+%")
    assert P._compiled(path).get("tiny.one").regex.search("đạt 90%")
    assert sorted(x.name for x in tmp_path.iterdir()) == ["p"]


def test_a_cache_folder_that_cannot_be_written_costs_only_the_compile(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("CHITIEU_CACHE_DIR", str(blocker / "cache"))
    path = _small_file(tmp_path / "p", r"đạt\s+\d+%")
    assert P._compiled(path).get("tiny.one").regex.search("đạt 90%")
