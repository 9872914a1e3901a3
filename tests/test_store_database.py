"""Where the store lives, how it connects, and how it fails: whole transactions, one-line errors."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from followup.errors import UserError
from followup.model import Event, EventKind, MessageKind
from followup.records import round_from_data
from followup.store import Store, data_dir, database_url, open_store
from followup.store.database import BUSY_TIMEOUT
from followup.store.schema import OpportunityRow, RoundRow

from conftest import w1

pytest_plugins = ("store_fixtures",)

RECORD = round_from_data(w1())
REPLY = Event(at=RECORD.end + dt.timedelta(days=1), kind=EventKind.REPLY, sender="Marcus Okafor")


# --- where ---------------------------------------------------------------------


def test_the_default_database_is_a_file_in_the_data_dir(private_data_dir: Path) -> None:
    assert database_url().database == str(private_data_dir / "followup.db")
    with open_store() as store:
        store.add_round(RECORD)
        assert store.location == str(private_data_dir / "followup.db")
    assert (private_data_dir / "followup.db").is_file()


def test_without_followup_data_dir_it_is_the_users_data_dir(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FOLLOWUP_DATA_DIR", raising=False)
    assert data_dir() == platformdirs.user_data_path("followup")


def test_the_url_comes_from_the_argument_then_the_environment(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", f"sqlite:///{tmp_path / 'from-env.db'}")
    assert database_url().database == str(tmp_path / "from-env.db")
    assert database_url(f"sqlite:///{tmp_path / 'given.db'}").database == str(tmp_path / "given.db")


def test_postgresql_urls_use_psycopg_3() -> None:
    assert database_url("postgresql://u@db/followup").drivername == "postgresql+psycopg"
    assert database_url("postgresql+psycopg://u@db/followup").drivername == "postgresql+psycopg"


@pytest.mark.parametrize("source", ["argument", "environment"])
def test_a_bad_url_is_one_line_without_the_url(
    source: str, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "not a url:hunter2"
    if source == "environment":
        monkeypatch.setenv("FOLLOWUP_DATABASE_URL", secret)
    with pytest.raises(UserError) as caught:
        open_store(secret if source == "argument" else None)
    message = str(caught.value)
    assert "\n" not in message
    assert "hunter2" not in message
    assert message.startswith(
        "FOLLOWUP_DATABASE_URL is not a database URL"
        if source == "environment"
        else "the database URL is not a database URL"
    )


def test_an_unreachable_server_is_one_line_without_the_password() -> None:
    with pytest.raises(UserError) as caught:
        open_store("postgresql+psycopg://followup:hunter2@127.0.0.1:1/followup")
    message = str(caught.value)
    assert message.startswith(
        "cannot use the database postgresql+psycopg://followup:***@127.0.0.1:1"
    )
    assert "hunter2" not in message
    assert "\n" not in message


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path, private_data_dir: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes, not a database\n" * 100)
    with pytest.raises(UserError) as caught:
        open_store(f"sqlite:///{path}")
    assert str(caught.value) == f"{path} is not a followup database (not a SQLite file)"


# --- SQLite: WAL, foreign keys, locks ------------------------------------------------


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@contextlib.contextmanager
def write_lock(path: str) -> Iterator[None]:
    """Another program holding SQLite's write lock on `path`."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO dictionary_words (word, added_at) VALUES ('x', '2026-03-03')")
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_locked_database_is_one_line_after_a_short_wait(sqlite_url: str) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    with open_store(sqlite_url, busy_timeout=0.3) as store:
        store.add_round(RECORD)
        with write_lock(path):
            assert len(store.list_rounds()) == 1  # readers are not blocked (WAL)
            began = time.monotonic()
            with pytest.raises(UserError) as caught:
                store.add_round(RECORD)
            waited = time.monotonic() - began
        assert str(caught.value) == (
            f"the database {path} is locked: another followup is writing to it — try again"
        )
        assert 0.25 <= waited < 2
        assert len(store.list_rounds()) == 1
        store.add_round(RECORD)  # free again
        assert len(store.list_rounds()) == 2


def test_the_default_busy_timeout_is_two_seconds() -> None:
    assert BUSY_TIMEOUT == 2.0


# --- one transaction per call ------------------------------------------------------


class Boom(Exception):
    pass


@contextlib.contextmanager
def failing_after_flush() -> Iterator[None]:
    """Every session fails after its rows reached the database, before the commit."""

    def boom(session: Session, context: object) -> None:
        raise Boom("the disk is full")

    event.listen(Session, "after_flush", boom)
    try:
        yield
    finally:
        event.remove(Session, "after_flush", boom)


def counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as connection:
        rounds = connection.execute(select(func.count()).select_from(RoundRow)).scalar_one()
        jobs = connection.execute(select(func.count()).select_from(OpportunityRow)).scalar_one()
        return rounds, jobs


def test_a_failed_write_leaves_the_previous_state(store: Store) -> None:
    ref = store.add_round(RECORD)
    draft = store.save_draft(ref.slug, "Marcus Okafor", MessageKind.THANK_YOU, "Thanks", "Body")
    store.approve_draft(draft.draft_id)
    before = (counts(store), store.get_round(ref.slug), store.get_draft(draft.draft_id))
    other_job = dataclasses.replace(RECORD, company="Brightline Logistics")
    with failing_after_flush():
        with pytest.raises(Boom):
            store.add_round(other_job)  # a new opportunity, round, interviewer: all or nothing
        with pytest.raises(Boom):
            store.log_event(ref.slug, REPLY)
        with pytest.raises(Boom):
            store.edit_draft(draft.draft_id, "Thanks", "Another body")
        with pytest.raises(Boom):
            store.delete_round(ref.slug)
    after = (counts(store), store.get_round(ref.slug), store.get_draft(draft.draft_id))
    assert after == before
    assert store.is_approved(draft.draft_id)
    assert store.add_round(other_job).slug == "brightline-logistics-data-engineer-2026-03-03"


def test_text_with_nul_characters(store: Store) -> None:
    record = dataclasses.replace(RECORD, role="Data\x00Engineer")
    if store.engine.dialect.name == "postgresql":
        with pytest.raises(UserError, match=r"cannot store text with a NUL character"):
            store.add_round(record)
        assert counts(store) == (0, 0)
    else:
        assert store.get_round(store.add_round(record).number) == record
