"""The day's work across every stored round: what is overdue, due today, coming, stuck.

Each round is planned as of `now` (with the profile's candidate and policy);
every planned message due by the horizon is also tried with the composer, so
a message that cannot be written yet (no topic for that person, no name to
sign with) is listed as blocked with what to add. Messages further ahead are
not tried yet: their notes may not exist yet, and composing them would be
most of the time of an agenda of thousands of rounds (what the planner
itself blocks is listed however far ahead). A round with nothing to do is
waiting, with the reason. `Agenda.next_step` is the one thing to do first.

Days are the user's days: "today" ends at midnight in the profile's time
zone (else the zone `now` is given in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from followup.compose import Blocked, compose, is_message
from followup.errors import UserError
from followup.model import MessageKind, Outcome, Plan, PlannedItem, Round, Status
from followup.planner import plan_round
from followup.policy import Policy
from followup.service.profile import policy_for, with_candidate
from followup.store import DraftSummary, Profile, RoundId, Store
from followup.workdays import zone

WHAT = {
    MessageKind.THANK_YOU: "thank-you note",
    MessageKind.FORWARD_REQUEST: "request to forward your thanks",
    MessageKind.CARD: "handwritten card",
    MessageKind.CHECK_IN: "check-in",
    MessageKind.REJECTION_REPLY: "reply to the rejection",
    MessageKind.LONG_GAME: "long-game update",
    MessageKind.REMINDER: "reminder",
    MessageKind.OTHER: "message",
}


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"
    """Would have been due by the horizon, but no longer applies (a reply, a decision)."""


@dataclass(frozen=True)
class DraftState:
    """The stored draft of an item: its id, latest revision, and whether that text is approved."""

    id: int
    revision: int
    approved: bool


@dataclass(frozen=True)
class AgendaItem:
    round: RoundId
    company: str
    role: str
    item: PlannedItem
    bucket: Bucket
    reason: str
    draft: DraftState | None = None

    @property
    def what(self) -> str:
        return WHAT.get(self.item.kind, self.item.kind.value)


@dataclass(frozen=True)
class Waiting:
    """A round with nothing to do before the horizon, and why."""

    round: RoundId
    company: str
    role: str
    reason: str
    next_at: dt.datetime | None = None


@dataclass(frozen=True)
class NextStep:
    text: str
    command: str | None = None


@dataclass(frozen=True)
class Agenda:
    now: dt.datetime
    days: int
    items: tuple[AgendaItem, ...]
    waiting: tuple[Waiting, ...]
    next_step: NextStep
    rounds: int = 0
    ended: int = 0
    zone: dt.tzinfo | None = None
    """The user's zone: days and times are shown in it."""

    def bucket(self, bucket: Bucket) -> tuple[AgendaItem, ...]:
        return tuple(item for item in self.items if item.bucket is bucket)


def build_agenda(store: Store, now: dt.datetime, days: int = 7) -> Agenda:
    """The agenda of every stored round as of `now`, looking `days` ahead."""
    if days < 0:
        raise UserError(f"--days: {days} is negative (0 means today only)")
    profile = store.load_profile()
    policy = policy_for(profile)
    local = _local_now(now, profile)
    today_end = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), local.tzinfo)
    window = _Window(now, local, today_end, now + dt.timedelta(days=days))
    items: list[AgendaItem] = []
    waiting: list[Waiting] = []
    rounds = store.all_rounds()
    ended = 0
    with_work: list[tuple[RoundId, list[AgendaItem]]] = []
    for rid, stored in rounds:
        record = with_candidate(stored, profile)
        plan = plan_round(record, policy, now)
        found = list(_items(rid, record, plan, policy, window))
        if _active(found):
            with_work.append((rid, found))
            continue
        items.extend(found)
        if _ended(record):
            ended += 1
        else:
            waiting.append(_waiting(rid, record, plan, window))
    items.extend(_with_drafts(store, with_work))
    order = list(Bucket)
    items.sort(key=lambda entry: (order.index(entry.bucket), entry.item.at, entry.round.slug))
    step = _next_step(items, waiting, len(rounds), window)
    return Agenda(now, days, tuple(items), tuple(waiting), step, len(rounds), ended, local.tzinfo)


@dataclass(frozen=True)
class _Window:
    now: dt.datetime
    local: dt.datetime
    today_end: dt.datetime
    horizon: dt.datetime

    @property
    def today_start(self) -> dt.datetime:
        return self.today_end - dt.timedelta(days=1)

    def bucket(self, item: PlannedItem) -> Bucket | None:
        late = item.window_end is not None and item.window_end < self.now
        if late or item.at < self.today_start:
            return Bucket.OVERDUE
        if item.at < self.today_end:
            return Bucket.TODAY
        if item.at <= self.horizon:
            return Bucket.UPCOMING
        return None


def _local_now(now: dt.datetime, profile: Profile | None) -> dt.datetime:
    name = profile.candidate.time_zone if profile is not None else None
    return now.astimezone(zone(name)) if name else now


def _active(items: list[AgendaItem]) -> bool:
    return any(entry.bucket is not Bucket.CANCELLED for entry in items)


def _items(
    rid: RoundId, record: Round, plan: Plan, policy: Policy, window: _Window
) -> Iterable[AgendaItem]:
    for item in plan.items:
        reason, bucket = item.reason, window.bucket(item)
        if item.status is Status.CANCELLED:
            if window.today_start <= item.at <= window.horizon:
                yield AgendaItem(rid, record.company, record.role, item, Bucket.CANCELLED, reason)
            continue
        if item.status is Status.BLOCKED:
            bucket = Bucket.BLOCKED
        elif bucket is not None and is_message(item):
            result = compose(record, item, policy, window.now)
            if isinstance(result, Blocked):
                reason, bucket = result.reason, Bucket.BLOCKED
        if bucket is not None:
            yield AgendaItem(rid, record.company, record.role, item, bucket, reason)


