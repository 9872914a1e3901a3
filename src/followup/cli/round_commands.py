"""Commands for the profile and the rounds: init, add, import, note, show, list, delete, restore.

Each opens the store, makes one service call (prompting first where the
command asks) and one output call. Heavy modules load inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from followup.cli.app import OutputFormat, app
from followup.cli.options import (
    Database,
    Format,
    Now,
    RoundArgument,
    Yes,
    moment,
    open_store,
)


@app.command(
    epilog="Examples:  followup init  ·  followup init --name 'Priya Raman' "
    "--email priya@example.com --time-zone America/New_York --country US --yes",
)
def init(
    name: Annotated[str | None, typer.Option(help="Your name, as you sign.")] = None,
    email: Annotated[str | None, typer.Option(help="Your email address.")] = None,
    phone: Annotated[str | None, typer.Option(help="Your phone number (optional).")] = None,
    link: Annotated[
        list[str] | None, typer.Option(help="A link for your signature (repeatable).")
    ] = None,
    time_zone: Annotated[
        str | None, typer.Option(help="Your IANA time zone, e.g. America/New_York.")
    ] = None,
    tone: Annotated[str | None, typer.Option(help="formal or warm.")] = None,
    country: Annotated[
        str | None, typer.Option(help="Where you live, for public holidays (ISO code: US).")
    ] = None,
    region: Annotated[str | None, typer.Option(help="State or region (e.g. CA).")] = None,
    yes: Yes = False,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Set up your profile: who your messages come from, your time zone and holidays.

    Asks for what the options do not give (the current values are the defaults);
    with --yes, asks nothing.
    """
    import dataclasses

    from followup.cli import profile_output, questions
    from followup.service import profile as profiles

    with open_store(db) as store:
        current, _ = profiles.current_answers(store)
        flags = {
            "name": name,
            "email": email,
            "phone": phone,
            "links": tuple(link) if link else None,
            "time_zone": time_zone,
            "tone": tone,
            "country": country,
            "region": region,
        }
        changes: dict[str, Any] = {k: v for k, v in flags.items() if v is not None}
        given = dataclasses.replace(current, **changes)
        if not yes:
            given = questions.ask_profile(given, {k for k, v in flags.items() if v is None})
        saved = profiles.save_profile(store, given)
        location = store.location
    profile_output.print_profile(saved, location, output)


Files = Annotated[
    list[Path] | None,
    typer.Argument(help="Interview record files (YAML or JSON).", show_default=False),
]


