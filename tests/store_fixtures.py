"""Fixtures for the store tests: one fresh database per test, on SQLite and on PostgreSQL.

Test modules load this with ``pytest_plugins = ("store_fixtures",)``.

`store_url` is parametrised: ``sqlite`` (a file in the test's temporary
directory) always runs; ``postgresql`` runs when ``FOLLOWUP_TEST_POSTGRES_URL``
names a server (``postgresql+psycopg://user@127.0.0.1:5432/postgres``; the
role must be allowed to create databases), in a database of its own that is
dropped afterwards, and is skipped otherwise. The database fixtures also
point ``FOLLOWUP_DATA_DIR`` at the test's temporary directory and unset
``FOLLOWUP_DATABASE_URL`` (`private_data_dir`), so no test touches a user's
real data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from followup.store import DATA_DIR_ENV, DATABASE_URL_ENV, Store, open_store

POSTGRES_URL_ENV = "FOLLOWUP_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")
START = dt.datetime(2026, 3, 3, 17, 0, tzinfo=dt.UTC)


class TickingClock:
    """A clock for the store: START, then one second later at every reading."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default store lives in the test's temporary directory, never the user's."""
    directory = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(directory))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return directory


@contextlib.contextmanager
def postgres_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server of `server_url`, dropped on exit; its URL."""
    name = f"followup_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(make_url(server_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def postgres_server() -> str:
    """The PostgreSQL server to test on, or a skip that says how to get one."""
    server = os.environ.get(POSTGRES_URL_ENV, "").strip()
    if not server:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_URL_ENV}"
            " (e.g. postgresql+psycopg://user@127.0.0.1:5432/postgres; .ci/run sets it)"
        )
    return server


@pytest.fixture(params=BACKENDS)
def store_url(
    request: pytest.FixtureRequest, tmp_path: Path, private_data_dir: Path
) -> Iterator[str]:
    """The URL of a fresh, empty database of each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'followup.db'}"
        return
    with postgres_database(postgres_server()) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, private_data_dir: Path) -> str:
    """A fresh SQLite file, for what only SQLite has (locks, WAL, backups)."""
    return f"sqlite:///{tmp_path / 'followup.db'}"


@pytest.fixture
def store_clock() -> TickingClock:
    return TickingClock()


@pytest.fixture
def store(store_url: str, store_clock: TickingClock) -> Iterator[Store]:
    """An open, migrated store on each backend."""
    with open_store(store_url, clock=store_clock) as opened:
        yield opened
