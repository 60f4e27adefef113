"""Target shapes read off round 50's held-out excerpts once they had been scored: each rule a table of strings
written in the genre's style (paraphrased, not copied), with counterexamples."""
from __future__ import annotations

import pytest

from test_indicator_variants import P, run


def records(text: str) -> list[tuple[str, float]]:
    """(label, target value) of every target read from one paragraph."""
    return [(" ".join(r.label.split()), r.target_value) for r in run([P(text)]) if r.target_value is not None]


# --- groups joined by 'và' share what the last one is said to accept ('100% cơ sở … đô thị và 80 - 90% cơ sở … còn
# lại chấp nhận thanh toán học phí …'): the first group's label takes the predicate, the second loses its 'và' ----
@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu đến năm 2025, 100% cơ sở y tế tuyến tỉnh và 70% cơ sở y tế tuyến huyện chấp nhận thanh toán viện phí "
     "qua ngân hàng.",
     [("cơ sở y tế tuyến tỉnh chấp nhận thanh toán viện phí qua ngân hàng", 100),
      ("cơ sở y tế tuyến huyện chấp nhận thanh toán viện phí qua ngân hàng", 70)]),
    ("Đến năm 2025, 100% trường học khu vực thành thị và 60% trường học còn lại chấp nhận thu học phí không dùng "
     "tiền mặt.",
     [("trường học khu vực thành thị chấp nhận thu học phí không dùng tiền mặt", 100),
      ("trường học còn lại chấp nhận thu học phí không dùng tiền mặt", 60)]),
])
def test_groups_joined_by_va_share_what_they_accept(text, expected):
    assert records(text) == expected


def test_a_group_with_its_own_verb_keeps_its_words():
    """Counterexample: the first group accepts something of its own; the second's predicate is not carried back."""
    got = records("Đến năm 2025, 100% trường học thành thị chấp nhận thu học phí trực tuyến và 60% bệnh viện áp dụng "
                  "bệnh án điện tử.")
    assert got[0] == ("trường học thành thị chấp nhận thu học phí trực tuyến", 100)
    assert "bệnh án" not in got[0][0] and "học phí" not in got[1][0]


# --- a count of the units that fell short ('có 4 đơn vị không đạt đủ 3 tiêu chí …') reports who failed: no target;
# a cut to such a count, after its cue, stays one ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Bên cạnh đó, có 5 đơn vị không đạt đủ 3 tiêu chí của Trung ương gồm: Chi nhánh Khu vực 2, Khu vực 7.", []),
    ("Trong tuần, còn 3 xã chưa hoàn thành kế hoạch giải ngân được giao.", []),
    # counterexamples: a target to cut them; units that reach a standard
    ("Phấn đấu đến năm 2026 giảm còn dưới 5 đơn vị không đạt chuẩn.", [("giảm còn đơn vị không đạt chuẩn", 5)]),
    ("Phấn đấu đến năm 2026 có 14 xã đạt chuẩn nông thôn mới.", [("xã đạt chuẩn nông thôn mới", 14)]),
])
def test_a_count_of_units_that_failed_is_no_target(text, expected):
    assert records(text) == expected
