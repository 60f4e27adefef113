"""One file through the stages: read → normalise → segment → extract → link.

(Checks and storage act on the database and live in checks.py and store.py; batch.py drives them.)
A stage that fails after reading does not lose the document: its error is recorded and the status
becomes 'partial'.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from extractor.errors import ChitieuError
from extractor.model import (Document, DocumentMeta, Indicator, LegalRef, Quantity, RawBlock, RawDocument, Segment,
                             locate_value_boxes)
from extractor.normalize.document import normalize_document
from extractor.normalize.fingerprint import Fingerprint, fingerprint_of
from extractor.read import read_file
from extractor.segment.sentences import segment_document
from extractor.extract.entities import extract_entities
from extractor.extract.legal_refs import extract_legal_refs
from extractor.extract.metadata import extract_metadata
from extractor.extract.quantities import extract_quantities
from extractor.link.indicators import extract_indicators

log = logging.getLogger(__name__)


@dataclass
class Extraction:
    document: Document
    segments: list[Segment]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    quantities: list[Quantity] = field(default_factory=list)
    legal_refs: list[LegalRef] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    entities: list = field(default_factory=list)          # entities.Entity
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    row_ids: dict = field(default_factory=dict)
    label_words: dict = field(default_factory=dict)     # the indicators' labels' compounds (batch workers)
    fingerprint: Optional[Fingerprint] = None           # the text's, for finding its other formats (batch workers)
    _sections: dict | None = field(default=None, repr=False)

    @property
    def status(self) -> str:
        return "partial" if self.errors else "ok"

    @property
    def sections(self) -> dict[int, str]:
        """Each block's section path ('II › 1'), from its first segment in a section."""
        if self._sections is None:
            self._sections = {}
            for s in self.segments:
                if s.section and s.block.index not in self._sections:
                    self._sections[s.block.index] = " › ".join(s.section)
        return self._sections

    def for_saving(self) -> "Extraction":
        """The extraction without what the store does not read: the segments (their sections are
        kept), each block's and cell's raw text, offsets back into it and word boxes (the values'
        boxes are placed already). What a worker sends back: half the bytes to pickle and unpickle."""
        self.sections                          # noqa: B018 — computed while the segments are here
        self.segments = []
        for b in self.document.blocks:
            b.raw, b.to_raw, b.boxes = "", None, None
            for c in b.cells or ():
                c.raw, c.to_raw, c.boxes = "", None, None
        return self


def load_document(path: str | Path) -> tuple[Document, list[Segment]]:
    """Read, normalise and segment one file. Raises a ReadError subclass when it cannot be read."""
    raw = read_file(Path(path))
    doc = normalize_document(raw, str(path))
    return doc, segment_document(doc)


def _run(result: Extraction, name: str, fn: Callable, *args):
    try:
        return fn(*args)
    except ChitieuError as e:
        result.errors.append(f"{name}: {e}")
    except Exception as e:  # a bug in one stage must not lose the document
        log.exception("stage %s failed on %s", name, result.document.path)
        result.errors.append(f"{name}: internal error: {type(e).__name__}: {e}")
    return None


def extract_file(path: str | Path) -> Extraction:
    """Every stage on one file. Raises only when the file cannot be read at all."""
    t0 = time.perf_counter()
    doc, segments = load_document(path)
    result = Extraction(document=doc, segments=segments)
    result.entities = _run(result, "entities", extract_entities, doc, segments) or []
    result.meta = _run(result, "metadata", extract_metadata, doc) or DocumentMeta()
    result.quantities = _run(result, "quantities", extract_quantities, doc, segments) or []
    result.legal_refs = _run(result, "legal_refs", extract_legal_refs,
                             doc, segments, result.meta) or []
    result.indicators = _run(result, "indicators", extract_indicators,
                             doc, segments, result.quantities, result.meta) or []
    if doc.format == "pdf":
        # from the reader's own word boxes: no second pass over the PDF
        _run(result, "boxes", locate_value_boxes, doc, _provenances(result))
    result.seconds = time.perf_counter() - t0
    return result


# One made-up paragraph with a figure, a legal reference and an agency, so every stage runs once.
WARM_UP_TEXT = ("Ủy ban nhân dân tỉnh Bắc Ninh\nSố: 12/KH-UBND\nCăn cứ Nghị định số 45/2020/NĐ-CP; "
                "phấn đấu đến năm 2025 tỷ lệ hồ sơ trực tuyến đạt 80%, có 120/150 xã đạt chuẩn, 20 tỷ đồng.")


def warm_up() -> None:
    """Import the stages, compile their patterns and build spaCy's matcher, as a first document
    would. The batch does it once before it forks its workers, which then start warm."""
    doc = normalize_document(RawDocument(format="txt", blocks=[RawBlock(kind="paragraph", text=WARM_UP_TEXT)]),
                             "warm-up")
    segments = segment_document(doc)
    extract_entities(doc, segments)
    meta = extract_metadata(doc)
    quantities = extract_quantities(doc, segments)
    extract_legal_refs(doc, segments, meta)
    extract_indicators(doc, segments, quantities, meta)
    fingerprint_of(WARM_UP_TEXT)          # numpy imported (lazily: a run with nothing to read skips it)


def _provenances(result: Extraction) -> list:
    """Every provenance of the extracted values (PDFs get their boxes on the page)."""
    out = [q.prov for q in result.quantities] + [e.prov for e in result.entities]
    out += [m for r in result.legal_refs for m in r.mentions]
    out += [p for i in result.indicators for p in (i.prov, i.target_prov, i.actual_prov)]
    return out
