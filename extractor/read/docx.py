"""Read .docx (WordprocessingML) into a RawDocument with python-docx.

We walk the XML ourselves instead of python-docx's high-level API because:
- `Row.cells` repeats a merged cell across and down its span; walking `<w:tc>` elements yields
  each cell once, and `<w:gridSpan>` / `<w:vMerge>` give colspan / rowspan directly.
- `Paragraph.text` skips runs inside `<w:ins>`, `<w:smartTag>`, `<w:fldSimple>` and content controls.
- `iter_inner_content()` skips paragraphs and tables wrapped in block-level content controls
  (`<w:sdt>`), which cover pages and templates use.

Nested tables are flattened into their parent cell (one line per nested row, nested cells joined
by a tab), so the cell keeps all its text in reading order and nothing is counted twice.
Text boxes are emitted as paragraphs right after the paragraph that anchors them.
Order: body, then headers, then footers, then footnotes and endnotes.

Automatic list numbers ("1.", "a)", "-") are not in the text runs; Word renders them from
numbering.xml. Vietnamese reports number their sections and indicators this way, so we render
the label (decimal, letters, roman, bullets) and prefix it to the paragraph text.
"""
from __future__ import annotations

import re
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from lxml import etree

from extractor.errors import EncryptedDocument, ReadError
from extractor.model import RawBlock, RawCell, RawDocument
from extractor.read.text import kind_of_text
from extractor.wrapping import SYMBOL_FONT_BULLETS

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Word artefacts that text exports show as text; never part of the document's wording.
_ARTEFACT = re.compile(r"\[bookmark: [^\]]*\]")
_HEADING_STYLE = re.compile(r"^(?:heading|đề mục|tiêu đề)\s*(\d)$", re.IGNORECASE)
# footnote types that are separators, not notes
_NOTE_SKIP_TYPES = {"separator", "continuationSeparator", "continuationNotice"}


@lru_cache(maxsize=None)
def w(tag: str) -> str:
    """The WordprocessingML name of `tag` (a few dozen names, asked for a million times a batch)."""
    return f"{{{W}}}{tag}"


def read(path: Path) -> RawDocument:
    """Read a .docx file; raise EncryptedDocument / ReadError for files that cannot be opened."""
    path = Path(path)
    _check_container(path)
    try:
        with zipfile.ZipFile(path) as package:
            return _read_word(_package_word(package))
    except Exception:       # a package out of the common run: python-docx reads it, or says what is wrong
        pass
    return _read_word(_python_docx_word(_open(path)))


def _read_word(word: "_Word") -> RawDocument:
    styles = _Styles(word)
    blocks = list(_blocks(word.body, styles, "body"))
    blocks += _header_footer_blocks(word, styles)
    blocks += _note_blocks(word, styles)
    return RawDocument(format="docx", blocks=blocks)


# --- opening ---------------------------------------------------------------------------------------

class _Word:
    """What reading needs of a .docx: its body, its styles (`_style_table`), its numbering root, the parts its relationships
    name (rId -> (part name, the part's root when asked)), and its note parts' roots in relationship order."""

    def __init__(self, body, style_table: tuple, numbering_root, related: dict, notes: list) -> None:
        self.body = body
        self.style_table = style_table
        self.numbering_root = numbering_root
        self.related = related
        self.notes = notes


def _open(path: Path):
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as e:
        raise ReadError(f"not a readable .docx file: {type(e).__name__}: {e}") from None


def _python_docx_word(document) -> _Word:
    part = document.part
    related = {rid: (str(target.partname), lambda target=target: _part_root(target))
               for rid, target in part.related_parts.items()}
    notes = [lambda rel=rel: _part_root(rel.target_part) for rel in part.rels.values()
             if not rel.is_external and rel.reltype.endswith(("/footnotes", "/endnotes"))]
    return _Word(document.element.body, _style_table(document.styles.element), _numbering_root(document),
                 related, notes)


