"""Shared fixtures. `../shared` (beside the repo) holds third-party material that is never committed:
tests that need it skip cleanly when it is absent, as on a user's clone."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)}")
    return path


@pytest.fixture
def shared():
    return shared_path
