"""Any text at all: the reviewer never raises, its spans are in bounds, and it is deterministic."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.review import KINDS, Report, review

from review_context import context_from

CONTEXT = {
    "company": "Halvorsen Analytics",
    "role": "Data Engineer",
    "stage": "panel",
    "start": "2026-03-03T10:00:00-05:00",
    "other_companies": ["Brightline Logistics"],
    "interviewers": [
        {"name": "Marcus Okafor", "email": "m@h.example", "topics": ["streaming"]},
        {"name": "Amy Lin", "email": "a@h.example", "do_not_contact": True},
    ],
    "recipient": "Marcus Okafor",
    "send_at": "2026-03-03T12:30:00-05:00",
    "other_notes": ["Dear Amy,\n\nThank you for the talk about streaming.\n\nBest,\nPriya"],
}
PIECES = [
    "Subject: ",
    "\n",
    "\n\n",
    "Dear ",
    "Marcus",
    "Okafur",
    "> ",
    "On Tue wrote:",
    "-- ",
    "Best,",
    "[Name]",
    "salary",
    "!!!",
    "😀",
    "https://x.example/a.b",
    "I",
    "the the",
    "Brightline",
    "yesterday",
    "Dr.",
    "e.g.",
    "\r\n",
    "\u2028",
    "\x00",
    "é",
    "ﬁ",
    "\t",
]


def well_formed(report: Report, text: str) -> None:
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert finding.message and finding.suggestion, finding
    assert 0 <= report.score <= 100


ROBUST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROBUST
@given(st.text(max_size=600), st.sampled_from(KINDS), st.booleans())
def test_any_unicode_text(text: str, kind: str, with_context: bool):
    context = context_from(CONTEXT) if with_context else None
    report = review(text, kind, context)
    well_formed(report, text)
    assert review(text, kind, context) == report


@ROBUST
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.sampled_from(KINDS))
def test_mail_like_fragments(text: str, kind: str):
    report = review(text, kind, context_from(CONTEXT))
    well_formed(report, text)
    assert review(text, kind, context_from(CONTEXT)) == report


def test_empty_and_blank_texts():
    for text in ("", " ", "\n\n", "Subject:", "Subject: \n\n"):
        well_formed(review(text), text)


def test_a_megabyte_of_mail_like_text():
    rng = random.Random(1)
    words = [
        "the",
        "team",
        "thank",
        "you",
        "streaming",
        "Marcus",
        "recieve",
        "salary",
        "!!!",
        ">",
        "quoted",
        "I",
        "i",
        "Best,",
        "Priya",
    ]
    text = "Subject: Data Engineer interview\n\nDear Mr. Okafor,\n\n"
    lines = [
        " ".join(rng.choices(words, k=12)) + rng.choice([".", "?", "\n", "\n\n"])
        for _ in range(15000)
    ]
    text += " ".join(lines)
    text = text[:1_000_000]
    report = review(text, "thank-you", context_from(CONTEXT))
    well_formed(report, text)


def test_context_send_time_is_honoured_without_a_clock():
    early = dict(
        CONTEXT,
        send_at=(
            dt.datetime(2026, 3, 3, 11, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        ).isoformat(),
    )
    text = "Subject: Data Engineer panel\n\nDear Mr. Okafor,\n\nThank you for the talk about streaming.\n\nBest,\nPriya"
    assert "too-soon" in {f.rule for f in review(text, "thank-you", context_from(early)).findings}
    assert "too-soon" not in {
        f.rule for f in review(text, "thank-you", context_from(CONTEXT)).findings
    }
