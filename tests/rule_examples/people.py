"""Examples for `wrong-name` and `misspelled-name`, and the round the context examples share."""

from __future__ import annotations

import copy
from typing import Any

from rule_examples import Example, RuleExamples

ROUND: dict[str, Any] = {
    "candidate": {
        "name": "Priya Raman",
        "email": "priya.raman@example.com",
        "phone": "+1 415 555 0100",
        "skills": ["Kafka", "Spark"],
    },
    "company": "Halvorsen Analytics",
    "role": "Data Engineer",
    "stage": "panel",
    "format": "video",
    "start": "2026-03-03T10:00:00-05:00",
    "end": "2026-03-03T11:00:00-05:00",
    "time_zone": "America/New_York",
    "interviewers": [
        {
            "name": "Marcus Okafor",
            "honorific": "Mr.",
            "first_name_basis": True,
            "title": "Engineering Manager",
            "email": "m.okafor@halvorsen.example",
            "role": "hiring-manager",
            "topics": ["migrating the nightly batch jobs to streaming", "on-call rotation"],
            "moments": ["his dog barking during the call"],
        },
        {
            "name": "Elena Vasquez",
            "honorific": "Dr.",
            "title": "Principal Data Scientist",
            "email": "e.vasquez@halvorsen.example",
            "role": "panelist",
            "topics": ["feature store design", "data quality checks"],
        },
        {
            "name": "Amy Lin",
            "honorific": "Ms.",
            "first_name_basis": True,
            "title": "Technical Recruiter",
            "email": "amy.lin@halvorsen.example",
            "role": "recruiter",
            "topics": ["relocation to the Boston office"],
        },
        {
            "name": "Michael Chen",
            "honorific": "Mr.",
            "first_name_basis": True,
            "email": "m.chen@halvorsen.example",
            "role": "panelist",
            "topics": ["schema registry rollout"],
        },
    ],
    "other_companies": ["Brightline Logistics", "Corvid Health"],
    "recipient": "Marcus Okafor",
    "send_at": "2026-03-03T15:00:00-05:00",
}


def context(**changes: Any) -> dict[str, Any]:
    """The shared round with top-level keys changed."""
    data = copy.deepcopy(ROUND)
    data.update(changes)
    return data


TO_MARCUS = context()
TO_ELENA = context(recipient="Elena Vasquez")
TO_AMY = context(recipient="Amy Lin")
TO_MICHAEL = context(recipient="Michael Chen")
BODY = (
    "\n\nThank you for talking with me about moving the nightly batch jobs to streaming. "
    "My Kafka work at my current company fits that plan closely.\n\n"
    "I look forward to hearing about next steps.\n\nBest regards,\nPriya Raman\n"
)

EXAMPLES = {
    "wrong-name": RuleExamples(
        fire=[
            Example("Dear Dr. Vasquez," + BODY, context=TO_MARCUS, span="Dr. Vasquez"),
            Example("Hi Elena," + BODY, context=TO_MARCUS, span="Elena"),
            Example("Dear Mr. Smith," + BODY, context=TO_MARCUS, span="Mr. Smith"),
            Example("Dear Ms. Okafor," + BODY, context=TO_MARCUS, span="Ms. Okafor"),
            Example("Dear Mr. Marcus," + BODY, context=TO_MARCUS, span="Mr. Marcus"),
            Example("Dear Mr. Okafor," + BODY, context=TO_ELENA, span="Mr. Okafor"),
            Example("Hello Sarah Lin," + BODY, context=TO_AMY, span="Sarah Lin"),
        ],
        pass_=[
            Example("Dear Mr. Okafor," + BODY, context=TO_MARCUS),
            Example("Hi Marcus," + BODY, context=TO_MARCUS),
            Example("Good morning Marcus Okafor," + BODY, context=TO_MARCUS),
            Example("Dear Dr. Vasquez and Mr. Okafor," + BODY, context=TO_MARCUS),
            Example("Hi Mike," + BODY, context=TO_MICHAEL),
            Example("Dear Halvorsen team," + BODY, context=TO_MARCUS),
            Example(
                "Dear Mr. Okafor," + BODY + "\nOn Tue, 3 Mar 2026, Elena Vasquez wrote:\n"
                "> Hi Elena, thanks for the notes.\n",
                context=TO_MARCUS,
            ),
            Example("Dear Dr. Vasquez," + BODY),  # no record: nothing to compare with
        ],
    ),
    "misspelled-name": RuleExamples(
        fire=[
            Example("Dear Mr. Okafur," + BODY, context=TO_MARCUS, span="Okafur"),
            Example("Hi Marcos," + BODY, context=TO_MARCUS, span="Marcos"),
            Example("Hi Aimee," + BODY, context=TO_AMY, span="Aimee"),
            Example(
                "Dear Mr. Okafor,\n\nI also enjoyed meeting Dr. Vasques and hearing about "
                "the feature store.\n\nBest regards,\nPriya Raman",
                context=TO_MARCUS,
                span="Vasques",
            ),
            Example(
                "Dear Mr. Okafor,\n\nPlease thank Elana for the tour of the data platform.",
                context=TO_MARCUS,
                span="Elana",
            ),
            Example(
                "Dear Mr. Okafor," + BODY.replace("Priya Raman", "Priya Raaman"),
                context=TO_MARCUS,
                span="Raaman",
            ),
        ],
        pass_=[
            Example("Dear Mr. Okafor," + BODY, context=TO_MARCUS),
            Example(
                "Hi Amy,\n\nAny questions about my move to Boston, I am glad to answer. "
                "I aim to settle there by May.\n\nBest,\nPriya Raman",
                context=TO_AMY,
            ),
            Example(
                "Dear Mr. Okafor,\n\nThe marks on the whiteboard made the design clear, and "
                "I have already made notes on the rotation.\n\nBest regards,\nPriya Raman",
                context=TO_MARCUS,
            ),
            Example(
                "Dear Mr. Okafor," + BODY + "\n> Dear Mr. Okafur, thanks for coming in.\n",
                context=TO_MARCUS,
            ),
            Example("Hi Marcos," + BODY),  # no record
            Example(  # a handle inside a link is not a written name
                "Dear Mr. Okafor,\n\nA sample of my work is at https://github.com/priya-r and "
                "at priya-r@example.com.\n\nBest regards,\nPriya Raman",
                context=TO_MARCUS,
            ),
        ],
    ),
}