# Straight from the zip, the parts reading needs, parsed as python-docx parses them. python-docx opens
# every part of the package and parses each XML part it models (settings, properties ...) into its own
# element classes: a third of reading a report. A package out of the common run (no styles part, a
# relationship twice, an unexpected content type, anything that fails) goes to python-docx instead.
_XML_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)     # python-docx's options
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


class _Unusual(Exception):
    """The package is one for python-docx to open."""


def _package_word(package: zipfile.ZipFile) -> _Word:
    from docx.opc.packuri import PackURI

    types = _content_types(package)
    main = _only_part(_relationships(package, PackURI("/")), _RT + "officeDocument", False)
    if types.of(main) != _WML + "document.main+xml":
        raise _Unusual("not a Word document")
    rels = _relationships(package, main)
    if len({rid for rid, *_ in rels}) < len(rels):
        raise _Unusual("a relationship id twice")
    styles = _only_part(rels, _RT + "styles", False)
    numbering = _only_part(rels, _RT + "numbering", True)
    if types.of(styles) != _WML + "styles+xml" or (numbering and types.of(numbering) != _WML + "numbering+xml"):
        raise _Unusual("unexpected content type")
    root = _part_xml(package, types, main)
    if root.tag != w("document"):
        raise _Unusual("not a w:document")

    def root_of(name):
        return lambda: _part_xml(package, types, name)
    related = {rid: (str(target), root_of(target)) for rid, reltype, target in rels if target is not None}
    notes = [root_of(target) for rid, reltype, target in rels
             if target is not None and reltype.endswith(("/footnotes", "/endnotes"))]
    return _Word(_child(root, "body"), _style_table_of_part(package.read(styles.membername)),
                 _part_xml(package, types, numbering) if numbering else None, related, notes)


class _ContentTypes:
    """[Content_Types].xml as python-docx reads it: an override by part name, else a default by
    extension, both without regard to case."""

    def __init__(self, overrides: dict, defaults: dict) -> None:
        self.overrides, self.defaults = overrides, defaults

    def of(self, name) -> str:
        if name.lower() in self.overrides:
            return self.overrides[name.lower()]
        return self.defaults[name.ext.lower()]


def _content_types(package: zipfile.ZipFile) -> _ContentTypes:
    root = etree.fromstring(package.read("[Content_Types].xml"), _XML_PARSER)
    overrides = {o.get("PartName").lower(): o.get("ContentType") for o in root.iterchildren(_TYPES + "Override")}
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in root.iterchildren(_TYPES + "Default")}
    return _ContentTypes(overrides, defaults)


def _relationships(package: zipfile.ZipFile, source) -> list[tuple[str, str, object]]:
    """(rId, type, target part name or None when external) of a part, '/' for the package's own."""
    from docx.opc.packuri import PackURI

    try:
        blob = package.read(source.rels_uri.membername)
    except KeyError:
        return []
    out = []
    for rel in etree.fromstring(blob, _XML_PARSER).iterchildren(_RELS + "Relationship"):
        external = rel.get("TargetMode", "Internal") == "External"
        target = None if external else PackURI.from_rel_ref(source.baseURI, rel.get("Target"))
        out.append((rel.get("Id"), rel.get("Type"), target))
    return out


def _only_part(rels: list, reltype: str, optional: bool):
    """The part of the one relationship of this type (None if optional and there is none)."""
    targets = [target for _, kind, target in rels if kind == reltype]
    if not targets and optional:
        return None
    if len(targets) != 1 or targets[0] is None:
        raise _Unusual(f"{len(targets)} relationships of type {reltype}")
    return targets[0]


def _part_xml(package: zipfile.ZipFile, types: _ContentTypes, name):
    """A part's root, parsed as python-docx would: its own parser for the XML parts it models, lxml's
    default for the rest (see `_part_root`)."""
    parser = _XML_PARSER if types.of(name) in _modelled_xml_types() else None
    return etree.fromstring(package.read(name.membername), parser)


