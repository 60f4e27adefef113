"""Stage 2, normalise: one NFC text for the document with offsets for every block and cell, legacy
encodings (TCVN3, VNI) converted, hard line breaks joined. `normalize_document(raw, path)`."""
from extractor.normalize.document import normalize_document

__all__ = ["normalize_document"]
