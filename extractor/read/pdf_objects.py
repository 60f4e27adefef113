"""A PDF page's characters, ruling edges and images, read with PDFium (pypdfium2).

PDFium parses a page in C, far faster than pdfminer does in Python, so the PDF reader takes its
page objects from here and gives them to pdfplumber's pure-Python layout code (table finder) and to
its own word and cell code, in the shapes pdfplumber itself produces:

- characters as pdfplumber's char dicts (`text`, `x0`, `x1`, `top`, `bottom`, `doctop`, `upright`,
  `fontname`, `size`, and `baseline`: the y of the character's origin), in pdfplumber's coordinates: points from the top-left corner of the page as
  displayed (MediaBox origin and /Rotate applied as pdfminer applies them). A box is pdfminer's:
  from the origin across the advance width, and from the font's descent below the baseline to one
  font size above it. PDFium's inferred line breaks are left out; the spaces it marks as inferred
  are kept (it marks many spaces of the content so) as holes marked `generated`, from the
  character before to the next one on the line (pdf_words decides whether a hole is a word
  break), and a text object of spaces only, which PDFium drops, comes back as one space, as
  pdfminer has it. A character without a Unicode mapping is
  '(cid:N)', as pdfminer writes it (the OCR decision counts them).
- edges as pdfplumber's `page.edges`: line, rectangle and curve segments of every path painted on
  the page (inside Form XObjects too), split into subpaths and classified as pdfminer classifies
  them (`ml` a line, a closed axis-aligned `mlllh` a rectangle, anything else a curve).

Font names lose their subset tag ('BMIAKP+'), which PDFium keeps for some fonts and not others, so
two subsets of one face (Công báo puts the marked vowels in a subset of their own) are one font.
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from extractor.errors import EncryptedDocument, ReadError

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


@dataclass
class PageObjects:
    number: int                      # 1-based
    width: float
    height: float
    chars: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    has_images: bool = False
    paths: int = 0                   # path objects painted on the page

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)


# --- PDFium's functions, called with plain addresses ------------------------------------------------
# pypdfium2's bindings take and return typed pointers; converting a returned handle to a number
# (to use it as a key) costs more than the call. These prototypes of the same C functions take and
# return addresses as plain integers.

_P, _I, _U, _F, _D = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_float, ctypes.c_double


def _fast(fn, restype, *argtypes):
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, _P).value)


class _C:
    count_chars = _fast(raw.FPDFText_CountChars, _I, _P)
    get_text = _fast(raw.FPDFText_GetText, _I, _P, _I, _I, _P)
    unicode = _fast(raw.FPDFText_GetUnicode, _U, _P, _I)
    generated = _fast(raw.FPDFText_IsGenerated, _I, _P, _I)
    map_error = _fast(raw.FPDFText_HasUnicodeMapError, _I, _P, _I)
    loose_box = _fast(raw.FPDFText_GetLooseCharBox, _I, _P, _I, _P)
    origin = _fast(raw.FPDFText_GetCharOrigin, _I, _P, _I, _P, _P)
    text_object = _fast(raw.FPDFText_GetTextObject, _P, _P, _I)
    count_objects = _fast(raw.FPDFPage_CountObjects, _I, _P)
    get_object = _fast(raw.FPDFPage_GetObject, _P, _P, _I)
    object_type = _fast(raw.FPDFPageObj_GetType, _I, _P)
    matrix = _fast(raw.FPDFPageObj_GetMatrix, _I, _P, _P)
    bounds = _fast(raw.FPDFPageObj_GetBounds, _I, _P, _P, _P, _P, _P)
    form_count = _fast(raw.FPDFFormObj_CountObjects, _I, _P)
    form_object = _fast(raw.FPDFFormObj_GetObject, _P, _P, ctypes.c_ulong)
    font_size = _fast(raw.FPDFTextObj_GetFontSize, _I, _P, _P)
    font = _fast(raw.FPDFTextObj_GetFont, _P, _P)
    descent = _fast(raw.FPDFFont_GetDescent, _I, _P, _F, _P)
    font_name = _fast(raw.FPDFFont_GetBaseFontName, ctypes.c_size_t, _P, _P, ctypes.c_size_t)
    segments = _fast(raw.FPDFPath_CountSegments, _I, _P)
    segment = _fast(raw.FPDFPath_GetPathSegment, _P, _P, _I)
    segment_type = _fast(raw.FPDFPathSegment_GetType, _I, _P)
    point = _fast(raw.FPDFPathSegment_GetPoint, _I, _P, _P, _P)
    closes = _fast(raw.FPDFPathSegment_GetClose, _I, _P)


def _address(handle) -> int:
    return ctypes.cast(handle, _P).value or 0


# --- opening -------------------------------------------------------------------------------------

def open_pdf(path) -> pdfium.PdfDocument:
    """Open a PDF, or raise EncryptedDocument / ReadError."""
    name = getattr(path, "name", path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise EncryptedDocument(f"{name}: the PDF is password-protected or uses unsupported "
                                    f"encryption ({exc}); save an unprotected copy") from exc
        raise ReadError(f"{name}: not a readable PDF ({exc})") from exc
    except OSError as exc:
        raise ReadError(f"{name}: cannot open file: {exc.strerror or exc}") from exc
    if len(pdf) == 0:
        pdf.close()
        raise ReadError(f"{name}: the PDF has no pages")
    return pdf


# --- coordinates -----------------------------------------------------------------------------------

def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF row-vector convention: p' = p·m·n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _matrix(obj: int) -> Matrix:
    fs = raw.FS_MATRIX()
    _C.matrix(obj, ctypes.byref(fs))
    return (fs.a, fs.b, fs.c, fs.d, fs.e, fs.f)


class _Frame:
    """PDF user space → pdfplumber's top-left coordinates, as pdfminer's device and pdfplumber do."""

    def __init__(self, page: pdfium.PdfPage):
        # the page's own MediaBox, else the inherited one (PDFium's bounding box resolves it;
        # get_mediabox() alone would fall back to US Letter)
        x0, y0, x1, y1 = page.get_mediabox(fallback_ok=False) or page.get_bbox()
        rotate = page.get_rotation() % 360
        self.device: Matrix = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1),
                               270: (0, 1, -1, 0, y1, -x0)}.get(rotate, (1, 0, 0, 1, -x0, -y0))
        self.width, self.height = (y1 - y0, x1 - x0) if rotate in (90, 270) else (x1 - x0, y1 - y0)
        self.plain = self.device[:4] == (1, 0, 0, 1)

    def to_page(self, m: Matrix = IDENTITY) -> Matrix:
        """User space (after `m`) → pdfminer's device space; `point` then flips y."""
        return _mul(m, self.device)

    def point(self, x: float, y: float, dm: Matrix) -> tuple[float, float]:
        a, b, c, d, e, f = dm
        return a * x + c * y + e, self.height - (b * x + d * y + f)


