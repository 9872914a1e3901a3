"""A review rule as an immutable value, and what its check is given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from followup.model import Interviewer, Round
from followup.policy import DEFAULT_POLICY, Policy
from followup.review.finding import Hit, Severity
from followup.review.message import Message

KINDS = ("thank-you", "check-in", "rejection-reply", "long-game", "card")


@dataclass(frozen=True)
class Context:
    """What the reviewer knows beyond the text: the kind, and maybe the round."""

    kind: str = "thank-you"
    record: Round | None = None
    recipient: Interviewer | None = None
    send_at: dt.datetime | None = None
    policy: Policy = DEFAULT_POLICY
    known_words: frozenset[str] = frozenset()
    round_notes: tuple[str, ...] = ()
    """The other notes of the same round (for near-identical panel notes)."""

    @property
    def stage(self) -> str | None:
        return None if self.record is None else self.record.stage.value


Check = Callable[[Message, Context], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One pitfall: its id, default severity, the seeds it rests on, and its check.

    `kinds` limits the message kinds it applies to (empty: all). A rule that
    `needs_context` runs only when the interview record is known.
    """

    id: str
    severity: Severity
    source: str
    rationale: str
    check: Check
    kinds: tuple[str, ...] = ()
    needs_context: bool = False
    example: str = ""
    """One short case the rule fires on, for `followup rules` and docs/rules.md."""

    def applies(self, context: Context) -> bool:
        if self.needs_context and context.record is None:
            return False
        return not self.kinds or context.kind in self.kinds
