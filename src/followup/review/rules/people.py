"""People's names: the greeting names the recipient, and every name is spelled right.

Sources: 001 counts a misspelled interviewer name and a note sent to the wrong
person among the errors that sink a candidacy; 003 sets the form of the
greeting (honorific and family name, the first name only when it was offered).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from followup.model import Honorific, Interviewer, Round
from followup.review.finding import Hit, Severity
from followup.review.message import NAME_PART, Message, Span
from followup.review.names import (
    HONORIFICS,
    MONTHS_AND_DAYS,
    bare,
    english_frequency,
    follows_honorific,
    is_common_word,
    is_nickname,
    name_parts,
    near_name,
    participant_names,
    starts_sentence,
    word_set,
)
from followup.review.rule import Context, Rule

NOT_NAMES = word_set(
    "dear hi hello hey hiya good morning afternoon evening greetings to whom it may concern"
    " sir madam all everyone there team hiring manager managers recruiter recruiting committee"
    " panel members colleagues folks friends interviewer interviewers search selection hr talent"
    " acquisition people and the of again"
)
SAME_HONORIFIC = {"mister": "mr", "doctor": "dr", "professor": "prof", "madam": "ms"}
FEMININE, MASCULINE = {"ms", "mrs", "miss"}, {"mr"}
CLASH = {  # recorded honorific -> honorifics a greeting must not use for that person
    Honorific.MR: FEMININE | {"mx", "dr"},
    Honorific.MS: MASCULINE | {"mx", "dr"},
    Honorific.MX: FEMININE | MASCULINE | {"dr"},
    Honorific.DR: FEMININE | MASCULINE | {"mx"},
}
LIST_MARK = re.compile(r"[,&/+]")


@dataclass(frozen=True)
class GreetedName:
    """One person named in the greeting: an optional honorific and the name words."""

    honorific: str | None
    words: tuple[str, ...]
    span: Span


def _name_like(word: str, record: Round) -> bool:
    lowered = word.lower()
    return (
        word[:1].isupper()
        and lowered not in NOT_NAMES
        and lowered not in MONTHS_AND_DAYS
        and lowered not in {w.lower() for w in NAME_PART.findall(record.company)}
    )


def greeted_names(message: Message, record: Round) -> list[GreetedName]:
    """The people the greeting names ("Dear Dr. Vasquez and Mr. Okafor," gives two)."""
    greeting, text = message.greeting, message.text
    if greeting is None or any(c in message.part(greeting) for c in "[{<"):
        return []
    names: list[GreetedName] = []
    honorific: str | None = None
    words: list[str] = []
    start = end = previous_end = greeting.start
    for match in NAME_PART.finditer(text, greeting.start, greeting.end):
        word = match.group()
        if words and (word.lower() == "and" or LIST_MARK.search(text, previous_end, match.start())):
            names.append(GreetedName(honorific, tuple(words), Span(start, end)))
            honorific, words = None, []
        previous_end = match.end()
        if word.lower() in HONORIFICS:
            honorific, start = SAME_HONORIFIC.get(word.lower(), word.lower()), match.start()
        elif _name_like(word, record):
            start = start if words or honorific else match.start()
            words.append(bare(word))
            end = match.end()
    if words:
        names.append(GreetedName(honorific, tuple(words), Span(start, end)))
    return names


def _is_recipient_word(word: str, recipient: Interviewer) -> bool:
    parts = name_parts(recipient.name)
    lowered, given = word.lower(), parts[0].lower() if parts else ""
    if any(lowered == part.lower() for part in parts) or near_name(word, frozenset(parts)):
        return True
    return is_nickname(lowered, given)


def _whose(name: GreetedName, record: Round) -> Interviewer | None:
    """The participant all of whose name these words are (maybe misspelled), if any."""
    for person in record.interviewers:
        parts = frozenset(name_parts(person.name))
        lowered = {p.lower() for p in parts}
        if all(w.lower() in lowered or near_name(w, parts) for w in name.words):
            return person
    return None


def _form_problem(name: GreetedName, recipient: Interviewer) -> str | None:
    """What is wrong with how the recipient is greeted, or None."""
    parts = name_parts(recipient.name)
    if name.honorific is None or len(parts) < 2:
        return None
    if name.words == (parts[0],) and parts[0] != parts[-1]:
        return f"an honorific goes with the family name, not the given name {parts[0]!r}"
    recorded = recipient.honorific
    if recorded is not None and name.honorific in CLASH.get(recorded, set()):
        return f"{recipient.name} is recorded as {recorded.value}, not {name.honorific.title()}."
    return None


def proper_greeting(recipient: Interviewer, formal: bool) -> str:
    parts = name_parts(recipient.name)
    if not parts:
        return recipient.name
    if recipient.first_name_basis and not formal:
        return parts[0]
    honorific = recipient.honorific
    if honorific is not None and honorific is not Honorific.NONE:
        return f"{honorific.value} {parts[-1]}"
    return " ".join(parts)


def wrong_greetings(message: Message, context: Context) -> Iterator[tuple[GreetedName, str]]:
    """Each greeted name that is not the recipient (or the recipient named wrongly), and why."""
    record, recipient = context.record, context.recipient
    if record is None or recipient is None:
        return
    names = greeted_names(message, record)
    ours = [n for n in names if all(_is_recipient_word(w, recipient) for w in n.words)]
    for name in names:
        if name in ours:
            problem = _form_problem(name, recipient)
            if problem:
                yield name, problem
            continue
        person = _whose(name, record)
        if person is not None and ours:
            continue  # a joint greeting that also names the recipient
        yield (
            name,
            (f"{person.name} is another person you met" if person else "that is not their name"),
        )


def find_wrong_names(message: Message, context: Context) -> Iterator[Hit]:
    recipient = context.recipient
    if recipient is None:
        return
    for name, why in wrong_greetings(message, context):
        named = message.text[name.span.start : name.span.end]
        right = proper_greeting(recipient, formal=name.honorific is not None)
        yield Hit(
            name.span.start,
            name.span.end,
            f"The greeting says {named!r} but this note goes to {recipient.name} ({why}). "
            "Career advisers count a note to the wrong person, or the right person misnamed, "
            "among the mistakes that read as carelessness.",
            f"Replace {named!r} with {right!r}.",
        )


# --- misspelled names ---------------------------------------------------------
def _known_words(context: Context) -> frozenset[str]:
    record = context.record
    assert record is not None
    found = _record_words(record)
    return found | {w.lower() for w in context.known_words} if context.known_words else found


@lru_cache(maxsize=64)
def _record_words(record: Round) -> frozenset[str]:
    """The words of the company, role, titles and skills: never a misspelled name."""
    words = [record.company, record.role, *record.other_companies]
    words += [person.title or "" for person in record.interviewers]
    if record.candidate is not None:
        words += record.candidate.skills
    return frozenset(w.lower() for text in words for w in NAME_PART.findall(text))


def _regions(message: Message) -> list[tuple[Span, str]]:
    """Where names may be written: the prose, the subject, the signature's name line."""
    regions = [(message.prose, "prose")]
    if message.subject is not None:
        regions.append((message.subject, "subject"))
    signature = message.signature
    if signature is not None:
        text = message.part(signature)
        head = len(text) - len(text.lstrip())
        line_end = text.find("\n", head)
        end = signature.start + (len(text) if line_end < 0 else line_end)
        regions.append((Span(signature.start + head, end), "signature"))
    return regions