# --- characters -------------------------------------------------------------------------------------

@dataclass
class _Run:
    """What the characters of one text object share."""
    font: str
    upright: bool
    height: float            # the font size in page units (pdfminer's char height)
    low: float               # the box's bottom below the baseline (the font's descent), text units
    linear: Matrix           # the object's matrix, without translation (user space)
    loose: Optional[bool] = None     # PDFium's loose boxes start at the origin (font metrics known)
    baseline: float = 0.0            # one text-showing operator: one baseline for its characters


class _Fonts(dict):
    """Font address → name without subset tag (fonts are few; text objects many)."""

    def __missing__(self, font: int) -> str:
        n = _C.font_name(font, None, 0)
        buf = ctypes.create_string_buffer(max(n, 1))
        _C.font_name(font, buf, n)
        self[font] = name = SUBSET_TAG.sub("", buf.value.decode("utf-8", "replace"))
        return name


def _run_of(obj: int, frame: _Frame, fonts: _Fonts) -> _Run:
    size, descent = _F(), _F()
    m = _matrix(obj)
    _C.font_size(obj, ctypes.byref(size))
    font = _C.font(obj)
    if font:
        _C.descent(font, 1.0, ctypes.byref(descent))
    linear = m[:4] + (0.0, 0.0)
    a, b, c, d, _, _ = _mul(linear, frame.device[:4] + (0.0, 0.0))        # as pdfminer's device sees it
    return _Run(fonts[font] if font else "", a * d > 0 and b * c <= 0, size.value,
                min(descent.value, 0.0) * size.value, linear)


_NO_RUN = _Run("", True, 0.0, 0.0, IDENTITY)


