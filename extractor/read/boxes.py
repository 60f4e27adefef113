"""Where a value sits on its PDF page: the bounding box of its words, from pdfplumber's coordinates.

`locate_boxes(path, doc, provenances)` sets `Provenance.bbox` = (x0, top, x1, bottom) in PDF points
from the page's top-left, for values on pages with a text layer (OCR'd values keep none). Words are
grouped by region — each ruled table cell, and the text outside tables — so the lines of a cell
read in order even where the row's other cells are beside them. A value's words are matched as a
run in a region (its first word may end, its last word begin, a longer word: '93,6%' in
'93,6%(Thống'); when its text occurs several times on the page, the n-th occurrence in the document
text is taken to be the n-th on the page, in reading order.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from extractor.model import Document, Provenance

RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _tokens(text: str) -> list[str]:
    return [_norm(t) for t in text.split()]


def _page_ranges(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """1-based page → the document-text ranges read from that page."""
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for b in doc.blocks:
        if b.ocr:
            continue
        if b.cells:
            for c in b.cells:
                if c.page or b.page:
                    out[c.page or b.page].append((c.start, c.end))
        elif b.page:
            out[b.page].append((b.start, b.end))
    return out


def _rank(doc: Document, ranges: list[tuple[int, int]], p: Provenance) -> int:
    """How many times the value's text occurs on its page before it, in document order."""
    words = p.text.split()
    if not words:
        return 0
    pattern = re.compile(r"\s+".join(re.escape(_norm(w)) for w in words))
    n = 0
    for a, b in sorted(ranges):
        if a >= p.start:
            break
        n += sum(1 for m in pattern.finditer(doc.text, a, min(b, p.start)) if m.start() < p.start)
    return n


def _regions(page) -> list[list[dict]]:
    """Words of each table cell, each in reading order, and runs of consecutive lines outside
    tables (so a value may run over a line break); regions in order of where they start."""
    cells = [c for t in page.find_tables(RULED) for c in t.cells]
    groups: dict[int, list[dict]] = defaultdict(list)
    for w in page.extract_words(keep_blank_chars=False):
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        at = next((i for i, (x0, top, x1, bottom) in enumerate(cells) if x0 <= cx <= x1 and top <= cy <= bottom), -1)
        groups[at].append({**w, "text": _norm(w["text"])})
    pieces: list[tuple[bool, list[dict]]] = []          # (outside tables, words)
    for at, ws in groups.items():
        ws.sort(key=lambda w: (round(w["top"] / 3), w["x0"]))
        if at >= 0:
            pieces.append((False, ws))
            continue
        lines: dict[int, list[dict]] = defaultdict(list)
        for w in ws:
            lines[round(w["top"] / 3)].append(w)
        pieces.extend((True, line) for line in lines.values())
    pieces.sort(key=lambda p: (round(p[1][0]["top"]), p[1][0]["x0"]))
    regions: list[list[dict]] = []
    free_before = False
    for free, ws in pieces:
        if free and free_before:
            regions[-1] = regions[-1] + ws
        else:
            regions.append(list(ws))
        free_before = free
    return regions


def _matches(region: list[dict], tokens: list[str]) -> Iterable[tuple[int, int]]:
    n = len(tokens)
    for i in range(len(region) - n + 1):
        words = [w["text"] for w in region[i:i + n]]
        if n == 1:
            ok = tokens[0] in words[0]
        else:
            ok = (words[0].endswith(tokens[0]) and words[-1].startswith(tokens[-1])
                  and words[1:-1] == tokens[1:-1])
        if ok:
            yield i, i + n


def _union(words: list[dict]) -> tuple[float, float, float, float]:
    return (round(min(w["x0"] for w in words), 2), round(min(w["top"] for w in words), 2),
            round(max(w["x1"] for w in words), 2), round(max(w["bottom"] for w in words), 2))


def locate_boxes(path: Path, doc: Document, provenances: Iterable[Optional[Provenance]]) -> int:
    """Set `bbox` on every provenance whose words are found on its page; returns how many."""
    import pdfplumber

    by_page: dict[int, list[Provenance]] = defaultdict(list)
    for p in provenances:
        if p is not None and p.page and not p.ocr and p.text.strip():
            by_page[p.page].append(p)
    if not by_page:
        return 0
    ranges = _page_ranges(doc)
    found = 0
    with pdfplumber.open(path) as pdf:
        for number, provs in sorted(by_page.items()):
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            try:
                regions = _regions(page)
            finally:
                page.close()
            for p in provs:
                hits = [(region, a, b) for region in regions for a, b in _matches(region, _tokens(p.text))]
                if not hits:
                    continue
                k = min(_rank(doc, ranges[number], p), len(hits) - 1)
                region, a, b = hits[k]
                p.bbox = _union(region[a:b])
                found += 1
    return found
