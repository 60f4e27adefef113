"""Plans become the catalogue: the targets a plan, decision or resolution in the database sets are
catalogue entries sourced to it, and a report is matched first against the documents it cites.

- `write_entries(db, doc_id)`: when a document that sets targets (doc_type in PLAN_TYPES) is
  checked, each of its indicators with a target becomes a `catalogue` row with origin 'extracted',
  document_id = the plan and indicator_id = the indicator it came from (its provenance: page,
  block, offsets are on that indicator). The document's previous extracted rows are replaced.
- `match_cited(db, doc_id, matcher)`: for a document that does not set targets (a Báo cáo …), its
  `legal_refs` are resolved to documents in the database (number + symbol, or kind + number +
  year); each indicator is compared with those documents' extracted entries, and when one fits it
  wins over the national catalogue: indicators.catalogue_id = that entry, match_score = the score,
  match_evidence = JSON {cited_document_id, cited, entry, similarity, section, year, level,
  national} (national: the curated entry it matched before, kept for reference).
- `citing_documents(db, doc_id)`: the documents whose references resolve to a plan, re-checked when
  the plan is (a batch may save the report before the plan it answers).
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from typing import Iterable, Optional

from extractor.check.matching import Matcher, TfIdf, features, normalise, units_compatible
from extractor.normalize.document import fold_accents
from extractor.rows import read, update_row

PLAN_TYPES = ("Kế hoạch", "Quyết định", "Nghị quyết", "Chương trình", "Đề án", "Chỉ thị")
SHORT = {"Kế hoạch": "KH", "Quyết định": "QĐ", "Nghị quyết": "NQ", "Chương trình": "CTr", "Đề án": "ĐA",
         "Chỉ thị": "CT"}

MIN_TEXT = 0.55         # label similarity (0..1) a cited plan's target needs
W_VALUE = 5.0           # the report restates the plan's target value
W_UNIT = -100.0         # a percentage never answers a count


def is_plan(doc: dict) -> bool:
    return (doc.get("doc_type") or "") in PLAN_TYPES


def _doc(db, doc_id: int) -> dict:
    return next(iter(read(db, "select * from documents where id = ?", [doc_id])), {}) or {}


def source_label(doc: dict) -> str:
    kind = doc.get("doc_type") or "Văn bản"
    if doc.get("number") and doc.get("symbol"):
        return f"{SHORT.get(kind, kind)} {doc['number']}/{doc['symbol']}"
    # without a number, the file's name: a row id follows the order documents were saved in, which
    # differs between runs (parallel workers, a cluster)
    name = (doc.get("path") or "").replace("\\", "/").rsplit("/", 1)[-1] or str(doc.get("id"))
    return f"{kind} {doc.get('number') or name}"


# --- a document's other files -----------------------------------------------------------------------

# What matching and checking write on a document's rows: none of it on a file that is another copy
# of a document (documents.same_as), whose primary file carries them.
MATCH_COLUMNS = ("catalogue_id", "match_score", "runner_up_id", "runner_up_score", "match_evidence")


def is_other_file(db, doc_id: int) -> bool:
    row = next(iter(read(db, "select same_as from documents where id = ?", [doc_id])), {}) or {}
    return row.get("same_as") is not None


def clear_other_file(db, doc_id: int) -> int:
    """Another file of a document: no checks, no catalogue entries, no matches (its primary has
    them; counted once). Returns 0, the number of checks."""
    db.execute("delete from catalogue where origin = 'extracted' and document_id = ?", [doc_id])
    db.execute("delete from checks where document_id = ?", [doc_id])
    db.execute(f"update indicators set {', '.join(f'{c} = NULL' for c in MATCH_COLUMNS)} where document_id = ?",
               [doc_id])
    update_row(db, "documents", doc_id, {"checked_at": time.strftime("%Y-%m-%dT%H:%M:%S")})
    return 0


# --- the plan's targets as catalogue entries ------------------------------------------------------

def write_entries(db, doc_id: int) -> int:
    """Replace the document's extracted catalogue entries; returns how many (0 for non-plans)."""
    db.execute("delete from catalogue where origin = 'extracted' and document_id = ?", [doc_id])
    doc = _doc(db, doc_id)
    if not is_plan(doc):
        return 0
    label = source_label(doc)
    key = f"{doc['number']}/{doc['symbol']}" if doc.get("number") and doc.get("symbol") else doc.get("path")
    rows, seen = [], set()
    inds = read(db, "select * from effective_indicators where document_id = ? and target_value is not null "
                    "order by start, id", [doc_id])
    for ind in inds:
        entry_id = _entry_id(doc, ind, seen)
        rows.append({
            "id": entry_id, "source": label, "source_key": key, "source_date": doc.get("issued_date"),
            "indicator": ind.get("label") or "", "aliases": None, "unit": ind.get("target_unit") or "",
            "comparator": ind.get("target_comparator") or ">=", "value": ind.get("target_value"),
            "high": ind.get("target_high"), "year": ind.get("target_year"), "period": ind.get("target_period"),
            "level": ind.get("level"), "applies_to": doc.get("province"),
            "evidence": (ind.get("text") or "")[:500], "confidence": "medium", "file": doc.get("path"),
            "origin": "extracted", "document_id": doc_id, "indicator_id": ind["id"],
        })
    if rows:
        db["catalogue"].insert_all(rows, pk="id", replace=True)
    return len(rows)


