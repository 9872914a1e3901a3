"""Who an invitation names: the interviewers, and what the people tell about the company.

`Cast.of` reads the organizer and the attendees. It leaves out the user,
rooms and resources, groups, automatic senders and people invited for
information only, and keeps one of two people of the same name; it takes
names from CN ("Lopez, Maria" → "Maria Lopez"), else from the address.
`address_key` is the form in which addresses are compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import icalendar

from followup.ics.calendar_file import Notes, one_line
from followup.model import Interviewer

_EMAIL = re.compile(r"[^@\s<>\"',;:]+@[^@\s<>\"',;:]+\.[^@\s<>\"',;:]+")
_AUTOMATIC = re.compile(
    r"(?i)(no[-_.]?reply|do[-_.]?not[-_.]?reply|calendar[-_.]?notifications?|notifications?"
    r"|mailer[-_.]?daemon|calendar|invites?|scheduler|scheduling)([-_.+].*)?"
)
_AUTOMATIC_DOMAINS = (".calendar.google.com",)
_ROOM_DOMAINS = ("resource.calendar.google.com",)
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d.", "esq."}
_NAME_PART = re.compile(r"[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}")


@dataclass
class Cast:
    """The people of an invite: who to thank, and what they tell about the company."""

    interviewers: tuple[Interviewer, ...] = ()
    organizer: str | None = None
    names: set[str] = field(default_factory=set)
    """Every person's name in the invite, the user's too (casefolded), to read titles."""
    domains: list[tuple[str, str]] = field(default_factory=list)
    """(domain, whose) of the organizer and interviewers, in that order."""
    rooms: bool = False

    @classmethod
    def of(cls, event: icalendar.Component, own: set[str], notes: Notes) -> Cast:
        cast = cls()
        people: list[Interviewer] = []
        seen: set[str] = set()
        for kind, prop in _participants(event):
            params = getattr(prop, "params", {})
            email = _email(prop, params)
            name, from_address = _name(params.get("CN"), email)
            if kind == "organizer":
                cast.organizer = email
            if not cast._admit(kind, email, name, params, own, notes) or name is None:
                continue
            key = email.casefold() if email else name.casefold()
            if key in seen:
                continue
            seen.add(key)
            twin = next((p for p in people if p.name.casefold() == name.casefold()), None)
            if twin is not None:
                notes.add(f"two people are called {name}; kept {twin.email or 'the first'}")
                continue
            if from_address:
                notes.add(f"the name of {email} is guessed from the address: {name}")
            if str(params.get("PARTSTAT", "")).upper() == "DECLINED":
                notes.add(f"{name} declined the invitation; remove them if they were not there")
            people.append(Interviewer(name=name, email=email))
        cast.interviewers = tuple(people)
        return cast

    def _admit(
        self,
        kind: str,
        email: str | None,
        name: str | None,
        params: Any,
        own: set[str],
        notes: Notes,
    ) -> bool:
        """Whether this participant is an interviewer (a note says why not, when it matters)."""
        who = f"{name} <{email}>" if name and email else (name or email or "someone")
        kind_of = str(params.get("CUTYPE", "")).upper()
        domain = email.rpartition("@")[2].lower() if email else ""
        if email and address_key(email) in own:
            self.names.update(_name_keys(name))
            return False
        if kind_of in ("ROOM", "RESOURCE") or domain.endswith(_ROOM_DOMAINS):
            self.rooms = True
            return False
        if kind_of == "GROUP":
            notes.add(f"left out {who}: a group, not a person")
            return False
        if email and (
            _AUTOMATIC.fullmatch(email.partition("@")[0]) or domain.endswith(_AUTOMATIC_DOMAINS)
        ):
            notes.add(f"left out the {kind} {email}: an automatic sender")
            self.domains.append((domain, f"{kind}'s"))
            return False
        self.names.update(_name_keys(name))
        if domain:
            self.domains.append((domain, f"{kind}'s"))
        if str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
            notes.add(f"left out {who}: invited for information only")
            return False
        return True


def _participants(event: icalendar.Component) -> Iterator[tuple[str, Any]]:
    organizer = event.get("ORGANIZER")
    for prop in organizer if isinstance(organizer, list) else [organizer]:
        if prop is not None:
            yield "organizer", prop
    attendees = event.get("ATTENDEE")
    for prop in attendees if isinstance(attendees, list) else [attendees]:
        if prop is not None:
            yield "attendee", prop


def address_key(address: str) -> str:
    text = address.strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    return text.strip().casefold()


def _email(prop: Any, params: Any) -> str | None:
    value = str(prop).strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :].strip()
    if "@" not in value:
        value = str(params.get("EMAIL", "")).strip()
    value = value.strip("<>")
    return value if _EMAIL.fullmatch(value) else None


def _name(common_name: Any, email: str | None) -> tuple[str | None, bool]:
    """A name from CN ("Lopez, Maria" → "Maria Lopez") or else the address; and which it was."""
    text = one_line(str(common_name or ""), 200).strip(" '\"")
    text = re.sub(r"\s*[(\[][^()\[\]]*[)\]]$", "", text).strip()
    if text and "@" not in text:
        last, comma, first = text.partition(",")
        first, last = first.strip(), last.strip()
        if (
            comma
            and "," not in first
            and first.casefold() not in _SUFFIXES
            and _NAME_PART.fullmatch(first)
            and _NAME_PART.fullmatch(last)
        ):
            return f"{first} {last}", False
        return text, False
    address = email or (text if _EMAIL.fullmatch(text) else None)
    return (_name_from_address(address), True) if address else (None, False)


def _name_from_address(address: str) -> str | None:
    """``maria.lopez@…`` → "Maria Lopez"; ``m.okafor@…`` → "M. Okafor"."""
    local = address.partition("@")[0].partition("+")[0]
    parts = [re.sub(r"\d+", "", part) for part in re.split(r"[._-]+", local)]
    words = [part[:1].upper() + part[1:].lower() for part in parts if part]
    words = [word + "." if len(word) == 1 else word for word in words]
    return " ".join(words) or None


def _name_keys(name: str | None) -> set[str]:
    """A name and its first name, for recognising people in a title."""
    if not name:
        return set()
    words = name.casefold().split()
    return {" ".join(words), words[0]} if len(words) > 1 else {words[0]} if words else set()
