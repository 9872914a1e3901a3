"""Drafts in the store: every version kept, approvals bound to the exact text.

A draft belongs to a round and is addressed to one of its interviewers (or
to nobody: a reminder for the user). Saving starts revision 1; each edit that
changes the text adds the next revision and never rewrites an old one. An
approval names one revision and the SHA-256 of its subject and body
(`text_sha256`); a draft is approved only while its latest revision is the
approved one and still hashes the same, so any later edit withdraws it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from followup.errors import UserError
from followup.model import MessageKind
from followup.store.rounds import DELETED_HINT, RoundRef, find_round, round_id
from followup.store.schema import ApprovalRow, DraftRevisionRow, DraftRow, RoundRow
from followup.store.values import (
    Approval,
    Draft,
    DraftRef,
    DraftRevision,
    DraftSource,
    DraftSummary,
    text_sha256,
)

ROUNDS_PER_QUERY = 500
"""Rounds named in one `draft_summaries` query (an IN list stays well under every
database's limit on bound parameters)."""


def save_draft(
    session: Session,
    ref: RoundRef,
    to: str | None,
    kind: MessageKind,
    subject: str,
    body: str,
    source: DraftSource,
    now: dt.datetime,
) -> DraftRef:
    round_row = find_round(session, ref)
    draft = DraftRow(
        round=round_row, recipient=_recipient(round_row, to), kind=kind, created_at=now
    )
    draft.revisions.append(_revision(1, subject, body, source, now))
    session.add(draft)
    session.flush()
    return DraftRef(draft.id, 1)


def _recipient(round_row: RoundRow, to: str | None) -> str | None:
    """The interviewer's name as recorded; None for a reminder to the user."""
    if to is None:
        return None
    wanted = to.strip().casefold()
    for person in round_row.interviewers:
        if person.name.strip().casefold() == wanted:
            return person.name
    listed = ", ".join(person.name for person in round_row.interviewers)
    raise UserError(f"no interviewer {to!r} in round {round_row.slug!r} (met: {listed})")


def _revision(
    number: int, subject: str, body: str, source: DraftSource, now: dt.datetime
) -> DraftRevisionRow:
    return DraftRevisionRow(
        number=number, subject=subject, body=body, source=source, created_at=now
    )


def find_draft(session: Session, draft_id: int) -> DraftRow:
    draft = session.get(DraftRow, draft_id)
    if draft is None:
        raise UserError(f"no draft {draft_id}")
    if draft.round.deleted_at is not None:
        raise UserError(
            f"draft {draft_id} belongs to deleted round {draft.round.slug!r} — {DELETED_HINT}"
        )
    return draft


def edit_draft(
    session: Session,
    draft_id: int,
    subject: str,
    body: str,
    source: DraftSource,
    now: dt.datetime,
) -> DraftRef:
    """A new revision with this text; the same text as the latest changes nothing."""
    draft = find_draft(session, draft_id)
    latest = draft.revisions[-1]
    if (latest.subject, latest.body) == (subject, body):
        return DraftRef(draft.id, latest.number)
    draft.revisions.append(_revision(latest.number + 1, subject, body, source, now))
    return DraftRef(draft.id, latest.number + 1)


def approve_draft(
    session: Session, draft_id: int, revision: int | None, now: dt.datetime
) -> Approval:
    """Approve the latest revision; `revision`, when given, must still be the latest."""
    draft = find_draft(session, draft_id)
    latest = draft.revisions[-1]
    if revision is not None and revision != latest.number:
        raise UserError(
            f"draft {draft_id} changed since revision {revision} (now revision"
            f" {latest.number}) — review the new text before approving it"
        )
    digest = text_sha256(latest.subject, latest.body)
    session.add(ApprovalRow(revision_id=latest.id, text_sha256=digest, approved_at=now))
    return Approval(draft.id, latest.number, digest, now)


def get_draft(session: Session, draft_id: int) -> Draft:
    return _draft(session, find_draft(session, draft_id))


def list_drafts(session: Session, ref: RoundRef) -> list[Draft]:
    """The drafts of a round, oldest first."""
    round_row = find_round(session, ref)
    rows = session.scalars(
        select(DraftRow).where(DraftRow.round_id == round_row.id).order_by(DraftRow.id)
    )
    return [_draft(session, row) for row in rows]


def draft_summaries(session: Session, round_numbers: Collection[int]) -> list[DraftSummary]:
    """Where every draft of these rounds stands, oldest first: one query per 500 rounds.

    Each row is a draft with its latest revision and the hashes approved for
    that revision (an outer join), so no draft costs a query of its own.
    """
    latest = (
        select(DraftRevisionRow.draft_id, func.max(DraftRevisionRow.number).label("number"))
        .group_by(DraftRevisionRow.draft_id)
        .subquery()
    )
    query = (
        select(
            DraftRow.id,
            DraftRow.round_id,
            DraftRow.recipient,
            DraftRow.kind,
            DraftRevisionRow.number,
            DraftRevisionRow.subject,
            DraftRevisionRow.body,
            ApprovalRow.text_sha256,
        )
        .join(latest, latest.c.draft_id == DraftRow.id)
        .join(
            DraftRevisionRow,
            (DraftRevisionRow.draft_id == DraftRow.id)
            & (DraftRevisionRow.number == latest.c.number),
        )
        .outerjoin(ApprovalRow, ApprovalRow.revision_id == DraftRevisionRow.id)
        .order_by(DraftRow.id)
    )
    wanted = sorted(set(round_numbers))
    found: dict[int, DraftSummary] = {}
    for start in range(0, len(wanted), ROUNDS_PER_QUERY):
        chunk = wanted[start : start + ROUNDS_PER_QUERY]
        for row in session.execute(query.where(DraftRow.round_id.in_(chunk))):
            approved = row.text_sha256 is not None and row.text_sha256 == text_sha256(
                row.subject, row.body
            )
            seen = found.get(row.id)
            if seen is None or (approved and not seen.approved):
                found[row.id] = DraftSummary(
                    row.id, row.round_id, row.recipient, row.kind, row.number, approved
                )
    return [found[draft_id] for draft_id in sorted(found)]


def _draft(session: Session, row: DraftRow) -> Draft:
    revisions = tuple(
        DraftRevision(
            number=revision.number,
            subject=revision.subject,
            body=revision.body,
            source=revision.source,
            created_at=revision.created_at,
        )
        for revision in row.revisions
    )
    return Draft(
        id=row.id,
        round=round_id(row.round),
        to=row.recipient,
        kind=row.kind,
        revisions=revisions,
        approval=_approval(session, row, row.revisions[-1]),
    )


def _approval(session: Session, draft: DraftRow, latest: DraftRevisionRow) -> Approval | None:
    """The newest approval of `latest` whose hash matches its text now, if any."""
    digest = text_sha256(latest.subject, latest.body)
    approved_at = session.scalars(
        select(ApprovalRow.approved_at)
        .where(ApprovalRow.revision_id == latest.id, ApprovalRow.text_sha256 == digest)
        .order_by(ApprovalRow.approved_at.desc())
        .limit(1)
    ).one_or_none()
    if approved_at is None:
        return None
    return Approval(draft.id, latest.number, digest, approved_at)
