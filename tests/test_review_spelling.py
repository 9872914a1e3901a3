"""The spelling rule: what it reports, what it leaves alone, and how fast it is."""

from __future__ import annotations

import json
import random
import statistics
import string
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.review import Context, read_message, review
from followup.review.lexicon import correction, english_words
from followup.review.rules.spelling import find_misspellings

from review_context import context_from

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"

ROUND: dict[str, Any] = {
    "candidate": {"name": "Tomasz Wiśniewski", "skills": ["Simulink", "Zephyr RTOS"]},
    "company": "Quillmark Robotics",
    "role": "Controls Engineer",
    "stage": "first-round",
    "start": "2026-05-12T14:00:00+02:00",
    "interviewers": [
        {
            "name": "Ngozi Adeyemi-Brandt",
            "honorific": "Dr.",
            "title": "Head of Mechatronics",
            "topics": ["torque ripple in the Vexa gripper"],
            "moments": ["the espresso machine in the Halden lab"],
        }
    ],
    "notes": {"missed": ["did not mention the Kestrelvane telemetry I built"]},
    "other_companies": ["Brightwater Dynamics"],
    "recipient": "Ngozi Adeyemi-Brandt",
}


def slips(text: str, context: Context | None = None) -> list[str]:
    """The words the spelling rule reports in `text`."""
    hits = find_misspellings(read_message(text), context or Context())
    return [text[hit.start : hit.end] for hit in hits]


@pytest.mark.parametrize(
    ("word", "fix"),
    [
        ("recieve", "receive"),
        ("speek", "speak"),
        ("realy", "really"),
        ("beleive", "believe"),
        ("experiance", "experience"),
        ("adress", "address"),
        ("untill", "until"),
        ("tommorow", "tomorrow"),
        ("dont", "don't"),
        ("alot", "a lot"),
        ("thankyou", "thank you"),
    ],
)
def test_a_slip_is_reported_with_the_likeliest_fix(word: str, fix: str):
    text = f"I wanted to say that {word} matters to me."
    [hit] = find_misspellings(read_message(text), Context())
    assert text[hit.start : hit.end] == word
    assert f"did you mean '{fix}'?" in hit.message
    assert hit.suggestion == (
        f"Replace '{word}' with '{fix}' (or add the word to your dictionary if it is right)."
    )


def test_the_fix_keeps_the_capital_of_a_sentence_start():
    text = "Dear Sam,\n\nThanks for today. Im glad we met.\n\nBest,\nAna"
    [hit] = find_misspellings(read_message(text), Context())
    assert "did you mean 'I'm'?" in hit.message


def test_a_word_with_no_close_fix_is_still_reported():
    [hit] = find_misspellings(read_message("The zqxvbnw plan was clear."), Context())
    assert "did you mean" not in hit.message
    assert "zqxvbnw" in hit.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Your organisation prioritises colour, and the centre was travelling well.",
        "I analysed the behaviours in the catalogue; the judgement was realised.",
        "Marcus's team, the company’s plan and the teams' roadmap all made sense.",
        "I’m sure we’ll meet; I don’t mind, and it's fine. You're right, they'd agree.",
        "The well-known trade-offs of a re-emphasised, co-founded, pre-screened plan.",
        "It was the 2nd round, on the 21st, at 3pm, in Q3, with 10x growth.",
        "We spoke about SQL, ETL, KPIs and APIs, and about GitHub and PostgreSQL.",
        "See https://example.com/a_b, www.example.org, me@mail.example, @sam and #data.",
        "The [Compnay Name] slot and the {rolle} slot are not words to spell.",
        "I used snake_case_names, Node.js, e.g. config.yaml, and v2.3 of it.",
        "I wrote runbooks, onboarded teammates, backfilled tables and ran Kubernetes.",
        "Our dbt models, Terraform modules, SaaS fintech roadmap and stakeholder syncs.",
        "The replayability of events and a rearchitected, deprioritised queue.",
        "I met the team in Düsseldorf and read the Fraunhofer paper on the café résumé.",
        "Thx sooo much lol, gonna be great btw.",
    ],
)
def test_accepted_forms_are_not_reported(text: str):
    assert slips(text) == []


def test_hyphenated_words_are_checked_part_by_part():
    assert slips("A well-documentd, hands-on demo.") == ["documentd"]


def test_a_capitalised_unknown_word_inside_a_sentence_is_taken_for_a_name():
    assert slips("I enjoyed the talk with Okonkwo about the plan.") == []
    assert slips("Thank you. Definately the plan was clear.") == ["Definately"]


def test_a_name_from_the_greeting_is_not_a_slip_at_a_sentence_start():
    text = "Dear Ms. Okonkwo,\n\nThanks for today. Okonkwo's plan was clear.\n\nBest,\nSam"
    assert slips(text) == []


