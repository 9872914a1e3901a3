"""Reading helpers shared by the phrase families: where the user's words are, and around a match."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from followup.review.message import Message, Span


def one_of(*phrases: str) -> str:
    return "(?:" + "|".join(phrases) + ")"


def own_spans(message: Message) -> list[Span]:
    """The subject and the user's own prose (no greeting, quotes, sign-off or signature)."""
    spans = [message.subject] if message.subject and len(message.subject) else []
    return spans + list(message.user_prose)


@lru_cache(maxsize=4)
def _sentence_starts(message: Message) -> list[int]:
    return [s.start for s in message.sentences]


def sentence_at(message: Message, position: int) -> Span:
    """The sentence (or the subject line) holding `position`."""
    if message.subject and message.subject.contains(position):
        return message.subject
    index = bisect_right(_sentence_starts(message), position) - 1
    if index >= 0 and position < message.sentences[index].end:
        return message.sentences[index]
    return Span(position, position)


def matches(
    pattern: re.Pattern[str], message: Message, spans: list[Span]
) -> Iterator[re.Match[str]]:
    for span in spans:
        yield from pattern.finditer(message.text, span.start, span.end)


def words_before(text: str, start: int, floor: int, count: int) -> str:
    """The last `count` words before `start` (not before `floor`), lower-cased."""
    return " ".join(text[max(floor, start - 60) : start].lower().split()[-count:])


def shown(words: str) -> str:
    words = " ".join(words.split())
    return f"'{words}'" if len(words) <= 60 else f"'{words[:57]}…'"


NEGATED = re.compile(r"n['’]t\b|\b(?:not|never|no|without|nor)\b")
NEXT_WORD = re.compile(r"[ \t-]*([A-Za-z]+)")
