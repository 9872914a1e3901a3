"""The records of an interview round as typed, immutable values.

These mirror `records.md`: a candidate, the round (company, role, stage, when,
who was met and what was said), what happened since (events), and the plan
items the planner derives. Nothing here reads files, clocks or databases.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Stage(StrEnum):
    PHONE_SCREEN = "phone-screen"
    FIRST_ROUND = "first-round"
    PANEL = "panel"
    FINAL_ROUND = "final-round"
    OTHER = "other"


class Format(StrEnum):
    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"


class Culture(StrEnum):
    STARTUP = "startup"
    CORPORATE = "corporate"
    TRADITIONAL = "traditional"


class Tone(StrEnum):
    FORMAL = "formal"
    WARM = "warm"


class Honorific(StrEnum):
    DR = "Dr."
    MS = "Ms."
    MR = "Mr."
    MX = "Mx."
    NONE = "none"


class ParticipantRole(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring-manager"
    PANELIST = "panelist"
    COORDINATOR = "coordinator"


class MessageKind(StrEnum):
    """What a planned item (or a sent message) is."""

    THANK_YOU = "thank-you"
    FORWARD_REQUEST = "forward-request"
    CARD = "card"
    CHECK_IN = "check-in"
    REJECTION_REPLY = "rejection-reply"
    LONG_GAME = "long-game"
    REMINDER = "reminder"
    OTHER = "other"


class EventKind(StrEnum):
    SENT = "sent"
    REPLY = "reply"
    DECISION = "decision"
    NEWS = "news"


class Outcome(StrEnum):
    REJECTED = "rejected"
    OFFER = "offer"
    WITHDRAWN = "withdrawn"


class Status(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class Candidate:
    name: str
    email: str | None = None
    phone: str | None = None
    links: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    achievements: tuple[str, ...] = ()
    time_zone: str | None = None
    tone: Tone | None = None


@dataclass(frozen=True)
class Interviewer:
    name: str
    honorific: Honorific | None = None
    first_name_basis: bool = False
    title: str | None = None
    email: str | None = None
    role: ParticipantRole = ParticipantRole.PANELIST
    topics: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    time_zone: str | None = None
    do_not_contact: bool = False

    @property
    def took_part(self) -> bool:
        """A coordinator arranged the interview but was not in it."""
        return self.role is not ParticipantRole.COORDINATOR

    @property
    def reachable(self) -> bool:
        return self.email is not None and not self.do_not_contact


@dataclass(frozen=True)
class RoundNotes:
    questions: tuple[str, ...] = ()
    went_well: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """Something that happened after the interview.

    `sent`: the user sent `message` (a MessageKind) to `to`.
    `reply`: `sender` wrote back. `decision`: the company decided `outcome`
    (told by `sender` when known). `news`: something new the user can share
    later (a finished project, a new skill), in `text`.
    """

    at: dt.datetime
    kind: EventKind
    to: str | None = None
    message: MessageKind | None = None
    sender: str | None = None
    outcome: Outcome | None = None
    text: str | None = None


Timeline = dt.date | str
"""A stated decision timeline: a date, or the words the interviewer used."""


@dataclass(frozen=True)
class Round:
    """One interview round of one opportunity, as recorded."""

    company: str
    role: str
    stage: Stage
    start: dt.datetime
    end: dt.datetime
    interviewers: tuple[Interviewer, ...]
    candidate: Candidate | None = None
    format: Format | None = None
    culture: Culture | None = None
    time_zone: str | None = None
    timeline: Timeline | None = None
    timeline_from: str | None = None
    check_in_invited: dt.date | dt.datetime | None = None
    notes: RoundNotes = field(default_factory=RoundNotes)
    other_companies: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    attachments_requested: bool = False

    def interviewer(self, name: str) -> Interviewer | None:
        """The participant called `name` (case-insensitive), if any."""
        wanted = name.casefold().strip()
        for person in self.interviewers:
            if person.name.casefold() == wanted:
                return person
        return None


@dataclass(frozen=True)
class PlannedItem:
    """One thing the plan says to do: a message to send, a card, a reminder.

    `to` is a participant's name, or None for reminders to the user.
    `window_start`/`window_end` bound when the item may go out (None when
    the rule gives no bound). `rule` is a stable id; `reason` says why in
    words a user understands. `about` lists the people a forward-request
    or a card concerns.
    """

    kind: MessageKind
    to: str | None
    at: dt.datetime
    status: Status
    rule: str
    reason: str
    stage: Stage
    window_start: dt.datetime | None = None
    window_end: dt.datetime | None = None
    email: str | None = None
    about: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """Every follow-up of one round, in time order, with notes for the user."""

    items: tuple[PlannedItem, ...]
    notes: tuple[str, ...] = ()

    def active(self) -> tuple[PlannedItem, ...]:
        return tuple(item for item in self.items if item.status is Status.PLANNED)
