"""A vague subject line: none at all, or only stock words ("Checking in", "Thank you!").

Source: seed 003 (the subject is what the interviewer sees first; it should
name the candidate, the role and the interview, never only "Checking in" or
"Just following up"). A handwritten card has no subject, so the rule skips
cards; a reply ("Re: ...") keeps the thread's subject, so it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span, word_set
from followup.review.rule import Context, Rule

REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv)\s*:", re.I)
FORWARD_PREFIX = re.compile(r"^\s*(?:fwd?|fw)\s*:\s*", re.I)
SUBJECT_WORD = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\d|[^\W\d_]+(?:['’][^\W\d_]+)*")
GENERIC_WORDS = word_set(
    """
    a about again all an and any appreciate appreciated appreciation are base call chat check
    checked checking conversation did follow followed following followup for from fyi good great
    greetings hello hey hi hiya hope i in interview is it just me meeting much my nice note of
    on opportunity our position question questions quick re really regarding role so some status
    talk thank thanks thankful thankyou the time to today touch touching up update updates very
    we well with wonderful yesterday you your job application inquiry enquiry catching
    speaking talking chatting connecting meeting pleasure lovely glad enjoyed enjoy staying stay
    keeping keep reaching out reconnecting reconnect
    """
)


def _subject_words(subject: str) -> list[str]:
    return [w.lower() for w in SUBJECT_WORD.findall(subject)]


def _is_vague(subject: str) -> bool:
    """Whether every word of the subject is a stock word (slots, digits and names are not)."""
    words = _subject_words(FORWARD_PREFIX.sub("", subject))
    return all(word in GENERIC_WORDS for word in words)


def _example_subject(context: Context) -> str:
    record = context.record
    candidate = record.candidate.name if record and record.candidate else "Your Name"
    role = record.role if record else "Role Title"
    if context.kind == "check-in":
        day = f" on {record.start:%B} {record.start.day}" if record else ""
        return f"Following up: {candidate} – {role} interview{day}"
    if context.kind == "long-game":
        return f"{candidate} – staying in touch about {role} roles"
    return f"Thank you – {candidate} – {role} interview"


def _where(message: Message) -> Span:
    """The subject when there is one; else the first line of the text, the top of the message."""
    if message.subject is not None and message.subject_text.strip():
        return message.subject
    if message.subject is not None:
        return Span(0, message.subject.end)
    text = message.text
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    end = len(text) if line_end < 0 else line_end
    return Span(start, start + len(text[start:end].rstrip()))


def find_vague_subject(message: Message, context: Context) -> Iterator[Hit]:
    subject = message.subject_text.strip()
    if REPLY_PREFIX.match(subject):
        return
    example = _example_subject(context)
    where = _where(message)
    if not subject:
        if context.kind == "rejection-reply":
            return  # a reply keeps the subject of the message it answers
        yield Hit(
            where.start,
            where.end,
            "The message has no subject line: career advisers note that the subject is often "
            "the only thing a busy interviewer sees before deciding to open an email.",
            f"Add a subject that names you, the role and the interview, such as '{example}'.",
        )
        return
    if _is_vague(subject):
        yield Hit(
            where.start,
            where.end,
            f"The subject '{subject}' could belong to any email: it does not say which role or "
            "interview it is about, and career advisers warn that such subjects are easy to "
            "overlook.",
            f"Replace '{subject}' with a subject that names you, the role and the interview, "
            f"such as '{example}'.",
        )


RULES = (
    Rule(
        id="vague-subject",
        example="Subject: Checking in",
        severity=Severity.WARNING,
        source="003",
        rationale="A subject of stock words gives the reader no reason to open the email.",
        check=find_vague_subject,
        kinds=("thank-you", "check-in", "rejection-reply", "long-game"),
    ),
)
