"""The JSON the workflow commands print, pinned: scripts rely on these keys and values."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

pytest_plugins = ("workflow_fixtures",)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SLUG = "halvorsen-analytics-data-engineer-2026-03-03"
NOW = "2026-03-03T12:30:00-05:00"
REFLECT = (
    "While it is fresh, write down the questions you were asked, how you answered, and what "
    "you talked about with each person: the notes make every message specific."
)
THANKS = (
    "Thank Marcus Okafor within a day, never in the first hour: the interview ended at 11:00 "
    "their time, so later that day works."
)


@pytest.fixture
def ready(user):
    done = user.run(
        "init", "--name", "Priya Raman", "--email", "priya.raman@example.com",
        "--time-zone", "America/New_York", "--yes", "--format", "json",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert user.run("add", str(EXAMPLES / "first-round.yaml")).code == 0
    return user


def test_init(user):
    done = user.run(
        "init", "--name", "Priya Raman", "--email", "priya.raman@example.com",
        "--phone", "+1 415 555 0100", "--link", "https://example.com/priya",
        "--time-zone", "America/New_York", "--tone", "warm", "--country", "us",
        "--region", "ny", "--yes", "--format", "json",
    )  # fmt: skip
    assert done.json() == {
        "name": "Priya Raman",
        "email": "priya.raman@example.com",
        "phone": "+1 415 555 0100",
        "links": ["https://example.com/priya"],
        "time_zone": "America/New_York",
        "tone": "warm",
        "country": "US",
        "region": "NY",
        "database": str(user.db),
    }


def test_add_and_import(user):
    done = user.run("add", str(EXAMPLES / "first-round.yaml"), "--format", "json")
    assert done.json() == {
        "added": [
            {
                "id": 1,
                "slug": SLUG,
                "company": "Halvorsen Analytics",
                "role": "Data Engineer",
                "stage": "first-round",
                "start": "2026-03-03T10:00:00-05:00",
                "source": str(EXAMPLES / "first-round.yaml"),
                "people_without_topics": [],
            }
        ]
    }
    invite = Path(__file__).resolve().parent / "invites" / "google_meet.ics"
    user.run("init", "--name", "Priya Raman", "--email", "priya.raman@example.com", "--yes")
    done = user.run("import", str(invite), "--stage", "panel", "--yes", "--format", "json")
    [added] = done.json()["added"]
    assert added["slug"] == "northwind-data-engineer-2026-03-03"
    assert added["stage"] == "panel" and added["source"] == str(invite)
    assert added["people_without_topics"] == ["Maria Lopez", "Daniel Chen"]


def test_agenda(ready):
    done = ready.run("agenda", "--now", NOW, "--format", "json")
    base = {"round": SLUG, "company": "Halvorsen Analytics", "role": "Data Engineer"}
    assert done.json() == {
        "now": NOW,
        "days": 7,
        "next": {
            "text": "Now: write the thank-you note to Marcus Okafor (Halvorsen Analytics)",
            "command": f"followup draft {SLUG} --to 'Marcus Okafor'",
        },
        "overdue": [],
        "today": [
            base
            | {
                "kind": "reminder",
                "to": None,
                "at": "2026-03-03T11:00:00-05:00",
                "window_end": None,
                "reason": REFLECT,
                "draft": None,
            },
            base
            | {
                "kind": "thank-you",
                "to": "Marcus Okafor",
                "at": "2026-03-03T12:00:00-05:00",
                "window_end": "2026-03-04T11:00:00-05:00",
                "reason": THANKS,
                "draft": None,
            },
        ],
        "upcoming": [],
        "blocked": [],
        "cancelled": [],
        "waiting": [],
        "rounds": 1,
        "ended": 0,
    }
    assert ready.run("draft", SLUG, "--now", NOW).code == 0
    later = ready.run("agenda", "--now", NOW, "--format", "json").json()
    assert later["today"][1]["draft"] == {"id": 1, "revision": 1, "approved": False}
    assert later["next"] == {
        "text": "Now: review and approve draft 1, the thank-you note to Marcus Okafor "
        "(Halvorsen Analytics)",
        "command": "followup approve 1",
    }


def test_list_show_delete_restore(ready):
    summary = {
        "id": 1,
        "slug": SLUG,
        "company": "Halvorsen Analytics",
        "role": "Data Engineer",
        "stage": "first-round",
        "start": "2026-03-03T10:00:00-05:00",
        "status": "open",
        "deleted_at": None,
    }
    assert ready.run("list", "--format", "json").json() == {"rounds": [summary]}
    assert ready.run("list", "--status", "closed", "--format", "json").json() == {"rounds": []}
    shown = ready.run("show", SLUG, "--now", NOW, "--format", "json").json()
    assert list(shown) == ["id", "slug", "record", "plan", "drafts"]
    assert shown["record"]["company"] == "Halvorsen Analytics"
    assert [item["kind"] for item in shown["plan"]["items"]] == [
        "reminder",
        "thank-you",
        "check-in",
    ]
    assert ready.run("delete", "1", "--yes", "--format", "json").json() == {
        "deleted": {"id": 1, "slug": SLUG}
    }
    assert ready.run("restore", "--format", "json").json() == {"restored": {"id": 1, "slug": SLUG}}


def test_note(ready):
    done = ready.run("note", SLUG, "--went-well", "the demo", "--question", "Why data?")
    assert done.code == 0, done.err
    done = ready.run("note", SLUG, "--topic", "dbt tests", "--format", "json")
    data = done.json()
    assert data["added"] == 1 and data["changed"] is True
    assert data["notes"] == {
        "questions": ["Why data?"],
        "went_well": ["the streaming migration story", "the demo"],
        "missed": ["the runbooks I wrote for on-call"],
        "moments": [],
        "signals": [],
    }
    assert data["interviewers"] == {
        "Marcus Okafor": {
            "topics": [
                "moving the nightly batch jobs to streaming",
                "the on-call rotation",
                "dbt tests",
            ],
            "moments": ["his dog joining the call"],
            "questions": [],
        }
    }


def test_draft_edit_approve(ready, editor):
    data = ready.run("draft", SLUG, "--now", NOW, "--format", "json").json()
    assert list(data) == ["round", "drafts", "blocked", "notes"]
    [draft] = data["drafts"]
    assert {k: draft[k] for k in ("id", "revision", "stored", "kind", "to", "send_at")} == {
        "id": 1,
        "revision": 1,
        "stored": "new",
        "kind": "thank-you",
        "to": "Marcus Okafor",
        "send_at": NOW,
    }
    assert draft["findings"] == []
    editor('text = text.replace("Sincerely,", "Thanks again,")')
    edited = ready.run("edit", "1", "--now", NOW, "--format", "json").json()
    assert list(edited) == [
        "id", "round", "to", "kind", "revision", "source", "subject", "body", "approved",
        "sha256", "changed", "review",
    ]  # fmt: skip
    assert (edited["revision"], edited["source"], edited["changed"]) == (2, "user", True)
    assert "Thanks again," in edited["body"] and edited["approved"] is False
    assert set(edited["review"]) == {"score", "kind", "findings"}
    approved = ready.run("approve", "1", "--now", NOW, "--format", "json").json()
    text = json.dumps(
        [edited["subject"], edited["body"]], ensure_ascii=False, separators=(",", ":")
    )
    assert approved["sha256"] == hashlib.sha256(text.encode()).hexdigest() == edited["sha256"]
    assert (approved["approved"], approved["approved_revision"]) == (True, 2)


def test_log(ready):
    done = ready.run(
        "log", SLUG, "sent", "--to", "marcus okafor", "--at", "2026-03-03T12:40-05:00",
        "--now", "2026-03-03T13:00-05:00", "--format", "json",
    )  # fmt: skip
    assert done.json() == {
        "round": SLUG,
        "event": {
            "at": "2026-03-03T12:40:00-05:00",
            "kind": "sent",
            "to": "Marcus Okafor",
            "message": "thank-you",
            "from": None,
            "outcome": None,
            "text": None,
        },
        "changes": [
            {
                "before": {
                    "kind": "reminder",
                    "to": None,
                    "at": "2026-03-03T11:00:00-05:00",
                    "status": "planned",
                    "reason": REFLECT,
                },
                "after": None,
            },
            {
                "before": {
                    "kind": "thank-you",
                    "to": "Marcus Okafor",
                    "at": "2026-03-03T12:00:00-05:00",
                    "status": "planned",
                    "reason": THANKS,
                },
                "after": None,
            },
        ],
    }


def test_export(ready, tmp_path):
    out = tmp_path / "out"
    done = ready.run(
        "export", SLUG, "--yaml", str(out), "--eml", str(out / "mail"),
        "--ics", str(out / "reminders.ics"), "--now", NOW, "--format", "json",
    )  # fmt: skip
    assert done.json() == {
        "rounds": [SLUG],
        "yaml": [str(out / f"{SLUG}.yaml")],
        "eml": [],
        "ics": str(out / "reminders.ics"),
        "reminders": 2,
        "skipped": [],
    }
