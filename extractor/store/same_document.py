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
from extractor.rows import insert_rows, insert_values, read, update_row

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


def write_fingerprint(db, doc_id: int, text: Optional[str],
                      prints: Optional[fingerprint.Fingerprint] = None, savepoint: bool = True) -> None:
    """A saved document's bands (`text_bands`) and figures (`text_figures`), from `prints` when the
    worker that read the text computed them, else from `text` (`savepoint`: as for insert_values)."""
    for table in ("text_bands", "text_figures"):
        db.execute(f"delete from {table} where document_id = ?", [doc_id])
    prints = prints or fingerprint.fingerprint_of(text)
    # tuples, not a dict per band: a document has dozens of bands, an archive's save thousands
    insert_values(db, "text_bands", ("document_id", "band"), [(doc_id, k) for k in prints.bands], ids=False,
                  savepoint=savepoint)
    insert_rows(db, "text_figures", [{"document_id": doc_id, "figures": " ".join(prints.figures),
                                      "digit_runs": prints.digit_runs, "letters_digest": prints.letters_digest}],
                ids=False, savepoint=savepoint)


def reband_old(db) -> int:
    """Band again, from their stored texts, the documents whose bands an older scheme wrote
    (`fingerprint.SCHEME`): their files would never meet new ones. Returns how many."""
    lo, hi = f"{fingerprint.SCHEME}:", f"{fingerprint.SCHEME};"          # the index's range, not LIKE
    ids = [r["document_id"] for r in read(db,
        "select document_id from text_bands where band < ? union "
        "select document_id from text_bands where band >= ?", [lo, hi])]
    for doc_id in ids:
        row = next(iter(read(db, "select text from documents where id = ?", [doc_id])), None)
        write_fingerprint(db, doc_id, (row or {}).get("text"))
    return len(ids)


def _docs(db, ids) -> dict[int, dict]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in read(db, f"select id, path, format, ocr, status, same_as, same_similarity "
                                         f"from documents where id in ({marks})", ids)}


def group_of(db, doc_id: int) -> set[int]:
    """The ids of the files stored as one document with `doc_id` (itself included)."""
    row = next(iter(read(db, "select same_as from documents where id = ?", [doc_id])), None)
    if row is None:
        return set()
    primary = row["same_as"] or doc_id
    return {primary, *(r["id"] for r in read(db, "select id from documents where same_as = ?", [primary]))}


def candidates(db, doc_id: int) -> set[int]:
    """Read documents sharing a MinHash band with `doc_id`."""
    # each document's status looked at once, not once for every band it shares (one template's copies share all);
    # the ids straight from the cursor: an archive's template has dozens of copies, a dict each was most of the read
    return {i for (i,) in db.conn.execute(
        "select id from documents where status in ('ok', 'partial') and id in "
        "(select o.document_id from text_bands b join text_bands o on o.band = b.band "
        "where b.document_id = ? and o.document_id != ?)", [doc_id, doc_id])}


class _Texts:
    """What one regrouping reads of each document, each read or computed once: its figures and runs
    of digits (`text_figures`, a few kilobytes), and, only for the pairs whose figures agree, the
    hashes of its text's pieces. Most pairs are next month's report of the same office, or the
    same template with other figures: the figures test turns them down without reading a text."""

    def __init__(self, db):
        self.db, self._digits, self._hashes = db, {}, {}

    def _text(self, doc_id: int) -> str:
        row = next(iter(read(self.db, "select text from documents where id = ?", [doc_id])), None)
        return (row or {}).get("text") or ""

    def read_digits(self, ids) -> None:
        """The figures of `ids`, in one query."""
        ids = sorted(set(ids) - set(self._digits))
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            # tuples, not a dict per row: every candidate of every saved file is read here; the
            # figures left as one string until compared (`figures`): most candidates are turned
            # down by the saved file's figures alone, looked up in their runs of digits
            for doc_id, figures, runs, digest in self.db.conn.execute(
                    f"select document_id, figures, digit_runs, letters_digest from text_figures "
                    f"where document_id in ({','.join('?' * len(part))})", part):
                self._digits[doc_id] = (figures or "", runs or "", digest)

    def figures(self, doc_id: int) -> list[str]:
        figures, runs, digest = self.digits(doc_id)
        if isinstance(figures, str):
            figures = figures.split()
            self._digits[doc_id] = (figures, runs, digest)
        return figures

    def digits(self, doc_id: int) -> tuple[list[str] | str, str, Optional[str]]:
        """Figures (a list, or the stored string until `figures` splits it), runs of digits, digest of letters."""
        if doc_id not in self._digits:
            self.read_digits([doc_id])
        if doc_id not in self._digits:        # saved by a version without text_figures
            text = self._text(doc_id)
            letters = fingerprint.letters(text)
            self._digits[doc_id] = (sorted(fingerprint.figures(text)), fingerprint.digit_runs(letters),
                                    fingerprint.letters_digest(letters))
        return self._digits[doc_id]

    def similarity(self, a: int, b: int) -> float:
        da, db_ = self.digits(a)[2], self.digits(b)[2]
        if da and da == db_:                 # the same letters: a copy with other bytes, another format
            return 1.0
        for i in (a, b):
            if i not in self._hashes:
                self._hashes[i] = fingerprint.piece_hashes(fingerprint.letters(self._text(i)))
        return fingerprint.hash_similarity(self._hashes[a], self._hashes[b])

    def same(self, a: int, b: int) -> Optional[float]:
        """The similarity of two documents' texts when they are one document, else None
        (fingerprint.same_document: the figures first, the pieces only when they agree)."""
        ra, rb = self.digits(a)[1], self.digits(b)[1]
        if not (fingerprint.has_figures_of(self.figures(a), rb) and fingerprint.has_figures_of(self.figures(b), ra)):
            return None
        s = self.similarity(a, b)
        return s if s >= fingerprint.SAME else None


