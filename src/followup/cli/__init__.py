"""The `followup` command line: thin commands over `followup.service`.

Errors a user can fix are caught in one place (`main`) and printed as one
line on stderr with exit status 2; no traceback reaches the user.

`followup check` starts without Typer when its arguments are plain
(`followup.cli.check_command`); every other command, and any check that
asks for help or has a usage error, goes through the Typer app, which is
imported only then.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from followup.errors import UserError


def main() -> None:
    try:
        _run(sys.argv[1:])
    except UserError as error:
        sys.stderr.write(f"followup: {error.message}\n")
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("followup: interrupted\n")
        sys.exit(130)
    except Exception as error:  # a bug, not bad input: say so in one line, keep the details
        if os.environ.get("FOLLOWUP_DEBUG"):
            import traceback

            traceback.print_exc()
        sys.stderr.write(
            f"followup: internal error: {type(error).__name__}: {error} "
            "(this is a bug; run with FOLLOWUP_DEBUG=1 for details)\n"
        )
        sys.exit(70)


def _run(args: list[str]) -> None:
    if args[:1] == ["check"]:
        from followup.cli import check_command

        options = check_command.parse_fast(args[1:])
        if options is not None:
            sys.exit(check_command.run_fast(options))
    _typer_app()()


def _typer_app() -> Any:
    """The Typer app (importing it costs a tenth of a second: only when a command needs it)."""
    from followup.cli.app import app

    globals()["app"] = app  # `followup.cli.app` names the app, as before, not its module
    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _typer_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["app", "main"]  # `app` comes from __getattr__
