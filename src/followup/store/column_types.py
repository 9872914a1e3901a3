"""Column types that keep values exact on SQLite and PostgreSQL alike.

- `UtcDateTime`: an aware instant, stored in UTC (SQLite has no time zones:
  it gets naive UTC text; PostgreSQL a ``timestamp with time zone``). The
  offset a round was recorded in is kept beside it, in its own column.
- `enum_type`: a StrEnum stored by its value (``first-round``), as text
  without a database enum type, so adding a member needs no migration.
- `TextList`: a tuple of strings as a JSON array.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, Enum
from sqlalchemy.types import TypeDecorator

ENUM_LENGTH = 32
"""Room for enum values: the longest today is ``rejection-reply`` (15)."""


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware date-time in, an aware UTC date-time out; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive date-time {value.isoformat()} (the store keeps instants)")
        instant = value.astimezone(dt.UTC)
        return instant.replace(tzinfo=None) if dialect.name == "sqlite" else instant

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def enum_type(enum: type[StrEnum]) -> Enum:
    """`enum` stored as its values, in a plain VARCHAR (no CHECK, no native type)."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=ENUM_LENGTH,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class TextList(TypeDecorator[tuple[str, ...]]):
    """A tuple of strings as a JSON array (never NULL: empty is ``[]``)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: tuple[str, ...] | None, dialect: Dialect) -> Any:
        return [] if value is None else list(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[str, ...]:
        return () if value is None else tuple(str(item) for item in value)


def split_instant(value: dt.datetime) -> tuple[dt.datetime, int]:
    """`value` as (the instant, its UTC offset in seconds), for two columns."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"naive date-time {value.isoformat()} (the store keeps instants)")
    return value.astimezone(dt.UTC), int(offset.total_seconds())


def join_instant(instant: dt.datetime, offset_seconds: int) -> dt.datetime:
    """The instant shown at its recorded offset again (a fixed `datetime.timezone`)."""
    return instant.astimezone(dt.timezone(dt.timedelta(seconds=offset_seconds)))
