"""When the message goes, and to whom: too soon, too late, one too many, not wanted.

Sources: 003 and 001 put the thank-you within a day but not in the first hour;
002 and 001 cap a round at two follow-ups (the thank-you and one check-in,
after the stated timeline); 001 on respecting a contact's wishes. The numbers
come from the policy and the check-in time from the planner, so the reviewer
and the plan never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup.model import Interviewer, MessageKind, PlannedItem, Round, Status
from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span
from followup.review.phrases import Found, PhraseFamily
from followup.review.rule import Context, Rule

if TYPE_CHECKING:
    from followup.planner.facts import RoundFacts

FIRST_LINE = re.compile(r"[^\s][^\r\n]*")


def headline(message: Message) -> Span:
    """The subject line, or the first line of the body: where a timing finding points."""
    if message.subject is not None and len(message.subject) > 0:
        return message.subject
    match = FIRST_LINE.search(message.text, message.body.start)
    if match is None:
        return Span(message.body.start, len(message.text))
    return Span(match.start(), match.end())


def _hit(message: Message, text: str, suggestion: str) -> Hit:
    span = headline(message)
    return Hit(span.start, span.end, text, suggestion)


def _facts(context: Context) -> RoundFacts:
    """The planner's view of the round as known at the send time (later events left out)."""
    from followup.planner.facts import RoundFacts  # the planner loads only for context rules
    from followup.workdays import BusinessCalendar

    record, at = context.record, context.send_at
    assert record is not None
    if at is not None:
        record = dataclasses.replace(record, events=tuple(e for e in record.events if e.at <= at))
    calendar = BusinessCalendar(context.policy.holiday_country, context.policy.holiday_subdivision)
    return RoundFacts(record, context.policy, at or record.end, calendar)


def _send_time(context: Context) -> dt.datetime | None:
    """The send time, read in the recipient's zone when it was given without one."""
    at = context.send_at
    if at is None or at.tzinfo is not None:
        return at
    return at.replace(tzinfo=_facts(context).zone_of(context.recipient))


# --- wrong date ---------------------------------------------------------------
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
)
DAY_WORDS = PhraseFamily(
    (
        r"(?P<today>(?:earlier\s+)?today|this\s+(?P<part>morning|afternoon|evening)|tonight)",
        r"(?P<yesterday>yesterday|last\s+night)",
        r"(?P<this_week>(?:earlier\s+)?this\s+week)",
        r"(?P<last_week>last\s+week|this\s+past\s+week)",
        rf"(?:(?:last|this\s+past)\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})",
        rf"(?P<month>{_MONTH})\s+(?P<month_day>[0-9]{{1,2}})(?:st|nd|rd|th)?"
        r"(?:,?\s+(?P<year>[0-9]{4}))?",
        rf"(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<day_month>{_MONTH})"
        r"(?:,?\s+(?P<day_year>[0-9]{4}))?",
    ),
    after=r"(?![\w-])",
)
AHEAD = re.compile(r"\b(?:next|by|until|till|before|coming|after|from)\s+(?:this\s+)?$", re.I)
FUTURE = re.compile(
    r"\b(?:will|shall|going to|look(?:ing)? forward|next|upcoming|tomorrow|schedul\w*"
    r"|available|free|plan to|hope to|(?:meet|talk|speak|chat|connect)\w* again|let's|let us"
    r"|(?:can|could|shall) we|are you (?:free|available))\b|['’]ll\b",
    re.I,
)
CLAUSE_EDGE = re.compile(
    r"[.!?](?=\s)|[,;:()\n—–]|\b(?:and|but|so|because|since|while|although|though|when"
    r"|whereas)\b",
    re.I,
)
CLAUSE_REACH = 200  # characters looked at on each side of a day word
ABOUT_THE_INTERVIEW = re.compile(
    r"\b(?:interview\w*|conversation|conversations|meet|meeting|met|speak\w*|spoke|talk\w*"
    r"|chat\w*|call|discuss\w*|time|visit\w*|host\w*|panel|session|on-?site|screen|thank\w*"
    r"|walk\w* me through|tour)\b",
    re.I,
)


def _month(name: str | None) -> int:
    assert name is not None
    return MONTHS.index(name.lower()[:3]) + 1


def _named_date(match: Found, interview: dt.date) -> dt.date | None:
    month = match.group("month") or match.group("day_month")
    day = match.group("month_day") or match.group("day") or ""
    year = match.group("year") or match.group("day_year")
    try:
        return dt.date(int(year) if year else interview.year, _month(month), int(day))
    except ValueError:
        return None


