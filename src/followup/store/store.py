"""`Store`: the store's whole API, one transaction per call.

    store = open_store()                 # or open_store("postgresql+psycopg://...")
    ref = store.add_round(load_round(path))
    store.get_round(ref.slug)            # or ref.number, or "12"

Every method opens a session, does its work in one transaction and commits,
or rolls back and leaves the database as it was. Results are plain values
(`followup.model` records and `followup.store.values`), safe to keep after
the call. Problems a user can fix (an unknown round, a locked database) are
one-line `UserError`s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

from sqlalchemy import URL, Engine
from sqlalchemy.orm import Session

from followup.model import Event, Interviewer, MessageKind, Round, RoundNotes
from followup.review import Severity
from followup.store import drafts, rounds, settings
from followup.store.database import (
    BUSY_TIMEOUT,
    WRITE,
    create_store_engine,
    database_url,
    shown,
    user_errors,
)
from followup.store.migrate import upgrade_to_head
from followup.store.round_rows import round_from_row
from followup.store.rounds import RoundRef
from followup.store.values import (
    Approval,
    Draft,
    DraftRef,
    DraftSource,
    DraftSummary,
    InterviewerNotes,
    Profile,
    RoundId,
    RoundStatus,
    RoundSummary,
)

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def open_store(
    url: str | URL | None = None,
    *,
    busy_timeout: float = BUSY_TIMEOUT,
    clock: Clock = utc_now,
) -> Store:
    """The store at `url` (else ``FOLLOWUP_DATABASE_URL``, else the default SQLite file),
    migrated to the newest schema. `clock` stamps created/approved times."""
    resolved = database_url(url)
    engine = create_store_engine(resolved, busy_timeout)
    try:
        with user_errors(resolved):
            backup = upgrade_to_head(engine, resolved)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, resolved, clock, backup)


class Store:
    """The database of one followup installation (`open_store` makes one)."""

    def __init__(self, engine: Engine, url: URL, clock: Clock, backup: Path | None = None):
        self.engine = engine
        self.url = url
        self.clock = clock
        self.backup = backup
        """The copy of the database made before migrating it on open, if any."""
        self._writer = engine.execution_options(**WRITE)

    @property
    def location(self) -> str:
        """Where the data is, for messages: a file path, or the URL without password."""
        return shown(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self, *, writing: bool) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        For work of several steps that must succeed or fail together, composed
        from the session-level functions of `rounds`, `drafts` and `settings`.
        `writing` transactions take SQLite's write lock at the start.
        """
        engine = self._writer if writing else self.engine
        with (
            user_errors(self.url),
            Session(engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def _now(self) -> dt.datetime:
        return self.clock().astimezone(dt.UTC)

    # --- profile -----------------------------------------------------------

    def save_profile(self, profile: Profile) -> None:
        with self.transaction(writing=True) as session:
            settings.save_profile(session, profile, self._now())

    def load_profile(self) -> Profile | None:
        with self.transaction(writing=False) as session:
            return settings.load_profile(session)

    # --- rounds ------------------------------------------------------------

    def add_round(self, record: Round) -> RoundId:
        """Store a new round; its number and slug (``company-role-YYYY-MM-DD``)."""
        with self.transaction(writing=True) as session:
            return rounds.add_round(session, record, self._now())

    def add_rounds(
        self, records: Sequence[Round], progress: Callable[[Round], None] | None = None
    ) -> list[RoundId]:
        """Store every round of `records`, or none of them; their ids in order.

        `progress` is called after each round is written (not yet committed).
        """
        now = self._now()
        added = []
        with self.transaction(writing=True) as session:
            for record in records:
                added.append(rounds.add_round(session, record, now))
                if progress is not None:
                    progress(record)
        return added

    def get_round(self, ref: RoundRef) -> Round:
        with self.transaction(writing=False) as session:
            return round_from_row(rounds.find_round(session, ref))

    def round_id(self, ref: RoundRef) -> RoundId:
        """The number and slug of the round `ref` names (checks that it exists)."""
        with self.transaction(writing=False) as session:
            return rounds.round_id(rounds.find_round(session, ref))

    def list_rounds(
        self, status: RoundStatus | None = None, *, deleted: bool = False
    ) -> list[RoundSummary]:
        """Rounds by start time, of one status if given; `deleted`: the deleted ones instead."""
        with self.transaction(writing=False) as session:
            return rounds.list_rounds(session, status, deleted=deleted)

    def all_rounds(self) -> list[tuple[RoundId, Round]]:
        """Every round not deleted, by start time, read in one transaction."""
        with self.transaction(writing=False) as session:
            return rounds.live_rounds(session)

    def delete_round(self, ref: RoundRef) -> RoundId:
        """Move a round to the trash (`restore_round` brings it back)."""
        with self.transaction(writing=True) as session:
            return rounds.delete_round(session, ref, self._now())

    def restore_round(self, ref: RoundRef | None = None) -> RoundId:
        """Undo a delete: of round `ref`, or of the round deleted last."""
        with self.transaction(writing=True) as session:
            return rounds.restore_round(session, ref)

    def update_interviewer_notes(
        self,
        ref: RoundRef,
        name: str,
        *,
        topics: Sequence[str] | None = None,
        moments: Sequence[str] | None = None,
        questions: Sequence[str] | None = None,
    ) -> Interviewer:
        """Replace the given note lists of one interviewer; the updated interviewer."""
        with self.transaction(writing=True) as session:
            return rounds.update_interviewer_notes(
                session, ref, name, topics=topics, moments=moments, questions=questions
            )

    def update_round_notes(self, ref: RoundRef, notes: RoundNotes) -> None:
        with self.transaction(writing=True) as session:
            rounds.update_round_notes(session, ref, notes)

    def replace_notes(
        self, ref: RoundRef, notes: RoundNotes, people: Mapping[str, InterviewerNotes]
    ) -> list[Interviewer]:
        """The round's notes and the named people's notes, replaced in one transaction."""
        with self.transaction(writing=True) as session:
            return rounds.replace_notes(session, ref, notes, people)

    def log_event(self, ref: RoundRef, event: Event) -> None:
        """Record something that happened (sent, reply, decision, news) at the end of the list."""
        with self.transaction(writing=True) as session:
            rounds.log_event(session, ref, event)

    # --- drafts ------------------------------------------------------------

    def save_draft(
        self,
        ref: RoundRef,
        to: str | None,
        kind: MessageKind,
        subject: str,
        body: str,
        source: DraftSource = DraftSource.COMPOSER,
    ) -> DraftRef:
        """A new draft to interviewer `to` (None: a reminder to the user), at revision 1."""
        with self.transaction(writing=True) as session:
            return drafts.save_draft(session, ref, to, kind, subject, body, source, self._now())

    def edit_draft(
        self, draft_id: int, subject: str, body: str, source: DraftSource = DraftSource.USER
    ) -> DraftRef:
        """Keep a new revision (unless the text is unchanged); any approval no longer holds."""
        with self.transaction(writing=True) as session:
            return drafts.edit_draft(session, draft_id, subject, body, source, self._now())

    def approve_draft(self, draft_id: int, revision: int | None = None) -> Approval:
        """Approve the latest text; pass the `revision` the user saw to refuse a newer one."""
        with self.transaction(writing=True) as session:
            return drafts.approve_draft(session, draft_id, revision, self._now())

    def is_approved(self, draft_id: int) -> bool:
        """Whether the draft's current text is exactly the text the user approved."""
        return self.get_draft(draft_id).approved

    def get_draft(self, draft_id: int) -> Draft:
        with self.transaction(writing=False) as session:
            return drafts.get_draft(session, draft_id)

    def list_drafts(self, ref: RoundRef) -> list[Draft]:
        with self.transaction(writing=False) as session:
            return drafts.list_drafts(session, ref)

    def draft_summaries(self, round_numbers: Collection[int]) -> list[DraftSummary]:
        """Where every draft of these rounds stands (latest revision, approved), oldest first:
        a few queries in all, however many rounds and drafts."""
        with self.transaction(writing=False) as session:
            return drafts.draft_summaries(session, round_numbers)

    # --- dictionary and review rules ---------------------------------------

    def add_words(self, words: Iterable[str]) -> list[str]:
        """Add words to the user's dictionary; those that were not there yet."""
        with self.transaction(writing=True) as session:
            return settings.add_words(session, words, self._now())

    def remove_words(self, words: Iterable[str]) -> list[str]:
        with self.transaction(writing=True) as session:
            return settings.remove_words(session, words)

    def list_words(self) -> list[str]:
        with self.transaction(writing=False) as session:
            return settings.list_words(session)

    def set_rule_level(self, rule_id: str, level: Severity | None) -> None:
        """Re-grade a review rule, or switch it off with None."""
        with self.transaction(writing=True) as session:
            settings.set_rule_level(session, rule_id, level)

    def reset_rule_level(self, rule_id: str) -> bool:
        with self.transaction(writing=True) as session:
            return settings.reset_rule_level(session, rule_id)

    def rule_levels(self) -> dict[str, Severity | None]:
        with self.transaction(writing=False) as session:
            return settings.rule_levels(session)
