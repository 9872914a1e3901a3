"""Examples for `wrong-company` and `wrong-role`."""

from __future__ import annotations

from rule_examples import Example, RuleExamples
from rule_examples.people import context

CTX = context()
COMMS = context(company="Jones Company", role="Communications Manager", other_companies=[])


def note(middle: str, subject: str = "Thank you – Priya Raman – Data Engineer interview") -> str:
    return (
        f"Subject: {subject}\n\nDear Mr. Okafor,\n\n{middle}\n\n"
        "I look forward to hearing about next steps.\n\nBest regards,\nPriya Raman\n"
    )


EXAMPLES = {
    "wrong-company": RuleExamples(
        fire=[
            Example(
                note("I would be proud to bring my Kafka work to Brightline Logistics."),
                context=CTX,
                span="Brightline Logistics",
            ),
            Example(
                note("I would love to join Corvid and help the platform team grow."),
                context=CTX,
                span="Corvid",
            ),
            Example(
                note("The streaming migration at Halverson Analytics sounds like a great fit."),
                context=CTX,
                span="Halverson",
            ),
            Example(
                note("I am excited about Halvorsen Analitics' plans for streaming."),
                context=CTX,
                span="Analitics",
            ),
            Example(
                note("Thank you for the talk about streaming.", "Thank you – Brightline interview"),
                context=CTX,
                span="Brightline",
            ),
        ],
        pass_=[
            Example(
                note("I would be proud to bring my Kafka work to Halvorsen Analytics."),
                context=CTX,
            ),
            Example(note("Halvorsen's plan to retire the batch jobs stood out."), context=CTX),
            Example(
                note("I enjoyed the analytics discussion. Health checks on each job matter."),
                context=CTX,
            ),
            Example(
                note("Thank you for the talk about streaming.")
                + "\nOn Mon, 2 Mar 2026, Priya Raman wrote:\n> Brightline Logistics said no.\n",
                context=CTX,
            ),
            Example(note("Thank you for the talk about Brightline Logistics.")),  # no record
            Example(
                note("Jones seems the ideal home for my communications work."),
                context=COMMS,
            ),
        ],
    ),
    "wrong-role": RuleExamples(
        fire=[
            Example(
                note("Thank you for talking with me about the Data Engineering Manager position."),
                context=CTX,
                span="Data Engineering Manager",
            ),
            Example(
                "Subject: Communication Manager position at Jones Company\n\nHi Amy,\n\n"
                "Thank you for talking with me about the Communications Manager position.",
                context=COMMS,
                span="Communication Manager",
            ),
            Example(
                note("I am keen on the senior data engineer role you described."),
                context=CTX,
                span="senior data engineer",
            ),
            Example(
                note("Thank you for the time you spent on the Data Engineering role with me."),
                context=CTX,
                span="Data Engineering",
            ),
            Example(
                note("Thanks again.", "Thank you – Priya Raman – Data Analyst interview"),
                context=CTX,
                span="Data Analyst",
            ),
        ],
        pass_=[
            Example(
                note("Thank you for talking with me about the Data Engineer role."),
                context=CTX,
            ),
            Example(
                note("The data engineering team's plan to retire batch jobs stood out."),
                context=CTX,
            ),
            Example(
                note("As an Engineering Manager, you see the on-call load first hand."),
                context=CTX,
            ),
            Example(
                note("In my current job as a Senior Data Engineer I run forty pipelines."),
                context=CTX,
            ),
            Example(
                note("Thank you for the talk.")
                + "\n> Are you also applying for the Data Engineering Manager role?\n",
                context=CTX,
            ),
            Example(note("I am excited about the Data Engineering Manager role.")),  # no record
        ],
    ),
}
