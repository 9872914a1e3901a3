"""Rounds in the store: saved and loaded back equal, named by number or slug, listed, deleted and restored."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import UserError
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
from followup.records import dump_round, load_round, round_from_data
from followup.records.schema import parse_date
from followup.store import RoundStatus, Store

from conftest import W1, w1

pytest_plugins = ("store_fixtures",)

T = TypeVar("T")
EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))
NEW_YORK_BERLIN = dict(W1["interviewers"][0], time_zone="Europe/Berlin")
PANEL = [
    {"name": "Grace Lindqvist", "email": "grace@halvorsen.example", "role": "hiring-manager"},
    {"name": "Tomas Reyes", "email": "tomas@halvorsen.example", "do_not_contact": True},
    {"name": "Aiko Tanaka", "role": "panelist"},
    {"name": "Dana Whitfield", "email": "dana@halvorsen.example", "role": "coordinator"},
]
SENT = {"at": "2026-03-03T13:00:00-05:00", "kind": "sent", "to": "Marcus Okafor"}
WORKED: dict[str, dict[str, Any]] = {
    "W1": w1(),
    "W2": w1(start="2026-03-03T14:00:00-05:00", end="2026-03-03T15:00:00-05:00"),
    "W3": w1(start="2026-03-06T13:00:00-05:00", end="2026-03-06T14:00:00-05:00"),
    "W4": w1(timeline="2026-03-10"),
    "W5": w1(start="2026-11-19T10:00:00-05:00", end="2026-11-19T11:00:00-05:00"),
    "W6": w1(stage="panel", interviewers=PANEL),
    "W7": w1(
        events=[{"at": "2026-03-05T09:12:00-05:00", "kind": "reply", "from": "Marcus Okafor"}]
    ),
    "W8": w1(
        events=[{"at": "2026-03-20T16:00:00-04:00", "kind": "decision", "outcome": "rejected"}]
    ),
    "W10": w1(
        events=[
            dict(SENT, message="thank-you"),
            {**SENT, "at": "2026-03-10T10:05:00-04:00", "message": "check-in"},
        ]
    ),
    "W11": w1(interviewers=[NEW_YORK_BERLIN]),
    "W12": w1(check_in_invited="2026-03-06", timeline="by next Friday"),
    "invited-at-a-time": w1(check_in_invited="2026-03-06T15:30:00+01:00"),
    "naive-times": w1(start="2026-03-09T10:00:00", end="2026-03-09T11:15:00"),
}


def records() -> list[Any]:
    from_files = [pytest.param(load_round(path), id=path.stem) for path in EXAMPLES]
    worked = [pytest.param(round_from_data(data), id=name) for name, data in WORKED.items()]
    return from_files + worked


def test_the_table_covers_every_example() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("record", records())
def test_a_saved_round_loads_back_equal(store: Store, record: Round) -> None:
    ref = store.add_round(record)
    loaded = store.get_round(ref.slug)
    assert loaded == record
    assert dump_round(loaded) == dump_round(record)  # offsets and date/date-time kinds too
    assert store.get_round(ref.number) == record


# --- generated rounds --------------------------------------------------------

text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=12)
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
        timeline_from=draw(optional(st.sampled_from([p.name for p in people]))),
        check_in_invited=draw(optional(dates | instants)),
        notes=draw(notes),
        other_companies=draw(word_lists),
        events=tuple(draw(st.lists(events, max_size=4))),
        attachments_requested=draw(st.booleans()),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(record=rounds())
def test_any_round_loads_back_equal(store: Store, record: Round) -> None:
    ref = store.add_round(record)
    loaded = store.get_round(ref.slug)
    assert loaded == record
    assert [event.at.utcoffset() for event in loaded.events] == [
        event.at.utcoffset() for event in record.events
    ]
    assert loaded.start.utcoffset() == record.start.utcoffset()
    assert type(loaded.check_in_invited) is type(record.check_in_invited)
    assert type(loaded.timeline) is type(record.timeline)


# --- naming rounds -------------------------------------------------------------

FIRST = round_from_data(w1(company="Northwind Health", role="Data Engineer"))


def test_a_round_is_named_by_company_role_and_local_date(store: Store) -> None:
    late = dataclasses.replace(
        FIRST,
        start=dt.datetime(2026, 3, 3, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        end=dt.datetime(2026, 3, 3, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    )
    ref = store.add_round(late)  # 04:00 UTC on the 4th, but the 3rd where it happened
    assert ref.slug == "northwind-health-data-engineer-2026-03-03"
    assert str(ref) == ref.slug


def test_slugs_are_unique_and_stable(store: Store) -> None:
    first, second, third = (store.add_round(FIRST) for _ in range(3))
    assert [first.slug, second.slug, third.slug] == [
        "northwind-health-data-engineer-2026-03-03",
        "northwind-health-data-engineer-2026-03-03-2",
        "northwind-health-data-engineer-2026-03-03-3",
    ]
    assert len({first.number, second.number, third.number}) == 3
    store.delete_round(second.slug)
    assert store.add_round(FIRST).slug.endswith("-4")  # a deleted round keeps its name
    assert store.restore_round(second.slug) == second


def test_slugs_are_ascii_words(store: Store) -> None:
    accented = dataclasses.replace(FIRST, company="Zürich Rück AG", role="Ingénieur·e (Données)")
    assert store.add_round(accented).slug == "zurich-ruck-ag-ingenieur-e-donnees-2026-03-03"
    unwritable = dataclasses.replace(FIRST, company="株式会社", role="エンジニア")
    assert store.add_round(unwritable).slug == "2026-03-03"
    assert store.get_round("2026-03-03") == unwritable


@pytest.mark.parametrize("how", ["number", "text number", "slug", "SLUG with spaces"])
def test_a_round_is_found_by_number_or_slug(store: Store, how: str) -> None:
    ref = store.add_round(FIRST)
    given_ref: int | str = {
        "number": ref.number,
        "text number": str(ref.number),
        "slug": ref.slug,
        "SLUG with spaces": f"  {ref.slug.upper()} ",
    }[how]
    assert store.get_round(given_ref) == FIRST
    assert store.round_id(given_ref) == ref


@pytest.mark.parametrize("ref", ["acme-2026-01-01", "999", 999])
def test_an_unknown_round_is_one_line_that_says_where_to_look(store: Store, ref: int | str) -> None:
    with pytest.raises(UserError) as caught:
        store.get_round(ref)
    assert str(caught.value) == f"no round '{ref}' — `followup list` shows them"
    assert caught.value.exit_code == 2


# --- listing, deleting, restoring ------------------------------------------------


def decision(outcome: Outcome, day: int) -> Event:
    at = dt.datetime(2026, 3, day, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    return Event(at=at, kind=EventKind.DECISION, outcome=outcome)


def at_day(day: int) -> Round:
    start = FIRST.start.replace(day=day)
    return dataclasses.replace(FIRST, start=start, end=start + dt.timedelta(hours=1))


def test_rounds_are_listed_by_start_with_their_status(store: Store) -> None:
    later, earlier, rejected = (store.add_round(at_day(day)) for day in (5, 2, 4))
    store.log_event(rejected.slug, decision(Outcome.OFFER, 10))
    store.log_event(rejected.slug, decision(Outcome.REJECTED, 12))  # the latest decision counts
    listed = store.list_rounds()
    assert [summary.id for summary in listed] == [earlier, rejected, later]
    assert [summary.status for summary in listed] == [
        RoundStatus.OPEN,
        RoundStatus.REJECTED,
        RoundStatus.OPEN,
    ]
    assert listed[0].start == at_day(2).start
    assert listed[0].start.utcoffset() == dt.timedelta(hours=-5)
    assert (listed[0].company, listed[0].role, listed[0].stage) == (
        "Northwind Health",
        "Data Engineer",
        Stage.FIRST_ROUND,
    )
    assert [s.id for s in store.list_rounds(RoundStatus.OPEN)] == [earlier, later]
    assert [s.id for s in store.list_rounds(RoundStatus.REJECTED)] == [rejected]
    assert store.list_rounds(RoundStatus.OFFER) == []


def test_a_deleted_round_is_hidden_until_restored(store: Store) -> None:
    kept, deleted = store.add_round(at_day(2)), store.add_round(at_day(3))
    assert store.delete_round(str(deleted.number)) == deleted
    assert [s.id for s in store.list_rounds()] == [kept]
    assert [s.id for s in store.list_rounds(deleted=True)] == [deleted]
    assert store.list_rounds(deleted=True)[0].deleted_at is not None
    with pytest.raises(UserError, match=r"^round '.*-03' is deleted — `followup list --deleted`"):
        store.get_round(deleted.slug)
    with pytest.raises(UserError, match="is deleted"):
        store.delete_round(deleted.slug)
    assert store.restore_round() == deleted  # undo: the round deleted last
    assert store.get_round(deleted.slug) == at_day(3)
    assert [s.id for s in store.list_rounds()] == [kept, deleted]


def test_undo_restores_the_last_deleted_first(store: Store) -> None:
    first, second = store.add_round(at_day(2)), store.add_round(at_day(3))
    store.delete_round(second.slug)
    store.delete_round(first.slug)
    assert store.restore_round() == first
    assert store.restore_round() == second
    with pytest.raises(UserError, match=r"^no deleted round to restore$"):
        store.restore_round()
    with pytest.raises(UserError, match=r"is not deleted$"):
        store.restore_round(first.slug)


# --- notes and events ------------------------------------------------------------


def test_interviewer_notes_are_replaced_list_by_list(store: Store) -> None:
    ref = store.add_round(round_from_data(w1(stage="panel", interviewers=PANEL)))
    updated = store.update_interviewer_notes(
        ref.slug, "  grace LINDQVIST ", topics=["the data contracts"], moments=["her cat"]
    )
    assert updated.name == "Grace Lindqvist"
    assert (updated.topics, updated.moments, updated.questions) == (
        ("the data contracts",),
        ("her cat",),
        (),
    )
    store.update_interviewer_notes(ref.slug, "Grace Lindqvist", questions=["How do you test?"])
    loaded = store.get_round(ref.slug)
    grace = loaded.interviewer("Grace Lindqvist")
    assert grace is not None
    assert grace.topics == ("the data contracts",)
    assert grace.questions == ("How do you test?",)
    assert [person.name for person in loaded.interviewers] == [p["name"] for p in PANEL]


def test_notes_for_someone_not_met_name_who_was(store: Store) -> None:
    ref = store.add_round(FIRST)
    with pytest.raises(UserError) as caught:
        store.update_interviewer_notes(ref.slug, "Grace", topics=["x"])
    assert str(caught.value) == f"no interviewer 'Grace' in round '{ref.slug}' (met: Marcus Okafor)"


def test_round_notes_are_replaced(store: Store) -> None:
    ref = store.add_round(FIRST)
    notes = RoundNotes(went_well=("the streaming story",), missed=("the runbooks",))
    store.update_round_notes(ref.slug, notes)
    assert store.get_round(ref.slug).notes == notes


def test_events_are_appended_in_the_order_logged(store: Store) -> None:
    ref = store.add_round(round_from_data(w1(events=[dict(SENT, message="thank-you")])))
    reply = Event(
        at=dt.datetime(2026, 3, 5, 9, 12, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        kind=EventKind.REPLY,
        sender="Marcus Okafor",
    )
    news = Event(
        at=dt.datetime(2026, 3, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        kind=EventKind.NEWS,
        text="shipped the migration",
    )
    store.log_event(ref.slug, reply)
    store.log_event(ref.number, news)
    loaded = store.get_round(ref.slug)
    assert loaded.events[1:] == (reply, news)
    assert loaded.events[2].at.utcoffset() == dt.timedelta(hours=1)
    assert loaded.events[0].kind is EventKind.SENT
