"""The target catalogue: files load and validate, carry the draft's rows, land in the database, and
the CLI commands work."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from extractor.store import database as store
from extractor.check.catalogue import (CATALOGUE_DIR, conflict_groups, ensure_loaded, load_catalogue, load_into_db,
                                 parse_catalogue)
from extractor.cli.main import cli
from extractor.errors import PatternError

DRAFT = Path(__file__).resolve().parents[2] / "shared" / "catalogue" / "catalogue_draft.csv"


def test_catalogue_loads_with_unique_ids_and_one_file_per_source():
    cat = load_catalogue()
    assert len(cat) >= 150
    assert len({e.id for e in cat}) == len(cat)
    by_file: dict[str, set[str]] = {}
    for e in cat:
        by_file.setdefault(e.file, set()).add(e.source.label)
    assert all(len(labels) == 1 for labels in by_file.values()), by_file


@pytest.mark.skipif(not DRAFT.exists(), reason="../shared/catalogue absent")
def test_every_draft_row_is_in_the_catalogue_with_its_value_and_evidence_tags():
    cat = load_catalogue()
    with open(DRAFT, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        e = cat.get(row["id"])
        assert e.value == float(row["target_value"]), row["id"]
        head = row["evidence"].split(" ")[0]
        for tag in ("SEED+NEWS", "CONFLICT-C1", "EN-ONLY", "CODE"):
            if f"[{tag}]" in head:
                assert tag in e.evidence_tags, (row["id"], e.evidence_tags)


@pytest.mark.parametrize("entry_id, source, comparator, value, year, levels", [
    ("NQ17-02", "NQ 17/NQ-CP", ">=", 20, 2020, {"bộ", "địa phương"}),
    ("NQ17-26", "NQ 17/NQ-CP", ">", 80, 2025, {"bộ", "địa phương"}),
    ("NQ17-30c", "NQ 17/NQ-CP", ">=", 60, 2025, {"xã"}),
    ("NQ02-02", "NQ 02/NQ-CP", ">=", 50, 2025, {"bộ", "địa phương"}),
    ("Q749-04", "QĐ 749/QĐ-TTg", "<=", 70, 2025, {"quốc gia"}),
    ("BTTTT-05", "Bộ TTTT (DVCTT toàn trình 2024-2025)", ">=", 70, 2025, {"địa phương"}),
    ("Q766-T3.3", "QĐ 766/QĐ-TTg", ">=", 50, None, {"bộ", "tỉnh", "xã"}),
])
def test_entries(entry_id, source, comparator, value, year, levels):
    e = load_catalogue().get(entry_id)
    assert (e.source.label, e.comparator, e.value, e.year, set(e.level)) == (source, comparator, value, year, levels)


def test_periods():
    cat = load_catalogue()
    assert cat.get("NQ17-02").covers_year(2020) and not cat.get("NQ17-02").covers_year(2025)
    assert cat.get("NQ17-27").covers_year(2025) and not cat.get("NQ17-27").covers_year(2020)
    assert cat.get("Q766-T3.3").covers_year(2025)          # 'từ 01/8/2022': open-ended
    assert cat.get("BTTTT-10").covers_year(2025) is None    # 'hằng năm'


def test_conflicts_pair_sources_that_disagree():
    groups = conflict_groups(load_catalogue())
    assert [o.id for o in groups["NQ17-27"]] == ["AG-01"]
    assert {"Q942-10c", "AG-14"} <= {o.id for o in groups["NQ17-30c"]}
    assert [o.id for o in groups["NQ02-02"]] == ["Q766-T4.3"]
    assert "NQ17-16a" not in groups          # one source's suspicion (C2), not two sources


def _write(tmp_path: Path, entry: dict, source: dict | None = None) -> Path:
    d = tmp_path / "cat"
    d.mkdir(exist_ok=True)
    data = {"version": 1, "source": source or {"kind": "Nghị quyết", "number": "9", "symbol": "NQ-CP", "role": "target"},
            "entries": [entry]}
    (d / "bad.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return d


GOOD = {"id": "X-01", "indicator": "Tỷ lệ hồ sơ", "unit": "%", "comparator": ">=", "value": 50, "year": 2025}


@pytest.mark.parametrize("change, message", [
    ({"comparator": "đạt"}, "comparator must be one of"),
    ({"value": "50%"}, "value must be a number"),
    ({"value": None}, "missing value"),
    ({"comparator": "range"}, "a range needs value and high"),
    ({"level": ["tinh"]}, "level must be among"),
    ({"year": 25}, "year must be a year"),
    ({"indicator": ""}, "missing indicator wording"),
    ({"conflicts_with": ["NOPE-1"]}, "unknown entry NOPE-1"),
])
def test_validation_names_file_and_entry(tmp_path, change, message):
    d = _write(tmp_path, {**GOOD, **change})
    with pytest.raises(PatternError) as err:
        parse_catalogue(d)
    assert "catalogue/bad.yaml: entry X-01" in str(err.value) and message in str(err.value)


def test_validation_of_source_and_duplicates(tmp_path):
    d = _write(tmp_path, GOOD, {"kind": "Nghị quyết", "role": "law"})
    with pytest.raises(PatternError, match="bad.yaml: source: role must be"):
        parse_catalogue(d)
    d = _write(tmp_path, GOOD)
    (d / "dup.yaml").write_text((d / "bad.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PatternError, match="duplicate id"):
        parse_catalogue(d)


def test_load_into_db_and_ensure_loaded(tmp_path):
    db = store.open_db(tmp_path / "c.db")
    n = load_into_db(db)
    assert db["catalogue"].count == n == len(load_catalogue())
    row = db["catalogue"].get("NQ17-27")
    assert (row["source"], row["value"], row["period"], row["file"]) == ("NQ 17/NQ-CP", 50.0, "2021-2025", "nq17_2019.yaml")
    db.execute("update catalogue set value = 1 where id = 'NQ17-27'")
    ensure_loaded(db)
    assert db["catalogue"].get("NQ17-27")["value"] == 50.0


def test_cli_catalogue_commands(tmp_path):
    runner = CliRunner()
    out = runner.invoke(cli, ["catalogue", "list", "--source", "NQ 01", "--year", "2025"])
    assert out.exit_code == 0 and out.output.count("\n") == 11 and "NQ01-04" in out.output
    out = runner.invoke(cli, ["catalogue", "show", "NQ17-27"])
    assert out.exit_code == 0 and "AG-01" in out.output and "2021-2025" in out.output
    assert runner.invoke(cli, ["catalogue", "show", "NOPE"]).exit_code != 0
    out = runner.invoke(cli, ["catalogue", "validate"])
    assert out.exit_code == 0 and "conflict NQ17-27" in out.output
    db = tmp_path / "c.db"
    out = runner.invoke(cli, ["catalogue", "load", "--db", str(db)])
    assert out.exit_code == 0 and str(len(load_catalogue())) in out.output


def test_cli_check_and_report(tmp_path):
    from test_checks import seed002_db

    db, doc, _ = seed002_db(tmp_path)
    runner = CliRunner()
    out = runner.invoke(cli, ["check", "--db", str(tmp_path / "t.db")])
    assert out.exit_code == 0, out.output
    assert "target_mismatch" in out.output and "arithmetic" in out.output and "NQ17-27" in out.output
    out = runner.invoke(cli, ["report", "002_271367b9633365e6", "--db", str(tmp_path / "t.db")])
    assert out.exit_code == 0 and "↳ danh mục: NQ17-27" in out.output and "## Kết quả kiểm tra" in out.output
    out = runner.invoke(cli, ["report", str(doc.id), "--db", str(tmp_path / "t.db")])
    assert out.exit_code == 0
    assert runner.invoke(cli, ["report", "nothing-like-it", "--db", str(tmp_path / "t.db")]).exit_code != 0


def test_catalogue_dir_is_in_patterns():
    assert CATALOGUE_DIR.name == "catalogue" and CATALOGUE_DIR.parent.name == "patterns"
