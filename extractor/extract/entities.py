"""Named entities from gazetteers (patterns/entities.yaml, patterns/provinces.yaml) with spaCy.

A PhraseMatcher on `spacy.blank("xx")` finds agencies, information systems and provinces (before and
after the 2025 mergers) by their names and aliases; matching is case-insensitive on NFC text, so
`TỈNH PHÚ THỌ` and `tỉnh Phú Thọ` both find Phú Thọ. Spans are character offsets, as everywhere.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.model import Document, Provenance, Segment, provenance
from extractor.patterns import load_data


@dataclass
class Entity:
    label: str                  # AGENCY | SYSTEM | PROVINCE
    name: str                   # canonical name
    start: int
    end: int
    text: str
    successor: Optional[str] = None   # the unit or body it became after the 2025 mergers
    prov: Optional[Provenance] = None


@lru_cache(maxsize=1)
def _matcher():
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("xx")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    info: dict[str, tuple[str, str, Optional[str]]] = {}
    for label, name, alias, successor in _gazetteer():
        key = f"{label}|{name}|{alias}"
        info[key] = (label, name, successor)
        matcher.add(key, [nlp.make_doc(alias)])
    return nlp, matcher, info


_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=1)
def _names_hold_letters() -> bool:
    return all(_LETTER.search(alias) for _, _, alias, _ in _gazetteer())


def _gazetteer():
    data = load_data("entities.yaml")
    for label, section in (("AGENCY", "agencies"), ("SYSTEM", "systems")):
        for e in data.get(section) or []:
            for alias in [e["name"], *(e.get("aliases") or [])]:
                yield label, e["name"], alias, e.get("successor")
    provinces = load_data("provinces.yaml")
    for p in provinces.get("old") or []:
        successor = p.get("merged_into") if p.get("merged_into") != p["name"] else None
        for alias in [p["name"], *(p.get("aliases") or [])]:
            yield "PROVINCE", p["name"], alias, successor
    old = {p["name"] for p in provinces.get("old") or []}
    for p in provinces.get("new") or []:
        if p["name"] not in old:
            for alias in [p["name"], *(p.get("aliases") or [])]:
                yield "PROVINCE", p["name"], alias, None


# a run of letters: spaCy never splits a letter from a letter, so each run in a name's tokens is a whole run of the text
_WORD = regex.compile(r"[\p{L}\p{M}]+")


@lru_cache(maxsize=1)
def _names_by_word() -> dict[str, list[frozenset[str]]]:
    """Each name's words (lower case, as the matcher compares them), filed under one of them."""
    nlp = _matcher()[0]
    out: dict[str, list[frozenset[str]]] = {}
    for _, _, alias, _ in _gazetteer():
        words = frozenset(w for t in nlp.make_doc(alias) for w in _WORD.findall(t.lower_))
        out.setdefault(max(words, key=len), []).append(words)
    return out


def _may_name(text: str) -> bool:
    """Could a name be in `text`: every word of some name is a word of it. Most segments hold none of the
    names, and a word set costs a tenth of spaCy's Doc."""
    words = set(_WORD.findall(text.lower()))
    index = _names_by_word()
    return any(names <= words for w in words & index.keys() for names in index[w])


def find_entities(text: str) -> list[Entity]:
    """Entities in a string, longest match first where they overlap."""
    if _names_hold_letters() and not _may_name(text):
        return []                       # no name's words (a table's figures, most sentences): spaCy would find none
    nlp, matcher, info = _matcher()
    doc = nlp.make_doc(text)
    spans = []
    for match_id, s, e in matcher(doc):
        label, name, successor = info[nlp.vocab.strings[match_id]]
        # the tokens' own offsets: a Span object per match costs three times as much, and a Doc's text is `text`
        last = doc[e - 1]
        start, end = doc[s].idx, last.idx + len(last)
        spans.append(Entity(label, name, start, end, text[start:end], successor))
    spans.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Entity] = []
    for ent in spans:
        if out and ent.start < out[-1].end:
            continue
        if ent.label == "AGENCY" and ent.text.isupper() and len(ent.text) <= 4 and ent.text != ent.name:
            # two-letter abbreviations (CP, QH) only count inside a symbol, never as words
            continue
        out.append(ent)
    return out


def extract_entities(doc: Document, segments: list[Segment]) -> list[Entity]:
    """Every gazetteer entity in the document, with provenance."""
    out = []
    found: dict[str, list[Entity]] = {}       # a document repeats texts (a table's unit column): each read once
    for seg in segments:
        if seg.text not in found:
            found[seg.text] = find_entities(seg.text)
        for local in found[seg.text]:
            start, end = seg.start + local.start, seg.start + local.end
            ent = Entity(local.label, local.name, start, end, local.text, local.successor)
            ent.prov = provenance(doc, seg.block, start, end, f"gazetteer.{ent.label.lower()}", seg.cell)
            out.append(ent)
    return out
