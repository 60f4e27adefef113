"""Shared fixtures. `../shared` (beside the repo) holds third-party material that is never committed:
tests that need it skip cleanly when it is absent, as on a user's clone."""
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)}")
    return path


@pytest.fixture
def shared():
    return shared_path


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright for Python (nothing downloaded), one per test module."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python (the test extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()
