"""The words the reviewer knows: pyspellchecker's English dictionary, and the terms list.

A word is known in its own form, unaccented, as a possessive or contraction
("Marcus's", "we'll"), as a British spelling of a known American one
("organisation", "colour"), or as a productive derivation ("replayability").
`data/terms.txt` adds the technical and business terms the dictionary lacks,
with their plurals and -ed/-ing forms. Corrections search one edit away (as
pyspellchecker's `distance=1`: its default two-edit search can take half a
second on a long word), and two edits only for short words, cheaply.

The dictionary ships inside pyspellchecker (no download) and is loaded on the
first lookup, never when `followup.review` is imported. Reading pyspellchecker's
gzipped JSON takes a good part of a second, so an edge may install a faster
loader of the same words with `load_english_words_with` (the CLI installs
`followup.service.word_cache`, a compact copy in the user's cache directory):
the core itself reads no file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import Any

POSSESSIVE = re.compile(r"'(?:s|d|ll|ve|re|m)?$")
BRITISH = re.compile(  # the British endings an American spelling differs in
    r"(?<=[a-z])(?P<our>our)(?=(?:s|ed|ing|ful|ite|ites|able|ably|ist|less|hood|er|ers)?$)"
    r"|(?<=[a-z]{2})(?P<ise>is)(?=(?:e|es|ed|ing|er|ers|ation|ations|ational|able)$)"
    r"|(?<=[a-z])(?P<yse>ys)(?=(?:e|es|ed|ing|er|ers)$)"
    r"|(?<=[a-z]{2})(?P<tre>tre)(?=[sd]?$)"
    r"|(?<=[a-z])(?P<ogue>ogue)(?=s?$)"
    r"|(?<=[aeiou])(?P<ll>ll)(?=(?:ed|ing|er|ers|or|ors)$)"
    r"|(?P<dgement>dgement)(?=s?$)"
)
AMERICAN = {"our": "or", "ise": "iz", "yse": "yz", "tre": "ter", "ogue": "og", "ll": "l"}
AMERICAN["dgement"] = "dgment"
DERIVED = re.compile(r"(?:co|de|multi|non|pre|re|un)(?P<rest>[a-z'].{4,})")  # "un"+"till": no
EDIT_LETTERS = "abcdefghijklmnopqrstuvwxyz'"
TWO_EDITS_LONGEST = 10  # longer words get one-edit suggestions only
LONGEST_CORRECTABLE = 30  # longer "words" get no suggestion
COMMON_WORD = 100_000  # dictionary frequency of about the thousand commonest words


WordLoader = Callable[[], Mapping[str, int]]
"""Gives pyspellchecker's English words and their frequencies, however it gets them."""


def dictionary_words() -> dict[str, int]:
    """pyspellchecker's English words and their frequencies, from the package (the slow way)."""
    from spellchecker import SpellChecker

    checker: Any = SpellChecker(distance=1)
    words: dict[str, int] = checker.word_frequency.dictionary
    return words


_loader: WordLoader = dictionary_words


def load_english_words_with(loader: WordLoader) -> None:
    """Have `english_words` load through `loader`, which must give `dictionary_words()`'s words.

    It takes effect at the first use: words already loaded are the same words, and stay.
    """
    global _loader
    _loader = loader


@cache
def english_words() -> Mapping[str, int]:
    """pyspellchecker's English words and their frequencies (loaded once, on first use)."""
    return _loader()