@lru_cache(maxsize=1)
def _modelled_xml_types() -> frozenset:
    import docx  # noqa: F401  (registers python-docx's part classes)
    from docx.opc.part import PartFactory, XmlPart

    return frozenset(ct for ct, cls in PartFactory.part_type_for.items() if issubclass(cls, XmlPart))


def _check_container(path: Path) -> None:
    """Encrypted OOXML is an OLE container holding an `EncryptedPackage` stream, not a zip."""
    try:
        with open(path, "rb") as f:
            data = f.read(len(OLE_MAGIC))       # the whole file only when it is an OLE container
            if data.startswith(OLE_MAGIC):
                data += f.read()
    except OSError as e:
        raise ReadError(f"cannot open file: {e.strerror or e}") from None
    if not data:
        raise ReadError("empty file (0 bytes)")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocument("the .docx is password-protected (encrypted OLE package)")
        raise ReadError("legacy Word (OLE) file, not a .docx; read it as .doc")
    if not zipfile.is_zipfile(path):
        raise ReadError("not a readable .docx file: not a zip archive (corrupt or wrong extension)")


class _Styles:
    """Style names by id and the list numbering state of one document."""

    def __init__(self, word: _Word) -> None:
        self.names, self.style_numpr = word.style_table      # read only: may be shared between documents
        self.numbering = _Numbering(word.numbering_root)

    def name(self, sid: str) -> str:
        return self.names.get(sid, sid)


def _style_table(root) -> tuple[dict[str, str], dict[str, object]]:
    """Style names by id, and the styles' own list numbering (numPr) by id."""
    names: dict[str, str] = {}
    style_numpr: dict[str, object] = {}
    for style in root.findall(w("style")):
        sid = style.get(w("styleId"))
        name = _child(style, "name")
        if sid:
            # names are stable across UI languages; ids are localised
            names[sid] = name.get(w("val")) if name is not None else sid
            ppr = _child(style, "pPr")
            if ppr is not None and _child(ppr, "numPr") is not None:
                style_numpr[sid] = _child(ppr, "numPr")
    return names, style_numpr


@lru_cache(maxsize=8)
def _style_table_of_part(blob: bytes) -> tuple[dict[str, str], dict[str, object]]:
    """`_style_table` of a styles part, kept by its bytes: the reports of one office share their
    template's styles, often hundreds of kilobytes (two thirds of reading a short report), and a
    batch would parse them once a file."""
    return _style_table(etree.fromstring(blob, _XML_PARSER))


def _numbering_root(document):
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return None


# --- block walking ---------------------------------------------------------------------------------

def _blocks(container, styles: "_Styles", source: str) -> Iterator[RawBlock]:
    """Paragraphs and tables of a body / header / footnote in document order."""
    for el in _block_children(container):
        if el.tag == w("p"):
            yield from _paragraph_blocks(el, styles, source)
        elif el.tag == w("tbl"):
            rows = _table_rows(el, styles)
            if any(c.text.strip() for row in rows for c in row):    # skip text-less layout tables
                yield RawBlock(kind="table", rows=rows, source=source)


def _block_children(container) -> Iterator:
    """w:p and w:tbl children, looking through content controls and custom XML wrappers."""
    for el in container:
        if el.tag in (w("p"), w("tbl")):
            yield el
        elif el.tag == w("sdt"):
            content = _child(el, "sdtContent")
            if content is not None:
                yield from _block_children(content)
        elif el.tag == w("customXml"):
            yield from _block_children(el)


def _paragraph_blocks(p, styles: "_Styles", source: str) -> Iterator[RawBlock]:
    text = paragraph_text(p)
    if text.strip():
        kind, level = _paragraph_kind(p, styles, text)
        label = styles.numbering.label(_numpr(p, styles))
        if label:
            text = label + text
        yield RawBlock(kind=kind, text=text, level=level, source=source)
    for box in _text_boxes(p):
        yield from _blocks(box, styles, source)


