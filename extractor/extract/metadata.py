"""A document's own metadata from its header: kind, số/ký hiệu, issuer, province, place, date, title,
signer, recipients; for a Phụ lục, the document it is attached to.

The header is read as lines, whether it came as plain paragraphs, as the txt '|' layout, or as a
table (docx/html header tables: each cell's lines in row order). The document's own header wins over
a portal's metadata box (`doc.site_meta`), which only fills gaps; `meta_source` records where each
field came from ('header', 'parent', 'body', 'site'). A header line on which a reader joined the two
columns (pdf text, OCR, a docx header typed with spaces) is cut back into its pieces first.
Province: the one the header's organs name; a central body (issuers.yaml `central`) has none, whatever
province its title speaks of; a local body whose organs name none takes its place line's, its title's,
or the only province its text names. A Luật or Quốc hội resolution without a date line is dated by
its closing `… thông qua ngày …`. Patterns: patterns/doc_types.yaml (meta.*), vocabularies:
patterns/issuers.yaml, patterns/provinces.yaml.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Optional

import regex

from extractor.extract.dates import parse_date
from extractor.model import Document, DocumentMeta
from extractor.normalize.document import fold_accents, fold_tone
from extractor.extract.doc_types import kind_from_symbol, normalize_kind, normalize_symbol
from extractor.extract.provinces import province_spellings, province_type
from extractor.patterns import case_free_atoms, load_data, load_patterns

ANCHOR = regex.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI")      # the national motto; upper case: not the body's
MOTTO = regex.compile(r"^(?:CỘNG\s+H|CHỦ\s+NGHĨA\s+VIỆT|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN)", regex.IGNORECASE)
RULE_LINE = regex.compile(r"^[\s|*_\-–—=.]*$")
ROLE = regex.compile(r"CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|BÍ THƯ|CHỦ NHIỆM|TỔNG THƯ KÝ|KT\.|TM\.|TL\.")
NAME = regex.compile(r"^\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4}$")
BODY_START = regex.compile(r"^(?:Căn cứ|Kính gửi|Thực hiện|Theo|Điều \d|[IVX]+\.|\d+\.)", regex.IGNORECASE)
HEADER_LINES = 45


# --- lines -----------------------------------------------------------------------------------------

_WHITESPACE = regex.compile(r"\s+")
_RULE_AT_END = regex.compile(r"(?:\s*[-–—_=]{3,})+$")
_RULE_CHARS = tuple("-–—_=")                         # what _RULE_AT_END's last character must be


def _squeeze(line: str) -> str:
    """Each run of white space as one space, none at the ends. A printable line's only white space is the
    space, which str.split takes at several times the regex's speed; any other (a tab, a no-break space, or
    the separators U+001C-U+001F, which str.split cuts at and the regex does not) goes the regex's way."""
    if not line.isprintable():
        return _WHITESPACE.sub(" ", line).strip(" ")
    return " ".join(line.split())


def _clean(line: str) -> str:
    line = _squeeze(line.replace("*", "")).strip(" |\t")
    if not line.endswith(_RULE_CHARS):
        return line.strip()             # no rule can end it: most lines (the rule's regex is the dearer part)
    return _RULE_AT_END.sub("", line).strip()    # a rule joined onto a header line


def document_lines(doc: Document) -> list[str]:
    """The document as lines: a table gives each cell's lines in row order; rules and '|' dropped."""
    out: list[str] = []
    for b in doc.blocks:
        pieces = [c.text for c in b.cells] if b.cells else [b.text]
        for piece in pieces:
            out += [c for c in (_clean(x) for x in piece.split("\n")) if c and not RULE_LINE.match(c)]
    return out


def _is_anchor(lines: list[str], i: int) -> bool:
    """The national motto at line i, also when a narrow column broke it (`CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA`)."""
    if "CỘNG" not in unicodedata.normalize("NFC", lines[i]):
        return False                    # both tests need it, and tone folding leaves it as it is: most lines
    line = fold_tone(lines[i])
    if ANCHOR.search(line):
        return True
    return i + 1 < len(lines) and line.startswith("CỘNG") and bool(ANCHOR.match(line + " " + fold_tone(lines[i + 1])))


