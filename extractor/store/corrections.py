"""Reviewer corrections, anchored by content so that none is lost when documents are re-extracted.

A correction (table `corrections`, append-only) names its document by path — the document's
lineage: a revised file of the same path is the same document — and its item by content: the
table, the item's kind (an indicator's level, a quantity's kind, a legal reference's key), its text
as it reads in the document and some context on either side. Row ids and offsets are kept only as
hints. `correction_anchors` says where each correction applies in the database as it is now, and
`reanchor(db, document_id)` rewrites that for one document after its rows are written:

- exact: one row of the same kind holds the same text (several: the one whose context matches best);
- moved: the text occurs once in the new text (or once with the best context) and one row of the
  same kind lies on it;
- otherwise the correction is stale: kept, listed by `chitieu corrections stale`, queued for review.

Added items (action 'add') are inserted again at their anchor on every extraction, before the other
corrections are anchored, so corrections of an added item survive too. Every write is validated
here, whoever asks (CLI, JSON API, web app): an unknown field, a value of the wrong type, a row or
a text that matches nothing is a CorrectionError with a message.
"""
from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from typing import Iterable, Optional

import regex
import sqlite_utils

from extractor.errors import ChitieuError
from extractor.store.schema import SCHEMA
from extractor.store.views import FIXED, ROW_KEYS
from extractor.writes import transaction

TABLES = ("indicators", "quantities", "legal_refs", "documents")
ADDABLE = ("indicators", "quantities")
KIND_COLUMN = {"indicators": "level", "quantities": "kind", "legal_refs": "key"}
CONTEXT = 40                 # characters of context kept on either side of an item's text
ADDED_RULE = "review.add"    # `rule` of rows a reviewer added
COMPARATORS = (">=", ">", "<=", "<", "=", "range", "~")
# Derived, bookkeeping or provenance columns: never corrected.
NOT_CORRECTABLE = FIXED | {
    "text", "x0", "top", "x1", "bottom", "label_norm", "quantity_ids", "target_prov", "actual_prov",
    "confidence", "match_score", "runner_up_id", "runner_up_score", "mentions", "sha256", "format",
    "error", "pages", "extractor_version", "size", "chars", "blocks", "warnings",
    "extracted_at", "seconds", "meta_source",
}
# action → what it means (every other action is refused)
ACTIONS = {
    "set": "sửa giá trị / edit a field",
    "confirm": "chấp nhận / accept as extracted",
    "reject": "loại bỏ / reject the item",
    "restore": "khôi phục / undo a rejection",
    "reopen": "mở lại / undo an acceptance",
    "add": "thêm mục bị bỏ sót / add a missed item",
    "resolve": "đã xử lý hiệu đính mất neo / a stale correction dealt with",
}
# the fields a reviewer must give for an added item
ADD_REQUIRED = {"indicators": ("label",), "quantities": ("kind", "value")}
QUANTITY_KINDS = ("percent", "count", "ratio", "range", "money", "measure")


class CorrectionError(ChitieuError):
    """A correction that cannot be written: unknown table, row or field, a value of the wrong
    type, or an anchor that matches nothing."""


def _err(message: str, hint: str = "") -> CorrectionError:
    e = CorrectionError(message)
    e.hint = hint
    return e


# --- validation ---------------------------------------------------------------------------------

def correctable_fields(table: str) -> dict[str, type]:
    _check_table(table)
    fixed = NOT_CORRECTABLE | ({"status"} if table == "documents" else set())
    return {c: t for c, t in SCHEMA[table]["columns"].items() if c not in fixed}


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise _err(f"không sửa được bảng {table!r} / unknown table {table!r}",
                   f"TABLE is one of {', '.join(TABLES)}")


def parse_value(db, table: str, field: str, raw) -> Optional[str]:
    """The value as it is stored in corrections.new_value (None: set NULL), or CorrectionError."""
    fields = correctable_fields(table)
    if field not in fields:
        raise _err(f"trường không hợp lệ / unknown field {field!r} for {table}",
                   f"fields of {table}: {', '.join(fields)}")
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        return None
    text = str(raw).strip()
    typ = fields[field]
    if field.endswith("comparator"):
        if text not in COMPARATORS:
            raise _err(f"{field}={text!r}: không phải phép so sánh / not a comparator",
                       f"one of {' '.join(COMPARATORS)}")
        return text
    if field == "kind" and table == "quantities" and text not in QUANTITY_KINDS:
        raise _err(f"kind={text!r}: loại số liệu không hợp lệ / unknown quantity kind",
                   f"one of {', '.join(QUANTITY_KINDS)}")
    if field == "catalogue_id":
        known = db.execute("select count(*) from catalogue where id = ?", [text]).fetchone()[0]
        if not known:
            raise _err(f"catalogue_id={text!r}: không có trong danh mục / no such catalogue entry",
                       "see `chitieu catalogue list`")
        return text
    if typ is float:
        return repr(_number(field, text))
    if typ is int:
        return str(_integer(field, text))
    return text


