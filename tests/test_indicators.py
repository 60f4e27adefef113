"""Indicators from tables, numbered lists and plan prose; then the scorer on the seed documents."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.link.indicators import (achieved, assign_levels, extract_indicators, find_figures, header_role,
                                  lower_is_better, status_of, subject_level)
from extractor.model import DocumentMeta, Indicator, Provenance, RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document
from extractor.patterns import check_examples, load_patterns
from extractor.segment.sentences import segment_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def test_vocabulary_examples():
    assert check_examples(load_patterns("indicators")) == []


@pytest.mark.parametrize("header, role", [
    ("TT", "ordinal"), ("STT", "ordinal"),
    ("Chỉ tiêu", "label"), ("Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP", "label"),
    ("Mục tiêu đến năm 2025", "target"), ("Chỉ tiêu năm 2025", "target"), ("Kế hoạch năm 2024", "target"),
    ("Kết quả tháng 01 năm 2025", "actual"), ("Ước thực hiện 6 tháng", "actual"),
    ("Đơn vị", "unit"), ("Đơn vị tính", "unit"), ("ĐVT", "unit"),
    ("Nội dung thực hiện", "evidence"), ("Ghi chú", "note"), ("Đơn vị thực hiện", "responsible"),
    ("Đánh giá", "status"),
])
def test_header_roles(header, role):
    assert header_role(header) == role


def _figs(text, hint=None, force=False):
    figs = assign_levels(text, find_figures(text, hint), force=force)
    return [(f.target_cmp(), f.value, f.high, f.unit, f.level) for f in figs]


@pytest.mark.parametrize("text, hint, force, expected", [
    ("40%", None, True, [(">=", 40, None, "%", None)]),
    ("Tối thiểu 90", "%", True, [(">=", 90, None, "%", None)]),
    ("80", "%", True, [(">=", 80, None, "%", None)]),
    ("Từ 30% - 50%", None, True, [("range", 30, 50, "%", None)]),
    ("CQNN cấp tỉnh 90%", None, True, [(">=", 90, None, "%", "tỉnh")]),
    ("100% cấp tỉnh, 80% cấp huyện", None, True, [(">=", 100, None, "%", "tỉnh"), (">=", 80, None, "%", "huyện")]),
    ("Cấp tỉnh 80%, cấp huyện 60%, cấp xã 30%. (đạt)", None, False,
     [(">=", 80, None, "%", "tỉnh"), (">=", 60, None, "%", "huyện"), (">=", 30, None, "%", "xã")]),
    ("Từ 90% trở lên hồ sơ công việc tại cấp bộ, cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% "
     "hồ sơ công việc tại cấp xã", None, False,
     [(">=", 90, None, "%", "bộ"), (">=", 90, None, "%", "tỉnh"), (">=", 80, None, "%", "huyện"),
      (">=", 60, None, "%", "xã")]),
    ("Đạt trên 20% Tỷ lệ hồ sơ", None, False, [(">", 20, None, "%", None)]),
    ("tối đa 5%", None, False, [("<=", 5, None, "%", None)]),
    ("không quá 10%", None, False, [("<=", 10, None, "%", None)]),
    ("dưới 2%", None, False, [("<", 2, None, "%", None)]),
    ("93,6% (Thống kê hồ sơ tháng 01)", None, False, [(">=", 93.6, None, "%", None)]),
    # one figure: the level words belong to the label, not to a split
    ("Có 100% hồ sơ được thực hiện qua Hệ thống một cửa điện tử cấp tỉnh", None, False,
     [(">=", 100, None, "%", None)]),
    ("Năm 2025", "%", True, []),
])
def test_figures_and_levels(text, hint, force, expected):
    assert _figs(text, hint, force) == expected


@pytest.mark.parametrize("text, written, norm", [
    ("(đạt)", "đạt", "achieved"),
    ("( Đạt, đã kết nối liên thông 4 cấp)", "Đạt", "achieved"),
    ("(đã hoàn thành)", "đã hoàn thành", "completed"),
    ("(đang triển khai hệ thống SSO)", "đang triển khai", "in_progress"),
    ("Chưa đạt", "Chưa đạt", "not_achieved"),
    ("(Hiện nay đạt trên 90%)", None, None),
    ("đạt 95%", None, None),
])
def test_status(text, written, norm):
    got = status_of(text)
    assert (got or (None, None)) == (written, norm)


def _ind(cmp, value, actual, high=None, label="Tỷ lệ hồ sơ"):
    return Indicator(prov=Provenance(0, 0, 0, "", "t"), label=label, target_comparator=cmp, target_value=value,
                     target_high=high, actual_value=actual, target_unit="%", actual_unit="%",
                     lower_is_better=lower_is_better(label))


@pytest.mark.parametrize("cmp, value, high, actual, plain, label, expected", [
    (">=", 50, None, 93.6, True, "Tỷ lệ hồ sơ", True),
    (">=", 100, None, 87.3, True, "Tỷ lệ hồ sơ", False),
    (">", 20, None, 20, False, "Tỷ lệ hồ sơ", False),
    ("range", 30, 50, 50, False, "Rút ngắn thời gian họp", True),
    ("<=", 2, None, 3, False, "Tỷ lệ nghèo đa chiều", False),
    # a plain figure for a lower-is-better indicator is a ceiling
    (">=", 5, None, 4, True, "Thời gian giải quyết hồ sơ", True),
    (">=", 5, None, None, True, "Tỷ lệ hồ sơ", None),
])
def test_achieved(cmp, value, high, actual, plain, label, expected):
    assert achieved(_ind(cmp, value, actual, high, label), plain=plain) is expected


@pytest.mark.parametrize("label, lower", [
    ("Thời gian giải quyết thủ tục hành chính", True),
    ("Tỷ lệ nghèo đa chiều", True),
    ("Rút ngắn thời gian họp", False),                 # the figure is the size of the cut
    ("Tỷ lệ hồ sơ trực tuyến", False),
])
def test_lower_is_better(label, lower):
    assert lower_is_better(label) is lower


# --- whole documents --------------------------------------------------------------------------------

def _extract(blocks):
    doc = normalize_document(RawDocument(format="txt", blocks=blocks), "t.txt")
    return extract_indicators(doc, segment_document(doc), [], DocumentMeta())


def _table(rows):
    return RawBlock(kind="table", rows=[[RawCell(t) for t in r] for r in rows])


def test_table_by_column_meaning():
    recs = _extract([
        RawBlock(kind="heading", text="Phụ lục 1"),
        _table([
            ["TT", "Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP", "Mục tiêu đến năm 2025", "Nội dung thực hiện",
             "Kết quả tháng 01 năm 2025"],
            ["2", "Tỷ lệ hồ sơ giải quyết trực tuyến", "50%", "Tỷ lệ hồ sơ trực tuyến: 93,6%",
             "93,6% (Thống kê hồ sơ tháng 01)"],
            ["16", "Hồ sơ công việc tại CQNN cấp tỉnh được xử lý trên môi trường mạng", "CQNN cấp tỉnh 90%", "",
             "98,7%"],
            ["20", "Rút ngắn thời gian họp", "Từ 30% - 50%", "", "50%"],
            ["", "Triển khai nhân rộng Hệ thống họp đến cấp tỉnh, cấp huyện", "100% cấp tỉnh, 80% cấp huyện",
             "", "100%"],
        ]),
    ])
    got = [(r.ordinal, r.level, r.target_comparator, r.target_value, r.target_high, r.actual_value) for r in recs]
    assert got == [("2", None, ">=", 50, None, 93.6), ("16", "tỉnh", ">=", 90, None, 98.7),
                   ("20", None, "range", 30, 50, 50), (None, "tỉnh", ">=", 100, None, 100),
                   (None, "huyện", ">=", 80, None, None)]
    r = recs[0]
    assert (r.target_year, r.actual_period, r.achieved, r.prov.rule) == (2025, "2025-01", True, "table.columns")
    assert r.source_ref == "Chỉ tiêu, nhiệm vụ Nghị quyết số 17/NQ-CP"
    assert r.label_norm == "tỷ lệ hồ sơ giải quyết trực tuyến"
    assert r.target_prov.col == 2 and r.actual_prov.col == 4 and r.prov.col == 1


def test_table_unit_column_and_sections():
    recs = _extract([
        RawBlock(kind="heading", text="PHỤ LỤC I"),
        RawBlock(kind="paragraph", text="Nhiệm vụ"),
        RawBlock(kind="heading", text="PHỤ LỤC II"),
        RawBlock(kind="list_item", text="2. Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP"),
        _table([["STT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu năm 2025"],
                ["1.", "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử.", "%", "100"],
                ["2.", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.", "%", "Tối thiểu 50"]]),
    ])
    got = [(r.ordinal, r.target_comparator, r.target_value, r.target_unit, r.target_year) for r in recs]
    assert got == [("II.2.1", ">=", 100, "%", 2025), ("II.2.2", ">=", 50, "%", 2025)]
    assert recs[0].source_ref == "2. Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP"


def test_numbered_list_under_a_targets_heading():
    recs = _extract([
        RawBlock(kind="heading", text="I. Kết quả thực hiện các chỉ tiêu năm 2020:"),
        RawBlock(kind="list_item", text="1. Đạt 20% số lượng người dân được xác thực định danh điện tử "
                                        "(đang triển khai hệ thống SSO)."),
        RawBlock(kind="list_item", text="3. Tỷ lệ 30% tích hợp các dịch vụ công trực tuyến mức độ 3, 4. "
                                        "(Hiện nay 100% đã tích hợp)"),
        RawBlock(kind="list_item", text="16. Hồ sơ công việc được xử lý trên môi trường mạng (không bao gồm hồ sơ "
                                        "mật): Cấp tỉnh 80%, cấp huyện 60%, cấp xã 30%. (đạt)"),
        RawBlock(kind="heading", text="II. Mục tiêu giai đoạn 2021-2025 (NQ17)"),
        RawBlock(kind="list_item", text="7. Trên 80% thủ tục hành chính đáp ứng yêu cầu được triển khai dịch vụ "
                                        "công trực tuyến mức độ 3, 4;"),
    ])
    got = [(r.ordinal, r.level, r.target_comparator, r.target_value, r.actual_value, r.status, r.target_year)
           for r in recs]
    assert got == [
        ("I.1", None, ">=", 20, None, "đang triển khai", 2020),
        ("I.3", None, ">=", 30, 100, None, 2020),
        ("I.16", "tỉnh", ">=", 80, None, "đạt", 2020),
        ("I.16", "huyện", ">=", 60, None, "đạt", 2020),
        ("I.16", "xã", ">=", 30, None, "đạt", 2020),
        ("II.7", None, ">", 80, None, None, 2025),
    ]
    assert recs[0].label == "số lượng người dân được xác thực định danh điện tử"
    assert recs[2].label == "Hồ sơ công việc được xử lý trên môi trường mạng (không bao gồm hồ sơ mật)"
    assert recs[0].status_norm == "in_progress" and recs[1].achieved is True
    assert recs[-1].target_period == "2021-2025"


def test_lead_in_period_scope_levels_and_inherited_label():
    recs = _extract([
        RawBlock(kind="paragraph", text="Mục tiêu"),
        RawBlock(kind="list_item", text="- Đến hết năm 2024:"),
        RawBlock(kind="list_item", text="+ Đối với các bộ, ngành: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%."),
        RawBlock(kind="list_item", text="+ Đối với các địa phương: đạt tối thiểu 30%."),
    ])
    got = [(r.label, r.level, r.target_comparator, r.target_value, r.target_year, r.prov.rule) for r in recs]
    # the lead '- Đến hết năm 2024:' opens a list of targets (a short lead a cue governs, ending in a colon), so its
    # items are read as a list's items
    assert got == [("tỷ lệ hồ sơ trực tuyến toàn trình", "bộ", ">=", 70, 2024, "list.item"),
                   ("tỷ lệ hồ sơ trực tuyến toàn trình", "địa phương", ">=", 30, 2024, "list.item")]


@pytest.mark.parametrize("text, expected", [
    ("- Đẩy mạnh triển khai dịch vụ công trực tuyến; phấn đấu đến hết năm 2025 đạt 100% thủ tục hành chính đủ "
     "điều kiện được cung cấp trực tuyến toàn trình; tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn "
     "trực tuyến; giảm tối đa thời gian đi lại.", [(">=", 100, 2025), (">=", 80, 2025)]),
    ("- Công bố kịp thời các thủ tục; 100% hồ sơ thủ tục hành chính phải được tiếp nhận trên Hệ thống.",
     [(">=", 100, None)]),
    ("Bảo đảm 100% hệ thống thông tin đang trong quá trình thiết kế phải được phê duyệt cấp độ.", [(">=", 100, None)]),
    # results, not targets
    ("Việc triển khai đã đạt được các kết quả quan trọng: 81% thủ tục hành chính được triển khai; 43% hồ sơ "
     "được thực hiện trực tuyến toàn trình.", []),
    # a condition, not a target
    ("Giải quyết phụ cấp đối với thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên.", []),
    ("Tỷ lệ hồ sơ trực tuyến trong tháng đạt 93,6%, tăng 5% so với cùng kỳ.", []),
])
def test_plan_prose(text, expected):
    recs = _extract([RawBlock(kind="paragraph", text=text)])
    assert [(r.target_comparator, r.target_value, r.target_year) for r in recs] == expected


# --- the scorer on the seeds, per format -------------------------------------------------------------

def _score_format(tmp_path: Path, files: list[Path]) -> dict:
    src = tmp_path / "in"
    src.mkdir()
    for f in files:
        (src / f.name).symlink_to(f)
    db = tmp_path / "x.db"
    subprocess.run([sys.executable, "-m", "extractor", "extract", str(src), "--db", str(db)], check=True,
                   capture_output=True, cwd=ROOT)
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(db),
                          str(SHARED / "gold" / "seeds"), "--json"], check=True, capture_output=True, text=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
    return json.loads(line)["indicators"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_seed_indicator_scores(tmp_path, fmt):
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("needs ../shared")
    if fmt == "txt":
        files = sorted((SHARED / "seeds").glob("*.txt"))
    else:
        files = sorted((ROOT / "corpus").glob(f"*.{fmt}"))
    if not files:
        pytest.skip(f"no .{fmt} seeds")
    score = _score_format(tmp_path, files)
    assert score["f1"] >= 0.90, score


def test_normative_texts_have_no_plan_prose():
    text = "Trường hợp mở rộng diện tích khu công nghiệp phải bảo đảm tỷ lệ lấp đầy tối thiểu 60%."
    doc = normalize_document(RawDocument(format="txt", blocks=[RawBlock(kind="paragraph", text=text)]), "t.txt")
    segs = segment_document(doc)
    assert len(extract_indicators(doc, segs, [], DocumentMeta(doc_type="Kế hoạch"))) == 1
    assert extract_indicators(doc, segs, [], DocumentMeta(doc_type="Nghị định")) == []


# --- criteria tables with a target column per group, level or year; what an annex is about --------------

def _c(text, rowspan=1, colspan=1):
    return RawCell(text, rowspan=rowspan, colspan=colspan)


def _rows(recs):
    return [(r.ordinal, r.level, r.target_comparator, r.target_value, r.target_high, r.target_unit) for r in recs]


def test_criteria_table_with_group_columns():
    """Bộ tiêu chí: 'Chỉ tiêu chung | Xã nhóm 1 | Xã nhóm 2 | Xã nhóm 3', one record per numeric cell, the level
    from the annex title; the group name column ('Hạ tầng kinh tế - xã hội') is not the label."""
    recs = _extract([
        RawBlock(kind="paragraph", text="PHỤ LỤC I"),
        RawBlock(kind="paragraph", text="BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030"),
        RawBlock(kind="table", rows=[
            [_c("TT", 2), _c("Tên tiêu chí", 2), _c("Nội dung tiêu chí", 2), _c("Chỉ tiêu chung", 2),
             _c("Yêu cầu đối với từng nhóm xã", 1, 3)],
            [_c("Xã nhóm 1"), _c("Xã nhóm 2"), _c("Xã nhóm 3")],
            [_c("2", 4), _c("Hạ tầng kinh tế - xã hội", 4),
             _c("2.3. Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ"), _c("Đạt"),
             _c("Tốt"), _c("Khá"), _c("Đạt")],
            [_c("2.4. Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt", 2), _c("≥98%", 2), _c("≥99%"),
             _c("≥99%"), _c("≥98%")],
            [_c("Bộ Công Thương hướng dẫn; UBND cấp tỉnh quy định cụ thể việc áp dụng đối với từng nhóm xã", 1, 3)],
            [_c("2.2. Các công trình thủy lợi do xã quản lý được bảo trì hàng năm"), _c("Đạt"),
             _c("Diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động đạt tỷ lệ ≥90%, có áp dụng "
                "công nghệ tiên tiến"), _c("Không quy định"), _c("Đạt")],
            [_c("3", 3), _c("Phát triển kinh tế nông thôn", 3), _c("3.1. Tốc độ tăng thu nhập bình quân đầu người"),
             _c("Bình quân từ 9,5 - 12%/năm"), _c("Bộ Tài chính hướng dẫn", 1, 3)],
            [_c("3.3. Có mô hình nông nghiệp ứng dụng công nghệ cao"), _c("≥01 mô hình"),
             _c("Bộ Nông nghiệp và Môi trường hướng dẫn", 1, 3)],
            [_c("9.2. Trung tâm phục vụ hành chính công hoạt động hiệu quả, tỷ lệ thủ tục hành chính được thực "
                "hiện theo dịch vụ công trực tuyến toàn trình đạt ≥90%"), _c("Đạt"),
             _c("UBND cấp tỉnh quy định cụ thể việc áp dụng đối với từng nhóm xã, đảm bảo bình quân các xã đạt tỷ lệ "
                "≥65% (đối với xã nhóm 1 phải có ít nhất 01 công trình xử lý nước thải)", 1, 3)],
            [_c("6"), _c("Giảm nghèo"), _c("6.1. Tỷ lệ nghèo đa chiều"), _c("≤2%"), _c("≤2%"), _c("≤5%"), _c("≤13%")],
        ]),
    ])
    assert _rows(recs) == [
        ("2.4", "xã", ">=", 98, None, "%"), ("2.4", "xã", ">=", 99, None, "%"), ("2.4", "xã", ">=", 99, None, "%"),
        ("2.4", "xã", ">=", 98, None, "%"),
        ("2.2", "xã", ">=", 90, None, "%"),
        ("3.1", "xã", "range", 9.5, 12, "%/năm"),          # a yearly rate, as the gold writes it
        ("3.3", "xã", ">=", 1, None, "mô hình"),
        ("9.2", "xã", ">=", 65, None, "%"), ("9.2", "xã", ">=", 1, None, "công trình"),
        ("9.2", "xã", ">=", 90, None, "%"),
        ("6.1", "xã", "<=", 2, None, "%"), ("6.1", "xã", "<=", 2, None, "%"), ("6.1", "xã", "<=", 5, None, "%"),
        ("6.1", "xã", "<=", 13, None, "%"),
    ]
    labels = [r.label for r in recs]
    assert labels[0] == "Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt"
    assert labels[4] == "Diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động"
    assert labels[9] == "tỷ lệ thủ tục hành chính được thực hiện theo dịch vụ công trực tuyến toàn trình"
    assert [r.target_prov.col for r in recs[:4]] == [3, 4, 5, 6]


def test_level_columns_name_the_level():
    recs = _extract([_table([
        ["TT", "Chỉ tiêu", "Cấp tỉnh", "Cấp huyện", "Cấp xã"],
        ["1", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "90%", "80%", "60%"],
        ["2", "Tỷ lệ cán bộ có chữ ký số", "100%", "Tối thiểu 90%", "Đạt"],
    ])])
    assert [(r.ordinal, r.level, r.target_value) for r in recs] == [
        ("1", "tỉnh", 90), ("1", "huyện", 80), ("1", "xã", 60), ("2", "tỉnh", 100), ("2", "huyện", 90)]


@pytest.mark.parametrize("title, level", [
    ("BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030", "xã"),
    ("QUY ĐỊNH TỈNH, THÀNH PHỐ HOÀN THÀNH NHIỆM VỤ", "tỉnh"),
    ("Bộ tiêu chí quốc gia về huyện nông thôn mới", "huyện"),
    ("Kế hoạch phát triển kinh tế số tỉnh Bắc Ninh", None),
    ("UBND cấp xã thực hiện các nhiệm vụ sau đây", None),
])
def test_subject_level(title, level):
    assert subject_level(title) == level


def test_annex_conditions_definitions_and_parenthesised_target():
    recs = _extract([
        RawBlock(kind="paragraph", text="Điều 2. Giải thích từ ngữ"),
        RawBlock(kind="paragraph", text="1. Xã nhóm 1 là xã liền kề đô thị hiện hữu hoặc xã có tỷ trọng ngành nông "
                                        "nghiệp trong cơ cấu kinh tế dưới 10%, hoặc xã được định hướng là đô thị mới."),
        RawBlock(kind="paragraph", text="PHỤ LỤC III"),
        RawBlock(kind="paragraph", text="QUY ĐỊNH TỈNH, THÀNH PHỐ HOÀN THÀNH NHIỆM VỤ"),
        RawBlock(kind="paragraph", text="XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030"),
        RawBlock(kind="paragraph", text="TỈNH, THÀNH PHỐ HOÀN THÀNH NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2026 - "
                                        "2030 KHI ĐÁP ỨNG CÁC ĐIỀU KIỆN SAU:"),
        RawBlock(kind="paragraph", text="1. 100% số xã trên địa bàn đạt chuẩn nông thôn mới."),
        RawBlock(kind="paragraph", text="4. Hệ thống giao thông trên địa bàn tỉnh, thành phố đảm bảo kết nối tới các xã "
                                        "và được bảo trì hàng năm (trong đó có ít nhất 70% số km đường tỉnh trên địa "
                                        "bàn được trồng cây xanh dọc tuyến đường) theo hướng dẫn của Bộ Xây dựng."),
        RawBlock(kind="paragraph", text="5. Có đủ các loại hình thiết chế văn hóa cấp tỉnh."),
        RawBlock(kind="paragraph", text="9. 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng."),
    ])
    got = [(r.ordinal, r.level, r.target_comparator, r.target_value, r.target_year) for r in recs]
    assert got == [("1", "tỉnh", ">=", 100, 2030), ("4", "tỉnh", ">=", 70, 2030), ("9", "tỉnh", ">=", 100, 2030)]
    assert recs[1].label == "số km đường tỉnh trên địa bàn được trồng cây xanh dọc tuyến đường"


def test_goals_bullets_and_paragraphs():
    """Under 'II. MỤC TIÊU' a bare 'đạt 60%' is a target, and so is a paragraph with no cue at all."""
    recs = _extract([
        RawBlock(kind="paragraph", text="II. MỤC TIÊU"),
        RawBlock(kind="paragraph", text="1. Phát triển kinh tế số đến năm 2030"),
        RawBlock(kind="list_item", text="- Kinh tế số chiếm 45% GRDP tỉnh."),
        RawBlock(kind="list_item", text="- Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%."),
        RawBlock(kind="paragraph", text="2. Mục tiêu cụ thể"),
        RawBlock(kind="paragraph", text="2.1. Đến năm 2035"),
        RawBlock(kind="paragraph", text="Trên 70% số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng "
                                        "lực công nghệ trung bình tiên tiến trở lên."),
        RawBlock(kind="list_item", text="a) Đến hết năm 2040: Có ≥ 95% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng "
                                        "công nghệ số."),
    ])
    got = [(r.label, r.target_comparator, r.target_value, r.target_year) for r in recs]
    assert got == [
        ("Kinh tế số chiếm GRDP tỉnh", ">=", 45, 2030),
        ("Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số", ">=", 60, 2030),
        ("số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến "
         "trở lên", ">", 70, 2035),
        ("DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", ">=", 95, 2040),
    ]


def test_results_under_a_results_heading_are_not_goals():
    recs = _extract([
        RawBlock(kind="paragraph", text="I. KẾT QUẢ THỰC HIỆN MỤC TIÊU NĂM 2024"),
        RawBlock(kind="paragraph", text="Tỷ lệ hồ sơ trực tuyến trong năm đạt 93,6%, tăng 5% so với cùng kỳ."),
    ])
    assert recs == []


def test_corpus_gold_criteria_document(tmp_path):
    """The NTM criteria decision (criteria table, annex conditions) against its hand-made gold."""
    doc = SHARED / "corpus" / "vbpl_doc_000551_QD-51-2025-QD-TTg_BoTieuChi_NongThonMoi_2026-2030.html"
    gold = SHARED / "gold" / "corpus" / (doc.stem + ".json")
    if not (doc.exists() and gold.exists() and (SHARED / "eval" / "score.py").exists()):
        pytest.skip("needs ../shared")
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / gold.name).symlink_to(gold)
    src = tmp_path / "in"
    src.mkdir()
    (src / doc.name).symlink_to(doc)
    db = tmp_path / "x.db"
    subprocess.run([sys.executable, "-m", "extractor", "extract", str(src), "--db", str(db)], check=True,
                   capture_output=True, cwd=ROOT)
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(db), str(gdir), "--json"],
                         check=True, capture_output=True, text=True)
    score = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("{")))["indicators"]
    assert score["f1"] >= 0.95, score


# --- counts, money and measures; clauses; conditions; year-column plan tables (strings from the corpus) -----

def _extract_all(blocks, meta=None):
    """With the quantities stage: count, money and measure targets come from its records."""
    from extractor.extract.quantities import extract_quantities
    doc = normalize_document(RawDocument(format="txt", blocks=blocks), "t.txt")
    segs = segment_document(doc)
    return extract_indicators(doc, segs, extract_quantities(doc, segs), meta or DocumentMeta())


def _brief(recs):
    return [(r.label, r.target_comparator, r.target_value, r.target_high, r.target_unit, r.target_year) for r in recs]


def test_count_targets_in_a_goals_bullet():
    recs = _extract_all([
        RawBlock(kind="paragraph", text="II. MỤC TIÊU"),
        RawBlock(kind="paragraph", text="1. Phát triển kinh tế số đến năm 2030"),
        RawBlock(kind="list_item", text="- Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao phục vụ phát "
                 "triển kinh tế số và xã hội số; công bố trên Cổng Dữ liệu mở tỉnh Bắc Ninh và Cổng Dữ liệu mở quốc gia; "
                 "có tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương. Đến năm 2030, tỉnh Bắc Ninh "
                 "có ít nhất 20 tập dữ liệu mở phục vụ phát triển kinh tế số và xã hội số được công bố."),
        RawBlock(kind="list_item", text="- Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng đạt 95%."),
    ])
    got = [(v, u, c) for _, c, v, _, u, _ in _brief(recs)]
    assert got == [(5, "bộ dữ liệu", ">="), (5, "kịch bản", ">="), (20, "tập dữ liệu", ">="), (95, "%", ">=")]
    assert all(r.target_year == 2030 for r in recs)


def test_money_targets_and_one_label_per_clause():
    recs = _extract_all([
        RawBlock(kind="paragraph", text="I. MỤC TIÊU"),
        RawBlock(kind="list_item", text="3. Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD, "
                 "tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm. Trong đó: Giá trị sản phẩm nông sản, "
                 "thực phẩm tham gia xuất khẩu đạt 395 triệu USD; Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham "
                 "gia xuất khẩu đạt 05 triệu USD."),
    ])
    assert [(c, v, h, u, y) for _, c, v, h, u, y in _brief(recs)] == [
        (">=", 400, None, "triệu USD", 2030), ("range", 10, 13, "%/năm", 2030), (">=", 395, None, "triệu USD", 2030),
        (">=", 5, None, "triệu USD", 2030)]
    assert recs[0].label == "giá trị hàng hóa tham gia xuất khẩu đến năm 2030"
    assert recs[3].label == "Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu"


def test_several_figures_in_one_item_each_get_their_label():
    recs = _extract_all([
        RawBlock(kind="paragraph", text="1. Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026"),
        RawBlock(kind="list_item", text="- Cơ cấu kinh tế: Ngư, nông, lâm nghiệp chiếm khoảng 27,31%; Công nghiệp, xây "
                 "dựng chiếm khoảng 27,91%; Dịch vụ chiếm khoảng 40,94%."),
        RawBlock(kind="list_item", text="- Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên, quy mô GDP năm 2025 "
                 "đạt khoảng trên 500 tỉ đô la Mỹ (USD)."),
    ])
    assert [r.label for r in recs] == [
        "Cơ cấu kinh tế: Ngư, nông, lâm nghiệp chiếm", "Cơ cấu kinh tế: Công nghiệp, xây dựng chiếm",
        "Cơ cấu kinh tế: Dịch vụ chiếm", "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "quy mô GDP năm 2025 (USD)"]
    # the item's own year applies to both figures, the heading's only when the item names none
    assert [(r.target_comparator, r.target_value, r.target_year) for r in recs[3:]] == [(">=", 8, 2025), (">", 500, 2025)]
    assert recs[0].target_year == 2026


def test_prose_enumeration_shares_its_verb_and_long_sentences_narrow():
    recs = _extract_all([RawBlock(kind="paragraph", text=(
        "Năm 2025, phấn đấu đón và phục vụ 22 - 23 triệu lượt khách du lịch quốc tế, 120 - 130 triệu lượt khách du "
        "lịch nội địa."))])
    assert _brief(recs) == [
        ("Năm 2025, phấn đấu đón và phục vụ khách du lịch quốc tế", "range", 22, 23, "triệu lượt", 2025),
        ("Năm 2025, phấn đấu đón và phục vụ khách du lịch nội địa", "range", 120, 130, "triệu lượt", 2025)]
    recs = _extract([RawBlock(kind="paragraph", text=(
        "Để tiếp tục tháo gỡ các khó khăn, vướng mắc trong phát triển kinh tế - xã hội, giải ngân vốn đầu tư công và "
        "thực hiện chính quyền địa phương 02 cấp, đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh và "
        "góp phần đạt mục tiêu tăng trưởng kinh tế từ 8,3 - 8,5% của cả nước, tỉnh Đắk Lắk cần tiếp tục thực hiện "
        "quyết liệt, đồng bộ, hiệu quả các chủ trương của Đảng."))])
    assert [(r.label, r.target_value) for r in recs] == [
        ("đạt được mục tiêu tăng trưởng kinh tế trong năm 2025 của Tỉnh", 8),
        ("góp phần đạt mục tiêu tăng trưởng kinh tế của cả nước", 8.3)]


def test_period_nearest_the_figure_and_letter_period_leads():
    recs = _extract([
        RawBlock(kind="paragraph", text="Điều 1. Mục tiêu, chỉ tiêu"),
        RawBlock(kind="list_item", text="a) Mục tiêu tổng quát: Củng cố các yếu tố nền tảng nhằm thực hiện thắng lợi "
                 "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030. Năm 2025, tập trung thúc đẩy tăng trưởng "
                 "với mục tiêu đạt 8% trở lên gắn với giữ vững ổn định kinh tế vĩ mô."),
        RawBlock(kind="paragraph", text="2. Mục tiêu cụ thể"),
        RawBlock(kind="list_item", text="b) Đến năm 2030"),
        RawBlock(kind="paragraph", text="- 100% quy trình quản lý được chuyển đổi từ thủ công sang điện tử;"),
        RawBlock(kind="list_item", text="c) Tầm nhìn đến năm 2035"),
        RawBlock(kind="paragraph", text="- Hoàn thành 100% chuyển đổi số toàn diện trong các hoạt động xây dựng;"),
        RawBlock(kind="paragraph", text="- Bảo đảm 100% hệ thống số hoá trong lĩnh vực hạ tầng có biện pháp bảo vệ."),
    ])
    assert [(r.target_value, r.target_year) for r in recs] == [(8, 2025), (100, 2030), (100, 2035), (100, 2035)]
    assert recs[-1].label == "hệ thống số hoá trong lĩnh vực hạ tầng có biện pháp bảo vệ"


def test_condition_before_the_colon_is_not_the_target():
    recs = _extract([
        RawBlock(kind="paragraph", text="PHỤ LỤC III"),
        RawBlock(kind="paragraph", text="QUY ĐỊNH TỈNH, THÀNH PHỐ HOÀN THÀNH NHIỆM VỤ"),
        RawBlock(kind="paragraph", text="TỈNH, THÀNH PHỐ HOÀN THÀNH NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2026 - "
                                        "2030 KHI ĐÁP ỨNG CÁC ĐIỀU KIỆN SAU:"),
        RawBlock(kind="paragraph", text=(
            "3. Trường hợp cần thiết, xây dựng nông thôn mới ở phường được hình thành từ việc sắp xếp với đơn vị hành "
            "chính xã và có diện tích đất nông nghiệp chiếm từ 70% trở lên so với tổng diện tích đất tự nhiên của "
            "phường tại thời điểm ngày 01 tháng 7 năm 2025 hoặc xây dựng nông thôn mới ở đặc khu: phải đảm bảo đáp ứng "
            "từ 70% trở lên số nội dung tiêu chí (trong đó có các nội dung tiêu chí: Tốc độ tăng thu nhập bình quân "
            "đầu người; tỷ lệ nghèo đa chiều) yêu cầu đối với xã nhóm 1 thuộc Bộ tiêu chí quốc gia về xã nông thôn "
            "mới giai đoạn 2026 - 2030.")),
    ])
    assert [(r.level, r.target_value) for r in recs] == [("xã", 70)]
    assert recs[0].label.startswith("đáp ứng số nội dung tiêu chí")
    assert recs[0].prov.start < recs[0].target_prov.start   # the figure after the colon


def test_weak_cue_under_a_situation_heading_reports_a_result():
    recs = _extract([
        RawBlock(kind="heading", text="a) Tình hình thu NSNN năm 2025"),
        RawBlock(kind="list_item", text="- Tỷ lệ tiêu thụ vé số đạt trên 99% nên thu từ hoạt động xổ số ước vượt 19% "
                                        "dự toán năm."),
        RawBlock(kind="list_item", text="- Chi đầu tư từ nguồn thu xổ số kiến thiết phấn đấu đạt 100% kế hoạch."),
    ])
    assert [(r.target_comparator, r.target_value) for r in recs] == [(">=", 100)]


def test_year_column_plan_table():
    """'Năm hiện hành 2025: Kế hoạch | Ước thực hiện' then 'Năm 2026 | Năm 2027': one record per (row, year),
    the current year's plan paired with its estimate, later years targets without a result."""
    recs = _extract_all([RawBlock(kind="table", rows=[
        [_c("STT", 2), _c("Nội dung", 2), _c("Đơn vị tính", 2), _c("Năm hiện hành 2025", 1, 2), _c("Năm 2026", 2),
         _c("Năm 2027", 2)],
        [_c("Kế hoạch"), _c("Ước thực hiện")],
        [_c("1"), _c("Tổng sản phẩm trong nước của địa phương (GRDP) giá hiện hành"), _c("Tỷ đồng"), _c("172.033"),
         _c("172.033"), _c("193.549"), _c("218.628")],
        [_c("3"), _c("Cơ cấu kinh tế"), _c(""), _c(""), _c(""), _c(""), _c("")],
        [_c(""), _c("- Dịch vụ"), _c("%"), _c("36,49"), _c("36,49"), _c("37,30"), _c("38,14")],
        [_c("10"), _c("Mức giảm tỷ lệ hộ nghèo"), _c("%"), _c("0,8"), _c("0,8"), _c("1-1,5"), _c("1-1,6")],
        [_c(""), _c("4,31"), _c("4,19"), _c("4,07"), _c(""), _c(""), _c("")],
    ])], DocumentMeta(doc_type="Kế hoạch", issued_date="2025-11-24"))
    got = [(r.ordinal, r.target_year, r.target_comparator, r.target_value, r.target_high, r.target_unit, r.actual_value)
           for r in recs]
    assert got == [
        ("1", 2025, ">=", 172033, None, "Tỷ đồng", 172033), ("1", 2026, ">=", 193549, None, "Tỷ đồng", None),
        ("1", 2027, ">=", 218628, None, "Tỷ đồng", None),
        (None, 2025, ">=", 36.49, None, "%", 36.49), (None, 2026, ">=", 37.3, None, "%", None),
        (None, 2027, ">=", 38.14, None, "%", None),
        ("10", 2025, ">=", 0.8, None, "%", 0.8), ("10", 2026, "range", 1, 1.5, "%", None),
        ("10", 2027, "range", 1, 1.6, "%", None)]
    assert recs[3].label == "Cơ cấu kinh tế: Dịch vụ"


