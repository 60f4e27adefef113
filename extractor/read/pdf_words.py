"""Words and cell text from a PDF page's characters, as pdfplumber makes them, faster.

`words(chars)` is pdfplumber's `extract_words(chars)` with its default settings (x and y tolerance
3, blank characters end a word, ligatures expanded) and `cell_text(chars)` its `extract_text`:
the same clustering of characters into lines by their top, the same order, the same word breaks
(tests/test_pdf_pdfium.py compares them on generated and corpus pages). pdfplumber's general
machinery (text directions, extra attributes, text maps) costs several times more per character
than reading the page does; upright text needs none of it, and characters of rotated text go to
pdfplumber itself. Each word also gets the font (its characters' most frequent) and size (their
median) that the layout code reads.

One departure, where the PDF itself says more than a gap does: PDFium's inferred spaces come as
holes (`generated`, from the character before to the next one drawn on the line). A hole that
another text object's glyphs fill is no word break (LibreOffice prints a line in one font with holes
where a fallback font's Vietnamese letters go: 'T Ỉ NH' before); a gap of a tenth of the font size
left open in a hole, or after closing punctuation, is one ('nh ưsau', '10.Tỷ' before); an
inferred space PDFium places a space's width before the next character stands for a space of the
content (pdf_objects), and breaks wherever it falls ('TỬTỈNH' before). Lines are clustered on the
baseline less the font size, pdfminer's top without the font's descent, so the fallback letters
stay on their line in large type. Where a PDF has real spaces or wide gaps only (the seeds), the
words are still pdfplumber's.
"""
from __future__ import annotations

import statistics
from collections import Counter
from itertools import groupby
from operator import itemgetter
from typing import Optional

from pdfplumber.utils import text as plumber_text

TOLERANCE = 3                       # pdfplumber's DEFAULT_X_TOLERANCE and DEFAULT_Y_TOLERANCE
WORD_GAP = 0.1                      # poppler's minWordBreakSpace: a word gap, in font sizes
CLOSING = frozenset(".,;:)")         # after these a visible gap is a word break even unmarked
HOLE_SLACK = 0.5                    # points: an inferred space touching a gap marks it
LIGATURES = plumber_text.LIGATURES
_X0 = itemgetter("x0")


def _line_y(o: dict) -> float:
    """Where a character or word sits on the page for line clustering: pdfminer's top (one font
    size above the box's bottom) without the font's descent, when the reader gave the baseline.
    A fallback font's box sits lower than the line's own font's by the difference of their descents
    (0.18 of the size in LibreOffice's PDFs: more than the tolerance from 17 points up), while a
    superscript stays on its line as it does by tops."""
    return o["baseline"] - o["size"] if "baseline" in o else o["top"]


def lines(objs: list[dict]) -> list[list[dict]]:
    """pdfplumber's cluster_objects(objs, top, 3), on `_line_y`: groups of values chained within the
    tolerance, in order; each group keeps the objects' order."""
    ys = [o["baseline"] - o["size"] if "baseline" in o else o["top"] for o in objs]     # _line_y
    ids: dict[float, int] = {}
    last = None
    n = -1
    for v in sorted(set(ys)):
        if last is None or v > last + TOLERANCE:
            n += 1
        ids[v] = n
        last = v
    groups: list[list[dict]] = [[] for _ in range(n + 1)]
    for o, y in zip(objs, ys):
        groups[ids[y]].append(o)
    return groups


def words(chars: list[dict]) -> list[dict]:
    """pdfplumber's extract_words(chars), each word with `fontname` and `size`."""
    out: list[dict] = []
    for upright, run in groupby(chars, key=itemgetter("upright")):
        run = list(run)
        if not upright:
            out.extend(_plumber_words(run))
            continue
        for line in lines(run):
            line.sort(key=_X0)
            _line_words(line, out)
    return out


def _line_words(line: list[dict], out: list[dict]) -> None:
    holes: Optional[list[tuple[float, float]]] = None      # gathered when a gap needs them
    word: list[dict] = []
    last: dict = {}
    last_y = 0.0
    by_baseline = all("baseline" in c for c in line)
    for c in line:
        if c["text"].isspace():
            if word and not c.get("generated"):       # a space of the content ends a word
                out.append(_word(word))
                word = []
            continue
        y = c["baseline"] - c["size"] if by_baseline else c["top"]       # _line_y, inlined
        if word:
            gap = c["x0"] - last["x1"]
            if gap > WORD_GAP * c["size"] or gap > WORD_GAP * last["size"] or c["x0"] < last["x0"] \
                    or abs(y - last_y) > TOLERANCE:
                if holes is None:
                    holes = [(h["x0"], h["x1"]) for h in line if h.get("generated")]
                if _breaks(last, c, gap, holes):
                    out.append(_word(word))
                    word = []
        word.append(c)
        last, last_y = c, y
    if word:
        out.append(_word(word))


def _breaks(a: dict, b: dict, gap: float, holes: list[tuple[float, float]]) -> bool:
    """Does a word end between characters `a` and `b` (next in x order, no content space between,
    `gap` apart)? pdfplumber's rule (back, or a gap wider than 3 points), or a gap of a tenth of
    the font size where PDFium inferred a space and no character of another text object fills it
    (Vietnamese letters LibreOffice draws in a fallback font fill holes left in the line's own
    text), or after closing punctuation."""
    if b["x0"] < a["x0"] or abs(_line_y(b) - _line_y(a)) > TOLERANCE or gap > TOLERANCE:
        return True
    if gap <= WORD_GAP * min(a["size"], b["size"]):
        return False
    if a["text"] in CLOSING:              # '10.' then the tab to the item's text: no kerning there
        return True
    return any(x0 <= b["x0"] + HOLE_SLACK and x1 >= a["x1"] - HOLE_SLACK for x0, x1 in holes)


def _word(chars: list[dict]) -> dict:
    c = chars[0]
    x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
    for c in chars[1:]:
        if c["x0"] < x0:
            x0 = c["x0"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["top"] < top:
            top = c["top"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
    if len(chars) == 1:
        text, font, size = LIGATURES.get(c["text"], c["text"]), c.get("fontname", ""), c.get("size", 0)
    else:
        text = "".join(LIGATURES.get(c["text"], c["text"]) for c in chars)
        font = Counter(c.get("fontname", "") for c in chars).most_common(1)[0][0]
        size = statistics.median(c.get("size", 0) for c in chars)
    word = {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "upright": chars[0]["upright"], "fontname": font, "size": size}
    if "baseline" in chars[0]:
        word["baseline"] = chars[0]["baseline"]
    return word


def _plumber_words(chars: list[dict]) -> list[dict]:
    out = []
    for w in plumber_text.extract_words(chars, return_chars=True):
        cs = w.pop("chars")
        w["fontname"] = Counter(c.get("fontname", "") for c in cs).most_common(1)[0][0]
        w["size"] = statistics.median(c.get("size", 0) for c in cs)
        out.append(w)
    return out


def cell_text(chars: list[dict]) -> tuple[str, list[dict]]:
    """pdfplumber's extract_text(chars): words joined by spaces, lines by newlines; and the words
    in the order written."""
    if not chars:
        return "", []
    parts: list[str] = []
    ordered: list[dict] = []
    for i, line in enumerate(lines(words(chars))):
        if i:
            parts.append("\n")
        parts.append(" ".join(w["text"] for w in line))
        ordered.extend(line)
    return "".join(parts), ordered
