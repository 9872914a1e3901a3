"""Phrase families: the fast path (each phrase tried only where a word it can start on
starts) finds exactly what the full case-insensitive pattern finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.review import RULES, read_message
from followup.review.message import Span
from followup.review.phrase_starts import phrase_heads, phrase_starts, required_factors
from followup.review.phrases import _FAMILIES, PhraseFamily, alternatives, fold_pattern

assert RULES  # every rule module imported, so every family is registered
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
FAMILIES = list(_FAMILIES)


def full_pattern(family: PhraseFamily) -> re.Pattern[str]:
    """The family as one plain case-insensitive pattern over the original text."""
    return re.compile(family.pattern().pattern, re.I)


def spans_of(family: PhraseFamily, text: str) -> list[tuple[int, int]]:
    message = read_message(text)
    return [f.span() for f in family.finditer(message, [Span(0, len(text))])]


def reference_spans(family: PhraseFamily, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in full_pattern(family).finditer(text)]


def test_fold_pattern_lowers_letters_but_not_escapes_or_group_names() -> None:
    assert fold_pattern(r"(?P<Big>I AM)\W\S\B\D") == r"(?P<Big>i am)\W\S\B\D"
    assert fold_pattern(r"(?P=Big)[A-Z]") == r"(?P=Big)[a-z]"


@pytest.mark.parametrize(
    ("pattern", "factors"),
    [
        (r"how much (?:does|will) it pay", {"how much "}),
        (r"(?:base )?salar(?:y|ies)", {"salar"}),
        (r"stock options?|rsus?", {"stock option", "rsu"}),
        (r"(?:a|b)?\w+", None),
    ],
)
def test_required_factors(pattern: str, factors: set[str] | None) -> None:
    found = required_factors(pattern)
    assert (None if found is None else set(found)) == factors


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (r"how much (?:does|will) it pay", {"how"}),
        (r"i (?:was|am) late", {"i"}),
        (r"(?:base )?salar(?:y|ies)", {"bas", "sal"}),
        (r"(?:would|['’]d) mean", {"wou", "'", "’"}),
        (r"ok\b", {"ok"}),
        (r"an?[ \t]+x", {"a", "an"}),
    ],
)
def test_phrase_heads(pattern: str, heads: set[str]) -> None:
    assert set(phrase_heads(pattern)) == heads


def test_phrases_whose_heads_cannot_be_listed() -> None:
    opening_word = phrase_starts(r"\w[\w-]*\.(?:pdf|zip)")
    assert opening_word is not None and opening_word.heads is None
    assert opening_word.guard == {"pdf", "zip"}
    assert phrase_starts(r"ok") is not None and phrase_starts(r"ok").heads is None  # "okay" too
    assert phrase_starts(r"[\w-]+\.pdf") is None  # may open on "-": tried everywhere
    assert phrase_starts(r"\s*and") is None


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.alternatives[0][1][:30])
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_every_match_of_a_phrase_starts_on_one_of_its_heads(
    family: PhraseFamily, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(family.alternatives) - 1))
    assert family.starts is not None
    starts = family.starts[index]
    phrase = re.compile(family.alternatives[index][1] + family.after)
    text = data.draw(st.from_regex(phrase, fullmatch=True)).lower()
    if starts.heads is None:
        assert starts.guard is None or any(g in text for g in starts.guard), text
        return
    word = re.match(r"\w+", text)
    key = word.group()[:3] if word else text[:1]
    assert key in starts.heads, (text, starts.heads)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.alternatives[0][1][:30])
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_the_fast_path_finds_what_the_full_pattern_finds(
    family: PhraseFamily, data: st.DataObject
) -> None:
    pieces = []
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(0, len(family.alternatives) - 1))
        phrase = re.compile(family.alternatives[index][1])
        pieces.append(data.draw(st.from_regex(phrase, fullmatch=True)))
        pieces.append(data.draw(st.sampled_from([" ", ", and ", ". ", " I think "])))
    text = "".join(pieces)
    if data.draw(st.booleans()):
        text = text.upper()
    assert spans_of(family, text) == reference_spans(family, text)


def test_the_fast_path_agrees_on_the_dev_corpus() -> None:
    entries = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line]
    texts = [f"Subject: {e.get('subject', '')}\n\n{e['body']}" for e in entries]
    assert texts
    for family in FAMILIES:
        for text in texts:
            assert spans_of(family, text) == reference_spans(family, text)


def test_matches_report_the_original_words() -> None:
    message = read_message("Please find ATTACHED my CV.")
    family = next(f for f in FAMILIES if any("attached" in p for _, p in f.alternatives))
    found = list(family.finditer(message, [message.body]))
    assert found and found[0].group() == "Please find ATTACHED"


def test_alternatives_splits_only_the_top_level() -> None:
    assert alternatives(r"(?:a(?:b|c)|[|]d|e\|f)") == ("a(?:b|c)", "[|]d", r"e\|f")
    assert alternatives(r"x|(?:y)") == ("x", "(?:y)")
    assert alternatives(r"(?:a)|(?:b)") == ("(?:a)", "(?:b)")
