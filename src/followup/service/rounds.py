"""Rounds in the user's store: add (record files or answers), show, list, delete, restore.

Record files are read and checked in full before anything is stored, and a
batch is stored in one transaction: a bad file, or any failure while
writing, leaves the store as it was. Answers typed at the prompts go through
the same record checks as a file (`round_from_answers`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from followup.errors import UserError
from followup.model import Format, ParticipantRole, Plan, Round, Stage
from followup.planner import plan_round
from followup.records import load_round, round_from_data
from followup.service.profile import policy_for, with_candidate
from followup.store import Draft, RoundId, RoundRef, RoundStatus, RoundSummary, Store

Step = Callable[[], None]


@dataclass(frozen=True)
class AddedRound:
    """A round just stored, and what to add so that its messages can be written."""

    id: RoundId
    record: Round
    source: str = ""

    @property
    def people_without_topics(self) -> tuple[str, ...]:
        return tuple(
            p.name for p in self.record.interviewers if p.took_part and p.reachable and not p.topics
        )


def read_files(paths: Sequence[Path], step: Step | None = None) -> list[Round]:
    """Every record file read and checked (the first bad one stops with its error)."""
    records = []
    for path in paths:
        records.append(load_round(path))
        if step is not None:
            step()
    return records


def add_files(store: Store, paths: Sequence[Path], step: Step | None = None) -> list[AddedRound]:
    """Read and check every file, then store all the rounds in one transaction.

    `step` is called once for each file read and once for each round stored
    (a progress bar of ``2 * len(paths)`` steps).
    """
    if not paths:
        raise UserError("no record files given")
    records = read_files(paths, step)
    ids = store.add_rounds(records, None if step is None else lambda _: step())
    return [AddedRound(i, r, str(p)) for i, r, p in zip(ids, records, paths, strict=True)]


# --- Answers typed at the prompts ---------------------------------------------------


@dataclass(frozen=True)
class PersonAnswers:
    name: str
    email: str | None = None
    role: ParticipantRole = ParticipantRole.PANELIST
    title: str | None = None


@dataclass(frozen=True)
class RoundAnswers:
    company: str
    role: str
    stage: Stage
    format: Format | None
    day: dt.date
    start: dt.time
    end: dt.time
    time_zone: str | None
    people: tuple[PersonAnswers, ...]
    timeline: str | None = None
    timeline_from: str | None = None
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)


_CLOCK = re.compile(r"(?i)\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?\s*")


def parse_clock(text: str, what: str = "time") -> dt.time:
    """``14:30``, ``9``, ``9.30``, ``2pm`` or ``2:30 pm`` as a time of day."""
    match = _CLOCK.fullmatch(text)
    if match is None:
        raise UserError(f"{what}: {text!r} is not a time of day (e.g. 10:00 or 2:30 pm)")
    hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
    if half and not 1 <= hour <= 12:
        raise UserError(f"{what}: {text!r} is not a time of day (hours run 1-12 with am/pm)")
    if half:
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise UserError(f"{what}: {text!r} is not a time of day (e.g. 10:00 or 2:30 pm)")
    return dt.time(hour, minute)


def parse_day(text: str, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{what}: {text!r} is not a date (YYYY-MM-DD, e.g. 2026-03-03)") from None


def parse_choice(text: str, choices: type[StrEnum], what: str) -> Any:
    wanted = text.strip().lower()
    for choice in choices:
        if choice.value == wanted:
            return choice
    listed = ", ".join(choice.value for choice in choices)
    raise UserError(f"{what}: {text!r} is not one of {listed}")


def round_from_answers(answers: RoundAnswers, origin: str = "your answers") -> Round:
    """The round the answers describe, checked like a record file."""
    if answers.end <= answers.start:
        raise UserError(
            f"end: the interview cannot end ({answers.end:%H:%M}) before it starts "
            f"({answers.start:%H:%M})"
        )
    people = [
        {
            "name": person.name,
            "email": person.email or None,
            "role": person.role.value,
            "title": person.title or None,
            "topics": list(answers.topics.get(person.name, ())),
        }
        for person in answers.people
    ]
    data: dict[str, Any] = {
        "company": answers.company,
        "role": answers.role,
        "stage": answers.stage.value,
        "format": answers.format.value if answers.format else None,
        "start": dt.datetime.combine(answers.day, answers.start).isoformat(),
        "end": dt.datetime.combine(answers.day, answers.end).isoformat(),
        "time_zone": answers.time_zone,
        "timeline": answers.timeline or None,
        "timeline_from": answers.timeline_from or None,
        "interviewers": people,
    }
    return round_from_data({key: value for key, value in data.items() if value}, origin)


def add_answers(store: Store, answers: RoundAnswers) -> AddedRound:
    record = round_from_answers(answers)
    return AddedRound(store.add_round(record), record, "prompts")


# --- Show, list, delete, restore -----------------------------------------------------


@dataclass(frozen=True)
class RoundDetail:
    """A stored round as `followup show` tells it: the record, its plan now, its drafts."""

    id: RoundId
    record: Round
    plan: Plan
    drafts: tuple[Draft, ...]
    now: dt.datetime


def show_round(store: Store, ref: RoundRef, now: dt.datetime) -> RoundDetail:
    rid = store.round_id(ref)
    profile = store.load_profile()
    record = with_candidate(store.get_round(rid.number), profile)
    plan = plan_round(record, policy_for(profile), now)
    return RoundDetail(rid, record, plan, tuple(store.list_drafts(rid.number)), now)


class Which(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    ALL = "all"


def list_rounds(store: Store, which: Which, *, deleted: bool = False) -> list[RoundSummary]:
    """Active rounds (no decision yet), closed ones (a decision came), or all."""
    summaries = store.list_rounds(deleted=deleted)
    if which is Which.ACTIVE:
        return [s for s in summaries if s.status is RoundStatus.OPEN]
    if which is Which.CLOSED:
        return [s for s in summaries if s.status is not RoundStatus.OPEN]
    return summaries


@dataclass(frozen=True)
class RoundOutline:
    """What the user sees before confirming a delete."""

    id: RoundId
    record: Round
    drafts: int


def outline(store: Store, ref: RoundRef) -> RoundOutline:
    rid = store.round_id(ref)
    return RoundOutline(rid, store.get_round(rid.number), len(store.list_drafts(rid.number)))


def delete_round(store: Store, ref: RoundRef) -> RoundId:
    return store.delete_round(ref)


def restore_round(store: Store, ref: RoundRef | None) -> RoundId:
    return store.restore_round(ref)
