"""Read HTML: Word "Save as Web Page" (MSO HTML) and portal pages with site chrome (vbpl.vn ...).

Steps: decode the bytes (declared charset verified, else detected) → parse with lxml → drop
scripts, styles, comments and hidden elements → read the portal's metadata box into `site_meta`
→ find the document body (a known content container, else the dominant text container) →
walk it into blocks. Tables keep rowspan/colspan; nested tables are flattened into their cell
(one line per nested row, cells tab-joined), the same choice as the .docx reader.

Whitespace is collapsed the way a browser renders it (source line wraps are not text) and `<br>`
becomes a newline; entities are decoded by the parser; decomposed accents are composed (NFC).
Nothing else is replaced: `&nbsp;` stays U+00A0 for the normaliser.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from lxml import etree

from extractor.errors import EmptyDocument, ReadError
from extractor.model import RawBlock, RawCell, RawDocument

# Known document-body containers of Vietnamese legal portals, most specific first.
CONTENT_XPATHS = (
    "//*[@data-vbpl-content-root]",
    "//*[@id='toanvancontent']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' toanvancontent ')]",
    "//*[@id='divContentDoc']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' content1 ')]",
)
MIN_ROOT_CHARS = 100
DOMINANT_SHARE = 0.75   # descend into a child holding this share of its parent's text

_DROP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "embed",
              "button", "select", "input", "textarea", "map", "canvas", "video", "audio", "link", "meta"}
_CHROME_TAGS = {"nav", "aside", "header", "footer", "menu"}
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
               "table", "blockquote", "pre", "section", "article", "main", "center", "form", "address",
               "figure", "figcaption", "caption", "hr", "tr", "td", "th", "tbody", "thead", "tfoot",
               "header", "footer", "nav", "aside", "fieldset", "legend", "details", "summary"}
_CONTAINER_TAGS = {"body", "div", "section", "article", "main", "form", "center", "font", "span",
                   "table", "tbody", "thead", "tr", "td", "th"}
_WS = re.compile(r"[ \t\r\n\f]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)
_FOOTNOTE_AREA = re.compile(r"mso-element\s*:\s*(?:footnote|endnote)-list", re.I)
_MSO_LIST = re.compile(r"mso-list\s*:\s*l\d", re.I)


def read(path: Path) -> RawDocument:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot open file: {e.strerror or e}") from None
    if not data.strip():
        raise EmptyDocument("empty file (no content)")
    text, encoding, warnings = decode(data)
    tree = _parse(unicodedata.normalize("NFC", text))      # decomposed accents: see read/text.py
    _clean(tree)
    root = find_content_root(tree)
    meta = site_meta(tree, root)
    try:
        blocks = list(_walk(root, _Ctx()))
    except RecursionError:
        raise ReadError("HTML nested too deeply to read") from None
    return RawDocument(format="html", blocks=blocks, site_meta=meta, warnings=warnings, encoding=encoding)


# --- decoding --------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding used, warnings). Valid UTF-8 with non-ASCII bytes wins over a declared
    single-byte charset (a mislabelled UTF-8 page would otherwise become mojibake); a declared
    charset that fails to decode falls back to detection."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace"), enc, []
    declared = declared_charset(data)
    utf8 = _try(data, "utf-8")
    if utf8 is not None and (declared in (None, "utf-8") or not data.isascii()):
        warn = [] if declared in (None, "utf-8") else [f"declared charset {declared} but the bytes are UTF-8"]
        return utf8, "utf-8", warn
    if declared:
        text = _try(data, declared)
        if text is not None:
            return text, declared, []
    return _detect(data, declared)


def declared_charset(data: bytes) -> Optional[str]:
    head = data[:16384]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    import codecs
    try:
        return codecs.lookup(name).name.replace("cp125", "windows-125") if name else None
    except LookupError:
        return None


def _try(data: bytes, encoding: str) -> Optional[str]:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, declared: Optional[str]) -> tuple[str, str, list[str]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    said = f"declared charset {declared} does not decode" if declared else "no declared charset"
    if best is not None:
        return str(best), best.encoding, [f"{said}; detected {best.encoding}"]
    return data.decode("utf-8", "replace"), "utf-8", [f"{said}; undecodable bytes replaced"]


# --- parsing and cleaning --------------------------------------------------------------------------

# lxml.html's parser and text_content() without its element classes: it looked up a Python class for
# every element touched (a sixth of reading a large page), and nothing here uses their methods.
_PARSER = etree.HTMLParser()
_text_content = etree.XPath("string()", smart_strings=False)


def _parse(text: str):
    try:
        root = etree.fromstring(_XML_DECL.sub("", text, count=1), _PARSER)
        if root is None:
            raise etree.ParserError("Document is empty")
        return root
    except (etree.ParserError, ValueError) as e:
        raise ReadError(f"not a readable HTML file: {e}") from None


def _clean(tree) -> None:
    """Drop what a reader of the page never sees: code, styles, comments (incl. MSO conditional
    comments holding XML), processing instructions and hidden elements."""
    doomed = []
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            doomed.append(el)
        elif tag.lower() in _DROP_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true":
            doomed.append(el)
        elif _hidden_style(el.get("style") or ""):
            doomed.append(el)
    for el in doomed:
        _remove(el)


def _hidden_style(style: str) -> bool:
    """Does a style attribute hide its element (`_HIDDEN`)? Word styles nearly every element of its
    pages ('margin:0cm;font-size:13.0pt'): a style in ASCII naming none of the three properties is
    told apart without the regex (under re.I four non-ASCII letters match ASCII ones: those go to it)."""
    if style.isascii():
        low = style.lower()         # once, not once per word: nearly every element of Word's pages has a style
        if "display" not in low and "visibility" not in low and "mso-hide" not in low:
            return False
    return _HIDDEN.search(style) is not None


def _remove(el) -> None:
    """Remove an element but keep its tail text (lxml attaches text after an element to it)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# --- finding the document body ---------------------------------------------------------------------

