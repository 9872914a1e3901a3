"""The people of a round as words: who may be named, and near-misses of their names.

Shared by the name rules (which report "Jhon" for "John"), the company rule
("Halverson" for "Halvorsen": `near_company`) and spelling (which leaves
those words alone, so one slip is reported once). A near-miss is a small edit
("Jhon", "Marcos" for "Marcus") or a word that sounds the same ("Aimee" for
"Amy", "Kathryn" for "Catherine"). Also here: where in a message a name may
stand (after an honorific, at a sentence start) and a light stemmer for
matching word forms ("migrating", "migration").
"""

from __future__ import annotations

import re
from functools import lru_cache

from followup.model import Round
from followup.review.lexicon import english_words
from followup.review.message import NAME_PART

HONORIFICS = frozenset(
    {"dr", "mr", "ms", "mrs", "mx", "miss", "prof", "professor", "mister", "doctor", "madam"}
)

COMMON_WORD_FREQUENCY = 5000
"""Words seen this often in the English word list are ordinary words, not names."""


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


def name_parts(name: str) -> tuple[str, ...]:
    """The words of a name: "Dr. Mary-Ann O'Neil" gives ("Mary-Ann", "O'Neil")."""
    parts = NAME_PART.findall(name)
    return tuple(p for p in parts if p.lower().rstrip(".") not in HONORIFICS)


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


SOUNDS = (  # spelling -> sound, applied in order (a light Metaphone)
    (re.compile(r"^(?:kn|gn|pn)"), "n"),
    (re.compile(r"^wr"), "r"),
    (re.compile(r"^x"), "s"),
    (re.compile(r"^wh"), "w"),
    (re.compile(r"tch|sh|sch(?!r)"), "x"),
    (re.compile(r"ch(?=r)|ck|q|c(?![eiy])|ch$"), "k"),
    (re.compile(r"ch"), "x"),
    (re.compile(r"c"), "s"),
    (re.compile(r"ph|v"), "f"),
    (re.compile(r"th"), "0"),
    (re.compile(r"dg(?=[eiy])|g(?=[eiy])"), "j"),
    (re.compile(r"gh|(?<=.)[hwy]"), ""),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(?<=.)[aeiou]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=65536)
def phonetic_key(word: str) -> str:
    """How a name sounds, roughly: "Aimee" and "Amy" both give "am"."""
    key = "".join(ch for ch in word.lower() if "a" <= ch <= "z")
    for pattern, sound in SOUNDS:
        key = pattern.sub(sound, key)
    return key


def _sounds_alike(word: str, name: str) -> bool:
    """Same sound key (of two sounds or more), close in length and spelling.

    Three edits at most ("Aimee" for "Amy"), four when the key is long enough
    to be telling ("Kathryn" for "Catherine").
    """
    key = phonetic_key(name)
    limit = 4 if len(key) >= 4 else 3
    return (
        len(key) >= 2
        and abs(len(name) - len(word)) <= 3
        and phonetic_key(word) == key
        and edit_distance(word, name) <= limit
    )


@lru_cache(maxsize=65536)  # the same words come back in every message
def near_name(word: str, names: frozenset[str]) -> str | None:
    """The name `word` is a slip of, or None.

    A slip is an edit of one letter (two for names of 6+ letters) or a word
    that sounds the same and is spelled within three edits ("Aimee" for "Amy").
    """
    if len(word) < 3 or word in names:
        return None
    lowered = word.lower()
    if any(lowered == name.lower() for name in names):
        return None
    for name in sorted(names):
        if _sounds_alike(word, name):
            return name
        if abs(len(name) - len(word)) > 2 or (name[0].lower() != lowered[0] and len(name) < 5):
            continue
        limit = 2 if len(name) >= 6 else 1
        if edit_distance(word, name) <= limit:
            return name
    return None


