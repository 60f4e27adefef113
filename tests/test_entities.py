import pytest

from extractor.extract.entities import find_entities


@pytest.mark.parametrize("text, label, name, successor", [
    ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "PROVINCE", "Phú Thọ", None),
    ("Sở Thông tin và Truyền thông tỉnh Hà Giang", "PROVINCE", "Hà Giang", "Tuyên Quang"),
    ("UBND tỉnh Hoà Bình", "PROVINCE", "Hòa Bình", "Phú Thọ"),
    ("Thành phố Hồ Chí Minh", "PROVINCE", "Hồ Chí Minh", None),
    ("theo hướng dẫn của Bộ TT&TT", "AGENCY", "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
    ("kết nối với Cổng DVC quốc gia", "SYSTEM", "Cổng Dịch vụ công quốc gia", None),
    ("liên thông qua Trục liên thông văn bản quốc gia", "SYSTEM", "Trục liên thông văn bản quốc gia", None),
])
def test_gazetteer_entities(text, label, name, successor):
    found = [(e.label, e.name, e.successor) for e in find_entities(text)]
    assert (label, name, successor) in found


def test_offsets_are_character_offsets():
    text = "Báo cáo gửi Văn phòng Chính phủ và Bộ Nội vụ."
    for e in find_entities(text):
        assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("text", ["42/2022/NĐ-CP", "thực hiện theo QH", "năm 2025 đạt 93,6%"])
def test_no_entity_from_symbols_or_figures(text):
    assert [e for e in find_entities(text) if e.label == "AGENCY"] == []


# --- the word gate before spaCy (speed): a segment goes to the matcher only when it holds every word of a name ---

@pytest.mark.parametrize("text, name", [
    ("Căn cứ Công văn số 215/STC-NS ngày 03/4/2025 của SỞ TÀI CHÍNH TỈNH QUẢNG TRỊ", "Quảng Trị"),
    ("Giao Sở KH&CN chủ trì, phối hợp với các đơn vị", "Sở Khoa học và Công nghệ"),
    ("Hội nghị trực tuyến với điểm cầu TP.HCM và Đà Nẵng", "Hồ Chí Minh"),
    ("các tỉnh Bình Dương, Bà Rịa-Vũng Tàu đã hoàn thành", "Bà Rịa - Vũng Tàu"),
    ("ứng dụng trên Cổng Dịch vụ công quốc gia (Cổng DVCQG)", "Cổng Dịch vụ công quốc gia"),
    ("(kèm theo ý kiến của Bộ Tài chính)", "Bộ Tài chính"),
])
def test_a_name_passes_the_word_gate(text, name):
    from extractor.extract.entities import _may_name
    assert _may_name(text)
    assert name in {e.name for e in find_entities(text)}


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%",
    "bộ phận một cửa của xã tiếp nhận 1.250 hồ sơ",      # 'bộ' alone: no ministry's other words
    "toàn bộ hệ thống được nâng cấp trong quý III",      # 'hệ thống' without a system's name
    "tài chính công khai, minh bạch",                    # a ministry's words without 'bộ'
    "12.450", "",
])
def test_text_without_all_of_a_names_words_skips_the_matcher(text):
    from extractor.extract.entities import _may_name
    assert not _may_name(text)
    assert find_entities(text) == []


def test_the_word_gate_lets_through_every_segment_the_matcher_finds_a_name_in():
    from pathlib import Path
    from extractor.extract.entities import _matcher, _may_name
    from extractor.pipeline import load_document
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    nlp, matcher, _ = _matcher()
    texts = [s.text for p in sorted(corpus.iterdir()) if p.suffix in {".md", ".txt", ".html", ".docx"}
             for s in load_document(p)[1]]
    assert len(texts) > 500
    found = [t for t in texts if matcher(nlp.make_doc(t))]
    assert found and all(_may_name(t) for t in found)
