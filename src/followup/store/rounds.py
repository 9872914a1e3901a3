"""Rounds in the store: add, find by number or slug, list, notes, events, delete and restore.

Functions over a `Session` the caller opened (`Store` runs each in one
transaction). A round is named by its number (``12``) or its slug
(``northwind-data-engineer-2026-03-03``); an unknown or deleted name is a
one-line `UserError`. Deleting a round only marks it (``deleted_at``), so
`restore_round` can undo it; the slug stays taken meanwhile.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from followup.errors import UserError
from followup.model import Event, EventKind, Interviewer, Round, RoundNotes
from followup.store.column_types import join_instant
from followup.store.round_rows import (
    event_row,
    interviewer_from_row,
    notes_data,
    round_from_row,
    round_row,
)
from followup.store.schema import EventRow, OpportunityRow, RoundRow
from followup.store.values import InterviewerNotes, RoundId, RoundStatus, RoundSummary

RoundRef = int | str
"""A round's number or slug, as the user typed it."""

SLUG_PART = 40
"""Longest company or role part of a slug (the date follows)."""

LIST_HINT = "`followup list` shows them"
DELETED_HINT = "`followup list --deleted` shows deleted rounds"


def slug_words(text: str) -> str:
    """`text` as lowercase ASCII words joined by hyphens (``"Zürich Re"`` → ``zurich-re``)."""
    letters = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in letters if not unicodedata.combining(char))
    words = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return words[:SLUG_PART].rstrip("-")


def new_slug(session: Session, record: Round) -> str:
    """A free slug for `record`: company, role and local start date, numbered if taken."""
    parts = [slug_words(record.company), slug_words(record.role), record.start.date().isoformat()]
    base = "-".join(part for part in parts if part)
    taken = set(session.scalars(select(RoundRow.slug).where(RoundRow.slug.startswith(base))))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def add_round(session: Session, record: Round, now: dt.datetime) -> RoundId:
    opportunity = session.scalars(
        select(OpportunityRow).where(
            OpportunityRow.company == record.company, OpportunityRow.role == record.role
        )
    ).one_or_none()
    if opportunity is None:
        opportunity = OpportunityRow(company=record.company, role=record.role, created_at=now)
        session.add(opportunity)
    row = round_row(record, new_slug(session, record), opportunity, now)
    session.add(row)
    session.flush()
    return RoundId(row.id, row.slug)


def find_round(session: Session, ref: RoundRef, *, deleted: bool = False) -> RoundRow:
    """The round named `ref`; a deleted one only when `deleted` (else a UserError)."""
    row = _lookup(session, ref)
    if row is None:
        raise UserError(f"no round {str(ref).strip()!r} — {LIST_HINT}")
    if row.deleted_at is not None and not deleted:
        raise UserError(f"round {row.slug!r} is deleted — {DELETED_HINT}")
    return row


def _lookup(session: Session, ref: RoundRef) -> RoundRow | None:
    if isinstance(ref, int):
        return session.get(RoundRow, ref)
    text = ref.strip()
    if text.isdecimal() and text.isascii():
        return session.get(RoundRow, int(text))
    return session.scalars(select(RoundRow).where(RoundRow.slug == text.lower())).one_or_none()


def round_id(row: RoundRow) -> RoundId:
    return RoundId(row.id, row.slug)


def list_rounds(
    session: Session, status: RoundStatus | None = None, *, deleted: bool = False
) -> list[RoundSummary]:
    """Summaries of the rounds by start time; the deleted ones only (newest first) if `deleted`."""
    query = select(RoundRow).where(
        RoundRow.deleted_at.is_not(None) if deleted else RoundRow.deleted_at.is_(None)
    )
    order = (RoundRow.deleted_at.desc(), RoundRow.id.desc()) if deleted else (RoundRow.start_at,)
    rows = session.scalars(query.order_by(*order, RoundRow.id)).all()
    statuses = _statuses(session, [row.id for row in rows])
    summaries = [_summary(row, statuses.get(row.id, RoundStatus.OPEN)) for row in rows]
    return [summary for summary in summaries if status is None or summary.status is status]


