"""Spelling: words that neither the English dictionary nor the record knows.

Source: 003 (proofread for spelling and grammar before sending; a slip is what
a careful reader notices first).

A word is accepted when the lexicon knows it (pyspellchecker's English
dictionary, loaded on first use, and the terms list in `data/terms.txt`; see
`followup.review.lexicon`), or when the round's record or the user's own
dictionary uses it. Links, addresses, handles, tags, code-like tokens,
acronyms, [slots], quoted replies and the signature are not read. A
capitalised word inside a sentence is taken for a name and left alone, and so
is a near-miss of a participant's name or of the company: `misspelled-name`
and `wrong-company` report those, so a slip is reported once. Slang is left
to `overly-familiar`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from followup.model import Round
from followup.review.finding import Hit, Severity
from followup.review.lexicon import POSSESSIVE, base_forms, correction, is_allowed, is_known
from followup.review.message import Message, Span
from followup.review.names import near_company, near_name, participant_names
from followup.review.rule import Context, Rule
from followup.review.rules.familiar import SLANG_WORDS

LETTER = "A-Za-z\u00c0-\u024f"
TOKEN = re.compile(
    r"\[[^\[\]\n]{0,80}\]|\{[^{}\n]{0,80}\}|<[^<>\n]{0,200}>"  # [slots], {slots}, <links>
    r"|(?:https?://|ftp://|www\.)\S+"  # links
    r"|(?<![\w@#])[@#][\w-]+"  # @handles, #tags
    r"|(?<!\S)[^\s\d_@]*[\d_@]\S*"  # digits, underscores, addresses: 3rd, Q3, snake_case
    rf"|(?<!\S)[^\s.]*[{LETTER}]\.[{LETTER}]\S*"  # dotted: e.g., Node.js, example.com
    rf"|(?P<word>[{LETTER}]+(?:['’-][{LETTER}]+)*)"
)
NAME_WORD = re.compile(rf"[{LETTER}]+(?:['’][{LETTER}]+)*")
WORD = re.compile(rf"[{LETTER}]+(?:['’-][{LETTER}]+)*")
"""A word as `TOKEN` reads it (its last alternative), wherever it stands."""
NEXT_CAPITAL = re.compile(r",?[ \t]+(?!I\b)[A-Z]")  # "Halvorsen Analytics": a name
ELONGATED = re.compile(r"(.)\1\1")
SENTENCE_END = ".!?:…"
BEFORE_WORD = " \t\r\"'“‘([*•–—-"
PREFIX_WORDS = (
    "anti bi co counter cross de e ex hyper inter macro meta micro mid multi neo non over "
    "post pre pro proto pseudo re semi sub super tri ultra un under x"
)
PREFIXES = frozenset(PREFIX_WORDS.split())
SLANG = SLANG_WORDS  # exactly what `overly-familiar` reports, so a slang word is reported once
CORRECTION_LIMIT = 50  # distinct unknown words per message given a suggestion
TWO_EDITS_LIMIT = 10  # distinct words per message searched two edits deep


def _lower_words(text: str) -> set[str]:
    words = set()
    for match in TOKEN.finditer(text):
        if word := match.group("word"):
            word = word.lower().replace("’", "'")
            words.add(word)
            words.update(word.split("-"))
    return words


@lru_cache(maxsize=64)
def _record_words(record: Round) -> frozenset[str]:
    """Every word the record uses: names, company, role, titles, skills, topics, notes."""
    notes = record.notes
    texts = [record.company, record.role, *record.other_companies, *notes.questions]
    texts += [*notes.went_well, *notes.missed, *notes.moments, *notes.signals]
    for person in record.interviewers:
        texts += [person.name, person.title or "", *person.topics, *person.moments]
        texts += person.questions
    if record.candidate is not None:
        texts += [record.candidate.name, *record.candidate.skills, *record.candidate.achievements]
    texts += [event.text for event in record.events if event.text]
    if isinstance(record.timeline, str):
        texts.append(record.timeline)
    return frozenset(_lower_words("\n".join(texts)))


@lru_cache(maxsize=64)
def _user_words(known_words: frozenset[str]) -> frozenset[str]:
    return frozenset(_lower_words("\n".join(known_words)))


def _segments(message: Message) -> Iterator[tuple[Span, bool]]:
    """The user's own text to read: the subject, then the prose minus quoted lines."""
    if message.subject is not None:
        yield message.subject, True
    start = message.prose.start
    for quote in sorted(message.quoted, key=lambda span: span.start):
        if quote.start > start:
            yield Span(start, min(quote.start, message.prose.end)), False
        start = max(start, quote.end)
    if start < message.prose.end:
        yield Span(start, message.prose.end), False


def _checkable(part: str) -> bool:
    """Not an acronym ("SQL", "APIs"), camelCase ("GitHub", "McKinsey") or a single letter."""
    return len(part) > 1 and part[1:].islower()


def _words(text: str, segment: Span) -> Iterator[tuple[int, str]]:
    """(start, word) for each word to check; a hyphenated word gives each part."""
    for match in TOKEN.finditer(text, segment.start, segment.end):
        whole = match.group("word")
        if not whole:
            continue
        if "-" not in whole:
            if _checkable(whole):
                yield match.start(), whole
            continue
        lower = whole.lower().replace("’", "'")
        if is_known(lower) or is_known(lower.replace("-", "")):
            continue
        parts = whole.split("-")
        offset = match.start()
        for index, part in enumerate(parts):
            is_prefix = index < len(parts) - 1 and part.lower() in PREFIXES
            if _checkable(part) and not is_prefix:
                yield offset, part
            offset += len(part) + 1


