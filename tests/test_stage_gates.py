"""Cheap tests in front of the dearer steps of metadata, entities, legal references and segmenting (issue 14):
each skips work only where that work cannot find anything, so every result is what the full step gives."""
from __future__ import annotations

import unicodedata

import pytest

from extractor.extract import metadata
from extractor.normalize.document import fold_tone
from extractor.patterns import load_patterns


def _column_cuts(line: str) -> list[tuple[int, int]]:
    rx = load_patterns("doc_types").get("meta.column_break").regex
    return [m.span() for m in rx.finditer(fold_tone(unicodedata.normalize("NFC", line)))]


@pytest.mark.parametrize("line, cleaned", [
    ("  Kính gửi:\u00a0\u00a0Sở Tài chính ", "Kính gửi: Sở Tài chính"),
    ("UBND\u3000TỈNH\u2003HÀ TĨNH", "UBND TỈNH HÀ TĨNH"),
    ("|\t**Số: 41/BC-UBND**\t|", "Số: 41/BC-UBND"),
    ("\x0bTrích yếu\x0c", "Trích yếu"),
    # counterexamples: the separators \x1c–\x1f are no white space to the regex, so they stay where str.split cuts
    ("Mục\x1c1", "Mục\x1c1"),
    ("Tổ \x1f  công tác", "Tổ \x1f công tác"),
])
def test_header_line_spaces_squeezed_as_the_regex_did(line, cleaned):
    assert metadata._clean(line) == cleaned


@pytest.mark.parametrize("line, may_cut", [
    ("SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc", True),
    ("Số: 208/KH-SYT Quảng Trị, ngày 09 tháng 4 năm 2026", True),
    ("Số: /UBND-VX Đông Hà, NGÀY 3 tháng 5 năm 2026", True),
    ("08/KH-BCĐ Hà Tĩnh ,ngày 9 tháng 4 năm 2026", True),
    # counterexamples: a '/' with neither 'Số' nor ', ngày' (a sentence citing a decree, a date, a ratio)
    ("theo quy định tại Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ", False),
    ("đạt 17/19 tiêu chí; hoàn thành trước ngày 30/6/2026", False),
    ("ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", False),
])
def test_column_break_pre_test_holds_wherever_the_regex_cuts(line, may_cut):
    assert metadata._may_join_columns(line) == may_cut
    assert bool(_column_cuts(line)) == may_cut          # the chosen lines: cut exactly where the pre-test passes


def test_column_break_pre_test_holds_in_the_patterns_examples():
    p = load_patterns("doc_types").get("meta.column_break")
    for ex in p.examples:
        assert metadata._may_join_columns(ex.text), ex.text