def test_year_columns_of_a_text_table_that_lost_its_merged_header():
    """The md/text reader gives 'GIAI ĐOẠN 2026 - 2030 | | ' then 'Năm 2026 | Năm 2027 | Năm 2028' from the
    first column: the year row belongs under the columns with figures; '-' in the TT column is a bullet. Dated
    or not (issue 13: 'ƯTH Năm 2025' says the years after 2025 lie ahead), the year columns hold targets."""
    rows = [
        ["TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025", "GIAI ĐOẠN 2026 - 2028", "", ""],
        ["Năm 2026", "Năm 2027", "Năm 2028", "", "", "", ""],
        ["1", "Cà Phê", "", "", "", "", ""],
        ["-", "Diện tích", "Ha", "26.120", "27.000", "27.500", "28.000"],
    ]
    for meta in (DocumentMeta(issued_date="2025-12-01"), DocumentMeta()):
        doc = normalize_document(RawDocument(format="txt", blocks=[_table(rows)]), "t.md")
        recs = extract_indicators(doc, segment_document(doc), [], meta)
        assert [(r.ordinal, r.label, r.target_year, r.target_value, r.target_unit, r.actual_value) for r in recs] == [
            (None, "Cà Phê: Diện tích", 2026, 27000, "Ha", None), (None, "Cà Phê: Diện tích", 2027, 27500, "Ha", None),
            (None, "Cà Phê: Diện tích", 2028, 28000, "Ha", None)]


def test_counts_in_a_scope_or_a_condition_are_not_targets():
    recs = _extract_all([
        RawBlock(kind="list_item", text="- Đối với thôn có từ 100 cử tri trở lên: Có thể tổ chức hội nghị toàn thể hoặc "
                 "hội nghị cử tri đại diện hộ gia đình và phải bảo đảm có ít nhất là 55 cử tri tham dự hội nghị."),
        RawBlock(kind="paragraph", text="Ở thôn có dưới 100 cử tri thì phải tổ chức hội nghị toàn thể cử tri."),
    ])
    assert [(r.target_comparator, r.target_value, r.target_unit) for r in recs] == [(">=", 55, "cử tri")]
    doc = normalize_document(RawDocument(format="txt", blocks=[RawBlock(kind="paragraph", text=(
        "Số lượng cấp phó của người đứng đầu đơn vị phải bảo đảm không quá 02 người."))]), "t.txt")
    from extractor.extract.quantities import extract_quantities
    segs = segment_document(doc)
    assert extract_indicators(doc, segs, extract_quantities(doc, segs), DocumentMeta(doc_type="Nghị định")) == []
