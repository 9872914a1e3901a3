"""What an invitation suggests about the interview: its company, role, stage and format.

Guessed from the pieces of the event's title (``Interview: Acme <> Priya
Raman (Backend Engineer)``), its description and location, its conference
links and the domains of the people's addresses. The user confirms every
guess; a note says when the company comes from an address domain or the
stage from the description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import icalendar

from followup.ics.calendar_file import Notes, prop_text
from followup.ics.people import Cast
from followup.model import Format, Stage

_FREE_MAIL = {"gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail"} | {
    "icloud", "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "web", "mail", "yandex",
    "zoho", "fastmail", "hey", "qq", "163",
}  # fmt: skip
_NOT_COMPANIES = {"google", "microsoft", "apple", "calendly", "greenhouse", "lever", "ashbyhq"} | {
    "goodtime", "workday", "myworkday", "icims", "smartrecruiters", "zoom", "gem", "teamtailor",
    "recruitee", "bamboohr", "jobvite", "taleo", "successfactors", "workable", "personio",
    "example",
}  # fmt: skip
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"}
_PREFIX = re.compile(r"(?i)^\s*(?:(?:updated\s+)?invitation|invite|fwd?|re|aw|wg)\s*:\s*")
_SEPARATOR = re.compile(r"\s*(?:<>|[|–—])\s*|\s+[-/x@]\s+|:\s+")
_PARENS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_WITH = re.compile(r"(?i)^(?P<head>.*?)\b(?:with|at)\s+(?P<tail>[^\W\d_].*)$")
_FOR = re.compile(
    r"(?i)^(?P<head>.*?)\bfor\s+(?:the\s+|an?\s+)?(?P<role>.+?)"
    r"(?:\s+(?P<kind>role|position|opening|job))?$"
)
_ROLE_IN_TEXT = re.compile(
    r"\b(?:for|about) (?:the |our |an? )?"
    r"(?P<role>[A-Z][\w/&+.-]*(?:\s+(?:of\s+)?[A-Z][\w/&+.-]*){0,5})"
    r" (?:role|position|opening|job)\b"
)
_ROLE_WORD = re.compile(
    r"(?i)\b(engineer|developer|programmer|scientist|analyst|designer|manager|director|architect"
    r"|lead|intern|internship|consultant|specialist|administrator|associate|officer|head of"
    r"|vp|vice president|accountant|researcher|writer|editor|technician|nurse|teacher|counsel"
    r"|attorney|lawyer|sre|devops|product owner|representative|executive|strategist|marketer"
    r"|planner|assistant|advis[eo]r|recruiter|coordinator|fellow)s?\b"
)
_NOISE = (
    r"phone|video|virtual|zoom|teams|google meet|on-?site|in[- ]person|panel|final|first|second"
    r"|third|1st|2nd|3rd|initial|intro(?:ductory)?|technical|tech|recruiter|hiring manager|hr"
    r"|culture|behaviou?ral|case|coding|system design|take-home|follow-up|round|interviews?"
    r"|screen(?:ing)?|call|chat|conversation|meeting|discussion|invitation|session|quick|short"
    r"|brief|informal|catch[- ]?up|sync|review|debrief|presentation|assessment|exercise|loop"
    r"|coffee|lunch|breakfast|dinner|and|&|\+"
)
_NOISE_ONLY = re.compile(rf"(?i)(?:(?:{_NOISE})\b[\s,:&+-]*)+")
_NOISE_HEAD = re.compile(rf"(?i)^(?:(?:{_NOISE})\b[\s,:-]*)+")
_NOISE_TAIL = re.compile(rf"(?i)(?:[\s,:-]+\b(?:{_NOISE}|hq|headquarters|offices?|campus))+$")
_DESCRIBED = re.compile(r"(?i)(?:the|our|your|my|an?|some|members?|folks|people|team)\b")
"""How "with ..." begins when it describes people ("with the CEO") instead of naming a company."""
_TEAM = re.compile(r"(?i)\bteam\b")
_STAGE_WORDS = (
    (
        Stage.PHONE_SCREEN,
        r"phone[\s-]?screen(?:ing)?|recruiter (?:screen|call|chat)|screening call"
        r"|phone interview|intro(?:ductory)? call|initial call",
    ),
    (Stage.FINAL_ROUND, r"final(?:[\s-]round)?|on[\s-]?site|super[\s-]?day"),
    (Stage.PANEL, r"panel"),
    (Stage.FIRST_ROUND, r"first[\s-]round|1st[\s-]round|round (?:1|one)|first interview"),
)
_STAGES = tuple((stage, re.compile(rf"(?i)\b(?:{words})\b")) for stage, words in _STAGE_WORDS)


@dataclass
class _Title:
    """What the pieces of an event's title are: companies, roles, or neither."""

    companies: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, summary: str, names: set[str]) -> _Title:
        title = cls()
        text = summary
        while _PREFIX.match(text):
            text = _PREFIX.sub("", text, count=1)
        inner = [a or b for a, b in _PARENS.findall(text)]
        for piece in (*_SEPARATOR.split(_PARENS.sub(" ", text)), *inner):
            title._take(piece, names)
        return title

    def _take(self, piece: str, names: set[str]) -> None:
        wanted = _WITH.match(piece)
        if wanted:
            self._take(wanted["head"], names)
            piece = wanted["tail"]
            if _DESCRIBED.match(piece):
                return
        sought = _FOR.match(piece)
        if sought and (sought["kind"] or _ROLE_WORD.search(sought["role"])):
            self._take(sought["head"], names)
            self.roles.append(_tidy(sought["role"]))
            return
        piece = _tidy(_NOISE_TAIL.sub("", _NOISE_HEAD.sub("", _tidy(piece))))
        if not re.search(r"[^\W\d_]", piece) or _NOISE_ONLY.fullmatch(piece):
            return
        if _TEAM.search(piece) or _is_person(piece, names):
            return
        (self.roles if _ROLE_WORD.search(piece) else self.companies).append(piece)


