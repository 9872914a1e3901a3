from __future__ import annotations

from rule_examples import Example, RuleExamples

BODY = (
    "Dear Ms. Whitfield,\n\n"
    "Thank you for showing me the usability lab on Thursday. Your plan to test the booking flow "
    "with older users stayed with me, and I have run similar studies for a pharmacy app.\n\n"
    "I look forward to hearing about the next steps.\n\n"
    "Best regards,\nLena Ortiz\n+1 312 555 0142"
)


def with_subject(subject: str) -> str:
    return f"Subject: {subject}\n\n{BODY}"


EXAMPLES = {
    "vague-subject": RuleExamples(
        fire=[
            Example(with_subject("Checking in"), kind="check-in", span="Checking in"),
            Example(with_subject("Thanks so much!"), span="Thanks so much!"),
            Example(with_subject("Quick question"), kind="check-in", span="Quick question"),
            Example(
                with_subject("Just following up on my interview"),
                kind="check-in",
                span="Just following up on my interview",
            ),
            Example(with_subject("Fwd: touching base"), kind="long-game", span="touching base"),
            Example(with_subject("Staying in touch"), kind="long-game", span="Staying in touch"),
            Example(with_subject("Thank you for your time today"), span="Thank you for"),
            # no subject line at all: the finding points at the top of the message
            Example(BODY, span="Dear Ms. Whitfield,"),
        ],
        pass_=[
            Example(with_subject("Thank you – Lena Ortiz – UX Researcher interview")),
            Example(with_subject("Staying in touch – Lena Ortiz, UX researcher"), kind="long-game"),
            Example(
                with_subject("Following up: UX Researcher interview on May 12"), kind="check-in"
            ),
            # a reply keeps the thread's subject, whatever it says
            Example(with_subject("Re: Checking in"), kind="rejection-reply"),
            Example(BODY, kind="rejection-reply"),
            # a card has no subject
            Example("Dear Dana,\n\nThank you for the tour.\n\nWarmly,\nLena", kind="card"),
            # an unfilled slot is the placeholder rule's finding, not this one's
            Example(with_subject("Thank you – [Your Name] – [Position] interview")),
            # a vague subject inside a quoted reply is not the user's subject
            Example(
                with_subject("Thank you – booking-flow research chat")
                + "\n\nOn Tue, May 12, 2026 at 9:12 AM Dana <d@brightwater.example> wrote:\n"
                "> Subject: Hi\n> Checking in"
            ),
        ],
    ),
}
