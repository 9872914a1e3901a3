"""Every bad record gives one RecordError line naming the problem and its place."""

from __future__ import annotations

import json
import pathlib
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.errors import RecordError
from followup.records import load_round, load_round_text, round_from_data

BASE = """\
company: Acme
role: Analyst
stage: first-round
start: 2026-03-03T10:00:00-05:00
end: 2026-03-03T11:00:00-05:00
time_zone: America/New_York
timeline_from: Ada Lovelace
interviewers:
  - name: Ada Lovelace
    title: Engineering Manager
  - name: Grace Hopper
    time_zone: America/Chicago
events:
  - {at: 2026-03-03T13:00:00-05:00, kind: sent, to: Ada Lovelace, message: thank-you}
"""


def failure(source: str | bytes, origin: str = "w1.yaml") -> str:
    """The message of the RecordError loading `source` raises; it must be one clean line."""
    with pytest.raises(RecordError) as caught:
        load_round_text(source, origin)
    return checked(caught.value)


def checked(error: RecordError) -> str:
    message = str(error)
    assert "\n" not in message
    assert "\r" not in message
    assert "Traceback" not in message
    return message


def test_the_base_record_is_valid() -> None:
    assert load_round_text(BASE, "w1.yaml").company == "Acme"


EDITS = [
    pytest.param(
        "start: 2026-03-03T10:00:00-05:00",
        "start: 3pm Tuesday",
        "w1.yaml: start, line 4: not a date-time: '3pm Tuesday'",
        id="bad-date",
    ),
    pytest.param(
        "time_zone: America/Chicago",
        "time_zone: Mars/Base",
        "w1.yaml: interviewers[1].time_zone, line 12: unknown time zone: 'Mars/Base'",
        id="unknown-zone-interviewer",
    ),
    pytest.param(
        "time_zone: America/New_York",
        "time_zone: Eastern",
        "w1.yaml: time_zone, line 6: unknown time zone: 'Eastern'",
        id="unknown-zone-round",
    ),
    pytest.param(
        "company: Acme",
        "company: Acme\ncandidate: {name: Priya, time_zone: Mars/Base}",
        "w1.yaml: candidate.time_zone, line 2: unknown time zone: 'Mars/Base'",
        id="unknown-zone-candidate",
    ),
    pytest.param(
        "stage: first-round",
        "stage: onsite",
        "w1.yaml: stage, line 3: unknown stage 'onsite' "
        "(expected one of: phone-screen, first-round, panel, final-round, other)",
        id="unknown-stage",
    ),
    pytest.param(
        "company: Acme\n",
        "",
        "w1.yaml: company, line 1: missing (required key)",
        id="missing-company",
    ),
    pytest.param(
        "company: Acme",
        "company:",
        "w1.yaml: company, line 1: no value given (required)",
        id="empty-company",
    ),
    pytest.param(
        "role: Analyst",
        "role: '   '",
        "w1.yaml: role, line 2: must not be blank",
        id="blank-role",
    ),
    pytest.param(
        "name: Grace Hopper",
        "name: ada lovelace",
        "w1.yaml: interviewers[1].name, line 11: "
        "interviewer 'ada lovelace' is listed twice (also interviewers[0])",
        id="duplicated-interviewer",
    ),
    pytest.param(
        "end: 2026-03-03T11:00:00-05:00",
        "end: 2026-03-03T09:30:00-05:00",
        "w1.yaml: end, line 5: ends at 2026-03-03T09:30:00-05:00, "
        "not after the start (2026-03-03T10:00:00-05:00)",
        id="end-before-start",
    ),
    pytest.param(
        "end: 2026-03-03T11:00:00-05:00",
        "end: 2026-03-03T15:00:00Z",
        "w1.yaml: end, line 5: ends at 2026-03-03T15:00:00+00:00, "
        "not after the start (2026-03-03T10:00:00-05:00)",
        id="end-equals-start",
    ),
    pytest.param(
        "    title: Engineering Manager",
        "    nickname: Ada",
        "w1.yaml: interviewers[0].nickname, line 10: unknown key 'nickname'",
        id="unknown-nested-key",
    ),
    pytest.param(
        "message: thank-you}",
        "message: thank-you, sent: yes}",
        "w1.yaml: events[0].sent, line 14: unknown key 'sent'",
        id="unknown-event-key",
    ),
    pytest.param(
        "role: Analyst",
        "role: Analyst\nnotes:\n  questions: [a]\n  wins: [b]",
        "w1.yaml: notes.wins, line 5: unknown key 'wins'",
        id="unknown-notes-key",
    ),
    pytest.param(
        "role: Analyst",
        "role: Analyst\ncandidate:\n  name: Priya\n  mail: p@example.com",
        "w1.yaml: candidate.mail, line 5: unknown key 'mail' (did you mean 'email'?)",
        id="unknown-candidate-key",
    ),
    pytest.param(
        "role: Analyst",
        "role: Analyst\ncompnay: Acme",
        "w1.yaml: compnay, line 3: unknown key 'compnay' (did you mean 'company'?)",
        id="unknown-key-typo",
    ),
    pytest.param(
        "kind: sent, to: Ada Lovelace, message: thank-you",
        "kind: sent, to: Ada Lovelace, message: thanks",
        "w1.yaml: events[0].message, line 14: unknown message kind 'thanks' (expected one of: "
        "thank-you, forward-request, card, check-in, rejection-reply, long-game, reminder, other)",
        id="unknown-message-kind",
    ),
    pytest.param(
        "kind: sent, to: Ada Lovelace, message: thank-you",
        "kind: ping",
        "w1.yaml: events[0].kind, line 14: unknown event kind 'ping' "
        "(expected one of: sent, reply, decision, news)",
        id="unknown-event-kind",
    ),
    pytest.param(
        ", to: Ada Lovelace",
        "",
        "w1.yaml: events[0].to, line 14: missing (required key)",
        id="event-missing-field",
    ),
    pytest.param(
        "start: 2026-03-03T10:00:00-05:00\nend: 2026-03-03T11:00:00-05:00\n"
        "time_zone: America/New_York",
        "start: 2026-03-03T10:00:00",
        "w1.yaml: start, line 4: '2026-03-03T10:00:00' has no UTC offset "
        "and the record has no time_zone",
        id="naive-without-zone",
    ),
    pytest.param(
        "interviewers:\n  - name: Ada Lovelace\n    title: Engineering Manager\n"
        "  - name: Grace Hopper\n    time_zone: America/Chicago",
        "interviewers:\n  name: Ada Lovelace",
        "w1.yaml: interviewers, line 8: expected a list, not a mapping",
        id="mapping-for-list",
    ),
    pytest.param(
        "  - {at: 2026-03-03T13:00:00-05:00, kind: sent, to: Ada Lovelace, message: thank-you}",
        "  - [2026-03-03T13:00:00-05:00, sent]",
        "w1.yaml: events[0], line 14: expected a mapping (key: value), not a list",
        id="list-for-mapping",
    ),
    pytest.param(
        "    title: Engineering Manager",
        "    do_not_contact: maybe",
        "w1.yaml: interviewers[0].do_not_contact, line 10: "
        "expected true or false, not text 'maybe'",
        id="bad-bool",
    ),
    pytest.param(
        "    title: Engineering Manager",
        "    title: 42",
        "w1.yaml: interviewers[0].title, line 10: expected text, not the number 42 "
        "(put it in quotes)",
        id="number-for-text",
    ),
    pytest.param(
        "timeline_from: Ada Lovelace",
        "timeline_from: Marcus Okafor",
        "w1.yaml: timeline_from, line 7: 'Marcus Okafor' is not one of the interviewers "
        "(Ada Lovelace, Grace Hopper)",
        id="timeline-from-nobody",
    ),
    pytest.param(
        "interviewers:\n  - name: Ada Lovelace\n    title: Engineering Manager\n"
        "  - name: Grace Hopper\n    time_zone: America/Chicago",
        "interviewers: []",
        "w1.yaml: interviewers, line 8: at least one interviewer is required",
        id="no-interviewers",
    ),
    pytest.param(
        "    title: Engineering Manager",
        "    honorific: Mrs.",
        "w1.yaml: interviewers[0].honorific, line 10: unknown honorific 'Mrs.' "
        "(expected one of: Dr., Ms., Mr., Mx., none)",
        id="unknown-honorific",
    ),
    pytest.param(
        "role: Analyst",
        "role: Analyst\ncheck_in_invited: next week",
        "w1.yaml: check_in_invited, line 3: not a date or date-time: 'next week'",
        id="bad-check-in-date",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), EDITS)
