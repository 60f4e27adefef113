"""A document's legal references and indicators are written as tuples in their columns' order
(extractor/store/database.py), and must store exactly what sqlite-utils' insert of the rows as
dicts stored: the tables are a public contract, and a re-run compares them row for row. The
reference below builds the dicts as the store did (provenance columns, the record's other fields
as `asdict` gives them, the special columns), and lets sqlite-utils store them."""
from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from extractor.check.families import assign_families
from extractor.model import Block, Document, Indicator, LegalRef, Provenance
from extractor.pipeline import Extraction
from extractor.store.database import _stored_fields, document_row, open_db, save_extraction

TEXT = "Căn cứ Nghị quyết số 07/NQ-HĐND; tỷ lệ hồ sơ trực tuyến đạt 85%."


def _prov(start: int, end: int, **kw) -> Provenance:
    return Provenance(block=kw.pop("block", 0), start=start, end=end, text=TEXT[start:end], rule="test", **kw)


def _reference_prov(doc_id: int, block_ids: dict, p: Provenance) -> dict:
    return {"document_id": doc_id, "block_id": block_ids.get(p.block), "page": p.page, "row": p.row,
            "col": p.col, "start": p.start, "end": p.end, "text": p.text, "rule": p.rule, "ocr": int(p.ocr),
            **dict(zip(("x0", "top", "x1", "bottom"), p.bbox or (None,) * 4))}


def _record(r, skip: set) -> dict:
    return {k: v for k, v in asdict(r).items() if k not in skip}


def _reference_rows(doc_id: int, block_ids: dict, refs, indicators) -> dict[str, list[dict]]:
    none = Provenance(block=-1, start=0, end=0, text="", rule="")
    prov_json = (lambda p: None if p is None else json.dumps(asdict(p), ensure_ascii=False))
    return {
        "legal_refs": [{**_reference_prov(doc_id, block_ids, r.mentions[0] if r.mentions else none),
                        **_record(r, {"mentions"}), "repaired": int(r.repaired), "mentions": len(r.mentions)}
                       for r in refs],
        "indicators": [{**_reference_prov(doc_id, block_ids, i.prov),
                        **_record(i, {"prov", "target_prov", "actual_prov", "quantity_refs"}),
                        "achieved": None if i.achieved is None else int(i.achieved),
                        "lower_is_better": int(i.lower_is_better),
                        "target_prov": prov_json(i.target_prov), "actual_prov": prov_json(i.actual_prov),
                        "quantity_ids": None}
                       for i in indicators],
    }


REFS = [
    LegalRef(kind="nghi_quyet", number="07", symbol="NQ-HĐND", year=None, issuer=None, issued_date=None,
             date_text=None, key="07/NQ-HĐND", relation="can_cu", repaired=True,
             mentions=[_prov(7, 32), _prov(7, 32, page=2, bbox=(1.0, 2.0, 3.0, 4.0))]),
    LegalRef(kind="quyet_dinh", number=None, symbol=None, year=2024, issuer="UBND tỉnh Lạng Sơn",
             issued_date="2024-03-05", date_text="ngày 05/3/2024", key="qd-2024", relation=None, repaired=False,
             mentions=[]),                                   # no mention: an empty provenance, no block
]
INDICATORS = [
    Indicator(prov=_prov(34, 64), label="tỷ lệ hồ sơ trực tuyến", target_value=85.0, target_unit="%",
              achieved=True, lower_is_better=False, target_prov=_prov(60, 63), confidence=0.9),
    # a field holding a list (not plain): stored as JSON, as sqlite-utils stores it
    Indicator(prov=_prov(34, 64, block=5, bbox=(1.5, 2.5)), label="số hồ sơ", status=["đạt", "vượt"],
              achieved=None, lower_is_better=True, actual_prov=_prov(60, 63, ocr=True)),
]


def _rows(db, table: str) -> list[tuple]:
    cols = [c for c in db[table].columns_dict]
    return [tuple(r) for r in db.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{table}] order by id")]


def test_references_and_indicators_are_stored_as_sqlite_utils_stored_their_dicts(tmp_path):
    doc = Document(path="x.txt", format="txt", text=TEXT,
                   blocks=[Block(index=0, kind="paragraph", text=TEXT, start=0, end=len(TEXT))])
    result = Extraction(document=doc, segments=[], legal_refs=REFS, indicators=INDICATORS)
    db = open_db(tmp_path / "a.db")
    doc_id = save_extraction(db, document_row("x.txt", "0" * 64, 1, "txt"), result)
    block_ids = {0: db.execute("select id from blocks").fetchone()[0]}

    ref = open_db(tmp_path / "b.db")
    expected = _reference_rows(doc_id, block_ids, REFS, INDICATORS)
    for table, rows in expected.items():
        for row in rows:
            ref[table].insert(row)
    assign_families(ref, doc_id)                  # the families, as the checks gave them before
    for table in (*expected, "families"):
        assert _rows(db, table) == _rows(ref, table), table
    mentions = db.execute("select legal_ref_id, page, x1 from legal_ref_mentions order by id").fetchall()
    assert mentions == [(1, None, None), (1, 2, 3.0)]
    assert db.execute("select status from indicators where id = 2").fetchone()[0] == '["đạt", "vượt"]'