def _with_drafts(store: Store, rounds: list[tuple[RoundId, list[AgendaItem]]]) -> list[AgendaItem]:
    """The items of the rounds with work, with the state of their stored drafts.

    The drafts of all those rounds are read together (`Store.draft_summaries`:
    a few queries, not one or more per round).
    """
    numbers = [rid.number for rid, found in rounds if any(is_message(e.item) for e in found)]
    latest: dict[tuple[int, MessageKind, str | None], DraftSummary] = {}
    for summary in store.draft_summaries(numbers) if numbers else ():
        latest[(summary.round_number, summary.kind, summary.to)] = summary
    result = []
    for rid, found in rounds:
        for entry in found:
            draft = latest.get((rid.number, entry.item.kind, entry.item.to))
            state = None if draft is None else DraftState(draft.id, draft.revision, draft.approved)
            result.append(entry if state is None else _replace_draft(entry, state))
    return result


def _replace_draft(entry: AgendaItem, state: DraftState | None) -> AgendaItem:
    return AgendaItem(
        entry.round, entry.company, entry.role, entry.item, entry.bucket, entry.reason, state
    )


def _ended(record: Round) -> bool:
    decisions = [event for event in record.events if event.outcome is not None]
    last = max(decisions, key=lambda event: event.at, default=None)
    return last is not None and last.outcome in (Outcome.OFFER, Outcome.WITHDRAWN)


def _day(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}"


def _waiting(rid: RoundId, record: Round, plan: Plan, window: _Window) -> Waiting:
    later = [item for item in plan.items if item.status is Status.PLANNED]
    if later:
        first = min(later, key=lambda item: item.at)
        to = f" to {first.to}" if first.to else ""
        what = WHAT.get(first.kind, first.kind.value)
        reason = f"{what}{to} on {_day(first.at.astimezone(window.local.tzinfo))}: {first.reason}"
        return Waiting(rid, record.company, record.role, reason, first.at)
    cancelled = [item for item in plan.items if item.status is Status.CANCELLED]
    if cancelled:
        return Waiting(rid, record.company, record.role, cancelled[-1].reason)
    reason = plan.notes[-1] if plan.notes else "Nothing more is planned for this round."
    return Waiting(rid, record.company, record.role, reason)


def _next_step(
    items: list[AgendaItem], waiting: list[Waiting], rounds: int, window: _Window
) -> NextStep:
    """The one thing to do first: a message that is due, what unblocks one due today,
    a reminder that is due, then the rest of today, then what is blocked."""

    def due(entry: AgendaItem) -> bool:
        return entry.bucket is Bucket.OVERDUE or (
            entry.bucket is Bucket.TODAY and entry.item.at <= window.now
        )

    def message(entry: AgendaItem) -> bool:
        return entry.item.kind is not MessageKind.REMINDER

    tests: list[Callable[[AgendaItem], bool]] = [
        lambda e: due(e) and message(e),
        lambda e: e.bucket is Bucket.BLOCKED and e.item.at < window.today_end,
        due,
        lambda e: e.bucket is Bucket.TODAY,
        lambda e: e.bucket is Bucket.BLOCKED,
    ]
    for test in tests:
        chosen = [entry for entry in items if test(entry)]
        if chosen:
            step = _step(min(chosen, key=lambda entry: entry.item.at))
            more = len(chosen) - 1
            return NextStep(f"{step.text} (+{more} more)" if more else step.text, step.command)
    coming = [entry for entry in items if entry.bucket is Bucket.UPCOMING]
    if coming:
        first = min(coming, key=lambda entry: entry.item.at)
        when = _day(first.item.at.astimezone(window.local.tzinfo))
        to = f" to {first.item.to}" if first.item.to else ""
        return NextStep(
            f"Nothing due today. Next: the {first.what}{to} ({first.company}) on {when}."
        )
    if rounds == 0:
        return NextStep(
            "No rounds yet: add one with `followup add` or `followup import INVITE.ics`.",
            "followup add",
        )
    if len(waiting) == 1:
        return NextStep(f"Nothing due now. {waiting[0].company}: {waiting[0].reason}")
    return NextStep(f"Nothing due now: {len(waiting)} rounds waiting (below).")


def _step(entry: AgendaItem) -> NextStep:
    slug, to, item = entry.round.slug, entry.item.to, entry.item
    if entry.bucket is Bucket.BLOCKED:
        return NextStep(f"Now: {entry.reason} ({entry.company})", f"followup note {slug}")
    if item.kind is MessageKind.REMINDER:
        return NextStep(f"Now: {entry.reason} ({entry.company})")
    quoted = f"'{to}'" if to and " " in to else (to or "")
    if entry.draft is None:
        return NextStep(
            f"Now: write the {entry.what} to {to} ({entry.company})",
            f"followup draft {slug} --to {quoted}",
        )
    if not entry.draft.approved:
        return NextStep(
            f"Now: review and approve draft {entry.draft.id}, the {entry.what} to {to} "
            f"({entry.company})",
            f"followup approve {entry.draft.id}",
        )
    return NextStep(
        f"Now: send the approved {entry.what} to {to} ({entry.company}), then log it",
        f"followup log {slug} sent --to {quoted}",
    )
