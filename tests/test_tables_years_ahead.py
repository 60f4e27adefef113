"""Year columns in a document that carries no date (issue 13, leftovers 2): the table's header and title
decide. The year columns of a plan's annex ('PHỤ LỤC', '… kế hoạch 5 năm 2026 - 2030', 'Mục tiêu …') hold
targets, and so do the years after the last one a result column names ('Ước TH 2025 | Năm 2026'); a
report's ('Kết quả thực hiện …', 'Tình hình …') and a yearbook's year columns hold results, as do years a
result column names. Tables written here in the style of provincial plan annexes and reports."""
from __future__ import annotations

import pytest

from extractor.link.indicators import extract_indicators
from extractor.link.tables import plan_title
from extractor.model import DocumentMeta, RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _records(titles: list[str], rows: list[list[str]], meta: DocumentMeta = DocumentMeta()):
    blocks = [RawBlock(kind="paragraph", text=t) for t in titles]
    blocks.append(RawBlock(kind="table", rows=[[RawCell(t) for t in r] for r in rows]))
    doc = normalize_document(RawDocument(format="txt", blocks=blocks), "t.md")
    return [(r.target_year, r.target_value, r.actual_value) for r in
            extract_indicators(doc, segment_document(doc), [], meta)]


POOR = ["1", "Tỷ lệ hộ nghèo đa chiều", "%", "2,5", "2,0", "1,5"]
YEARS = ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027", "Năm 2028"]
AHEAD = [(2026, 2.5, None), (2027, 2.0, None), (2028, 1.5, None)]

CASES = [
    # a plan's annex: every year column holds that year's target
    (["PHỤ LỤC I", "MỘT SỐ CHỈ TIÊU CHỦ YẾU KẾ HOẠCH 3 NĂM 2026 - 2028"], [YEARS, POOR], AHEAD),
    (["Phụ lục"], [YEARS, POOR], AHEAD),
    (["Mục tiêu giảm nghèo bền vững đến năm 2028"], [["TT", "Chỉ tiêu", "Đơn vị tính", "2026", "2027", "2028"], POOR],
     AHEAD),
    (["Các chỉ tiêu phấn đấu giai đoạn 2026 - 2028"], [YEARS, POOR], AHEAD),
    # the header alone: the years after the last result column ('Ước TH 2025') lie ahead, with no title at all
    ([], [["STT", "Chỉ tiêu", "ĐVT", "TH 2024", "Ước TH 2025", "Năm 2026", "Năm 2027"],
          ["1", "Tỷ lệ hộ nghèo đa chiều", "%", "3,4", "3,0", "2,5", "2,0"]], [(2026, 2.5, None), (2027, 2.0, None)]),
    # counterexamples: a report's, a yearbook's and an untitled table's year columns hold results
    (["PHỤ LỤC II", "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU GIAI ĐOẠN 2026 - 2028"], [YEARS, POOR], []),
    (["Phụ lục", "Tình hình thực hiện kế hoạch giảm nghèo các năm 2026 - 2028"], [YEARS, POOR], []),
    (["Một số chỉ tiêu về giảm nghèo"], [["Chỉ tiêu", "2026", "2027", "2028"], ["Tỷ lệ hộ nghèo (%)", "2,5", "2,0",
                                                                                 "1,5"]], []),
    (["Các chỉ tiêu chủ yếu đạt được trong giai đoạn 2026 - 2028"], [YEARS, POOR], []),
    ([], [YEARS, POOR], []),
    ([], [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2026", "Thực hiện 2027"], ["1", "Tỷ lệ hộ nghèo", "%", "2,5", "2,0"]],
     []),
]


@pytest.mark.parametrize("titles,rows,want", CASES, ids=[" / ".join(c[0]) or " | ".join(c[1][0]) for c in CASES])
def test_year_columns_of_an_undated_table(titles, rows, want):
    assert _records(titles, rows) == want


def test_a_date_still_decides_when_there_is_one():
    """A plan dated 2027: only 2028 lies ahead, whatever the title says."""
    got = _records(["PHỤ LỤC I", "MỘT SỐ CHỈ TIÊU CHỦ YẾU KẾ HOẠCH 3 NĂM 2026 - 2028"], [YEARS, POOR],
                   DocumentMeta(issued_date="2027-01-10"))
    assert got == [(2028, 1.5, None)]


@pytest.mark.parametrize("texts,plan", [
    (["PHỤ LỤC I"], True),
    (["Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"], True),     # 'thực hiện' in a plan's name is no result
    (["Chỉ tiêu kế hoạch năm 2026", None], True),
    (["PHỤ LỤC I", "Kết quả thực hiện các chỉ tiêu kế hoạch năm 2025"], False),
    (["Số lớp học phổ thông", "Sơ bộ 2025"], False),
    (["Chỉ tiêu toàn Tỉnh"], False),
    ([], False),
])
def test_plan_title(texts, plan):
    assert plan_title(texts) is plan
