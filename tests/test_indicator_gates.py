"""The cheap tests the indicators stage runs before its readers (issue 14, speed): a pattern's `requires` skips its
regex where the regex cannot match; a block with no digit and no quantity holds no figure, so the readers of
figures do not run on it; rate_figures needs a population to divide by. Each gate may only skip work that cannot
find anything. What the walk caches of a document's texts is let go before the next document."""
from pathlib import Path

import pytest
import regex

from extractor.extract.metadata import extract_metadata
from extractor.extract.quantities import extract_quantities
from extractor.link import figures
from extractor.link.figures import Figure, find_figures, _first, _read_figures, rank_figures, rate_figures, unit_figures
from extractor.link.label_parts import _item_labels, _reduced_items, respective_labels
from extractor.link.indicators import extract_indicators
from extractor.link.records import _Ctx, flat_text, periods_in
from extractor.link.target_cues import _nearest_cue_reports, _states_met_target
from extractor.link.target_passages import _is_caption
from extractor.link.text import _holds_figure
from extractor.link.text_figures import coefficient_figures
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.patterns import Example, Pattern, load_patterns
from extractor.pipeline import load_document
from extractor.segment.sentences import segment_document

REPO = Path(__file__).resolve().parents[1]
TEXT_FORMATS = {".txt", ".md", ".html", ".htm", ".docx"}


def _pattern(pid: str, rx: str, requires: str | None) -> Pattern:
    return Pattern(pid, 1, rx, regex.compile(rx), [Example("x")], [], {},
                   regex.compile(requires) if requires else None)


def test_first_skips_a_pattern_whose_pretest_finds_nothing(monkeypatch):
    # a pre-test that finds nothing means the regex cannot match: _first does not run it, and goes on to the next
    skipped = _pattern("g.skipped", r"đạt\s+\d+", requires="không có")
    plain = _pattern("g.plain", r"\d+%", requires=None)
    monkeypatch.setattr(figures, "_vocab", lambda: {"g": [skipped, plain]})
    _first.cache_clear()
    hit = _first("g", "tỷ lệ đạt 90%")
    assert hit is not None and hit[0].id == "g.plain"
    monkeypatch.setattr(figures, "_vocab", lambda: {"g": [skipped]})
    _first.cache_clear()
    assert _first("g", "tỷ lệ đạt 90%") is None
    _first.cache_clear()                      # the answers for "g" are the test's own


def _indicator_patterns() -> dict[str, Pattern]:
    return {p.id: p for p in load_patterns("indicators")}


