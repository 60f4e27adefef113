"""The README cannot go stale: every command is documented, the quick-start commands exist."""
import re

from click.testing import CliRunner

from conftest import ROOT
from extractor.cli.main import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=""):
    for name, cmd in group.commands.items():
        yield f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, f"{prefix}{name} ")


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands(cli) if f"chitieu {c}" not in README]
    assert missing == []


def test_every_command_has_help_with_an_example():
    for name in _commands(cli):
        result = CliRunner().invoke(cli, name.split() + ["--help"])
        assert result.exit_code == 0, name
        cmd = cli
        for part in name.split():
            cmd = cmd.commands[part]
        if not hasattr(cmd, "commands"):
            assert "Example" in result.output, f"chitieu {name} --help has no example"


def test_quick_start_commands_are_the_setup_script_actions():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^(bash scripts/setup\.sh \w+)", quick, flags=re.M)
    assert commands == ["bash scripts/setup.sh demo", "bash scripts/setup.sh test"]
    script = (ROOT / "scripts" / "setup.sh").read_text()
    assert "demo)" in script and "test)" in script
    assert "bash scripts/setup.sh test" in (ROOT / ".ci" / "run").read_text()


def test_every_table_of_the_schema_is_documented():
    from extractor.store.database import SCHEMA
    missing = [t for t in SCHEMA if f"`{t}`" not in README]
    assert missing == []
