"""Bad input at every workflow command: one clear line, exit 2, and nothing written half."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

pytest_plugins = ("workflow_fixtures",)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
INVITES = Path(__file__).resolve().parent / "invites"
SLUG = "halvorsen-analytics-data-engineer-2026-03-03"
NOW = "2026-03-03T12:30:00-05:00"


@pytest.fixture
def ready(user):
    """A profile and one stored round (examples/first-round.yaml)."""
    assert user.run("init", "--name", "Priya Raman", "--email", "p@example.com", "--yes").code == 0
    assert user.run("add", str(EXAMPLES / "first-round.yaml")).code == 0
    return user


def one_line_error(done, says: str) -> None:
    assert done.code == 2, (done.out, done.err)
    assert done.err.startswith("followup: "), done.err
    assert len(done.err.strip().splitlines()) == 1, done.err
    assert says in done.err, done.err


def snapshot(user) -> dict[str, list[tuple[object, ...]]]:
    """Everything a command could write, to compare before and after a failure."""
    tables = ("rounds", "interviewers", "events", "drafts", "draft_revisions", "approvals")
    return {table: user.rows(f"select * from {table}") for table in tables}


@pytest.mark.parametrize(
    "args",
    [
        ["show", "nope"],
        ["note", "99", "--went-well", "x"],
        ["log", "99", "reply", "--from", "Marcus Okafor"],
        ["delete", "99", "--yes"],
        ["restore", "99"],
        ["export", "no-such-round", "--yaml", "out"],
        ["draft", "no-such-round"],
        ["edit", "99"],
        ["approve", "99"],
    ],
)
def test_unknown_round_or_draft(ready, args):
    before = snapshot(ready)
    done = ready.run(*args)
    one_line_error(done, "no round" if args[0] not in ("edit", "approve") else "no draft 99")
    assert snapshot(ready) == before


SENT_BY_MARCUS = ("log", SLUG, "sent", "--to", "Marcus Okafor")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["agenda", "--now", "tomorrow"], "--now: not a date-time: 'tomorrow'"),
        (["show", SLUG, "--now", "3pm"], "--now: not a date-time"),
        (["log", SLUG, "sent", "--to", "Marcus Okafor", "--at", "yesterday"], "--at: not a date"),
        (
            [*SENT_BY_MARCUS, "--at", "2026-03-04T09:00-05:00", "--now", NOW],
            "is in the future",
        ),
        (["log", SLUG, "reply", "--at", "2026-03-01T09:00-05:00"], "before the interview"),
        (["log", SLUG, "party"], "what happened: 'party' is not one of sent, reply"),
        (["log", SLUG, "sent", "--to", "Nobody"], "--to: 'Nobody' is not one of the people"),
        (["log", SLUG, "decision", "--outcome", "maybe"], "--outcome: 'maybe' is not one of"),
        (["log", SLUG, "sent", "--outcome", "offer"], "--outcome: not used with sent"),
        (["agenda", "--days", "-1"], "--days: -1 is negative"),
        (["list", "--status", "pending"], "--status: 'pending' is not one of active, closed"),
        (["export", SLUG], "nothing to export"),
        (["export", SLUG, "--all", "--yaml", "x"], "say which round to export"),
        (["note", SLUG, "--person", "Nobody", "--topic", "x"], "--person: 'Nobody' is not one"),
        (["init", "--email", "not-an-address", "--yes"], "email: 'not-an-address' is not"),
        (["init", "--time-zone", "Mars/Olympus", "--yes"], "unknown time zone 'Mars/Olympus'"),
        (["init", "--country", "XX", "--yes"], "country: no holiday calendar for 'XX'"),
        (["draft", SLUG, "--eml", "out"], "--eml: drafts of a stored round become .eml"),
    ],
)
def test_bad_values(ready, args, says):
    before = snapshot(ready)
    one_line_error(ready.run(*args), says)
    assert snapshot(ready) == before


def test_unreadable_invites_add_nothing(user, tmp_path):
    garbage = tmp_path / "broken.ics"
    garbage.write_bytes(b"\x00\xffBEGIN:VCALENDAR\nthis is not a calendar")
    one_line_error(user.run("import", str(garbage), "--yes"), "broken.ics")
    one_line_error(user.run("import", str(tmp_path / "missing.ics"), "--yes"), "no such file")
    assert user.rows("select count(*) from rounds") == [(0,)]


PLAIN_INVITE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:chat-1@example.com
DTSTAMP:20260301T120000Z
DTSTART:20260303T150000Z
DTEND:20260303T160000Z
SUMMARY:Chat
ORGANIZER;CN=Sam Lee:mailto:sam.lee@gmail.com
ATTENDEE;CN=Sam Lee:mailto:sam.lee@gmail.com
ATTENDEE;CN=Priya Raman:mailto:p@example.com
END:VEVENT
END:VCALENDAR
"""


