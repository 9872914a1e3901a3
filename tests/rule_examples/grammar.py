from __future__ import annotations

from rule_examples import Example, RuleExamples

HEAD = "Subject: Thank you – UX Researcher interview\n\nDear Ms. Whitfield,\n\n"
TAIL = "\n\nI look forward to hearing from you.\n\nBest regards,\nLena Ortiz\n+1 312 555 0142"


def note(prose: str) -> str:
    return HEAD + prose + TAIL


EXAMPLES = {
    "grammar": RuleExamples(
        fire=[
            Example(note("Thank you for the the tour of the lab."), span="the the"),
            Example(note("We talked about\nabout the booking flow."), span="about\nabout"),
            Example(note("Thank you for the tour. the lab was impressive."), span="the"),
            Example(note("thank you for the tour of the lab."), span="thank"),
            Example(note("Yesterday i enjoyed the tour of the lab."), span="i"),
            Example(note("Thank you for the tour, i'm still thinking about it."), span="i"),
            Example(note("Thank you for the tour,, it was great."), span=",,"),
            Example(note("Thank you for the tour.. It was great."), span=".."),
            Example(note("Thank you for the tour , it was great."), span=" ,"),
            Example(note("It was a interesting conversation."), span="a interesting"),
            Example(note("It was an great conversation."), span="an great"),
            Example(note("I studied at an university in Lyon."), span="an university"),
            Example(note("We spoke for a hour."), span="a hour"),
            Example(note("A interview like ours is rare."), span="A interview"),
        ],
        pass_=[
            Example(note("I had had a long week, and that that talk came at the end was lucky.")),
            Example(note("We compared tools, e.g. card sorts and tree tests, i.e. the basics.")),
            Example(note("I paused... then the demo started. Wait... it worked.")),
            Example(
                note(
                    "It was a university project, an hour long, for an MBA course, a one-time "
                    "study of an SQL tool and a URL shortener, an honest test of a user flow."
                )
            ),
            Example(note("Plan A is the one I liked. iPhone testing was the highlight.")),
            Example(note("Thank you for the tour!! It was great??")),  # overly-familiar's, not ours
            Example(note("My notes are at https://lena.example/a..b,,c and i@example.com.")),
            Example(note("The booking flow in Walla Walla was a fun example.")),
            # the greeting inline with a first sentence in lower case
            Example("Hi Dana, thanks for the tour of the lab today." + TAIL),
            # quoted replies and the signature are not the user's prose
            Example(
                note("Thank you for the tour.")
                + "\n\nOn Tue, May 12, 2026 at 9:12 AM Dana <d@brightwater.example> wrote:\n"
                "> thanks for the the visit,, i enjoyed it"
            ),
            Example(HEAD + "Thank you for the tour." + TAIL + "\nlena ortiz , researcher"),
        ],
    ),
}
