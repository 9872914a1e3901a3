"""Read a YAML (or JSON) document into plain data, remembering the line of every value.

PyYAML composes the node tree; we walk it ourselves so that:

- every value gets a path (``("interviewers", 1, "start")``) and the 1-based
  line it is written on (for a mapping entry: the line of its key);
- scalars follow the YAML 1.2 core schema: only ``true``/``false`` are
  booleans and only plain decimals are numbers, so ``NO``, ``10:00`` or
  ``0100`` stay text; timestamps stay text too (the schema parses them);
- aliases are expanded under a node budget, so a "billion laughs" document
  fails at once instead of eating memory;
- duplicate keys, non-text keys, merge keys, unknown tags and extra
  documents are errors.

Every problem is a `RecordError` with one line: ``origin: path, line N: problem``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from followup.errors import RecordError

Key = str | int
Path = tuple[Key, ...]

NODE_BUDGET = 20_000
"""Most values one document may hold once aliases are expanded."""

MAX_DEPTH = 64
"""Deepest nesting of lists and mappings we accept."""

_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAG = "tag:yaml.org,2002:"
_DECIMAL = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf")}
_BOM = b"\xef\xbb\xbf"


def format_path(path: Path) -> str:
    """``("interviewers", 1, "start")`` → ``interviewers[1].start``."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text


_LINE_BREAKS = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """`text` with every kind of line break made a space."""
    return _LINE_BREAKS.sub(" ", text)


def error_at(origin: str, path: Path, line: int | None, problem: str) -> RecordError:
    """The one-line error ``origin: path, line N: problem`` (parts omitted when unknown)."""
    place = ", ".join(part for part in (format_path(path), f"line {line}" if line else "") if part)
    return RecordError(
        one_line(f"{origin}: {place}: {problem}" if place else f"{origin}: {problem}")
    )


def show(value: Any, limit: int = 60) -> str:
    """A value as a user wrote it, quoted and cut short for a message."""
    text = repr(value) if isinstance(value, str) else str(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif value is None:
        text = "null"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(value: Any) -> str:
    """What kind of value this is, in words: ``a list``, ``text 'x'``, ``the number 3``."""
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return f"text {show(value)}"
    if isinstance(value, bool) or value is None:
        return show(value)
    if isinstance(value, int | float):
        return f"the number {show(value)}"
    return show(value)


def value_at(data: Any, path: Path) -> Any:
    """The value at `path` in plain data, or None when there is none."""
    for step in path:
        in_mapping = isinstance(data, Mapping) and step in data
        in_list = isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data)
        if not (in_mapping or in_list):
            return None
        data = data[step]
    return data


@dataclass(frozen=True)
class Document:
    """Plain data read from a file, with the line of each path in it."""

    data: dict[str, Any]
    lines: Mapping[Path, int]
    origin: str

    def line(self, path: Path) -> int | None:
        return self.lines.get(path)


def decode(source: str | bytes, origin: str) -> str:
    """Text from UTF-8 bytes (a BOM is allowed), or a RecordError saying where it breaks."""
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    skip = len(_BOM) if source.startswith(_BOM) else 0
    try:
        return source[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skip + error.start
        problem = f"not UTF-8 text (byte 0x{source[offset]:02x} at offset {offset})"
        raise error_at(origin, (), None, problem) from None


def read_mapping(
    source: str | bytes,
    origin: str,
    what: str = "an interview record",
    allow_empty: bool = False,
) -> Document:
    """The one mapping a YAML/JSON document holds, or a RecordError.

    `what` names the expected content in the messages for an empty file or
    a top level that is not a mapping; with `allow_empty`, a file without a
    document (empty, blanks, comments) reads as an empty mapping.
    """
    text = decode(source, origin)
    root = _compose_single(text, origin)
    if root is None and allow_empty:
        return Document(data={}, lines={}, origin=origin)
    if root is None:
        raise error_at(origin, (), None, f"empty file: expected {what}")
    line = root.start_mark.line + 1
    if not isinstance(root, MappingNode):
        found = describe(_Walker(origin).value(root, (), 0))
        raise error_at(origin, (), line, f"expected {what} as a mapping (key: value), not {found}")
    walker = _Walker(origin)
    data = walker.value(root, (), 0)
    return Document(data=data, lines=walker.lines, origin=origin)


def _compose_single(text: str, origin: str) -> Node | None:
    """The node tree of the only document in `text` (None when there is none)."""
    try:
        documents = yaml.compose_all(text, Loader=_LOADER)
        first = next(documents, None)
        second = next(documents, None)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, origin) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        problem = f"unacceptable character U+{error.character:04X} ({error.reason})"
        raise error_at(origin, (), line, problem) from None
    except yaml.YAMLError as error:
        raise error_at(origin, (), None, f"not valid YAML: {error}") from None
    except RecursionError:
        raise error_at(origin, (), None, "nesting too deep") from None
    if second is not None:
        line = second.start_mark.line + 1
        raise error_at(origin, (), line, "a second document starts here; a file holds one")
    return first


