from __future__ import annotations

from rule_examples import Example, RuleExamples

HEAD = "Subject: Thank you – UX Researcher interview\n\nDear Ms. Whitfield,\n\n"
TAIL = "\n\nBest regards,\nLena Ortiz\n+1 312 555 0142"
SENTENCES = [
    "Thank you for showing me the usability lab on Thursday.",
    "Your plan to test the booking flow with older users stayed with me.",
    "I ran a similar diary study for a pharmacy app last spring.",
    "It showed that people abandoned refills at the payment step.",
    "We moved the step earlier and completion rose by a fifth.",
    "I would enjoy bringing that approach to your booking research.",
    "I look forward to hearing about the next steps.",
    "I also keep a research blog about accessibility.",
    "Last month I spoke about it at a local meetup.",
]
PHONE_SCREEN = {
    "company": "Brightwater Labs",
    "role": "UX Researcher",
    "stage": "phone-screen",
    "start": "2026-05-12T14:00:00-05:00",
    "interviewers": [{"name": "Dana Whitfield", "honorific": "Ms."}],
    "recipient": "Dana Whitfield",
}


def note(count: int, *, extra: str = "") -> str:
    return HEAD + " ".join(SENTENCES[:count]) + extra + TAIL


LONG_SENTENCE = (
    " Over the past four years I have planned and run moderated and unmoderated studies, card "
    "sorts, tree tests, contextual inquiries and diary studies for healthcare, travel and retail "
    "products, and I have presented the findings to designers, engineers and executives who used "
    "them to reshape roadmaps, retire features that confused people and fund new work that "
    "customers had been asking for, which is the kind of influence I would hope to have on the "
    "booking flow and on the wider research practice you described during our conversation."
)

EXAMPLES = {
    "too-long": RuleExamples(
        fire=[
            Example(note(9), span="I also keep a research blog"),
            Example(note(8), span="I also keep a research blog about accessibility."),
            # within seven sentences, but far over two hundred words
            Example(note(4, extra=LONG_SENTENCE + LONG_SENTENCE), span="Over the past four years"),
            Example(note(5), kind="check-in", span="We moved the step earlier"),
            Example(note(5), context=PHONE_SCREEN, span="We moved the step earlier"),
            Example(
                "Dear Dana,\n\n" + " ".join(SENTENCES[:7]) + "\n\nWarmly,\nLena",
                kind="card",
                span="I would enjoy bringing",
            ),
        ],
        pass_=[
            Example(note(7)),
            # courtesies do not count: four sentences of content for a check-in
            Example(
                HEAD
                + "I hope you are doing well. "
                + " ".join(SENTENCES[1:5])
                + " Thank you for your time and consideration."
                + TAIL,
                kind="check-in",
            ),
            # abbreviations, times and versions do not end sentences
            Example(
                HEAD + "Thank you for the 9 a.m. session with Dr. Mills and Mr. Osei. "
                "We compared tools, e.g. Maze vs. Lookback, and Python 3.11 notebooks. "
                + " ".join(SENTENCES[2:7])
                + TAIL
            ),
            # a long quoted reply is not the user's text
            Example(
                note(6)
                + "\n\nOn Tue, May 12, 2026 at 9:12 AM Dana <d@brightwater.example> wrote:\n"
                + "\n".join("> " + s for s in SENTENCES)
            ),
            Example(note(5), kind="rejection-reply"),
            Example(note(4), context=PHONE_SCREEN),
        ],
    ),
    "too-short": RuleExamples(
        fire=[
            Example(note(2), span="Thank you for showing me the usability lab"),
            Example(note(1), context=PHONE_SCREEN, span="Thank you for showing me"),
            Example(note(1), kind="check-in", span="Thank you for showing me"),
            # quoted lines add nothing to the user's note
            Example(
                note(2)
                + "\n\nOn Tue, May 12, 2026 at 9:12 AM Dana <d@brightwater.example> wrote:\n"
                + "\n".join("> " + s for s in SENTENCES),
                span="Your plan to test",
            ),
            # courtesies are not content
            Example(
                HEAD + "I hope you are well. Thank you for your time. " + SENTENCES[1] + TAIL,
                span="I hope you are well.",
            ),
        ],
        pass_=[
            Example(note(3)),
            Example(note(2), context=PHONE_SCREEN),
            # "phone screen" in the subject tells the kind without a record
            Example(note(2).replace("UX Researcher interview", "UX Researcher phone screen")),
            Example("Dear Dana,\n\n" + " ".join(SENTENCES[:2]) + "\n\nWarmly,\nLena", kind="card"),
            Example(note(2), kind="check-in"),
        ],
    ),
}
