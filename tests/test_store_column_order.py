"""documents.text is stored last: the columns the batch reads per document (same_as, checked_at)
sit before the text's overflow pages. A database made in the old order opens and is extended."""
import shutil
import sqlite3

import sqlite_utils

from conftest import CORPUS
from extractor.batch import run_batch
from extractor.store.database import known_document, open_db
from extractor.store.schema import SCHEMA

SEED = CORPUS / "004_6235157468960801.txt"

# documents as an older version created it: text before checked_at, no same_as / same_similarity yet
OLD_ORDER = [c for c in SCHEMA["documents"]["columns"] if c not in ("text", "same_as", "same_similarity")]
OLD_ORDER.insert(OLD_ORDER.index("checked_at"), "text")


def _columns(db_path) -> list[str]:
    return [r[1] for r in sqlite3.connect(db_path).execute("pragma table_info(documents)")]


def test_a_new_database_stores_the_text_after_every_column_read_per_document(tmp_path):
    open_db(tmp_path / "new.db")
    cols = _columns(tmp_path / "new.db")
    assert cols[-1] == "text"
    assert {"same_as", "same_similarity", "checked_at", "duplicate_of"} < set(cols[:-1])


def test_a_database_in_the_old_column_order_opens_and_a_batch_extends_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    old_file, new_file = folder / "bao_cao_cu.txt", folder / "bao_cao_moi.txt"
    shutil.copy(SEED, old_file)
    new_file.write_text("Báo cáo số 7/BC-UBND của UBND xã Tân Lập: có 45/60 hộ đạt chuẩn, đạt 75%.\n",
                        encoding="utf-8")
    db_path = tmp_path / "old.db"
    old = sqlite_utils.Database(db_path)
    old["documents"].create({c: SCHEMA["documents"]["columns"][c] for c in OLD_ORDER}, pk="id")
    old["documents"].insert({"path": str(old_file), "sha256": "0" * 64, "status": "ok", "format": "txt",
                             "extractor_version": "0.0.1", "text": "văn bản cũ", "blocks": 0})
    old.conn.close()

    summary = run_batch([folder], db_path, jobs=1)

    assert summary.by_status == {"ok": 2}
    cols = _columns(db_path)
    assert cols.index("text") < cols.index("checked_at")             # the old order is kept …
    assert cols[-2:] == ["same_as", "same_similarity"]                # … and the new columns appended
    con = sqlite3.connect(db_path)
    rows = {p: (t, c, v) for p, t, c, v in con.execute("select path, text, checked_at, extractor_version "
                                                        "from documents")}
    assert set(rows) == {str(old_file), str(new_file)}
    assert rows[str(old_file)][0] != "văn bản cũ" and rows[str(old_file)][2] is not None
    assert "45/60 hộ" in rows[str(new_file)][0] and rows[str(new_file)][2] is not None
    assert con.execute("select count(*) from quantities q join documents d on d.id = q.document_id "
                       "where d.path = ?", [str(new_file)]).fetchone()[0] > 0
    db = open_db(db_path)
    row = known_document(db, str(new_file))
    assert row["status"] == "ok" and row["format"] == "txt" and "text" not in row
    assert run_batch([folder], db_path, jobs=1).by_status == {"unchanged": 2}
