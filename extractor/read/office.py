"""Read legacy office files (.doc, .rtf, .odt) by converting them to .docx with LibreOffice.

Each conversion gets its own LibreOffice profile directory: two conversions sharing a profile at
once make the second exit 1 and write nothing (see shared/dependencies.md). The whole process
group is killed on timeout, since `soffice` forks `soffice.bin`.

If LibreOffice is missing or fails on a Word .doc, `antiword` (text only) is tried and the result
carries a warning. Files that are really .docx or HTML under a .doc name go to those readers.

Starting LibreOffice costs about 1.3 s, converting a file a few hundredths: a batch converts its
office files ahead, many per call (`convert_many`, one call per chunk per worker, each with its own
profile), and tells the reader where each result is (`use_conversion`). A file the chunk did not
convert is converted alone, as before, so it fails alone.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

from extractor.errors import EmptyDocument, EncryptedDocument, ReadError, ToolFailed, ToolMissing
from extractor.model import RawBlock, RawDocument

TIMEOUT_S = 120
ANTIWORD_TIMEOUT_S = 60
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
PER_FILE_S = 15             # a chunk's timeout: TIMEOUT_S plus this per file


def chunk_timeout(files: int) -> int:
    """Seconds one LibreOffice call converting `files` files may take."""
    return TIMEOUT_S + PER_FILE_S * files


def read(path: Path) -> RawDocument:
    path = Path(path)
    head = _head(path)
    fmt = path.suffix.lower().lstrip(".") or "doc"
    delegate = _delegate(path, head)
    if delegate is not None:
        return delegate
    if head.startswith(OLE_MAGIC):
        _check_word_ole(path)
    try:
        doc = _via_libreoffice(path)
    except (ToolMissing, ToolFailed) as e:
        doc = _antiword_fallback(path, head, e)
    doc.format = fmt
    return doc


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            head = f.read(2048)
    except OSError as e:
        raise ReadError(f"cannot open file: {e.strerror or e}") from None
    if not head.strip(b"\x00 \t\r\n"):
        raise EmptyDocument("empty file (no content)")
    return head


def _delegate(path: Path, head: bytes) -> Optional[RawDocument]:
    """A .doc that is really a .docx zip or an HTML page (Word 'Save as' does both)."""
    kind = _delegate_kind(path, head)
    if kind == "docx":
        from extractor.read import docx
        return docx.read(path)
    if kind == "html":
        from extractor.read import html
        return html.read(path)
    return None


def _delegate_kind(path: Path, head: bytes) -> Optional[str]:
    if head.startswith(b"PK\x03\x04") and path.suffix.lower() != ".odt":
        return "docx"
    low = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low[:1024]:
        return "html"
    return None


def _check_word_ole(path: Path) -> None:
    """An OLE container without a WordDocument stream is not a Word file (LibreOffice would import
    its bytes as plain text and 'succeed'); an OOXML one with EncryptedPackage is password-protected."""
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedDocument("the document is password-protected (encrypted OLE package)")
    if "WordDocument".encode("utf-16-le") not in data:
        raise ReadError("an OLE (MS Office) file without a Word document stream: not a Word .doc")


# --- LibreOffice -----------------------------------------------------------------------------------

def soffice_binary() -> Optional[str]:
    return shutil.which("soffice") or shutil.which("libreoffice")


# Conversions made ahead by a batch (convert_many), by source path: read instead of converting.
_converted: dict[str, Path] = {}


def use_conversion(src: Path, docx: Path) -> None:
    """Read `src` from `docx`, a conversion a batch made ahead (once: the entry is then dropped)."""
    _converted[str(src)] = docx


def wants_conversion(path: Path) -> bool:
    """Will `read` convert this file with LibreOffice? (Not a .docx or HTML under a .doc name, not an
    OLE file that is no Word document.)"""
    if path.suffix.lower() not in (".doc", ".rtf", ".odt"):
        return False
    try:
        head = _head(path)
        if _delegate_kind(path, head):
            return False
        if head.startswith(OLE_MAGIC):
            _check_word_ole(path)
    except ReadError:
        return False
    return True


def convert_many(sources: list[Path], outdir: Path) -> dict[Path, Path]:
    """Convert many files to .docx in one LibreOffice call; {source: its .docx} for those that
    came out. Never raises: what did not come out is converted alone when it is read."""
    binary = soffice_binary()
    if binary is None or not sources:
        return {}
    work = outdir / "in"
    work.mkdir(parents=True, exist_ok=True)
    names = {}
    for n, src in enumerate(sources):          # plain ASCII names, unique: LibreOffice names outputs after inputs
        copy = work / f"{n:05d}{src.suffix.lower()}"
        shutil.copyfile(src, copy)
        names[src] = copy
    cmd = [binary, f"-env:UserInstallation={(outdir / 'profile').as_uri()}", "--headless", "--norestore",
           "--nolockcheck", "--nodefault", "--nologo", "--convert-to", "docx:MS Word 2007 XML",
           "--outdir", str(outdir), *map(str, names.values())]
    try:
        _run(cmd, chunk_timeout(len(sources)), "timed out")
    except (ToolMissing, ToolFailed):
        pass                                    # keep what came out before the timeout
    out = {src: outdir / (copy.stem + ".docx") for src, copy in names.items()}
    return {src: docx for src, docx in out.items() if docx.exists() and docx.stat().st_size > 0}


def _via_libreoffice(path: Path) -> RawDocument:
    ready = _converted.pop(str(path), None)
    if ready is not None and ready.exists():
        from extractor.read import docx
        return docx.read(ready)
    binary = soffice_binary()
    if binary is None:
        raise ToolMissing("LibreOffice (soffice) is not installed; needed to read .doc/.rtf/.odt")
    with tempfile.TemporaryDirectory(prefix="chitieu-lo-") as tmp:
        work = Path(tmp)
        # a plain ASCII name: LibreOffice names the output after the input
        src = work / ("input" + path.suffix.lower())
        shutil.copyfile(path, src)
        out = convert_to_docx(binary, src, work)
        from extractor.read import docx
        return docx.read(out)


def convert_to_docx(binary: str, src: Path, outdir: Path) -> Path:
    """Run one headless conversion with a private profile; return the .docx path."""
    profile = outdir / "profile"
    cmd = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--nolockcheck", "--nodefault", "--nologo", "--convert-to", "docx:MS Word 2007 XML",
           "--outdir", str(outdir), str(src)]
    code, err = _run(cmd, TIMEOUT_S, f"LibreOffice conversion timed out after {TIMEOUT_S} s")
    out = outdir / (src.stem + ".docx")
    if not out.exists() or out.stat().st_size == 0:
        detail = err.strip().splitlines()[-1] if err.strip() else f"exit code {code}, no output"
        raise ToolFailed(f"LibreOffice could not convert the file: {detail}")
    return out


def _run(cmd: list[str], timeout: int, timeout_message: str) -> tuple[int, str]:
    """Run in a new process group so a timeout kills every child, not just the launcher."""
    env = dict(os.environ, HOME=os.environ.get("HOME", tempfile.gettempdir()))
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, start_new_session=True, env=env)
    except OSError as e:
        raise ToolMissing(f"cannot run {cmd[0]}: {e.strerror or e}") from None
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ToolFailed(timeout_message) from None
    return proc.returncode, (err or b"").decode("utf-8", "replace") + (out or b"").decode("utf-8", "replace")


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.communicate()


# --- antiword fallback -----------------------------------------------------------------------------

def _antiword_fallback(path: Path, head: bytes, cause: ReadError) -> RawDocument:
    binary = shutil.which("antiword")
    if binary is None or not head.startswith(OLE_MAGIC):
        raise cause
    try:
        proc = subprocess.run([binary, "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True,
                              timeout=ANTIWORD_TIMEOUT_S, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise ToolFailed(f"{cause}; antiword timed out too") from None
    text = proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 0 or not text.strip():
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolFailed(f"{cause}; antiword failed too: {message[-1] if message else 'no text'}")
    blocks = [RawBlock(kind="paragraph", text=line) for line in text.splitlines() if line.strip()]
    return RawDocument(format="doc", blocks=blocks,
                       warnings=[f"read as plain text with antiword ({cause}); tables and layout lost"])