def _syntax_error(error: yaml.MarkedYAMLError, origin: str) -> RecordError:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or error.context or "not valid YAML"
    if error.context and error.problem:
        context_line = error.context_mark.line + 1 if error.context_mark else None
        at = f" at line {context_line}" if context_line and mark is not error.context_mark else ""
        problem = f"{problem} ({error.context}{at})"
    if mark is None:
        return error_at(origin, (), None, problem)
    return RecordError(
        one_line(f"{origin}: line {mark.line + 1}, column {mark.column + 1}: {problem}")
    )


class _Walker:
    """Builds plain data from nodes, counting every node it expands."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.lines: dict[Path, int] = {}
        self.count = 0

    def fail(self, path: Path, node: Node, problem: str) -> RecordError:
        return error_at(self.origin, path, node.start_mark.line + 1, problem)

    def fail_near(self, path: Path, problem: str) -> RecordError:
        """An error placed at the top-level key holding `path` (aliases make the rest moot)."""
        return error_at(self.origin, path[:1], self.lines.get(path[:1]), problem)

    def value(self, node: Node, path: Path, depth: int) -> Any:
        self.count += 1
        if self.count > NODE_BUDGET:
            problem = (
                f"more than {NODE_BUDGET} values once aliases are expanded"
                " (a YAML bomb?); a record is far smaller"
            )
            raise self.fail_near(path, problem)
        if depth > MAX_DEPTH:
            raise self.fail_near(path, f"nested more than {MAX_DEPTH} levels deep")
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, SequenceNode) and node.tag == _TAG + "seq":
            return [self.value(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode) and node.tag == _TAG + "map":
            return self.mapping(node, path, depth)
        raise self.fail(path, node, f"unsupported YAML tag {_short_tag(node.tag)}")

    def mapping(self, node: MappingNode, path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.key(key_node, path)
            if key in result:
                first = self.lines.get((*path, key))
                problem = f"duplicate key {key!r} (first given on line {first})"
                raise self.fail((*path, key), key_node, problem)
            self.lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = self.value(value_node, (*path, key), depth + 1)
        return result

    def key(self, node: Node, path: Path) -> str:
        if isinstance(node, ScalarNode) and node.tag == _TAG + "merge":
            raise self.fail(path, node, "merge keys (<<) are not supported: write the keys out")
        if not isinstance(node, ScalarNode):
            raise self.fail(path, node, "a key must be text, not a list or mapping")
        key = self.scalar(node, path)
        if not isinstance(key, str):
            raise self.fail(path, node, f"a key must be text, not {describe(key)}")
        return key

    def scalar(self, node: ScalarNode, path: Path) -> Any:
        tag, text = node.tag, node.value
        if tag in (_TAG + "str", _TAG + "timestamp"):
            return text
        if tag == _TAG + "null":
            return None
        if tag == _TAG + "bool":
            lowered = text.lower()
            return lowered == "true" if lowered in ("true", "false") else text
        if tag == _TAG + "int":
            return int(text) if _DECIMAL.fullmatch(text) else text
        if tag == _TAG + "float":
            return _float(text)
        raise self.fail(path, node, f"unsupported YAML tag {_short_tag(tag)}")


def _float(text: str) -> float | str:
    """A YAML 1.2 float, or the text itself when only YAML 1.1 reads it as one."""
    if _FLOAT.fullmatch(text):
        return float(text)
    lowered = text.lower()
    if lowered in _SPECIAL_FLOATS:
        return _SPECIAL_FLOATS[lowered]
    if lowered == ".nan":
        return float("nan")
    return text


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
