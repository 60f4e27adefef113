"""Stage 4, extract: what a document says, each with its provenance.

quantities.py (percentages, counts, ratios, money, measures; numbers.py reads the numbers),
legal_refs.py (cited documents; dates.py, doc_types.py), metadata.py (the document's own number,
issuer, date, province; provinces.py), entities.py (agencies, systems, provinces with spaCy),
periods.py (years and periods, read by the link stage). The pipeline calls each extractor itself so
that one failing extractor costs only its own rows.
"""
