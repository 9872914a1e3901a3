"""Unfilled template slots: "[Company Name]", "{name}", "<Role>", "XX", "[Your Name]".

Source: the seeds' own templates (002, 003) show the slots a hurried sender
forgets to fill; a message with one left in shows it was copied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.review.finding import Hit, Severity
from followup.review.message import Message
from followup.review.rule import Context, Rule

SLOT = re.compile(
    r"\[(?P<square>[^\[\]\n]*[A-Za-z][^\[\]\n]{0,60})\](?!\()"  # [Company Name], not [text](url)
    r"|\{\{?\s*(?P<curly>[A-Za-z_][\w .’'-]{0,40}?)\s*\}?\}"  # {name}, {{ name }}
    r"|<(?P<angle>[A-Z][A-Za-z’' ]{1,40})>"  # <Role>, not <https://…> or <a@b.example>
    r"|(?<![A-Za-z-])(?P<marks>X{2,}|_{3,}|#{3,})(?![A-Za-z]|-[A-Za-z])"  # XX, ___, ###
    r"|\b(?P<shout>INSERT [A-Z ]{2,30}|TODO|TBD)\b"
)
SLOT_SIGNS = ("[", "{", "<", "XX", "___", "###", "INSERT", "TODO", "TBD")
"""One of these stands in every slot `SLOT` finds: without them there is none."""

FILLERS = (
    (re.compile(r"your (?:full )?name|my name", re.I), "candidate"),
    (re.compile(r"compan|organi[sz]ation|firm", re.I), "company"),
    (re.compile(r"position|role|job|title", re.I), "role"),
    (re.compile(r"interviewer|name|hiring manager|recruiter", re.I), "recipient"),
)


def _value(slot: str, context: Context) -> str | None:
    record = context.record
    if record is None:
        return None
    for pattern, field in FILLERS:
        if not pattern.search(slot):
            continue
        if field == "candidate":
            return record.candidate.name if record.candidate else None
        if field == "company":
            return record.company
        if field == "role":
            return record.role
        return context.recipient.name if context.recipient else None
    return None


def find_slots(message: Message, context: Context) -> Iterator[Hit]:
    text = message.text
    if not any(sign in text for sign in SLOT_SIGNS):
        return
    for match in SLOT.finditer(text):
        if not message.is_user_text(match.start()) and message.signature is None:
            continue
        slot = match.group()
        value = _value(slot, context)
        fix = (
            f"Replace {slot} with {value!r}." if value else f"Replace {slot} with the real detail."
        )
        yield Hit(
            match.start(),
            match.end(),
            f"{slot} is an unfilled template slot: the reader sees at once the note was copied.",
            fix,
        )


RULES = (
    Rule(
        id="placeholder",
        example="Dear [Hiring Manager], thank you for meeting me.",
        severity=Severity.ERROR,
        source="002, 003",
        rationale="A template slot left unfilled tells the reader the note was copied.",
        check=find_slots,
    ),
)
