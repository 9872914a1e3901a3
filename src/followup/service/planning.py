"""Planning use cases: record files in, plans out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from followup.errors import UserError
from followup.model import Plan, Round
from followup.planner import plan_round
from followup.policy import DEFAULT_POLICY, Policy
from followup.records import load_policy, load_round
from followup.workdays import UnknownTimeZone, zone


@dataclass(frozen=True)
class PlannedRound:
    source: str
    record: Round
    plan: Plan


def read_policy(path: Path | None) -> Policy:
    return DEFAULT_POLICY if path is None else load_policy(path)


def plan_files(paths: Iterable[Path], policy: Policy, now: dt.datetime) -> Iterator[PlannedRound]:
    """Load and plan each record file in turn (the first bad file stops with its error)."""
    for path in paths:
        record = load_round(path)
        yield PlannedRound(str(path), record, plan_round(record, policy, now))


def parse_moment(text: str, option: str, default_zone: dt.tzinfo | None = None) -> dt.datetime:
    """An ISO 8601 date-time from the command line; naive ones are read in `default_zone`."""
    cleaned = text.strip()
    try:
        moment = dt.datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            f"{option}: not a date-time: {text!r} (expected ISO 8601, e.g. 2026-03-03T12:00-05:00)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_zone) if default_zone else moment.astimezone()
    return moment


def resolve_zone(name: str, option: str) -> dt.tzinfo:
    try:
        return zone(name)
    except UnknownTimeZone:
        raise UserError(f"{option}: unknown time zone: {name!r}") from None


@dataclass(frozen=True)
class Setting:
    name: str
    value: object
    default: object
    source: str
    meaning: str

    @property
    def changed(self) -> bool:
        return self.value != self.default


def policy_settings(policy: Policy) -> list[Setting]:
    """Every etiquette setting of `policy`, as written in a policy file, with its source."""
    from followup.policy import policy_fields
    from followup.records import policy_to_dict

    values, defaults = policy_to_dict(policy), policy_to_dict(DEFAULT_POLICY)
    return [
        Setting(f.name, values[f.name], defaults[f.name], f.metadata["source"], f.metadata["doc"])
        for f in policy_fields()
    ]
