"""Where a phrase can start: the analysis that lets a phrase family skip most of a message.

Every phrase of a family is read once (its parsed regular expression) for
the words a match of it can start on. A match starts where a word starts
(the family's pattern opens with `\\b` or a look-behind for a word
character), so the family needs trying only at the words whose first three
characters are among its phrases' *heads*: "how much (?:does|will) …"
starts on "how", "i (?:was|am) …" on the word "i". A phrase may also start
on a mark ("'d mean" in "it'd mean"): then its head is that mark. When the
heads cannot be listed (a phrase opening with `\\w+`), the phrase's
*factors* stand guard instead: literal strings one of which every match
contains ("[\\w-]+\\.(?:pdf|zip)" needs "pdf" or "zip").
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
Factors = frozenset[str] | None
"""Literal strings of which every match contains one; None when there is no such set."""

WORD_CHAR = re.compile(r"\w")
HEAD_LENGTH = 3
"""A word is known by its first three characters (the whole word when shorter)."""
MOST_HEADS = 1024

Heads = frozenset[str] | None
"""The heads a phrase can start on; None when they cannot be listed."""


@dataclass(frozen=True)
class PhraseStarts:
    """Where a phrase can match: at a word with one of its `heads`, or at a mark among them.

    With no heads (None), at any word, and only when one of its `guard`
    strings occurs in the text (or always, when it has no guard either).
    """

    heads: Heads
    guard: Factors = None


FamilyStarts = tuple[PhraseStarts, ...] | None
"""Each phrase's starts; None for a family whose matches need not start at a word."""
ANALYSIS = 1
"""The version of this analysis: a kept table of another version is not read."""
StartsTable = dict[str, Any]
"""Kept analyses: a family's key, and its starts as plain tuples (marshal can keep them)."""
_keeper: tuple[Callable[[], object], Callable[[StartsTable], None]] | None = None


def keep_starts_with(load: Callable[[], object], save: Callable[[StartsTable], None]) -> None:
    """Have `family_starts` read analyses kept by `load` and hand new ones to `save`.

    The analysis parses every phrase: some 20 ms in a new process, which a
    short command (`followup check`) would rather read back. The core reads
    and writes no file itself: the caller's `load` and `save` do.
    """
    global _keeper
    _keeper = (load, save)


def family_starts(families: Sequence[tuple[str, Sequence[str] | None]]) -> list[FamilyStarts]:
    """For (key, phrases) of each family, its starts: kept ones when they are there."""
    kept = _kept_table()
    found, changed = [], False
    for key, phrases in families:
        starts = _from_row(kept.get(key)) if key in kept else None
        if starts is None and (key not in kept or kept[key] is not None):
            starts = None if phrases is None else _analyse(phrases)
            kept[key] = _as_row(starts)
            changed = True
        found.append(starts)
    if changed and _keeper is not None:
        _keeper[1](kept)
    return found


def _kept_table() -> StartsTable:
    if _keeper is None:
        return {}
    try:
        table = _keeper[0]()
    except Exception:  # a kept table that cannot be read is only slower: work it out again
        return {}
    if not isinstance(table, dict) or table.get("analysis") != ANALYSIS:
        return {"analysis": ANALYSIS}
    return table


def _analyse(phrases: Sequence[str]) -> FamilyStarts:
    found = []
    for phrase in phrases:
        starts = phrase_starts(phrase)
        if starts is None:
            return None
        found.append(starts)
    return tuple(found)


def _as_row(starts: FamilyStarts) -> object:
    if starts is None:
        return None
    return tuple(
        (
            None if s.heads is None else tuple(sorted(s.heads)),
            None if s.guard is None else tuple(sorted(s.guard)),
        )
        for s in starts
    )


def _from_row(row: object) -> FamilyStarts:
    """Kept starts back as values; None when the row is missing or not well formed."""
    if not isinstance(row, tuple):
        return None
    found = []
    for item in row:
        if not (isinstance(item, tuple) and len(item) == 2):
            return None
        heads, guard = item
        if not all(_strings_or_none(part) for part in (heads, guard)):
            return None
        found.append(
            PhraseStarts(
                None if heads is None else frozenset(heads),
                None if guard is None else frozenset(guard),
            )
        )
    return tuple(found)


def _strings_or_none(part: object) -> bool:
    return part is None or (isinstance(part, tuple) and all(isinstance(x, str) for x in part))


class _Unknown(Exception):
    """The heads cannot be listed: the phrase may start on any word."""


class _AnyPlace(Exception):
    """The phrase may start anywhere, not only at a word or a mark."""


def phrase_starts(phrase: str) -> PhraseStarts | None:
    """Where matches of `phrase` (folded, with what follows it) can start; None: anywhere."""
    try:
        return PhraseStarts(phrase_heads(phrase))
    except _Unknown:
        return PhraseStarts(None, required_factors(phrase))
    except _AnyPlace:
        return None