def _chars(textpage: int, frame: _Frame, number: int, runs: dict[int, _Run], fonts: _Fonts) -> list[dict]:
    n = _C.count_chars(textpage)
    if n <= 0:
        return []
    buf = ctypes.create_string_buffer(2 * (n + 1))
    _C.get_text(textpage, 0, n, buf)
    text = buf.raw[:2 * n].decode("utf-16-le", "replace")
    units = len(text) == n            # one UTF-16 unit per character: index the bulk text
    box, ox, oy = raw.FS_RECTF(), _D(), _D()
    box_ref, ox_ref, oy_ref = ctypes.byref(box), ctypes.byref(ox), ctypes.byref(oy)
    loose_box, origin, text_object = _C.loose_box, _C.origin, _C.text_object
    H, (dx, dy), plain = frame.height, frame.device[4:], frame.plain
    out: list[dict] = []
    append = out.append
    hole: Optional[dict] = None           # the last inferred space, until the next character
    hole_at: Optional[float] = None       # where PDFium put it
    for i in range(n):
        ch = text[i] if units else chr(_C.unicode(textpage, i))
        if ch <= " ":
            if ch in "\r\n":
                if _C.generated(textpage, i) == 1:
                    continue          # PDFium's line breaks: lines are found from the boxes
            elif ch == " ":
                if out and _C.generated(textpage, i) == 1:
                    # a space PDFium inferred from a gap in the content's order: kept as the hole
                    # from the previous character to the next one drawn on the line, marked
                    # `generated` (another text object may fill it: a font-fallback glyph)
                    prev = out[-1]
                    hole = {**prev, "text": " ", "x0": prev["x1"], "generated": True}
                    hole_at = ox.value + dx if plain and origin(textpage, i, ox_ref, oy_ref) else None
                    append(hole)
                    continue
            elif ch != "\t" and _C.map_error(textpage, i) == 1:
                ch = f"(cid:{ord(ch)})"
        elif ch == "\ufffe":
            ch = "-"                  # PDFium's mark for a hyphen at a line break
        elif "\ud800" <= ch <= "\udfff":
            ch = chr(_C.unicode(textpage, i))
        obj = text_object(textpage, i) or 0
        run = runs.get(obj)
        if run is None:
            run = runs[obj] = _run_of(obj, frame, fonts) if obj else _NO_RUN
        if not loose_box(textpage, i, box_ref):
            continue
        if not run.loose:
            if not origin(textpage, i, ox_ref, oy_ref):
                continue
            if run.loose is None:     # the first character tells (PDFium falls back to the glyph's
                a = abs(run.linear[0]) or 1.0     # tight box when the font has no metrics)
                run.loose = abs(box.left - ox.value) < 1e-3 and abs(box.top - box.bottom - a * run.height) < 1e-2
                run.baseline = oy.value
            left, base = ox.value, oy.value
        else:
            left, base = box.left, run.baseline
        a, b, c, d = run.linear[:4]
        if b == 0 and c == 0 and run.height:      # text upright in user space: pdfminer's box
            right = box.right if box.right > left else left
            low = base + d * run.low
            high = low + d * run.height
            if plain:
                x0, x1 = left + dx, right + dx
                top, bottom = H - (max(low, high) + dy), H - (min(low, high) + dy)
            else:                                 # on a rotated page: turned as the page is
                xa, ya = frame.point(left, low, frame.device)
                xb, yb = frame.point(right, high, frame.device)
                x0, x1, top, bottom = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
        else:                                     # rotated text: PDFium's box, turned as the page is
            xa, ya = frame.point(box.left, box.top, frame.device)
            xb, yb = frame.point(box.right, box.bottom, frame.device)
            x0, x1, top, bottom = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
        if hole is not None:
            _close_hole(hole, hole_at, x0, top, bottom)
            hole = None
        append({"text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                "upright": run.upright, "fontname": run.font, "size": bottom - top, "page_number": number,
                "baseline": H - (base + dy) if plain else frame.point(left, base, frame.device)[1]})
    return out


def _close_hole(hole: dict, at: Optional[float], x0: float, top: float, bottom: float) -> None:
    """Widen an inferred space to the next character when that one follows on the same line. PDFium
    puts a space inferred from a shift inside one text-showing operator at the glyph after the
    shift: short of the next character by a space's width when that glyph was a space, which
    PDFium then drops. That is a space of the content, wherever other objects' glyphs fall."""
    if not hole["upright"] or x0 <= hole["x0"] or min(bottom, hole["bottom"]) - max(top, hole["top"]) <= 0:
        return
    hole["x1"] = x0
    tenth = 0.1 * hole["size"]
    if at is not None and hole["x0"] + tenth <= at <= x0 - tenth:
        hole["x0"] = at
        del hole["generated"]