# real-shaped strings (names and numbers changed) at the pre-tests' edges: capitals, other spellings
@pytest.mark.parametrize("pattern_id, text", [
    ("cue.result.mostly_met", "KINH TẾ CỦA XÃ VẪN HOÀN THÀNH CƠ BẢN CÁC CHỈ TIÊU ĐỀ RA"),
    ("cue.result.mostly_met", "toàn huyện thực hiện các chỉ tiêu cơ  bản đạt kế hoạch"),
    ("cue.result.estimate", "Quý III dự ước tăng 6,1%"),
    ("cue.result.estimate", "DỰ KIẾN tốc độ tăng trưởng 9 tháng đạt khoảng 7%"),
    ("goals.heading", "III. CHỈ TIÊU"),
    ("goals.heading", "2. Mục tiêu cụ thể đến năm 2030"),
    ("lead_list.inline", "Theo kế hoạch, các mục tiêu cụ thể như sau: 95% thôn"),
    ("lead_list.inline.such_as", "xác định mục tiêu chuyển đổi số giai đoạn 2026-2030 như: Bảo đảm 85%"),
    ("lead_list.results.exceeded", "nhiều chỉ tiêu vượt so với kế hoạch"),
    ("rank.top", "nằm trong TỐP 15 tỉnh dẫn đầu"),
    ("rank.top", "vào top30 địa phương"),
    ("rank.group", "thuộc NHÓM 20 tỉnh, thành phố dẫn đầu"),
    ("rank.group", "lọt vào nhóm  25 địa phương có chỉ số cao nhất"),
    ("rank.among", "Nằm trong 6 quốc gia có hệ thống y tế tốt nhất khu vực"),
    ("rank.among", "lọt vào 15 TỈNH dẫn đầu cả nước"),
    ("rate.staff_per_population", "đạt 14 bác sĩ/vạn dân"),
    ("rate.staff_per_population", "35 Giường bệnh trên 1 vạn dân"),
    ("rate.staff_shared_population", "đạt 12 bác sĩ và 30 giường bệnh/vạn dân"),
    ("unitfig.bare_billion", "tổng thu ngân sách đạt 2.310 tỉ;"),
    ("unitfig.per_mille", "tỷ lệ sinh giảm còn 13%o"),
    ("unitfig.per_mille", "tỷ suất tử vong trẻ sơ sinh dưới 11 ‰"),
    ("unitfig.index", "hệ số Gini ở mức dưới 0,36"),
    ("rate.population", "xuống 420/100.000 trẻ đẻ sống"),
    ("rate.population", "dưới 14 trên 1.000 dân"),
    ("nontarget.scoring", "ĐƯỢC CỘNG 0,5 ĐIỂM"),
    ("nontarget.scoring", "trễ hạn bị trừ  điểm"),
    ("nontarget.scoring", "từ 90% trở lên: 3 điểm"),
])
def test_a_pretest_passes_real_strings_at_its_edges(pattern_id, text):
    p = _indicator_patterns()[pattern_id]
    assert p.regex.search(text) and p.requires is not None and p.may_match(text)


@pytest.mark.parametrize("text, skipped", [
    ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,5%",
     {"cue.result.mostly_met", "goals.heading", "lead_list.inline", "rank.top", "rank.group", "rank.among",
      "unitfig.bare_billion", "rate.population", "unitfig.index", "rate.staff_per_population"}),
    ("Năm 2025, nằm trong nhóm các tỉnh có tốc độ tăng trưởng cao nhất", {"rank.group", "rank.top", "rank.among"}),
    ("tuyển dụng 25 bác sĩ cho trạm y tế xã", set()),     # the pre-test finds '25 bác': the regex runs, finds nothing
    ("Nâng cao năng lực cạnh tranh của doanh nghiệp", {"cue.result.estimate", "unitfig.per_mille", "unitfig.index"}),
    ("Tổng vốn đầu tư toàn xã hội tăng 12% so với cùng kỳ", {"unitfig.bare_billion", "rate.population",
                                                               "nontarget.scoring"}),
    ("Chỉ số hài lòng đạt trên 85 điểm", set()),     # 'điểm' is there: the scoring rule's regex runs, finds none
    ("các chỉ tiêu chủ yếu gồm:", set()),        # 'tiêu' is there: the regexes run (and find nothing here)
])
def test_a_pretest_skips_text_its_regex_cannot_match(text, skipped):
    ps = _indicator_patterns()
    assert {i for i in skipped if not ps[i].may_match(text)} == skipped
    assert all(not ps[i].regex.search(text) for i in skipped)


def _ctx_of(text: str) -> tuple[_Ctx, object]:
    doc = normalize_document(RawDocument(format="txt", blocks=[RawBlock(kind="paragraph", text=text)]), "t.txt")
    quantities = extract_quantities(doc, segment_document(doc))
    return _Ctx(doc=doc, quantities=[q for q in quantities if q.range_end is None], sections={}, annexes=0), \
        doc.blocks[0]


