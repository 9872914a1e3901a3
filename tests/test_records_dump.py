"""Dumping a round and loading it back gives the same round."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.model import (
    Candidate,
    Culture,
    Event,
    EventKind,
    Format,
    Honorific,
    Interviewer,
    MessageKind,
    Outcome,
    ParticipantRole,
    Round,
    RoundNotes,
    Stage,
    Tone,
)
from followup.records import dump_round, load_round_text, round_from_data
from followup.records.dump import round_to_data
from followup.records.schema import parse_date

T = TypeVar("T")

EXAMPLE = """\
candidate:
  name: Priya Raman
  email: priya.raman@example.com
  phone: "+1 415 555 0100"
  links: [https://www.linkedin.com/in/priya-raman-example]
  skills: [Kafka, Spark, data quality]
company: Halvorsen Analytics
role: Data Engineer
culture: startup
stage: first-round
format: video
start: 2026-03-03T10:00:00-05:00
end: 2026-03-03T11:00:00-05:00
time_zone: America/New_York
timeline: 2026-03-10
timeline_from: Marcus Okafor
check_in_invited: 2026-03-06
notes:
  questions: ["Tell me about a migration you led"]
  went_well: [...]
  missed: ["did not mention the runbooks I wrote"]
  moments: ["his dog barking during the call"]
interviewers:
  - name: Marcus Okafor
    honorific: Mr.
    first_name_basis: true
    title: Engineering Manager
    email: m.okafor@halvorsen.example
    role: hiring-manager
    topics: [migrating the nightly batch jobs to streaming, on-call rotation]
    moments: [his dog barking during the call]
    time_zone: America/New_York
    do_not_contact: false
other_companies: [Brightline Logistics, Corvid Health]
events:
  - {at: 2026-03-03T13:00:00-05:00, kind: sent, to: Marcus Okafor, message: thank-you}
  - {at: 2026-03-05T09:12:00-05:00, kind: reply, from: Marcus Okafor}
  - {at: 2026-03-20T16:00:00-05:00, kind: decision, outcome: rejected}
"""


def test_the_example_round_trips() -> None:
    round_ = load_round_text(EXAMPLE, "example.yaml")
    text = dump_round(round_)
    assert load_round_text(text, "dumped.yaml") == round_
    assert dump_round(load_round_text(text, "dumped.yaml")) == text


def test_the_dump_follows_records_md() -> None:
    text = dump_round(load_round_text(EXAMPLE, "example.yaml"))
    top_keys = [line.split(":")[0] for line in text.splitlines() if line[:1].isalpha()]
    assert top_keys == [
        "candidate", "company", "role", "culture", "stage", "format", "start",
        "time_zone", "timeline", "timeline_from", "check_in_invited", "notes",
        "interviewers", "other_companies", "events",
    ]  # fmt: skip
    assert "start: 2026-03-03T10:00:00-05:00\n" in text
    assert "timeline: 2026-03-10\n" in text
    assert "end:" not in text  # one hour after the start: the default
    assert "do_not_contact" not in text
    assert "  - name: Marcus Okafor\n" in text


def test_text_that_reads_as_something_else_is_quoted() -> None:
    round_ = load_round_text(EXAMPLE, "example.yaml")
    tricky = Round(
        company="yes",
        role="10:00",
        stage=Stage.OTHER,
        start=round_.start,
        end=round_.end,
        interviewers=(Interviewer(name="2026-03-03", title="null"),),
        timeline="#1 priority: soon",
    )
    assert load_round_text(dump_round(tricky), "t.yaml") == tricky


EXAMPLE_ROUND = load_round_text(EXAMPLE, "example.yaml")


def test_json_ready_data_round_trips() -> None:
    data = round_to_data(EXAMPLE_ROUND, times_as_text=True)
    assert data["start"] == "2026-03-03T10:00:00-05:00"
    assert round_from_data(data) == EXAMPLE_ROUND


# --- generated rounds ------------------------------------------------------

text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
names = text.filter(lambda value: value.strip() != "")
word_lists = st.lists(text, max_size=3).map(tuple)
zones = st.sampled_from(["America/New_York", "Europe/Berlin", "UTC", "Asia/Kolkata"])
offsets = st.integers(-14 * 60, 14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
instants = st.datetimes(
    min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=offsets
)
dates = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2100, 1, 1))


def optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


candidates = st.builds(
    Candidate,
    name=names,
    email=optional(text),
    phone=optional(text),
    links=word_lists,
    skills=word_lists,
    achievements=word_lists,
    time_zone=optional(zones),
    tone=optional(st.sampled_from(Tone)),
)
interviewers = st.builds(
    Interviewer,
    name=names,
    honorific=optional(st.sampled_from(Honorific)),
    first_name_basis=st.booleans(),
    title=optional(text),
    email=optional(text),
    role=st.sampled_from(ParticipantRole),
    topics=word_lists,
    moments=word_lists,
    questions=word_lists,
    time_zone=optional(zones),
    do_not_contact=st.booleans(),
)
events = st.one_of(
    st.builds(
        Event, at=instants, kind=st.just(EventKind.SENT), to=names,
        message=st.sampled_from(MessageKind),
    ),
    st.builds(Event, at=instants, kind=st.just(EventKind.REPLY), sender=names),
    st.builds(
        Event, at=instants, kind=st.just(EventKind.DECISION),
        outcome=st.sampled_from(Outcome), sender=optional(names),
    ),
    st.builds(Event, at=instants, kind=st.just(EventKind.NEWS), text=names),
)  # fmt: skip
notes = st.builds(
    RoundNotes,
    questions=word_lists,
    went_well=word_lists,
    missed=word_lists,
    moments=word_lists,
    signals=word_lists,
)
timelines = optional(dates | text.filter(lambda value: parse_date(value) is None))


@st.composite
def rounds(draw: st.DrawFn) -> Round:
    start = draw(instants)
    people = draw(
        st.lists(
            interviewers, min_size=1, max_size=3, unique_by=lambda p: p.name.strip().casefold()
        )
    )
    return Round(
        company=draw(names),
        role=draw(names),
        stage=draw(st.sampled_from(Stage)),
        start=start,
        end=start + draw(st.timedeltas(dt.timedelta(minutes=1), dt.timedelta(hours=10))),
        interviewers=tuple(people),
        candidate=draw(optional(candidates)),
        format=draw(optional(st.sampled_from(Format))),
        culture=draw(optional(st.sampled_from(Culture))),
        time_zone=draw(optional(zones)),
        timeline=draw(timelines),
        timeline_from=draw(optional(st.sampled_from([person.name for person in people]))),
        check_in_invited=draw(optional(dates | instants)),
        notes=draw(notes),
        other_companies=draw(word_lists),
        events=tuple(draw(st.lists(events, max_size=3))),
        attachments_requested=draw(st.booleans()),
    )


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(rounds())
def test_generated_rounds_round_trip(round_: Round) -> None:
    assert load_round_text(dump_round(round_), "generated.yaml") == round_


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(rounds())
def test_generated_rounds_round_trip_as_data(round_: Round) -> None:
    assert round_from_data(round_to_data(round_, times_as_text=True)) == round_