def _day_fits(match: Found, start: dt.datetime, end: dt.datetime, sent: dt.date) -> bool:
    """Whether the day word in `match` fits an interview from `start` to `end` (local)."""
    day, days = start.date(), (sent - start.date()).days
    if match.group("today"):
        part = (match.group("part") or "").lower()
        hour_fits = {"morning": start.hour < 12, "afternoon": end.hour >= 12 and start.hour < 18}
        return days == 0 and hour_fits.get(part, part != "evening" or end.hour >= 17)
    if match.group("yesterday"):
        return days == 1
    if match.group("this_week"):
        return day.isocalendar()[:2] == sent.isocalendar()[:2]
    if match.group("last_week"):
        weeks = (sent - dt.timedelta(sent.weekday()) - (day - dt.timedelta(day.weekday()))).days
        return weeks == 7 or 5 <= days <= 9
    if match.group("weekday"):
        return WEEKDAYS[day.weekday()] == (match.group("weekday") or "").lower() or days > 13
    named = _named_date(match, day)
    return named is None or named > sent or named == day


def _right_words(match: Found, start: dt.datetime, sent: dt.date) -> str:
    """What to write instead of the day word in `match`, in the same form."""
    days = (sent - start.date()).days
    if days == 0:
        words = "this morning" if start.hour < 12 else "this afternoon"
    elif days == 1:
        words = "yesterday"
    elif days < 7:
        words = f"on {start:%A}"
    else:
        words = f"on {start:%B} {start.day}"
    if match.group("weekday") or match.group("month") or match.group("day_month"):
        words = words.removeprefix("on ")
    said = match.group()
    return words[:1].upper() + words[1:] if said[:1].isupper() and words[:1].islower() else words


def clause_around(text: str, start: int, end: int, region: Span) -> str:
    """The clause holding text[start:end]: up to the nearest comma, conjunction or full stop."""
    left = max(region.start, start - CLAUSE_REACH)
    edges = [m.end() for m in CLAUSE_EDGE.finditer(text, left, start)]
    right = CLAUSE_EDGE.search(text, end, min(region.end, end + CLAUSE_REACH))
    return text[edges[-1] if edges else left : right.start() if right else region.end]


def _about_the_interview(message: Message, match: Found, region: Span) -> bool:
    """Whether the day word dates the interview: its clause is about meeting, not the future."""
    clause = clause_around(message.text, match.start(), match.end(), region)
    lead = message.text[max(region.start, match.start() - 20) : match.start()]
    return (
        ABOUT_THE_INTERVIEW.search(clause) is not None
        and FUTURE.search(clause) is None
        and AHEAD.search(lead) is None
    )


def find_wrong_dates(message: Message, context: Context) -> Iterator[Hit]:
    from followup.planner.facts import (
        day_words,
        when,
    )  # the planner and holidays load only for context rules

    record, at = context.record, _send_time(context)
    assert record is not None
    if at is None:
        return
    where = _facts(context).zone_of(context.recipient)
    start, end, sent = record.start.astimezone(where), record.end.astimezone(where), at
    sent_day = sent.astimezone(where).date()
    if sent_day < start.date():
        return
    for region in (message.subject, message.prose):
        if region is None:
            continue
        for match in DAY_WORDS.finditer(message, [region]):
            if not message.is_user_text(match.start()):
                continue
            if not _about_the_interview(message, match, region):
                continue
            if _day_fits(match, start, end, sent_day):
                continue
            said = match.group()
            yield Hit(
                match.start(),
                match.end(),
                f"{said!r} does not match the interview ({day_words(start.date())}) for a note "
                f"sent {when(sent.astimezone(where))} their time. A wrong day makes the reader "
                "wonder which talk you mean, or whether the note was meant for someone else.",
                f"Replace {said!r} with {_right_words(match, start, sent_day)!r}.",
            )


# --- too soon, too late -------------------------------------------------------
def _planned_check_in(record: Round, context: Context, at: dt.datetime) -> PlannedItem | None:
    from followup.planner import plan_round  # the planner and holidays load only for context rules

    plan = plan_round(record, context.policy, at)
    for item in plan.items:
        if item.kind is MessageKind.CHECK_IN and item.status is not Status.CANCELLED:
            return item
    return None


