"""From the validated file (`schema.RecordIn`) to the core's `Round`, checking what spans keys.

Naive date-times are read in the record's ``time_zone`` (an error naming
the key when it has none); every date-time of a loaded round carries a fixed
UTC offset, so a round compares equal after a dump and a reload. Then: the
end comes after the start, nobody is listed twice, ``timeline_from`` names
an interviewer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from followup.errors import RecordError
from followup.model import (
    Candidate,
    Event,
    EventKind,
    Interviewer,
    Round,
    RoundNotes,
)
from followup.records.schema import (
    CandidateIn,
    DecisionIn,
    InterviewerIn,
    NewsIn,
    NotesIn,
    RecordIn,
    ReplyIn,
    SentIn,
)
from followup.records.source import Path, show, value_at
from followup.workdays import at_local, zone

ErrorAt = Callable[[Path, str], RecordError]
"""Makes the error for a path in the file: ``error(("end",), "...")``."""

DEFAULT_LENGTH = dt.timedelta(hours=1)


class _Instants:
    """Turns the date-times of one record into aware, fixed-offset values."""

    def __init__(self, zone_name: str | None, data: dict[str, Any], error: ErrorAt) -> None:
        self.zone_name = zone_name
        self.data = data
        self.error = error

    def __call__(self, value: dt.datetime, path: Path) -> dt.datetime:
        if value.tzinfo is not None and value.utcoffset() is not None:
            return fixed_offset(value)
        if self.zone_name is None:
            written = value_at(self.data, path)
            shown = show(written) if isinstance(written, str) else repr(value.isoformat())
            problem = f"{shown} has no UTC offset and the record has no time_zone"
            raise self.error(path, problem)
        local = at_local(value.date(), value.time(), zone(self.zone_name))
        return fixed_offset(local)


def fixed_offset(value: dt.datetime) -> dt.datetime:
    """The same instant with its offset as a fixed `datetime.timezone`."""
    if isinstance(value.tzinfo, dt.timezone):
        return value
    offset = value.utcoffset()
    assert offset is not None
    return value.replace(tzinfo=dt.timezone(offset), fold=0)


def to_round(record: RecordIn, data: dict[str, Any], error: ErrorAt) -> Round:
    """The `Round` a validated record describes, or the RecordError of its first problem."""
    instant = _Instants(record.time_zone, data, error)
    start = instant(record.start, ("start",))
    end = instant(record.end, ("end",)) if record.end is not None else start + DEFAULT_LENGTH
    if end <= start:
        problem = f"ends at {end.isoformat()}, not after the start ({start.isoformat()})"
        raise error(("end",), problem)
    interviewers = tuple(_interviewer(person) for person in record.interviewers)
    _check_unique(interviewers, error)
    _check_timeline_from(record.timeline_from, interviewers, error)
    invited = record.check_in_invited
    if isinstance(invited, dt.datetime):
        invited = instant(invited, ("check_in_invited",))
    return Round(
        company=record.company,
        role=record.role,
        stage=record.stage,
        start=start,
        end=end,
        interviewers=interviewers,
        candidate=_candidate(record.candidate) if record.candidate else None,
        format=record.format,
        culture=record.culture,
        time_zone=record.time_zone,
        timeline=record.timeline,
        timeline_from=record.timeline_from,
        check_in_invited=invited,
        notes=_notes(record.notes),
        other_companies=tuple(record.other_companies),
        events=tuple(
            _event(event, instant(event.at, ("events", index, "at")))
            for index, event in enumerate(record.events)
        ),
        attachments_requested=record.attachments_requested,
    )


def _check_unique(people: tuple[Interviewer, ...], error: ErrorAt) -> None:
    seen: dict[str, int] = {}
    for index, person in enumerate(people):
        key = person.name.strip().casefold()
        if key in seen:
            problem = (
                f"interviewer {show(person.name)} is listed twice (also interviewers[{seen[key]}])"
            )
            raise error(("interviewers", index, "name"), problem)
        seen[key] = index


def _check_timeline_from(name: str | None, people: tuple[Interviewer, ...], error: ErrorAt) -> None:
    if name is None:
        return
    wanted = name.strip().casefold()
    if any(person.name.strip().casefold() == wanted for person in people):
        return
    listed = ", ".join(person.name for person in people)
    problem = f"{show(name)} is not one of the interviewers ({listed})"
    raise error(("timeline_from",), problem)


def _candidate(person: CandidateIn) -> Candidate:
    return Candidate(
        name=person.name,
        email=person.email,
        phone=person.phone,
        links=tuple(person.links),
        skills=tuple(person.skills),
        achievements=tuple(person.achievements),
        time_zone=person.time_zone,
        tone=person.tone,
    )


def _interviewer(person: InterviewerIn) -> Interviewer:
    return Interviewer(
        name=person.name,
        honorific=person.honorific,
        first_name_basis=person.first_name_basis,
        title=person.title,
        email=person.email,
        role=person.role,
        topics=tuple(person.topics),
        moments=tuple(person.moments),
        questions=tuple(person.questions),
        time_zone=person.time_zone,
        do_not_contact=person.do_not_contact,
    )


def _notes(notes: NotesIn) -> RoundNotes:
    return RoundNotes(
        questions=tuple(notes.questions),
        went_well=tuple(notes.went_well),
        missed=tuple(notes.missed),
        moments=tuple(notes.moments),
        signals=tuple(notes.signals),
    )


def _event(event: SentIn | ReplyIn | DecisionIn | NewsIn, at: dt.datetime) -> Event:
    if isinstance(event, SentIn):
        return Event(at=at, kind=EventKind.SENT, to=event.to, message=event.message)
    if isinstance(event, ReplyIn):
        return Event(at=at, kind=EventKind.REPLY, sender=event.sender)
    if isinstance(event, DecisionIn):
        return Event(at=at, kind=EventKind.DECISION, outcome=event.outcome, sender=event.sender)
    return Event(at=at, kind=EventKind.NEWS, text=event.text)
