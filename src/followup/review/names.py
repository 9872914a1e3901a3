"""The people of a round as words: who may be named, and near-misses of their names.

Shared by the name rules (which report "Jhon" for "John") and spelling (which
then leaves that word alone, so one slip is reported once).
"""

from __future__ import annotations

import re
from functools import lru_cache

from followup.model import Round

NAME_PART = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*")


def name_parts(name: str) -> tuple[str, ...]:
    """The words of a name: "Dr. Mary-Ann O'Neil" gives ("Mary-Ann", "O'Neil")."""
    parts = NAME_PART.findall(name)
    return tuple(p for p in parts if p.lower().rstrip(".") not in {"dr", "mr", "ms", "mrs", "mx"})


def participant_names(record: Round | None) -> frozenset[str]:
    """Every given and family name of the interviewers and the candidate."""
    if record is None:
        return frozenset()
    people = [person.name for person in record.interviewers]
    if record.candidate is not None:
        people.append(record.candidate.name)
    return frozenset(part for name in people for part in name_parts(name))


@lru_cache(maxsize=65536)
def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap neighbours)."""
    a, b = a.lower(), b.lower()
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                best = min(best, previous2[j - 2] + 1)
            current.append(best)
        previous2, previous = previous, current
    return previous[-1]


def near_name(word: str, names: frozenset[str]) -> str | None:
    """The name `word` is a slip of (distance 1, or 2 for names of 6+ letters), or None."""
    if len(word) < 3 or word in names:
        return None
    lowered = word.lower()
    if any(lowered == name.lower() for name in names):
        return None
    for name in sorted(names):
        if abs(len(name) - len(word)) > 2 or (name[0].lower() != lowered[0] and len(name) < 5):
            continue
        limit = 2 if len(name) >= 6 else 1
        if edit_distance(word, name) <= limit:
            return name
    return None