@pytest.mark.parametrize("text, holds", [
    ("Phấn đấu đến năm 2027 có 85% thôn, bản có nhà văn hóa đạt chuẩn", True),
    ("Tỷ lệ hộ nghèo giảm bình quân 1,2 điểm phần trăm mỗi năm", True),
    ("Thu nhập bình quân đầu người tăng ít nhất 1,8 lần so với năm 2020", True),
    ("Phấn đấu có ít nhất 40 hợp tác xã ứng dụng công nghệ cao", True),
    ("Nằm trong nhóm 12 tỉnh dẫn đầu cả nước về chỉ số cải cách hành chính", True),
    # counterexamples: no digit, no quantity
    ("Nâng cao chất lượng nguồn nhân lực, thu hút đầu tư vào khu công nghiệp", False),
    ("Các chỉ tiêu chủ yếu như sau:", False),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", False),
])
def test_a_block_holds_a_figure_only_where_a_reader_finds_one(text, holds):
    ctx, block = _ctx_of(text)
    assert _holds_figure(ctx, block) is holds


def _digitless_texts() -> list[str]:
    out = []
    for path in sorted((REPO / "corpus").iterdir()):
        if path.suffix.lower() in TEXT_FORMATS:
            doc, segments = load_document(path)
            out += [t for t in [b.text for b in doc.blocks] + [s.text for s in segments]
                    if not figures.DIGIT_RX.search(t)]
    return out


def test_no_reader_of_figures_finds_one_where_no_digit_is_written():
    """The gate's premise, over the development texts: every reader of figures needs a digit."""
    texts = _digitless_texts()
    assert len(texts) > 500
    for t in texts:
        assert not (find_figures(t) or rank_figures(t) or rate_figures(t) or unit_figures(t)
                    or coefficient_figures(t)), t


def test_every_rate_pattern_divides_by_what_the_rate_gate_looks_for():
    """rate_figures looks for '.000' or 'vạn' before its patterns: each pattern's denominator is one of them."""
    rates = [p for p in load_patterns("indicators") if p.id.startswith("rate.")]
    assert len(rates) >= 4
    texts = _digitless_texts() + [e.text for p in rates for e in p.examples]
    texts += [t for path in sorted((REPO / "corpus").iterdir()) if path.suffix.lower() in TEXT_FORMATS
              for t in (b.text for b in load_document(path)[0].blocks)]
    for p in rates:
        assert all(figures.RATE_BASE_RX.search(t) for t in texts if p.regex.search(t)), p.id


@pytest.mark.parametrize("text, found", [
    ("giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 18 trên 1.000 trẻ đẻ sống", True),
    ("đạt 11 bác sĩ/VẠN dân", True),
    ("số giường bệnh/vạn dân đạt 32", True),
    ("tuyển dụng 25 bác sĩ cho trạm y tế xã", False),
    ("tỷ lệ bao phủ bảo hiểm y tế đạt 95,5% dân số", False),
])
def test_rate_figures_behind_their_gate(text, found):
    assert bool(rate_figures(text)) is found




def _extract(text: str):
    doc = normalize_document(RawDocument(format="txt", blocks=[RawBlock(kind="paragraph", text=t)
                                                                for t in text.split("\n")]), "t.txt")
    segments = segment_document(doc)
    return extract_indicators(doc, segments, extract_quantities(doc, segments), extract_metadata(doc))


def test_the_walk_forgets_a_documents_texts_before_the_next():
    # what is cached of one document's texts is let go before the next: a batch's memory stays bounded
    other = "KẾ HOẠCH\nPhấn đấu đến năm 2027 có 85% thôn, bản có nhà văn hóa đạt chuẩn.\n- Tỷ lệ hộ nghèo giảm 1,5%."
    this = "Năm 2026, phấn đấu tỷ lệ trường đạt chuẩn quốc gia trên 72%."
    caches = (_first, _read_figures, _nearest_cue_reports, flat_text, periods_in)
    _extract(this)
    alone = [f.cache_info().currsize for f in caches]
    _extract(other)
    _extract(this)
    assert [f.cache_info().currsize for f in caches] == alone


