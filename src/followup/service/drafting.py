"""Drafting use cases: record files in; reviewed drafts, `.eml` files and reminders out.

`draft_files` plans each round, composes its messages and reviews each
draft with the round as context. It returns what is due at `now` (or, when
nothing is, the next wave), or every message to the person or of the kind
asked for. `write_emls` and `write_reminders` put the drafts where the
user's mail program and calendar can take them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from followup.compose import Blocked, Draft, compose_plan
from followup.errors import UserError
from followup.model import MessageKind, Round
from followup.planner import plan_round
from followup.policy import Policy
from followup.records import load_round
from followup.review import Context, Finding, review

DRAFT_KINDS = tuple(kind.value for kind in MessageKind if kind.value not in ("reminder", "other"))
WAVE = (MessageKind.THANK_YOU, MessageKind.FORWARD_REQUEST)
NEXT_WAVE = dt.timedelta(hours=24)
"""When nothing is due, the next messages: the earliest one and those within a day of it."""


@dataclass(frozen=True)
class ReviewedDraft:
    draft: Draft
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class DraftedRound:
    source: str
    record: Round
    drafts: tuple[ReviewedDraft, ...]
    blocked: tuple[Blocked, ...]
    notes: tuple[str, ...] = ()
    yours: dt.tzinfo | None = None
    """The user's zone for showing times (None: the recipient's own)."""


def draft_files(
    paths: Iterable[Path],
    now: dt.datetime,
    policy: Policy,
    zone: dt.tzinfo | None = None,
    to: str | None = None,
    kind: str | None = None,
) -> list[DraftedRound]:
    """Compose and review the messages of each record file (the first bad file stops)."""
    wanted = _kind(kind)
    results = []
    for path in paths:
        record = load_round(path)
        results.append(_draft_round(str(path), record, now, policy, zone, to, wanted))
    return results


def _kind(kind: str | None) -> MessageKind | None:
    if kind is None:
        return None
    if kind not in DRAFT_KINDS:
        raise UserError(
            f"--kind: unknown kind {kind!r} (expected one of: {', '.join(DRAFT_KINDS)})"
        )
    return MessageKind(kind)


def _draft_round(
    source: str,
    record: Round,
    now: dt.datetime,
    policy: Policy,
    zone: dt.tzinfo | None,
    to: str | None,
    kind: MessageKind | None,
) -> DraftedRound:
    if to is not None and record.interviewer(to) is None:
        names = ", ".join(p.name for p in record.interviewers)
        raise UserError(f"--to: {to!r} is not one of the people in {source} ({names})")
    composed = compose_plan(record, plan_round(record, policy, now), policy, now)
    wave = [d.text for d in composed.drafts if d.kind in WAVE]
    drafts: list[Draft | Blocked] = [*composed.drafts, *composed.blocked]
    chosen, notes = _choose(drafts, now, to, kind)
    reviewed = tuple(_reviewed(record, d, policy, wave) for d in chosen if isinstance(d, Draft))
    blocked = tuple(d for d in chosen if isinstance(d, Blocked))
    return DraftedRound(source, record, reviewed, blocked, tuple(notes), zone)


def _send_time(item: Draft | Blocked) -> dt.datetime:
    return item.send_at if isinstance(item, Draft) else item.at


def _choose(
    items: Sequence[Draft | Blocked], now: dt.datetime, to: str | None, kind: MessageKind | None
) -> tuple[list[Draft | Blocked], list[str]]:
    """The messages asked for, or those due at `now`, or else the next ones."""
    ordered = sorted(items, key=lambda i: (_send_time(i), i.kind.value, i.to or ""))
    if to is not None or kind is not None:
        matching = [
            i
            for i in ordered
            if (to is None or (i.to or "").casefold() == to.casefold())
            and (kind is None or i.kind is kind)
        ]
        what = " ".join(x for x in ((kind.value if kind else "message"), to and f"to {to}") if x)
        return matching, ([] if matching else [f"No {what} is planned."])
    due = [i for i in ordered if _send_time(i) <= now]
    if due or not ordered:
        return due, ([] if ordered else ["Nothing left to send for this round."])
    first = _send_time(ordered[0])
    upcoming = [i for i in ordered if _send_time(i) < first + NEXT_WAVE]
    return upcoming, [f"Nothing is due yet; these are the next messages, from {_stamp(first)}."]


def _stamp(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b} {moment:%H:%M} {moment:%Z}".strip()


def _reviewed(record: Round, draft: Draft, policy: Policy, wave: list[str]) -> ReviewedDraft:
    others = tuple(text for text in wave if text != draft.text) if draft.kind in WAVE else ()
    context = Context(
        record=record,
        recipient=record.interviewer(draft.to),
        send_at=draft.send_at,
        policy=policy,
        round_notes=others,
    )
    return ReviewedDraft(draft, review(draft.text, draft.review_kind, context).findings)


# --- files ---------------------------------------------------------------------------------
def write_emls(rounds: Iterable[DraftedRound], directory: Path) -> list[Path]:
    """One unsent `.eml` per emailed draft in `directory` (created when missing)."""
    from followup.mail.eml import build_message, eml_name, write_eml

    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"--eml: {directory}: cannot create: {error.strerror or error}") from None
    written = []
    for drafted in rounds:
        candidate = drafted.record.candidate
        for reviewed in drafted.drafts:
            draft = reviewed.draft
            if draft.subject is None or not draft.email:
                continue  # a card, or nobody's address: nothing to email
            if candidate is None or not candidate.email:
                raise UserError(
                    f"--eml: {drafted.source} has no candidate email: add candidate: email "
                    "(the From address)"
                )
            message = build_message(draft, candidate.name, candidate.email)
            written.append(write_eml(message, directory / eml_name(draft)))
    return written


def write_reminders(rounds: Iterable[DraftedRound], path: Path, now: dt.datetime) -> Path:
    """A calendar file with a reminder (and the draft) at each message's send time."""
    from followup.ics.reminders import reminder_for, reminders_calendar

    reminders = []
    for drafted in rounds:
        people = drafted.record.interviewers
        reminders += [reminder_for(r.draft, people) for r in drafted.drafts]
        reminders += [reminder_for(b, people) for b in drafted.blocked]
    try:
        path.write_bytes(reminders_calendar(reminders, now))
    except OSError as error:
        raise UserError(f"--ics: {path}: cannot write: {error.strerror or error}") from None
    return path


__all__ = [
    "DRAFT_KINDS",
    "DraftedRound",
    "ReviewedDraft",
    "draft_files",
    "write_emls",
    "write_reminders",
]
