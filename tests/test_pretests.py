"""A pattern's `requires` (its pre-test) skips its regex only where the regex cannot match: it finds
something in every example, in every development text the regex matches, and in real strings at
its edges (upper case, the bound words of a range, 'là'/'còn' before a figure)."""
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import regex

from extractor.extract.quantities import find_quantities
from extractor.patterns import check_examples, holds_word, load_patterns, parse_pattern_file, pattern_files
from extractor.pipeline import load_document

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
TEXT_FORMATS = {".txt", ".md", ".html", ".htm", ".docx"}


def _pretested():
    return [(f.stem, p) for f in pattern_files() for p in load_patterns(f.stem) if p.requires is not None or p.words]


@lru_cache(maxsize=None)
def _texts(folder: Path) -> tuple[str, ...]:
    """Every block's and every segment's text of the folder's text-format documents."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in TEXT_FORMATS:
            doc, segments = load_document(path)
            out += [b.text for b in doc.blocks] + [s.text for s in segments]
    return tuple(out)


def test_the_patterns_that_cost_most_have_a_pretest():
    ids = {p.id for _, p in _pretested()}
    assert {"count.named_before", "range.percent", "range.unit", "range.money", "range.unit.twice",
            "nq.layers"} <= ids


@pytest.mark.parametrize("folder", ["corpus", "shared"])
def test_a_pretest_finds_something_wherever_its_regex_matches(folder):
    root = REPO / "corpus" if folder == "corpus" else SHARED_CORPUS
    if not root.is_dir():
        pytest.skip("needs ../shared/corpus")
    texts = _texts(root)
    assert len(texts) > 1000
    for name, p in _pretested():
        missed = [t for t in texts if p.regex.search(t) and not p.may_match(t)]
        assert not missed, f"{name}: {p.id}: the pre-test misses {missed[0]!r}"


@pytest.mark.parametrize("pattern_id, text", [
    ("count.named_before", "Hồ sơ tồn kỳ trước chuyển sang LÀ 2.171"),
    ("count.named_before", "hồ sơ quá hạn còn\t154, chiếm 1%"),
    ("count.named_before", "Số hồ sơ tiếp nhận: 1.234"),
    ("range.percent", "từ 51% đến dưới 100%"),
    ("range.percent", "TỪ 30% TỚI 50%"),
    ("range.percent", "30 – 50%"),
    ("range.unit", "trẻ em từ 3 đến 5 tuổi"),
    ("range.unit", "22 - 23 triệu lượt khách"),
    ("range.money", "5.400-5.500 USD"),
    ("range.unit.twice", "Trên 2.000 km2 đến 5.000 km2"),
])
def test_a_pretest_passes_real_strings_at_its_edges(pattern_id, text):
    rule = pattern_id.split(".")[0]
    p = load_patterns("non_quantities" if rule == "nq" else "quantities").get(pattern_id)
    assert p.regex.search(text) and p.may_match(text)


@pytest.mark.parametrize("text, skipped", [
    ("Tỷ lệ hồ sơ trực tuyến đạt 45,2%", {"count.named_before", "range.percent", "range.unit"}),
    ("năm 2025 có 120 xã đạt chuẩn", {"count.named_before", "range.money"}),
    ("cấp 2 lớp học", set()),
])
def test_a_pretest_skips_text_its_regex_cannot_match(text, skipped):
    ps = {p.id: p for p in (*load_patterns("quantities"), *load_patterns("non_quantities"))}
    assert {i for i in skipped if not ps[i].may_match(text)} == skipped
    assert all(not ps[i].regex.search(text) for i in skipped)


@pytest.mark.parametrize("text, found", [
    ("hồ sơ tồn kỳ trước chuyển sang là 2.171, lũy kế là 6.302 hồ sơ",
     [("count", 2171, None, "count.named_before"), ("count", 6302, None, "count")]),
    ("trẻ em từ 3 đến 5 tuổi", [("range", 3, 5, "range.unit")]),
    ("22 - 23 triệu lượt khách", [("range", 22e6, 23e6, "range.unit"), ("count", 22e6, None, "count.range_end"),
                                  ("count", 23e6, None, "count.range_end")]),
    ("Số hồ sơ: 2025/QĐ-UBND", []),
])
def test_quantities_with_pretests_are_as_before(text, found):
    assert [(f.kind, f.value, f.high, f.rule) for f in find_quantities(text)] == found


def test_a_pretest_that_misses_an_example_is_reported(tmp_path):
    """Checked with the examples (`chitieu patterns check`, each module's example tests), not on every start."""
    path = tmp_path / "broken.yaml"
    path.write_text("patterns:\n  - id: pct\n    regex: '\\d+\\s?%'\n    requires: '%'\n"
                    "    examples: ['đạt 93,6%', '12 %']\n  - id: words\n    regex: '\\d+ phần trăm'\n"
                    "    requires: '%'\n    examples: ['12 phần trăm']\n", encoding="utf-8")
    assert check_examples(parse_pattern_file(path)) == [
        "broken.yaml: words: requires finds nothing in example '12 phần trăm'"]


# --- legal references: most segments with a digit hold no number followed by a slash, nor 'Nghị quyết số' ---

@pytest.mark.parametrize("pattern_id, text", [
    ("ref.kinded", "Quyết định số 1520/QĐ-UBND ngày 14/8/2024"),
    ("ref.kinded", "theo Nghị quyết số 36a/NQ-CP của Chính phủ"),              # a letter after the number
    ("ref.kinded", "Thông tư số 12 / 2023 / TT-BTC"),                          # spaces around the slashes
    ("ref.bare", "(kèm theo Kế hoạch 218/KH-UBND)"),
    ("ref.bare", "văn bản 30c/NQ-CP"),
    ("ref.numbered", "thực hiện Nghị quyết số 12 về phát triển kinh tế biển"),
    ("ref.numbered", "theo Chỉ thị SỐ 05 của Ban Thường vụ"),                  # 'SỐ' in capitals
    ("ref.numbered", "Kết luận sô 41 của Bộ Chính trị"),                       # 'số' typed without its tone
])
def test_a_legal_ref_pretest_passes_real_strings_at_its_edges(pattern_id, text):
    p = load_patterns("legal_refs").get(pattern_id)
    assert p.regex.search(text) and p.may_match(text)


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%, tăng 2,1% so với năm 2023",
    "ngày 15 tháng 3 năm 2025, 12 xã đạt chuẩn",
    "tỷ lệ 1 / 3 số hộ",                                # a slash after a digit, but no number and code
])
def test_a_legal_ref_pretest_skips_figures_without_a_reference(text):
    ps = load_patterns("legal_refs")
    skipped = {"ref.numbered"} | ({"ref.kinded", "ref.bare"} if "/" not in text else set())
    assert all(not ps.get(i).may_match(text) for i in skipped)
    assert all(not ps.get(i).regex.search(text) for i in ("ref.kinded", "ref.bare", "ref.numbered"))


