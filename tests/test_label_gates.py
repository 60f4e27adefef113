"""Cheap tests in front of a label's cleaning regexes (issue 14, speed): a word test before AIM_LEAD_RX and
SPEAKER_LEAD_RX, a look at the last syllable before TRAIL_CUE_RX, str.split for the spaces. Each gives what the regex
alone gave, on real-shaped labels (names and numbers changed) and on counterexamples; the regex is not run where its
word is missing."""
from __future__ import annotations

import sys

import pytest
import regex

from extractor.link import records
from extractor.link.figures import DIRECTIVE_TAIL_RX
from extractor.link.records import (AIM_LEAD_RX, AIM_WORDS, DIRECTIVE_WORDS, SPEAKER_LEAD_RX, SPEAKER_WORDS,
                                    TRAIL_CUE_END_RX, TRAIL_CUE_RX, _label_without, _SPACES, _squeezed)
from extractor.patterns import holds_word


def test_every_spelling_the_regexes_match_lowers_to_the_gate_word():
    """Save 'İ' and 'ſ', where holds_word lets the regex decide."""
    for words, rx in ((AIM_WORDS, AIM_LEAD_RX), (SPEAKER_WORDS, SPEAKER_LEAD_RX), (DIRECTIVE_WORDS, DIRECTIVE_TAIL_RX)):
        letters = sorted({c for w in words for c in w})
        anyletter = regex.compile("[" + "".join(regex.escape(c) for c in letters) + "]", rx.flags)
        for i in range(sys.maxunicode + 1):
            c = chr(i)
            if anyletter.fullmatch(c) and c not in ("\u0130", "\u017f"):
                same = [x for x in letters if regex.fullmatch(regex.escape(x), c, rx.flags)]
                assert same == [c.lower()], (hex(i), same)


AIM_LABELS = [
    "Về phát triển kinh tế số, huyện Sơn Hà đặt mục tiêu tỷ trọng kinh tế số trong GRDP",
    "Kế hoạch đề ra mục tiêu cụ thể đến năm 2027 là tỷ lệ hộ dùng nước sạch",
    "Huyện hướng đến tỷ lệ xã đạt chuẩn nông thôn mới",
    "ĐỀ RA MỤC TIÊU thu ngân sách trên địa bàn",
    "Yêu cầu các sở, ngành bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình",
    "Mục tiêu của Nghị quyết số 12-NQ/TU là tỷ lệ đô thị hóa",
    "Mục tiêu: tỷ lệ che phủ rừng",
    "Xác định mục tiêu số doanh nghiệp thành lập mới",
    # counterexamples: no aim word, the regex finds nothing
    "tỷ lệ hộ nghèo theo chuẩn đa chiều", "Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030", "", "Đ",
    "Giá trị sản xuất ngành nông, lâm nghiệp và thủy sản",
]


SPEAKER_LABELS = [
    "Chủ tịch UBND tỉnh yêu cầu: tỷ lệ giải ngân vốn đầu tư công",
    "Kết luận tại cuộc họp, Thủ tướng nhấn mạnh, tăng trưởng GRDP",
    "Thông báo nêu rõ: tỷ lệ hồ sơ trực tuyến",
    "Ban Chỉ đạo kết luận: số km đường cao tốc",
    "HỘI NGHỊ THỐNG NHẤT yêu cầu các huyện phấn đấu tỷ lệ tiêm chủng",
    # counterexamples
    "tỷ lệ học sinh đi học đúng độ tuổi", "Số lao động được tạo việc làm mới", "",
]


TRAILS = [
    "giá trị hàng hóa tham gia xuất khẩu dự kiến", "tỷ lệ hồ sơ được số hóa, phải", "số hộ được hỗ trợ sẽ",
    "tổng thu ngân sách ước tính", "tổng thu ngân sách ước", "tỷ lệ xã đạt chuẩn, phấn đấu", "an toàn thông tin bảo đảm",
    "DỰ KIẾN", "tỷ lệ giải ngân quyết tâm\n",
    # counterexamples: the cue inside the label, or a word ending like one
    "phấn đấu tỷ lệ hộ nghèo", "dự kiến số lao động", "tỷ lệ dân số tham gia bảo hiểm", "ký ước", "", "sẽ có",
]


