"""Normalise Vietnamese text while keeping a map back to the characters as written.

- NFC (PDFs and some Word files carry decomposed text that no regex matches);
- legacy TCVN3 (ABC) and VNI text detected and converted (see legacy.py);
- non-breaking and zero-width spaces, soft hyphens, U+FFFE (pypdfium2's line-break hyphen);
- Word artefacts such as `[bookmark: _GoBack]`;
- hard line breaks inside a sentence become spaces (seed 004's `ngày 13\\ntháng 02 năm 2025`).

`normalize_text` returns the text and `to_raw`, where `to_raw[i]` is the index in the raw string of
normalised character i, so every match can be shown as written. `fold_tone` gives one tone-mark
convention for matching labels (hoà/hòa, thuỷ/thủy, Uỷ/Ủy); the original stays for display.
"""
from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache

import regex

from extractor.model import Block, Cell, Document, RawBlock, RawDocument
from extractor.patterns import load_patterns
from extractor.wrapping import BULLET_GLYPHS, HYPHEN_BREAK, continues

ARTEFACTS = regex.compile(r"\[bookmark: [^\]]*\]|\{\\[^}]*\}")
SPACES = {"\xa0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ", "\t": " ", "\r": ""}
DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\ufffe", "\u2060"}
# Letters that PDFs converted from old Vietnamese fonts put for ư/Ư: 'ƣ' (U+01A3, Latin oi) in 'ngƣời', 'trƣờng'
_LOOKALIKE = {"\u01a3": "ư", "\u01a2": "Ư"}
LOOKALIKES = str.maketrans(_LOOKALIKE)
# A list item's bullet, whatever its glyph or font ('▪', '➢', a Symbol-font U+F0B7), is '•' for the
# rules, which read '-', '+' and '•' as item marks; one character for one
LEADING_BULLET = regex.compile(r"(?m)^([ \t]*)[" + BULLET_GLYPHS.replace("•", "") + r"](?=[ \t]|$)")

# '… so với năm 2019. trong đó Ngành nông lâm nghiệp tăng 3,2%, …': a stop before a lower-case 'trong đó' is a typo
# for a comma; read as one, the breakdown stays in the sentence of its whole (one character for one)
@lru_cache(maxsize=1)
def _breakdown_after_stop():
    """Read when a text first needs it: prose.yaml is large, and a run with nothing to extract (a second run over
    unchanged files) should not parse it at import."""
    return load_patterns("prose").get("normalize.breakdown_after_stop").regex


# 'đề ra cácchỉ tiêu chủ yếu:': the determiners after which portal texts lose a space (normalize.lost_space, prose.yaml,
# says where one goes back). Found with str.find, in C: a regex pass over every block costs a few percent of a run
LOST_SPACE_AFTER = ("các", "Các", "những", "Những")


@lru_cache(maxsize=1)
def _lost_space():
    return load_patterns("prose").get("normalize.lost_space").regex


def _lost_space_points(text: str) -> list[int]:
    """Where a space lost after a determiner goes back: the index of the word run into it."""
    points = []
    for word in LOST_SPACE_AFTER:
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            if j < len(text) and text[j].isalpha() and _lost_space().match(text, j):
                points.append(j)
            i = text.find(word, j)
    return sorted(points)


def _restore_lost_spaces(text: str, to_raw: list[int]) -> tuple[str, list[int]]:
    """`text` with a space at each lost-space point; the space maps to the raw index of the word after it."""
    points = _lost_space_points(text)
    if not points:
        return text, to_raw
    parts, mapped, prev = [], [], 0
    for j in points:
        parts += [text[prev:j], " "]
        mapped += to_raw[prev:j] + [to_raw[j]]
        prev = j
    parts.append(text[prev:])
    mapped += to_raw[prev:]
    return "".join(parts), mapped


# A superset of the characters unicodedata.combining() marks (the `regex` module's Unicode is newer):
# text without any, already in NFC, maps one character to one.
_MAY_COMBINE = regex.compile(r"\P{ccc=0}")
_DELETED = regex.compile("[" + regex.escape("\x00\r" + "".join(DROP)) + "]+")
_SPACE_LIKE = regex.compile("[" + "".join(k for k, v in SPACES.items() if v) + "]")   # all become " "
_SPACE_RUN = regex.compile(r"(?<= ) +")               # the spaces after a run's first


def _nfc_clusters(raw: str):
    """Yield (nfc_text, raw_index) per base character with its combining marks."""
    i, n = 0, len(raw)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        yield unicodedata.normalize("NFC", raw[i:j]), i
        i = j


def _nfc_mapped(raw: str) -> tuple[str, list[int]]:
    """NFC per base character with its marks, and each output character's raw index. Lines (cut
    before each newline, which always starts a cluster) already in NFC with no marks map one to one,
    in C; only the others go character by character."""
    if unicodedata.is_normalized("NFC", raw) and not _MAY_COMBINE.search(raw):
        return raw, list(range(len(raw)))
    parts: list[str] = []
    to_raw: list[int] = []
    start = 0
    while start < len(raw):
        end = raw.find("\n", start + 1)
        end = len(raw) if end < 0 else end
        line = raw[start:end]
        if unicodedata.is_normalized("NFC", line) and not _MAY_COMBINE.search(line):
            parts.append(line)
            to_raw += range(start, end)
        else:
            for piece, idx in _nfc_clusters(line):
                parts.append(piece)
                to_raw += [start + idx] * len(piece)
        start = end
    return "".join(parts), to_raw


