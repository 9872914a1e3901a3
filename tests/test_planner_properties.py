"""Properties of the planner over random rounds, time zones, policies and moments."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.model import (
    Event,
    EventKind,
    Interviewer,
    MessageKind,
    Outcome,
    ParticipantRole,
    Plan,
    Round,
    Stage,
    Status,
)
from followup.planner import plan_round
from followup.planner.facts import FOLLOW_UP_KINDS
from followup.policy import DayCount, Policy, SlotMode
from followup.timeline import parse_timeline
from followup.workdays import BusinessCalendar, zone

ZONES = [
    "America/New_York",
    "America/Los_Angeles",
    "America/St_Johns",
    "America/Santiago",
    "Europe/Berlin",
    "Europe/London",
    "Africa/Casablanca",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "UTC",
]
PHRASES = [
    "by next Friday",
    "end of next week",
    "within two weeks",
    "in 10 business days",
    "soonish",
    "by Friday",
    "a week or two",
]
MESSAGES = {MessageKind.THANK_YOU, MessageKind.FORWARD_REQUEST, MessageKind.CHECK_IN}

zones = st.sampled_from(ZONES)
moments = st.datetimes(
    min_value=dt.datetime(2024, 1, 1),
    max_value=dt.datetime(2028, 12, 31),
    timezones=st.just(dt.UTC),
)


@st.composite
def people(draw: st.DrawFn) -> tuple[Interviewer, ...]:
    count = draw(st.integers(1, 6))
    result = []
    for index in range(count):
        result.append(
            Interviewer(
                name=f"Person {index}",
                email=draw(st.sampled_from([f"p{index}@example.com", None])),
                role=draw(st.sampled_from(list(ParticipantRole))),
                time_zone=draw(st.none() | zones),
                do_not_contact=index % 3 == 2 and draw(st.booleans()),
            )
        )
    return tuple(result)


@st.composite
def rounds(draw: st.DrawFn) -> Round:
    where = draw(st.none() | zones)
    start = draw(moments).astimezone(zone(where) if where else dt.UTC)
    end = start + dt.timedelta(minutes=draw(st.integers(15, 300)))
    interviewers = draw(people())
    names = [p.name for p in interviewers]
    timeline = draw(
        st.none()
        | st.integers(0, 30).map(lambda days: start.date() + dt.timedelta(days=days))
        | st.sampled_from(PHRASES)
    )
    invited = draw(
        st.none() | st.integers(1, 14).map(lambda d: start.date() + dt.timedelta(days=d))
    )
    events = draw(st.lists(events_after(end, names), max_size=4))
    return Round(
        company="Acme",
        role=draw(st.sampled_from(["Data Engineer", "VP Engineering"])),
        stage=draw(st.sampled_from(list(Stage))),
        start=start,
        end=end,
        interviewers=interviewers,
        time_zone=where,
        timeline=timeline,
        timeline_from=draw(st.none() | st.sampled_from(names)),
        check_in_invited=invited,
        events=tuple(events),
    )


def events_after(end: dt.datetime, names: list[str]) -> st.SearchStrategy[Event]:
    at = st.integers(1, 60 * 24 * 30).map(lambda minutes: end + dt.timedelta(minutes=minutes))
    sent = st.builds(
        Event,
        at=at,
        kind=st.just(EventKind.SENT),
        to=st.sampled_from(names),
        message=st.sampled_from([MessageKind.THANK_YOU, MessageKind.CHECK_IN]),
    )
    reply = st.builds(Event, at=at, kind=st.just(EventKind.REPLY), sender=st.sampled_from(names))
    decision = st.builds(
        Event, at=at, kind=st.just(EventKind.DECISION), outcome=st.sampled_from(list(Outcome))
    )
    return st.one_of(sent, sent, reply, decision)


policies = st.builds(
    Policy,
    slot_mode=st.sampled_from(list(SlotMode)),
    check_in_day_count=st.sampled_from(list(DayCount)),
    max_follow_ups=st.integers(1, 3),
    holiday_country=st.sampled_from(["US", "GB", "DE"]),
    long_game=st.booleans(),
)

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def planned(plan: Plan) -> list:
    return [item for item in plan.items if item.status is Status.PLANNED]


@PROPERTY
@given(rounds(), policies, moments)
def test_no_recipient_gets_more_than_the_limit(record: Round, policy: Policy, now: dt.datetime):
    plan = plan_round(record, policy, now)
    counts = Counter(item.to for item in planned(plan) if item.kind in MESSAGES)
    for event in record.events:
        if event.kind is EventKind.SENT and event.message in FOLLOW_UP_KINDS and event.to in counts:
            counts[event.to] += 1
    # Anyone the plan writes to ends up within the limit, counting what was already sent.
    assert all(count <= policy.max_follow_ups for count in counts.values()), counts
    assert len([i for i in plan.items if i.kind is MessageKind.CHECK_IN]) <= 1


@PROPERTY
@given(rounds(), policies, moments)
def test_every_thank_you_is_inside_its_window(record: Round, policy: Policy, now: dt.datetime):
    for item in plan_round(record, policy, now).items:
        if item.kind in (MessageKind.THANK_YOU, MessageKind.FORWARD_REQUEST):
            assert (
                record.end + policy.thank_you_earliest
                <= item.at
                <= record.end + policy.thank_you_latest
            )


@PROPERTY
@given(rounds(), policies, moments)
def test_check_ins_wait_for_the_timeline_and_a_business_day(
    record: Round, policy: Policy, now: dt.datetime
):
    calendar = BusinessCalendar(policy.holiday_country)
    for item in planned(plan_round(record, policy, now)):
        if item.kind is not MessageKind.CHECK_IN:
            continue
        assert item.at.tzinfo is not None
        local_day = item.at.date()  # `at` is in the recipient's zone
        assert calendar.is_business_day(local_day), item
        assert item.at > record.end
        if record.check_in_invited is None and record.timeline is not None:
            last = record.timeline
            if isinstance(last, str):
                reading = parse_timeline(
                    last, record.start.astimezone(item.at.tzinfo).date(), calendar
                )
                last = reading.day if reading else None
            if last is not None:
                assert local_day > last, (item, last)


@PROPERTY
@given(rounds(), policies, moments)
def test_plans_are_deterministic(record: Round, policy: Policy, now: dt.datetime):
    assert plan_round(record, policy, now) == plan_round(record, policy, now)


@PROPERTY
@given(rounds(), moments)
def test_logging_the_planned_thanks_as_sent_changes_nothing_else(record: Round, now: dt.datetime):
    policy = Policy()
    before = plan_round(record, policy, now)
    thanks = [i for i in planned(before) if i.kind is MessageKind.THANK_YOU]
    sent = tuple(
        Event(at=i.at, kind=EventKind.SENT, to=i.to, message=MessageKind.THANK_YOU) for i in thanks
    )
    after = plan_round(dataclasses.replace(record, events=record.events + sent), policy, now)
    again = plan_round(dataclasses.replace(record, events=record.events + sent), policy, now)
    assert after == again
    assert not [
        i
        for i in planned(after)
        if i.kind is MessageKind.THANK_YOU and i.to in {t.to for t in thanks}
    ]

    def check_ins(plan: Plan) -> list[tuple]:
        return [(i.to, i.at, i.status) for i in plan.items if i.kind is MessageKind.CHECK_IN]

    if not record.events and thanks:
        assert check_ins(after) == check_ins(before)
