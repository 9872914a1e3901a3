"""A handful of composed drafts, pinned word for word in tests/snapshots/compose/.

A change of wording shows up here as a diff to read. After a deliberate
change, regenerate the files and review them like code:

    FOLLOWUP_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_compose_snapshots.py
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from followup.compose import Draft, compose_plan
from followup.model import Round, Tone
from followup.planner import plan_round
from followup.policy import DEFAULT_POLICY
from followup.records import load_round

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots" / "compose"
UPDATE = os.environ.get("FOLLOWUP_UPDATE_SNAPSHOTS") == "1"


def _news(record: Round, text: str, at: str) -> Round:
    from followup.model import Event, EventKind

    event = Event(at=dt.datetime.fromisoformat(at), kind=EventKind.NEWS, text=text)
    return dataclasses.replace(record, events=(*record.events, event))


def _drafts(
    example: str, now: str, tone: Tone | None = None, long_game: bool = False
) -> list[Draft]:
    record = load_round(ROOT / "examples" / f"{example}.yaml")
    if long_game:
        record = _news(
            record, "I shipped an open-source data quality checker", "2026-04-20T09:00-04:00"
        )
    policy = DEFAULT_POLICY.with_overrides(long_game=long_game)
    moment = dt.datetime.fromisoformat(now)
    composed = compose_plan(record, plan_round(record, policy, moment), policy, moment, tone=tone)
    return list(composed.drafts)


CASES = {
    "first-round": ("first-round", "2026-03-03T11:30-05:00", None, False),
    "first-round-warm": ("first-round", "2026-03-03T11:30-05:00", Tone.WARM, False),
    "panel": ("panel", "2026-03-03T16:00-05:00", None, False),
    "final-round": ("final-round", "2026-03-03T11:00-05:00", None, False),
    "rejected": ("rejected", "2026-02-27T17:00-05:00", None, True),
}


def render(draft: Draft) -> str:
    head = [
        f"kind: {draft.kind.value}",
        f"to: {draft.to} <{draft.email or 'no address'}>",
        f"send_at: {draft.send_at.isoformat()}",
    ]
    if draft.about:
        head.append(f"about: {', '.join(draft.about)}")
    head += [f"note: {note}" for note in draft.notes]
    return "\n".join(head) + "\n\n" + draft.text


def snapshot_name(case: str, draft: Draft) -> str:
    to = draft.to.lower().replace(" ", "-")
    return f"{case}--{draft.kind.value}--{to}.txt"


@pytest.mark.parametrize("case", sorted(CASES))
def test_drafts_match_their_snapshots(case: str):
    example, now, tone, long_game = CASES[case]
    drafts = _drafts(example, now, tone, long_game)
    assert drafts
    expected = {path.name for path in SNAPSHOTS.glob(f"{case}--*.txt")}
    seen = set()
    for draft in drafts:
        name = snapshot_name(case, draft)
        seen.add(name)
        path = SNAPSHOTS / name
        text = render(draft)
        if UPDATE:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
            continue
        assert path.exists(), f"no snapshot {name}: run with FOLLOWUP_UPDATE_SNAPSHOTS=1"
        assert text == path.read_text("utf-8"), f"{name} changed (FOLLOWUP_UPDATE_SNAPSHOTS=1)"
    if UPDATE:
        for stale in expected - seen:
            (SNAPSHOTS / stale).unlink()
    else:
        assert expected == seen, f"snapshots without a draft: {sorted(expected - seen)}"
