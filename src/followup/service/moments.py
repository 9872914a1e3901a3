"""Moments and time zones from the command line (light: the check command starts with it)."""

from __future__ import annotations

import datetime as dt

from followup.errors import UserError
from followup.workdays import UnknownTimeZone, zone

__all__ = ["parse_moment", "resolve_zone"]


def parse_moment(text: str, option: str, default_zone: dt.tzinfo | None = None) -> dt.datetime:
    """An ISO 8601 date-time from the command line; naive ones are read in `default_zone`."""
    cleaned = text.strip()
    try:
        moment = dt.datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            f"{option}: not a date-time: {text!r} (expected ISO 8601, e.g. 2026-03-03T12:00-05:00)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_zone) if default_zone else moment.astimezone()
    return moment


def resolve_zone(name: str, option: str) -> dt.tzinfo:
    try:
        return zone(name)
    except UnknownTimeZone:
        raise UserError(f"{option}: unknown time zone: {name!r}") from None
