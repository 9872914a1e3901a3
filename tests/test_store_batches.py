"""Work of several steps in one transaction: all of it or none of it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from followup.errors import UserError
from followup.model import Round, RoundNotes
from followup.records import round_from_data
from followup.store import InterviewerNotes, Store
from followup.store import rounds as store_rounds

from conftest import w1

pytest_plugins = ("store_fixtures",)

PANEL = [
    {"name": "Grace Lindqvist", "email": "grace@halvorsen.example", "role": "hiring-manager"},
    {"name": "Tomas Reyes", "email": "tomas@halvorsen.example"},
]
RECORD = round_from_data(w1(stage="panel", interviewers=PANEL))


def on_day(day: int) -> Round:
    start = RECORD.start.replace(day=day)
    return dataclasses.replace(RECORD, start=start, end=start + dt.timedelta(hours=1))


def test_rounds_added_together_are_all_stored(store: Store) -> None:
    seen: list[Round] = []
    refs = store.add_rounds([on_day(4), on_day(2), on_day(4)], progress=seen.append)
    assert [ref.slug for ref in refs] == [
        "halvorsen-analytics-data-engineer-2026-03-04",
        "halvorsen-analytics-data-engineer-2026-03-02",
        "halvorsen-analytics-data-engineer-2026-03-04-2",
    ]
    assert seen == [on_day(4), on_day(2), on_day(4)]
    assert [record for _, record in store.all_rounds()] == [on_day(2), on_day(4), on_day(4)]


def test_rounds_added_together_are_none_stored_if_one_fails(store: Store) -> None:
    def stop_at_the_second(record: Round) -> None:
        if record == on_day(3):
            raise UserError("stopped")

    with pytest.raises(UserError, match=r"^stopped$"):
        store.add_rounds([on_day(2), on_day(3), on_day(4)], progress=stop_at_the_second)
    assert store.all_rounds() == []
    assert store.add_rounds([on_day(2)])[0].slug.endswith("2026-03-02")  # the slug is free


def test_all_rounds_leaves_out_the_deleted(store: Store) -> None:
    kept, deleted = store.add_round(on_day(3)), store.add_round(on_day(2))
    store.delete_round(deleted.slug)
    assert store.all_rounds() == [(kept, on_day(3))]


def test_notes_are_replaced_together(store: Store) -> None:
    ref = store.add_round(RECORD)
    notes = RoundNotes(went_well=("the streaming story",))
    grace = InterviewerNotes(topics=("data contracts",), moments=("her cat",))
    updated = store.replace_notes(ref.slug, notes, {"grace lindqvist": grace})
    assert [(person.name, person.topics) for person in updated] == [
        ("Grace Lindqvist", ("data contracts",))
    ]
    loaded = store.get_round(ref.slug)
    assert loaded.notes == notes
    assert loaded.interviewers[0].moments == ("her cat",)
    assert loaded.interviewers[1] == RECORD.interviewers[1]


def test_notes_for_someone_not_met_change_nothing(store: Store) -> None:
    ref = store.add_round(RECORD)
    people = {"Grace Lindqvist": InterviewerNotes(topics=("x",)), "Aiko": InterviewerNotes()}
    with pytest.raises(UserError, match=r"^no interviewer 'Aiko'"):
        store.replace_notes(ref.slug, RoundNotes(missed=("y",)), people)
    assert store.get_round(ref.slug) == RECORD


def test_a_transaction_composes_the_session_functions(store: Store) -> None:
    ref = store.add_round(RECORD)
    with pytest.raises(UserError), store.transaction(writing=True) as session:
        store_rounds.update_round_notes(session, ref.slug, RoundNotes(missed=("z",)))
        store_rounds.find_round(session, "no-such-round")
    assert store.get_round(ref.slug) == RECORD