def _delete(text: str, to_raw: list[int], pattern) -> tuple[str, list[int]]:
    """`text` without the matches of `pattern`, and its map without their entries (slices, in C)."""
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return text, to_raw
    parts, kept, prev = [], [], 0
    for a, b in spans:
        parts.append(text[prev:a])
        kept += to_raw[prev:a]
        prev = b
    parts.append(text[prev:])
    kept += to_raw[prev:]
    return "".join(parts), kept


def normalize_text(raw: str, join_lines: bool = True) -> tuple[str, list[int]]:
    """Normalised text and the map from each of its characters to the raw index."""
    # each step only where its characters occur: most blocks have no artefact nor look-alike letter
    raw_clean = ARTEFACTS.sub(lambda m: "\x00" * len(m.group(0)), raw) if _may_hold_artefact(raw) else raw
    text, to_raw = _nfc_mapped(raw_clean)
    if any(c in text for c in _LOOKALIKE):
        text = text.translate(LOOKALIKES)             # one for one: the map to the raw text holds
    text = LEADING_BULLET.sub(lambda m: m.group(1) + "•", text)
    if " trong" in text:
        text = _breakdown_after_stop().sub(",", text)    # one for one: the map to the raw text holds
    text, to_raw = _delete(text, to_raw, _DELETED)
    text = _SPACE_LIKE.sub(" ", text)                                    # one for one
    if "  " in text:                                                     # then collapse runs
        text, to_raw = _delete(text, to_raw, _SPACE_RUN)
    text, to_raw = _restore_lost_spaces(text, to_raw)
    if join_lines and "\n" in text:
        text, to_raw = _join(text, to_raw)
    return _strip(text, to_raw)


def _may_hold_artefact(raw: str) -> bool:
    """What every ARTEFACTS match starts with is there ('[bookmark: ', '{\\')."""
    return "[bookmark: " in raw or "{\\" in raw


def _join(text: str, to_raw: list[int]) -> tuple[str, list[int]]:
    """Apply join_broken_lines, dropping the newline of a word broken at a hyphen ('NĐ-\nCP')."""
    joined = join_broken_lines(text)          # one character for one
    drop = [i for i in _newlines(text) if joined[i] == " " and i > 1 and text[i - 1] == "-"
            and text[i - 2] != " " and HYPHEN_BREAK.match(text, i + 1)]
    if not drop:
        return joined, to_raw
    parts, kept, prev = [], [], 0
    for i in drop:
        parts.append(joined[prev:i])
        kept += to_raw[prev:i]
        prev = i + 1
    parts.append(joined[prev:])
    kept += to_raw[prev:]
    return "".join(parts), kept


def _newlines(text: str):
    i = text.find("\n")
    while i >= 0:
        yield i
        i = text.find("\n", i + 1)


def _strip(text: str, to_raw: list[int]) -> tuple[str, list[int]]:
    lead = len(text) - len(text.lstrip())
    text2 = text.strip()
    return text2, to_raw[lead:lead + len(text2)]


