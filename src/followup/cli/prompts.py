"""Talking with the user: prompts that check each answer (and ask again), and the editor.

The checks are the service's own (they raise `UserError`), so a prompt
shows the same one-line message a flag would, then asks again.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import typer

from followup.errors import UserError

T = TypeVar("T")


def ask(
    text: str,
    check: Callable[[str], T],
    default: str | None = None,
    *,
    optional: bool = False,
) -> T:
    """Ask until `check` accepts the answer; `optional`: an empty answer is accepted."""

    def proc(value: str) -> T:
        try:
            return check(value)
        except UserError as error:
            raise typer.BadParameter(error.message) from None

    if optional and default is None:
        default = ""
    shown = bool(default)
    result: T = typer.prompt(text, default=default, value_proc=proc, show_default=shown)
    return result


def confirm(text: str, default: bool = False) -> bool:
    return bool(typer.confirm(text, default=default))


def editor_command() -> list[str]:
    """The user's editor: ``$EDITOR``, else ``$VISUAL``, else vi."""
    for name in ("EDITOR", "VISUAL"):
        given = os.environ.get(name, "").strip()
        if given:
            return shlex.split(given)
    return ["vi"]


def edit_text(text: str, suffix: str, what: str) -> str | None:
    """`text` as the user left it in their editor; None when they changed nothing."""
    command = editor_command()
    with tempfile.TemporaryDirectory(prefix="followup-") as folder:
        path = Path(folder) / f"{what.replace(' ', '-')}{suffix}"
        path.write_text(text, "utf-8")
        try:
            finished = subprocess.run([*command, str(path)], check=False)
        except OSError as error:
            raise UserError(
                f"cannot run the editor {command[0]!r} ({error.strerror or error}): "
                "set EDITOR to your editor — nothing was saved"
            ) from None
        if finished.returncode != 0:
            raise UserError(
                f"the editor {command[0]!r} stopped with status {finished.returncode} — "
                "nothing was saved"
            )
        try:
            edited = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"cannot read back the {what} from the editor: {error}") from None
    return None if edited == text else edited
