from __future__ import annotations

from rule_examples import Example, RuleExamples

CONTEXT = {
    "candidate": {"name": "Lena Ortiz", "phone": "+1 312 555 0142"},
    "company": "Brightwater Labs",
    "role": "UX Researcher",
    "stage": "first-round",
    "start": "2026-05-12T14:00:00-05:00",
    "interviewers": [
        {"name": "Dana Whitfield", "honorific": "Ms.", "topics": ["booking flow"]},
    ],
    "recipient": "Dana Whitfield",
}
PROSE = (
    "Thank you for showing me the usability lab on Thursday. Your plan to test the booking flow "
    "with older users stayed with me, and I have run similar studies for a pharmacy app."
)
CLOSE = "I look forward to hearing about the next steps."
SIGNED = "Best regards,\nLena Ortiz\n+1 312 555 0142"


def letter(greeting: str = "Dear Ms. Whitfield,", close: str = CLOSE, signed: str = SIGNED) -> str:
    return f"Subject: Thank you – UX Researcher interview\n\n{greeting}\n\n{PROSE}\n\n{close}\n\n{signed}"


EXAMPLES = {
    "salutation": RuleExamples(
        fire=[
            Example(letter("To whom it may concern,"), span="To whom it may concern,"),
            Example(letter("Dear Sir or Madam,"), span="Dear Sir or Madam,"),
            Example(letter("Hey Dana,"), span="Hey Dana,"),
            Example(letter("Hi there!"), span="Hi there!"),
            Example(letter("Dear Hiring Manager,"), context=CONTEXT, span="Dear Hiring Manager,"),
            Example(letter("Good morning,"), span="Good morning,"),
            # no greeting at all: the finding points at the first line
            Example(f"{PROSE}\n\n{CLOSE}\n\n{SIGNED}", span="Thank you for showing me"),
        ],
        pass_=[
            Example(letter("Dear Dr. Adeyemi,")),
            Example(letter("Hi Tomás,")),
            Example(letter("Dana,")),
            Example(letter("Dear Ms. Whitfield and Mr. Osei,")),
            # an unfilled slot in the greeting is the placeholder rule's finding
            Example(letter("Dear [Interviewer Name],")),
            # the greeting inline with the first sentence
            Example(f"Dear Ms. Whitfield, {PROSE}\n\n{CLOSE}\n\n{SIGNED}"),
        ],
    ),
    "missing-closing": RuleExamples(
        fire=[
            # a bare name without a sign-off phrase
            Example(letter(signed="Lena"), span="Lena"),
            # no forward-looking line
            Example(letter(close="The lab itself was impressive."), span="was impressive."),
            # a sign-off with no name under it
            Example(letter(signed="Kind regards,"), span="Kind regards,"),
            Example(letter(signed="Later,\nLena"), span="Later,"),
            # negated: not a look ahead
            Example(
                letter(close="I am not looking forward to the commute, but the team is great."),
                span="I am not looking forward",
            ),
            # the only look ahead is in the quoted reply
            Example(
                letter(close="The lab was impressive.", signed="Best,\nLena Ortiz")
                + "\n\nOn Tue, May 12, 2026 at 9:12 AM Dana <d@brightwater.example> wrote:\n"
                "> We look forward to hearing from you.",
                span="The lab was impressive.",
            ),
        ],
        pass_=[
            Example(letter()),
            Example(
                letter(
                    close="The lab was impressive.",
                    signed="Looking forward to hearing from you,\nLena Ortiz",
                )
            ),
            Example(
                letter(
                    close="Please don't hesitate to reach out if I can share more.",
                    signed="Best, Lena",
                )
            ),
            Example(
                letter(close="I would welcome the chance to stay in touch about future roles."),
                kind="rejection-reply",
            ),
            # a card needs no look ahead, only a sign-off over a name
            Example("Dear Dana,\n\nThank you for the lab tour.\n\nWarmly,\nLena", kind="card"),
            Example(letter(signed="Thanks,\nLena\n-- \nLena Ortiz | UX Researcher")),
        ],
    ),
    "missing-contact": RuleExamples(
        fire=[
            Example(letter(signed="Best regards,\nLena Ortiz"), span="Lena Ortiz"),
            Example(letter(signed="Sincerely,\nLena Ortiz\nlena@example.com"), span="Lena Ortiz"),
            Example(letter(signed="Thanks,\nLena\nUX Researcher"), span="Lena"),
            Example(letter(signed="Lena Ortiz"), span="Lena Ortiz"),
        ],
        pass_=[
            Example(letter(signed="Best regards,\nLena Ortiz\n+44 20 7946 0958")),
            Example(letter(signed="Best regards,\nLena Ortiz\nlinkedin.com/in/lena-ortiz")),
            Example(letter(signed="Best regards,\nLena Ortiz\nhttps://lenaortiz.design")),
            # only thank-you notes ask for contact details
            Example(letter(signed="Best regards,\nLena Ortiz"), kind="check-in"),
            Example(
                letter(
                    close="My case studies are at https://lenaortiz.design if useful. " + CLOSE,
                    signed="Best,\nLena Ortiz",
                )
            ),
        ],
    ),
}
