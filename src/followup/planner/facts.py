"""What the planner needs to know about a round, worked out once.

Time zones (whose local time a rule is read in), what was already sent to
whom, replies, the decision, and who the round's primary contact is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from followup.model import (
    Event,
    EventKind,
    Interviewer,
    MessageKind,
    Outcome,
    ParticipantRole,
    PlannedItem,
    Round,
    Status,
)
from followup.policy import Policy
from followup.workdays import BusinessCalendar, at_local, zone

FOLLOW_UP_KINDS = frozenset(
    {MessageKind.THANK_YOU, MessageKind.FORWARD_REQUEST, MessageKind.CHECK_IN, MessageKind.OTHER}
)
"""Messages that count towards the follow-up limit (replies to a decision do not)."""


def when(instant: dt.datetime) -> str:
    """A short, unambiguous local time for reasons: 'Tue 3 Mar 12:00'."""
    return f"{instant:%a} {instant.day} {instant:%b} {instant:%H:%M}"


def day_words(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B} {day.year}"


def same_name(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold().strip() == b.casefold().strip()


@dataclass(frozen=True)
class RoundFacts:
    record: Round
    policy: Policy
    now: dt.datetime
    calendar: BusinessCalendar

    # --- time zones -------------------------------------------------------
    def zone_of(self, person: Interviewer | None) -> dt.tzinfo:
        """The recipient's local zone: theirs, else the interview's, else the candidate's."""
        for name in (person.time_zone if person else None, self.record.time_zone):
            if name:
                return zone(name)
        return self.candidate_zone

    @cached_property
    def candidate_zone(self) -> dt.tzinfo:
        candidate = self.record.candidate
        for name in (candidate.time_zone if candidate else None, self.record.time_zone):
            if name:
                return zone(name)
        tz = self.record.start.tzinfo
        assert tz is not None, "the records edge makes every time zone-aware"
        return tz

    def slot(self, day: dt.date, where: dt.tzinfo, wall: dt.time | None = None) -> dt.datetime:
        return at_local(day, wall or self.policy.send_hour, where)

    def business_slot_on_or_after(self, day: dt.date, where: dt.tzinfo) -> dt.datetime:
        return self.slot(self.calendar.on_or_after(day), where)

    # --- events -----------------------------------------------------------
    @cached_property
    def events(self) -> tuple[Event, ...]:
        return tuple(sorted(self.record.events, key=lambda event: event.at))

    def sent(self, kind: MessageKind | None = None, to: str | None = None) -> list[Event]:
        return [
            event
            for event in self.events
            if event.kind is EventKind.SENT
            and (kind is None or event.message is kind)
            and (to is None or same_name(event.to, to))
        ]

    def sent_follow_ups_to(self, name: str) -> int:
        return sum(1 for event in self.sent(to=name) if event.message in FOLLOW_UP_KINDS)

    @cached_property
    def wave_sent(self) -> bool:
        """Whether any note of the thank-you wave went out (the wave is one follow-up)."""
        wave = (MessageKind.THANK_YOU, MessageKind.FORWARD_REQUEST)
        return any(event.message in wave for event in self.sent())

    @cached_property
    def follow_ups_sent(self) -> int:
        """Follow-ups of the round so far: the thank-you wave counts once, each other once."""
        others = sum(
            1 for event in self.sent() if event.message in (MessageKind.CHECK_IN, MessageKind.OTHER)
        )
        return int(self.wave_sent) + others

    @cached_property
    def first_reply(self) -> Event | None:
        replies = [event for event in self.events if event.kind is EventKind.REPLY]
        return replies[0] if replies else None

    @cached_property
    def decision(self) -> Event | None:
        decisions = [event for event in self.events if event.kind is EventKind.DECISION]
        return decisions[-1] if decisions else None

    def outcome_is(self, outcome: Outcome) -> bool:
        return self.decision is not None and self.decision.outcome is outcome

    def news_since(self, moment: dt.datetime) -> list[Event]:
        return [e for e in self.events if e.kind is EventKind.NEWS and e.at > moment]

    # --- people -----------------------------------------------------------
    def person(self, name: str | None) -> Interviewer | None:
        return self.record.interviewer(name) if name else None

    @cached_property
    def contact_order(self) -> tuple[Interviewer, ...]:
        """Who counts as the primary contact, best first (etiquette §2.2)."""
        people = self.record.interviewers
        ranked: list[Interviewer] = []
        given_by = self.person(self.record.timeline_from)
        if given_by is not None:
            ranked.append(given_by)
        for roles in (
            (ParticipantRole.RECRUITER, ParticipantRole.COORDINATOR),
            (ParticipantRole.HIRING_MANAGER,),
            tuple(ParticipantRole),
        ):
            ranked.extend(p for p in people if p.role in roles and p not in ranked)
        return tuple(ranked)


def planned_item(
    facts: RoundFacts,
    kind: MessageKind,
    person: Interviewer | None,
    at: dt.datetime,
    rule: str,
    reason: str,
    *,
    status: Status = Status.PLANNED,
    about: tuple[str, ...] = (),
    window: tuple[dt.datetime | None, dt.datetime | None] = (None, None),
) -> PlannedItem:
    """One plan item for `person` (None: a reminder to the user) in this round's stage."""
    return PlannedItem(
        kind=kind,
        to=person.name if person else None,
        email=person.email if person else None,
        at=at,
        status=status,
        rule=rule,
        reason=reason,
        stage=facts.record.stage,
        window_start=window[0],
        window_end=window[1],
        about=about,
    )
