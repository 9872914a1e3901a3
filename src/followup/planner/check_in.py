"""The one polite check-in of a round (etiquette §2.2, §2.3).

After the stated timeline plus a grace of business days, at the invited
time, or a week after the interview; to the primary contact only; at the
send hour on a business day; cancelled by any reply or decision.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from followup.model import Interviewer, MessageKind, PlannedItem, Status
from followup.planner.facts import RoundFacts, day_words, planned_item, when
from followup.policy import DayCount
from followup.timeline import parse_timeline


@dataclass(frozen=True)
class CheckInTime:
    at: dt.datetime
    rule: str
    why: str
    note: str | None = None


def _interview_day(facts: RoundFacts, where: dt.tzinfo) -> dt.date:
    return facts.record.start.astimezone(where).date()


def _invited(facts: RoundFacts, where: dt.tzinfo) -> CheckInTime | None:
    invited = facts.record.check_in_invited
    if invited is None:
        return None
    if isinstance(invited, dt.datetime):
        local = invited.astimezone(where)
        day = facts.calendar.on_or_after(local.date())
        at = facts.slot(day, where, local.timetz().replace(tzinfo=None))
    else:
        at = facts.business_slot_on_or_after(invited, where)
    why = f"they invited you to check in then ({day_words(at.astimezone(where).date())})"
    return CheckInTime(at, "check-in-invited", why)


def _after_timeline(facts: RoundFacts, where: dt.tzinfo) -> CheckInTime | None:
    timeline = facts.record.timeline
    if timeline is None:
        return None
    grace = facts.policy.grace_business_days
    if isinstance(timeline, dt.date):
        last, heard = timeline, f"their timeline was {day_words(timeline)}"
    else:
        reading = parse_timeline(timeline, _interview_day(facts, where), facts.calendar)
        if reading is None:
            return None
        last, heard = reading.day, f"their timeline {reading.reading}"
    at = facts.slot(facts.calendar.add_business_days(last, grace), where)
    why = f"{heard}; give it {grace} business days past that before asking"
    return CheckInTime(at, "check-in-after-timeline", why)


def _after_a_week(facts: RoundFacts, where: dt.tzinfo) -> CheckInTime:
    days, policy = facts.policy.check_in_days, facts.policy
    start = _interview_day(facts, where)
    if policy.check_in_day_count is DayCount.BUSINESS:
        day, span = facts.calendar.add_business_days(start, days), f"{days} business days"
    else:
        day, span = facts.calendar.on_or_after(start + dt.timedelta(days=days)), f"{days} days"
    why = f"no timeline was given, so {span} after the interview, on a business day"
    holiday = facts.calendar.holiday_name(start + dt.timedelta(days=days))
    if holiday and policy.check_in_day_count is DayCount.CALENDAR:
        why += f" ({holiday} moves it)"
    return CheckInTime(facts.slot(day, where), "check-in-after-a-week", why)


def check_in_time(facts: RoundFacts, where: dt.tzinfo) -> CheckInTime:
    """When the check-in may go, read in the recipient's zone `where`."""
    chosen = _invited(facts, where) or _after_timeline(facts, where)
    note = None
    if chosen is None and isinstance(facts.record.timeline, str):
        note = (
            f"The timeline {facts.record.timeline!r} was not understood; the check-in uses the "
            "one-week default. Record it as a date (YYYY-MM-DD) to plan it exactly."
        )
    chosen = chosen or _after_a_week(facts, where)
    return CheckInTime(chosen.at, chosen.rule, chosen.why, note)


def _recipient(facts: RoundFacts, planned: Counter[str]) -> Interviewer | None:
    limit = facts.policy.max_follow_ups
    for person in facts.contact_order:
        used = facts.sent_follow_ups_to(person.name) + planned[person.name]
        if person.reachable and used < limit:
            return person
    return None


def _stopped_by(facts: RoundFacts) -> str | None:
    """Why a check-in is no longer needed, or None."""
    decision, reply = facts.decision, facts.first_reply
    if decision is not None and decision.outcome is not None:
        return f"a decision ({decision.outcome.value}) came on {when(decision.at)}"
    if reply is not None:
        who = reply.sender or "they"
        return f"{who} replied on {when(reply.at)}: answer that message instead"
    return None


def plan_check_in(
    facts: RoundFacts, wave: list[PlannedItem]
) -> tuple[list[PlannedItem], list[str]]:
    """The round's check-in (planned or cancelled) and notes for the user."""
    if facts.sent(MessageKind.CHECK_IN):
        return [], []
    planned = Counter(item.to for item in wave if item.to and item.kind is not MessageKind.CARD)
    person = _recipient(facts, planned)
    where = facts.zone_of(person)
    timing = check_in_time(facts, where)
    at = _not_before_thanks(facts, timing.at, wave, where)
    notes = [timing.note] if timing.note else []
    status, reason = Status.PLANNED, f"One polite check-in: {timing.why}."
    stop = _stopped_by(facts)
    if stop is not None:
        status, reason = Status.CANCELLED, f"No check-in: {stop}."
    elif person is None:
        status = Status.BLOCKED
        reason = "No one to check in with: add an email address for the recruiter or a contact."
    item = planned_item(
        facts,
        MessageKind.CHECK_IN,
        person,
        at,
        timing.rule,
        reason,
        status=status,
        window=(at, None),
    )
    return [item], notes


def _not_before_thanks(
    facts: RoundFacts, at: dt.datetime, wave: list[PlannedItem], where: dt.tzinfo
) -> dt.datetime:
    """A check-in never goes on the day of the thank-you notes (planned or sent) or before."""
    wave_kinds = (MessageKind.THANK_YOU, MessageKind.FORWARD_REQUEST)
    times = [item.at for item in wave if item.kind in wave_kinds]
    times += [event.at for event in facts.sent() if event.message in wave_kinds]
    if not times:
        return at
    last_day = max(times).astimezone(where).date()
    if at.astimezone(where).date() > last_day:
        return at
    return facts.slot(facts.calendar.next_business_day(last_day), where)
