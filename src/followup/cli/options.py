"""Options the commands share: the database, the moment, the output format, the policy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from followup.cli.choices import OutputFormat

if TYPE_CHECKING:
    from followup.store import Store

RoundArgument = Annotated[str, typer.Argument(metavar="ROUND", help="Round number or slug.")]
DraftArgument = Annotated[int, typer.Argument(metavar="DRAFT", help="Draft number.")]
Database = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="The database URL (default: FOLLOWUP_DATABASE_URL, else followup.db in "
        "FOLLOWUP_DATA_DIR or your data directory).",
        show_default=False,
    ),
]
Now = Annotated[
    str | None,
    typer.Option(
        help="As of this moment (ISO 8601; default: the current time).", show_default=False
    ),
]
Format = Annotated[
    OutputFormat, typer.Option("--format", help="text for people, json for scripts.")
]
PolicyFile = Annotated[Path | None, typer.Option(help="A YAML file overriding etiquette defaults.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask: take the defaults / confirm.")]


def moment(text: str | None, option: str = "--now") -> dt.datetime:
    """The moment given (naive: this computer's zone), or the current time."""
    from followup.service.moments import parse_moment

    return parse_moment(text, option) if text else dt.datetime.now().astimezone()


def open_store(db: str | None) -> Store:
    """The store the --db option names (the store's modules load only here)."""
    from followup.store import open_store as opened

    return opened(db)
