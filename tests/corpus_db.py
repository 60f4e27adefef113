"""The repo's corpus/ extracted once per test session, for the tests that look at a real database
through other programs (a browser, LibreOffice). Extraction takes seconds, so every module asks
`corpus_db(tmp_path_factory)` and gets the same file."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
EXTRACT_LIMIT = 600     # seconds: a bound on waiting, not a speed assertion
# The label and result the acceptance checks look for (corpus/002_*: An Giang's report).
LABEL = "Tỷ lệ hồ sơ giải quyết trực tuyến"
RESULT = 93.6

_built: dict[str, Path] = {}


def corpus_db(tmp_path_factory) -> Path:
    """Path of `chitieu.db` built from corpus/ by `chitieu extract` (the database is named 'chitieu')."""
    if "db" in _built:
        return _built["db"]
    if not any(CORPUS.glob("*.*")):
        pytest.skip("needs the repo's corpus/")
    path = tmp_path_factory.mktemp("corpus_db") / "chitieu.db"
    # rc 1 means some file failed; the database still holds the others, which is what is looked at
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", "corpus", "--db", str(path), "--silent"],
                          cwd=ROOT, capture_output=True, text=True, timeout=EXTRACT_LIMIT)
    if proc.returncode not in (0, 1) or not path.is_file():
        pytest.fail(f"chitieu extract corpus failed ({proc.returncode}): {proc.stderr[-2000:]}")
    _built["db"] = path
    return path


def copy_of(db: Path, dest: Path) -> Path:
    """A private copy, for tests that write next to the database (exports)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(db, dest)
    return dest
