""".doc conversions batched per worker (issue 14): one LibreOffice call per chunk, not per file.

LibreOffice is counted, not timed: a `soffice` on PATH that logs each call and runs the real one.
The .doc files are made from corpus/ .docx by LibreOffice inside the test (nothing committed).
"""
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import CORPUS
from db_compare import differences
from extractor.batch import Item, office_chunks, run_batch
from extractor.read import office

REAL = shutil.which("soffice")
pytestmark = pytest.mark.skipif(REAL is None, reason="needs LibreOffice")
# an OLE file that says it holds a Word document and holds nothing LibreOffice can load
BROKEN = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\xff" * 3000


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """Four .doc files converted from the corpus's .docx, and a broken one."""
    base = tmp_path_factory.mktemp("office")
    sources = sorted(CORPUS.glob("*.docx"))
    subprocess.run([REAL, f"-env:UserInstallation={(base / 'profile').as_uri()}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(base / "doc"), *map(str, sources)],
                   capture_output=True, timeout=300, check=True)
    folder = base / "in"
    folder.mkdir()
    for doc in sorted((base / "doc").glob("*.doc")):
        shutil.copy(doc, folder / f"bao_cao_{doc.stem[:3]}.doc")
    (folder / "hong.doc").write_bytes(BROKEN)
    assert len(list(folder.iterdir())) == len(sources) + 1
    return folder


@pytest.fixture
def counted(tmp_path, monkeypatch) -> Path:
    """Every soffice call appends its file arguments to the returned log."""
    bin_dir, log = tmp_path / "bin", tmp_path / "soffice.log"
    bin_dir.mkdir()
    wrapper = bin_dir / "soffice"
    wrapper.write_text(f'#!/bin/sh\necho "$(printf "%s\\n" "$@" | grep -c "\\.\\(doc\\|rtf\\|odt\\)$")" >> {log}\n'
                       f'exec {REAL} "$@"\n')
    wrapper.chmod(0o755)
    log.write_text("")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return log


def calls(log: Path) -> list[int]:
    """Files per LibreOffice call, in the order made."""
    return [int(n) for n in log.read_text().split()]


def statuses(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return {Path(p).name: s for p, s in con.execute("select path, status from documents")}
    finally:
        con.close()


def test_conversions_are_one_call_per_chunk_and_a_broken_file_fails_alone(docs, counted, tmp_path):
    db = tmp_path / "x.db"
    summary = run_batch([docs], db, jobs=2)
    got = statuses(db)
    assert got.pop("hong.doc") == "error"
    assert set(got.values()) == {"ok"} and len(got) == 4
    assert summary.by_status == {"ok": 4, "error": 1}
    # five files, two workers: a chunk of three and one of two, then the broken file again alone
    assert sorted(calls(counted)) == [1, 2, 3]


def test_batched_results_equal_one_call_per_file(docs, counted, tmp_path, monkeypatch):
    batched = tmp_path / "batched.db"
    run_batch([docs], batched, jobs=2)
    n_batched = len(calls(counted))
    monkeypatch.setenv("CHITIEU_OFFICE_BATCH", "0")
    single = tmp_path / "single.db"
    run_batch([docs], single, jobs=2)
    assert len(calls(counted)) - n_batched == 5            # before: one call per file
    assert differences(batched, single).keys() <= {"runs"}


def test_chunks_are_one_per_worker_at_most_the_setting(tmp_path, monkeypatch):
    items = []
    for n in range(7):
        f = tmp_path / f"{n}.rtf"
        f.write_text("{\\rtf1\\ansi Báo cáo}")
        items.append(Item(path=str(f), file=f))
    (tmp_path / "a.txt").write_text("không phải văn bản Word")
    (tmp_path / "docx.doc").write_bytes((CORPUS / "000_64fc1f9029895d3a.docx").read_bytes())   # a .docx named .doc
    items += [Item(path="a.txt", file=tmp_path / "a.txt"), Item(path="docx.doc", file=tmp_path / "docx.doc")]
    assert [len(c) for c in office_chunks(items, jobs=2)] == [4, 3]
    monkeypatch.setenv("CHITIEU_OFFICE_BATCH", "3")
    assert [len(c) for c in office_chunks(items, jobs=2)] == [3, 3, 1]
    monkeypatch.setenv("CHITIEU_OFFICE_BATCH", "0")
    assert office_chunks(items, jobs=2) == []


def test_convert_many_returns_only_what_came_out(docs, tmp_path):
    sources = sorted(docs.iterdir())
    out = office.convert_many(sources, tmp_path / "lo")
    assert set(out) == {s for s in sources if s.name != "hong.doc"}
    assert all(p.suffix == ".docx" and p.stat().st_size > 0 for p in out.values())


def test_a_cluster_converts_office_files_in_chunks_too(docs, counted, tmp_path):
    """On a Dask cluster a chunk's conversion is a task of its own, its .docx going to the files'
    tasks: the same calls and the same database as the local pool."""
    pytest.importorskip("distributed")
    from extractor import cluster

    pool = tmp_path / "pool.db"
    run_batch([docs], pool, jobs=2)
    made = len(calls(counted))
    db = tmp_path / "cluster.db"
    with cluster.connect("local:2") as client:          # its workers start now, the counting soffice on PATH
        summary = run_batch([docs], db, executor=cluster.executor(client))
    assert summary.by_status == {"ok": 4, "error": 1}
    assert sorted(calls(counted)[made:]) == [1, 2, 3]   # a chunk of three, one of two, the broken file alone
    diff = differences(pool, db)
    assert diff.keys() <= {"runs"}, diff
