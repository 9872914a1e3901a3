"""Reviewing use cases: a message (file, .eml or stdin) and maybe its round, in; a report, out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from followup.errors import UserError
from followup.model import Interviewer, Round
from followup.policy import DEFAULT_POLICY
from followup.review import KINDS, Context, Report, RuleSettings, review

if TYPE_CHECKING:
    from pathlib import Path  # the paths come in made: pathlib costs `check` ~4 ms to import


@dataclass(frozen=True)
class CheckRequest:
    source: str
    kind: str = "thank-you"
    context_file: Path | None = None
    to: str | None = None
    send_at: dt.datetime | None = None
    config_file: Path | None = None
    policy_file: Path | None = None
    interview: str | None = None
    """A stored round (number or slug): the context comes from the store."""
    database: str | None = None


@dataclass(frozen=True)
class CheckResult:
    origin: str
    report: Report


def check_message(request: CheckRequest) -> CheckResult:
    """Read the message and its context, and review it."""
    from followup.mail.reading import read_message_source

    if request.kind not in KINDS:
        raise UserError(
            f"--kind: unknown kind {request.kind!r} (expected one of: {', '.join(KINDS)})"
        )
    rules, dictionary = _config(request.config_file)
    message = read_message_source(request.source)
    if request.interview is not None:
        context, rules = _stored_context(request, rules, dictionary)
    else:
        context = _context(request, dictionary)
    report = review(message.text, request.kind, context, rules)
    return CheckResult(message.origin, report)


def _stored_context(
    request: CheckRequest, rules: RuleSettings | None, dictionary: frozenset[str]
) -> tuple[Context, RuleSettings | None]:
    """The context of a stored round (the store is opened only here: `check` starts light)."""
    if request.context_file is not None:
        raise UserError("--interview and --context both name the round: give one of them")
    if request.policy_file is not None:
        raise UserError("--policy: a stored round uses your profile's policy (drop --policy)")
    from followup.service.stored_review import stored_context
    from followup.store import open_store

    now = dt.datetime.now().astimezone()
    with open_store(request.database) as store:
        found = stored_context(
            store, request.interview or "", request.to, send_at=request.send_at or now, now=now
        )
    context = dataclasses.replace(found.context, known_words=found.context.known_words | dictionary)
    return context, rules if rules is not None else found.rules


def _config(path: Path | None) -> tuple[RuleSettings | None, frozenset[str]]:
    """Rule settings and user words from the config file (records parse it: only when given)."""
    if path is None:
        return None, frozenset()
    from followup.records.review_config import load_review_config

    config = load_review_config(path)
    return config.rules, config.dictionary


def _context(request: CheckRequest, dictionary: frozenset[str]) -> Context:
    policy = DEFAULT_POLICY
    if request.policy_file is not None:
        from followup.service.planning import read_policy  # records and planner: only when asked

        policy = read_policy(request.policy_file)
    send_at = request.send_at or dt.datetime.now().astimezone()
    if request.context_file is None:
        if request.to:
            raise UserError(
                "--to needs --context RECORD (or --interview ROUND): the round that names "
                "the people"
            )
        return Context(send_at=send_at, policy=policy, known_words=dictionary)
    from followup.records import load_round

    record = load_round(request.context_file)
    person = recipient(record, request.to, str(request.context_file))
    return Context(
        record=record, recipient=person, send_at=send_at, policy=policy, known_words=dictionary
    )


def recipient(record: Round, name: str | None, origin: str) -> Interviewer:
    """The person `name` of the round; the only one met when no name is given."""
    if name is None:
        people = [p for p in record.interviewers if p.took_part]
        if len(people) == 1:
            return people[0]
        names = ", ".join(p.name for p in record.interviewers)
        raise UserError(f"--to: {origin} names several people ({names}); say which one")
    person = record.interviewer(name)
    if person is None:
        names = ", ".join(p.name for p in record.interviewers)
        raise UserError(f"--to: {name!r} is not one of the people in {origin} ({names})")
    return person
