"""`followup check`: text, .eml and stdin in; the JSON contract, the text view and exit codes out."""

from __future__ import annotations

import io
import json
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from followup.mail.reading import eml_to_text, looks_like_eml

from conftest import w1

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"
PLACEHOLDER = (
    "Subject: Data Engineer interview\n\nDear Mr. Okafor,\n\nThanks for the talk about [topic].\n"
)


def corpus_entry(entry_id: str) -> dict:
    for line in CORPUS.read_text("utf-8").splitlines():
        entry = json.loads(line)
        if entry["id"] == entry_id:
            return entry
    raise KeyError(entry_id)


def as_text(entry: dict) -> str:
    head = f"Subject: {entry['subject']}\n\n" if entry["subject"] else ""
    return head + entry["body"]


def test_json_contract_and_exit_1_on_an_error(cli, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(PLACEHOLDER)
    result = cli("check", str(path), "--format", "json")
    assert result.code == 1
    data = result.json()
    assert set(data) == {"score", "kind", "findings"}
    assert data["kind"] == "thank-you" and 0 <= data["score"] <= 100
    finding = next(f for f in data["findings"] if f["rule"] == "placeholder")
    assert set(finding) == {
        "rule",
        "severity",
        "start",
        "end",
        "line",
        "column",
        "message",
        "suggestion",
    }
    assert PLACEHOLDER[finding["start"] : finding["end"]] == "[topic]"
    assert (finding["line"], finding["column"]) == (5, 27)
    assert finding["severity"] == "error"


def test_fail_on_sets_the_threshold(cli, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(PLACEHOLDER)
    assert cli("check", str(path), "--fail-on", "never").code == 0
    assert cli("check", str(path), "--fail-on", "warning").code == 1


def test_a_clean_message_exits_0(cli, tmp_path):
    entry = corpus_entry("good-first-round-1")
    path = tmp_path / "good.txt"
    path.write_text(as_text(entry))
    result = cli("check", str(path), "--format", "json")
    assert result.code == 0, result.out
    assert [f for f in result.json()["findings"] if f["severity"] != "info"] == []


def test_text_view_highlights_the_words_and_shows_the_score(cli, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(PLACEHOLDER)
    result = cli("check", str(path))
    assert f"{path}:5:27" in result.out
    assert "[topic]" in result.out and "placeholder" in result.out
    assert "Score " in result.out and "reading grade" in result.out


def test_stdin(cli, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PLACEHOLDER.encode())))
    result = cli("check", "-", "--format", "json")
    assert result.code == 1
    assert any(f["rule"] == "placeholder" for f in result.json()["findings"])


def build_eml(
    body: str, *, html: str | None = None, charset_cte: str = "quoted-printable"
) -> bytes:
    message = EmailMessage()
    message["From"] = "Priya Raman <priya@example.com>"
    message["To"] = "Marcus Okafor <m.okafor@halvorsen.example>"
    message["Subject"] = "Thank you – Data Engineer interview"
    if body:
        message.set_content(body, cte=charset_cte)
        if html:
            message.add_alternative(html, subtype="html")
    else:
        message.set_content(html or "", subtype="html")
    return bytes(message)


@pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
def test_eml_uses_the_decoded_plain_part(cte):
    body = "Dear Mr. Okafor,\n\nThank you — the streaming talk was great. [topic] too.\n"
    raw = build_eml(body, html="<p>HTML version</p>", charset_cte=cte)
    assert looks_like_eml(raw)
    text = eml_to_text(raw, "x.eml")
    assert text.startswith("Subject: Thank you – Data Engineer interview\n\n")
    assert "the streaming talk was great" in text and "HTML version" not in text


def test_html_only_eml_is_reduced_to_text():
    raw = build_eml(
        "",
        html="<html><body><p>Dear Mr. Okafor,</p><p>Thanks for <b>Tuesday</b>.</p>"
        "<script>x()</script></body></html>",
    )
    text = eml_to_text(raw, "x.eml")
    assert "Dear Mr. Okafor,\n\nThanks for Tuesday." in text
    assert "x()" not in text and "<" not in text


def test_check_reads_an_eml_file(cli, tmp_path):
    path = tmp_path / "note.eml"
    path.write_bytes(build_eml("Dear Mr. Okafor,\n\nThanks for the chat about [topic].\n"))
    result = cli("check", str(path), "--format", "json")
    finding = next(f for f in result.json()["findings"] if f["rule"] == "placeholder")
    assert finding["line"] == 5


def test_plain_text_with_a_subject_line_is_not_taken_for_an_eml():
    assert not looks_like_eml(b"Subject: Thanks\n\nDear Ann,\n")
    assert looks_like_eml(b"From: a@b.example\nSubject: Thanks\n\nDear Ann,\n")


def test_context_and_recipient(cli, tmp_path, record_file):
    path = tmp_path / "draft.txt"
    path.write_text(PLACEHOLDER)
    record = record_file(w1())
    args = (
        "check",
        str(path),
        "--context",
        str(record),
        "--to",
        "Marcus Okafor",
        "--format",
        "json",
    )
    result = cli(*args, "--send-at", "2026-03-03T12:30:00-05:00")
    assert result.code == 1
    finding = next(f for f in result.json()["findings"] if f["rule"] == "placeholder")
    assert "Replace [topic]" in finding["suggestion"]


@pytest.mark.parametrize(
    ("setup", "args", "expected"),
    [
        (None, ["missing.txt"], "missing.txt: no such file"),
        (b"\x00\x01\x02binary", ["bin.txt"], "bin.txt: not a text message (binary data)"),
        (b"caf\xe9", ["latin.txt"], "latin.txt: not UTF-8 text (byte 0xe9 at offset 3)"),
        (PLACEHOLDER.encode(), ["ok.txt", "--kind", "memo"], "--kind: unknown kind 'memo'"),
        (PLACEHOLDER.encode(), ["ok.txt", "--to", "Ann"], "--to needs --context RECORD"),
        (PLACEHOLDER.encode(), ["ok.txt", "--send-at", "noonish"], "--send-at: not a date-time"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(cli, tmp_path, monkeypatch, setup, args, expected):
    monkeypatch.chdir(tmp_path)
    if setup is not None:
        (tmp_path / args[0]).write_bytes(setup)
    result = cli("check", *args)
    assert result.code == 2
    assert expected in result.err and result.err.count("\n") == 1, result.err


def test_a_bad_record_or_recipient_gives_one_line_and_exit_2(cli, tmp_path, record_file):
    path = tmp_path / "draft.txt"
    path.write_text(PLACEHOLDER)
    bad = record_file(w1(stage="onsite"))
    result = cli("check", str(path), "--context", str(bad))
    assert result.code == 2 and "stage, line 3: unknown stage 'onsite'" in result.err
    good = record_file(w1())
    result = cli("check", str(path), "--context", str(good), "--to", "Nobody Here")
    assert result.code == 2 and "'Nobody Here' is not one of the people" in result.err


def test_config_switches_rules_off_and_checks_its_keys(cli, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(PLACEHOLDER)
    config = tmp_path / "review.yaml"
    config.write_text("rules:\n  placeholder: off\n")
    result = cli("check", str(path), "--config", str(config), "--format", "json")
    assert all(f["rule"] != "placeholder" for f in result.json()["findings"])
    config.write_text("rules:\n  placeholder: warning\n")
    result = cli("check", str(path), "--config", str(config), "--format", "json")
    assert {f["severity"] for f in result.json()["findings"] if f["rule"] == "placeholder"} == {
        "warning"
    }
    config.write_text("rules:\n  no-such-rule: off\n")
    result = cli("check", str(path), "--config", str(config))
    assert result.code == 2 and "rules.no-such-rule, line 2: unknown rule" in result.err
