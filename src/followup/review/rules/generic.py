"""Generic notes: nothing in the message shows it was written after this conversation.

Sources: every seed (000, 001, 002, 003, 004) names the generic, template-like
note as the commonest mistake and asks for one specific detail: a topic, a
problem the team faces, a moment you shared. With the record, the note must
refer to one of the recipient's recorded topics, moments or questions (word
forms and paraphrase allowed); without it, it must hold at least one sentence
with concrete content beyond stock phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.model import Interviewer, Round
from followup.review.finding import Hit, Severity
from followup.review.message import NAME_PART, WORD, Message, Span
from followup.review.names import MONTHS_AND_DAYS, stem, word_set
from followup.review.rule import Context, Rule

STOP_WORDS = word_set(
    "a an the of to for on in at with and or but nor about your you my our his her their its we"
    " i me us it this that these those how what which who whom during from into onto by as be is"
    " are was were been being am have has had do does did will would can could should may might"
    " must shall not no so very really just also more most some any all each every other such than"
    " then there here when where why while if because up down out over under again further once"
    " only own same too both few many much one two him them they she he yours ours s t don d ll"
    " m re ve today yesterday tomorrow week morning afternoon evening soon still even well"
)
STOCK_WORDS = word_set(
    "thank thanks thankful grateful gratitude appreciate appreciated appreciation time taking take"
    " took interview interviewing interviewer conversation conversations discussion discussing"
    " discussed discuss talk talking talked speak speaking spoke chat chatting meet meeting met"
    " call role position job opportunity opportunities company organization organisation firm"
    " team teams department business work working career application candidate candidacy"
    " process hiring step steps next learn learning learned more hear hearing heard forward look"
    " looking enjoy enjoyed enjoying great good wonderful pleasure excited exciting excitement"
    " enthusiastic enthusiasm interest interested interesting passion passionate eager keen"
    " fit strong confident confidence believe think feel sure certain truly genuinely highly"
    " experience experiences skill skills skillset background qualification qualifications"
    " contribute contribution contributions success successful help value values valuable"
    " asset addition join joining part make makes made bring bringing offer provide providing"
    " information further additional hesitate contact reach questions question need needs"
    " consideration considering consider again once best regards sincerely kind warm hope"
    " hoping wish wanted want would like love able possibility potential align aligns aligned"
    " reinforced reinforce confirm confirmed impressed impressive insight insights insightful"
    " mission vision culture environment day everyone people person you everything things thing"
    " lot much overall incredibly particularly especially definitely certainly absolutely"
    " follow following followed update updates timeline decision touch ideal perfect perfectly"
    " match matches idea ideas know knowing let share sharing described describe describing"
    " explained explaining explain told tell telling showed show mentioned mention new"
    " exciting real detail details please anything else now doing done earlier later recently goal"
    " goals department remain remains remaining opening openings thrive succeed excel grow growth"
    " growing challenge challenges challenging approach plan plans project projects initiative"
    " initiatives industry field space chance visit colleagues staff members group regarding"
    " responsibilities responsibility duties collaborative collaboration innovative innovation"
    " dynamic supportive professional professionalism glad happy honored honoured privilege"
    " today's yesterday's attention effort efforts energy insightful fantastic amazing excellent"
    " positive productive informative engaging enjoyable delightful say welcome weekend"
)
STOCK_STEMS = frozenset(stem(w) for w in STOCK_WORDS)
STOCK_ACRONYMS = word_set("HR CEO CTO CFO COO VP PM OK US UK USA")
ROLE_NOUNS = word_set("role roles position job opening team interview department")
SLOT = re.compile(r"\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>")  # template slots are not details
TECHNICAL = re.compile(r"\d|[A-Z]{2,}|[a-z][A-Z]")  # "K-12", "Q3", "CRM", "PostgreSQL"
LONG_STEM = 6


def content_stems(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    """The stems of the words of `text` that are not stop words (stock words kept)."""
    bases = (w.lower().replace("’", "'").split("'")[0] for w in WORD.findall(text))
    return {stem(w) for w in bases if w not in STOP_WORDS} - ignore


def _record_stems(record: Round) -> frozenset[str]:
    """Role and company words: naming them is not a detail of the conversation."""
    words = NAME_PART.findall(f"{record.role} {record.company}")
    return frozenset(stem(w) for w in words)


def details(record: Round, recipient: Interviewer | None) -> list[str]:
    """The recorded topics, moments and questions of this recipient (or of everyone)."""
    people = [recipient] if recipient is not None else list(record.interviewers)
    found = [d for p in people for d in (*p.topics, *p.moments, *p.questions)]
    return found + list(record.notes.moments)


def refers_to(detail: set[str], said: set[str]) -> bool:
    """Whether the message refers to a detail: two shared words, or one telling one.

    At least one shared word must be more than a stock word ("batch jobs" shares
    "job", a stock word, and "batch"); a single one must be long or be most of
    a short detail ("dog" for "his dog barking").
    """
    shared = detail & said
    telling = shared - STOCK_STEMS
    if not telling:
        return False
    short = len(detail - STOCK_STEMS) <= 2
    return len(shared) >= 2 or short or any(len(word) >= LONG_STEM for word in telling)


def _user_prose(message: Message) -> str:
    """The prose without quoted lines (blanked so offsets stay put)."""
    chars = list(message.prose_text)
    for span in message.quoted:
        for index in range(max(span.start, message.prose.start), min(span.end, message.prose.end)):
            chars[index - message.prose.start] = " "
    return "".join(chars)


def _proper_nouns(words: list[str]) -> list[str]:
    """Capitalised words after the first, less role titles ("the Sales Lead job") and dates."""
    found: list[str] = []
    run: list[str] = []
    for word in [*words[1:], ""]:
        if word[:1].isupper() and len(word.split("'")[0]) > 1 and word not in STOCK_ACRONYMS:
            run.append(word)
            continue
        if word.lower() not in ROLE_NOUNS:
            found += [w for w in run if w.lower() not in MONTHS_AND_DAYS]
        run = []
    return found


def _specific_sentence(message: Message, sentence: Span) -> bool:
    """A sentence with concrete content: two content words, a long one, or a technical term."""
    if not message.is_user_text(sentence.start):
        return False
    words = WORD.findall(SLOT.sub(" ", message.part(sentence)))
    stems = content_stems(" ".join(w for w in words if w[:1].islower())) - STOCK_STEMS
    if len(stems) >= 2 or any(len(s) >= LONG_STEM + 2 for s in stems):
        return True
    names = _proper_nouns(words)
    return any(TECHNICAL.search(w) for w in names) or bool(stems and names)


def _where(message: Message) -> Span:
    """The first sentence of the prose: where a concrete detail belongs."""
    for sentence in message.sentences:
        text = message.part(sentence)
        start = sentence.start + len(text) - len(text.lstrip())
        end = sentence.start + len(text.rstrip())
        if end > start:
            return Span(start, end)
    span = message.greeting or message.subject or message.body
    return span if len(span) > 0 else Span(0, len(message.text))


def _hit(message: Message, why: str, suggestion: str) -> Hit:
    span = _where(message)
    return Hit(
        span.start,
        span.end,
        f"{why} Every source on follow-up notes names the generic, could-be-anyone note as the "
        "commonest mistake: it reads as a template.",
        suggestion,
    )


def find_generic(message: Message, context: Context) -> Iterator[Hit]:
    record = context.record
    recorded = details(record, context.recipient) if record is not None else []
    if record is not None and recorded:
        said = content_stems(_user_prose(message), _record_stems(record))
        ignore = _record_stems(record)
        if any(refers_to(content_stems(d, ignore), said) for d in recorded):
            return
        who = context.recipient.name if context.recipient else "the people you met"
        yield _hit(
            message,
            f"The note mentions none of what you recorded about {who} ({'; '.join(recorded[:3])}).",
            f"Add one sentence that picks up a detail you noted, such as {recorded[0]!r}, and "
            "ties it to your experience.",
        )
        return
    if context.kind == "card":
        return  # a short card without a record: nothing to hold it to
    if not any(_specific_sentence(message, s) for s in message.sentences):
        yield _hit(
            message,
            "Nothing in the note is specific to this interview: only stock phrases.",
            "Add one sentence about something you discussed, e.g. a problem the team faces "
            "and how your experience bears on it.",
        )


RULES = (
    Rule(
        id="generic",
        example="Thank you for your time; it was a great opportunity to learn more.",
        severity=Severity.WARNING,
        source="000, 001, 002, 003, 004",
        rationale="A note with no specific detail of the conversation reads as a template.",
        check=find_generic,
        kinds=("thank-you", "card"),
    ),
)
