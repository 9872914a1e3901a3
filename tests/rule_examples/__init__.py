"""Per-family example tables: for each rule, messages that must fire and near-misses that must not.

Each module defines `EXAMPLES: dict[str, RuleExamples]` keyed by rule id.
`tests/test_rule_examples.py` runs them all and fails when a registered rule
has fewer than two of either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Example:
    text: str  # "Subject: ...\n\nbody" or a body
    kind: str = "thank-you"
    context: dict[str, Any] | None = (
        None  # a record (records.md) + "recipient", "send_at", "other_notes"
    )
    span: str | None = None  # for firing examples: the words the finding must cover


@dataclass(frozen=True)
class RuleExamples:
    fire: list[Example] = field(default_factory=list)
    pass_: list[Example] = field(default_factory=list)
