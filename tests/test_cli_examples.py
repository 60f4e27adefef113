"""The examples in `chitieu COMMAND --help` run as written on the corpus database (their --db and
--out pointed into a temporary folder; a shell redirection '> file' becomes stdout)."""
from __future__ import annotations

import shlex

import pytest
from click.testing import CliRunner

from corpus_db import copy_of, corpus_db
from extractor.cli.main import cli

# Not run here: `serve` without --get starts a server (tests/test_serve.py and test_browser.py
# do that), extract is tested by test_batch.
RUNNABLE = ["query", "export", "serve", "check", "report"]


def examples(command: str) -> list[list[str]]:
    out = CliRunner().invoke(cli, [command, "--help"]).output
    lines = [x.strip() for x in out.splitlines() if x.strip().startswith(f"chitieu {command} ")]
    return [shlex.split(x, comments=True)[1:] for x in lines]


def _retarget(args: list[str], tmp, db: str) -> list[str]:
    """--db to the test database, --out (--html, --pdf) into tmp, '> file' dropped (the runner keeps stdout)."""
    out, i = [], 0
    while i < len(args):
        a = args[i]
        if a == ">":
            i += 2
            continue
        if a in ("--db", "--out", "-o", "--html", "--pdf"):
            out += [a, db if a == "--db" else str(tmp / args[i + 1].split("/")[-1])]
            i += 2
            continue
        out.append(a)
        i += 1
    if "--db" not in out:
        out += ["--db", db]
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    # the database's name is 'chitieu' (as in output/chitieu.db), which the --get examples use
    return str(copy_of(corpus_db(tmp_path_factory), tmp_path_factory.mktemp("examples") / "chitieu.db"))


@pytest.mark.parametrize("command", RUNNABLE)
def test_help_examples_run(db, tmp_path, command):
    runs = [a for a in examples(command) if command != "serve" or "--get" in a]
    assert runs, f"chitieu {command} --help shows no runnable example"
    for args in runs:
        result = CliRunner().invoke(cli, _retarget(args, tmp_path, db))
        assert result.exit_code == 0, f"{args}: {result.output[-1000:]}"
        assert result.output.strip(), args
