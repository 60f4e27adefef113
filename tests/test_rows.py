"""extractor/rows.py: plain row writes store what sqlite-utils' insert would, ids in input order.

`insert_values` (rows as tuples, used for a document's blocks, cells, quantities and entities) must
store exactly what `insert_rows` (rows as dicts) stores: the store's tables are a public contract
and a re-run compares them row for row.
"""
import pytest
import sqlite_utils

from extractor.rows import insert_rows, insert_values


def _db():
    db = sqlite_utils.Database(memory=True)
    db["t"].create({"id": int, "a": str, "b": float, "c": str}, pk="id")
    return db


def _rows(db):
    return [tuple(r) for r in db.execute("select id, a, b, c from t order by id").fetchall()]


# (rows as dicts, what the table holds after insert_rows)
CASES = [
    # one column set: ids follow the table's largest
    ([{"a": "Tỷ lệ hồ sơ", "b": 91.5}, {"a": "Số thủ tục", "b": 12.0}],
     [(1, "Tỷ lệ hồ sơ", 91.5, None), (2, "Số thủ tục", 12.0, None)]),
    # two column sets interleaved: ids still in input order
    ([{"a": "x"}, {"a": "y", "c": "z"}, {"a": "w"}],
     [(1, "x", None, None), (2, "y", None, "z"), (3, "w", None, None)]),
    # a list is stored as JSON, a bool as 1, as sqlite-utils stores them
    ([{"a": "có", "c": ["Hà Giang", "Cao Bằng"], "b": True}],
     [(1, "có", 1.0, '["Hà Giang", "Cao Bằng"]')]),
]


@pytest.mark.parametrize("rows, stored", CASES)
def test_insert_rows_stores_in_input_order(rows, stored):
    db = _db()
    assert insert_rows(db, "t", rows) == [r[0] for r in stored]
    assert _rows(db) == stored


def test_insert_rows_continues_after_existing_ids():
    db = _db()
    db.execute("insert into t (id, a) values (7, 'cũ')")
    assert insert_rows(db, "t", [{"a": "mới"}, {"a": "mới", "c": "2"}]) == [8, 9]


@pytest.mark.parametrize("rows, stored", CASES[:1])
def test_insert_values_stores_what_insert_rows_stores(rows, stored):
    db = _db()
    cols = ("a", "b")
    assert insert_values(db, "t", cols, [tuple(r[c] for c in cols) for r in rows]) == [1, 2]
    assert _rows(db) == stored


def test_insert_values_without_ids():
    db = _db()
    assert insert_values(db, "t", ("id", "a"), [(5, "năm"), (3, "ba")], ids=False) == []
    assert _rows(db) == [(3, "ba", None, None), (5, "năm", None, None)]


@pytest.mark.parametrize("ids", [True, False])
def test_nothing_to_insert_opens_nothing(ids):
    db = _db()
    assert insert_rows(db, "t", [], ids=ids) == [] and insert_values(db, "t", ("a",), [], ids=ids) == []
    assert not db.conn.in_transaction


def test_a_list_in_a_tuple_row_is_refused_not_stored_differently():
    # insert_values takes plain values only: a list must fail loudly, never be stored as a repr
    db = _db()
    with pytest.raises(Exception):
        insert_values(db, "t", ("a",), [(["Hà Giang"],)])
