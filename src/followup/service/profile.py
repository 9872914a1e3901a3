"""The user's profile: who the messages come from, and the etiquette that follows from it.

`followup init` fills it in (prompts or flags). Each field has a checker that
returns the cleaned value or raises a one-line `UserError`, so the CLI can
re-ask and the web form can show the same message. A round without its own
`candidate` is planned and drafted as the profile's candidate
(`with_candidate`), and the profile's holiday country, region and policy
overrides make the round's `Policy` (`policy_for`).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from followup.errors import RecordError, UserError
from followup.model import Candidate, Round, Tone
from followup.policy import DEFAULT_POLICY, Policy
from followup.store import Profile, Store
from followup.workdays import is_known_country, is_known_zone

DEFAULT_COUNTRY = "US"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_LINK = re.compile(r"https?://\S+\.\S+")


@dataclass(frozen=True)
class ProfileAnswers:
    """What `followup init` asks, as the user answered (or the defaults)."""

    name: str = ""
    email: str = ""
    phone: str | None = None
    links: tuple[str, ...] = ()
    time_zone: str | None = None
    tone: Tone = Tone.FORMAL
    country: str = DEFAULT_COUNTRY
    region: str | None = None


def check_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise UserError("name: give the name you sign your messages with")
    return name


def check_email(text: str) -> str:
    email = text.strip()
    if not _EMAIL.fullmatch(email):
        raise UserError(f"email: {text!r} is not an email address (e.g. priya@example.com)")
    return email


def check_phone(text: str | None) -> str | None:
    phone = " ".join((text or "").split())
    if phone and not re.fullmatch(r"[+()0-9][0-9 ()./-]{5,}(\s*(x|ext\.?)\s*[0-9]+)?", phone):
        raise UserError(f"phone: {text!r} is not a phone number (e.g. +1 415 555 0100)")
    return phone or None


def check_links(texts: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    links = tuple(dict.fromkeys(part for text in texts for part in text.replace(",", " ").split()))
    for link in links:
        if not _LINK.fullmatch(link):
            raise UserError(f"link: {link!r} is not a web address (https://…)")
    return links


def check_time_zone(text: str | None) -> str | None:
    name = (text or "").strip()
    if name and not is_known_zone(name):
        raise UserError(f"time zone: unknown time zone {name!r} (e.g. America/New_York)")
    return name or None


def check_tone(text: str) -> Tone:
    try:
        return Tone(text.strip().lower())
    except ValueError:
        choices = " or ".join(tone.value for tone in Tone)
        raise UserError(f"tone: {text!r} is not a tone ({choices})") from None


def check_country(country: str, region: str | None = None) -> tuple[str, str | None]:
    """An ISO country code (``US``) and maybe a region (``CA``) with a holiday calendar."""
    code = country.strip().upper()
    area = (region or "").strip().upper() or None
    if not is_known_country(code):
        raise UserError(f"country: no holiday calendar for {country!r} (an ISO code, e.g. US, GB)")
    if area is not None and not is_known_country(code, area):
        raise UserError(f"region: {region!r} is not a region of {code} (e.g. US: CA, NY)")
    return code, area


def checked(answers: ProfileAnswers) -> ProfileAnswers:
    """`answers` cleaned, or the UserError of the first bad one."""
    country, region = check_country(answers.country, answers.region)
    return ProfileAnswers(
        name=check_name(answers.name),
        email=check_email(answers.email),
        phone=check_phone(answers.phone),
        links=check_links(answers.links),
        time_zone=check_time_zone(answers.time_zone),
        tone=check_tone(answers.tone),
        country=country,
        region=region,
    )


def local_zone_name() -> str | None:
    """This computer's IANA time zone, when it can be told (``TZ``, ``/etc/localtime``)."""
    given = os.environ.get("TZ", "").strip().lstrip(":")
    if given and is_known_zone(given):
        return given
    try:
        target = Path("/etc/localtime").resolve(strict=True)
    except OSError:
        return None
    parts = target.parts
    if "zoneinfo" in parts:
        name = "/".join(parts[parts.index("zoneinfo") + 1 :])
        return name if is_known_zone(name) else None
    return None


def current_answers(store: Store) -> tuple[ProfileAnswers, bool]:
    """The stored profile as answers (defaults when there is none), and whether one exists."""
    profile = store.load_profile()
    if profile is None:
        return ProfileAnswers(time_zone=local_zone_name()), False
    person = profile.candidate
    answers = ProfileAnswers(
        name=person.name,
        email=person.email or "",
        phone=person.phone,
        links=person.links,
        time_zone=person.time_zone,
        tone=person.tone or Tone.FORMAL,
        country=profile.country or DEFAULT_COUNTRY,
        region=profile.region,
    )
    return answers, True


def save_profile(store: Store, answers: ProfileAnswers) -> Profile:
    """Check `answers` and store them as the profile (skills and overrides kept)."""
    clean = checked(answers)
    old = store.load_profile()
    kept = old.candidate if old is not None else Candidate(name=clean.name)
    candidate = dataclasses.replace(
        kept,
        name=clean.name,
        email=clean.email,
        phone=clean.phone,
        links=clean.links,
        time_zone=clean.time_zone,
        tone=clean.tone,
    )
    overrides = old.policy_overrides if old is not None else {}
    profile = Profile(candidate, clean.country, clean.region, dict(overrides))
    store.save_profile(profile)
    return profile


def policy_for(profile: Profile | None) -> Policy:
    """The default policy with the profile's overrides and holiday calendar."""
    if profile is None:
        return DEFAULT_POLICY
    policy = DEFAULT_POLICY
    if profile.policy_overrides:
        from followup.records.policy_file import load_policy_text

        text = json.dumps(profile.policy_overrides)
        try:
            policy = load_policy_text(text, "the profile's policy settings")
        except RecordError as error:
            raise UserError(f"{error.message} — run `followup init` to fix the profile") from None
    if profile.country:
        policy = policy.with_overrides(
            holiday_country=profile.country, holiday_subdivision=profile.region
        )
    return policy


def with_candidate(record: Round, profile: Profile | None) -> Round:
    """`record` signed by the profile's candidate when it names none of its own."""
    if record.candidate is not None or profile is None:
        return record
    return dataclasses.replace(record, candidate=profile.candidate)


def own_addresses(profile: Profile | None) -> tuple[str, ...]:
    """The user's addresses (left out of an invitation's interviewers)."""
    if profile is None or not profile.candidate.email:
        return ()
    return (profile.candidate.email,)