# --- quantities tried on every segment with a digit: a slash, a bracket, a colon, 'trên', 'lên'/'xuống', '%' ---

@pytest.mark.parametrize("pattern_id, text", [
    ("ratio", "Đã tích hợp 2.310/2.310 dịch vụ công"),
    ("ratio", "đạt 45 / 52 xã"),
    ("ratio.amounts", "4.210,5 tỷ đồng/4.600 tỷ đồng, đạt 91,5% kế hoạch"),
    ("count.doubled", "cấp 04 (bốn) bản chính"),
    ("count.doubled", "gồm (02) hai thành viên"),
    ("measure.doubled", "trong 07 (bảy) ngày làm việc"),
    ("count.of_total", "đã giải quyết 870 TRÊN tổng số 905 hồ sơ"),
    ("count.shift", "từ 3 lên 5 phó giám đốc"),
    ("count.shift", "từ 12 giảm xuống 9 đơn vị"),
    ("count.after_ratio", "đạt 152/190 tiêu chí/10 xã"),
    ("count.labelled", "Tổng số hồ sơ tiếp nhận: 3.480"),
    ("percent", "đạt 96,4%"),
    ("percent", "tăng 12 PHẦN TRĂM"),
])
def test_a_quantity_pretest_passes_real_strings_at_its_edges(pattern_id, text):
    p = load_patterns("quantities").get(pattern_id)
    assert p.regex.search(text) and p.may_match(text)


def test_a_count_without_slash_bracket_colon_or_sign_skips_those_patterns():
    ps = {p.id: p for p in load_patterns("quantities")}
    text = "năm 2025 có 120 xã đạt chuẩn nông thôn mới"
    skipped = {"ratio", "ratio.amounts", "count.doubled", "measure.doubled", "count.of_total", "count.shift",
               "count.after_ratio", "count.labelled", "percent"}
    assert {i for i in skipped if not ps[i].may_match(text)} == skipped
    assert [(f.kind, f.value) for f in find_quantities(text)] == [("count", 120)]


# --- blockers tried on every text with a quantity: each needs a slash, a sign or a word of its own ---

@pytest.mark.parametrize("pattern_id, text", [
    ("nq.date.range_start", "từ 15/3 đến 20/4/2025"),
    ("nq.date.dateline", "(TTXVN 12/9)"),
    ("nq.rank_position", "xếp vị trí 18/63 tỉnh"),
    ("nq.frequency", "họp 2 buổi/tuần"),
    ("nq.frequency", "trực 24/7"),
    ("nq.frequency", "kiểm tra 2 lần mỗi năm"),
    ("nq.page_number", "TRANG 3/12"),
    ("nq.between", "giữa 2 kỳ họp"),
    ("nq.assignment", "trong đó X = 25"),
    ("nq.school_grade", "học sinh lớp 9/12 phổ thông"),
    ("nq.map_scale", "bản đồ TỶ LỆ 1/2.000"),
    ("nq.company_type", "Công ty TNHH MỘT THÀNH VIÊN"),
    ("nq.digits", "tăng trưởng hai con số"),
    ("nq.fertility", "mức sinh 2,1 con"),
])
def test_a_blocker_pretest_passes_real_strings_at_its_edges(pattern_id, text):
    p = load_patterns("non_quantities").get(pattern_id)
    assert p.regex.search(text) and p.may_match(text)


