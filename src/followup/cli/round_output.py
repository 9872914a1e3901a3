"""Rounds for people (Rich) and as JSON: added, shown, listed, notes, deleted or restored."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from followup.cli.app import OutputFormat
from followup.model import Round
from followup.store import RoundId, RoundSummary

if TYPE_CHECKING:
    from followup.ics.invite import InviteDraft
    from followup.service.notes import NotesResult
    from followup.service.rounds import AddedRound, RoundDetail

T = TypeVar("T")
MANY = 20
"""More rounds added at once than this are summed up, not listed."""


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))  # noqa: T201


def _console() -> Console:
    return Console(highlight=False)


def _day(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def _title(record: Round) -> str:
    stage = record.stage.value.replace("-", " ")
    start = record.start
    return f"{record.company} — {record.role} ({stage}, {_day(start)} {start:%H:%M})"


def _quoted(text: str) -> str:
    return f"'{text}'" if any(char in text for char in " '\"") else text


def with_progress(total: int, work: Callable[[Callable[[], None]], T]) -> T:
    """Run `work` with a progress bar on stderr; `work` calls its argument at each step."""
    console = Console(stderr=True)
    if not console.is_terminal:
        return work(lambda: None)
    columns = (TextColumn("Adding rounds"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("add", total=total)
        return work(lambda: progress.advance(task))


def added_json(added: AddedRound) -> dict[str, Any]:
    record = added.record
    return {
        "id": added.id.number,
        "slug": added.id.slug,
        "company": record.company,
        "role": record.role,
        "stage": record.stage.value,
        "start": record.start.isoformat(),
        "source": added.source,
        "people_without_topics": list(added.people_without_topics),
    }


def print_added(added: Sequence[AddedRound], output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        _print_json({"added": [added_json(entry) for entry in added]})
        return
    console = _console()
    if len(added) > MANY:
        console.print(f"Added {len(added)} rounds ({added[0].id} … {added[-1].id}).")
    else:
        for entry in added:
            count = len(entry.record.interviewers)
            people = "1 person" if count == 1 else f"{count} people"
            console.print(f"Added {entry.id}: {_title(entry.record)}, {people}.")
            for name in entry.people_without_topics:
                console.print(
                    f"  Add what you talked about with {name}: followup note {entry.id} "
                    f"--person {_quoted(name)} --topic '…'"
                )
    console.print("Next: `followup agenda` shows what to do.")


def print_invite(draft: InviteDraft) -> None:
    console = _console()
    zone = draft.time_zone or f"UTC{draft.start:%z}"
    form = f", {draft.format.value}" if draft.format else ""
    console.print(
        f"Invitation {draft.source}: {_day(draft.start)} "
        f"{draft.start:%H:%M}–{draft.end:%H:%M} {zone}{form}"
    )
    console.print(f"  “{draft.summary}”")
    for person in draft.interviewers:
        console.print(f"  with {person.name}" + (f" <{person.email}>" if person.email else ""))
    for note in draft.notes:
        console.print(f"  check: {note}")


def print_detail(detail: RoundDetail, output: OutputFormat) -> None:
    from followup.cli import plan_output
    from followup.cli.stored_draft_output import draft_json, draft_table
    from followup.records.dump import round_to_data
    from followup.service.planning import PlannedRound

    planned = PlannedRound(detail.id.slug, detail.record, detail.plan)
    if output is OutputFormat.JSON:
        plan = plan_output.plan_json(planned)
        _print_json(
            {
                "id": detail.id.number,
                "slug": detail.id.slug,
                "record": round_to_data(detail.record, times_as_text=True),
                "plan": {"items": plan["items"], "notes": plan["notes"]},
                "drafts": [draft_json(draft) for draft in detail.drafts],
            }
        )
        return
    console = _console()
    console.print(f"Round {detail.id} (#{detail.id.number})", style="bold")
    _print_people(console, detail.record)
    _print_notes(console, detail.record)
    for event in detail.record.events:
        console.print(f"  {_event_line(event)}")
    console.print()
    plan_output.print_text([planned], None, detail.now)
    if detail.drafts:
        console.print(draft_table(detail.drafts))


def _print_people(console: Console, record: Round) -> None:
    for person in record.interviewers:
        part = person.role.value.replace("-", " ")
        email = f" <{person.email}>" if person.email else " (no email)"
        title = f", {person.title}" if person.title else ""
        console.print(f"  {person.name}{email}, {part}{title}")
        for label, items in (
            ("talked about", person.topics),
            ("moments", person.moments),
            ("asked", person.questions),
        ):
            if items:
                console.print(f"    {label}: " + "; ".join(items))


def _print_notes(console: Console, record: Round) -> None:
    notes = record.notes
    for label, items in (
        ("questions", notes.questions),
        ("went well", notes.went_well),
        ("missed", notes.missed),
        ("moments", notes.moments),
    ):
        if items:
            console.print(f"  {label}: " + "; ".join(items))


def _event_line(event: Any) -> str:
    stamp = f"{_day(event.at)} {event.at:%H:%M}"
    kind = event.kind.value
    if kind == "sent":
        return f"{stamp}: sent the {event.message.value} to {event.to}"
    if kind == "reply":
        return f"{stamp}: {event.sender} replied"
    if kind == "decision":
        by = f" (from {event.sender})" if event.sender else ""
        return f"{stamp}: decision: {event.outcome.value}{by}"
    return f"{stamp}: news: {event.text}"


def summary_json(summary: RoundSummary) -> dict[str, Any]:
    return {
        "id": summary.id.number,
        "slug": summary.id.slug,
        "company": summary.company,
        "role": summary.role,
        "stage": summary.stage.value,
        "start": summary.start.isoformat(),
        "status": summary.status.value,
        "deleted_at": summary.deleted_at.isoformat() if summary.deleted_at else None,
    }


def print_list(found: Sequence[RoundSummary], output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        _print_json({"rounds": [summary_json(summary) for summary in found]})
        return
    console = _console()
    if not found:
        console.print("No rounds. Add one with `followup add` or `followup import INVITE.ics`.")
        return
    table = Table(show_edge=False, pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("Round", overflow="fold")
    for column in ("Stage", "Date", "Status"):
        table.add_column(column, no_wrap=True)
    for summary in found:
        name = Text(f"{summary.company} — {summary.role}\n")
        name.append(summary.id.slug, style="dim")
        table.add_row(
            str(summary.id.number),
            name,
            summary.stage.value,
            f"{summary.start:%Y-%m-%d}",
            summary.status.value,
        )
    console.print(table)


def notes_json(result: NotesResult) -> dict[str, Any]:
    record = result.record
    notes = record.notes
    return {
        "id": result.id.number,
        "slug": result.id.slug,
        "changed": result.changed,
        "added": result.added,
        "notes": {
            "questions": list(notes.questions),
            "went_well": list(notes.went_well),
            "missed": list(notes.missed),
            "moments": list(notes.moments),
            "signals": list(notes.signals),
        },
        "interviewers": {
            person.name: {
                "topics": list(person.topics),
                "moments": list(person.moments),
                "questions": list(person.questions),
            }
            for person in record.interviewers
        },
    }


def print_notes(result: NotesResult, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        _print_json(notes_json(result))
        return
    console = _console()
    if not result.changed:
        console.print(f"No change to the notes of {result.id}.")
        return
    change = f"{result.added} new" if result.added >= 0 else f"{-result.added} removed"
    console.print(f"Saved the notes of {result.id} ({change}):")
    _print_people(console, result.record)
    _print_notes(console, result.record)


def print_moved(rid: RoundId, verb: str, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        _print_json({verb: {"id": rid.number, "slug": rid.slug}})
        return
    undo = f" Undo: `followup restore {rid}`." if verb == "deleted" else ""
    _console().print(f"{verb.capitalize()} round {rid}.{undo}")