@app.command(
    epilog="Examples:  followup add  ·  followup add --file interview.yaml  ·  "
    "followup add examples/*.yaml --format json",
)
def add(
    files: Files = None,
    file: Annotated[
        list[Path] | None, typer.Option("--file", "-f", help="A record file (repeatable).")
    ] = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Add an interview round: answer the prompts, or give record files.

    Files are all checked before any is stored, and stored together: one bad
    file adds nothing.
    """
    from followup.cli import questions, round_output
    from followup.service import rounds

    paths = [*(file or []), *(files or [])]
    with open_store(db) as store:
        if paths:
            added = round_output.with_progress(
                len(paths) * 2, lambda step: rounds.add_files(store, paths, step)
            )
        else:
            added = [rounds.add_answers(store, questions.ask_round(store))]
    round_output.print_added(added, output)


@app.command(
    name="import",
    epilog="Examples:  followup import invite.ics  ·  followup import invite.ics --company "
    "Northwind --role 'Data Engineer' --stage first-round --yes  ·  "
    "followup import exported/*.yaml",
)
def import_(
    files: Annotated[
        list[Path], typer.Argument(help="A calendar invitation (.ics) or record files.")
    ],
    company: Annotated[str | None, typer.Option(help="The company (invites).")] = None,
    role: Annotated[str | None, typer.Option(help="The role (invites).")] = None,
    stage: Annotated[
        str | None,
        typer.Option(help="phone-screen, first-round, panel, final-round or other (invites)."),
    ] = None,
    yes: Yes = False,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Import a round from a calendar invitation, or rounds from record files.

    From an invite the people become the interviewers (you are left out); you
    confirm or correct the company, role and stage it suggests.
    """
    from followup.cli import questions, round_output
    from followup.service import invites

    given = invites.InviteChoices.of(company, role, stage)
    confirm = questions.invite_confirmer(given, ask=not yes, show=output is OutputFormat.TEXT)
    with open_store(db) as store:
        added = invites.import_files(store, files, confirm)
    round_output.print_added(added, output)


@app.command(
    epilog="Examples:  followup note northwind-data-engineer-2026-03-03 --person 'Maria Lopez' "
    "--topic 'the streaming migration'  ·  followup note 3 --missed 'my on-call runbooks'  ·  "
    "followup note 3   (opens $EDITOR)",
)
def note(
    round_ref: RoundArgument,
    person: Annotated[str | None, typer.Option(help="Whose notes these are.")] = None,
    topic: Annotated[list[str] | None, typer.Option(help="A topic you discussed.")] = None,
    moment_: Annotated[
        list[str] | None, typer.Option("--moment", help="A moment to remember.")
    ] = None,
    question: Annotated[list[str] | None, typer.Option(help="A question you were asked.")] = None,
    went_well: Annotated[list[str] | None, typer.Option(help="What went well.")] = None,
    missed: Annotated[list[str] | None, typer.Option(help="What you missed saying.")] = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Add notes to a round; with no notes given, edit them all in $EDITOR (YAML).

    Topics, moments and questions go to --person (topics: to the only person
    met when there is one); without --person, moments and questions are the round's.
    """
    from followup.cli import questions, round_output
    from followup.service import notes

    request = notes.NoteRequest(
        person,
        tuple(topic or ()),
        tuple(moment_ or ()),
        tuple(question or ()),
        tuple(went_well or ()),
        tuple(missed or ()),
    )
    with open_store(db) as store:
        if request.empty and person is None:
            result = questions.edit_notes(store, round_ref)
        else:
            result = notes.add_notes(store, round_ref, request)
    round_output.print_notes(result, output)


@app.command(epilog="Example:  followup show northwind-data-engineer-2026-03-03 --format json")
def show(
    round_ref: RoundArgument,
    now: Now = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Show a round: when, who, your notes, what happened, its plan and its drafts."""
    from followup.cli import round_output
    from followup.service import rounds

    with open_store(db) as store:
        detail = rounds.show_round(store, round_ref, moment(now))
    round_output.print_detail(detail, output)


@app.command(
    name="list", epilog="Examples:  followup list  ·  followup list --status all --format json"
)
def list_(
    status: Annotated[
        str, typer.Option(help="active (no decision yet), closed or all.")
    ] = "active",
    deleted: Annotated[bool, typer.Option(help="List the deleted rounds instead.")] = False,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """List your rounds, oldest first."""
    from followup.cli import round_output
    from followup.service import rounds

    which = rounds.parse_choice(status, rounds.Which, "--status")
    with open_store(db) as store:
        found = rounds.list_rounds(store, which, deleted=deleted)
    round_output.print_list(found, output)


@app.command(epilog="Examples:  followup delete 3  ·  followup delete 3 --yes")
def delete(
    round_ref: RoundArgument,
    yes: Yes = False,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Delete a round (after asking). `followup restore` brings it back."""
    from followup.cli import questions, round_output
    from followup.service import rounds

    with open_store(db) as store:
        if not yes:
            questions.confirm_delete(rounds.outline(store, round_ref))
        gone = rounds.delete_round(store, round_ref)
    round_output.print_moved(gone, "deleted", output)


@app.command(epilog="Examples:  followup restore  ·  followup restore 3")
def restore(
    round_ref: Annotated[
        str | None,
        typer.Argument(metavar="[ROUND]", help="The round to restore (default: the last deleted)."),
    ] = None,
    db: Database = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Undo a delete: bring back a deleted round, the last one by default."""
    from followup.cli import round_output
    from followup.service import rounds

    with open_store(db) as store:
        back = rounds.restore_round(store, round_ref)
    round_output.print_moved(back, "restored", output)
