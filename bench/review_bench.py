"""The reviewer against proselint on the same emails, in one process; then both CLIs' cold start.

    make bench        # or: .venv/bin/python bench/review_bench.py [--emails N] [--runs N]

Per-email throughput: every followup rule on (spelling included; context
rules too for the half of the emails written to the example record's
interviewer), against proselint's full default check set, both warmed up
once, median over the same generated emails. Cold start: median wall time
of `followup check FILE` (text and JSON) and `proselint check FILE` as new processes,
interleaved, after compiling followup's bytecode as an install does (proselint's is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from followup.records import load_round
from followup.review import Context, review

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

OPENERS = ["Dear Mr. Okafor,", "Hi Marcus,", "Dear Marcus,", "Hello Mr. Okafor,"]
THANKS = [
    "Thank you for taking the time to talk with me this morning about the Data Engineer role.",
    "Many thanks for our conversation on Tuesday about the data engineering opening.",
    "I appreciated the chance to meet you and hear how the platform team works.",
]
DETAILS = [
    "I enjoyed hearing how your team plans to move the nightly batch jobs to streaming.",
    "Your point about late-arriving events and watermarks stayed with me on the way home.",
    "The way your on-call rotation shares runbooks across time zones sounded thoughtful.",
    "It was fun to meet your dog halfway through the call.",
    "Your question about data quality checks made me think about contracts between teams.",
]
FIT = [
    "At my current company I moved our reporting from cron-driven Spark jobs to Kafka streams.",
    "I have built validation layers in Python that caught schema drift before it reached users.",
    "Last year I led a migration of forty pipelines without a missed deadline.",
]
PITFALLS = [
    "I am really nervous that I stumbled on the last question.",
    "When will I hear back about the next steps?",
    "I have attached my resume again for your convenience.",
    "This job would mean the world to me, and I think I'm better than the other candidates.",
    "Could you also tell me the salary range and the bonus structure?",
    "Btw that was AWESOME lol!!!",
    "I beleive my experiance fits realy well.",
    "Thank you for the interview at Brightline Logistics.",
]
CLOSES = [
    "I look forward to hearing about the next steps, and I am happy to share anything else.",
    "Please let me know if I can provide more information; I look forward to staying in touch.",
]
SIGNATURES = [
    "Best regards,\nPriya Raman\n+1 415 555 0100\nhttps://www.linkedin.com/in/priya-raman-example",
    "Kind regards,\nPriya Raman\n+1 415 555 0100",
]


def generated_emails(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    emails = []
    for index in range(count):
        body = [rng.choice(THANKS), *rng.sample(DETAILS, 2), rng.choice(FIT)]
        if index % 3 == 0:
            body.insert(rng.randrange(1, len(body)), rng.choice(PITFALLS))
        paragraphs = [" ".join(body[:2]), " ".join(body[2:]), rng.choice(CLOSES)]
        subject = f"Thank you – Priya Raman – Data Engineer interview ({index})"
        emails.append(
            f"Subject: {subject}\n\n{rng.choice(OPENERS)}\n\n"
            + "\n\n".join(paragraphs)
            + "\n\n"
            + rng.choice(SIGNATURES)
            + "\n"
        )
    return emails


def per_email(work, emails: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    laps = []
    for text in emails:
        began = time.perf_counter()
        work(text)
        laps.append(time.perf_counter() - began)
    return laps


def throughput(emails: list[str]) -> tuple[float, float]:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    record = load_round(ROOT / "examples" / "first-round.yaml")
    context = Context(
        record=record,
        recipient=record.interviewers[0],
        send_at=dt.datetime(2026, 3, 3, 13, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    )

    def ours(pair: tuple[int, str]) -> object:
        index, text = pair
        return review(text, "thank-you", context if index % 2 else None)

    def theirs(text: str) -> object:
        return LintFile("bench", text).lint()

    ours((1, emails[0]))  # warm up: dictionary, patterns, holiday tables
    theirs(emails[0])
    followup_laps = per_email(ours, list(enumerate(emails)))
    proselint_laps = per_email(theirs, emails)
    return statistics.median(followup_laps) * 1e3, statistics.median(proselint_laps) * 1e3


def compile_bytecode() -> None:
    """Compile followup's modules, as an install does (proselint's were compiled at install).

    Without it, a machine with PYTHONDONTWRITEBYTECODE set (as this one) recompiles every
    followup module on every start, and the cold starts compare source against bytecode.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)


def cold_start(sample: str, runs: int) -> dict[str, float]:
    """Median wall time of each command as a new process, the runs interleaved."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.txt"
        path.write_text(sample, "utf-8")
        check = [str(BIN / "followup"), "check", str(path), "--fail-on", "never"]
        commands = {
            "followup check": check,
            "followup check --format json": [*check, "--format", "json"],
            "proselint check": [str(BIN / "proselint"), "check", str(path)],
        }
        laps: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            subprocess.run(command, capture_output=True, check=False)  # caches and page cache warm
        for _ in range(runs):
            for name, command in commands.items():
                began = time.perf_counter()
                subprocess.run(command, capture_output=True, check=False)
                laps[name].append(time.perf_counter() - began)
    return {name: statistics.median(times) * 1e3 for name, times in laps.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emails", type=int, default=240)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    emails = generated_emails(args.emails, args.seed)
    ours, theirs = throughput(emails)
    print(f"emails: {len(emails)} (seed {args.seed}); every followup rule on, spelling included")
    print(f"followup review: median {ours:7.3f} ms/email")
    print(f"proselint lint:  median {theirs:7.3f} ms/email")
    print(f"throughput ratio (proselint / followup): {theirs / ours:.1f}x")
    compile_bytecode()
    cold = cold_start(emails[0], args.runs)
    theirs_cold = cold["proselint check"]
    print(f"cold start, median of {args.runs} (interleaved):")
    for name, median in cold.items():
        print(f"  {name:30s} {median:5.0f} ms   proselint / this: {theirs_cold / median:.2f}x")


if __name__ == "__main__":
    main()
