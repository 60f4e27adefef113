"""Public-investment disbursement tables (issue 13, leftovers 3): a column headed 'Giải ngân', 'Đã giải ngân'
or 'Lũy kế giải ngân' holds results (the amounts paid out), as 'Thực hiện' does; 'Kế hoạch vốn' or 'Vốn giao'
beside it holds the target; a '% giải ngân' or 'Tỷ lệ giải ngân (%)' column is the result's share of the
target (a comparison, neither target nor result). 'Kế hoạch giải ngân' is still a target. Tables written
here in the style of provincial disbursement reports."""
from __future__ import annotations

import pytest

from extractor.link.indicators import extract_indicators, header_role
from extractor.model import DocumentMeta, RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


@pytest.mark.parametrize("header,role", [
    ("Giải ngân", "actual"),
    ("Đã giải ngân", "actual"),
    ("Lũy kế giải ngân", "actual"),
    ("Giải ngân đến 30/9/2025", "actual"),
    ("Số vốn đã giải ngân (triệu đồng)", "actual"),
    ("Giá trị giải ngân", "actual"),
    ("Kế hoạch vốn", "target"),
    ("Kế hoạch vốn năm 2025", "target"),
    ("Vốn giao", "target"),
    ("Tổng vốn được giao", "target"),
    ("% giải ngân", "compare"),
    ("Tỷ lệ giải ngân (%)", "compare"),
    ("Tỷ lệ giải ngân so với kế hoạch", "compare"),
    ("Giải ngân Tỷ lệ (%)", "compare"),          # 'Giải ngân' over 'Số vốn | Tỷ lệ (%)', joined
    # counterexamples: a plan of disbursement is a target; other columns keep their roles
    ("Kế hoạch giải ngân năm 2025", "target"),
    ("Mục tiêu giải ngân", "target"),
    ("Tên dự án", "label"),
    ("Đơn vị giao vốn", None),
    ("Tỷ lệ (%)", None),
])
def test_disbursement_header_roles(header, role):
    assert header_role(header) == role


def _records(rows: list[list[str]]):
    blocks = [RawBlock(kind="paragraph", text="Tình hình giải ngân vốn đầu tư công năm 2025 như sau:"),
              RawBlock(kind="table", rows=[[RawCell(t) for t in r] for r in rows])]
    doc = normalize_document(RawDocument(format="txt", blocks=blocks), "t.md")
    recs = extract_indicators(doc, segment_document(doc), [], DocumentMeta(issued_date="2025-10-05"))
    return [(r.label, r.target_value, r.target_unit, r.actual_value) for r in recs]


BODY = [["1", "Vốn ngân sách tỉnh", "1.250,5", "830,2", "66,4"],
        ["2", "Vốn ngân sách trung ương", "2.400", "1.512", "63"]]
WANT = [("Vốn ngân sách tỉnh", 1250.5, "tỷ đồng", 830.2), ("Vốn ngân sách trung ương", 2400, "tỷ đồng", 1512)]


@pytest.mark.parametrize("paid,share", [
    ("Đã giải ngân (tỷ đồng)", "Tỷ lệ giải ngân (%)"),
    ("Giải ngân đến 30/9/2025 (tỷ đồng)", "% giải ngân"),
    ("Lũy kế giải ngân (tỷ đồng)", "Tỷ lệ giải ngân so với kế hoạch (%)"),
])
def test_paid_out_is_the_result_of_the_capital_plan(paid, share):
    for plan in ("Kế hoạch vốn năm 2025 (tỷ đồng)", "Vốn giao (tỷ đồng)"):
        assert _records([["TT", "Nguồn vốn", plan, paid, share]] + BODY) == WANT


def test_a_share_of_the_plan_is_no_target():
    """Without an amount paid out, the share column alone gives no record of its own."""
    got = _records([["TT", "Nguồn vốn", "Kế hoạch vốn năm 2025 (tỷ đồng)", "Tỷ lệ giải ngân (%)"],
                    ["1", "Vốn ngân sách tỉnh", "1.250,5", "66,4"]])
    assert got == [("Vốn ngân sách tỉnh", 1250.5, "tỷ đồng", None)]
