"""Wider phrase tables for the asks, tone and familiar families: word forms, senses, negation.

Each case is one sentence put into a plain thank-you frame (greeting, sentence, sign-off and
signature); the rule must fire on it or stay silent.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from followup.review import Context, review
from followup.review.message import read_message
from followup.review.rules import asks, familiar, tone

FRAME = "Subject: Thank you - Analytics Engineer interview\n\nDear Ms. Sandberg,\n\n{}\n\nBest regards,\nSofia Martin"
OWN_RULES = [rule.id for family in (asks, tone, familiar) for rule in family.RULES]

FIRES = {
    "salary": [
        "Could you tell me what the compensation package looks like?",
        "Is there a sign-on bonus for this role?",
        "What does the benefits package include?",
        "How much PTO do analysts get?",
        "I'd also like to know how much the role pays.",
        "Does the offer include RSUs?",
        "I am curious about the health benefits and the 401(k) match.",
        "I'd like to discuss pay and benefits when the time is right.",
        "How many weeks of vacation come with the job?",
        "Can we talk numbers before the next round?",
    ],
    "demanding": [
        "When can I expect to hear from you?",
        "What's the next step?",
        "Let me know by Monday whether I got the job.",
        "Get back to me as soon as possible.",
        "I expect to hear from you by Thursday.",
        "Have you made a decision yet?",
        "Did I get the job?",
        "What is the status of my application?",
        "When are you going to decide?",
        "I'm still waiting to hear back.",
    ],
    "attachment": [
        "See attached for the design notes.",
        "Attached is a copy of my presentation.",
        "I am attaching the slides from my talk.",
        "PFA my updated CV.",
        "I've included my updated resume so you have the latest version.",
        "Here is a copy of my resume.",
    ],
    "compares-candidates": [
        "Unlike other applicants, I have shipped streaming systems.",
        "I am sure no one else will bring this much energy.",
        "I know you are meeting many talented candidates.",
        "I think my experience makes me stand out from the crowd.",
        "I'm the best person for the job.",
        "I'm confident I'm a better fit than the other people you interviewed.",
        "I would outshine the other applicants on the on-call work.",
    ],
    "negative-tone": [
        "I am anxious to hear your decision.",
        "I'm afraid that I talked too fast.",
        "I fear my SQL answer fell short.",
        "I was disappointed in myself after the whiteboard question.",
        "I'm not sure if I explained the backfill design well.",
        "My nerves got the better of me.",
        "I am desperately hoping to join the team.",
        "The panel format was stressful for me.",
        "I'm a little concerned that I didn't convey my experience well.",
        "I'm on pins and needles waiting for your decision.",
    ],
    "apology": [
        "Please forgive my rambling about Kafka.",
        "Excuse my nerves during the first half.",
        "My answer on joins was weak, and I want to correct it.",
        "I had some connection issues at the start of the call.",
        "I should have mentioned the Flink migration I led.",
        "I stumbled on the question about window functions.",
        "I realize my answer about the budget wasn't very clear.",
        "I wasn't as prepared as I should have been.",
    ],
    "desperate": [
        "Getting this job would mean a lot to me.",
        "I'll do anything to join your team.",
        "This is my dream job.",
        "I am begging you to consider me.",
        "I want this role so badly.",
        "It has always been my dream to work in logistics.",
        "I have wanted to work here for a very long time.",
        "You won't regret hiring me, I promise.",
        "I can't stop thinking about this job.",
    ],
    "overly-familiar": [
        "Thx again for the chat.",
        "That was so fun lol.",
        "It was great to meet u.",
        "Def excited about the role.",
        "I wanna help with the migration.",
        "Haha, your dog stole the show.",
        "Thanks for the chat :)",
        "THANK YOU FOR YOUR TIME.",
    ],
}
PASSES = {
    "salary": [
        "Your team will benefit from faster pipelines.",
        "I paid close attention to your point about replayability.",
        "I built a salary-benchmarking dashboard for the people team.",
        "We worked on the pay-per-use billing pipeline.",
        "Your commitment to diversity, equity and inclusion stood out.",
        "It is amazing how much I learned about your feature store.",
        "The compensation logic in our saga pattern handled failed payments.",
        "I will be on vacation next week but can meet on Monday.",
    ],
    "demanding": [
        "I look forward to learning what the next steps are.",
        "If there are any updates on the timeline, I would be glad to hear them.",
        "Could you let me know when I might expect to hear back?",
        "There is no rush to get back to me.",
        "Feel free to get back to me whenever it suits you.",
        "You mentioned a decision by Friday, and I appreciate the clear timeline.",
        "What are the biggest risks in the migration, in your view?",
        "I am eager to learn about the next stage in the process.",
    ],
    "attachment": [
        "I'm quite attached to the idea of event-time processing.",
        "You can read the design notes at https://sofia.example/notes.pdf.",
        "I rebuilt our email attachment service to stream large files.",
        "I've included a link to my GitHub profile with the project.",
        "No strings attached, I'd be glad to review the runbook.",
        "The team is attached to the platform group.",
    ],
    "compares-candidates": [
        "Your plan to stay ahead of the competition impressed me.",
        "Dr. Vasquez is the best person to ask about feature stores, you said.",
        "The new design performed better than the old batch jobs.",
        "I compared Flink and Spark for the other team.",
    ],
    "negative-tone": [
        "Without worrying about late data, analysts could trust the dashboards.",
        "No worries about the rescheduling; Tuesday works well.",
        "I look forward to hearing from you.",
        "The alerting means analysts are no longer stressed about late loads.",
        "I appreciated that you stressed the importance of documentation.",
        "Our support team was overwhelmed with tickets, so I built a triage bot.",
        "The early results were disappointing, so I rebuilt the feature pipeline.",
        "I enjoyed hearing how your nurses calm anxious patients before surgery.",
        "My research on the nervous system led me to data engineering.",
    ],
    "apology": [
        "Sorry to bother you again; I wanted to check on the timeline.",
        "I apologize for the delay in sending this note.",
        "I was sorry to hear about the outage your team dealt with.",
        "I'm sorry I can't make Tuesday's session; could we try Wednesday?",
        "Sorry I missed your call this morning.",
    ],
    "desperate": [
        "I need the schema registry to be stable before we migrate.",
        "We built a dream setup for local testing.",
        "I don't need this job to be remote.",
        "Your feedback would mean a lot to me as I keep growing.",
    ],
    "overly-familiar": [
        "I grew up in the U.S. and studied at UCLA.",
        "We use FHIR and HL7 interfaces in the CMMC program.",
        "I led the GDPR work and the SOLID refactor.",
        "Thank you! I enjoyed it, and I look forward to next steps!",
        "The Python def statement came up when we discussed decorators: def load(path).",
        "Email me at sofia.martin@example.com or see www.sofia.example/LOOOOK.",
    ],
}


def _fired(rule: str, sentence: str, kind: str = "thank-you") -> list[str]:
    text = FRAME.format(sentence)
    return [text[f.start : f.end] for f in review(text, kind).findings if f.rule == rule]


@pytest.mark.parametrize(("rule", "sentence"), [(r, s) for r, ss in FIRES.items() for s in ss])
def test_phrase_fires(rule: str, sentence: str) -> None:
    assert _fired(rule, sentence)


@pytest.mark.parametrize(("rule", "sentence"), [(r, s) for r, ss in PASSES.items() for s in ss])
def test_phrase_passes(rule: str, sentence: str) -> None:
    assert _fired(rule, sentence) == []


def test_salary_is_only_checked_in_thank_you_and_check_in_notes() -> None:
    sentence = "Could you share the salary range?"
    assert _fired("salary", sentence, "check-in")
    assert _fired("salary", sentence, "long-game") == []


def test_attachment_requested_in_the_record_is_fine() -> None:
    from review_context import context_from

    record = {
        "company": "Lindqvist Freight",
        "role": "Analytics Engineer",
        "stage": "panel",
        "start": "2026-05-12T14:00:00+02:00",
        "end": "2026-05-12T15:00:00+02:00",
        "interviewers": [{"name": "Ingrid Sandberg", "honorific": "Ms."}],
    }
    text = FRAME.format("I've attached the two references.")
    asked = context_from({**record, "attachments_requested": True})
    not_asked = context_from(record)
    assert not [f for f in review(text, context=asked).findings if f.rule == "attachment"]
    assert [f for f in review(text, context=not_asked).findings if f.rule == "attachment"]


def test_the_words_of_an_apology_are_not_also_reported_as_negative_tone() -> None:
    text = FRAME.format("Please excuse my nerves and my anxious answer on partitioning.")
    rules = {f.rule for f in review(text).findings}
    assert "apology" in rules and "negative-tone" not in rules


def test_quoted_replies_and_the_signature_are_never_read() -> None:
    quoted = (
        "Dear Ms. Sandberg,\n\nThank you for the note about the dbt project.\n\nBest regards,\n"
        "SOFIA MARTIN\n\nOn Tue, 12 May 2026, Ingrid Sandberg wrote:\n> I was nervous lol!!! "
        "When will you hear back? Please find attached the salary range; other candidates "
        "would mean the world to me. Sorry I was late."
    )
    assert [f.rule for f in review(quoted).findings if f.rule in OWN_RULES] == []


def test_findings_carry_the_words_a_message_and_a_concrete_suggestion() -> None:
    sentence = (
        "I was nervous lol. When will I hear back? I've attached my CV, and I need this job. "
        "Sorry I was late; I'm better than the other candidates. What is the salary?"
    )
    findings = [f for f in review(FRAME.format(sentence)).findings if f.rule in OWN_RULES]
    assert {f.rule for f in findings} == set(OWN_RULES)
    for finding in findings:
        assert finding.end > finding.start
        assert "advis" in finding.message or "guides" in finding.message
        assert finding.suggestion and finding.suggestion[-1] in ".'"


def test_no_rule_reports_overlapping_spans() -> None:
    sentence = "Sorry sorry SORRY I was late late!!! lol lol " * 20
    message = read_message(FRAME.format(sentence))
    for family in (asks, tone, familiar):
        for rule in family.RULES:
            hits = sorted(rule.check(message, Context()), key=lambda h: h.start)
            assert all(a.end <= b.start for a, b in pairwise(hits)), rule.id


@pytest.mark.parametrize("unit", ["x", "X", "@", "a-", "soooo ", "😀", "I'm ", "["])
def test_long_runs_are_read_in_linear_time(unit: str) -> None:
    message = read_message(unit * (100_000 // len(unit)))
    for family in (asks, tone, familiar):
        for rule in family.RULES:
            list(rule.check(message, Context()))
