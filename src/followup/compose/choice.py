"""Which phrasing each part of a message uses: fixed by the inputs, different across a panel.

Each person of a round prefers a variant by a hash (blake2b) of the round,
their name and the part. The people of the round then take variants in
record order, each the free one nearest their preference, so that no two
panelists share a phrasing while variants last. The same record always
gives the same choices, on any machine and in any run.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from followup.model import Round


def round_key(record: Round) -> str:
    """What identifies a round for the choice of words: company, role, stage and start."""
    return "\x1f".join((record.company, record.role, record.stage.value, record.start.isoformat()))


def preference(key: str, person: str, part: str, count: int) -> int:
    data = "\x1f".join((key, person.casefold(), part)).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big") % count


@dataclass(frozen=True)
class Picker:
    """Chooses variants for one person among the people of one round."""

    key: str
    people: tuple[str, ...]
    """Everyone of the round who gets phrasings, in record order."""
    person: str

    def index(self, part: str, count: int) -> int:
        """This person's variant of `part` among `count`, distinct from the others' while it can."""
        if count <= 1:
            return 0
        taken: Counter[int] = Counter()
        people = self.people if self.person in self.people else (*self.people, self.person)
        for other in people:
            start = preference(self.key, other, part, count)
            least = min(taken[i] for i in range(count))
            chosen = next(
                (start + step) % count
                for step in range(count)
                if taken[(start + step) % count] == least
            )
            if other == self.person:
                return chosen
            taken[chosen] += 1
        raise AssertionError("unreachable: the person is among the people")  # pragma: no cover

    def pick(self, part: str, variants: Sequence[str]) -> str:
        return variants[self.index(part, len(variants))]
