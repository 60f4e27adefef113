"""Stage 6, check: indicators matched to the target catalogue (catalogue.py, matching.py) and checked
against their targets and their own arithmetic (checks.py). `run_checks(db, doc_ids)`."""
from extractor.check.checks import run_checks

__all__ = ["run_checks"]
