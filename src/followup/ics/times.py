"""When an invited interview is: its start and end, aware, in the event's zone.

`event_times` reads DTSTART, then DTEND or else DURATION (one hour when
neither is usable), through the file's `Zones`. A start it cannot use (none,
all-day, not a date-time, an implausible year) or an end before the start is
an `InviteError`.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from followup.ics.calendar_file import InviteError, first_value, one_line, raw_value
from followup.ics.zones import Stamp, Zones

DEFAULT_LENGTH = dt.timedelta(hours=1)
LONGEST = dt.timedelta(days=1)
YEARS = range(1970, 2201)
"""Years an interview can plausibly be in; others are typos (and overflow zone maths)."""


def _stamp(event: icalendar.Component, name: str, source: str) -> Stamp | dt.date | None:
    prop = first_value(event.get(name))
    if prop is None:
        return None
    value = prop.dt if isinstance(prop, icalendar.vDDDTypes) else None
    if isinstance(value, dt.datetime):
        if value.year not in YEARS:
            raise InviteError(f"{source}: {name} is in the year {value.year}")
        tzid = prop.params.get("TZID")
        tzid = str(tzid).strip() if tzid else None
        return Stamp(value.replace(tzinfo=None), tzid, value.tzinfo is not None and not tzid)
    if isinstance(value, dt.date):
        return value
    shown = one_line(raw_value(prop), 40)
    raise InviteError(f"{source}: {name} {shown!r} is not a date and time")


def event_times(
    event: icalendar.Component, zones: Zones
) -> tuple[dt.datetime, dt.datetime, str | None]:
    source = zones.source
    begins = _stamp(event, "DTSTART", source)
    if begins is None:
        raise InviteError(f"{source}: the event has no start time (no DTSTART)")
    if not isinstance(begins, Stamp):
        day = begins.isoformat()
        raise InviteError(f"{source}: an all-day event has no interview time (DTSTART {day})")
    start, name = zones.instant(begins)
    if begins.utc:
        start, name = zones.show_utc(start)
    return start, _end(event, start, zones), name


def _end(event: icalendar.Component, start: dt.datetime, zones: Zones) -> dt.datetime:
    ends = _stamp(event, "DTEND", zones.source)
    if isinstance(ends, Stamp):
        end = zones.instant(ends)[0].astimezone(start.tzinfo)
        if end < start:
            ends_at, starts_at = f"{end:%Y-%m-%d %H:%M}", f"{start:%Y-%m-%d %H:%M}"
            problem = f"the event ends ({ends_at}) before it starts ({starts_at})"
            raise InviteError(f"{zones.source}: {problem}")
        if end > start:
            return end
    length = first_value(event.get("DURATION"))
    lasts = length.dt if isinstance(length, icalendar.vDDDTypes) else None
    if isinstance(lasts, dt.timedelta) and dt.timedelta(0) < lasts <= LONGEST:
        return (start.astimezone(dt.UTC) + lasts).astimezone(start.tzinfo)
    zones.notes.add("the invite gives no usable end time; assumed one hour")
    return (start.astimezone(dt.UTC) + DEFAULT_LENGTH).astimezone(start.tzinfo)