def _space_object(obj: int, parent: Matrix, frame: _Frame, number: int, fonts: _Fonts) -> Optional[dict]:
    """A text object of spaces only, which PDFium leaves out of the page's text (pdfminer keeps
    it, and its space splits the words either side): a space at its origin, with the box pdfminer
    gives a character of its font."""
    left, bottom, right, top = _F(), _F(), _F(), _F()
    if not _C.bounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)):
        return None
    if right.value - left.value > 0.01 or top.value - bottom.value > 0.01:
        return None                   # glyphs PDFium dropped on purpose (a duplicate for fake bold)
    run = _run_of(obj, frame, fonts)
    a, b, c, d = _mul(run.linear, parent[:4] + (0.0, 0.0))[:4]
    if b or c or not run.height:
        return None
    pa, pb, pc, pd, pe, pf = parent
    x = pa * left.value + pc * bottom.value + pe           # the origin in user space
    y = pb * left.value + pd * bottom.value + pf
    low = y + d * run.low
    xa, ya = frame.point(x, low, frame.device)
    xb, yb = frame.point(x + 0.25 * a * run.height, low + d * run.height, frame.device)
    x0, x1, top, bottom_ = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
    return {"text": " ", "x0": x0, "x1": x1, "top": top, "bottom": bottom_, "doctop": top,
            "upright": run.upright, "fontname": run.font, "size": bottom_ - top, "page_number": number,
            "baseline": frame.point(x, y, frame.device)[1]}


# --- paths → edges -----------------------------------------------------------------------------------

