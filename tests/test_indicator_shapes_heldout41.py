"""Held-out round 41: recall of a plan's aims.

- a line break inside a block (a PDF wraps a paragraph at the page's width) ends no sentence unless the line ends
  one: '… đến năm 2030 đạt:⏎Thịt bò đạt 4.200 tấn; thịt lợn: …' is one sentence, whose figures are read together.
Strings are paraphrased in the genre (names, places and numbers changed).
"""
from __future__ import annotations

import pytest

from extractor.model import Block
from extractor.segment.sentences import sentences
from test_indicator_variants import check, HEADER_PLAN, P, R


def _cut(text: str) -> list[str]:
    return [s for s, _, _ in sentences(Block(index=0, kind="paragraph", text=text, start=0, end=len(text)))]


@pytest.mark.parametrize("text,want", [
    # a line that ends no sentence runs on into the next: its newline reads as a space
    ("Duy trì tốc độ tăng đàn: trâu 0,4%/năm, bò 2,1%/năm; Sản lượng thịt hơi đến năm 2030 đạt:\n"
     "Thịt bò đạt 4.200 tấn; thịt lợn: 81.000 tấn; thịt dê:\n300 tấn.",
     ["Duy trì tốc độ tăng đàn: trâu 0,4%/năm, bò 2,1%/năm; Sản lượng thịt hơi đến năm 2030 đạt: "
      "Thịt bò đạt 4.200 tấn; thịt lợn: 81.000 tấn; thịt dê: 300 tấn."]),
    ("Diện tích nuôi trồng thủy sản của huyện đến năm 2030 đạt 2.500 ha, trong đó nuôi\n"
     "lồng bè trên hồ chứa 6.000 lồng.",
     ["Diện tích nuôi trồng thủy sản của huyện đến năm 2030 đạt 2.500 ha, trong đó nuôi "
      "lồng bè trên hồ chứa 6.000 lồng."]),
    # counterexamples: a line that ends a sentence, an empty line, or a next line opening an item still cuts
    ("Tổng sản lượng lương thực năm 2024 đạt 310 nghìn tấn, tăng 2% so với năm trước.\n"
     "Năm 2025 phấn đấu đạt 320 nghìn tấn lương thực có hạt các loại.",
     ["Tổng sản lượng lương thực năm 2024 đạt 310 nghìn tấn, tăng 2% so với năm trước.",
      "Năm 2025 phấn đấu đạt 320 nghìn tấn lương thực có hạt các loại."]),
    ("Các chỉ tiêu chủ yếu về phát triển nông nghiệp của tỉnh đến năm 2030 như sau:\n"
     "- Tốc độ tăng giá trị sản xuất nông nghiệp bình quân 3,5%/năm",
     ["Các chỉ tiêu chủ yếu về phát triển nông nghiệp của tỉnh đến năm 2030 như sau:",
      "- Tốc độ tăng giá trị sản xuất nông nghiệp bình quân 3,5%/năm"]),
    ("Mục tiêu đến năm 2030 của chương trình phát triển chăn nuôi trên địa bàn huyện\n\n"
     "a) Tỷ lệ trang trại chăn nuôi áp dụng quy trình an toàn sinh học đạt 70%",
     ["Mục tiêu đến năm 2030 của chương trình phát triển chăn nuôi trên địa bàn huyện",
      "a) Tỷ lệ trang trại chăn nuôi áp dụng quy trình an toàn sinh học đạt 70%"]),
])
def test_a_wrapped_line_ends_no_sentence(text, want):
    assert [s for s in _cut(text) if s.strip()] == want


# --- a paragraph that opens by setting aims for a period: every measured figure after it is a target -----------------

PLAN = HEADER_PLAN
AIMS = "Mục tiêu của Kế hoạch đến năm 2030, bảo đảm nguồn cung thực phẩm cho nhân dân trong tỉnh. "


@pytest.mark.parametrize("text,expected", [
    (AIMS + "Trong đó, giữ ổn định diện tích gieo trồng: cây lúa từ 31-33 ngàn ha, cây ngô 14 ngàn ha; duy trì tốc độ "
     "tăng đàn: trâu 0,4%/năm, bò 2,1%/năm.",
     [R("lúa", cmp="range", value=31, high=33, unit="ngàn ha", year=2030), R("ngô", value=14, unit="ngàn ha", year=2030),
      R("trâu", value=0.4, unit="%/năm", year=2030), R("bò", value=2.1, unit="%/năm", year=2030)]),
    ("Kế hoạch đặt mục tiêu đến năm 2028, nâng cao đời sống người dân vùng biên giới. Tỷ lệ hộ nghèo của các xã biên "
     "giới giảm bình quân 2%/năm; 95% thôn, bản có đường ô tô đến trung tâm.",
     [R("hộ nghèo", value=2, unit="%/năm", year=2028), R("thôn", value=95, year=2028)]),
    # counterexamples: a result cue ends the aims (what was reached is no target)
    (AIMS + "Năm 2024, tỷ lệ hộ chăn nuôi an toàn sinh học đã đạt được 42%.", []),
    # … and a condition sets none
    (AIMS + "Trường hợp giá thức ăn chăn nuôi tăng trên 15% so với cùng kỳ, tỉnh xem xét hỗ trợ các hộ chăn nuôi.", []),
])
def test_an_aim_opening_makes_targets_of_its_paragraph(text, expected):
    check(PLAN + [P(text)], expected)


# --- an item of a list of targets named by one word (a crop, a herd) ------------------------------------------------

@pytest.mark.parametrize("blocks,expected", [
    (PLAN + [P("Chỉ tiêu sản xuất trồng trọt: Diện tích lúa 21.300 ha; ngô 4.120 ha; sắn 36.500 ha; mía 1.800 ha.")],
     [R("lúa", value=21300, unit="ha"), R("ngô", value=4120, unit="ha"), R("sắn", value=36500, unit="ha"),
      R("mía", value=1800, unit="ha")]),
    # counterexample: a report's list of what was sown stays results, however its items are named
    (PLAN + [P("Vụ đông xuân năm 2024, toàn huyện đã gieo trồng được: lúa 20.900 ha; ngô 3.980 ha; sắn 35.100 ha.")], []),
])
def test_a_list_item_named_by_one_word(blocks, expected):
    check(blocks, expected)
