"""Round 34's shapes (held-out excerpts of next-year target tables): an estimate column for a year after the
report it is quoted from holds that year's targets ('Ước TH năm 2022' in a report of 03/12/2021); a remark in
parentheses after a cell's figure ('640 (tăng 12%)') is no target and does not hide the amount; a row label
that is a rate per head ('Bác sỹ/vạn dân') or names the units it counts ('Phấn đấu xã đạt chuẩn …') gives a
bare cell ('12-13', '05 - 07') its unit. Tables paraphrased in the genre (places and figures changed)."""
from __future__ import annotations

import pytest

from extractor.link.indicators import extract_indicators
from extractor.model import DocumentMeta, RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document

SOURCE = "(Theo báo cáo số 512/BC-UBND ngày 03/12/2021)"
HEAD = ["Stt", "Chỉ tiêu chủ yếu", "Ước TH năm 2022"]


def _records(titles: list[str], rows: list[list[str]], meta: DocumentMeta = DocumentMeta()):
    blocks = [RawBlock(kind="paragraph", text=t) for t in titles]
    blocks.append(RawBlock(kind="table", rows=[[RawCell(t) for t in r] for r in rows]))
    doc = normalize_document(RawDocument(format="txt", blocks=blocks), "t.md")
    return [(r.target_comparator, r.target_value, r.target_high, r.target_year, r.actual_value) for r in
            extract_indicators(doc, segment_document(doc), [], meta)]


ESTIMATES = [
    # a report of December 2021 cannot estimate 2022's result: the column holds 2022's targets
    ([SOURCE], [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], [(">=", 69.0, None, 2022, None)]),
    (["Nguồn: Báo cáo số 97/BC-UBND ngày 05 tháng 12 năm 2021"],
     [["TT", "Chỉ tiêu", "Ước thực hiện năm 2022"], ["1", "Tỷ lệ che phủ rừng (%)", "58-58,5"]],
     [("range", 58.0, 58.5, 2022, None)]),
    ([], [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], [(">=", 69.0, None, 2022, None)]),  # dated document
    # counterexamples: the report's own year is a result; a resolution's date (no report quoted) decides nothing
    (["(Theo báo cáo số 512/BC-UBND ngày 03/12/2022)"], [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], []),
    (["Chỉ tiêu giao tại Nghị quyết số 15/NQ-HĐND ngày 10/12/2021"],
     [HEAD, ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]], []),
    ([SOURCE], [["Stt", "Chỉ tiêu chủ yếu", "Thực hiện năm 2022"], ["1", "Tỷ lệ lao động qua đào tạo (%)", "69"]],
     []),
]
META = [DocumentMeta(), DocumentMeta(), DocumentMeta(issued_date="2021-12-03"), DocumentMeta(), DocumentMeta(),
        DocumentMeta()]


@pytest.mark.parametrize("titles,rows,want,meta", [(*c, m) for c, m in zip(ESTIMATES, META)],
                         ids=[f"{i}:{c[1][0][-1]}" for i, c in enumerate(ESTIMATES)])
def test_an_estimate_for_a_year_after_the_report_is_a_target(titles, rows, want, meta):
    assert _records(titles, rows, meta) == want


CELLS = [
    # a remark after the figure: the amount stays, the growth or the reason goes
    (["3", "Kim ngạch nhập khẩu (triệu USD)", "640 (tăng 12%)"], [(">=", 640.0, None)]),
    (["4", "Thu ngân sách nhà nước (Tỷ đồng)", "5.120,5 (giảm 21,4% so với thực hiện năm 2021)"], [(">=", 5120.5, None)]),
    (["1", "Tốc độ tăng trưởng GRDP", "tăng 6,8 - 7,5% (do năm 2021 là năm gốc, tăng 1,9%)"],
     [("range", 6.8, 7.5)]),
    (["9", "Lực lượng lao động từ 15 tuổi trở lên (người)", "710.000 (tăng 3,8% so với năm 2021)"],
     [(">=", 710000.0, None)]),
    # rows whose label gives a bare figure its unit
    (["8", "Bác sỹ/vạn dân", "12-13"], [("range", 12.0, 13.0)]),
    (["9", "Số giường bệnh/1 vạn dân", "31"], [(">=", 31.0, None)]),
    (["11", "Phấn đấu xã đạt chuẩn nông thôn mới", "05 - 07"], [("range", 5.0, 7.0)]),
    # counterexamples: what the parenthesis holds is no remark, or the label gives no unit
    (["10", "Tỷ lệ hộ nghèo", "0,6% (theo chuẩn nghèo đa chiều)"], [(">=", 0.6, None)]),
    (["12", "Tỷ lệ lao động qua đào tạo", "70% (trong đó có bằng cấp 30%)"], [(">=", 70.0, None), (">=", 30.0, None)]),
    (["13", "Giường bệnh", "12-13"], []),
    (["14", "Xã hội hóa giáo dục", "05 - 07"], []),
    (["15", "Phấn đấu xã đạt chuẩn nông thôn mới", "6 thôn"], []),    # a noun of its own: not the row's units
]


@pytest.mark.parametrize("row,want", CELLS, ids=[c[0][2] for c in CELLS])
def test_cells_of_a_next_year_target_table(row, want):
    got = _records([SOURCE], [HEAD, row])
    assert [g[:3] for g in got] == want and all(g[3] == 2022 for g in got)
