"""A whole day through the command line, as a user lives it: from the invite to the reply.

init → import the calendar invite → notes (flags and $EDITOR) → agenda → draft → edit →
approve → export .eml → log sent → log reply → the agenda shows the check-in cancelled.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

pytest_plugins = ("workflow_fixtures",)

INVITES = Path(__file__).resolve().parent / "invites"

SLUG = "northwind-data-engineer-2026-03-03"
AFTER = "2026-03-03T12:30:00-05:00"  # the interview ended at 11:00 New York time


def test_a_day_from_invite_to_reply(user, editor, tmp_path):
    # 1. The profile, from flags.
    done = user.run(
        "init", "--name", "Priya Raman", "--email", "priya.raman@example.com",
        "--time-zone", "America/New_York", "--country", "US", "--yes",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert "Priya Raman <priya.raman@example.com>, America/New_York" in done.out

    # 2. The invite: the user accepts the guessed company and role, and picks the stage.
    done = user.run("import", str(INVITES / "google_meet.ics"), input="\n\nfirst-round\n")
    assert done.code == 0, done.err
    assert "with Maria Lopez <maria.lopez@northwind.example>" in done.out
    assert "priya.raman@example.com" not in done.out.split("Added")[1]  # she is not an interviewer
    assert (
        f"Added {SLUG}: Northwind — Data Engineer (first round, Tue 3 Mar 2026 10:00)" in done.out
    )
    assert "Add what you talked about with Maria Lopez" in done.out

    # 3. Before any notes, the agenda says what blocks the thank-you notes.
    done = user.run("agenda", "--now", AFTER)
    assert done.code == 0, done.err
    assert "Blocked: add this first (2)" in done.out
    assert "Add at least one topic you discussed with Maria Lopez" in done.out

    # 4. Notes: one person by flags, the other in the editor (a YAML snippet).
    done = user.run(
        "note", SLUG, "--person", "maria lopez",
        "--topic", "moving the nightly batch jobs to streaming",
    )  # fmt: skip
    assert done.code == 0, done.err
    editor(
        """
        text = text.replace(
            "  Daniel Chen:\\n    topics: []", "  Daniel Chen:\\n    topics:\\n    - the on-call rotation"
        )
        text = text.replace("  missed: []", "  missed:\\n  - the runbooks I wrote")
        """
    )
    done = user.run("note", SLUG)
    assert done.code == 0, done.err
    assert "talked about: the on-call rotation" in done.out
    assert "missed: the runbooks I wrote" in done.out

    # 5. The agenda now: the notes are due, and the first line says what to do.
    done = user.run("agenda", "--now", AFTER)
    first = done.out.splitlines()[0]
    assert first.startswith("Now: write the thank-you note to Daniel Chen (Northwind)")
    assert f"followup draft {SLUG}" in done.out
    assert "Blocked" not in done.out

    # 6. Draft: composed, reviewed and stored.
    done = user.run("draft", SLUG, "--now", AFTER)
    assert done.code == 0, done.err
    assert "Thank-you note → Maria Lopez" in done.out
    assert "Draft 1 (thank-you → Daniel Chen, revision 1): stored as a new draft." in done.out
    assert "Draft 2 (thank-you → Maria Lopez, revision 1): stored as a new draft." in done.out

    # 7. Edit draft 2 in the editor: a new revision, reviewed at once.
    editor('text = text.replace("Best regards,", "Hope to hear from u soon!!!\\n\\nBest regards,")')
    done = user.run("edit", "2", "--now", AFTER)
    assert done.code == 0, done.err
    assert "Saved draft 2 as revision 2." in done.out
    assert "overly-familiar" in done.out and "Write 'you' instead." in done.out
    editor('text = text.replace("Hope to hear from u soon!!!\\n\\n", "")')
    done = user.run("edit", "2", "--now", AFTER)
    assert "Saved draft 2 as revision 3." in done.out and "overly-familiar" not in done.out

    # 8. Approve draft 2 only: the export mails exactly that text, and says why not draft 1.
    done = user.run("approve", "2", "--revision", "3", "--now", AFTER)
    assert done.code == 0, done.err
    assert "Approved draft 2 (the thank-you to Maria Lopez), revision 3" in done.out
    outbox = tmp_path / "outbox"
    done = user.run("export", SLUG, "--eml", str(outbox), "--now", AFTER)
    assert done.code == 0, done.err
    assert "Not mailed: draft 1 (thank-you to Daniel Chen): not approved" in done.out
    [eml] = outbox.iterdir()
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Maria Lopez <maria.lopez@northwind.example>"
    assert message["From"] == "Priya Raman <priya.raman@example.com>"
    stored = user.rows("select subject, body from draft_revisions where number = 3")
    body = message.get_content().replace("\r\n", "\n").rstrip("\n")
    assert [(message["Subject"], body)] == stored

    # 9. She sent both notes; then Maria replied. The plan updates at once.
    for name, at in (("Maria Lopez", "12:40"), ("Daniel Chen", "12:41")):
        done = user.run(
            "log", SLUG, "sent", "--to", name, "--at", f"2026-03-03T{at}-05:00",
            "--now", "2026-03-03T13:00-05:00",
        )  # fmt: skip
        assert done.code == 0, done.err
        assert f"Thank-you note → {name}: off the plan" in done.out
    done = user.run(
        "log", SLUG, "reply", "--from", "Maria Lopez",
        "--at", "2026-03-05T09:12-05:00", "--now", "2026-03-05T10:00-05:00",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert "Check-in → Maria Lopez: planned → cancelled" in done.out

    # 10. The agenda shows the check-in cancelled, and why.
    done = user.run("agenda", "--now", "2026-03-05T10:00-05:00")
    assert done.code == 0, done.err
    assert done.out.splitlines()[0].startswith("Nothing due now. Northwind: No check-in")
    assert "Cancelled: no longer needed (1)" in done.out
    assert "Check-in → Maria Lopez" in done.out
    assert "Maria Lopez replied on Thu 5 Mar 09:12" in done.out