def _starts_sentence(text: str, start: int, floor: int) -> bool:
    """Whether a word opens a sentence (or the segment, or a paragraph)."""
    index, newlines = start - 1, 0
    while index >= floor and (text[index] in BEFORE_WORD or text[index] == "\n"):
        newlines += text[index] == "\n"
        index -= 1
    return index < floor or text[index] in SENTENCE_END or newlines >= 2


def _is_slip(word: str, lower: str, allowlist: frozenset[str], context: Context) -> bool:
    """An unknown word: not slang, a term, a record word, or a slip of a name or the company.

    The name rules report near-misses of names ("Okafur", "Halverson"), so a
    slip is reported once.
    """
    if is_known(lower) or lower in SLANG or ELONGATED.search(lower) or is_allowed(lower, allowlist):
        return False
    if context.record is None:
        return True
    bare = POSSESSIVE.sub("", word.replace("’", "'"))
    names = participant_names(context.record)
    return near_name(bare, names) is None and near_company(bare, context.record) is None


def _proper_nouns(message: Message) -> set[str]:
    """Capitalised words of the greeting and signature: the names the message uses."""
    found: set[str] = set()
    for span in (message.greeting, message.sign_off, message.signature):
        found.update(w.lower().replace("’", "'") for w in NAME_WORD.findall(message.part(span)))
    return found


@lru_cache(maxsize=1 << 16)
def _fine_anywhere(word: str) -> bool:
    """Whether `word` (as written) can be no slip whatever the record: too short or known.

    The same test `_words` and `_is_slip` make, less what depends on the
    round (the allowlist, the names): a known word is known everywhere.
    """
    if "-" not in word:
        return not _checkable(word) or is_known(word.lower().replace("’", "'"))
    lower = word.lower().replace("’", "'")
    if is_known(lower) or is_known(lower.replace("-", "")):
        return True
    parts = word.split("-")
    return all(
        not _checkable(part)
        or (index < len(parts) - 1 and part.lower() in PREFIXES)
        or is_known(part.lower().replace("’", "'"))
        for index, part in enumerate(parts)
    )


def _may_hold_slips(text: str, segment: Span) -> bool:
    """Whether a word of `segment` may be unknown: the quick look before the careful one.

    Every word `_words` reads is one of `WORD`'s matches, so when each of
    those is known (or too short to check), the segment holds no slip.
    """
    return not all(
        _fine_anywhere(word) for word in set(WORD.findall(text, segment.start, segment.end))
    )


def _unknown_words(message: Message, context: Context) -> list[tuple[int, str]]:
    """(start, word) of each unknown word of the user's text, in order."""
    text = message.text
    segments = [(s, subject) for s, subject in _segments(message) if _may_hold_slips(text, s)]
    if not segments:
        return []
    allowlist = _user_words(context.known_words)
    if context.record is not None:
        allowlist |= _record_words(context.record)
    found, pending = [], []
    proper: set[str] | None = None
    for segment, is_subject in segments:
        for start, word in _words(text, segment):
            lower = word.lower().replace("’", "'")
            if not _is_slip(word, lower, allowlist, context):
                continue
            if not word[0].isupper():
                found.append((start, word))
            elif is_subject or (
                _starts_sentence(text, start, segment.start)
                and not NEXT_CAPITAL.match(text, start + len(word))
            ):
                pending.append((start, word))
            else:  # a capitalised word inside a sentence: a name, a product, a place
                proper = proper if proper is not None else _proper_nouns(message)
                proper.update(base_forms(lower))
    if pending:
        proper = proper if proper is not None else _proper_nouns(message)
        found += [
            (start, word)
            for start, word in pending
            if not any(f in proper for f in base_forms(word.lower().replace("’", "'")))
        ]
    return sorted(found)


def _as_written(word: str, fix: str) -> str:
    return fix[0].upper() + fix[1:] if word[0].isupper() else fix


def find_misspellings(message: Message, context: Context) -> Iterator[Hit]:
    """Each unknown word; the first distinct ones with the likeliest correction."""
    fixes: dict[str, str | None] = {}
    for start, word in _unknown_words(message, context):
        lower = word.lower().replace("’", "'")
        if lower not in fixes and len(fixes) < CORRECTION_LIMIT:
            fixes[lower] = correction(lower, len(fixes) < TWO_EDITS_LIMIT)
        fix = fixes.get(lower)
        yield _hit(start, word, None if fix is None else _as_written(word, fix))


def _hit(start: int, word: str, fix: str | None) -> Hit:
    why = (
        "A spelling slip is the first thing a careful reader notices, and career advisers "
        "urge proofreading every follow-up before it goes."
    )
    if fix is None:
        return Hit(
            start,
            start + len(word),
            f"'{word}' is not in the dictionary. {why}",
            f"Check the spelling of '{word}' (or add it to your dictionary if it is right).",
        )
    return Hit(
        start,
        start + len(word),
        f"'{word}' is not in the dictionary; did you mean '{fix}'? {why}",
        f"Replace '{word}' with '{fix}' (or add the word to your dictionary if it is right).",
    )


RULES = (
    Rule(
        id="spelling",
        example="I beleive my experiance fits the role.",
        severity=Severity.WARNING,
        source="003",
        rationale="A misspelt word is the slip a careful reader notices first.",
        check=find_misspellings,
    ),
)
