"""Document metadata from headers: plain lines, the txt '|' layout, header tables, portal copies."""
import json
from pathlib import Path

import pytest

from extractor.extract.metadata import expand_defined_acronyms, extract_metadata, find_province, province_type
from extractor.model import Block, Cell, Document
from extractor.patterns import check_examples, load_data, load_patterns

SHARED = Path(__file__).resolve().parents[2] / "shared"


def text_doc(text, site_meta=None):
    blocks, pos = [], 0
    for i, chunk in enumerate(text.split("\n\n")):
        blocks.append(Block(i, "paragraph", chunk, pos, pos + len(chunk)))
        pos += len(chunk) + 2
    return Document(path="t.txt", format="txt", text=text, blocks=blocks, site_meta=site_meta or {})


def table_doc(rows, body):
    cells, lines, pos = [], [], 0
    for r, row in enumerate(rows):
        for c, t in enumerate(row):
            cells.append(Cell(r, c, t, pos, pos + len(t)))
            pos += len(t) + 3
        lines.append(" | ".join(row))
    table_text = "\n".join(lines)
    table = Block(0, "table", table_text, 0, len(table_text), cells=cells)
    start = len(table_text) + 2
    para = Block(1, "paragraph", body, start, start + len(body))
    return Document(path="t.docx", format="docx", text=table_text + "\n\n" + body, blocks=[table, para])


def test_header_patterns_meet_their_examples():
    ps = load_patterns("doc_types")
    assert check_examples(ps) == []


SEED_004_HEAD = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 617/KH-UBND
|
Phú Thọ, ngày 13
tháng 02 năm 2025
|
KẾ HOẠCH
CẢI CÁCH THỦ TỤC HÀNH CHÍNH, HIỆN ĐẠI HÓA PHƯƠNG THỨC CHỈ ĐẠO
ĐIỀU HÀNH TRỌNG TÂM NĂM 2025
Căn cứ Quyết định số 240/QĐ-TTg ngày 04/02/2025 của Thủ tướng Chính phủ.