def find_too_soon(message: Message, context: Context) -> Iterator[Hit]:
    from followup.planner.facts import when  # the planner and holidays load only for context rules

    record, at = context.record, _send_time(context)
    assert record is not None
    if at is None:
        return
    earliest = record.end + context.policy.thank_you_earliest
    if context.kind == "thank-you" and at < earliest:
        minutes = int(context.policy.thank_you_earliest.total_seconds() // 60)
        yield _hit(
            message,
            f"Sent at {when(at)}, within {minutes} minutes of the interview's end: advisers "
            "warn that a note fired off at once looks rushed, as if no thought went into it.",
            f"Send it at {when(earliest)} or later.",
        )
    elif context.kind == "check-in":
        item = _planned_check_in(record, context, at)
        if item is not None and item.window_start is not None and at < item.window_start:
            yield _hit(
                message,
                f"A check-in at {when(at)} comes before the planned time, {when(item.window_start)}"
                f" ({item.reason}) Checking in before the stated timeline has passed reads as "
                "impatience.",
                f"Wait until {when(item.window_start)}.",
            )


def find_too_late(message: Message, context: Context) -> Iterator[Hit]:
    from followup.planner.facts import when  # the planner and holidays load only for context rules

    record, at = context.record, _send_time(context)
    assert record is not None
    if at is None:
        return
    latest = record.end + context.policy.thank_you_latest
    if at > latest:
        hours = int(context.policy.thank_you_latest.total_seconds() // 3600)
        yield _hit(
            message,
            f"Sent at {when(at)}, more than {hours} hours after the interview: every seed puts "
            "the thank-you within a day, while the conversation is fresh.",
            "Send it now all the same (a late note beats none), and thank them without "
            "apologising for the delay.",
        )


# --- too many, do not contact -------------------------------------------------
def _adds(facts: RoundFacts, kind: str, recipient: Interviewer | None) -> int:
    """How many follow-ups this message adds to the round's count (the wave counts once)."""
    if kind != "thank-you":
        return 1
    repeat = recipient is not None and facts.sent(MessageKind.THANK_YOU, to=recipient.name)
    return 1 if repeat or not facts.wave_sent else 0


def find_too_many(message: Message, context: Context) -> Iterator[Hit]:
    facts, limit = _facts(context), context.policy.max_follow_ups
    recipient = context.recipient
    total = facts.follow_ups_sent + _adds(facts, context.kind, recipient)
    to_them = facts.sent_follow_ups_to(recipient.name) + 1 if recipient else 0
    if total <= limit and to_them <= limit:
        return
    count = max(total, to_them)
    yield _hit(
        message,
        f"This would be follow-up number {count} of the round; advisers put the limit at "
        f"{limit} (the thank-you and one check-in). Past that, persistence reads as pressure.",
        "Do not send it; if they have not answered, put your energy into other applications.",
    )


def find_do_not_contact(message: Message, context: Context) -> Iterator[Hit]:
    recipient = context.recipient
    if recipient is None or not recipient.do_not_contact:
        return
    yield _hit(
        message,
        f"{recipient.name} asked not to be contacted (it is in the record). Writing anyway "
        "ignores their wish and can hurt your candidacy.",
        "Do not send it; thank them through the recruiter or your main contact instead.",
    )


RULES = (
    Rule(
        id="wrong-date",
        example="Thank you for meeting me yesterday. — sent three days after the interview",
        severity=Severity.WARNING,
        source="003",
        rationale="A day word that does not match the interview confuses the reader.",
        check=find_wrong_dates,
        kinds=("thank-you", "check-in"),
        needs_context=True,
    ),
    Rule(
        id="too-soon",
        example="A thank-you sent 20 minutes after the interview ended",
        severity=Severity.WARNING,
        source="003, 001, 002",
        rationale="A note in the interview's first hour, or a check-in before the timeline.",
        check=find_too_soon,
        kinds=("thank-you", "check-in"),
        needs_context=True,
    ),
    Rule(
        id="too-late",
        example="A thank-you sent two days after the interview",
        severity=Severity.INFO,
        source="000, 001, 002, 003, 004",
        rationale="A thank-you belongs within a day of the interview.",
        check=find_too_late,
        kinds=("thank-you",),
        needs_context=True,
    ),
    Rule(
        id="too-many",
        example="A third follow-up after the thank-you and one check-in",
        severity=Severity.ERROR,
        source="001, 002",
        rationale="Two follow-ups a round: the thank-you and one check-in.",
        check=find_too_many,
        kinds=("thank-you", "check-in"),
        needs_context=True,
    ),
    Rule(
        id="do-not-contact",
        example="A note to someone who asked not to be emailed",
        severity=Severity.ERROR,
        source="001",
        rationale="A person who asked not to be contacted is not written to.",
        check=find_do_not_contact,
        needs_context=True,
    ),
)
