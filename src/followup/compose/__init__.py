"""The composer: a personal draft for every planned message of a round.

    from followup.compose import compose, compose_plan
    result = compose(record, planned_item, policy, now)   # Draft or Blocked
    composed = compose_plan(record, plan, policy, now)    # every message of the plan

A draft follows etiquette §3 in order: subject, greeting, thanks naming the
role and the day, one detail of this person's conversation, the candidate's
fit, an optional extra (a point to add, a link), a soft close and the
signature. The words come from the phrase banks (`phrases.py`), picked by
the round and the recipient, so a panel's notes differ while the same
inputs always give the same draft. Nothing is invented: without a detail
for a person, the result is `Blocked` with what to add.

Pure core: no files, no clock. `now` is passed in; a draft goes out at its
planned time, or at `now` when that has passed, and its day words are true
then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from followup.compose.choice import Picker, round_key
from followup.compose.draft import REVIEW_KINDS, Blocked, Composed, Draft, stable_id
from followup.compose.kinds import BUILDERS, Refusal
from followup.compose.parts import Scene
from followup.compose.timing import recipient_zone
from followup.model import Plan, PlannedItem, Round, Status, Tone
from followup.policy import DEFAULT_POLICY, Policy

__all__ = [
    "Blocked",
    "Composed",
    "ComposedPlan",
    "Draft",
    "compose",
    "compose_plan",
    "is_message",
    "round_id",
]


def round_id(record: Round) -> str:
    """A short stable id of the round (the same for all its drafts)."""
    return stable_id(round_key(record))


def is_message(item: PlannedItem) -> bool:
    """Whether the composer writes this item (reminders to the user are not messages)."""
    return item.kind in REVIEW_KINDS


def compose(
    record: Round,
    item: PlannedItem,
    policy: Policy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
    *,
    tone: Tone | None = None,
) -> Draft | Blocked:
    """The draft of one planned message, or why it cannot be written yet.

    `tone` overrides the candidate's preferred tone (default: formal).
    `policy` is the round's etiquette; the wording itself reads nothing from it.
    """
    if now is None or now.tzinfo is None:
        raise ValueError("compose needs `now` as a time zone-aware datetime")
    if not is_message(item):
        raise ValueError(f"{item.kind.value} items are reminders for the user, not messages")
    rid = round_id(record)

    def blocked(reason: str) -> Blocked:
        return Blocked(item.kind, item.to, item.at, reason, rid)

    if item.status is Status.BLOCKED:
        return blocked(item.reason)
    person = record.interviewer(item.to) if item.to else None
    if person is None:
        return blocked(f"{item.to or 'Nobody'} is not among the people of this round.")
    candidate = record.candidate
    if candidate is None or not candidate.name.strip():
        return blocked("Add your name (candidate: name) to the record: every message is signed.")
    chosen_tone = tone or candidate.tone or Tone.FORMAL
    people = tuple(p.name for p in record.interviewers)
    send_at = max(item.at, now)
    where = recipient_zone(record, person)
    picker = Picker(round_key(record), people, person.name)
    scene = Scene(record, person, candidate, chosen_tone, send_at, where, picker)
    written = BUILDERS[item.kind](scene, item)
    if isinstance(written, Refusal):
        return blocked(written.reason)
    return Draft(
        kind=item.kind,
        to=person.name,
        email=item.email or person.email,
        send_at=send_at.astimezone(where),
        subject=written.subject,
        body=written.body,
        round_id=rid,
        notes=written.notes,
        about=written.about,
    )


@dataclass(frozen=True)
class ComposedPlan:
    """The drafts of a plan, what could not be written, and the plan with those items blocked."""

    drafts: tuple[Draft, ...]
    blocked: tuple[Blocked, ...]
    plan: Plan


def compose_plan(
    record: Round,
    plan: Plan,
    policy: Policy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
    *,
    tone: Tone | None = None,
) -> ComposedPlan:
    """Every message of `plan` that is planned (or blocked), composed in plan order."""
    drafts: list[Draft] = []
    stopped: list[Blocked] = []
    items: list[PlannedItem] = []
    for item in plan.items:
        if not is_message(item) or item.status is Status.CANCELLED:
            items.append(item)
            continue
        result = compose(record, item, policy, now, tone=tone)
        if isinstance(result, Draft):
            drafts.append(result)
            items.append(item)
        else:
            stopped.append(result)
            items.append(dataclasses.replace(item, status=Status.BLOCKED, reason=result.reason))
    return ComposedPlan(
        tuple(drafts), tuple(stopped), dataclasses.replace(plan, items=tuple(items))
    )
