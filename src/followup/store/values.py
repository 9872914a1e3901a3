"""What the store hands out: plain immutable values, never live database rows.

A round comes back as `followup.model.Round`; these are the store's own
facts around it: ids, summaries, the profile, drafts and their approvals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from followup.model import Candidate, MessageKind, Stage


@dataclass(frozen=True)
class RoundId:
    """A stored round: its number and its short human id (``northwind-data-engineer-2026-03-03``).

    Either one names the round wherever the CLI takes ROUND.
    """

    number: int
    slug: str

    def __str__(self) -> str:
        return self.slug


class RoundStatus(StrEnum):
    """Where a round stands: open until a decision is logged, then that decision."""

    OPEN = "open"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class RoundSummary:
    """One line of `followup list`."""

    id: RoundId
    company: str
    role: str
    stage: Stage
    start: dt.datetime
    status: RoundStatus
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True)
class InterviewerNotes:
    """What the user noted about one interviewer; saving replaces all three lists."""

    topics: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    """The user: the candidate the messages come from, and their standing choices.

    `policy_overrides` holds policy fields in policy-file form (``{"thank_you_latest":
    "24h"}``), as plain JSON data; `country`/`region` are where the user lives
    (holiday calendar codes such as ``US``/``CA``).
    """

    candidate: Candidate
    country: str | None = None
    region: str | None = None
    policy_overrides: dict[str, Any] = field(default_factory=dict)


class DraftSource(StrEnum):
    """Who wrote a revision: the composer, or the user by hand."""

    COMPOSER = "composer"
    USER = "user"


def text_sha256(subject: str, body: str) -> str:
    """The hash an approval binds to: SHA-256 of ``["subject", "body"]`` as UTF-8 JSON.

    The JSON array keeps the two apart, so no text can move between subject
    and body and keep the hash.
    """
    text = json.dumps([subject, body], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class DraftRevision:
    """One version of a draft's text, numbered from 1."""

    number: int
    subject: str
    body: str
    source: DraftSource
    created_at: dt.datetime

    @property
    def sha256(self) -> str:
        return text_sha256(self.subject, self.body)


@dataclass(frozen=True)
class Approval:
    """The user approved `revision` of draft `draft_id`, whose text hashed to `sha256`."""

    draft_id: int
    revision: int
    sha256: str
    approved_at: dt.datetime


@dataclass(frozen=True)
class Draft:
    """A message in the making, with every revision (oldest first).

    `approval` is the approval of the latest revision, if that exact text was
    approved; any later edit leaves it None.
    """

    id: int
    round: RoundId
    to: str | None
    kind: MessageKind
    revisions: tuple[DraftRevision, ...]
    approval: Approval | None = None

    @property
    def latest(self) -> DraftRevision:
        return self.revisions[-1]

    @property
    def approved(self) -> bool:
        return self.approval is not None


@dataclass(frozen=True)
class DraftSummary:
    """Where a draft stands, without its text: its latest revision and whether it is approved."""

    id: int
    round_number: int
    to: str | None
    kind: MessageKind
    revision: int
    """The number of the latest revision."""
    approved: bool
    """Whether the latest revision's exact text is approved (as `Draft.approved`)."""


@dataclass(frozen=True)
class DraftRef:
    """Where `save_draft` / `edit_draft` left the text: the draft and its revision number."""

    draft_id: int
    revision: int
