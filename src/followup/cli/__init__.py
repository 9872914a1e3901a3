"""The `followup` command line: thin commands over `followup.service`.

Errors a user can fix are caught in one place (`main`) and printed as one
line on stderr with exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import sys

from followup.cli.app import app
from followup.errors import UserError


def main() -> None:
    try:
        app()
    except UserError as error:
        sys.stderr.write(f"followup: {error.message}\n")
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("followup: interrupted\n")
        sys.exit(130)


__all__ = ["app", "main"]
