"""Readers: one module per format, each exposing `read(path) -> RawDocument`.

`read_file` picks the reader from the file's content first (magic bytes), its extension second, so a
`.doc` that is really a `.docx` (or HTML saved as `.doc`) still reads.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import EmptyDocument, ReadError, UnsupportedFormat
from ..model import RawDocument

# format -> module under extractor.readers
READERS = {
    "txt": "text",
    "md": "text",
    "docx": "docx",
    "pdf": "pdf",
    "html": "html",
    "doc": "office",
    "rtf": "office",
    "odt": "office",
}

EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".doc": "doc", ".rtf": "rtf", ".odt": "odt",
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in EXTENSIONS


def sniff_format(path: Path) -> str:
    """The format by content where it is unambiguous, else by extension."""
    by_ext = EXTENSIONS.get(path.suffix.lower())
    if by_ext is None:
        raise UnsupportedFormat(f"unsupported file type {path.suffix or '(none)'}")
    with open(path, "rb") as f:
        head = f.read(2048)
    if not head:
        raise EmptyDocument("empty file (0 bytes)")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"            # OLE2: legacy Word (LibreOffice will tell if it is not)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        if by_ext in ("docx", "odt"):
            return by_ext
        return "docx"
    low = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low[:1024]:
        if by_ext in ("html", "doc", "txt"):
            return "html"
    if by_ext in ("docx", "pdf", "odt") :
        raise ReadError(f"not a valid {by_ext} file (content does not match the extension)")
    return by_ext


def read_file(path: Path) -> RawDocument:
    """Read any supported file into a RawDocument, or raise a ReadError subclass."""
    path = Path(path)
    fmt = sniff_format(path)
    module = importlib.import_module(f".{READERS[fmt]}", __name__)
    doc = module.read(path)
    doc.format = fmt
    if not any((b.text or "").strip() or b.rows for b in doc.blocks):
        raise EmptyDocument("no text could be read from the file")
    return doc
