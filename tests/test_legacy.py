"""Legacy TCVN3 (ABC) and VNI text: tables, known pairs, round trips, detection per block."""
import unicodedata

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.errors import PatternError
from extractor.read.legacy import (TABLES, _check_map, codecs, convert_legacy, decode, decode_block_text, encode,
                              is_syllable)
from extractor.model import RawBlock, RawCell, RawDocument
from extractor.normalize.document import normalize_document

DATA = yaml.safe_load(TABLES.read_text(encoding="utf-8"))


def _letters() -> list[str]:
    """The 134 precomposed Vietnamese letters: 67 lower case and their capitals."""
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    lower = [unicodedata.normalize("NFC", v + t) for v in vowels for t in tones]
    lower = [c for c in lower if c not in "aeiouy"] + ["đ"]
    return lower + [c.upper() for c in lower]


LETTERS = _letters()
LOWER = [c for c in LETTERS if c.islower()]
TCVN3_CAPITALS = list("ĂÂÊÔƠƯĐ")


def doc(*texts: str) -> RawDocument:
    return RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=t) for t in texts])


# --- the tables ----------------------------------------------------------------------------------

def test_there_are_134_letters():
    assert len(LETTERS) == 134 and len(set(LETTERS)) == 134


def test_tcvn3_table_is_the_vn3_set():
    table = codecs()["TCVN3"].decode_map
    assert len(table) == 74
    assert sorted(table.values()) == sorted(LOWER + TCVN3_CAPITALS)
    assert all(len(k) == 1 and "\xa0" < k <= "\xff" for k in table)


def test_vni_table_covers_every_letter_once():
    table = codecs()["VNI"].decode_map
    assert len(table) == 134
    assert sorted(table.values()) == sorted(LETTERS)
    assert all(c <= "\xff" for k in table for c in k)


@pytest.mark.parametrize("bad", [{"¸": "ab"}, {"¸": 1}, {}])
def test_a_broken_table_names_the_file(bad):
    with pytest.raises(PatternError, match="legacy_encodings.yaml"):
        _check_map("tcvn3.letters", bad)


# --- hand-checked pairs (each verified against glibc iconv TCVN5712-1 or the xvnkb VNI table) ------

EXAMPLES = [("TCVN3", e["legacy"], e["unicode"]) for e in DATA["examples"]["tcvn3"]] + \
           [("VNI", e["legacy"], e["unicode"]) for e in DATA["examples"]["vni"]]


@pytest.mark.parametrize("encoding, legacy, unicode", EXAMPLES)
def test_yaml_examples_decode_and_encode(encoding, legacy, unicode):
    assert decode_block_text(legacy, encoding) == unicode
    assert encode(unicode, encoding) == legacy


@pytest.mark.parametrize("encoding, legacy, unicode", [
    # 'Uû' is Uỷ (tone on y): VN3 has no code for Ủ, so typists wrote the mark on the lower-case y.
    ("TCVN3", "Uû ban nh©n d©n", "Uỷ ban nhân dân"),
    ("TCVN3", "Qu¶n lý", "Quản lý"),
    ("TCVN3", "§iÒu 1. Ban hµnh kÌm theo QuyÕt ®Þnh nµy", "Điều 1. Ban hành kèm theo Quyết định này"),
    ("TCVN3", "ë ®Þa ph\xad¬ng", "ở địa phương"),
    ("TCVN3", "Sè l\xad\xeeng ng\xad\xeai d©n", "Số lượng người dân"),
    # .VnTimeH headings: capitals drawn from lower-case codes, ASCII letters typed in capitals.
    ("TCVN3", "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TCVN3", "B¸O C¸O KÕT QU¶", "BÁO CÁO KẾT QUẢ"),
    ("VNI", "Vieät Nam", "Việt Nam"),
    ("VNI", "Quyeát ñònh", "Quyết định"),
    ("VNI", "ÑIEÀU 1. Phaïm vi ñieàu chænh", "ĐIỀU 1. Phạm vi điều chỉnh"),
    ("VNI", "thöïc hieän ñaït 93,6% keá hoaïch", "thực hiện đạt 93,6% kế hoạch"),
    ("VNI", "Thuû töôùng Chính phuû", "Thủ tướng Chính phủ"),
])
def test_known_pairs(encoding, legacy, unicode):
    assert decode_block_text(legacy, encoding) == unicode


