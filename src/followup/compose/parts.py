"""The parts of a message (etiquette §3), each worded from the banks for one recipient.

A `Scene` holds what every part needs: the round, the person, the
candidate, the tone, the send time in the recipient's zone, and the picker
that fixes which wording each part takes. The parts return sentences;
`letter` lays them out as greeting, paragraphs, sign-off and signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from followup.compose import phrases as p
from followup.compose.choice import Picker
from followup.compose.details import MOMENT, QUESTION, Detail, profile_link, strengths
from followup.compose.timing import date_words, day_words, interview_day
from followup.compose.words import addressed_name, capitalized, with_article
from followup.model import Candidate, Interviewer, Round, Stage, Tone


@dataclass(frozen=True)
class Scene:
    record: Round
    person: Interviewer
    candidate: Candidate
    tone: Tone
    send_at: dt.datetime
    where: dt.tzinfo
    picker: Picker
    fields: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        record, fmt = self.record, self.record.format
        self.fields.update(
            role=record.role,
            a_role=with_article(record.role),
            company=record.company,
            candidate=self.candidate.name,
            when=day_words(record, self.send_at, self.where),
            date=date_words(interview_day(record, self.where)),
            meeting=p.MEETING.get(fmt.value if fmt else "", "meeting with me"),
        )

    def say(self, part: str, bank: p.Bank, **extra: str) -> str:
        """The chosen wording of `part`, filled in."""
        return fill(self.picker.pick(part, bank[self.tone]), {**self.fields, **extra})

    def index(self, part: str, count: int) -> int:
        return self.picker.index(part, count)


def fill(template: str, values: dict[str, Any]) -> str:
    return template.format(**values)


def detail_fields(detail: Detail) -> dict[str, str]:
    text = detail.text
    return {
        "topic": text,
        "Topic": capitalized(text),
        "moment": text,
        "Moment": capitalized(text),
        "question": text,
    }


# --- greeting and signature ------------------------------------------------------------------
def greeting(scene: Scene) -> str:
    person = scene.person
    if scene.tone is Tone.WARM:
        opener = "Hi" if person.first_name_basis else "Hello"
        return f"{opener} {addressed_name(person)},"
    return f"Dear {addressed_name(person)},"


def signature(
    scene: Scene,
    sign_off_bank: p.Bank = p.SIGN_OFF,
    contact: bool = True,
    sample: str | None = None,
) -> str:
    """Sign-off, full name, then phone, profile link and the work sample the note points to."""
    lines = [scene.say("sign-off", sign_off_bank), scene.candidate.name]
    if contact:
        link = profile_link(scene.candidate)
        lines += [x for x in (scene.candidate.phone, link, sample) if x and x not in lines]
    return "\n".join(lines)


def letter(scene: Scene, paragraphs: Sequence[Sequence[str]], closing: str) -> str:
    """Greeting, paragraphs of sentences, and the sign-off block."""
    blocks = [greeting(scene)]
    blocks += [" ".join(sentences) for sentences in paragraphs if sentences]
    blocks.append(closing)
    return "\n\n".join(blocks) + "\n"


# --- the thank-you parts ---------------------------------------------------------------------
def thanks(scene: Scene) -> str:
    stage = scene.record.stage
    bank = {Stage.PANEL: p.THANKS_PANEL, Stage.PHONE_SCREEN: p.THANKS_SCREEN}.get(
        stage, p.THANKS_ONE
    )
    return scene.say("thanks", bank)


def detail(scene: Scene, found: Detail) -> str:
    bank = {MOMENT: p.DETAIL_MOMENT, QUESTION: p.DETAIL_QUESTION}.get(found.kind, p.DETAIL_TOPIC)
    return scene.say(f"detail-{found.kind}", bank, **detail_fields(found))


def skill(scene: Scene) -> str | None:
    skills, _ = strengths(scene.record)
    return skills[scene.index("skill", len(skills))] if skills else None


def screen_detail(scene: Scene, found: Detail) -> str:
    """A phone screen's detail, with the fit folded in when there is a skill to name."""
    chosen = skill(scene)
    if found.kind == MOMENT or found.kind == QUESTION or chosen is None:
        return detail(scene, found)
    return scene.say("screen-detail", p.SCREEN_TOPIC_FIT, skill=chosen, **detail_fields(found))


def fit(scene: Scene, found: Detail) -> str:
    """The candidate's strength, tied to the detail (a topic) or to the role (after a moment)."""
    skills, proofs = strengths(scene.record)
    tied = found.kind != MOMENT
    use_skill = bool(skills) and (not proofs or scene.index("fit-source", 2) == 0)
    if use_skill:
        bank = p.FIT_SKILL_DETAIL if tied else p.FIT_SKILL_ROLE
        return scene.say("fit", bank, skill=skills[scene.index("skill", len(skills))])
    if proofs:
        proof = proofs[scene.index("proof", len(proofs))]
        bank = p.FIT_PROOF_DETAIL if tied else p.FIT_PROOF_ROLE
        return scene.say("fit", bank, proof=proof, Proof=capitalized(proof))
    return scene.say("fit", p.FIT_PLAIN_ROLE)  # a topic may be logistics, not the work


def added_point(scene: Scene, point: str) -> str:
    return scene.say("extra-point", p.EXTRA_POINT, point=point)


def idea(scene: Scene, spare: Detail) -> str:
    return scene.say("extra-idea", p.EXTRA_IDEA, idea=spare.text, Idea=capitalized(spare.text))


def link(scene: Scene) -> str:
    """A pointer to the work sample listed under the name (never an attachment)."""
    return scene.say("extra-link", p.EXTRA_LINK)


def close(scene: Scene) -> str:
    return scene.say("close", p.CLOSE)


def subject(scene: Scene, bank: p.Bank) -> str:
    return scene.say("subject", bank)
