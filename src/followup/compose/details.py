"""The specific detail of each note, shared out across a round, and the candidate's material.

Every note needs one thing only that conversation had (etiquette §3.4):
the person's recorded topics first, then their shared moments, then their
questions; a moment of the round (`notes.moments`) goes to at most one
person who has nothing of their own. A moment is never used twice in a
round, and a topic already used for someone else comes last. Nothing is
invented: a person with no detail gets none, and the composer says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from followup.compose.words import added_point, plain, second_person
from followup.model import Candidate, Event, EventKind, Interviewer, Outcome, Round

TOPIC, MOMENT, QUESTION = "topic", "moment", "question"


@dataclass(frozen=True)
class Detail:
    kind: str
    """topic, moment or question."""
    text: str
    """As it reads in a note to the person ("your dog joining the call")."""
    recorded: str = ""
    """As the record has it ("his dog joining the call"), for notes about the person."""

    @property
    def about(self) -> str:
        return self.recorded or self.text


@dataclass(frozen=True)
class Share:
    """One person's details for a kind of message: the main one, then spares for an extra."""

    main: Detail | None
    spare: tuple[Detail, ...] = ()


def _norm(text: str) -> str:
    return " ".join(plain(text).casefold().split())


def _own(person: Interviewer, moments_first: bool) -> list[Detail]:
    topics = [Detail(TOPIC, second_person(plain(t)), plain(t)) for t in person.topics if plain(t)]
    moments = [
        Detail(MOMENT, second_person(plain(m)), plain(m)) for m in person.moments if plain(m)
    ]
    questions = [Detail(QUESTION, q.strip()) for q in person.questions if q.strip()]
    ordered = moments + topics if moments_first else topics + moments
    return ordered + questions


@lru_cache(maxsize=256)
def share_out(record: Round, moments_first: bool = False) -> dict[str, Share]:
    """Each person's details (by case-folded name) for one wave of notes of the round.

    Participants come first, in record order. A coordinator, who was not in the
    interview, comes after them: their own notes, else a moment of the round
    (one already used by a participant's note if need be, since a coordinator's
    note is no panel note to compare).
    """
    used: set[str] = set()
    round_moments = [Detail(MOMENT, plain(m)) for m in record.notes.moments if plain(m)]
    people = [p for p in record.interviewers if p.took_part]
    people += [p for p in record.interviewers if not p.took_part]
    mains: dict[str, Detail | None] = {}
    for person in people:
        own = _own(person, moments_first)
        fresh = [d for d in own if _norm(d.text) not in used]
        spare_round = [d for d in round_moments if _norm(d.text) not in used]
        repeatable = [d for d in own if d.kind != MOMENT]
        if not person.took_part:
            repeatable += round_moments
        main = next(iter(fresh or spare_round or repeatable), None)
        if main is not None:
            used.add(_norm(main.text))
        mains[person.name.casefold()] = main
    shares: dict[str, Share] = {}
    for person in people:  # then spare topics, for an extra thought, none used twice
        main = mains[person.name.casefold()]
        spare = [d for d in _own(person, moments_first) if d.kind == TOPIC and d != main]
        fresh_spare = tuple(d for d in spare if _norm(d.text) not in used)[:1]
        used.update(_norm(d.text) for d in fresh_spare)
        shares[person.name.casefold()] = Share(main, fresh_spare)
    return shares


def share_of(record: Round, person: Interviewer, moments_first: bool = False) -> Share:
    return share_out(record, moments_first).get(person.name.casefold(), Share(None))


# --- the candidate's material ------------------------------------------------------------------
def is_profile_link(link: str) -> bool:
    return "linkedin." in link.lower()


def profile_link(candidate: Candidate) -> str | None:
    """The link for the signature: LinkedIn first, else the first link."""
    links = [link.strip() for link in candidate.links if link.strip()]
    return next((link for link in links if is_profile_link(link)), links[0] if links else None)


def sample_link(candidate: Candidate) -> str | None:
    """A link to a work sample (not the LinkedIn profile), for the optional extra."""
    return next(
        (link.strip() for link in candidate.links if link.strip() and not is_profile_link(link)),
        None,
    )


def strengths(record: Round) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(skills, what went well): the candidate's material for the fit sentence."""
    skills = record.candidate.skills if record.candidate else ()
    return (
        tuple(plain(s) for s in skills if plain(s)),
        tuple(plain(w) for w in record.notes.went_well if plain(w)),
    )


def added_points(record: Round) -> tuple[str, ...]:
    return tuple(p for p in (added_point(m) for m in record.notes.missed) if p)


def rejection(record: Round) -> Event | None:
    decisions = [e for e in record.events if e.kind is EventKind.DECISION]
    last = max(decisions, key=lambda e: e.at, default=None)
    return last if last is not None and last.outcome is Outcome.REJECTED else None


def latest_news(record: Round, after: dt.datetime | None, until: dt.datetime) -> str | None:
    """The newest recorded news after `after` (any when None) and not after `until`."""
    news = [
        e
        for e in record.events
        if e.kind is EventKind.NEWS
        and e.text
        and plain(e.text)
        and e.at <= until
        and (after is None or e.at > after)
    ]
    newest = max(news, key=lambda e: e.at, default=None)
    return None if newest is None or newest.text is None else plain(newest.text)