def find_content_root(tree):
    for find in _content_finders():
        for el in find(tree):
            if _visible_text_reaches(el, MIN_ROOT_CHARS):
                return el
    body = tree.find("body") if tree.tag == "html" else tree
    if body is None:
        body = tree
    for el in list(body.iter(*_CHROME_TAGS)):
        _remove(el)
    return _dominant(body)


@lru_cache(maxsize=1)
def _content_finders() -> list:
    """CONTENT_XPATHS compiled once, each from the page's root element down: '//*' went through every
    node of the document for each element it tried (the same elements, in the same order)."""
    return [etree.XPath("descendant-or-self::*" + xpath.removeprefix("//*")) for xpath in CONTENT_XPATHS]


def _visible_text_reaches(el, n: int) -> bool:
    """len(_visible_text(el)) >= n. The visible text of its first stretch is the start of the whole's:
    when that is long enough, the whole text (a document's) is not collapsed."""
    text = _text_content(el)
    head = _WS.sub(" ", text[:4 * n]).strip()
    return len(head) >= n or len(_WS.sub(" ", text).strip()) >= n


def _visible_text(el) -> str:
    return _WS.sub(" ", _text_content(el)).strip()


def _dominant(el):
    """Walk down while one container child holds most of the text (page chrome holds little)."""
    total = len(_visible_text(el))
    while True:
        kids = [c for c in el if isinstance(c.tag, str)]
        if not kids or total == 0:
            return el
        sizes = [len(_visible_text(c)) for c in kids]      # each child's text measured once
        size = max(sizes)
        best = kids[sizes.index(size)]                      # the first of the largest, as max() picks
        if best.tag not in _CONTAINER_TAGS or size < DOMINANT_SHARE * total:
            return el
        el, total = best, size


# --- walking blocks --------------------------------------------------------------------------------

@dataclass
class _Ctx:
    source: str = "body"
    pre: bool = False


def _walk(el, ctx: _Ctx) -> list[RawBlock]:
    """Blocks of one element: its own inline text (between block children) and its block children."""
    out: list[RawBlock] = []
    _walk_into(el, ctx, out)
    return out


