"""The context rules (people, facts, panel, timing) and `generic`, beyond their example tables.

Name matching, word forms, timing that agrees with the planner, the policy's
numbers, time zones, and the dev corpus entries these rules are labelled on.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from followup.model import MessageKind
from followup.planner import plan_round
from followup.review import Context, Report, review
from followup.review.names import near_name, phonetic_key, stem
from followup.review.rules.generic import content_stems, refers_to

from review_context import context_from
from rule_examples.people import ROUND

MINE = {
    "wrong-name",
    "misspelled-name",
    "wrong-company",
    "wrong-role",
    "wrong-date",
    "duplicate-panel",
    "too-soon",
    "too-late",
    "too-many",
    "do-not-contact",
    "generic",
}
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
THANKS = (
    "Subject: Thank you – Priya Raman – Data Engineer interview\n\nDear Mr. Okafor,\n\n"
    "Thank you for talking with me about moving the nightly batch jobs to streaming.\n\n"
    "I look forward to hearing from you.\n\nBest regards,\nPriya Raman\n"
)


def round_data(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(ROUND)
    data.update(changes)
    return data


def fired(report: Report, rule: str) -> list[str]:
    return [report.text[f.start : f.end] for f in report.findings if f.rule == rule]


# --- names --------------------------------------------------------------------
NAMES = frozenset({"Amy", "Marcus", "John", "Catherine", "Okafor", "Lee", "Elena"})


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Jhon", "John"),
        ("Marcos", "Marcus"),
        ("Markus", "Marcus"),
        ("Aimee", "Amy"),
        ("Kathryn", "Catherine"),
        ("Okafur", "Okafor"),
        ("Ellena", "Elena"),
    ],
)
def test_near_name_finds_slips_and_sound_alikes(word: str, name: str):
    assert near_name(word, NAMES) == name


@pytest.mark.parametrize("word", ["Amy", "amy", "Anne", "Law", "Marketing", "Jo", "Leeds"])
def test_near_name_leaves_names_and_distant_words_alone(word: str):
    # "Law" is two edits from "Lee", whose one-sound key is too short to go by.
    assert near_name(word, NAMES) is None


def test_ordinary_words_near_a_name_are_left_to_their_place():
    # "Any" is one edit from "Amy": at a sentence start it is the ordinary word.
    text = "Hi Amy,\n\nAny questions on Boston, I am glad to answer.\n\nBest,\nPriya Raman"
    report = review(text, "thank-you", context_from(round_data(recipient="Amy Lin")))
    assert fired(report, "misspelled-name") == []
    assert near_name("Any", NAMES) == "Amy"


def test_phonetic_key_hears_spellings_alike():
    assert phonetic_key("Aimee") == phonetic_key("Amy")
    assert phonetic_key("Stephen") == phonetic_key("Steven")
    assert phonetic_key("Amy") != phonetic_key("Ann")


@pytest.mark.parametrize(
    "forms",
    [
        ("migrating", "migration", "migrate"),
        ("streaming", "streams", "stream"),
        ("engineer", "engineering", "engineers"),
        ("communication", "communications"),
        ("feature", "features"),
    ],
)
def test_stem_matches_word_forms(forms: tuple[str, ...]):
    assert len({stem(word) for word in forms}) == 1


def test_a_misspelled_other_person_in_the_greeting_is_one_finding():
    text = "Dear Dr. Vasques,\n\nThank you for the talk about the batch jobs.\n\nBest,\nPriya"
    report = review(text, "thank-you", context_from(round_data()))
    assert fired(report, "wrong-name") == ["Dr. Vasques"]
    assert fired(report, "misspelled-name") == []


def test_a_joint_greeting_reports_only_the_misspelling():
    text = "Dear Mr. Okafor and Dr. Vasques,\n\nThank you for the batch jobs talk.\n\nBest,\nPriya"
    report = review(text, "thank-you", context_from(round_data()))
    assert fired(report, "wrong-name") == []
    assert fired(report, "misspelled-name") == ["Vasques"]


def test_capitalised_common_words_inside_proper_nouns_are_not_names():
    data = round_data()
    data["interviewers"].append({"name": "Ben Cole", "role": "panelist"})
    text = (
        "Dear Mr. Okafor,\n\nI keep Visual Studio Code open for the batch jobs.\n\n"
        "Best,\nPriya Raman\nTest Engineer, Coles Supermarkets"
    )
    assert fired(review(text, "thank-you", context_from(data)), "misspelled-name") == []


# --- generic ------------------------------------------------------------------
def test_a_paraphrase_refers_to_the_recorded_topic():
    topic = content_stems("migrating the nightly batch jobs to streaming")
    said = content_stems("I liked your plan to move the batch jobs onto streams.")
    assert refers_to(topic, said)


def test_stock_words_alone_do_not_refer_to_a_topic():
    topic = content_stems("the team's hiring process and culture")
    said = content_stems("Thank you for telling me about the team and the process.")
    assert not refers_to(topic, said)


def test_without_recorded_details_generic_falls_back_to_the_text_check():
    data = round_data()
    for person in data["interviewers"]:
        person.update(topics=[], moments=[], questions=[])
    stock = (
        "Dear Mr. Okafor,\n\nThank you for your time. I am very interested in the role and "
        "believe I would be a great fit.\n\nBest,\nPriya"
    )
    assert fired(review(stock, "thank-you", context_from(data)), "generic")
    assert not fired(review(THANKS, "thank-you", context_from(data)), "generic")


# --- timing -------------------------------------------------------------------
CHECK_IN = (
    "Subject: Following up: Data Engineer interview on March 3\n\nDear Mr. Okafor,\n\n"
    "I wanted to follow up on our conversation and ask about the timeline.\n\nBest,\nPriya"
)


@pytest.mark.parametrize("timeline", [None, "2026-03-13", "by the end of next week"])
def test_too_soon_for_a_check_in_agrees_with_the_planner(timeline: str | None):
    data = round_data(timeline=timeline, events=[])
    base = context_from(data)
    assert base is not None and base.record is not None
    first = dt.datetime(2026, 3, 3, 12, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    for hours in range(0, 24 * 21, 7):
        at = first + dt.timedelta(hours=hours)
        plan = plan_round(base.record, base.policy, at)
        item = next(i for i in plan.items if i.kind is MessageKind.CHECK_IN)
        assert item.window_start is not None
        report = review(CHECK_IN, "check-in", dataclasses.replace(base, send_at=at))
        assert bool(fired(report, "too-soon")) == (at < item.window_start), at


def test_thank_you_window_edges_come_from_the_policy():
    base = context_from(round_data())
    assert base is not None
    end = dt.datetime.fromisoformat("2026-03-03T11:00:00-05:00")

    def rules_at(at: dt.datetime, **policy: Any) -> set[str]:
        context = dataclasses.replace(base, send_at=at, policy=base.policy.with_overrides(**policy))
        return {f.rule for f in review(THANKS, "thank-you", context).findings}

    assert "too-soon" in rules_at(end + dt.timedelta(minutes=59))
    assert not {"too-soon", "too-late"} & rules_at(end + dt.timedelta(hours=1))
    assert "too-late" not in rules_at(end + dt.timedelta(hours=24))
    assert "too-late" in rules_at(end + dt.timedelta(hours=24, minutes=1))
    assert "too-soon" not in rules_at(
        end + dt.timedelta(minutes=20), thank_you_earliest=dt.timedelta(minutes=15)
    )


def test_timing_findings_point_at_the_subject_or_the_first_line():
    data = round_data(send_at="2026-03-03T11:05:00-05:00")
    report = review(THANKS, "thank-you", context_from(data))
    assert fired(report, "too-soon") == ["Thank you – Priya Raman – Data Engineer interview"]
    body_only = THANKS.split("\n\n", 1)[1]
    report = review(body_only, "thank-you", context_from(data))
    assert fired(report, "too-soon") == ["Dear Mr. Okafor,"]


def test_too_many_follows_the_policy_limit():
    sent = [
        {"at": "2026-03-03T15:00:00-05:00", "kind": "sent", "to": "Marcus Okafor", "message": m}
        for m in ("thank-you",)
    ] + [{"at": "2026-03-10T10:00:00-04:00", "kind": "sent", "to": "Marcus Okafor"}]
    sent[1]["message"] = "check-in"
    context = context_from(round_data(send_at="2026-03-20T10:00:00-04:00", events=sent))
    assert context is not None
    assert fired(review(CHECK_IN, "check-in", context), "too-many")
    roomy = dataclasses.replace(context, policy=context.policy.with_overrides(max_follow_ups=3))
    assert not fired(review(CHECK_IN, "check-in", roomy), "too-many")


def test_day_words_are_read_in_the_recipients_time_zone():
    data = round_data(send_at="2026-03-04T00:30:00+01:00")  # 18:30 on 3 March in New York
    data["interviewers"][0]["time_zone"] = "Europe/Berlin"

    def note(words: str) -> str:
        return f"Dear Mr. Okafor,\n\nThank you for the batch jobs talk {words}.\n\nBest,\nPriya"

    assert not fired(review(note("yesterday"), "thank-you", context_from(data)), "wrong-date")
    assert fired(review(note("today"), "thank-you", context_from(data)), "wrong-date")


def test_duplicate_threshold_comes_from_the_policy():
    middle = (
        "Thank you for the panel on the Data Engineer role. I enjoyed the talk on moving the "
        "nightly batch jobs to streaming, and my Kafka work fits it well from day one."
    )
    mine = f"Dear Mr. Okafor,\n\n{middle}\n\nBest,\nPriya"
    other = f"Dear Dr. Vasquez,\n\n{middle.replace('fits it well', 'fits it')}\n\nBest,\nPriya"
    context = context_from(round_data(other_notes=[other]))
    assert context is not None
    assert fired(review(mine, "thank-you", context), "duplicate-panel")
    strict = dataclasses.replace(
        context, policy=context.policy.with_overrides(duplicate_threshold=0.99)
    )
    assert not fired(review(mine, "thank-you", strict), "duplicate-panel")


def test_context_rules_stay_quiet_without_a_record():
    report = review(THANKS.replace("Okafor", "Okafur"), "thank-you", Context())
    assert not {f.rule for f in report.findings} & (MINE - {"generic"})


# --- the dev corpus -------------------------------------------------------------
def _corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside the repository")
def test_these_rules_on_the_dev_corpus():
    misses, false_alarms = [], []
    for entry in _corpus():
        subject = f"Subject: {entry['subject']}\n\n" if entry["subject"] else ""
        report = review(subject + entry["body"], entry["kind"], context_from(entry["context"]))
        serious = {f.rule for f in report.findings if f.severity.value != "info"} & MINE
        labels, allowed = set(entry["labels"]) & MINE, set(entry.get("also_ok", []))
        misses += [(entry["id"], rule) for rule in labels - serious]
        false_alarms += [(entry["id"], rule) for rule in serious - labels - allowed]
    assert misses == []
    assert false_alarms == []