@pytest.mark.parametrize("label", TRAILS)
def test_trail_cue_is_cut_as_before_its_end_test(label):
    cut = TRAIL_CUE_RX.sub("", label) if TRAIL_CUE_END_RX.search(label[-6:]) else label
    assert cut == TRAIL_CUE_RX.sub("", label)


SPACED = ["tỷ lệ  hộ\tnghèo\n giảm", "  Số xã  ", "a\u00a0b\u2003c", "a\x1cb  c", "\x1f", "", " ", "tỷ lệ\u3000hộ"]


@pytest.mark.parametrize("text", SPACED)
def test_squeezed_as_the_spaces_regex(text):
    assert _squeezed(text) == _SPACES.sub(" ", text).strip(" ")


DIRECTIVES = [
    "GRDP bình quân đầu người đạt trên 5.000 USD, yêu cầu các cấp, các ngành tập trung",
    "thu ngân sách đạt 5.500 tỷ đồng, Chủ tịch UBND tỉnh giao các sở chủ động",
    "tăng trưởng đạt 8% thì số thu vẫn còn thấp", "đạt 90%, đề nghị các địa phương",
    # counterexamples
    "tỷ lệ hộ nghèo giảm còn 2%", "thu ngân sách đạt 5.500 tỷ đồng, bằng 110% dự toán", "",
]


GATED = [(AIM_WORDS, AIM_LEAD_RX, x) for x in AIM_LABELS] + [(SPEAKER_WORDS, SPEAKER_LEAD_RX, x) for x in SPEAKER_LABELS] \
    + [(DIRECTIVE_WORDS, DIRECTIVE_TAIL_RX, x) for x in DIRECTIVES]


@pytest.mark.parametrize("words, rx, text", GATED)
def test_gate_words_hold_wherever_the_regex_matches(words, rx, text):
    """Each gated regex (the aim lead, the speaker lead, the directive tail) finds nothing in a text holding none of
    its words, and a text it matches holds one."""
    if rx.search(text):
        assert holds_word(text, words)
    if not holds_word(text, words):
        assert rx.search(text) is None


class _Counting:
    """A regex, counting the calls of one method."""
    def __init__(self, rx, method):
        self.rx, self.method, self.calls = rx, method, 0

    def __getattr__(self, name):
        if name != self.method:
            return getattr(self.rx, name)
        self.calls += 1
        return getattr(self.rx, name)


def test_label_without_aim_or_speaker_words_is_not_searched_for_them(monkeypatch):
    aim, speaker = _Counting(AIM_LEAD_RX, "match"), _Counting(SPEAKER_LEAD_RX, "sub")
    directive = _Counting(DIRECTIVE_TAIL_RX, "search")
    monkeypatch.setattr(records, "AIM_LEAD_RX", aim)
    monkeypatch.setattr(records, "SPEAKER_LEAD_RX", speaker)
    monkeypatch.setattr(records, "DIRECTIVE_TAIL_RX", directive)
    _label_without.cache_clear()
    text = "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 15%"
    at = text.index("dưới 15%")
    assert _label_without(text, ((at, len(text)),), 0) == "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"
    assert aim.calls == 0 and speaker.calls == 0 and directive.calls == 0
    _label_without.cache_clear()


@pytest.mark.parametrize("text, label", [
    ("- Chủ tịch UBND tỉnh yêu cầu: tỷ lệ giải ngân vốn đầu tư công đạt trên 95%",
     "tỷ lệ giải ngân vốn đầu tư công"),
    ("- Về chuyển đổi số, huyện Sơn Hà đặt mục tiêu tỷ trọng kinh tế số đạt 20%", "tỷ trọng kinh tế số"),
    ("- Giá trị hàng hóa tham gia xuất khẩu dự kiến đạt 12 triệu USD", "Giá trị hàng hóa tham gia xuất khẩu"),
])
def test_labels_cleaned_with_the_gates(text, label):
    _label_without.cache_clear()
    at = text.index("đạt ")
    assert _label_without(text, ((at, len(text)),), 0) == label
    _label_without.cache_clear()
