"""`followup check`: the command that must start about as fast as Python itself.

Building the Typer app costs more than the review of a note (Typer brings
Rich and pydantic, and builds every command). So `main` hands a plain
`followup check FILE [--option VALUE]...` to `parse_fast`, which reads
exactly the options the Typer command declares and nothing else; whatever
it does not recognise (--help, an unknown option, a missing or empty value,
a value that is not one of the choices, a second file, shell completion)
goes to Typer, which answers as it always has. Both ways end in `run`.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.cli.choices import FailOn, OutputFormat

if TYPE_CHECKING:
    from pathlib import Path  # imported when a path is given: it costs ~4 ms

OPTIONS = {
    "--kind": "kind",
    "--context": "context",
    "--to": "to",
    "--send-at": "send_at",
    "--config": "config",
    "--policy": "policy",
    "--format": "output",
    "--fail-on": "fail_on",
    "--interview": "interview",
    "--db": "db",
}
"""The check command's options (all take a value), as Typer declares them in `followup.cli.app`."""
CHOICES = {"output": {f.value for f in OutputFormat}, "fail_on": {f.value for f in FailOn}}
FAIL_RANK = {FailOn.ERROR: 2, FailOn.WARNING: 1}


@dataclass(frozen=True)
class CheckOptions:
    file: str
    kind: str = "thank-you"
    context: Path | None = None
    to: str | None = None
    send_at: str | None = None
    config: Path | None = None
    policy: Path | None = None
    output: OutputFormat = OutputFormat.TEXT
    fail_on: FailOn = FailOn.ERROR
    interview: str | None = None
    db: str | None = None


def parse_fast(args: Sequence[str]) -> CheckOptions | None:
    """The options in `args` (what follows "check"), or None: leave them to Typer."""
    if any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ):
        return None  # shell completion
    if os.name == "nt" and any(c in arg for arg in args for c in "*?["):
        return None  # Typer expands wildcards on Windows
    values: dict[str, str] = {}
    files: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "-" or not arg.startswith("-"):
            files.append(arg)
            continue
        name, equals, value = arg.partition("=")
        if name not in OPTIONS:
            return None
        if not equals:
            value = next(rest, "")
        if not value or (value.startswith("-") and value != "-"):
            return None
        values[OPTIONS[name]] = value
    if len(files) != 1 or not files[0]:
        return None
    if any(name in values and values[name] not in allowed for name, allowed in CHOICES.items()):
        return None
    return _options(files[0], values)


def _options(file: str, values: dict[str, str]) -> CheckOptions:
    paths = {}
    if given := [name for name in ("context", "config", "policy") if name in values]:
        from pathlib import Path

        paths = {name: Path(values[name]) for name in given}
    return CheckOptions(
        file,
        kind=values.get("kind", "thank-you"),
        to=values.get("to"),
        send_at=values.get("send_at"),
        output=OutputFormat(values.get("output", OutputFormat.TEXT)),
        fail_on=FailOn(values.get("fail_on", FailOn.ERROR)),
        interview=values.get("interview"),
        db=values.get("db"),
        **paths,
    )


def run_fast(options: CheckOptions) -> int:
    """`run`, with Typer's endings for an interrupt (130) and a closed pipe (1)."""
    try:
        return run(options)
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        _quiet_stdout()
        return 1


def run(options: CheckOptions) -> int:
    """Review the message and print the report; the exit status by --fail-on (0 or 1)."""
    from followup.service import reviewing, word_cache

    word_cache.install()
    moment = None
    if options.send_at:
        from followup.service.moments import parse_moment  # time zones: only when given

        moment = parse_moment(options.send_at, "--send-at")
    request = reviewing.CheckRequest(
        options.file,
        options.kind,
        options.context,
        options.to,
        moment,
        options.config,
        options.policy,
        interview=options.interview,
        database=options.db,
    )
    result = reviewing.check_message(request)
    from followup.cli import check_output

    if options.output is OutputFormat.JSON:
        check_output.print_json(result)
    else:
        check_output.print_text(result)
    worst, threshold = result.report.worst(), FAIL_RANK.get(options.fail_on)
    return 1 if worst is not None and threshold is not None and worst.rank >= threshold else 0


def _quiet_stdout() -> None:
    """The reader went away: drop what is still buffered instead of failing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
