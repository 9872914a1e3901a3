"""W1-W12 of the planner issue, through the CLI's JSON (America/New_York, US holidays)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import W1, Result, w1

MESSAGES = {"thank-you", "forward-request", "check-in", "rejection-reply", "long-game"}


def plan(cli: Callable[..., Result], path: Path, now: str) -> dict[str, Any]:
    result = cli("plan", str(path), "--now", now, "--format", "json")
    assert result.code == 0, result.err
    data: dict[str, Any] = result.json()
    return data


def of_kind(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [item for item in data["items"] if item["kind"] == kind]


def only(data: dict[str, Any], kind: str) -> dict[str, Any]:
    items = of_kind(data, kind)
    assert len(items) == 1, items
    return items[0]


def test_w1_morning_interview_same_day_thanks_and_dst_aware_check_in(cli, record_file):
    data = plan(cli, record_file(w1()), "2026-03-03T11:30:00-05:00")
    thanks = only(data, "thank-you")
    assert thanks["at"] == "2026-03-03T12:00:00-05:00"
    assert thanks["to"] == "Marcus Okafor"
    assert thanks["window_start"] == "2026-03-03T12:00:00-05:00"
    assert thanks["window_end"] == "2026-03-04T11:00:00-05:00"
    assert thanks["status"] == "planned"
    assert thanks["stage"] == "first-round"
    check_in = only(data, "check-in")
    assert check_in["at"] == "2026-03-10T10:00:00-04:00"
    assert check_in["to"] == "Marcus Okafor"
    assert check_in["status"] == "planned"
    assert check_in["rule"] == "check-in-after-a-week"


def test_w2_afternoon_interview_thanks_next_morning(cli, record_file):
    record = w1(start="2026-03-03T14:00:00-05:00", end="2026-03-03T15:00:00-05:00")
    data = plan(cli, record_file(record), "2026-03-03T15:00:00-05:00")
    assert only(data, "thank-you")["at"] == "2026-03-04T10:00:00-05:00"


def test_w3_friday_afternoon_thanks_on_saturday_because_24_hours_win(cli, record_file):
    record = w1(start="2026-03-06T13:00:00-05:00", end="2026-03-06T14:00:00-05:00")
    data = plan(cli, record_file(record), "2026-03-06T14:00:00-05:00")
    assert only(data, "thank-you")["at"] == "2026-03-07T10:00:00-05:00"


def test_w4_stated_timeline_plus_two_business_days(cli, record_file):
    data = plan(cli, record_file(w1(timeline="2026-03-10")), "2026-03-03T11:30:00-05:00")
    check_in = only(data, "check-in")
    assert check_in["at"] == "2026-03-12T10:00:00-04:00"
    assert check_in["rule"] == "check-in-after-timeline"


def test_w5_check_in_skips_thanksgiving(cli, record_file):
    record = w1(start="2026-11-19T10:00:00-05:00", end="2026-11-19T11:00:00-05:00")
    data = plan(cli, record_file(record), "2026-11-19T11:30:00-05:00")
    check_in = only(data, "check-in")
    assert check_in["at"] == "2026-11-27T10:00:00-05:00"
    assert "Thanksgiving" in check_in["reason"]


W6_PANEL = [
    {"name": "Grace Lindqvist", "email": "grace@halvorsen.example", "role": "hiring-manager"},
    {"name": "Tomas Reyes", "email": "tomas@halvorsen.example", "role": "panelist"},
    {"name": "Aiko Tanaka", "role": "panelist"},
    {"name": "Dana Whitfield", "email": "dana@halvorsen.example", "role": "coordinator"},
]


def test_w6_panel_with_a_missing_address_and_a_coordinator(cli, record_file):
    data = plan(
        cli, record_file(w1(stage="panel", interviewers=W6_PANEL)), "2026-03-03T11:30-05:00"
    )
    wave = [item for item in data["items"] if item["kind"] in {"thank-you", "forward-request"}]
    assert sorted((item["kind"], item["to"]) for item in wave) == [
        ("forward-request", "Dana Whitfield"),
        ("thank-you", "Grace Lindqvist"),
        ("thank-you", "Tomas Reyes"),
    ]
    assert {item["at"] for item in wave} == {"2026-03-03T12:00:00-05:00"}
    assert only(data, "forward-request")["about"] == ["Aiko Tanaka"]
    check_in = only(data, "check-in")
    assert check_in["to"] == "Dana Whitfield"
    assert all(item["stage"] == "panel" for item in data["items"])


def test_w7_reply_cancels_the_check_in(cli, record_file):
    reply = {"at": "2026-03-05T09:12:00-05:00", "kind": "reply", "from": "Marcus Okafor"}
    data = plan(cli, record_file(w1(events=[reply])), "2026-03-05T10:00:00-05:00")
    check_in = only(data, "check-in")
    assert check_in["status"] == "cancelled"
    assert "replied" in check_in["reason"]


def test_w8_rejection_plans_a_reply_next_business_day_and_cancels_the_check_in(cli, record_file):
    decision = {"at": "2026-03-20T16:00:00-04:00", "kind": "decision", "outcome": "rejected"}
    data = plan(cli, record_file(w1(events=[decision])), "2026-03-20T17:00:00-04:00")
    reply = only(data, "rejection-reply")
    assert reply["at"] == "2026-03-23T10:00:00-04:00"
    assert reply["status"] == "planned"
    assert reply["to"] == "Marcus Okafor"
    assert only(data, "check-in")["status"] == "cancelled"


def test_w9_do_not_contact_gets_nothing_and_a_note_says_why(cli, record_file):
    panel = [
        {"name": "Grace Lindqvist", "email": "grace@halvorsen.example", "role": "hiring-manager"},
        {"name": "Tomas Reyes", "email": "tomas@halvorsen.example", "do_not_contact": True},
    ]
    data = plan(cli, record_file(w1(stage="panel", interviewers=panel)), "2026-03-03T11:30-05:00")
    assert [item["to"] for item in of_kind(data, "thank-you")] == ["Grace Lindqvist"]
    assert all(item["to"] != "Tomas Reyes" for item in data["items"])
    assert any("Tomas Reyes" in note and "not to be contacted" in note for note in data["notes"])


def test_w10_two_follow_ups_sent_means_move_on(cli, record_file):
    events = [
        {
            "at": "2026-03-03T13:00:00-05:00",
            "kind": "sent",
            "to": "Marcus Okafor",
            "message": "thank-you",
        },
        {
            "at": "2026-03-10T10:05:00-04:00",
            "kind": "sent",
            "to": "Marcus Okafor",
            "message": "check-in",
        },
    ]
    data = plan(cli, record_file(w1(events=events)), "2026-03-12T10:00:00-04:00")
    planned = [i for i in data["items"] if i["kind"] in MESSAGES and i["status"] == "planned"]
    assert planned == []
    assert any(note.startswith("Move on") for note in data["notes"])


def test_w11_recipient_in_berlin_gets_thanks_in_their_morning(cli, record_file):
    person = dict(W1["interviewers"][0], time_zone="Europe/Berlin")
    data = plan(cli, record_file(w1(interviewers=[person])), "2026-03-03T11:30:00-05:00")
    assert only(data, "thank-you")["at"] == "2026-03-04T10:00:00+01:00"


def test_w12_invited_check_in(cli, record_file):
    data = plan(cli, record_file(w1(check_in_invited="2026-03-06")), "2026-03-03T11:30-05:00")
    check_in = only(data, "check-in")
    assert check_in["at"] == "2026-03-06T10:00:00-05:00"
    assert check_in["rule"] == "check-in-invited"
