"""Phrase families, compiled once and run only where their words occur.

A family is an alternation of phrases (`\\b(?:a|b|c)\\b`, case-insensitive).
Run as one big case-insensitive pattern over every position of every
message, the phrase families were most of the reviewer's time. So each
phrase is analysed once for the literal words that any match of it must
contain (its *factors*: "how much (?:does|will) …" needs "how much "); one
scan of the lower-cased message finds which factors occur, and only the
phrases whose factors occur are tried, as one pattern compiled for that
selection (and cached). The answer is the same as the full pattern's: a
phrase whose every factor is absent cannot match.

Matching runs on the lower-cased text, so patterns are folded to lower case
once (escapes such as `\\W` and group names are left alone), and matches
are reported against the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import overload

from followup.review.message import Message, Span
from followup.review.phrase_starts import (
    ANALYSIS,
    HEAD_LENGTH,
    WORD_CHAR,
    FamilyStarts,
    family_starts,
)


def alternatives(source: str) -> tuple[str, ...]:
    """The top-level alternatives of `(?:a|b|c)` (or of `a|b|c`), as separate patterns."""
    if source.startswith("(?:") and source.endswith(")") and _closing(source, 0) == len(source) - 1:
        source = source[3:-1]
    found, depth, start, index = [], 0, 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = source.index("]", index + 2)  # a class: "[]…]" and "[^]…]" are not used
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:index])
            start = index + 1
        index += 1
    found.append(source[start:])
    return tuple(found)


def _closing(source: str, opening: int) -> int:
    """The index of the parenthesis that closes the one at `opening`."""
    depth, index = 0, opening
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = source.index("]", index + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def fold_pattern(source: str) -> str:
    """`source` with its literal letters lower-cased (escapes and group names untouched)."""
    out, index = [], 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
        elif source.startswith(("(?P<", "(?P="), index):
            close = source.index(">" if source[index + 3] == "<" else ")", index)
            out.append(source[index : close + 1])
            index = close + 1
        else:
            out.append(char.lower())
            index += 1
    return "".join(out)


@dataclass(frozen=True)
class Found:
    """A phrase found in a message: its place, and the original words (not the folded ones)."""

    text: str
    span_start: int
    span_end: int
    groups: Mapping[str, tuple[int, int]]

    def start(self, name: str | None = None) -> int:
        return self.span_start if name is None else self.groups.get(name, (-1, -1))[0]

    def end(self, name: str | None = None) -> int:
        return self.span_end if name is None else self.groups.get(name, (-1, -1))[1]

    def span(self, name: str | None = None) -> tuple[int, int]:
        return (self.span_start, self.span_end) if name is None else self.groups[name]

    @overload
    def group(self) -> str: ...

    @overload
    def group(self, name: str) -> str | None: ...

    def group(self, name: str | None = None) -> str | None:
        if name is None:
            return self.text[self.span_start : self.span_end]
        place = self.groups.get(name)
        return None if place is None else self.text[place[0] : place[1]]


class PhraseFamily:
    """`before(?:(?P<group>phrases)|phrases…)after`, matched case-insensitively."""

    def __init__(
        self,
        phrases: Mapping[str | None, Sequence[str]] | Sequence[str],
        before: str = r"\b",
        after: str = r"\b",
    ) -> None:
        grouped = phrases if isinstance(phrases, Mapping) else {None: phrases}
        self.before, self.after = fold_pattern(before), fold_pattern(after)
        self.alternatives = tuple(
            (group, fold_pattern(phrase))
            for group, members in grouped.items()
            for phrase in members
        )
        self.key = repr((ANALYSIS, self.before, self.after, self.alternatives))
        """What the family's starts are worked out from: the key they are kept under."""
        self._starts: FamilyStarts = None
        self._by_head: dict[str, tuple[int, ...]] = {}
        self._unheaded: list[int] = []
        self._marks: list[str] = []
        self._analysed = False
        self._patterns: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._number = len(_FAMILIES)
        _FAMILIES.append(self)

    @property
    def starts(self) -> FamilyStarts:
        """Per phrase, where it can start; None when the family is not tied to words."""
        if not self._analysed:
            _analyse_families()
        return self._starts

    def _phrases_to_analyse(self) -> list[str] | None:
        if self.before != r"\b" and not self.before.startswith(r"(?<![\w"):
            return None  # a match need not start where a word starts
        return [phrase + self.after for _, phrase in self.alternatives]

    def _take(self, starts: FamilyStarts) -> None:
        by_head: dict[str, list[int]] = {}
        for number, phrase in enumerate(starts or ()):
            if phrase.heads is None:
                self._unheaded.append(number)
            for head in phrase.heads or ():
                by_head.setdefault(head, []).append(number)
        self._starts = starts
        self._by_head = {head: tuple(numbers) for head, numbers in by_head.items()}
        self._marks = [head for head in self._by_head if WORD_CHAR.match(head) is None]
        self._analysed = True

    def pattern(self, chosen: tuple[int, ...] | None = None) -> re.Pattern[str]:
        """The family as one pattern (of the `chosen` phrases only, when given; on folded text).

        Compiled on first need and kept: a family has few sets of phrases that
        share their first word.
        """
        chosen = tuple(range(len(self.alternatives))) if chosen is None else chosen
        found = self._patterns.get(chosen)
        if found is None:
            parts: list[str] = []
            for group, members in _by_group([self.alternatives[i] for i in chosen]):
                body = "|".join(members)
                parts.append(f"(?P<{group}>{body})" if group else body)
            found = re.compile(f"{self.before}(?:{'|'.join(parts)}){self.after}")
            self._patterns[chosen] = found
        return found

    def _tries(self, folded: str) -> tuple[dict[int, tuple[int, ...]], list[int]]:
        """Where a phrase could start in `folded` (in order), and which phrases, by place.

        Kept for the last text: a rule may ask once per sentence of one message.
        """
        last = self._last_tries
        if last is not None and last[0] is folded:
            return last[1], last[2]
        tries = self._new_tries(folded)
        places = sorted(tries)
        self._last_tries = (folded, tries, places)
        return tries, places

    _last_tries: tuple[str, dict[int, tuple[int, ...]], list[int]] | None = None

    def _new_tries(self, folded: str) -> dict[int, tuple[int, ...]]:
        tries = dict(_tries_of_all_families(folded)[self._number])
        by_head = self._by_head
        for mark in self._marks:
            for place in _marks(mark, folded):
                tries[place] = by_head[mark]
        guarded = tuple(
            number
            for number in self._unheaded
            if (guard := self._starts[number].guard) is None  # type: ignore[index]
            or any(g in folded for g in guard)
        )
        if guarded:
            for place in _word_starts(folded):
                tries[place] = tuple(sorted({*tries.get(place, ()), *guarded}))
        return tries

    def finditer(self, message: Message, spans: Iterable[Span]) -> Iterator[Found]:
        """Each match inside `spans`, in order, reported against the original text.

        The same matches as the whole family's pattern run over each span
        (which tries its phrases in order at each place): a phrase can only
        match where a word it can start on starts, so each phrase is tried
        only at those words.
        """
        folded = message.folded
        if not self._analysed:
            _analyse_families()
        if self._starts is None:
            yield from _found(message, self.pattern(), spans)
            return
        tries, places = self._tries(folded)
        for span in spans:
            resume, at = span.start, bisect_left(places, span.start)
            while at < len(places) and places[at] < span.end:
                place = places[at]
                at += 1
                if place < resume:
                    continue
                pattern = self.pattern(tries[place])
                match = pattern.match(folded, place, span.end)
                if match is not None:
                    yield _as_found(message, match, pattern)
                    resume = match.end()