def test_bad_record_messages(old: str, new: str, message: str) -> None:
    assert old in BASE
    assert failure(BASE.replace(old, new, 1)) == message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        pytest.param(
            b"company: Acme \xff\n",
            "w1.yaml: not UTF-8 text (byte 0xff at offset 14)",
            id="not-utf8",
        ),
        pytest.param(
            b"\xef\xbb\xbfrole: caf\xc3",
            "w1.yaml: not UTF-8 text (byte 0xc3 at offset 12)",
            id="not-utf8-after-bom",
        ),
        pytest.param(b"", "w1.yaml: empty file: expected an interview record", id="empty"),
        pytest.param(
            "  \n# only a comment\n\n",
            "w1.yaml: empty file: expected an interview record",
            id="comments-only",
        ),
        pytest.param(
            "- company: Acme\n",
            "w1.yaml: line 1: expected an interview record as a mapping (key: value), not a list",
            id="top-level-list",
        ),
        pytest.param(
            "company: [Acme\nrole: Analyst\n",
            "w1.yaml: line 2, column 5: did not find expected ',' or ']' "
            "(while parsing a flow sequence at line 1)",
            id="malformed-flow",
        ),
        pytest.param(
            "company: Acme\n role: Analyst\n",
            "w1.yaml: line 2, column 6: mapping values are not allowed in this context",
            id="malformed-indent",
        ),
        pytest.param(
            "company: Acme\nrole: A\ncompany: B\n",
            "w1.yaml: company, line 3: duplicate key 'company' (first given on line 1)",
            id="duplicate-key",
        ),
        pytest.param(
            "company: Acme\n---\ncompany: B\n",
            "w1.yaml: line 3: a second document starts here; a file holds one",
            id="two-documents",
        ),
        pytest.param(
            "company: Acme\n2026: x\n",
            "w1.yaml: line 2: a key must be text, not the number 2026",
            id="number-key",
        ),
        pytest.param(
            "company: Acme\n? [a, b]\n: x\n",
            "w1.yaml: line 2: a key must be text, not a list or mapping",
            id="list-key",
        ),
        pytest.param(
            "company: !!binary QWNtZQ==\n",
            "w1.yaml: company, line 1: unsupported YAML tag !!binary",
            id="binary-tag",
        ),
        pytest.param(
            "company: \x00\n",
            "w1.yaml: line 1: unacceptable character U+0000 (control characters are not allowed)",
            id="control-character",
        ),
    ],
)
def test_unreadable_documents(source: str | bytes, message: str) -> None:
    assert failure(source) == message


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_a_yaml_bomb_fails_fast() -> None:
    began = time.perf_counter()
    message = failure(BILLION_LAUGHS)
    assert time.perf_counter() - began < 1.0
    assert message == (
        "w1.yaml: e, line 5: more than 20000 values once aliases are expanded "
        "(a YAML bomb?); a record is far smaller"
    )


