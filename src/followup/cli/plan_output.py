"""Two formatters of one result: a plan as a Rich table for people, as JSON for scripts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from followup.model import PlannedItem, Status
from followup.service.planning import PlannedRound
from followup.workdays import zone

WHAT = {
    "thank-you": "Thank-you note",
    "forward-request": "Ask to forward thanks",
    "card": "Handwritten card",
    "check-in": "Check-in",
    "rejection-reply": "Reply to the rejection",
    "long-game": "Long-game update",
    "reminder": "Reminder for you",
}
STATUS_STYLE = {Status.PLANNED: "", Status.CANCELLED: "dim strike", Status.BLOCKED: "yellow"}


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def item_json(item: PlannedItem) -> dict[str, Any]:
    return {
        "kind": item.kind.value,
        "to": item.to,
        "email": item.email,
        "at": _iso(item.at),
        "window_start": _iso(item.window_start),
        "window_end": _iso(item.window_end),
        "status": item.status.value,
        "rule": item.rule,
        "reason": item.reason,
        "stage": item.stage.value,
        "about": list(item.about),
    }


def plan_json(planned: PlannedRound) -> dict[str, Any]:
    return {
        "file": planned.source,
        "company": planned.record.company,
        "role": planned.record.role,
        "items": [item_json(item) for item in planned.plan.items],
        "notes": list(planned.plan.notes),
    }


def print_json(rounds: Iterable[PlannedRound]) -> None:
    for planned in rounds:
        print(json.dumps(plan_json(planned), ensure_ascii=False))  # noqa: T201


def _stamp(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b} {moment:%H:%M}"


def _yours(planned: PlannedRound, yours: dt.tzinfo | None) -> dt.tzinfo:
    if yours is not None:
        return yours
    candidate = planned.record.candidate
    name = candidate.time_zone if candidate and candidate.time_zone else None
    if name:
        return zone(name)
    local = dt.datetime.now().astimezone().tzinfo
    assert local is not None
    return local


def _title(planned: PlannedRound) -> str:
    record = planned.record
    start = record.start
    stage = record.stage.value.replace("-", " ")
    return f"{record.company} — {record.role} ({stage}, {start:%a} {start.day} {start:%b %Y})"


def _when(at: dt.datetime, yours: dt.tzinfo) -> Text:
    """Their local time; yours below it when the clocks differ."""
    mine = at.astimezone(yours)
    text = Text(f"{_stamp(at)} {at:%Z}")
    if mine.utcoffset() != at.utcoffset():
        text.append(f"\nyou: {_stamp(mine)} {mine:%Z}", style="cyan")
    return text


def _recipient(item: PlannedItem) -> str:
    to = item.to or "you"
    if item.about and item.kind.value == "forward-request":
        to += " → " + ", ".join(item.about)
    return to


def _what(item: PlannedItem, now: dt.datetime) -> str:
    what = WHAT.get(item.kind.value, item.kind.value)
    if item.status is not Status.PLANNED:
        return f"{what} ({item.status.value})"
    return f"{what} (due)" if item.at <= now else what


def _table(planned: PlannedRound, yours: dt.tzinfo, now: dt.datetime) -> Table:
    table = Table(title=_title(planned), title_justify="left", show_lines=True)
    table.add_column("When (theirs / yours)", min_width=12)
    table.add_column("To", max_width=22)
    table.add_column("What", max_width=16)
    table.add_column("Why", ratio=1)
    for item in planned.plan.items:
        style = STATUS_STYLE[item.status]
        reason = Text(item.reason)
        table.add_row(
            _when(item.at, yours), _recipient(item), _what(item, now), reason, style=style
        )
    return table


def print_text(rounds: Iterable[PlannedRound], yours: dt.tzinfo | None, now: dt.datetime) -> None:
    console = Console()
    for planned in rounds:
        console.print(_table(planned, _yours(planned, yours), now))
        for note in planned.plan.notes:
            console.print(f"  • {note}", highlight=False)
        console.print()
