"""Drafts as .eml files: they parse back to the same message, with safe headers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from email.utils import getaddresses, parsedate_to_datetime

import pytest

from followup.compose import Draft
from followup.errors import UserError
from followup.mail.eml import build_message, eml_name, message_bytes
from followup.model import MessageKind

DRAFT = Draft(
    kind=MessageKind.THANK_YOU,
    to="José Álvarez",
    email="jose.alvarez@example.com",
    send_at=dt.datetime(2026, 3, 3, 12, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    subject="Thank you – Data Engineer interview – Zoë Müller",
    body="Dear Mr. Álvarez,\n\nThank you for our talk about the café’s data.\n\nBest regards,\n"
    "Zoë Müller\n",
    round_id="abc",
)


def parsed(draft: Draft = DRAFT) -> email.message.EmailMessage:
    raw = message_bytes(build_message(draft, "Zoë Müller", "zoe@example.com"))
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_the_eml_parses_back_to_the_same_message():
    message = parsed()
    assert message["Subject"] == DRAFT.subject
    assert getaddresses([str(message["To"])]) == [("José Álvarez", "jose.alvarez@example.com")]
    assert getaddresses([str(message["From"])]) == [("Zoë Müller", "zoe@example.com")]
    assert parsedate_to_datetime(str(message["Date"])) == DRAFT.send_at
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == DRAFT.body
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message["X-Unsent"] == "1"


def test_bytes_use_crlf_and_ascii_headers():
    raw = message_bytes(build_message(DRAFT, "Zoë Müller", "zoe@example.com"))
    head, _, _ = raw.partition(b"\r\n\r\n")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    head.decode("ascii")  # non-ASCII names are encoded words
    assert b"=?utf-8?" in head


def test_message_ids_are_unique():
    first, second = parsed()["Message-ID"], parsed()["Message-ID"]
    assert first != second
    assert str(first).endswith("@followup.invalid>")


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("Subject", {"subject": "Thanks\r\nBcc: everyone@example.com"}),
        ("To", {"to": "José\nBcc: x@example.com"}),
        ("To", {"email": "jose@example.com\r\nBcc: x@example.com"}),
    ],
)
def test_a_line_break_in_a_header_is_refused(field: str, change: dict[str, str]):
    with pytest.raises(UserError, match=f"^{field}: a line break"):
        build_message(dataclasses.replace(DRAFT, **change), "Zoë Müller", "zoe@example.com")


def test_a_bad_address_or_a_card_is_refused():
    with pytest.raises(UserError, match=r"^To: 'not an address'"):
        build_message(dataclasses.replace(DRAFT, email="not an address"), "Zoë", "z@example.com")
    with pytest.raises(UserError, match="card"):
        build_message(dataclasses.replace(DRAFT, subject=None), "Zoë", "z@example.com")
    with pytest.raises(UserError, match=r"^From:"):
        build_message(DRAFT, "Zoë\r\n", "z@example.com")


def test_file_names_sort_by_send_time():
    assert eml_name(DRAFT) == "2026-03-03-1200-thank-you-jos-lvarez.eml"
