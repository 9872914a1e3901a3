"""A `followup.model.Round` to rows and back, losslessly.

Every date-time keeps its UTC offset (`split_instant` / `join_instant`); a
timeline or an invited check-in that is a date stays a date, words stay
words; interviewers and events keep their order. Loading what was saved
gives an equal round, and `dump_round` writes the same text for both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from followup.model import (
    Candidate,
    Event,
    Interviewer,
    Round,
    RoundNotes,
    Tone,
)
from followup.store.column_types import join_instant, split_instant
from followup.store.schema import EventRow, InterviewerRow, OpportunityRow, RoundRow

NOTE_KEYS = ("questions", "went_well", "missed", "moments", "signals")


def round_row(record: Round, slug: str, opportunity: OpportunityRow, now: dt.datetime) -> RoundRow:
    """A new row for `record` (with its interviewers and events), not yet added."""
    start_at, start_offset = split_instant(record.start)
    end_at, end_offset = split_instant(record.end)
    row = RoundRow(
        slug=slug,
        opportunity=opportunity,
        stage=record.stage,
        format=record.format,
        culture=record.culture,
        start_at=start_at,
        start_offset=start_offset,
        end_at=end_at,
        end_offset=end_offset,
        time_zone=record.time_zone,
        timeline_from=record.timeline_from,
        notes=notes_data(record.notes),
        candidate=candidate_data(record.candidate) if record.candidate else None,
        other_companies=record.other_companies,
        attachments_requested=record.attachments_requested,
        created_at=now,
        deleted_at=None,
    )
    _set_timeline(row, record.timeline)
    _set_check_in_invited(row, record.check_in_invited)
    row.interviewers = [
        interviewer_row(person, position) for position, person in enumerate(record.interviewers)
    ]
    row.events = [event_row(event, position) for position, event in enumerate(record.events)]
    return row


def round_from_row(row: RoundRow) -> Round:
    """The round a stored row holds."""
    return Round(
        company=row.opportunity.company,
        role=row.opportunity.role,
        stage=row.stage,
        start=join_instant(row.start_at, row.start_offset),
        end=join_instant(row.end_at, row.end_offset),
        interviewers=tuple(interviewer_from_row(person) for person in row.interviewers),
        candidate=candidate_from_data(row.candidate) if row.candidate is not None else None,
        format=row.format,
        culture=row.culture,
        time_zone=row.time_zone,
        timeline=row.timeline_date if row.timeline_date is not None else row.timeline_text,
        timeline_from=row.timeline_from,
        check_in_invited=_check_in_invited(row),
        notes=notes_from_data(row.notes),
        other_companies=row.other_companies,
        events=tuple(event_from_row(event) for event in row.events),
        attachments_requested=row.attachments_requested,
    )


def _set_timeline(row: RoundRow, timeline: dt.date | str | None) -> None:
    row.timeline_date = timeline if isinstance(timeline, dt.date) else None
    row.timeline_text = timeline if isinstance(timeline, str) else None


def _set_check_in_invited(row: RoundRow, invited: dt.date | dt.datetime | None) -> None:
    row.check_in_invited_date = None
    row.check_in_invited_at = row.check_in_invited_offset = None
    if isinstance(invited, dt.datetime):
        row.check_in_invited_at, row.check_in_invited_offset = split_instant(invited)
    elif isinstance(invited, dt.date):
        row.check_in_invited_date = invited


def _check_in_invited(row: RoundRow) -> dt.date | dt.datetime | None:
    if row.check_in_invited_at is not None and row.check_in_invited_offset is not None:
        return join_instant(row.check_in_invited_at, row.check_in_invited_offset)
    return row.check_in_invited_date


def interviewer_row(person: Interviewer, position: int) -> InterviewerRow:
    return InterviewerRow(
        position=position,
        name=person.name,
        honorific=person.honorific,
        first_name_basis=person.first_name_basis,
        title=person.title,
        email=person.email,
        role=person.role,
        topics=person.topics,
        moments=person.moments,
        questions=person.questions,
        time_zone=person.time_zone,
        do_not_contact=person.do_not_contact,
    )


def interviewer_from_row(row: InterviewerRow) -> Interviewer:
    return Interviewer(
        name=row.name,
        honorific=row.honorific,
        first_name_basis=row.first_name_basis,
        title=row.title,
        email=row.email,
        role=row.role,
        topics=row.topics,
        moments=row.moments,
        questions=row.questions,
        time_zone=row.time_zone,
        do_not_contact=row.do_not_contact,
    )


def event_row(event: Event, position: int) -> EventRow:
    at, at_offset = split_instant(event.at)
    return EventRow(
        position=position,
        at=at,
        at_offset=at_offset,
        kind=event.kind,
        recipient=event.to,
        message=event.message,
        sender=event.sender,
        outcome=event.outcome,
        text=event.text,
    )


def event_from_row(row: EventRow) -> Event:
    return Event(
        at=join_instant(row.at, row.at_offset),
        kind=row.kind,
        to=row.recipient,
        message=row.message,
        sender=row.sender,
        outcome=row.outcome,
        text=row.text,
    )


def notes_data(notes: RoundNotes) -> dict[str, Any]:
    return {key: list(getattr(notes, key)) for key in NOTE_KEYS}


def notes_from_data(data: dict[str, Any]) -> RoundNotes:
    return RoundNotes(**{key: tuple(data.get(key) or ()) for key in NOTE_KEYS})


def candidate_data(person: Candidate) -> dict[str, Any]:
    """`person` as JSON data (the round's own candidate, or the profile's)."""
    return {
        "name": person.name,
        "email": person.email,
        "phone": person.phone,
        "links": list(person.links),
        "skills": list(person.skills),
        "achievements": list(person.achievements),
        "time_zone": person.time_zone,
        "tone": person.tone.value if person.tone else None,
    }


def candidate_from_data(data: dict[str, Any]) -> Candidate:
    return Candidate(
        name=data["name"],
        email=data.get("email"),
        phone=data.get("phone"),
        links=tuple(data.get("links") or ()),
        skills=tuple(data.get("skills") or ()),
        achievements=tuple(data.get("achievements") or ()),
        time_zone=data.get("time_zone"),
        tone=Tone(data["tone"]) if data.get("tone") else None,
    )
