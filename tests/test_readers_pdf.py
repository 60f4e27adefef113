"""PDF reader: tables back from the generated seed PDFs, the real corpus never crashes, scanned
pages come back through OCR, encrypted and broken files raise ReadError subclasses."""
from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from extractor.errors import EncryptedDocument, ReadError
from extractor.read import read_file
from extractor.read.ocr import needs_ocr, split_paragraphs, text_quality
from extractor.read.pdf import read

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"
SEED_002 = CORPUS / "002_271367b9633365e6.pdf"
SEED_004 = CORPUS / "004_6235157468960801.pdf"
SCANNED = ["ragdvc_SRC-A_01_scanned_legal_doc.pdf", "vbai_QD932.pdf", "vbai_298_PC04.pdf"]
needs_tesseract = pytest.mark.skipif(not (shutil.which("tesseract") and shutil.which("pdftoppm")),
                                     reason="tesseract / pdftoppm not installed")


def tables(doc):
    return [b for b in doc.blocks if b.kind == "table"]


def cell_text(cell) -> str:
    return " ".join(unicodedata.normalize("NFC", cell.text).split())


# --- the generated seed PDFs ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def doc_002():
    return read(SEED_002)


@pytest.fixture(scope="module")
def doc_004():
    return read(SEED_004)


def test_002_table_spanning_pages_is_joined_into_one(doc_002):
    (table,) = tables(doc_002)
    assert len(table.rows) == 1 + 22
    assert all(sum(c.colspan for c in row) == 5 for row in table.rows)
    assert [c.is_header for c in table.rows[0]] == [True] * 5
    assert not any(c.is_header for row in table.rows[1:] for c in row)
    pages = {c.page for row in table.rows for c in row}
    assert len(pages) > 1 and min(pages) == 1          # each cell keeps its own page


def test_002_rows_in_order_with_the_unnumbered_row_after_20(doc_002):
    (table,) = tables(doc_002)
    numbers = [cell_text(row[0]) for row in table.rows[1:]]
    assert numbers == [str(n) for n in range(1, 21)] + ["", "21"]
    assert cell_text(table.rows[1][2]) == "40%"
    assert cell_text(table.rows[21][1]).startswith("Triển khai nhân rộng")


def test_002_a_row_broken_across_pages_is_one_row(doc_002):
    (table,) = tables(doc_002)
    row_20 = table.rows[20]
    assert cell_text(row_20[0]) == "20"
    text = cell_text(row_20[3])
    assert text.startswith("- Hệ thống phần mềm quản lý văn bản")          # on one page
    assert text.endswith("mục tiêu của cuộc họp nhanh chóng.")             # on the next
    assert len({c.page for c in row_20}) == 1


def test_002_table_text_is_not_repeated_as_paragraphs(doc_002):
    prose = " ".join(b.text for b in doc_002.blocks if b.kind != "table")
    assert "Số lượng người" not in prose
    assert "1.144/1.144" not in prose


def test_004_phu_luc_ii_tables(doc_004):
    data = [t for t in tables(doc_004) if cell_text(t.rows[0][0]) == "STT"]
    assert [len(t.rows) - 1 for t in data] == [11, 4]
    for t in data:
        assert [cell_text(c) for c in t.rows[0]] == ["STT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu năm 2025"]
    assert cell_text(data[1].rows[2][3]) == "Tối thiểu 50"


def test_004_header_block_read_column_by_column(doc_004):
    first = [" ".join(b.text.split()) for b in doc_004.blocks[:10]]
    assert "Số: 617/KH-UBND" in first
    assert "Phú Thọ, ngày 13 tháng 02 năm 2025" in first
    assert first.index("Số: 617/KH-UBND") < first.index("Phú Thọ, ngày 13 tháng 02 năm 2025")


def test_pages_are_one_based_on_every_block(doc_004):
    assert all(b.page and 1 <= b.page <= doc_004.pages for b in doc_004.blocks)
    assert doc_004.blocks[0].page == 1


@pytest.mark.parametrize("text, kind", [
    ("- Quán triệt, triển khai thực hiện", "list_item"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "heading"),
    ("1. Mục đích", "list_item"),
    ("a) Kiểm soát quy định thủ tục hành chính", "list_item"),
])
def test_004_paragraph_kinds(doc_004, text, kind):
    block = next(b for b in doc_004.blocks if " ".join(b.text.split()).startswith(text))
    assert block.kind == kind


def test_paragraph_cut_by_a_page_break_is_joined(doc_004):
    starts = [b.text[:1] for b in doc_004.blocks if b.kind == "paragraph"]
    assert not any(s.islower() for s in starts)


# --- every real PDF ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shared_reads():
    """Each corpus PDF read once (OCR capped at one page per file to keep this under a minute)."""
    if not SHARED.is_dir():
        pytest.skip("../shared/corpus not present")
    mp = pytest.MonkeyPatch()
    mp.setenv("CHITIEU_OCR_MAX_PAGES", "1")
    out = {}
    for path in sorted(SHARED.glob("*.pdf")):
        try:
            out[path.name] = read_file(path)
        except ReadError as exc:
            out[path.name] = exc
    mp.undo()
    return out


