"""Two formatters of one result: drafted rounds as Rich panels for people, as JSON for scripts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from followup.cli.check_output import STYLE
from followup.compose import Blocked, Draft
from followup.review import Finding
from followup.service.drafting import DraftedRound, ReviewedDraft

WHAT = {
    "thank-you": "Thank-you note",
    "forward-request": "Ask to pass on thanks",
    "card": "Handwritten card",
    "check-in": "Check-in",
    "rejection-reply": "Reply to the rejection",
    "long-game": "Long-game update",
}


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "start": finding.start,
        "end": finding.end,
        "message": finding.message,
        "suggestion": finding.suggestion,
    }


def draft_json(reviewed: ReviewedDraft) -> dict[str, Any]:
    draft = reviewed.draft
    return {
        "kind": draft.kind.value,
        "to": draft.to,
        "email": draft.email,
        "send_at": draft.send_at.isoformat(),
        "subject": draft.subject,
        "body": draft.body,
        "about": list(draft.about),
        "notes": list(draft.notes),
        "uid": draft.uid,
        "findings": [finding_json(finding) for finding in reviewed.findings],
    }


def blocked_json(blocked: Blocked) -> dict[str, Any]:
    return {
        "kind": blocked.kind.value,
        "to": blocked.to,
        "at": blocked.at.isoformat(),
        "reason": blocked.reason,
    }


def round_json(drafted: DraftedRound) -> dict[str, Any]:
    return {
        "file": drafted.source,
        "company": drafted.record.company,
        "role": drafted.record.role,
        "drafts": [draft_json(reviewed) for reviewed in drafted.drafts],
        "blocked": [blocked_json(blocked) for blocked in drafted.blocked],
        "notes": list(drafted.notes),
    }


def print_json(rounds: Sequence[DraftedRound]) -> None:
    for drafted in rounds:
        print(json.dumps(round_json(drafted), ensure_ascii=False))  # noqa: T201


def _stamp(moment: dt.datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b} {moment:%H:%M} {moment:%Z}".strip()


def _what(kind: str) -> str:
    return WHAT.get(kind, kind)


def _shown(moment: dt.datetime, yours: dt.tzinfo | None) -> str:
    return _stamp(moment if yours is None else moment.astimezone(yours))


def _panel(reviewed: ReviewedDraft, yours: dt.tzinfo | None) -> Panel:
    draft: Draft = reviewed.draft
    head = Text()
    address = f" <{draft.email}>" if draft.email else " (no address: hand it over yourself)"
    head.append(f"To:      {draft.to}{address}\n")
    head.append(f"Send:    {_shown(draft.send_at, yours)}\n")
    if draft.subject is not None:
        head.append(f"Subject: {draft.subject}\n")
    parts: list[Any] = [head, Text(draft.body)]
    for note in draft.notes:
        parts.append(Text(f"• {note}", style="dim"))
    for finding in reviewed.findings:
        line = Text()
        line.append(f"{finding.severity.value} ", style=STYLE[finding.severity.value])
        line.append(f"{finding.rule}: {finding.message} → {finding.suggestion}")
        parts.append(line)
    if not reviewed.findings:
        parts.append(Text("Reviewer: no findings.", style="green"))
    title = f"{_what(draft.kind.value)} → {draft.to}"
    return Panel(Group(*parts), title=title, title_align="left")


def print_text(rounds: Sequence[DraftedRound], written: Sequence[str] = ()) -> None:
    console = Console(highlight=False)
    for drafted in rounds:
        record = drafted.record
        console.print(f"{record.company} — {record.role} ({drafted.source})", style="bold")
        for note in drafted.notes:
            console.print(f"  {note}")
        for reviewed in drafted.drafts:
            console.print(_panel(reviewed, drafted.yours))
        for blocked in drafted.blocked:
            to = f" → {blocked.to}" if blocked.to else ""
            console.print(Text(f"Blocked: {_what(blocked.kind.value)}{to}", style="yellow"))
            console.print(f"  {blocked.reason}")
        console.print()
    for path in written:
        console.print(f"Wrote {path}")
