"""Reading a stated decision timeline ("by next Friday") as the day it ends."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.timeline import TimelineReading, parse_timeline
from followup.workdays import BusinessCalendar

D = dt.date
TUE = D(2026, 3, 3)  # Tuesday
SAT = D(2026, 3, 7)  # Saturday
DEC = D(2026, 12, 15)  # Tuesday, the year rolls over soon
THANKS = D(2026, 11, 24)  # Tuesday of Thanksgiving week (Thursday 26 is a holiday)

READINGS: list[tuple[str, D, D]] = [
    # weekdays
    ("by next Friday", TUE, D(2026, 3, 13)),
    ("We'll decide by next Friday.", TUE, D(2026, 3, 13)),
    ("Friday", TUE, D(2026, 3, 6)),
    ("by Friday", TUE, D(2026, 3, 6)),
    ("this Friday", TUE, D(2026, 3, 6)),
    ("this coming Friday", TUE, D(2026, 3, 6)),
    ("Monday", TUE, D(2026, 3, 9)),
    ("next Monday", TUE, D(2026, 3, 9)),
    ("Tuesday", TUE, D(2026, 3, 10)),
    ("next Wednesday", TUE, D(2026, 3, 11)),
    ("Friday next week", TUE, D(2026, 3, 13)),
    ("next week on Thursday", TUE, D(2026, 3, 12)),
    ("the Friday after next", TUE, D(2026, 3, 20)),
    ("by EOD Friday", TUE, D(2026, 3, 6)),
    ("Friday at 5pm", TUE, D(2026, 3, 6)),
    ("next Friday-ish", TUE, D(2026, 3, 13)),
    ("You'll hear from us by Friday at the latest.", TUE, D(2026, 3, 6)),
    ("Ｆｒｉｄａｙ", TUE, D(2026, 3, 6)),
    # days
    ("today", TUE, TUE),
    ("end of day", TUE, TUE),
    ("by close of business", TUE, TUE),
    ("tomorrow", TUE, D(2026, 3, 4)),
    ("the day after tomorrow", TUE, D(2026, 3, 5)),
    # weeks
    ("end of the week", TUE, D(2026, 3, 6)),
    ("by the end of this week", TUE, D(2026, 3, 6)),
    ("this week", TUE, D(2026, 3, 6)),
    ("later this week", TUE, D(2026, 3, 6)),
    ("within the week", TUE, D(2026, 3, 6)),
    ("mid-week", TUE, D(2026, 3, 4)),
    ("end of next week", TUE, D(2026, 3, 13)),
    ("next week", TUE, D(2026, 3, 13)),
    ("sometime next week", TUE, D(2026, 3, 13)),
    ("hopefully by the end of next week", TUE, D(2026, 3, 13)),
    ("early next week", TUE, D(2026, 3, 10)),
    ("mid next week", TUE, D(2026, 3, 11)),
    ("mid-next week", TUE, D(2026, 3, 11)),
    ("middle of next week", TUE, D(2026, 3, 11)),
    ("the week after next", TUE, D(2026, 3, 20)),
    # months, quarters, years
    ("end of the month", TUE, D(2026, 3, 31)),
    ("before the end of the month", TUE, D(2026, 3, 31)),
    ("month-end", TUE, D(2026, 3, 31)),
    ("end of next month", TUE, D(2026, 4, 30)),
    ("early next month", TUE, D(2026, 4, 7)),
    ("end of March", TUE, D(2026, 3, 31)),
    ("early April", TUE, D(2026, 4, 7)),
    ("mid-April", TUE, D(2026, 4, 15)),
    ("SOMETIME IN MID APRIL", TUE, D(2026, 4, 15)),
    ("in April", TUE, D(2026, 4, 30)),
    ("by May", TUE, D(2026, 5, 31)),
    ("by the end of the quarter", TUE, D(2026, 3, 31)),
    ("end of the year", TUE, D(2026, 12, 31)),
    # dates
    ("2026-03-10", TUE, D(2026, 3, 10)),
    ("March 15", TUE, D(2026, 3, 15)),
    ("15 March", TUE, D(2026, 3, 15)),
    ("Mar 15th", TUE, D(2026, 3, 15)),
    ("March 15, 2026", TUE, D(2026, 3, 15)),
    ("on the 1st of April", TUE, D(2026, 4, 1)),
    ("April first", TUE, D(2026, 4, 1)),
    ("the 15th", TUE, D(2026, 3, 15)),
    ("no later than the 20th", TUE, D(2026, 3, 20)),
    ("the twenty-first", TUE, D(2026, 3, 21)),
    ("the 2nd", TUE, D(2026, 4, 2)),
    ("March 3", TUE, TUE),
    ("March 1", TUE, D(2027, 3, 1)),
    ("Friday the 13th", TUE, D(2026, 3, 13)),
    ("Friday, March 13", TUE, D(2026, 3, 13)),
    # durations
    ("in 3 days", TUE, D(2026, 3, 6)),
    ("in a week", TUE, D(2026, 3, 10)),
    ("within one week", TUE, D(2026, 3, 10)),
    ("over the next week", TUE, D(2026, 3, 10)),
    ("in two weeks' time", TUE, D(2026, 3, 17)),
    ("two weeks from today", TUE, D(2026, 3, 17)),
    ("a couple of weeks", TUE, D(2026, 3, 17)),
    ("a week or two", TUE, D(2026, 3, 17)),
    ("a week or so", TUE, D(2026, 3, 10)),
    ("one to two weeks", TUE, D(2026, 3, 17)),
    ("1-2 weeks", TUE, D(2026, 3, 17)),
    ("2–3 weeks", TUE, D(2026, 3, 24)),
    ("in a fortnight", TUE, D(2026, 3, 17)),
    ("the next few days", TUE, D(2026, 3, 6)),
    ("several days", TUE, D(2026, 3, 8)),
    ("within 5 business days", TUE, D(2026, 3, 10)),
    ("within 10 working days", TUE, D(2026, 3, 17)),
    ("expect to hear back within the next 2-3 business days", TUE, D(2026, 3, 6)),
    ("next business day", TUE, D(2026, 3, 4)),
    ("within a month", TUE, D(2026, 4, 3)),
    ("in 2 months", TUE, D(2026, 5, 3)),
    ("in a month", D(2026, 1, 31), D(2026, 2, 28)),
    # a Saturday interview: "this week" is the coming one
    ("end of the week", SAT, D(2026, 3, 13)),
    ("this week", SAT, D(2026, 3, 13)),
    ("Friday", SAT, D(2026, 3, 13)),
    ("next Friday", SAT, D(2026, 3, 13)),
    ("next week", SAT, D(2026, 3, 13)),
    ("early next week", SAT, D(2026, 3, 10)),
    ("next Monday", SAT, D(2026, 3, 9)),
    ("tomorrow", SAT, D(2026, 3, 8)),
    ("in 2 business days", SAT, D(2026, 3, 10)),
    # a December interview: into next year
    ("January 10", DEC, D(2027, 1, 10)),
    ("the 5th", DEC, D(2027, 1, 5)),
    ("mid-January", DEC, D(2027, 1, 15)),
    ("end of next month", DEC, D(2027, 1, 31)),
    ("in 3 weeks", DEC, D(2027, 1, 5)),
    ("next quarter", DEC, D(2027, 3, 31)),
    ("end of the year", DEC, D(2026, 12, 31)),
    ("by next Friday", DEC, D(2026, 12, 25)),
    ("December 1", DEC, D(2027, 12, 1)),
    ("within 10 business days", DEC, D(2026, 12, 30)),
    # Thanksgiving week: the holiday is not a business day
    ("in 2 business days", THANKS, D(2026, 11, 27)),
    ("in 3 business days", THANKS, D(2026, 11, 30)),
    ("within 5 working days", THANKS, D(2026, 12, 2)),
    ("next business day", D(2026, 11, 25), D(2026, 11, 27)),
    ("end of the week", THANKS, D(2026, 11, 27)),
]

NOT_UNDERSTOOD = [
    "",
    "   ",
    ".",
    "soon",
    "whenever",
    "not sure",
    "next",
    "week",
    "asap",
    "TBD",
    "in a bit",
    "a while",
    "later",
    "may",
    "we may",
    "Friday the 13th of Nevember",
    "Nevember 15",
    "Thursday the 13th",  # 13 March 2026 is a Friday
    "February 30",
    "2026-02-30",
    "2025-12-01",  # before the interview
    "last Friday",
    "after Friday",
    "not Friday",
    "a week from Friday",
    "two weeks ago",
    "in 1.5 weeks",
    "in 500 days",
    "in 2 years",
    "early next year",
    "🙂",
    "\x00\x01",
    "next Friday " * 60,  # too long to be a timeline
    "x" * 100_000,
]


@pytest.mark.parametrize(("words", "interview", "expected"), READINGS, ids=lambda v: str(v))
def test_reads_the_timeline(words: str, interview: D, expected: D) -> None:
    reading = parse_timeline(words, interview)
    assert reading is not None, words
    assert reading.day == expected


@pytest.mark.parametrize("words", NOT_UNDERSTOOD, ids=lambda w: repr(w[:30]))
def test_does_not_guess(words: str) -> None:
    assert parse_timeline(words, TUE) is None


def test_a_day_already_past_in_this_week_is_not_understood() -> None:
    assert parse_timeline("mid-week", D(2026, 3, 5)) is None  # Wednesday is behind a Thursday


def test_reading_explains_itself() -> None:
    reading = parse_timeline("by next Friday", TUE)
    assert reading == TimelineReading(
        D(2026, 3, 13), "'by next Friday' read as Friday 13 March 2026"
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.day = TUE  # type: ignore[misc]


def test_business_days_follow_the_given_calendar() -> None:
    christmas_eve = D(2026, 12, 24)  # UK: 25 Dec and the Boxing Day substitute on 28 Dec are off
    uk = parse_timeline("in 2 business days", christmas_eve, BusinessCalendar("GB"))
    us = parse_timeline("in 2 business days", christmas_eve, BusinessCalendar("US"))
    assert uk is not None and us is not None
    assert (uk.day, us.day) == (D(2026, 12, 30), D(2026, 12, 29))


@pytest.mark.parametrize("interview", [dt.date.min, dt.date.max, D(1, 12, 31), D(9999, 1, 1)])
@pytest.mark.parametrize("words", ["next Friday", "in 3 months", "10 business days", "the 31st"])
def test_extreme_interview_days_never_raise(words: str, interview: D) -> None:
    reading = parse_timeline(words, interview)
    assert reading is None or interview <= reading.day


def test_only_the_standard_library_and_workdays_are_imported() -> None:
    source = Path(__file__).resolve().parents[1] / "src" / "followup" / "timeline.py"
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module or "")
    outside = {m for m in modules if m.split(".")[0] not in sys.stdlib_module_names}
    assert outside == {"followup.workdays"}


interview_days = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))
FRAGMENTS = [
    "by", "next", "this", "the", "end", "of", "early", "mid", "mid-", "week", "month", "weeks",
    "in", "within", "a", "couple", "few", "two", "3", "1-2", "or", "to", "days", "business",
    "working", "friday", "mon", "march", "feb", "29", "31st", "the 15th", "2026-02-29", "after",
    "last", "not", "tomorrow", "today", "eod", "at the latest", "-", "–", ",", ".", "may",
    "quarter", "year", "fortnight", "9999", "0", "00", "999", "ish", "5pm", "twenty-first",
]  # fmt: skip


def assert_sane(reading: TimelineReading | None, interview: D) -> None:
    if reading is not None:
        assert interview <= reading.day <= interview + dt.timedelta(days=400)
        assert reading.reading.endswith(str(reading.day.year))


@settings(max_examples=300, deadline=None)
@given(words=st.text(max_size=200), interview=interview_days)
def test_any_text_never_raises(words: str, interview: D) -> None:
    assert_sane(parse_timeline(words, interview), interview)


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=8), interview=interview_days)
def test_any_mix_of_timeline_words_never_raises(parts: list[str], interview: D) -> None:
    assert_sane(parse_timeline(" ".join(parts), interview), interview)


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(deadline=None)
@given(interview=interview_days, weekday=st.integers(0, 6))
def test_weekdays_land_on_that_weekday(interview: D, weekday: int) -> None:
    plain = parse_timeline(WEEKDAY_NAMES[weekday], interview)
    following = parse_timeline(f"next {WEEKDAY_NAMES[weekday]}", interview)
    assert plain is not None and following is not None
    assert plain.day.weekday() == following.day.weekday() == weekday
    assert 1 <= (plain.day - interview).days <= 7
    next_monday = interview + dt.timedelta(days=7 - interview.weekday())
    assert following.day - next_monday == dt.timedelta(days=weekday)


@settings(deadline=None)
@given(interview=interview_days, count=st.integers(0, 30))
def test_business_days_match_the_calendar(interview: D, count: int) -> None:
    calendar = BusinessCalendar("US")
    reading = parse_timeline(f"within {count} business days", interview, calendar)
    assert reading is not None
    assert reading.day == calendar.add_business_days(interview, count)
