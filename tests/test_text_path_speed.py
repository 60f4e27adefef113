"""The text path's speed work (issue 14) changes how work is done, never what it finds."""
import gc

import pytest

from conftest import CORPUS
from extractor import batch
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


def test_the_setting_is_restored_when_a_batch_stops_on_an_error(tmp_path):
    before = gc.get_threshold()

    def executor(items, running=None):
        raise RuntimeError("the executor failed")

    with pytest.raises(RuntimeError):
        run_batch([CORPUS / "001_e62452ccb613abbb.txt"], tmp_path / "x.db", executor=executor)
    assert gc.get_threshold() == before
