"""Provinces and centrally-run cities, before and after the 2025 mergers (patterns/provinces.yaml)."""
from __future__ import annotations

from functools import lru_cache

from extractor.normalize.document import fold_accents, fold_tone
from extractor.patterns import load_data


@lru_cache(maxsize=None)
def province_spellings() -> list[tuple[str, str, str]]:
    """(folded spelling, canonical name, type) for every province name and alias, longest first."""
    data = load_data("provinces.yaml")
    out = []
    for entry in data["new"] + data["old"]:
        for spelling in [entry["name"]] + list(entry.get("aliases") or []):
            out.append((fold_accents(fold_tone(spelling)), entry["name"], entry["type"]))
    return sorted(set(out), key=lambda t: -len(t[0]))


def province_type(name: str) -> str:
    for folded, canon, kind in province_spellings():
        if canon == name:
            return kind
    return "tỉnh"
