"""The first schema: profile, opportunities, rounds, interviewers, events, drafts, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Types are spelled out (enums as VARCHAR(32) of their values, instants as
timestamps with time zone, lists as JSON) so this file never changes when
the models do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ENUM = sa.String(length=32)
CODE = sa.String(length=64)
INSTANT = sa.DateTime(timezone=True)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _round_id() -> sa.Column[int]:
    return sa.Column("round_id", sa.Integer(), nullable=False)


def _belongs_to_round(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["round_id"], ["rounds.id"], name=op.f(f"fk_{table}_round_id_rounds"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "profile",
        _id(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("links", sa.JSON(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("achievements", sa.JSON(), nullable=False),
        sa.Column("time_zone", CODE, nullable=True),
        sa.Column("tone", ENUM, nullable=True),
        sa.Column("country", CODE, nullable=True),
        sa.Column("region", CODE, nullable=True),
        sa.Column("policy_overrides", sa.JSON(), nullable=False),
        sa.Column("updated_at", INSTANT, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "opportunities",
        _id(),
        sa.Column("company", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
        sa.UniqueConstraint("company", "role", name=op.f("uq_opportunities_company_role")),
    )
    op.create_table(
        "rounds",
        _id(),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("stage", ENUM, nullable=False),
        sa.Column("format", ENUM, nullable=True),
        sa.Column("culture", ENUM, nullable=True),
        sa.Column("start_at", INSTANT, nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_at", INSTANT, nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("time_zone", CODE, nullable=True),
        sa.Column("timeline_date", sa.Date(), nullable=True),
        sa.Column("timeline_text", sa.Text(), nullable=True),
        sa.Column("timeline_from", sa.Text(), nullable=True),
        sa.Column("check_in_invited_date", sa.Date(), nullable=True),
        sa.Column("check_in_invited_at", INSTANT, nullable=True),
        sa.Column("check_in_invited_offset", sa.Integer(), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("candidate", sa.JSON(), nullable=True),
        sa.Column("other_companies", sa.JSON(), nullable=False),
        sa.Column("attachments_requested", sa.Boolean(), nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.Column("deleted_at", INSTANT, nullable=True),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_rounds_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rounds")),
        sa.UniqueConstraint("slug", name=op.f("uq_rounds_slug")),
    )
    op.create_index(op.f("ix_rounds_opportunity_id"), "rounds", ["opportunity_id"])
    op.create_index(op.f("ix_rounds_start_at"), "rounds", ["start_at"])
    op.create_table(
        "interviewers",
        _id(),
        _round_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("honorific", ENUM, nullable=True),
        sa.Column("first_name_basis", sa.Boolean(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("role", ENUM, nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("moments", sa.JSON(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("time_zone", CODE, nullable=True),
        sa.Column("do_not_contact", sa.Boolean(), nullable=False),
        _belongs_to_round("interviewers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviewers")),
        sa.UniqueConstraint("round_id", "position", name=op.f("uq_interviewers_round_id_position")),
    )
    op.create_table(
        "events",
        _id(),
        _round_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("at", INSTANT, nullable=False),
        sa.Column("at_offset", sa.Integer(), nullable=False),
        sa.Column("kind", ENUM, nullable=False),
        sa.Column("recipient", sa.Text(), nullable=True),
        sa.Column("message", ENUM, nullable=True),
        sa.Column("sender", sa.Text(), nullable=True),
        sa.Column("outcome", ENUM, nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        _belongs_to_round("events"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("round_id", "position", name=op.f("uq_events_round_id_position")),
    )
    op.create_table(
        "drafts",
        _id(),
        _round_id(),
        sa.Column("recipient", sa.Text(), nullable=True),
        sa.Column("kind", ENUM, nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        _belongs_to_round("drafts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    op.create_index(op.f("ix_drafts_round_id"), "drafts", ["round_id"])
    op.create_table(
        "draft_revisions",
        _id(),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("source", ENUM, nullable=False),
        sa.Column("created_at", INSTANT, nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"],
            ["drafts.id"],
            name=op.f("fk_draft_revisions_draft_id_drafts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_revisions")),
        sa.UniqueConstraint("draft_id", "number", name=op.f("uq_draft_revisions_draft_id_number")),
    )
    op.create_table(
        "approvals",
        _id(),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("text_sha256", sa.String(length=64), nullable=False),
        sa.Column("approved_at", INSTANT, nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["draft_revisions.id"],
            name=op.f("fk_approvals_revision_id_draft_revisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvals")),
    )
    op.create_index(op.f("ix_approvals_revision_id"), "approvals", ["revision_id"])
    op.create_table(
        "dictionary_words",
        _id(),
        sa.Column("word", sa.Text(), nullable=False),
        sa.Column("added_at", INSTANT, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dictionary_words")),
        sa.UniqueConstraint("word", name=op.f("uq_dictionary_words_word")),
    )
    op.create_table(
        "rule_settings",
        sa.Column("rule_id", CODE, nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("rule_id", name=op.f("pk_rule_settings")),
    )


def downgrade() -> None:
    for table in (
        "rule_settings",
        "dictionary_words",
        "approvals",
        "draft_revisions",
        "drafts",
        "events",
        "interviewers",
        "rounds",
        "opportunities",
        "profile",
    ):
        op.drop_table(table)