def _paragraph_kind(p, styles: "_Styles", text: str) -> tuple[str, Optional[int]]:
    ppr = _child(p, "pPr")
    name = ""
    if ppr is not None:
        style = _child(ppr, "pStyle")
        if style is not None:
            name = styles.name(style.get(w("val")) or "")
    m = _HEADING_STYLE.match(name.strip())
    if m:
        return "heading", int(m.group(1))
    if name.strip().lower() == "title":
        return "heading", 1
    level = _outline_level(ppr)
    if level is not None:
        return "heading", level
    if _has_numbering(ppr) or name.lower().startswith("list"):
        return "list_item", None
    return kind_of_text(text), None


def _numpr(p, styles: "_Styles"):
    """The paragraph's own numPr, else its style's."""
    ppr = _child(p, "pPr")
    if ppr is None:
        return None
    if _child(ppr, "numPr") is not None:
        return _child(ppr, "numPr")
    style = _child(ppr, "pStyle")
    return styles.style_numpr.get(style.get(w("val"))) if style is not None else None


def _outline_level(ppr) -> Optional[int]:
    """A direct outline level (0-8) makes a heading; 9 means body text."""
    if ppr is None:
        return None
    lvl = _child(ppr, "outlineLvl")
    if lvl is None:
        return None
    try:
        value = int(lvl.get(w("val")))
    except (TypeError, ValueError):
        return None
    return value + 1 if 0 <= value < 9 else None


def _has_numbering(ppr) -> bool:
    if ppr is None:
        return False
    num = _child(ppr, "numPr")
    if num is None:
        return False
    num_id = _child(num, "numId")
    # numId 0 explicitly removes numbering inherited from the style
    return num_id is None or num_id.get(w("val")) != "0"


# --- list numbering ------------------------------------------------------------------------------



class _Numbering:
    """Renders Word's automatic list labels, counting per abstract list like Word does."""

    def __init__(self, root) -> None:
        self.levels: dict[str, dict[int, object]] = {}     # abstractNumId -> ilvl -> w:lvl
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self.counters: dict[str, list[int]] = {}
        self.started: set[str] = set()
        if root is not None:
            self._load(root)

    def _load(self, root) -> None:
        for an in root.findall(w("abstractNum")):
            lvls = {_int_attr(l, "ilvl", 0): l for l in an.findall(w("lvl"))}
            self.levels[an.get(w("abstractNumId"))] = lvls
        for num in root.findall(w("num")):
            abstract = _child(num, "abstractNumId")
            if abstract is None:
                continue
            overrides = {}
            for ov in num.findall(w("lvlOverride")):
                start = _child(ov, "startOverride")
                if start is not None:
                    overrides[_int_attr(ov, "ilvl", 0)] = _int_attr(start, "val", 1)
            self.nums[num.get(w("numId"))] = (abstract.get(w("val")), overrides)

    def label(self, numpr) -> str:
        """The rendered label with its separator, or '' (no numbering, or format 'none')."""
        if numpr is None:
            return ""
        num_id = _child_val(numpr, "numId")
        ilvl = int(_child_val(numpr, "ilvl") or 0)
        if num_id not in self.nums:
            return ""
        abstract, overrides = self.nums[num_id]
        lvls = self.levels.get(abstract, {})
        if ilvl not in lvls:
            return ""
        counts = self._advance(num_id, abstract, overrides, lvls, ilvl)
        text = _child_val(lvls[ilvl], "lvlText") or ""
        for k in range(ilvl + 1):
            fmt = _child_val(lvls[k], "numFmt") if k in lvls else "decimal"
            text = text.replace(f"%{k + 1}", _format_number(counts[k], fmt or "decimal"))
        if _child_val(lvls[ilvl], "numFmt") == "bullet":
            text = "".join(SYMBOL_FONT_BULLETS.get(ch, ch) for ch in text)
        suffix = _child_val(lvls[ilvl], "suff") or "tab"
        return text + ("" if suffix == "nothing" or not text else " ")

    def _advance(self, num_id, abstract, overrides, lvls, ilvl) -> list[int]:
        counts = self.counters.setdefault(abstract, [None] * 9)   # type: ignore[list-item]
        if num_id not in self.started:
            self.started.add(num_id)
            for k, start in overrides.items():
                if 0 <= k < 9:
                    counts[k] = start - 1
        for k in range(ilvl):       # a deeper item under a level never used counts that level as 'start'
            if counts[k] is None:
                counts[k] = _start(lvls.get(k))
        counts[ilvl] = _start(lvls[ilvl]) if counts[ilvl] is None else counts[ilvl] + 1
        for k in range(ilvl + 1, 9):
            counts[k] = None
        return counts


