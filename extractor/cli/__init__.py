"""The `chitieu` command line: the group and every verb, registered here by plain imports."""
import sys

# sqlite-utils imports numpy when it is imported, only to name numpy's number types as column types; the
# command line stores no numpy value. Imported first here with numpy hidden, a run that finds every file
# unchanged starts without numpy (0.13 of its 0.3 CPU s); numpy is imported where a text is first hashed
# (normalize.fingerprint). Only the command's own process: `import extractor` in a user's program leaves
# sqlite-utils as it comes.
if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None           # `import numpy` raises ImportError, which sqlite-utils expects
    try:
        import sqlite_utils               # noqa: F401
    finally:
        del sys.modules["numpy"]

from extractor.cli.catalogue import catalogue, check, report
from extractor.cli.main import cli
from extractor.cli.query import export, query, serve
from extractor.cli.review import correct, corrections, review

for _command in (catalogue, check, report, query, export, serve, review, correct, corrections):
    cli.add_command(_command)

__all__ = ["cli"]
