"""Facts of the round: the right company and the right role title.

Sources: 001 warns that naming the wrong company (a slip of candidates
applying to several) reads as carelessness; 000's own example gives the role
as "Communication Manager" in the subject and "Communications Manager" in the
body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, starmap
from typing import NamedTuple

from followup.model import Round
from followup.review.finding import Hit, Severity
from followup.review.message import NAME_PART, Message, Span
from followup.review.names import (
    MONTHS_AND_DAYS,
    bare,
    company_words,
    near_company,
    near_name,
    participant_names,
    stem,
    word_set,
)
from followup.review.rule import Context, Rule


class Token(NamedTuple):
    word: str
    lower: str
    start: int
    end: int
    joined: bool
    """Only spaces lie between this word and the one before (they may form a phrase)."""
    capital: bool


Words = tuple[Token, ...]


NAME_PIECES = re.compile(f"({NAME_PART.pattern})")


@lru_cache(maxsize=8)  # the company and role checks read the same message
def tokens(message: Message) -> tuple[Token, ...]:
    """The user's words in the subject and the prose, with how they join."""
    found: list[Token] = []
    for region in (message.subject, message.prose):
        if region is None:
            continue
        if message.quoted:
            found += _tokens_around_quotes(message, region)
        else:
            found += _region_tokens(message.text, region)
    return tuple(found)


def _region_tokens(text: str, region: Span) -> list[Token]:
    """The words of one region, read in bulk (gap, word, gap, … from one split)."""
    pieces = NAME_PIECES.split(text[region.start : region.end])
    gaps, words = pieces[0::2], pieces[1::2]
    if not words:
        return []
    starts = list(accumulate(map(len, pieces), initial=region.start))[1:-1:2]
    joined = [False, *(not gap.strip(" \t") for gap in gaps[1:-1])]
    if any("'" in word or "’" in word for word in words):
        words = [bare(word) for word in words]
    lowers = [word.lower() for word in words]
    ends = [start + len(word) for start, word in zip(starts, words, strict=True)]
    capitals = [word[:1].isupper() for word in words]
    return list(starmap(Token, zip(words, lowers, starts, ends, joined, capitals, strict=True)))


def _tokens_around_quotes(message: Message, region: Span) -> list[Token]:
    """The words of one region outside quoted lines; a quote cuts the words apart."""
    found: list[Token] = []
    text, previous_end = message.text, -1
    for match in NAME_PART.finditer(text, region.start, region.end):
        start = match.start()
        if not message.is_user_text(start):
            previous_end = -1
            continue
        joined = previous_end >= 0 and not text[previous_end:start].strip(" \t")
        word = bare(match.group())
        found.append(
            Token(word, word.lower(), start, start + len(word), joined, word[:1].isupper())
        )
        previous_end = match.end()
    return found


# --- wrong company ------------------------------------------------------------
def _phrase_at(words: Words, index: int, phrase: tuple[str, ...]) -> bool:
    if index + len(phrase) > len(words):
        return False
    chunk = words[index : index + len(phrase)]
    return all(t.lower == p for t, p in zip(chunk, phrase, strict=True)) and all(
        t.joined for t in chunk[1:]
    )


@dataclass(frozen=True)
class OtherCompany:
    name: str
    phrase: tuple[str, ...]
    """The name's words, lower-cased."""
    short: str | None
    """The telling first word alone ("Brightline"), when it cannot be this company's."""


@lru_cache(maxsize=256)
def other_companies(company: str, others: tuple[str, ...]) -> tuple[OtherCompany, ...]:
    """The other companies applied to, as words to look for (not those inside this one's name)."""
    ours = {w.lower() for w in NAME_PART.findall(company)}
    found = []
    for other in others:
        phrase = tuple(w.lower() for w in NAME_PART.findall(other))
        if not phrase or set(phrase) <= ours:
            continue
        own = company_words(other)
        short = own[0] if own and own[0].lower() not in ours and len(own[0]) >= 4 else None
        found.append(OtherCompany(other, phrase, short))
    return tuple(found)


def _other_company_at(
    words: Words, index: int, others: tuple[OtherCompany, ...]
) -> tuple[str, int] | None:
    """The other company named from `words[index]` on, and how many words it takes."""
    for other in others:
        if _phrase_at(words, index, other.phrase):
            return other.name, len(other.phrase)
        if other.short is not None and words[index].word == other.short:
            return other.name, 1
    return None


def _company_hit(start: int, end: int, named: str, why: str, company: str) -> Hit:
    return Hit(
        start,
        end,
        f"{named!r} {why}. Advisers single out the wrong company name as the slip of people "
        "applying to several jobs at once; it tells the reader the note was not written for them.",
        f"Replace {named!r} with {company!r}.",
    )


def _may_name_a_company_wrongly(
    message: Message, record: Round, others: tuple[OtherCompany, ...]
) -> bool:
    """The quick look: another company's first word, or a near-miss of this one's, is there."""
    forms = {bare(word) for word in message.word_forms}
    lowered = {form.lower() for form in forms}
    for other in others:
        if other.phrase[0] in lowered or (other.short is not None and other.short in forms):
            return True
    return any(near_company(form, record) is not None for form in forms)