class _Groups:
    """Union-find over document ids."""

    def __init__(self, nodes):
        self.parent = {n: n for n in nodes}

    def root(self, n: int) -> int:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def join(self, a: int, b: int) -> None:
        self.parent[self.root(a)] = self.root(b)

    def components(self) -> list[set[int]]:
        out: dict[int, set[int]] = {}
        for n in self.parent:
            out.setdefault(self.root(n), set()).add(n)
        return list(out.values())


def _stored_groups(db, docs: dict[int, dict]) -> list[set[int]]:
    """The stored groups (a primary and the files whose same_as names it) that the files `docs`
    (rows of `_docs`, read once for the whole regrouping) belong to."""
    primaries = {d["same_as"] or i for i, d in docs.items()}
    groups = {p: {p} for p in primaries}
    ps = sorted(primaries)
    for i in range(0, len(ps), 500):
        part = ps[i:i + 500]
        for i, same_as in db.conn.execute(f"select id, same_as from documents where same_as in "
                                          f"({','.join('?' * len(part))})", part):
            groups[same_as].add(i)
    return list(groups.values())


def regroup(db, doc_id: int, before: set[int]) -> list[int]:
    """Call after saving `doc_id` (its text and bands written), inside the same transaction, with
    `before` = its `group_of` before the save. Recomputes the groups it was in and is in now;
    returns the other documents that became or stopped being a primary (their checks must be
    redone: a file that stops being primary loses its checks, one that becomes primary gets them).
    A file that stays another file under a new primary has no checks before or after.

    Only the saved file's text changed, so only its pairs are compared again: a stored group it
    was not in stays one piece (its files were found alike before), and the saved file joins it
    through any one of its files. The group it was in is taken apart and its other files compared
    again among themselves (they may have been one document only through it)."""
    near = _docs(db, before | {doc_id})       # the saved file's row with its old group's: one query
    doc = near.get(doc_id)
    cands = candidates(db, doc_id) if doc and doc["status"] in READ else set()
    near.update(_docs(db, cands - set(near)))
    stored = _stored_groups(db, near)
    docs = {**near, **_docs(db, set().union(*stored) - set(near))}      # each file's row read once
    readable = {i for i, d in docs.items() if d["status"] in READ}
    groups, texts = _Groups(docs), _Texts(db)
    apart = (set(before) | {doc_id}).union(*(g for g in stored if g & (set(before) | {doc_id})))
    for g in stored:                       # groups the saved file was not in: still one piece
        if not g & apart:
            first = min(g)
            for m in g:
                groups.join(m, first)
    others = sorted(apart - {doc_id})
    texts.read_digits([*cands, *others, doc_id])
    for a in others:                       # the saved file's old group, without it
        for b in sorted(candidates(db, a) & readable & apart - {doc_id}):
            if a < b and a in readable and groups.root(a) != groups.root(b) and texts.same(a, b) is not None:
                groups.join(a, b)
    if doc_id in readable:
        for c in sorted(cands & readable):
            if groups.root(c) != groups.root(doc_id) and texts.same(doc_id, c) is not None:
                groups.join(doc_id, c)
    changed = []
    for group in groups.components():
        changed += _assign(db, [docs[i] for i in group], texts, doc_id)
    return sorted(i for i in set(changed) if i != doc_id and i in readable)


def _assign(db, group: list[dict], texts: _Texts, saved: int) -> list[int]:
    """Write same_as / same_similarity for one group; returns the ids that became or stopped being
    the primary. A file's similarity to its primary is computed again only when one of the two changed."""
    group = sorted(group, key=primary_key)
    primary = group[0]
    changed = []
    for d in group:
        same_as = None if d is primary else primary["id"]
        if same_as is None:
            sim = None
        elif d["same_as"] == same_as and d["id"] != saved and primary["id"] != saved \
                and d["same_similarity"] is not None:
            sim = d["same_similarity"]
        else:
            sim = round(texts.similarity(d["id"], primary["id"]), 4)
        if d["same_as"] != same_as or d["same_similarity"] != sim:
            update_row(db, "documents", d["id"], {"same_as": same_as, "same_similarity": sim})
        # another file that only moves to a new primary keeps what its checks gave (nothing): when
        # a template's copies arrive largest first, most of a big group moved at each new primary
        if (d["same_as"] is None) != (same_as is None):
            changed.append(d["id"])
    return changed
