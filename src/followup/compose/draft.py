"""What the composer hands back: a draft ready for review, or why it could not write one."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from followup.model import MessageKind

REVIEW_KINDS = {
    MessageKind.THANK_YOU: "thank-you",
    MessageKind.FORWARD_REQUEST: "thank-you",
    MessageKind.CARD: "card",
    MessageKind.CHECK_IN: "check-in",
    MessageKind.REJECTION_REPLY: "rejection-reply",
    MessageKind.LONG_GAME: "long-game",
}
"""The reviewer's kind for each kind of draft (a forward request is a thank-you by proxy)."""


def stable_id(*parts: str) -> str:
    """A short hex digest of `parts`: the same inputs give the same id on any machine."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8)
    return digest.hexdigest()


@dataclass(frozen=True)
class Draft:
    """One message, written: who it goes to, when, and its text.

    `subject` is None for a handwritten card. `body` runs from the greeting
    to the signature. `round_id` names the round (the same for every draft
    of it); `notes` tell the user what the composer left out and why.
    """

    kind: MessageKind
    to: str
    email: str | None
    send_at: dt.datetime
    subject: str | None
    body: str
    round_id: str = ""
    notes: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    """The people whose thanks this message asks the recipient to pass on."""

    @property
    def text(self) -> str:
        """The text the reviewer reads: a `Subject:` line (not on a card), then the body."""
        if self.subject is None:
            return self.body
        return f"Subject: {self.subject}\n\n{self.body}"

    @property
    def review_kind(self) -> str:
        return REVIEW_KINDS.get(self.kind, "thank-you")

    @property
    def uid(self) -> str:
        """Stable across runs and edits of the text: the round, the kind and the recipient."""
        return stable_id(self.round_id, self.kind.value, self.to)


@dataclass(frozen=True)
class Blocked:
    """A planned message the composer would not write, and what the user can add to unblock it."""

    kind: MessageKind
    to: str | None
    at: dt.datetime
    reason: str
    round_id: str = ""

    @property
    def uid(self) -> str:
        return stable_id(self.round_id, self.kind.value, self.to or "")


Composed = Draft | Blocked
