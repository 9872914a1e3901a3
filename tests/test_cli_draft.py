"""`followup draft` as a user and a script see it: the JSON contract, the panels, files, bad input."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import icalendar
from typer.testing import CliRunner

from followup.cli.app import app  # the Typer app (`followup.cli` builds it only when needed)

from conftest import w1

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DRAFT_KEYS = {"kind", "to", "email", "send_at", "subject", "body", "findings"}
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def test_json_contract(cli):
    result = cli(
        "draft", str(EXAMPLES / "first-round.yaml"), "--now", "2026-03-03T12:00-05:00",
        "--format", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert {"drafts", "blocked"} <= data.keys()
    [draft] = data["drafts"]
    assert draft.keys() >= DRAFT_KEYS
    assert draft["kind"] == "thank-you" and draft["to"] == "Marcus Okafor"
    assert draft["email"] == "m.okafor@halvorsen.example"
    assert draft["send_at"] == "2026-03-03T12:00:00-05:00"
    assert draft["body"].startswith("Dear Marcus,")
    assert draft["findings"] == []
    assert data["blocked"] == []


def test_to_and_kind_pick_one_message_even_before_it_is_due(cli):
    result = cli(
        "draft", str(EXAMPLES / "first-round.yaml"), "--now", "2026-03-03T12:00-05:00",
        "--to", "marcus okafor", "--kind", "check-in", "--format", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    [draft] = result.json()["drafts"]
    assert draft["kind"] == "check-in"
    assert draft["subject"].endswith("March 3 – Priya Raman")


def test_when_nothing_is_due_the_next_messages_are_shown(cli):
    result = cli("draft", str(EXAMPLES / "panel.yaml"), "--now", "2026-03-03T16:00-05:00")
    assert result.code == 0, result.err
    assert "Nothing is due yet" in result.out
    assert "Thank-you note → Grace Lindqvist" in result.out
    assert "Ask to pass on thanks → Dana Whitfield" in result.out
    assert "Subject: " in result.out and "Send:    Wed 4 Mar 10:00 EST" in result.out


def test_blocked_messages_say_what_to_add(cli, record_file):
    people = [dict(w1()["interviewers"][0], topics=[])]
    record = w1(interviewers=people, candidate={"name": "Priya Raman"})
    path = record_file(record)
    result = cli("draft", str(path), "--now", "2026-03-03T12:00-05:00", "--format", "json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["drafts"] == []
    [blocked] = data["blocked"]
    assert blocked["to"] == "Marcus Okafor"
    assert blocked["reason"].startswith("Add at least one topic you discussed with Mr. Okafor")
    text = cli("draft", str(path), "--now", "2026-03-03T12:00-05:00")
    assert "Blocked: Thank-you note → Marcus Okafor" in text.out


def test_eml_and_ics_files(cli, tmp_path: Path):
    outbox, calendar = tmp_path / "outbox", tmp_path / "reminders.ics"
    result = cli(
        "draft", str(EXAMPLES / "panel.yaml"), "--now", "2026-03-04T10:00-05:00",
        "--eml", str(outbox), "--ics", str(calendar), "--format", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    json.loads(result.out)  # stdout stays one JSON object
    files = sorted(p.name for p in outbox.iterdir())
    assert files == [
        "2026-03-04-1000-forward-request-dana-whitfield.eml",
        "2026-03-04-1000-thank-you-grace-lindqvist.eml",
        "2026-03-04-1000-thank-you-tomas-reyes.eml",
    ]
    message = email.message_from_bytes(
        (outbox / files[1]).read_bytes(), policy=email.policy.default
    )
    assert message["To"] == "Grace Lindqvist <g.lindqvist@northwind.example>"
    assert "wrote" in result.err
    events = icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert {str(e["SUMMARY"]) for e in events} >= {"Send thank-you to Dr. Lindqvist"}


def test_bad_input_is_one_line_exit_2(cli):
    path = str(EXAMPLES / "first-round.yaml")
    for args, says in [
        (["--to", "Nobody Here"], "--to: 'Nobody Here' is not one of the people"),
        (["--kind", "memo"], "--kind: unknown kind 'memo'"),
        (["--now", "tomorrow"], "--now: not a date-time"),
        (["--tz", "Mars/Olympus"], "--tz: unknown time zone"),
    ]:
        result = cli("draft", path, *args)
        assert result.code == 2, (args, result.out)
        assert result.err.startswith("followup: ") and says in result.err
        assert len(result.err.strip().splitlines()) == 1
    missing = cli("draft", "no-such-file.yaml")
    assert missing.code == 2 and "no such file" in missing.err


def test_help_has_an_example():
    result = run("draft", "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and "--eml" in result.output and "--ics" in result.output


def test_a_naive_now_is_read_in_the_tz_given(cli):
    result = cli(
        "draft", str(EXAMPLES / "final-round.yaml"), "--now", "2026-03-04T16:30",
        "--tz", "Europe/Berlin", "--to", "Helena Pell", "--kind", "thank-you", "--format", "json",
    )  # fmt: skip
    assert result.code == 0, result.err
    [draft] = result.json()["drafts"]
    assert draft["send_at"] == "2026-03-04T16:30:00+01:00"  # overdue: goes now, her time
    assert "yesterday" in draft["body"]
