"""chitieu: indicators, targets, quantities and legal references from Vietnamese government reports."""
import sys

__version__ = "0.1.0"

# sqlite-utils imports numpy when it is imported, only to name numpy's number types as column types;
# chitieu stores no numpy value. Imported here with numpy hidden, before any module of ours imports it,
# a run that finds every file unchanged starts without numpy (0.13 of its 0.3 CPU s); numpy is
# imported where a text is first hashed (normalize.fingerprint).
if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None           # `import numpy` raises ImportError, which sqlite-utils expects
    try:
        import sqlite_utils               # noqa: F401
    finally:
        del sys.modules["numpy"]
