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
    sys.exit(_run_typer(args))


def _run_typer(args: list[str]) -> int:
    """Run the Typer app; a usage error (unknown option, bad value) is one line, status 2."""
    import typer

    errors = _click_exceptions()
    try:
        code = _typer_app()(args=args, prog_name="followup", standalone_mode=False)
    except errors.NoArgsIsHelpError as error:  # `followup` alone: the help
        error.show()
        return 0
    except errors.UsageError as error:
        where = error.ctx.command_path if error.ctx is not None else "followup"
        command = where.removeprefix("followup").strip()
        message = " ".join(error.format_message().split())
        hint = f"(see '{where} --help')"
        raise UserError(
            f"{command}: {message} {hint}" if command else f"{message} {hint}"
        ) from None
    except errors.ClickException as error:  # e.g. a file option that cannot be opened
        raise UserError(" ".join(error.format_message().split())) from None
    except typer.Abort:  # "no" at a confirmation, or the end of input at a prompt
        sys.stderr.write("followup: nothing was changed\n")
        return 1
    return code if isinstance(code, int) else 0


def _click_exceptions() -> Any:
    """Click's exceptions: inside Typer, which carries its own click from 0.2x on."""
    try:
        from typer._click import exceptions
    except ImportError:  # an older Typer, on the click package
        from click import exceptions  # type: ignore[import-not-found,no-redef]
    return exceptions


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
