"""The planner: from an interview round, a policy and a moment, every follow-up.

`plan_round(record, policy, now)` decides who gets what and when, and why
(etiquette §2). It never reads the clock: `now` is passed in. Items that no
longer apply stay in the plan as `cancelled`, with the reason.
"""

from __future__ import annotations

import datetime as dt

from followup.model import MessageKind, Plan, PlannedItem, Round, Status
from followup.planner.check_in import plan_check_in
from followup.planner.decisions import plan_long_game, plan_rejection_reply, settle
from followup.planner.facts import RoundFacts, when
from followup.planner.thanks import plan_cards, plan_reflect, plan_thanks, thank_you_slot
from followup.policy import DEFAULT_POLICY, Policy
from followup.workdays import BusinessCalendar

__all__ = ["plan_round", "thank_you_slot"]

KIND_ORDER = {kind: index for index, kind in enumerate(MessageKind)}


def plan_round(
    record: Round, policy: Policy = DEFAULT_POLICY, now: dt.datetime | None = None
) -> Plan:
    """Every follow-up of `record` under `policy`, as known at `now` (time zone-aware)."""
    if now is None or now.tzinfo is None:
        raise ValueError("plan_round needs `now` as a time zone-aware datetime")
    calendar = BusinessCalendar(policy.holiday_country, policy.holiday_subdivision)
    facts = RoundFacts(record, policy, now, calendar)
    notes: list[str] = []
    items = _follow_ups(facts, notes)
    items += plan_cards(facts) + plan_reflect(facts)
    items += plan_rejection_reply(facts) + plan_long_game(facts)
    items, decision_notes = settle(facts, items)
    notes += decision_notes + _people_notes(facts) + _timing_notes(facts, items)
    items.sort(key=lambda item: (item.at, KIND_ORDER[item.kind], item.to or ""))
    return Plan(items=tuple(items), notes=tuple(notes))


def _follow_ups(facts: RoundFacts, notes: list[str]) -> list[PlannedItem]:
    """Thank-you wave and check-in, within the round's follow-up limit."""
    budget = facts.policy.max_follow_ups - facts.follow_ups_sent
    items: list[PlannedItem] = []
    wave = plan_thanks(facts) if budget > 0 else []
    if wave and not facts.wave_sent:
        budget -= 1
    items += wave
    if budget > 0:
        check_in, check_in_notes = plan_check_in(facts, wave)
        items += check_in
        notes += check_in_notes
    elif not facts.sent(MessageKind.CHECK_IN) and facts.decision is None:
        notes.append(
            f"No check-in: the limit of {facts.policy.max_follow_ups} follow-ups per round "
            "leaves no room for one."
        )
    if budget <= 0 and facts.follow_ups_sent >= facts.policy.max_follow_ups:
        notes.append(_move_on(facts))
    return items


def _move_on(facts: RoundFacts) -> str:
    if facts.decision is not None:
        return f"{facts.policy.max_follow_ups} follow-ups were sent before the decision."
    return (
        f"Move on: {facts.policy.max_follow_ups} follow-ups sent, the most a round should get. "
        "Keep applying elsewhere; if they write back, the plan picks up from there."
    )


def _people_notes(facts: RoundFacts) -> list[str]:
    notes = [
        f"Nothing goes to {person.name}: they asked not to be contacted."
        for person in facts.record.interviewers
        if person.do_not_contact
    ]
    if any(p.took_part and not p.email and not p.do_not_contact for p in facts.record.interviewers):
        notes.append(
            "Next interview: ask each person for a card or an email address before you leave."
        )
    return notes


def _timing_notes(facts: RoundFacts, items: list[PlannedItem]) -> list[str]:
    notes = []
    future = [event for event in facts.events if event.at > facts.now]
    if future:
        notes.append(
            f"{len(future)} recorded event(s) are dated after now ({when(future[0].at)}): "
            "check their times."
        )
    late = [
        item
        for item in items
        if item.kind is MessageKind.THANK_YOU
        and item.status is Status.PLANNED
        and item.window_end is not None
        and facts.now > item.window_end
    ]
    if late:
        hours = int(facts.policy.thank_you_latest.total_seconds() // 3600)
        notes.append(
            f"The {hours}-hour window for thank-you notes has passed: a late note still beats "
            "none, so send it today."
        )
    return notes
