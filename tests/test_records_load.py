"""Loading interview record files (records.md) into the core model."""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest
from pydantic import BaseModel

from followup.model import (
    Candidate,
    Culture,
    Event,
    EventKind,
    Format,
    Honorific,
    Interviewer,
    MessageKind,
    Outcome,
    ParticipantRole,
    RoundNotes,
    Stage,
)
from followup.records import load_round, load_round_text, round_from_data, schema

EXAMPLE = """\
candidate:                       # optional here: the profile supplies it
  name: Priya Raman
  email: priya.raman@example.com
  phone: "+1 415 555 0100"
  links: [https://www.linkedin.com/in/priya-raman-example]
  skills: [Kafka, Spark, data quality]     # optional, feeds the composer
company: Halvorsen Analytics
role: Data Engineer
culture: startup                 # optional hint: startup | corporate | traditional
stage: first-round               # phone-screen | first-round | panel | final-round | other
format: video                    # in-person | phone | video
start: 2026-03-03T10:00:00-05:00 # ISO 8601 with offset, or naive + time_zone
end: 2026-03-03T11:00:00-05:00   # optional: start + 1 hour when missing
time_zone: America/New_York      # optional IANA name
timeline: 2026-03-10             # optional: a date, or words ("by next Friday")
timeline_from: Marcus Okafor     # optional: who gave it (the check-in goes to them)
check_in_invited: 2026-03-06     # optional: the interviewer invited a check-in then
notes:                           # all optional
  questions: ["Tell me about a migration you led"]
  went_well: [...]
  missed: ["did not mention the runbooks I wrote"]
  moments: ["his dog barking during the call"]
interviewers:
  - name: Marcus Okafor
    honorific: Mr.               # Dr. | Ms. | Mr. | Mx. | none
    first_name_basis: true       # they said "call me Marcus"
    title: Engineering Manager
    email: m.okafor@halvorsen.example   # optional: missing → forward via recruiter
    role: hiring-manager         # recruiter | hiring-manager | panelist | coordinator
    topics: [migrating the nightly batch jobs to streaming, on-call rotation]
    moments: [his dog barking during the call]
    time_zone: America/New_York  # optional: where they are (send slots use it)
    do_not_contact: false
other_companies: [Brightline Logistics, Corvid Health]   # optional: other applications
events:                          # optional: what happened since
  - {at: 2026-03-03T13:00:00-05:00, kind: sent, to: Marcus Okafor, message: thank-you}
  - {at: 2026-03-05T09:12:00-05:00, kind: reply, from: Marcus Okafor}
  - {at: 2026-03-20T16:00:00-05:00, kind: decision, outcome: rejected}
"""

EST = dt.timezone(dt.timedelta(hours=-5))

MINIMAL = """\
company: Acme
role: Analyst
stage: panel
start: 2026-03-03T10:00:00-05:00
interviewers:
  - name: Ada Lovelace
"""


