"""What the reviewer reports: findings (small immutable values) and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


@dataclass(frozen=True)
class Hit:
    """What a rule's check found: a span of the text, what is wrong, and a fix."""

    start: int
    end: int
    message: str
    suggestion: str


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    suggestion: str


@dataclass(frozen=True)
class Measures:
    """What a sender would want to see about a message, beside the findings."""

    words: int
    sentences: int
    subject_words: int
    reading_grade: float
    questions: int
    exclamations: int


@dataclass(frozen=True)
class Report:
    text: str
    kind: str
    findings: tuple[Finding, ...]
    score: int
    measures: Measures
    penalties: tuple[tuple[str, int], ...] = field(default=())

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a 0-based offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
