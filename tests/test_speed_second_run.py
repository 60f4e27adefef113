"""Issue 14 (4): a second run over unchanged files starts light. It imports neither numpy (hidden
from sqlite-utils by the command line only, imported where a text is first hashed) nor spaCy nor
underthesea, and the bands a text is stored with do not change with where numpy is imported."""
import os
import subprocess
import sys
from pathlib import Path

from extractor.normalize import fingerprint as fp

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("Phấn đấu đến năm 2025, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 80%; "
        "có 120/150 xã đạt chuẩn nông thôn mới.")


def _imports(args: list[str]) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "extractor", *args], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode in (0, 1), r.stderr[-2000:]
    return {line.split("|")[-1].strip() for line in r.stderr.splitlines() if line.startswith("import time:")}


def test_a_second_run_on_unchanged_files_imports_no_numpy_spacy_or_underthesea(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ke_hoach.txt").write_text("KẾ HOẠCH\n" + TEXT + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    first = _imports(["extract", str(folder), "--db", str(db), "--jobs", "1", "--silent"])
    assert "numpy" in first                       # the first run hashes the text
    second = _imports(["extract", str(folder), "--db", str(db), "--jobs", "1", "--silent"])
    assert "sqlite_utils" in second
    assert not {m for m in second if m.split(".")[0] in ("numpy", "spacy", "underthesea")}


_COLUMN_TYPES = ("import sys, {first}; import sqlite_utils.db as d; "
                 "print(sum(t.__module__ == 'numpy' for t in d.COLUMN_TYPE_MAPPING if isinstance(t, type)))")


def _numpy_types(first: str) -> int:
    r = subprocess.run([sys.executable, "-c", _COLUMN_TYPES.format(first=first)], cwd=ROOT, capture_output=True,
                       text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr[-2000:]
    return int(r.stdout)


def test_only_the_command_line_hides_numpy_from_sqlite_utils():
    # the command's process: sqlite-utils names no numpy type (chitieu stores none) ...
    assert _numpy_types("extractor.cli") == 0
    # ... a user's program that imports the package gets sqlite-utils as it comes
    assert _numpy_types("extractor.pipeline") > 0


def test_chitieu_stores_no_numpy_value():
    fpr = fp.fingerprint_of(TEXT)
    for value in (*fpr.bands, *fpr.figures, fpr.digit_runs, fpr.letters_digest):
        assert type(value) is str


def test_bands_are_those_stored_before_numpy_was_imported_lazily():
    # the bands are stored and met by later runs: these are the ones the module-level import gave
    assert fp.fingerprint_of(TEXT).bands[:3] == ("b2:00:61c8c3f143d17594", "b2:01:927748360a3d1f4e",
                                                 "b2:02:dce32bf11c585ce2")
    assert fp.letter_bands("") == [] and len(fp.piece_hashes(fp.letters(TEXT))) > 0
    a, b = fp.piece_hashes(fp.letters(TEXT)), fp.piece_hashes(fp.letters(TEXT[:60]))
    assert 0 < fp.hash_similarity(a, b) < 1
