"""A round from a calendar invitation: read it, let the user confirm the guesses, store it.

The invite importer (`followup.ics.invite`) reads the file; the user's own
address (from the profile) is left out of the interviewers, and times the
invite gives without a zone are read in the user's zone. The user then
confirms or corrects the company, role and stage, and the round is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from followup.errors import UserError
from followup.ics.invite import InviteDraft, invite_to_round, load_invite
from followup.model import Round, Stage
from followup.service.profile import own_addresses
from followup.service.rounds import AddedRound, parse_choice, read_files
from followup.store import Store

INVITE_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")


def is_invite(path: Path) -> bool:
    return path.suffix.lower() in INVITE_SUFFIXES


@dataclass(frozen=True)
class InviteChoices:
    """The user's answers: company, role and stage (None: take the invite's guess)."""

    company: str | None = None
    role: str | None = None
    stage: Stage | None = None

    @classmethod
    def of(cls, company: str | None, role: str | None, stage: str | None) -> InviteChoices:
        """Choices from the command line (a stage by its name)."""
        chosen = None if stage is None else parse_choice(stage, Stage, "--stage")
        return cls(_clean(company, "--company"), _clean(role, "--role"), chosen)


def _clean(text: str | None, option: str) -> str | None:
    if text is None:
        return None
    cleaned = " ".join(text.split())
    if not cleaned:
        raise UserError(f"{option}: empty")
    return cleaned


Confirm = Callable[[InviteDraft], InviteChoices]
"""Shows what an invite says and returns the user's company, role and stage."""


def read_invite_file(store: Store, path: Path) -> InviteDraft:
    """What the invitation at `path` says, the user left out of the people."""
    profile = store.load_profile()
    zone = profile.candidate.time_zone if profile is not None else None
    return load_invite(path, own_addresses(profile), default_zone=zone)


def missing(draft: InviteDraft, choices: InviteChoices) -> list[str]:
    """What neither the invite nor the user says (``--company``, …)."""
    needed = [
        ("--company", choices.company or draft.company),
        ("--role", choices.role or draft.role),
    ]
    return [option for option, value in needed if not value]


def import_files(store: Store, paths: Sequence[Path], confirm: Confirm) -> list[AddedRound]:
    """Rounds from invitations (each confirmed by the user) and record files, stored together.

    Everything is read and confirmed first; then all rounds are stored in
    one transaction, so a bad file or a refusal stores nothing.
    """
    if not paths:
        raise UserError("no files given")
    invites = [read_invite_file(store, path) for path in paths if is_invite(path)]
    files = [path for path in paths if not is_invite(path)]
    records = read_files(files)
    sources = [str(path) for path in files]
    for draft in invites:
        records.append(invited_round(draft, confirm(draft)))
        sources.append(draft.source)
    ids = store.add_rounds(records)
    return [AddedRound(i, r, s) for i, r, s in zip(ids, records, sources, strict=True)]


def invited_round(draft: InviteDraft, choices: InviteChoices) -> Round:
    """The round of `draft` with the user's company, role and stage."""
    lacking = missing(draft, choices)
    if lacking:
        what = " and ".join(option.removeprefix("--") for option in lacking)
        raise UserError(
            f"{draft.source}: the invite does not say the {what}: give {' and '.join(lacking)}"
        )
    company = choices.company or draft.company or ""
    role = choices.role or draft.role or ""
    stage = choices.stage or draft.stage or Stage.FIRST_ROUND
    return invite_to_round(draft, company, role, stage)
