import codecs

import pytest

from conftest import CORPUS
from extractor.pipeline import load_document
from extractor.read.text import decode, parse_text, strip_emphasis

VI = "Tỷ lệ hồ sơ trực tuyến đạt 93,6%; Ủy ban nhân dân tỉnh Phú Thọ"


@pytest.mark.parametrize("data", [
    VI.encode("utf-8"),
    codecs.BOM_UTF8 + VI.encode("utf-8"),
    codecs.BOM_UTF16_LE + VI.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + VI.encode("utf-16-be"),
    VI.encode("utf-16-le"),                     # no BOM
    codecs.BOM_UTF32_LE + VI.encode("utf-32-le"),   # its BOM starts with UTF-16-LE's
    codecs.BOM_UTF32_BE + VI.encode("utf-32-be"),
])
def test_unicode_encodings(data):
    assert decode(data)[0] == VI


def _cp1258(text: str) -> bytes:
    """Windows-1258 has precomposed vowels with hats and horns but tone marks as combining characters."""
    import unicodedata
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            rest = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
            out += rest.encode("cp1258") + "".join(tones).encode("cp1258")
    return out


def test_windows_1258_detected():
    text = "Báo cáo kết quả thực hiện cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh " * 5
    data = _cp1258(text)
    decoded, enc = decode(data)
    import unicodedata
    assert unicodedata.normalize("NFC", decoded) == text
    assert "1258" in enc


def test_markdown_emphasis_is_structure():
    assert strip_emphasis("**KẾ HOẠCH**\n*Đồng Tháp,\nngày 01*") == "KẾ HOẠCH\nĐồng Tháp,\nngày 01"
    assert strip_emphasis("(*) ghi chú") == "(*) ghi chú"


@pytest.mark.parametrize("text, plain", [
    # emphasis that splits a số/ký hiệu or a figure (written in the style of the portal's Markdown copies)
    ("Nghị định số *45*/2020/NĐ-CP", "Nghị định số 45/2020/NĐ-CP"),
    ("Theo Kết luận số 12-*KL/TW* của Ban Bí thư", "Theo Kết luận số 12-KL/TW của Ban Bí thư"),
    ("Nghị quyết số 5*7*-NQ/TW.", "Nghị quyết số 57-NQ/TW."),
    ("Thông báo số **07**-TB/CQTTBCĐ", "Thông báo số 07-TB/CQTTBCĐ"),
    ("22,656 tỷ đồng *[4]*/12,9 tỷ đồng", "22,656 tỷ đồng [4]/12,9 tỷ đồng"),
    # real: tvpl 1610-QD-TTPVHCC (emphasis inside quotes)
    ("một số thủ tục quy định bước “*Cơ quan Thuế xác nhận hoàn thành*”.",
     "một số thủ tục quy định bước “Cơ quan Thuế xác nhận hoàn thành”."),
    # kept: note markers, list bullets, a lone star between spaces
    ("(*) ghi chú", "(*) ghi chú"), ("* Trường hợp tiếp nhận hồ sơ", "* Trường hợp tiếp nhận hồ sơ"), ("a * b", "a * b"),
])
def test_emphasis_inside_numbers_and_quotes(text, plain):
    assert strip_emphasis(text) == plain


def _tables(blocks):
    return [[[c.text for c in row] for row in b.rows] for b in blocks if b.kind == "table"]


def test_markdown_pipe_table():
    tables = _tables(parse_text("Bảng:\n\n| STT | Chỉ tiêu |\n|---|---|\n| 1 | 90% |\n| 2 | 80% |\n\nHết."))
    assert tables == [[["STT", "Chỉ tiêu"], ["1", "90%"], ["2", "80%"]]]


def test_framed_one_cell_per_line_layout():
    text = "|\nỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n|\nCỘNG HÒA XÃ HỘI\n|\n|\nSố: 617/KH-UBND\n|\nĐồng Tháp, ngày 01\n|\n\n\nKẾ HOẠCH\n"
    blocks = parse_text(text)
    assert _tables(blocks) == [[["ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI"], ["Số: 617/KH-UBND", "Đồng Tháp, ngày 01"]]]
    assert blocks[-1].text == "KẾ HOẠCH"


