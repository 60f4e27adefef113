"""Counts, ranks and dates read off round 9's web excerpts once they had been scored (an outbreak telegram, a
Government report on gender equality, a province's five-year administrative-reform results, a digital-economy
news item). Strings paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.quantities import find_quantities


def _found(text: str, kind: str):
    return [(f.value, f.unit) if kind == "count" else (f.numerator, f.denominator)
            for f in find_quantities(text) if f.kind == kind]


@pytest.mark.parametrize("text,want", [
    # outbreaks and proposals are counted things
    ("Huyện đã phát hiện 3 ổ dịch tại các xã biên giới.", [(3, "ổ dịch")]),
    ("Năm 2025, Sở Tư pháp đã thẩm định 41 đề nghị xây dựng văn bản quy phạm pháp luật và 120 dự thảo.",
     [(41, "đề nghị"), (120, "dự thảo")]),
    # counterexamples: 'đề nghị' as a verb before a count names no counted proposals
    ("UBND tỉnh đề nghị bổ sung 5 biên chế", [(5, "biên chế")]),
    ("Sở Y tế đề nghị các địa phương tiêm cho trên 90% đàn gia cầm", []),
])
def test_counted_outbreaks_and_proposals(text, want):
    assert _found(text, "count") == want


@pytest.mark.parametrize("text,want", [
    # a place in a ranking, with or without 'hạng'/'thứ', is a rank, never a ratio
    ("Chỉ số PAR INDEX xếp 12/63 tỉnh, thành phố, tăng 8 bậc.", []),
    ("PAPI xếp hạng 7/63 tỉnh thành phố; PCI xếp thứ 21/63.", []),
    # a day named before its date is a date ('Ngày Chuyển đổi số quốc gia 10/10')
    ("tổ chức nhiều hoạt động hưởng ứng ngày chuyển đổi số Quốc gia 10/10 và ra mắt ứng dụng mới.", []),
    ("Kỷ niệm Ngày Pháp luật Việt Nam 9/11.", []),
    # counterexamples: things counted out of a whole stay ratios
    ("trong ngày ra quân có 10/10 xã tham gia", [(10, 10)]),
    ("sắp xếp 5/7 đơn vị sự nghiệp công lập", [(5, 7)]),
    ("Đến nay 18/24 trường học đạt chuẩn quốc gia", [(18, 24)]),
])
def test_ranks_and_named_days_are_no_ratios(text, want):
    assert _found(text, "ratio") == want