def test_a_self_referencing_alias_fails() -> None:
    message = failure("company: &a [*a]\n")
    assert message == "w1.yaml: company, line 1: nested more than 64 levels deep"


def test_deep_nesting_fails() -> None:
    message = failure("company: " + "[" * 5000 + "]" * 5000 + "\n")
    assert message.startswith("w1.yaml: line 1, column ")
    assert "nesting depth" in message


def base_data() -> dict[str, Any]:
    data = {
        "company": "Acme",
        "role": "Analyst",
        "stage": "first-round",
        "start": "2026-03-03T10:00:00-05:00",
        "interviewers": [{"name": "Ada Lovelace"}, {"name": "Grace Hopper"}],
    }
    assert round_from_data(data).company == "Acme"
    return data


def json_cases() -> list[Any]:
    return [
        ({"start": "3pm Tuesday"}, "start", 5, "not a date-time: '3pm Tuesday'"),
        ({"time_zone": "Mars/Base"}, "time_zone", 14, "unknown time zone: 'Mars/Base'"),
        (
            {"stage": "onsite"},
            "stage",
            4,
            "unknown stage 'onsite' "
            "(expected one of: phone-screen, first-round, panel, final-round, other)",
        ),
        ({"company": None}, "company", 2, "no value given (required)"),
        (
            {"end": "2026-03-03T09:00:00-05:00"},
            "end",
            14,
            "ends at 2026-03-03T09:00:00-05:00, not after the start (2026-03-03T10:00:00-05:00)",
        ),
        (
            {"start": "2026-03-03T10:00:00"},
            "start",
            5,
            "'2026-03-03T10:00:00' has no UTC offset and the record has no time_zone",
        ),
        (
            {"interviewers": [{"name": "Ada"}, {"name": "ADA"}]},
            "interviewers[1].name",
            11,
            "interviewer 'ADA' is listed twice (also interviewers[0])",
        ),
        (
            {"interviewers": [{"name": "Ada", "nickname": "A"}]},
            "interviewers[0].nickname",
            9,
            "unknown key 'nickname'",
        ),
        ({"interviewers": {"name": "Ada"}}, "interviewers", 6, "expected a list, not a mapping"),
    ]