def phrase_heads(pattern: str) -> frozenset[str]:
    """The first three characters of the word each match of `pattern` starts on.

    The whole word when it is shorter: "how much (?:does|will)" gives
    {"how"}, "i (?:was|am)" gives {"i"}. A match that opens with a mark
    gives the mark ("['’]d mean" gives {"'", "’"}). Raises `_Unknown` when the
    heads cannot be listed, `_AnyPlace` when a match may start anywhere.
    """
    done: set[str] = set()
    states = _walk(list(sre_parse.parse(pattern).data), {""}, done)
    for state in states:  # the pattern ended inside a word: the word may go on
        if state == "":
            raise _AnyPlace(pattern)  # an empty match
        if len(state) < HEAD_LENGTH:
            raise _Unknown
        done.add(state)
    return frozenset(done)


def _walk(items: list[tuple[Any, Any]], states: set[str], done: set[str]) -> set[str]:
    """The unfinished heads after `items`, from the unfinished `states`; finished go to `done`."""
    for op, value in items:
        if not states:
            break
        states = _step(op, value, states, done)
        if len(states) + len(done) > MOST_HEADS:
            raise _Unknown
    return states


def _step(op: Any, value: Any, states: set[str], done: set[str]) -> set[str]:
    if op is sre.LITERAL:
        return _add_chars([chr(value)], states, done)
    if op is sre.IN:
        if _word_class(value):
            raise _Unknown  # "\\w+": any word
        if _gap_class(value):  # "\\s": the word ends
            if "" in states:
                raise _AnyPlace("a gap")
            done |= states
            return set()
        return _add_chars(_class_chars(value), states, done)
    if op is sre.SUBPATTERN:
        return _walk(list(value[-1].data), states, done)
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in value[1]:
            found |= _walk(list(alternative.data), set(states), done)
        return found
    if op in REPEATS:
        return _repeat(value, states, done)
    if _ends_word(op, value):
        ended = {state for state in states if state}
        done |= ended
        return states - ended
    if op in ZERO_WIDTH:
        return states
    if "" in states:
        raise _AnyPlace(op)
    raise _Unknown


def _repeat(value: Any, states: set[str], done: set[str]) -> set[str]:
    least, most, body = value
    found = set(states) if least == 0 else set()
    current = states
    for count in range(1, min(most, HEAD_LENGTH + 1) + 1):
        current = _walk(list(body.data), set(current), done)
        if count >= least:
            found |= current
        if not current:
            break
    return found


def _ends_word(op: Any, value: Any) -> bool:
    """`\\b`, or a look-ahead refusing a word character (after a word: the word ends)."""
    if op is sre.AT:
        return value is sre.AT_BOUNDARY
    if op is not sre.ASSERT_NOT or value[0] != 1:
        return False
    data = list(value[1].data)
    return (
        len(data) == 1
        and data[0][0] is sre.IN
        and any(o is sre.CATEGORY and v is sre.CATEGORY_WORD for o, v in data[0][1])
    )


def _add_chars(chars: list[str] | None, states: set[str], done: set[str]) -> set[str]:
    if chars is None:  # a wide class
        raise _AnyPlace("a wide class") if "" in states else _Unknown
    found: set[str] = set()
    for state in states:
        for char in chars:
            if WORD_CHAR.match(char) is None:
                done.add(state or char)  # the word ends here, or the match opens on a mark
            elif len(state) + 1 == HEAD_LENGTH:
                done.add(state + char)
            else:
                found.add(state + char)
    return found


def _word_class(members: list[tuple[Any, Any]]) -> bool:
    """A class of word characters only, too wide to list (`\\w`, `\\d`)."""
    words = (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT)
    return any(op is sre.CATEGORY for op, _ in members) and all(
        op is sre.CATEGORY and value in words for op, value in members
    )


def _gap_class(members: list[tuple[Any, Any]]) -> bool:
    """A class of characters that are never word characters (`\\s`, `\\W`, `[ \\t]`)."""
    gaps = (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD)
    return any(op is sre.CATEGORY for op, _ in members) and all(
        (op is sre.CATEGORY and value in gaps)
        or (op is sre.LITERAL and WORD_CHAR.match(chr(value)) is None)
        for op, value in members
    )


def _class_chars(members: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a small class `[...]`; None for a negated, wide or category class."""
    chars: list[str] = []
    for op, value in members:
        if op is sre.LITERAL:
            chars.append(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < 10:  # "[0-9]" and smaller
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def required_factors(pattern: str) -> Factors:
    """Literal strings one of which occurs in every match of `pattern` (a folded pattern)."""
    found = _sequence_factors(list(sre_parse.parse(pattern).data))
    return None if found is None else frozenset(found)


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
