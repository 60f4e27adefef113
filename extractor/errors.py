"""One exception hierarchy. The library raises these; only the CLI turns them into one-line
messages with a hint (see cli.py)."""


class ChitieuError(Exception):
    """Base of every error chitieu raises on purpose."""

    hint: str = ""


class ReadError(ChitieuError):
    """A file could not be read into a document (corrupt, encrypted, empty, wrong type)."""


class UnsupportedFormat(ReadError):
    """No reader handles this file type."""


class EmptyDocument(ReadError):
    """The file was read but holds no text."""


class EncryptedDocument(ReadError):
    """The file is password-protected."""


class ToolMissing(ReadError):
    """A system tool (LibreOffice, Tesseract, pdftoppm) needed for this file is not installed."""

    hint = "run the README's set-up command, which installs LibreOffice, Tesseract and poppler"


class ToolFailed(ReadError):
    """A system tool ran but failed or timed out."""


class PatternError(ChitieuError):
    """A pattern data file is malformed; the message names the file and the entry."""

    hint = "fix the entry in patterns/ and run `chitieu patterns check`"


class StoreError(ChitieuError):
    """The database could not be opened or migrated."""


class SettingError(ChitieuError):
    """An environment setting (CHITIEU_…) holds a value chitieu cannot use."""


class ClusterError(ChitieuError):
    """The Dask cluster named with --scheduler cannot be used: Dask is not installed, the scheduler does
    not answer or has no workers, or the connection was lost during the run."""

    hint = ("check the address and that `dask scheduler` runs there (and `dask worker tcp://HOST:8786` on the "
            "workers); `--scheduler local:2` runs a cluster on this machine")


class SchedulerUnreachable(ClusterError):
    """No Dask scheduler answered at the address given."""


class ReportError(ChitieuError):
    """A document's report could not be written."""


class BrowserMissing(ReportError):
    """No Chromium to print the report to PDF."""

    hint = ("cài Chromium (gói Debian `chromium`: bash scripts/setup.sh cài sẵn) hoặc đặt CHITIEU_CHROMIUM "
            "là đường dẫn tới trình duyệt; `--html` không cần trình duyệt / install Chromium or set CHITIEU_CHROMIUM")
