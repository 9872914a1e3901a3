"""Examples for `wrong-date`, `too-soon`, `too-late`, `too-many` and `do-not-contact`.

The shared round: a Tuesday interview, 3 March 2026, 10:00-11:00 in New York.
"""

from __future__ import annotations

from typing import Any

from rule_examples import Example, RuleExamples
from rule_examples.people import context

THANKS = (
    "Subject: Thank you – Priya Raman – Data Engineer interview\n\nDear Mr. Okafor,\n\n"
    "Thank you for talking with me about moving the nightly batch jobs to streaming.\n\n"
    "Best regards,\nPriya Raman\n"
)
CHECK_IN = (
    "Subject: Following up: Data Engineer interview on March 3\n\nDear Mr. Okafor,\n\n"
    "I wanted to follow up on our March 3 conversation and ask whether there is any update.\n\n"
    "Best regards,\nPriya Raman\n"
)


def at(send_at: str | None, **changes: Any) -> dict[str, Any]:
    return context(send_at=send_at, **changes)


def sent(when: str, message: str, to: str = "Marcus Okafor") -> dict[str, str]:
    return {"at": when, "kind": "sent", "to": to, "message": message}


def dated(sentence: str) -> str:
    return f"Dear Mr. Okafor,\n\n{sentence} The batch-to-streaming plan stood out.\n\nBest,\nPriya"


TUE_3PM, WED, THU = "2026-03-03T15:00:00-05:00", "2026-03-04T10:00:00-05:00", "2026-03-05T10:00"
THANKED = sent("2026-03-03T15:00:00-05:00", "thank-you")
CHECKED = sent("2026-03-10T10:00:00-05:00", "check-in")

