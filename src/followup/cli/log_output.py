"""A logged event and the plan lines it changed, for people and as JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from rich.console import Console

from followup.cli.app import OutputFormat
from followup.cli.plan_output import WHAT  # the plan's names for its items
from followup.model import Event, PlannedItem
from followup.service.events import Logged, PlanChange


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def event_json(event: Event) -> dict[str, Any]:
    return {
        "at": event.at.isoformat(),
        "kind": event.kind.value,
        "to": event.to,
        "message": event.message.value if event.message else None,
        "from": event.sender,
        "outcome": event.outcome.value if event.outcome else None,
        "text": event.text,
    }


def _line_json(item: PlannedItem | None) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "kind": item.kind.value,
        "to": item.to,
        "at": item.at.isoformat(),
        "status": item.status.value,
        "reason": item.reason,
    }


def change_json(change: PlanChange) -> dict[str, Any]:
    return {"before": _line_json(change.before), "after": _line_json(change.after)}


def print_logged(logged: Logged, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        data = {
            "round": logged.id.slug,
            "event": event_json(logged.event),
            "changes": [change_json(change) for change in logged.changes],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))  # noqa: T201
        return
    console = Console(highlight=False)
    console.print(f"Logged in {logged.id}: {_event_words(logged.event)}.")
    if not logged.changes:
        console.print("The plan does not change.")
        return
    console.print("The plan changes:")
    for change in logged.changes:
        console.print(f"  {_change_words(change)}")


def _stamp(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b} {moment:%H:%M}"


def _event_words(event: Event) -> str:
    when = _stamp(event.at)
    if event.message is not None:
        return f"{when} you sent the {event.message.value} to {event.to}"
    if event.outcome is not None:
        by = f" (told by {event.sender})" if event.sender else ""
        return f"{when} the decision: {event.outcome.value}{by}"
    if event.sender is not None:
        return f"{when} {event.sender} replied"
    return f"{when} news: {event.text}"


def _name(item: PlannedItem) -> str:
    what = WHAT.get(item.kind.value, item.kind.value)
    return f"{what} → {item.to}" if item.to else what


def _change_words(change: PlanChange) -> str:
    before, after = change.before, change.after
    if after is None:
        assert before is not None
        return f"{_name(before)}: off the plan (was {_stamp(before.at)})"
    if before is None:
        return f"{_name(after)}: new, {after.status.value} for {_stamp(after.at)} — {after.reason}"
    if before.status is not after.status:
        return f"{_name(after)}: {before.status.value} → {after.status.value} — {after.reason}"
    if before.at != after.at:
        return f"{_name(after)}: moved {_stamp(before.at)} → {_stamp(after.at)} — {after.reason}"
    return f"{_name(after)}: {after.reason}"
