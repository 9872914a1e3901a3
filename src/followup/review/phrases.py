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
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, overload

from followup.review.message import Message, Span

Factors = frozenset[str] | None
"""Literal strings of which every match contains one; None when there is no such set."""


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


def required_factors(pattern: str) -> Factors:
    """Literal strings one of which occurs in every match of `pattern` (a folded pattern)."""
    found = _sequence_factors(list(sre_parse.parse(pattern).data))
    return None if found is None else frozenset(found)


ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _sequence_factors(items: list[tuple[object, object]]) -> set[str] | None:
    """The most selective factor set among the parts of a sequence."""
    choices: list[set[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))  # type: ignore[arg-type]
            continue
        if run:
            choices.append({"".join(run)})
            run = []
        if op in ZERO_WIDTH:
            continue
        found = _item_factors(op, value)
        if found:
            choices.append(found)
    if run:
        choices.append({"".join(run)})
    if not choices:
        return None
    return max(choices, key=lambda c: (min(len(f.strip()) for f in c), -len(c)))


def _item_factors(op: object, value: object) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence_factors(list(value[-1].data))  # type: ignore[index]
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in value[1]:  # type: ignore[index]
            found = _sequence_factors(list(alternative.data))
            if not found:
                return None
            union |= found
        return union
    if op in REPEATS:
        repeat: Any = value
        return _sequence_factors(list(repeat[2].data)) if repeat[0] >= 1 else None
    return None


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
        self.factors = tuple(required_factors(phrase) for _, phrase in self.alternatives)
        _FAMILIES.append(self)
        _scanner.cache_clear()
        _present.cache_clear()

    def pattern(self, chosen: tuple[int, ...] | None = None) -> re.Pattern[str]:
        """The family as one pattern (only the `chosen` phrases, when given)."""
        return self._compiled(tuple(range(len(self.alternatives))) if chosen is None else chosen)

    @lru_cache(maxsize=256)  # noqa: B019 - families live as long as the program
    def _compiled(self, chosen: tuple[int, ...]) -> re.Pattern[str]:
        parts: list[str] = []
        for group, indices in _by_group(self.alternatives, chosen):
            body = "|".join(self.alternatives[i][1] for i in indices)
            parts.append(f"(?P<{group}>{body})" if group else body)
        return re.compile(f"{self.before}(?:{'|'.join(parts)}){self.after}")

    def chosen(self, folded: str) -> tuple[int, ...]:
        """The phrases that could match in `folded` text."""
        present = _present(folded)
        return tuple(
            i
            for i, found in enumerate(self.factors)
            if found is None or not found.isdisjoint(present)
        )

    def pattern_for(self, message: Message) -> re.Pattern[str] | None:
        """The pattern of the phrases that could match in `message` (run it on `folded`)."""
        chosen = self.chosen(message.folded)
        return self.pattern(chosen) if chosen else None

    def finditer(self, message: Message, spans: Iterable[Span]) -> Iterator[Found]:
        """Each match inside `spans`, in order, reported against the original text."""
        folded = message.folded
        pattern = self.pattern_for(message)
        if pattern is None:
            return
        names = tuple(pattern.groupindex)
        for span in spans:
            for match in pattern.finditer(folded, span.start, span.end):
                groups = {n: match.span(n) for n in names if match.start(n) >= 0}
                yield Found(message.text, match.start(), match.end(), groups)


def _by_group(
    alternatives: tuple[tuple[str | None, str], ...], chosen: tuple[int, ...]
) -> list[tuple[str | None, list[int]]]:
    runs: list[tuple[str | None, list[int]]] = []
    for index in chosen:
        group = alternatives[index][0]
        if group is not None and runs and runs[-1][0] == group:
            runs[-1][1].append(index)
        else:
            runs.append((group, [index]))
    return runs


_FAMILIES: list[PhraseFamily] = []


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern[str], Mapping[str, frozenset[str]]]:
    """One pattern finding every factor of every family, and what each factor implies."""
    factors = sorted(
        {f for family in _FAMILIES for found in family.factors if found for f in found}
    )
    implied = {f: frozenset(g for g in factors if g in f) for f in factors}
    return re.compile(f"(?=({_trie(factors)}))"), implied


@lru_cache(maxsize=16)
def _present(folded: str) -> frozenset[str]:
    """The factors that occur in `folded` (a longer one found implies those inside it)."""
    scanner, implied = _scanner()
    found: set[str] = set()
    for factor in set(scanner.findall(folded)):
        found |= implied[factor]
    return frozenset(found)


def _trie(words: Iterable[str]) -> str:
    """An alternation of literal `words` as a trie, so each position tries few branches."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root) or "(?!)"


def _trie_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        body = f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body