def _walk_into(el, ctx: _Ctx, out: list[RawBlock]) -> None:
    # appends to one list: nested generators passed each block up through every level of nesting
    ctx = _child_ctx(el, ctx)
    if el.tag == "table":
        table = _table(el, ctx)
        if table is not None:
            out.append(table)
        return
    buf: list[str] = [_ws(el.text, ctx)]
    for child in el:
        if _is_block(child):
            _flush(el, buf, ctx, out)
            _walk_into(child, ctx, out)
        else:
            buf.append(_inline_text(child, ctx))
        if child.tail:
            buf.append(_ws(child.tail, ctx))
    _flush(el, buf, ctx, out)


def _child_ctx(el, ctx: _Ctx) -> _Ctx:
    source = "footnote" if _footnote_area(el.get("style") or "") else ctx.source
    pre = ctx.pre or el.tag == "pre"
    return ctx if (source, pre) == (ctx.source, ctx.pre) else _Ctx(source=source, pre=pre)


def _footnote_area(style: str) -> bool:
    """Does a style mark Word's footnote list (`_FOOTNOTE_AREA`)? Every element is asked: a style in
    ASCII without 'mso-element' is told apart without the regex (as in `_hidden_style`)."""
    if style.isascii() and "mso-element" not in style.lower():
        return False
    return _FOOTNOTE_AREA.search(style) is not None


def _is_block(el) -> bool:
    """A block tag, or an inline wrapper (span, font, a) that holds blocks."""
    if el.tag in _BLOCK_TAGS:
        return True
    if not len(el):
        return False    # most inline elements hold text only
    return any(d.tag in _BLOCK_TAGS for d in el.iterdescendants() if isinstance(d.tag, str))


def _inline_text(el, ctx: _Ctx) -> str:
    if el.tag == "br":
        return "\n"
    parts = [_ws(el.text, ctx)]
    for child in el:
        parts.append(_inline_text(child, ctx))
        if child.tail:
            parts.append(_ws(child.tail, ctx))
    return "".join(parts)


def _ws(text: Optional[str], ctx: _Ctx) -> str:
    if not text:
        return ""
    return text if ctx.pre else _WS.sub(" ", text)


def _flush(el, buf: list[str], ctx: _Ctx, out: list[RawBlock]) -> None:
    text = "".join(buf)
    buf.clear()
    if not text or text.isspace():
        return          # most flushes: the whitespace between two block children
    if not ctx.pre:
        # outer whitespace incl. the &nbsp; Word puts in empty <o:p> is layout, not text
        if "\n" in text:
            text = "\n".join(line.strip() for line in text.split("\n")).strip("\n")
        else:
            text = text.strip()         # one line (most blocks): the same, without the split
    if not text.strip():
        return
    kind, level = _kind(el)
    out.append(RawBlock(kind=kind, text=text, level=level, source=ctx.source))


def _kind(el) -> tuple[str, Optional[int]]:
    tag = el.tag
    if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
        return "heading", int(tag[1])
    cls = el.get("class") or ""
    if cls.startswith("MsoTitle"):
        return "heading", 1
    if tag == "li" or cls.startswith("MsoList") or _MSO_LIST.search(el.get("style") or ""):
        return "list_item", None
    return "paragraph", None


# --- tables ----------------------------------------------------------------------------------------

def _table(tbl, ctx: _Ctx) -> Optional[RawBlock]:
    rows = []
    for tr in _own_rows(tbl):
        in_head = tr.getparent().tag == "thead"
        cells = [_cell(td, ctx, in_head) for td in tr if td.tag in ("td", "th")]
        if cells:
            rows.append(cells)
    if not any(c.text.strip() for row in rows for c in row):
        return None     # layout tables Word draws lines with hold no text
    return RawBlock(kind="table", rows=rows, source=ctx.source)


def _own_rows(tbl) -> Iterator:
    for child in tbl:
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (tr for tr in child if tr.tag == "tr")


def _cell(td, ctx: _Ctx, in_head: bool) -> RawCell:
    lines = []
    for block in _walk(td, ctx):        # a td is walked like a div: its own inline text plus its blocks
        if block.kind == "table":
            lines += ["\t".join(c.text.replace("\n", " ") for c in row) for row in block.rows or []]
        else:
            lines.append(block.text)
    return RawCell(text="\n".join(lines), rowspan=_span(td.get("rowspan")), colspan=_span(td.get("colspan")),
                   is_header=in_head or td.tag == "th")


_SPAN = re.compile(r"\s*(\d+)")


