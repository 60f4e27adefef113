"""The `chitieu` command line: the group and every verb, registered here by plain imports."""
from extractor.cli.catalogue import catalogue, check, report
from extractor.cli.main import cli
from extractor.cli.query import export, query, serve
from extractor.cli.review import correct, corrections, review

for _command in (catalogue, check, report, query, export, serve, review, correct, corrections):
    cli.add_command(_command)

__all__ = ["cli"]