def _walk(page: int) -> Iterator[tuple[int, int, Matrix]]:
    """(type, object address, matrix of its container) for every page object, inside forms too."""
    def visit(obj: int, parent: Matrix):
        kind = _C.object_type(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            m = _mul(_matrix(obj), parent)
            for j in range(_C.form_count(obj)):
                child = _C.form_object(obj, j)
                if child:
                    yield from visit(child, m)
        else:
            yield kind, obj, parent

    for i in range(_C.count_objects(page)):
        obj = _C.get_object(page, i)
        if obj:
            yield from visit(obj, IDENTITY)


def _subpaths(obj: int, dm: Matrix, height: float) -> Iterator[tuple[str, list[tuple[float, float]]]]:
    """The path's subpaths as pdfminer sees them: shape ('mlllh') and points in page coordinates
    (a Bézier segment contributes its end point; 'h' the subpath's start)."""
    x, y = _F(), _F()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    a, b, c, d, e, f = dm
    shape: list[str] = []
    pts: list[tuple[float, float]] = []
    bezier = 0
    for k in range(_C.segments(obj)):
        seg = _C.segment(obj, k)
        kind = _C.segment_type(seg)
        _C.point(seg, x_ref, y_ref)
        px, py = x.value, y.value
        pt = (a * px + c * py + e, height - (b * px + d * py + f))
        close = _C.closes(seg)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if shape:
                yield "".join(shape), pts
            shape, pts, bezier = ["m"], [pt], 0
            continue
        if not shape:
            continue
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue                    # control points: pdfminer keeps the end point only
            shape.append("c")
        elif close and pt == pts[0]:
            shape.append("h")               # PDFium's line back to the start is pdfminer's 'h'
            pts.append(pts[0])
            continue
        else:
            shape.append("l")
        pts.append(pt)
        if close:
            shape.append("h")
            pts.append(pts[0])
    if shape:
        yield "".join(shape), pts


def _edges(shape: str, pts: list[tuple[float, float]]) -> list[dict]:
    """pdfplumber's edges of one subpath (utils.line_to_edge, rect_to_edges, curve_to_edges), less
    those its table finder drops before looking (slanted ones, and any shorter than a point)."""
    if shape[:1] != "m" or len(pts) < 2:
        return []
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape in ("ml", "mlh"):
        (xa, ya), (xb, yb) = pts[0], pts[1]
        return _kept([_edge("line", xa, ya, xb, yb, "h" if ya == yb else "v")])
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts[:5]
        if last == pts[0] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                               or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
            left, right = min(x0, x2), max(x0, x2)
            top, bottom = min(y0, y2), max(y0, y2)
            return _kept([_edge("rect", left, top, right, top, "h"), _edge("rect", left, bottom, right, bottom, "h"),
                          _edge("rect", left, top, left, bottom, "v"), _edge("rect", right, top, right, bottom, "v")])
    out = []
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
        orientation = "v" if xa == xb else ("h" if ya == yb else None)
        if orientation:
            out.append(_edge("curve", xa, ya, xb, yb, orientation))
    return _kept(out)


def _kept(edges: list[dict]) -> list[dict]:
    """pdfplumber's TableFinder.get_edges keeps horizontal and vertical edges of length ≥ 1
    (edge_min_length_prefilter) before anything else."""
    return [e for e in edges if (e["width"] if e["orientation"] == "h" else e["height"]) >= 1]


def _edge(kind: str, xa: float, ya: float, xb: float, yb: float, orientation) -> dict:
    x0, x1, top, bottom = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
    return {"object_type": f"{kind}_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}


# --- one page ------------------------------------------------------------------------------------------

def read_page(pdf: pdfium.PdfDocument, number: int, with_edges: bool = True) -> PageObjects:
    """Characters, edges and images of page `number` (1-based)."""
    page = pdf[number - 1]
    textpage = None
    try:
        frame = _Frame(page)
        out = PageObjects(number, frame.width, frame.height)
        textpage = page.get_textpage()
        runs: dict[int, _Run] = {}
        fonts = _Fonts()
        out.chars = _chars(_address(textpage.raw), frame, number, runs, fonts)
        for kind, obj, parent in _walk(_address(page.raw)):
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                out.has_images = True
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                out.paths += 1
                if with_edges:
                    dm = frame.to_page(_mul(_matrix(obj), parent))
                    for shape, pts in _subpaths(obj, dm, frame.height):
                        out.edges.extend(_edges(shape, pts))
            elif kind == raw.FPDF_PAGEOBJ_TEXT and obj not in runs:
                space = _space_object(obj, parent, frame, number, fonts)
                if space is not None:
                    out.chars.append(space)
        stamps = _stamp_rects(page, frame)
        if stamps:
            out.chars = _with_stamps(out.chars, _stamp_chars(pdf, number, frame, stamps))
        return out
    finally:
        if textpage is not None:
            textpage.close()
        page.close()


# --- signature stamps ------------------------------------------------------------------------------
# An e-signed Vietnamese document is numbered and dated when the văn thư signs it: the signing software
# writes the number and the day/month into the blanks of 'Số:      /BNV-CCHC' and 'ngày   tháng   năm'
# as the appearance of small signature widgets, which every viewer draws but a page's own text lacks.
# Only small widgets are read: the signer's seal and the 'Ký bởi … Thời gian ký …' box are larger.

STAMP_MAX_WIDTH, STAMP_MAX_HEIGHT = 80.0, 30.0      # points


def _stamp_rects(page: pdfium.PdfPage, frame: "_Frame") -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) in page coordinates of the page's small widget annotations."""
    out = []
    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        try:
            r = raw.FS_RECTF()
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET or not raw.FPDFAnnot_GetRect(annot, r):
                continue
            w, h = abs(r.right - r.left), abs(r.top - r.bottom)
            if 0 < w <= STAMP_MAX_WIDTH and 0 < h <= STAMP_MAX_HEIGHT:
                (xa, ya), (xb, yb) = frame.point(r.left, r.top, frame.device), frame.point(r.right, r.bottom, frame.device)
                out.append((min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def _stamp_chars(pdf: pdfium.PdfDocument, number: int, frame: "_Frame",
                 rects: list[tuple[float, float, float, float]]) -> list[dict]:
    """The characters the widgets in `rects` draw: the page is flattened (in memory only, after its
    own objects were read) and read again, and the characters inside a stamp's box are kept."""
    page = pdf[number - 1]
    try:
        if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
            return []
    finally:
        page.close()
    page = pdf[number - 1]              # PDFium reads a flattened page's new contents on reload
    textpage = page.get_textpage()
    try:
        chars = _chars(_address(textpage.raw), frame, number, {}, _Fonts())
    finally:
        textpage.close()
        page.close()
    return [c for c in chars if c["text"].strip() and any(
        x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
        for x0, top, x1, bottom in rects)]


def _with_stamps(page_chars: list[dict], stamp_chars: list[dict]) -> list[dict]:
    """The page's characters with a stamp's written into its blank: the stamp's characters the page
    text does not already have at the same place (the page text under a stamp, '/BNV-CCHC', is read
    again from the flattened page), and without the blanks the stamp covers ('ngày 18' not 'ngày 1 8')."""
    seen = {(c["text"], round(c["x0"]), round(c["top"])) for c in page_chars}
    new = [c for c in stamp_chars if (c["text"], round(c["x0"]), round(c["top"])) not in seen]

    def covered(c: dict) -> bool:
        mid, top = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return any(n["x0"] <= mid <= n["x1"] and n["top"] <= top <= n["bottom"] for n in new)
    return [c for c in page_chars if c["text"].strip() or not covered(c)] + new
