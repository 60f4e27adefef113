"""Indicator families: the same measure across documents grouped under a stable id, without a
catalogue; provinces under today's units in the family views."""
from __future__ import annotations


import pytest

from extractor.check.families import assign_families, family_id, family_key, normalise_label
from extractor.store.database import open_db
from corpus_db import copy_of, corpus_db


@pytest.mark.parametrize("a, b", [
    ("Tỷ lệ hồ sơ giải quyết trực tuyến", "tỷ lệ hồ sơ giải quyết trực tuyến"),
    ("Tỷ lệ hồ sơ giải quyết trực tuyến (%)", "Tỷ lệ hồ sơ giải quyết trực tuyến"),
    ("Tỉ lệ hồ sơ giải quyết trực tuyến:", "Tỉ lệ hồ sơ giải quyết trực tuyến"),
    ("Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"),
    ("Số hoá hồ sơ", "Số hóa hồ sơ"),          # old and new tone placement
])
def test_same_measure_same_key(a, b):
    assert family_key(a, "%", "tỉnh") == family_key(b, "%", "tỉnh")


@pytest.mark.parametrize("a, b", [
    (("Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "tỉnh"), ("Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "xã")),
    (("Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "tỉnh"), ("Tỷ lệ hồ sơ giải quyết trực tuyến", "hồ sơ", "tỉnh")),
    (("Hồ sơ công việc được xử lý trên môi trường mạng (không bao gồm hồ sơ mật)", "%", None),
     ("Hồ sơ công việc được xử lý trên môi trường mạng", "%", None)),
])
def test_different_level_unit_or_scope_is_another_family(a, b):
    assert family_id(family_key(*a)) != family_id(family_key(*b))


def test_normalised_label():
    assert normalise_label("  Tỷ lệ DVC trực tuyến (DVC)  ") == "tỷ lệ dvc trực tuyến"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    db = open_db(copy_of(corpus_db(tmp_path_factory), tmp_path_factory.mktemp("fam") / "chitieu.db"))
    yield db
    db.close()


def test_every_indicator_of_the_corpus_belongs_to_a_family(corpus):
    n, with_family, orphans = corpus.execute(
        "select count(*), count(family_id), (select count(*) from indicators i where family_id is not null "
        "and not exists (select 1 from families f where f.id = i.family_id)) from indicators").fetchone()
    assert n > 200 and with_family == n and orphans == 0


def test_the_same_measure_lines_up_across_the_seeds(corpus):
    """The three renderings of a seed (txt, docx, pdf) give the same families: the key does not
    depend on the reader. (One label of seed 004's PDF is cut at a line end by the PDF reader, so
    it forms a family of its own: at least 90% shared, not all.)"""
    rows = corpus.execute("select d.path, count(distinct i.family_id) from indicators i "
                          "join documents d on d.id = i.document_id group by d.path").fetchall()
    by_seed: dict[str, list[set]] = {}
    for path, _ in rows:
        fams = {r[0] for r in corpus.execute("select i.family_id from indicators i join documents d "
                                             "on d.id = i.document_id where d.path = ?", [path])}
        by_seed.setdefault(path.rsplit(".", 1)[0], []).append(fams)
    for seed, sets in by_seed.items():
        common = set.intersection(*sets)
        assert all(len(common) >= 0.9 * len(s) for s in sets), seed


def test_family_ids_survive_re_extraction(corpus, tmp_path):
    """Ids are a hash of the key: recomputing them (as a re-extraction does) changes nothing."""
    before = dict(corpus.execute("select id, family_id from indicators"))
    families = corpus.execute("select count(*) from families").fetchone()[0]
    for (doc_id,) in corpus.execute("select id from documents").fetchall():
        assign_families(corpus, doc_id)
    assert dict(corpus.execute("select id, family_id from indicators")) == before
    assert corpus.execute("select count(*) from families").fetchone()[0] == families


def test_a_document_checked_again_writes_nothing_its_families_have_already(corpus):
    """Checked again (its group's primary changed, a plan it answers was saved), a document whose
    rows carry their families writes no row; rows without one get theirs as before."""
    doc_id, n = corpus.execute("select document_id, count(*) from indicators where family_id is not null "
                               "group by document_id order by count(*) desc limit 1").fetchone()
    before = dict(corpus.execute("select id, family_id from indicators where document_id = ?", [doc_id]))
    changes = corpus.conn.total_changes
    assert assign_families(corpus, doc_id) == n
    assert corpus.conn.total_changes == changes
    first = min(i for i, f in before.items() if f)
    corpus.execute("update indicators set family_id = null where id = ?", [first])
    assert assign_families(corpus, doc_id) == n
    assert dict(corpus.execute("select id, family_id from indicators where document_id = ?", [doc_id])) == before


def test_family_matrix_reports_provinces_under_todays_units(corpus):
    """A document of Hà Giang (merged into Tuyên Quang on 1 July 2025) lines up under Tuyên Quang,
    its own name kept."""
    # any document but An Giang's, whose rows are looked at below (files finish in any order: no 'limit 1' alone)
    doc_id = corpus.execute("select min(i.document_id) from effective_indicators i join documents d on d.id = i.document_id "
                            "where i.family_id is not null and coalesce(d.province, '') != 'An Giang'").fetchone()[0]
    corpus.execute("update documents set province = 'Hà Giang' where id = ?", [doc_id])
    rows = corpus.execute("select distinct province, province_written from family_matrix where document_id = ?",
                          [doc_id]).fetchall()
    assert rows == [("Tuyên Quang", "Hà Giang")]
    kept = corpus.execute("select distinct province, province_written from family_matrix "
                          "where province = 'An Giang'").fetchall()
    assert kept == [("An Giang", "An Giang")]


def test_family_series_counts_results_per_period(corpus):
    fam, period = corpus.execute(
        "select family_id, period from family_matrix where actual_value is not null limit 1").fetchone()
    row = dict(zip(("results", "actual_max"), corpus.execute(
        "select results, actual_max from family_series where family_id = ? and period = ?", [fam, period]).fetchone()))
    want = corpus.execute("select count(actual_value), max(actual_value) from family_matrix "
                          "where family_id = ? and period = ?", [fam, period]).fetchone()
    assert (row["results"], row["actual_max"]) == tuple(want) and row["results"] >= 1
