"""Provinces under today's units in SQL: the post-1 July 2025 unit of an old province name, from
patterns/provinces.yaml (old name → merged_into), written into a view's SQL so no table has to be
filled and the views change when the file does."""
from __future__ import annotations

from extractor.patterns import load_data


def quote(s: str) -> str:
    """A SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def province_today_sql(column: str) -> str:
    """SQL: the post-2025 unit of the province named in `column` (unchanged when not an old unit
    that was merged, or unknown)."""
    moves = sorted((e["name"], e["merged_into"]) for e in load_data("provinces.yaml")["old"]
                   if e.get("merged_into") and e["merged_into"] != e["name"])
    whens = " ".join(f"WHEN {quote(old)} THEN {quote(new)}" for old, new in moves)
    return f"CASE {column} {whens} ELSE {column} END" if whens else column