def live_rounds(session: Session) -> list[tuple[RoundId, Round]]:
    """Every round not deleted, by start time, with its id."""
    query = (
        select(RoundRow)
        .where(RoundRow.deleted_at.is_(None))
        .options(selectinload(RoundRow.interviewers), selectinload(RoundRow.events))
        .order_by(RoundRow.start_at, RoundRow.id)
    )
    return [(round_id(row), round_from_row(row)) for row in session.scalars(query)]


def _statuses(session: Session, ids: Sequence[int]) -> dict[int, RoundStatus]:
    """Each round's latest decision (by time, then by order logged)."""
    decisions = session.execute(
        select(EventRow.round_id, EventRow.outcome)
        .where(EventRow.kind == EventKind.DECISION, EventRow.round_id.in_(ids))
        .order_by(EventRow.round_id, EventRow.at, EventRow.position)
    )
    return {round_id: RoundStatus(outcome.value) for round_id, outcome in decisions if outcome}


def _summary(row: RoundRow, status: RoundStatus) -> RoundSummary:
    return RoundSummary(
        id=round_id(row),
        company=row.opportunity.company,
        role=row.opportunity.role,
        stage=row.stage,
        start=join_instant(row.start_at, row.start_offset),
        status=status,
        deleted_at=row.deleted_at,
    )


def delete_round(session: Session, ref: RoundRef, now: dt.datetime) -> RoundId:
    row = find_round(session, ref)
    row.deleted_at = now
    return round_id(row)


def restore_round(session: Session, ref: RoundRef | None) -> RoundId:
    """Undo a delete: the round named `ref`, or the one deleted last when None."""
    if ref is None:
        row = session.scalars(
            select(RoundRow)
            .where(RoundRow.deleted_at.is_not(None))
            .order_by(RoundRow.deleted_at.desc(), RoundRow.id.desc())
            .limit(1)
        ).one_or_none()
        if row is None:
            raise UserError("no deleted round to restore")
    else:
        row = find_round(session, ref, deleted=True)
        if row.deleted_at is None:
            raise UserError(f"round {row.slug!r} is not deleted")
    row.deleted_at = None
    return round_id(row)


def update_interviewer_notes(
    session: Session,
    ref: RoundRef,
    name: str,
    *,
    topics: Sequence[str] | None = None,
    moments: Sequence[str] | None = None,
    questions: Sequence[str] | None = None,
) -> Interviewer:
    """Replace the given note lists of interviewer `name` (case-insensitive); others stay."""
    row = find_round(session, ref)
    wanted = name.strip().casefold()
    person = next((p for p in row.interviewers if p.name.strip().casefold() == wanted), None)
    if person is None:
        listed = ", ".join(p.name for p in row.interviewers)
        raise UserError(f"no interviewer {name!r} in round {row.slug!r} (met: {listed})")
    if topics is not None:
        person.topics = tuple(topics)
    if moments is not None:
        person.moments = tuple(moments)
    if questions is not None:
        person.questions = tuple(questions)
    return interviewer_from_row(person)


def update_round_notes(session: Session, ref: RoundRef, notes: RoundNotes) -> None:
    find_round(session, ref).notes = notes_data(notes)


def replace_notes(
    session: Session,
    ref: RoundRef,
    notes: RoundNotes,
    people: Mapping[str, InterviewerNotes],
) -> list[Interviewer]:
    """The round's notes and the notes of each person named in `people`, replaced together."""
    update_round_notes(session, ref, notes)
    return [
        update_interviewer_notes(
            session,
            ref,
            name,
            topics=person.topics,
            moments=person.moments,
            questions=person.questions,
        )
        for name, person in people.items()
    ]


def log_event(session: Session, ref: RoundRef, event: Event) -> int:
    """Append `event` to the round's events; its position in the round's list."""
    row = find_round(session, ref)
    position = max((existing.position for existing in row.events), default=-1) + 1
    row.events.append(event_row(event, position))
    return position