PREVIOUS_WORD = re.compile(r"(\S+) $")
LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _in_proper_noun(text: str, match: re.Match[str], names: frozenset[str]) -> bool:
    """Whether a capitalised word sits in a run of them ("Visual Studio Code", "Long Island")."""
    before = PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
    after = (
        NAME_PART.match(text, match.end() + 1)
        if text[match.end() : match.end() + 1] == " "
        else None
    )
    neighbours = [w.group(1 if w is before else 0) for w in (before, after) if w is not None]
    return any(w[:1].isupper() and bare(w) not in names for w in neighbours)


def _is_slip(
    message: Message, match: re.Match[str], region: Span, where: str, names: frozenset[str]
) -> bool:
    """Whether a word close to a name is a slip of it here, not an ordinary word."""
    word, text = bare(match.group()), message.text
    if where == "greeting" or follows_honorific(text, match.start()):
        return True
    if not word[:1].isupper():
        return english_frequency(word) == 0
    if not is_common_word(word):
        return True
    sentence_start = where != "prose" or starts_sentence(text, match.start(), region.start)
    return not sentence_start and not _in_proper_noun(text, match, names)


def _candidates(message: Message, context: Context) -> Iterator[tuple[re.Match[str], Span, str]]:
    """Each user word that may be a name, with its region and the region's kind."""
    greeting, record = message.greeting, context.record
    if greeting is not None and record is not None:
        for match in NAME_PART.finditer(message.text, greeting.start, greeting.end):
            if _name_like(match.group(), record):
                yield match, greeting, "greeting"
    for region, where in _regions(message):
        links = [m.span() for m in LINK.finditer(message.text, region.start, region.end)]
        for match in NAME_PART.finditer(message.text, region.start, region.end):
            if any(start <= match.start() < end for start, end in links):
                continue  # "github.com/priya-r", "priya-r@example.com": handles, not names
            if where == "signature" or message.is_user_text(match.start()):
                yield match, region, where


def _plural_of(word: str, name: str) -> bool:
    return word.lower() in {name.lower() + "s", name.lower() + "es"}


def _may_misspell_a_name(message: Message, names: frozenset[str], known: frozenset[str]) -> bool:
    """The quick look: some word of the text is a near-miss of a name."""
    for form in message.word_forms:
        word = bare(form)
        lowered = word.lower()
        if lowered in known or lowered in MONTHS_AND_DAYS:
            continue
        if near_name(word, names) is not None:
            return True
    return False


def find_misspelled_names(message: Message, context: Context) -> Iterator[Hit]:
    names = participant_names(context.record)
    known = _known_words(context)
    if not _may_misspell_a_name(message, names, known):
        return
    wrong = [name.span for name, _ in wrong_greetings(message, context)]
    for match, region, where in _candidates(message, context):
        word = bare(match.group())
        if word.lower() in known or word.lower() in MONTHS_AND_DAYS:
            continue
        name = near_name(word, names)
        if name is None or _plural_of(word, name):
            continue
        if any(span.contains(match.start()) for span in wrong):
            continue
        if not _is_slip(message, match, region, where, names):
            continue
        yield Hit(
            match.start(),
            match.start() + len(word),
            f"{word!r} looks like a misspelling of {name!r}. A misspelled name is the slip "
            "readers notice first, and advisers warn it reads as carelessness about the job too.",
            f"Write {name!r}.",
        )


RULES = (
    Rule(
        id="wrong-name",
        example="Dear Dr. Vasquez, — in a note to Marcus Okafor",
        severity=Severity.ERROR,
        source="001, 003",
        rationale="A greeting that names someone else shows the note was copied or misaddressed.",
        check=find_wrong_names,
        needs_context=True,
    ),
    Rule(
        id="misspelled-name",
        example="Dear Mr. Okafur, — for Marcus Okafor",
        severity=Severity.ERROR,
        source="001, 003",
        rationale="A misspelled name of the interviewer is the slip readers notice first.",
        check=find_misspelled_names,
        needs_context=True,
    ),
)