@pytest.mark.slow
@needs_tesseract
def test_every_corpus_pdf_reads_or_raises_read_error(shared_reads):
    # any other exception would have escaped the fixture and errored this test
    for name, result in shared_reads.items():
        assert isinstance(result, ReadError) or result.blocks, name


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("name", SCANNED)
def test_scanned_and_garbled_pdfs_come_back_through_ocr(shared_reads, name):
    doc = shared_reads.get(name)
    if doc is None:
        pytest.skip(f"{name} not in ../shared/corpus")
    assert doc.ocr
    ocr_text = unicodedata.normalize("NFC", " ".join(b.text for b in doc.blocks if b.ocr)).lower()
    hits = [w for w in ("cộng hòa", "việt nam", "quyết định", "chính phủ", "độc lập", "hạnh phúc")
            if w in ocr_text]
    assert len(hits) >= 2, ocr_text[:300]
    assert any("OCR limited" in w for w in doc.warnings) or doc.pages <= 1


@pytest.mark.slow
def test_cong_bao_running_header_is_marked(shared_reads):
    doc = shared_reads.get("ragdvc_Luat-20-2023-QH15_GiaoDichDienTu_CongBao.pdf")
    if doc is None:
        pytest.skip("Công báo PDF not in ../shared/corpus")
    headers = [b for b in doc.blocks if b.source == "header"]
    assert len(headers) >= 20 and all("CÔNG BÁO" in b.text for b in headers)
    body = [" ".join(b.text.split()) for b in doc.blocks if b.source == "body"]
    assert not any(t.startswith("CÔNG BÁO/Số") for t in body)
    assert not any(t.isdigit() for t in body)          # page numbers dropped


# --- broken and protected files -------------------------------------------------------------------

def test_encrypted_pdf_raises_encrypted_document(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="secret")
    pdf.set_encryption(owner_password="owner", user_password="user")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(EncryptedDocument, match="password"):
        read(path)


@pytest.mark.parametrize("keep", [0.02, 0.5])
def test_truncated_pdf_raises_read_error(tmp_path, keep):
    data = SEED_004.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    try:
        doc = read_file(path)
    except ReadError:
        return
    assert doc.blocks        # pdfminer may recover part of it; then it must still be a document


def test_not_a_pdf_raises_read_error(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf at all")
    with pytest.raises(ReadError):
        read(path)


# --- when to OCR ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc "
    "cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
    "UBND tỉnh xây dựng Kế hoạch cải cách thủ tục hành chính, hiện đại hóa phương thức chỉ đạo "
    "điều hành trọng tâm năm 2025 với những nội dung như sau: CARTRIDGES FOR WEAPONS",
])
def test_good_text_layer_is_kept(text):
    assert text_quality(text) > 0.9
    assert needs_ocr(text, has_images=True) is None


@pytest.mark.parametrize("text", [
    # vbai_298_PC04.pdf: a scan whose text layer uses a broken font mapping
    "BØC ÔNG AN CØNG HOÀ XÃ HØI CHæN GH(A VIÆT NAM CÔNG AN TÈNH LÂM Ò(cid:16) NG Ù(cid:16) c l p - "
    "Tå do -H¡nh phúc SÑg8 /TTr- CAT-PC04 Lâm ô(cid:16) ng, ngày24 tháng 10 nm(cid:3) 2025 "
    "V/vx in chçt r°¡ng tri¿n khai thñce hiÇn công tác cai nghiÇn ma túy tñ nguyÇn t¡i gia ì(cid:17)nh",
    "(cid:3)(cid:4)(cid:5) (cid:6)(cid:7) (cid:8)(cid:9)(cid:10) (cid:11)(cid:12)",
])
def test_garbled_text_layer_is_ocrd(text):
    assert needs_ocr(text, has_images=True, min_words=5).startswith("garbled")


def test_page_without_text_is_ocrd_only_when_it_has_an_image():
    assert needs_ocr("", has_images=True) == "no text layer"
    assert needs_ocr("", has_images=False) is None


def test_tesseract_paragraphs_are_split_on_blank_lines():
    assert split_paragraphs("CỘNG HÒA\nĐộc lập\n\n\nSố: 332/QĐ-TTg\x0c") == ["CỘNG HÒA\nĐộc lập", "Số: 332/QĐ-TTg"]


def test_cong_bao_words_are_not_split_at_marked_vowels(shared):
    """Marked vowels from another font once split words ('Lu ậ t s ố'): words come whole."""
    from extractor.pipeline import load_document
    doc, _ = load_document(shared("corpus", "ragdvc_Luat-20-2023-QH15_GiaoDichDienTu_CongBao.pdf"))
    assert "Luật số: 20/2023/QH15" in doc.text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.text
    assert " ậ " not in doc.text


