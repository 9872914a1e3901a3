"""Where the store lives and how to reach it.

The URL comes from the caller, else ``FOLLOWUP_DATABASE_URL``, else a SQLite
file ``followup.db`` in the data directory: ``FOLLOWUP_DATA_DIR`` when set
(demos and tests point it at a temporary directory), else the user's data
directory (`platformdirs`). SQLite connections run in WAL mode with foreign
keys on and a short busy timeout; write transactions start with ``BEGIN
IMMEDIATE`` so two writers queue instead of failing half-way. Database
failures a user can act on (locked, unreachable, not a database) become one
`UserError` line.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from followup.errors import UserError

DATA_DIR_ENV = "FOLLOWUP_DATA_DIR"
DATABASE_URL_ENV = "FOLLOWUP_DATABASE_URL"
DATABASE_FILE = "followup.db"
BUSY_TIMEOUT = 2.0
"""Seconds a SQLite writer waits for another one before giving up."""

WRITE = {"followup_write": True}
"""Execution options of connections that will write (SQLite: ``BEGIN IMMEDIATE``)."""


def data_dir() -> Path:
    """The directory of the default database (not created here)."""
    given = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(given).expanduser() if given else platformdirs.user_data_path("followup")


def database_url(url: str | URL | None = None) -> URL:
    """The URL to use: `url`, else ``FOLLOWUP_DATABASE_URL``, else the default SQLite file."""
    if isinstance(url, URL):
        return _with_driver(url)
    origin = "the database URL"
    if not url:
        url, origin = os.environ.get(DATABASE_URL_ENV, "").strip(), DATABASE_URL_ENV
    if not url:
        return URL.create("sqlite+pysqlite", database=str(data_dir() / DATABASE_FILE))
    try:
        return _with_driver(make_url(url))
    except ArgumentError:
        example = "sqlite:///path/to/followup.db or postgresql+psycopg://user@host/db"
        raise UserError(f"{origin} is not a database URL (expected e.g. {example})") from None


def _with_driver(url: URL) -> URL:
    """PostgreSQL through psycopg 3 unless another driver is named."""
    return url.set(drivername="postgresql+psycopg") if url.drivername == "postgresql" else url


def shown(url: URL) -> str:
    """`url` for messages: the file of a SQLite database, else the URL without its password."""
    if is_sqlite(url):
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL; None for in-memory databases and other backends."""
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    if url.database.startswith("file:"):
        return None  # a URI filename: left to SQLite
    return Path(url.database)


def create_store_engine(url: URL, busy_timeout: float = BUSY_TIMEOUT) -> Engine:
    """An engine for `url`, with the SQLite pragmas and transaction start set up."""
    path = sqlite_file(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise UserError(f"cannot create the data directory {path.parent}: {reason}") from None
    try:
        if is_sqlite(url):
            engine = create_engine(url, connect_args={"timeout": busy_timeout})
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as error:
        raise UserError(f"no database driver for {shown(url)}: {error}") from None


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (`_on_sqlite_begin`); the driver must not.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    dbapi_connection.execute("PRAGMA journal_mode = WAL")


def _on_sqlite_begin(connection: Any) -> None:
    writing = connection.get_execution_options().get("followup_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


_LOCKED = ("database is locked", "database is busy", "database table is locked")


@contextlib.contextmanager
def user_errors(url: URL) -> Iterator[None]:
    """Turn the database failures a user can act on into one-line `UserError`s."""
    try:
        yield
    except DBAPIError as failure:
        if failure.connection_invalidated:
            raise UserError(f"lost the connection to {shown(url)} — try again") from None
        explained = _explained(failure, url)
        if explained is None:
            raise
        raise explained from None


def _explained(failure: DBAPIError, url: URL) -> UserError | None:
    detail = str(failure.orig).strip().splitlines()[0] if str(failure.orig).strip() else ""
    where = shown(url)
    if any(words in detail for words in _LOCKED):
        return UserError(
            f"the database {where} is locked: another followup is writing to it — try again"
        )
    if "file is not a database" in detail:
        return UserError(f"{where} is not a followup database (not a SQLite file)")
    if "unable to open database file" in detail:
        return UserError(f"cannot open the database {where}")
    if "cannot contain NUL" in detail:
        return UserError(f"{where} cannot store text with a NUL character (\\x00): remove it")
    if is_sqlite(url) and "readonly database" in detail:
        return UserError(f"the database {where} is read-only")
    if failure.orig is not None and type(failure.orig).__name__ == "OperationalError":
        return UserError(f"cannot use the database {where}: {detail}")
    return None
