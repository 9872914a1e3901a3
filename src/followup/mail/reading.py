"""Read a message to review: plain text, an .eml file (RFC 5322), or standard input.

The reviewer sees "Subject: ...", a blank line and the body. For an .eml the
body is the text/plain part (quoted-printable and base64 decoded), or the
HTML part reduced to text when there is no plain one. The mail and HTML
parsers are imported for an .eml only (they cost `followup check` some 20 ms).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.errors import UserError

if TYPE_CHECKING:
    from email.message import EmailMessage

MAX_BYTES = 5_000_000
HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]")
EMAIL_HEADERS = {
    b"from",
    b"to",
    b"date",
    b"message-id",
    b"mime-version",
    b"received",
    b"content-type",
    b"return-path",
    b"cc",
    b"reply-to",
    b"x-unsent",
}


@dataclass(frozen=True)
class MessageText:
    text: str
    origin: str
    was_eml: bool = False


def read_message_source(name: str) -> MessageText:
    """The message in file `name` ("-" for standard input), as reviewer text."""
    raw = _read_bytes(name)
    origin = "<stdin>" if name == "-" else name
    if b"\x00" in raw[:8192]:
        raise UserError(f"{origin}: not a text message (binary data)")
    if name.lower().endswith(".eml") or looks_like_eml(raw):
        return MessageText(eml_to_text(raw, origin), origin, was_eml=True)
    return MessageText(_decode(raw, origin).replace("\r\n", "\n"), origin)


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)[:MAX_BYTES]
    try:
        with open(name, "rb") as handle:  # noqa: PTH123  (pathlib: ~4 ms of `check`'s start)
            return handle.read(MAX_BYTES)
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{name}: is a directory, not a message file") from None
    except PermissionError:
        raise UserError(f"{name}: permission denied") from None
    except OSError as error:
        raise UserError(f"{name}: cannot be read ({error.strerror})") from None


def _decode(raw: bytes, origin: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(
            f"{origin}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from None


def looks_like_eml(raw: bytes) -> bool:
    """Headers first: the first lines are "Name: value" and include a mail header."""
    head = raw.lstrip()[:4096].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    lines = [line for line in head.splitlines() if line and not line[:1].isspace()]
    if not lines or not all(HEADER_LINE.match(line) for line in lines):
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in lines}
    return bool(names & EMAIL_HEADERS)


def eml_to_text(raw: bytes, origin: str) -> str:
    import email
    import email.policy
    from email.message import EmailMessage

    try:
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as error:  # the parser is lenient; anything it raises is bad input
        raise UserError(f"{origin}: not a readable .eml message ({error})") from None
    assert isinstance(parsed, EmailMessage)
    subject = " ".join(str(parsed.get("Subject", "")).split())
    body = _body(parsed, origin).replace("\r\n", "\n").strip("\n")
    return f"Subject: {subject}\n\n{body}\n" if subject else f"{body}\n"


def _body(parsed: EmailMessage, origin: str) -> str:
    part = parsed.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise UserError(f"{origin}: the .eml has no text/plain or text/html part to review")
    try:
        content = part.get_content()
    except (LookupError, ValueError) as error:
        raise UserError(f"{origin}: the message text cannot be decoded ({error})") from None
    if not isinstance(content, str):
        raise UserError(f"{origin}: the message text is not text")
    return html_to_text(content) if part.get_content_subtype() == "html" else content


def html_to_text(html: str) -> str:
    from followup.mail.html_text import html_to_text as text_of

    return text_of(html)
