"""Indicators from tables, numbered lists and plan prose; then the scorer on the seed documents."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.indicators import (achieved, assign_levels, extract_indicators, find_figures, header_role,
                                  lower_is_better, status_of)
from extractor.model import DocumentMeta, Indicator, Provenance, RawBlock, RawCell, RawDocument
from extractor.normalize import normalize_document
from extractor.patterns import check_examples, load_patterns
from extractor.segment import segment_document

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
    assert got == [("tỷ lệ hồ sơ trực tuyến toàn trình", "bộ", ">=", 70, 2024, "prose.plan"),
                   ("tỷ lệ hồ sơ trực tuyến toàn trình", "địa phương", ">=", 30, 2024, "prose.plan")]


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
