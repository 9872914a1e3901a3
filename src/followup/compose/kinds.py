"""One builder per kind of message: which parts, in which order, from which banks.

Each builder takes the scene (and the plan item) and returns the written
message, or a `Refusal` saying what the record lacks. Lengths follow
etiquette §3: a phone-screen note in three sentences, a thank-you in at most
seven, a check-in in three, a card in three short ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from followup.compose import parts
from followup.compose import phrases as p
from followup.compose import phrases_other_kinds as q
from followup.compose.choice import Picker
from followup.compose.details import (
    MOMENT,
    TOPIC,
    Detail,
    added_points,
    latest_news,
    rejection,
    sample_link,
    share_of,
)
from followup.compose.parts import Scene, detail_fields
from followup.compose.words import formal_name, join_names
from followup.model import EventKind, Honorific, Interviewer, MessageKind, PlannedItem, Stage

WORD_BUDGET = 185
"""Words of prose a thank-you keeps under (the reviewer's limit is about 200)."""
SENTENCES_AT_MOST = 7
"""Sentences of a thank-you (etiquette §3: five to seven); a forward request lists one line
per person while they fit, else names them all in one sentence."""


@dataclass(frozen=True)
class Written:
    subject: str | None
    body: str
    notes: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    """The people whose thanks the message asks to pass on."""


@dataclass(frozen=True)
class Refusal:
    reason: str


Result = Written | Refusal


def no_detail(people: list[Interviewer]) -> str:
    names = join_names([formal_name(person) for person in people])
    return (
        f"Add at least one topic you discussed with {names}: without a topic, question or "
        "moment of that conversation the note would be generic, and nothing is made up."
    )


def _words(sentences: list[str]) -> int:
    return sum(len(sentence.split()) for sentence in sentences)


# --- thank-you ---------------------------------------------------------------------------
def _point_for(scene: Scene) -> str | None:
    """The round's missed points go one to a note, in record order, each used once."""
    thanked = [x for x in scene.record.interviewers if x.took_part and not x.do_not_contact]
    points = added_points(scene.record)
    for index, person in enumerate(thanked):
        if person.name == scene.person.name:
            return points[index] if index < len(points) else None
    return None


def _extras(scene: Scene, spare: tuple[Detail, ...]) -> tuple[list[str], str | None]:
    """The optional extra: a point to add (or a further idea), and a pointer to a work sample."""
    stage, extras = scene.record.stage, []
    if stage is Stage.PHONE_SCREEN:
        return [], None
    point = _point_for(scene)
    if point:
        extras.append(parts.added_point(scene, point))
    elif stage is Stage.FINAL_ROUND and spare:
        extras.append(parts.idea(scene, spare[0]))
    url = sample_link(scene.candidate)
    if url:
        extras.append(parts.link(scene))
    return extras, url


def _about_people(scene: Scene, item: PlannedItem) -> list[Interviewer]:
    found = (scene.record.interviewer(name) for name in item.about)
    return [person for person in found if person is not None]


def _pronouns(people: list[Interviewer]) -> dict[str, str]:
    """How to refer to the people a message is about: by their honorific, else "they"."""
    honorific = people[0].honorific if len(people) == 1 else None
    them, their = {
        Honorific.MR: ("him", "his"),
        Honorific.MS: ("her", "her"),
    }.get(honorific or Honorific.NONE, ("them", "their"))
    many = len(people) > 1
    return {
        "them": them,
        "their": their,
        "addresses": "addresses" if many else "address",
        "notes": "notes" if many else "note",
    }


def _pass_on(scene: Scene, named: list[tuple[Interviewer, Detail]]) -> str:
    """One sentence asking the recipient to pass thanks on to each person, for their detail."""
    items = [
        _picker_for(scene, person)
        .pick("ride-along", q.RIDE_ALONG_ITEM[found.kind][scene.tone])
        .format(person=person.name, **_about_fields(found))
        for person, found in named
    ]
    listed = items[0] if len(items) == 1 else ", to ".join(items[:-1]) + " and to " + items[-1]
    people = [person for person, _ in named]
    return scene.say("ride-along-ask", q.RIDE_ALONG_ASK, list=listed, **_pronouns(people))


def _ride_along(scene: Scene, item: PlannedItem) -> tuple[list[str], Written]:
    """The ask a thank-you carries for people without an address; who it names, who is left out."""
    named, left_out = _named_details(scene, _about_people(scene, item))
    carried = Written(None, "", _left_out_note(left_out), tuple(p.name for p, _ in named))
    return ([_pass_on(scene, named)] if named else []), carried


def thank_you(scene: Scene, item: PlannedItem) -> Result:
    share = share_of(scene.record, scene.person)
    if share.main is None:
        return Refusal(no_detail([scene.person]))
    main = share.main
    screen = scene.record.stage is Stage.PHONE_SCREEN
    opening = [parts.thanks(scene)]
    opening += [parts.screen_detail(scene, main)] if screen else [parts.detail(scene, main)]
    if not screen:
        opening.append(parts.fit(scene, main))
    extras, url = _extras(scene, share.spare)
    forward, carried = _ride_along(scene, item)
    closing = [parts.close(scene)]
    while extras and _words(opening + extras + forward + closing) > WORD_BUDGET:
        extras.pop()
        url = None  # the link sentence goes first
    signature = parts.signature(scene, sample=url)
    body = parts.letter(scene, [opening, extras, forward, closing], signature)
    subject = parts.subject(scene, p.SUBJECT_THANKS)
    return Written(subject, body, carried.notes, carried.about)


# --- forward request ---------------------------------------------------------------------
def _picker_for(scene: Scene, person: Interviewer) -> Picker:
    return Picker(scene.picker.key, scene.picker.people, person.name)


def _named_details(
    scene: Scene, people: list[Interviewer]
) -> tuple[list[tuple[Interviewer, Detail]], list[Interviewer]]:
    named, left_out = [], []
    for person in people:
        found = share_of(scene.record, person).main
        if found is None:
            left_out.append(person)
        else:
            named.append((person, found))
    return named, left_out


def _about_fields(found: Detail) -> dict[str, str]:
    """A detail as told to someone else about the person ("his dog", not "your dog")."""
    return {"topic": found.about, "moment": found.about, "question": found.about}


def _left_out_note(left_out: list[Interviewer]) -> tuple[str, ...]:
    if not left_out:
        return ()
    return (no_detail(left_out).replace("the note", "their thanks") + " They were left out.",)


def forward_request(scene: Scene, item: PlannedItem) -> Result:
    people = _about_people(scene, item)
    named, left_out = _named_details(scene, people)
    if not named:
        return Refusal(no_detail(people or [scene.person]))
    intro = [scene.say("forward-intro", q.FORWARD_INTRO)]
    own = share_of(scene.record, scene.person).main
    if own is not None:
        bank = q.FORWARD_DETAIL[own.kind]
        intro.append(scene.say(f"forward-{own.kind}", bank, **detail_fields(own)))
    room = SENTENCES_AT_MOST - len(intro) - 2  # the ask and the close
    lines: list[str] = []
    if scene.record.stage is Stage.PHONE_SCREEN or len(named) > room:
        intro.append(_pass_on(scene, named))
    else:
        names = join_names([person.name for person, _ in named])
        pronouns = _pronouns([person for person, _ in named])
        intro.append(scene.say("forward-ask", q.FORWARD_ASK, names=names, **pronouns))
        lines = [_forward_line(scene, person, found) for person, found in named]
    closing = [scene.say("forward-close", q.FORWARD_CLOSE)]
    listed = ["\n".join(lines)] if lines else []
    body = parts.letter(scene, [intro, listed, closing], parts.signature(scene))
    about = tuple(person.name for person, _ in named)
    return Written(parts.subject(scene, p.SUBJECT_FORWARD), body, _left_out_note(left_out), about)


def _forward_line(scene: Scene, person: Interviewer, found: Detail) -> str:
    bank = q.FORWARD_LINE[found.kind][scene.tone]
    return (
        _picker_for(scene, person)
        .pick("forward-line", bank)
        .format(person=person.name, **detail_fields(found))
    )


# --- check-in, rejection reply, long game, card --------------------------------------------
def check_in(scene: Scene, item: PlannedItem) -> Result:
    news = latest_news(scene.record, scene.record.end, scene.send_at)
    url = sample_link(scene.candidate)
    sentences = [scene.say("check-in-open", q.CHECK_IN_OPEN)]
    if news:
        sentences.append(scene.say("check-in-news", q.CHECK_IN_NEWS, news=news))
    elif url:
        sentences.append(scene.say("check-in-link", q.CHECK_IN_LINK))
    sentences.append(scene.say("check-in-close", q.CHECK_IN_CLOSE))
    signature = parts.signature(scene, sample=None if news else url)
    body = parts.letter(scene, [sentences], signature)
    return Written(parts.subject(scene, p.SUBJECT_CHECK_IN), body)


def _topic(scene: Scene) -> Detail | None:
    found = share_of(scene.record, scene.person).main
    return found if found is not None and found.kind == TOPIC else None


def rejection_reply(scene: Scene, item: PlannedItem) -> Result:
    first = [
        scene.say("rejection-thanks", q.REJECTION_THANKS),
        scene.say("rejection-regret", q.REJECTION_REGRET),
    ]
    topic = _topic(scene)
    middle = [scene.say("rejection-detail", q.REJECTION_DETAIL, topic=topic.text)] if topic else []
    last = [
        scene.say("rejection-future", q.REJECTION_FUTURE),
        scene.say("rejection-close", q.REJECTION_CLOSE),
    ]
    body = parts.letter(scene, [first, middle, last], parts.signature(scene))
    return Written(parts.subject(scene, p.SUBJECT_REJECTION), body)


def long_game(scene: Scene, item: PlannedItem) -> Result:
    record = scene.record
    decision = rejection(record)
    previous = [
        e.at
        for e in record.events
        if e.kind is EventKind.SENT and e.message is MessageKind.LONG_GAME
    ]
    since = max([*([decision.at] if decision else []), *previous], default=None)
    news = latest_news(record, since, scene.send_at)
    if news is None:
        return Refusal(
            "Record some news first (a finished project, a new skill): a long-game update is "
            "built around it, and an empty check-in does more harm than none."
        )
    sentences = [
        scene.say("long-game-open", q.LONG_GAME_OPEN),
        scene.say("long-game-news", q.LONG_GAME_NEWS, news=news),
    ]
    topic = _topic(scene)
    if topic:
        sentences.append(scene.say("long-game-detail", q.LONG_GAME_DETAIL, topic=topic.text))
    closing = [scene.say("long-game-close", q.LONG_GAME_CLOSE)]
    body = parts.letter(scene, [sentences, closing], parts.signature(scene))
    return Written(parts.subject(scene, p.SUBJECT_LONG_GAME), body)


def card(scene: Scene, item: PlannedItem) -> Result:
    found = share_of(scene.record, scene.person, moments_first=True).main
    if found is None:
        return Refusal(no_detail([scene.person]))
    bank = q.CARD_DETAIL[found.kind]
    sentences = [
        scene.say("card-thanks", q.CARD_THANKS),
        scene.say(f"card-{found.kind}", bank, **detail_fields(found)),
        scene.say("card-close", q.CARD_CLOSE),
    ]
    closing = parts.signature(scene, p.CARD_SIGN_OFF, contact=False)
    return Written(None, parts.letter(scene, [sentences], closing))


Builder = Callable[[Scene, PlannedItem], Result]
BUILDERS: dict[MessageKind, Builder] = {
    MessageKind.THANK_YOU: thank_you,
    MessageKind.FORWARD_REQUEST: forward_request,
    MessageKind.CHECK_IN: check_in,
    MessageKind.REJECTION_REPLY: rejection_reply,
    MessageKind.LONG_GAME: long_game,
    MessageKind.CARD: card,
}
__all__ = ["BUILDERS", "MOMENT", "Refusal", "Result", "Written"]
