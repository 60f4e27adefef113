"""PDF pages as images for the document view (pypdfium2, which pdfplumber already uses), and where
a document's file is now. Boxes are drawn by the page in PDF points from the top-left, the
coordinates pdfplumber gives and the database keeps (x0, top, x1, bottom)."""
from __future__ import annotations

import io
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

SCALE = 2.0        # 144 dpi: small print readable beside the text, quick to render


def source_file(path: str, db_path: str) -> Optional[Path]:
    """The document's file: its path as recorded (relative to where `chitieu extract` ran, which is
    usually where the review runs), else beside the database. Archive members are unpacked."""
    member = None
    if "!" in path:
        path, member = path.split("!", 1)
    base = Path(db_path).resolve().parent
    for p in (Path(path), base / path, base.parent / path):
        if p.is_file():
            return _unzip(p, member) if member else p
    return None


@lru_cache(maxsize=8)
def _unzip(archive: Path, member: str) -> Optional[Path]:
    try:
        with zipfile.ZipFile(archive) as z:
            data = z.read(member)
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    out = Path(tempfile.mkdtemp(prefix="chitieu-review-")) / Path(member).name
    out.write_bytes(data)
    return out


def page_sizes(pdf: Path) -> dict[int, tuple[float, float]]:
    """1-based page number → (width, height) in points."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return {i + 1: tuple(doc[i].get_size()) for i in range(len(doc))}
    finally:
        doc.close()


@lru_cache(maxsize=32)
def page_png(pdf: Path, page: int, mtime: float) -> bytes:
    """The page as a PNG (cached per file version)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        if not 1 <= page <= len(doc):
            raise IndexError(page)
        image = doc[page - 1].render(scale=SCALE).to_pil()
        buf = io.BytesIO()
        image.save(buf, format="PNG", optimize=False)
        return buf.getvalue()
    finally:
        doc.close()
