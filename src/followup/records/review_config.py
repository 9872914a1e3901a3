"""Read a reviewer config file: rules switched off or re-graded, and the user's dictionary.

    rules:
      overly-familiar: off        # off | info | warning | error
      too-long: info
    dictionary: [Halvorsen, dbt]  # words that are right as written
    dictionary_file: words.txt    # one word per line, relative to this file

Every problem is a `RecordError` naming the key and its line.
"""

from __future__ import annotations

import pathlib
from dataclasses import dataclass, field
from typing import Any

from followup.records.load import read_record_bytes
from followup.records.source import Document, describe, error_at, read_mapping
from followup.review import RULES, Severity

KEYS = ("rules", "dictionary", "dictionary_file")
LEVELS = {"off": None, **{severity.value: severity for severity in Severity}}


@dataclass(frozen=True)
class ReviewConfig:
    rules: dict[str, Severity | None] = field(default_factory=dict)
    dictionary: frozenset[str] = frozenset()


def load_review_config(path: pathlib.Path) -> ReviewConfig:
    origin = str(path)
    document = read_mapping(
        read_record_bytes(path), origin, what="reviewer settings", allow_empty=True
    )
    for key in document.data:
        if key not in KEYS:
            raise _error(
                document, (key,), f"unknown key {key!r} (expected one of: {', '.join(KEYS)})"
            )
    rules = _rules(document)
    words = set(_words(document, document.data.get("dictionary") or [], ("dictionary",)))
    if document.data.get("dictionary_file"):
        words |= _dictionary_file(document, path.parent)
    return ReviewConfig(rules, frozenset(words))


def _error(document: Document, where: tuple[str | int, ...], problem: str) -> Exception:
    return error_at(document.origin, where, document.line(where), problem)


def _rules(document: Document) -> dict[str, Severity | None]:
    given = document.data.get("rules") or {}
    if not isinstance(given, dict):
        raise _error(document, ("rules",), f"expected a mapping of rule ids, not {describe(given)}")
    known = {rule.id for rule in RULES}
    levels: dict[str, Severity | None] = {}
    for rule_id, level in given.items():
        if rule_id not in known:
            raise _error(
                document, ("rules", rule_id), f"unknown rule {rule_id!r} (see 'followup rules')"
            )
        word = str(level).lower() if level is not False else "off"
        if word not in LEVELS:
            problem = f"expected off, info, warning or error, not {describe(level)}"
            raise _error(document, ("rules", rule_id), problem)
        levels[rule_id] = LEVELS[word]
    return levels


def _words(document: Document, value: Any, where: tuple[str | int, ...]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise _error(document, where, f"expected a list of words, not {describe(value)}")
    return [word.strip() for word in value if word.strip()]


def _dictionary_file(document: Document, base: pathlib.Path) -> set[str]:
    name = document.data["dictionary_file"]
    if not isinstance(name, str):
        raise _error(document, ("dictionary_file",), f"expected a file name, not {describe(name)}")
    path = base / name
    text = read_record_bytes(path).decode("utf-8", errors="replace")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
