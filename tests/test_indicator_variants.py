"""Layout and wording variants of the monthly/quarterly reports and plans on e-government, digital
transformation and administrative-procedure reform (NQ 17/NQ-CP, 01/NQ-CP, 02/NQ-CP, QĐ 942, Đề án 06 ...).

Each variant is a small document as a reader would return it (tables as rows of cells with their spans,
paragraphs as text), run through the real stages: normalise → segment → metadata → quantities → indicators.
A record is compared on: words of its label, level, target comparator/value/high/unit, actual value,
target year and status as written. `ANY` leaves a field unchecked.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

import pytest

from extractor.link.indicators import extract_indicators
from extractor.extract.metadata import extract_metadata
from extractor.model import RawBlock, RawCell, RawDocument
from extractor.normalize.document import fold_tone, normalize_document
from extractor.extract.quantities import extract_quantities
from extractor.segment.sentences import segment_document

ANY = object()


class R(NamedTuple):
    words: str                        # words the label must contain (space separated, any order)
    level: Optional[str] = None
    cmp: Optional[str] = ">="
    value: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = "%"
    actual: object = None
    year: object = ANY
    status: object = None


def _cells(row):
    out = []
    for c in row:
        if isinstance(c, tuple):             # (text, rowspan, colspan)
            out.append(RawCell(c[0], rowspan=c[1], colspan=c[2]))
        else:
            out.append(RawCell(c))
    return out


def T(*rows) -> RawBlock:
    return RawBlock(kind="table", rows=[_cells(r) for r in rows])


def P(text: str, kind: str = "paragraph") -> RawBlock:
    return RawBlock(kind=kind, text=text)


def H(text: str) -> RawBlock:
    return RawBlock(kind="heading", text=text)


HEADER_REPORT = [P("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ"), P("Số: 125/BC-UBND"),
                 P("Quảng Trị, ngày 05 tháng 7 năm 2025"), H("BÁO CÁO"),
                 P("Kết quả thực hiện nhiệm vụ cải cách hành chính, chuyển đổi số 6 tháng đầu năm 2025")]
HEADER_PLAN = [P("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH"), P("Số: 45/KH-UBND"),
               P("Hà Tĩnh, ngày 20 tháng 01 năm 2025"), H("KẾ HOẠCH"),
               P("Cải cách thủ tục hành chính, chuyển đổi số năm 2025")]


def run(blocks: list[RawBlock]):
    doc = normalize_document(RawDocument(format="docx", blocks=blocks), "t.docx")
    segs = segment_document(doc)
    meta = extract_metadata(doc)
    return extract_indicators(doc, segs, extract_quantities(doc, segs), meta)


def _match(rec, exp: R) -> bool:
    label = fold_tone(rec.label).lower()
    got = {"level": rec.level, "cmp": rec.target_comparator, "value": rec.target_value, "high": rec.target_high,
           "unit": rec.target_unit, "actual": rec.actual_value, "year": rec.target_year, "status": rec.status}
    if not all(w in label for w in fold_tone(exp.words).lower().split()):
        return False
    for k, v in got.items():
        want = getattr(exp, k)
        if want is ANY:
            continue
        if isinstance(want, str) and isinstance(v, str):
            if want.lower() != v.lower():
                return False
        elif want != v:
            return False
    return True


def _show(r) -> str:
    return (f"{r.label!r} lvl={r.level} {r.target_comparator} {r.target_value}-{r.target_high} {r.target_unit} "
            f"act={r.actual_value} y={r.target_year} st={r.status}")


def check(blocks, expected: list[R]):
    recs = run(blocks)
    shown = "\n".join(_show(r) for r in recs)
    assert len(recs) == len(expected), f"got {len(recs)} records:\n{shown}"
    for rec, exp in zip(recs, expected):
        assert _match(rec, exp), f"expected {exp}\n got {_show(rec)}\nall:\n{shown}"


# --- 1. tables with different header wordings ---------------------------------------------------------

VARIANTS: dict[str, tuple[list[RawBlock], list[R]]] = {}

VARIANTS["chi_tieu_giao__ket_qua__danh_gia"] = (HEADER_REPORT + [
    P("1. Kết quả thực hiện các chỉ tiêu theo Nghị quyết số 02/NQ-CP năm 2025", "list_item"),
    T(["STT", "Chỉ tiêu", "Chỉ tiêu giao", "Kết quả thực hiện", "Đánh giá", "Ghi chú"],
      ["1", "Tỷ lệ hồ sơ giải quyết thủ tục hành chính được thực hiện trực tuyến toàn trình", "80%", "93,6%",
       "Đạt", ""],
      ["2", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "100%", "72%", "Chưa đạt",
       "Đang tiếp tục số hóa"],
      ["3", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia", "Tối thiểu 45%", "38,2%", "Không đạt",
       ""]),
], [R("hồ sơ trực tuyến toàn trình", value=80, actual=93.6, year=2025, status="Đạt"),
    R("số hóa hồ sơ kết quả", value=100, actual=72, year=2025, status="Chưa đạt"),
    R("thanh toán trực tuyến", value=45, actual=38.2, year=2025, status="Không đạt")])

VARIANTS["nhiem_vu_chi_tieu__ke_hoach_nam__luy_ke__ty_le"] = (HEADER_REPORT + [
    T(["TT", "Nhiệm vụ/Chỉ tiêu", "Kế hoạch năm 2025", "Lũy kế đến tháng 6", "Tỷ lệ (%)", "Ghi chú"],
      ["1", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "80%", "85,4%", "106,8", ""],
      ["2", "Tỷ lệ hồ sơ thanh toán trực tuyến", "45%", "38,2%", "84,9", "Chưa đạt"]),
], [R("dịch vụ công trực tuyến toàn trình", value=80, actual=85.4, year=2025),
    R("thanh toán trực tuyến", value=45, actual=38.2, year=2025, status="Chưa đạt")])

VARIANTS["chi_tieu_ke_hoach__ket_qua_dat_duoc__dvt"] = (HEADER_REPORT + [
    T(["TT", "Nội dung", "ĐVT", "Chỉ tiêu kế hoạch", "Kết quả đạt được", "Đánh giá"],
      ["1", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "%", "100", "96,8", "Chưa đạt"],
      ["2", "Mức độ hài lòng của người dân, doanh nghiệp", "%", "≥ 90", "92,5", "Đạt"]),
], [R("số hóa khi tiếp nhận", value=100, actual=96.8, status="Chưa đạt"),
    R("mức độ hài lòng", value=90, actual=92.5, status="Đạt")])

VARIANTS["two_row_header_merged_result"] = (HEADER_REPORT + [
    P("Biểu 01. Kết quả thực hiện chỉ tiêu cải cách thủ tục hành chính năm 2025"),
    T([("TT", 2, 1), ("Chỉ tiêu", 2, 1), ("ĐVT", 2, 1), ("Chỉ tiêu giao", 2, 1), ("Kết quả thực hiện", 1, 2),
       ("Đánh giá", 2, 1)],
      ["Tháng 01", "Lũy kế"],
      ["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "80", "91,2", "93,6", "Đạt"],
      ["2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "98", "97,1", "96,5", "Chưa đạt"]),
], [R("hồ sơ trực tuyến toàn trình", value=80, actual=93.6, status="Đạt"),
    R("đúng hạn", value=98, actual=96.5, status="Chưa đạt")])

VARIANTS["result_cells_written_out"] = (HEADER_REPORT + [
    T(["STT", "Chỉ tiêu", "Chỉ tiêu giao", "Kết quả thực hiện"],
      ["1", "Tỷ lệ hồ sơ trực tuyến", "80%", "54.919/58.669 hồ sơ (93,6%)"],
      ["2", "Tỷ lệ cấp kết quả điện tử", "100%", "Đạt 95%"],
      ["3", "Tỷ lệ Bộ phận Một cửa kết nối Hệ thống giám sát", "100%", "100% (đạt)"]),
], [R("hồ sơ trực tuyến", value=80, actual=93.6),
    R("kết quả điện tử", value=100, actual=95),
    R("một cửa kết nối", value=100, actual=100, status="đạt")])

# --- 2. one row per level under one indicator row ------------------------------------------------------

VARIANTS["level_rows_under_indicator"] = (HEADER_REPORT + [
    T(["TT", "Chỉ tiêu", "Chỉ tiêu giao", "Kết quả thực hiện"],
      ["1", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "", ""],
      ["", "Cấp tỉnh", "90%", "98,7%"],
      ["", "Cấp huyện", "80%", "99,19%"],
      ["", "- Cấp xã", "60%", "57%"]),
], [R("hồ sơ công việc môi trường mạng", "tỉnh", value=90, actual=98.7),
    R("hồ sơ công việc môi trường mạng", "huyện", value=80, actual=99.19),
    R("hồ sơ công việc môi trường mạng", "xã", value=60, actual=57)])

# --- 3. prose results against targets -------------------------------------------------------------------

VARIANTS["prose_exceeds_given_target"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN"),
    P("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85,2%, vượt chỉ tiêu được giao (80%)."),
], [R("hồ sơ trực tuyến toàn trình", value=80, actual=85.2, year=2025, status=ANY)])

VARIANTS["prose_result_slash_target"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN"),
    P("Về số hóa, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 72%/chỉ tiêu 80%."),
], [R("số hóa hồ sơ", value=80, actual=72)])

VARIANTS["prose_target_colon_result_colon"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
    P("- Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình: Chỉ tiêu: 80%; kết quả: 82,4%.",
      "list_item"),
], [R("dịch vụ công trực tuyến toàn trình", value=80, actual=82.4)])

VARIANTS["prose_government_target_in_parens_not_met"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN"),
    P("Tỷ lệ hồ sơ thanh toán trực tuyến đạt 45,3% (chỉ tiêu Chính phủ giao là 50%), chưa đạt."),
], [R("thanh toán trực tuyến", value=50, actual=45.3, status="chưa đạt")])

VARIANTS["prose_plan_in_parens_and_no_target_word"] = (HEADER_REPORT + [
    H("I. KẾT QUẢ THỰC HIỆN"),
    P("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2% (kế hoạch 98%)."),
    # no target word: a result and a change, no indicator
    P("Thực hiện Kế hoạch số 45/KH-UBND, tỷ lệ hồ sơ trực tuyến đạt 93,6% (tăng 5,2% so với cùng kỳ)."),
], [R("hồ sơ giải quyết đúng hạn", value=98, actual=99.2)])

VARIANTS["table_ge_target_and_exceeded_result"] = (HEADER_REPORT + [
    T(["STT", "Tên chỉ tiêu", "Chỉ tiêu giao năm 2025", "Ước thực hiện 6 tháng"],
      ["1", "Tỷ lệ người dân, doanh nghiệp hài lòng", "≥ 80%", "80,5% (vượt)"],
      ["2", "Tỷ lệ hồ sơ quá hạn", "Không quá 2%", "1,3%"]),
], [R("hài lòng", value=80, actual=80.5, year=2025, status="vượt"),
    R("quá hạn", cmp="<=", value=2, actual=1.3, year=2025)])

# --- 4. numbered target lists in plans -------------------------------------------------------------------

VARIANTS["plan_specific_goals"] = (HEADER_PLAN + [
    H("I. MỤC ĐÍCH, YÊU CẦU"),
    P("1. Mục đích", "list_item"),
    P("Nâng cao chất lượng phục vụ người dân, doanh nghiệp."),
    H("II. MỤC TIÊU"),
    P("1. Mục tiêu chung", "list_item"),
    P("Đẩy mạnh cải cách thủ tục hành chính gắn với chuyển đổi số."),
    P("2. Mục tiêu cụ thể", "list_item"),
    P("a) Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.",
      "list_item"),
    P("- Tối thiểu 80% hồ sơ giải quyết thủ tục hành chính được xử lý hoàn toàn trực tuyến;", "list_item"),
    P("b) Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh đạt 90%, cấp huyện đạt 80%, "
      "cấp xã đạt 60%.", "list_item"),
    P("c) Không quá 2% hồ sơ giải quyết thủ tục hành chính bị trễ hạn.", "list_item"),
], [R("thủ tục hành chính dịch vụ công trực tuyến toàn trình", value=100, year=2025),
    R("hồ sơ xử lý hoàn toàn trực tuyến", value=80, year=2025),
    R("hồ sơ công việc môi trường mạng", "tỉnh", value=90, year=2025),
    R("hồ sơ công việc môi trường mạng", "huyện", value=80, year=2025),
    R("hồ sơ công việc môi trường mạng", "xã", value=60, year=2025),
    R("hồ sơ trễ hạn", cmp="<=", value=2, year=2025)])

# --- 5. ranks, ceilings, reductions, ranges ----------------------------------------------------------------

VARIANTS["plan_ranks_ceilings_reductions_ranges"] = (HEADER_PLAN + [
    H("II. MỤC TIÊU CỤ THỂ"),
    P("1. Chỉ số cải cách hành chính (PAR Index) của tỉnh nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước.",
      "list_item"),
    P("2. Tỷ lệ hồ sơ giải quyết quá hạn dưới 2%.", "list_item"),
    P("3. Giảm ít nhất 30% thời gian đi lại của người dân, doanh nghiệp khi thực hiện thủ tục hành chính.",
      "list_item"),
    P("4. Tốc độ tăng trưởng kinh tế số từ 8% - 8,5%.", "list_item"),
], [R("chỉ số cải cách hành chính", cmp="<=", value=10, unit="hạng", year=2025),
    R("quá hạn", cmp="<", value=2, year=2025),
    R("thời gian đi lại", value=30, year=2025),
    R("kinh tế số", cmp="range", value=8, high=8.5, year=2025)])

VARIANTS["rank_in_report_prose_with_target_cue"] = (HEADER_PLAN + [
    H("II. NHIỆM VỤ, GIẢI PHÁP"),
    P("Phấn đấu Chỉ số chuyển đổi số (DTI) của tỉnh năm 2025 thuộc nhóm 20 tỉnh, thành phố dẫn đầu."),
], [R("chỉ số chuyển đổi số", cmp="<=", value=20, unit="hạng", year=2025)])

# --- 6. things that are not indicators --------------------------------------------------------------------

VARIANTS["not_indicators"] = (HEADER_PLAN + [
    H("I. TÌNH HÌNH THỰC HIỆN NĂM 2024"),
    P("Năm 2024, toàn tỉnh tiếp nhận 120.000 hồ sơ, trong đó 95.000 hồ sơ trực tuyến, chiếm tỷ lệ 79,2%; "
      "giải quyết đúng hạn 118.560 hồ sơ, đạt 98,8%."),
    P("Trong năm, Ủy ban nhân dân tỉnh đã tổ chức 04 cuộc họp, 12 hội nghị trực tuyến với 100% xã tham dự."),
    H("II. MỤC TIÊU"),
    P("Dịch vụ công trực tuyến toàn trình là dịch vụ bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính."),
    H("IV. KINH PHÍ THỰC HIỆN"),
    P("Tổng kinh phí thực hiện Kế hoạch là 1.250 triệu đồng, từ nguồn ngân sách tỉnh năm 2025."),
    P("Thời gian thực hiện: từ ngày 01/3/2025 đến ngày 31/12/2025."),
], [])


@pytest.mark.parametrize("name", list(VARIANTS))
def test_variant(name):
    blocks, expected = VARIANTS[name]
    check(blocks, expected)
