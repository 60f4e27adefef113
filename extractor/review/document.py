"""One document as a reviewer reads it: its blocks in order (tables as tables), every extracted
item highlighted at its span, and each item's fields, catalogue match, checks and history.

All document text goes through `escape` (markupsafe): a document holding `<script>` or a
`javascript:` link shows them as text. Offsets in `data-s` are code-point offsets into
documents.text, so a selection in the page maps back to the stored text.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Optional

from markupsafe import Markup, escape

from extractor.review.i18n import ADD_FIELDS, FORM_FIELDS
from extractor.review.queue import items as queue_items

SHOWN_FIELDS = {
    "indicators": ("ordinal", "label", "level", "target_comparator", "target_value", "target_high", "target_unit",
                   "target_year", "actual_comparator", "actual_value", "actual_unit", "actual_period", "status",
                   "achieved", "catalogue_id", "match_score", "confidence"),
    "quantities": ("kind", "value", "high", "numerator", "denominator", "unit", "comparator", "subject",
                   "stated_percent", "uncertain"),
    "legal_refs": ("kind", "number", "year", "symbol", "issuer", "issued_date", "key", "relation", "title", "mentions"),
}
BOX = ("x0", "top", "x1", "bottom")


def _prov(value: Optional[str]) -> Optional[dict]:
    try:
        return json.loads(value) if value else None
    except ValueError:
        return None


def _box(row: dict, role: str) -> Optional[dict]:
    if row.get("bbox") and row.get("page") is not None:          # a provenance stored as JSON
        return {"page": row["page"], "role": role, **dict(zip(BOX, row["bbox"]))}
    if row.get("page") is None or any(row.get(k) is None for k in BOX):
        return None
    return {"page": row["page"], "role": role, **{k: row[k] for k in BOX}}


def _mentions(db, document_id: int) -> dict[int, list[dict]]:
    """legal_refs.id → its mentions in text order, for every legal reference of the document at once."""
    out: dict[int, list[dict]] = defaultdict(list)
    for m in db.query("select * from legal_ref_mentions where legal_ref_id in "
                      "(select id from legal_refs where document_id = ?) order by legal_ref_id, start", [document_id]):
        out[m["legal_ref_id"]].append(m)
    return out


def _spans_and_boxes(mentions: dict[int, list[dict]], table: str, row: dict) -> tuple[list[tuple], list[dict]]:
    """(start, end, role) spans of an item in the text, and its boxes on PDF pages."""
    spans, boxes = [], []
    if table == "legal_refs":
        for m in mentions.get(row["id"], []):
            spans.append((m["start"], m["end"], "legal_ref"))
            boxes.append(_box(m, "legal_ref"))
    else:
        spans.append((row["start"], row["end"], "indicator" if table == "indicators" else row.get("kind") or "count"))
        boxes.append(_box(row, "item"))
    if table == "indicators":
        for role in ("target", "actual"):
            p = _prov(row.get(f"{role}_prov"))
            if p and p.get("start") is not None and (p["start"], p["end"]) != (row["start"], row["end"]):
                spans.append((p["start"], p["end"], role))
                boxes.append(_box(p, role))
    return [s for s in spans if s[0] is not None and s[1] is not None and s[0] < s[1]], [b for b in boxes if b]


def _history(db, document_id: int) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for c in db.query("select c.id, c.action, c.field, c.old_value, c.new_value, c.reviewer, c.note, c.created_at, "
                      "a.table_name, a.row_id, a.method from correction_anchors a join corrections c "
                      "on c.id = a.correction_id where a.document_id = ? and a.status = 'applied' order by c.id",
                      [document_id]):
        out[f"{c['table_name']}:{c['row_id']}"].append(c)
    return out


def _catalogue_entries(db, rows: list[dict]) -> dict[str, dict]:
    """The catalogue entries the document's indicators (and their runners-up) point to, in one query."""
    ids = sorted({str(r[c]) for r in rows for c in ("catalogue_id", "runner_up_id") if r.get(c)})
    if not ids:
        return {}
    return {str(r["id"]): r for r in db.query(
        "select id, source, indicator, unit, comparator, value, high, period, level from catalogue "
        f"where id in ({','.join('?' * len(ids))})", ids)}


def _catalogue(entries: dict[str, dict], entry_id: Optional[str]) -> Optional[dict]:
    if not entry_id:
        return None
    return entries.get(str(entry_id)) or {"id": entry_id}


def _checks(db, document_id: int) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for c in db.query("select indicator_id, quantity_id, kind, severity, message, message_en, expected, found "
                      "from effective_checks where document_id = ? order by case severity when 'error' then 0 "
                      "when 'warning' then 1 when 'info' then 2 else 3 end, id", [document_id]):
        if c["indicator_id"] is not None:
            out[f"indicators:{c['indicator_id']}"].append(c)
        elif c["quantity_id"] is not None:
            out[f"quantities:{c['quantity_id']}"].append(c)
    return out