def _start(lvl) -> int:
    value = _child_val(lvl, "start") if lvl is not None else None
    try:
        return int(value) if value is not None else 1
    except ValueError:
        return 1


def _child(el, name: str):
    """The first child named `name` (WordprocessingML), or None: `el.find` without its path parser,
    half the cost, asked several times for every paragraph and style."""
    return next(el.iterchildren(w(name)), None)


def _child_val(el, name: str) -> Optional[str]:
    child = _child(el, name)
    return child.get(w("val")) if child is not None else None


def _int_attr(el, name: str, default: int) -> int:
    try:
        return int(el.get(w(name)))
    except (TypeError, ValueError):
        return default


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.lower() if fmt == "lowerRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _letters(n: int) -> str:
    # Word repeats the letter after z: aa, bb, ...
    if n < 1:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if n < 1:
        return str(n)
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


# --- text of one paragraph -------------------------------------------------------------------------

_SKIP_SUBTREES = {w("txbxContent"), f"{{{MC}}}Fallback", w("del"), w("moveFrom"), w("pPr"), w("rPr")}


def paragraph_text(p) -> str:
    """Text of a w:p in reading order: runs, hyperlinks, insertions, fields' results; tabs and
    breaks kept as \\t and \\n. Text boxes are read separately (see _text_boxes)."""
    parts: list[str] = []
    _collect_text(p, parts)
    return _ARTEFACT.sub("", "".join(parts))


