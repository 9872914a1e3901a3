"""Read a calendar invitation (``.ics``) into a draft round for the user to confirm.

`read_invite` takes an invitation as Google Calendar, Outlook / Exchange or
Apple Calendar send it and returns an `InviteDraft`: when (aware, in the
event's own zone, with its IANA name), who (organizer and attendees, less the
user, rooms and automatic senders), and guesses of the company, role, stage
and format; every guess or omission the user should check is in `notes`.
`invite_to_round` builds the `Round` once the user has confirmed them.

The reading is split by what it reads: `followup.ics.calendar_file` (the
text, the event, its properties), `followup.ics.zones` (zone names and each
file's own zones), `followup.ics.times` (start and end),
`followup.ics.people` (the interviewers) and `followup.ics.guesses`
(company, role, stage, format). This module is the public entry; it
re-exports what it held before the split (`InviteError`, `iana_name`, the
zone tables, the limits), so imports from it keep working.

Every problem is an `InviteError` of one line: ``invite.ics: problem``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from followup.errors import UserError
from followup.ics.calendar_file import (
    MAX_BYTES,
    InviteError,
    Notes,
    invite_text,
    parse_calendars,
    pick_event,
    plain_text,
    prop_text,
)
from followup.ics.guesses import guess_company, guess_format, guess_role, guess_stage
from followup.ics.people import Cast, address_key
from followup.ics.times import DEFAULT_LENGTH, LONGEST, YEARS, event_times
from followup.ics.zones import OUTLOOK_DISPLAY_NAMES, WINDOWS_ZONES, Zones, iana_name
from followup.model import Candidate, Format, Interviewer, Round, Stage
from followup.workdays import is_known_zone

__all__ = [
    "DEFAULT_LENGTH",
    "LONGEST",
    "MAX_BYTES",
    "OUTLOOK_DISPLAY_NAMES",
    "WINDOWS_ZONES",
    "YEARS",
    "InviteDraft",
    "InviteError",
    "iana_name",
    "invite_to_round",
    "load_invite",
    "read_invite",
]


@dataclass(frozen=True)
class InviteDraft:
    """What an invitation says about an interview, and what was guessed from it.

    `start` and `end` are aware, in the event's zone: `time_zone` is its IANA
    name (None only when the invite defines a zone no IANA zone matches; the
    times then carry that definition's offsets). `company`, `role`, `stage`
    and `format` are guesses, None when there is no clue. An invite does not
    say who is the recruiter or the hiring manager: every interviewer is a
    panelist; `organizer` is the organizer's address (also when left out as
    an automatic sender). `notes` lists what the user should confirm.
    """

    source: str
    start: dt.datetime
    end: dt.datetime
    time_zone: str | None
    company: str | None
    role: str | None
    stage: Stage | None
    format: Format | None
    interviewers: tuple[Interviewer, ...]
    summary: str
    description: str
    location: str | None = None
    organizer: str | None = None
    notes: tuple[str, ...] = ()


def load_invite(
    path: str | Path, own_addresses: Collection[str] = (), *, default_zone: str | None = None
) -> InviteDraft:
    """`read_invite` on the file at `path`, errors naming it as given."""
    name = str(path)
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InviteError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InviteError(f"{name}: is a directory, not an invitation file") from None
    except PermissionError:
        raise InviteError(f"{name}: permission denied") from None
    except OSError as error:
        raise InviteError(f"{name}: cannot be read ({error.strerror})") from None
    return read_invite(data, name, own_addresses, default_zone=default_zone)


def read_invite(
    data: bytes | str,
    source: str,
    own_addresses: Collection[str] = (),
    *,
    default_zone: str | None = None,
) -> InviteDraft:
    """The draft round an invitation describes, or the InviteError of its first problem.

    `source` names the file in messages. `own_addresses` are the user's own
    addresses (any case), left out of the interviewers. `default_zone` (an
    IANA name, usually the user's) reads times the invite gives without a
    zone, and shows times it gives in UTC (as Google's invitations do).
    """
    if default_zone is not None and not is_known_zone(default_zone):
        raise UserError(f"unknown time zone: {default_zone!r}")
    notes = Notes()
    calendar, event = pick_event(parse_calendars(invite_text(data, source), source), source, notes)
    zones = Zones(source, calendar, default_zone, notes)
    start, end, time_zone = event_times(event, zones)
    cast = Cast.of(event, {address_key(a) for a in own_addresses}, notes)
    summary = prop_text(event, "SUMMARY")
    description = plain_text(prop_text(event, "DESCRIPTION"))
    location = prop_text(event, "LOCATION").strip() or None
    stage = guess_stage(summary) or guess_stage(description, notes, "the description")
    if not cast.interviewers:
        notes.add("the invite names nobody besides you; add the interviewers")
    return InviteDraft(
        source=source,
        start=start,
        end=end,
        time_zone=time_zone,
        company=guess_company(summary, cast, notes),
        role=guess_role(summary, description, cast),
        stage=stage,
        format=guess_format(event, summary, description, location, cast),
        interviewers=cast.interviewers,
        summary=summary,
        description=description,
        location=location,
        organizer=cast.organizer,
        notes=tuple(notes),
    )


def invite_to_round(
    draft: InviteDraft,
    company: str,
    role: str,
    stage: Stage,
    *,
    format: Format | None = None,
    interviewers: Sequence[Interviewer] | None = None,
    candidate: Candidate | None = None,
) -> Round:
    """The round of a confirmed draft: the user's company, role and stage, the invite's times.

    `format` and `interviewers` default to the draft's. Times get a fixed
    UTC offset, as rounds loaded from record files have.
    """
    company, role = " ".join(company.split()), " ".join(role.split())
    for what, value in (("company", company), ("role", role)):
        if not value:
            raise InviteError(f"{draft.source}: the {what} is empty")
    people = tuple(draft.interviewers if interviewers is None else interviewers)
    if not people:
        raise InviteError(f"{draft.source}: no interviewer: the invite names nobody besides you")
    return Round(
        company=company,
        role=role,
        stage=stage,
        start=_fixed_offset(draft.start),
        end=_fixed_offset(draft.end),
        interviewers=people,
        candidate=candidate,
        format=draft.format if format is None else format,
        time_zone=draft.time_zone,
    )


def _fixed_offset(value: dt.datetime) -> dt.datetime:
    offset = value.utcoffset()
    assert offset is not None
    return value.replace(tzinfo=dt.timezone(offset), fold=0)
