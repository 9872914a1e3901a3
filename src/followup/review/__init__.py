"""The reviewer: any message, the user's or the composer's, checked for the classic pitfalls.

    from followup.review import review
    report = review(text, kind="thank-you", context=None)
    report.findings   # Finding(rule, severity, start, end, message, suggestion)
    report.score      # 0..100 readiness

Pure core: no files, no clock (the send time comes in the context).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from followup.review.finding import Finding, Hit, Measures, Report, Severity, line_and_column
from followup.review.message import Message, read_message
from followup.review.registry import RULES, rule_by_id
from followup.review.rule import KINDS, Context, Rule
from followup.review.score import measure, score

__all__ = [
    "KINDS",
    "RULES",
    "Context",
    "Finding",
    "Hit",
    "Measures",
    "Message",
    "Report",
    "Rule",
    "RuleSettings",
    "Severity",
    "line_and_column",
    "read_message",
    "review",
    "rule_by_id",
]

RuleSettings = Mapping[str, Severity | None]
"""Per rule id: a new severity, or None to switch the rule off."""


def review(
    text: str,
    kind: str = "thank-you",
    context: Context | None = None,
    settings: RuleSettings | None = None,
) -> Report:
    """Every finding in `text` (with `Subject:` line or body only), and its score."""
    situation = dataclasses.replace(context or Context(), kind=kind)
    message = read_message(text)
    findings: list[Finding] = []
    for rule in RULES:
        severity = _severity(rule, settings)
        if severity is None or not rule.applies(situation):
            continue
        findings.extend(_findings(rule, severity, rule.check(message, situation), len(text)))
    findings.sort(key=lambda f: (f.start, f.end, -f.severity.rank, f.rule))
    measures = measure(message)
    total, penalties = score(findings)
    return Report(text, kind, tuple(findings), total, measures, penalties)


def _severity(rule: Rule, settings: RuleSettings | None) -> Severity | None:
    if settings is not None and rule.id in settings:
        return settings[rule.id]
    return rule.severity


def _findings(rule: Rule, severity: Severity, hits: Iterable[Hit], size: int) -> list[Finding]:
    """The rule's hits as findings: in bounds, in order, never overlapping each other."""
    kept: list[Finding] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        start, end = max(0, min(hit.start, size)), max(0, min(hit.end, size))
        if kept and start < kept[-1].end:
            continue
        kept.append(Finding(rule.id, severity, start, max(start, end), hit.message, hit.suggestion))
    return kept
