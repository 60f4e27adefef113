"""A page of short items spaced apart (Word's space after each paragraph, one line per '- 100% …' item)
has more gaps between paragraphs than inside them: their median is no line pitch, and paragraphs whose
last line runs full ran together ('… phục vụ người dân tốt hơn.' / 'Kế hoạch nhằm …' / 'Mục tiêu cụ thể
…:'; round 56's excerpt as .pdf, not as .md or .docx). The pitch is read below full lines whose sentence
goes on. PDFs are written here with fpdf from our own text."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.read import pdf
from fpdf_doc import new_pdf

FIRST = ["Thực hiện Quyết định số 1205/QĐ-TTg ngày 14/10/2024 của Thủ tướng Chính phủ, Ủy ban",
         "nhân dân tỉnh Lâm Hà ban hành Kế hoạch số 877/KH-UBND ngày 08/5/2025 nhằm phát",
         "triển dịch vụ công trực tuyến, hướng tới chính quyền số, phục vụ người dân tốt hơn."]
SECOND = ["Kế hoạch nhằm tạo chuyển biến mạnh mẽ trong nhận thức của cán bộ, công chức và người",
          "dân về lợi ích của dịch vụ công trực tuyến, góp phần thúc đẩy chuyển đổi số của tỉnh."]
LEAD = "Mục tiêu cụ thể đến năm 2025:"
ITEMS = ["- 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.",
         "- Tối thiểu 80% hồ sơ được xử lý hoàn toàn trực tuyến.",
         "- 50% người dân trưởng thành sử dụng dịch vụ công trực tuyến.",
         "- Tối thiểu 90% người dân hài lòng khi sử dụng dịch vụ.",
         "- 100% thành viên Tổ công nghệ số cộng đồng được tập huấn."]


def _blocks(tmp_path: Path, pitch: float, after: float) -> list[str]:
    """FIRST, SECOND, LEAD and ITEMS as paragraphs: lines `pitch` mm apart, `after` mm more between paragraphs."""
    doc = new_pdf(11)
    doc.add_page()
    y = 20.0
    for para in (FIRST, SECOND, [LEAD]) + tuple([i] for i in ITEMS):
        for line in para:
            doc.text(20, y, line)
            y += pitch
        y += after
    path = tmp_path / "spaced.pdf"
    doc.output(str(path))
    return [" ".join(b.text.split()) for b in pdf.read(path).blocks]


PARAGRAPHS = [" ".join(FIRST), " ".join(SECOND), LEAD] + ITEMS


@pytest.mark.parametrize("pitch, after, read", [
    (5.2, 3.5, PARAGRAPHS),          # single spacing, 10 pt after each paragraph
    (5.2, 3.0, PARAGRAPHS),
    (7.8, 4.0, PARAGRAPHS),          # 1.5 spacing, space after
    # counterexamples: 1.5 spacing with no space after splits no paragraph (the items still stand apart),
    # and neither does single spacing, where a full line ending a sentence reads on as before
    (7.8, 0.0, [" ".join(FIRST + SECOND + [LEAD])] + ITEMS),
    (5.2, 0.0, [" ".join(FIRST + SECOND + [LEAD])] + ITEMS),
])
def test_paragraphs_spaced_apart_stand_apart(tmp_path, pitch, after, read):
    assert _blocks(tmp_path, pitch, after) == read
