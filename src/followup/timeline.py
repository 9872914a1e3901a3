"""Reading a stated decision timeline ("we'll decide by next Friday") as a date.

Pure: standard library and `followup.workdays` only, no clock reads; every
phrase is read relative to the interview day (etiquette.md §2.2: the check-in
goes out on the 2nd business day after the day found here).

The grammar is data: word tables and rules (pattern, reader) compiled once at
import. The longest run of trailing words some rule reads in full wins, so
leading filler ("we'll decide", "by", "no later than") needs no list; a word
that turns it around ("last", "after", "not") just before that run gives None.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from followup.workdays import BusinessCalendar

__all__ = ["TimelineReading", "parse_timeline"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip

MAX_CHARS = 500  # a timeline is a phrase; longer text is not one
MAX_WORDS = 16  # longest run of trailing words tried
HORIZON = dt.timedelta(days=400)  # a reading further out than this is not believed

_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_ORDINALS = (
    {word: n for n, word in enumerate(_ORDINAL_WORDS, 1)}
    | {f"twenty {word}": 20 + n for n, word in enumerate(_ORDINAL_WORDS[:9], 1)}
    | {"twentieth": 20, "thirtieth": 30, "thirty first": 31}
)
_WEEKDAY_WORDS = {word.lower(): n for n, name in enumerate(WEEKDAYS) for word in (name, name[:3])}
_WEEKDAY_WORDS |= {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
_MONTH_WORDS = {word.lower(): n for n, name in enumerate(MONTHS, 1) for word in (name, name[:3])}
_MONTH_WORDS |= {"sept": 9}
_CARDINAL_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)  # fmt: skip
_NUMBERS = {word: n for n, word in enumerate(_CARDINAL_WORDS, 1)} | {
    "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2,
    "a few": 3, "few": 3, "several": 5, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
# unit (singular, hyphens as spaces) -> (how to count, how many of that per unit)
_UNITS = {
    "day": ("days", 1), "calendar day": ("days", 1), "week": ("days", 7),
    "calendar week": ("days", 7), "fortnight": ("days", 14),
    "business day": ("business", 1), "working day": ("business", 1),
    "work day": ("business", 1), "workday": ("business", 1),
    "business week": ("business", 5), "working week": ("business", 5),
    "work week": ("business", 5), "month": ("months", 1), "year": ("months", 12),
}  # fmt: skip
# position in a period -> (days after that week's Monday, day of that month; 31 = its last)
_POSITIONS: dict[str, tuple[int | None, int]] = {
    "end": (4, 31), "late": (4, 31), "later": (4, 31), "last week": (None, 31),
    "early": (1, 7), "beginning": (1, 7), "start": (1, 7), "first week": (None, 7),
    "mid": (2, 15), "middle": (2, 15),
}  # fmt: skip
_WHICH = {"the": 0, "this": 0, "next": 1, "following": 1, "the following": 1}
# weekday qualifier -> which week: "coming" (the next such day), "this", "next", "after"
_WEEKDAY_WEEKS = {
    "": "coming", "this": "coming", "coming": "coming", "this coming": "coming",
    "this week": "this", "this week on": "this", "of this week": "this",
    "next": "next", "following": "next", "the following": "next", "next week": "next",
    "next week on": "next", "of next week": "next", "after next": "after",
}  # fmt: skip
_ALIASES = {
    "eod": "end of day", "cob": "close of business", "eow": "end of week",
    "eom": "end of month", "eoq": "end of quarter", "eoy": "end of year",
    "tmrw": "tomorrow", "tmr": "tomorrow", "midweek": "mid week", "midmonth": "mid month",
    "wk": "week", "wks": "weeks", "biz": "business",
}  # fmt: skip
# a word just before the phrase that turns its meaning around (or a number: "1.5 weeks")
_SPOILERS = frozenset(
    ("last", "past", "previous", "not", "never", "after", "since", "every", "each", "except",
     "from")
)  # fmt: skip
_CLEANUP = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"['’‘`´]", ""), (r"[‐‑‒–—―−]", "-"), (r"[^0-9a-z:\s-]+", " "), (r"\s*-\s*", "-"),
    )
)  # fmt: skip
_TRAILERS = (
    "at the very latest|at the latest|at latest|latest|at the earliest|or so|or sooner"
    "|or earlier|or thereabouts|if not sooner|ish|hopefully|probably|maybe|for sure"
    "|i think|i believe|i hope|we hope|i guess|local time|et|pt|ct|est|pst|cst|gmt|utc|cet"
    "|(?:at |by |around )?(?:[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm)|noon|midday|midnight)"
    "|(?:in the )?(?:morning|afternoon|evening)|night|from (?:now|today)"
    "|(?:at |by )?(?:the )?(?:end of (?:the )?(?:business )?day|close of business)"
    "|(?:after|from|of) (?:the|this|our|my|today|todays) interview"
)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MACROS = {  # expanded in this order: <ON> holds <WD>
    "<ON>": "(?:(?P<wd><WD>) )?",
    "<WD>": _alternatives(_WEEKDAY_WORDS),
    "<MON>": _alternatives(_MONTH_WORDS),
    "<DAY>": "[0-9]{1,2}(?:st|nd|rd|th)?|" + _alternatives(_ORDINALS),
    "<NUM>": "[0-9]{1,3}|" + _alternatives(_NUMBERS),
    "<UNIT>": "(?:calendar |business |working |work )?(?:day|week|month|year|fortnight)s?"
    "|workdays?",
    "<NEXT>": "(?:(?:the )?(?:next|coming) )?",
    "<POSOF>": "end|beginning|start|middle|first week|last week",
    "<POSADJ>": "early|late|later|mid",
}


@dataclass(frozen=True)
class TimelineReading:
    """The last day of a stated timeline, and how the words were read."""

    day: dt.date
    reading: str


@dataclass(frozen=True)
class _Ask:
    start: dt.date
    calendar: BusinessCalendar | None

    def business(self) -> BusinessCalendar:
        return self.calendar if self.calendar is not None else BusinessCalendar("US")


Reader = Callable[[_Ask, re.Match[str]], dt.date | None]


def _month_shift(year: int, month: int, ahead: int) -> tuple[int, int]:
    years, index = divmod(year * 12 + month - 1 + ahead, 12)
    return years, index + 1


def _month_length(year: int, month: int) -> int:
    following = dt.date(*_month_shift(year, month, 1), 1)
    return (following - dt.timedelta(days=1)).day


def _clamped(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, _month_length(year, month)))


def _monday(ask: _Ask, week: str) -> dt.date:
    """Monday of `this` (after a weekend interview: the coming), `next` or `after` week."""
    ahead = {"this": int(ask.start.weekday() >= 5), "next": 1, "after": 2}[week]
    return ask.start + dt.timedelta(days=7 * ahead - ask.start.weekday())


def _next_date(start: dt.date, day: int, month: int | None = None) -> dt.date | None:
    """The first date on or after `start` with this day of the month (in this month)."""
    for ahead in range(13):
        year, in_month = _month_shift(start.year, start.month, ahead)
        fits = month in (None, in_month) and 1 <= day <= _month_length(year, in_month)
        if fits and dt.date(year, in_month, day) >= start:
            return dt.date(year, in_month, day)
    return None


def _number(text: str, words: dict[str, int]) -> int:
    """Digits ("15", "15th") or one of `words` ("fifteenth", "a couple of")."""
    return int(text.rstrip("stndrh")) if text[0].isdigit() else words[text.replace("-", " ")]


def _read_date(ask: _Ask, match: re.Match[str]) -> dt.date | None:
    found = match.groupdict()
    day = _number(found.get("d") or found["d2"], _ORDINALS)
    month = int(found["m"]) if found.get("m") else _MONTH_WORDS.get(found.get("mon") or "")
    if month and found.get("y"):
        when: dt.date | None = dt.date(int(found["y"]), month, day)
    else:
        when = _next_date(ask.start, day, month)
    weekday = found.get("wd")
    if when is None or (weekday and _WEEKDAY_WORDS[weekday] != when.weekday()):
        return None
    return when


def _read_weekday(ask: _Ask, match: re.Match[str]) -> dt.date | None:
    weekday, before, after = _WEEKDAY_WORDS[match["wd"]], match["rel"], match["after"]
    if before and after:
        return None
    week = _WEEKDAY_WEEKS[(before or after or "").replace("-", " ")]
    if week == "coming":
        return ask.start + dt.timedelta(days=(weekday - ask.start.weekday() - 1) % 7 + 1)
    return _monday(ask, week) + dt.timedelta(days=weekday)


def _read_duration(ask: _Ask, match: re.Match[str]) -> dt.date | None:
    found = match.groupdict()
    amount = max(
        (_number(found[key], _NUMBERS) for key in ("n", "n2") if found.get(key)), default=1
    )
    unit = _UNITS.get(found["unit"].replace("-", " ").removesuffix("s"))
    if unit is None or amount * unit[1] > HORIZON.days:
        return None
    kind, size = unit
    if kind == "days":
        return ask.start + dt.timedelta(days=amount * size)
    if kind == "business":
        return ask.business().add_business_days(ask.start, amount * size)
    year, month = _month_shift(ask.start.year, ask.start.month, amount * size)
    return _clamped(year, month, ask.start.day)


def _in_period(ask: _Ask, period: str, position: str, which: str) -> dt.date | None:
    week_day, month_day = _POSITIONS[position.replace("-", " ")]
    ahead, start = _WHICH[which.replace("-", " ")], ask.start
    if period == "week":
        monday = _monday(ask, "next" if ahead else "this")
        return None if week_day is None else monday + dt.timedelta(days=week_day)
    if period == "month":
        return _clamped(*_month_shift(start.year, start.month, ahead), month_day)
    if month_day != 31:  # quarters and years: only their end
        return None
    if period == "quarter":
        first = start.month - (start.month - 1) % 3
        return _clamped(*_month_shift(start.year, first, 3 * ahead + 2), 31)
    return dt.date(start.year + ahead, 12, 31)


def _read_period(ask: _Ask, match: re.Match[str]) -> dt.date | None:
    position, which = match["pos"] or match["pos2"], match["which"]
    if position is None and which is None:
        return None  # a bare "week" or "month"
    return _in_period(ask, match["per"], position or "end", which or "this")


def _read_month(ask: _Ask, match: re.Match[str]) -> dt.date | None:
    month, position = _MONTH_WORDS[match["mon"]], match["pos"] or match["pos2"]
    if match["mon"] == "may" and not (position or match["pre"] or match["y"]):
        return None  # a bare "may" is more likely the verb
    _, day = _POSITIONS[(position or "end").replace("-", " ")]
    year = int(match["y"]) if match["y"] else ask.start.year + (month < ask.start.month)
    return _clamped(year, month, day)


def _plus(days: int) -> Reader:
    return lambda ask, _match: ask.start + dt.timedelta(days=days)


def _compile(pattern: str) -> re.Pattern[str]:
    for macro, expansion in _MACROS.items():
        pattern = pattern.replace(macro, f"(?:{expansion})")
    return re.compile(f"(?:{pattern})(?: (?:{_TRAILERS}))*".replace(" ", "[ -]"))


_RULES: tuple[tuple[re.Pattern[str], Reader], ...] = tuple(
    (_compile(pattern), reader)
    for pattern, reader in (
        ("<ON>(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})", _read_date),
        ("<ON>(?P<mon><MON>) (?:the )?(?P<d><DAY>)(?: (?P<y>[0-9]{4}))?", _read_date),
        ("<ON>(?:the )?(?P<d><DAY>) (?:of )?(?P<mon><MON>)(?: (?P<y>[0-9]{4}))?", _read_date),
        ("<ON>(?:the (?P<d><DAY>)|(?P<d2>[0-9]{1,2}(?:st|nd|rd|th)))", _read_date),
        ("(?:the )?(?:end of (?:the )?(?:business )?day|close of business|end of business"
         "|today|tonight|this (?:afternoon|evening))(?: today)?", _plus(0)),
        ("tomorrow", _plus(1)),
        ("(?:the )?day after tomorrow", _plus(2)),
        ("(?:the )?(?:end of )?(?:the )?week after next", lambda ask, _m: _monday(ask, "after")
         + dt.timedelta(days=4)),
        ("(?:(?P<rel>this coming|this|coming|next|the following|following|next week(?: on)?"
         "|this week(?: on)?) )?(?P<wd><WD>)(?: (?P<after>(?:of )?(?:this|next) week"
         "|after next))?", _read_weekday),
        ("<NEXT>(?P<n><NUM>)(?:(?:-| to | or )(?P<n2><NUM>))? (?P<unit><UNIT>)(?: time)?",
         _read_duration),
        ("<NEXT>(?:(?P<n><NUM>) )?(?P<unit><UNIT>) or (?P<n2><NUM>)(?: time)?", _read_duration),
        ("the (?:next|coming) (?P<unit><UNIT>)", _read_duration),
        ("next (?P<unit>business day|working day|work day|workday)", _read_duration),
        ("(?:(?:the )?(?P<pos><POSOF>) of (?:the )?|(?P<pos2><POSADJ>) )?"
         "(?P<which>this|next|the following|following|the)? ?(?P<per>week|month|quarter|year)",
         _read_period),
        ("(?P<per>month|quarter|year) end",
         lambda ask, m: _in_period(ask, m["per"], "end", "this")),
        ("(?:(?P<pre>in|by|until|till|before|during|over|throughout) )?"
         "(?:(?:the )?(?P<pos><POSOF>) of |(?P<pos2><POSADJ>) )?(?P<mon><MON>)"
         "(?: (?P<y>[0-9]{4}))?", _read_month),
    )
)  # fmt: skip


def _tokens(words: str) -> list[str]:
    text = unicodedata.normalize("NFKC", words).casefold()
    for pattern, replacement in _CLEANUP:
        text = pattern.sub(replacement, text)
    return [part for token in text.split() for part in _ALIASES.get(token, token).split()]


def _read(tokens: list[str], ask: _Ask) -> dt.date | None:
    """The date read from the longest run of trailing words some rule reads in full."""
    for first in range(max(0, len(tokens) - MAX_WORDS), len(tokens)):
        phrase = " ".join(tokens[first:])
        for pattern, reader in _RULES:
            if match := pattern.fullmatch(phrase):
                before = tokens[first - 1] if first else ""
                if before in _SPOILERS or before[-1:].isdigit():
                    return None
                return reader(ask, match)
    return None


def _explained(words: str, day: dt.date) -> str:
    said = " ".join(words.split())
    said = said if len(said) <= 60 else said[:57] + "..."
    return (
        f"'{said}' read as {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    )


def parse_timeline(
    words: str, interview_day: dt.date, calendar: BusinessCalendar | None = None
) -> TimelineReading | None:
    """The last day of the timeline `words` states, read from `interview_day`.

    None when the words are not understood, name a day before the interview
    or one more than 400 days after it. Never raises for any string.
    Business days are counted with `calendar` (US holidays when None).
    """
    if not isinstance(words, str) or len(words) > MAX_CHARS:
        return None
    try:
        day = _read(_tokens(words), _Ask(interview_day, calendar))
        if day is None or not interview_day <= day <= interview_day + HORIZON:
            return None
    except (ValueError, OverflowError):
        return None
    return TimelineReading(day, _explained(words, day))
