"""The anatomy of a message: subject, greeting, the user's prose, sign-off, signature.

Every part is a span (0-based, end-exclusive) into the text exactly as read,
so findings point at the user's own characters. Quoted replies ("> ..." and
everything from an "On ... wrote:" line) and the signature are set apart:
they are not the user's prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

SUBJECT_LINE = re.compile(r"\A[ \t]*subject[ \t]*:[ \t]*(?P<subject>[^\r\n]*)(?:\r?\n|\Z)", re.I)
GREETING = re.compile(
    r"(?P<greeting>(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|to whom)"
    r"\b[^\n,:!]{0,80}?[,:!]|dear sir or madam\b[,:]?)",
    re.I,
)
SIGN_OFF = re.compile(
    r"^[ \t]*(?P<signoff>(?:(?:with )?(?:best|kind|warm|warmest|many) (?:regards|wishes|thanks)"
    r"|best|regards|sincerely(?: yours)?|yours (?:sincerely|truly)|respectfully|warmly|cheers"
    r"|thanks(?: again| so much)?|thank you(?: again)?|all the best|take care|gratefully"
    r"|with (?:gratitude|appreciation)|catch (?:ya|you) later)[ \t]*[,.!]?)[ \t]*$",
    re.I | re.M,
)
QUOTE_INTRO = re.compile(r"^[ \t]*On\b[^\n]{0,200}\bwrote:[ \t]*$", re.M)
QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*$", re.M)
SIGNATURE_DELIMITER = re.compile(r"^-- ?$", re.M)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*(?=\s|$)|\n[ \t]*\n")
WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


@dataclass(frozen=True)
class Message:
    """A message as read, and where its parts are."""

    text: str
    subject: Span | None
    body: Span
    greeting: Span | None
    prose: Span
    sign_off: Span | None
    signature: Span | None
    quoted: tuple[Span, ...] = ()

    def part(self, span: Span | None) -> str:
        return "" if span is None else self.text[span.start : span.end]

    @property
    def subject_text(self) -> str:
        return self.part(self.subject)

    @property
    def prose_text(self) -> str:
        return self.part(self.prose)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The prose cut into sentences (spans with at least one word)."""
        spans, start = [], self.prose.start
        prose = self.prose_text
        for match in SENTENCE_END.finditer(prose):
            end = self.prose.start + match.end()
            spans.append(Span(start, end))
            start = end
        spans.append(Span(start, self.prose.end))
        return tuple(s for s in spans if WORD.search(self.text, s.start, s.end))

    @cached_property
    def words(self) -> tuple[Span, ...]:
        return tuple(
            Span(m.start(), m.end()) for m in WORD.finditer(self.text, *_bounds(self.prose))
        )

    def is_user_text(self, position: int) -> bool:
        """Whether a position is the user's own words (not a quote or the signature)."""
        if any(q.contains(position) for q in self.quoted):
            return False
        return self.signature is None or not self.signature.contains(position)


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def read_message(text: str) -> Message:
    """Find the parts of `text`: an optional `Subject:` line, then the body."""
    subject, body_start = None, 0
    match = SUBJECT_LINE.match(text)
    if match:
        subject = Span(match.start("subject"), match.end("subject"))
        body_start = match.end()
    body_end, quoted = _quoted_tail(text, body_start)
    greeting = _greeting(text, body_start, body_end)
    sign_off, signature = _signature(text, body_start, body_end)
    prose_start = greeting.end if greeting else body_start
    prose_end = sign_off.start if sign_off else (signature.start if signature else body_end)
    prose = Span(min(prose_start, prose_end), prose_end)
    return Message(
        text, subject, Span(body_start, len(text)), greeting, prose, sign_off, signature, quoted
    )


def _quoted_tail(text: str, start: int) -> tuple[int, tuple[Span, ...]]:
    """Where the user's own body ends, and every quoted span.

    Everything from an "On ... wrote:" line is quoted; so is each "> " line. A
    block of quoted lines at the very end also ends the user's body.
    """
    intro = QUOTE_INTRO.search(text, start)
    end = intro.start() if intro else len(text)
    quoted = [Span(m.start(), m.end()) for m in QUOTED_LINE.finditer(text, start, end)]
    for span in reversed(quoted):
        if text[span.end : end].strip():
            break
        end = span.start
    if intro:
        quoted.append(Span(intro.start(), len(text)))
    return end, tuple(quoted)


def _greeting(text: str, start: int, end: int) -> Span | None:
    head = len(text[start:end]) - len(text[start:end].lstrip())
    match = GREETING.match(text, start + head, end)
    return Span(match.start("greeting"), match.end("greeting")) if match else None


def _signature(text: str, start: int, end: int) -> tuple[Span | None, Span | None]:
    """The sign-off line and the signature block after it (or after a "-- " line)."""
    delimiter = SIGNATURE_DELIMITER.search(text, start, end)
    limit = delimiter.start() if delimiter else end
    sign_offs = [
        m for m in SIGN_OFF.finditer(text, start, limit) if _ends_message(text, m.end(), limit)
    ]
    if sign_offs:
        chosen = sign_offs[-1]
        return Span(chosen.start("signoff"), chosen.end("signoff")), Span(chosen.end(), end)
    if delimiter:
        return None, Span(delimiter.start(), end)
    return None, None


def _ends_message(text: str, position: int, limit: int) -> bool:
    """A sign-off is followed only by a short block of short lines (name, phone, links)."""
    rest = [line for line in text[position:limit].splitlines() if line.strip()]
    return len(rest) <= 6 and all(len(line) <= 90 for line in rest)