def _number(field: str, text: str) -> float:
    t = text.replace(" ", "")
    if "," in t and "." not in t:
        t = t.replace(",", ".")          # Vietnamese decimal comma: 87,3
    try:
        v = float(t.rstrip("%"))
    except ValueError:
        raise _err(f"{field}={text!r}: không phải số / not a number", "e.g. 80 or 87.3 (87,3)") from None
    if not math.isfinite(v):
        raise _err(f"{field}={text!r}: không phải số hữu hạn / not a finite number")
    return v


def _integer(field: str, text: str) -> int:
    words = {"true": 1, "false": 0, "yes": 1, "no": 0, "đạt": 1, "chưa đạt": 0, "không đạt": 0}
    if text.lower() in words:
        return words[text.lower()]
    try:
        v = float(text.replace(",", "."))
    except ValueError:
        raise _err(f"{field}={text!r}: không phải số nguyên / not an integer") from None
    if not v.is_integer():
        raise _err(f"{field}={text!r}: không phải số nguyên / not an integer")
    return int(v)


def parse_assignments(pairs: Iterable[str]) -> dict[str, str]:
    """FIELD=VALUE strings (the CLI's arguments) into a dict; a malformed one is a CorrectionError."""
    out = {}
    for p in pairs:
        field, eq, value = p.partition("=")
        if not eq or not field.strip():
            raise _err(f"{p!r} không có dạng FIELD=VALUE / is not FIELD=VALUE", "e.g. target_value=80")
        out[field.strip()] = value
    return out


# --- anchors ---------------------------------------------------------------------------------------

@dataclass
class Anchor:
    table: str
    kind: Optional[str]
    text: str
    before: str
    after: str
    start: Optional[int]
    end: Optional[int]


def _document(db, document_id: int) -> dict:
    row = next(iter(db.query("select id, path, sha256, text from documents where id = ?", [document_id])), None)
    if row is None:
        raise _err(f"không có văn bản id {document_id} / no document {document_id}")
    return row


def raw_row(db, table: str, row_id) -> dict:
    _check_table(table)
    try:
        row_id = int(row_id)
    except (TypeError, ValueError):
        raise _err(f"ID {row_id!r} không phải số / is not a row id") from None
    row = next(iter(db.query(f"select * from [{table}] where id = ?", [row_id])), None)
    if row is None:
        raise _err(f"không có dòng {row_id} trong {table} / no row {row_id} in {table}",
                   f"ids as they are now: chitieu query \"select id from {table}\"")
    return row


def anchor_of(table: str, row: dict, text: str) -> Anchor:
    """The content anchor of a stored row in its document's text."""
    if table == "documents":
        return Anchor(table, "document", row["path"], "", "", None, None)
    s, e = row.get("start"), row.get("end")
    if s is None or e is None or not (0 <= s <= e <= len(text)):
        span = row.get("text") or ""
        return Anchor(table, row.get(KIND_COLUMN[table]), span, "", "", s, e)
    return Anchor(table, row.get(KIND_COLUMN[table]), text[s:e], text[max(0, s - CONTEXT):s],
                  text[e:e + CONTEXT], s, e)


def _row_key(db, table: str, row_id: int) -> Optional[str]:
    join = "" if table == "documents" else "LEFT JOIN documents d ON d.id = t.document_id"
    r = db.execute(f"select {ROW_KEYS[table]} from [{table}] t {join} where t.id = ?", [row_id]).fetchone()
    return r[0] if r else None


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def _correction_row(doc: dict, anchor: Anchor, row_key: Optional[str], **kw) -> dict:
    return {"table_name": anchor.table, "document_sha256": doc["sha256"], "document_path": doc["path"],
            "row_key": row_key, "anchor_kind": anchor.kind if anchor.kind is not None else "",
            "anchor_text": anchor.text, "anchor_before": anchor.before, "anchor_after": anchor.after,
            "anchor_start": anchor.start, "anchor_end": anchor.end, "created_at": _now(), **kw}


