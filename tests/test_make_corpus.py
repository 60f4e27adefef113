"""scripts/make_corpus.py: the seed layouts parse back into structure, the .docx files carry it, and
the committed PDFs extract back to the seed's words."""
from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
STEMS = ["000_64fc1f9029895d3a", "001_e62452ccb613abbb", "002_271367b9633365e6", "004_6235157468960801"]


@pytest.fixture(scope="module")
def mc():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module            # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(mc, tmp_path_factory):
    """The .docx files built fresh from the committed seed copies (no LibreOffice needed)."""
    out = tmp_path_factory.mktemp("corpus")
    return {p.stem: p for seed in sorted(CORPUS.glob("*.txt")) if (p := mc.build(seed, out))}


def seed_text(stem: str) -> str:
    return (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")


# --- parsing the seed layouts ------------------------------------------------------------------------

def test_002_tab_cells_give_header_and_22_rows(mc):
    lines = seed_text(STEMS[2]).split("\n")
    cells = mc.parse_tab_cells(lines)
    assert len(cells) == 5 * 23
    rows = [cells[i:i + 5] for i in range(0, len(cells), 5)]
    assert rows[0][0] == "TT" and rows[0][4].startswith("Kết quả")
    assert [r[0] for r in rows[1:]] == [str(n) for n in range(1, 21)] + ["", "21"]
    assert rows[7][4] == "100%"                       # '\t' then '100%' on its own line
    assert rows[17][2] == "CQNN cấp huyện 80%" and rows[17][4] == "99,19%"


@pytest.mark.parametrize("line, cont", [
    ("\tmột ô mới", False),
    ("dòng tiếp của ô trước", True),
])
def test_tab_line_starts_a_cell_other_lines_continue_it(mc, line, cont):
    cells = mc.parse_tab_cells(["\tô đầu", line])
    assert len(cells) == (1 if cont else 2)


def test_004_pipe_layout_pieces(mc):
    pieces = mc.split_pipe_layout(seed_text(STEMS[3]).split("\n"))
    cell_runs = [p.cells for p in pieces if p.kind == "cells"]
    firsts = [run[0][0].strip() for run in cell_runs]
    assert firsts == ["ỦY BAN NHÂN DÂN", "Nơi nhận:", "STT", "STT"]
    assert [len(run) for run in cell_runs] == [4, 2, 4 * 12, 4 * 5]
    body = [p for p in pieces if p.kind == "lines"]
    assert any(l.startswith("2. Chỉ tiêu giao tại Nghị") for p in body for l in p.lines)


@pytest.mark.parametrize("lines, paras", [
    (["Phú Thọ, ngày 13", "tháng 02 năm 2025"], ["Phú Thọ, ngày 13 tháng 02 năm 2025"]),
    (["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "-------"], ["ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "-------"]),
    (["Nơi nhận:", "- VPCP;", "- Lưu: VT, NC3."], ["Nơi nhận:", "- VPCP;", "- Lưu: VT, NC3."]),
])
def test_cell_lines_join_wrapped_text_only(mc, lines, paras):
    assert mc.join_cell_lines(lines) == paras


@pytest.mark.parametrize("lines, paras", [
    (["Kế hoạch phát triển kinh tế", "- xã hội và dự toán"], 1),        # a wrapped compound
    (["như sau:", "- Quán triệt, triển khai thực"], 2),                  # a list item
    (["KẾ HOẠCH", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"], 2),                     # title, then subject
    (["I. MỤC ĐÍCH,", "YÊU CẦU"], 1),                                    # a wrapped heading
])
def test_body_lines_to_paragraphs(mc, lines, paras):
    assert len(mc.body_paragraphs(lines)) == paras


# --- the .docx structure ---------------------------------------------------------------------------

def test_002_docx_has_one_ruled_table_with_repeated_header(built):
    d = docx.Document(built[STEMS[2]])
    (table,) = d.tables
    assert len(table.rows) == 23 and len(table.columns) == 5
    assert table.style.name == "Table Grid"
    assert table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None


def test_004_docx_header_block_and_phu_luc_tables(built):
    d = docx.Document(built[STEMS[3]])
    header = d.tables[0]
    assert header.style.name != "Table Grid"          # borderless layout table
    assert [len(header.rows), len(header.columns)] == [2, 2]
    assert header.cell(1, 0).text == "Số: 617/KH-UBND"
    assert header.cell(1, 1).text == "Phú Thọ, ngày 13 tháng 02 năm 2025"
    assert header.cell(0, 1).text.startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    ruled = [t for t in d.tables if t.style.name == "Table Grid"]
    assert [len(t.rows) - 1 for t in ruled] == [11, 4]


def test_000_docx_numbered_lists_restart(built):
    d = docx.Document(built[STEMS[0]])
    numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) == 19 + 14
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(set(ids[:19])) == 1 and len(set(ids[19:])) == 1 and ids[0] != ids[19]
    assert not any(re.match(r"^\d+\.", p.text) for p in numbered)     # Word draws the numbers


# --- the committed PDFs ------------------------------------------------------------------------------

def pdf_text(path: Path) -> str:
    """All text the PDF reader returns, paragraphs and table cells (plain page text would mix
    neighbouring table columns)."""
    from extractor.read.pdf import read
    doc = read(path)
    parts = [b.text for b in doc.blocks if b.kind != "table"]
    parts += [c.text for b in doc.blocks if b.rows for row in b.rows for c in row]
    # a line break after a hyphen ('43/2011/NĐ-' + 'CP') is a layout break, joined here as the
    # normaliser joins it
    return unicodedata.normalize("NFC", re.sub(r"(?<=\w)-\n(?=\w)", "-", "\n".join(parts)))


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_extracts_every_word_of_the_seed(stem):
    pdf = CORPUS / f"{stem}.pdf"
    words = set(pdf_text(pdf).split())
    seed = unicodedata.normalize("NFC", seed_text(stem).replace("[bookmark: _GoBack]", ""))
    missing = [w for w in seed.split() if w not in words and w != "|"]
    assert missing == []


@pytest.mark.parametrize("stem", STEMS)
def test_committed_files_exist(stem):
    for ext in (".txt", ".docx", ".pdf"):
        assert (CORPUS / f"{stem}{ext}").stat().st_size > 1000
