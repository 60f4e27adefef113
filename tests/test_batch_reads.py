"""What a batch reads back from the database: a second run over unchanged files compares their
fingerprints with the stored rows and must not read every stored text to do it (the incremental
run is to stay a few per cent of the first)."""
from __future__ import annotations

import re

import pytest

from extractor import batch
from extractor.store import database as store

# paraphrased in the genre: names, places and figures changed
REPORT = """UỶ BAN NHÂN DÂN TỈNH LÂM HÀ
BÁO CÁO
Tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt 71,5%, chỉ tiêu là 60%.
"""


def _traced_run(monkeypatch, folder, db_path) -> list[str]:
    seen: list[str] = []
    real = store.open_db

    def traced(path):
        db = real(path)
        db.conn.set_trace_callback(seen.append)
        return db
    monkeypatch.setattr(store, "open_db", traced)
    summary = batch.run_batch([folder], db_path, jobs=1)
    monkeypatch.setattr(store, "open_db", real)
    assert not summary.errors
    return seen


@pytest.mark.parametrize("name", ["bao_cao.txt", "bao_cao.md"])
def test_an_unchanged_file_is_planned_without_reading_its_text(tmp_path, monkeypatch, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(REPORT, encoding="utf-8")
    db_path = tmp_path / "t.db"
    batch.run_batch([folder], db_path, jobs=1)
    sqls = _traced_run(monkeypatch, folder, db_path)
    asked = [s for s in sqls if re.search(r"from \[?documents\]? where path", s, re.I)]
    assert asked                                           # the stored row was looked up
    assert not [s for s in asked if re.match(r"\s*select \*", s, re.I) or re.search(r"\btext\b", s)]


def test_files_hashed_two_at_a_time_are_planned_as_one_at_a_time(tmp_path):
    """Planning hashes the files on two threads: each keeps its own sha256 and size, in the order
    they came, and a file gone before it is read is recorded, the others planned."""
    import hashlib
    from pathlib import Path
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(7):
        (folder / f"bao_cao_{n}.txt").write_text(REPORT.replace("71,5", f"7{n},5") * (n + 1), encoding="utf-8")
    items = list(batch.collect([folder], tmp_path / "work"))
    (folder / "bao_cao_3.txt").unlink()
    db = store.open_db(tmp_path / "t.db")
    todo, done, copies = batch._plan(db, items, force=False)
    assert [i.path for i in todo] == [i.path for i in items if not i.path.endswith("_3.txt")]
    for item in todo:
        data = Path(item.path).read_bytes()
        assert (item.sha256, item.size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert [(o.item.path.rsplit("/", 1)[-1], o.status) for o in done] == [("bao_cao_3.txt", "error")]
    assert done[0].error.startswith("ReadError:") and not copies
