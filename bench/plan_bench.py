"""Time to plan 10,000 random rounds, against reading the same rounds from YAML.

    make bench            # or: .venv/bin/python bench/plan_bench.py [--rounds N]

The peer, run in the same process over the same rounds, is the records edge
loading each round from its YAML text (parse + validate): the cost a user
already pays to get a round in. The ratio says how planning compares.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from followup.model import (
    Event,
    EventKind,
    Interviewer,
    MessageKind,
    Outcome,
    ParticipantRole,
    Round,
    Stage,
)
from followup.planner import plan_round
from followup.policy import DEFAULT_POLICY
from followup.records import dump_round, load_round_text
from followup.workdays import zone

ZONES = [
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
]
PHRASES = ["by next Friday", "end of next week", "within two weeks", "soon", None, None, None]
T = TypeVar("T")


def random_round(rng: random.Random, index: int) -> Round:
    where = rng.choice(ZONES)
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365))
    start = dt.datetime.combine(
        day, dt.time(rng.randrange(8, 18), rng.choice([0, 30])), zone(where)
    )
    end = start + dt.timedelta(minutes=rng.choice([30, 45, 60, 90, 120]))
    people = tuple(
        Interviewer(
            name=f"Person {index}-{n}",
            email=None if rng.random() < 0.2 else f"p{n}@example.com",
            role=rng.choice(list(ParticipantRole)),
            time_zone=rng.choice([None, None, *ZONES]),
            topics=("the roadmap",),
        )
        for n in range(rng.randint(1, 5))
    )
    events: list[Event] = []
    if rng.random() < 0.5:
        events.append(
            Event(
                end + dt.timedelta(hours=3),
                EventKind.SENT,
                to=people[0].name,
                message=MessageKind.THANK_YOU,
            )
        )
    if rng.random() < 0.2:
        events.append(
            Event(end + dt.timedelta(days=9), EventKind.DECISION, outcome=rng.choice(list(Outcome)))
        )
    timeline = rng.choice(PHRASES)
    if rng.random() < 0.2:
        timeline = day + dt.timedelta(days=rng.randrange(3, 15))
    return Round(
        company=f"Company {index}",
        role="Data Engineer",
        stage=rng.choice(list(Stage)),
        start=start,
        end=end,
        interviewers=people,
        time_zone=where,
        timeline=timeline,
        events=tuple(events),
    )


def timed(work: Callable[[T], object], inputs: Sequence[T]) -> list[float]:
    """Seconds per input, one call each."""
    laps = []
    for value in inputs:
        began = time.perf_counter()
        work(value)
        laps.append(time.perf_counter() - began)
    return laps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rounds = [random_round(rng, i) for i in range(args.rounds)]
    texts = [dump_round(r) for r in rounds]
    now = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
    plan_round(rounds[0], DEFAULT_POLICY, now)  # warm the holiday tables once
    began = time.perf_counter()
    plan_laps = timed(lambda r: plan_round(r, DEFAULT_POLICY, now), rounds)
    plan_total = time.perf_counter() - began
    began = time.perf_counter()
    load_laps = timed(lambda t: load_round_text(t, "bench"), texts)
    load_total = time.perf_counter() - began
    plan_ms, load_ms = statistics.median(plan_laps) * 1e3, statistics.median(load_laps) * 1e3
    print(f"rounds: {args.rounds} (seed {args.seed})")
    print(
        f"plan_round:      total {plan_total:7.2f} s   median {plan_ms:6.3f} ms/round"
        f"   p99 {sorted(plan_laps)[int(len(plan_laps) * 0.99)] * 1e3:6.3f} ms"
    )
    print(f"load YAML round: total {load_total:7.2f} s   median {load_ms:6.3f} ms/round")
    print(f"ratio plan/load (median): {plan_ms / load_ms:.2f}x")


if __name__ == "__main__":
    main()
