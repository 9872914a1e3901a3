"""Stored drafts for people and as JSON: the list, an edit with its review, an approval."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from followup.cli.app import OutputFormat
from followup.cli.draft_output import finding_json
from followup.store import Draft

if TYPE_CHECKING:
    from followup.service.stored_drafts import Approved, DraftedStoredRound, Edited


def draft_json(draft: Draft) -> dict[str, Any]:
    latest = draft.latest
    return {
        "id": draft.id,
        "round": draft.round.slug,
        "to": draft.to,
        "kind": draft.kind.value,
        "revision": latest.number,
        "source": latest.source.value,
        "subject": latest.subject,
        "body": latest.body,
        "approved": draft.approved,
        "sha256": latest.sha256,
    }


def _state(draft: Draft) -> str:
    return f"approved (revision {draft.approval.revision})" if draft.approval else "not approved"


def draft_table(drafts: Sequence[Draft]) -> Table:
    table = Table(title="Drafts", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("Draft", "To", "What", "Revision", "Subject", "State"):
        table.add_column(column, overflow="fold")
    for draft in drafts:
        table.add_row(
            str(draft.id),
            draft.to or "you",
            draft.kind.value,
            str(draft.latest.number),
            draft.latest.subject or "(card)",
            _state(draft),
        )
    return table


def print_edited(edited: Edited, output: OutputFormat) -> None:
    from followup.cli import check_output

    draft = edited.draft
    if output is OutputFormat.JSON:
        data = draft_json(draft) | {
            "changed": edited.changed,
            "review": check_output.report_json(edited.report),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))  # noqa: T201
        return
    console = Console(highlight=False)
    if not edited.changed:
        console.print(f"No change: draft {draft.id} stays at revision {draft.latest.number}.")
    else:
        console.print(f"Saved draft {draft.id} as revision {draft.latest.number}.")
        if edited.was_approved:
            console.print("Your approval was for the old text: approve the new one to send it.")
    check_output.print_text(_as_check(f"draft {draft.id}", edited.report))
    if not draft.approved:
        console.print(f"Approve it with `followup approve {draft.id}`.")


def print_approved(approved: Approved, output: OutputFormat) -> None:
    draft, approval = approved.draft, approved.approval
    if output is OutputFormat.JSON:
        data = draft_json(draft) | {
            "approved_revision": approval.revision,
            "approved_at": approval.approved_at.isoformat(),
            "findings": len(approved.report.findings),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))  # noqa: T201
        return
    console = Console(highlight=False)
    to = draft.to or "you"
    console.print(
        f"Approved draft {draft.id} (the {draft.kind.value} to {to}), revision "
        f"{approval.revision}, text sha256 {approval.sha256[:12]}…"
    )
    if approved.report.findings:
        console.print(f"The reviewer still notes {len(approved.report.findings)} thing(s).")
    console.print("Any later edit needs a new approval.")


def _as_check(origin: str, report: Any) -> Any:
    from followup.service.reviewing import CheckResult

    return CheckResult(origin, report)


def _composed_json(reviewed: Any, stored: Any) -> dict[str, Any]:
    draft = reviewed.draft
    return {
        "id": stored.draft_id,
        "revision": stored.revision,
        "stored": stored.state.value,
        "kind": draft.kind.value,
        "to": draft.to,
        "email": draft.email,
        "send_at": draft.send_at.isoformat(),
        "subject": draft.subject,
        "body": draft.body,
        "findings": [finding_json(finding) for finding in reviewed.findings],
    }


STORED_WORDS = {
    "new": "stored as a new draft",
    "updated": "the composer's new text is a new revision",
    "unchanged": "unchanged",
    "kept": "your edited text is kept (the composer's would differ)",
}


def print_drafted_stored(
    result: DraftedStoredRound, written: Sequence[str], output: OutputFormat
) -> None:
    from followup.cli import draft_output

    drafted = result.drafted
    if output is OutputFormat.JSON:
        data = {
            "round": result.id.slug,
            "drafts": [
                _composed_json(reviewed, stored)
                for reviewed, stored in zip(drafted.drafts, result.stored, strict=True)
            ],
            "blocked": [
                {"kind": b.kind.value, "to": b.to, "at": b.at.isoformat(), "reason": b.reason}
                for b in drafted.blocked
            ],
            "notes": list(drafted.notes),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))  # noqa: T201
        return
    draft_output.print_text([drafted], written)
    console = Console(highlight=False)
    for reviewed, stored in zip(drafted.drafts, result.stored, strict=True):
        draft = reviewed.draft
        console.print(
            f"Draft {stored.draft_id} ({draft.kind.value} → {draft.to}, revision "
            f"{stored.revision}): {STORED_WORDS[stored.state.value]}."
        )
    if result.stored:
        first = result.stored[0].draft_id
        console.print(f"Next: `followup edit {first}` to change it, `followup approve {first}`.")
