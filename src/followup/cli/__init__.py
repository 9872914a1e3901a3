"""The `followup` command line: thin commands over `followup.service`.

Errors a user can fix are caught in one place (`main`) and printed as one
line on stderr with exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import os
import sys
import traceback

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
    except Exception as error:  # a bug, not bad input: say so in one line, keep the details
        if os.environ.get("FOLLOWUP_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(
            f"followup: internal error: {type(error).__name__}: {error} "
            "(this is a bug; run with FOLLOWUP_DEBUG=1 for details)\n"
        )
        sys.exit(70)


__all__ = ["app", "main"]
