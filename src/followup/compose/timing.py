"""Words for when the interview was, true at the moment the message is sent.

Read in the recipient's local time (etiquette §2.1): an interview that
ended this morning is "this morning" in a note sent at noon, "yesterday" in
one sent the next day, "on Tuesday" later that week, and a date after that.
The reviewer's `wrong-date` rule reads the same clock.
"""

from __future__ import annotations

import datetime as dt

from followup.model import Candidate, Interviewer, Round
from followup.workdays import zone

NOON = 12
EVENING = 18
WEEK = 7


def recipient_zone(record: Round, person: Interviewer | None) -> dt.tzinfo:
    """Theirs when recorded, else the interview's, else the candidate's, else the start's."""
    candidate: Candidate | None = record.candidate
    for name in (
        person.time_zone if person else None,
        record.time_zone,
        candidate.time_zone if candidate else None,
    ):
        if name:
            return zone(name)
    where = record.start.tzinfo
    assert where is not None, "the records edge makes every time zone-aware"
    return where


def day_words(record: Round, send_at: dt.datetime, where: dt.tzinfo) -> str:
    """ "this morning", "this afternoon", "today", "yesterday", "on Tuesday" or "on March 3"."""
    start, end = record.start.astimezone(where), record.end.astimezone(where)
    days = (send_at.astimezone(where).date() - start.date()).days
    if days == 0:
        if end.hour < NOON or (end.hour == NOON and end.minute == 0):
            return "this morning"
        if NOON <= start.hour < EVENING:
            return "this afternoon"
        return "today"
    if days == 1:
        return "yesterday"
    if 1 < days < WEEK:
        return f"on {start:%A}"
    return f"on {date_words(start.date())}"


def date_words(day: dt.date) -> str:
    """ "March 3"."""
    return f"{day:%B} {day.day}"


def interview_day(record: Round, where: dt.tzinfo) -> dt.date:
    return record.start.astimezone(where).date()