def test_each_reader_of_a_texts_figures_gets_its_own():
    # a text's figures are read once per document; a caller that sets a figure's level changes no other caller's
    text = "Phấn đấu tỷ lệ hộ dùng nước sạch đạt trên 95%, tỷ lệ che phủ rừng từ 42% đến 45%"
    first = find_figures(text)
    first[0].level, first[1].cmp = "tỉnh", "<"
    again = find_figures(text)
    assert [(f.value, f.high, f.cmp, f.level) for f in again] == [(95.0, None, ">", None), (42.0, 45.0, "range", None)]
    assert all(a is not b for a, b in zip(first, again))
    assert [(f.value, f.unit) for f in find_figures("Tối thiểu 90", unit_hint="%")] == [(90.0, "%")]
    assert find_figures("Tối thiểu 90") == []        # the unit hint is part of what is remembered


def _prose_patterns() -> dict[str, Pattern]:
    return {p.id: p for p in load_patterns("prose")}


# the pre-tests of the prose patterns a label or a sentence is tested with for each figure (paraphrased strings)
@pytest.mark.parametrize("pattern_id, text", [
    ("label.respective_lead", "Năm 2024, tỷ lệ che phủ rừng của huyện Mường Khê và huyện Bắc Hà LẦN LƯỢT ĐẠT "),
    ("label.respective_lead", "tỷ trọng công nghiệp, dịch vụ chiếm tương  ứng là: "),
    ("cue.met_target", "HOÀN THÀNH 100% CÁC CHỈ TIÊU được giao"),
    ("cue.met_target", "thu ngân sách đạt 104% kế hoạch, vượt  chỉ tiêu đề ra"),
    ("cue.met_target", "tỷ lệ tiêm chủng đạt 102% mục tiêu"),
    ("label_part.area_tail", "tỷ lệ hộ dùng nước sạch khu vực NÔNG THÔN"),
    ("label_part.area_tail", "tỷ lệ chất thải rắn được thu gom tại các đô thị"),
    ("label_part.area_tail", "số trạm y tế đạt chuẩn vùng ven biển"),
])
def test_a_prose_pretest_passes_real_strings_at_its_edges(pattern_id, text):
    p = _prose_patterns()[pattern_id]
    assert p.regex.search(text) and p.requires is not None and p.may_match(text)


@pytest.mark.parametrize("text, skipped", [
    ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,5%", {"label.respective_lead", "cue.met_target", "label_part.area_tail"}),
    ("tỷ trọng nông nghiệp chiếm 30% cơ cấu kinh tế", {"label.respective_lead", "cue.met_target", "label_part.area_tail"}),
    ("phấn đấu đạt 100% chỉ tiêu được giao", {"label.respective_lead", "label_part.area_tail"}),  # 'chỉ tiêu': it runs
    ("tỷ lệ đô thị hóa đạt 40%", {"label.respective_lead", "cue.met_target"}),   # 'thị': the regex runs, finds nothing
])
def test_a_prose_pretest_skips_text_its_regex_cannot_match(text, skipped):
    ps = _prose_patterns()
    assert {i for i in skipped if not ps[i].may_match(text)} == skipped
    assert all(not ps[i].regex.search(text) for i in skipped)


def _figure_at(text: str, written: str) -> Figure:
    return next(f for f in find_figures(text) if text[f.start:f.end].startswith(written))


@pytest.mark.parametrize("clause, labels", [
    ("tỷ trọng nông nghiệp, công nghiệp, dịch vụ chiếm lần lượt là: 20%, 35%, 45%",
     ["tỷ trọng nông nghiệp", "tỷ trọng công nghiệp", "tỷ trọng dịch vụ"]),
    ("tỷ lệ che phủ rừng, tỷ lệ hộ nghèo đạt 45% và 3%", None),           # no 'lần lượt': no lead to read
])
def test_respective_labels_behind_their_pretest(clause, labels):
    found = respective_labels(clause, find_figures(clause))
    assert (found[1] if found else None) == labels


@pytest.mark.parametrize("clause, written, items", [
    ("Cắt giảm ít nhất 25% về thời gian giải quyết, chi phí đi lại và giấy tờ phải nộp", "25%", 3),
    ("Bảo đảm 25% về thời gian giải quyết, chi phí đi lại và giấy tờ phải nộp", "25%", 0),   # no reduction verb
    ("Cắt giảm ít nhất 25% thời gian giải quyết hồ sơ", "25%", 0),                       # one burden: no list
])
def test_a_reduced_list_is_read_only_after_a_reduction(clause, written, items):
    assert len(_reduced_items(clause, _figure_at(clause, written))) == items


