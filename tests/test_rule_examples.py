"""Every rule has at least two firing examples and two near-misses, and they behave."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

from followup.review import RULES, review

import rule_examples
from review_context import context_from
from rule_examples import Example, RuleExamples

TABLE: dict[str, RuleExamples] = {}
for info in pkgutil.iter_modules([str(Path(rule_examples.__file__).parent)]):
    TABLE.update(importlib.import_module(f"rule_examples.{info.name}").EXAMPLES)


def test_every_rule_has_two_firing_examples_and_two_near_misses():
    missing = [
        rule.id
        for rule in RULES
        if rule.id not in TABLE or len(TABLE[rule.id].fire) < 2 or len(TABLE[rule.id].pass_) < 2
    ]
    assert missing == []


def test_every_example_names_a_registered_rule():
    assert set(TABLE) <= {rule.id for rule in RULES}


def _cases(which: str) -> list[tuple[str, int, Example]]:
    return [
        (rule, index, example)
        for rule, examples in sorted(TABLE.items())
        for index, example in enumerate(examples.fire if which == "fire" else examples.pass_)
    ]


@pytest.mark.parametrize(("rule", "index", "example"), _cases("fire"), ids=lambda v: str(v)[:30])
def test_firing_examples_fire(rule: str, index: int, example: Example):
    report = review(example.text, example.kind, context_from(example.context))
    spans = [example.text[f.start : f.end] for f in report.findings if f.rule == rule]
    assert spans, f"{rule} did not fire on example {index}"
    if example.span is not None:
        assert any(example.span in span or span in example.span for span in spans), spans


@pytest.mark.parametrize(("rule", "index", "example"), _cases("pass"), ids=lambda v: str(v)[:30])
def test_near_misses_do_not_fire(rule: str, index: int, example: Example):
    report = review(example.text, example.kind, context_from(example.context))
    fired = [(f.rule, example.text[f.start : f.end]) for f in report.findings if f.rule == rule]
    assert fired == [], f"{rule} fired on near-miss {index}"
