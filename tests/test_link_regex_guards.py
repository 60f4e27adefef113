"""Guards in front of the dearer parts of the indicators stage's regexes (issue 14, speed): a lookahead on the word or
stop a lookbehind sits before, a count of '%' before the run of shares read 'lần lượt', and a weak cue's pre-test
(`requires`: the '%' or the floor it reads). Each finds what the regex without it finds, on real-shaped texts (names
and numbers changed) and on counterexamples."""
from __future__ import annotations

import pytest
import regex

from extractor.link import results
from extractor.link.results import respective_pairs
from extractor.patterns import load_patterns

S = r"(?:\s+)"
# the alternatives as they were written before their guard
UNGUARDED_RESULTS_LEAD = (r"\b(?:kết{S}quả|đã{S}đạt|(?<!\b(?:mục|chỉ){S}tiêu\b[^.;:]{0,160})(?<!\bcần{S}|\bphải{S}|\bsẽ{S})"
                          r"(?<!\bphấn{S}đấu\b[^.;:]{0,80})đạt{S}được|đã{S}thực{S}hiện|tình{S}hình|thực{S}trạng|"
                          r"đánh{S}giá|ước{S}thực{S}hiện)\b").replace("{S}", S)
UNGUARDED_SENTENCE = (r";|\.\s+(?=\p{Lu}|(?:\d{1,2}|[IVX]{1,3})\.\s+\p{Lu}|[-+•]\s+\p{L})|(?<=\))\s+(?=[-+•]\s+\p{Lu})|"
                      r"(?<=(?<![\p{L}\d.@/_-])(?:\p{Ll}{3,}|\p{Ll}{2}(?<=[^\x00-\x7F]\p{Ll}|\p{Ll}[^\x00-\x7F])))"
                      r"\.(?=\p{Lu}\p{Ll})")

LEADS = [
    "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025 như sau:",
    "Năm 2024, toàn huyện đạt được như sau:",
    "Các kết quả đạt được trong nhiệm kỳ:",
    # counterexamples: 'đạt được' after an aim, an obligation or a strive names what is to be reached
    "Mục tiêu cụ thể về chuyển đổi số của thị xã đến năm 2027 đạt được như sau:",
    "các chỉ tiêu cần đạt được như sau:",
    "Phấn đấu đến năm 2030 tỉnh đạt được các chỉ tiêu chủ yếu:",
    "Chỉ tiêu giao cho các xã. Đến nay đạt được như sau:",
    "Tỷ lệ hồ sơ giải quyết đúng hạn của các cơ quan cấp huyện đạt trên 97% trong năm 2026",
    "", "đạt", "ĐẠT ĐƯỢC NHƯ SAU:",
]


@pytest.mark.parametrize("text", LEADS)
def test_results_lead_finds_what_it_found_before_its_guard(text):
    pattern = load_patterns("indicators").get("lead_list.results")
    before = regex.compile(UNGUARDED_RESULTS_LEAD, pattern.regex.flags)
    assert [m.span() for m in pattern.regex.finditer(text)] == [m.span() for m in before.finditer(text)]


SENTENCES = [
    "huyện nông thôn mới kiểu mẫu.Mỗi tỉnh có ít nhất 03 huyện đạt chuẩn",
    "ở cấp xã.Mỗi phòng có 04 dịch vụ; tỷ lệ đạt 92%. Năm 2027 đạt 95%",
    "(kế hoạch 80%) - Tỷ lệ hộ dùng nước sạch đạt 98%",
    "1. Kết quả giải ngân đến ngày 31/10/2025 đạt 61,2% kế hoạch. 2. Thu ngân sách đạt 104%",
    # counterexamples: a stop inside an abbreviation or an address is no sentence's end
    "hội nghị tại tp.Đà Nẵng với 31 sở", "đoàn của TP.Cần Thơ làm việc", "cổng dichvucong.gov.vn đạt 90%",
    "báo cáo viên ThS.Trần Văn Minh", "thị xã tx.Phú Thọ", "", ".", "abc.De",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_label_sentence_cuts_where_it_cut_before_its_guard(text):
    pattern = load_patterns("prose").get("label.sentence")
    before = regex.compile(UNGUARDED_SENTENCE, pattern.regex.flags)
    assert [m.span() for m in pattern.regex.finditer(text)] == [m.span() for m in before.finditer(text)]


class _Counting:
    """RESPECTIVE_RX, counting its searches."""
    def __init__(self, rx):
        self.rx, self.calls = rx, 0

    def finditer(self, text):
        self.calls += 1
        return self.rx.finditer(text)


@pytest.mark.parametrize("text, pairs, searched", [
    ("các tỷ lệ hộ dùng nước sạch và hộ có nhà tiêu hợp vệ sinh mới chỉ đạt lần lượt 62,4% và 58,1%, so với mục tiêu "
     "phải đạt 85% và 70%", 2, True),
    ("cơ cấu khu vực I-II-III tương ứng là 38,5% - 21% - 40,5% (chỉ tiêu nghị quyết là 37% - 22% - 41%)", 3, True),
    # counterexamples: fewer than two shares on each side, no run to read and no search
    ("tỷ lệ hộ dùng nước sạch đạt lần lượt 62,4% và 58,1%, so với mục tiêu phải đạt 85%", 0, False),
    ("Tỷ lệ hồ sơ trực tuyến đạt 91% (kế hoạch 90%)", 0, False),
    ("Thu ngân sách đạt 4.250 tỷ đồng", 0, False),
])
def test_respective_runs_searched_only_where_four_shares_are_written(monkeypatch, text, pairs, searched):
    counting = _Counting(results.RESPECTIVE_RX)
    monkeypatch.setattr(results, "RESPECTIVE_RX", counting)
    respective_pairs.cache_clear()
    found = respective_pairs(text)
    respective_pairs.cache_clear()
    assert len(found) == pairs
    assert (counting.calls > 0) == searched
    if not searched:
        assert list(counting.rx.finditer(text)) == []     # the regex itself finds no run there


# a weak cue's pre-test: the share or the floor its regex reads, so a text without it is not searched
@pytest.mark.parametrize("pid, text, may", [
    ("cue.weak.action", "Số hóa 100% hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính", True),
    ("cue.weak.rollout", "Nhân rộng mô hình bình dân học vụ số tới 90% số thôn", True),
    ("cue.weak.minimum", "mỗi xã xây dựng tối thiểu 02 mô hình điểm", True),
    ("cue.weak.has_minimum", "Trong đó, có ít nhất 35% hợp tác xã ứng dụng thương mại điện tử", True),
    # counterexamples: no '%' (a count, a year), no 'ít nhất' / 'tối thiểu'
    ("cue.weak.action", "hoàn thành 03 nhiệm vụ trọng tâm trong năm 2026", False),
    ("cue.weak.rollout", "triển khai đến các thôn, tổ dân phố trước năm 2027", False),
    ("cue.weak.minimum", "xây dựng 05 mô hình điểm về chuyển đổi số", False),
    ("cue.weak.has_minimum", "có ít nhất 12 hợp tác xã tham gia", False),
])
def test_weak_cues_searched_only_where_what_they_read_is_written(pid, text, may):
    pattern = load_patterns("indicators").get(pid)
    assert pattern.may_match(text) is may
    if not may:
        assert pattern.regex.search(text) is None          # the regex finds nothing there either
    else:
        assert pattern.regex.search(text) is not None