Nơi nhận:
- VPCP;
- TT.Tỉnh ủy; TT HĐND tỉnh;
- Lưu: VT, NC3.
|
TM. ỦY BAN NHÂN
DÂN
CHỦ TỊCH
Bùi Văn Quang"""


def test_plan_header_in_the_txt_layout():
    m = extract_metadata(text_doc(SEED_004_HEAD))
    assert (m.doc_type, m.number, m.symbol) == ("Kế hoạch", "617", "KH-UBND")
    assert (m.issuer, m.province, m.place, m.issued_date) == (
        "Ủy ban nhân dân tỉnh Phú Thọ", "Phú Thọ", "Phú Thọ", "2025-02-13")
    assert m.title.startswith("CẢI CÁCH THỦ TỤC HÀNH CHÍNH") and m.title.endswith("TRỌNG TÂM NĂM 2025")
    assert m.signer == "Bùi Văn Quang"
    assert m.recipients == "VPCP; TT.Tỉnh ủy; TT HĐND tỉnh; Lưu: VT, NC3"
    assert m.meta_source["issuer"] == "header"


def test_header_as_a_table_with_a_blank_number():
    doc = table_doc([["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: /TB-UBND",
                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày tháng 4 năm 2026"]],
                    "THÔNG BÁO\nKết luận của đồng chí Phó Chủ tịch UBND tỉnh về xúc tiến đầu tư\nNgày 20/4/2026, UBND tỉnh họp.")
    m = extract_metadata(doc)
    assert (m.doc_type, m.number, m.symbol, m.issuer, m.province) == (
        "Thông báo", None, "TB-UBND", "Ủy ban nhân dân tỉnh Lâm Đồng", "Lâm Đồng")
    assert m.issued_date == "2026-04"                  # the blank day stays blank
    assert m.title.startswith("Kết luận của đồng chí")


@pytest.mark.parametrize("body, title", [
    # a Thông báo kết luận's trích yếu in two paragraphs, the second going on in lower case (vbai 04_Du_Thao)
    ("THÔNG BÁO\nKết luận của đồng chí Nguyễn Ngọc Phúc - Phó Chủ tịch UBND tỉnh\ntại buổi làm việc với Sở Khoa học "
     "và Công nghệ về một số nhiệm vụ trọng tâm\nNgày 16/4/2026, đồng chí Nguyễn Ngọc Phúc đã chủ trì buổi làm việc.",
     "Kết luận của đồng chí Nguyễn Ngọc Phúc - Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Khoa học và Công nghệ "
     "về một số nhiệm vụ trọng tâm"),
    # one paragraph: the body that follows starts a new sentence
    ("THÔNG BÁO\nKết luận của đồng chí Phó Chủ tịch UBND tỉnh về xúc tiến đầu tư\nNgày 20/4/2026, UBND tỉnh họp.",
     "Kết luận của đồng chí Phó Chủ tịch UBND tỉnh về xúc tiến đầu tư"),
    # a closed sentence is not continued by a lower-case line
    ("KẾ HOẠCH\nTriển khai chuyển đổi số năm 2025.\ncăn cứ tình hình thực tế, UBND tỉnh ban hành kế hoạch.",
     "Triển khai chuyển đổi số năm 2025."),
    # a title in capitals, then its lower-case tail
    ("KẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\nnăm 2025 trên địa bàn tỉnh\nI. MỤC ĐÍCH",
     "TRIỂN KHAI CHUYỂN ĐỔI SỐ năm 2025 trên địa bàn tỉnh"),
])
def test_title_paragraphs_that_go_on(body, title):
    doc = table_doc([["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: /TB-UBND",
                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày tháng 4 năm 2026"]], body)
    assert extract_metadata(doc).title == title


@pytest.mark.parametrize("head, issuer, province", [
    ("UBND TỈNH BÌNH THUẬN\nVĂN PHÒNG\nSố: /VP-NCKSTTHC", "Văn phòng Ủy ban nhân dân tỉnh Bình Thuận", "Bình Thuận"),
    ("UBND TỈNH BÌNH THUẬN\nSỞ NỘI VỤ\nSố: 3367/TTr-SNV", "Sở Nội vụ", "Bình Thuận"),
    ("VĂN PHÒNG\nCHÍNH PHỦ\nSố: 623/TB-VPCP", "Văn phòng Chính phủ", None),
    ("BỘ THÔNG TIN VÀ\nTRUYỀN THÔNG\nSố: 12/BTTTT-CĐSQG", "Bộ Thông tin và Truyền thông", None),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 2843/QĐ-UBND", "Ủy ban nhân dân thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/BNV-CCHC", "Bộ Nội vụ", None),   # columns mixed
])
def test_issuer_expanded(head, issuer, province):
    m = extract_metadata(text_doc(head + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"))
    assert (m.issuer, m.province) == (issuer, province)


# The Mặt trận's organ abbreviations are expanded in the issuer as UBND is (gold README: issuer expanded);
# technical acronyms inside a name stay as written.
@pytest.mark.parametrize("head, issuer", [
    # luongminh KH hiệp thương (2025-11-25): the committee's standing board, header in capitals
    ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố:    /KH-MTTQ-BTT",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"),
    # the provincial committee the commune cites (Hướng dẫn 13/HD-MTTQ-BTT), written as a header
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG NINH\nSố: 13/HD-MTTQ-BTT", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"),
    ("UBMTTQ VIỆT NAM\nPHƯỜNG HỒNG GAI\nSố: 05/KH-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hồng Gai"),
    # already written out: unchanged
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 12/KH-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"),
    # counterexamples: other acronyms without a vowel are not organ abbreviations
    ("BỘ CÔNG AN\nCỤC CẢNH SÁT PCCC VÀ CNCH\nSố: /PCCC&CNCH-P6", "Cục Cảnh sát PCCC và CNCH"),
])
def test_front_abbreviations_expanded(head, issuer):
    m = extract_metadata(text_doc(head + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"))
    assert m.issuer == issuer


def test_annex_takes_its_parent():
    m = extract_metadata(text_doc(
        "Phụ lục 1\nCHỈ TIÊU NHIỆM VỤ THỰC HIỆN HOÀN THIỆN CHÍNH QUYỀN ĐIỆN TỬ TỈNH AN GIANG\n"
        "(Kèm theo Báo cáo số    /BC-STTTT ngày    tháng 02 năm 2025 của Sở Thông tin và Truyền thông)\n"))
    assert (m.doc_type, m.parent_doc_type, m.parent_number, m.parent_symbol) == ("Phụ lục", "Báo cáo", None, "BC-STTTT")
    assert (m.issuer, m.parent_issuer, m.parent_date, m.issued_date) == (
        "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "2025-02", "2025-02")
    assert m.province == "An Giang" and m.meta_source["issuer"] == "parent"
    assert m.title == "CHỈ TIÊU NHIỆM VỤ THỰC HIỆN HOÀN THIỆN CHÍNH QUYỀN ĐIỆN TỬ TỈNH AN GIANG"


def test_headerless_text_names_the_speaking_body():
    m = extract_metadata(text_doc("Mục tiêu\nĐể đạt các mục tiêu đề ra, Bộ Thông tin và Truyền thông đề nghị các bộ, ngành."))
    assert (m.issuer, m.meta_source["issuer"]) == ("Bộ Thông tin và Truyền thông", "body")


def test_site_meta_fills_gaps_only():
    doc = text_doc("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 51/2025/QĐ-TTg\n"
                   "Hà Nội, ngày 29 tháng 12 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH BỘ TIÊU CHÍ\nCăn cứ",
                   site_meta={"Số ký hiệu": "52/2025/QĐ-TTg", "Người ký": "Trần Hồng Hà", "Ngày ban hành": "30/12/2025"})
    m = extract_metadata(doc)
    assert (m.number, m.issued_date, m.issuer, m.doc_type) == ("51", "2025-12-29", "Thủ tướng Chính phủ", "Quyết định")
    assert (m.signer, m.meta_source["signer"], m.meta_source["number"]) == ("Trần Hồng Hà", "site", "header")


def test_provinces_before_and_after_the_merger():
    data = load_data("provinces.yaml")
    assert len(data["old"]) == 63 and len(data["new"]) == 34
    new = {p["name"] for p in data["new"]}
    assert all(p["merged_into"] in new for p in data["old"])
    assert find_province("UBND TỈNH BÌNH THUẬN") == "Bình Thuận"
    assert find_province("Ủy ban nhân dân Thành phố Hồ Chí Minh") == "Hồ Chí Minh"
    assert find_province("tỉnh Đắk Lắk") == "Đắk Lắk" and find_province("cấp tỉnh, cấp huyện") is None
    assert province_type("Hà Nội") == "thành phố"


# --- gold (../shared), compared like ../shared/eval/score.py ---------------------------------------

def _norm(s):
    import re
    import unicodedata
    return re.sub(r"[^\w]+", " ", unicodedata.normalize("NFC", s or "").lower()).strip()


def _cases():
    out = []
    for gdir, sdir in (("gold/seeds", "seeds"), ("gold/corpus", "corpus")):
        for gf in sorted((SHARED / gdir).glob("*.json")):
            out += [(s, gf) for s in sorted((SHARED / sdir).glob(gf.stem + ".*")) if s.suffix != ".doc"]
    return out


CASES = _cases()


@pytest.mark.skipif(not CASES, reason="../shared gold is absent")
@pytest.mark.parametrize("src, gold_file", CASES, ids=[c[0].name[:40] for c in CASES])
def test_gold_document_fields(src, gold_file):
    from extractor.pipeline import load_document
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["document"]
    m = extract_metadata(load_document(src)[0])
    got = {"doc_type": m.doc_type, "issuer": m.issuer, "province": m.province, "number": m.number, "symbol": m.symbol}
    checks = [_norm(str(got[f] or "")) == _norm(gold[f]) for f in got if gold.get(f)]
    if gold.get("date"):
        checks.append((m.issued_date or "")[:10] == gold["date"])
    assert sum(checks) >= 0.9 * len(checks), (got, m.issued_date, gold)
    if gold.get("title_contains"):
        assert _norm(gold["title_contains"]) in _norm(m.title)


def test_number_and_place_examples_parse_as_expected():
    from extractor.extract.metadata import _number, _place_date
    ps = load_patterns("doc_types")
    for ex in ps.get("meta.number").examples:
        number, symbol, _ = _number(ex.text)
        assert {"number": number, "symbol": symbol} == ex.expect, ex.text
    for ex in ps.get("meta.place_date").examples:
        place, date = _place_date(ex.text)
        assert {"place": place, "date": date} == ex.expect, ex.text


# --- real headers that were read wrong once (strings as the readers give them) -------------------------

REAL_HEADERS = [
    # docx header typed with spaces: both columns on each line (vbai giao_5689)
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\n"
     "Số: /UBND-NC Lâm Đồng, ngày tháng 12 năm 2025\nV/v triển khai thực hiện\nCông văn số 5689/BCA-C04\n"
     "của Bộ Công an\nKính gửi: Công an tỉnh",
     {"doc_type": "Công văn", "number": None, "symbol": "UBND-NC", "issuer": "Ủy ban nhân dân tỉnh Lâm Đồng",
      "province": "Lâm Đồng", "issued_date": "2025-12", "title": "triển khai thực hiện Công văn số 5689/BCA-C04 của Bộ Công an"}),
    # OCR'd pdf: the issuing organ is the provincial police under the ministry (vbai 298_PC04)
    ("BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TỈNH LÂM ĐÒNG Độc lập - Tự do - Hạnh phúc "
     "Số /TTr- CAT-PC04 Lâm Đồng, ngày24 tháng 10 năm 2025\nTỜ TRÌNH\nV/v xin chủ trương triển khai",
     {"doc_type": "Tờ trình", "number": None, "symbol": "TTr-CAT-PC04", "issuer": "Công an tỉnh Lâm Đồng",
      "province": "Lâm Đồng", "issued_date": "2025-10-24"}),
    # pdf text: số and place on one line (BNV công văn, QĐ 932 OCR)
    ("BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: /BNV-CCHC Hà Nội, ngày tháng năm 2025\nV/v lấy ý kiến góp ý dự thảo",
     {"symbol": "BNV-CCHC", "issuer": "Bộ Nội vụ", "province": None, "issued_date": "2025", "place": "Hà Nội"}),
    ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n———— Độc lập - Tự do - Hạnh phúc\n"
     "Số: 332/QĐ-TTg Hà Nội, ngày 15 tháng 5 năm 2025\nQUYÉT ĐỊNH",
     {"number": "332", "symbol": "QĐ-TTg", "issuer": "Thủ tướng Chính phủ", "issued_date": "2025-05-15"}),
    # a central body's conclusions about a province: no province (tvpl 623-TB-VPCP)
    ("VĂN PHÒNG CHÍNH\nPHỦ\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 623/TB-VPCP\n"
     "Hà Nội, ngày 15 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT\nLUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ MAI VĂN CHÍNH TẠI BUỔI LÀM VIỆC "
     "VỚI LÃNH ĐẠO TỈNH\nĐẮK LẮK\nChiều ngày 09 tháng 11 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh Đắk Lắk",
     {"issuer": "Văn phòng Chính phủ", "province": None, "number": "623", "issued_date": "2025-11-15"}),
    # portal copy: metadata box above, organ and motto broken by narrow columns (tvpl 624-TB-VPCP)
    ("Tình trạng:\nĐã biết\nVĂN\nPHÒNG CHÍNH PHỦ\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 624/TB-VPCP\nHà Nội, ngày 16 tháng 11 năm 2025\nTHÔNG BÁO",
     {"issuer": "Văn phòng Chính phủ", "province": None, "number": "624", "symbol": "TB-VPCP"}),
    # the number wrapped to the next line; the body cites a merged province's old UBND (tvpl QD-UBND QuyChe)
    ("Đã biết\nỦY BAN NHÂN\nDÂN\nTỈNH ĐỒNG THÁP\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số:\n138/2025/QĐ-UBND\nĐồng Tháp, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
     "a) Quyết định số 68/2024/QĐ-UBND ngày 31 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Tiền Giang ban hành",
     {"number": "138", "symbol": "QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp", "province": "Đồng Tháp"}),
    # a commune's Mặt trận committee, header in capitals (luongminh)
    ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 16/KH-MTTQ-BTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc Lương Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\n"
     "Căn cứ Hướng dẫn số 13/HD-MTTQ-BTT ngày 17/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh;",
     {"issuer": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "province": "Quảng Ninh", "number": "16",
      "issued_date": "2025-11-18"}),
    ("BỘ CÔNG AN\nCỤC CẢNH SÁT PCCC VÀ CNCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: /PCCC&CNCH-P6 Hà Nội, ngày tháng năm 2026\nV/v đề nghị góp ý dự thảo TCVN",
     {"issuer": "Cục Cảnh sát PCCC và CNCH", "province": None, "symbol": "PCCC&CNCH-P6", "issued_date": "2026"}),
    # a working group under a steering committee; the province is the place's (vbai QD_SNV TGV)
    ("BAN CHỈ ĐẠO\nVỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06\nTỔ GIÚP VIỆC VỀ\nCẢI CÁCH HÀNH CHÍNH\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: /QĐ-TGV\nDỰ THẢO\n"
     "Lâm Đồng, ngày tháng 8 năm 2025\nQUYẾT ĐỊNH",
     {"issuer": "Tổ giúp việc về cải cách hành chính", "province": "Lâm Đồng", "symbol": "QĐ-TGV", "issued_date": "2025-08"}),
    # portal copy of a Quốc hội resolution: no organ block, no số, dated by its closing line (tvpl NQ-QH)
    ("NGHỊ QUYẾT\nVề bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng đạt 8% trở lên\n"
     "QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
     "Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp bất thường lần thứ 9, "
     "thông qua ngày 19 tháng 02 năm 2025.",
     {"doc_type": "Nghị quyết", "number": None, "issuer": "Quốc hội", "province": None, "issued_date": "2025-02-19"}),
    # Công báo copy of a Luật (ragdvc Luat-20-2023-QH15)
    ("4 CÔNG BÁO/Số 867 + 868/Ngày 30-7-2023\nQUỐC HỘI\nLuật số: 20/2023/QH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nLUẬT\nGIAO DỊCH ĐIỆN TỬ\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
     "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 5 thông qua ngày 22 tháng 6 năm 2023.",
     {"doc_type": "Luật", "number": "20", "symbol": "QH15", "issuer": "Quốc hội", "province": None, "issued_date": "2023-06-22"}),
]


@pytest.mark.parametrize("head, want", REAL_HEADERS, ids=[w[1].get("issuer", "")[:30] + str(i) for i, w in enumerate(REAL_HEADERS)])
def test_real_headers(head, want):
    m = extract_metadata(text_doc(head))
    assert {f: getattr(m, f) for f in want} == want


@pytest.mark.parametrize("text, pieces", [(ex.text, ex.expect) for ex in load_patterns("doc_types").get("meta.column_break").examples])
def test_mixed_columns_are_cut_apart(text, pieces):
    from extractor.extract.metadata import split_columns
    assert split_columns(text) == pieces


def test_passed_date_examples():
    from extractor.extract.metadata import _passed_date
    for ex in load_patterns("doc_types").get("meta.passed_date").examples:
        assert _passed_date(ex.text) == ex.expect, ex.text


@pytest.mark.parametrize("organ, central", [
    ("Bộ Nội vụ", True), ("Văn phòng Chính phủ", True), ("Hội đồng bầu cử quốc gia", True), ("QUỐC HỘI", True),
    ("Sở Nội vụ", False), ("Ủy ban nhân dân tỉnh Lâm Đồng", False), ("BỘ CHỈ HUY QUÂN SỰ TỈNH", False),
])
def test_central_bodies(organ, central):
    from extractor.extract.metadata import is_central
    assert is_central(organ) is central


# --- the whole corpus against a hand-made table (tests/data/corpus_metadata.json) -------------------------

def _corpus_table():
    import os
    data = json.loads((Path(__file__).parent / "data" / "corpus_metadata.json").read_text(encoding="utf-8"))
    slow_ok = os.environ.get("CHITIEU_SLOW_TESTS") == "1"
    skip = set(data["slow"])
    names = [n for n in data["documents"]
             if slow_ok or (n not in skip and not n.endswith(".doc"))]
    return data, names


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is absent")
def test_corpus_metadata_table():
    from extractor.pipeline import load_document
    data, names = _corpus_table()
    known = {(k["file"], k["field"]) for k in data["known_misses"]}
    wrong = []
    for name in names:
        m = extract_metadata(load_document(SHARED / "corpus" / name)[0])
        for field, want in data["documents"][name].items():
            got = getattr(m, field)
            if _norm(got) != _norm(want) and (name, field) not in known:
                wrong.append((name, field, got, want))
    assert wrong == []


# The issuer's acronyms are spelled out where the document itself defines them in brackets after the
# same leading words (the real header 'CỤC CẢNH SÁT PCCC VÀ CNCH' of a Bộ Công an letter); otherwise kept.
@pytest.mark.parametrize("issuer, body, expected", [
    ("Cục Cảnh sát PCCC và CNCH",
     "Thực hiện Kế hoạch, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu\nhộ (PCCC và CNCH) - Bộ Công an",
     "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ (KH&CN) tỉnh Phú Thọ đề nghị", "Sở Khoa học và Công nghệ"),
    ("Trung tâm CNTT", "Trung tâm Công nghệ thông tin (CNTT) thuộc Sở", "Trung tâm Công nghệ thông tin"),
    ("Cục Cảnh sát PCCC và CNCH", "Cục Cảnh sát PCCC và CNCH trân trọng đề nghị", "Cục Cảnh sát PCCC và CNCH"),
    ("Cục Cảnh sát PCCC và CNCH", "công tác phòng cháy, chữa cháy (PCCC) của địa phương", "Cục Cảnh sát PCCC và CNCH"),
    ("Ủy ban nhân dân tỉnh Phú Thọ", "Ủy ban nhân dân tỉnh Phú Thọ (UBND tỉnh)", "Ủy ban nhân dân tỉnh Phú Thọ"),
    ("Bộ Công an", "Bộ Công an (BCA)", "Bộ Công an"),
])
def test_issuer_acronyms_defined_in_the_text_are_spelled_out(issuer, body, expected):
    assert expand_defined_acronyms(issuer, body) == expected