def _as_found(message: Message, match: re.Match[str], pattern: re.Pattern[str]) -> Found:
    groups = {n: match.span(n) for n in pattern.groupindex if match.start(n) >= 0}
    return Found(message.text, match.start(), match.end(), groups)


def _found(message: Message, pattern: re.Pattern[str], spans: Iterable[Span]) -> Iterator[Found]:
    for span in spans:
        for match in pattern.finditer(message.folded, span.start, span.end):
            yield _as_found(message, match, pattern)


def _by_group(
    alternatives: Sequence[tuple[str | None, str]],
) -> list[tuple[str | None, list[str]]]:
    """Runs of neighbouring phrases of the same named group."""
    runs: list[tuple[str | None, list[str]]] = []
    for group, phrase in alternatives:
        if group is not None and runs and runs[-1][0] == group:
            runs[-1][1].append(phrase)
        else:
            runs.append((group, [phrase]))
    return runs


_FAMILIES: list[PhraseFamily] = []


def _analyse_families() -> None:
    """Work out (or read back) the starts of every family not analysed yet: all at once."""
    waiting = [family for family in _FAMILIES if not family._analysed]
    found = family_starts([(family.key, family._phrases_to_analyse()) for family in waiting])
    for family, starts in zip(waiting, found, strict=True):
        family._take(starts)
    _phrases_by_head.cache_clear()
    _tries_of_all_families.cache_clear()


WORD_RUN = re.compile(r"\w+")


NON_WORD = re.compile(r"(\W+)")


@lru_cache(maxsize=16)
def _tries_of_all_families(folded: str) -> list[dict[int, tuple[int, ...]]]:
    """For each family: at which word of `folded` which of its phrases may start.

    One pass over the words serves every family: a word's first three
    characters name the phrases (of any family) that can start on it.
    """
    found: list[dict[int, tuple[int, ...]]] = [{} for _ in _FAMILIES]
    by_head = _phrases_by_head()
    pieces = NON_WORD.split(folded)  # word, gap, word, gap … (a leading gap: an empty word)
    starts = list(accumulate(map(len, pieces), initial=0))
    for word, start in zip(pieces[::2], starts[::2], strict=False):
        entries = by_head.get(word[:HEAD_LENGTH])
        if entries is not None:
            for family, numbers in entries:
                found[family][start] = numbers
    return found


@lru_cache(maxsize=1)
def _phrases_by_head() -> dict[str, list[tuple[int, tuple[int, ...]]]]:
    """For each word head: the families with phrases starting on it, and those phrases."""
    found: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
    if any(not family._analysed for family in _FAMILIES):
        _analyse_families()
    for family in _FAMILIES:
        for head, numbers in family._by_head.items():
            if WORD_CHAR.match(head) is not None:
                found.setdefault(head, []).append((family._number, numbers))
    return found


@lru_cache(maxsize=16)
def _word_starts(folded: str) -> list[int]:
    return [match.start() for match in WORD_RUN.finditer(folded)]


def _marks(head: str, folded: str) -> list[int]:
    """Where the mark `head` stands in `folded`."""
    found, at = [], folded.find(head)
    while at >= 0:
        found.append(at)
        at = folded.find(head, at + 1)
    return found
