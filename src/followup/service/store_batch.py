"""Store work that `Store` does not offer in one call yet, each in one transaction.

Several rounds added at once (all or none), a round's notes and its people's
notes replaced together, and every live round read in one session (the
agenda). Built on the store's own session-level functions; when `Store`
grows `add_rounds`, `replace_notes` and `all_rounds`, these become one-line
delegations.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from followup.model import Interviewer, Round, RoundNotes
from followup.store import RoundId, RoundRef, Store
from followup.store import rounds as round_rows
from followup.store.database import WRITE, user_errors
from followup.store.round_rows import round_from_row
from followup.store.schema import RoundRow


@contextlib.contextmanager
def transaction(store: Store, *, writing: bool) -> Iterator[Session]:
    """One transaction on `store`: committed when the block ends, rolled back if it raises."""
    engine = store.engine.execution_options(**WRITE) if writing else store.engine
    with (
        user_errors(store.url),
        Session(engine, expire_on_commit=False) as session,
        session.begin(),
    ):
        yield session


def add_rounds(
    store: Store, records: Sequence[Round], progress: Callable[[Round], None] | None = None
) -> list[RoundId]:
    """Store every round of `records`, or none of them; their ids in order."""
    now = store.clock().astimezone(dt.UTC)
    added = []
    with transaction(store, writing=True) as session:
        for record in records:
            added.append(round_rows.add_round(session, record, now))
            if progress is not None:
                progress(record)
    return added


@dataclass(frozen=True)
class PersonNotes:
    topics: tuple[str, ...]
    moments: tuple[str, ...]
    questions: tuple[str, ...]


def replace_notes(
    store: Store, ref: RoundRef, notes: RoundNotes, people: Mapping[str, PersonNotes]
) -> list[Interviewer]:
    """The round's notes and the given people's notes, replaced together."""
    updated = []
    with transaction(store, writing=True) as session:
        round_rows.update_round_notes(session, ref, notes)
        for name, person in people.items():
            updated.append(
                round_rows.update_interviewer_notes(
                    session,
                    ref,
                    name,
                    topics=person.topics,
                    moments=person.moments,
                    questions=person.questions,
                )
            )
    return updated


def all_rounds(store: Store) -> list[tuple[RoundId, Round]]:
    """Every round not deleted, by start time, read in one session."""
    query = (
        select(RoundRow)
        .where(RoundRow.deleted_at.is_(None))
        .options(selectinload(RoundRow.interviewers), selectinload(RoundRow.events))
        .order_by(RoundRow.start_at, RoundRow.id)
    )
    with transaction(store, writing=False) as session:
        rows = session.scalars(query).all()
        return [(RoundId(row.id, row.slug), round_from_row(row)) for row in rows]
