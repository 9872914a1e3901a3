"""What an export wrote, for people and as JSON."""

from __future__ import annotations

import json

from rich.console import Console

from followup.cli.app import OutputFormat
from followup.service.export import Exported


def print_exported(exported: Exported, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        data = {
            "rounds": [rid.slug for rid in exported.rounds],
            "yaml": [str(path) for path in exported.yaml],
            "eml": [str(path) for path in exported.eml],
            "ics": None if exported.ics is None else str(exported.ics),
            "reminders": exported.reminders,
            "skipped": list(exported.skipped),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))  # noqa: T201
        return
    console = Console(highlight=False)
    for path in (*exported.yaml, *exported.eml):
        console.print(f"Wrote {path}")
    if exported.ics is not None:
        console.print(f"Wrote {exported.ics} ({exported.reminders} reminder(s))")
    for reason in exported.skipped:
        console.print(f"Not mailed: {reason}")
    if exported.eml_dir is not None and not exported.eml and not exported.skipped:
        console.print("No drafts to write as .eml: `followup draft ROUND` writes them.")
    if not exported.rounds:
        console.print("No rounds to export.")
