"""The workflow commands one by one: prompts, export round trip, check --interview, help."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

pytest_plugins = ("workflow_fixtures",)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SLUG = "halvorsen-analytics-data-engineer-2026-03-03"
NOW = "2026-03-03T12:30:00-05:00"
COMMANDS = (
    "init", "add", "import", "note", "agenda", "show", "list", "draft", "edit", "approve",
    "check", "export", "log", "delete", "restore",
)  # fmt: skip


@pytest.fixture
def ready(user):
    assert user.run("init", "--name", "Priya Raman", "--email", "p@example.com", "--yes").code == 0
    assert user.run("add", str(EXAMPLES / "first-round.yaml")).code == 0
    return user


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(user, command):
    done = user.run(command, "--help")
    assert done.code == 0
    assert re.search(r"Examples?:", done.out), command


def test_init_asks_and_asks_again_after_a_bad_answer(user):
    answers = (
        "Priya Raman\nnot-an-email\npriya@example.com\n\n\nEurope/Nowhere\nEurope/Berlin\n\n\n\n"
    )
    done = user.run("init", input=answers)
    assert done.code == 0, done.err
    assert "Error: email: 'not-an-email' is not an email address" in done.out
    assert "Error: time zone: unknown time zone 'Europe/Nowhere'" in done.out
    assert "Priya Raman <priya@example.com>, Europe/Berlin, formal tone" in done.out
    again = user.run(
        "init", "--tone", "warm", input="\n\n\n\n\n\n\n"
    )  # the saved values are defaults
    assert "Priya Raman <priya@example.com>, Europe/Berlin, warm tone" in again.out


def test_add_asks_with_defaults(ready):
    answers = "\n".join(
        [
            "Brightline Logistics", "Operations Analyst", "", "video", "2026-03-04",
            "9:30", "",  # ends at the default: an hour later
            "", "Tomás Ferreira", "tomas@brightline.example", "hiring-manager", "",
            "the routing model; weekend coverage", "n", "in two weeks", "",
        ]
    )  # fmt: skip
    done = ready.run("add", input=answers)
    assert done.code == 0, done.err
    assert "When did it end? [10:30]" in done.out
    assert "Added brightline-logistics-operations-analyst-2026-03-04" in done.out
    shown = ready.run(
        "show", "brightline-logistics-operations-analyst-2026-03-04", "--format", "json"
    )
    record = shown.json()["record"]
    assert record["start"] == "2026-03-04T09:30:00-05:00" and "end" not in record
    assert record["timeline"] == "in two weeks" and record["timeline_from"] == "Tomás Ferreira"
    assert record["interviewers"][0]["topics"] == ["the routing model", "weekend coverage"]


def test_delete_asks_first(ready):
    refused = ready.run("delete", SLUG, input="n\n")
    assert refused.code == 1 and ready.rows(
        "select count(*) from rounds where deleted_at is null"
    ) == [(1,)]
    done = ready.run("delete", SLUG, input="y\n")
    assert done.code == 0 and f"Undo: `followup restore {SLUG}`" in done.out
    assert ready.run("list", "--format", "json").json() == {"rounds": []}
    assert ready.run("restore").code == 0
    assert len(ready.run("list", "--format", "json").json()["rounds"]) == 1


def test_yaml_export_reimports_losslessly(user, tmp_path):
    assert user.run("init", "--name", "Priya Raman", "--email", "p@example.com", "--yes").code == 0
    assert user.run("add", *sorted(str(p) for p in EXAMPLES.glob("*.yaml"))).code == 0
    assert user.run("note", SLUG, "--went-well", 'the whiteboard part: it\'s "done"').code == 0
    sent = ("log", SLUG, "sent", "--to", "Marcus Okafor", "--at", "2026-03-03T13:00-05:00")
    assert user.run(*sent, "--now", "2026-03-04T09:00-05:00").code == 0
    first, second = tmp_path / "first", tmp_path / "second"
    assert user.run("export", "--all", "--yaml", str(first)).code == 0
    other = f"sqlite:///{tmp_path / 'other.db'}"
    files = sorted(str(p) for p in first.iterdir())
    assert user.run("import", *files, "--db", other).code == 0
    assert user.run("export", "--all", "--yaml", str(second), "--db", other).code == 0
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir()) and len(names) == 4
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_mail_is_only_what_was_approved_and_reminders_hold_the_drafts(ready, editor, tmp_path):
    assert ready.run("draft", SLUG, "--now", NOW).code == 0
    outbox = tmp_path / "outbox"
    done = ready.run("export", SLUG, "--eml", str(outbox), "--now", NOW)
    assert "Not mailed: draft 1 (thank-you to Marcus Okafor): not approved" in done.out
    assert not outbox.exists() or not list(outbox.iterdir())
    assert ready.run("approve", "1", "--now", NOW).code == 0
    editor('text = text.replace("Sincerely,", "Warm regards,")')
    assert ready.run("edit", "1", "--now", NOW).code == 0  # the approval no longer holds
    done = ready.run("export", SLUG, "--eml", str(outbox), "--ics", str(tmp_path / "r.ics"))
    assert "not approved" in done.out and not list(outbox.glob("*.eml"))
    events = icalendar.Calendar.from_ical((tmp_path / "r.ics").read_bytes()).walk("VEVENT")
    descriptions = [str(event["DESCRIPTION"]) for event in events]
    assert any("Warm regards," in text for text in descriptions)  # the stored text
    assert ready.run("approve", "1", "--now", NOW).code == 0
    done = ready.run("export", SLUG, "--eml", str(outbox), "--now", NOW)
    [eml] = outbox.glob("*.eml")
    assert "Warm regards," in eml.read_text("utf-8")


def test_check_reviews_against_a_stored_round(ready, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(
        "Subject: Thank you for the Data Engineer interview\n\nDear Markus,\n\nThank you for "
        "the interview about moving the nightly batch jobs to streaming.\n\nBest regards,\n"
        "Priya Raman\n",
        "utf-8",
    )
    done = ready.run(
        "check", str(note), "--interview", SLUG, "--to", "marcus okafor",
        "--send-at", "2026-03-03T12:30-05:00", "--format", "json",
    )  # fmt: skip
    rules = {finding["rule"] for finding in done.json()["findings"]}
    assert "misspelled-name" in rules, rules  # the stored round knows it is Marcus
    alone = ready.run("check", str(note), "--format", "json").json()
    assert "misspelled-name" not in {finding["rule"] for finding in alone["findings"]}
    wrong = ready.run("check", str(note), "--interview", SLUG, "--to", "Nobody")
    assert wrong.code == 2 and "'Nobody' is not one of the people in round" in wrong.err
    both = ready.run("check", str(note), "--interview", SLUG, "--context", str(note))
    assert both.code == 2 and "--interview and --context" in both.err


def test_check_and_the_package_start_without_the_store():
    code = (
        "import sys, followup.cli\n"
        "heavy = [m for m in ('sqlalchemy', 'yaml', 'pydantic', 'icalendar', 'followup.store') "
        "if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_draft_again_keeps_the_users_edit(ready, editor):
    assert ready.run("draft", SLUG, "--now", NOW).code == 0
    again = ready.run("draft", SLUG, "--now", NOW)
    assert "Draft 1 (thank-you → Marcus Okafor, revision 1): unchanged." in again.out
    editor('text = text.replace("Sincerely,", "Warm regards,")')
    assert ready.run("edit", "1", "--now", NOW).code == 0
    kept = ready.run("draft", SLUG, "--now", NOW)
    assert "revision 2): your edited text is kept" in kept.out
    assert ready.rows("select count(*) from drafts") == [(1,)]


def test_the_agenda_shows_a_few_rows_a_section_and_says_how_many_more(user):
    assert user.run("add", *sorted(str(p) for p in EXAMPLES.glob("*.yaml"))).code == 0
    now = "2026-03-03T16:00:00-05:00"
    full = user.run("agenda", "--now", now, "--days", "2", "--limit", "0")
    short = user.run("agenda", "--now", now, "--days", "2", "--limit", "1")
    assert full.code == short.code == 0
    upcoming = int(re.search(r"Upcoming \((\d+)\)", full.out).group(1))
    assert upcoming > 1
    assert f"Upcoming ({upcoming})" in short.out  # the title counts them all
    assert f"… and {upcoming - 1} more" in short.out
    assert "more (--limit 0" not in full.out
    assert len(short.out.splitlines()) < len(full.out.splitlines())