def test_a_plain_figure_skips_the_blockers_with_a_pretest():
    ps = {p.id: p for p in load_patterns("non_quantities")}
    text = "Tổng vốn đầu tư đạt 1.250 tỷ đồng, tăng 8,5%"
    skipped = {"nq.date.range_start", "nq.date.dateline", "nq.rank_position", "nq.frequency", "nq.page_number",
               "nq.between", "nq.assignment", "nq.school_grade", "nq.map_scale", "nq.company_type", "nq.digits",
               "nq.fertility"}
    assert {i for i in skipped if not ps[i].may_match(text)} == skipped
    assert [(f.kind, f.value) for f in find_quantities(text)] == [("money", 1250e9), ("percent", 8.5)]


# --- words: a lower-cased text holds one of a pattern's syllables wherever its regex matches ---

def test_every_letter_of_the_words_matches_only_what_lowers_to_it():
    """A case-insensitive regex matches a letter of a word only in the spellings that lower() gives back as that
    letter, save 'İ' and 'ſ', in whose presence holds_word lets the regex decide."""
    worded = [p for f in pattern_files() for p in load_patterns(f.stem) if p.words]
    assert {"lower.noun", "plan_slash.answers", "nontarget.condition"} <= {p.id for p in worded}
    letters = sorted({c for p in worded for w in p.words for c in w})
    flags = {p.regex.flags & ~regex.VERBOSE for p in worded}
    for flag in flags:
        anyletter = regex.compile("[" + "".join(regex.escape(c) for c in letters) + "]", flag | regex.I)
        for i in range(sys.maxunicode + 1):
            c = chr(i)
            if anyletter.fullmatch(c) and c not in ("\u0130", "\u017f"):
                same = [x for x in letters if regex.fullmatch(regex.escape(x), c, flag | regex.I)]
                assert same == [c.lower()], (hex(i), same)


@pytest.mark.parametrize("pattern_id, text", [
    ("lower.noun", "THỜI GIAN giải quyết thủ tục"),
    ("lower.noun", "tỷ lệ hộ\tnghèo"),
    ("lower.noun", "ô nhiễm không khí"),
    ("plan_slash.answers", "có 18/20 xã. Cơ bản đạt chỉ tiêu Nghị quyết."),
    ("plan_slash.answers", "VƯỢT KẾ HOẠCH"),
    ("cmp.before.gt", "đạt cao hơn "),
    ("cmp.before.gt", "> "),
    ("pair.target.cited", "so với Nghị quyết đề ra là "),
    ("pair.target.cited", "(KẾ HOẠCH giao "),
    ("pair.target.word", "(KH: "),
    ("reduction_verb", "RÚT NGẮN "),
    ("nontarget.specification", "mật khẩu có ĐỘ DÀI tối thiểu "),
    ("nontarget.condition", "Nếu tỷ lệ giải ngân dưới "),
    ("nontarget.condition", "đạt chuẩn khi có từ "),
])
def test_a_words_pretest_passes_real_strings_at_its_edges(pattern_id, text):
    p = load_patterns("indicators").get(pattern_id)
    assert p.regex.search(text) and p.may_match(text)


@pytest.mark.parametrize("pattern_id, text", [
    ("lower.noun", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%"),    # 'hạn' alone: the regex decides
    ("lower.noun", "Tỷ lệ che phủ rừng đạt 42%"),
    ("plan_slash.answers", "Thu ngân sách đạt 1.200 tỷ đồng"),
    ("cmp.before.gt", "đạt khoảng "),
    ("pair.target.cited", "Quyết định số 12 "),
    ("reduction_verb", "tăng "),
    ("nontarget.condition", "Tỷ lệ hộ dùng nước sạch đạt "),
])
def test_a_words_pretest_skips_or_leaves_it_to_the_regex(pattern_id, text):
    p = load_patterns("indicators").get(pattern_id)
    assert not p.regex.search(text)
    assert p.may_match(text) == holds_word(text, p.words)


def test_holds_word_lets_the_regex_decide_where_lower_would_hide_a_letter():
    assert holds_word("KH", ("kh",)) and not holds_word("K H", ("kh",))
    assert holds_word("giả ſử", ("sử",)) and holds_word("khİ", ("khi",))
    assert regex.search("khi", "khİ", regex.I) and regex.search("sử", "ſử", regex.I)
