"""Build a reviewer `Context` from a corpus-style context dict (record + recipient + send_at)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from followup.records import round_from_data
from followup.review import Context

EXTRA_KEYS = ("recipient", "send_at", "other_notes")


def context_from(data: dict[str, Any] | None) -> Context | None:
    if data is None:
        return None
    record_data = {k: v for k, v in data.items() if k not in EXTRA_KEYS}
    record = round_from_data(record_data, "context")
    recipient = record.interviewer(data["recipient"]) if data.get("recipient") else None
    send_at = dt.datetime.fromisoformat(data["send_at"]) if data.get("send_at") else None
    notes = tuple(data.get("other_notes") or ())
    return Context(record=record, recipient=recipient, send_at=send_at, round_notes=notes)
