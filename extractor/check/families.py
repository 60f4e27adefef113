"""Indicator families: indicators across documents that measure the same thing, without a catalogue.

An indicator's family key is its normalised label, its unit and its level:
'Tỷ lệ hồ sơ giải quyết trực tuyến' (%, tỉnh) in Phú Thọ's 2020 report and in An Giang's 2025
report is one family. The id is a hash of the key ('F' + 12 hex digits), so it is the same after a
re-extraction, in another database, on another machine. `assign_families(db, doc_id)` writes
`indicators.family_id` for one document and adds its families to `families`; the checks call it,
so it is saved in the same transaction as the document.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Optional

import regex

from extractor.normalize.document import fold_tone

# A short parenthesis at the end of a label names the unit or the scope's abbreviation
# ('(%)', '(DVC)', '(lượt)'), not what is measured; a long one ('(không bao gồm hồ sơ mật)') stays.
TRAILING_NOTE = regex.compile(r"\s*\([^()]{0,12}\)\s*$")
PUNCT = regex.compile(r"[^\p{L}\p{N}%]+")


@lru_cache(maxsize=8192)
def normalise_label(label: Optional[str]) -> str:
    """Tone marks in one place, lower case, punctuation and a short trailing note dropped.
    Kept per label: the checks ask it for every indicator of every document, and a table's row
    labels repeat in each report of an office."""
    text = fold_tone(label or "").lower()
    text = TRAILING_NOTE.sub("", text)
    return PUNCT.sub(" ", text).strip()


def normalise_unit(unit: Optional[str]) -> str:
    return (unit or "").strip().lower()


def family_key(label: Optional[str], unit: Optional[str], level: Optional[str],
               norm: Optional[str] = None) -> str:
    """`norm`: the label's normalise_label, when the caller has it already."""
    return "|".join((normalise_label(label) if norm is None else norm, normalise_unit(unit),
                     (level or "").strip().lower()))


def family_id(key: str) -> str:
    return "F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def family_of(label: Optional[str], level: Optional[str], target_unit: Optional[str],
              actual_unit: Optional[str]) -> Optional[tuple[str, str, str, str]]:
    """An indicator's family: (id, key, normalised label, unit), None without a label."""
    norm = normalise_label(label)
    if not norm:
        return None
    unit = target_unit or actual_unit
    key = family_key(label, unit, level, norm)
    return family_id(key), key, norm, unit


def family_row(label: Optional[str], level: Optional[str], family: tuple[str, str, str, str]) -> dict:
    """The `families` row a family's first indicator in a document gives (`family_of`)."""
    fid, key, norm, unit = family
    return {"id": fid, "key": key, "label": label, "label_norm": norm, "unit": normalise_unit(unit) or None,
            "level": level}


def write_families(db, families: dict[str, dict]) -> None:
    """Add the families (`family_row`s by id) a document's indicators belong to."""
    if not families:
        return
    # one prepared statement (sqlite-utils' insert_all builds its query again on every call)
    db.conn.executemany("INSERT OR IGNORE INTO families (id, key, label, label_norm, unit, level) "
                        "VALUES (:id, :key, :label, :label_norm, :unit, :level)", list(families.values()))
    # a family's label as written: the smallest of its members' spellings, so it does not depend
    # on which document happened to be saved first (runs in parallel finish in any order)
    db.conn.executemany("UPDATE families SET label = ? WHERE id = ? AND label > ?",
                        [(f["label"], f["id"], f["label"]) for f in families.values()])


def assign_families(db, doc_id: int) -> int:
    """Set family_id on every indicator of the document and add new families. Returns how many
    indicators got one (an indicator without a label gets none). A batch writes them with the
    document's rows (store.database); this is for documents saved otherwise or before."""
    rows = db.conn.execute("SELECT id, label, level, target_unit, actual_unit, family_id FROM indicators "
                           "WHERE document_id = ?", [doc_id]).fetchall()
    families, updates, assigned = {}, [], 0
    for ind_id, label, level, target_unit, actual_unit, stored in rows:
        family = family_of(label, level, target_unit, actual_unit)
        if family is None:
            continue
        assigned += 1
        if stored == family[0]:
            # given by an earlier check of these very rows (a document checked again when its group's
            # primary changes), its family written then: nothing to write again
            continue
        if family[0] not in families:
            families[family[0]] = family_row(label, level, family)
        updates.append((family[0], ind_id))
    write_families(db, families)
    db.conn.executemany("UPDATE indicators SET family_id = ? WHERE id = ?", updates)
    return assigned
