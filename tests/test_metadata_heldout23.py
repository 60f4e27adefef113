"""Held-out round 23: a page with no header whose lead line names the document that follows and who issued it
('Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về …') gives the document's own metadata;
a news headline in capitals with figures ('23/26 CHỈ TIÊU … ĐẠT VÀ VƯỢT KẾ HOẠCH') is no issuer. Strings
paraphrased in the genre's style, with counterexamples."""
from __future__ import annotations

import pytest

from extractor.extract.metadata import extract_metadata, lead_line
from extractor.model import RawBlock, RawDocument
from extractor.normalize.document import normalize_document
from extractor.patterns import load_patterns


def _meta(*paragraphs: str):
    doc = normalize_document(RawDocument(format="docx", blocks=[RawBlock(kind="paragraph", text=t)
                                                                for t in paragraphs]), "t.docx")
    return extract_metadata(doc)


@pytest.mark.parametrize("example", load_patterns("doc_types").get("meta.lead_line").examples,
                         ids=lambda ex: ex.text[:40])
def test_lead_line_examples_give_their_fields(example):
    assert lead_line(example.text) == example.expect


BODY = ("- Chuyển đổi số là xu hướng tất yếu, mở ra nhiều cơ hội cho các địa phương bứt phá; tỉnh đã cung cấp 100% "
        "dịch vụ công trực tuyến mức độ cao cho người dân và doanh nghiệp.")


@pytest.mark.parametrize("lead, want", [
    ("Nghị Quyết số 14/NQ-TU ngày 12/3/2023 ban hành bởi Tỉnh Ủy Hậu Giang về Phát triển du lịch tỉnh Hậu Giang "
     "đến năm 2025 và định hướng đến năm 2030.",
     ("Nghị quyết", "14", "NQ-TU", "Tỉnh ủy Hậu Giang", "Hậu Giang", "2023-03-12")),
    ("Kế hoạch số 115/KH-UBND ngày 20 tháng 3 năm 2024 ban hành bởi UBND tỉnh Bến Tre về chuyển đổi số năm 2024",
     ("Kế hoạch", "115", "KH-UBND", "Ủy ban nhân dân tỉnh Bến Tre", "Bến Tre", "2024-03-20")),
    # counterexamples: a lead line citing a text ('của'), a sentence that goes on after the issuer
    ("Nghị quyết số 14/NQ-TU ngày 12/3/2023 của Tỉnh ủy Hậu Giang về phát triển du lịch đề ra 5 nhóm giải pháp.",
     (None, None, None, None, None, None)),
    ("Nghị quyết số 14/NQ-TU ngày 12/3/2023 được ban hành bởi Tỉnh ủy đã đề ra 5 nhóm giải pháp.",
     (None, None, None, None, None, None)),
])
def test_a_lead_line_names_the_document_that_follows(lead, want):
    m = _meta(lead, "I- Tình hình và nguyên nhân", BODY)
    got = (m.doc_type, m.number, m.symbol, m.issuer, m.province, m.issued_date)
    if want[0] is None:          # a citation: no number, symbol or date of the page's own
        assert (got[1], got[2], got[5]) == (None, None, None)
    else:
        assert got == want


def test_a_lead_line_is_only_the_first_line():
    m = _meta("Tin hoạt động trong tuần", "Nghị Quyết số 14/NQ-TU ngày 12/3/2023 ban hành bởi Tỉnh Ủy Hậu Giang về "
              "Phát triển du lịch.", BODY)
    assert (m.number, m.symbol, m.issuer) == (None, None, None)


@pytest.mark.parametrize("headline, issuer", [
    ("23/26 CHỈ TIÊU KINH TẾ – XÃ HỘI ĐẠT VÀ VƯỢT KẾ HOẠCH", None),
    ("100% XÃ CỦA HUYỆN ĐẠT CHUẨN NÔNG THÔN MỚI", None),
    ("17 CHỈ TIÊU CHỦ YẾU HOÀN THÀNH TRƯỚC THỜI HẠN", None),
    # counterexamples: an organ's name, also one ending in a number
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"),
    ("BAN CHỈ ĐẠO 389 TỈNH BÌNH ĐỊNH", "Ban Chỉ đạo 389 tỉnh Bình Định"),
])
def test_a_headline_with_figures_is_no_issuer(headline, issuer):
    m = _meta(headline, "Năm 2025 huyện Lạc Sơn đề ra 26 chỉ tiêu trên các lĩnh vực phát triển kinh tế – xã hội; "
              "đến hết tháng 10 có 23 chỉ tiêu hoàn thành và vượt kế hoạch.")
    assert m.issuer == issuer
