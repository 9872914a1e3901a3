"""Alembic's environment for the store.

`followup.store.migrate` configures Alembic in code (no ``alembic.ini``) and
passes an open connection, already inside the transaction that the whole
upgrade runs in. SQLite gets batch mode, so columns can change later.
"""

from __future__ import annotations

from alembic import context

from followup.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("run the store's migrations through followup.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
