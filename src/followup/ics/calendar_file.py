"""The invitation file as icalendar reads it: its text, the event to import, its properties.

`invite_text` checks the data is an iCalendar file (not an email message, not
binary, not too large) and decodes it; `parse_calendars` reads its content
lines with icalendar (unfolding, quoted parameters, text escapes);
`pick_event` chooses the event to import. `prop_text`, `first_value`,
`raw_value` and `plain_text` read the value of a property.

Also what every part of the import reports with: `InviteError`, whose
message is one line (``invite.ics: problem``), and the `Notes` the user
should confirm.
"""

from __future__ import annotations

import html
import re
import warnings
from typing import Any

import icalendar

from followup.errors import UserError

MAX_BYTES = 5_000_000


class InviteError(UserError):
    """An invitation that cannot be imported; the message names the file."""


class Notes(list[str]):
    """What the user should confirm about a draft, each once, in the order found."""

    def add(self, note: str) -> None:
        if note not in self:
            self.append(note)


_LINE_BREAKS = re.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_MAIL_HEADER = re.compile(r"(?i)(from|to|subject|date|received|return-path|mime-version):")
PARSE_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    RecursionError,
)
"""What icalendar raises on input it cannot read (its own errors are ValueErrors)."""


def one_line(text: str, limit: int = 80) -> str:
    """`text` on one line, shortened to `limit` characters."""
    flat = " ".join(_LINE_BREAKS.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def invite_text(data: bytes | str, source: str) -> str:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise InviteError(f"{source}: too large for an invitation (over {MAX_BYTES:,} bytes)")
        if b"\x00" in data[:8192]:
            raise InviteError(f"{source}: not an iCalendar file (binary data)")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            byte = data[error.start]
            raise InviteError(
                f"{source}: not UTF-8 text (byte 0x{byte:02x} at offset {error.start})"
            ) from None
    text = data.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InviteError(f"{source}: not an iCalendar file (binary data)")
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if first.upper() != "BEGIN:VCALENDAR":
        if _MAIL_HEADER.match(first) and "BEGIN:VCALENDAR" in text.upper():
            problem = "an email message; save its .ics attachment and import that"
            raise InviteError(f"{source}: {problem}")
        problem = "not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
        raise InviteError(f"{source}: {problem}")
    return text


def parse_calendars(text: str, source: str) -> list[icalendar.Component]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "globally unique TZID guessed": handled here
            found = icalendar.Calendar.from_ical(text, multiple=True)
    except PARSE_ERRORS as error:
        problem = f"not a valid iCalendar file ({one_line(str(error) or type(error).__name__)})"
        raise InviteError(f"{source}: {problem}") from None
    calendars: list[icalendar.Component] = [part for part in found if part.name == "VCALENDAR"]
    if not calendars:
        raise InviteError(f"{source}: not a complete iCalendar file (no END:VCALENDAR)")
    return calendars


def pick_event(
    calendars: list[icalendar.Component], source: str, notes: Notes
) -> tuple[icalendar.Component, icalendar.Component]:
    if any(prop_text(calendar, "METHOD").strip().upper() == "CANCEL" for calendar in calendars):
        problem = "the invite was cancelled (METHOD:CANCEL); import the invitation itself"
        raise InviteError(f"{source}: {problem}")
    events = [
        (calendar, part)
        for calendar in calendars
        for part in calendar.subcomponents
        if part.name == "VEVENT"
    ]
    if not events:
        raise InviteError(f"{source}: no event in the file (no VEVENT)")
    live = [pair for pair in events if prop_text(pair[1], "STATUS").strip().upper() != "CANCELLED"]
    if not live:
        raise InviteError(f"{source}: the event was cancelled (STATUS:CANCELLED)")
    calendar, event = live[0]
    uid = prop_text(event, "UID")
    others = [part for _, part in events if part is not event and prop_text(part, "UID") != uid]
    if others:
        shown = one_line(prop_text(event, "SUMMARY"), 60) or "untitled"
        notes.add(f"the file holds {len(others) + 1} events; this is the first, {shown!r}")
    if event.get("RRULE") is not None:
        notes.add("the event repeats; this is its first occurrence")
    return calendar, event


def first_value(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def prop_text(component: icalendar.Component, name: str) -> str:
    value = first_value(component.get(name))
    return "" if value is None else str(value)


def raw_value(prop: Any) -> str:
    """A property's value as written, for messages."""
    if isinstance(prop, str):
        return str(prop)
    try:
        value = prop.to_ical()
    except (*PARSE_ERRORS, icalendar.InvalidCalendar):
        return "?"
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


_HTML_MARKUP = re.compile(r"</?(?:html|body|p|br|div|span|a|b|i|u|ul|ol|li|table)\b[^>]*>", re.I)


def plain_text(text: str) -> str:
    """`text`, or the text of it when a producer put HTML there (Google often does)."""
    if not _HTML_MARKUP.search(text):
        return text
    text = re.sub(r'(?is)<a\b[^>]*href="([^"]*)"[^>]*>(.*?)</a>', r"\2 <\1>", text)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
