"""Checks skip work that cannot find anything: the sources a whole document cites are searched for
(every page folded and searched once per catalogued source) only when the document has indicators
to match; a letter or a decree without targets or results does not pay for it."""
from __future__ import annotations

import pytest

from extractor.check import matching
from extractor.check.checks import run_checks
from extractor.pipeline import extract_file
from extractor.store.database import document_row, open_db, save_extraction
from extractor.writes import transaction

# paraphrased in the genre: names, places and figures changed
WITH_INDICATORS = """UỶ BAN NHÂN DÂN TỈNH LÂM HÀ
Số: 415/BC-UBND
BÁO CÁO
Kết quả thực hiện chuyển đổi số năm 2025
Thực hiện Nghị quyết số 17/NQ-CP của Chính phủ, kết quả như sau:
- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt 68,4%, chỉ tiêu là 50%.
- Tỷ lệ văn bản điện tử có ký số đạt 97,2%.
"""
WITHOUT_INDICATORS = """UỶ BAN NHÂN DÂN TỈNH LÂM HÀ
Số: 88/QĐ-UBND
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Nghị quyết số 17/NQ-CP của Chính phủ;
Điều 1. Thành lập Tổ công tác gồm các ông, bà có tên sau đây.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.mark.parametrize("text, searched", [(WITH_INDICATORS, True), (WITHOUT_INDICATORS, False)])
def test_whole_text_searched_for_sources_only_with_indicators(tmp_path, monkeypatch, text, searched):
    path = tmp_path / "van_ban.txt"
    path.write_text(text, encoding="utf-8")
    result = extract_file(path)
    assert bool(result.indicators) == searched             # the example is what it says
    db = open_db(tmp_path / "t.db")
    with transaction(db):
        doc_id = save_extraction(db, document_row(str(path), "0" * 64, path.stat().st_size, "txt"), result)
    asked: list[str] = []
    real = matching.cited_sources
    monkeypatch.setattr(matching, "cited_sources", lambda t, cat=None: asked.append(t or "") or real(t, cat))
    run_checks(db, [doc_id])
    whole = db.execute("select text from documents where id = ?", [doc_id]).fetchone()[0]
    assert (whole in asked) == searched
