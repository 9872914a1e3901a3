"""What happened after the interview (sent, reply, decision, news), and how the plan changed.

`log_event` checks the event against the round (the people are the round's,
a sent message names what it was, nothing is logged in the future), stores
it, and plans the round before and after as of `now`: the changed plan
lines are the result (a reply cancels the check-in, a rejection plans the
gracious reply).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup.compose import is_message
from followup.errors import UserError
from followup.model import (
    Event,
    EventKind,
    MessageKind,
    Outcome,
    Plan,
    PlannedItem,
    Round,
    Status,
)
from followup.planner import plan_round
from followup.service.profile import policy_for, with_candidate
from followup.store import RoundId, RoundRef, Store

FUTURE_SLACK = dt.timedelta(minutes=5)
"""How far past `now` an event may be dated (clocks differ a little)."""


@dataclass(frozen=True)
class LogRequest:
    kind: EventKind
    at: dt.datetime
    to: str | None = None
    sender: str | None = None
    outcome: Outcome | None = None
    message: MessageKind | None = None
    text: str | None = None


@dataclass(frozen=True)
class PlanChange:
    """One plan line before and after (None: not in that plan)."""

    before: PlannedItem | None
    after: PlannedItem | None


@dataclass(frozen=True)
class Logged:
    id: RoundId
    event: Event
    changes: tuple[PlanChange, ...]
    plan: Plan


def log_event(store: Store, ref: RoundRef, request: LogRequest, now: dt.datetime) -> Logged:
    rid = store.round_id(ref)
    profile = store.load_profile()
    policy = policy_for(profile)
    record = with_candidate(store.get_round(rid.number), profile)
    before = plan_round(record, policy, now)
    event = checked_event(record, before, request, now)
    store.log_event(rid.number, event)
    after_record = with_candidate(store.get_round(rid.number), profile)
    after = plan_round(after_record, policy, now)
    return Logged(rid, event, plan_changes(before, after), after)


def _unexpected(request: LogRequest) -> list[str]:
    allowed = {
        EventKind.SENT: {"to", "message"},
        EventKind.REPLY: {"sender"},
        EventKind.DECISION: {"outcome", "sender"},
        EventKind.NEWS: {"text"},
    }[request.kind]
    given = {
        "to": request.to,
        "message": request.message,
        "sender": request.sender,
        "outcome": request.outcome,
        "text": request.text,
    }
    option = {"to": "--to", "message": "--message", "sender": "--from", "outcome": "--outcome"}
    return [
        option.get(key, "--text") for key, value in given.items() if value and key not in allowed
    ]


def checked_event(record: Round, plan: Plan, request: LogRequest, now: dt.datetime) -> Event:
    """The event `request` describes, checked against the round, or a UserError."""
    extra = _unexpected(request)
    if extra:
        raise UserError(f"{', '.join(extra)}: not used with {request.kind.value}")
    if request.at > now + FUTURE_SLACK:
        raise UserError(f"--at: {request.at.isoformat()} is in the future; log what happened")
    if request.at < record.start:
        raise UserError(
            f"--at: {request.at.isoformat()} is before the interview ({record.start.isoformat()})"
        )
    if request.kind is EventKind.SENT:
        to = _person(record, request.to, "--to")
        message = request.message or _planned_kind(plan, to)
        return Event(request.at, EventKind.SENT, to=to, message=message)
    if request.kind is EventKind.REPLY:
        sender = _person(record, request.sender, "--from", strict=False)
        return Event(request.at, EventKind.REPLY, sender=sender)
    if request.kind is EventKind.DECISION:
        if request.outcome is None:
            raise UserError("--outcome: say what they decided (rejected, offer or withdrawn)")
        teller = _person(record, request.sender, "--from", strict=False) if request.sender else None
        return Event(request.at, EventKind.DECISION, outcome=request.outcome, sender=teller)
    text = " ".join((request.text or "").split())
    if not text:
        raise UserError("--text: say what is new (a finished project, a new skill)")
    return Event(request.at, EventKind.NEWS, text=text)


def _person(record: Round, name: str | None, option: str, strict: bool = True) -> str:
    """The name as recorded; with one person met it may be left out."""
    met = [p for p in record.interviewers if p.took_part] or list(record.interviewers)
    if not name or not name.strip():
        if len(met) == 1:
            return met[0].name
        names = ", ".join(p.name for p in record.interviewers)
        raise UserError(f"{option}: say who (one of: {names})")
    person = record.interviewer(name)
    if person is not None:
        return person.name
    if not strict:
        return " ".join(name.split())
    names = ", ".join(p.name for p in record.interviewers)
    raise UserError(f"{option}: {name!r} is not one of the people met ({names})")


def _planned_kind(plan: Plan, to: str) -> MessageKind:
    """What was sent to `to`: the first message the plan has for them."""
    for item in plan.items:
        if item.to == to and item.status is not Status.CANCELLED and is_message(item):
            return item.kind
    raise UserError(
        f"--message: nothing is planned for {to}; say what you sent "
        "(thank-you, check-in, rejection-reply, long-game, card or other)"
    )


def _key(item: PlannedItem) -> tuple[str, str]:
    return (item.kind.value, item.to or "")


def plan_changes(before: Plan, after: Plan) -> tuple[PlanChange, ...]:
    """The plan lines that changed: status, time or reason; new ones and gone ones."""
    old = {_key(item): item for item in before.items}
    new = {_key(item): item for item in after.items}
    changes = []
    for key, item in old.items():
        changed = new.get(key)
        if changed is None or (changed.status, changed.at, changed.reason) != (
            item.status,
            item.at,
            item.reason,
        ):
            changes.append(PlanChange(item, changed))
    changes += [PlanChange(None, item) for key, item in new.items() if key not in old]
    changes.sort(key=_time)
    return tuple(changes)


def _time(change: PlanChange) -> dt.datetime:
    line = change.after if change.after is not None else change.before
    assert line is not None, "a change has a line before or after"
    return line.at
