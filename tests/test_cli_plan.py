"""`followup plan` as a user and a script see it: the JSON contract, the table, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import w1

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ITEM_KEYS = {"kind", "to", "at", "window_start", "window_end", "status", "rule", "reason", "stage"}
KINDS = {
    "thank-you",
    "forward-request",
    "card",
    "check-in",
    "rejection-reply",
    "long-game",
    "reminder",
}
NOW = "2026-03-03T16:00:00-05:00"


def test_json_contract_holds_for_every_example(cli):
    for path in sorted(EXAMPLES.glob("*.yaml")):
        result = cli("plan", str(path), "--now", NOW, "--format", "json")
        assert result.code == 0, result.err
        data = result.json()
        assert {"items", "notes"} <= data.keys()
        assert all(isinstance(note, str) for note in data["notes"])
        for item in data["items"]:
            assert item.keys() >= ITEM_KEYS
            assert item["kind"] in KINDS
            assert item["status"] in {"planned", "cancelled", "blocked"}
            assert item["to"] is None or isinstance(item["to"], str)
            assert item["at"][-6] in "+-" and item["at"][-3] == ":"  # ISO 8601 with offset
            assert item["reason"] and item["rule"]


def test_items_come_in_time_order(cli):
    result = cli("plan", str(EXAMPLES / "panel.yaml"), "--now", NOW, "--format", "json")
    from datetime import datetime

    times = [datetime.fromisoformat(item["at"]) for item in result.json()["items"]]
    assert times == sorted(times)


def test_several_files_give_one_json_object_per_line(cli):
    files = [str(EXAMPLES / "panel.yaml"), str(EXAMPLES / "rejected.yaml")]
    result = cli("plan", *files, "--now", NOW, "--format", "json")
    lines = result.out.strip().splitlines()
    assert [json.loads(line)["company"] for line in lines] == ["Northwind Health", "Corvid Health"]


def test_text_table_shows_both_times_recipient_and_reason(cli):
    person = dict(w1()["interviewers"][0], time_zone="Europe/Berlin")
    record = w1(interviewers=[person])
    record["candidate"] = {"name": "Priya Raman", "time_zone": "America/New_York"}
    path = Path(os.environ.get("TMPDIR", "/tmp")) / "berlin-plan.yaml"
    import yaml

    path.write_text(yaml.safe_dump(record, sort_keys=False))
    result = cli("plan", str(path), "--now", "2026-03-03T11:30:00-05:00")
    assert result.code == 0, result.err
    assert "Halvorsen Analytics — Data Engineer (first round" in result.out
    assert "Wed 4 Mar 10:00 CET" in result.out  # theirs
    assert "Wed 4 Mar 04:00" in result.out  # yours, New York
    assert "Marcus Okafor" in result.out and "Thank-you note" in result.out


def test_text_notes_are_listed_under_the_table(cli, record_file):
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
    result = cli("plan", str(record_file(w1(events=events))), "--now", "2026-03-12T10:00-04:00")
    assert "• Move on: 2 follow-ups sent" in result.out


def test_policy_file_changes_the_plan(cli, record_file, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("slot_mode: next-day\nsend_hour: '09:00'\n")
    path = record_file(w1())
    result = cli("plan", str(path), "--now", NOW, "--format", "json", "--policy", str(policy))
    thanks = [i for i in result.json()["items"] if i["kind"] == "thank-you"]
    assert thanks[0]["at"] == "2026-03-04T09:00:00-05:00"


def test_without_now_the_current_time_is_used(cli, record_file):
    result = cli("plan", str(record_file(w1())), "--format", "json")
    assert result.code == 0, result.err
    # The interview is long past today, so the 24-hour window note appears.
    assert any("window for thank-you notes has passed" in n for n in result.json()["notes"])


def test_help_has_an_example(cli):
    result = cli("plan", "--help")
    assert result.code == 0
    assert "Example:" in result.out and "followup plan interview.yaml" in result.out


BAD_RECORDS = {
    "bad date": (w1(start="3pm Tuesday"), "start, line 5: not a date-time: '3pm Tuesday'"),
    "unknown zone": (
        w1(time_zone="Mars/Base"),
        "time_zone, line 7: unknown time zone: 'Mars/Base'",
    ),
    "unknown stage": (w1(stage="onsite"), "stage, line 3: unknown stage 'onsite'"),
    "missing company": (w1(company=None), "company, line 1: missing (required key)"),
    "end before start": (
        w1(end="2026-03-03T09:00:00-05:00"),
        "end, line 6: ends at 2026-03-03T09:00:00-05:00, not after the start",
    ),
    "duplicated interviewer": (
        w1(interviewers=[w1()["interviewers"][0], w1()["interviewers"][0]]),
        "interviewers[1].name, line 16: interviewer 'Marcus Okafor' is listed twice",
    ),
    "unknown key": (w1(colour="blue"), "colour, line 16: unknown key 'colour'"),
}


@pytest.mark.parametrize("case", sorted(BAD_RECORDS))
def test_bad_records_give_one_line_and_exit_2(cli, record_file, case):
    record, expected = BAD_RECORDS[case]
    path = record_file(record, name="bad.yaml")
    result = cli("plan", str(path), "--now", NOW)
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1, result.err
    assert result.err.startswith(f"followup: {path}: ")
    assert expected in result.err


BAD_BYTES = {
    "non-UTF-8": (b"company: Caf\xe9\n", "not UTF-8 text (byte 0xe9 at offset 12)"),
    "empty": (b"\n# nothing here\n", "empty file: expected an interview record"),
    "malformed YAML": (b"company: [Acme\nrole: x\n", "line 2, column"),
    "YAML bomb": (
        b'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
        + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
            f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n".encode()
            for i in range(8)
        ),
        "a YAML bomb?",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_BYTES))
def test_unreadable_files_give_one_line_and_exit_2(cli, tmp_path, case):
    content, expected = BAD_BYTES[case]
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    result = cli("plan", str(path), "--now", NOW)
    assert result.code == 2
    assert result.err.count("\n") == 1 and expected in result.err, result.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--now", "yesterday-ish"], "--now: not a date-time: 'yesterday-ish'"),
        (["--tz", "Moon/Crater"], "--tz: unknown time zone: 'Moon/Crater'"),
        (["--policy", "/nonexistent/policy.yaml"], "/nonexistent/policy.yaml: no such file"),
    ],
)
def test_bad_options_give_one_line_and_exit_2(cli, args, expected):
    result = cli("plan", str(EXAMPLES / "panel.yaml"), *args)
    assert result.code == 2
    assert expected in result.err and result.err.count("\n") == 1, result.err


def test_missing_file_gives_one_line_and_exit_2(cli, tmp_path):
    result = cli("plan", str(tmp_path / "nope.yaml"))
    assert result.code == 2
    assert result.err == f"followup: {tmp_path / 'nope.yaml'}: no such file\n"


def test_no_traceback_in_a_real_process(tmp_path):
    """The installed entry point, as a user runs it: one line on stderr, exit 2."""
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"\xff\xfe garbage")
    done = subprocess.run(
        [sys.executable, "-m", "followup", "plan", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"followup: {path}: not UTF-8 text")
    assert done.stderr.count("\n") == 1
