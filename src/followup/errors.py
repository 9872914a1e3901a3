"""Errors a user can fix: each carries one line that names the problem and where.

The CLI catches `UserError` in one place, prints its message on stderr and
exits with its code (2: unusable input). No traceback ever reaches a user for
bad input.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input: a file, a value or an option the user can correct."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RecordError(UserError):
    """A record or config file that cannot be used, with the place of the problem."""
