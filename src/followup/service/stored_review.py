"""The reviewer's context for a message of a stored round: the round, the person, the time.

Used by `followup check --interview ROUND` and by the stored drafts (edit,
approve). The round is the stored one signed by the profile's candidate,
the policy is the profile's, and the user's dictionary and rule settings
come from the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followup.model import MessageKind, Round, Status
from followup.planner import plan_round
from followup.policy import Policy
from followup.review import Context, RuleSettings
from followup.service.profile import policy_for, with_candidate
from followup.service.reviewing import recipient
from followup.store import RoundId, RoundRef, Store


@dataclass(frozen=True)
class StoredContext:
    id: RoundId
    record: Round
    policy: Policy
    context: Context
    rules: RuleSettings


def planned_time(
    record: Round, policy: Policy, kind: MessageKind, to: str, now: dt.datetime
) -> dt.datetime:
    """When the plan sends this message (not before `now`), or `now` if it plans none."""
    for item in plan_round(record, policy, now).items:
        if item.kind is kind and item.to == to and item.status is Status.PLANNED:
            return max(item.at, now)
    return now


def stored_context(
    store: Store,
    ref: RoundRef,
    to: str | None,
    *,
    kind: MessageKind = MessageKind.THANK_YOU,
    send_at: dt.datetime | None = None,
    now: dt.datetime,
    others: tuple[str, ...] = (),
) -> StoredContext:
    """The context to review a message of round `ref` to `to`.

    Without `send_at`, the message is reviewed as sent when the plan sends
    it. `others` are the other notes of the round (near-identical notes).
    """
    rid = store.round_id(ref)
    profile = store.load_profile()
    policy = policy_for(profile)
    record = with_candidate(store.get_round(rid.number), profile)
    person = recipient(record, to, f"round {rid.slug}")
    when = send_at or planned_time(record, policy, kind, person.name, now)
    context = Context(
        record=record,
        recipient=person,
        send_at=when,
        policy=policy,
        known_words=frozenset(store.list_words()),
        round_notes=others,
    )
    return StoredContext(rid, record, policy, context, store.rule_levels())
