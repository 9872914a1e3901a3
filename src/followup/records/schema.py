"""The record file as pydantic models: the keys of ``records.md`` and nothing else.

Every model forbids unknown keys. A key whose value is empty (``key:`` or
``null``) counts as not given. Validators raise errors whose messages are
already the words a user sees ("not a date-time: '3pm Tuesday'"); `load`
adds the file, path and line. Date-times may be naive here: `load` localises
them with the record's ``time_zone`` (or says that it is missing).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.functional_validators import PlainValidator
from pydantic_core import PydanticCustomError

from followup.model import (
    Culture,
    Format,
    Honorific,
    MessageKind,
    Outcome,
    ParticipantRole,
    Stage,
    Tone,
)
from followup.records.source import describe, show
from followup.workdays import is_known_zone

E = TypeVar("E", bound=StrEnum)

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_TIME = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[Tt ]\s*"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d+))?)?"
    r"\s*(?P<zone>[Zz]|(?P<sign>[-+])(?P<oh>\d{1,2})(?::?(?P<om>\d{2})(?::?(?P<os>\d{2}))?)?)?"
)


def _fail(kind: str, message: str) -> PydanticCustomError:
    # Braces in user text would be read as placeholders by pydantic.
    return PydanticCustomError(kind, message.replace("{", "{{").replace("}", "}}"))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _fail("not_text", f"expected text, not {describe(value)} (put it in quotes)")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise _fail("blank", "must not be blank")
    return value


def _list_or_empty(value: Any) -> Any:
    return [] if value is None else value


Text = Annotated[str, PlainValidator(_text)]
Name = Annotated[str, PlainValidator(_text), AfterValidator(_not_blank)]
TextList = Annotated[list[Text], BeforeValidator(_list_or_empty)]


def _offset(match: re.Match[str]) -> dt.tzinfo | None:
    if match["zone"] is None:
        return None
    if match["zone"] in ("Z", "z"):
        return dt.UTC
    delta = dt.timedelta(
        hours=int(match["oh"]), minutes=int(match["om"] or 0), seconds=int(match["os"] or 0)
    )
    return dt.timezone(-delta if match["sign"] == "-" else delta)


def parse_date_time(text: str) -> dt.datetime | None:
    """An ISO 8601 / YAML date-time (``T`` or a space; offset optional), or None."""
    match = _DATE_TIME.fullmatch(text.strip())
    if match is None:
        return None
    fraction = (match["fraction"] or "0")[:6].ljust(6, "0")
    try:
        day = dt.date.fromisoformat(match["date"])
        wall = dt.time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
        zone = _offset(match)
        return dt.datetime.combine(day, wall.replace(microsecond=int(fraction)), tzinfo=zone)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` date, or None."""
    if not _DATE.fullmatch(text.strip()):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _date_time(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    parsed = parse_date_time(value) if isinstance(value, str) else None
    if parsed is None:
        raise _fail("date_time", f"not a date-time: {show(value)}")
    return parsed


def _date_or_date_time(value: Any) -> dt.date | dt.datetime:
    if isinstance(value, dt.date):
        return value
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        parsed = parse_date_time(value) if isinstance(value, str) else None
    if parsed is None:
        raise _fail("date", f"not a date or date-time: {show(value)}")
    return parsed


def _timeline(value: Any) -> dt.date | str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        raise _fail("timeline", f"expected a date (YYYY-MM-DD) or words, not {describe(value)}")
    return parse_date(value) or value


def _zone_name(value: Any) -> str:
    name = _text(value)
    if not is_known_zone(name):
        raise _fail("time_zone", f"unknown time zone: {show(name)}")
    return name


DateTime = Annotated[dt.datetime, PlainValidator(_date_time)]
DateOrDateTime = Annotated[dt.date | dt.datetime, PlainValidator(_date_or_date_time)]
TimelineValue = Annotated[dt.date | str, PlainValidator(_timeline)]
ZoneName = Annotated[str, PlainValidator(_zone_name)]


def _choice(enum: type[E], noun: str) -> PlainValidator:
    """A validator taking `enum`'s values (case-insensitive), naming `noun` when wrong."""
    by_word = {member.value.casefold(): member for member in enum}
    by_word.update({member.value.rstrip(".").casefold(): member for member in enum})
    expected = ", ".join(member.value for member in enum)

    def validate(value: Any) -> E:
        found = by_word.get(value.strip().casefold()) if isinstance(value, str) else None
        if found is None:
            raise _fail("choice", f"unknown {noun} {show(value)} (expected one of: {expected})")
        return found

    return PlainValidator(validate)


StageChoice = Annotated[Stage, _choice(Stage, "stage")]
FormatChoice = Annotated[Format, _choice(Format, "format")]
CultureChoice = Annotated[Culture, _choice(Culture, "culture")]
ToneChoice = Annotated[Tone, _choice(Tone, "tone")]
HonorificChoice = Annotated[Honorific, _choice(Honorific, "honorific")]
RoleChoice = Annotated[ParticipantRole, _choice(ParticipantRole, "role")]
MessageChoice = Annotated[MessageKind, _choice(MessageKind, "message kind")]
OutcomeChoice = Annotated[Outcome, _choice(Outcome, "outcome")]


class _Record(BaseModel):
    """A mapping of the file: unknown keys are errors, empty values are absent."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _empty_is_absent(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {key: value for key, value in data.items() if value is not None}
        return data


class CandidateIn(_Record):
    name: Name
    email: Text | None = None
    phone: Text | None = None
    links: TextList = []
    skills: TextList = []
    achievements: TextList = []
    time_zone: ZoneName | None = None
    tone: ToneChoice | None = None


class NotesIn(_Record):
    questions: TextList = []
    went_well: TextList = []
    missed: TextList = []
    moments: TextList = []
    signals: TextList = []


class InterviewerIn(_Record):
    name: Name
    honorific: HonorificChoice | None = None
    first_name_basis: bool = False
    title: Text | None = None
    email: Text | None = None
    role: RoleChoice = ParticipantRole.PANELIST
    topics: TextList = []
    moments: TextList = []
    questions: TextList = []
    time_zone: ZoneName | None = None
    do_not_contact: bool = False


class SentIn(_Record):
    at: DateTime
    kind: Literal["sent"]
    to: Name
    message: MessageChoice


class ReplyIn(_Record):
    at: DateTime
    kind: Literal["reply"]
    sender: Name = Field(alias="from")


class DecisionIn(_Record):
    at: DateTime
    kind: Literal["decision"]
    outcome: OutcomeChoice
    sender: Name | None = Field(default=None, alias="from")


class NewsIn(_Record):
    at: DateTime
    kind: Literal["news"]
    text: Name


EventIn = Annotated[SentIn | ReplyIn | DecisionIn | NewsIn, Field(discriminator="kind")]
EVENT_KINDS = ("sent", "reply", "decision", "news")


def _at_least_one(people: list[InterviewerIn]) -> list[InterviewerIn]:
    if not people:
        raise _fail("no_interviewers", "at least one interviewer is required")
    return people


class RecordIn(_Record):
    """One interview round as written in a record file."""

    candidate: CandidateIn | None = None
    company: Name
    role: Name
    culture: CultureChoice | None = None
    stage: StageChoice
    format: FormatChoice | None = None
    start: DateTime
    end: DateTime | None = None
    time_zone: ZoneName | None = None
    timeline: TimelineValue | None = None
    timeline_from: Name | None = None
    check_in_invited: DateOrDateTime | None = None
    notes: NotesIn = NotesIn()
    interviewers: Annotated[list[InterviewerIn], AfterValidator(_at_least_one)]
    other_companies: TextList = []
    events: Annotated[list[EventIn], BeforeValidator(_list_or_empty)] = []
    attachments_requested: bool = False


def _keys(*models: type[BaseModel]) -> tuple[str, ...]:
    names = (field.alias or name for model in models for name, field in model.model_fields.items())
    return tuple(dict.fromkeys(names))


_KEYS_BY_PLACE: dict[tuple[str, ...], tuple[str, ...]] = {
    (): _keys(RecordIn),
    ("candidate",): _keys(CandidateIn),
    ("notes",): _keys(NotesIn),
    ("interviewers",): _keys(InterviewerIn),
    ("events",): _keys(SentIn, ReplyIn, DecisionIn, NewsIn),
}


def known_keys(parent: tuple[str | int, ...]) -> tuple[str, ...]:
    """The keys a mapping at `parent` may hold (``("interviewers", 0)`` → interviewer keys)."""
    place = tuple(step for step in parent if isinstance(step, str))
    return _KEYS_BY_PLACE.get(place, ())