_W_TEXT, _W_SYM = w("t"), w("sym")
# the run elements that stand for one character
_CHARACTER_OF = {w("tab"): "\t", w("ptab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "-",
                 w("softHyphen"): "\u00ad"}


def _collect_text(el, parts: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
            continue
        if tag == _W_TEXT:
            parts.append(child.text or "")
        elif tag in _CHARACTER_OF:
            parts.append(_CHARACTER_OF[tag])
        elif tag == _W_SYM:
            parts.append(_symbol(child))
        else:
            _collect_text(child, parts)


def _symbol(sym) -> str:
    code = sym.get(w("char")) or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    # Symbol-font code points live in the private use area F000-F0FF; map to the ASCII slot.
    if 0xF000 <= value <= 0xF0FF:
        value -= 0xF000
    return chr(value) if value >= 0x20 else ""


def _text_boxes(p) -> list:
    """txbxContent elements anchored in this paragraph, skipping the VML fallback copies."""
    out = []
    for box in p.iter(w("txbxContent")):
        if any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors()):
            continue
        if any(a.tag == w("txbxContent") for a in box.iterancestors()):
            continue    # a box inside a box is read with its outer box
        out.append(box)
    return out


# --- tables ----------------------------------------------------------------------------------------

def _table_rows(tbl, styles: "_Styles") -> list[list[RawCell]]:
    """Rows of RawCells in the HTML table model: a merged cell appears once at its top-left with
    its span; positions covered by a span from above are simply absent from later rows."""
    rows: list[list[RawCell]] = []
    open_merges: dict[int, RawCell] = {}     # grid column -> cell whose vertical merge is open
    for tr in _rows(tbl):
        rows.append(_row_cells(tr, styles, open_merges))
    return rows


def _rows(tbl) -> Iterator:
    for el in tbl:
        if el.tag == w("tr"):
            yield el
        elif el.tag in (w("sdt"), w("customXml")):
            content = _child(el, "sdtContent") if el.tag == w("sdt") else el
            if content is not None:
                yield from (r for r in content if r.tag == w("tr"))


def _row_cells(tr, styles: "_Styles", open_merges: dict[int, RawCell]) -> list[RawCell]:
    is_header = _row_flag(tr, "tblHeader")
    cells: list[RawCell] = []
    col = _grid_skip(tr, "gridBefore")
    if col:
        cells.append(RawCell(text="", colspan=col, is_header=is_header))
    for tc in _cells(tr):
        span = _int_prop(tc, "gridSpan", 1)
        merge = _vmerge(tc)
        if merge == "continue" and col in open_merges:
            open_merges[col].rowspan += 1
        else:
            cell = RawCell(text=_cell_text(tc, styles), colspan=span, is_header=is_header)
            cells.append(cell)
            if merge == "restart":
                open_merges[col] = cell
            else:
                open_merges.pop(col, None)
        col += span
    return cells


def _cells(tr) -> Iterator:
    for el in tr:
        if el.tag == w("tc"):
            yield el
        elif el.tag in (w("sdt"), w("customXml")):
            content = _child(el, "sdtContent") if el.tag == w("sdt") else el
            if content is not None:
                yield from (c for c in content if c.tag == w("tc"))


def _vmerge(tc) -> Optional[str]:
    tcpr = _child(tc, "tcPr")
    vm = _child(tcpr, "vMerge") if tcpr is not None else None
    if vm is None:
        return None
    return "restart" if vm.get(w("val")) == "restart" else "continue"


def _int_prop(tc, name: str, default: int) -> int:
    tcpr = _child(tc, "tcPr")
    el = _child(tcpr, name) if tcpr is not None else None
    try:
        return max(1, int(el.get(w("val")))) if el is not None else default
    except (TypeError, ValueError):
        return default


def _grid_skip(tr, name: str) -> int:
    trpr = _child(tr, "trPr")
    el = _child(trpr, name) if trpr is not None else None
    try:
        return max(0, int(el.get(w("val")))) if el is not None else 0
    except (TypeError, ValueError):
        return 0


def _row_flag(tr, name: str) -> bool:
    trpr = _child(tr, "trPr")
    el = _child(trpr, name) if trpr is not None else None
    return el is not None and el.get(w("val")) not in ("0", "false", "off")


def _cell_text(tc, styles: "_Styles") -> str:
    """Paragraphs joined by newlines; a nested table becomes one line per row, cells tab-joined."""
    lines: list[str] = []
    for block in _blocks(tc, styles, "body"):
        if block.kind == "table":
            lines += ["\t".join(c.text.replace("\n", " ") for c in row) for row in block.rows or []]
        else:
            lines.append(block.text)
    return "\n".join(lines)


# --- headers, footers, notes -----------------------------------------------------------------------

def _header_footer_blocks(word: _Word, styles: "_Styles") -> list[RawBlock]:
    """Each header/footer part once, in section order: all headers first, then all footers."""
    out: list[RawBlock] = []
    for kind in ("header", "footer"):
        seen: set[str] = set()
        for sect in word.body.iter(w("sectPr")):
            for ref in sect.findall(w(f"{kind}Reference")):
                rid = ref.get(f"{{{_R}}}id")
                part = word.related.get(rid) if rid else None
                if part is None or part[0] in seen:
                    continue
                seen.add(part[0])
                out += list(_blocks(part[1](), styles, kind))
    return out


def _note_blocks(word: _Word, styles: "_Styles") -> list[RawBlock]:
    out: list[RawBlock] = []
    for root_of in word.notes:
        for note in root_of():
            if note.tag in (w("footnote"), w("endnote")) and note.get(w("type")) not in _NOTE_SKIP_TYPES:
                out += list(_blocks(note, styles, "footnote"))
    return out


def _part_root(part):
    """The XML root of a part; python-docx only parses the part types it models."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    try:
        return etree.fromstring(part.blob)
    except etree.XMLSyntaxError as e:
        raise ReadError(f"corrupt part {part.partname} in .docx: {e}") from None