def test_example_loads_to_the_expected_round() -> None:
    round_ = load_round_text(EXAMPLE, "example.yaml")
    assert round_.company == "Halvorsen Analytics"
    assert round_.role == "Data Engineer"
    assert round_.stage is Stage.FIRST_ROUND
    assert round_.format is Format.VIDEO
    assert round_.culture is Culture.STARTUP
    assert round_.start == dt.datetime(2026, 3, 3, 10, tzinfo=EST)
    assert round_.end == dt.datetime(2026, 3, 3, 11, tzinfo=EST)
    assert round_.time_zone == "America/New_York"
    assert round_.timeline == dt.date(2026, 3, 10)
    assert round_.timeline_from == "Marcus Okafor"
    assert round_.check_in_invited == dt.date(2026, 3, 6)
    assert round_.candidate == Candidate(
        name="Priya Raman",
        email="priya.raman@example.com",
        phone="+1 415 555 0100",
        links=("https://www.linkedin.com/in/priya-raman-example",),
        skills=("Kafka", "Spark", "data quality"),
    )
    assert round_.notes == RoundNotes(
        questions=("Tell me about a migration you led",),
        went_well=("...",),
        missed=("did not mention the runbooks I wrote",),
        moments=("his dog barking during the call",),
    )
    assert round_.interviewers == (
        Interviewer(
            name="Marcus Okafor",
            honorific=Honorific.MR,
            first_name_basis=True,
            title="Engineering Manager",
            email="m.okafor@halvorsen.example",
            role=ParticipantRole.HIRING_MANAGER,
            topics=("migrating the nightly batch jobs to streaming", "on-call rotation"),
            moments=("his dog barking during the call",),
            time_zone="America/New_York",
        ),
    )
    assert round_.other_companies == ("Brightline Logistics", "Corvid Health")
    assert round_.events == (
        Event(
            at=dt.datetime(2026, 3, 3, 13, tzinfo=EST),
            kind=EventKind.SENT,
            to="Marcus Okafor",
            message=MessageKind.THANK_YOU,
        ),
        Event(
            at=dt.datetime(2026, 3, 5, 9, 12, tzinfo=EST),
            kind=EventKind.REPLY,
            sender="Marcus Okafor",
        ),
        Event(
            at=dt.datetime(2026, 3, 20, 16, tzinfo=EST),
            kind=EventKind.DECISION,
            outcome=Outcome.REJECTED,
        ),
    )
    assert round_.attachments_requested is False


def test_load_round_reads_a_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "w1.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    assert load_round(path) == load_round_text(EXAMPLE, "example.yaml")


def test_a_minimal_record_takes_the_defaults() -> None:
    round_ = load_round_text(MINIMAL, "m.yaml")
    assert round_.end == round_.start + dt.timedelta(hours=1)
    assert round_.interviewers == (Interviewer(name="Ada Lovelace"),)
    assert round_.candidate is None
    assert round_.notes == RoundNotes()
    assert round_.events == ()


def test_naive_times_are_read_in_the_record_time_zone() -> None:
    text = MINIMAL.replace("-05:00", "") + "time_zone: Europe/Berlin\nend: 2026-07-01 11:30\n"
    text = text.replace("2026-03-03T10:00:00", "2026-07-01 10:00")
    round_ = load_round_text(text, "m.yaml")
    summer = dt.timezone(dt.timedelta(hours=2))
    assert round_.start == dt.datetime(2026, 7, 1, 10, tzinfo=summer)
    assert round_.start.utcoffset() == dt.timedelta(hours=2)
    assert round_.end == dt.datetime(2026, 7, 1, 11, 30, tzinfo=summer)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-03-03T15:00:00Z", dt.datetime(2026, 3, 3, 15, tzinfo=dt.UTC)),
        ("2026-03-03 10:00:00-05:00", dt.datetime(2026, 3, 3, 10, tzinfo=EST)),
        ("'2026-03-03T10:00-0500'", dt.datetime(2026, 3, 3, 10, tzinfo=EST)),
        ("2026-03-03T10:00:00.250000-05:00", dt.datetime(2026, 3, 3, 10, 0, 0, 250000, EST)),
    ],
)
def test_date_time_spellings(written: str, expected: dt.datetime) -> None:
    round_ = load_round_text(MINIMAL.replace("2026-03-03T10:00:00-05:00", written), "m.yaml")
    assert round_.start == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Dr.", Honorific.DR),
        ("dr", Honorific.DR),
        ("MS.", Honorific.MS),
        ("mx", Honorific.MX),
        ("none", Honorific.NONE),
        ("None", Honorific.NONE),
    ],
)
def test_honorifics_are_normalised(written: str, expected: Honorific) -> None:
    text = MINIMAL + f"    honorific: {written}\n"
    assert load_round_text(text, "m.yaml").interviewers[0].honorific is expected