def _effective(db, table: str, row_id: int) -> dict:
    return next(iter(db.query(f"select * from effective_{table} where id = ?", [row_id])), None) or {}


def _as_text(v) -> Optional[str]:
    return None if v is None else (repr(v) if isinstance(v, float) else str(v))


# --- writing ------------------------------------------------------------------------------------------

def correct(db: sqlite_utils.Database, table: str, row_id, changes: Optional[dict] = None,
            action: str = "set", reviewer: Optional[str] = None, note: Optional[str] = None) -> list[int]:
    """Record corrections of one row (validated first: nothing is written when anything is wrong)
    and anchor them to it. With action 'set', `changes` maps fields to new values; other actions
    (confirm, reject, restore, reopen) take none. Returns the new correction ids."""
    _check_table(table)
    if action not in ACTIONS or action in ("add", "resolve"):
        raise _err(f"thao tác không hợp lệ / unknown action {action!r}",
                   f"one of {', '.join(a for a in ACTIONS if a not in ('add', 'resolve'))}")
    if action == "set" and not changes:
        raise _err("không có gì để sửa / nothing to correct", "give FIELD=VALUE, e.g. target_value=80")
    if action != "set" and changes:
        raise _err(f"{action} không nhận FIELD=VALUE / {action} takes no FIELD=VALUE")
    with transaction(db):       # the row anchored is the row read, even while a batch saves
        row = raw_row(db, table, row_id)
        values = {f: parse_value(db, table, f, v) for f, v in (changes or {}).items()}
        doc = _document(db, row["id"] if table == "documents" else row["document_id"])
        anchor = anchor_of(table, row, doc["text"] or "")
        current, key = _effective(db, table, row["id"]), _row_key(db, table, row["id"])
        common = dict(reviewer=reviewer, note=note)
        rows = ([_correction_row(doc, anchor, key, field=f, old_value=_as_text(current.get(f)), new_value=v,
                                 action="set", **common) for f, v in values.items()]
                if action == "set" else [_correction_row(doc, anchor, key, action=action, **common)])
        ids = _write(db, rows, doc["id"], row["id"], "direct")
    _recheck(db, doc["id"])
    return ids


def _write(db, rows: list[dict], document_id: int, row_id: Optional[int], method: str) -> list[int]:
    """Corrections and their anchors, inside the caller's transaction."""
    ids = []
    with db.atomic():
        for r in rows:
            cid = db["corrections"].insert(r).last_pk
            ids.append(cid)
            db["correction_anchors"].insert({
                "correction_id": cid, "table_name": r["table_name"], "document_id": document_id, "row_id": row_id,
                "status": "applied" if row_id is not None else "stale", "method": method, "anchored_at": _now()})
    return ids


def add_item(db: sqlite_utils.Database, document_id, table: str, start, end, fields: dict,
             text: Optional[str] = None, reviewer: Optional[str] = None, note: Optional[str] = None) -> tuple[int, int]:
    """Add an item extraction missed, at [start, end) of the document's text (when `text` is given
    it must be what stands there). Returns (correction id, new row id)."""
    if table not in ADDABLE:
        raise _err(f"không thêm được vào {table!r} / items can be added to {' and '.join(ADDABLE)} only")
    try:
        document_id, start, end = int(document_id), int(start), int(end)
    except (TypeError, ValueError):
        raise _err("document_id, start và end phải là số / must be integers") from None
    with transaction(db):
        cid, row_id, doc_id = _add(db, document_id, table, start, end, fields, text, reviewer, note)
    _recheck(db, doc_id)
    return cid, row_id


def _add(db, document_id: int, table: str, start: int, end: int, fields: dict, text: Optional[str],
         reviewer: Optional[str], note: Optional[str]) -> tuple[int, int, int]:
    doc = _document(db, document_id)
    body = doc["text"] or ""
    if not (0 <= start < end <= len(body)):
        raise _err(f"đoạn [{start}, {end}) nằm ngoài văn bản / span outside the document (0–{len(body)})")
    if text is not None and body[start:end] != text:
        raise _err(f"văn bản tại [{start}, {end}) không khớp / the text at [{start}, {end}) is not {text[:60]!r}",
                   "select the text again")
    values = {f: parse_value(db, table, f, v) for f, v in fields.items()}
    missing = [f for f in ADD_REQUIRED[table] if values.get(f) is None]
    if missing:
        raise _err(f"thiếu trường / missing field(s) for a new item: {', '.join(missing)}")
    kind = values.get(KIND_COLUMN[table])
    anchor = Anchor(table, kind, body[start:end], body[max(0, start - CONTEXT):start], body[end:end + CONTEXT],
                    start, end)
    row = _correction_row(doc, anchor, None, new_value=json.dumps(values, ensure_ascii=False), action="add",
                          reviewer=reviewer, note=note)
    row_id = _insert_added(db, doc, table, start, end, values)
    (cid,) = _write(db, [row], doc["id"], row_id, "direct")
    return cid, row_id, doc["id"]


