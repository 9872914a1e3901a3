"""The planner's rules (etiquette.md §2), one behaviour per test, on `Round` values directly.

Instants are compared as ISO strings so the offset (the recipient's local
time) is checked too, not only the instant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from followup.model import (
    Candidate,
    Culture,
    Event,
    EventKind,
    Interviewer,
    MessageKind,
    Outcome,
    ParticipantRole,
    Plan,
    PlannedItem,
    Round,
    RoundNotes,
    Stage,
    Status,
)
from followup.planner import plan_round
from followup.policy import DayCount, Policy, SlotMode
from followup.records import round_from_data

NY = "America/New_York"


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


MARCUS = Interviewer(
    name="Marcus Okafor",
    email="m.okafor@halvorsen.example",
    role=ParticipantRole.HIRING_MANAGER,
    title="Engineering Manager",
)
RITA = Interviewer(
    name="Rita Alvarez", email="rita@halvorsen.example", role=ParticipantRole.RECRUITER
)
GRACE = Interviewer(
    name="Grace Lindqvist", email="grace@halvorsen.example", role=ParticipantRole.HIRING_MANAGER
)
TOMAS = Interviewer(name="Tomas Reyes", email="tomas@halvorsen.example")
AIKO = Interviewer(name="Aiko Tanaka")  # a panelist who left no address
DANA = Interviewer(
    name="Dana Whitfield", email="dana@halvorsen.example", role=ParticipantRole.COORDINATOR
)

# W1: Tue 3 Mar 2026, 10:00-11:00 New York (EST; DST starts Sun 8 Mar).
BASE = Round(
    company="Halvorsen Analytics",
    role="Data Engineer",
    stage=Stage.FIRST_ROUND,
    start=at("2026-03-03T10:00:00-05:00"),
    end=at("2026-03-03T11:00:00-05:00"),
    interviewers=(MARCUS,),
    time_zone=NY,
)
NOW = at("2026-03-03T11:30:00-05:00")


def make(**changes: Any) -> Round:
    return dataclasses.replace(BASE, **changes)


def hours(start: str, end: str) -> dict[str, dt.datetime]:
    return {"start": at(start), "end": at(end)}


def sent(when: str, to: str, message: MessageKind) -> Event:
    return Event(at=at(when), kind=EventKind.SENT, to=to, message=message)


def decided(when: str, outcome: Outcome, sender: str | None = None) -> Event:
    return Event(at=at(when), kind=EventKind.DECISION, outcome=outcome, sender=sender)


def of_kind(plan: Plan, kind: MessageKind) -> list[PlannedItem]:
    return [item for item in plan.items if item.kind is kind]


def only(plan: Plan, kind: MessageKind) -> PlannedItem:
    items = of_kind(plan, kind)
    assert len(items) == 1, items
    return items[0]


def iso(instant: dt.datetime | None) -> str | None:
    return None if instant is None else instant.isoformat()


def rule_items(plan: Plan, rule: str) -> list[PlannedItem]:
    return [item for item in plan.items if item.rule == rule]


# --- 1-3: people without an address ------------------------------------------


def test_recruiter_who_took_part_carries_the_forward_ask_in_their_own_thank_you() -> None:
    record = make(interviewers=(RITA, MARCUS, AIKO))
    plan = plan_round(record, Policy(), NOW)
    assert of_kind(plan, MessageKind.FORWARD_REQUEST) == []
    assert rule_items(plan, "find-address") == []
    thanks = {item.to: item for item in of_kind(plan, MessageKind.THANK_YOU)}
    assert set(thanks) == {"Rita Alvarez", "Marcus Okafor"}
    assert thanks["Rita Alvarez"].about == ("Aiko Tanaka",)
    assert "Aiko Tanaka" in thanks["Rita Alvarez"].reason
    assert thanks["Marcus Okafor"].about == ()
    assert {iso(item.at) for item in thanks.values()} == {"2026-03-03T12:00:00-05:00"}


def test_after_the_recruiters_thank_you_is_sent_no_forward_request_appears() -> None:
    record = make(
        interviewers=(RITA, MARCUS, AIKO),
        events=(sent("2026-03-03T12:05:00-05:00", "Rita Alvarez", MessageKind.THANK_YOU),),
    )
    plan = plan_round(record, Policy(), at("2026-03-03T12:30:00-05:00"))
    assert of_kind(plan, MessageKind.FORWARD_REQUEST) == []
    assert rule_items(plan, "find-address") == []
    assert [item.to for item in of_kind(plan, MessageKind.THANK_YOU)] == ["Marcus Okafor"]


def test_nobody_to_forward_plans_a_find_address_reminder_and_a_note() -> None:
    no_email_recruiter = Interviewer(name="Rita Alvarez", role=ParticipantRole.RECRUITER)
    record = make(interviewers=(MARCUS, AIKO, no_email_recruiter))
    plan = plan_round(record, Policy(), NOW)
    assert of_kind(plan, MessageKind.FORWARD_REQUEST) == []
    found = rule_items(plan, "find-address")
    assert len(found) == 1
    reminder = found[0]
    assert reminder.kind is MessageKind.REMINDER
    assert reminder.to is None
    assert reminder.status is Status.PLANNED
    assert reminder.about == ("Aiko Tanaka", "Rita Alvarez")
    assert iso(reminder.at) == "2026-03-03T12:00:00-05:00"
    assert any(note.startswith("Next interview: ask each person") for note in plan.notes)


def test_do_not_contact_recruiter_cannot_forward() -> None:
    quiet = dataclasses.replace(RITA, do_not_contact=True)
    plan = plan_round(make(interviewers=(quiet, MARCUS, AIKO)), Policy(), NOW)
    assert of_kind(plan, MessageKind.FORWARD_REQUEST) == []
    assert [item.about for item in rule_items(plan, "find-address")] == [("Aiko Tanaka",)]
    assert all(item.to != "Rita Alvarez" for item in plan.items)


def test_coordinator_with_two_follow_ups_is_not_chosen_to_forward() -> None:
    twice = tuple(
        sent(when, "Dana Whitfield", MessageKind.FORWARD_REQUEST)
        for when in ("2026-03-03T12:00:00-05:00", "2026-03-03T16:00:00-05:00")
    )
    record = make(interviewers=(DANA, RITA, MARCUS, AIKO), events=twice)
    plan = plan_round(record, Policy(), at("2026-03-03T17:00:00-05:00"))
    assert of_kind(plan, MessageKind.FORWARD_REQUEST) == []
    thanks = {item.to: item for item in of_kind(plan, MessageKind.THANK_YOU)}
    assert thanks["Rita Alvarez"].about == ("Aiko Tanaka",)  # the recruiter carries it now
    assert only(plan, MessageKind.CHECK_IN).to == "Rita Alvarez"  # and Dana gets no third one

    # Without a recruiter, nobody is left to forward: find the address.
    plan = plan_round(
        make(interviewers=(DANA, MARCUS, AIKO), events=twice),
        Policy(),
        at("2026-03-03T17:00:00-05:00"),
    )
    assert of_kind(plan, MessageKind.FORWARD_REQUEST) == []
    assert [item.about for item in rule_items(plan, "find-address")] == [("Aiko Tanaka",)]
    assert all(item.to != "Dana Whitfield" for item in plan.items)


def test_coordinator_with_one_forward_request_sent_stays_the_forwarder() -> None:
    once = (sent("2026-03-03T12:00:00-05:00", "Dana Whitfield", MessageKind.FORWARD_REQUEST),)
    record = make(interviewers=(DANA, RITA, MARCUS, AIKO), events=once)
    plan = plan_round(record, Policy(), at("2026-03-03T13:00:00-05:00"))
    assert of_kind(plan, MessageKind.FORWARD_REQUEST) == []  # already asked
    assert all(item.about == () for item in of_kind(plan, MessageKind.THANK_YOU))
    assert rule_items(plan, "find-address") == []


def test_coordinator_gets_a_forward_request_in_the_same_slot_and_no_thank_you() -> None:
    plan = plan_round(make(interviewers=(MARCUS, AIKO, DANA)), Policy(), NOW)
    request = only(plan, MessageKind.FORWARD_REQUEST)
    assert (request.to, request.about, request.email) == (
        "Dana Whitfield",
        ("Aiko Tanaka",),
        "dana@halvorsen.example",
    )
    assert iso(request.at) == iso(only(plan, MessageKind.THANK_YOU).at)
    assert [item.to for item in of_kind(plan, MessageKind.THANK_YOU)] == ["Marcus Okafor"]


# --- 4: cards -------------------------------------------------------------------


def test_traditional_firm_gets_a_card_per_participant_next_day_candidate_local() -> None:
    quiet = dataclasses.replace(TOMAS, do_not_contact=True)
    record = make(
        culture=Culture.TRADITIONAL,
        interviewers=(MARCUS, AIKO, quiet, DANA),
        candidate=Candidate(name="Priya Raman", time_zone="America/Los_Angeles"),
    )
    plan = plan_round(record, Policy(), NOW)
    cards = of_kind(plan, MessageKind.CARD)
    assert sorted(card.to or "" for card in cards) == ["Aiko Tanaka", "Marcus Okafor"]
    assert {iso(card.at) for card in cards} == {"2026-03-04T10:00:00-08:00"}
    assert all(card.status is Status.PLANNED and card.rule == "card" for card in cards)
    assert all("traditional" in card.reason for card in cards)
    # A card never replaces the email.
    assert [item.to for item in of_kind(plan, MessageKind.THANK_YOU)] == ["Marcus Okafor"]


def test_card_day_is_the_candidates_next_day_even_when_the_interview_zone_differs() -> None:
    # Ends 22:00 New York = 12:00 Wed in Tokyo: the card goes Thu in Tokyo.
    record = make(
        culture=Culture.TRADITIONAL,
        **hours("2026-03-03T21:00:00-05:00", "2026-03-03T22:00:00-05:00"),
        candidate=Candidate(name="Priya Raman", time_zone="Asia/Tokyo"),
    )
    card = only(plan_round(record, Policy(), NOW), MessageKind.CARD)
    assert iso(card.at) == "2026-03-05T10:00:00+09:00"


@pytest.mark.parametrize(
    "role",
    ["VP of Engineering", "Head of Data", "Director, Platform", "Vice President Sales",
     "Chief of Staff", "Principal Engineer", "Partner"],
)  # fmt: skip
def test_senior_role_titles_suggest_cards(role: str) -> None:
    plan = plan_round(make(role=role), Policy(), NOW)
    card = only(plan, MessageKind.CARD)
    assert card.to == "Marcus Okafor"
    assert "senior" in card.reason


@pytest.mark.parametrize(
    "role",
    ["Headhunter Liaison", "Partnerships Manager", "VPN Engineer", "Directory Services Admin",
     "Principality Analyst", "Data Engineer"],
)  # fmt: skip
def test_words_that_merely_contain_a_senior_word_do_not_suggest_cards(role: str) -> None:
    assert of_kind(plan_round(make(role=role), Policy(), NOW), MessageKind.CARD) == []


def test_cards_can_be_switched_off() -> None:
    record = make(culture=Culture.TRADITIONAL, role="VP of Engineering")
    assert of_kind(plan_round(record, Policy(cards=False), NOW), MessageKind.CARD) == []


def test_a_card_already_mailed_is_not_planned_again() -> None:
    record = make(
        culture=Culture.TRADITIONAL,
        interviewers=(MARCUS, TOMAS),
        events=(sent("2026-03-04T10:00:00-05:00", "Marcus Okafor", MessageKind.CARD),),
    )
    plan = plan_round(record, Policy(), at("2026-03-04T11:00:00-05:00"))
    assert [card.to for card in of_kind(plan, MessageKind.CARD)] == ["Tomas Reyes"]


# --- 5: slot modes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "end", "expected"),
    [
        (SlotMode.SAME_DAY, "2026-03-03T15:00:00-05:00", "2026-03-03T16:00:00-05:00"),
        (SlotMode.SAME_DAY, "2026-03-03T08:00:00-05:00", "2026-03-03T10:00:00-05:00"),
        (SlotMode.NEXT_DAY, "2026-03-03T15:00:00-05:00", "2026-03-04T10:00:00-05:00"),
        # next day 10:00 would be 25 hours after: the window wins, end + 1 hour.
        (SlotMode.NEXT_DAY, "2026-03-03T09:00:00-05:00", "2026-03-03T10:00:00-05:00"),
        (SlotMode.BALANCED, "2026-03-03T11:00:00-05:00", "2026-03-03T12:00:00-05:00"),
        (SlotMode.BALANCED, "2026-03-03T07:30:00-05:00", "2026-03-03T10:00:00-05:00"),
        (SlotMode.BALANCED, "2026-03-03T11:59:00-05:00", "2026-03-03T12:59:00-05:00"),
        (SlotMode.BALANCED, "2026-03-03T12:00:00-05:00", "2026-03-04T10:00:00-05:00"),
    ],
)
def test_thank_you_slot_modes(mode: SlotMode, end: str, expected: str) -> None:
    ended = at(end)
    record = make(start=ended - dt.timedelta(hours=1), end=ended)
    thanks = only(plan_round(record, Policy(slot_mode=mode), NOW), MessageKind.THANK_YOU)
    assert iso(thanks.at) == expected
    assert thanks.rule == "thank-you-window"
    assert iso(thanks.window_start) == iso(ended + dt.timedelta(hours=1))
    assert thanks.window_end == ended + dt.timedelta(hours=24)


def test_balanced_morning_slot_past_the_17h_cap_moves_to_next_morning() -> None:
    record = make(**hours("2026-03-03T10:30:00-05:00", "2026-03-03T11:30:00-05:00"))
    policy = Policy(thank_you_earliest=dt.timedelta(hours=6))  # 17:30 > 17:00
    thanks = only(plan_round(record, policy, NOW), MessageKind.THANK_YOU)
    assert iso(thanks.at) == "2026-03-04T10:00:00-05:00"
    assert thanks.window_start == at("2026-03-03T17:30:00-05:00")


def test_balanced_reads_morning_in_each_recipients_zone() -> None:
    # 11:00 New York is 08:00 in Los Angeles (morning) and 16:00 in London (afternoon).
    west = dataclasses.replace(TOMAS, time_zone="America/Los_Angeles")
    east = dataclasses.replace(GRACE, time_zone="Europe/London")
    plan = plan_round(make(interviewers=(MARCUS, west, east)), Policy(), NOW)
    slots = {item.to: iso(item.at) for item in of_kind(plan, MessageKind.THANK_YOU)}
    assert slots == {
        "Marcus Okafor": "2026-03-03T12:00:00-05:00",
        "Tomas Reyes": "2026-03-03T10:00:00-08:00",
        "Grace Lindqvist": "2026-03-04T10:00:00+00:00",
    }


# --- 6: DST edges ------------------------------------------------------------------


def test_saturday_afternoon_in_new_york_thanks_at_10_edt_after_dst_starts() -> None:
    record = make(**hours("2026-03-07T14:00:00-05:00", "2026-03-07T15:00:00-05:00"))
    plan = plan_round(record, Policy(), at("2026-03-07T15:30:00-05:00"))
    assert iso(only(plan, MessageKind.THANK_YOU).at) == "2026-03-08T10:00:00-04:00"
    # A week later is Sat 14 Mar: the check-in moves to Monday.
    assert iso(only(plan, MessageKind.CHECK_IN).at) == "2026-03-16T10:00:00-04:00"


def test_next_day_mode_measures_24_hours_in_real_time_across_spring_forward() -> None:
    # 09:30 EST to 10:00 EDT the next day is 23.5 real hours: inside the window.
    record = make(**hours("2026-03-07T08:30:00-05:00", "2026-03-07T09:30:00-05:00"))
    thanks = only(
        plan_round(record, Policy(slot_mode=SlotMode.NEXT_DAY), NOW), MessageKind.THANK_YOU
    )
    assert iso(thanks.at) == "2026-03-08T10:00:00-04:00"


def test_berlin_end_of_october_thanks_at_10_cet_after_dst_ends() -> None:
    record = make(
        time_zone="Europe/Berlin",
        **hours("2026-10-24T14:00:00+02:00", "2026-10-24T15:00:00+02:00"),
    )
    plan = plan_round(record, Policy(holiday_country="DE"), at("2026-10-24T16:00:00+02:00"))
    assert iso(only(plan, MessageKind.THANK_YOU).at) == "2026-10-25T10:00:00+01:00"
    assert iso(only(plan, MessageKind.CHECK_IN).at) == "2026-11-02T10:00:00+01:00"


def test_next_day_mode_across_fall_back_keeps_the_real_24_hours() -> None:
    # 10:30 CEST to 10:00 CET the next day is 24.5 real hours: too late, so end + 1 hour.
    record = make(
        time_zone="Europe/Berlin",
        **hours("2026-10-24T09:30:00+02:00", "2026-10-24T10:30:00+02:00"),
    )
    thanks = only(
        plan_round(record, Policy(slot_mode=SlotMode.NEXT_DAY, holiday_country="DE"), NOW),
        MessageKind.THANK_YOU,
    )
    assert iso(thanks.at) == "2026-10-24T11:30:00+02:00"


# --- 7: check-in ---------------------------------------------------------------------


def test_check_in_after_a_timeline_in_words() -> None:
    plan = plan_round(make(timeline="by next Friday"), Policy(), NOW)
    check_in = only(plan, MessageKind.CHECK_IN)
    assert iso(check_in.at) == "2026-03-17T10:00:00-04:00"  # Fri 13 Mar + 2 business days
    assert check_in.rule == "check-in-after-timeline"
    assert "Friday 13 March 2026" in check_in.reason
    assert check_in.to == "Marcus Okafor"
    assert check_in.status is Status.PLANNED


def test_check_in_after_a_timeline_date_over_a_holiday() -> None:
    # Fri 16 Jan 2026; Mon 19 Jan is MLK Day: 2 business days later is Wed 21.
    record = make(
        **hours("2026-01-12T10:00:00-05:00", "2026-01-12T11:00:00-05:00"),
        timeline=dt.date(2026, 1, 16),
    )
    plan = plan_round(record, Policy(), at("2026-01-12T12:00:00-05:00"))
    assert iso(only(plan, MessageKind.CHECK_IN).at) == "2026-01-21T10:00:00-05:00"


def test_timeline_not_understood_uses_the_default_week_and_says_so() -> None:
    plan = plan_round(make(timeline="soonish"), Policy(), NOW)
    check_in = only(plan, MessageKind.CHECK_IN)
    assert iso(check_in.at) == "2026-03-10T10:00:00-04:00"
    assert check_in.rule == "check-in-after-a-week"
    assert [note for note in plan.notes if "'soonish'" in note and "not understood" in note]


def test_invited_check_in_as_a_date_time_keeps_its_time() -> None:
    plan = plan_round(make(check_in_invited=at("2026-03-06T14:30:00-05:00")), Policy(), NOW)
    check_in = only(plan, MessageKind.CHECK_IN)
    assert iso(check_in.at) == "2026-03-06T14:30:00-05:00"
    assert check_in.rule == "check-in-invited"


def test_invited_check_in_on_a_saturday_moves_to_monday() -> None:
    plan = plan_round(make(check_in_invited=dt.date(2026, 3, 7)), Policy(), NOW)
    assert iso(only(plan, MessageKind.CHECK_IN).at) == "2026-03-09T10:00:00-04:00"
    plan = plan_round(make(check_in_invited=at("2026-03-07T15:00:00-05:00")), Policy(), NOW)
    assert iso(only(plan, MessageKind.CHECK_IN).at) == "2026-03-09T15:00:00-04:00"


def test_invitation_wins_over_a_stated_timeline() -> None:
    record = make(timeline=dt.date(2026, 3, 20), check_in_invited=dt.date(2026, 3, 12))
    check_in = only(plan_round(record, Policy(), NOW), MessageKind.CHECK_IN)
    assert (iso(check_in.at), check_in.rule) == ("2026-03-12T10:00:00-04:00", "check-in-invited")


def test_check_in_goes_to_whoever_gave_the_timeline() -> None:
    record = make(
        interviewers=(RITA, MARCUS, TOMAS),
        timeline=dt.date(2026, 3, 10),
        timeline_from="tomas reyes",
    )
    check_in = only(plan_round(record, Policy(), NOW), MessageKind.CHECK_IN)
    assert (check_in.to, check_in.email) == ("Tomas Reyes", "tomas@halvorsen.example")
    assert iso(check_in.at) == "2026-03-12T10:00:00-04:00"


def test_check_in_skips_a_timeline_giver_who_asked_not_to_be_contacted() -> None:
    quiet = dataclasses.replace(TOMAS, do_not_contact=True)
    record = make(interviewers=(MARCUS, quiet, RITA), timeline_from="Tomas Reyes")
    assert only(plan_round(record, Policy(), NOW), MessageKind.CHECK_IN).to == "Rita Alvarez"


def test_check_in_in_the_recipients_zone() -> None:
    west = dataclasses.replace(RITA, time_zone="America/Los_Angeles")
    check_in = only(
        plan_round(make(interviewers=(MARCUS, west)), Policy(), NOW), MessageKind.CHECK_IN
    )
    assert (check_in.to, iso(check_in.at)) == ("Rita Alvarez", "2026-03-10T10:00:00-07:00")


def test_check_in_with_nobody_reachable_is_blocked() -> None:
    record = make(interviewers=(dataclasses.replace(MARCUS, email=None),))
    check_in = only(plan_round(record, Policy(), NOW), MessageKind.CHECK_IN)
    assert check_in.status is Status.BLOCKED
    assert check_in.to is None
    assert "email address" in check_in.reason
    assert iso(check_in.at) == "2026-03-10T10:00:00-04:00"


def test_check_in_counted_in_business_days() -> None:
    policy = Policy(check_in_day_count=DayCount.BUSINESS, check_in_days=7)
    check_in = only(plan_round(make(), policy, NOW), MessageKind.CHECK_IN)
    assert iso(check_in.at) == "2026-03-12T10:00:00-04:00"  # Tue 3 + 7 business days
    assert "7 business days" in check_in.reason


def test_one_follow_up_allowed_means_no_check_in_and_a_note() -> None:
    plan = plan_round(make(), Policy(max_follow_ups=1), NOW)
    assert of_kind(plan, MessageKind.CHECK_IN) == []
    assert only(plan, MessageKind.THANK_YOU).status is Status.PLANNED
    assert any(note.startswith("No check-in: the limit of 1 follow-ups") for note in plan.notes)


def test_check_in_never_on_the_thank_you_day() -> None:
    # Afternoon interview: thanks Wed 4 Mar 10:00; invited to check in that very day.
    record = make(
        **hours("2026-03-03T14:00:00-05:00", "2026-03-03T15:00:00-05:00"),
        check_in_invited=dt.date(2026, 3, 4),
    )
    plan = plan_round(record, Policy(), NOW)
    assert iso(only(plan, MessageKind.THANK_YOU).at) == "2026-03-04T10:00:00-05:00"
    assert iso(only(plan, MessageKind.CHECK_IN).at) == "2026-03-05T10:00:00-05:00"


def test_check_in_never_on_the_day_a_late_thank_you_was_sent() -> None:
    record = make(
        events=(sent("2026-03-10T09:00:00-04:00", "Marcus Okafor", MessageKind.THANK_YOU),)
    )
    plan = plan_round(record, Policy(), at("2026-03-10T09:30:00-04:00"))
    assert iso(only(plan, MessageKind.CHECK_IN).at) == "2026-03-11T10:00:00-04:00"


# --- 8: decisions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "words"), [(Outcome.OFFER, "an offer arrived"), (Outcome.WITHDRAWN, "you withdrew")]
)
def test_offer_or_withdrawal_ends_the_plan(outcome: Outcome, words: str) -> None:
    record = make(
        culture=Culture.TRADITIONAL,
        interviewers=(MARCUS, AIKO),
        events=(decided("2026-03-03T11:20:00-05:00", outcome),),
    )
    plan = plan_round(record, Policy(long_game=True), NOW)
    assert plan.items
    assert all(item.status is Status.CANCELLED for item in plan.items), plan.items
    assert of_kind(plan, MessageKind.REJECTION_REPLY) == []
    assert of_kind(plan, MessageKind.LONG_GAME) == []
    assert f"The plan ends: {words}. No more follow-ups for Halvorsen Analytics." in plan.notes
    thanks = only(plan, MessageKind.THANK_YOU)
    assert thanks.reason.startswith(f"Cancelled: {words}")


def test_rejection_reply_goes_to_the_teller_on_their_next_business_day() -> None:
    # Decision Fri 16 Jan 2026; Mon 19 Jan is Martin Luther King Jr. Day.
    teller = dataclasses.replace(RITA, time_zone="America/Chicago")
    record = make(
        **hours("2026-01-12T10:00:00-05:00", "2026-01-12T11:00:00-05:00"),
        interviewers=(MARCUS, teller),
        events=(
            sent("2026-01-12T12:00:00-05:00", "Marcus Okafor", MessageKind.THANK_YOU),
            sent("2026-01-12T12:00:00-05:00", "Rita Alvarez", MessageKind.THANK_YOU),
            decided("2026-01-16T16:00:00-05:00", Outcome.REJECTED, sender="Rita Alvarez"),
        ),
    )
    plan = plan_round(record, Policy(), at("2026-01-16T17:00:00-05:00"))
    reply = only(plan, MessageKind.REJECTION_REPLY)
    assert (reply.to, reply.status, reply.rule) == (
        "Rita Alvarez",
        Status.PLANNED,
        "rejection-reply",
    )
    assert iso(reply.at) == "2026-01-20T10:00:00-06:00"
    assert only(plan, MessageKind.CHECK_IN).status is Status.CANCELLED


def test_rejection_told_by_someone_unreachable_is_answered_to_the_primary_contact() -> None:
    teller = dataclasses.replace(RITA, email=None)
    record = make(
        interviewers=(teller, MARCUS),
        events=(decided("2026-03-06T16:00:00-05:00", Outcome.REJECTED, sender="Rita Alvarez"),),
    )
    reply = only(plan_round(record, Policy(), NOW), MessageKind.REJECTION_REPLY)
    assert (reply.to, iso(reply.at)) == ("Marcus Okafor", "2026-03-09T10:00:00-04:00")


def test_an_offer_cancels_even_a_check_in_that_had_nobody_to_go_to() -> None:
    record = make(
        interviewers=(dataclasses.replace(MARCUS, email=None),),
        events=(decided("2026-03-05T12:00:00-05:00", Outcome.OFFER),),
    )
    plan = plan_round(record, Policy(), NOW)
    assert only(plan, MessageKind.CHECK_IN).status is Status.CANCELLED
    assert all(item.status is Status.CANCELLED for item in plan.items)


def test_rejection_before_the_thank_you_cancels_it_with_a_reason() -> None:
    record = make(
        **hours("2026-03-03T14:00:00-05:00", "2026-03-03T15:00:00-05:00"),
        events=(decided("2026-03-03T17:00:00-05:00", Outcome.REJECTED),),
    )
    plan = plan_round(record, Policy(), at("2026-03-03T18:00:00-05:00"))
    thanks = only(plan, MessageKind.THANK_YOU)
    assert thanks.status is Status.CANCELLED
    assert "rejection" in thanks.reason
    reply = only(plan, MessageKind.REJECTION_REPLY)
    assert (reply.to, iso(reply.at)) == ("Marcus Okafor", "2026-03-04T10:00:00-05:00")
    check_in = only(plan, MessageKind.CHECK_IN)
    assert check_in.status is Status.CANCELLED
    assert "decision (rejected)" in check_in.reason


def test_rejection_reply_already_sent_is_not_planned_again() -> None:
    record = make(
        events=(
            sent("2026-03-03T13:00:00-05:00", "Marcus Okafor", MessageKind.THANK_YOU),
            decided("2026-03-06T16:00:00-05:00", Outcome.REJECTED),
            sent("2026-03-09T10:00:00-04:00", "Marcus Okafor", MessageKind.REJECTION_REPLY),
        )
    )
    plan = plan_round(record, Policy(), at("2026-03-09T11:00:00-04:00"))
    assert of_kind(plan, MessageKind.REJECTION_REPLY) == []
    assert [item for item in plan.items if item.status is Status.PLANNED] == []


def test_rejection_with_nobody_reachable_blocks_the_reply() -> None:
    record = make(
        interviewers=(dataclasses.replace(MARCUS, email=None),),
        events=(decided("2026-03-06T16:00:00-05:00", Outcome.REJECTED),),
    )
    reply = only(plan_round(record, Policy(), NOW), MessageKind.REJECTION_REPLY)
    assert reply.status is Status.BLOCKED
    assert iso(reply.at) == "2026-03-09T10:00:00-04:00"


# --- 9: long game -------------------------------------------------------------------------

REJECTED_MONDAY = decided("2026-03-23T15:00:00-04:00", Outcome.REJECTED)  # + 90 days: Sun 21 Jun


def test_long_game_without_news_reminds_the_user_instead() -> None:
    record = make(
        events=(
            Event(at=at("2026-03-10T09:00:00-04:00"), kind=EventKind.NEWS, text="old news"),
            REJECTED_MONDAY,
        )
    )
    plan = plan_round(record, Policy(long_game=True), at("2026-03-24T09:00:00-04:00"))
    assert of_kind(plan, MessageKind.LONG_GAME) == []
    reminder = rule_items(plan, "long-game-news-needed")
    assert len(reminder) == 1
    assert (reminder[0].kind, reminder[0].to, reminder[0].status) == (
        MessageKind.REMINDER,
        None,
        Status.PLANNED,
    )
    assert iso(reminder[0].at) == "2026-06-22T10:00:00-04:00"


def test_long_game_is_off_by_default() -> None:
    plan = plan_round(make(events=(REJECTED_MONDAY,)), Policy(), at("2026-03-24T09:00:00-04:00"))
    assert of_kind(plan, MessageKind.LONG_GAME) == []
    assert rule_items(plan, "long-game-news-needed") == []


def test_long_game_with_news_plans_a_message_to_the_contact() -> None:
    news = Event(
        at=at("2026-05-01T09:00:00-04:00"), kind=EventKind.NEWS, text="finished the Kafka course"
    )
    plan = plan_round(
        make(events=(REJECTED_MONDAY, news)),
        Policy(long_game=True),
        at("2026-05-01T10:00:00-04:00"),
    )
    update = only(plan, MessageKind.LONG_GAME)
    assert (update.to, update.status, update.rule) == ("Marcus Okafor", Status.PLANNED, "long-game")
    assert iso(update.at) == "2026-06-22T10:00:00-04:00"
    assert "finished the Kafka course" in update.reason
    assert rule_items(plan, "long-game-news-needed") == []


def test_next_long_game_is_90_days_after_the_last_one_sent() -> None:
    record = make(
        events=(
            REJECTED_MONDAY,
            Event(at=at("2026-05-01T09:00:00-04:00"), kind=EventKind.NEWS, text="first news"),
            sent("2026-06-22T10:15:00-04:00", "Marcus Okafor", MessageKind.LONG_GAME),
            Event(at=at("2026-08-01T09:00:00-04:00"), kind=EventKind.NEWS, text="second news"),
        )
    )
    plan = plan_round(record, Policy(long_game=True), at("2026-08-02T09:00:00-04:00"))
    update = only(plan, MessageKind.LONG_GAME)
    assert iso(update.at) == "2026-09-21T10:00:00-04:00"  # 20 Sep is a Sunday
    assert "second news" in update.reason
    # The news before the last update is used up: without newer news, a reminder.
    plan = plan_round(
        dataclasses.replace(record, events=record.events[:3]),
        Policy(long_game=True),
        at("2026-08-02T09:00:00-04:00"),
    )
    assert of_kind(plan, MessageKind.LONG_GAME) == []
    assert [iso(r.at) for r in rule_items(plan, "long-game-news-needed")] == [
        "2026-09-21T10:00:00-04:00"
    ]


# --- 10: stage marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "words"),
    [
        (Stage.PHONE_SCREEN, "Phone screen"),
        (Stage.FINAL_ROUND, "Final round"),
        (Stage.PANEL, "Panel"),
    ],
)
def test_thank_yous_carry_the_stage_and_say_so(stage: Stage, words: str) -> None:
    plan = plan_round(make(stage=stage), Policy(), NOW)
    thanks = only(plan, MessageKind.THANK_YOU)
    assert thanks.stage is stage
    assert words in thanks.reason
    assert all(item.stage is stage for item in plan.items)


def test_first_round_thank_you_has_no_stage_hint() -> None:
    reason = only(plan_round(make(), Policy(), NOW), MessageKind.THANK_YOU).reason
    assert not any(words in reason for words in ("Phone screen", "Final round", "Panel"))


# --- 11: replies and the reflect reminder ---------------------------------------------------


def test_reply_cancels_only_the_check_in() -> None:
    reply = Event(at=at("2026-03-03T11:40:00-05:00"), kind=EventKind.REPLY, sender="Marcus Okafor")
    plan = plan_round(make(interviewers=(MARCUS, TOMAS), events=(reply,)), Policy(), NOW)
    thanks = of_kind(plan, MessageKind.THANK_YOU)
    assert len(thanks) == 2
    assert all(item.status is Status.PLANNED for item in thanks)
    check_in = only(plan, MessageKind.CHECK_IN)
    assert check_in.status is Status.CANCELLED
    assert "Marcus Okafor replied" in check_in.reason


def test_reflect_reminder_at_the_interview_end_until_questions_are_noted() -> None:
    plan = plan_round(make(), Policy(), NOW)
    reflect = rule_items(plan, "reflect")
    assert len(reflect) == 1
    assert (reflect[0].kind, reflect[0].to, reflect[0].status) == (
        MessageKind.REMINDER,
        None,
        Status.PLANNED,
    )
    assert iso(reflect[0].at) == "2026-03-03T11:00:00-05:00"
    noted = make(notes=RoundNotes(questions=("Tell me about a migration you led",)))
    assert rule_items(plan_round(noted, Policy(), NOW), "reflect") == []
    base = make()
    asked = dataclasses.replace(
        base.interviewers[0], questions=("How would you test a streaming job?",)
    )
    noted_per_person = dataclasses.replace(base, interviewers=(asked, *base.interviewers[1:]))
    assert rule_items(plan_round(noted_per_person, Policy(), NOW), "reflect") == []
    topics_only = dataclasses.replace(
        base, interviewers=(dataclasses.replace(asked, questions=()), *base.interviewers[1:])
    )
    assert len(rule_items(plan_round(topics_only, Policy(), NOW), "reflect")) == 1


# --- 12: clock sanity ------------------------------------------------------------------------


def test_events_dated_after_now_produce_a_note() -> None:
    record = make(
        events=(sent("2026-03-03T13:00:00-05:00", "Marcus Okafor", MessageKind.THANK_YOU),)
    )
    plan = plan_round(record, Policy(), NOW)
    assert any("dated after now" in note and note.startswith("1 recorded") for note in plan.notes)
    assert not any(
        "dated after now" in note
        for note in plan_round(record, Policy(), at("2026-03-03T13:30:00-05:00")).notes
    )


def test_plan_round_refuses_a_naive_now() -> None:
    with pytest.raises(ValueError, match="aware"):
        plan_round(make(), Policy(), dt.datetime(2026, 3, 3, 12, 0))


def test_records_from_data_plan_like_values() -> None:
    record = round_from_data(
        {
            "company": "Halvorsen Analytics",
            "role": "Data Engineer",
            "stage": "first-round",
            "start": "2026-03-03T10:00:00-05:00",
            "end": "2026-03-03T11:00:00-05:00",
            "time_zone": NY,
            "interviewers": [
                {"name": "Rita Alvarez", "email": "rita@halvorsen.example", "role": "recruiter"},
                {"name": "Aiko Tanaka", "role": "panelist"},
            ],
        }
    )
    plan = plan_round(record, Policy(), NOW)
    assert [(i.to, i.about) for i in of_kind(plan, MessageKind.THANK_YOU)] == [
        ("Rita Alvarez", ("Aiko Tanaka",))
    ]
