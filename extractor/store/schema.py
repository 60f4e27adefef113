"""The database schema: every table, its columns and types (a public contract, see README "Database").

Later versions add tables and columns, never rename. Kept apart from the writes (database.py) so the
views (views.py) can read it without importing the writer.
"""
from __future__ import annotations

PROV = {
    "document_id": int, "block_id": int, "page": int, "row": int, "col": int,
    "start": int, "end": int, "text": str, "rule": str, "ocr": int,
    # PDFs: the value's bounding box on its page, in PDF points from the page's top-left (pdfplumber)
    "x0": float, "top": float, "x1": float, "bottom": float,
}

SCHEMA: dict[str, dict] = {
    "documents": {
        "columns": {
            "id": int, "path": str, "sha256": str, "format": str, "status": str, "error": str,
            "pages": int, "doc_type": str, "number": str, "symbol": str, "issuer": str,
            "province": str, "place": str, "issued_date": str, "title": str, "signer": str,
            "recipients": str, "parent_doc_type": str, "parent_number": str, "parent_symbol": str,
            "parent_issuer": str, "parent_date": str, "meta_source": str, "extractor_version": str,
            "size": int, "ocr": int, "chars": int, "blocks": int, "warnings": str,
            "extracted_at": str, "seconds": float, "checked_at": str,
            "duplicate_of": int,
            # the file's modification time (st_mtime_ns) when read: with `size`, a re-run takes a file
            # whose both are unchanged as unchanged without hashing it (NULL: an archive's member)
            "mtime_ns": int,
            # one document in several files (store/same_document.py): the primary file's id, and
            # how alike the texts are (0..1); NULL for a primary or a file alone
            "same_as": int, "same_similarity": float,
            # last: a text longer than a page spills onto overflow pages, and SQLite walks them to
            # reach any column stored after it (each regrouping's and each view's same_as, a re-run's
            # checked_at). A database made before keeps its order: columns are read and written by name.
            "text": str,
        },
        "pk": "id",
    },
    "blocks": {
        "columns": {
            "id": int, "document_id": int, "idx": int, "kind": str, "page": int, "start": int,
            "end": int, "text": str, "ocr": int, "level": int, "source": str, "n_rows": int,
            "n_cols": int, "section": str,
        },
        "pk": "id",
    },
    "cells": {
        "columns": {
            "id": int, "document_id": int, "block_id": int, "row": int, "col": int, "rowspan": int,
            "colspan": int, "page": int, "start": int, "end": int, "text": str, "is_header": int,
        },
        "pk": "id",
    },
    "quantities": {
        "columns": {
            "id": int, **PROV, "kind": str, "value": float, "high": float, "numerator": float,
            "denominator": float, "unit": str, "comparator": str, "subject": str, "context": str,
            "footnote": str, "uncertain": str, "stated_percent": float,
            # 'low' | 'high': a count at one end of a range row of counted things (left out of what people read)
            "range_end": str,
        },
        "pk": "id",
    },
    "legal_refs": {
        "columns": {
            "id": int, **PROV, "kind": str, "number": str, "year": int, "symbol": str, "issuer": str,
            "issued_date": str, "date_text": str, "key": str, "relation": str, "repaired": int,
            "title": str, "mentions": int,
        },
        "pk": "id",
    },
    "legal_ref_mentions": {
        "columns": {"id": int, "legal_ref_id": int, **PROV},
        "pk": "id",
    },
    "indicators": {
        "columns": {
            "id": int, **PROV, "ordinal": str, "label": str, "label_norm": str, "level": str,
            "target_comparator": str, "target_value": float, "target_high": float,
            "target_unit": str, "target_year": int, "target_period": str,
            "actual_comparator": str, "actual_value": float, "actual_unit": str,
            "actual_period": str, "status": str, "status_norm": str, "achieved": int,
            "lower_is_better": int, "source_ref": str, "target_prov": str, "actual_prov": str,
            "quantity_ids": str, "confidence": float,
            "catalogue_id": str, "match_score": float, "runner_up_id": str, "runner_up_score": float,
            "family_id": str,
            # JSON: how the match was made when it came from a cited plan (check/plans.py): the cited
            # document, its reference, the label similarity, the national entry it would have had
            "match_evidence": str,
        },
        "pk": "id",
    },
    "entities": {
        "columns": {"id": int, **PROV, "label": str, "name": str, "successor": str},
        "pk": "id",
    },
    "families": {
        # indicators measuring the same thing across documents (check/families.py): id = 'F' +
        # hash of key (normalised label | unit | level), stable across re-extractions
        "columns": {"id": str, "key": str, "label": str, "label_norm": str, "unit": str, "level": str},
        "pk": "id",
    },
    "catalogue": {
        "columns": {
            "id": str, "source": str, "source_key": str, "source_date": str, "indicator": str,
            "aliases": str, "unit": str, "comparator": str, "value": float, "high": float,
            "year": int, "period": str, "level": str, "applies_to": str, "evidence": str,
            "confidence": str, "file": str,
            # 'curated' (patterns/catalogue/*.yaml) or 'extracted' (a target of a plan, decision,
            # resolution … in the database: check/plans.py), with that document and indicator
            "origin": str, "document_id": int, "indicator_id": int,
        },
        "pk": "id",
    },
    "checks": {
        "columns": {
            "id": int, "document_id": int, "indicator_id": int, "quantity_id": int, "kind": str,
            "severity": str, "message": str, "message_en": str, "expected": str, "found": str,
            "catalogue_id": str, "block_id": int, "page": int, "start": int, "end": int,
            "text": str, "rule": str,
        },
        "pk": "id",
    },
    "corrections": {
        "columns": {
            "id": int, "table_name": str, "document_sha256": str, "document_path": str,
            "row_key": str, "field": str, "old_value": str, "new_value": str, "action": str,
            "reviewer": str, "note": str, "created_at": str,
            # the content anchor (store/corrections.py): the item's kind, its text and some context
            "anchor_kind": str, "anchor_text": str, "anchor_before": str, "anchor_after": str,
            "anchor_start": int, "anchor_end": int,
            "resolves": int,   # action 'resolve': the stale correction a reviewer has dealt with
        },
        "pk": "id",
    },
    # Where each correction applies in the database as it is now: rewritten for a document every
    # time it is extracted (re-anchoring); `corrections` itself is append-only.
    "correction_anchors": {
        "columns": {
            "id": int, "correction_id": int, "table_name": str, "document_id": int, "row_id": int,
            "status": str, "method": str, "message": str, "anchored_at": str,
        },
        "pk": "id",
    },
    # MinHash bands of each document's text (normalize/fingerprint.py): how files of one document
    # in several formats find each other through an index
    "text_bands": {
        "columns": {"id": int, "document_id": int, "band": str},
        "pk": "id",
    },
    # each document's figures, the runs of digits in its text and a digest of its letters
    # (normalize/fingerprint.py): two candidate files compared from a few kilobytes, not their texts
    "text_figures": {
        "columns": {"id": int, "document_id": int, "figures": str, "digit_runs": str, "letters_digest": str},
        "pk": "id",
    },
    "runs": {
        "columns": {
            "id": int, "started_at": str, "finished_at": str, "command": str,
            "extractor_version": str, "documents": int, "processed": int, "skipped": int,
            "errors": int, "seconds": float, "stats": str, "status": str, "pid": int,
        },
        "pk": "id",
    },
}

