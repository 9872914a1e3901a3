"""The readiness score: 100 minus weighted findings, with the measures beside it.

The weights live in one table (documented in docs/rules.md): each finding
costs its severity's points, and one rule costs at most `PER_RULE_CAP`
findings' worth, so a single habit does not sink a message by itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from followup.review.finding import Finding, Measures, Severity
from followup.review.message import Message

WEIGHTS = {Severity.ERROR: 25, Severity.WARNING: 10, Severity.INFO: 3}
PER_RULE_CAP = 2
VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def score(findings: Sequence[Finding]) -> tuple[int, tuple[tuple[str, int], ...]]:
    """The score and what each rule took off it."""
    counted: Counter[str] = Counter()
    penalties: Counter[str] = Counter()
    for finding in findings:
        if counted[finding.rule] < PER_RULE_CAP:
            counted[finding.rule] += 1
            penalties[finding.rule] += WEIGHTS[finding.severity]
    total = max(0, 100 - sum(penalties.values()))
    return total, tuple(sorted(penalties.items()))


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    groups = len(VOWEL_GROUPS.findall(word.lower()))
    if word.lower().endswith("e") and groups > 1 and not word.lower().endswith("le"):
        groups -= 1
    return max(1, groups)


def measure(message: Message) -> Measures:
    words = message.word_texts
    sentences = len(message.sentences)
    grade = 0.0
    if words and sentences:
        per_sentence = len(words) / sentences
        per_word = sum(map(syllables, words)) / len(words)
        grade = round(max(0.0, 0.39 * per_sentence + 11.8 * per_word - 15.59), 1)
    prose = message.prose_text
    return Measures(
        words=len(words),
        sentences=sentences,
        subject_words=len(message.subject_text.split()),
        reading_grade=grade,
        questions=prose.count("?"),
        exclamations=prose.count("!") + message.subject_text.count("!"),
    )