def _entry_id(doc: dict, ind: dict, seen: set) -> str:
    """An id from the plan's path and the target's content, so it is the same on every extraction
    and in every database that holds the plan (not the order rows happened to be saved in)."""
    content = "|".join(str(ind.get(k) or "") for k in ("label", "level", "target_comparator", "target_value",
                                                       "target_high", "target_unit", "target_year"))
    digest = hashlib.sha1(f"{doc.get('path')}|{content}".encode("utf-8")).hexdigest()[:10]
    entry_id, n = f"D{digest}", 1
    while entry_id in seen:                 # the same target written twice in one plan
        n += 1
        entry_id = f"D{digest}-{n}"
    seen.add(entry_id)
    return entry_id


# --- resolving references to documents ------------------------------------------------------------

def _num(x) -> str:
    return (str(x or "").strip().lstrip("0") or "0") if x not in (None, "") else ""


def _sym(x) -> str:
    return re.sub(r"[^a-z0-9]", "", fold_accents(str(x or "")).lower().replace("đ", "d"))


def cited_documents(db, doc_id: int) -> list[dict]:
    """Documents in the database that the document's legal_refs name (number + symbol, or kind +
    number + year), themselves excluded."""
    refs = list(read(db, "select kind, number, year, symbol from legal_refs where document_id = ?", [doc_id]))
    if not refs:
        return []
    out = {}
    # only documents with one of the cited numbers (as written: '05' or '5'), through the index
    spellings = sorted({v for r in refs if r["number"] for n in [_num(r["number"])]
                        for v in (str(r["number"]).strip(), n, n.zfill(2), n.zfill(3))})
    if not spellings:
        return []
    marks = ", ".join("?" * len(spellings))
    for d in read(db, "select id, doc_type, number, symbol, issued_date from documents "
                      f"where number in ({marks}) and id != ? and duplicate_of is null and same_as is null", [*spellings, doc_id]):
        for r in refs:
            if not r["number"] or _num(r["number"]) != _num(d["number"]):
                continue
            if r["symbol"] and d["symbol"]:
                ok = _sym(r["symbol"]) == _sym(d["symbol"])
            else:
                ok = (r["kind"] == d["doc_type"] and r["year"] is not None
                      and str(r["year"]) == (d["issued_date"] or "")[:4])
            if ok:
                out[d["id"]] = dict(d)
    return list(out.values())


def citing_documents(db, doc_id: int) -> list[int]:
    """Documents (not plans themselves) whose references resolve to `doc_id`, checked before."""
    doc = _doc(db, doc_id)
    if not doc.get("number"):
        return []
    ids = [r["document_id"] for r in read(db,
        "select distinct r.document_id from legal_refs r join documents d on d.id = r.document_id "
        "where r.document_id != ? and d.checked_at is not null and ltrim(r.number, '0') = ltrim(?, '0')",
        [doc_id, str(doc["number"])])]
    return [i for i in ids if not is_plan(_doc(db, i)) and any(c["id"] == doc_id for c in cited_documents(db, i))]


# --- matching a report against the plans it cites -----------------------------------------------

def match_cited(db, doc_id: int, matcher: Matcher) -> dict[int, dict]:
    """Match the document's indicators to the extracted targets of the documents it cites; writes
    catalogue_id, match_score and match_evidence for those that fit. Returns {indicator id: evidence}."""
    db.execute("update indicators set match_evidence = null where document_id = ?", [doc_id])
    doc = _doc(db, doc_id)
    if is_plan(doc):
        return {}
    cited = cited_documents(db, doc_id)
    if not cited:
        return {}
    by_doc = {c["id"]: c for c in cited}
    marks = ",".join("?" * len(by_doc))
    entries = list(read(db, f"select * from catalogue where origin = 'extracted' and document_id in ({marks})",
                            list(by_doc)))
    if not entries:
        return {}
    tfidf: TfIdf = matcher.tfidf
    evecs = [(normalise(e["indicator"]), tfidf.vector(features(e["indicator"]))) for e in entries]
    out: dict[int, dict] = {}
    for ind in read(db, "select * from effective_indicators where document_id = ?", [doc_id]):
        label = ind.get("label") or ind.get("label_norm") or ""
        norm = normalise(label)
        if not norm:
            continue
        vec = tfidf.vector(features(label))
        unit = ind.get("target_unit") or ind.get("actual_unit")
        best = None
        for e, (en, ev) in zip(entries, evecs):
            text = matcher._sim(norm, vec, en, ev)
            score = 100 * text
            if not units_compatible(unit, e["unit"]):
                score += W_UNIT
            if ind.get("target_value") is not None and e["value"] is not None \
                    and abs(ind["target_value"] - e["value"]) < 1e-9:
                score += W_VALUE
            if best is None or score > best[0]:
                best = (score, text, e)
        if best is None or best[1] < MIN_TEXT or best[0] < 100 * MIN_TEXT:
            continue
        score, text, e = best
        plan = by_doc[e["document_id"]]
        ev = {"cited_document_id": plan["id"], "cited": source_label(plan), "entry": e["id"],
              "similarity": round(text, 3), "section": _section(db, e.get("indicator_id")),
              "year": e.get("year"), "level": e.get("level"), "national": ind.get("catalogue_id"),
              "national_score": ind.get("match_score")}
        db["indicators"].update(ind["id"], {"catalogue_id": e["id"], "match_score": round(score, 2),
                                            "match_evidence": json.dumps(ev, ensure_ascii=False)})
        out[ind["id"]] = ev
    return out


def _section(db, indicator_id: Optional[int]) -> Optional[str]:
    if indicator_id is None:
        return None
    r = next(iter(read(db, "select b.section from indicators i join blocks b on b.id = i.block_id "
                           "where i.id = ?", [indicator_id])), None)
    return r["section"] if r else None


def drop_unmatched(findings: Iterable, matched: dict[int, dict]) -> list:
    """The 'unmatched' findings of indicators a cited plan's target now answers are moot."""
    return [f for f in findings if not (f.kind == "unmatched" and f.indicator_id in matched)]
