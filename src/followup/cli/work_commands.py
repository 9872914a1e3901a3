"""Commands for the day's work: agenda, edit, approve, export, log.

Each opens the store, makes one service call and one output call. Heavy
modules load inside the commands.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from followup.cli.app import OutputFormat, app
from followup.cli.options import (
    Database,
    DraftArgument,
    Format,
    Now,
    RoundArgument,
    moment,
    open_store,
)


@app.command(
    epilog="Examples:  followup agenda  ·  followup agenda --days 14 --now "
    "2026-03-04T09:00-05:00 --format json",
)
def agenda(
    days: Annotated[int, typer.Option(help="How many days ahead to look.")] = 7,
    limit: Annotated[
        int, typer.Option(min=0, help="At most this many rows a section (0: all; text only).")
    ] = 30,
    now: Now = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """The day's work across all your rounds: overdue, due today, upcoming, waiting, blocked.

    The first line says what to do now.
    """
    from followup.cli import agenda_output
    from followup.service.agenda import build_agenda

    with open_store(db) as store:
        result = build_agenda(store, moment(now), days)
    if output is OutputFormat.JSON:
        agenda_output.print_json(result)
    else:
        agenda_output.print_text(result, limit)


@app.command(epilog="Example:  followup edit 3   (opens $EDITOR; then the review)")
def edit(
    draft: DraftArgument,
    now: Now = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Edit a draft in $EDITOR: the edit is kept as a new revision and reviewed at once.

    An approved draft that is edited needs a new approval.
    """
    from followup.cli import stored_draft_output
    from followup.cli.prompts import edit_text
    from followup.service import stored_drafts, word_cache

    word_cache.install()  # the edit is reviewed: the dictionary from the cache

    with open_store(db) as store:
        current = stored_drafts.open_draft(store, draft)
        text = edit_text(stored_drafts.draft_text(current), ".txt", f"draft-{draft}")
        edited = stored_drafts.edit_draft(store, draft, text, moment(now))
    stored_draft_output.print_edited(edited, output)


@app.command(epilog="Examples:  followup approve 3  ·  followup approve 3 --revision 2")
def approve(
    draft: DraftArgument,
    revision: Annotated[
        int | None, typer.Option(help="The revision you read: refused if the text changed since.")
    ] = None,
    force: Annotated[
        bool, typer.Option(help="Approve even though the reviewer finds errors.")
    ] = False,
    now: Now = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Approve a draft: freezes that exact text (subject and body) for sending.

    Any later edit withdraws the approval. A draft with review errors needs --force.
    """
    from followup.cli import stored_draft_output
    from followup.service import stored_drafts, word_cache

    word_cache.install()  # the text is reviewed before it is approved
    with open_store(db) as store:
        approved = stored_drafts.approve_draft(store, draft, revision, moment(now), force=force)
    stored_draft_output.print_approved(approved, output)


@app.command(
    epilog="Examples:  followup export 3 --eml outbox/ --ics reminders.ics  ·  "
    "followup export --all --yaml backup/",
)
def export(
    round_ref: Annotated[
        str | None, typer.Argument(metavar="[ROUND]", help="Round number or slug.")
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every round.")] = False,
    eml: Annotated[
        Path | None, typer.Option(help="Write each approved draft as an .eml into this folder.")
    ] = None,
    ics: Annotated[
        Path | None, typer.Option(help="Write a calendar file of reminders at the send times.")
    ] = None,
    yaml: Annotated[
        Path | None, typer.Option(help="Write each round as a YAML record into this folder.")
    ] = None,
    now: Now = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Export rounds: YAML records (re-import losslessly), approved mail (.eml), reminders (.ics).

    Only approved drafts become .eml files: mail is only ever what you approved.
    """
    from followup.cli import export_output
    from followup.service import export as exporting

    request = exporting.ExportRequest(round_ref, all_, eml, ics, yaml)
    with open_store(db) as store:
        exported = exporting.export(store, request, moment(now))
    export_output.print_exported(exported, output)


@app.command(
    epilog="Examples:  followup log 3 sent --to 'Maria Lopez'  ·  followup log 3 reply --from "
    "'Maria Lopez' --at 2026-03-05T09:12-05:00  ·  followup log 3 decision --outcome rejected",
)
def log(
    round_ref: RoundArgument,
    what: Annotated[str, typer.Argument(metavar="sent|reply|decision|news")],
    at: Annotated[
        str | None, typer.Option(help="When it happened (ISO 8601; default: now).")
    ] = None,
    to: Annotated[str | None, typer.Option(help="sent: to whom.")] = None,
    sender: Annotated[
        str | None, typer.Option("--from", help="reply, decision: from whom.")
    ] = None,
    outcome: Annotated[
        str | None, typer.Option(help="decision: rejected, offer or withdrawn.")
    ] = None,
    message: Annotated[
        str | None,
        typer.Option(help="sent: what it was (default: the next message planned for them)."),
    ] = None,
    text: Annotated[str | None, typer.Option(help="news: what is new.")] = None,
    now: Now = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Record what happened: a message sent, a reply, a decision, news. The plan updates at once."""
    from followup.cli import log_output
    from followup.model import EventKind, MessageKind, Outcome
    from followup.service import events
    from followup.service.rounds import parse_choice

    when = moment(now)
    request = events.LogRequest(
        kind=parse_choice(what, EventKind, "what happened"),
        at=moment(at, "--at") if at else when,
        to=to,
        sender=sender,
        outcome=None if outcome is None else parse_choice(outcome, Outcome, "--outcome"),
        message=None if message is None else parse_choice(message, MessageKind, "--message"),
        text=text,
    )
    with open_store(db) as store:
        logged = events.log_event(store, round_ref, request, when)
    log_output.print_logged(logged, output)


def draft_stored_round(
    target: str,
    now: dt.datetime,
    yours: dt.tzinfo | None,
    to: str | None,
    kind: str | None,
    *,
    policy: Path | None,
    eml: Path | None,
    ics: Path | None,
    db: str | None,
    output: OutputFormat,
) -> None:
    """`followup draft ROUND`: compose, review and store the drafts of a stored round."""
    from followup.cli import stored_draft_output
    from followup.errors import UserError
    from followup.service import drafting, stored_drafts

    if policy is not None:
        raise UserError("--policy: a stored round uses your profile's policy (drop --policy)")
    if eml is not None:
        raise UserError(
            "--eml: drafts of a stored round become .eml files once approved: "
            "`followup approve DRAFT`, then `followup export ROUND --eml DIR`"
        )
    with open_store(db) as store:
        result = stored_drafts.draft_stored_round(store, target, now, yours, to, kind)
    written = [str(drafting.write_reminders([result.drafted], ics, now))] if ics else []
    stored_draft_output.print_drafted_stored(result, written, output)
    if output is OutputFormat.JSON:
        for path in written:
            typer.echo(f"followup: wrote {path}", err=True)