def test_unframed_layout_reads_columns_from_first_row_number():
    text = ("1. Chỉ tiêu giao tại Nghị\nquyết số 01/NQ-CP\nSTT\n|\nChỉ tiêu\n|\nĐơn vị\n|\nChỉ tiêu năm 2025\n|\n"
            "1.\n|\nTỷ lệ A\n|\n%\n|\n80\n|\n2.\n|\nTỷ lệ B\n|\n%\n|\n60\n|\n"
            "2. Chỉ tiêu giao tại Nghị\nquyết số 02/NQ-CP\nSTT\n|\nChỉ tiêu\n|\nĐơn vị\n|\nChỉ tiêu năm 2025\n|\n"
            "1.\n|\nTỷ lệ C\n|\n%\n|\nTối thiểu 50\n|")
    blocks = parse_text(text)
    tables = _tables(blocks)
    assert len(tables) == 2
    assert tables[0][0] == ["STT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu năm 2025"]
    assert tables[0][1:] == [["1.", "Tỷ lệ A", "%", "80"], ["2.", "Tỷ lệ B", "%", "60"]]
    assert tables[1][1] == ["1.", "Tỷ lệ C", "%", "Tối thiểu 50"]
    texts = [b.text for b in blocks if b.kind != "table"]
    assert any("02/NQ-CP" in t for t in texts)


def test_tab_rows_with_continuation_lines_and_blank_line_inside_a_row():
    text = ("\tTT\n\tChỉ tiêu\n\tMục tiêu\n\n\t1 \n\tTỷ lệ A\n\t40%\n\n\t2 \n\tTỷ lệ B\n- dòng hai\n\n\t50%\n\n"
            "\t\n\tTiếp theo\n\t100%\n")
    tables = _tables(parse_text(text))
    assert tables == [[["TT", "Chỉ tiêu", "Mục tiêu"], ["1 ", "Tỷ lệ A", "40%"],
                       ["2 ", "Tỷ lệ B\n- dòng hai", "50%"], ["", "Tiếp theo", "100%"]]]


def _table_shapes(path):
    doc, _ = load_document(path)
    return [(b.n_rows, b.n_cols) for b in doc.blocks if b.cells]


@pytest.mark.parametrize("ext", ["txt", "docx", "pdf"])
def test_seed_002_table_is_one_table_of_22_rows_and_5_columns(ext):
    shapes = [s for s in _table_shapes(CORPUS / f"002_271367b9633365e6.{ext}") if s[1] == 5]
    assert shapes == [(23, 5)]          # a header row and 22 data rows


@pytest.mark.parametrize("ext", ["txt", "docx", "pdf"])
def test_seed_004_annex_ii_is_two_tables(ext):
    doc, _ = load_document(CORPUS / f"004_6235157468960801.{ext}")
    annex = [b for b in doc.blocks if b.cells and "Chỉ tiêu năm 2025" in b.text]
    assert [b.n_rows - 1 for b in annex] == [11, 4]


def test_seed_004_header_date_reads_as_one_line():
    doc, _ = load_document(CORPUS / "004_6235157468960801.txt")
    assert "Phú Thọ, ngày 13 tháng 02 năm 2025" in doc.text


@pytest.mark.parametrize("name", ["tvpl_617-KH-UBND_ChuyenDoiSo_DoanhNghiep_SME.md", "tvpl_144-KH-UBND_BacNinh_KinhTeSo-XaHoiSo_2026-2030.md"])
def test_thuvienphapluat_copies_have_header_table(shared, name):
    doc, _ = load_document(shared("corpus", name))
    first = doc.blocks[0]
    assert first.cells and "Số:" in first.text and "**" not in doc.text


def test_framed_two_row_header_gets_its_merged_cell_back():
    rows = [["STT", "Nội dung", "Đơn vị tính", "Năm hiện hành", "Năm 2026"], ["Kế hoạch", "Ước thực hiện"],
            ["1", "2", "3", "4", "5", "6"], ["1", "Tổng sản phẩm", "Tỷ đồng", "172.033", "172.033", "193.549"]]
    text = "\n".join("|\n" + "\n|\n".join(r) + "\n|" for r in rows)
    from extractor.normalize.document import normalize_document
    from extractor.model import RawDocument
    doc = normalize_document(RawDocument(format="md", blocks=parse_text(text)), "x.md")
    grid = doc.blocks[0].grid()
    assert (doc.blocks[0].n_rows, doc.blocks[0].n_cols) == (4, 6)
    assert grid[0][3].text == "Năm hiện hành" and grid[0][3].colspan == 2
    assert grid[1][3].text == "Kế hoạch" and grid[1][4].text == "Ước thực hiện"
    assert grid[3][4].text == "172.033" and grid[0][5].text == "Năm 2026"


