"""Stored rounds out to files: YAML records, `.eml` of approved drafts, calendar reminders.

- YAML: one record file per round (``SLUG.yaml``), the stored round exactly;
  importing it into an empty store and exporting again gives the same file.
- `.eml`: only drafts whose current text the user approved (mail is only
  ever what the user approved); each dated at the planned send time.
- `.ics`: one reminder per planned message, holding its draft (the stored
  text when there is one) or what to add when it cannot be written yet.

Each file is written to a temporary name and moved into place, so a failure
never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from followup.compose import Blocked, compose, is_message, round_id
from followup.compose import Draft as Composed
from followup.errors import UserError
from followup.model import Round, Status
from followup.planner import plan_round
from followup.records import dump_round
from followup.service.profile import policy_for, with_candidate
from followup.service.stored_review import planned_time
from followup.store import Draft, Profile, RoundId, Store


@dataclass(frozen=True)
class ExportRequest:
    round: str | None = None
    all: bool = False
    eml: Path | None = None
    ics: Path | None = None
    yaml: Path | None = None


@dataclass(frozen=True)
class Exported:
    rounds: tuple[RoundId, ...]
    yaml: tuple[Path, ...] = ()
    eml: tuple[Path, ...] = ()
    ics: Path | None = None
    reminders: int = 0
    skipped: tuple[str, ...] = field(default=())
    """Drafts left out of the mail, and why (not approved, a card)."""
    eml_dir: Path | None = None


def export(store: Store, request: ExportRequest, now: dt.datetime) -> Exported:
    if (request.round is None) == (not request.all):
        raise UserError("say which round to export (ROUND), or --all — not both")
    if request.eml is None and request.ics is None and request.yaml is None:
        raise UserError("nothing to export: give --yaml DIR, --eml DIR and/or --ics FILE")
    rounds = _rounds(store, request)
    profile = store.load_profile()
    yaml_files = _write_yaml(rounds, request.yaml) if request.yaml else []
    eml_files: list[Path] = []
    skipped: list[str] = []
    if request.eml is not None:
        eml_files, skipped = _write_emls(store, rounds, profile, request.eml, now)
    count = 0
    if request.ics is not None:
        count = _write_reminders(store, rounds, profile, request.ics, now)
    ids = tuple(rid for rid, _ in rounds)
    return Exported(
        ids, tuple(yaml_files), tuple(eml_files), request.ics, count, tuple(skipped), request.eml
    )


def _rounds(store: Store, request: ExportRequest) -> list[tuple[RoundId, Round]]:
    if request.all:
        return store.all_rounds()
    rid = store.round_id(request.round or "")
    return [(rid, store.get_round(rid.number))]


def write_atomically(path: Path, data: bytes) -> Path:
    """`data` as the file `path`, whole or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(path)
    except OSError as error:
        raise UserError(f"{path}: cannot write: {error.strerror or error}") from None
    return path


def _write_yaml(rounds: list[tuple[RoundId, Round]], directory: Path) -> list[Path]:
    texts = [(directory / f"{rid.slug}.yaml", dump_round(record)) for rid, record in rounds]
    return [write_atomically(path, text.encode("utf-8")) for path, text in texts]


def _sender(profile: Profile | None, record: Round) -> tuple[str, str]:
    person = record.candidate or (profile.candidate if profile else None)
    if person is None or not person.email:
        raise UserError("--eml: no From address: set your email with `followup init --email …`")
    return person.name, person.email


def as_composed(draft: Draft, record: Round, send_at: dt.datetime) -> Composed:
    """A stored draft's latest text as the composer's value (for .eml and reminders)."""
    person = record.interviewer(draft.to or "")
    latest = draft.latest
    return Composed(
        kind=draft.kind,
        to=draft.to or "",
        email=person.email if person is not None else None,
        send_at=send_at,
        subject=latest.subject or None,
        body=latest.body,
        round_id=round_id(record),
    )


def _write_emls(
    store: Store,
    rounds: list[tuple[RoundId, Round]],
    profile: Profile | None,
    directory: Path,
    now: dt.datetime,
) -> tuple[list[Path], list[str]]:
    from followup.mail.eml import build_message, eml_name, message_bytes

    policy = policy_for(profile)
    messages, skipped = [], []
    for rid, stored in rounds:
        record = with_candidate(stored, profile)
        for draft in store.list_drafts(rid.number):
            reason = _not_mailed(draft, record)
            if reason:
                skipped.append(f"draft {draft.id} ({draft.kind.value} to {draft.to}): {reason}")
                continue
            to = draft.to or ""
            send_at = planned_time(record, policy, draft.kind, to, now)
            composed = as_composed(draft, record, send_at)
            name, address = _sender(profile, record)
            messages.append((draft.id, eml_name(composed), build_message(composed, name, address)))
    written, taken = [], set()
    for draft_id, name, message in messages:
        if name in taken:
            name = name.removesuffix(".eml") + f"-{draft_id}.eml"
        taken.add(name)
        written.append(write_atomically(directory / name, message_bytes(message)))
    return written, skipped


def _not_mailed(draft: Draft, record: Round) -> str | None:
    if not draft.approved:
        return f"not approved — `followup approve {draft.id}`"
    if draft.to is None or not draft.latest.subject:
        return "not an email (a card or a note to you)"
    person = record.interviewer(draft.to)
    if person is None or not person.email:
        return f"no email address for {draft.to}"
    return None


def _write_reminders(
    store: Store,
    rounds: list[tuple[RoundId, Round]],
    profile: Profile | None,
    path: Path,
    now: dt.datetime,
) -> int:
    from followup.ics.reminders import reminder_for, reminders_calendar

    policy = policy_for(profile)
    reminders = []
    for rid, stored in rounds:
        record = with_candidate(stored, profile)
        drafts = {(d.kind, d.to): d for d in store.list_drafts(rid.number)}
        for item in plan_round(record, policy, now).items:
            if item.status is Status.CANCELLED or not is_message(item):
                continue
            stored_draft = drafts.get((item.kind, item.to))
            written: Composed | Blocked
            if stored_draft is not None:
                written = as_composed(stored_draft, record, max(item.at, now))
            else:
                written = compose(record, item, policy, now)
            reminders.append(reminder_for(written, record.interviewers))
    write_atomically(path, reminders_calendar(reminders, now))
    return len(reminders)
