"""The composer's gate: every draft of many generated rounds passes the reviewer, fits its
length, differs from the other notes of its round, and gives proselint nothing to say.

The matrix: every stage × both tones × panels of 1-6 people × with and without
the optional material (missed points, links, skills) × interviews that put the
thank-you on the same morning, the next morning, or a Saturday. Each round
also varies honorifics, first-name basis, time zones, people without an
address, coordinators, cards, round moments and news; a third of the rounds
are replayed after a rejection (reply and long-game update).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pytest

from followup.compose import Blocked, Draft, compose_plan
from followup.model import Round
from followup.planner import plan_round
from followup.policy import DEFAULT_POLICY, Policy
from followup.records import round_from_data
from followup.review import Context, Severity, read_message, review
from followup.review.rules.length import content_sentences
from followup.review.rules.panel import prose_words, shingles, similarity

STAGES = ("phone-screen", "first-round", "panel", "final-round", "other")
TONES = ("formal", "warm")
SIZES = range(1, 7)
OPTIONS = list(itertools.product((False, True), repeat=3))  # missed, links, skills
SENDS = {  # interview start, end (New York): thank-you same morning, next morning, Saturday
    "morning": ("2026-03-03T09:00:00-05:00", "2026-03-03T10:00:00-05:00"),
    "afternoon": ("2026-03-03T14:00:00-05:00", "2026-03-03T15:00:00-05:00"),
    "weekend": ("2026-03-06T14:30:00-05:00", "2026-03-06T15:30:00-05:00"),
}
PEOPLE = [
    ("Elena Vasquez", "Dr."),
    ("Marcus Okafor", "Mr."),
    ("Grace Lindqvist", "Ms."),
    ("Sam Ortiz", "Mx."),
    ("Tomas Reyes", "none"),
    ("Aiko Tanaka", "Ms."),
    ("José Álvarez", "Mr."),
    ("Nadia Petrova", "Dr."),
    ("Ben Achterberg", "Mr."),
    ("Ana de la Cruz", "Ms."),
]
TOPICS = [
    "migrating the nightly batch jobs to streaming",
    "the claims data warehouse",
    "testing data pipelines",
    "dashboards for clinicians",
    "his team's move to dbt",
    "the on-call rotation",
    "onboarding new analysts",
    "her plan to retire the legacy reporting stack",
    "data contracts between product teams",
    "cutting cloud costs on the analytics cluster",
    "the quarterly forecasting model",
    "privacy reviews for new data sources",
]
MOMENTS = [
    "his dog joining the call",
    "her story about the first server room",
    "the fire drill halfway through",
    "our shared love of long-distance running",
    "the whiteboard sketch of the ingestion flow",
]
QUESTIONS = ["How would you test a pipeline nobody owns?", "Tell me about a migration you led"]
COMPANIES = [
    ("Halvorsen Analytics", "Data Engineer"),
    ("Northwind Health", "Senior Data Engineer"),
    ("Ashgrove & Pell LLP", "Legal Data Analyst"),
    ("Corvid Health", "Analytics Engineer"),
    ("Brightline Logistics", "Head of Data Platform"),
]
ZONES = [None, None, "Europe/Berlin", None, "America/Los_Angeles"]
pytestmark = pytest.mark.slow  # about half a minute: 1,440 rounds, some 8,400 drafts


@dataclass(frozen=True)
class Case:
    stage: str
    tone: str
    size: int
    missed: bool
    links: bool
    skills: bool
    send: str
    index: int

    @property
    def name(self) -> str:
        flags = "".join(
            c for c, on in zip("MLS", (self.missed, self.links, self.skills), strict=True) if on
        )
        return f"{self.stage}-{self.tone}-{self.size}-{flags or 'none'}-{self.send}"


def cases() -> list[Case]:
    found = []
    product = itertools.product(STAGES, TONES, SIZES, OPTIONS, SENDS)
    for index, (stage, tone, size, (missed, links, skills), send) in enumerate(product):
        found.append(Case(stage, tone, size, missed, links, skills, send, index))
    return found


def _person(case: Case, slot: int) -> dict[str, Any]:
    i = case.index + slot
    name, honorific = PEOPLE[(case.index * 3 + slot) % len(PEOPLE)]
    person: dict[str, Any] = {
        "name": name,
        "honorific": honorific,
        "first_name_basis": i % 3 == 0,
        "title": "Engineering Manager" if slot == 0 else "Staff Engineer",
        "email": f"person{slot}@example.com",
        "role": "hiring-manager" if slot == 0 else "panelist",
    }
    shape = (i + slot) % 6
    topics = [TOPICS[(i * 5 + slot) % len(TOPICS)], TOPICS[(i * 7 + slot + 3) % len(TOPICS)]]
    if shape in (0, 1, 2):
        person["topics"] = topics[: 1 + shape % 2]
    if shape in (2, 3):
        person["moments"] = [MOMENTS[(i + slot) % len(MOMENTS)]]
    if shape == 4:
        person["questions"] = [QUESTIONS[i % len(QUESTIONS)]]
    if shape == 5:
        person["topics"] = topics[:1]
        person["moments"] = [MOMENTS[(i + 2) % len(MOMENTS)]]
    if ZONES[i % len(ZONES)]:
        person["time_zone"] = ZONES[i % len(ZONES)]
    return person


def record_data(case: Case) -> dict[str, Any]:
    start, end = SENDS[case.send]
    company, role = COMPANIES[case.index % len(COMPANIES)]
    people = [_person(case, slot) for slot in range(case.size)]
    if case.size > 1 and case.index % 4 == 1:  # no address: a forward request, or a recruiter
        for person in people[-min(case.size - 1, 1 + case.index // 4 % 4) :]:  # carries it
            person.pop("email")
    if case.index % 5 == 2:
        people.append(
            {"name": "Dana Whitfield", "honorific": "Ms.", "email": "dana@example.com",
             "role": "coordinator"}
        )  # fmt: skip
    elif case.size > 1 and case.index % 5 == 3:
        people[1]["role"] = "recruiter"
    if case.index % 11 == 4 and case.size > 1:
        for key in ("topics", "moments", "questions"):
            people[-1].pop(key, None)  # nothing recorded: that note must be blocked
    candidate: dict[str, Any] = {
        "name": "Priya Raman",
        "email": "priya.raman@example.com",
        "phone": "+1 617 555 0142",  # proselint reads "415 555" as a repeated word
        "time_zone": "America/New_York",
        "tone": case.tone,
    }
    if case.links:
        candidate["links"] = [
            "https://www.linkedin.com/in/priya-raman-example",
            "https://github.com/priya-raman-example",
        ]
    if case.skills:
        candidate["skills"] = ["Kafka", "Spark", "data quality", "dbt"][: 1 + case.index % 4]
    notes: dict[str, Any] = {"went_well": ["the streaming migration story"]}
    if case.missed:
        notes["missed"] = ["did not mention the runbooks I wrote", "the cost report I built"]
    if case.index % 7 == 3:
        notes["moments"] = ["the fire drill halfway through"]
    data: dict[str, Any] = {
        "candidate": candidate,
        "company": company,
        "role": role,
        "stage": case.stage,
        "format": ("video", "in-person", "phone")[case.index % 3],
        "start": start,
        "end": end,
        "time_zone": "America/New_York",
        "notes": notes,
        "interviewers": people,
        "other_companies": ["Quillfeather Labs"],
    }
    if case.index % 6 == 5:
        data["culture"] = "traditional"
    if case.index % 5 == 1:
        data["events"] = [{"at": "2026-03-05T18:00:00-05:00", "kind": "news",
                           "text": "I finished a course on streaming data design"}]  # fmt: skip
    return data


def rejected_data(case: Case, data: dict[str, Any]) -> dict[str, Any]:
    """The same round after a thank-you went out and a rejection came, with news since."""
    first = data["interviewers"][0]["name"]
    events = [
        {"at": "2026-03-07T11:00:00-05:00", "kind": "sent", "to": first, "message": "thank-you"},
        {"at": "2026-03-20T16:00:00-04:00", "kind": "decision", "outcome": "rejected",
         "from": first},
        {"at": "2026-04-15T09:00:00-04:00", "kind": "news",
         "text": "I shipped an open-source data quality checker"},
    ]  # fmt: skip
    return {**data, "events": events}


@dataclass
class Outcome:
    drafts: list[tuple[Round, Draft, tuple[str, ...]]] = field(default_factory=list)
    blocked: list[tuple[Round, Blocked]] = field(default_factory=list)


WAVE = {"thank-you", "forward-request"}


def compose_round(record: Round, policy: Policy, now: dt.datetime, out: Outcome) -> None:
    plan = plan_round(record, policy, now)
    composed = compose_plan(record, plan, policy, now)
    wave = [d for d in composed.drafts if d.kind.value in WAVE]
    for draft in composed.drafts:
        others = tuple(d.text for d in wave if d is not draft) if draft in wave else ()
        out.drafts.append((record, draft, others))
    out.blocked += [(record, b) for b in composed.blocked]


@cache
def outcome(stage: str, tone: str) -> Outcome:
    out = Outcome()
    long_game = DEFAULT_POLICY.with_overrides(long_game=True)
    for case in cases():
        if (case.stage, case.tone) != (stage, tone):
            continue
        data = record_data(case)
        record = round_from_data(data, case.name)
        compose_round(record, DEFAULT_POLICY, record.end + dt.timedelta(minutes=20), out)
        if case.index % 3 == 0:
            later = round_from_data(rejected_data(case, data), case.name)
            now = dt.datetime(2026, 3, 20, 17, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
            compose_round(later, long_game, now, out)
    return out


# --- the checks --------------------------------------------------------------------------------
def _findings(record: Round, draft: Draft, others: tuple[str, ...]) -> list[str]:
    context = Context(
        record=record,
        recipient=record.interviewer(draft.to),
        send_at=draft.send_at,
        round_notes=others,
    )
    report = review(draft.text, draft.review_kind, context)
    return [
        f"{f.rule} {draft.text[f.start : f.end]!r}"
        for f in report.findings
        if f.severity is not Severity.INFO or f.rule == "too-short"
    ]


def _too_many_sentences(draft: Draft, record: Round) -> str | None:
    limit = {"check-in": 3, "card": 4}.get(draft.kind.value)
    if draft.kind.value == "thank-you" and record.stage.value == "phone-screen":
        limit = 4 if draft.about else 3  # a phone screen: three; a forward ask adds one
    count = len(content_sentences(read_message(draft.text)))
    return f"{count} sentences (at most {limit})" if limit and count > limit else None


@cache
def _proselint() -> Any:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return LintFile


def _proselint_says(body: str) -> list[str]:
    return [r.check_result.check_path for r in _proselint()("draft", body).lint()]


def problems(out: Outcome) -> list[str]:
    found = []
    for record, draft, others in out.drafts:
        where = f"{record.company}/{record.stage.value}/{draft.kind.value} to {draft.to}"
        for finding in _findings(record, draft, others):
            found.append(f"{where}: reviewer {finding}\n{draft.text}")
        length = _too_many_sentences(draft, record)
        if length:
            found.append(f"{where}: {length}\n{draft.text}")
        for check in _proselint_says(draft.body):
            found.append(f"{where}: proselint {check}\n{draft.body}")
    return found


def _near_duplicates(out: Outcome, threshold: float) -> list[str]:
    waves: dict[tuple[int, str], list[Draft]] = {}
    for record, draft, _ in out.drafts:
        if draft.kind.value in WAVE:
            waves.setdefault((id(record), draft.kind.value), []).append(draft)
    found = []
    for drafts in waves.values():
        sets = [set(shingles([w for w, _ in prose_words(read_message(d.text))])) for d in drafts]
        for (a, sa), (b, sb) in itertools.combinations(zip(drafts, sets, strict=True), 2):
            score = similarity(sa, sb)
            if score >= threshold:
                found.append(f"{a.to} / {b.to}: {score:.2f}\n{a.text}\n{b.text}")
    return found


@pytest.mark.parametrize(("stage", "tone"), list(itertools.product(STAGES, TONES)))
def test_every_draft_passes_the_gate(stage: str, tone: str) -> None:
    out = outcome(stage, tone)
    assert out.drafts
    found = problems(out)
    assert not found, f"{len(found)} problems, first ones:\n\n" + "\n\n".join(found[:5])


@pytest.mark.parametrize(("stage", "tone"), list(itertools.product(STAGES, TONES)))
def test_notes_of_a_round_are_never_near_identical(stage: str, tone: str) -> None:
    found = _near_duplicates(outcome(stage, tone), DEFAULT_POLICY.duplicate_threshold)
    assert not found, "\n\n".join(found[:3])


@pytest.mark.parametrize(("stage", "tone"), list(itertools.product(STAGES, TONES)))
def test_blocked_only_for_a_missing_detail_or_news(stage: str, tone: str) -> None:
    for _, blocked in outcome(stage, tone).blocked:
        assert blocked.reason.startswith(("Add at least one topic", "Record some news")), blocked


def test_the_matrix_covers_every_kind_and_blocks_what_it_must() -> None:
    kinds: Counter[str] = Counter()
    blocked = 0
    for stage, tone in itertools.product(STAGES, TONES):
        out = outcome(stage, tone)
        kinds.update(draft.kind.value for _, draft, _ in out.drafts)
        blocked += len(out.blocked)
    assert set(kinds) == {
        "thank-you",
        "forward-request",
        "check-in",
        "card",
        "rejection-reply",
        "long-game",
    }
    assert len(cases()) == 1440
    assert sum(kinds.values()) > 5000, kinds
    assert blocked > 0
