"""The tables of the store, as SQLAlchemy 2 typed mappings.

Every constraint is named by `NAMING_CONVENTION`, so migrations can drop and
alter them by name on every database (SQLite batch mode included). Instants
are UTC (`UtcDateTime`) with the recorded UTC offset in a ``*_offset``
column beside them, so a round reads back at the offset it was written in.
A round's lists (notes, other companies) and its candidate are JSON values;
interviewers and events are rows, in their recorded order (``position``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from followup.model import (
    Culture,
    EventKind,
    Format,
    Honorific,
    MessageKind,
    Outcome,
    ParticipantRole,
    Stage,
    Tone,
)
from followup.store.column_types import TextList, UtcDateTime, enum_type
from followup.store.values import DraftSource

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE = 64
"""Length of codes: time zone names, holiday country and region codes."""


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (read once by SQLAlchemy)
        str: Text(),
        dt.datetime: UtcDateTime(),
        tuple[str, ...]: TextList(),
        dict[str, Any]: JSON(),
        Stage: enum_type(Stage),
        Format: enum_type(Format),
        Culture: enum_type(Culture),
        Tone: enum_type(Tone),
        Honorific: enum_type(Honorific),
        ParticipantRole: enum_type(ParticipantRole),
        MessageKind: enum_type(MessageKind),
        EventKind: enum_type(EventKind),
        Outcome: enum_type(Outcome),
        DraftSource: enum_type(DraftSource),
    }


class ProfileRow(Base):
    """The user: who writes the messages, in what tone, under which rules."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    links: Mapped[tuple[str, ...]]
    skills: Mapped[tuple[str, ...]]
    achievements: Mapped[tuple[str, ...]]
    time_zone: Mapped[str | None] = mapped_column(String(CODE))
    tone: Mapped[Tone | None]
    country: Mapped[str | None] = mapped_column(String(CODE))
    region: Mapped[str | None] = mapped_column(String(CODE))
    policy_overrides: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime]


class OpportunityRow(Base):
    """A job applied for: one company and role, with one or more rounds."""

    __tablename__ = "opportunities"
    __table_args__ = (UniqueConstraint("company", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str]
    role: Mapped[str]
    created_at: Mapped[dt.datetime]


class RoundRow(Base):
    """One interview round; ``slug`` is its short human id, ``deleted_at`` its trash flag."""

    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[Stage]
    format: Mapped[Format | None]
    culture: Mapped[Culture | None]
    start_at: Mapped[dt.datetime] = mapped_column(index=True)
    start_offset: Mapped[int]
    end_at: Mapped[dt.datetime]
    end_offset: Mapped[int]
    time_zone: Mapped[str | None] = mapped_column(String(CODE))
    timeline_date: Mapped[dt.date | None]
    timeline_text: Mapped[str | None]
    timeline_from: Mapped[str | None]
    check_in_invited_date: Mapped[dt.date | None]
    check_in_invited_at: Mapped[dt.datetime | None]
    check_in_invited_offset: Mapped[int | None]
    notes: Mapped[dict[str, Any]]
    candidate: Mapped[dict[str, Any] | None]
    other_companies: Mapped[tuple[str, ...]]
    attachments_requested: Mapped[bool]
    created_at: Mapped[dt.datetime]
    deleted_at: Mapped[dt.datetime | None]

    opportunity: Mapped[OpportunityRow] = relationship(lazy="joined")
    interviewers: Mapped[list[InterviewerRow]] = relationship(
        order_by="InterviewerRow.position", cascade="all, delete-orphan"
    )
    events: Mapped[list[EventRow]] = relationship(
        order_by="EventRow.position", cascade="all, delete-orphan"
    )


class InterviewerRow(Base):
    """A person met in a round, with what the user noted about them."""

    __tablename__ = "interviewers"
    __table_args__ = (UniqueConstraint("round_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str]
    honorific: Mapped[Honorific | None]
    first_name_basis: Mapped[bool]
    title: Mapped[str | None]
    email: Mapped[str | None]
    role: Mapped[ParticipantRole]
    topics: Mapped[tuple[str, ...]]
    moments: Mapped[tuple[str, ...]]
    questions: Mapped[tuple[str, ...]]
    time_zone: Mapped[str | None] = mapped_column(String(CODE))
    do_not_contact: Mapped[bool]


class EventRow(Base):
    """Something that happened after a round: sent, reply, decision or news."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("round_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    position: Mapped[int]
    at: Mapped[dt.datetime]
    at_offset: Mapped[int]
    kind: Mapped[EventKind]
    recipient: Mapped[str | None]
    message: Mapped[MessageKind | None]
    sender: Mapped[str | None]
    outcome: Mapped[Outcome | None]
    text: Mapped[str | None]


class DraftRow(Base):
    """A message being written to one person (or a reminder to the user) about a round."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str | None]
    kind: Mapped[MessageKind]
    created_at: Mapped[dt.datetime]

    round: Mapped[RoundRow] = relationship()
    revisions: Mapped[list[DraftRevisionRow]] = relationship(
        order_by="DraftRevisionRow.number", cascade="all, delete-orphan"
    )


class DraftRevisionRow(Base):
    """One version of a draft's text; an edit adds a row and never changes one."""

    __tablename__ = "draft_revisions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    number: Mapped[int]
    subject: Mapped[str]
    body: Mapped[str]
    source: Mapped[DraftSource]
    created_at: Mapped[dt.datetime]


class ApprovalRow(Base):
    """The user's approval of one revision, bound to the hash of its exact text."""

    __tablename__ = "approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("draft_revisions.id", ondelete="CASCADE"), index=True
    )
    text_sha256: Mapped[str] = mapped_column(String(64))
    approved_at: Mapped[dt.datetime]


class DictionaryWordRow(Base):
    """A word the spelling check accepts as written (a name, a product, a term)."""

    __tablename__ = "dictionary_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(unique=True)
    added_at: Mapped[dt.datetime]


class RuleSettingRow(Base):
    """A review rule re-graded or switched off: ``level`` is a severity or ``off``."""

    __tablename__ = "rule_settings"

    rule_id: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))
