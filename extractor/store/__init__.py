"""Stage 7, store: the SQLite database (schema.py, database.py), its views (views.py), canned
queries (queries.py), exports (export.py) and the names people read (labels.py)."""
from extractor.store.database import open_db

__all__ = ["open_db"]
