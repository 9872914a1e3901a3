"""A review report for people (findings in context, then the score) and as the JSON contract.

Rich is imported by the text view only: `--format json` starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from followup.review import Finding, Report, line_and_column
from followup.service.reviewing import CheckResult

if TYPE_CHECKING:
    from rich.text import Text

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CONTEXT_CHARS = 40


def report_json(report: Report) -> dict[str, Any]:
    findings = []
    for finding in report.findings:
        line, column = line_and_column(report.text, finding.start)
        findings.append(
            {
                "rule": finding.rule,
                "severity": finding.severity.value,
                "start": finding.start,
                "end": finding.end,
                "line": line,
                "column": column,
                "message": finding.message,
                "suggestion": finding.suggestion,
            }
        )
    return {"score": report.score, "kind": report.kind, "findings": findings}


def print_json(result: CheckResult) -> None:
    import json  # the JSON view only

    print(json.dumps(report_json(result.report), ensure_ascii=False))  # noqa: T201


def _excerpt(text: str, finding: Finding) -> Text:
    """The offending words highlighted, with a little of the line around them."""
    from rich.text import Text

    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line_end = len(text) if line_end < 0 else line_end
    start = max(line_start, finding.start - CONTEXT_CHARS)
    end = min(line_end, max(finding.end, finding.start + 1) + CONTEXT_CHARS)
    excerpt = Text("    " + ("…" if start > line_start else ""))
    excerpt.append(text[start : finding.start])
    excerpt.append(text[finding.start : min(finding.end, end)] or "▏", style="reverse")
    excerpt.append(text[min(finding.end, end) : end] + ("…" if end < line_end else ""))
    return excerpt


def print_text(result: CheckResult) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    report = result.report
    for finding in report.findings:
        line, column = line_and_column(report.text, finding.start)
        head = Text(f"{result.origin}:{line}:{column}  ")
        head.append(f"{finding.severity.value:<7}", style=STYLE[finding.severity.value])
        head.append(f" {finding.rule}", style="bold")
        console.print(head)
        console.print(_excerpt(report.text, finding))
        console.print(f"    {finding.message}")
        console.print(Text(f"    → {finding.suggestion}", style="green"))
    if not report.findings:
        console.print(Text("No problems found.", style="green"))
    measures = report.measures
    console.print(
        f"\nScore {report.score}/100 · {measures.words} words · {measures.sentences} sentences · "
        f"subject {measures.subject_words} words · reading grade {measures.reading_grade} · "
        f"{_count(measures.questions, 'question')} · "
        f"{_count(measures.exclamations, 'exclamation mark')}"
    )
    if report.penalties:
        lost = ", ".join(f"{rule} −{points}" for rule, points in report.penalties)
        console.print(f"Lost: {lost}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