def _tidy(piece: str) -> str:
    return " ".join(piece.split()).strip(" -–—:,.;|/")


def _is_person(piece: str, names: set[str]) -> bool:
    """Whether `piece` names people of the invite ("Ken Ito", "Priya and Ken")."""
    people = [part.split() for part in re.split(r"(?i)\s+(?:and|&)\s+|,", piece.casefold())]
    return all(
        " ".join(words) in names or (len(words) in (2, 3) and words[0] in names)
        for words in people
        if words
    )


def _domain_label(domain: str) -> str:
    """The name a domain registers: ``mail.acme-corp.co.uk`` → ``acme-corp``."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def _squash(text: str) -> str:
    return re.sub(r"[\W_]", "", text.casefold())


def guess_company(summary: str, cast: Cast, notes: Notes) -> str | None:
    domains = [
        (domain, whose)
        for domain, whose in cast.domains
        if _domain_label(domain) not in _FREE_MAIL | _NOT_COMPANIES
    ]
    companies = _Title.read(summary, cast.names).companies
    for company in companies:
        if any(_matches(company, domain) for domain, _ in domains):
            return company
    if companies:
        return companies[0]
    if not domains:
        return None
    domain, whose = domains[0]
    notes.add(f"company guessed from the {whose} domain {domain!r}")
    words = re.split(r"[-_]+", _domain_label(domain))
    return " ".join(word.capitalize() for word in words if word) or None


def _matches(company: str, domain: str) -> bool:
    name, label = _squash(company), _squash(_domain_label(domain))
    return bool(name and label) and (name.startswith(label) or label.startswith(name))


def guess_role(summary: str, description: str, cast: Cast) -> str | None:
    roles = _Title.read(summary, cast.names).roles
    if roles:
        return roles[0]
    found = _ROLE_IN_TEXT.search(description)
    return found["role"] if found else None


def guess_stage(text: str, notes: Notes | None = None, where: str = "") -> Stage | None:
    hits = [(found.start(), stage) for stage, words in _STAGES if (found := words.search(text))]
    if not hits:
        return None
    stage = min(hits, key=lambda hit: hit[0])[1]
    if notes is not None:
        notes.add(f"stage guessed from {where}: {stage.value}")
    return stage


_VIDEO_LINK = re.compile(
    r"(?i)\b(?:[\w-]+\.)?(?:zoom\.us/(?:j|my|w|s)/|meet\.google\.com/[a-z]"
    r"|teams\.microsoft\.com/l/meetup-join|teams\.live\.com/meet|webex\.com/|whereby\.com/"
    r"|bluejeans\.com/|chime\.aws/|gotomeet(?:ing)?\.com/|meet\.jit\.si/)"
)
_VIDEO_NAMES = re.compile(
    r"(?i)\b(?:microsoft teams meeting|zoom meeting|google meet"
    r"|video (?:call|interview|conference|chat))\b"
)
_VIDEO_WORD = re.compile(r"(?i)\bvideo\b")
_PHONE_WORDS = re.compile(
    r"(?i)\bphone (?:call|interview|screen(?:ing)?)\b|\bwill call you\b|\bcall you (?:at|on)\b"
)
_STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[\w'.-]+\s+){0,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard"
    r"|Ln|Lane|Way|Dr|Drive|Ct|Court|Pl|Place|Sq|Square|Pkwy|Parkway|Plaza|Hwy|Highway|Terrace"
    r"|Row)\b|\b[^\W\d_][\w-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|gracht|vej)"
    r"\s+\d+|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"
)
_CONFERENCE = ("URL", "CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL")


def guess_format(
    event: icalendar.Component,
    summary: str,
    description: str,
    location: str | None,
    cast: Cast,
) -> Format | None:
    links = " ".join(prop_text(event, name) for name in _CONFERENCE)
    text = "\n".join((summary, location or "", description, links))
    rules: Iterable[tuple[bool, Format]] = (
        (bool(_VIDEO_LINK.search(text) or _VIDEO_NAMES.search(text)), Format.VIDEO),
        (bool(_STREET.search(location or "")), Format.IN_PERSON),
        (event.get("X-APPLE-STRUCTURED-LOCATION") is not None, Format.IN_PERSON),
        (bool(_PHONE_WORDS.search(text)), Format.PHONE),
        (bool(_VIDEO_WORD.search(text)), Format.VIDEO),
        (cast.rooms, Format.IN_PERSON),
    )
    return next((kind for hit, kind in rules if hit), None)
