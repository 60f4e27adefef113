"""Document kinds, their type codes and issuers' codes (patterns/doc_types.yaml, patterns/issuers.yaml).

Shared by the legal-reference and metadata extractors: a cited `57-NQ/TW` and a document's own
`Số: 144/KH-UBND` are spelled, folded and classified the same way.
"""
from __future__ import annotations

from functools import lru_cache

import regex
import unicodedata

from extractor.patterns import load_data


def fold_code(s: str) -> str:
    """Compare codes ignoring case and Đ/D (ND-CP is NĐ-CP typed without Đ)."""
    return s.upper().replace("Đ", "D")


@lru_cache(maxsize=None)
def doc_type_tables() -> dict:
    data = load_data("doc_types.yaml")
    by_code, by_name, year_kinds = {}, {}, set()
    for t in data["types"]:
        by_name[fold_code(t["name"])] = t["name"]
        for a in t.get("aliases") or []:
            by_name[fold_code(a)] = a
        for n in t.get("longer_names") or []:            # 'Thông báo kết luận' is a Thông báo
            by_name[fold_code(n)] = t["name"]
        for c in t.get("codes") or []:                   # each code spelled as it is ('CTrHĐ' stays, not 'CTr')
            by_code[fold_code(c)] = (c, t["name"])
        for c in t.get("typos") or []:                   # a typo is spelled as the first code (ND → NĐ)
            by_code[fold_code(c)] = (t["codes"][0], t["name"])
        if t.get("year"):
            year_kinds.add(t["name"])
    return {"by_code": by_code, "by_name": by_name, "year_kinds": year_kinds}


@lru_cache(maxsize=None)
def issuer_codes() -> dict:
    data = load_data("issuers.yaml")
    codes = {fold_code(k): (k, v) for k, v in data["codes"].items()}
    return {"codes": codes, "local": set(data.get("local") or [])}


def _canon_part(part: str, restore_d: bool = True) -> str:
    """A symbol part in its canonical spelling (type codes and issuer codes), else upper-case.

    With `restore_d` False an issuer code keeps the D its writer typed for Đ (only its case is made
    canonical)."""
    f = fold_code(part)
    if f in doc_type_tables()["by_code"]:
        return doc_type_tables()["by_code"][f][0]
    if f in issuer_codes()["codes"]:
        canon = issuer_codes()["codes"][f][0]
        if restore_d:
            return canon
        return "".join("D" if w in "Dd" and c == "Đ" else c for w, c in zip(part, canon))
    return part.upper()


GLUED_RX = regex.compile(r"^(Q[ĐD]|N[ĐD]|NQ|CT)(TTg|TTG|CP)$")


# compiled once: called for every reference found
_SPACES = regex.compile(r"\s+")
_SYMBOL_SEP = regex.compile(r"[-/]")
_PARTY_SHAPE = regex.compile(r"[^-/]+/")                 # NUMBER-TYPE/ORGAN: the type code before a slash
_LAW_CODE = regex.compile(r"(?:UBTV)?QH\d{2}")


def normalize_symbol(symbol: str) -> str:
    """'NĐ - CP' → 'NĐ-CP', 'QD-TTG' → 'QĐ-TTg', 'nq/tw' → 'NQ/TW'; a line break inside is dropped.

    Đ typed as D is restored in type codes (ND-CP) and in the issuer codes that follow one (NQ-HDND is
    NQ-HĐND); a symbol with no type code (a công văn's office codes: 3332/SGDDT-TCCB-QLCLGD) is kept
    as written, its known codes only upper- or title-cased as they are spelled."""
    s = _SPACES.sub("", unicodedata.normalize("NFC", symbol)).replace("–", "-").replace("‐", "-")
    s = GLUED_RX.sub(r"\1-\2", s)              # 'QĐTTg' typed without its hyphen is QĐ-TTg
    typed = fold_code(_SYMBOL_SEP.split(s)[0]) in doc_type_tables()["by_code"]
    return "/".join("-".join(_canon_part(p, typed) for p in piece.split("-")) for piece in s.split("/"))


def kind_from_symbol(symbol: str) -> str:
    """The kind a type code implies (NĐ → Nghị định); QHnn → Luật; no type code → Công văn."""
    first = _SYMBOL_SEP.split(symbol)[0]
    party = load_data("doc_types.yaml").get("party_kinds") or {}
    if _PARTY_SHAPE.match(symbol) and first in party:
        return party[first]                    # Party style: 66-QĐ/TW is a Quy định, 11-TT/TU a Thông tri
    hit = doc_type_tables()["by_code"].get(fold_code(first))
    if hit:
        return hit[1]
    if _LAW_CODE.fullmatch(first):
        return "Luật"
    return "Công văn"


def normalize_kind(kind: str) -> str:
    k = _SPACES.sub(" ", kind).strip()
    hit = doc_type_tables()["by_name"].get(fold_code(k))
    return hit or k[:1].upper() + k[1:].lower()


def key_kind(kind: str) -> str:
    """Kinds that name the same thing (Văn bản = Công văn) share a key."""
    aliases = load_data("doc_types.yaml").get("aliases") or {}
    return aliases.get(kind, kind)