def _insert_added(db, doc: dict, table: str, start: int, end: int, values: dict) -> int:
    block = next(iter(db.query(
        "select id, page from blocks where document_id = ? and start <= ? and ? <= [end] order by start desc limit 1",
        [doc["id"], start, start])), None) or {}
    cell = next(iter(db.query(
        "select row, col, page from cells where document_id = ? and start <= ? and ? <= [end] limit 1",
        [doc["id"], start, start])), None) or {}
    cols = SCHEMA[table]["columns"]
    typed = {f: (None if v is None else cols[f](float(v)) if cols[f] is int else cols[f](v)) for f, v in values.items()}
    row = {"document_id": doc["id"], "block_id": block.get("id"), "page": cell.get("page") or block.get("page"),
           "row": cell.get("row"), "col": cell.get("col"), "start": start, "end": end,
           "text": (doc["text"] or "")[start:end], "rule": ADDED_RULE, "ocr": 0, **typed}
    if table == "indicators":
        row.setdefault("confidence", 1.0)
        row["label_norm"] = (row.get("label") or "").lower()
    return db[table].insert(row).last_pk


def undo(db: sqlite_utils.Database, correction_id, reviewer: Optional[str] = None) -> list[int]:
    """Undo is a new correction: a field set back to its old value, a rejection restored, an
    acceptance reopened, an added item rejected."""
    c = next(iter(db.query("select c.*, a.row_id, a.status from corrections c left join correction_anchors a "
                           "on a.correction_id = c.id where c.id = ?", [correction_id])), None)
    if c is None:
        raise _err(f"không có hiệu đính {correction_id} / no correction {correction_id}")
    if c["status"] != "applied" or c["row_id"] is None:
        raise _err(f"hiệu đính {correction_id} không còn áp dụng / correction {correction_id} does not apply now",
                   "stale corrections are listed by `chitieu corrections stale`")
    note = f"undo #{correction_id}"
    if c["action"] in ("set", "edit", "update", "correct"):
        return correct(db, c["table_name"], c["row_id"], {c["field"]: c["old_value"] or ""}, reviewer=reviewer, note=note)
    back = {"reject": "restore", "delete": "restore", "remove": "restore", "confirm": "reopen", "add": "reject",
            "restore": "reject", "reopen": "confirm"}.get(c["action"])
    if back is None:
        raise _err(f"không hoàn tác được thao tác {c['action']!r} / cannot undo {c['action']!r}")
    return correct(db, c["table_name"], c["row_id"], action=back, reviewer=reviewer, note=note)


def resolve(db: sqlite_utils.Database, correction_id, reviewer: Optional[str] = None,
            note: Optional[str] = None) -> int:
    """Mark a stale correction as dealt with (it stays in the history, leaves the queue)."""
    try:
        correction_id = int(correction_id)
    except (TypeError, ValueError):
        raise _err(f"{correction_id!r} không phải mã hiệu đính / is not a correction id") from None
    if not any(c["id"] == correction_id for c in list_corrections(db, stale=True)):
        raise _err(f"hiệu đính {correction_id} không mất neo / correction {correction_id} is not stale",
                   "chitieu corrections stale lists the stale ones")
    c = next(iter(db.query("select * from corrections where id = ?", [correction_id])))
    row = {k: c[k] for k in ("table_name", "document_sha256", "document_path", "row_key", "anchor_kind",
                             "anchor_text", "anchor_before", "anchor_after", "anchor_start", "anchor_end")}
    row["anchor_kind"] = row["anchor_kind"] or ""     # not a row_key correction: no trigger anchoring
    with transaction(db):
        return db["corrections"].insert({**row, "action": "resolve", "resolves": correction_id,
                                         "reviewer": reviewer, "note": note, "created_at": _now()}).last_pk


