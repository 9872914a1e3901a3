"""The review rules as a table for people, as JSON for scripts, and as docs/rules.md."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from followup.review import Rule


def rule_json(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "severity": rule.severity.value,
        "kinds": list(rule.kinds) or "all",
        "needs_context": rule.needs_context,
        "source": rule.source,
        "rationale": rule.rationale,
        "example": rule.example,
    }


def print_json(rules: Sequence[Rule]) -> None:
    print(json.dumps({"rules": [rule_json(rule) for rule in rules]}, ensure_ascii=False))  # noqa: T201


def print_text(rules: Sequence[Rule]) -> None:
    table = Table(title="Review rules (sources: the seed articles 000-004)", title_justify="left")
    table.add_column("Rule", no_wrap=True)
    table.add_column("Severity")
    table.add_column("Source", max_width=14)
    table.add_column("Why", ratio=2)
    table.add_column("Example", ratio=1)
    for rule in rules:
        rule_id = rule.id + (" (record)" if rule.needs_context else "")
        table.add_row(rule_id, rule.severity.value, rule.source, rule.rationale, rule.example)
    Console().print(table)


def rules_markdown(rules: Sequence[Rule]) -> str:
    """docs/rules.md: every rule in one table."""
    rows = [
        "| rule | severity | applies to | needs the record | source | why | example |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        kinds = ", ".join(rule.kinds) or "all kinds"
        context = "yes" if rule.needs_context else "no"
        example = rule.example.replace("|", "\\|").replace("\\n", " ⏎ ")
        rows.append(
            f"| `{rule.id}` | {rule.severity.value} | {kinds} | {context} | {rule.source} "
            f"| {rule.rationale} | {example} |"
        )
    return "\n".join(rows) + "\n"
