"""Bring a database to the newest schema, with Alembic configured in code.

The migration scripts ship inside the package (``followup/store/migrations``),
so an installed followup needs no ``alembic.ini``. `upgrade_to_head` runs
every pending migration in one transaction; before it touches a SQLite file
that is behind, it copies the file beside itself as
``followup.db.bak-<revision>``. SQLite migrations run with foreign keys off
(batch mode rebuilds tables) and are checked with ``foreign_key_check``
before they commit.

To write a new migration after changing `schema`:

    .venv/bin/python -c "from followup.store.migrate import new_revision; new_revision('add x')"

then edit the generated file in ``migrations/versions`` (spell types out).
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import URL, Connection, Engine, text

from followup.errors import UserError
from followup.store.database import WRITE, create_store_engine, is_sqlite, shown, sqlite_file

SCRIPT_LOCATION = "followup.store:migrations"
MIGRATION_LOCK = 0x666F6C6C6F777570
"""PostgreSQL advisory lock key ("followup"): one migrating process at a time."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for the store, bound to `connection` when given."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this followup knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the store has no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the database behind `engine` (None: empty)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, url: URL) -> Path | None:
    """Migrate the database to the newest schema; the backup made first, if any."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    if current == script.get_current_head():
        return None
    if current is not None:
        _check_known(script, current, url)
    path = sqlite_file(url)
    backup = back_up(path, current) if path is not None and current is not None else None
    with engine.connect() as connection, _foreign_keys_off(connection, url):
        connection = connection.execution_options(**WRITE)
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                )
            command.upgrade(alembic_config(connection), "head")
            if is_sqlite(url):
                _check_foreign_keys(connection)
    return backup


def _check_known(script: ScriptDirectory, revision: str, url: URL) -> None:
    try:
        script.get_revision(revision)
    except CommandError:
        raise UserError(
            f"the database {shown(url)} has schema revision {revision!r}, newer than this"
            " followup knows — upgrade followup"
        ) from None


def back_up(path: Path, revision: str) -> Path:
    """A consistent copy of the SQLite file `path` (WAL included) as ``<name>.bak-<revision>``."""
    target = path.with_name(f"{path.name}.bak-{revision}")
    try:
        with (
            contextlib.closing(sqlite3.connect(path)) as source,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
    except sqlite3.Error as error:
        raise UserError(f"cannot back up {path} to {target} before migrating: {error}") from None
    return target


@contextlib.contextmanager
def _foreign_keys_off(connection: Connection, url: URL) -> Iterator[None]:
    """SQLite: foreign keys off while batch mode copies tables (only possible outside BEGIN)."""
    if not is_sqlite(url):
        yield
        return
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left rows with missing parents: {broken[:5]}")


def new_revision(message: str) -> None:
    """Developers: autogenerate a migration from the difference of `schema` and head."""
    with tempfile.TemporaryDirectory() as scratch:
        url = URL.create("sqlite+pysqlite", database=str(Path(scratch) / "head.db"))
        engine = create_store_engine(url)
        try:
            upgrade_to_head(engine, url)
            with engine.begin() as connection:
                config = alembic_config(connection)
                number = len(list(ScriptDirectory.from_config(config).walk_revisions())) + 1
                command.revision(config, message, autogenerate=True, rev_id=f"{number:04d}")
        finally:
            engine.dispose()
