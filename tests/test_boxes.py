"""Every value read from a PDF's text layer keeps its bounding box on the page (model.locate_value_boxes, from the reader's word boxes), and
the box holds that value: cropping the page to it gives the value's words back."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractor import pipeline

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "corpus" / "002_271367b9633365e6.pdf"
LABEL = "Dịch vụ công trực tuyến xử lý bằng hồ sơ điện tử"


@pytest.fixture(scope="module")
def extraction():
    return pipeline.extract_file(PDF)


def _words(page, box) -> str:
    x0, top, x1, bottom = box
    return " ".join(page.crop((x0 - 1, top - 1, x1 + 1, bottom + 1)).extract_text().split())


def test_nearly_every_value_has_a_box(extraction):
    provs = [p for p in pipeline._provenances(extraction) if p is not None and p.page]
    boxed = [p for p in provs if p.bbox]
    assert len(provs) > 150 and len(boxed) >= 0.97 * len(provs)
    assert all(x0 < x1 and top < bottom for x0, top, x1, bottom in (p.bbox for p in boxed))


def test_a_box_holds_its_value(extraction):
    with pdfplumber.open(PDF) as pdf:
        for q in extraction.quantities:
            if q.prov.bbox:
                page = pdf.pages[q.prov.page - 1]
                assert " ".join(q.prov.text.split()) in _words(page, q.prov.bbox), q.prov.text


def test_label_target_and_result_sit_side_by_side_in_their_row(extraction):
    ind = next(i for i in extraction.indicators if i.label == LABEL)
    label, target, actual = ind.prov.bbox, ind.target_prov.bbox, ind.actual_prov.bbox
    assert ind.prov.page == ind.target_prov.page == ind.actual_prov.page
    assert label[2] < target[0] < target[2] < actual[0]                  # left to right
    assert target[1] < label[3] and actual[1] < label[3]                 # on the label's first line
    with pdfplumber.open(PDF) as pdf:
        page = pdf.pages[ind.prov.page - 1]
        assert _words(page, label) == LABEL and _words(page, target) == "100%" and _words(page, actual) == "87,3%"
