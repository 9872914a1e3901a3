"""The labelled dev corpus: every label fires, nothing else does, and a per-rule table says how well.

The corpus is a sample, not the exam: the table is printed for every run
(`pytest -s tests/test_review_corpus.py`, and in the terminal summary), and
the test lists what it misses instead of being loosened.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from followup.review import RULES, Severity, review

from review_context import context_from

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
SCORED = {Severity.WARNING, Severity.ERROR}


@dataclass(frozen=True)
class Outcome:
    entry: str
    fired: frozenset[str]
    labels: frozenset[str]
    also_ok: frozenset[str]

    @property
    def missed(self) -> frozenset[str]:
        return self.labels - self.fired

    @property
    def unexpected(self) -> frozenset[str]:
        return self.fired - self.labels - self.also_ok


def entries() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]


def run(entry: dict) -> Outcome:
    head = f"Subject: {entry['subject']}\n\n" if entry["subject"] else ""
    report = review(head + entry["body"], entry["kind"], context_from(entry["context"]))
    fired = frozenset(f.rule for f in report.findings if f.severity in SCORED)
    return Outcome(entry["id"], fired, frozenset(entry["labels"]), frozenset(entry["also_ok"]))


def table(outcomes: list[Outcome]) -> str:
    true_pos, false_pos, false_neg = Counter[str](), Counter[str](), Counter[str]()
    for outcome in outcomes:
        for rule in outcome.fired & outcome.labels:
            true_pos[rule] += 1
        for rule in outcome.unexpected:
            false_pos[rule] += 1
        for rule in outcome.missed:
            false_neg[rule] += 1
    lines = [f"{'rule':<22}{'tp':>4}{'fp':>4}{'fn':>4}{'precision':>11}{'recall':>8}"]
    for rule in sorted({r.id for r in RULES}):
        tp, fp, fn = true_pos[rule], false_pos[rule], false_neg[rule]
        precision = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        recall = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        lines.append(f"{rule:<22}{tp:>4}{fp:>4}{fn:>4}{precision:>11}{recall:>8}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    return [run(entry) for entry in entries()]


def test_corpus_is_there_and_complete(outcomes):
    assert len(outcomes) >= 35
    assert all(set(o.labels) <= {r.id for r in RULES} for o in outcomes)


def test_every_label_fires_and_nothing_else(outcomes, capsys):
    with capsys.disabled():
        print("\n" + table(outcomes))
    problems = [f"{o.entry}: missed {sorted(o.missed)}" for o in outcomes if o.missed] + [
        f"{o.entry}: unexpected {sorted(o.unexpected)}" for o in outcomes if o.unexpected
    ]
    assert problems == []
