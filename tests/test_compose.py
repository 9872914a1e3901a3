"""The composer, part by part: what each message says, to whom, in which words, and when it refuses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from followup.compose import Blocked, Draft, compose, compose_plan, round_id
from followup.compose.choice import Picker
from followup.compose.timing import day_words
from followup.compose.words import added_point, formal_name, second_person, with_article
from followup.model import Interviewer, MessageKind, PlannedItem, Round, Stage, Status, Tone
from followup.planner import plan_round
from followup.policy import DEFAULT_POLICY
from followup.records import round_from_data
from followup.review import Context, read_message, review
from followup.review.rules.length import content_sentences
from followup.workdays import zone

from conftest import w1

NY = zone("America/New_York")
PRIYA = {
    "name": "Priya Raman",
    "email": "priya.raman@example.com",
    "phone": "+1 617 555 0142",
    "links": ["https://www.linkedin.com/in/priya-raman-example", "https://github.com/priya-r"],
    "skills": ["Kafka", "Spark"],
    "time_zone": "America/New_York",
}
VASQUEZ = {
    "name": "Elena Vasquez",
    "honorific": "Dr.",
    "title": "Director of Data",
    "email": "e.vasquez@halvorsen.example",
    "role": "hiring-manager",
    "topics": ["the claims data warehouse"],
}


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def record(**changes: Any) -> Round:
    data = w1(candidate=dict(PRIYA), **changes)
    return round_from_data(data)


def item(
    rec: Round, kind: MessageKind, to: str | None, when: str, about: tuple[str, ...] = ()
) -> PlannedItem:
    person = rec.interviewer(to) if to else None
    return PlannedItem(
        kind=kind,
        to=to,
        at=at(when),
        status=Status.PLANNED,
        rule="test",
        reason="test",
        stage=rec.stage,
        email=person.email if person else None,
        about=about,
    )


def draft(rec: Round, planned: PlannedItem, now: str = "2026-03-03T11:30:00-05:00") -> Draft:
    result = compose(rec, planned, DEFAULT_POLICY, at(now))
    assert isinstance(result, Draft), result
    return result


def clean(rec: Round, made: Draft) -> list[str]:
    context = Context(record=rec, recipient=rec.interviewer(made.to), send_at=made.send_at)
    report = review(made.text, made.review_kind, context)
    return [f"{f.rule}: {made.text[f.start : f.end]}" for f in report.findings]


# --- the thank-you, in etiquette §3 order ---------------------------------------------------
def test_a_thank_you_has_every_part_in_order_and_passes_review():
    rec = record(notes={"missed": ["did not mention the runbooks I wrote"]})
    made = draft(rec, item(rec, MessageKind.THANK_YOU, "Marcus Okafor", "2026-03-03T12:00-05:00"))
    text = made.text
    assert made.subject and "Data Engineer" in made.subject and "Priya Raman" in made.subject
    assert made.body.startswith("Dear Mr. Okafor,\n\n")
    order = [
        "Data Engineer",  # thanks, naming the role
        "this morning",  # and when
        "migrating the nightly batch jobs to streaming",  # the detail
        "the runbooks I wrote",  # the added point, not an admission
        "below",  # a pointer to the work sample: a link, never an attachment
        "Priya Raman\n+1 617 555 0142\nhttps://www.linkedin.com/in/priya-raman-example\n"
        "https://github.com/priya-r\n",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "did not mention" not in text and "attach" not in text
    assert made.send_at == at("2026-03-03T12:00-05:00")
    assert made.email == "m.okafor@halvorsen.example"
    assert clean(rec, made) == []


def test_the_same_inputs_always_give_the_same_draft():
    rec = record()
    planned = item(rec, MessageKind.THANK_YOU, "Marcus Okafor", "2026-03-03T12:00-05:00")
    assert draft(rec, planned) == draft(record(), planned)


@pytest.mark.parametrize(
    ("person", "tone", "greeting"),
    [
        ({"honorific": "Mr."}, "formal", "Dear Mr. Okafor,"),
        ({"honorific": "Mr.", "first_name_basis": True}, "formal", "Dear Marcus,"),
        ({"honorific": "Mr.", "first_name_basis": True}, "warm", "Hi Marcus,"),
        ({"honorific": "Mr."}, "warm", "Hello Mr. Okafor,"),
        ({"honorific": "Mx."}, "formal", "Dear Mx. Okafor,"),
        ({"honorific": "none"}, "formal", "Dear Marcus Okafor,"),
        ({"name": "Ana de la Cruz", "honorific": "Ms."}, "formal", "Dear Ms. de la Cruz,"),
    ],
)
def test_salutation_follows_the_record(person: dict[str, Any], tone: str, greeting: str):
    base = dict(w1()["interviewers"][0])
    base.pop("honorific")
    people = [{**base, **person}]
    rec = record(interviewers=people)
    rec = dataclasses.replace(
        rec, candidate=dataclasses.replace(rec.candidate, tone=Tone(tone))
    )  # the profile's tone
    name = people[0]["name"]
    made = draft(rec, item(rec, MessageKind.THANK_YOU, name, "2026-03-03T12:00-05:00"))
    assert made.body.splitlines()[0] == greeting
    assert clean(rec, made) == []


@pytest.mark.parametrize(
    ("start", "send", "words"),
    [
        ("2026-03-03T09:00-05:00", "2026-03-03T11:00-05:00", "this morning"),
        ("2026-03-03T13:00-05:00", "2026-03-03T16:30-05:00", "this afternoon"),
        ("2026-03-03T18:00-05:00", "2026-03-03T20:00-05:00", "today"),
        ("2026-03-03T14:00-05:00", "2026-03-04T10:00-05:00", "yesterday"),
        ("2026-03-03T14:00-05:00", "2026-03-06T10:00-05:00", "on Tuesday"),
        ("2026-03-03T14:00-05:00", "2026-03-12T10:00-04:00", "on March 3"),
        # read in the recipient's zone: 20:00 in Berlin the same evening, then the next day
        ("2026-03-03T14:00-05:00", "2026-03-04T04:00-05:00", "yesterday"),
    ],
)
def test_time_words_are_true_at_the_send_time(start: str, send: str, words: str):
    end = (at(start) + dt.timedelta(hours=1)).isoformat()
    where = "Europe/Berlin" if send.endswith("T04:00-05:00") else "America/New_York"
    rec = record(start=start, end=end, time_zone=where)
    assert day_words(rec, at(send), zone(where)) == words


def test_the_day_words_follow_a_late_send():
    """Sent after its planned time, the note says the day as it is then."""
    rec = record()
    planned = item(rec, MessageKind.THANK_YOU, "Marcus Okafor", "2026-03-03T12:00-05:00")
    made = draft(rec, planned, now="2026-03-04T09:00-05:00")
    assert made.send_at == at("2026-03-04T09:00-05:00")
    assert "yesterday" in made.body and "this morning" not in made.body


# --- nothing invented --------------------------------------------------------------------------
def test_no_detail_for_the_person_blocks_the_note_with_what_to_add():
    rec = record(interviewers=[{**VASQUEZ, "topics": []}])
    result = compose(
        rec,
        item(rec, MessageKind.THANK_YOU, "Elena Vasquez", "2026-03-03T12:00-05:00"),
        DEFAULT_POLICY,
        at("2026-03-03T11:30-05:00"),
    )
    assert isinstance(result, Blocked)
    assert result.reason.startswith("Add at least one topic you discussed with Dr. Vasquez")


def test_compose_plan_shows_the_blocked_item_in_the_plan():
    people = [VASQUEZ, {**VASQUEZ, "name": "Tomas Reyes", "honorific": "Mr.", "topics": []}]
    rec = record(stage="panel", interviewers=people)
    now = at("2026-03-03T11:30-05:00")
    composed = compose_plan(rec, plan_round(rec, DEFAULT_POLICY, now), DEFAULT_POLICY, now)
    assert [b.to for b in composed.blocked] == ["Tomas Reyes"]
    [blocked_item] = [i for i in composed.plan.items if i.to == "Tomas Reyes"]
    assert blocked_item.status is Status.BLOCKED
    assert blocked_item.reason.startswith("Add at least one topic you discussed with Mr. Reyes")
    assert {d.to for d in composed.drafts if d.kind is MessageKind.THANK_YOU} == {"Elena Vasquez"}


def test_a_shared_moment_is_used_once_per_round():
    moment = "the fire drill halfway through"
    people = [
        {**VASQUEZ, "topics": [], "moments": [moment]},
        {
            **VASQUEZ,
            "name": "Tomas Reyes",
            "topics": ["testing data pipelines"],
            "moments": [moment],
        },
        {**VASQUEZ, "name": "Aiko Tanaka", "topics": [], "moments": [moment]},
    ]
    rec = record(stage="panel", interviewers=people)
    now = at("2026-03-03T11:30-05:00")
    composed = compose_plan(rec, plan_round(rec, DEFAULT_POLICY, now), DEFAULT_POLICY, now)
    notes = [d for d in composed.drafts if d.kind is MessageKind.THANK_YOU]
    assert sum(moment in d.body for d in notes) == 1
    assert [b.to for b in composed.blocked if b.kind is MessageKind.THANK_YOU] == ["Aiko Tanaka"]


def test_notes_about_the_person_speak_to_them():
    assert second_person("his dog joining the call") == "your dog joining the call"
    assert second_person("her story about the first server room") == (
        "your story about the first server room"
    )
    assert second_person("the joke he made about her") == "the joke you made about you"
    assert second_person("he was late to his own meeting") == "you were late to your own meeting"


def test_a_missed_point_is_an_added_thought_not_an_admission():
    assert added_point("did not mention the runbooks I wrote") == "the runbooks I wrote"
    assert added_point("Forgot to mention that I led the audit.") == "that I led the audit"
    assert added_point("the cost report I built") == "the cost report I built"
    assert added_point("Kafka tuning") == "Kafka tuning"


def test_small_words():
    assert with_article("Analytics Engineer") == "an Analytics Engineer"
    assert with_article("Data Engineer") == "a Data Engineer"
    assert with_article("Head of Data Platform") == "Head of Data Platform"
    person = Interviewer(name="Elena Vasquez")
    assert formal_name(person) == "Elena Vasquez"


# --- panels ------------------------------------------------------------------------------------
def test_panelists_get_different_wordings_while_they_last():
    people = tuple(f"Person {n}" for n in range(6))
    for part, count in (("thanks", 6), ("detail-topic", 6), ("close", 6)):
        picks = [Picker("round", people, name).index(part, count) for name in people]
        assert sorted(picks) == list(range(count))
    picks = [Picker("round", people, name).index("fit", 3) for name in people]
    assert sorted(picks) == [0, 0, 1, 1, 2, 2]  # spread evenly when there are too few


def test_a_panel_of_six_reads_six_ways():
    topics = ["the claims data warehouse", "testing data pipelines", "dashboards for clinicians",
              "the on-call rotation", "onboarding new analysts", "data contracts"]  # fmt: skip
    people = [
        {**VASQUEZ, "name": f"Panelist {chr(65 + n)}", "topics": [topic]}
        for n, topic in enumerate(topics)
    ]
    rec = record(stage="panel", interviewers=people)
    now = at("2026-03-03T11:30-05:00")
    composed = compose_plan(rec, plan_round(rec, DEFAULT_POLICY, now), DEFAULT_POLICY, now)
    notes = [d for d in composed.drafts if d.kind is MessageKind.THANK_YOU]
    assert len(notes) == 6
    first_sentences = {read_message(d.text).prose_text.split(".")[0] for d in notes}
    assert len(first_sentences) == 6
    assert len({d.subject for d in notes}) == 6


# --- forward requests ------------------------------------------------------------------------
W6 = [
    {**VASQUEZ, "name": "Grace Lindqvist", "honorific": "Ms."},
    {"name": "Aiko Tanaka", "honorific": "Ms.", "role": "panelist",
     "topics": ["dashboards for clinicians"]},
    {"name": "Tomas Reyes", "honorific": "Mr.", "role": "panelist",
     "moments": ["his dog joining the call"]},
    {"name": "Dana Whitfield", "honorific": "Ms.", "email": "dana@halvorsen.example",
     "role": "coordinator"},
]  # fmt: skip


def test_a_forward_request_names_each_person_with_a_note_for_each():
    rec = record(stage="panel", interviewers=W6)
    about = ("Aiko Tanaka", "Tomas Reyes")
    planned = item(
        rec, MessageKind.FORWARD_REQUEST, "Dana Whitfield", "2026-03-03T12:00-05:00", about
    )
    made = draft(rec, planned)
    assert made.about == about
    assert "To Aiko Tanaka:" in made.body and "dashboards for clinicians" in made.body
    assert "To Tomas Reyes:" in made.body and "your dog joining the call" in made.body
    assert made.body.startswith("Dear Ms. Whitfield,")
    assert clean(rec, made) == []


def test_a_recruiter_carries_the_thanks_in_their_own_note():
    people = [{**W6[0], "role": "recruiter"}, W6[2]]
    rec = record(stage="panel", interviewers=people)
    now = at("2026-03-03T11:30-05:00")
    composed = compose_plan(rec, plan_round(rec, DEFAULT_POLICY, now), DEFAULT_POLICY, now)
    [note] = [d for d in composed.drafts if d.kind is MessageKind.THANK_YOU]
    assert note.to == "Grace Lindqvist" and note.about == ("Tomas Reyes",)
    assert "Tomas Reyes for" in note.body and "his dog joining the call" in note.body
    assert clean(rec, note) == []


# --- check-in, rejection reply, long game, card ----------------------------------------------
def _sentences(made: Draft) -> int:
    return len(content_sentences(read_message(made.text)))


def test_a_check_in_is_three_sentences_and_adds_the_news():
    news = {"at": "2026-03-06T09:00-05:00", "kind": "news", "text": "I finished a dbt course"}
    rec = record(events=[news])
    planned = item(rec, MessageKind.CHECK_IN, "Marcus Okafor", "2026-03-10T10:00-04:00")
    made = draft(rec, planned)
    assert _sentences(made) == 3
    assert "I finished a dbt course" in made.body
    assert made.subject and "March 3" in made.subject and "Data Engineer" in made.subject
    assert clean(rec, made) == []


def test_a_check_in_without_news_offers_a_link_and_never_news_from_the_future():
    news = {"at": "2026-03-20T09:00-04:00", "kind": "news", "text": "I finished a dbt course"}
    rec = record(events=[news])
    planned = item(rec, MessageKind.CHECK_IN, "Marcus Okafor", "2026-03-10T10:00-04:00")
    made = draft(rec, planned)
    assert "dbt course" not in made.body and "\nhttps://github.com/priya-r\n" in made.body
    assert _sentences(made) <= 3


def _rejected(*extra: dict[str, Any]) -> Round:
    events = [
        {"at": "2026-03-04T10:00-05:00", "kind": "sent", "to": "Marcus Okafor",
         "message": "thank-you"},
        {"at": "2026-03-20T16:00-04:00", "kind": "decision", "outcome": "rejected",
         "from": "Marcus Okafor"},
        *extra,
    ]  # fmt: skip
    return record(events=events)


def test_a_rejection_reply_is_gracious_and_leaves_the_door_open():
    rec = _rejected()
    planned = item(rec, MessageKind.REJECTION_REPLY, "Marcus Okafor", "2026-03-23T10:00-04:00")
    made = draft(rec, planned, now="2026-03-20T17:00-04:00")
    assert "disappointed" in made.body or "sorry" in made.body
    assert "future" in made.body
    assert clean(rec, made) == []


def test_a_long_game_update_is_built_around_the_news_or_not_written():
    rec = _rejected()
    planned = item(rec, MessageKind.LONG_GAME, "Marcus Okafor", "2026-06-18T10:00-04:00")
    blocked = compose(rec, planned, DEFAULT_POLICY, at("2026-03-20T17:00-04:00"))
    assert isinstance(blocked, Blocked) and blocked.reason.startswith("Record some news")
    news = {"at": "2026-05-01T09:00-04:00", "kind": "news", "text": "I shipped a data checker"}
    rec = _rejected(news)
    made = draft(rec, planned, now="2026-03-20T17:00-04:00")
    assert "I shipped a data checker" in made.body
    assert clean(rec, made) == []


def test_a_card_is_short_warmer_and_has_no_subject():
    people = [{**VASQUEZ, "moments": ["her story about the first server room"]}]
    rec = record(interviewers=people, culture="traditional")
    made = draft(rec, item(rec, MessageKind.CARD, "Elena Vasquez", "2026-03-04T10:00-05:00"))
    assert made.subject is None and made.text == made.body
    assert "your story about the first server room" in made.body.lower()  # a moment first
    assert "+1 617" not in made.body and "linkedin" not in made.body
    assert _sentences(made) <= 4
    assert clean(rec, made) == []


def test_a_phone_screen_note_is_three_sentences():
    rec = record(stage="phone-screen")
    made = draft(rec, item(rec, MessageKind.THANK_YOU, "Marcus Okafor", "2026-03-03T12:00-05:00"))
    assert _sentences(made) == 3
    assert "Kafka" in made.body or "Spark" in made.body  # the fit, folded into the detail


# --- inputs the composer does not take ------------------------------------------------------
def test_reminders_are_not_messages_and_now_must_be_aware():
    rec = record()
    with pytest.raises(ValueError, match="not messages"):
        compose(rec, item(rec, MessageKind.REMINDER, None, "2026-03-03T12:00-05:00"),
                DEFAULT_POLICY, at("2026-03-03T11:30-05:00"))  # fmt: skip
    planned = item(rec, MessageKind.THANK_YOU, "Marcus Okafor", "2026-03-03T12:00-05:00")
    with pytest.raises(ValueError, match="aware"):
        compose(rec, planned, DEFAULT_POLICY, dt.datetime(2026, 3, 3, 12))


def test_a_record_without_the_candidate_or_the_person_is_blocked():
    rec = dataclasses.replace(record(), candidate=None)
    planned = item(rec, MessageKind.THANK_YOU, "Marcus Okafor", "2026-03-03T12:00-05:00")
    result = compose(rec, planned, DEFAULT_POLICY, at("2026-03-03T11:30-05:00"))
    assert isinstance(result, Blocked) and "candidate: name" in result.reason
    stranger = dataclasses.replace(planned, to="Someone Else")
    result = compose(record(), stranger, DEFAULT_POLICY, at("2026-03-03T11:30-05:00"))
    assert isinstance(result, Blocked) and "Someone Else" in result.reason
    assert result.round_id == round_id(record())


def test_every_stage_has_its_thanks():
    for stage in Stage:
        rec = record(stage=stage.value)
        made = draft(
            rec, item(rec, MessageKind.THANK_YOU, "Marcus Okafor", "2026-03-03T12:00-05:00")
        )
        assert clean(rec, made) == [], stage
