"""Telling a stored round from a file on the command line (light: no store is loaded)."""

from __future__ import annotations

from pathlib import Path


def names_a_round(target: str) -> bool:
    """Whether TARGET means a stored round: not an existing path, and shaped like a round
    number or slug (letters, digits and hyphens: no dot, no slash)."""
    text = target.strip()
    return bool(text) and not Path(text).exists() and all(c.isalnum() or c == "-" for c in text)