# Tables whose rows belong to one document and are replaced when it is re-extracted.
DOCUMENT_TABLES = ("blocks", "cells", "quantities", "legal_ref_mentions", "legal_refs", "indicators", "checks",
                   "entities", "text_bands", "text_figures")

# Every lookup made once per document or per figure goes through one of these, so its cost does not
# grow with the archive (tests/test_store_indexes.py reads the query plans): the checks look up a
# table's header cells by block and row (cells.block_id, row: a figure reads the rows above it, not
# the whole table — a 20,000-cell annex took 2 s) and the blocks just above a table (document_id, idx).
INDEXES = [
    ("documents", ["path"], True), ("documents", ["sha256"], False),
    *[(t, ["document_id"], False) for t in DOCUMENT_TABLES],
    ("legal_refs", ["key"], False), ("indicators", ["catalogue_id"], False),
    ("indicators", ["family_id"], False),
    ("checks", ["kind"], False), ("corrections", ["table_name", "row_key"], False),
    ("corrections", ["document_path"], False), ("correction_anchors", ["table_name", "row_id"], False),
    ("correction_anchors", ["correction_id"], False), ("correction_anchors", ["document_id"], False),
    ("cells", ["block_id", "row"], False), ("blocks", ["document_id", "idx"], False),
    ("documents", ["number"], False), ("documents", ["same_as"], False),
    # a band's documents read from the index alone: finding a saved file's candidates (same_document.py)
    # read each of them from the table, one of the costs of a save that grows with the archive
    ("text_bands", ["band", "document_id"], False),
]

# Indexes that no statement of a batch reads (tests/test_store_indexes.py reads the plans): the
# users' look-ups by catalogue entry, family, reference key and check kind, and blocks by document
# alone (the batch's go through blocks (document_id, idx)). A batch into a new database builds them
# once when it ends instead of writing each row into them (database.defer_indexes). Not
# documents.number: the checks resolve the documents a report cites through it.
LATE_INDEXES = [("blocks", ["document_id"]), ("indicators", ["catalogue_id"]), ("indicators", ["family_id"]),
                ("legal_refs", ["key"]), ("checks", ["kind"])]
