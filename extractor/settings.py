"""Settings read from the environment, each checked when it is read: a value that is not a number
is an error that names the variable, never a traceback or a silent default."""
from __future__ import annotations

import os

from extractor.errors import SettingError


def env_number(name: str, default: float, minimum: float = 0) -> float:
    """The number in environment variable `name` (`default` when unset or empty)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        e = SettingError(f"{name}={raw!r} không phải là số / is not a number")
        e.hint = f"set {name} to a number, e.g. {name}={default:g}, or unset it"
        raise e from None
    if value < minimum:
        e = SettingError(f"{name}={raw!r} phải ≥ {minimum:g} / must be at least {minimum:g}")
        e.hint = f"unset {name} to use the default ({default:g})"
        raise e
    return value