def _recheck(db, document_id: int) -> None:
    """Checks are computed on corrected values: a correction re-runs its document's checks."""
    from extractor.check.checks import run_checks

    if db.execute("select status from documents where id = ?", [document_id]).fetchone()[0] in ("ok", "partial"):
        run_checks(db, [document_id])


# --- re-anchoring ---------------------------------------------------------------------------------------

def reanchor(db: sqlite_utils.Database, document_id: int) -> dict[str, int]:
    """Anchor every correction of this document's lineage (its path) to the rows just written:
    added items are inserted again first, then each correction applies to the row its content
    anchor finds, or is marked stale. Call after a document's rows are written, in the same
    transaction (the batch saves a document, re-anchors and checks it in one). Returns counts by status."""
    with db.atomic():
        return _reanchor(db, document_id)


def _reanchor(db, document_id: int) -> dict[str, int]:
    # the text (the largest column) only when there is something to anchor: most saves have none
    doc = next(iter(db.query("select id, path, sha256, status from documents where id = ?", [document_id])), None)
    if doc is None:
        return {}
    db.execute("delete from correction_anchors where document_id = ?", [document_id])
    db.execute("delete from correction_anchors where correction_id in "
               "(select id from corrections where document_path = ?)", [doc["path"]])
    corrections = list(db.query(
        "select * from corrections where table_name in ('documents', 'indicators', 'quantities', 'legal_refs') "
        "and (document_path = ? or (document_path is null and (document_sha256 = ? or row_key like ? || ':%' "
        "or row_key = ?))) order by id", [doc["path"], doc["sha256"], doc["sha256"], doc["sha256"]]))
    if not corrections:
        return {}
    doc["text"] = db.execute("select text from documents where id = ?", [document_id]).fetchone()[0]
    text = doc["text"] or ""
    finder = _Finder(db, doc["id"], text)
    found: dict[tuple, tuple[Optional[int], str, str]] = {}
    out = []
    for c in sorted(corrections, key=lambda c: (c["action"] != "add", c["id"])):
        if c["action"] == "resolve":
            continue
        if c["action"] == "add":
            where = _replay_add(db, doc, finder, c)
        elif c["anchor_kind"] is None:
            where = finder.by_row_key(c["table_name"], c["row_key"])
        else:
            key = (c["table_name"], c["anchor_kind"], c["anchor_text"], c["anchor_before"], c["anchor_after"])
            if key not in found:
                found[key] = finder.find(_anchor_from(c))
            where = found[key]
        row_id, method, message = where
        out.append({"correction_id": c["id"], "table_name": c["table_name"], "document_id": doc["id"],
                    "row_id": row_id, "status": "applied" if row_id is not None else "stale", "method": method,
                    "message": message, "anchored_at": _now()})
    db["correction_anchors"].insert_all(out)
    counts: dict[str, int] = {}
    for r in out:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    return counts


def _anchor_from(c: dict) -> Anchor:
    return Anchor(c["table_name"], c["anchor_kind"] or None, c["anchor_text"] or "", c["anchor_before"] or "",
                  c["anchor_after"] or "", c["anchor_start"], c["anchor_end"])


def _replay_add(db, doc: dict, finder: "_Finder", c: dict) -> tuple[Optional[int], str, str]:
    if doc["status"] not in ("ok", "partial"):
        return None, "gone", "the document could not be read"
    hit = finder.locate(_anchor_from(c))
    if hit[0] is None:
        return None, hit[2], hit[3]
    start, end, method, _ = hit
    values = json.loads(c["new_value"] or "{}")
    row_id = _insert_added(db, doc, c["table_name"], start, end, values)
    finder.forget(c["table_name"])
    return row_id, method, ""


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _squash(s: str) -> str:
    return " ".join(s.split())


