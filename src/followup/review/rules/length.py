"""Rule family `length` (being built)."""

from __future__ import annotations

from followup.review.rule import Rule

RULES: tuple[Rule, ...] = ()