def test_a_font_tie_is_broken_the_same_way_in_every_process():
    """Regression: the font of a word or line was max() over a set, which picks among tied fonts by
    the set's order, which changes with each process's hash seed: a Dask worker (a process of its own)
    and a local worker read the same Công báo PDF into 426 and 421 blocks."""
    import hashlib
    import os
    import subprocess
    import sys

    pdf = SHARED / "ragdvc_Luat-20-2023-QH15_GiaoDichDienTu_CongBao.pdf"
    if not pdf.exists():
        pytest.skip("needs ../shared/corpus")
    script = ("import sys, hashlib\nfrom extractor.read.pdf import read\n"
              "from pathlib import Path\ndoc = read(Path(sys.argv[1]))\n"
              "print(hashlib.sha1(repr([(b.kind, b.text) for b in doc.blocks]).encode()).hexdigest())\n")
    seen = {subprocess.run([sys.executable, "-c", script, str(pdf)], capture_output=True, text=True, timeout=300,
                           env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}).stdout
            for seed in ("0", "1")}
    assert len(seen) == 1 and "" not in seen


# --- signature stamps: the số and ngày an e-signature writes into the header's blanks -----------------

def _signed_pdf(path: Path, stamp: str, stamp_rect: tuple, seal_text: str = "Ky boi: Van phong") -> Path:
    """A one-page PDF whose header 'So:          /UBND-VP' has a blank that a signature widget fills
    (`stamp` drawn in `stamp_rect`), and a large signature box (the signer's seal) with `seal_text`."""
    def form(w, h, text, size):
        body = f"BT /F1 {size} Tf 2 5 Td ({text}) Tj ET".encode()
        return (f"<< /Type /XObject /Subtype /Form /BBox [0 0 {w} {h}] /Resources << /Font << /F1 7 0 R >> >> "
                f"/Length {len(body)} >>\nstream\n").encode() + body + b"\nendstream"
    x0, y0, x1, y1 = stamp_rect
    content = b"BT /F1 12 Tf 50 780 Td (So:          /UBND-VP) Tj ET BT /F1 12 Tf 50 700 Td (Noi dung) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 6 0 R] /SigFlags 3 >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 7 0 R >> >> /Annots [5 0 R 6 0 R] >>",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        f"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature2) /Rect [{x0} {y0} {x1} {y1}] /F 4 /P 3 0 R "
        f"/AP << /N 8 0 R >> >>".encode(),
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [300 100 500 200] /F 4 /P 3 0 R "
        b"/AP << /N 9 0 R >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        form(x1 - x0, y1 - y0, stamp, 12),
        form(200, 100, seal_text, 10),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def _text(doc) -> str:
    return "\n".join(" ".join(b.text.split()) for b in doc.blocks)


@pytest.mark.parametrize("stamp, rect, want", [
    ("8151", (72, 775, 110, 795), r"So: 8151 ?/UBND-VP"),     # the số in the blank before the symbol
    ("18", (75, 776, 95, 794), r"So: 18 ?/UBND-VP"),          # a day, narrower
])
def test_signature_stamp_fills_the_blank(tmp_path, stamp, rect, want):
    doc = read(_signed_pdf(tmp_path / "signed.pdf", stamp, rect))
    assert re.search(want, _text(doc)), _text(doc)


def test_signers_seal_box_is_not_read_as_text(tmp_path):
    # counterexample: the large box ('Ký bởi … Thời gian ký …') is the signer's seal, not a stamp
    doc = read(_signed_pdf(tmp_path / "signed.pdf", "8151", (72, 775, 110, 795)))
    assert "Ky boi" not in _text(doc) and "Noi dung" in _text(doc)


def test_unsigned_blank_stays_blank(tmp_path):
    # counterexample: a stamp wider than a số/ngày blank (80 pt) is not taken for one
    doc = read(_signed_pdf(tmp_path / "signed.pdf", "8151", (72, 775, 200, 795)))
    assert "8151" not in _text(doc)


@pytest.mark.parametrize("name, present, absent", [
    # Bộ Nội vụ's e-signed letter 8151/BNV-CCHC: number and date stamped by the signature
    ("vbai_17.9.2025.Vv_lay_y_kien_du_thao_BC_so_ket_2021-2025.pdf",
     ["Số: 8151 /BNV-CCHC", "Hà Nội, ngày 18 tháng 9 năm 2025"], ["1 8 tháng"]),
    # a Công báo copy signed by the portal: its 'Người ký … Thời gian ký' box stays out
    ("ragdvc_Luat-20-2023-QH15_GiaoDichDienTu_CongBao.pdf", ["Luật số: 20/2023/QH15"],
     ["thongtinchinhphu@chinhphu.vn", "Thời gian ký"]),
])
def test_corpus_signature_stamps(name, present, absent):
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"{name} not in ../shared/corpus")
    text = unicodedata.normalize("NFC", _text(read(path)))
    assert all(p in text for p in present), [p for p in present if p not in text]
    assert not any(a in text for a in absent)
