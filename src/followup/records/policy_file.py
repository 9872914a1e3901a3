"""Read a policy override file: a YAML mapping of `Policy` fields to new values.

Keys are the field names of `followup.policy.Policy`, in snake_case or with
hyphens (``thank_you_latest`` or ``thank-you-latest``); fields not given keep
their defaults, and an empty file is the default policy. Values by type:

- durations: a number with a unit, ``30m``, ``1h``, ``24h``, ``90d``, ``2w``,
  or several (``1h30m``); units ``w d h m s`` (or ``weeks days hours minutes
  seconds``). A bare number is refused: "24" could mean hours or days.
- times of day: ``"10:00"`` or ``"17:30:00"``, or a whole hour ``10``;
- choices (slot mode, day count): their values, e.g. ``same-day``;
- lists of words: a YAML list; flags: ``true``/``false``; counts: whole
  numbers >= 0; ``duplicate_threshold``: a number from 0 to 1;
- ``holiday_country`` / ``holiday_subdivision``: codes the ``holidays``
  package knows (``US``, ``CA``/``ON``); the subdivision may be ``null``.

Every problem is a `RecordError`: ``policy.yaml: key, line N: problem``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import math
import pathlib
import re
import types
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, get_args, get_origin, get_type_hints

from followup.errors import RecordError
from followup.policy import DEFAULT_POLICY, Policy
from followup.records.load import read_record_bytes
from followup.records.source import Document, describe, error_at, read_mapping
from followup.workdays import is_known_country

_UNITS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
_UNIT_WORDS = r"weeks?|days?|hours?|minutes?|min|seconds?|sec|[wdhms]"
_DURATION_PART = re.compile(rf"\s*(\d+)\s*({_UNIT_WORDS})", re.IGNORECASE)
_DURATION = re.compile(rf"(?:{_DURATION_PART.pattern})+\s*", re.IGNORECASE)
_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*")
_BOUNDS = {"duplicate_threshold": (0.0, 1.0)}
_DURATION_WORDS = "a duration like '30m', '24h' or '90d'"
_FIELDS = {field.name: field for field in dataclasses.fields(Policy)}
_HINTS = get_type_hints(Policy)


class _InvalidValueError(ValueError):
    """A value of the wrong shape; the message says what was expected."""


def load_policy(path: pathlib.Path) -> Policy:
    """The default policy with the overrides of the YAML file at `path`."""
    return load_policy_text(read_record_bytes(path), str(path))


def load_policy_text(source: str | bytes, origin: str) -> Policy:
    """The default policy with the overrides in `source`; `origin` names it in messages."""
    document = read_mapping(source, origin, what="policy settings", allow_empty=True)
    changes: dict[str, Any] = {}
    written: dict[str, str] = {}
    for key, value in document.data.items():
        name = _field_name(key, document)
        if name in written:
            first = document.line((written[name],))
            problem = f"{name} is set twice (also as {written[name]!r} on line {first})"
            raise _error(document, key, problem)
        written[name] = key
        changes[name] = _convert_field(name, key, value, document)
    policy = DEFAULT_POLICY.with_overrides(**changes)
    _check_holidays(policy, written, document)
    return policy


def policy_to_dict(policy: Policy) -> dict[str, Any]:
    """Every field of `policy` as plain data, in the form a policy file takes."""
    return {name: _plain(getattr(policy, name)) for name in _FIELDS}


def _error(document: Document, key: str, problem: str) -> RecordError:
    return error_at(document.origin, (key,), document.line((key,)), problem)


def _field_name(key: str, document: Document) -> str:
    name = key.strip().replace("-", "_")
    if name in _FIELDS:
        return name
    close = difflib.get_close_matches(name, list(_FIELDS), n=1, cutoff=0.75)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise _error(document, key, f"unknown policy setting {key!r}{hint}")


def _convert_field(name: str, key: str, value: Any, document: Document) -> Any:
    try:
        converted = _converter(_HINTS[name])(value)
    except _InvalidValueError as invalid:
        raise _error(document, key, f"expected {invalid}, not {describe(value)}") from None
    bounds = _BOUNDS.get(name)
    if bounds is not None and not bounds[0] <= converted <= bounds[1]:
        problem = f"expected a number from {bounds[0]:g} to {bounds[1]:g}, not {value}"
        raise _error(document, key, problem)
    return converted


def _converter(hint: Any) -> Callable[[Any], Any]:
    """How to read a value of the field type `hint` from YAML data."""
    if get_origin(hint) in (types.UnionType,) and type(None) in get_args(hint):
        inner = next(arg for arg in get_args(hint) if arg is not type(None))
        return lambda value: None if value is None else _converter(inner)(value)
    if get_origin(hint) is tuple:
        return _words
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return _enum_converter(hint)
    simple: dict[Any, Callable[[Any], Any]] = {
        dt.timedelta: parse_duration,
        dt.time: parse_clock,
        bool: _flag,
        int: _count,
        float: _number,
        str: _word,
    }
    return simple[hint]


def parse_duration(value: Any) -> dt.timedelta:
    """``"1h"``, ``"90d"``, ``"1h30m"`` as a timedelta (a bare number is refused)."""
    if not isinstance(value, str) or not _DURATION.fullmatch(value):
        raise _InvalidValueError(_DURATION_WORDS)
    seconds = sum(
        int(amount) * _UNITS[unit[0].lower()] for amount, unit in _DURATION_PART.findall(value)
    )
    return dt.timedelta(seconds=seconds)


def format_duration(value: dt.timedelta) -> str:
    """The shortest of ``"90d"``, ``"24h"``, ``"30m"``, ``"45s"`` that is exact."""
    seconds = int(value.total_seconds())
    for unit in "dhm":
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


def parse_clock(value: Any) -> dt.time:
    """``"10:00"``, ``"17:30:00"`` or a whole hour ``10`` as a time of day."""
    expected = "a time of day like '10:00'"
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 23:
        return dt.time(value)
    match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise _InvalidValueError(expected)
    try:
        return dt.time(int(match[1]), int(match[2]), int(match[3] or 0))
    except ValueError:
        raise _InvalidValueError(expected) from None


def _enum_converter(enum: type[StrEnum]) -> Callable[[Any], StrEnum]:
    by_value = {member.value.casefold(): member for member in enum}
    expected = "one of " + ", ".join(member.value for member in enum)

    def convert(value: Any) -> StrEnum:
        found = by_value.get(value.strip().casefold()) if isinstance(value, str) else None
        if found is None:
            raise _InvalidValueError(expected)
        return found

    return convert


def _words(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _InvalidValueError("a list of words, like [traditional, corporate]")
    return tuple(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _InvalidValueError("true or false")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _InvalidValueError("a whole number, 0 or more")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _InvalidValueError("a number")
    return float(value)


def _word(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _InvalidValueError("text")
    return value.strip()


def _check_holidays(policy: Policy, written: Mapping[str, str], document: Document) -> None:
    """The holiday country (and region) must be ones the `holidays` package knows."""
    if not {"holiday_country", "holiday_subdivision"} & written.keys():
        return
    country, region = policy.holiday_country, policy.holiday_subdivision
    if "holiday_country" in written and not is_known_country(country):
        problem = f"unknown holiday country {country!r} (use a code such as 'US' or 'GB')"
        raise _error(document, written["holiday_country"], problem)
    if not is_known_country(country, region):
        key = written.get("holiday_subdivision") or written.get("holiday_country", "")
        problem = f"unknown subdivision {region!r} of holiday country {country!r}"
        raise _error(document, key, problem)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.timedelta):
        return format_duration(value)
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value
