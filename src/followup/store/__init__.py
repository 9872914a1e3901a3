"""The `store` edge: the user's rounds, drafts and settings in a database.

SQLite in the user's data directory by default (``FOLLOWUP_DATA_DIR`` moves
it, ``FOLLOWUP_DATABASE_URL`` or an argument picks any SQLAlchemy URL, e.g.
PostgreSQL through psycopg). `open_store` migrates the database to the
newest schema and returns a `Store`, whose methods each run in one
transaction. Modules: `schema` (tables), `migrate` (Alembic, scripts in
``migrations``), `database` (URLs, engines, errors), `round_rows` (a Round
to rows and back), `rounds`, `drafts` and `settings` (the operations over a
session), `values` (what the store hands out).
"""

from followup.store.database import DATA_DIR_ENV, DATABASE_URL_ENV, data_dir, database_url
from followup.store.rounds import RoundRef
from followup.store.store import Store, open_store
from followup.store.values import (
    Approval,
    Draft,
    DraftRef,
    DraftRevision,
    DraftSource,
    DraftSummary,
    InterviewerNotes,
    Profile,
    RoundId,
    RoundStatus,
    RoundSummary,
    text_sha256,
)

__all__ = [
    "DATABASE_URL_ENV",
    "DATA_DIR_ENV",
    "Approval",
    "Draft",
    "DraftRef",
    "DraftRevision",
    "DraftSource",
    "DraftSummary",
    "InterviewerNotes",
    "Profile",
    "RoundId",
    "RoundRef",
    "RoundStatus",
    "RoundSummary",
    "Store",
    "data_dir",
    "database_url",
    "open_store",
    "text_sha256",
]
