"""Length: a note longer than its kind allows, or too short to say anything.

Sources: seed 002 (a thank-you of five to seven sentences; two or three after
a phone screen); seed 001 (a check-in even briefer, about three sentences);
seed 003 (short paragraphs). Interviewers skim, so every extra sentence
dilutes the one detail that matters. Stock courtesies ("I hope you are
well.", "Thank you for your time.") are not counted as sentences of content;
quoted replies and the signature are not the user's prose at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span
from followup.review.rule import Context, Rule


@dataclass(frozen=True)
class Limits:
    """How long the prose of a kind of message may be, in sentences and words."""

    most_sentences: int
    most_words: int
    least_sentences: int


LIMITS: dict[str, Limits] = {
    # thank-you: 5–7 sentences, about 200 words (002, 003)
    "thank-you": Limits(most_sentences=7, most_words=200, least_sentences=3),
    # a thank-you after a phone screen: 2–3 sentences, one spare (002)
    "phone-screen": Limits(most_sentences=4, most_words=110, least_sentences=2),
    # a check-in: 3–4 sentences (001, 002)
    "check-in": Limits(most_sentences=4, most_words=130, least_sentences=2),
    # a gracious reply to a rejection: thanks, one kind line, the door left open
    "rejection-reply": Limits(most_sentences=5, most_words=150, least_sentences=2),
    # a keep-in-touch note months later: an update and a light ask
    "long-game": Limits(most_sentences=6, most_words=180, least_sentences=2),
    # a handwritten card: the space of a card
    "card": Limits(most_sentences=5, most_words=100, least_sentences=2),
}
PHONE_SCREEN_WORDS = re.compile(
    r"phone[ -]?screen|screening (?:call|interview)|intro(?:ductory)? call|recruiter call", re.I
)
COURTESY = re.compile(
    r"(?:i )?(?:hope|trust) (?:you|this (?:e-?mail|message|note) finds you|your (?:week|day))"
    r"(?: are| is| have been| had| were)?(?: (?:doing|going))?(?: (?:well|great|good))?"
    r"(?: this (?:week|morning|afternoon))?"
    r"|thank(?:s| you)(?: again| so much| very much)*(?: for your (?:time|consideration|help"
    r"|patience)(?: and (?:consideration|attention|help|patience))?)?",
    re.I,
)
ADD_SENTENCE = {
    "thank-you": "Add a sentence on a topic you discussed and how your experience fits it.",
    "check-in": "Add a line on your continued interest and an offer to share anything useful.",
    "rejection-reply": "Add a line thanking them and asking to be kept in mind for future roles.",
    "long-game": "Add a line with a brief update on your work and why you are writing now.",
    "card": "Add a line recalling one moment from your conversation.",
}


def _is_phone_screen(message: Message, context: Context) -> bool:
    if context.stage is not None:
        return context.stage == "phone-screen"
    return bool(
        PHONE_SCREEN_WORDS.search(message.subject_text)
        or PHONE_SCREEN_WORDS.search(message.prose_text)
    )


def limits_for(message: Message, context: Context) -> tuple[str, Limits]:
    """The limits that apply, and what to call the message in a finding."""
    if context.kind == "thank-you" and _is_phone_screen(message, context):
        return "a thank-you after a phone screen", LIMITS["phone-screen"]
    name = {"card": "a card", "long-game": "a keep-in-touch note"}.get(
        context.kind, f"a {context.kind}"
    )
    return name, LIMITS.get(context.kind, LIMITS["thank-you"])


def content_sentences(message: Message) -> list[Span]:
    """The sentences that carry content: stock courtesies ("I hope you are well.") aside."""
    return list(_content_sentences(message))


@lru_cache(maxsize=8)  # the too-long and too-short checks read the same message
def _content_sentences(message: Message) -> tuple[Span, ...]:
    return tuple(
        sentence
        for sentence in message.sentences
        if not COURTESY.fullmatch(message.part(sentence).rstrip(".!").strip())
    )


def _first_extra(sentences: list[Span], message: Message, limits: Limits) -> int:
    """Index of the first sentence beyond either limit (sentences or words)."""
    index = min(limits.most_sentences, len(sentences) - 1)
    if len(message.word_texts) > limits.most_words:
        first_extra_word = message.words[limits.most_words].start
        for position, sentence in enumerate(sentences):
            if sentence.end > first_extra_word:
                return min(index, position)
    return index


def find_too_long(message: Message, context: Context) -> Iterator[Hit]:
    name, limits = limits_for(message, context)
    sentences = content_sentences(message)
    count, words = len(sentences), len(message.word_texts)
    if count <= limits.most_sentences and words <= limits.most_words:
        return
    start = sentences[_first_extra(sentences, message, limits)].start
    yield Hit(
        start,
        sentences[-1].end,
        f"At {count} sentences and {words} words this is long for {name} (at most "
        f"{limits.most_sentences} sentences, courtesies aside, or about {limits.most_words} "
        "words): career advisers warn that busy interviewers skim long notes and miss the point.",
        f"Cut it to {limits.most_sentences} sentences or fewer: keep the thanks, one specific "
        "detail, your fit and a short close, and drop or merge the sentences from here on.",
    )


def find_too_short(message: Message, context: Context) -> Iterator[Hit]:
    name, limits = limits_for(message, context)
    sentences = content_sentences(message)
    if len(sentences) >= limits.least_sentences:
        return
    where = (
        Span(message.sentences[0].start, message.sentences[-1].end)
        if message.sentences
        else (message.greeting or message.body)
    )
    count = len(sentences)
    yield Hit(
        where.start,
        where.end,
        f"With {count} sentence{'s' if count != 1 else ''} of content this is short for {name} "
        f"(at least {limits.least_sentences}): career advisers suggest room for thanks, one "
        "detail from the conversation and a look ahead.",
        ADD_SENTENCE.get(context.kind, ADD_SENTENCE["thank-you"]),
    )


RULES = (
    Rule(
        id="too-long",
        example="(a thank-you of nine sentences and 260 words)",
        severity=Severity.WARNING,
        source="001, 002, 003",
        rationale="Interviewers skim: a note past its kind's length buries its one good detail.",
        check=find_too_long,
    ),
    Rule(
        id="too-short",
        example="Thanks for today. (one sentence)",
        severity=Severity.INFO,
        source="002",
        rationale="A note of one or two lines has no room for a specific detail.",
        check=find_too_short,
    ),
)