class _Finder:
    """Where an anchor lands in one document as it is now."""

    def __init__(self, db, document_id: int, text: str):
        self.db, self.document_id, self.text = db, document_id, text
        self._rows: dict[str, list[dict]] = {}

    def rows(self, table: str) -> list[dict]:
        if table not in self._rows:
            if table == "documents":
                self._rows[table] = list(self.db.query("select id, path from documents where id = ?", [self.document_id]))
            else:
                kind = KIND_COLUMN[table]
                self._rows[table] = list(self.db.query(
                    f"select id, start, [end], [{kind}] as kind, text from [{table}] where document_id = ? "
                    f"order by start", [self.document_id]))
        return self._rows[table]

    def forget(self, table: str) -> None:
        self._rows.pop(table, None)

    def by_row_key(self, table: str, row_key: Optional[str]) -> tuple[Optional[int], str, str]:
        if table not in TABLES:
            return None, "row_key", f"table {table} is not anchored"
        join = "" if table == "documents" else "LEFT JOIN documents d ON d.id = t.document_id"
        doc_col = "t.id" if table == "documents" else "t.document_id"
        r = self.db.execute(f"select t.id from [{table}] t {join} where {doc_col} = ? and {ROW_KEYS[table]} = ?",
                            [self.document_id, row_key]).fetchone()
        return (r[0], "row_key", "") if r else (None, "row_key", "no row has this row_key now")

    def _context_score(self, start: int, end: int, a: Anchor) -> int:
        return (_common_suffix(self.text[max(0, start - CONTEXT):start], a.before)
                + _common_prefix(self.text[end:end + CONTEXT], a.after))

    def _best(self, spans: list[tuple], a: Anchor) -> Optional[tuple]:
        """The one span whose context matches the anchor's strictly best, else None."""
        if len(spans) == 1:
            return spans[0]
        scored = sorted(((self._context_score(s[0], s[1], a), s) for s in spans), key=lambda t: -t[0])
        return scored[0][1] if scored[0][0] > scored[1][0] else None

    def find(self, a: Anchor) -> tuple[Optional[int], str, str]:
        if a.table == "documents":
            rows = self.rows("documents")
            return (rows[0]["id"], "exact", "") if rows else (None, "gone", "no such document")
        rows = [r for r in self.rows(a.table) if (r["kind"] or "") == (a.kind or "")]
        if a.table == "legal_refs":                  # the key is the content: one row per cited document
            if len(rows) == 1:
                return rows[0]["id"], "exact", ""
        same = [r for r in rows if r["start"] is not None and r["end"] is not None
                and _squash(self.text[r["start"]:r["end"]]) == _squash(a.text)]
        if same:
            best = self._best([(r["start"], r["end"], r["id"]) for r in same], a)
            if best is not None:
                return best[2], "exact", ""
            return None, "ambiguous", f"{len(same)} items hold this text with the same context"
        start, end, method, message = self.locate(a)
        if start is None:
            return None, method, message
        over = [r for r in rows if r["start"] is not None and r["start"] < end and start < r["end"]]
        if len(over) == 1:
            return over[0]["id"], "moved", ""
        if not over:
            return None, "no_item", "the text is there but no item of this kind is extracted on it"
        return None, "ambiguous", f"{len(over)} items lie on this text"

    def locate(self, a: Anchor) -> tuple:
        """(start, end, method, '') of the one place the anchor's text stands now, or
        (None, None, reason, message)."""
        if not a.text.strip():
            return None, None, "gone", "the anchor has no text"
        spans = [(m.start(), m.end()) for m in regex.finditer(regex.escape(a.text), self.text)]
        if not spans:                                 # line breaks and spaces may have moved
            pattern = r"\s+".join(regex.escape(w) for w in a.text.split())
            spans = [(m.start(), m.end()) for m in regex.finditer(pattern, self.text)]
        if not spans:
            return None, None, "gone", "the text is no longer in the document"
        best = self._best(spans, a)
        if best is None:
            return None, None, "ambiguous", f"the text occurs {len(spans)} times with the same context"
        return best[0], best[1], "exact" if len(spans) == 1 else "context", ""


# --- reading -----------------------------------------------------------------------------------------------

LIST_SQL = """
select c.id, c.created_at, c.reviewer, c.table_name, c.document_path, c.action, c.field, c.old_value,
  c.new_value, c.note, c.resolves, a.status, a.method, a.message, a.row_id, a.document_id, c.anchor_kind, c.anchor_text
from corrections c left join correction_anchors a on a.correction_id = c.id
{where} order by c.id
"""


def list_corrections(db, stale: bool = False, document_id: Optional[int] = None) -> list[dict]:
    """Every correction with where it applies now (status applied | stale; none: never anchored)."""
    conds, args = [], []
    if stale:
        conds.append("coalesce(a.status, 'stale') = 'stale' and c.action <> 'resolve' "
                     "and not exists (select 1 from corrections r where r.resolves = c.id)")
    if document_id is not None:
        conds.append("(a.document_id = ? or c.document_path = (select path from documents where id = ?))")
        args += [document_id, document_id]
    where = ("where " + " and ".join(conds)) if conds else ""
    return [dict(r) for r in db.query(LIST_SQL.format(where=where), args)]
