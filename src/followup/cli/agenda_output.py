"""The agenda for people (the next step first, then one Rich table per part) and as JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from followup.service.agenda import Agenda, AgendaItem, Bucket, Waiting

TITLES = {
    Bucket.OVERDUE: "Overdue",
    Bucket.TODAY: "Due today",
    Bucket.UPCOMING: "Upcoming",
    Bucket.BLOCKED: "Blocked: add this first",
    Bucket.CANCELLED: "Cancelled: no longer needed",
}
STYLES = {
    Bucket.OVERDUE: "bold red",
    Bucket.TODAY: "bold",
    Bucket.UPCOMING: "",
    Bucket.BLOCKED: "yellow",
    Bucket.CANCELLED: "dim",
}


def item_json(entry: AgendaItem) -> dict[str, Any]:
    item, draft = entry.item, entry.draft
    return {
        "round": entry.round.slug,
        "company": entry.company,
        "role": entry.role,
        "kind": item.kind.value,
        "to": item.to,
        "at": item.at.isoformat(),
        "window_end": item.window_end.isoformat() if item.window_end else None,
        "reason": entry.reason,
        "draft": None
        if draft is None
        else {"id": draft.id, "revision": draft.revision, "approved": draft.approved},
    }


def waiting_json(entry: Waiting) -> dict[str, Any]:
    return {
        "round": entry.round.slug,
        "company": entry.company,
        "role": entry.role,
        "reason": entry.reason,
        "next_at": entry.next_at.isoformat() if entry.next_at else None,
    }


def agenda_json(agenda: Agenda) -> dict[str, Any]:
    data: dict[str, Any] = {
        "now": agenda.now.isoformat(),
        "days": agenda.days,
        "next": {"text": agenda.next_step.text, "command": agenda.next_step.command},
    }
    for bucket in Bucket:
        data[bucket.value] = [item_json(entry) for entry in agenda.bucket(bucket)]
    data["waiting"] = [waiting_json(entry) for entry in agenda.waiting]
    data["rounds"] = agenda.rounds
    data["ended"] = agenda.ended
    return data


def print_json(agenda: Agenda) -> None:
    print(json.dumps(agenda_json(agenda), ensure_ascii=False, indent=2))  # noqa: T201


def _when(at: dt.datetime, zone: dt.tzinfo | None) -> str:
    mine = at.astimezone(zone)
    return f"{mine:%a} {mine.day} {mine:%b} {mine:%H:%M}"


def _when_sent(at: dt.datetime, zone: dt.tzinfo | None) -> Text:
    """Your time; the recipient's below it when their clock differs (a 04:00 is their 10:00)."""
    text = Text(_when(at, zone))
    mine = at.astimezone(zone)
    if mine.utcoffset() != at.utcoffset():
        day = "" if mine.date() == at.date() else f"{at:%a} "
        text.append(f"\ntheirs: {day}{at:%H:%M} {at:%Z}", style="dim")
    return text


def _state(entry: AgendaItem) -> str:
    if entry.bucket is Bucket.CANCELLED:
        return ""
    if entry.draft is None:
        return "none" if entry.item.to else ""
    if entry.draft.approved:
        return f"draft {entry.draft.id} approved"
    return f"draft {entry.draft.id} to approve"


def _table(
    bucket: Bucket, entries: tuple[AgendaItem, ...], zone: dt.tzinfo | None, most: int = 0
) -> Table:
    table = Table(
        title=f"{TITLES[bucket]} ({len(entries)})",
        title_justify="left",
        title_style=STYLES[bucket],
        show_edge=False,
        pad_edge=False,
    )
    table.add_column("When", no_wrap=True)
    table.add_column("What (round)", min_width=24)
    table.add_column("Draft", no_wrap=True)
    table.add_column("Why" if bucket is not Bucket.BLOCKED else "Add", ratio=1)
    for entry in entries[:most] if most else entries:
        to = f" → {entry.item.to}" if entry.item.to else ""
        what = Text(f"{entry.what.capitalize()}{to}\n")
        what.append(f"#{entry.round.number} {entry.company}", style="dim")
        table.add_row(_when_sent(entry.item.at, zone), what, _state(entry), Text(entry.reason))
    return table


def _waiting_table(agenda: Agenda, most: int = 0) -> Table:
    table = Table(
        title=f"Waiting ({len(agenda.waiting)})",
        title_justify="left",
        show_edge=False,
        pad_edge=False,
    )
    table.add_column("Round", min_width=24, overflow="fold")
    table.add_column("Why", ratio=1)
    for entry in agenda.waiting[:most] if most else agenda.waiting:
        name = Text(f"{entry.company} — {entry.role}\n")
        name.append(f"#{entry.round.number} {entry.round.slug}", style="dim")
        table.add_row(name, Text(entry.reason))
    return table


def print_text(agenda: Agenda, most: int = 0) -> None:
    """The agenda as tables; with `most`, at most that many rows a section (JSON lists all)."""
    console = Console(highlight=False)
    step = agenda.next_step
    console.print(Text(step.text, style="bold"))
    if step.command:
        console.print(f"  → {step.command}")
    zone = agenda.zone or agenda.now.tzinfo
    for bucket in Bucket:
        entries = agenda.bucket(bucket)
        if entries:
            console.print()
            console.print(_table(bucket, entries, zone, most))
            _more(console, len(entries), most)
    if agenda.waiting:
        console.print()
        console.print(_waiting_table(agenda, most))
        _more(console, len(agenda.waiting), most)
    ended = f", {agenda.ended} ended (offer or withdrawn)" if agenda.ended else ""
    console.print(
        f"\n{agenda.rounds} round(s){ended}; as of {_when(agenda.now, zone)}, "
        f"looking {agenda.days} day(s) ahead."
    )


def _more(console: Console, count: int, most: int) -> None:
    if most and count > most:
        console.print(
            f"  … and {count - most} more (--limit 0 shows them all; --format json lists them)",
            style="dim",
        )