def _header_start(lines: list[str]) -> int:
    """Where the header begins: the first organ line of the few before the national motto, else the top."""
    for i in range(min(len(lines), 200)):
        if _is_anchor(lines, i):
            for j in range(max(0, i - 6), i + 1):
                if _is_organ_line(lines[j]) or _is_anchor(lines, j):
                    return j
    return 0


# What each alternative of meta.column_break needs written (tone folding leaves these as they are):
# the motto's 'CỘNG' or 'Độc', 'Hạnh' before a cut, or the '/' of a number and symbol with 'Số' after the
# cut or ', ngày' after the place (as the pattern writes it, V1 case folding)
_MOTTO_WORDS = ("CỘNG", "Độc", "Hạnh")
_COMMA_DATE = regex.compile(r"[ \t]*,[ \t]*(?i:ngày)", regex.VERSION1)


def _may_join_columns(line: str) -> bool:
    """Could meta.column_break cut `line`: a '/' alone is in many of a header zone's lines, and on a long
    sentence citing a decree and its date the regex costs milliseconds."""
    if any(w in line for w in _MOTTO_WORDS):
        return True
    return "/" in line and ("Số" in line or "SỐ" in line or _COMMA_DATE.search(line) is not None)


def split_columns(line: str) -> list[str]:
    """A header line on which a reader joined the two columns, cut back into its pieces
    (patterns/doc_types.yaml meta.column_break)."""
    line = unicodedata.normalize("NFC", line)                     # fold_tone keeps offsets of NFC text
    if not _may_join_columns(line):
        return [line.strip()] if line.strip() else []           # no place to cut: the regex would find none
    rx = load_patterns("doc_types").get("meta.column_break").regex
    cuts = [m.span() for m in rx.finditer(fold_tone(line))]
    pieces, pos = [], 0
    for a, b in cuts:
        pieces.append(line[pos:a])
        pos = b
    pieces.append(line[pos:])
    return [x.strip() for x in pieces if x.strip()]


def _header_zone(lines: list[str]) -> list[str]:
    start = _header_start(lines)
    return [piece for line in lines[start:start + HEADER_LINES] for piece in split_columns(line)]


def _is_organ_line(line: str) -> bool:
    # the cheap tests first: most lines are long, or have a lower-case letter; a headline with figures names no
    # office (doc_types.yaml meta.figure_headline)
    return len(line) < 80 and line.upper() == line and any(c.isalpha() for c in line) and not MOTTO.match(line) \
        and not load_patterns("doc_types").get("meta.figure_headline").regex.search(line)


NUMBER_LINE = regex.compile(r"^(?:\p{L}+ )?(?:Số|SỐ)\b")


def _is_number_line(line: str) -> bool:
    return bool(NUMBER_LINE.match(line))


# --- vocabularies ----------------------------------------------------------------------------------

PROVINCE_LEAD = regex.compile(r"(?<!\p{L})(?:tinh|thanh pho|tp\.?|ubnd|uy ban nhan dan)\s+")   # on accent-folded text
PLACE_LEVEL = regex.compile(r"^(?:tinh|thanh pho|tp\.?)\s*")


def _province_match(text: str, start: int = 0) -> Optional[tuple[str, int, int]]:
    """(canonical name, start, end) of the first province named after tỉnh / thành phố / UBND in `text`."""
    folded = fold_accents(fold_tone(text))            # same length as `text` when `text` is NFC
    for m in PROVINCE_LEAD.finditer(folded[start:]):
        at = start + m.end()
        rest = folded[at:]
        for spelling, canon, _ in province_spellings():
            if rest.startswith(spelling) and not rest[len(spelling):len(spelling) + 1].isalpha():
                return canon, at, at + len(spelling)
    return None


