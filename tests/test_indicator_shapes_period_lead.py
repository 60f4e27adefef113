"""A line naming the targets by their horizon and closed by a colon ('Mục tiêu cụ thể đến năm 2025:', 'Chỉ tiêu
chủ yếu năm 2026:') opens a list of targets in a report or a letter as in a plan: its items are targets, with no
cue of their own. Found by writing the genre's simplest list in a document with no plan header (a report's
section, a letter); strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import HEADER_REPORT, P, R, check

SHAPES: dict[str, tuple[list, list[R]]] = {}

ITEMS = [
    P("- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt ít nhất 80%;", "list_item"),
    P("- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%;", "list_item"),
    P("- Giảm ít nhất 20% chi phí tuân thủ thủ tục hành chính.", "list_item"),
]


def _targets(year):
    return [R("hồ sơ giải quyết trực tuyến", value=80, year=year), R("số hóa hồ sơ", value=100, year=year),
            R("chi phí tuân thủ", value=20, year=year)]


SHAPES["report_specific_goals_by_year"] = (HEADER_REPORT + [P("Mục tiêu cụ thể đến năm 2025:")] + ITEMS,
                                           _targets(2025))
SHAPES["report_main_targets_of_a_year"] = (HEADER_REPORT + [P("2. Chỉ tiêu chủ yếu năm 2026:")] + ITEMS,
                                           _targets(2026))
SHAPES["report_goals_of_a_period"] = (HEADER_REPORT + [P("Mục tiêu giai đoạn 2026 - 2030:")] + ITEMS,
                                      _targets(2030))
SHAPES["letter_goals_of_the_province"] = ([P("Kính gửi: Các sở, ban, ngành tỉnh"),
                                           P("Các chỉ tiêu cụ thể của tỉnh đến hết năm 2027:")] + ITEMS,
                                          _targets(2027))

# counterexamples: a line about results, or a task, opens no list of targets: its items' figures are what was done
SHAPES["results_of_a_year_are_no_targets"] = (HEADER_REPORT + [P("Kết quả thực hiện chỉ tiêu năm 2024:"), P(
    "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến 85,2%;", "list_item"), P(
    "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính 96,4%.", "list_item")], [])
SHAPES["goals_given_with_their_figure_on_the_line"] = (HEADER_REPORT + [
    P("Mục tiêu cụ thể đến năm 2025: 100% xã, phường có điểm phục vụ dịch vụ công.")],
    [R("xã phường có điểm phục vụ dịch vụ công", value=100, year=2025)])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape(name):
    blocks, expected = SHAPES[name]
    check(blocks, expected)
