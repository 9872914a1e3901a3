"""Notes on a stored round: added from the command line, or edited as a whole in YAML.

Added notes go at the end of their list (a note already there is not
repeated). Topics, moments and questions of one person go to that person;
without `person`, moments and questions are the round's own, and topics go
to the only person met (several people: say which). The edited document
replaces the notes it names; a bad document changes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from followup.errors import UserError
from followup.model import Interviewer, Round, RoundNotes
from followup.records.notes_file import NotesEdit, notes_text, read_notes_text
from followup.store import InterviewerNotes, RoundId, RoundRef, Store


@dataclass(frozen=True)
class NoteRequest:
    person: str | None = None
    topics: tuple[str, ...] = ()
    moments: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    went_well: tuple[str, ...] = ()
    missed: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        lists = (self.topics, self.moments, self.questions, self.went_well, self.missed)
        return not any(lists)


@dataclass(frozen=True)
class NotesResult:
    """The round's notes after the change, and how many notes were new."""

    id: RoundId
    record: Round
    added: int
    changed: bool = True


def unchanged(store: Store, rid: RoundId) -> NotesResult:
    """The notes as they are (the user closed the editor without a change)."""
    return NotesResult(rid, store.get_round(rid.number), 0, changed=False)


def _joined(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = (" ".join(text.split()) for text in new)
    return tuple(dict.fromkeys([*old, *(text for text in cleaned if text)]))


def _person(record: Round, request: NoteRequest) -> Interviewer | None:
    if request.person is not None:
        person = record.interviewer(request.person)
        if person is None:
            met = ", ".join(p.name for p in record.interviewers)
            raise UserError(f"--person: {request.person!r} is not one of the people met ({met})")
        return person
    if not request.topics:
        return None
    people = [p for p in record.interviewers if p.took_part]
    if len(people) == 1:
        return people[0]
    met = ", ".join(p.name for p in people)
    raise UserError(f"--topic: whose topic? Say --person NAME (met: {met})")


def add_notes(store: Store, ref: RoundRef, request: NoteRequest) -> NotesResult:
    """Add the request's notes to the round (all in one transaction)."""
    if request.empty:
        raise UserError(
            "nothing to add: give --topic, --moment, --question, --went-well or --missed"
        )
    rid = store.round_id(ref)
    record = store.get_round(rid.number)
    person = _person(record, request)
    notes = dataclasses.replace(
        record.notes,
        went_well=_joined(record.notes.went_well, request.went_well),
        missed=_joined(record.notes.missed, request.missed),
    )
    people: dict[str, InterviewerNotes] = {}
    if person is None:
        notes = dataclasses.replace(
            notes,
            moments=_joined(notes.moments, request.moments),
            questions=_joined(notes.questions, request.questions),
        )
    else:
        people[person.name] = InterviewerNotes(
            topics=_joined(person.topics, request.topics),
            moments=_joined(person.moments, request.moments),
            questions=_joined(person.questions, request.questions),
        )
    return _replace(store, rid, record, notes, people)


def _replace(
    store: Store,
    rid: RoundId,
    before: Round,
    notes: RoundNotes,
    people: dict[str, InterviewerNotes],
) -> NotesResult:
    store.replace_notes(rid.number, notes, people)
    after = store.get_round(rid.number)
    return NotesResult(rid, after, _count(after) - _count(before))


def _count(record: Round) -> int:
    notes = record.notes
    total = sum(len(getattr(notes, f.name)) for f in dataclasses.fields(RoundNotes))
    for p in record.interviewers:
        total += len(p.topics) + len(p.moments) + len(p.questions)
    return total


@dataclass(frozen=True)
class NotesDocument:
    id: RoundId
    text: str


def notes_document(store: Store, ref: RoundRef) -> NotesDocument:
    """The round's notes as the YAML document the user edits."""
    rid = store.round_id(ref)
    record = store.get_round(rid.number)
    title = f"{rid.slug} ({record.company} — {record.role})"
    return NotesDocument(rid, notes_text(record, title))


def save_notes_document(store: Store, rid: RoundId, text: str) -> NotesResult:
    """Replace the notes with what the edited document says (checked first)."""
    record = store.get_round(rid.number)
    edit: NotesEdit = read_notes_text(text, record, f"the notes of {rid.slug}")
    people = {}
    for name, lists in edit.people.items():
        person = record.interviewer(name)
        assert person is not None  # read_notes_text checked the names
        people[name] = InterviewerNotes(
            topics=lists.get("topics", person.topics),
            moments=lists.get("moments", person.moments),
            questions=lists.get("questions", person.questions),
        )
    notes = dataclasses.replace(record.notes, **edit.round)
    return _replace(store, rid, record, notes, people)
