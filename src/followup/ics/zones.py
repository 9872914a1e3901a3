"""The time zones of an invitation: Windows and Outlook zone names, and each file's own zones.

`iana_name` gives the IANA name a TZID stands for: an IANA name itself, a
Windows name (`WINDOWS_ZONES`, else the CLDR table icalendar ships), an
Outlook display name (`OUTLOOK_DISPLAY_NAMES`), or a "globally unique" TZID
ending in an IANA name.

`Zones` resolves the date-times of one file (`Stamp`, as written) to aware
instants, for each file on its own: icalendar caches every VTIMEZONE it
meets under its TZID for the whole process, so a second file with another
"Customized Time Zone" would get the first file's rules; and it gives no
IANA name for an Outlook zone.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import icalendar
from icalendar.timezone import tzp

from followup.ics.calendar_file import PARSE_ERRORS, InviteError, Notes, prop_text
from followup.workdays import at_local, is_known_zone, zone

WINDOWS_ZONES: Mapping[str, str] = {
    "Dateline Standard Time": "Etc/GMT+12",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Alaskan Standard Time": "America/Anchorage",
    "Pacific Standard Time": "America/Los_Angeles",
    "Pacific Standard Time (Mexico)": "America/Tijuana",
    "US Mountain Standard Time": "America/Phoenix",
    "Mountain Standard Time": "America/Denver",
    "Mountain Standard Time (Mexico)": "America/Mazatlan",
    "Central America Standard Time": "America/Guatemala",
    "Central Standard Time": "America/Chicago",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Canada Central Standard Time": "America/Regina",
    "SA Pacific Standard Time": "America/Bogota",
    "Eastern Standard Time": "America/New_York",
    "US Eastern Standard Time": "America/Indiana/Indianapolis",
    "Venezuela Standard Time": "America/Caracas",
    "Atlantic Standard Time": "America/Halifax",
    "Newfoundland Standard Time": "America/St_Johns",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
    "Pacific SA Standard Time": "America/Santiago",
    "UTC": "Etc/UTC",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "Morocco Standard Time": "Africa/Casablanca",
    "GTB Standard Time": "Europe/Bucharest",
    "FLE Standard Time": "Europe/Kyiv",
    "E. Europe Standard Time": "Europe/Chisinau",
    "Israel Standard Time": "Asia/Jerusalem",
    "Egypt Standard Time": "Africa/Cairo",
    "South Africa Standard Time": "Africa/Johannesburg",
    "Turkey Standard Time": "Europe/Istanbul",
    "Russian Standard Time": "Europe/Moscow",
    "Arab Standard Time": "Asia/Riyadh",
    "Arabian Standard Time": "Asia/Dubai",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Iran Standard Time": "Asia/Tehran",
    "Pakistan Standard Time": "Asia/Karachi",
    "India Standard Time": "Asia/Kolkata",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Nepal Standard Time": "Asia/Kathmandu",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "SE Asia Standard Time": "Asia/Bangkok",
    "China Standard Time": "Asia/Shanghai",
    "Singapore Standard Time": "Asia/Singapore",
    "Taipei Standard Time": "Asia/Taipei",
    "W. Australia Standard Time": "Australia/Perth",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "AUS Central Standard Time": "Australia/Darwin",
    "E. Australia Standard Time": "Australia/Brisbane",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
}
"""The Windows zone names Outlook and Exchange write as TZID, for the common zones.