def item_details(db, document_id: int) -> list[dict]:
    """Every item of the document in reading order, with what the side panel shows."""
    raw = {}
    effective = {}
    for table in SHOWN_FIELDS:
        for r in db.query(f"select * from [{table}] where document_id = ?", [document_id]):
            raw[f"{table}:{r['id']}"] = r
        for r in db.query(f"select * from effective_{table} where document_id = ?", [document_id]):
            effective[f"{table}:{r['id']}"] = r
    history, checks, mentions = _history(db, document_id), _checks(db, document_id), _mentions(db, document_id)
    entries = _catalogue_entries(db, [r for k, r in (*raw.items(), *effective.items()) if k.startswith("indicators:")])
    out = []
    for it in queue_items(db, document_id):
        row = raw[it["key"]]
        eff = effective.get(it["key"]) or row
        spans, boxes = _spans_and_boxes(mentions, it["table"], row)
        fields = SHOWN_FIELDS[it["table"]]
        detail = {
            **it, "spans": spans, "boxes": boxes,
            "fields": {f: eff.get(f) for f in fields}, "raw": {f: row.get(f) for f in fields},
            "form": list(FORM_FIELDS[it["table"]]), "checks": checks.get(it["key"], []),
            "history": history.get(it["key"], []), "text": row.get("text") or "",
        }
        if it["table"] == "indicators":
            detail["match"] = _catalogue(entries, eff.get("catalogue_id"))
            detail["runner_up"] = _catalogue(entries, row.get("runner_up_id"))
            detail["runner_up_score"] = row.get("runner_up_score")
        out.append(detail)
    return out


# --- the text, with highlights ---------------------------------------------------------------------

def _segments(text: str, a: int, b: int, spans: list[tuple]) -> Markup:
    """text[a:b] cut at every span boundary; highlighted pieces carry their items' keys, innermost first."""
    inside = [s for s in spans if s[0] < b and s[1] > a]
    cuts = sorted({a, b, *(max(a, s[0]) for s in inside), *(min(b, s[1]) for s in inside)})
    parts = []
    for x, y in zip(cuts, cuts[1:]):
        cover = sorted((s for s in inside if s[0] <= x and s[1] >= y), key=lambda s: s[1] - s[0])
        piece = escape(text[x:y])
        if not cover:
            parts.append(Markup('<span class="seg" data-s="{}">{}</span>').format(x, piece))
            continue
        keys = " ".join(dict.fromkeys(s[2] for s in cover))
        kinds = " ".join(dict.fromkeys(f"k-{s[3]}" for s in cover))
        states = " ".join(dict.fromkeys(f"st-{s[4]}" for s in cover))
        parts.append(Markup('<mark class="seg hl {} {}" data-s="{}" data-items="{}">{}</mark>').format(
            kinds, states, x, keys, piece))
    return Markup("").join(parts)


def render_text(db, document_id: int, text: str, details: list[dict]) -> Markup:
    spans = [(s, e, d["key"], role, d["state"]) for d in details for s, e, role in d["spans"]]
    cells = defaultdict(list)
    for c in db.query("select * from cells where document_id = ? order by row, col", [document_id]):
        cells[c["block_id"]].append(c)
    out = []
    for b in db.query("select * from blocks where document_id = ? order by idx", [document_id]):
        if b["start"] is None or b["end"] is None:
            continue
        page = Markup(' data-page="{}"').format(b["page"]) if b["page"] else Markup("")
        if b["kind"] == "table" and cells.get(b["id"]):
            out.append(_table(text, cells[b["id"]], spans, page))
            continue
        tag = "h3" if b["kind"] == "heading" else "p"
        out.append(Markup('<{0} class="blk blk-{1}"{2}>{3}</{0}>').format(
            tag, b["kind"], page, _segments(text, b["start"], b["end"], spans)))
    return Markup("\n").join(out)


def _table(text: str, cells: list[dict], spans: list[tuple], page: Markup) -> Markup:
    rows: dict[int, list[dict]] = defaultdict(list)
    for c in cells:
        rows[c["row"]].append(c)
    html = [Markup('<table class="blk blk-table"{}>').format(page)]
    for r in sorted(rows):
        html.append(Markup("<tr>"))
        for c in sorted(rows[r], key=lambda c: c["col"]):
            tag = "th" if c["is_header"] else "td"
            span = Markup("")
            if (c["rowspan"] or 1) > 1:
                span += Markup(' rowspan="{}"').format(c["rowspan"])
            if (c["colspan"] or 1) > 1:
                span += Markup(' colspan="{}"').format(c["colspan"])
            body = _segments(text, c["start"], c["end"], spans) if c["start"] is not None else escape(c["text"] or "")
            html.append(Markup("<{0}{1}>{2}</{0}>").format(tag, span, body))
        html.append(Markup("</tr>"))
    html.append(Markup("</table>"))
    return Markup("").join(html)


def script_json(data) -> Markup:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' left to end the element."""
    s = json.dumps(data, ensure_ascii=False, default=str)
    return Markup(s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
                  .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def catalogue_options(db) -> list[dict]:
    return [dict(r) for r in db.query("select id, source, substr(indicator, 1, 140) as indicator from catalogue order by id")]


def add_fields() -> dict:
    return {k: list(v) for k, v in ADD_FIELDS.items()}