def test_framed_row_that_lost_its_empty_ordinal_cell_is_realigned():
    rows = [["STT", "Nội dung", "Đơn vị", "Năm 2025"], ["1", "Tổng sản phẩm", "Tỷ đồng", "172.033"],
            ["2", "Cơ cấu kinh tế"], ["- Nông, lâm nghiệp", "%", "34,48"]]
    text = "\n".join("|\n" + "\n|\n".join(r) + "\n|" for r in rows)
    table = _tables(parse_text(text))[0]
    assert table[3] == ["", "- Nông, lâm nghiệp", "%", "34,48"]
    assert table[2] == ["2", "Cơ cấu kinh tế", "", ""]


def test_portal_furniture_after_the_document_is_dropped():
    from extractor.read.text import drop_site_chrome
    body = "\n".join(f"Điều {i}. Nội dung điều {i}." for i in range(1, 10))
    chrome = "Văn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\ncó 1 người khác bị Đăng xuất."
    text, warnings = drop_site_chrome(body + "\n" + chrome)
    assert text == body and "site chrome" in warnings[0]
    assert drop_site_chrome(body) == (body, [])


def test_site_chrome_patterns_examples():
    from extractor.patterns import check_examples, load_patterns
    assert check_examples(load_patterns("site_chrome")) == []


def test_framed_rows_with_empty_cells_are_read_at_the_table_width():
    # an empty cell and a row break both flatten to '|' twice: the full row fixes the width
    text = ("|\nSTT\n|\nNội dung\n|\nĐơn vị\n|\nNăm 2025\n|\nNăm 2026\n|\n"
            "|\n1\n|\nTổng sản phẩm\n|\nTỷ đồng\n|\n172.033\n|\n193.549\n|\n"
            "|\n|\n- Thuế NK\n|\n%\n|\n|\n4,31\n|\n"
            "|\n2\n|\nCPI\n|\n%\n|\n5,04\n|\n5,21\n|")
    table = _tables(parse_text(text))[0]
    assert table == [["STT", "Nội dung", "Đơn vị", "Năm 2025", "Năm 2026"],
                     ["1", "Tổng sản phẩm", "Tỷ đồng", "172.033", "193.549"],
                     ["", "- Thuế NK", "%", "", "4,31"],
                     ["2", "CPI", "%", "5,04", "5,21"]]


def test_utf16le_without_bom_whatever_the_first_letter(tmp_path):
    text = "Ủy ban nhân dân tỉnh Phú Thọ\nTỷ lệ hồ sơ trực tuyến đạt 93,6%.\n"
    for enc in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{enc}.txt"
        path.write_bytes(text.encode(enc))
        doc, _ = load_document(path)
        assert doc.text.startswith("Ủy ban nhân dân tỉnh Phú Thọ"), enc
        assert "93,6%" in doc.text


@pytest.mark.parametrize("encoding", ["TCVN3", "VNI"])
def test_legacy_encoded_text_files_are_read(tmp_path, encoding):
    from extractor.read.legacy import encode
    text = ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n"
            "Báo cáo kết quả thực hiện cải cách hành chính năm 2024.\n"
            "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 93,6%, vượt chỉ tiêu được giao.\n")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(encode(text, encoding).encode("latin-1"))
    doc, _ = load_document(path)
    assert "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 93,6%" in doc.text
    assert "cải cách hành chính" in doc.text


def _framed(rows):
    """A '|'-framed table as thuvienphapluat copies flatten it: every cell between '|' lines, an empty
    cell as nothing between two '|'."""
    return "\n".join("|\n" + "\n|\n".join(c for c in r) + "\n|" for r in rows).replace("\n\n", "\n")


def test_framed_body_rows_with_empty_cells_above_the_first_full_row():
    # totals rows ('Tổng I + II' with an empty TT cell and empty quantity cells) come before the first row
    # whose every cell is filled; they are read at the table width, not split at each empty cell
    text = _framed([["TT", "Sản phẩm", "Kế hoạch 2026", "Kế hoạch 2027"],
                    ["Lượng (Tấn)", "Giá trị (Nghìn USD)", "Lượng (Tấn)", "Giá trị (Nghìn USD)"],
                    ["", "Tổng I + II", "", "240.000", "", "270.000"],
                    ["I", "Mặt hàng nông sản", "", "235.000", "", "265.000"],
                    ["1", "Xoài", "13.500", "7.000", "14.800", "7.800"],
                    ["2", "Sữa", "", "14.000", "", "19.000"]])
    from extractor.normalize.document import normalize_document
    from extractor.model import RawDocument
    doc = normalize_document(RawDocument(format="md", blocks=parse_text(text)), "x.md")
    table = doc.blocks[0]
    grid = table.grid()
    assert (table.n_rows, table.n_cols) == (6, 6)
    assert [c.text if c else None for c in grid[2]] == ["", "Tổng I + II", "", "240.000", "", "270.000"]
    assert [c.text if c else None for c in grid[5]] == ["2", "Sữa", "", "14.000", "", "19.000"]
    # each year spans its two sub-columns; TT and Sản phẩm span both header rows
    assert grid[0][2].text == "Kế hoạch 2026" and grid[0][2].colspan == 2 and grid[0][4].text == "Kế hoạch 2027"
    assert grid[0][1].rowspan == 2 and grid[1][2].text == "Lượng (Tấn)" and grid[1][5].text == "Giá trị (Nghìn USD)"