def _span(value: Optional[str]) -> int:
    if value is None:
        return 1        # most cells: no rowspan / colspan attribute
    m = _SPAN.match(value)
    n = int(m.group(1)) if m else 1
    return min(max(n, 1), 1000)    # rowspan=0 means 'to the end' in HTML; treat as 1


# --- the portal's metadata box ---------------------------------------------------------------------

META_LABELS = {
    "số ký hiệu": "number_symbol", "số hiệu": "number_symbol", "ký hiệu": "number_symbol",
    "số văn bản": "number_symbol",
    "ngày ban hành": "issued_date", "ban hành ngày": "issued_date",
    "cơ quan ban hành": "issuer", "nơi ban hành": "issuer", "cơ quan ban hành/ chức danh": "issuer",
    "loại văn bản": "doc_type", "hình thức văn bản": "doc_type",
    "người ký": "signer", "chức danh/người ký": "signer",
    "trích yếu": "title", "trích yếu nội dung": "title", "tên văn bản": "title",
    "ngày có hiệu lực": "effective_date", "ngày hiệu lực": "effective_date",
    "ngày bắt đầu hiệu lực": "effective_date", "hiệu lực từ ngày": "effective_date",
    "tình trạng hiệu lực": "status", "tình trạng": "status", "trạng thái": "status",
    "lĩnh vực": "field", "ngày cập nhật": "updated_date", "ngày đăng công báo": "gazette_date",
    "số công báo": "gazette_number",
}
_STATUS = re.compile(r"^(?:chưa có|còn|hết|ngưng|hết một phần)\s+hiệu lực(?:\s+(?:một phần|toàn bộ))?$", re.I)
_PAGE_TITLE = re.compile(r"^(?P<doc_type>\D{2,60}?)\s+số\s+(?P<number_symbol>\d\S*)\s*(?P<title>.*)$", re.I)


def site_meta(tree, root) -> dict:
    """Label/value pairs found outside the document body, first occurrence wins; plus the page
    heading ('Nghị định số 27/2026/NĐ-CP Quy định ...') split into type, number and title."""
    meta: dict[str, str] = {}
    for el in _outside(tree, root):
        if not isinstance(el.tag, str):
            continue
        _label_value(el, meta)
        own = _norm(_text_content(el)) if len(el) == 0 else ""
        if own and "status" not in meta and _STATUS.match(own):
            meta["status"] = _clean_value(_text_content(el))
    _page_heading(tree, root, meta)
    return meta


def _outside(tree, root) -> Iterator:
    """The nodes of `tree` in document order, less `root` and all it holds: the body holds nearly all
    of a page, and is not walked (nor a set made of it) to be left out."""
    stack = [tree]
    while stack:
        el = stack.pop()
        if el is root:      # lxml keeps one proxy per node while it is referenced: identity holds
            continue
        yield el
        stack.extend(reversed(el))


def _label_value(el, meta: dict) -> None:
    own = el.text or ""
    label, sep, rest = own.partition(":")
    key = META_LABELS.get(_norm(label))
    if key is None or key in meta:
        return
    value = _clean_value(rest) if sep else ""
    if not value:
        value = _value_after(el)
    if value:
        meta[key] = value


def _value_after(el) -> str:
    """The value next to a label element: its tail, its next sibling, or (for a label wrapped in
    <b> inside a <td>) the next sibling of the wrapper."""
    for _ in range(3):
        if el.tail and _clean_value(el.tail).strip(":"):
            return _clean_value(el.tail).strip(": ")
        nxt = el.getnext()
        if nxt is not None:
            return _clean_value(_text_content(nxt)).lstrip(": ")
        el = el.getparent()
        if el is None:
            return ""
    return ""


def _page_heading(tree, root, meta: dict) -> None:
    for h1 in _outside(tree, root):
        if h1.tag != "h1":
            continue
        text = _clean_value(_text_content(h1))
        if not text:
            continue
        m = _PAGE_TITLE.match(text)
        if m:
            for key, value in m.groupdict().items():
                if value and key not in meta:
                    meta[key] = value.strip()
        meta.setdefault("page_title", text)
        return


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", _WS.sub(" ", text.replace("\xa0", " "))).strip().rstrip(":").strip().casefold()


def _clean_value(text: str) -> str:
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()
