"""The accuracy floors the issues set, measured with ../shared/eval/score.py on the demo corpus.

Each seed exists as .txt, .docx and .pdf in corpus/; the scorer prints a line per format and the
floors hold for each. Skipped when ../shared (the scorer and the gold) is absent.
"""
import json
import re
import subprocess
import sys

import pytest

from conftest import CORPUS, shared_path
from extractor.batch import run_batch

FLOORS = {"legal_refs": 0.98, "percentages": 0.98, "ratios": 0.95, "counts": 0.90, "indicators": 0.90}


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    scorer = shared_path("eval", "score.py")
    gold = shared_path("gold", "seeds")
    db = tmp_path_factory.mktemp("scores") / "seeds.db"
    run_batch([CORPUS], db)
    out = subprocess.run([sys.executable, str(scorer), str(db), str(gold), "--json"],
                         capture_output=True, text=True, check=True).stdout
    per_format = {m.group(1): dict((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", m.group(2)))
                  for m in re.finditer(r"^\s+\.(\w+)\s+(.*)$", out, flags=re.M)}
    summary = json.loads([line for line in out.splitlines() if line.startswith("{")][-1])
    return per_format, summary


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("category", sorted(FLOORS))
def test_seed_floor_per_format(scored, fmt, category):
    per_format, _ = scored
    assert per_format[fmt][category] >= FLOORS[category], f"{category} F1 on .{fmt}: {per_format[fmt]}"


def test_reference_dates_and_document_fields(scored):
    _, summary = scored
    assert summary["ref_dates"] >= 0.95
    assert summary["document_fields"] >= 0.90
    assert summary["missing_documents"] == []
