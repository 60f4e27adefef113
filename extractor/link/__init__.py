"""Stage 5, link: each target and result tied to its label, level and period, in text and tables.
`extract_indicators(doc, segments, quantities, meta)` in indicators.py; figures.py finds the
figures, records.py builds the records, text.py (with the modules it names) and tables.py read prose and
tables, results.py pairs results with targets."""
from extractor.link.indicators import extract_indicators

__all__ = ["extract_indicators"]
