"""Small pieces of wording: articles, lists of names, how a person is named, notes turned around.

Record notes are the user's own jottings ("his dog joining the call", "did
not mention the runbooks I wrote"). A message speaks to the person, so a
note about them is turned to the second person, and a missed point loses
the words that would make it an admission.
"""

from __future__ import annotations

import re

from followup.model import Honorific, Interviewer
from followup.review.names import name_parts
from followup.review.rules.grammar import expected_article

PARTICLES = frozenset("da de del della der di dos du la le van von ten ter".split())  # noqa: SIM905


NO_ARTICLE = frozenset("head director chief vp vice".split())  # noqa: SIM905
"""Titles of one-of-a-kind posts: "joining as Head of Data", not "as a Head of Data"."""


def with_article(phrase: str) -> str:
    """ "a Data Engineer", "an Analytics Engineer", "Head of Data Platform"."""
    first = phrase.split(" ", 1)[0]
    if first.lower() in NO_ARTICLE:
        return phrase
    return f"{expected_article(first) or 'a'} {phrase}"


def join_names(names: list[str] | tuple[str, ...]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def given_name(person: Interviewer) -> str:
    parts = name_parts(person.name)
    return parts[0] if parts else person.name


def family_name(person: Interviewer) -> str:
    """The family name with its particles ("de la Cruz"), as written in the record."""
    words = person.name.split()
    if len(words) < 2:
        return person.name
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    return " ".join(words[start:])


def formal_name(person: Interviewer) -> str:
    """ "Dr. Vasquez"; the full name when no honorific is recorded."""
    honorific = person.honorific
    if honorific is None or honorific is Honorific.NONE or len(person.name.split()) < 2:
        return person.name
    return f"{honorific.value} {family_name(person)}"


def addressed_name(person: Interviewer) -> str:
    """How a greeting names them: the first name only when they offered it."""
    return given_name(person) if person.first_name_basis else formal_name(person)


# --- notes turned to the second person ---------------------------------------------------------
SIMPLE = {
    "his": "your",
    "hers": "yours",
    "him": "you",
    "himself": "yourself",
    "herself": "yourself",
    "he's": "you're",
    "she's": "you're",
    "he'd": "you'd",
    "she'd": "you'd",
    "he'll": "you'll",
    "she'll": "you'll",
}
AFTER_HE = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
HER_AS_OBJECT = frozenset(
    "a an the to about for with and or but of in on at by from into over as than that this".split()  # noqa: SIM905
)
TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^A-Za-z]+")


def _cased(word: str, like: str) -> str:
    return capitalized(word) if like[:1].isupper() else word


def second_person(note: str) -> str:
    """A note about the recipient, said to them: "his dog barking" gives "your dog barking"."""
    tokens = TOKEN.findall(note)
    words = [i for i, token in enumerate(tokens) if token[:1].isalpha()]
    out = list(tokens)
    for position, index in enumerate(words):
        token = tokens[index]
        lower = token.lower().replace("’", "'")
        following = tokens[words[position + 1]].lower() if position + 1 < len(words) else ""
        if lower in SIMPLE:
            out[index] = _cased(SIMPLE[lower], token)
        elif lower in ("he", "she"):
            out[index] = _cased("you", token)
            if following in AFTER_HE:
                out[words[position + 1]] = AFTER_HE[following]
        elif lower == "her":
            object_use = not following or following in HER_AS_OBJECT
            out[index] = _cased("you" if object_use else "your", token)
    return "".join(out)


MISSED_LEAD = re.compile(
    r"^\s*(?:i\s+)?(?:(?:did\s*n[o']t|didn['’]t|never|forgot\s+to|failed\s+to|neglected\s+to"
    r"|wish\s+i\s+had|should\s+have|could\s+have)\s+(?:get\s+to\s+)?"
    r"(?:mention(?:ed)?|bring\s+up|brought\s+up|talk(?:ed)?\s+about|discuss(?:ed)?|explain(?:ed)?"
    r"|cover(?:ed)?|say|said|share[d]?)\s+"
    r"|(?:not\s+mentioning|forgot|missed|left\s+out)\s+)",
    re.I,
)


def added_point(missed: str) -> str:
    """A missed point as something to add: "did not mention the runbooks" gives "the runbooks"."""
    point = MISSED_LEAD.sub("", missed.strip()).strip().rstrip(".;:,")
    first = point.split(" ", 1)[0]
    return point[:1].lower() + point[1:] if first.lower() in LOWER_LEADS else point


LOWER_LEADS = frozenset("the a an my our that how what why when some this these those".split())  # noqa: SIM905


def plain(text: str) -> str:
    """A recorded phrase as it sits inside a sentence: trimmed, no closing full stop."""
    return text.strip().rstrip(".").strip()
