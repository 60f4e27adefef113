"""What needs a human, most urgent first: every extracted item with the reasons to look at it
and whether a reviewer has decided on it, per document and across the batch.

Priority (lower first): 0 an error-severity check, 1 a warning, 2 unmatched or a weak catalogue
match, 3 low confidence, 4 a stale correction. An item is open while it has a reason and no
reviewer decision (accept, edit, reject); the queue lists open items and stale corrections.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from extractor.store.corrections import list_corrections

LOW_SCORE = 85.0          # a catalogue match below this score is weak
CLOSE_RUNNER_UP = 3.0     # … and so is one whose runner-up is this close
LOW_CONFIDENCE = 0.75     # indicators read from prose (0.7, 0.6) rather than tables and lists
REASON_PRIORITY = {"error": 0, "warning": 1, "unmatched": 2, "low_score": 2, "low_confidence": 3, "stale": 4}
REVIEWED = ("accepted", "corrected", "rejected", "added")
SNIPPET = 160


def item_states(db, document_ids: Optional[list[int]] = None) -> dict[tuple[str, int], str]:
    """(table, row id) → open | accepted | corrected | rejected | added, from the corrections that
    apply now (the latest reject/restore, then the latest confirm/reopen/set, decide)."""
    where, args = "", []
    if document_ids is not None:
        where = f"and a.document_id in ({','.join('?' * len(document_ids))})"
        args = list(document_ids)
    rows = db.query(f"select a.table_name, a.row_id, c.action from correction_anchors a join corrections c "
                    f"on c.id = a.correction_id where a.status = 'applied' {where} order by c.id", args)
    actions: dict[tuple[str, int], list[str]] = defaultdict(list)
    for r in rows:
        actions[(r["table_name"], r["row_id"])].append(r["action"])
    return {k: _state(v) for k, v in actions.items()}


def _state(actions: list[str]) -> str:
    removal = [a for a in actions if a in ("reject", "delete", "remove", "restore")]
    if removal and removal[-1] != "restore":
        return "rejected"
    if "add" in actions:
        return "added"
    decision = [a for a in actions if a in ("confirm", "reopen", "set", "edit", "update", "correct")]
    if not decision or decision[-1] == "reopen":
        return "open"
    return "accepted" if decision[-1] == "confirm" else "corrected"


def _checks_by_item(db, doc_where: str, args: list) -> dict[tuple[str, int], list[dict]]:
    out: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for c in db.query(f"select id, indicator_id, quantity_id, kind, severity, message, message_en, expected, found "
                      f"from effective_checks where {doc_where} order by id", args):
        if c["indicator_id"] is not None:
            out[("indicators", c["indicator_id"])].append(c)
        elif c["quantity_id"] is not None:
            out[("quantities", c["quantity_id"])].append(c)
    return out


def _reasons(table: str, row: dict, checks: list[dict]) -> list[str]:
    reasons = [s for s in ("error", "warning") if any(c["severity"] == s for c in checks)]
    if table == "indicators":
        if row.get("catalogue_id") is None:
            reasons.append("unmatched")
        elif (row.get("match_score") or 0) < LOW_SCORE or (
                row.get("runner_up_score") is not None
                and (row.get("match_score") or 0) - row["runner_up_score"] < CLOSE_RUNNER_UP):
            reasons.append("low_score")
        if (row.get("confidence") or 1) < LOW_CONFIDENCE:
            reasons.append("low_confidence")
    elif table == "quantities" and row.get("uncertain"):
        reasons.append("low_confidence")
    elif table == "legal_refs" and row.get("repaired"):
        reasons.append("low_confidence")
    return reasons


ITEM_SQL = {
    "indicators": "select t.*, coalesce(e.label, t.label) as shown from indicators t "
                  "left join effective_indicators e on e.id = t.id",
    "quantities": "select t.*, t.text as shown from quantities t",
    "legal_refs": "select t.*, t.text as shown from legal_refs t",
}
# a range's end counts repeat the range row's figures: the reviewer decides on the range
ITEM_WHERE = {"quantities": "t.range_end is null"}


def item_kind(table: str, row: dict) -> str:
    return {"indicators": "indicator", "legal_refs": "legal_ref"}.get(table) or row.get("kind") or "count"


def items(db, document_id: Optional[int] = None) -> list[dict]:
    """Every item (rejected ones too) with kind, state, reasons, priority and checks."""
    doc_where, args = ("document_id = ?", [document_id]) if document_id is not None else ("1", [])
    states = item_states(db, [document_id] if document_id is not None else None)
    checks = _checks_by_item(db, doc_where, args)
    out = []
    for table, sql in ITEM_SQL.items():
        conds = [c for c in (ITEM_WHERE.get(table), "t.document_id = ?" if document_id is not None else None) if c]
        where = " where " + " and ".join(conds) if conds else ""
        for row in db.query(sql + where, args):
            key = (table, row["id"])
            item_checks = checks.get(key, [])
            reasons = _reasons(table, row, item_checks)
            state = states.get(key, "open")
            out.append({
                "key": f"{table}:{row['id']}", "table": table, "id": row["id"], "document_id": row["document_id"],
                "kind": item_kind(table, row), "start": row["start"], "end": row["end"], "page": row["page"],
                "text": (row["shown"] or "")[:SNIPPET], "state": state, "reasons": reasons,
                "priority": min((REASON_PRIORITY[r] for r in reasons), default=9),
                "checks": [c["kind"] for c in item_checks], "rule": row["rule"],
            })
    out.sort(key=lambda i: (i["document_id"], i["start"] if i["start"] is not None else -1, i["table"], i["id"]))
    return out


def is_open(item: dict) -> bool:
    return item["priority"] < 9 and item["state"] == "open"


def stale_entries(db, document_id: Optional[int] = None) -> list[dict]:
    """Stale corrections as queue entries (priority 4)."""
    out = []
    for c in list_corrections(db, stale=True, document_id=document_id):
        kind = {"indicators": "indicator", "legal_refs": "legal_ref", "documents": "document"}.get(
            c["table_name"]) or c["anchor_kind"] or "count"
        out.append({"key": f"correction:{c['id']}", "table": "corrections", "id": c["id"],
                    "document_id": c["document_id"], "kind": kind, "start": None, "end": None,
                    "page": None, "text": (c["anchor_text"] or "")[:SNIPPET], "state": "open", "reasons": ["stale"],
                    "priority": REASON_PRIORITY["stale"], "checks": [], "correction": c})
    return out


def documents(db, every: Optional[list[dict]] = None) -> list[dict]:
    """Documents with their counts: items, flagged, open, reviewed, stale corrections, progress.
    `every`: items(db) when the caller has it already (the queue page needs it three times)."""
    docs = {d["id"]: {**d, "items": 0, "flagged": 0, "open": 0, "reviewed": 0, "stale": 0}
            for d in db.query("select id, path, format, status, province, doc_type, number, symbol, issued_date "
                              "from effective_documents order by path")}
    for it in items(db) if every is None else every:
        d = docs.get(it["document_id"])
        if d is None:
            continue
        d["items"] += 1
        d["flagged"] += it["priority"] < 9
        d["open"] += is_open(it)
        d["reviewed"] += it["state"] in REVIEWED
    for s in stale_entries(db):
        if s["document_id"] in docs:
            docs[s["document_id"]]["stale"] += 1
    for d in docs.values():
        need = d["flagged"] + d["stale"]
        d["progress"] = 100 if not need else round(100 * (need - d["open"] - d["stale"]) / need)
    return list(docs.values())


def queue(db, document: Optional[int] = None, province: Optional[str] = None, kind: Optional[str] = None,
          check: Optional[str] = None, limit: int = 500, every: Optional[list[dict]] = None) -> list[dict]:
    """Open items and stale corrections, most urgent first, filtered by document, province, kind
    (indicator, percent, count, …, legal_ref) and check kind. `every`: items(db), when the caller
    has it already (used only without a document filter)."""
    docs = {d["id"]: d for d in db.query("select id, path, province from effective_documents")}
    listed = every if every is not None and document is None else items(db, document)
    entries = [i for i in listed if is_open(i)] + stale_entries(db, document)
    out = []
    for e in entries:
        d = docs.get(e["document_id"]) or {}
        if province and (d.get("province") or "") != province:
            continue
        if kind and e["kind"] != kind:
            continue
        if check and check not in e["checks"]:
            continue
        out.append({**e, "document_path": d.get("path"), "province": d.get("province")})
    out.sort(key=lambda e: (e["priority"], e.get("document_path") or "", e["start"] if e["start"] is not None else -1))
    return out[:limit]
