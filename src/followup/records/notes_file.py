"""The notes of a round as a small YAML document, for editing in the user's editor.

    notes:            # the round's notes (records.md: notes)
      questions: [...]
      went_well: [...]
      missed: [...]
      moments: [...]
      signals: [...]
    interviewers:     # per person met, by name: what you talked about
      Maria Lopez:
        topics: [...]
        moments: [...]
        questions: [...]

`notes_text` writes it, `read_notes_text` reads it back. Unknown keys,
people who are not in the round and values that are not lists of text are
a `RecordError` of one line naming the key and the line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from followup.model import Round
from followup.records.source import Path, describe, error_at, read_mapping

ROUND_KEYS = ("questions", "went_well", "missed", "moments", "signals")
PERSON_KEYS = ("topics", "moments", "questions")


@dataclass(frozen=True)
class NotesEdit:
    """The notes as read back: the round's and each named person's lists, by key.

    Only the keys the document names are here: a key left out keeps its notes.
    """

    round: dict[str, tuple[str, ...]]
    people: dict[str, dict[str, tuple[str, ...]]]


def notes_text(record: Round, title: str) -> str:
    """The notes of `record` as an editable YAML document headed by comments."""
    data: dict[str, Any] = {
        "notes": {key: list(getattr(record.notes, key)) for key in ROUND_KEYS},
        "interviewers": {
            person.name: {key: list(getattr(person, key)) for key in PERSON_KEYS}
            for person in record.interviewers
        },
    }
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)
    header = (
        f"# Notes of {title}.\n"
        "# One item per line (- like this). Save and close to keep them;\n"
        "# close without saving to change nothing.\n"
    )
    return header + body


def read_notes_text(text: str, record: Round, origin: str) -> NotesEdit:
    """The notes in `text`, checked against the people of `record`."""
    document = read_mapping(text, origin, what="the notes", allow_empty=False)

    def fail(path: Path, problem: str) -> Exception:
        return error_at(origin, path, document.line(path), problem)

    for key in document.data:
        if key not in ("notes", "interviewers"):
            raise fail((key,), "unknown key (expected notes or interviewers)")
    round_data = _mapping(document.data.get("notes"), ("notes",), fail)
    lists = {key: _texts(value, ("notes", key), fail) for key, value in round_data.items()}
    for key in lists:
        if key not in ROUND_KEYS:
            raise fail(("notes", key), f"unknown key (expected one of: {', '.join(ROUND_KEYS)})")
    people: dict[str, dict[str, tuple[str, ...]]] = {}
    given = _mapping(document.data.get("interviewers"), ("interviewers",), fail)
    for name, notes in given.items():
        where: Path = ("interviewers", name)
        person = record.interviewer(name)
        if person is None:
            met = ", ".join(p.name for p in record.interviewers)
            raise fail(where, f"{name!r} is not one of the people met ({met})")
        entries = _mapping(notes, where, fail)
        for key in entries:
            if key not in PERSON_KEYS:
                expected = ", ".join(PERSON_KEYS)
                raise fail((*where, key), f"unknown key (expected one of: {expected})")
        people[person.name] = {
            key: _texts(entries.get(key), (*where, key), fail) for key in entries
        }
    return NotesEdit(lists, people)


Fail = Callable[[Path, str], Exception]


def _mapping(value: Any, path: Path, fail: Fail) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise fail(path, f"expected a mapping (key: value), not {describe(value)}")
    return value


def _texts(value: Any, path: Path, fail: Fail) -> tuple[str, ...]:
    """A list of non-blank texts (a single text is a list of one; null is empty)."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    texts = []
    for index, item in enumerate(items):
        if isinstance(item, dict | list | bool):
            raise fail((*path, index), f"expected text, not {describe(item)}")
        text = " ".join(str(item).split())
        if text:
            texts.append(text)
    return tuple(dict.fromkeys(texts))
