"""The agenda over a store, on each backend: every round's drafts in their own items, and
messages beyond the horizon left for later."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from followup.model import MessageKind
from followup.records import round_from_data
from followup.service.agenda import Bucket, DraftState, build_agenda
from followup.service.profile import ProfileAnswers, save_profile
from followup.store import Store

from conftest import W1, w1

pytest_plugins = ("store_fixtures",)

NOW = dt.datetime(2026, 3, 3, 12, 30, tzinfo=ZoneInfo("America/New_York"))


@pytest.fixture
def profiled(store: Store) -> Store:
    answers = ProfileAnswers(
        name="Priya Raman", email="priya.raman@example.com", time_zone="America/New_York"
    )
    save_profile(store, answers)
    return store


def test_each_rounds_drafts_show_in_its_own_items(profiled: Store) -> None:
    store = profiled
    first = store.add_round(round_from_data(w1()))
    second = store.add_round(round_from_data(w1(company="Brightline Logistics")))
    # The same person and kind in both rounds: only the round tells the drafts apart.
    store.save_draft(first.slug, "Marcus Okafor", MessageKind.THANK_YOU, "Thanks", "old")
    newer = store.save_draft(first.slug, "Marcus Okafor", MessageKind.THANK_YOU, "Thanks", "new")
    other = store.save_draft(second.slug, "Marcus Okafor", MessageKind.THANK_YOU, "Thanks", "b")
    store.approve_draft(other.draft_id)

    agenda = build_agenda(store, NOW)
    thanks = {e.round: e for e in agenda.items if e.item.kind is MessageKind.THANK_YOU}
    assert {rid: entry.bucket for rid, entry in thanks.items()} == {
        first: Bucket.TODAY,
        second: Bucket.TODAY,
    }
    assert thanks[first].draft == DraftState(newer.draft_id, 1, approved=False)
    assert thanks[second].draft == DraftState(other.draft_id, 1, approved=True)
    reminders = [e for e in agenda.items if e.item.kind is MessageKind.REMINDER]
    assert reminders and all(entry.draft is None for entry in reminders)


def test_a_message_beyond_the_horizon_is_not_tried_yet(profiled: Store) -> None:
    store = profiled
    person = {key: value for key, value in W1["interviewers"][0].items() if key != "topics"}
    later = w1(
        start="2026-03-24T10:00:00-05:00", end="2026-03-24T11:00:00-05:00", interviewers=[person]
    )
    rid = store.add_round(round_from_data(later))

    week = build_agenda(store, NOW)  # the thank-you is three weeks off: nothing to add yet
    assert week.items == ()
    assert [entry.round for entry in week.waiting] == [rid]

    month = build_agenda(store, NOW, days=30)  # within the horizon, the composer is asked
    [blocked] = month.bucket(Bucket.BLOCKED)
    assert (blocked.item.kind, blocked.item.to) == (MessageKind.THANK_YOU, "Marcus Okafor")
    assert blocked.reason.startswith("Add at least one topic you discussed with")
    assert month.waiting == ()