From CLDR's windowsZones.xml (territory 001), with current IANA names where
CLDR keeps old links (Asia/Calcutta, Europe/Kiev...). Other Windows names
fall back to the full CLDR table icalendar ships, when it does.
"""

OUTLOOK_DISPLAY_NAMES: Mapping[str, str] = {
    "Coordinated Universal Time": "Etc/UTC",
    "Hawaii": "Pacific/Honolulu",
    "Alaska": "America/Anchorage",
    "Pacific Time (US & Canada)": "America/Los_Angeles",
    "Arizona": "America/Phoenix",
    "Mountain Time (US & Canada)": "America/Denver",
    "Central Time (US & Canada)": "America/Chicago",
    "Eastern Time (US & Canada)": "America/New_York",
    "Atlantic Time (Canada)": "America/Halifax",
    "Dublin, Edinburgh, Lisbon, London": "Europe/London",
    "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": "Europe/Berlin",
    "Brussels, Copenhagen, Madrid, Paris": "Europe/Paris",
    "Belgrade, Bratislava, Budapest, Ljubljana, Prague": "Europe/Budapest",
    "Sarajevo, Skopje, Warsaw, Zagreb": "Europe/Warsaw",
    "Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius": "Europe/Kyiv",
    "Chennai, Kolkata, Mumbai, New Delhi": "Asia/Kolkata",
    "Beijing, Chongqing, Hong Kong, Urumqi": "Asia/Shanghai",
    "Kuala Lumpur, Singapore": "Asia/Singapore",
    "Osaka, Sapporo, Tokyo": "Asia/Tokyo",
    "Canberra, Melbourne, Sydney": "Australia/Sydney",
}
"""Outlook's zone display names (what follows "(UTC-08:00) "), written as TZID by some versions."""

_DISPLAY_PREFIX = re.compile(r"^\((?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)\s*")
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+){0,3}")
_NOT_ZONES = {"localtime", "posixrules", "Factory"}
"""Files in the zone directory that are not zones (localtime is this machine's)."""


def _cldr_windows_zones() -> Mapping[str, str]:
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:  # pragma: no cover - an icalendar without the table
        return {}
    return WINDOWS_TO_OLSON


def iana_name(tzid: str) -> str | None:
    """The IANA zone a TZID stands for, or None.

    An IANA name itself, a Windows name, an Outlook display name, or a
    "globally unique" TZID ending in an IANA name
    (``/mozilla.org/20050126_1/America/New_York``).
    """
    name = " ".join(tzid.split()).strip("\"'")
    if not name:
        return None
    mapped = WINDOWS_ZONES.get(name) or OUTLOOK_DISPLAY_NAMES.get(_DISPLAY_PREFIX.sub("", name))
    mapped = mapped or _cldr_windows_zones().get(name)
    if mapped and is_known_zone(mapped):
        return mapped
    parts = name.strip("/").split("/")
    for start in range(len(parts)):
        candidate = "/".join(parts[start:])
        plausible = _ZONE_NAME.fullmatch(candidate) and candidate not in _NOT_ZONES
        if plausible and is_known_zone(candidate):
            return candidate
    return None


def _guess_zone(offset_at: Callable[[dt.datetime], dt.timedelta | None], year: int) -> str | None:
    """The common zone whose UTC offsets over `year` are the ones `offset_at` gives.

    For a zone an invite defines under a name of its own ("Customized Time
    Zone"): compared on the 1st and 15th of every month, at noon.
    """
    samples = [dt.datetime(year, month, day, 12) for month in range(1, 13) for day in (1, 15)]
    wanted = [offset_at(sample) for sample in samples]
    if None in wanted:
        return None
    for name in dict.fromkeys((*WINDOWS_ZONES.values(), *OUTLOOK_DISPLAY_NAMES.values())):
        place = zone(name)
        offsets = [sample.replace(tzinfo=place).utcoffset() for sample in samples]
        if offsets == wanted:
            return name
    return None


@dataclass(frozen=True)
class Stamp:
    """A date-time of the event as the file writes it, for `Zones` to place."""

    wall: dt.datetime
    """The date-time as written (naive)."""
    tzid: str | None
    utc: bool


@dataclass(frozen=True)
class _Zone:
    tz: dt.tzinfo
    name: str | None
    block: dt.tzinfo | None
    """The file's own definition (VTIMEZONE), when it has one."""