def test_soft_hyphen_is_tcvn3_u_horn_and_survives_normalisation():
    # 0xAD is 'ư' in TCVN3 but a soft hyphen in Latin-1, which the normaliser drops: decode first.
    document = normalize_document(doc("Tû lÖ ng\xad\xeai d©n hµi lßng ®¹t 93,6%",
                                      "Sè l\xad\xeeng hå s¬ trùc tuyÕn t¨ng m¹nh"), "x.docx")
    assert document.text == "Tỷ lệ người dân hài lòng đạt 93,6%\n\nSố lượng hồ sơ trực tuyến tăng mạnh"


# --- round trips on real sentences (copied from the seed documents) ---------------------------------

SEED_SENTENCES = [
    # (Unicode sentence, what TCVN3 gives back: capitals with a tone mark have no VN3 code)
    ("Tỷ lệ 100% Cổng Thông tin điện tử các địa phương công khai thông tin đầy đủ theo quy định "
     "tại Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ", None),
    ("Tối thiểu 90% người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính.", None),
    ("Tiếp tục nâng cao Chỉ số về Chính phủ điện tử, bao gồm ba nhóm chỉ số thành phần về dịch vụ công "
     "trực tuyến (OSI), hạ tầng viễn thông (TII) và nguồn nhân lực (HCI).", None),
    ("+ Đối với các bộ, ngành: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.", None),
    ("- Tỷ lệ hồ sơ trực tuyến: 93,6%", None),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None),
    ("Độc lập - Tự do - Hạnh phúc", None),
    ("Căn cứ Quyết định số 240/QĐ-TTg ngày 04/02/2025 của Thủ tướng Chính phủ ban hành Kế hoạch cải "
     "cách thủ tục hành chính trọng tâm năm 2025", None),
    ("11 Ủy ban nhân dân huyện, thị xã, thành phố", "11 ủy ban nhân dân huyện, thị xã, thành phố"),
    ("Áp dụng mã QR trong quá trình tiếp nhận, giải quyết thủ tục hành chính theo quy định.",
     "áp dụng mã QR trong quá trình tiếp nhận, giải quyết thủ tục hành chính theo quy định."),
]


@pytest.mark.parametrize("sentence, tcvn3_back", SEED_SENTENCES)
@pytest.mark.parametrize("encoding", ["TCVN3", "VNI"])
def test_seed_sentences_round_trip(sentence, tcvn3_back, encoding):
    legacy = encode(sentence, encoding)
    assert legacy != sentence
    out = convert_legacy(doc(legacy))
    expected = tcvn3_back if (encoding == "TCVN3" and tcvn3_back) else sentence
    assert out.blocks[0].text == expected
    assert out.warnings == [f"converted 1 blocks from {encoding}"]


@pytest.mark.parametrize("sentence, _", SEED_SENTENCES)
def test_seed_sentences_in_unicode_are_left_alone(sentence, _):
    raw = doc(sentence)
    assert convert_legacy(raw) is raw


@pytest.mark.parametrize("text", DATA["counterexamples"] + [
    "Phú Thọ, ngày 13 tháng 02 năm 2025",
    "Số: 617/KH-UBND",
    "Có 100% hồ sơ giải quyết thủ tục hành chính (đạt).",
    "Bà Nguyễn Thị Hà, Phó Giám đốc Sở; Ông Lê Văn Tám",
    "Hoà Bình, Thừa Thiên Huế, Đắk Lắk, Bà Rịa - Vũng Tàu",
    "Le café est à côté de l'hôtel; über die Straße; año 2024",
    "Total: 1.234.567 VNĐ (±5%) · 12 °C · 3 × 4 ÷ 2 · ½ · §3",
    "2,93%", "32.177/32.656", "13/6/2011", "",
    unicodedata.normalize("NFD", "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 93,6% và các chỉ tiêu khác"),
])
def test_unicode_english_numbers_unchanged(text):
    raw = doc(text, text, text)
    out = convert_legacy(raw)
    assert [b.text for b in out.blocks] == [text] * 3 and out.warnings == []


# --- the property: decode(encode(s)) == s ------------------------------------------------------------

PLAIN = list("abcdeghiklmnopqrstuvxyABCDGHKLMNPQRSTVXY0123456789 .,;:-/%()")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(LETTERS + PLAIN), max_size=40))
def test_vni_round_trip_any_letters(s):
    assert decode(encode(s, "VNI"), "VNI") == s


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(LOWER + TCVN3_CAPITALS + PLAIN), max_size=40))
def test_tcvn3_round_trip_letters_it_can_write(s):
    assert decode(encode(s, "TCVN3"), "TCVN3") == s


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(LETTERS + PLAIN), max_size=40))
def test_tcvn3_round_trip_any_letters_up_to_case(s):
    # Capitals with tone marks go out as their lower-case codes (the .VnTimeH convention).
    assert decode(encode(s, "TCVN3"), "TCVN3").lower() == s.lower()