@pytest.mark.parametrize("record, names, stored", [
    # plain values, None and bools: the fields as they are
    (_prov(0, 5), ("text", "page", "ocr"), ("Căn c", None, False)),
    (_prov(0, 5, ocr=True), ("ocr",), (True,)),                   # one name: still a tuple
    # a tuple, a list or a record: JSON, as sqlite-utils stores them
    (_prov(0, 5, bbox=(1.0, 2.0)), ("start", "bbox"), (0, "[1.0, 2.0]")),
    (INDICATORS[1], ("label", "status"), ("số hồ sơ", '["đạt", "vượt"]')),
    (INDICATORS[0], ("target_prov",), (json.dumps(asdict(INDICATORS[0].target_prov), ensure_ascii=False),)),
])
def test_stored_fields(record, names, stored):
    assert _stored_fields(record, names) == stored



def _extraction(indicators=INDICATORS) -> Extraction:
    doc = Document(path="x.txt", format="txt", text=TEXT,
                   blocks=[Block(index=0, kind="paragraph", text=TEXT, start=0, end=len(TEXT))])
    return Extraction(document=doc, segments=[], legal_refs=REFS, indicators=indicators)


@pytest.mark.parametrize("in_transaction", [True, False])
def test_a_save_opens_one_savepoint_for_all_its_rows(tmp_path, in_transaction):
    """A document's rows (blocks, cells, quantities, references, indicators, entities) are one
    savepoint, not one per table: three statements each, a thousand for an archive's saves."""
    from extractor.writes import transaction
    db = open_db(tmp_path / "a.db")
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    if in_transaction:
        with transaction(db):
            save_extraction(db, document_row("x.txt", "0" * 64, 1, "txt"), _extraction())
    else:                                                # its own transaction, none left open
        save_extraction(db, document_row("x.txt", "0" * 64, 1, "txt"), _extraction())
        assert not db.conn.in_transaction
    db.conn.set_trace_callback(None)
    assert len([s for s in seen if s.startswith("SAVEPOINT")]) == (1 if in_transaction else 0)
    assert db.execute("select count(*) from indicators").fetchone()[0] == len(INDICATORS)


@pytest.mark.parametrize("table", ["legal_refs", "indicators"])
def test_a_save_that_fails_leaves_none_of_its_rows(tmp_path, table):
    """Inside the batch's transaction, a save that fails halfway takes back the rows it wrote
    before the failure (blocks, references …), and the document saved before stays whole."""
    from extractor.writes import transaction
    db = open_db(tmp_path / "a.db")
    save_extraction(db, document_row("a.txt", "0" * 64, 1, "txt"), _extraction())
    before = {t: _rows(db, t) for t in ("documents", "blocks", "legal_refs", "indicators")}
    broken = [*INDICATORS, Indicator(prov=_prov(0, 5), label=object())] if table == "indicators" else INDICATORS
    result = _extraction(broken)
    if table == "legal_refs":
        result.legal_refs = [*REFS, LegalRef(kind="x", number=None, symbol=None, key=object(), mentions=[])]
    with transaction(db):
        with pytest.raises(Exception):
            save_extraction(db, document_row("b.txt", "1" * 64, 1, "txt"), result)
        assert db.conn.in_transaction                     # the batch's transaction goes on
    assert {t: _rows(db, t) for t in before} == before


def _indicator(label, unit="%", level=None, actual_unit=None) -> Indicator:
    return Indicator(prov=_prov(34, 64), label=label, level=level, target_unit=unit, actual_unit=actual_unit)


@pytest.mark.parametrize("indicators, families", [
    # one measure, one family; the family's label is the smallest spelling of its members
    ([_indicator("Tỷ lệ thủ tục xử lý trực tuyến (%)"), _indicator("tỷ lệ thủ tục xử lý trực tuyến")], 1),
    # another unit, level or scope: another family; the result's unit when there is no target's
    ([_indicator("Số xã đạt chuẩn", unit="xã"), _indicator("Số xã đạt chuẩn", unit=None, actual_unit="xã"),
      _indicator("Số xã đạt chuẩn", unit="%", level="huyện")], 2),
    # counterexamples: no label, or nothing left of it once normalised, gives no family
    ([_indicator(""), _indicator(" (%) ")], 0),
])
def test_a_save_writes_the_families_the_checks_would(tmp_path, indicators, families):
    """Each indicator's family is written with its row (the checks read every row back to set it,
    a query and an update a row): the same ids and `families` rows as assign_families gives."""
    db = open_db(tmp_path / "a.db")
    doc_id = save_extraction(db, document_row("x.txt", "0" * 64, 1, "txt"), _extraction(indicators))
    saved = {t: _rows(db, t) for t in ("indicators", "families")}
    assert len(saved["families"]) == families
    assert len({r[-1] for r in db.execute("select family_id from indicators where family_id is not null")}) \
        == families
    changes = db.conn.total_changes
    assert assign_families(db, doc_id) == sum(1 for r in db.execute("select family_id from indicators")
                                              if r[0] is not None)
    assert db.conn.total_changes == changes             # nothing left for the checks to write
    db.execute("update indicators set family_id = null")
    db.execute("delete from families")
    assign_families(db, doc_id)
    assert {t: _rows(db, t) for t in saved} == saved
