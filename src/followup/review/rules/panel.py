"""Panel notes: each person gets a note of their own, not a copy of another's.

Sources: 001 and 002 advise one distinct note per panelist, since panelists
compare what they received. Two notes are near-identical when their word
3-shingles overlap (Jaccard) at or above the policy's `duplicate_threshold`;
the greeting and signature are left out, since they differ anyway.
"""

from __future__ import annotations

from collections.abc import Iterator

from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span, read_message
from followup.review.rule import Context, Rule

SHINGLE = 3
Shingle = tuple[str, ...]


def prose_words(message: Message) -> list[tuple[str, Span]]:
    """The user's own words between greeting and sign-off, lower-cased, with their spans."""
    return [
        (message.part(span).lower().replace("’", "'"), span)
        for span in message.words
        if message.is_user_text(span.start)
    ]


def shingles(words: list[str]) -> list[Shingle]:
    return [tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def similarity(a: set[Shingle], b: set[Shingle]) -> float:
    """Jaccard similarity of two shingle sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _longest_shared_run(ours: list[Shingle], theirs: set[Shingle]) -> tuple[int, int]:
    """(first, last) shingle indexes of the longest stretch this note shares."""
    best, run_start = (0, -1), None
    for index, shingle in enumerate([*ours, None]):
        if shingle is not None and shingle in theirs:
            run_start = index if run_start is None else run_start
            continue
        if run_start is not None and index - 1 - run_start > best[1] - best[0]:
            best = (run_start, index - 1)
        run_start = None
    return best


def find_duplicates(message: Message, context: Context) -> Iterator[Hit]:
    if not context.round_notes:
        return
    words = prose_words(message)
    ours = shingles([word for word, _ in words])
    mine = set(ours)
    if not mine:
        return
    threshold = context.policy.duplicate_threshold
    others = [
        set(shingles([w for w, _ in prose_words(read_message(n))])) for n in context.round_notes
    ]
    score, theirs = max(((similarity(mine, other), other) for other in others), key=lambda p: p[0])
    if score < threshold:
        return
    first, last = _longest_shared_run(ours, theirs)
    start, end = words[first][1].start, words[last + SHINGLE - 1][1].end
    yield Hit(
        start,
        end,
        f"This note is {score:.0%} the same as another note of this round (the limit is "
        f"{threshold:.0%}). Panelists compare notes, and advisers warn that a copied note "
        "tells each of them they were not listened to.",
        "Rewrite the middle of the note around something only this person talked about: "
        "a topic, a question they asked, a moment you shared.",
    )


RULES = (
    Rule(
        id="duplicate-panel",
        example="The same note, with only the name changed, to two panelists of one round",
        severity=Severity.WARNING,
        source="001, 002",
        rationale="Each panelist gets a note of their own, not a copy of another's.",
        check=find_duplicates,
        needs_context=True,
    ),
)