@cache
def term_words() -> frozenset[str]:
    """The terms list, package data read on first use (pkgutil: importlib.resources is slower)."""
    import pkgutil

    data = pkgutil.get_data("followup.review", "data/terms.txt")
    if data is None:
        raise FileNotFoundError("followup.review: data/terms.txt cannot be read")
    text = data.decode("utf-8")
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def fold(word: str) -> str:
    """`word` without accents: "résumé" gives "resume"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def base_forms(word: str) -> list[str]:
    """`word` (lower case, straight apostrophes), unaccented, and without "'s" or "'ll"."""
    if word.isascii() and "'" not in word:
        return [word]
    forms = [word]
    if not word.isascii():
        forms.append(fold(word))
    forms.extend(stem for form in list(forms) if (stem := POSSESSIVE.sub("", form)) != form)
    if "'" in word and word.endswith("s"):
        forms.append(word[:-1])  # "dos and don'ts"
    return forms


def american(word: str) -> str | None:
    """The American spelling of a British word: "organisation" gives "organization"."""
    spelled = BRITISH.sub(lambda match: AMERICAN[match.lastgroup or ""], word)
    return spelled if spelled != word else None


def inflection_stems(word: str) -> list[str]:
    """What a plural or an -ed/-ing form may come from: "runbooks", "onboarded"."""
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss"):
        stems.extend((word[:-1], word[:-2]))
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems.extend((stem, stem + "e", stem[:-1]))
    return stems


def _listed(form: str) -> bool:
    """In the dictionary (also spelled the American way) or in the terms (also inflected)."""
    dictionary, terms = english_words(), term_words()
    if form in dictionary or form in terms or american(form) in dictionary:
        return True
    return any(stem in terms for stem in inflection_stems(form))


def derived(word: str) -> bool:
    """A known word with a productive prefix or suffix: "replayability", "rearchitected"."""
    prefixed = DERIVED.fullmatch(word)
    if prefixed:
        rest = prefixed.group("rest")
        forms = [form for form in (rest, *inflection_stems(rest)) if len(form) >= 5]
        if any(_listed(form) or form in english_words() for form in forms):
            return True
    stem = word.removesuffix("ability")
    if len(stem) < 4 or stem == word or (stem[-1] == "y" and stem[-2] not in "aeiou"):
        return False  # "reliability", not "relyability"
    return _listed(stem) or (stem[-1] == stem[-2] and _listed(stem[:-1]))


@lru_cache(maxsize=1 << 17)
def is_known(word: str) -> bool:
    """Whether the dictionary or the terms list knows `word` (lower case) in some form."""
    return any(_listed(form) or derived(form) for form in base_forms(word))


def is_allowed(word: str, allowlist: frozenset[str]) -> bool:
    """Whether `word` (lower case) is in `allowlist` in some form ("Okafor's", "runbooks")."""
    return bool(allowlist) and any(
        form in allowlist or any(stem in allowlist for stem in inflection_stems(form))
        for form in base_forms(word)
    )


def _edits(word: str) -> set[str]:
    """Every string one edit (delete, swap, replace, insert) away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [left + right[1:] for left, right in splits if right]
    swaps = [left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1]
    replaces = [left + c + right[1:] for left, right in splits if right for c in EDIT_LETTERS]
    inserts = [left + c + right for left, right in splits for c in EDIT_LETTERS]
    return set(deletes + swaps + replaces + inserts)


def _likely_slip(word: str, candidate: str) -> bool:
    """A missing letter or space, swapped neighbours, a doubled letter: the commonest slips."""
    if " " in candidate or len(candidate) > len(word):
        return True
    if len(word) == len(candidate):
        return sorted(word) == sorted(candidate)
    return any(
        word[i] == word[i - 1] and word[:i] + word[i + 1 :] == candidate
        for i in range(1, len(word))
    )


def _splits(word: str, frequency: Mapping[str, int]) -> dict[str, int]:
    """Two common words run together ("alot", "thankyou"), scored below a one-word fix."""
    found = {}
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if min(len(left), len(right)) < 2 and left not in ("a", "i"):
            continue
        score = min(frequency.get(left, 0), frequency.get(right, 0))
        if score >= COMMON_WORD:
            found[f"{left} {right}"] = score // 10
    return found


def _best(word: str, scores: dict[str, int]) -> str | None:
    """A lost apostrophe ("dont") first, then the likeliest slip, then the commonest word."""
    if not scores:
        return None
    return max(scores, key=lambda c: ("'" in c, _likely_slip(word, c), scores[c], c))


@lru_cache(maxsize=4096)
def correction(word: str, farther: bool) -> str | None:
    """The most likely intended word for an unknown lower-case `word`, if any is close.

    One edit first (as pyspellchecker's `distance=1`, apostrophes included:
    "dont" gives "don't"), or two common words run together; then a cheap
    two-edit search for words of up to ten letters, from each one-letter
    deletion or swap only ("tommorow").
    """
    if len(word) > LONGEST_CORRECTABLE:
        return None
    dictionary, terms = english_words(), term_words()
    near = _edits(word)
    scores = {w: dictionary[w] for w in near if w in dictionary} | _splits(word, dictionary)
    found = _best(word, scores) or _best(word, dict.fromkeys(near & terms, 0))
    if found or not farther or len(word) > TWO_EDITS_LONGEST:
        return found
    seeds = [word[:i] + word[i + 1 :] for i in range(len(word))]
    seeds += [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    two_edits = {w for seed in seeds for w in _edits(seed) if w in dictionary}
    return _best(word, {w: dictionary[w] for w in two_edits})