def join_broken_lines(text: str) -> str:
    """Replace a newline by a space where the next line continues the sentence."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        out.append((" " if continues(out[-1].split("\n")[-1], line) else "\n") + line)
    joined = "".join(out)
    return joined


# --- tone-mark convention for matching --------------------------------------------------------

# Old style puts the mark on the first vowel of oa/oe/uy (hòa); new style on the second (hoà).
# We match on the old ("hòa", "thủy", "Ủy") style, which is what most official texts use.
_TONE_FIX = [
    ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
    ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
]
# Only at the end of a syllable: in a closed one ('hoàn', 'khoẻ' is open, 'toán' closed) the mark is
# on the main vowel in both conventions.
_TONE_RE = regex.compile("(?:" + "|".join(a for a, _ in _TONE_FIX) + "|" + "|".join(a.upper() for a, _ in _TONE_FIX)
                         + "|" + "|".join(a[0].upper() + a[1] for a, _ in _TONE_FIX) + r")(?!\w)")
_TONE_MAP = {**dict(_TONE_FIX), **{a.upper(): b.upper() for a, b in _TONE_FIX},
             **{a[0].upper() + a[1]: b[0].upper() + b[1] for a, b in _TONE_FIX}}


def fold_tone(text: str) -> str:
    """One tone-mark convention (hoà → hòa, thuỷ → thủy, Uỷ → Ủy); same length as the input."""
    text = unicodedata.normalize("NFC", text)
    # 'quý', 'quỳ': after q the u is a consonant glide and the mark is already on y; keep it.
    return _TONE_RE.sub(lambda m: m.group(0) if m.start() and text[m.start() - 1] in "qQ" else _TONE_MAP[m.group(0)], text)


def fold_accents(text: str) -> str:
    """Lower-case, accent-free text (đ → d) for accent-insensitive search."""
    low = text.lower()
    # one table lookup per character for composed text below U+3000 (every Vietnamese letter):
    # ten times the NFD-and-strip path, which stays for the rest (decomposed marks, Hangul …)
    folded = low.translate(_fold_table())
    if not _OUTSIDE_TABLE.search(folded):
        return folded
    text = unicodedata.normalize("NFD", low).replace("đ", "d").replace("Đ", "d")
    return _combining_marks().sub("", text)


# after the table: a combining mark left (decomposed input) or a character the table does not cover
_OUTSIDE_TABLE = regex.compile(r"[\p{M}\u3000-\U0010FFFF]")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """What NFD-and-strip makes of each character below U+3000 that it changes."""
    table = {}
    for cp in range(0x80, 0x3000):
        c = chr(cp)
        d = unicodedata.normalize("NFD", c).replace("đ", "d").replace("Đ", "d")
        base = "".join(x for x in d if not unicodedata.combining(x))
        if base != c:
            table[cp] = base
    return table


@lru_cache(maxsize=1)
def _combining_marks():
    """Every character unicodedata.combining() marks, as one class (built once, 0.05 s): removed in
    C rather than tested one character at a time (a whole document's text is folded per check)."""
    marks = [c for c in map(chr, range(sys.maxunicode + 1)) if unicodedata.combining(c)]
    return regex.compile("[" + "".join(regex.escape(c) for c in marks) + "]+")


# --- the document --------------------------------------------------------------------------------

BLOCK_SEP = "\n\n"
CELL_SEP = " | "


def normalize_document(raw: RawDocument, path: str) -> Document:
    """Build the Document: normalised blocks and cells with offsets into one document text."""
    from extractor.read.legacy import convert_legacy       # local: the tables are only needed here

    raw = convert_legacy(raw)
    parts: list[str] = []
    pos = 0
    blocks: list[Block] = []
    for rb in raw.blocks:
        if pos:
            parts.append(BLOCK_SEP)
            pos += len(BLOCK_SEP)
        block = _table_block(rb, len(blocks), pos) if rb.rows else _text_block(rb, len(blocks), pos)
        if block is None:
            if parts and parts[-1] == BLOCK_SEP:
                parts.pop()
                pos -= len(BLOCK_SEP)
            continue
        blocks.append(block)
        parts.append(block.text)
        pos += len(block.text)
    return Document(path=path, format=raw.format, text="".join(parts), blocks=blocks, pages=raw.pages,
                    site_meta=raw.site_meta, warnings=raw.warnings, ocr=raw.ocr)


def _text_block(rb: RawBlock, index: int, pos: int) -> Block | None:
    text, to_raw = normalize_text(rb.text or "")
    if not text:
        return None
    return Block(index=index, kind=rb.kind, text=text, start=pos, end=pos + len(text), raw=rb.text,
                 page=rb.page, ocr=rb.ocr, level=rb.level, source=rb.source, to_raw=to_raw, boxes=rb.boxes)


@lru_cache(maxsize=8192)
def _cell_text(raw: str) -> tuple[str, list[int]]:
    """normalize_text of a cell, kept per text: cells repeat ('', '-', '%', '100'; a third of them are empty).
    Cells of one text share its map to the raw text, which nothing changes."""
    return normalize_text(raw)


def _table_block(rb: RawBlock, index: int, pos: int) -> Block | None:
    cells: list[Cell] = []
    lines: list[str] = []
    cursor = pos
    taken: set[tuple[int, int]] = set()      # grid positions covered by a span above or to the left
    for r, row in enumerate(rb.rows or []):
        col = 0
        pieces: list[str] = []
        for rc in row:
            while (r, col) in taken:
                col += 1
            text, to_raw = _cell_text(rc.text or "")
            if pieces:
                cursor += len(CELL_SEP)
            cells.append(Cell(row=r, col=col, text=text, start=cursor, end=cursor + len(text), raw=rc.text or "",
                              rowspan=rc.rowspan, colspan=rc.colspan, page=rc.page if rc.page else rb.page,
                              is_header=rc.is_header, to_raw=to_raw, boxes=rc.boxes))
            pieces.append(text)
            cursor += len(text)
            if rc.rowspan > 1 or rc.colspan > 1:     # a lone cell covers no position asked for later
                for dr in range(rc.rowspan):
                    for dc in range(rc.colspan):
                        taken.add((r + dr, col + dc))
            col += rc.colspan
        line = CELL_SEP.join(pieces)
        lines.append(line)
        cursor += 1                          # the row's newline
    if not any(c.text for c in cells):
        return None
    text = "\n".join(lines)
    return Block(index=index, kind="table", text=text, start=pos, end=pos + len(text), raw="",
                 page=rb.page, ocr=rb.ocr, level=rb.level, source=rb.source, cells=cells)