# --- detection per block ---------------------------------------------------------------------------

def test_one_tcvn3_table_among_unicode_blocks():
    unicode_paragraphs = [
        "I. Kết quả thực hiện các chỉ tiêu năm 2020:",
        "Tỷ lệ 100% Dịch vụ công được hỗ trợ giải đáp thắc mắc cho người dân, doanh nghiệp (đạt).",
        "Có 100% hồ sơ giải quyết thủ tục hành chính được thực hiện thông qua Hệ thống một cửa.",
    ]
    table = RawBlock(kind="table", rows=[
        [RawCell("STT", is_header=True), RawCell("ChØ tiªu", is_header=True), RawCell("KÕt qu¶", is_header=True)],
        [RawCell("1"), RawCell("Tû lÖ hå s¬ trùc tuyÕn"), RawCell("93,6%")],
        [RawCell("2"), RawCell("Sè dÞch vô c«ng møc ®é 4"), RawCell("54.919 hå s¬")],
    ])
    raw = RawDocument(format="docx", blocks=[RawBlock("paragraph", t) for t in unicode_paragraphs[:2]]
                      + [table, RawBlock("paragraph", unicode_paragraphs[2])])
    out = convert_legacy(raw)
    assert [b.text for b in out.blocks if not b.rows] == unicode_paragraphs
    cells = [[c.text for c in row] for row in out.blocks[2].rows]
    assert cells == [["STT", "Chỉ tiêu", "Kết quả"],
                     ["1", "Tỷ lệ hồ sơ trực tuyến", "93,6%"],
                     ["2", "Số dịch vụ công mức độ 4", "54.919 hồ sơ"]]
    assert out.blocks[2].rows[0][0].is_header
    assert out.warnings == ["converted 1 blocks from TCVN3"]
    assert raw.blocks[2].rows[1][1].text == "Tû lÖ hå s¬ trùc tuyÕn"      # the input is not mutated


def test_vni_and_tcvn3_blocks_in_one_document():
    out = convert_legacy(doc("Keá hoaïch caûi caùch thuû tuïc haønh chính naêm 2025",
                             "KÕ ho¹ch c¶i c¸ch thñ tôc hµnh chÝnh n¨m 2025",
                             "Kế hoạch cải cách thủ tục hành chính năm 2025"))
    assert {b.text for b in out.blocks} == {"Kế hoạch cải cách thủ tục hành chính năm 2025"}
    assert out.warnings == ["converted 1 blocks from TCVN3", "converted 1 blocks from VNI"]


def test_short_blocks_follow_a_legacy_document_but_not_alone():
    # 'Sè' and 'Tõ' are also valid as Unicode syllables: alone they prove nothing ...
    assert convert_legacy(doc("Sè: 617/KH-UBND")).blocks[0].text == "Sè: 617/KH-UBND"
    # ... in a document typed in TCVN3 they are TCVN3 too.
    out = convert_legacy(doc("Uû ban nh©n d©n tØnh Phó Thä", "Sè: 617/KH-UBND", "Tõ 30% - 50%",
                             "KÕ ho¹ch c¶i c¸ch thñ tôc hµnh chÝnh n¨m 2025"))
    assert [b.text for b in out.blocks] == ["Uỷ ban nhân dân tỉnh Phú Thọ", "Số: 617/KH-UBND", "Từ 30% - 50%",
                                            "Kế hoạch cải cách thủ tục hành chính năm 2025"]


def test_short_unicode_blocks_stay_in_a_document_with_a_legacy_table():
    table = RawBlock(kind="table", rows=[[RawCell("Tû lÖ hå s¬ trùc tuyÕn toµn tr×nh"), RawCell("93,6%")]])
    raw = RawDocument(format="docx", blocks=[RawBlock("paragraph", "Có"), RawBlock("paragraph", "Số: 617/KH-UBND"),
                                             table, RawBlock("paragraph", "Ghi chú: số liệu đến tháng 6")])
    out = convert_legacy(raw)
    assert [b.text for b in out.blocks if not b.rows] == ["Có", "Số: 617/KH-UBND", "Ghi chú: số liệu đến tháng 6"]
    assert out.blocks[2].rows[0][0].text == "Tỷ lệ hồ sơ trực tuyến toàn trình"


def test_unicode_words_inside_a_legacy_block_are_kept():
    # A paragraph whose runs mix a .VnTime font and a Unicode font.
    assert convert_legacy(doc("Tû lÖ hå s¬ trực tuyến ®¹t 93,6% kÕ ho¹ch")).blocks[0].text == \
        "Tỷ lệ hồ sơ trực tuyến đạt 93,6% kế hoạch"