def find_province(text: str) -> Optional[str]:
    """The province named after tỉnh / thành phố / UBND in `text` (accent-insensitive)."""
    m = _province_match(text)
    return m[0] if m else None


def provinces_named(text: str) -> set[str]:
    """Every province named after tỉnh / thành phố / UBND in `text`."""
    out, pos = set(), 0
    while (m := _province_match(text, pos)) is not None:
        out.add(m[0])
        pos = m[2]
    return out


def province_of_place(place: Optional[str]) -> Optional[str]:
    """The province a place line names by itself (`Lâm Đồng`, `Thành phố Hồ Chí Minh`), else None."""
    if not place:
        return None
    folded = PLACE_LEVEL.sub("", fold_accents(fold_tone(place)).strip())
    return next((canon for spelling, canon, _ in province_spellings() if folded == spelling), None)


@lru_cache(maxsize=None)
def _issuer_vocab() -> dict:
    return load_data("issuers.yaml")


def is_central(organ: str) -> bool:
    """An organ of the central state or party (issuers.yaml `central`), named in any casing."""
    upper = fold_tone(organ).upper()
    if any(upper.startswith(fold_tone(c)) for c in _issuer_vocab()["not_central"]):
        return False
    return any(upper == fold_tone(c) or upper.startswith(fold_tone(c) + " ") for c in _issuer_vocab()["central"])


VOWELS = set("aeiouy")


@lru_cache(maxsize=None)
def _casing_phrases() -> list[str]:
    vocab = _issuer_vocab()
    return sorted(set(vocab["names"]) | set(vocab["proper_phrases"]), key=len, reverse=True)


@lru_cache(maxsize=1)
def _casing_rx() -> list:
    """Each casing phrase's case-insensitive pattern, compiled once (the lookarounds case-free)."""
    return [(regex.compile(case_free_atoms(rf"(?<!\p{{L}}){regex.escape(fold_tone(name))}(?!\p{{L}})"),
                           regex.IGNORECASE), name)
            for name in _casing_phrases()]


