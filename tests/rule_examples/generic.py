"""Examples for `generic`: with the record (the recipient's topics) and without it."""

from __future__ import annotations

from rule_examples import Example, RuleExamples
from rule_examples.people import context

TO_MARCUS, TO_ELENA = context(), context(recipient="Elena Vasquez")
STOCK = (
    "Dear Ms. Reyes,\n\nThank you for taking the time to meet with me today about the Office "
    "Manager position. I enjoyed learning more about the role and the company, and I am "
    "confident my skills and experience make me a strong fit for your team. Please do not "
    "hesitate to contact me if you need any further information.\n\nSincerely,\nJohn Doe"
)
CHATTY_STOCK = (
    "Hi Sam,\n\nThanks so much for the chat earlier! It was a real pleasure to hear about the "
    "exciting work your company is doing, and I'm even more eager about the opportunity now. "
    "I look forward to hearing from you soon.\n\nBest,\nAna"
)


def note(middle: str, greeting: str = "Dear Mr. Okafor") -> str:
    return f"{greeting},\n\n{middle}\n\nI look forward to hearing from you.\n\nBest regards,\nPriya"


EXAMPLES = {
    "generic": RuleExamples(
        fire=[
            Example(STOCK, span="Thank you for taking the time"),
            Example(CHATTY_STOCK),
            Example(
                note(
                    "Thank you for the interview. I am very interested in the Data Engineer role."
                ),
                context=TO_MARCUS,
                span="Thank you for the interview.",
            ),
            Example(
                note(
                    "Thank you for the conversation about moving the nightly batch jobs to "
                    "streaming; my Kafka work fits it.",
                    "Dear Dr. Vasquez",
                ),
                context=TO_ELENA,  # Marcus's topic, not hers
            ),
            Example(
                note("Thank you for your time today. It was great to meet the team.")
                + "\n\n> Marcus: we plan to move the nightly batch jobs to streaming.\n",
                context=TO_MARCUS,
            ),
        ],
        pass_=[
            Example(
                note("I enjoyed hearing about your plan to move the batch jobs onto streams."),
                context=TO_MARCUS,
            ),
            Example(
                note("Please give your dog a pat from me; he made the call memorable."),
                context=TO_MARCUS,
            ),
            Example(
                note(
                    "Your questions about feature stores made me think about point-in-time joins.",
                    "Dear Dr. Vasquez",
                ),
                context=TO_ELENA,
            ),
            Example(
                "Dear Ms. Reyes,\n\nThank you for meeting with me today. I enjoyed hearing about "
                "the plan to reopen the Dayton clinic, and my work scheduling patient intake for "
                "two sites would help.\n\nSincerely,\nJohn Doe"
            ),
            Example(
                "Dear Mr. Ito,\n\nThank you for the tour. Your point about cutting forklift "
                "idle time by 15% stayed with me.\n\nBest,\nRay"
            ),
            Example(
                "Dear Marcus,\n\nThank you for a lovely conversation.\n\nWarmly,\nPriya",
                kind="card",
            ),
            Example(
                "Dear Mr. Okafor,\n\nThank you for letting me know. I hope our paths cross again."
                "\n\nBest regards,\nPriya",
                kind="rejection-reply",
                context=TO_MARCUS,
            ),
            Example(STOCK, kind="check-in"),
        ],
    ),
}
