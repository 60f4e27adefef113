"""The report page printed to PDF by headless Chromium (`--print-to-pdf`): the same engine that
shows the HTML, so the PDF honours the print stylesheet (A4, repeated table headers, page numbers
in the margin). LibreOffice, the other renderer on the machine, ignores most of that CSS and took
longer (README "Reports")."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from extractor.errors import BrowserMissing, ReportError
from extractor.settings import env_number

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# --no-sandbox: Chromium refuses to start as root without it, and the page it opens is our own,
# with no script and a CSP that loads nothing (extractor/report/templates/page.html).
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
         "--disable-extensions", "--disable-sync", "--disable-background-networking",
         "--disable-component-update", "--mute-audio")


def find_browser() -> str:
    """CHITIEU_CHROMIUM if set, else the first Chromium on PATH."""
    named = os.environ.get("CHITIEU_CHROMIUM", "").strip()
    if named:
        if os.access(named, os.X_OK):
            return named
        raise BrowserMissing(f"CHITIEU_CHROMIUM={named!r} không phải là tệp chạy được / is not an executable")
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserMissing("không tìm thấy Chromium để in PDF / Chromium not found, needed for --pdf")


def html_to_pdf(html: str, out: Path) -> Path:
    """Print `html` (a self-contained page) to the PDF file `out`."""
    browser = find_browser()
    limit = env_number("CHITIEU_PDF_TIMEOUT", 120, minimum=1)
    out = Path(out).resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ReportError(f"không tạo được thư mục {out.parent} / cannot create it: {e.strerror}") from None
    with tempfile.TemporaryDirectory(prefix="chitieu-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        _run([browser, *FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}", f"--print-to-pdf={out}",
              page.as_uri()], limit)
    if not _is_pdf(out):
        raise ReportError(f"Chromium không tạo được tệp PDF {out} / Chromium wrote no PDF")
    return out


def _is_pdf(path: Path) -> bool:
    """Does the file start as a PDF does? (Its first bytes only: reports run to megabytes.)"""
    try:
        with open(path, "rb") as f:
            return f.read(5) == b"%PDF-"
    except OSError:
        return False


def _run(cmd: list[str], limit: float) -> None:
    """Run the browser in a session of its own, so that a timeout ends it and every child it started."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise ReportError(f"Chromium không in xong PDF sau {limit:g} giây / timed out "
                          f"(CHITIEU_PDF_TIMEOUT)") from None
    if proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise ReportError(f"Chromium dừng với mã {proc.returncode} / exited {proc.returncode}: {tail[0][:200]}")
