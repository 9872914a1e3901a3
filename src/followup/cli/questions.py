"""The questions the commands ask: the profile, a new round, an invite's guesses, a delete.

Every answer is checked by the service's own checker as it is typed; a bad
answer shows the one-line problem and the question again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console

from followup.cli.prompts import ask, confirm, edit_text
from followup.errors import UserError

if TYPE_CHECKING:
    from followup.ics.invite import InviteDraft
    from followup.service.invites import InviteChoices
    from followup.service.notes import NotesResult
    from followup.service.profile import ProfileAnswers
    from followup.service.rounds import PersonAnswers, RoundAnswers, RoundOutline
    from followup.store import Store


def ask_profile(given: ProfileAnswers, unasked: set[str]) -> ProfileAnswers:
    """Ask for each field in `unasked`, the current value as the default."""
    from followup.service import profile as p

    questions: list[tuple[str, str, Callable[[str], object], bool]] = [
        ("name", "Your name (as you sign)", p.check_name, False),
        ("email", "Your email address", p.check_email, False),
        ("phone", "Your phone (optional)", p.check_phone, True),
        ("links", "Links for your signature (optional, space-separated)", _links, True),
        ("time_zone", "Your time zone", p.check_time_zone, True),
        ("tone", "Tone: formal or warm", p.check_tone, False),
        ("country", "Country, for public holidays (ISO code)", _country, False),
        ("region", "State or region (optional, e.g. CA)", lambda text: text.strip() or None, True),
    ]
    answers = given
    for field, text, check, optional in questions:
        if field not in unasked:
            continue
        current = getattr(answers, field)
        default = " ".join(current) if isinstance(current, tuple) else (current or None)
        value = ask(text, check, None if default is None else str(default), optional=optional)
        changes: dict[str, Any] = {field: value}
        answers = dataclasses.replace(answers, **changes)
    p.check_country(answers.country, answers.region)
    return answers


def _links(text: str) -> tuple[str, ...]:
    from followup.service.profile import check_links

    return check_links([text])


def _country(text: str) -> str:
    from followup.service.profile import check_country

    return check_country(text)[0]


def ask_round(store: Store) -> RoundAnswers:
    """A new round, question by question, with sensible defaults."""
    from followup.model import Format, Stage
    from followup.service import profile as p
    from followup.service import rounds as r

    current, _ = p.current_answers(store)
    zone_default = current.time_zone or p.local_zone_name()
    company = ask("Company", p.check_name)
    role = ask("Role", p.check_name)
    stage = ask("Stage", lambda t: r.parse_choice(t, Stage, "stage"), Stage.FIRST_ROUND.value)
    form = ask("Format (in-person, phone, video)", lambda t: r.parse_choice(t, Format, "format"))
    today = dt.datetime.now().astimezone().date().isoformat()
    day = ask("Date of the interview", r.parse_day, today)
    start = ask("When did it start?", lambda t: r.parse_clock(t, "start"), "10:00")
    end_default = (dt.datetime.combine(day, start) + dt.timedelta(hours=1)).strftime("%H:%M")
    end = ask("When did it end?", lambda t: r.parse_clock(t, "end"), end_default)
    time_zone = ask("Time zone", p.check_time_zone, zone_default, optional=True)
    people, topics = _ask_people()
    timeline = ask("Did they say when you would hear back? (optional)", str.strip, optional=True)
    said = people[0].name if timeline and len(people) == 1 else None
    if timeline and said is None:
        said = ask("Who said so?", lambda t: _one_of(t, people), people[0].name)
    return r.RoundAnswers(
        company, role, stage, form, day, start, end, time_zone, tuple(people),
        timeline or None, said, topics,
    )  # fmt: skip


def _ask_people() -> tuple[list[PersonAnswers], dict[str, tuple[str, ...]]]:
    from followup.model import ParticipantRole
    from followup.service import profile as p
    from followup.service import rounds as r

    people: list[PersonAnswers] = []
    topics: dict[str, tuple[str, ...]] = {}
    while True:
        name = ask("Who did you meet? (name)", p.check_name)
        email = ask(f"{name}'s email (optional)", _optional_email, optional=True)
        role = ask(
            f"{name}'s part (recruiter, hiring-manager, panelist, coordinator)",
            lambda t: r.parse_choice(t, ParticipantRole, "part"),
            ParticipantRole.PANELIST.value,
        )
        title = ask(f"{name}'s job title (optional)", str.strip, optional=True)
        said = ask(f"What did you talk about with {name}? (optional; ';' between topics)", str)
        people.append(r.PersonAnswers(name, email, role, title or None))
        topics[name] = tuple(t.strip() for t in said.split(";") if t.strip())
        if not confirm("Anyone else?", default=False):
            return people, topics


def _optional_email(text: str) -> str | None:
    from followup.service.profile import check_email

    return check_email(text) if text.strip() else None


def _one_of(text: str, people: list[PersonAnswers]) -> str:
    for person in people:
        if person.name.casefold() == text.strip().casefold():
            return person.name
    raise UserError(f"{text!r} is not one of: {', '.join(p.name for p in people)}")


def invite_confirmer(
    given: InviteChoices, *, ask: bool, show: bool
) -> Callable[[InviteDraft], InviteChoices]:
    """Shows each invite and asks for company, role and stage (or takes `given`)."""

    def confirm_invite(draft: InviteDraft) -> InviteChoices:
        if show:
            from followup.cli.round_output import print_invite

            print_invite(draft)
        return _ask_invite(draft, given) if ask else given

    return confirm_invite


def _ask_invite(draft: InviteDraft, given: InviteChoices) -> InviteChoices:
    from followup.model import Stage
    from followup.service import profile as p
    from followup.service import rounds as r
    from followup.service.invites import InviteChoices

    company = given.company or ask("Company", p.check_name, draft.company)
    role = given.role or ask("Role", p.check_name, draft.role)
    stage = given.stage or ask(
        "Stage (phone-screen, first-round, panel, final-round, other)",
        lambda t: r.parse_choice(t, Stage, "stage"),
        (draft.stage or Stage.FIRST_ROUND).value,
    )
    return InviteChoices(company, role, stage)


def edit_notes(store: Store, ref: str) -> NotesResult:
    """The round's notes in the user's editor; read back and stored (unchanged: nothing)."""
    from followup.service import notes

    document = notes.notes_document(store, ref)
    edited = edit_text(document.text, ".yaml", "notes")
    if edited is None:
        return notes.unchanged(store, document.id)
    return notes.save_notes_document(store, document.id, edited)


def confirm_delete(outline: RoundOutline) -> None:
    record = outline.record
    drafts = f", {outline.drafts} draft(s)" if outline.drafts else ""
    Console(highlight=False).print(
        f"Round {outline.id.slug}: {record.company} — {record.role}, "
        f"{record.start:%a} {record.start.day} {record.start:%b %Y}{drafts}."
    )
    if not confirm("Delete it? (`followup restore` brings it back)", default=False):
        raise typer.Abort()
