"""The README's `chitieu …` examples run as written, in a folder laid out like a fresh clone after
the demo (corpus/ beside output/chitieu.db). `serve` without --get would start a server: its
examples are exercised by test_serve.py and test_browser.py instead (`review`: test_review*.py)."""
from __future__ import annotations

import re
import shlex
import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT
from corpus_db import copy_of, corpus_db
from extractor.cli.main import cli


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", text, flags=re.S)
    lines = [ln.strip() for b in blocks for ln in b.splitlines()]
    servers = ("chitieu serve", "chitieu review")      # they would start a server: see their own tests
    return [ln for ln in lines if ln.startswith("chitieu ") and not ln.startswith(servers)]


def test_the_readme_has_examples():
    assert len(readme_examples()) >= 4


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    root = tmp_path_factory.mktemp("clone")
    shutil.copytree(ROOT / "corpus", root / "corpus")
    (root / "output").mkdir()
    copy_of(corpus_db(tmp_path_factory), root / "output" / "chitieu.db")
    return root


@pytest.mark.parametrize("line", readme_examples())
def test_readme_example_runs(clone, line, monkeypatch):
    monkeypatch.chdir(clone)
    args = shlex.split(line, comments=True)[1:]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, f"{line}\n{result.output}"
    if args[0] == "query":
        assert result.output.strip()