def _case_organ(text: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ' → 'Ủy ban nhân dân tỉnh Phú Thọ': known names and phrases keep their
    casing, acronyms (no vowel: MTTQ, PCCC) stay upper case, a place name after its level is capitalised.
    A text already in mixed case is only re-cased the same way (a sentence-case header stays readable)."""
    vocab = _issuer_vocab()
    out = []
    for w in text.split():
        if w.upper() in vocab["abbreviations"]:
            out.append(vocab["abbreviations"][w.upper()])
        elif len(w) > 1 and w.isupper() and not set(fold_accents(w)) & VOWELS:
            out.append(w)
        else:
            out.append(fold_tone(w).lower())
    s = " ".join(out)
    for rx, name in _casing_rx():
        s = rx.sub(name, s)
    m = _province_match(s)
    if m:
        s = s[:m[1]] + m[0] + s[m[2]:]
    else:
        s = _place_after_level().sub(lambda x: x.group(1) + " ".join(w[:1].upper() + w[1:] for w in x.group(2).split()), s)
    return s[:1].upper() + s[1:]


@lru_cache(maxsize=1)
def _place_after_level():
    """A place name in lower case after its level at the end of an organ's name ('… huyện lâm hà'), compiled once."""
    levels = "|".join(regex.escape(x) for x in sorted(_issuer_vocab()["place_levels"], key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})((?:{levels})\s+)(\p{{Ll}}+(?:\s+\p{{Ll}}+){{0,3}})$")


# --- header fields ---------------------------------------------------------------------------------

MOTTO_TEXT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_WORD = regex.compile(r"CỘNG|HÒA|CHỦ NGHĨA")


def _is_motto(line: str) -> bool:
    """A line of the header's right column (motto, a piece of a motto a narrow column broke, DỰ THẢO)."""
    folded = fold_tone(line).strip(" .,")
    if MOTTO.match(line) or ANCHOR.search(folded) or folded.startswith("DỰ THẢO"):
        return True
    return bool(MOTTO_WORD.search(folded)) and folded in MOTTO_TEXT


def _organs(zone: list[str]) -> list[str]:
    """Organ names at the top left of the header (an upper organ first, the issuing one last). The right
    column's motto lines may come between them when a reader mixed the columns; they are skipped."""
    heads = tuple(_issuer_vocab()["heads"])
    generic = set(_issuer_vocab()["generic_units"])
    groups: list[str] = []
    for line in zone[:10]:
        if _is_motto(line):
            continue
        if _is_number_line(line) or not _is_organ_line(line) or _heading(line)[0]:
            break
        last = groups[-1] if groups else ""
        complete = (groups and last not in generic and " " in last and not last.endswith((" VÀ", ",", "-")))
        if groups and not (line.startswith(heads) and complete):
            groups[-1] += " " + line
        else:
            groups.append(line)
    return groups


def _number(header: str) -> tuple[Optional[str], Optional[str], Optional[int]]:
    m = load_patterns("doc_types").get("meta.number").regex.search(header)
    if not m:
        return None, None, None
    if m.group("psymbol"):
        return m.group("number2"), normalize_symbol(m.group("psymbol")), None
    year = m.group("year")
    return m.group("number"), normalize_symbol(m.group("symbol")), int(year) if year else None


def _place_date(header: str) -> tuple[Optional[str], Optional[str]]:
    for m in load_patterns("doc_types").get("meta.place_date").regex.finditer(header):
        value, _ = parse_date(m.group("date"))
        if value:
            lines = [l.strip() for l in m.group("place").split("\n")]
            while len(lines) > 1 and lines[0].isupper():      # 'DỰ THẢO\nLâm Đồng, ngày …'
                lines.pop(0)
            return " ".join(lines), value
    return None, None


ANNEX_HEADING = regex.compile(r"^(?i:phụ lục)(?:\s+[\dIVXLC]+[a-z]?)?\.?$")


@lru_cache(maxsize=None)
def _headings() -> list[tuple[str, str]]:
    out = []
    for t in load_data("doc_types.yaml")["types"]:
        for h in t.get("header") or []:
            out.append((fold_tone(h), t["name"]))
    return sorted(out, key=lambda x: -len(x[0]))


def _heading(line: str) -> tuple[Optional[str], str]:
    """(doc type, rest of the line) when `line` is a document-type heading."""
    folded = fold_tone(line).rstrip(":")
    if ANNEX_HEADING.match(folded) or folded.startswith("PHỤ LỤC"):
        return "Phụ lục", ""
    if folded != folded.upper() or line.rstrip().endswith(":"):
        return None, ""
    for heading, name in _headings():
        if folded == heading or folded.startswith(heading + " "):
            return name, line[len(heading):].strip()
    return None, ""


def _continues(prev: str, line: str) -> bool:
    """`line` goes on with the sentence `prev` left open: it starts in lower case and `prev` has no end
    mark (a Thông báo kết luận's trích yếu in two paragraphs: `Kết luận của đồng chí … Phó Chủ tịch
    UBND tỉnh` / `tại buổi làm việc với Sở Khoa học và Công nghệ …`)."""
    return line[:1].islower() and not prev.rstrip().endswith((".", ";", ":", "!", "?"))


# a trích yếu is a phrase ('Về việc …', 'Triển khai chuyển đổi số năm 2025.'); a long line in sentence case closed
# by a full stop or a colon is the body's first sentence ('CÔNG ĐIỆN' / 'Thủ tướng Chính phủ vừa ký Công điện số
# 47/CĐ-TTg yêu cầu các bộ, ngành …')
TITLE_PHRASE_RX = regex.compile(r"^(?:V/v|Về\b)", regex.IGNORECASE)
COUNCIL_LINE = regex.compile(r"^(?:HỘI ĐỒNG|ỦY BAN|UỶ BAN|BỘ TRƯỞNG)")     # a signing body: the title has ended
BODY_SENTENCE_WORDS = 10


def _body_sentence(line: str) -> bool:
    text = line.rstrip()
    return text.upper() != text and text.endswith((".", ":")) and not TITLE_PHRASE_RX.match(text) \
        and len(text.split()) > BODY_SENTENCE_WORDS


def _title(lines: list[str], i: int, rest: str) -> Optional[str]:
    """The trích yếu after the heading at line i."""
    parts = [rest] if rest else []
    sentence = False                     # a sentence-case line was taken: only its continuations follow
    for line in lines[i + 1:i + 8]:
        if line.startswith("(") or BODY_START.match(line) or (not parts and _body_sentence(line)):
            break
        if parts and (sentence or line.upper() != line) and not _continues(parts[-1], line):
            break
        if ROLE.match(line) or COUNCIL_LINE.match(line):
            break
        parts.append(line)
        sentence = sentence or line.upper() != line
    title = regex.sub(r"\s*\((?i:ban hành )?(?i:kèm theo).*$", "", " ".join(parts)).strip()
    return title or None


_VV = regex.compile(r"^V/v\s*:?\s*(.+)")
PLACE_DATE_COMMA = regex.compile(r",\s*ngày")


def _vv_title(lines: list[str]) -> Optional[str]:
    """The `V/v …` trích yếu of a công văn; it may wrap over a few lines before `Kính gửi`."""
    for i, line in enumerate(lines):
        m = _VV.match(line)
        if not m:
            continue
        parts = [m.group(1).strip()]
        for cand in lines[i + 1:i + 5]:
            if (cand.startswith("Kính gửi") or (BODY_START.match(cand) and cand[:1].isupper()) or cand.isupper() or _is_motto(cand)
                    or _is_number_line(cand) or PLACE_DATE_COMMA.search(cand)):
                break
            parts.append(cand)
        return " ".join(parts)
    return None


def _signer(lines: list[str]) -> Optional[str]:
    """The name under the signature block (a role line, then a person's name)."""
    start = next((i for i, l in enumerate(lines) if l.startswith("Nơi nhận")), None)
    pairs = []
    for i, line in enumerate(lines):
        if line.upper() == line and ROLE.search(line):
            for cand in lines[i + 1:i + 6]:
                if NAME.match(cand) and not ROLE.search(cand.upper()):
                    pairs.append((i, cand))
                    break
    if not pairs:
        return None
    after = [p for p in pairs if start is not None and p[0] > start]
    return (after or pairs)[0 if after else -1][1]


LIST_ITEM = regex.compile(r"^[-+•]")


def _recipients(lines: list[str]) -> Optional[str]:
    for i, line in enumerate(lines):
        if not line.startswith("Nơi nhận"):
            continue
        items = []
        first = line.split(":", 1)[1].strip() if ":" in line else ""
        for cand in ([first] if first else []) + lines[i + 1:i + 40]:
            if not LIST_ITEM.match(cand):
                break
            items.append(cand.lstrip("-+• ").rstrip(";., "))
        return "; ".join(x for x in items if x) or None
    return None


def _parent(header: str) -> dict:
    m = load_patterns("doc_types").get("meta.parent").regex.search(header)
    if not m:
        return {}
    rest = m.group("rest")
    date, _ = parse_date(rest)
    of = regex.search(r"(?i:của)\s+(.+)$", rest.strip())
    return {"parent_doc_type": normalize_kind(m.group("kind")), "parent_number": m.group("number"),
            "parent_symbol": normalize_symbol(m.group("symbol")), "parent_date": date,
            "parent_issuer": _case_organ(of.group(1)) if of and of.group(1).isupper() else (of.group(1).strip() if of else None)}


@lru_cache(maxsize=1)
def _speaking_body():
    """A known body's name, then a verb of speech (issuers.yaml), compiled once."""
    vocab = _issuer_vocab()
    names = "|".join(regex.escape(n) for n in sorted(vocab["names"], key=len, reverse=True))
    verbs = "|".join(regex.escape(v) for v in vocab["speech_verbs"])
    return regex.compile(rf"(?<!\p{{L}})(?P<organ>(?:{names})(?:\s+(?:tỉnh|thành phố)\s+\p{{Lu}}\p{{Ll}}*(?:\s\p{{Lu}}\p{{Ll}}*)*)?)"
                         rf"\s+(?:{verbs})(?!\p{{L}})")


def _body_issuer(lines: list[str]) -> Optional[str]:
    """Headerless text: the first known body that speaks (`Bộ Thông tin và Truyền thông đề nghị …`)."""
    rx = _speaking_body()
    for line in lines[:80]:
        m = rx.search(line)
        if m:
            return m.group("organ")
    return None


# --- assembling --------------------------------------------------------------------------------------

def _set(meta: DocumentMeta, field: str, value, source: str) -> None:
    if value not in (None, "") and getattr(meta, field) in (None, ""):
        setattr(meta, field, value)
        meta.meta_source[field] = source


@lru_cache(maxsize=1)
def _names_by_folded() -> dict[str, str]:
    """Each known body's name under its tone-folded upper case (`QUỐC HỘI` → Quốc hội)."""
    return {fold_tone(n).upper(): n for n in _issuer_vocab()["names"]}


def _authority_line(zone: list[str]) -> Optional[str]:
    """A header without an organ block (Công báo and portal copies of a Nghị quyết) still names the
    authority on a line of its own before `Căn cứ …` (`QUỐC HỘI`): a known body's name."""
    names = _names_by_folded()
    for line in zone:
        if BODY_START.match(line):
            break
        if line.isupper() and fold_tone(line).strip() in names:
            return names[fold_tone(line).strip()]
    return None


def _party_centre_body(organs: list[str]) -> Optional[str]:
    """A body of the Party centre under 'BAN CHẤP HÀNH TRUNG ƯƠNG' by its own name ('BAN TỔ CHỨC' → 'Ban Tổ
    chức Trung ương', 'VĂN PHÒNG' → 'Văn phòng Trung ương Đảng'), else None (issuers.yaml `party_centre`)."""
    centre = _issuer_vocab()["party_centre"]
    if len(organs) < 2 or fold_tone(organs[-2]).strip() != fold_tone(centre["parent"]):
        return None
    body = " ".join(organs[-1].split())
    named = {fold_tone(k): v for k, v in centre["names"].items()}
    if fold_tone(body) in named:
        return named[fold_tone(body)]
    cased = _case_organ(body)
    if fold_tone(body).startswith(tuple(fold_tone(k) for k in centre["keep"])):
        return cased
    head, _, rest = cased.partition(" ")
    two, _, tail = rest.partition(" ")
    if head in ("Ủy", "Uỷ", "Hội", "Tiểu") and two.lower() in ("ban", "đồng"):   # two-word heads: Ủy ban, Hội đồng
        head, rest = f"{head} {two}", tail
    return " ".join(x for x in (head, rest[:1].upper() + rest[1:], "Trung ương") if x)


def _from_header(meta: DocumentMeta, lines: list[str]) -> list[str]:
    """Fields from the header; returns the header's organ lines (upper organ first)."""
    zone = _header_zone(lines)
    header = "\n".join(zone)
    organs = _organs(zone)
    if organs:
        issuer = organs[-1]
        if issuer in _issuer_vocab()["generic_units"] and len(organs) > 1:
            issuer += " " + organs[-2]          # VĂN PHÒNG under UBND TỈNH X is that UBND's office
        _set(meta, "issuer", _party_centre_body(organs) or _case_organ(issuer), "header")
        _set(meta, "province", find_province(" ".join(organs)), "header")
    else:
        _set(meta, "issuer", _authority_line(zone), "header")
    number, symbol, _ = _number(header)
    _set(meta, "number", number, "header")
    _set(meta, "symbol", symbol, "header")
    place, date = _place_date(header)
    _set(meta, "place", place, "header")
    _set(meta, "issued_date", date, "header")
    for i, line in enumerate(zone):
        kind, rest = _heading(line)
        if kind:
            _set(meta, "doc_type", kind, "header")
            _set(meta, "title", _title(zone, i, rest), "header")
            break
    _set(meta, "title", _vv_title(zone), "header")
    return organs


def _mixed_case_organ(text: str) -> str:
    """An organ named in running text ('Tỉnh Ủy Kiên Giang', 'UBND tỉnh Bến Tre'): kept as written but for its
    known names and abbreviations ('Tỉnh ủy', 'Ủy ban nhân dân'); an upper-case one is cased as in a header."""
    if text.isupper():
        return _case_organ(text)
    abbreviations = _issuer_vocab()["abbreviations"]
    s = " ".join(abbreviations.get(w.upper(), w) if w.isupper() and len(w) > 1 else w for w in fold_tone(text).split())
    for rx, name in _casing_rx():
        s = rx.sub(name, s)
    return s


def lead_line(line: str) -> Optional[dict]:
    """The fields a headerless page's lead line gives of the document that follows ('Nghị Quyết số 22/NQ-TU ngày
    08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về …'; doc_types.yaml meta.lead_line), else None."""
    m = load_patterns("doc_types").get("meta.lead_line").regex.search(line)
    if not m:
        return None
    title = m.group("title")
    return {"kind": normalize_kind(m.group("kind")), "number": m.group("number"),
            "symbol": normalize_symbol(m.group("symbol")), "date": parse_date(m.group("date"))[0],
            "issuer": _mixed_case_organ(m.group("issuer").strip(" ,")), "title": title.strip() if title else None}


def _from_lead_line(meta: DocumentMeta, lines: list[str]) -> None:
    """A page without a header: the first line may name the document and its issuer (see `lead_line`)."""
    found = lead_line(lines[0]) if lines else None
    if found is None:
        return
    for field, key in (("doc_type", "kind"), ("number", "number"), ("symbol", "symbol"), ("issued_date", "date"),
                       ("issuer", "issuer"), ("title", "title")):
        _set(meta, field, found[key], "header")


def _passed_date(text: str) -> Optional[str]:
    """`Luật này được Quốc hội … thông qua ngày 22 tháng 6 năm 2023` (doc_types.yaml meta.passed_date)."""
    m = load_patterns("doc_types").get("meta.passed_date").regex.search(text)
    return parse_date(m.group("date"))[0] if m else None


def _local_province(meta: DocumentMeta, lines: list[str]) -> None:
    """A local body whose header names no province: its place line, title, issuer, or the one province
    the text names. A central body's document has no province, whatever province it speaks of."""
    if meta.province is not None or (meta.issuer and is_central(meta.issuer)):
        return
    _set(meta, "province", province_of_place(meta.place), "header")
    if meta.title:
        _set(meta, "province", find_province(meta.title), "header")
    if meta.issuer:
        _set(meta, "province", find_province(meta.issuer), "header")
    if meta.province is None and meta.issuer:
        named = provinces_named("\n".join(lines))
        if len(named) == 1:
            _set(meta, "province", named.pop(), "body")


def _from_parent(meta: DocumentMeta, lines: list[str]) -> None:
    for field, value in _parent("\n".join(lines[:15])).items():
        _set(meta, field, value, "header")
    _set(meta, "issuer", meta.parent_issuer, "parent")
    _set(meta, "issued_date", meta.parent_date, "parent")
    if meta.parent_issuer:
        _set(meta, "province", find_province(meta.parent_issuer), "parent")


SITE_KEYS = {
    "doc_type": ("loai van ban", "doc_type", "type"),
    "number_symbol": ("so ky hieu", "so hieu", "number"),
    "issued_date": ("ngay ban hanh", "issued_date", "date"),
    "issuer": ("co quan ban hanh", "issuer", "noi ban hanh"),
    "signer": ("nguoi ky", "signer"),
    "title": ("trich yeu", "title"),
}


def _from_site(meta: DocumentMeta, site: dict) -> None:
    """Portal metadata fills what the header left empty."""
    folded = {fold_accents(str(k)).strip(" :"): v for k, v in (site or {}).items() if v}
    for field, keys in SITE_KEYS.items():
        value = next((folded[k] for k in keys if k in folded), None)
        if value is None:
            continue
        value = str(value).strip()
        if field == "number_symbol":
            number, symbol, _ = _number("Số: " + value)
            _set(meta, "number", number, "site")
            _set(meta, "symbol", symbol, "site")
        elif field == "issued_date":
            _set(meta, "issued_date", parse_date(value)[0], "site")
        elif field == "doc_type":
            _set(meta, "doc_type", normalize_kind(value), "site")
        else:
            _set(meta, field, value, "site")


def extract_metadata(doc: Document) -> DocumentMeta:
    """The document's own metadata (see the module docstring)."""
    meta = DocumentMeta()
    lines = document_lines(doc)
    organs = _from_header(meta, lines)
    if not organs and meta.number is None:
        _from_lead_line(meta, lines)
    if meta.doc_type == "Phụ lục":
        _from_parent(meta, lines)
    _set(meta, "signer", _signer(lines), "header")
    _set(meta, "recipients", _recipients(lines), "header")
    _from_site(meta, doc.site_meta)
    if meta.doc_type is None and meta.symbol:
        _set(meta, "doc_type", kind_from_symbol(meta.symbol), "header")
    if meta.issuer is None:
        _set(meta, "issuer", _body_issuer(lines), "body")
    if meta.issued_date is None and meta.doc_type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết"):
        _set(meta, "issued_date", _passed_date("\n".join(lines)), "body")
    if not (organs and is_central(organs[0]) and meta.province is None):
        _local_province(meta, lines)
    if meta.issuer in ("Ủy ban nhân dân", "Hội đồng nhân dân") and meta.province:
        meta.issuer += f" {province_type(meta.province)} {meta.province}"     # a header that lost its province line
    if meta.issuer:
        meta.issuer = expand_defined_acronyms(meta.issuer, "\n".join(lines))
    return meta


_ACRONYMS = regex.compile(r"(?<!\p{L})\p{Lu}{2,}(?:(?:\s+(?:và|&)\s+|\s*[-&]\s*)\p{Lu}{2,})*(?!\p{L})")


def expand_defined_acronyms(issuer: str, text: str) -> str:
    """'Cục Cảnh sát PCCC và CNCH' → 'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ' when the text
    itself spells the name out before the acronyms in brackets ('Cục Cảnh sát phòng cháy, …, cứu hộ (PCCC và
    CNCH)'): the gold names the issuer in full, and only the document can say what its acronyms stand for."""
    m = _ACRONYMS.search(issuer)
    if m is None or any(set(fold_accents(t).lower()) & VOWELS for t in regex.findall(r"\p{Lu}{2,}", m.group())):
        return issuer                       # an upper-case word with a vowel is a name, not an acronym
    lead = issuer[:m.start()].strip()
    if not lead:
        return issuer
    words = r"\s+".join(regex.escape(w) for w in lead.split())
    acr = r"\s+".join(regex.escape(w) for w in m.group().split())
    rx = regex.compile(rf"(?<!\p{{L}}){words}\s+(?P<full>\p{{Ll}}[^()\n]{{2,100}}?)\s*\(\s*{acr}\s*\)",
                       regex.IGNORECASE)
    d = rx.search(regex.sub(r"\s+", " ", text))
    if d is None:
        return issuer
    return f"{lead} {d.group('full').strip()}{issuer[m.end():]}"