# --- the syllable check the detection rests on --------------------------------------------------------

@pytest.mark.parametrize("word", ["người", "nghiêng", "quyết", "Uỷ", "Ủy", "thuở", "khuya", "giữa", "gì", "VIỆT",
                                  "hoà", "hòa", "yếu", "ương", "ỉ", "Việt"])
def test_valid_syllables(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["cỏc", "lỔ", "ViỆt", "Ñôn", "Qu¶n", "with", "report", "cafộ", "sãc", "vieät",
                                  "tỉnhh", "hoàà"])
def test_invalid_syllables(word):
    assert not is_syllable(word)


# --- evidence weighed per distinct word ------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("QuyÕt ®Þnh sè 12 QuyÕt ®Þnh", {"QuyÕt": 2, "®Þnh": 2, "sè": 1}),
    ("Quyết định các hồ sơ", {"các": 1}),                  # 'Quyết', 'định', 'hồ', 'sơ': beyond Latin-1
    ("CéNG HOµ X· HéI", {"CéNG": 1, "HOµ": 1, "X·": 1, "HéI": 1}),
    ("plain ASCII text", {}),
    # a word is whole or not at all: 'Vi' and 't' of 'Việt', 'c' of a decomposed 'cá', are not words
    ("Việt Nam là số một", {"là": 1}),
    ("ca\u0301c là", {"là": 1}),
    ("Phú–Thọ và·Hà", {"Phú": 1, "và·Hà": 1}),
    ("Ngµy ®ång-®Òu 12×30", {"Ngµy": 1, "®ång": 1, "®Òu": 1, "×": 1}),   # × is a TCVN3 letter
    ("Lê Văn Tám", {"Lê": 1, "Tám": 1}),
])
def test_legacy_words_are_counted_once_each(text, words):
    from extractor.read.legacy import _legacy_words
    assert _legacy_words(text) == words


def _evidence_word_by_word(text: str, encoding: str) -> tuple[int, int, int]:
    """Evidence as it was weighed before, every occurrence of every word in turn."""
    import regex
    from extractor.read.legacy import ASCII_LETTER, _token_re, _word_evidence
    words = [w for w in _token_re().findall(text) if regex.fullmatch(r"[\x00-\xff]*[\xa1-\xff][\x00-\xff]*", w)]
    cased = [c for w in words if codecs()[encoding].pattern.search(w) for c in ASCII_LETTER.findall(w)]
    upper = len(cased) >= 3 and all(c.isupper() for c in cased)
    hits = [c for w in words if (c := _word_evidence(w, encoding, upper))]
    return len(hits), sum(c[0] for c in hits), sum(c[1] for c in hits)


@pytest.mark.parametrize("text", [
    "QuyÕt ®Þnh sè 12/Q§-UBND ngµy 13 th¸ng 02 n¨m 2025 cña UBND tØnh, QuyÕt ®Þnh",
    "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM, CéNG HOµ",
    "Quyeát ñònh soá 12 cuûa UÛy ban nhaân daân tænh; Quyeát ñònh",
    "Kế hoạch các xã và các huyện năm 2025: tỷ lệ hồ sơ trực tuyến đạt 80%",
])
def test_evidence_per_distinct_word_is_evidence_word_by_word(text):
    from extractor.read.legacy import evidence
    for name in codecs():
        ev = evidence(text, name)
        assert (ev.changed, ev.valid_before, ev.valid_after) == _evidence_word_by_word(text, name)


@pytest.mark.parametrize("text", [
    "Báo cáo số 45/BC-UBND của xã Hòa Bình về kết quả năm 2025, đã đạt ở Đà Lạt",
    "Ba\u0301o ca\u0301o cu\u0309a huye\u0323n",                    # decomposed: marks glue the words
    "QuyÕt ®Þnh sè 7/Q§-UBND – Việt·Nam «các» ×2 Ñaø Naüng",
    "Phòng–Ban“về”à…é€ÿĀ ß·µ",
    "CéNG HOµ X· HéI\nChñ nghÜa\tViÖt Nam; Quyeát ñònh soá 3",
])
def test_legacy_words_are_the_latin1_tokens_of_the_token_pattern(text):
    """The fast search finds exactly the tokens of `_token_re` with nothing beyond Latin-1 and a
    character from \\xa1 up, in the order they first occur."""
    from collections import Counter
    from extractor.read.legacy import _legacy_words, _token_re
    counts = Counter(_token_re().findall(text))
    expected = {w: n for w, n in counts.items() if "\xa1" <= max(w) <= "\xff"}
    got = _legacy_words(text)
    assert got == expected and list(got) == list(expected)


