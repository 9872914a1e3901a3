"""Thank-you notes, forward requests, cards and the reflect reminder (etiquette §2.1, §2.5).

One note per person met, all of a round in one slot per local time zone,
within a day of the interview but not in its first hour. People without an
address are thanked through the recruiter or coordinator.
"""

from __future__ import annotations

import datetime as dt
import re

from followup.model import (
    Interviewer,
    MessageKind,
    ParticipantRole,
    PlannedItem,
    Stage,
)
from followup.planner.facts import RoundFacts, planned_item
from followup.policy import Policy, SlotMode
from followup.workdays import at_local


def thank_you_slot(end: dt.datetime, where: dt.tzinfo, policy: Policy) -> dt.datetime:
    """When a thank-you for an interview that ended at `end` goes out, read in `where`."""
    earliest = end + policy.thank_you_earliest
    latest = end + policy.thank_you_latest
    local_end = end.astimezone(where)
    today, tomorrow = local_end.date(), local_end.date() + dt.timedelta(days=1)
    next_morning = at_local(tomorrow, policy.send_hour, where)
    if policy.slot_mode is SlotMode.NEXT_DAY:
        slot = next_morning
    elif policy.slot_mode is SlotMode.SAME_DAY:
        slot = max(earliest, at_local(today, policy.send_hour, where))
    elif local_end.time() < policy.morning_ends:
        slot = max(earliest, at_local(today, policy.send_hour, where))
        if slot > at_local(today, policy.latest_same_day_hour, where):
            slot = next_morning
    else:
        slot = next_morning
    chosen = slot if earliest <= slot <= latest else earliest
    return chosen.astimezone(where)


def _slot_words(facts: RoundFacts, slot: dt.datetime, where: dt.tzinfo) -> str:
    local_end = facts.record.end.astimezone(where)
    if slot.astimezone(where).date() == local_end.date():
        return f"the interview ended at {local_end:%H:%M} their time, so later that day works"
    return f"the interview ended at {local_end:%H:%M} their time, so the next morning reads best"


STAGE_HINTS = {
    Stage.PHONE_SCREEN: " Phone screen: keep it to two or three sentences.",
    Stage.FINAL_ROUND: " Final round: the fullest note; one extra idea on a topic you discussed.",
    Stage.PANEL: " Panel: each note must read differently.",
}


def _thank_you(facts: RoundFacts, person: Interviewer, about: tuple[str, ...]) -> PlannedItem:
    where = facts.zone_of(person)
    slot = thank_you_slot(facts.record.end, where, facts.policy)
    hint = STAGE_HINTS.get(facts.record.stage, "")
    reason = (
        f"Thank {person.name} within a day, never in the first hour: "
        f"{_slot_words(facts, slot, where)}.{hint}"
    )
    if about:
        reason += f" Ask them in it to pass your thanks to {_names(about)}, who left no address."
    return _item(facts, MessageKind.THANK_YOU, person, slot, "thank-you-window", reason, about)


def _item(
    facts: RoundFacts,
    kind: MessageKind,
    person: Interviewer | None,
    at: dt.datetime,
    rule: str,
    reason: str,
    about: tuple[str, ...] = (),
    *,
    windowed: bool = True,
) -> PlannedItem:
    """An item of the thank-you wave, bounded by the thank-you window when `windowed`."""
    end, policy = facts.record.end, facts.policy
    window = (end + policy.thank_you_earliest, end + policy.thank_you_latest)
    return planned_item(
        facts,
        kind,
        person,
        at,
        rule,
        reason,
        about=about,
        window=window if windowed else (None, None),
    )


