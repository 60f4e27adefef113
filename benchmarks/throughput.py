"""Benchmark: time per stage and per format over a folder, in one process.

    python benchmarks/throughput.py corpus/ [../shared/corpus]

Prints, per format, files, characters, seconds in read+normalise+segment and in the extract/link
stages, and characters per second. (Process start-up and imports are paid once and reported apart.)
"""
import sys
import time
from collections import defaultdict
from pathlib import Path

from extractor.batch import collect
from extractor.errors import ChitieuError
from extractor.pipeline import Extraction, _run, _stage, load_document
from extractor.read import supported

STAGES = [("entities", "extract_entities"), ("metadata", "extract_metadata"), ("quantities", "extract_quantities"),
          ("legal_refs", "extract_legal_refs"), ("indicators", "extract_indicators")]


def stage_args(name, doc, segs, result):
    return {"metadata": (doc,), "legal_refs": (doc, segs, result.meta),
            "indicators": (doc, segs, result.quantities, result.meta)}.get(name, (doc, segs))


def _warm_up():
    from extractor.model import RawBlock, RawDocument
    from extractor.normalize.document import normalize_document
    from extractor.segment.sentences import segment_document

    doc = normalize_document(RawDocument("txt", [RawBlock("paragraph", "Bộ Nội vụ: tỷ lệ đạt 93,6% theo "
                                                 "Nghị định số 42/2022/NĐ-CP, một câu đủ dài để tách câu.")]), "warm")
    segs = segment_document(doc)
    result = Extraction(document=doc, segments=segs)
    for mod, fn in STAGES:
        _run(result, mod, _stage(mod, fn), *stage_args(mod, doc, segs, result))


def main(paths):
    t0 = time.perf_counter()
    _warm_up()                                  # lazy imports (spaCy, underthesea) counted apart
    warm = time.perf_counter() - t0
    totals = defaultdict(lambda: defaultdict(float))
    for item in collect(paths, Path("/tmp")):
        if not supported(item.file):
            continue
        fmt = item.file.suffix.lstrip(".").lower()
        t = time.perf_counter()
        try:
            doc, segs = load_document(item.file)
        except ChitieuError:
            totals[fmt]["errors"] += 1
            continue
        totals[fmt]["read"] += time.perf_counter() - t
        result = Extraction(document=doc, segments=segs)
        for mod, fn in STAGES:
            t = time.perf_counter()
            out = _run(result, mod, _stage(mod, fn), *stage_args(mod, doc, segs, result))
            setattr(result, {"metadata": "meta"}.get(mod, mod), out if out is not None else getattr(result, {"metadata": "meta"}.get(mod, mod)))
            totals[fmt][mod] += time.perf_counter() - t
        totals[fmt]["files"] += 1
        totals[fmt]["chars"] += len(doc.text)
    print(f"imports: {warm:.2f} s")
    cols = ["files", "chars", "read"] + [m for m, _ in STAGES]
    print(f"{'format':7s}" + "".join(f"{c:>12s}" for c in cols) + f"{'chars/s':>12s}")
    for fmt, row in sorted(totals.items()):
        secs = sum(row[c] for c in cols[2:])
        print(f"{fmt:7s}" + "".join(f"{row[c]:12.0f}" if c in ('files', 'chars') else f"{row[c]:12.2f}" for c in cols)
              + f"{row['chars'] / secs if secs else 0:12.0f}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["corpus"])
