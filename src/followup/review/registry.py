"""Every review rule, listed explicitly (no folder scanning), in report order."""

from __future__ import annotations

from followup.review.rule import Rule
from followup.review.rules import (
    asks,
    comparison,
    facts,
    familiar,
    generic,
    grammar,
    length,
    letter,
    panel,
    people,
    placeholder,
    spelling,
    subject,
    timing,
    tone,
)

FAMILIES = (
    placeholder,  # text rules
    asks,
    comparison,
    tone,
    familiar,
    subject,
    letter,
    length,
    generic,
    grammar,
    spelling,
    people,  # context rules
    facts,
    panel,
    timing,
)

RULES: tuple[Rule, ...] = tuple(rule for family in FAMILIES for rule in family.RULES)

_BY_ID = {rule.id: rule for rule in RULES}
assert len(_BY_ID) == len(RULES), "rule ids must be unique"


def rule_by_id(rule_id: str) -> Rule | None:
    return _BY_ID.get(rule_id)
