"""A figure an article asks about or sorts a list by is no target (held-out round 50): a title or heading in the
form of a question ('Những tỉnh nào tăng trưởng GRDP từ 10% trở lên năm 2025 theo Nghị quyết 24?') and a summary
of a list ('… là danh sách các tỉnh đặt mục tiêu tăng trưởng … từ 10% trở lên') name a filter over the provinces
whose own targets follow. Counterexamples: a target stated plainly, one after a question answered in the next
sentence, and a list worked on ('Rà soát danh sách hộ nghèo, phấn đấu …'). Sentences paraphrased in the genre."""
from __future__ import annotations

import pytest

from extractor.link.indicators import extract_indicators
from extractor.model import DocumentMeta, RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.segment.sentences import segment_document


def _targets(text: str):
    doc = normalize_document(RawDocument(format="txt", blocks=[RawBlock(kind="paragraph", text=text)]), "t.md")
    return sorted((r.target_comparator, r.target_value) for r in
                  extract_indicators(doc, segment_document(doc), [], DocumentMeta()) if r.target_value is not None)


@pytest.mark.parametrize("text,want", [
    ("1. Những tỉnh thành nào tăng trưởng GRDP từ 9% trở lên năm 2026 theo Nghị quyết 24?", []),
    ("Địa phương nào đặt mục tiêu tỷ lệ hộ nghèo giảm còn dưới 2% trong năm 2026?", []),
    ("Nội dung bài viết là danh sách các tỉnh thành đặt mục tiêu tăng trưởng GRDP năm 2026 từ 9% trở lên.", []),
    ("Dưới đây là danh sách những huyện có mục tiêu tỷ lệ che phủ rừng trên 45% đến năm 2030.", []),
    # counterexamples: a target stated plainly; a question answered by a target; a list worked on
    ("Phấn đấu tăng trưởng GRDP năm 2026 đạt từ 9% trở lên.", [(">=", 9.0)]),
    ("Vì sao phải đặt mục tiêu cao? Năm 2026, phấn đấu tăng trưởng GRDP đạt từ 9% trở lên.", [(">=", 9.0)]),
    ("Rà soát danh sách hộ nghèo, phấn đấu tỷ lệ hộ nghèo năm 2026 giảm còn dưới 2%.", [("<", 2.0)]),
], ids=["question which", "question which aim", "list summary", "list of districts", "plain target",
        "question then target", "list worked on"])
def test_a_question_or_a_list_filter_sets_no_target(text, want):
    assert _targets(text) == want
