"""Rule family `tone` (being built)."""

from __future__ import annotations

from followup.review.rule import Rule

RULES: tuple[Rule, ...] = ()
