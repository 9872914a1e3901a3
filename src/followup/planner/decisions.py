"""What a decision does to a round (etiquette §2.4).

A rejection plans a gracious reply on the next business day and cancels what
is pending; an offer or a withdrawal ends the plan. After a rejection, the
optional long game plans one update at most every interval, and only when
there is news to share.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from followup.model import Event, Interviewer, MessageKind, Outcome, PlannedItem, Status
from followup.planner.facts import RoundFacts, planned_item, when


def _contact(facts: RoundFacts, decision: Event) -> Interviewer | None:
    """Who to answer: whoever told you, else the round's primary contact."""
    teller = facts.person(decision.sender)
    if teller is not None and teller.reachable:
        return teller
    return next((p for p in facts.contact_order if p.reachable), None)


def _message(
    facts: RoundFacts,
    kind: MessageKind,
    person: Interviewer | None,
    at: dt.datetime,
    rule: str,
    reason: str,
) -> PlannedItem:
    blocked = person is None and kind is not MessageKind.REMINDER
    if blocked:
        reason += " Add an email address for one of the people you met to send it."
    status = Status.BLOCKED if blocked else Status.PLANNED
    return planned_item(facts, kind, person, at, rule, reason, status=status)


def plan_rejection_reply(facts: RoundFacts) -> list[PlannedItem]:
    decision = facts.decision
    if decision is None or decision.outcome is not Outcome.REJECTED:
        return []
    if facts.sent(MessageKind.REJECTION_REPLY):
        return []
    person = _contact(facts, decision)
    where = facts.zone_of(person)
    day = facts.calendar.next_business_day(decision.at.astimezone(where).date())
    at = facts.slot(day, where)
    reason = (
        f"The rejection came {when(decision.at.astimezone(where))}. A short, gracious reply the "
        "next business day (thanks, brief regret, interest in future roles) keeps the door open."
    )
    return [_message(facts, MessageKind.REJECTION_REPLY, person, at, "rejection-reply", reason)]


def plan_long_game(facts: RoundFacts) -> list[PlannedItem]:
    decision = facts.decision
    if not facts.policy.long_game or decision is None or decision.outcome is not Outcome.REJECTED:
        return []
    previous = [event.at for event in facts.sent(MessageKind.LONG_GAME)]
    since = max([decision.at, *previous])
    person = _contact(facts, decision)
    where = facts.zone_of(person)
    due = since + facts.policy.long_game_interval
    at = facts.business_slot_on_or_after(due.astimezone(where).date(), where)
    news = facts.news_since(since)
    if news:
        latest = news[-1].text or "your latest news"
        days = facts.policy.long_game_interval.days
        reason = f"A brief update, at most once every {days} days: share {latest!r}."
        return [_message(facts, MessageKind.LONG_GAME, person, at, "long-game", reason)]
    reason = (
        "A long-game update is due, but nothing new is recorded since the last contact. "
        "Record some news (a new skill, a finished project) first; an empty check-in does harm."
    )
    return [_message(facts, MessageKind.REMINDER, None, at, "long-game-news-needed", reason)]


def settle(facts: RoundFacts, items: list[PlannedItem]) -> tuple[list[PlannedItem], list[str]]:
    """Cancel what a decision made pointless; the items it leaves, and notes."""
    decision = facts.decision
    if decision is None or decision.outcome is None:
        return items, []
    outcome = decision.outcome
    if outcome is Outcome.REJECTED:
        why = f"the rejection came first ({when(decision.at)}); the gracious reply takes its place"
        keep: tuple[MessageKind, ...] = (
            MessageKind.REJECTION_REPLY,
            MessageKind.LONG_GAME,
            MessageKind.REMINDER,
        )
        notes: list[str] = []
    else:
        word = "an offer arrived" if outcome is Outcome.OFFER else "you withdrew"
        why = f"{word} on {when(decision.at)}: the plan ends here"
        keep = ()
        notes = [f"The plan ends: {word}. No more follow-ups for {facts.record.company}."]
    settled = [
        item
        if item.kind in keep or item.status is not Status.PLANNED
        else dataclasses.replace(item, status=Status.CANCELLED, reason=f"Cancelled: {why}.")
        for item in items
    ]
    return settled, notes