def _names(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _needs_thanks(facts: RoundFacts, person: Interviewer) -> bool:
    return (
        person.took_part
        and not person.do_not_contact
        and not facts.sent(MessageKind.THANK_YOU, to=person.name)
    )


def _forwarder(facts: RoundFacts, missing: list[Interviewer]) -> Interviewer | None:
    """Who can pass thanks on: a coordinator first (no note of their own), else a recruiter."""
    people = facts.record.interviewers
    order = [p for p in people if p.role is ParticipantRole.COORDINATOR]
    order += [p for p in people if p.role is ParticipantRole.RECRUITER]
    limit = facts.policy.max_follow_ups
    for person in order:
        # A participant carries the ask in their own thank-you: no extra message.
        has_room = person.took_part or facts.sent_follow_ups_to(person.name) < limit
        if person.reachable and person not in missing and has_room:
            return person
    return None


def plan_thanks(facts: RoundFacts) -> list[PlannedItem]:
    """The thank-you wave: a note to each person met, or a way to reach them.

    A forwarder who took part (a recruiter) carries the forward ask in their own
    thank-you, planned or already sent; a coordinator gets a request of its own.
    """
    people = [p for p in facts.record.interviewers if _needs_thanks(facts, p)]
    addressed = [p for p in people if p.email]
    missing = [p for p in people if not p.email]
    forwarder = _forwarder(facts, missing) if missing else None
    about = tuple(p.name for p in missing)
    rides_along = forwarder is not None and forwarder.took_part
    items = [
        _thank_you(facts, p, about if p is forwarder and rides_along else ()) for p in addressed
    ]
    if missing and forwarder is not None and not rides_along:
        if not facts.sent(MessageKind.FORWARD_REQUEST, to=forwarder.name):
            items.append(_forward_request(facts, forwarder, about))
    elif missing and forwarder is None:
        items.append(_find_address(facts, missing))
    return items


def _forward_request(facts: RoundFacts, via: Interviewer, about: tuple[str, ...]) -> PlannedItem:
    where = facts.zone_of(via)
    slot = thank_you_slot(facts.record.end, where, facts.policy)
    reason = (
        f"{_names(about)} left no email address: ask {via.name} to pass on your thanks, "
        "at the same time as the other notes."
    )
    return _item(facts, MessageKind.FORWARD_REQUEST, via, slot, "forward-request", reason, about)


def _find_address(facts: RoundFacts, missing: list[Interviewer]) -> PlannedItem:
    where = facts.zone_of(missing[0])
    slot = thank_you_slot(facts.record.end, where, facts.policy)
    names = tuple(p.name for p in missing)
    reason = (
        f"No address for {_names(names)} and nobody recorded who could forward a note: find one "
        "(the company site, a recruiter, a LinkedIn connection request without a message) "
        "before the day is out."
    )
    return _item(facts, MessageKind.REMINDER, None, slot, "find-address", reason, names)


def card_reason(facts: RoundFacts) -> str | None:
    """Why a handwritten card suits this round, or None."""
    policy, record = facts.policy, facts.record
    if not policy.cards:
        return None
    if record.culture is not None and record.culture.value in policy.card_cultures:
        return f"{record.company} is a {record.culture.value} firm"
    words = "|".join(re.escape(word) for word in policy.card_title_words)
    if words and re.search(rf"\b(?:{words})\b", record.role, re.IGNORECASE):
        return f"{record.role} is a senior role"
    return None


def plan_cards(facts: RoundFacts) -> list[PlannedItem]:
    why = card_reason(facts)
    if why is None:
        return []
    where = facts.candidate_zone
    day = facts.record.end.astimezone(where).date() + dt.timedelta(days=1)
    at = facts.slot(day, where)
    reason = (
        f"{why}: a short handwritten card, mailed the day after, adds a personal touch. "
        "It comes on top of the email, never instead of it."
    )
    return [
        _item(facts, MessageKind.CARD, person, at, "card", reason, windowed=False)
        for person in facts.record.interviewers
        if person.took_part
        and not person.do_not_contact
        and not facts.sent(MessageKind.CARD, to=person.name)
    ]


def plan_reflect(facts: RoundFacts) -> list[PlannedItem]:
    """A reminder to note the questions while they are fresh, until some are noted (for the
    round or for one person) or a follow-up has gone."""
    record = facts.record
    noted = record.notes.questions or any(person.questions for person in record.interviewers)
    if noted or facts.sent():
        return []
    reason = (
        "While it is fresh, write down the questions you were asked, how you answered, "
        "and what you talked about with each person: the notes make every message specific."
    )
    end = facts.record.end.astimezone(facts.candidate_zone)
    return [_item(facts, MessageKind.REMINDER, None, end, "reflect", reason, windowed=False)]
