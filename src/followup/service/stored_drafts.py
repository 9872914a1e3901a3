"""Stored drafts: the text the user edits, each edit kept and reviewed, approvals.

A draft is edited as plain text, a ``Subject:`` line, a blank line and the
body (a card has no subject line). Every change is kept as a new revision
and reviewed at once against the round; approving freezes that exact text
(the store binds the approval to the SHA-256 of subject and body), so any
later edit needs a new approval. A draft with errors is approved only when
the user insists (`force`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from followup.compose import Draft as Composed
from followup.compose.draft import REVIEW_KINDS
from followup.errors import UserError
from followup.review import Report, Severity, review
from followup.service.profile import policy_for, with_candidate
from followup.service.stored_review import stored_context
from followup.store import Approval, Draft, DraftSource, RoundId, RoundRef, Store

if TYPE_CHECKING:
    from followup.service.drafting import DraftedRound

SUBJECT = "Subject:"


def draft_text(draft: Draft) -> str:
    """The latest text of `draft` as the user edits it."""
    latest = draft.latest
    body = latest.body.rstrip("\n") + "\n"
    return f"{SUBJECT} {latest.subject}\n\n{body}" if latest.subject else body


def read_draft_text(text: str, draft: Draft) -> tuple[str, str]:
    """Subject and body of an edited text; the subject line stays when the draft had one."""
    lines = text.replace("\r\n", "\n").split("\n")
    subject = ""
    if lines and lines[0].lstrip().lower().startswith(SUBJECT.lower()):
        subject = lines[0].lstrip()[len(SUBJECT) :].strip()
        lines = lines[1:]
    elif draft.latest.subject:
        raise UserError(
            f"draft {draft.id}: the first line must stay 'Subject: …' — nothing was saved"
        )
    body = "\n".join(lines).strip("\n").rstrip()
    if draft.latest.subject and not subject:
        raise UserError(f"draft {draft.id}: the subject is empty — nothing was saved")
    if not body.strip():
        raise UserError(f"draft {draft.id}: the message is empty — nothing was saved")
    return subject, body


def review_kind(draft: Draft) -> str:
    return REVIEW_KINDS.get(draft.kind, "thank-you")


def review_draft(store: Store, draft: Draft, now: dt.datetime) -> Report:
    """The reviewer's report on the draft's latest text, in its round's context."""
    others = tuple(
        other.latest.body
        for other in store.list_drafts(draft.round.number)
        if other.id != draft.id and other.kind is draft.kind
    )
    if draft.to is None:
        return review(draft_text(draft), review_kind(draft), None, store.rule_levels())
    found = stored_context(
        store, draft.round.number, draft.to, kind=draft.kind, now=now, others=others
    )
    return review(draft_text(draft), review_kind(draft), found.context, found.rules)


@dataclass(frozen=True)
class Edited:
    """A draft after an edit: its revision now, whether the text changed, the review."""

    draft: Draft
    changed: bool
    report: Report
    was_approved: bool


def edit_draft(store: Store, draft_id: int, text: str | None, now: dt.datetime) -> Edited:
    """Keep `text` as the draft's new revision (None or the same text: no change) and review it."""
    draft = store.get_draft(draft_id)
    changed = False
    if text is not None:
        subject, body = read_draft_text(text, draft)
        latest = draft.latest
        if (subject, body) != (latest.subject, latest.body.rstrip()):
            store.edit_draft(draft_id, subject, body)
            changed = True
    after = store.get_draft(draft_id) if changed else draft
    return Edited(after, changed, review_draft(store, after, now), draft.approved)


def open_draft(store: Store, draft_id: int) -> Draft:
    return store.get_draft(draft_id)


@dataclass(frozen=True)
class Approved:
    draft: Draft
    approval: Approval
    report: Report


def approve_draft(
    store: Store, draft_id: int, revision: int | None, now: dt.datetime, *, force: bool = False
) -> Approved:
    """Approve the latest text (`revision`, when given, must still be the latest).

    A text the reviewer finds errors in is refused unless `force`.
    """
    draft = store.get_draft(draft_id)
    report = review_draft(store, draft, now)
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    if errors and not force:
        rules = ", ".join(dict.fromkeys(f.rule for f in errors))
        raise UserError(
            f"draft {draft_id} has {len(errors)} error(s) ({rules}): fix them with "
            f"`followup edit {draft_id}`, or approve it anyway with --force"
        )
    approval = store.approve_draft(draft_id, revision)
    return Approved(store.get_draft(draft_id), approval, report)


# --- Composing the drafts of a stored round ----------------------------------------


class Stored(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT = "kept"
    """The composer wrote a different text, but the user's own edit is kept."""


@dataclass(frozen=True)
class StoredDraft:
    """Where a composed draft went in the store."""

    draft_id: int
    revision: int
    state: Stored


@dataclass(frozen=True)
class DraftedStoredRound:
    id: RoundId
    drafted: DraftedRound
    stored: tuple[StoredDraft, ...]
    """One per draft of `drafted.drafts`, in the same order."""


def draft_stored_round(
    store: Store,
    ref: RoundRef,
    now: dt.datetime,
    zone: dt.tzinfo | None = None,
    to: str | None = None,
    kind: str | None = None,
) -> DraftedStoredRound:
    """Compose and review the round's messages (as `followup draft FILE` does) and store them.

    A message with no stored draft gets one; a stored draft the composer
    wrote last gets the new text as a revision when it differs; a draft the
    user edited keeps the user's text.
    """
    from followup.service import drafting

    rid = store.round_id(ref)
    profile = store.load_profile()
    record = with_candidate(store.get_round(rid.number), profile)
    wanted = drafting._kind(kind)  # the composer's own check of --kind
    # The composer's drafting of one round (drafting should make `_draft_round` public).
    drafted = drafting._draft_round(rid.slug, record, now, policy_for(profile), zone, to, wanted)
    existing = {(d.kind, d.to): d for d in store.list_drafts(rid.number)}
    stored = tuple(
        _store(store, rid, existing.get((r.draft.kind, r.draft.to)), r.draft)
        for r in drafted.drafts
    )
    return DraftedStoredRound(rid, drafted, stored)


def _store(store: Store, rid: RoundId, old: Draft | None, draft: Composed) -> StoredDraft:
    subject, body = draft.subject or "", draft.body
    if old is None:
        ref = store.save_draft(rid.number, draft.to, draft.kind, subject, body)
        return StoredDraft(ref.draft_id, ref.revision, Stored.NEW)
    latest = old.latest
    if (latest.subject, latest.body) == (subject, body):
        return StoredDraft(old.id, latest.number, Stored.UNCHANGED)
    if latest.source is DraftSource.USER:
        return StoredDraft(old.id, latest.number, Stored.KEPT)
    ref = store.edit_draft(old.id, subject, body, DraftSource.COMPOSER)
    return StoredDraft(ref.draft_id, ref.revision, Stored.UPDATED)
