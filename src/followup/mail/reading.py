"""Read a message to review: plain text, an .eml file (RFC 5322), or standard input.

The reviewer sees "Subject: ...", a blank line and the body. For an .eml the
body is the text/plain part (quoted-printable and base64 decoded), or the
HTML part reduced to text when there is no plain one.
"""

from __future__ import annotations

import email
import email.policy
import re
import sys
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from followup.errors import UserError

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
    path = Path(name)
    try:
        with path.open("rb") as handle:
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


HTML_BREAKS = frozenset(
    {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table"}
)


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.skipping += 1
        elif tag in HTML_BREAKS:
            self.parts.append("\n\n" if tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.skipping = max(0, self.skipping - 1)
        elif tag in ("p", "div"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
