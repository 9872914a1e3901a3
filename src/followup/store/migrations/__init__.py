"""Alembic migrations of the store (package data: `followup.store.migrate` runs them)."""
