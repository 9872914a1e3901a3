"""Load an interview record file into a `followup.model.Round`.

Three ways in: a path, text (or bytes) with a name for messages, or data
already parsed (a JSON context), where line numbers are unknown. `source`
reads the text, `schema` checks shapes and values, `convert` builds the
round and checks what spans keys. This module turns pydantic's errors into
one line each: ``origin: path, line N: problem`` (the first in file order).
"""

from __future__ import annotations

import difflib
import pathlib
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from followup.errors import RecordError
from followup.model import Round
from followup.records import convert
from followup.records.schema import EVENT_KINDS, RecordIn, known_keys
from followup.records.source import (
    Document,
    Path,
    describe,
    error_at,
    read_mapping,
    show,
    value_at,
)

MAX_FILE_BYTES = 2_000_000
"""Larger files are refused before parsing: a record is a few kilobytes."""


def load_round(path: pathlib.Path) -> Round:
    """The round recorded in the YAML or JSON file at `path`."""
    return load_round_text(read_record_bytes(path), str(path))


def load_round_text(source: str | bytes, origin: str) -> Round:
    """The round recorded in `source`; `origin` names it in messages (a file name)."""
    document = read_mapping(source, origin)
    return _round(document.data, _Where(document))


def round_from_data(data: Mapping[str, Any], origin: str = "<record>") -> Round:
    """The round in already-parsed data (e.g. a JSON context); messages carry no lines."""
    if not isinstance(data, Mapping):
        raise error_at(origin, (), None, f"expected a mapping (key: value), not {describe(data)}")
    document = Document(data=dict(data), lines={}, origin=origin)
    return _round(document.data, _Where(document))


def read_record_bytes(path: pathlib.Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the file at `path`, or a RecordError saying why it cannot be read."""
    try:
        with path.open("rb") as stream:
            content = stream.read(limit + 1)
    except FileNotFoundError:
        raise error_at(str(path), (), None, "no such file") from None
    except IsADirectoryError:
        raise error_at(str(path), (), None, "is a directory, not a file") from None
    except PermissionError:
        raise error_at(str(path), (), None, "permission denied") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise error_at(str(path), (), None, f"cannot read: {reason}") from None
    if len(content) > limit:
        raise error_at(str(path), (), None, f"larger than {limit} bytes: not a record file")
    return content


class _Where:
    """Turns a path in the document into a one-line error with its line."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def error(self, path: Path, problem: str) -> RecordError:
        return error_at(self.document.origin, path, self.line(path), problem)

    def line(self, path: Path) -> int | None:
        """The line of `path`, else of the closest enclosing value that has one."""
        for size in range(len(path), -1, -1):
            line = self.document.line(path[:size])
            if line is not None:
                return line
        return None


def _round(data: dict[str, Any], where: _Where) -> Round:
    try:
        record = RecordIn.model_validate(data)
    except ValidationError as failure:
        raise _explain(failure, data, where) from None
    return convert.to_round(record, data, where.error)


def _explain(failure: ValidationError, data: dict[str, Any], where: _Where) -> RecordError:
    """The first problem (in file order) of a failed validation, as a RecordError."""
    placed = [(_real_path(detail["loc"], data), detail) for detail in failure.errors()]

    def file_order(item: tuple[Path, ErrorDetails]) -> float:
        line = where.line(item[0])
        return float("inf") if line is None else line

    path, detail = min(placed, key=file_order)
    if detail["type"] in ("union_tag_invalid", "union_tag_not_found"):
        path = (*path, "kind")
    return where.error(path, _problem(detail, path, data))


def _real_path(loc: tuple[int | str, ...], data: Any) -> Path:
    """`loc` without the union tags pydantic inserts (``events[0].sent.to`` → ``events[0].to``)."""
    path: list[int | str] = []
    for index, step in enumerate(loc):
        is_tag = isinstance(data, dict) and step == data.get("kind")
        if is_tag and index < len(loc) - 1:
            continue  # the union member pydantic chose by the event's kind
        path.append(step)
        data = value_at(data, (step,))
    return tuple(path)


def _problem(detail: ErrorDetails, path: Path, data: dict[str, Any]) -> str:
    """Short human words for one pydantic error."""
    kind = detail["type"]
    if kind == "missing":
        holder = value_at(data, path[:-1])
        given = isinstance(holder, dict) and path[-1] in holder
        return "no value given (required)" if given else "missing (required key)"
    if kind == "extra_forbidden":
        return f"unknown key {show(path[-1])}{_suggestion(path)}"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        tag = value_at(data, path)
        expected = ", ".join(EVENT_KINDS)
        if tag is None:
            return f"missing (required key: one of {expected})"
        return f"unknown event kind {show(tag)} (expected one of: {expected})"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, not {describe(detail.get('input'))}"
    message = " ".join(detail["msg"].split())
    return message[:1].lower() + message[1:]


_EXPECTED = {
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "string_type": "text",
    "list_type": "a list",
    "dict_type": "a mapping (key: value)",
    "model_type": "a mapping (key: value)",
    "model_attributes_type": "a mapping (key: value)",
}


def _suggestion(path: Path) -> str:
    """`` (did you mean 'x'?)`` for an unknown key close to a known one."""
    close = difflib.get_close_matches(str(path[-1]), known_keys(path[:-1]), n=1, cutoff=0.8)
    return f" (did you mean {close[0]!r}?)" if close else ""
