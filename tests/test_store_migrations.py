"""Migrations: an empty database upgraded to head matches the models, on SQLite and PostgreSQL;
a SQLite file that is behind is backed up first; a failed migration changes nothing."""

from __future__ import annotations

import importlib.resources
import shutil
import sqlite3
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, MetaData, Table, Text, create_engine, inspect

from followup.errors import UserError
from followup.records import round_from_data
from followup.store import migrate, open_store
from followup.store.schema import Base

from conftest import w1

pytest_plugins = ("store_fixtures",)

RECORD = round_from_data(w1())
TABLES = {
    "alembic_version",
    "approvals",
    "dictionary_words",
    "draft_revisions",
    "drafts",
    "events",
    "interviewers",
    "opportunities",
    "profile",
    "rounds",
    "rule_settings",
}


def schema_differences(url: str, metadata: MetaData) -> list[Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, metadata))
    finally:
        engine.dispose()


def test_an_empty_database_upgraded_to_head_matches_the_models(store_url: str) -> None:
    with open_store(store_url) as store:
        assert store.backup is None
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert set(inspect(store.engine).get_table_names()) == TABLES
    assert schema_differences(store_url, Base.metadata) == []


def test_the_comparison_would_see_a_difference(store_url: str) -> None:
    open_store(store_url).close()
    changed = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    Table("rounds", changed, Column("mood", Text()), extend_existing=True)
    differences = schema_differences(store_url, changed)
    assert [difference[0] for difference in differences] == ["add_column"]


def test_migrations_go_down_to_nothing_and_up_again(store_url: str) -> None:
    with open_store(store_url) as store, store.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
        command.upgrade(migrate.alembic_config(connection), "head")
    assert schema_differences(store_url, Base.metadata) == []


def test_the_migration_scripts_ship_inside_the_package() -> None:
    folder = importlib.resources.files("followup.store") / "migrations"
    assert folder.joinpath("env.py").is_file()
    assert folder.joinpath("script.py.mako").is_file()
    versions = [item.name for item in folder.joinpath("versions").iterdir()]
    assert "0001_initial_schema.py" in versions


def test_opening_twice_migrates_once(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store:
        ref = store.add_round(RECORD)
    with open_store(sqlite_url) as store:
        assert store.backup is None
        assert store.get_round(ref.slug) == RECORD
    assert not list(Path(sqlite_url.removeprefix("sqlite:///")).parent.glob("*.bak-*"))


# --- a newer followup: a second migration --------------------------------------------

PROBE = '''
    """Test migration: a new table, and the rounds table rebuilt (batch mode copies it)."""

    import sqlalchemy as sa
    from alembic import op

    revision = "0002"
    down_revision = "0001"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))
        on_sqlite = op.get_context().dialect.name == "sqlite"
        with op.batch_alter_table("rounds", recreate="always" if on_sqlite else "auto") as batch:
            batch.add_column(sa.Column("mood", sa.Text(), nullable=True))
        {failure}


    def downgrade() -> None:
        with op.batch_alter_table("rounds") as batch:
            batch.drop_column("mood")
        op.drop_table("probe")
'''


WriteMigration = Callable[..., None]


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> WriteMigration:
    """Make the store's migrations those of a newer followup, with revision 0002 (`write`)."""
    folder = tmp_path / "migrations"
    source = importlib.resources.files("followup.store") / "migrations"
    with importlib.resources.as_file(source) as path:
        shutil.copytree(path, folder, ignore=shutil.ignore_patterns("__pycache__"))

    def write(failure: str = "") -> None:
        script = textwrap.dedent(PROBE).format(failure=failure)
        (folder / "versions" / "0002_probe.py").write_text(script, "utf-8")
        monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(folder))

    return write


def test_a_sqlite_file_that_is_behind_is_backed_up_then_migrated(
    sqlite_url: str, newer_migrations: WriteMigration
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with open_store(sqlite_url) as store:
        ref = store.add_round(RECORD)
    newer_migrations()
    with open_store(sqlite_url) as store:
        assert store.backup == path.with_name("followup.db.bak-0001")
        assert migrate.current_revision(store.engine) == "0002"
        assert store.get_round(ref.slug) == RECORD  # interviewers survived the table copy
        assert "mood" in {column["name"] for column in inspect(store.engine).get_columns("rounds")}
    with sqlite3.connect(store.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert backup.execute("SELECT slug FROM rounds").fetchall() == [(ref.slug,)]
        assert backup.execute("SELECT count(*) FROM interviewers").fetchall() == [(1,)]


def test_a_failed_migration_leaves_the_database_as_it_was(
    store_url: str, newer_migrations: WriteMigration
) -> None:
    with open_store(store_url) as store:
        ref = store.add_round(RECORD)
    newer_migrations(failure='raise RuntimeError("migration failed half-way")')
    with pytest.raises(RuntimeError, match="half-way"):
        open_store(store_url)
    engine = create_engine(store_url)
    try:
        assert migrate.current_revision(engine) == "0001"
        assert "probe" not in inspect(engine).get_table_names()
        assert "mood" not in {column["name"] for column in inspect(engine).get_columns("rounds")}
    finally:
        engine.dispose()
    newer_migrations()  # fixed: the next start migrates
    with open_store(store_url) as store:
        assert migrate.current_revision(store.engine) == "0002"
        assert store.get_round(ref.slug) == RECORD


def test_a_database_from_a_newer_followup_is_refused(
    sqlite_url: str, newer_migrations: WriteMigration, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = migrate.SCRIPT_LOCATION
    newer_migrations()
    open_store(sqlite_url).close()
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", shipped)
    with pytest.raises(UserError) as caught:
        open_store(sqlite_url)
    path = sqlite_url.removeprefix("sqlite:///")
    assert str(caught.value) == (
        f"the database {path} has schema revision '0002', newer than this followup knows"
        " — upgrade followup"
    )
