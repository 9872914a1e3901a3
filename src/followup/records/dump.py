"""Write a `Round` back as a record file, losslessly: loading the text gives the same round.

Keys come in the order of ``records.md``; values equal to their default
(None, empty lists, false flags, the ``panelist`` role, an end one hour after
the start) are left out. Date-times are ISO 8601 with their offset, dates
``YYYY-MM-DD``; PyYAML quotes any text that would read back as something else.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import yaml

from followup.model import (
    Candidate,
    Event,
    Interviewer,
    ParticipantRole,
    Round,
    RoundNotes,
)
from followup.records.convert import DEFAULT_LENGTH


class _RecordDumper(yaml.SafeDumper):
    """The safe dumper, writing date-times as ``2026-03-03T10:00:00-05:00``, lists indented."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_date_time(dumper: yaml.SafeDumper, value: dt.datetime) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_UNFOLDABLE = frozenset("\x85\u2028\u2029")


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML writes these line breaks raw in single quotes, where reading folds them
    # into spaces; double quotes escape them instead.
    style = '"' if _UNFOLDABLE & set(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_RecordDumper.add_representer(dt.datetime, _represent_date_time)
_RecordDumper.add_representer(str, _represent_text)


def dump_round(round_: Round) -> str:
    """`round_` as YAML record text (``records.md``)."""
    return yaml.dump(
        round_to_data(round_),
        Dumper=_RecordDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
    )


def round_to_data(round_: Round, times_as_text: bool = False) -> dict[str, Any]:
    """`round_` as plain data in record-file form (JSON-ready with `times_as_text`)."""
    end = None if round_.end == round_.start + DEFAULT_LENGTH else round_.end
    data = _present(
        {
            "candidate": _candidate(round_.candidate) if round_.candidate else None,
            "company": round_.company,
            "role": round_.role,
            "culture": round_.culture,
            "stage": round_.stage,
            "format": round_.format,
            "start": round_.start,
            "end": end,
            "time_zone": round_.time_zone,
            "timeline": round_.timeline,
            "timeline_from": round_.timeline_from,
            "check_in_invited": round_.check_in_invited,
            "notes": _notes(round_.notes),
            "interviewers": [_interviewer(person) for person in round_.interviewers],
            "other_companies": round_.other_companies,
            "events": [_event(event) for event in round_.events],
            "attachments_requested": round_.attachments_requested,
        }
    )
    return _as_text(data) if times_as_text else data


def _present(entries: dict[str, Any]) -> dict[str, Any]:
    """`entries` without absent values (None, False, empty), enums as their values."""
    kept: dict[str, Any] = {}
    for key, value in entries.items():
        if value is None or value is False or value in ((), [], {}):
            continue
        if isinstance(value, StrEnum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        kept[key] = value
    return kept


def _as_text(value: Any) -> Any:
    """Date-times and dates in `value` as ISO 8601 text, recursively."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return value


def _candidate(person: Candidate) -> dict[str, Any]:
    return _present(
        {
            "name": person.name,
            "email": person.email,
            "phone": person.phone,
            "links": person.links,
            "skills": person.skills,
            "achievements": person.achievements,
            "time_zone": person.time_zone,
            "tone": person.tone,
        }
    )


def _notes(notes: RoundNotes) -> dict[str, Any]:
    return _present(
        {
            "questions": notes.questions,
            "went_well": notes.went_well,
            "missed": notes.missed,
            "moments": notes.moments,
            "signals": notes.signals,
        }
    )


def _interviewer(person: Interviewer) -> dict[str, Any]:
    return _present(
        {
            "name": person.name,
            "honorific": person.honorific,
            "first_name_basis": person.first_name_basis,
            "title": person.title,
            "email": person.email,
            "role": None if person.role is ParticipantRole.PANELIST else person.role,
            "topics": person.topics,
            "moments": person.moments,
            "questions": person.questions,
            "time_zone": person.time_zone,
            "do_not_contact": person.do_not_contact,
        }
    )


def _event(event: Event) -> dict[str, Any]:
    return _present(
        {
            "at": event.at,
            "kind": event.kind,
            "to": event.to,
            "message": event.message,
            "from": event.sender,
            "outcome": event.outcome,
            "text": event.text,
        }
    )
