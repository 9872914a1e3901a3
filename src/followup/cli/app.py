"""Commands. Each parses its options, makes one service call and one output call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from followup import __version__
from followup.cli.choices import FailOn
from followup.cli.choices import OutputFormat as OutputFormat  # the commands import it from here
from followup.cli.options import Format, PolicyFile

app = typer.Typer(
    name="followup",
    help="Plan, draft and review the follow-ups of a job interview, by the etiquette career "
    "advisers teach.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"followup {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Plan, draft and review the follow-ups of a job interview."""


@app.command(
    epilog="Example:  followup plan interview.yaml --now 2026-03-03T12:00-05:00",
)
def plan(
    files: Annotated[
        list[Path],
        typer.Argument(help="Interview record files (YAML or JSON).", show_default=False),
    ],
    now: Annotated[
        str | None,
        typer.Option(help="Plan as of this moment (ISO 8601; default: the current time)."),
    ] = None,
    policy: PolicyFile = None,
    tz: Annotated[
        str | None,
        typer.Option(
            help="Your time zone for the 'yours' column "
            "(default: the record's, else this computer's)."
        ),
    ] = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Plan every follow-up of an interview round: who, what, when and why.

    With several files and --format json, prints one JSON object per line.
    """
    from followup.cli import plan_output
    from followup.service import planning

    yours = planning.resolve_zone(tz, "--tz") if tz else None
    moment = planning.parse_moment(now, "--now") if now else dt.datetime.now().astimezone()
    rules = planning.read_policy(policy)
    rounds = planning.plan_files(files, rules, moment)
    if output is OutputFormat.JSON:
        plan_output.print_json(rounds)
    else:
        plan_output.print_text(rounds, yours, moment)


@app.command(
    epilog="Examples:  followup draft interview.yaml --now 2026-03-03T12:00-05:00 --eml outbox  ·  "
    "followup draft interview.yaml --to 'Marcus Okafor' --kind check-in --format json  ·  "
    "followup draft northwind-data-engineer-2026-03-03   (a stored round: drafts are stored)",
)
def draft(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE|ROUND",
            help="An interview record file (YAML or JSON), or a stored round (number or slug): "
            "its drafts are stored.",
            show_default=False,
        ),
    ],
    to: Annotated[str | None, typer.Option(help="Only the messages to this person.")] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            help="Only this kind: thank-you, forward-request, card, check-in, rejection-reply "
            "or long-game."
        ),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option(help="Draft as of this moment (ISO 8601; default: the current time)."),
    ] = None,
    output: Format = OutputFormat.TEXT,
    eml: Annotated[
        Path | None,
        typer.Option(help="Also write each email as an unsent .eml file into this folder."),
    ] = None,
    ics: Annotated[
        Path | None,
        typer.Option(help="Also write a calendar file with a reminder at each send time."),
    ] = None,
    policy: PolicyFile = None,
    tz: Annotated[
        str | None,
        typer.Option(help="Your time zone: for a --now without an offset, and to show times."),
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="The database URL (with a stored ROUND).")
    ] = None,
) -> None:
    """Write the follow-ups that are due, reviewed: each draft with its findings.

    Without --to or --kind: the messages due now, or else the next ones. A message
    that cannot be written yet (no topic recorded for that person, no news for an
    update) is listed as blocked, with what to add.
    """
    from followup.cli import draft_output
    from followup.service import drafting, planning, word_cache
    from followup.service.round_refs import names_a_round

    word_cache.install()  # every draft is reviewed: the dictionary from the cache
    yours = planning.resolve_zone(tz, "--tz") if tz else None
    moment = planning.parse_moment(now, "--now", yours) if now else dt.datetime.now().astimezone()
    if names_a_round(file):
        from followup.cli.work_commands import draft_stored_round

        draft_stored_round(
            file, moment, yours, to, kind, policy=policy, eml=eml, ics=ics, db=db, output=output
        )
        return
    rules = planning.read_policy(policy)
    rounds = drafting.draft_files([Path(file)], moment, rules, yours, to=to, kind=kind)
    written = [str(p) for p in drafting.write_emls(rounds, eml)] if eml else []
    if ics:
        written.append(str(drafting.write_reminders(rounds, ics, moment)))
    if output is OutputFormat.JSON:
        draft_output.print_json(rounds)
        for path in written:
            typer.echo(f"followup: wrote {path}", err=True)
    else:
        draft_output.print_text(rounds, written)


@app.command(
    name="policy",
    epilog="Example:  followup policy --policy my-policy.yaml --format json",
)
def show_policy(
    policy: PolicyFile = None,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Show every etiquette setting: its value, its default and the advice it comes from.

    Any of them can be changed in a policy file given with --policy.
    """
    from followup.cli import policy_output
    from followup.service import planning

    settings = planning.policy_settings(planning.read_policy(policy))
    if output is OutputFormat.JSON:
        policy_output.print_json(settings)
    else:
        policy_output.print_text(settings)


@app.command(
    epilog="Examples:  followup check draft.txt  ·  followup check note.eml --context "
    "interview.yaml --to 'Marcus Okafor' --format json  ·  pbpaste | followup check -  ·  "
    "followup check note.txt --interview 3 --to 'Maria Lopez'",
)
def check(
    file: Annotated[
        str,
        typer.Argument(
            help="A message: text with an optional 'Subject:' line, an .eml, or - for stdin."
        ),
    ],
    kind: Annotated[
        str, typer.Option(help="thank-you, check-in, rejection-reply, long-game or card.")
    ] = "thank-you",
    context: Annotated[
        Path | None, typer.Option(help="The interview record the message belongs to.")
    ] = None,
    to: Annotated[str | None, typer.Option(help="Who it goes to (a name in the record).")] = None,
    send_at: Annotated[
        str | None, typer.Option(help="When it would be sent (ISO 8601; default: now).")
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(help="Reviewer settings: rules off or re-graded, your dictionary."),
    ] = None,
    policy: PolicyFile = None,
    output: Format = OutputFormat.TEXT,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")
    ] = FailOn.ERROR,
    interview: Annotated[
        str | None,
        typer.Option(help="A stored round (number or slug) the message belongs to."),
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="The database URL (with --interview).")
    ] = None,
) -> None:
    """Review a message for the classic follow-up pitfalls, with a fix for each.

    Exit status: 0 clean (below --fail-on), 1 findings at or above it, 2 unusable input.
    """
    from followup.cli import check_command  # `main` runs plain uses without Typer

    options = check_command.CheckOptions(
        file,
        kind=kind,
        context=context,
        to=to,
        send_at=send_at,
        config=config,
        policy=policy,
        output=output,
        fail_on=fail_on,
        interview=interview,
        db=db,
    )
    status = check_command.run(options)
    if status:
        raise typer.Exit(status)


@app.command(epilog="Example:  followup rules --format json")
def rules(
    output: Format = OutputFormat.TEXT,
) -> None:
    """List every review rule: its id, severity, source and one example.

    Switch rules off or change their severity with `followup check --config FILE`.
    """
    from followup.cli import rules_output
    from followup.review import RULES

    if output is OutputFormat.JSON:
        rules_output.print_json(RULES)
    else:
        rules_output.print_text(RULES)


from followup.cli import workflow_app  # noqa: E402,F401  (registers the workflow commands)