def test_extensions_load() -> None:
    text = (
        MINIMAL
        + "    questions: [Why data?]\n"
        + (
            "attachments_requested: true\n"
            "candidate: {name: Priya, time_zone: Asia/Kolkata, tone: warm,\n"
            "            achievements: [cut cost]}\n"
            "notes: {signals: [asked about start date]}\n"
            "timeline: by next Friday\n"
            "check_in_invited: 2026-03-06T09:30:00-05:00\n"
            "events:\n"
            "  - {at: 2026-04-01T12:00:00Z, kind: news, text: shipped the streaming pipeline}\n"
            "  - {at: 2026-04-02T12:00:00Z, kind: decision, outcome: offer, from: Ada Lovelace}\n"
        )
    )
    round_ = load_round_text(text, "m.yaml")
    assert round_.attachments_requested is True
    assert round_.candidate is not None
    assert round_.candidate.tone == "warm"
    assert round_.candidate.achievements == ("cut cost",)
    assert round_.candidate.time_zone == "Asia/Kolkata"
    assert round_.notes.signals == ("asked about start date",)
    assert round_.timeline == "by next Friday"
    assert round_.check_in_invited == dt.datetime(2026, 3, 6, 9, 30, tzinfo=EST)
    assert round_.interviewers[0].questions == ("Why data?",)
    assert round_.events[0] == Event(
        at=dt.datetime(2026, 4, 1, 12, tzinfo=dt.UTC),
        kind=EventKind.NEWS,
        text="shipped the streaming pipeline",
    )
    assert round_.events[1].outcome is Outcome.OFFER
    assert round_.events[1].sender == "Ada Lovelace"


def test_yaml_1_1_oddities_stay_text() -> None:
    text = MINIMAL.replace("role: Analyst", "role: NO") + "    title: '10:00'\n"
    round_ = load_round_text(text.replace("'10:00'", "10:00"), "m.yaml")
    assert round_.role == "NO"
    assert round_.interviewers[0].title == "10:00"


def test_empty_values_count_as_absent() -> None:
    text = MINIMAL + "    topics:\n    honorific: ~\nnotes:\nevents:\nformat:\n"
    round_ = load_round_text(text, "m.yaml")
    assert round_.interviewers[0] == Interviewer(name="Ada Lovelace")
    assert round_.format is None


def test_a_utf8_bom_is_fine() -> None:
    data = b"\xef\xbb\xbf" + MINIMAL.encode()
    assert load_round_text(data, "m.yaml") == load_round_text(MINIMAL, "m.yaml")


def test_a_json_record_loads_as_text_and_as_data() -> None:
    data = {
        "company": "Acme",
        "role": "Analyst",
        "stage": "panel",
        "start": "2026-03-03T10:00:00-05:00",
        "interviewers": [{"name": "Ada Lovelace"}],
    }
    expected = load_round_text(MINIMAL, "m.yaml")
    assert load_round_text(json.dumps(data, indent=2), "m.json") == expected
    assert load_round_text(json.dumps(data, indent="\t"), "m.json") == expected
    assert round_from_data(data) == expected


def test_round_from_data_accepts_date_time_values() -> None:
    data = {
        "company": "Acme",
        "role": "Analyst",
        "stage": "panel",
        "start": dt.datetime(2026, 3, 3, 10, tzinfo=EST),
        "timeline": dt.date(2026, 3, 10),
        "interviewers": [{"name": "Ada Lovelace"}],
    }
    round_ = round_from_data(data)
    assert round_.start == dt.datetime(2026, 3, 3, 10, tzinfo=EST)
    assert round_.timeline == dt.date(2026, 3, 10)


def test_every_schema_model_forbids_unknown_keys() -> None:
    models = [
        value
        for value in vars(schema).values()
        if isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel
    ]
    assert len(models) >= 8
    assert all(model.model_config.get("extra") == "forbid" for model in models)


CORPUS = pathlib.Path("/work/shared/corpus/dev.jsonl")


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
def test_corpus_contexts_load_without_recipient_and_send_at() -> None:
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        context = json.loads(line)["context"]
        if context:
            record = {k: v for k, v in context.items() if k not in ("recipient", "send_at")}
            assert round_from_data(record, f"dev.jsonl:{number}").interviewers