@pytest.mark.parametrize(("change", "path", "line", "problem"), json_cases())
def test_json_records_give_the_same_errors(
    change: dict[str, Any], path: str, line: int, problem: str
) -> None:
    data = base_data() | change
    text = json.dumps(data, indent=2)
    assert failure(text, "w1.json") == f"w1.json: {path}, line {line}: {problem}"
    with pytest.raises(RecordError) as caught:
        round_from_data(data, "dev.jsonl:3")
    assert checked(caught.value) == f"dev.jsonl:3: {path}: {problem}"


def test_json_missing_key_without_lines() -> None:
    data = base_data()
    del data["company"]
    with pytest.raises(RecordError) as caught:
        round_from_data(data)
    assert checked(caught.value) == "<record>: company: missing (required key)"


def test_round_from_data_refuses_a_list() -> None:
    with pytest.raises(RecordError) as caught:
        round_from_data([1, 2], "ctx")  # type: ignore[arg-type]
    assert checked(caught.value) == "ctx: expected a mapping (key: value), not a list"


def test_unreadable_files(tmp_path: pathlib.Path) -> None:
    with pytest.raises(RecordError) as missing:
        load_round(tmp_path / "nope.yaml")
    assert checked(missing.value) == f"{tmp_path / 'nope.yaml'}: no such file"
    with pytest.raises(RecordError) as directory:
        load_round(tmp_path)
    assert checked(directory.value) == f"{tmp_path}: is a directory, not a file"


def test_a_file_error_names_the_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "w1.yaml"
    path.write_bytes(b"company: \xfe\n")
    with pytest.raises(RecordError) as caught:
        load_round(path)
    assert checked(caught.value) == f"{path}: not UTF-8 text (byte 0xfe at offset 9)"


_NOISE = st.text(st.sampled_from(list(":-[]{}&*!|>'\"#,\n ?~0aZ\t\x85")), max_size=5)


@st.composite
def damaged_records(draw: st.DrawFn) -> str:
    """BASE with a few short stretches replaced by YAML punctuation or any text."""
    text = BASE
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        stop = draw(st.integers(start, min(len(text), start + 10)))
        text = text[:start] + draw(_NOISE | st.text(max_size=3)) + text[stop:]
    return text


@settings(max_examples=200, deadline=None)
@given(damaged_records() | st.binary(max_size=60) | st.text(max_size=60))
def test_any_input_loads_or_fails_with_one_line(source: str | bytes) -> None:
    try:
        load_round_text(source, "f.yaml")
    except RecordError as error:
        message = checked(error)
        assert message.startswith("f.yaml: ")
