"""Examples for `duplicate-panel`: near-identical notes to two people of one round."""

from __future__ import annotations

from rule_examples import Example, RuleExamples
from rule_examples.people import context

MIDDLE = (
    "Thank you for taking part in my panel interview for the Data Engineer role. I enjoyed "
    "hearing how the team plans to move the nightly batch jobs to streaming, and I think my "
    "Kafka migration work would help from the first week. I look forward to hearing about "
    "the next steps."
)
TO_MARCUS = f"Dear Mr. Okafor,\n\n{MIDDLE}\n\nBest regards,\nPriya Raman\n+1 415 555 0100\n"
TO_ELENA = f"Dear Dr. Vasquez,\n\n{MIDDLE}\n\nKind regards,\nPriya\n"
OWN_NOTE_TO_ELENA = (
    "Dear Dr. Vasquez,\n\nThank you for the questions on feature store design. The point about "
    "point-in-time joins during backfills made me rethink how I version features, and the "
    "Great Expectations checks I built would fit your data quality work.\n\n"
    "Best regards,\nPriya Raman\n"
)


def with_notes(*notes: str) -> dict[str, object]:
    return context(other_notes=list(notes))


EXAMPLES = {
    "duplicate-panel": RuleExamples(
        fire=[
            Example(TO_MARCUS, context=with_notes(TO_ELENA), span="Thank you for taking part"),
            Example(
                TO_MARCUS.replace("from the first week", "from day one"),
                context=with_notes(OWN_NOTE_TO_ELENA, TO_ELENA),
            ),
            Example(
                TO_MARCUS.replace("I enjoyed hearing", "I really enjoyed hearing"),
                context=with_notes(TO_ELENA),
            ),
            Example(
                "Hi Marcus,\n\n" + MIDDLE + "\n\nThanks,\nPriya",
                context=with_notes(TO_ELENA.replace("Dear Dr. Vasquez", "Hello Elena")),
            ),
        ],
        pass_=[
            Example(TO_MARCUS, context=with_notes(OWN_NOTE_TO_ELENA)),
            Example(TO_MARCUS, context=context()),
            Example(TO_MARCUS),
            Example(
                "Dear Mr. Okafor,\n\nThank you for the talk about the on-call rotation; the runbook "
                "idea is one I have used.\n\nBest regards,\nPriya Raman\n\n"
                "On Tue, 3 Mar 2026, Priya Raman wrote:\n" + "\n".join(f"> {MIDDLE}".splitlines()),
                context=with_notes(TO_ELENA),
            ),
        ],
    ),
}