def test_an_invite_without_a_company_needs_one_with_yes(ready, tmp_path):
    plain = tmp_path / "plain.ics"
    plain.write_text(PLAIN_INVITE.replace("\n", "\r\n"), "utf-8")
    before = snapshot(ready)
    done = ready.run("import", str(plain), "--yes")
    one_line_error(done, "the invite does not say the company and role: give --company and --role")
    assert snapshot(ready) == before
    done = ready.run("import", str(plain), "--company", "Acme", "--role", "Analyst", "--yes")
    assert done.code == 0, done.err
    assert "Added acme-analyst-2026-03-03" in done.out and "with Priya Raman" not in done.out


def test_a_record_with_an_unknown_key_adds_none_of_the_files(user, record_file):
    good = EXAMPLES / "first-round.yaml"
    data = yaml.safe_load(good.read_text("utf-8"))
    data["colour"] = "blue"
    bad = record_file(data, "bad.yaml")
    done = user.run("add", str(good), str(bad))
    one_line_error(done, "bad.yaml: colour, line")
    assert "unknown key" in done.err
    assert user.rows("select count(*) from rounds") == [(0,)]


def test_a_bad_notes_document_changes_nothing(ready, editor):
    before = snapshot(ready)
    editor('text = text.replace("notes:", "notes: [", 1)')
    one_line_error(ready.run("note", SLUG), f"the notes of {SLUG}: line")
    editor('text = text.replace("went_well:", "went_wel:")')
    one_line_error(ready.run("note", SLUG), "notes.went_wel, line 6: unknown key")
    editor('text = text.replace("  Marcus Okafor:", "  Someone Else:")')
    one_line_error(ready.run("note", SLUG), "'Someone Else' is not one of the people met")
    editor("raise SystemExit(3)")
    one_line_error(ready.run("note", SLUG), "stopped with status 3 — nothing was saved")
    assert snapshot(ready) == before


def test_an_edit_that_drops_the_subject_line_is_refused(ready, editor):
    assert ready.run("draft", SLUG, "--now", NOW).code == 0
    before = snapshot(ready)
    editor('text = text.split("\\n", 2)[2]')
    one_line_error(ready.run("edit", "1", "--now", NOW), "the first line must stay 'Subject: …'")
    editor('text = "Subject: Thanks\\n\\n   \\n"')
    one_line_error(ready.run("edit", "1", "--now", NOW), "the message is empty")
    assert snapshot(ready) == before


def test_approval_is_refused_when_the_text_changed_since_the_revision_read(ready, editor):
    assert ready.run("draft", SLUG, "--now", NOW).code == 0
    editor('text = text.replace("Subject: ", "Subject: Thanks — ", 1)')
    assert ready.run("edit", "1", "--now", NOW).code == 0
    before = snapshot(ready)
    one_line_error(ready.run("approve", "1", "--revision", "1"), "changed since revision 1")
    assert snapshot(ready) == before


def test_a_locked_database_is_one_line_and_changes_nothing(ready):
    before = snapshot(ready)
    holder = sqlite3.connect(ready.db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program is writing
        for args in (
            ["note", SLUG, "--went-well", "the demo"],
            ["log", SLUG, "sent", "--to", "Marcus Okafor", "--at", NOW, "--now", NOW],
        ):
            one_line_error(ready.run(*args), "is locked: another followup is writing to it")
    finally:
        holder.rollback()
        holder.close()
    assert snapshot(ready) == before
    assert ready.run("note", SLUG, "--went-well", "the demo").code == 0


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["agenda", "--days", "abc"], "agenda: Invalid value for '--days'"),
        (["agenda", "--limit", "-1"], "agenda: Invalid value for '--limit'"),
        (["agenda", "--bogus"], "agenda: No such option: --bogus"),
        (["show"], "show: Missing argument 'ROUND'"),
        (["nosuch"], "No such command 'nosuch'"),
        (["log", SLUG], "log: Missing argument"),
    ],
)
def test_usage_errors_are_one_line_with_where_to_look(ready, args, says):
    before = snapshot(ready)
    done = ready.run(*args)
    one_line_error(done, says)
    assert "--help" in done.err
    assert snapshot(ready) == before


def test_declining_a_confirmation_changes_nothing(ready):
    before = snapshot(ready)
    done = ready.run("delete", SLUG, input="n\n")
    assert done.code == 1 and "nothing was changed" in done.err
    assert snapshot(ready) == before