@pytest.mark.parametrize("lines, at", [
    (["UBND TỈNH NINH THUẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], 1),
    (["CỘNG HOÀ XÃ", "HỘI CHỦ NGHĨA VIỆT NAM"], 0),                          # new-style tone mark, column broken
    ([unicodedata.normalize("NFD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], 0),  # decomposed text
    # counterexamples: no 'CỘNG', or the motto in the body's sentence case
    (["SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"], None),
    (["Cộng hòa xã hội chủ nghĩa Việt Nam"], None),
])
def test_motto_found_only_where_written(lines, at):
    found = [i for i in range(len(lines)) if metadata._is_anchor(lines, i)]
    assert found == ([] if at is None else [at])


# --- entities: a text a document repeats is matched once; each mention keeps its own offsets and provenance ---

def _doc_of_cells(cells: list[str]):
    from extractor.model import Block, Cell, Document, Segment
    text = " | ".join(cells)
    cell_objs, pos = [], 0
    for i, c in enumerate(cells):
        cell_objs.append(Cell(i, 0, c, pos, pos + len(c)))
        pos += len(c) + 3
    block = Block(0, "table", text, 0, len(text), cells=cell_objs)
    doc = Document(path="t.docx", format="docx", text=text, blocks=[block])
    return doc, [Segment(c.text, c.start, c.end, block, c) for c in cell_objs]


@pytest.mark.parametrize("cells, reads, names", [
    (["Sở Y tế tỉnh Gia Lai", "Sở Y tế tỉnh Gia Lai", "Sở Y tế tỉnh Gia Lai"], 1, ["Gia Lai"] * 3),
    (["UBND tỉnh Cà Mau", "100%", "UBND tỉnh Cà Mau", "100%"], 2, ["Cà Mau"] * 2),
    # counterexamples: texts that differ are each read
    (["tỉnh Gia Lai", "tỉnh Cà Mau", "Tỉnh Gia Lai"], 3, ["Gia Lai", "Cà Mau", "Gia Lai"]),
])
def test_a_repeated_text_is_matched_once_per_document(monkeypatch, cells, reads, names):
    from extractor.extract import entities
    doc, segments = _doc_of_cells(cells)
    calls = []
    real = entities.find_entities
    monkeypatch.setattr(entities, "find_entities", lambda t: calls.append(t) or real(t))
    found = entities.extract_entities(doc, segments)
    assert len(calls) == reads
    assert [e.name for e in found] == names
    assert all(doc.text[e.start:e.end] == e.text == e.prov.text for e in found)     # each at its own place
    assert len({id(e) for e in found}) == len(found)                                 # no object shared


@pytest.mark.parametrize("text, spans", [
    ("Báo cáo gửi Văn phòng Chính phủ và Bộ Nội vụ.", ["Văn phòng Chính phủ", "Bộ Nội vụ"]),
    ("(UBND TỈNH ĐẮK LẮK)", ["ĐẮK LẮK"]),
    ("Sở Tài chính, Sở Nội vụ; tỉnh Bắc Kạn.", ["Sở Tài chính", "Sở Nội vụ", "Bắc Kạn"]),
    # counterexamples: no name, nothing found
    ("Tỷ lệ hồ sơ đạt 98,1%.", []),
])
def test_entity_offsets_from_the_tokens(text, spans):
    from extractor.extract.entities import find_entities
    found = find_entities(text)
    assert [e.text for e in found] == spans
    assert all(text[e.start:e.end] == e.text for e in found)


# --- segmenting: a run the tokenizer cannot cut is not given to it ---

@pytest.mark.parametrize("line, one", [
    ("Tổng số hồ sơ tiếp nhận trong kỳ là 1.254.300 hồ sơ, tăng 12.5 phần trăm so với cùng kỳ", True),
    ("Đề nghị các sở, ban, ngành tổ chức triển khai thực hiện nghiêm túc nội dung Kế hoạch này.  ", True),
    ("Các đơn vị đã hoàn thành việc rà soát, đánh giá và công bố thủ tục hành chính đúng hạn?!", True),
    ("Giao Sở Nội vụ chủ trì tổng hợp, báo cáo kết quả thực hiện cho Ủy ban nhân dân tỉnh...", True),
    # counterexamples: a mark with text after it, a mark after a space at the end, a dot beside one digit
    ("Tỷ lệ đạt 96%. Chỉ tiêu này hoàn thành vượt mức so với kế hoạch được giao đầu năm", False),
    ("Các đơn vị đã hoàn thành việc rà soát, đánh giá và công bố thủ tục hành chính đúng hạn. .", False),
    ("Năm 2025 có 12. đơn vị đạt chuẩn về chuyển đổi số trong cơ quan nhà nước của tỉnh", False),
    ("Thực hiện theo TP.HCM và các địa phương khác trong vùng kinh tế trọng điểm phía Nam", False),
])
def test_one_sentence_runs(line, one):
    from extractor.segment import sentences
    assert sentences._one_sentence(line) == one
    if one:
        assert sentences._tokenizer()(line) == [line.strip()]


def test_one_sentence_gate_agrees_with_the_tokenizer():
    import random
    from extractor.segment import sentences
    pieces = list("aĐỷ T") + [".", "?", "!", " ", "\t", "\u00a0", "1", "9", "...", "…", "tp", "x.", "5.5", "A."]
    rng = random.Random(14)
    checked = 0
    for _ in range(20000):
        line = "Kết quả thực hiện chỉ tiêu năm 2025 của các cơ quan, đơn vị " + "".join(
            rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        if sentences._one_sentence(line):
            checked += 1
            assert sentences._tokenizer()(line) == [line.strip()], repr(line)
    assert checked > 1000


# --- legal references: the kinded and bare patterns' pre-test asks for the symbol's capital after a slash ---

@pytest.mark.parametrize("pid, text, matches", [
    ("ref.kinded", "Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022", True),
    ("ref.kinded", "theo Nghị quyết số 36a/NQ-CP của Chính phủ", True),
    ("ref.kinded", "Văn bản số 5990 /\n VPCP-KSTT", True),
    ("ref.bare", "thực hiện thủ tục trên môi trường điện tử (45/2020/NĐ-CP)", True),
    ("ref.bare", "Luật số 20/2023/QH15", True),
    # counterexamples: dates, ratios and a lower-case code, which the old pre-test let through
    ("ref.kinded", "Kế hoạch năm 2026 ban hành ngày 12/3/2026", False),
    ("ref.bare", "đạt 17/19 tiêu chí, 24/7 trực tuyến", False),
    ("ref.bare", "tỷ lệ 1.144/1.144 dịch vụ công, mẫu 02/tt", False),
])
def test_symbol_pre_test_holds_in_every_match(pid, text, matches):
    from extractor.extract.legal_refs import _patterns
    (_, p), = _patterns((pid,))
    assert bool(p.regex.search(text)) == matches
    assert p.may_match(text) == matches


@pytest.mark.parametrize("text, refs", [
    ("Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ", ["42/2022/NĐ-CP"]),
    ("Kết luận số 14-KL/TW của Ban Bí thư", ["14-KL/TW"]),
    # counterexamples: no slash, so none of the patterns that read a số/ký hiệu can match
    ("giai đoạn 2021-2025 đạt 18 chỉ tiêu", []),
    ("Nghị định số 107 ngày 06.12.2021", []),
])
def test_no_slash_no_symbol_reference(text, refs):
    from extractor.extract.legal_refs import _raw_matches
    assert [r.number + "/" + (f"{r.year}/" if r.year else "") + r.symbol if r.rule != "ref.party" else f"{r.number}-{r.symbol}"
            for r in _raw_matches(text)] == refs


def test_alias_heads_hold_no_other_head_and_start_every_alias():
    from extractor.extract.legal_refs import _alias_heads, known_documents
    heads = _alias_heads()
    assert not [(a, b) for a in heads for b in heads if a != b and a in b]       # 'NQ57' goes: 'NQ' is enough
    for d in known_documents():
        for alias in d.get("aliases") or []:
            assert any(h in alias.split()[0] for h in heads), alias


@pytest.mark.parametrize("text, read", [
    ("Quyết định số 411/ỌĐ-TTg ngày 24/3/2022", "Quyết định số 411/QĐ-TTg ngày 24/3/2022"),
    ("theo 28/2018/ÓĐ-TTg", "theo 28/2018/QĐ-TTg"),
    # counterexamples: no slash before it, or no Đ after it: the text as written
    ("ỌĐ-TTg số 411", "ỌĐ-TTg số 411"),
    ("Đề án 411/Ọ-TTg", "Đề án 411/Ọ-TTg"),
])
def test_lookalike_q_read_only_after_a_slash(text, read):
    from extractor.extract.legal_refs import _read_lookalikes
    assert _read_lookalikes(text) == read


@pytest.mark.parametrize("text", [
    "Báo cáo tháng 3",                                                        # too short for the tokenizer
    "Các đơn vị đã hoàn thành việc rà soát thủ tục hành chính trong quý một năm nay.",   # one sentence: the gate's
])
def test_the_first_document_loads_the_tokenizer_even_when_no_run_needs_it(text):
    """A batch warms up before it forks its workers; a tokenizer loaded only by the first run that needs it
    would be loaded again in each worker (0.17 CPU s each)."""
    from extractor.model import Block, Document
    from extractor.segment import sentences
    doc = Document(path="t.txt", format="txt", text=text, blocks=[Block(0, "paragraph", text, 0, len(text))])
    sentences._tokenizer.cache_clear()
    assert [s.text for s in sentences.segment_document(doc)] == [text]
    assert sentences._tokenizer.cache_info().currsize == 1
