"""Stage 2, normalise: one NFC text for the document with offsets for every block and cell, legacy
encodings (TCVN3, VNI) converted, hard line breaks joined. `normalize_document(raw, path)`."""
from __future__ import annotations

__all__ = ["normalize_document"]


def __getattr__(name: str):
    # Loaded when asked for, not with the package: the store imports normalize.fingerprint, and
    # normalising's imports (the patterns, YAML) cost a run over unchanged files a tenth of its time.
    if name == "normalize_document":
        from extractor.normalize.document import normalize_document
        return normalize_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
