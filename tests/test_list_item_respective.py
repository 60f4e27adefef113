"""An item of a plan's list that names its parts, then their figures 'lần lượt' (held-out round 50): '+ Cơ cấu ngành
kinh tế giai đoạn 2021-2025 dự kiến với các ngành A, B và C lần lượt là (32-33%), (42-43%) và (19-20%); giai đoạn
2026-2030 lần lượt là (33-35%), …'. Each figure is its part's target, in parentheses or not; the head is cut where
'với các ngành' or a colon opens the parts; a clause naming only its period lists the same parts for that period.
So, too, a clause of an item naming only its period ('…; giai đoạn 2026-2030 đạt trên 9,5%/năm') repeats the
subject of the clause before it. Counterexamples: as many figures as parts or no split; a parenthesis with words
stays an aside; a period-only run with no run before it. Sentences paraphrased in the genre."""
from __future__ import annotations

import pytest

from extractor.link.indicators import extract_indicators
from extractor.model import DocumentMeta, RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document

LEAD = ["Mục tiêu cụ thể", "- Về kinh tế:"]


def _targets(item: str):
    blocks = [RawBlock(kind="paragraph", text=t) for t in LEAD + [item]]
    doc = normalize_document(RawDocument(format="txt", blocks=blocks), "t.md")
    return [(r.label, r.target_value, r.target_high) for r in
            extract_indicators(doc, segment_document(doc), [], DocumentMeta()) if r.target_value is not None]


SHARE = "Cơ cấu kinh tế giai đoạn 2021-2025"
LATER = "Cơ cấu kinh tế giai đoạn 2026-2030"


@pytest.mark.parametrize("item,want", [
    ("+ Cơ cấu kinh tế giai đoạn 2021-2025 dự kiến với các ngành Công nghiệp - Xây dựng, Dịch vụ và Nông nghiệp "
     "lần lượt là (35-36%), (40-41%) và (22-23%); giai đoạn 2026-2030 lần lượt là (37-39%), (41-43%) và (18-19%).",
     [(f"{SHARE}: Công nghiệp - Xây dựng", 35, 36), (f"{SHARE}: Dịch vụ", 40, 41), (f"{SHARE}: Nông nghiệp", 22, 23),
      (f"{LATER}: Công nghiệp - Xây dựng", 37, 39), (f"{LATER}: Dịch vụ", 41, 43), (f"{LATER}: Nông nghiệp", 18, 19)]),
    ("+ Cơ cấu kinh tế giai đoạn 2021-2025 gồm các khu vực công nghiệp, dịch vụ và nông nghiệp lần lượt là 35%, "
     "40% và 25%.",
     [(f"{SHARE}: công nghiệp", 35, None), (f"{SHARE}: dịch vụ", 40, None), (f"{SHARE}: nông nghiệp", 25, None)]),
    ("+ Tỷ trọng giá trị sản xuất nông nghiệp, thủy sản, lâm nghiệp chiếm lần lượt là: 55%, 30%, 15%.",
     [("Tỷ trọng giá trị sản xuất nông nghiệp", 55, None), ("Tỷ trọng giá trị sản xuất thủy sản", 30, None),
      ("Tỷ trọng giá trị sản xuất lâm nghiệp", 15, None)]),
    ("+ Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2025 đạt trên 8%/năm; giai đoạn 2026-2030 đạt trên 8,5%/năm.",
     [("Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021-2025", 8, None),
      ("Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026-2030", 8.5, None)]),
    # counterexamples: a clause with words of its own keeps them; a parenthesis with words stays an aside
    ("+ Tỷ lệ che phủ rừng đạt 52%; tỷ lệ đô thị hóa năm 2030 đạt 35%.",
     [("Tỷ lệ che phủ rừng", 52, None), ("tỷ lệ đô thị hóa năm 2030", 35, None)]),
    ("+ Tỷ lệ che phủ rừng đến năm 2030 đạt 52% (năm 2020 là 47%).", [("Tỷ lệ che phủ rừng đến năm 2030", 52, None)]),
], ids=["parenthesised run and period run", "gồm các khu vực", "head split", "item period clause",
        "own words", "aside with words"])
def test_item_parts_listed_respectively(item, want):
    assert _targets(item) == want


def test_parts_and_figures_that_differ_in_number_split_nothing():
    """Three parts, two figures: no part is named; neither figure takes a part's label."""
    got = _targets("+ Cơ cấu kinh tế với các ngành công nghiệp, dịch vụ và nông nghiệp lần lượt là (35%) và (40%).")
    assert not any(label.endswith((": công nghiệp", ": dịch vụ")) for label, _, _ in got)


def test_a_period_run_with_no_run_before_names_no_parts():
    got = _targets("+ Tỷ lệ hộ nghèo giảm còn 3%; giai đoạn 2026-2030 lần lượt là 2% và 1%.")
    assert not any(":" in label for label, _, _ in got)
