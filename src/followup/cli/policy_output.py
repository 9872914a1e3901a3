"""The etiquette settings as a table for people and as JSON for scripts."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from followup.service.planning import Setting


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return (
        "(none)" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    )


def print_json(settings: list[Setting]) -> None:
    data = {
        s.name: {"value": s.value, "default": s.default, "source": s.source, "meaning": s.meaning}
        for s in settings
    }
    print(json.dumps({"settings": data}, ensure_ascii=False))  # noqa: T201


def print_text(settings: list[Setting]) -> None:
    table = Table(
        title="Etiquette settings (sources: the seed articles 000-004)", title_justify="left"
    )
    table.add_column("Setting", no_wrap=True)
    table.add_column("Value")
    table.add_column("Source", max_width=18)
    table.add_column("Meaning", ratio=1, min_width=30)
    for setting in settings:
        value = _shown(setting.value)
        if setting.changed:
            value = f"[bold]{value}[/bold] (default {_shown(setting.default)})"
        table.add_row(setting.name, value, setting.source, setting.meaning)
    Console().print(table)
