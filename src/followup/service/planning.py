"""Planning use cases: record files in, plans out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from followup.model import Plan, Round
from followup.planner import plan_round
from followup.policy import DEFAULT_POLICY, Policy
from followup.records import load_policy, load_round
from followup.service.moments import parse_moment as parse_moment
from followup.service.moments import resolve_zone as resolve_zone


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
