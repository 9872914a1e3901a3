"""Reminders as a calendar file: one event per message, an alarm at the send time, stable UIDs."""

from __future__ import annotations

import datetime as dt

import icalendar

from followup.compose import Blocked, Draft
from followup.ics.reminders import reminder_for, reminders_calendar
from followup.model import Honorific, Interviewer, MessageKind

NY = dt.timezone(dt.timedelta(hours=-5))
NOW = dt.datetime(2026, 3, 3, 11, 30, tzinfo=NY)
VASQUEZ = Interviewer(name="Elena Vasquez", honorific=Honorific.DR, email="e@example.com")
DRAFT = Draft(
    kind=MessageKind.THANK_YOU,
    to="Elena Vasquez",
    email="e@example.com",
    send_at=dt.datetime(2026, 3, 3, 12, tzinfo=NY),
    subject="Thank you – Data Engineer interview – Priya Raman",
    body="Dear Dr. Vasquez,\n\nThank you, with a comma; and a semicolon.\n\nBest regards,\nPriya\n",
    round_id="round-1",
)
BLOCKED = Blocked(
    kind=MessageKind.THANK_YOU,
    to="Tomas Reyes",
    at=dt.datetime(2026, 3, 3, 12, tzinfo=NY),
    reason="Add at least one topic you discussed with Mr. Reyes",
    round_id="round-1",
)


def events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_one_event_per_draft_with_an_alarm_at_the_send_time():
    data = reminders_calendar([reminder_for(DRAFT, [VASQUEZ])], NOW)
    [event] = events(data)
    assert str(event["SUMMARY"]) == "Send thank-you to Dr. Vasquez"
    assert str(event["DESCRIPTION"]) == DRAFT.text
    assert event.decoded("DTSTART") == DRAFT.send_at
    assert event.decoded("DTSTAMP") == NOW
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == DRAFT.send_at
    assert str(alarm["ACTION"]) == "DISPLAY"


def test_uids_are_stable_and_distinct():
    first = events(reminders_calendar([reminder_for(DRAFT), reminder_for(BLOCKED)], NOW))
    later = NOW + dt.timedelta(days=1)
    edited = Draft(**{**DRAFT.__dict__, "body": "Dear Dr. Vasquez,\n\nEdited.\n"})
    again = events(reminders_calendar([reminder_for(edited), reminder_for(BLOCKED)], later))
    assert [str(e["UID"]) for e in first] == [str(e["UID"]) for e in again]
    assert len({str(e["UID"]) for e in first}) == 2


def test_a_blocked_message_reminds_what_to_add():
    [event] = events(reminders_calendar([reminder_for(BLOCKED)], NOW))
    assert str(event["SUMMARY"]) == "Send thank-you to Tomas Reyes (blocked)"
    assert "Add at least one topic" in str(event["DESCRIPTION"])


def test_the_calendar_is_valid_ical():
    data = reminders_calendar([reminder_for(DRAFT, [VASQUEZ])], NOW)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"VERSION:2.0" in data
    assert b"TRIGGER;VALUE=DATE-TIME:20260303T170000Z" in data
