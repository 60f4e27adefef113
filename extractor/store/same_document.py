"""One document saved in several formats (.docx, .doc, .pdf, .txt …) is one document with several files.

Every extracted file keeps its own rows (what was read from it, for provenance and scoring), but
only the group's *primary* file is what users read: the others get `documents.same_as` = the
primary's id (and `same_similarity`), and the effective_* views, the matrices, families, exports,
plans and checks leave them out.

Files are one document when the shingles of their normalised texts (normalize/fingerprint.py) are
at least `fingerprint.SAME` alike; candidates come from the MinHash bands in `text_bands`, so a
save looks at a few rows however large the archive. Groups are the connected components of that
relation, recomputed around each saved file, and the primary is chosen by format, not by arrival
(`primary_key`): the database is the same whatever order the files finish in, and a re-run that
changes one file regroups exactly the files it touched.
"""
from __future__ import annotations

from typing import Optional

from extractor.normalize import fingerprint

# The primary is the file with the richest structure: Word keeps tables as cells, headings and no
# page furniture; a .doc/.rtf/.odt is read as the .docx LibreOffice makes of it; HTML has tables but
# portal chrome; a text PDF has page layout to undo (running heads, page numbers, inferred tables);
# Markdown and plain text lose the tables' cells; a scan is OCR, with its misreadings.
FORMAT_RANK = {"docx": 0, "doc": 1, "odt": 1, "rtf": 1, "html": 2, "pdf": 3, "md": 4, "txt": 5}
SCAN_RANK = 6
READ = ("ok", "partial")


def primary_key(doc: dict) -> tuple:
    """Sort key of a group's files: the first is the primary (ties: the path, never the row id)."""
    rank = SCAN_RANK if doc.get("ocr") else FORMAT_RANK.get(doc.get("format") or "", SCAN_RANK)
    return (rank, doc.get("path") or "")


def write_bands(db, doc_id: int, text: Optional[str]) -> None:
    db.execute("delete from text_bands where document_id = ?", [doc_id])
    keys = fingerprint.bands(text or "")
    db["text_bands"].insert_all([{"document_id": doc_id, "band": k} for k in keys])


def reband_old(db) -> int:
    """Band again, from their stored texts, the documents whose bands an older scheme wrote
    (`fingerprint.SCHEME`): their files would never meet new ones. Returns how many."""
    lo, hi = f"{fingerprint.SCHEME}:", f"{fingerprint.SCHEME};"          # the index's range, not LIKE
    ids = [r["document_id"] for r in db.query(
        "select distinct document_id from text_bands where band < ? or band >= ?", [lo, hi])]
    for doc_id in ids:
        row = next(iter(db.query("select text from documents where id = ?", [doc_id])), None)
        write_bands(db, doc_id, (row or {}).get("text"))
    return len(ids)


def _docs(db, ids) -> dict[int, dict]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in db.query(f"select id, path, format, ocr, status, same_as, same_similarity "
                                         f"from documents where id in ({marks})", ids)}


def group_of(db, doc_id: int) -> set[int]:
    """The ids of the files stored as one document with `doc_id` (itself included)."""
    row = next(iter(db.query("select same_as from documents where id = ?", [doc_id])), None)
    if row is None:
        return set()
    primary = row["same_as"] or doc_id
    return {primary, *(r["id"] for r in db.query("select id from documents where same_as = ?", [primary]))}


def candidates(db, doc_id: int) -> set[int]:
    """Read documents sharing a MinHash band with `doc_id`."""
    return {r["document_id"] for r in db.query(
        "select distinct o.document_id from text_bands b join text_bands o on o.band = b.band "
        "join documents d on d.id = o.document_id "
        "where b.document_id = ? and o.document_id != ? and d.status in ('ok', 'partial')", [doc_id, doc_id])}


class _Texts:
    """Shingle sets and figures of stored documents, each computed once per regrouping."""

    def __init__(self, db):
        self.db, self.sets, self.figures, self.letters = db, {}, {}, {}

    def __call__(self, doc_id: int) -> set[str]:
        if doc_id not in self.sets:
            text = (next(iter(self.db.query("select text from documents where id = ?", [doc_id])), {}) or {}).get("text")
            self.letters[doc_id] = fingerprint.letters(text or "")
            self.sets[doc_id] = fingerprint.letter_shingles(self.letters[doc_id])
            self.figures[doc_id] = fingerprint.figures(text or "")
        return self.sets[doc_id]

    def same(self, a: int, b: int) -> Optional[float]:
        """The similarity of two documents' texts when they are one document, else None
        (fingerprint.same_document, on what is cached)."""
        s = fingerprint.similarity(self(a), self(b))
        if (s < fingerprint.SAME or fingerprint.missing_figures(self.figures[a], self.letters[b])
                or fingerprint.missing_figures(self.figures[b], self.letters[a])):
            return None
        return s


def _components(nodes: set[int], edges: dict[tuple[int, int], float]) -> list[set[int]]:
    parent = {n: n for n in nodes}

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in edges:
        parent[root(a)] = root(b)
    groups: dict[int, set[int]] = {}
    for n in nodes:
        groups.setdefault(root(n), set()).add(n)
    return list(groups.values())


def _edges(db, nodes: set[int], texts: _Texts) -> dict[tuple[int, int], float]:
    """Pairs of `nodes` that are one document, with their similarity (only pairs sharing a band
    are compared)."""
    out = {}
    for a in sorted(nodes):
        for b in sorted(candidates(db, a) & nodes):
            if a < b and (s := texts.same(a, b)) is not None:
                out[(a, b)] = s
    return out


def regroup(db, doc_id: int, before: set[int]) -> list[int]:
    """Call after saving `doc_id` (its text and bands written), inside the same transaction, with
    `before` = its `group_of` before the save. Recomputes the groups it was in and is in now;
    returns the other documents whose primary changed (their checks must be redone: a file that
    stops being primary loses its checks, one that becomes primary gets them)."""
    nodes = {doc_id} | before | group_of(db, doc_id)
    doc = _docs(db, [doc_id]).get(doc_id)
    if doc and doc["status"] in READ:
        for c in candidates(db, doc_id):
            nodes |= group_of(db, c)
    docs = _docs(db, nodes)
    readable = {i for i, d in docs.items() if d["status"] in READ}
    texts = _Texts(db)
    edges = _edges(db, readable, texts)
    changed = []
    for group in _components(readable, edges) + [{i} for i in set(docs) - readable]:
        changed += _assign(db, [docs[i] for i in group], texts)
    return sorted(i for i in set(changed) if i != doc_id and i in readable)


def _assign(db, group: list[dict], texts: _Texts) -> list[int]:
    """Write same_as / same_similarity for one group; returns the ids whose same_as changed."""
    group = sorted(group, key=primary_key)
    primary = group[0]
    changed = []
    for d in group:
        same_as = None if d is primary else primary["id"]
        sim = None if same_as is None else round(fingerprint.similarity(texts(d["id"]), texts(primary["id"])), 4)
        if d["same_as"] != same_as or d["same_similarity"] != sim:
            db["documents"].update(d["id"], {"same_as": same_as, "same_similarity": sim})
        if d["same_as"] != same_as:
            changed.append(d["id"])
    return changed