# --- a document in Unicode is weighed once, not block by block ---------------------------------------

UNICODE_REPORT = [
    "UBND TỈNH HÒA AN", "Số: 215/BC-UBND",
    "Năm 2024, tỷ lệ hồ sơ được giải quyết đúng hạn đạt 97,2%; có 1.340 hồ sơ trực tuyến toàn trình.",
    "Le café est à côté; año 2024; Straße",                 # foreign words with Latin-1 letters
    "Bà Trần Thị Mơ, Phó Chủ tịch; ông Lê Văn Cà",
]


@pytest.mark.parametrize("texts", [
    UNICODE_REPORT,
    [unicodedata.normalize("NFD", t) for t in UNICODE_REPORT],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "2,93%", ""],
])
def test_a_unicode_document_is_not_weighed_block_by_block(texts, monkeypatch):
    from extractor.read import legacy

    def weighed(blocks):
        raise AssertionError("weighed block by block")
    monkeypatch.setattr(legacy, "_choose", weighed)
    raw = doc(*texts)
    assert convert_legacy(raw) is raw


@pytest.mark.parametrize("texts", [
    UNICODE_REPORT,
    [unicodedata.normalize("NFD", t) for t in UNICODE_REPORT],
    ["Ông Đỗ Văn Hùng, Giám đốc Sở; bà Lò Thị Én", "Hội nghị ở Hà Tĩnh ngày 5/6"],
])
def test_a_unicode_document_is_not_cut_into_words(texts, monkeypatch):
    """Its runs of Latin-1 letters ('các', 'là', 'café') are all valid or cannot gain: the words,
    slower to cut, are not asked for."""
    from extractor.read import legacy

    def cut(text):
        raise AssertionError("cut into words")
    monkeypatch.setattr(legacy, "_legacy_words", cut)
    raw = doc(*texts)
    assert convert_legacy(raw) is raw


# (blocks, could decoding gain): a run that gains is weighed as a word only when it is one
MAY_GAIN = [
    (["Tỷ lệ hồ sơ đạt 80%", encode("hồ sơ trực tuyến", "TCVN3")], True),
    (["Tỷ lệ hồ sơ đạt 80%", encode("hồ sơ trực tuyến", "VNI")], True),
    # counterexamples: legacy runs glued to a letter beyond Latin-1 are no words ('ệ' ends each)
    (["Tỷ lệ hồ sơ đạt 80%", "QuyÕtệ ®Þnhệ"], False),
    (["Báo cáo của xã Hòa Bình", "Le café est à côté"], False),
]


@pytest.mark.parametrize("texts, gains", MAY_GAIN)
def test_a_run_that_could_gain_is_weighed_as_a_word(texts, gains):
    from extractor.read.legacy import _legacy_words, _may_gain, _word_evidence
    blocks = doc(*texts).blocks
    words = _legacy_words("\n".join(texts))
    assert _may_gain(blocks) == gains == any(_word_evidence(w, name, upper) == (False, True)
                                             for w in words for name in codecs() for upper in (False, True))


@pytest.mark.parametrize("encoding", ["TCVN3", "VNI"])
@pytest.mark.parametrize("legacy_at", [0, 2, 4])
def test_one_legacy_block_among_unicode_ones_is_still_decoded(encoding, legacy_at):
    """Counterexample: one paragraph typed in a legacy font is enough to weigh the blocks."""
    line = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80% trong năm 2025"
    texts = list(UNICODE_REPORT)
    texts[legacy_at] = encode(line, encoding)
    out = convert_legacy(doc(*texts))
    assert out.blocks[legacy_at].text == line
    assert out.warnings == [f"converted 1 blocks from {encoding}"]


LEGACY_PARTS = [encode(s, e) for s in ("hồ sơ", "Chỉ tiêu", "Kết quả", "dịch vụ công", "SỐ") for e in ("TCVN3", "VNI")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(LETTERS + PLAIN + list("àáâãèéêìíòóôõùúýÀÁÂÈÉÊÌÍÒÓÔÙÚÝ¸µ¶·¹¨»¼½¾Æ®")),
                        max_size=30) | st.sampled_from(LEGACY_PARTS), max_size=5))
def test_the_document_gate_never_skips_a_block_the_blocks_would_decode(texts):
    from extractor.read.legacy import _choose, _may_gain
    blocks = doc(*texts).blocks
    assert _may_gain(blocks) or not any(_choose(blocks))
