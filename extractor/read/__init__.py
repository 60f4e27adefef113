"""Readers: one module per format, each exposing `read(path) -> RawDocument`.

`read_file` picks the reader from the file's content first (magic bytes), its extension second, so a
`.doc` that is really a `.docx` (or HTML saved as `.doc`) still reads.
"""
from __future__ import annotations

from pathlib import Path

from extractor.errors import EmptyDocument, ReadError, UnsupportedFormat
from extractor.model import RawDocument

# formats a reader exists for (see `_reader`)
READERS = ("txt", "md", "docx", "pdf", "html", "doc", "rtf", "odt")

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
    doc = _reader(fmt)(path)
    doc.format = fmt
    if not any((b.text or "").strip() or b.rows for b in doc.blocks):
        raise EmptyDocument("no text could be read from the file")
    return doc


def _reader(fmt: str):
    """The `read` function for a format. Imported here, not at the top: each pulls in its own
    libraries (pdfplumber, lxml, LibreOffice glue), and a batch of Markdown needs none of them."""
    if fmt in ("txt", "md"):
        from extractor.read import text as module
    elif fmt == "docx":
        from extractor.read import docx as module
    elif fmt == "pdf":
        from extractor.read import pdf as module
    elif fmt == "html":
        from extractor.read import html as module
    elif fmt in ("doc", "rtf", "odt"):
        from extractor.read import office as module
    else:
        raise UnsupportedFormat(f"no reader for {fmt}")
    return module.read