class Zones:
    """The time zones of one file: its TZIDs, its VTIMEZONE blocks, its floating times."""

    def __init__(
        self,
        source: str,
        calendar: icalendar.Component,
        default_zone: str | None,
        notes: Notes,
    ) -> None:
        self.source = source
        self.default = default_zone
        self.notes = notes
        self.blocks = {
            prop_text(part, "TZID").strip(): part
            for part in calendar.subcomponents
            if part.name == "VTIMEZONE"
        }
        self.calendar_zone = iana_name(prop_text(calendar, "X-WR-TIMEZONE"))
        self.known: dict[str, _Zone] = {}

    def instant(self, stamp: Stamp) -> tuple[dt.datetime, str | None]:
        """The instant `stamp` stands for, in its zone, and that zone's IANA name."""
        if stamp.utc:
            return stamp.wall.replace(tzinfo=dt.UTC), "UTC"
        if stamp.tzid is None:
            name = self._floating_zone()
            return at_local(stamp.wall.date(), stamp.wall.time(), zone(name)), name
        place = self.known.get(stamp.tzid) or self._zone(stamp.tzid, stamp.wall.year)
        self.known[stamp.tzid] = place
        if place.name is None:
            return stamp.wall.replace(tzinfo=place.tz), None
        local = at_local(stamp.wall.date(), stamp.wall.time(), place.tz)
        theirs = _offset(place.block, stamp.wall)
        if theirs is not None and theirs != local.utcoffset():
            self.notes.add(
                f"the invite's own definition of {stamp.tzid!r} gives UTC{_hours(theirs)} "
                f"on {stamp.wall:%Y-%m-%d}, {place.name} gives UTC{_hours(local.utcoffset())}; "
                "the invite's is used"
            )
            local = stamp.wall.replace(tzinfo=dt.timezone(theirs)).astimezone(place.tz)
        return local, place.name

    def show_utc(self, start: dt.datetime) -> tuple[dt.datetime, str]:
        """A UTC start in the default zone; UTC (with a note) when there is none."""
        if self.default is None:
            self.notes.add("the invite gives its times in UTC; set the interview's time zone")
            return start, "UTC"
        return start.astimezone(zone(self.default)), self.default

    def _floating_zone(self) -> str:
        name = self.calendar_zone or self.default
        if name is None:
            problem = "the invite's times have no time zone; give the zone to read them in"
            raise InviteError(f"{self.source}: {problem}")
        if self.calendar_zone is None:
            self.notes.add(f"the invite's times have no time zone; read them in {name}")
        return name

    def _zone(self, tzid: str, year: int) -> _Zone:
        block = self.blocks.get(tzid)
        block_tz = _block_tz(block) if block is not None else None
        name = iana_name(tzid)
        if name is None and block is not None:
            name = iana_name(prop_text(block, "X-LIC-LOCATION"))
        if name is not None:
            return _Zone(zone(name), name, block_tz)
        if block_tz is None:
            problem = f"unknown time zone {tzid!r} (not an IANA or Windows name, nor defined)"
            raise InviteError(f"{self.source}: {problem}")
        guess = _guess_zone(lambda wall: _offset(block_tz, wall), year)
        if guess is None:
            self.notes.add(
                f"the invite's time zone {tzid!r} matches no IANA zone; "
                "its times keep their UTC offsets; set the interview's time zone"
            )
            return _Zone(block_tz, None, None)
        self.notes.add(f"the invite's time zone {tzid!r} is not a known name; it matches {guess}")
        return _Zone(zone(guess), guess, block_tz)


def _block_tz(block: icalendar.Component) -> dt.tzinfo | None:
    if not isinstance(block, icalendar.Timezone):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            made = block.to_tz(tzp, lookup_tzid=False)
    except (*PARSE_ERRORS, icalendar.InvalidCalendar):
        return None
    return made if isinstance(made, dt.tzinfo) else None


def _offset(tz: dt.tzinfo | None, wall: dt.datetime) -> dt.timedelta | None:
    """The UTC offset clocks in `tz` have at `wall`; None when `tz` cannot say."""
    if tz is None:
        return None
    try:
        return wall.replace(tzinfo=tz).utcoffset()
    except (*PARSE_ERRORS, ZeroDivisionError):
        return None


def _hours(offset: dt.timedelta | None) -> str:
    minutes = int((offset or dt.timedelta()).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
