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
