"""`make run`: the example rounds in a fresh demo store, the agenda, and the drafts that are due.

    .venv/bin/python examples/demo.py [--data-dir .demo] [--now 2026-03-03T16:00:00-05:00]

Every step is a `followup` command, printed before it runs, against a store
in the demo directory only: ``FOLLOWUP_DATA_DIR`` points there and
``FOLLOWUP_DATABASE_URL`` is removed, so a real store is never touched. The
store is made afresh on every run, and only in a directory this script made
(it leaves a `MARK` file there). The moment is fixed, the afternoon of the
first interviews, so the output is the same on every machine.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO_NOW = "2026-03-03T16:00:00-05:00"
MARK = ".followup-demo"
DATABASE_FILES = ("followup.db", "followup.db-wal", "followup.db-shm")

HALVORSEN = "halvorsen-analytics-data-engineer-2026-03-03"
ASHGROVE = "ashgrove-pell-llp-legal-data-analyst-2026-03-03"
CORVID = "corvid-health-analytics-engineer-2026-02-10"
SENT_AT = "2026-03-03T13:10:00-05:00"


def demo_steps(now: str = DEMO_NOW) -> list[list[str]]:
    """The session as `followup` arguments (record paths relative to the checkout)."""
    records = sorted(path.relative_to(ROOT).as_posix() for path in ROOT.glob("examples/*.yaml"))
    profile = ["--name", "Priya Raman", "--email", "priya.raman@example.com"]
    profile += ["--phone", "+1 415 555 0100"]
    profile += ["--link", "https://www.linkedin.com/in/priya-raman-example"]
    profile += ["--time-zone", "America/New_York", "--country", "US", "--yes"]
    return [
        ["init", *profile],
        ["add", *records],
        # Marcus Okafor's thank-you went out after lunch: that round now waits for its check-in.
        ["log", HALVORSEN, "sent", "--to", "Marcus Okafor", "--at", SENT_AT, "--now", now],
        ["agenda", "--days", "1", "--now", now],
        # The messages due now: the overdue reply to a rejection, and today's thank-you.
        ["draft", CORVID, "--now", now],
        ["draft", ASHGROVE, "--now", now],
    ]


def fresh_store(data_dir: Path) -> None:
    """The demo's store removed (never a store this script did not make)."""
    if data_dir.exists() and not (data_dir / MARK).exists() and any(data_dir.iterdir()):
        sys.stderr.write(f"demo: {data_dir} is not a demo directory (no {MARK} in it)\n")
        sys.exit(2)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARK).write_text("made by examples/demo.py: `make run` empties it\n")
    for name in DATABASE_FILES:
        (data_dir / name).unlink(missing_ok=True)


def run_step(step: list[str], env: dict[str, str]) -> int:
    """Run `followup STEP...` as its own process, as a user would; its exit status."""
    return subprocess.run([sys.executable, "-m", "followup", *step], cwd=ROOT, env=env).returncode


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT / ".demo")
    parser.add_argument("--now", default=DEMO_NOW)
    args = parser.parse_args(argv)
    data_dir = args.data_dir.resolve()
    fresh_store(data_dir)
    env = {key: value for key, value in os.environ.items() if key != "FOLLOWUP_DATABASE_URL"}
    env["FOLLOWUP_DATA_DIR"] = str(data_dir)
    for step in demo_steps(args.now):
        sys.stdout.write(f"\n$ followup {shlex.join(step)}\n")
        sys.stdout.flush()
        status = run_step(step, env)
        if status:
            sys.exit(status)
    shown = os.path.relpath(data_dir)
    shown = str(data_dir) if shown.startswith("..") else shown
    sys.stdout.write(
        f"\nThe demo store is {shown}/followup.db; look around, e.g.\n"
        f"  FOLLOWUP_DATA_DIR={shown} .venv/bin/followup show {HALVORSEN}\n"
    )


if __name__ == "__main__":
    main()