def test_framed_header_rows_above_body_stay_header_rows():
    # a header row that happens to be out of step with the width is not read as a body row
    text = _framed([["STT", "Nội dung", "Năm 2025"], ["Kế hoạch", "Thực hiện"],
                    ["1", "Hồ sơ trực tuyến", "80", "93"], ["2", "Hồ sơ đúng hạn", "98", "99"]])
    table = _tables(parse_text(text))[0]
    assert table[2] == ["1", "Hồ sơ trực tuyến", "80", "93"] and len(table) == 4


# Decomposed accents (Unikey's 'Unicode tổ hợp', files saved on macOS) are the same text: the layout
# rules (wrapped lines, list items, headings) must read them as they read composed letters.
DECOMPOSABLE = [
    # a hard wrap after a lower-case word ending in a figure, the counted noun on the next line
    "Kinh tế tập thể tiếp tục phát triển, đã thành lập mới 50 hợp tác xã. Toàn tỉnh có 617\n"
    "HTX, với 32.495 thành viên, doanh thu bình quân một HTX khoảng 1,4 tỷ đồng/năm.",
    # a heading, then list items whose lines wrap
    "II. MỤC TIÊU CỤ THỂ\n\n- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến\n"
    "đạt ít nhất 80%.\n- Phấn đấu 100% xã, phường được công nhận đạt chuẩn tiếp cận pháp luật.",
    # a paragraph that wraps before a proper noun
    "Thực hiện Nghị quyết số 17/NQ-CP ngày 07 tháng 3 năm 2019 của\nChính phủ về một số nhiệm vụ, giải pháp trọng tâm.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("text", DECOMPOSABLE)
def test_decomposed_accents_read_as_composed(tmp_path, suffix, text):
    import unicodedata

    from extractor.read import read_file
    composed, decomposed = tmp_path / ("nfc" + suffix), tmp_path / ("nfd" + suffix)
    composed.write_text(text, encoding="utf-8")
    decomposed.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert decomposed.read_bytes() != composed.read_bytes()
    a, b = read_file(composed).blocks, read_file(decomposed).blocks
    assert [(x.kind, x.text) for x in b] == [(x.kind, x.text) for x in a]


def test_decomposed_accents_in_html_read_as_composed(tmp_path):
    import unicodedata

    from extractor.read import read_file
    page = ("<html><head><meta charset='utf-8'></head><body><h3>Mục tiêu</h3><p>Tỷ lệ hồ sơ giải quyết "
            "đúng hạn đạt 98,5%.</p><table><tr><td>Số hồ sơ</td><td>1.200</td></tr></table></body></html>")
    composed, decomposed = tmp_path / "nfc.html", tmp_path / "nfd.html"
    composed.write_text(page, encoding="utf-8")
    decomposed.write_text(unicodedata.normalize("NFD", page), encoding="utf-8")
    a, b = read_file(composed).blocks, read_file(decomposed).blocks
    assert [(x.kind, x.text, [c.text for r in x.rows or [] for c in r]) for x in b] == \
           [(x.kind, x.text, [c.text for r in x.rows or [] for c in r]) for x in a]


def test_symbol_font_bullets_give_the_same_targets_as_dashes(tmp_path):
    """A list whose bullets are Symbol-font characters (as copied from a PDF) is read as the
    same list: the same items, the same targets."""
    from extractor.pipeline import extract_file
    body = ("Mục tiêu cụ thể đến năm 2025:\n"
            "{b} Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt ít nhất 80%;\n"
            "{b} Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%;\n"
            "{b} Giảm ít nhất 20% chi phí tuân thủ thủ tục hành chính.\n")
    found = {}
    for name, bullet in (("dash", "-"), ("symbol", "\uf0b7"), ("arrow", "➢")):
        f = tmp_path / f"{name}.txt"
        f.write_text(body.format(b=bullet), encoding="utf-8")
        r = extract_file(f)
        found[name] = sorted((i.target_comparator, i.target_value, i.label) for i in r.indicators)
    assert len(found["dash"]) == 3
    assert found["symbol"] == found["dash"] and found["arrow"] == found["dash"]
