"""Reminders as a calendar file (`.ics`): one event per message, with an alarm at its send time.

Each event is a short block at the send time, titled "Send thank-you to
Dr. Vasquez", whose description holds the draft to copy (or, for a message
the composer could not write, what to add first). The UID is stable, so
importing the file again updates the events instead of doubling them;
DTSTAMP is the `now` passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

from followup.compose import Blocked, Draft
from followup.compose.words import formal_name
from followup.model import Interviewer, MessageKind

PRODID = "-//followup//interview follow-up reminders//EN"
UID_DOMAIN = "followup.invalid"
LENGTH = dt.timedelta(minutes=15)
VERBS = {
    MessageKind.THANK_YOU: "Send thank-you to",
    MessageKind.FORWARD_REQUEST: "Ask to pass on thanks:",
    MessageKind.CARD: "Write and mail a card to",
    MessageKind.CHECK_IN: "Send check-in to",
    MessageKind.REJECTION_REPLY: "Reply to the decision:",
    MessageKind.LONG_GAME: "Send an update to",
}


@dataclass(frozen=True)
class Reminder:
    uid: str
    at: dt.datetime
    summary: str
    description: str


def _who(name: str | None, people: dict[str, Interviewer]) -> str:
    if not name:
        return "your contact"
    person = people.get(name.casefold())
    return formal_name(person) if person is not None else name


def reminder_for(item: Draft | Blocked, people: Iterable[Interviewer] = ()) -> Reminder:
    """The reminder of a draft (its text to send) or of a blocked message (what to add)."""
    by_name = {person.name.casefold(): person for person in people}
    summary = f"{VERBS.get(item.kind, 'Send a message to')} {_who(item.to, by_name)}"
    if isinstance(item, Draft):
        note = "\n".join(f"Note: {line}" for line in item.notes)
        description = item.text + (f"\n\n{note}" if note else "")
        at = item.send_at
    else:
        summary += " (blocked)"
        description = item.reason
        at = item.at
    return Reminder(f"{item.uid}@{UID_DOMAIN}", at, summary, description)


def _event(reminder: Reminder, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", reminder.uid)
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("dtstart", reminder.at.astimezone(dt.UTC))
    event.add("dtend", (reminder.at + LENGTH).astimezone(dt.UTC))
    event.add("summary", reminder.summary)
    event.add("description", reminder.description)
    event.add("transp", "TRANSPARENT")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", reminder.summary)
    alarm.add("trigger", reminder.at.astimezone(dt.UTC), parameters={"VALUE": "DATE-TIME"})
    event.add_component(alarm)
    return event


def reminders_calendar(reminders: Iterable[Reminder], now: dt.datetime) -> bytes:
    """The calendar file: one VEVENT (with a VALARM at the send time) per reminder."""
    if now.tzinfo is None:
        raise ValueError("reminders_calendar needs `now` as a time zone-aware datetime")
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Interview follow-ups")
    for reminder in sorted(reminders, key=lambda r: (r.at, r.uid)):
        calendar.add_component(_event(reminder, now))
    data: bytes = calendar.to_ical()
    return data