NICKNAMES = {
    "mike": "michael",
    "bob": "robert",
    "rob": "robert",
    "bill": "william",
    "will": "william",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "jim": "james",
    "jimmy": "james",
    "dick": "richard",
    "rick": "richard",
    "peggy": "margaret",
    "maggie": "margaret",
    "kate": "katherine catherine kathryn",
    "katie": "katherine catherine kathryn",
    "tony": "anthony",
    "joe": "joseph",
    "sue": "susan",
    "jenny": "jennifer",
    "jen": "jennifer",
    "tom": "thomas",
    "ted": "edward theodore",
    "ed": "edward",
    "bert": "albert herbert robert",
    "chuck": "charles",
    "charlie": "charles",
    "hank": "henry",
    "harry": "henry harold",
    "jack": "john",
    "ned": "edward",
    "betsy": "elizabeth",
    "abby": "abigail",
}


def is_nickname(short: str, given: str) -> bool:
    """Whether `short` is a usual short form of the given name ("Mike", "Alex" for "Alexandra")."""
    short, given = short.lower(), given.lower()
    return given in NICKNAMES.get(short, "").split() or (
        len(short) >= 3 and given.startswith(short)
    )


@lru_cache(maxsize=256)
def company_words(company: str) -> tuple[str, ...]:
    """The words of a company name that identify it ("Halvorsen" in "Halvorsen Analytics")."""
    return tuple(w for w in NAME_PART.findall(company) if not is_common_word(w))


def near_company(word: str, record: Round | None) -> str | None:
    """The word of the round's company name `word` misspells ("Halverson"), or None.

    Only capitalised words unknown to the dictionary count: "Jonas" is a name
    in its own right, not a slip of "Jones".
    """
    if record is None or not word[:1].isupper():
        return None
    return _near_company_word(word, record.company)


@lru_cache(maxsize=65536)  # the same words come back in every message
def _near_company_word(word: str, company: str) -> str | None:
    if english_frequency(word) > 0:
        return None
    return near_name(word, _company_names(company))


@lru_cache(maxsize=256)
def _company_names(company: str) -> frozenset[str]:
    return frozenset(company_words(company))


def english_frequency(word: str) -> int:
    """How often `word` occurs in the spelling dictionary's English word list (0: unknown)."""
    return english_words().get(word.lower(), 0)


def is_common_word(word: str) -> bool:
    """An ordinary English word ("Mark", "Will", "Grace"), not only a name."""
    return english_frequency(word) >= COMMON_WORD_FREQUENCY


# --- where names appear in a message ------------------------------------------
ABBREVIATIONS = HONORIFICS | {"st", "jr", "sr", "mt", "vs", "etc", "no"}
MONTHS_AND_DAYS = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)


def bare(word: str) -> str:
    """A word without a possessive ending: "Marcus's" and "Jones’" give "Marcus", "Jones"."""
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def follows_honorific(text: str, position: int) -> bool:
    """Whether the word at `position` comes right after "Dr.", "Mr", "Ms." and kin."""
    before = text[max(0, position - 12) : position].rstrip().rstrip(".")
    words = NAME_PART.findall(before)
    return bool(words) and before.endswith(words[-1]) and words[-1].lower() in HONORIFICS


def starts_sentence(text: str, position: int, region_start: int) -> bool:
    """Whether the word at `position` opens a sentence (after ".", "!", "?", a blank, a line)."""
    index = position - 1
    while index >= region_start and text[index] in " \t\"'“‘(":
        index -= 1
    if index < region_start or text[index] in "\n\r–—-:":
        return True
    if text[index] not in ".!?":
        return False
    words = NAME_PART.findall(text[max(region_start, index - 12) : index])
    return not (words and words[-1].lower() in ABBREVIATIONS)


# --- word forms ---------------------------------------------------------------
SUFFIXES = (
    ("ations", "at"),
    ("ation", "at"),
    ("ities", "ity"),
    ("ings", ""),
    ("ing", ""),
    ("ions", ""),
    ("ion", ""),
    ("ments", ""),
    ("ment", ""),
    ("ies", "y"),
    ("ers", ""),
    ("er", ""),
    ("es", ""),
    ("ed", ""),
    ("ly", ""),
    ("s", ""),
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem, enough to match word forms: "migrating", "migration", "migrate"."""
    word = bare(word.lower().replace("’", "'"))
    for _ in range(2):  # "engineering" -> "engineer" -> "engine", like "engineers"
        for suffix, replacement in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
                word = word[: -len(suffix)] + replacement
                break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]
    return word
