"""Drafts as RFC 5322 messages (`.eml`): for the user's mail program, unsent.

`build_message` turns a composed draft into an `EmailMessage`: From (the
candidate), To, Subject, Date (the send time), a unique Message-ID, a
plain-text UTF-8 body and `X-Unsent: 1`, which tells Outlook and Apple
Mail to open the file as a draft to send rather than a message received.
Names outside ASCII are encoded by `email.headerregistry.Address`; a header
value holding a line break is refused (it would inject headers).
`message_bytes` gives the file's bytes with CRLF line ends (SMTP policy).
"""

from __future__ import annotations

import re
from email import policy as email_policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from followup.compose import Draft
from followup.errors import UserError

MESSAGE_ID_DOMAIN = "followup.invalid"
"""Message-IDs need a domain; this one is reserved and never resolves (RFC 2606)."""
LINE_BREAK = re.compile(r"[\r\n]")


class HeaderError(UserError):
    """A header value that cannot go into a message (a line break, a bad address)."""


def _clean(field: str, value: str) -> str:
    if LINE_BREAK.search(value):
        raise HeaderError(f"{field}: a line break in {value!r} would break the message headers")
    return value.strip()


def _address(field: str, name: str, email: str) -> Address:
    display, addr = _clean(field, name), _clean(field, email)
    try:
        return Address(display_name=display, addr_spec=addr)
    except (HeaderParseError, ValueError, IndexError) as error:
        raise HeaderError(f"{field}: {addr!r} is not an email address ({error})") from None


def build_message(draft: Draft, sender_name: str, sender_email: str) -> EmailMessage:
    """The draft as an unsent email from the candidate; a card has no email."""
    if draft.subject is None:
        raise UserError(f"{draft.kind.value} to {draft.to}: a card is written by hand, not emailed")
    if not draft.email:
        raise UserError(f"To: no email address recorded for {draft.to}")
    message = EmailMessage(policy=email_policy.default)
    message["From"] = _address("From", sender_name, sender_email)
    message["To"] = _address("To", draft.to, draft.email)
    message["Subject"] = _clean("Subject", draft.subject)
    message["Date"] = format_datetime(draft.send_at)
    message["Message-ID"] = make_msgid(idstring=draft.uid, domain=MESSAGE_ID_DOMAIN)
    message["X-Unsent"] = "1"
    message.set_content(draft.body, charset="utf-8")
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as an `.eml` file holds it: CRLF line ends, long lines folded."""
    return message.as_bytes(policy=email_policy.SMTP)


def eml_name(draft: Draft) -> str:
    """A file name that sorts by send time: 2026-03-03-1200-thank-you-marcus-okafor.eml."""
    who = re.sub(r"[^a-z0-9]+", "-", draft.to.lower()).strip("-") or "someone"
    return f"{draft.send_at:%Y-%m-%d-%H%M}-{draft.kind.value}-{who}.eml"


def write_eml(message: EmailMessage, path: Path) -> Path:
    try:
        path.write_bytes(message_bytes(message))
    except OSError as error:
        raise UserError(f"{path}: cannot write: {error.strerror or error}") from None
    return path
