"""Business days, public holidays, time zones and local send slots.

Holidays come from the `holidays` package (country and region from the
policy); time zones from `zoneinfo`, so every local time is DST-correct.
A "slot" is a wall-clock time on a given local date turned into an instant.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    import holidays

Zone = dt.tzinfo


class UnknownTimeZone(ValueError):
    """A time zone name that zoneinfo does not know."""


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA time zone called `name`, or UnknownTimeZone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise UnknownTimeZone(f"unknown time zone: {name!r}") from error


def is_known_zone(name: str) -> bool:
    try:
        zone(name)
    except UnknownTimeZone:
        return False
    return True


@lru_cache(maxsize=64)
def _holiday_calendar(country: str, subdivision: str | None) -> holidays.HolidayBase:
    import holidays  # on first use: its country tables take tens of milliseconds to import

    return holidays.country_holidays(country, subdiv=subdivision)


def is_known_country(country: str, subdivision: str | None = None) -> bool:
    try:
        _holiday_calendar(country, subdivision)
    except (NotImplementedError, KeyError):
        return False
    return True


class BusinessCalendar:
    """Which local dates are business days: weekdays that are not public holidays."""

    def __init__(self, country: str = "US", subdivision: str | None = None) -> None:
        self.country = country
        self.subdivision = subdivision
        self._holidays = _holiday_calendar(country, subdivision)

    def holiday_name(self, day: dt.date) -> str | None:
        name = self._holidays.get(day)
        return None if name is None else str(name)

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def next_business_day(self, day: dt.date) -> dt.date:
        """The first business day strictly after `day`."""
        return self.on_or_after(day + dt.timedelta(days=1))

    def on_or_after(self, day: dt.date) -> dt.date:
        """`day` itself when it is a business day, else the next one."""
        while not self.is_business_day(day):
            day += dt.timedelta(days=1)
        return day

    def add_business_days(self, day: dt.date, count: int) -> dt.date:
        """The `count`-th business day after `day` (`day` itself never counts)."""
        for _ in range(count):
            day = self.next_business_day(day)
        return day


def local_date(instant: dt.datetime, where: Zone) -> dt.date:
    return instant.astimezone(where).date()


def at_local(day: dt.date, wall: dt.time, where: Zone) -> dt.datetime:
    """The instant when clocks in `where` show `wall` on `day`.

    A wall time that does not exist (skipped by a DST change) moves forward
    by the gap, as clocks do; an ambiguous one takes its first occurrence.
    """
    naive = dt.datetime.combine(day, wall)
    local = naive.replace(tzinfo=where, fold=0)
    # Round-trip through UTC to land on a real instant even inside a DST gap.
    real = local.astimezone(dt.UTC).astimezone(where)
    if real.replace(tzinfo=None) != naive:
        later = naive.replace(tzinfo=where, fold=1).astimezone(dt.UTC).astimezone(where)
        real = max(real, later)
    return real


def to_zone(instant: dt.datetime, where: Zone) -> dt.datetime:
    return instant.astimezone(where)
