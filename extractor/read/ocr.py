"""OCR of PDF pages: pdftoppm renders a page, tesseract (-l vie) reads it.

Also decides when a page's text layer is unusable (`text_quality`), so the PDF reader can OCR it:
no text at all on a scanned page, or garbage from a broken font mapping ('(cid:16)', private-use
characters, or words that are not Vietnamese syllables, such as 'CØNG HÒA XÃ HØI').

The pages of one file are OCR'd several at a time (`ocr_pdf_pages`): pdftoppm and Tesseract are
subprocesses, so a few threads keep that many cores busy.

Settings (environment):
- CHITIEU_OCR_MAX_PAGES  pages OCR'd per document (default 50); later pages are skipped with a warning
- CHITIEU_OCR_TIMEOUT    seconds per page for each tool call (default 120)
- CHITIEU_OCR_DPI        render resolution (default 300)
- CHITIEU_OCR_JOBS       pages of one file OCR'd at once (default: the CPUs this process may use;
                         `chitieu extract --jobs N` sets it to N)
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator, Union

from extractor.errors import ToolFailed, ToolMissing
from extractor.settings import env_number

DEFAULT_MAX_PAGES = 50
DEFAULT_TIMEOUT = 120.0
DEFAULT_DPI = 300


# --- settings -----------------------------------------------------------------------------------

def max_pages() -> int:
    return int(env_number("CHITIEU_OCR_MAX_PAGES", DEFAULT_MAX_PAGES))


def page_timeout() -> float:
    return env_number("CHITIEU_OCR_TIMEOUT", DEFAULT_TIMEOUT)


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def jobs() -> int:
    """Pages of one file OCR'd at once (CHITIEU_OCR_JOBS, default: the CPUs this process may use)."""
    return max(1, int(env_number("CHITIEU_OCR_JOBS", usable_cpus(), minimum=1)))


# --- is the text layer usable? ------------------------------------------------------------------

_VOWELS = "aăâeêioôơuưy"
_TONED = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
# onset + vowel nucleus (1–3 vowels, at most one tone mark checked loosely) + coda
_SYLLABLE = re.compile(
    rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    rf"[{_VOWELS}{_TONED}]{{1,3}}(?:ch|ng|nh|[cmnpt])?$"
)
_WORD = re.compile(r"[^\W\d_]+")
_CID = re.compile(r"\(cid:\d+\)")


def text_quality(text: str) -> float:
    """Share (0..1) of the accented words that are well-formed Vietnamese syllables, with
    '(cid:NN)' glyphs and private-use characters counted as bad words. Ordinary Vietnamese text
    scores above 0.95; text from a broken font mapping ('CØNG HÒA XÃ HØI') well below 0.8."""
    text = unicodedata.normalize("NFC", text)
    cids = len(_CID.findall(text))
    text = _CID.sub(" ", text)
    private = sum(1 for c in text if unicodedata.category(c) == "Co" or c == "\ufffd")
    good = bad = 0
    for word in _WORD.findall(text):
        if word.isascii():      # English, acronyms, unaccented syllables: not evidence either way
            continue
        if _SYLLABLE.match(word.lower()):
            good += 1
        else:
            bad += 1
    bad += cids + private
    return good / (good + bad) if good + bad else 0.0


def needs_ocr(text: str, has_images: bool, min_words: int = 15, min_quality: float = 0.7) -> str | None:
    """Why the page should be OCR'd, or None when its text layer is good enough."""
    words = len(_WORD.findall(_CID.sub(" ", text)))
    if words < min_words and not _CID.search(text):
        return "no text layer" if has_images else None
    quality = text_quality(text)
    if quality < min_quality:
        return f"garbled text layer (quality {quality:.2f})"
    return None


# --- running the tools --------------------------------------------------------------------------

def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        package = "poppler-utils" if name == "pdftoppm" else "tesseract-ocr tesseract-ocr-vie"
        raise ToolMissing(f"{name} is not installed (Debian package {package}); it is needed to OCR scanned pages")
    return path


def _run(cmd: list[str], what: str, timeout: float) -> subprocess.CompletedProcess:
    # One OpenMP thread: with more, tesseract is ~4x slower on a 2-core machine (dependencies.md).
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as exc:
        raise ToolFailed(f"{what} timed out after {timeout:.0f} s (CHITIEU_OCR_TIMEOUT)") from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise ToolFailed(f"{what} failed (exit {proc.returncode}): {err[0]}")
    return proc


def render_page(pdf: Path, page: int, outdir: Path, dpi: int | None = None) -> Path:
    """Render one page (1-based) to PNG with pdftoppm."""
    dpi = dpi or int(env_number("CHITIEU_OCR_DPI", DEFAULT_DPI))
    prefix = outdir / f"p{page}"
    cmd = [_tool("pdftoppm"), "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", "-singlefile",
           str(pdf), str(prefix)]
    _run(cmd, f"pdftoppm (page {page})", page_timeout())
    out = prefix.with_suffix(".png")
    if not out.exists():
        raise ToolFailed(f"pdftoppm wrote no image for page {page}")
    return out


def ocr_image(image: Path, lang: str = "vie") -> str:
    """Plain text of an image; tesseract separates paragraphs with blank lines."""
    proc = _run([_tool("tesseract"), str(image), "stdout", "-l", lang], "tesseract", page_timeout())
    return proc.stdout.decode("utf-8", "replace")


def ocr_pdf_page(pdf: Path, page: int) -> list[str]:
    """OCR one PDF page → its paragraphs (lines inside a paragraph keep their '\\n')."""
    with tempfile.TemporaryDirectory(prefix="chitieu-ocr-") as tmp:
        image = render_page(Path(pdf), page, Path(tmp))
        text = ocr_image(image)
    return split_paragraphs(text)


def ocr_pdf_pages(pdf: Path, pages: list[int]) -> Iterator[tuple[int, Union[list[str], ToolFailed]]]:
    """OCR the given pages (1-based), `jobs()` at a time; yields (page, its paragraphs) in page
    order, or (page, the ToolFailed it raised) so one bad page does not lose the others. A missing
    tool raises ToolMissing. When the caller stops early (an error, a file timeout), pages not
    started are cancelled; a page under way finishes on its own within CHITIEU_OCR_TIMEOUT."""
    n = min(jobs(), len(pages))
    if n <= 1:
        for page in pages:
            yield page, _page_or_failure(pdf, page)
        return
    pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="chitieu-ocr")
    try:
        futures = [(page, pool.submit(_page_or_failure, pdf, page)) for page in pages]
        for page, future in futures:
            yield page, future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _page_or_failure(pdf: Path, page: int) -> Union[list[str], ToolFailed]:
    try:
        return ocr_pdf_page(pdf, page)
    except ToolMissing:
        raise
    except ToolFailed as exc:
        return exc


def split_paragraphs(text: str) -> list[str]:
    text = text.replace("\x0c", "\n")
    paras = [p.strip("\n") for p in re.split(r"\n\s*\n", text)]
    return [p for p in paras if p.strip()]