def find_wrong_companies(message: Message, context: Context) -> Iterator[Hit]:
    record = context.record
    assert record is not None
    others = other_companies(record.company, record.other_companies)
    if not _may_name_a_company_wrongly(message, record, others):
        return
    words, people, index = tokens(message), participant_names(record), 0
    while index < len(words):
        token, other = words[index], _other_company_at(words, index, others)
        if other is not None:
            company, size = other
            end = words[index + size - 1].end
            why = f"is another company you applied to, not {record.company}"
            yield _company_hit(token.start, end, message.text[token.start : end], why, company)
            index += size
            continue
        slip = near_company(token.word, record)
        if slip is not None and near_name(token.word, people) is None:
            why = f"misspells {slip!r} of {record.company}"
            yield _company_hit(token.start, token.end, token.word, why, slip)
        index += 1


# --- wrong role ---------------------------------------------------------------
ROLE_NOUNS = word_set("role position job opening post vacancy title opportunity")
TITLE_WORDS = word_set(
    "manager engineer developer analyst scientist designer director lead senior junior"
    " principal staff head specialist coordinator consultant associate assistant officer"
    " architect administrator representative executive intern president vp partner strategist"
    " writer editor producer accountant advisor adviser technician supervisor researcher"
    " programmer marketer recruiter nurse teacher counsel attorney lawyer"
)
NOT_ROLE = word_set(
    "interview interviews thank thanks you re fw fwd following follow up the a an your our my"
    " at for of with on"
)
APPLICATION_WORDS = word_set("application applications candidacy process")
OWN_JOB = word_set("current previous former currently present past")


def _fits_role(token: Token, role_stems: dict[str, str]) -> bool:
    if stem(token.word) in role_stems or token.lower in TITLE_WORDS:
        return True
    return token.capital and token.lower not in NOT_ROLE and token.lower not in MONTHS_AND_DAYS


def _runs(words: Words, role_stems: dict[str, str]) -> Iterator[tuple[int, int]]:
    """(first, last) indexes of runs of role-like words joined by spaces only."""
    first = None
    for index, token in enumerate(words):
        fits = _fits_role(token, role_stems)
        if first is not None and not (fits and token.joined):
            yield first, index - 1
            first = None
        if fits and first is None:
            first = index
    if first is not None:
        yield first, len(words) - 1


def _trimmed(words: Words, first: int, last: int, skip: frozenset[str]) -> tuple[int, int]:
    """The run without company words, names and generic words at either end."""
    while first <= last and words[first].lower in skip:
        first += 1
    while last >= first and words[last].lower in skip:
        last -= 1
    return first, last


def _is_role_mention(words: Words, first: int, last: int, role: list[str]) -> bool:
    """Enough of the role's words (in any form), ending in a title word or before "role"."""
    role_stems = {stem(w) for w in role}
    covered = {stem(t.word) for t in words[first : last + 1]} & role_stems
    if not covered or len(covered) * 2 < len(role_stems):
        return False
    head, after = words[last], words[last + 1] if last + 1 < len(words) else None
    if head.lower in TITLE_WORDS or head.lower == role[-1]:
        return True
    return after is not None and after.joined and after.lower in ROLE_NOUNS


def _skip_words(record: Round) -> frozenset[str]:
    companies = (record.company, *record.other_companies)
    skip = {w.lower() for c in companies for w in NAME_PART.findall(c)}
    names = {n.lower() for n in participant_names(record)}
    return frozenset(skip | names | NOT_ROLE | ROLE_NOUNS | APPLICATION_WORDS)


def role_mentions(message: Message, record: Round) -> Iterator[Span]:
    """Where the message names a role that is not the recorded one."""
    role = [w.lower() for w in NAME_PART.findall(record.role)]
    if not role:
        return
    titles = {p.title.lower() for p in record.interviewers if p.title}
    words, skip = tokens(message), _skip_words(record)
    for run in _runs(words, {stem(w): w for w in role}):
        first, last = _trimmed(words, *run, skip)
        if first > last or not _is_role_mention(words, first, last, role):
            continue
        said = [t.lower for t in words[first : last + 1]]
        before = {t.lower for t in words[max(0, first - 5) : first]}
        if set(said) <= set(role) or " ".join(said) in titles or before & OWN_JOB:
            continue
        yield Span(words[first].start, words[last].end)


def find_wrong_roles(message: Message, context: Context) -> Iterator[Hit]:
    record = context.record
    assert record is not None
    for span in role_mentions(message, record):
        named = message.part(span)
        yield Hit(
            span.start,
            span.end,
            f"{named!r} is not the title of the role you interviewed for ({record.role!r}). "
            "A title that is off, even by a letter as in seed 000's own example, suggests a "
            "copied note; advisers expect the exact role named.",
            f"Write {record.role!r}.",
        )


RULES = (
    Rule(
        id="wrong-company",
        example="I would love to join Brightline — in a note to Halvorsen Analytics",
        severity=Severity.ERROR,
        source="001",
        rationale="Naming another company, or misspelling this one, shows a copied note.",
        check=find_wrong_companies,
        needs_context=True,
    ),
    Rule(
        id="wrong-role",
        example="the Communication Manager role — recorded as Communications Manager",
        severity=Severity.WARNING,
        source="000, 003",
        rationale="The role title must be the one recorded, word for word.",
        check=find_wrong_roles,
        needs_context=True,
    ),
)
