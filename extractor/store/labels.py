"""What each table and column is called for a person (patterns/datasette_metadata.yaml): Vietnamese label,
English gloss, unit. Read by the Datasette metadata (cli/serve.py) and the exports' headers."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from extractor.patterns import PATTERNS_DIR, load_yaml

META_FILE = PATTERNS_DIR / "datasette_metadata.yaml"


@lru_cache(maxsize=2)
def descriptions(path: Path = META_FILE) -> dict:
    return load_yaml(path.read_text(encoding="utf-8"))


def _base_tables(name: str) -> list[str]:
    """Where a view's columns are described when the view itself does not describe them."""
    if name.startswith("effective_"):
        return [name.removeprefix("effective_")]
    if name in ("indicator_matrix", "indicator_series", "family_matrix", "family_series", "chi_tieu"):
        return ["indicators", "documents"]
    if name == "so_lieu":
        return ["quantities", "documents"]
    if name == "kiem_tra":
        return ["checks", "documents"]
    return []


def column_entry(table: str, column: str) -> Optional[list]:
    """[Vietnamese label, English gloss, unit?] for a column of a table or view, or None."""
    meta = descriptions()
    for t in [table, *_base_tables(table)]:
        entry = (meta["tables"].get(t) or meta["views"].get(t) or {}).get("columns", {}).get(column)
        if entry:
            return entry
    return meta["common_columns"].get(column)


def column_label(table: str, column: str) -> str:
    """The Vietnamese header for a column (the column name itself when undescribed)."""
    entry = column_entry(table, column)
    return entry[0] if entry else column


def column_description(table: str, column: str) -> Optional[str]:
    entry = column_entry(table, column)
    if not entry:
        return None
    text = f"{entry[0]} — {entry[1]}"
    return f"{text} (đơn vị / unit: {entry[2]})" if len(entry) > 2 else text
