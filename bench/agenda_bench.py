"""Time `followup agenda` over a store of 2,000 rounds, against planning the same rounds in memory.

    make bench            # or: .venv/bin/python bench/agenda_bench.py [--rounds N] [--runs N]

The rounds are `plan_bench.random_round`s (fixed seed), stored in a fresh
SQLite file in a temporary directory through the store API the CLI uses
(`Store.add_rounds`, in batches), with a profile and a draft for every tenth
round (every other one approved). Timed: the agenda as a service call in
this process, and `followup agenda` as a new process (text and JSON output).

The peer, run in the same process over the same rounds, is `plan_round` on
the records held in memory with the same profile and policy: what the
agenda cannot avoid doing. The ratio is the price of the rest (reading the
store, composing what is due to find what is blocked, the drafts' states).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from followup.model import MessageKind, Round
from followup.planner import plan_round
from followup.service import profile as profiles
from followup.service.agenda import build_agenda
from followup.store import DATA_DIR_ENV, DATABASE_URL_ENV, DraftSource, Store, open_store
from followup.store import drafts as draft_rows
from plan_bench import random_round

NOW = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)
BATCH = 500
PROFILE = profiles.ProfileAnswers(
    name="Priya Raman", email="priya.raman@example.com", time_zone="America/New_York"
)


def median_seconds(work: Callable[[], object], runs: int) -> float:
    laps = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        laps.append(time.perf_counter() - began)
    return statistics.median(laps)


def fill(store: Store, records: list[Round]) -> None:
    """The rounds in batches of `BATCH` (one transaction each), the profile, some drafts."""
    profiles.save_profile(store, PROFILE)
    stored = []
    for start in range(0, len(records), BATCH):
        stored += store.add_rounds(records[start : start + BATCH])
        print(f"  stored {len(stored):,} of {len(records):,} rounds", file=sys.stderr)
    with store.transaction(writing=True) as session:
        for number, (rid, record) in enumerate(zip(stored, records, strict=True)):
            if number % 10:
                continue
            to = record.interviewers[0].name
            body = f"Dear {to},\n\nThank you for your time today.\n\nPriya Raman"
            kind, source = MessageKind.THANK_YOU, DraftSource.COMPOSER
            ref = draft_rows.save_draft(
                session, rid.number, to, kind, "Thank you", body, source, NOW
            )
            if number % 20 == 0:
                draft_rows.approve_draft(session, ref.draft_id, None, NOW)


def cli_seconds(data_dir: Path, runs: int, *extra: str) -> float:
    """Median wall time of `followup agenda` as a new process (output discarded)."""
    env = {**os.environ, DATA_DIR_ENV: str(data_dir), "COLUMNS": "100"}
    env.pop(DATABASE_URL_ENV, None)
    command = [sys.executable, "-m", "followup", "agenda", "--now", NOW.isoformat(), *extra]

    def run() -> None:
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)

    return median_seconds(run, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=5, help="runs of each in-process timing")
    parser.add_argument("--cli-runs", type=int, default=5, help="runs of each CLI timing")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = [random_round(rng, i) for i in range(args.rounds)]
    with tempfile.TemporaryDirectory(prefix="followup-agenda-bench-") as folder:
        data_dir = Path(folder)
        os.environ[DATA_DIR_ENV] = str(data_dir)
        os.environ.pop(DATABASE_URL_ENV, None)
        began = time.perf_counter()
        with open_store() as store:
            fill(store, records)
            filled = time.perf_counter() - began
            profile = store.load_profile()
            policy = profiles.policy_for(profile)
            agenda = build_agenda(store, NOW)  # warm: holiday tables, composer banks
            agenda_s = median_seconds(lambda: build_agenda(store, NOW), args.runs)
            read_s = median_seconds(store.all_rounds, args.runs)
            mine = [profiles.with_candidate(record, profile) for record in records]
            peer_s = median_seconds(
                lambda: [plan_round(record, policy, NOW) for record in mine], args.runs
            )
        cli_text = cli_seconds(data_dir, args.cli_runs)
        cli_json = cli_seconds(data_dir, args.cli_runs, "--format", "json")
    print(
        f"rounds: {args.rounds:,} (seed {args.seed}) in SQLite, filled in {filled:.1f} s;"
        f" agenda as of {NOW:%Y-%m-%d %H:%M} UTC: {len(agenda.items):,} items,"
        f" {len(agenda.waiting):,} rounds waiting"
    )
    print(f"agenda, service call:      median {agenda_s:6.2f} s   ({args.runs} runs)")
    print(f"  of which reading rounds: median {read_s:6.2f} s")
    print(f"peer: plan_round in memory: median {peer_s:6.2f} s")
    print(f"ratio agenda/peer (median): {agenda_s / peer_s:.2f}x")
    print(f"followup agenda, new process, text: median {cli_text:6.2f} s   ({args.cli_runs} runs)")
    print(f"followup agenda, new process, json: median {cli_json:6.2f} s")
    print(f"ratio CLI text/peer, json/peer: {cli_text / peer_s:.1f}x, {cli_json / peer_s:.1f}x")


if __name__ == "__main__":
    main()