EXAMPLES = {
    "wrong-date": RuleExamples(
        fire=[
            Example(
                dated("Thank you for speaking with me yesterday."),
                context=at(TUE_3PM),
                span="yesterday",
            ),
            Example(dated("Thank you for your time today."), context=at(WED), span="today"),
            Example(dated("I enjoyed our conversation on Monday."), context=at(THU), span="Monday"),
            Example(
                dated("Thanks again for the March 4 interview."),
                kind="check-in",
                context=at("2026-03-12T10:00:00-05:00"),
                span="March 4",
            ),
            Example(
                dated("Thank you for meeting with me this afternoon."),
                context=at(TUE_3PM),
                span="this afternoon",
            ),
        ],
        pass_=[
            Example(dated("Thank you for speaking with me yesterday."), context=at(WED)),
            Example(dated("Thank you for your time this morning."), context=at(TUE_3PM)),
            Example(dated("I enjoyed our conversation on Tuesday."), context=at(THU)),
            Example(dated("I look forward to talking again on Friday."), context=at(WED)),
            Example(dated("I posted the write-up on my blog yesterday."), context=at(TUE_3PM)),
            Example(
                dated("Thank you for the talk.") + "\n\n> Thanks for your time yesterday.\n",
                context=at(TUE_3PM),
            ),
            Example(dated("Thank you for speaking with me yesterday."), context=at(None)),
        ],
    ),
    "too-soon": RuleExamples(
        fire=[
            Example(THANKS, context=at("2026-03-03T11:20:00-05:00"), span="Thank you"),
            Example(THANKS, context=at("2026-03-03T11:00:00-05:00")),
            Example(CHECK_IN, kind="check-in", context=at("2026-03-06T10:00:00-05:00")),
            Example(
                CHECK_IN,
                kind="check-in",
                context=at("2026-03-14T10:00:00-04:00", timeline="2026-03-13"),
                span="Following up",
            ),
        ],
        pass_=[
            Example(THANKS, context=at("2026-03-03T13:00:00-05:00")),
            Example(CHECK_IN, kind="check-in", context=at("2026-03-12T10:00:00-04:00")),
            Example(
                CHECK_IN,
                kind="check-in",
                context=at("2026-03-06T10:00:00-05:00", check_in_invited="2026-03-06"),
            ),
            Example(THANKS, kind="card", context=at("2026-03-03T11:10:00-05:00")),
            Example(THANKS, context=context(send_at=None)),
        ],
    ),
    "too-late": RuleExamples(
        fire=[
            Example(THANKS, context=at("2026-03-04T12:00:00-05:00"), span="Thank you"),
            Example(THANKS, context=at("2026-03-06T09:00:00-05:00")),
            Example(THANKS, context=at("2026-03-04T11:30")),  # read in New York time
            Example(dated("Thank you for the talk."), context=at("2026-03-05T10:00:00-05:00")),
        ],
        pass_=[
            Example(THANKS, context=at("2026-03-04T10:00:00-05:00")),
            Example(CHECK_IN, kind="check-in", context=at("2026-03-12T10:00:00-04:00")),
            Example(THANKS, context=context(send_at=None)),
            Example(THANKS),
        ],
    ),
    "too-many": RuleExamples(
        fire=[
            Example(
                CHECK_IN,
                kind="check-in",
                context=at("2026-03-20T10:00:00-04:00", events=[THANKED, CHECKED]),
                span="Following up",
            ),
            Example(
                THANKS,
                context=at("2026-03-20T10:00:00-04:00", events=[THANKED, CHECKED]),
            ),
            Example(
                CHECK_IN,
                kind="check-in",
                context=at(
                    "2026-03-20T10:00:00-04:00",
                    events=[THANKED, sent("2026-03-06T10:00:00-05:00", "other")],
                ),
            ),
            Example(
                CHECK_IN,
                kind="check-in",
                context=at(
                    "2026-03-20T10:00:00-04:00",
                    recipient="Elena Vasquez",
                    events=[THANKED, sent("2026-03-12T10:00:00-04:00", "check-in", "Amy Lin")],
                ),
            ),
        ],
        pass_=[
            Example(
                CHECK_IN, kind="check-in", context=at("2026-03-12T10:00:00-04:00", events=[THANKED])
            ),
            Example(
                THANKS.replace("Mr. Okafor", "Dr. Vasquez"),
                context=at(
                    "2026-03-11T10:00:00-04:00",
                    recipient="Elena Vasquez",
                    events=[THANKED, CHECKED],
                ),
            ),
            Example(
                "Dear Mr. Okafor,\n\nThank you for letting me know.\n\nBest,\nPriya",
                kind="rejection-reply",
                context=at("2026-03-20T10:00:00-04:00", events=[THANKED, CHECKED]),
            ),
            Example(
                CHECK_IN,
                kind="check-in",
                context=at("2026-03-09T10:00:00-04:00", events=[THANKED, CHECKED]),
            ),
        ],
    ),
    "do-not-contact": RuleExamples(
        fire=[
            Example(
                THANKS,
                context=context(
                    recipient="Elena Vasquez",
                    interviewers=[
                        {**p, "do_not_contact": p["name"] == "Elena Vasquez"}
                        for p in context()["interviewers"]
                    ],
                ),
                span="Thank you",
            ),
            Example(
                "Dear Mr. Okafor,\n\nThank you for the talk about the batch jobs.\n\nWarmly,\nPriya",
                kind="card",
                context=context(
                    interviewers=[{**p, "do_not_contact": True} for p in context()["interviewers"]]
                ),
                span="Dear Mr. Okafor,",
            ),
            Example(
                CHECK_IN,
                kind="check-in",
                context=context(
                    interviewers=[{**p, "do_not_contact": True} for p in context()["interviewers"]]
                ),
                span="Following up",
            ),
            Example(
                "Dear Mr. Okafor,\n\nThank you for letting me know.\n\nBest,\nPriya",
                kind="rejection-reply",
                context=context(
                    interviewers=[{**p, "do_not_contact": True} for p in context()["interviewers"]]
                ),
            ),
        ],
        pass_=[
            Example(THANKS, context=context()),
            Example(
                THANKS,
                context=context(
                    interviewers=[
                        {**p, "do_not_contact": p["name"] == "Elena Vasquez"}
                        for p in context()["interviewers"]
                    ],
                ),
            ),
            Example(THANKS),
            Example(THANKS, context=context(recipient=None)),
        ],
    ),
}
