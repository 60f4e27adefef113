"""References to other documents: `Nghị định số 42/2022/NĐ-CP ngày 24/6/2022` → one LegalRef.

Stages: find every mention in a text (`find_legal_refs`, patterns in patterns/legal_refs.yaml plus the
short forms of patterns/known_documents.yaml), normalise it (kind, number as written, year, symbol with
its upper-case type code and `Đ`), read the signing date written right after it, the relation verb
written before it, then merge the mentions of one document (`extract_legal_refs`), repair a missing
year the kind must carry, fill date and title from the known documents, and name the issuer from the
symbol. The citing document's own number and a Phụ lục's parent are metadata, not references. In an OCR'd
block a code part a look-alike letter damaged (46/2014/ÖH13) is read back first, and its reference flagged repaired.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import regex

from extractor.extract.dates import parse_date
from extractor.model import Document, DocumentMeta, LegalRef, Provenance, Segment, provenance
from extractor.extract.doc_types import fold_code, issuer_codes, doc_type_tables, key_kind, kind_from_symbol, normalize_kind, normalize_symbol
from extractor.extract.provinces import province_type
from extractor.patterns import load_data, load_patterns

TAIL = 60                 # characters read past a segment's end
ORDER = ("ref.party", "ref.named_law", "ref.kinded", "ref.bare")   # earlier wins on overlap
# The document's own number sits on a line of its own after `Số:` / `Luật số:`.
OWN_NUMBER_LEAD = regex.compile(r"(?:^|\n)[ \t|*#]*(?:\p{L}+[ \t]+)?Số(?:[ \t,]+(?:ký[ \t]+)?hiệu)?[ \t]*:?[ \t|]*$")


@dataclass
class RefMatch:
    """One mention found in a text (offsets local to that text)."""
    kind: str
    number: str
    year: Optional[int]
    symbol: str
    start: int
    end: int
    rule: str
    text: str
    issued_date: Optional[str] = None
    date_text: Optional[str] = None
    relation: Optional[str] = None
    kind_written: bool = True
    repaired: bool = False
    extra: dict = field(default_factory=dict)


def ref_key(kind: str, number: Optional[str], year: Optional[int], symbol: Optional[str]) -> str:
    """Canonical key, e.g. 'Nghị định|42|2022|NĐ-CP' (leading zeros dropped: 09 and 9 are one number)."""
    num = (number or "").lstrip("0") or (number or "")
    return f"{key_kind(kind)}|{num}|{year or ''}|{symbol or ''}"


# --- known documents ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def known_documents() -> list[dict]:
    return list(load_data("known_documents.yaml")["documents"])


def _num_key(number: Optional[str]) -> str:
    return (number or "").lstrip("0") or (number or "")


def find_known(number: Optional[str], symbol: Optional[str], year: Optional[int] = None) -> Optional[dict]:
    """The known document with this number and symbol (and year, when both have one)."""
    for d in known_documents():
        if _num_key(str(d["number"])) != _num_key(number) or d.get("symbol") != symbol:
            continue
        if year and d.get("year") and int(d["year"]) != int(year):
            continue
        return d
    return None


@lru_cache(maxsize=None)
def _alias_regex():
    aliases = {a: d for d in known_documents() for a in d.get("aliases") or []}
    if not aliases:
        return None, {}
    alts = sorted(aliases, key=len, reverse=True)
    body = "|".join(regex.escape(a).replace(r"\ ", r"[ \t\n]+") for a in alts)
    rx = regex.compile(rf"(?<![\p{{L}}\d])(?:{body})(?![\p{{L}}\d]|[ \t]*/)")     # case as written: 'đề án 06 của tỉnh' is not Đề án 06
    return rx, {fold_code(regex.sub(r"\s+", " ", a)): d for a, d in aliases.items()}


@lru_cache(maxsize=1)
def _aliases_hold_digits() -> bool:
    return all(_DIGIT.search(a) for d in known_documents() for a in d.get("aliases") or [])


_DIGIT = regex.compile(r"\d")


# --- finding mentions in a text ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _relation_verbs() -> tuple[int, list[tuple[str, list]]]:
    """(window, [(relation, [each verb's compiled regex])]), compiled once."""
    conf = load_data("legal_refs.yaml")["relations"]
    return int(conf["window"]), [(name, [regex.compile(rf"(?<!\p{{L}}){regex.escape(v)}(?!\p{{L}})") for v in verbs])
                                 for name, verbs in conf["verbs"].items()]


_CLAUSE_END = regex.compile(r"[.;:\n]")


def _relation(text: str, start: int) -> Optional[str]:
    """The nearest relation verb before `start` in the same clause."""
    size, verbs = _relation_verbs()
    window = text[max(0, start - size):start]
    window = _CLAUSE_END.split(window)[-1].lower()
    best, best_pos = None, -1
    for name, rxs in verbs:
        for rx in rxs:
            for m in rx.finditer(window):
                if m.start() > best_pos:
                    best, best_pos = name, m.start()
    return best


@lru_cache(maxsize=None)
def _date_lead():
    return regex.compile(load_data("legal_refs.yaml")["date_lead"])


def _date_after(text: str, end: int) -> tuple[Optional[str], Optional[str], int]:
    """The signing date written right after a reference: (value, text, end offset)."""
    lead = _date_lead().match(text[end:])
    if not lead:
        return None, None, end
    value, span = parse_date(text[end:end + lead.end() + 40])
    if value is None or span[0] > lead.end() + 2:
        return None, None, end
    return value, text[end + span[0]:end + span[1]], end + span[1]


@lru_cache(maxsize=None)
def _date_before_rx():
    return regex.compile(load_data("legal_refs.yaml")["date_before"]["regex"])


def _date_before(text: str, start: int) -> tuple[Optional[str], Optional[str]]:
    """The signing date a sentence gives before the reference (`Ngày 30/8/2024, Sở Nội vụ có Công văn
    số …`): (value, text), or (None, None)."""
    m = _date_before_rx().search(text[max(0, start - 160):start])
    if m is None:
        return None, None
    value, _ = parse_date("ngày " + m.group("date"))
    return (value, m.group("date")) if value else (None, None)


_VAN_BAN = regex.compile(r"(?i)văn\s+bản\s")


def _make(m, rule: str, text: str, kind: Optional[str] = None) -> RefMatch:
    symbol = normalize_symbol(m.group("symbol"))
    written = m.groupdict().get("kind")
    if kind is None:
        # 'Văn bản hướng dẫn số 16684/BTC-NSNN' is a văn bản that guides: its kind is Văn bản
        written_kind = "Văn bản" if written and _VAN_BAN.match(written) else written
        kind = normalize_kind(written_kind) if written else kind_from_symbol(symbol)
        if kind == "Văn bản" and kind_from_symbol(symbol) != "Công văn":
            kind = kind_from_symbol(symbol)   # 'văn bản số 401/TB-VPCP': 'văn bản' is any paper; its type code says which
    year = m.groupdict().get("year")
    start = m.start("kind") if written else m.start("number")
    # 36A/NQ-CP in an upper-case title is 36a/NQ-CP in the body: one number
    ref = RefMatch(kind=kind, number=m.group("number").lower(), year=int(year) if year else None, symbol=symbol,
                   start=start, end=m.end("symbol"), rule=rule, text=text[start:m.end("symbol")],
                   kind_written=bool(written) or kind is not None)
    if m.groupdict().get("badyear"):
        ref.extra["badyear"] = m.group("badyear")
    return ref


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by at most one typing slip: a digit added, dropped, changed, or two swapped."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _repair_year(ref: RefMatch) -> None:
    """A year field that is no year (45/25010/NĐ-CP) is the signing date's year mistyped, when the date
    written after the reference has a year one slip away from it; otherwise the year stays unknown."""
    bad = ref.extra.get("badyear")
    if bad and ref.issued_date and _one_edit(bad, ref.issued_date[:4]):
        ref.year, ref.repaired = int(ref.issued_date[:4]), True


def _is_own_number(text: str, start: int) -> bool:
    return bool(OWN_NUMBER_LEAD.search(text[max(0, start - 40):start]))


@lru_cache(maxsize=None)
def _not_a_reference():
    """Words before a số/ký hiệu that make it a form or table label (`Mẫu số 01/HĐBC-QH`)."""
    words = load_data("legal_refs.yaml")["not_before"]
    alts = "|".join(regex.escape(w).replace(r"\ ", r"[ \t\n]+") for w in words)
    return regex.compile(rf"(?<!\p{{L}})(?i:{alts})[ \t\n]*(?i:số)?[ \t\n]*:?[ \t\n]*(?:\d+[ \t]*(?:,|và)[ \t]*)*$")


def _is_form(text: str, ref: "RefMatch") -> bool:
    return ref.rule in ("ref.bare", "ref.list_item") and bool(_not_a_reference().search(text[max(0, ref.start - 50):ref.start]))


@lru_cache(maxsize=None)
def _patterns(ids: tuple[str, ...]) -> tuple:
    """(id, pattern) for each id, looked up once (a lookup per segment and pattern was a tenth of the stage)."""
    ps = load_patterns("legal_refs")
    return tuple((pid, ps.get(pid)) for pid in ids)


def _raw_matches(text: str) -> list[RefMatch]:
    if "/" not in text:
        return []                         # each of ORDER's patterns reads the slash of a số/ký hiệu
    found: list[RefMatch] = []
    taken: list[tuple[int, int]] = []
    for pid, p in _patterns(ORDER):
        if not p.may_match(text):
            continue                      # its pre-test finds nothing: the regex cannot match here
        for m in p.regex.finditer(text):
            s, e = m.start("number"), m.end("symbol")
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(_make(m, pid, text))
    return sorted(found, key=lambda r: r.start)


def _list_items(text: str, ref: RefMatch, pos: int) -> list[RefMatch]:
    """Items after `ref` that share its kind: `Nghị quyết số 01/NQ-CP và số 02/NQ-CP`."""
    items = []
    rx = load_patterns("legal_refs").get("ref.list_item").regex
    while (m := rx.match(text[pos:])):
        symbol = normalize_symbol(m.group("symbol"))
        own = kind_from_symbol(symbol)
        kind = ref.kind if own in (ref.kind, "Công văn") or key_kind(ref.kind) == own else own
        item = _make(m, "ref.list_item", text[pos:], kind=kind)
        item.start += pos
        item.end += pos
        items.append(item)
        pos = item.end
    return items


@lru_cache(maxsize=1)
def _alias_heads() -> tuple[str, ...]:
    """Each alias's first word as written ('NQ', 'Nghị', 'Đề'): the regex is case-sensitive and starts
    with that word, so a text holding none of them cannot match (a plain `in` is 20× cheaper). A word that
    holds another ('NQ57' holds 'NQ') is left out: a text with it has the shorter one too."""
    heads = {a.split()[0] for d in known_documents() for a in d.get("aliases") or [] if a.split()}
    return tuple(sorted(h for h in heads if not any(o != h and o in h for o in heads)))


def _alias_matches(text: str) -> list[RefMatch]:
    if not any(head in text for head in _alias_heads()):
        return []
    rx, table = _alias_regex()
    out = []
    for m in rx.finditer(text) if rx else []:
        d = table[fold_code(regex.sub(r"\s+", " ", m.group(0)))]
        alias_kind = d.get("alias_kind")
        number, symbol = str(d["number"]), d.get("symbol")
        if alias_kind:
            symbol = None
        out.append(RefMatch(kind=alias_kind or d["kind"], number=number, year=d.get("year") if not alias_kind else None,
                            symbol=symbol, start=m.start(), end=m.end(), rule="ref.alias", text=m.group(0)))
    return out


_NUMBER_ONLY = ("ref.numbered", "ref.number_year", "ref.numbered_issuer")


def _numbered_matches(text: str) -> list[RefMatch]:
    """'Nghị quyết số 25 về mục tiêu tăng trưởng …', 'Nghị quyết số 25/2021 phê duyệt …', 'Quyết định 2289 của Thủ
    tướng …': a document the press cites by its number (and year) with no symbol."""
    out = []
    for pid, p in _patterns(_NUMBER_ONLY):
        for m in p.regex.finditer(text) if p.may_match(text) else ():
            year = m.groupdict().get("year")
            end = m.end("year") if year else m.end("number")
            out.append(RefMatch(kind=normalize_kind(m.group("kind")), number=m.group("number"),
                                year=int(year) if year else None, symbol=None,
                                start=m.start(), end=end, rule=pid, text=text[m.start():end]))
    return out


def _numbered_elsewhere(accs: list[_Acc]) -> list[_Acc]:
    """Without the number-only citations of a document the text also cites with its symbol ('Nghị quyết số 25
    về …' beside '25/NQ-CP'): one document, not two."""
    def cited_with_symbol(a: LegalRef) -> bool:
        return any(o.ref.symbol and key_kind(o.ref.kind) == key_kind(a.kind)
                   and _num_key(o.ref.number) == _num_key(a.number) for o in accs)
    return [acc for acc in accs if acc.ref.symbol is not None
            or acc.ref.mentions[0].rule not in _NUMBER_ONLY or not cited_with_symbol(acc.ref)]


@lru_cache(maxsize=None)
def _lookalike_q():
    return regex.compile(load_data("legal_refs.yaml")["symbol_lookalike_q"])


def _read_lookalikes(text: str) -> str:
    """'411/ỌĐ-TTg' read as '411/QĐ-TTg': a look-alike of a type code's Q, replaced one for one (offsets hold)."""
    return _lookalike_q().sub("Q", text) if "Đ" in text and "/" in text else text     # its lookbehind reads a '/'


@lru_cache(maxsize=None)
def _ocr_confusions() -> tuple:
    """(the số/ký hiệu frame's regex, {letter as scanned: the letters it may stand for})."""
    conf = load_data("legal_refs.yaml")["ocr_confusions"]
    return regex.compile(conf["frame"]), {str(k): tuple(str(v) for v in vs) for k, vs in conf["reads"].items()}


_CODE_PART = regex.compile(r"[^ \t\-–‐/]+")
_LAW_CODE = regex.compile(r"(?:UBTV)?QH\d{2}")
_MAX_READINGS = 256            # a part with more look-alike spellings than this is no code damaged by a few slips


def _known_code(part: str) -> bool:
    """A type code, an issuer's code or a law's QHnn (D typed for Đ and case aside)."""
    f = fold_code(part)
    return f in doc_type_tables()["by_code"] or f in issuer_codes()["codes"] or bool(_LAW_CODE.fullmatch(f))


def _read_code_part(part: str) -> Optional[str]:
    """The one known spelling an unknown code part has when its OCR look-alikes are read back, else None."""
    if not any(c.isalpha() for c in part) or _known_code(part):
        return None                    # a code part holds a letter; a known one is what it says
    reads = _ocr_confusions()[1]
    options = [(c, *reads.get(c, ())) for c in part]
    size = 1
    for o in options:
        size *= len(o)
    if size == 1 or size > _MAX_READINGS:
        return None
    known = {fold_code(s): s for s in map("".join, itertools.product(*options)) if _known_code(s)}
    return next(iter(known.values())) if len(known) == 1 else None


def _read_ocr_confusions(text: str) -> tuple[str, list[tuple[int, int]]]:
    """An OCR'd text with each số/ký hiệu code part that Tesseract's look-alikes damaged read back ('46/2014/ÖH13'
    → '46/2014/QH13'), one letter for one so offsets hold, and the spans read back (their references are repaired)."""
    if "/" not in text and "-" not in text:
        return text, []
    frame = _ocr_confusions()[0]
    chars, spans = list(text), []
    for m in frame.finditer(text):
        for p in _CODE_PART.finditer(m.group(0)):
            reading = _read_code_part(p.group(0))
            if reading is not None and len(reading) == len(p.group(0)):
                s = m.start() + p.start()
                chars[s:s + len(reading)] = reading
                spans.append((s, s + len(reading)))
    return ("".join(chars), spans) if spans else (text, [])


def find_legal_refs(text: str, ocr: bool = False) -> list[RefMatch]:
    """Every reference mention in `text`, in order, with its date and relation (no merging).

    With `ocr` (a block Tesseract read) a code damaged by a look-alike letter is read back first: never in a
    digital text, whose odd code is what its writer typed."""
    if not _DIGIT.search(text) and _aliases_hold_digits():
        return []                     # every pattern reads a number, and so does every alias
    read, read_back = _read_ocr_confusions(text) if ocr else (text, [])

    def as_written(r: RefMatch) -> RefMatch:
        r.text = text[r.start:r.end]
        r.repaired = r.repaired or any(r.start < e and s < r.end for s, e in read_back)
        return r

    out: list[RefMatch] = []
    for ref in _raw_matches(_read_lookalikes(read)):
        as_written(ref)
        if out and ref.start < out[-1].end:       # already taken as a list item
            continue
        if _is_own_number(text, ref.start) or _is_form(text, ref):
            continue
        group = [ref]
        pos = ref.end
        while True:
            cur = group[-1]
            cur.issued_date, cur.date_text, pos = _date_after(text, cur.end)
            if cur is ref and cur.issued_date is None:
                cur.issued_date, cur.date_text = _date_before(text, cur.start)
            _repair_year(cur)
            nxt = [as_written(i) for i in _list_items(read, ref, pos)[:1]]
            if not nxt:
                break
            group.append(nxt[0])
        rel = _relation(text, ref.start)
        for g in group:
            g.relation = rel
        out.extend(group)
    taken = [(r.start, r.end) for r in out]
    for a in _alias_matches(text) + _numbered_matches(text):
        if not any(a.start < e and s < a.end for s, e in taken):
            a.relation = _relation(text, a.start)
            if a.rule == "ref.number_year":          # a number and year name one document: its date is its own
                a.issued_date, a.date_text, _ = _date_after(text, a.end)
                if a.issued_date is None:
                    a.issued_date, a.date_text = _date_before(text, a.start)
            out.append(a)
    return sorted(out, key=lambda r: r.start)


# --- merging mentions into documents -----------------------------------------------------------

_SYMBOL_SEP = regex.compile(r"[-/]")
_TRAILING_DIGITS = regex.compile(r"\d+$")


def _issuer(symbol: Optional[str], meta: Optional[DocumentMeta]) -> Optional[str]:
    """The issuing body named by the symbol (NĐ-CP → Chính phủ; QĐ-UBND → the citing province's UBND)."""
    if not symbol:
        return None
    parts = [p for p in _SYMBOL_SEP.split(symbol) if p]
    if parts and fold_code(parts[0]) in doc_type_tables()["by_code"]:
        parts = parts[1:]
    names = []
    for p in parts:
        code = _TRAILING_DIGITS.sub("", p)
        hit = issuer_codes()["codes"].get(fold_code(code))
        if hit:
            names.append(_local(hit, meta))
    return ", ".join(dict.fromkeys(names)) or None


def _local(hit: tuple[str, str], meta: Optional[DocumentMeta]) -> str:
    code, name = hit
    if code not in ("UBND", "HĐND") or meta is None:
        return name
    if meta.issuer and meta.issuer.lower().startswith(name.lower() + " "):
        return meta.issuer
    if meta.province:
        return f"{name} {province_type(meta.province)} {meta.province}"
    return name


def _same_document(a: LegalRef, r: RefMatch) -> bool:
    if _num_key(a.number) != _num_key(r.number) or a.symbol != r.symbol:
        return False
    if a.symbol is None and key_kind(a.kind) != key_kind(r.kind):
        return False
    return a.year is None or r.year is None or a.year == r.year


def _provenance(doc: Document, seg: Segment, r: RefMatch) -> Provenance:
    start, end = seg.start + r.start, seg.start + r.end
    prov = provenance(doc, seg.block, start, end, r.rule, seg.cell)
    if doc.text[seg.start:seg.end] != seg.text:      # a segment that is no slice of the document
        prov.text = r.text
    return prov


@dataclass
class _Acc:
    """A LegalRef being built, and whether its kind was written (not guessed from the symbol)."""
    ref: LegalRef
    explicit: bool


def _add(accs: list[_Acc], r: RefMatch, prov: Provenance) -> None:
    explicit = r.rule != "ref.bare"
    for acc in accs:
        a = acc.ref
        if _same_document(a, r):
            if a.year is None and r.year is not None:
                a.year, a.repaired = r.year, r.repaired
            a.issued_date = a.issued_date or r.issued_date
            a.date_text = a.date_text or r.date_text
            a.relation = a.relation or r.relation
            if explicit and not acc.explicit:
                a.kind, acc.explicit = r.kind, True
            a.mentions.append(prov)
            return
    accs.append(_Acc(LegalRef(kind=r.kind, number=r.number, symbol=r.symbol, year=r.year, issued_date=r.issued_date,
                              date_text=r.date_text, relation=r.relation, repaired=r.repaired, mentions=[prov]),
                     explicit))


def _finish(ref: LegalRef, meta: Optional[DocumentMeta]) -> LegalRef:
    """Repair the year, fill date/title from known documents, name the issuer, set the key."""
    needs_year = ref.kind in doc_type_tables()["year_kinds"] and ref.symbol
    if ref.year is None and needs_year and ref.issued_date:
        ref.year, ref.repaired = int(ref.issued_date[:4]), True
    known = find_known(ref.number, ref.symbol, ref.year) if ref.symbol else None
    if ref.symbol is None:
        known = next((d for d in known_documents() if d.get("alias_kind") == ref.kind
                      and _num_key(str(d["number"])) == _num_key(ref.number)), None)
    if known:
        if ref.year is None and needs_year and known.get("year"):
            ref.year, ref.repaired = int(known["year"]), True
        ref.title = known.get("title")
        if ref.issued_date is None and ref.symbol is not None:
            ref.issued_date = known.get("date")
    ref.issuer = _issuer(ref.symbol, meta) or (known or {}).get("issuer")
    ref.key = ref_key(ref.kind, ref.number, ref.year, ref.symbol)
    return ref


def _is_own(r: RefMatch, meta: Optional[DocumentMeta]) -> bool:
    """The citing document's own number, or the parent a Phụ lục is attached to."""
    if meta is None:
        return False
    for number, symbol in ((meta.number, meta.symbol), (meta.parent_number, meta.parent_symbol)):
        if symbol and r.symbol == symbol and (number is None or _num_key(number) == _num_key(r.number)):
            if number is not None:
                return True
    return False


def extract_legal_refs(doc: Document, segments: list[Segment], meta: Optional[DocumentMeta] = None) -> list[LegalRef]:
    """One LegalRef per distinct document the text cites, each with every mention kept."""
    meta = meta or DocumentMeta()
    accs: list[_Acc] = []
    for seg in segments:
        for r in find_legal_refs(_reading_text(doc, seg), ocr=seg.block.ocr):
            if r.start < len(seg.text) and not _is_own(r, meta):
                _add(accs, r, _provenance(doc, seg, r))
    return [_finish(a.ref, meta) for a in _numbered_elsewhere(accs)]


def _reading_text(doc: Document, seg: Segment) -> str:
    """The segment plus a little of what follows, so a reference (or its date) that a segment break
    cuts (`126/2024/NĐ-` | `CP`) is still read whole; only matches starting in the segment count."""
    if doc.text[seg.start:seg.end] != seg.text:
        return seg.text
    return doc.text[seg.start:seg.end + TAIL]