def test_the_subject_is_read():
    assert slips("Subject: Thank you for the intervew\n\nThanks for today.") == ["intervew"]


def test_quoted_text_and_the_signature_are_not_read():
    text = (
        "Dear Ms. Park,\n\nThank you for the update.\n> We will recieve feedbak soon.\n"
        "I look forward to it.\n\nBest regards,\nSam Ortizz\nSenior Enginer | samortiz.example\n\n"
        "On Tue, Mar 3, 2026 at 9:00 AM Ana Park wrote:\n> Thnaks for comming in."
    )
    assert slips(text) == []


def test_the_record_supplies_words_the_dictionary_lacks():
    text = (
        "Quillmark's gripper impressed me. Kestrelvane telemetry is close to it, and "
        "simulink and zephyr are my daily tools. Brightwater is elsewhere. Halden was fun."
    )
    assert slips(text) != []  # without the record these are unknown
    assert slips(text, context_from(ROUND)) == []


def test_the_user_dictionary_supplies_words():
    text = "I shipped the frobnicator and two frobnicators last year."
    assert slips(text) == ["frobnicator", "frobnicators"]
    assert slips(text, Context(known_words=frozenset({"Frobnicator"}))) == []


def test_names_are_never_corrected_and_their_slips_are_left_to_the_name_rule():
    context = context_from(ROUND)
    text = (
        "Ngozi and Adeyemi-Brandt's team were kind. Ngozy's notes were clear. "
        "Quilmark's plan is bold."
    )
    assert slips(text, context) == []
    report = review(text, "thank-you", context)
    assert all(finding.rule != "spelling" for finding in report.findings)


def test_the_dictionary_loads_on_first_use_not_at_import():
    probe = (
        "import sys, followup.review\n"
        "from followup.review.lexicon import english_words\n"
        "assert english_words.cache_info().currsize == 0\n"
        "assert 'spellchecker' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


@pytest.mark.slow
def test_speed_figures(capsys: pytest.CaptureFixture[str]):
    """Printed, not asserted: load time, per-email time, and a 1 MB worst case."""
    load = subprocess.run(
        [sys.executable, "-c", _LOAD_PROBE], check=True, capture_output=True, text=True
    ).stdout.strip()
    english_words()
    per_email = _median_per_email_ms()
    rng = random.Random(3)
    words = (
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 12)))
        for _ in range(200_000)
    )
    junk = read_message("Dear Sam,\n\n" + " ".join(words)[:1_000_000])
    start = time.perf_counter()
    found = list(find_misspellings(junk, Context()))
    worst = time.perf_counter() - start
    start = time.perf_counter()
    correction("qwertyuiopasdfg", True)
    one_long = (time.perf_counter() - start) * 1000
    with capsys.disabled():
        print(f"\nspelling: dictionary load {load}; median per email {per_email}")
        print(f"spelling: 1 MB of random words {worst:.2f} s, {len(found)} findings")
        print(f"spelling: suggestion for one long unknown word {one_long:.1f} ms")


_LOAD_PROBE = (
    "import time\nfrom followup.review.lexicon import english_words\n"
    "t = time.perf_counter(); english_words()\n"
    "print(f'{(time.perf_counter() - t) * 1000:.0f} ms')\n"
)


def _median_per_email_ms() -> str:
    if not CORPUS.exists():
        return "n/a (no corpus)"
    times = []
    for line in CORPUS.read_text("utf-8").splitlines():
        entry = json.loads(line)
        subject = f"Subject: {entry['subject']}\n\n" if entry["subject"] else ""
        message = read_message(subject + entry["body"])
        context = context_from(entry["context"]) or Context()
        start = time.perf_counter()
        list(find_misspellings(message, context))
        times.append(time.perf_counter() - start)
    return f"{statistics.median(times) * 1000:.3f} ms ({len(times)} emails)"


TEXT = st.text(
    alphabet=st.sampled_from(list("abcdeiklmnorstuyzAEIKS'’-_.,!?>@#[]{}<>:/0123 \n\téü–")),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(subject=st.booleans(), body=TEXT, with_record=st.booleans())
def test_any_text_never_raises_and_spans_are_in_bounds(subject: bool, body: str, with_record: bool):
    text = ("Subject: " + body[:40] + "\n\n" if subject else "") + body
    context = context_from(ROUND) if with_record else Context()
    hits = list(find_misspellings(read_message(text), context))
    assert hits == list(find_misspellings(read_message(text), context))
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end].strip() == text[hit.start : hit.end]
        assert text[hit.start : hit.end] in hit.message


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_never_raises(text: str):
    for hit in find_misspellings(read_message(text), Context()):
        assert 0 <= hit.start < hit.end <= len(text)