@pytest.mark.parametrize("text, caption", [
    ("II. PHẤN ĐẤU 100% HỒ SƠ ĐƯỢC SỐ HÓA", True),
    ("II. Phấn đấu 100% hồ sơ được số hóa", False),
    ("PHẤN ĐẤU 100% HỒ SƠ ĐƯỢC SỐ HÓA " * 8, False),             # capitals, but a paragraph's length
])
def test_a_caption_is_short_and_in_capitals(text, caption):
    assert _is_caption(_ctx_of(text)[1]) is caption


@pytest.mark.parametrize("text, met", [
    ("Tỷ lệ hộ dân dùng dịch vụ công đạt 64%, vượt chỉ tiêu được giao (60%).", True),
    ("Năm 2024, thu ngân sách đạt 8.300 tỷ đồng, đạt 104% dự toán, vượt 4%.", True),   # the margin, no 'chỉ tiêu'
    ("Phấn đấu tỷ lệ hộ dân dùng dịch vụ công đạt 64% trong năm 2025.", False),
])
def test_a_met_target_behind_its_pretest(text, met):
    assert _states_met_target(text, text.index("64%") if "64%" in text else text.index("104%")) is met


@pytest.mark.parametrize("labels, out", [
    (["Thu gom rác thải đô thị", "khu vực nông thôn"], ["Thu gom rác thải đô thị", "Thu gom rác thải khu vực nông thôn"]),
    (["Tỷ lệ hồ sơ trực tuyến", "cấp xã"], ["Tỷ lệ hồ sơ trực tuyến", "cấp xã"]),        # no area: nothing to share
])
def test_an_area_shares_the_first_clauses_measure(labels, out):
    ctx, block = _ctx_of("- Thu gom rác thải đô thị đạt 96%; khu vực nông thôn đạt 80%")
    assert _item_labels(ctx, block, labels) == out


@pytest.mark.parametrize("before, reports", [
    ("Năm 2024, toàn tỉnh đã đạt ", True),
    ("Năm 2024 tỷ lệ này đã đạt 95%; năm 2026 phấn đấu đạt ", False),     # the nearest cue sets a target
    ("Năm 2026, phấn đấu tỷ lệ hộ nghèo giảm còn ", False),
    ("Tỷ lệ che phủ rừng ", False),                                      # no cue at all
])
def test_the_nearest_cue_decides_asked_twice_alike(before, reports):
    assert _nearest_cue_reports(before) is reports
    assert _nearest_cue_reports(before) is reports                       # the second answer is the remembered one


# under a heading of results an item reports unless a target cue governs its figures or it has a status or a result in
# parentheses; the parentheses are read first (a fraction of the cues' cost), the cues only where they decide
RESULTS_HEADING = ["I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2025"]


@pytest.mark.parametrize("text, reports, cues_read", [
    ("- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,5% (đạt)", False, False),
    ("- Thu ngân sách trên địa bàn 1.320 tỷ đồng (Kết quả: đạt 104% dự toán)", False, False),
    ("- 100% xã có điểm phục vụ bưu chính (vượt kế hoạch)", False, False),
    # counterexamples: no parentheses, the cues decide
    ("- 13/17 dịch vụ được số hóa, 100% CSDL được kết nối", True, True),
    ("- Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%", False, True),
])
def test_results_item_reads_its_parentheses_before_the_cues(monkeypatch, text, reports, cues_read):
    from extractor.link import target_cues
    asked = []
    monkeypatch.setattr(target_cues, "_first", lambda key, t: asked.append(key) or _first(key, t))
    figs = find_figures(text)
    assert target_cues._reports_results(text, RESULTS_HEADING, figs) is reports
    assert ("cue.target" in asked) is cues_read
    _first.cache_clear()
