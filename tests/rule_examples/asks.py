from __future__ import annotations

from rule_examples import Example, RuleExamples

RECORD = {
    "company": "Lindqvist Freight",
    "role": "Analytics Engineer",
    "stage": "panel",
    "start": "2026-05-12T14:00:00+02:00",
    "end": "2026-05-12T15:00:00+02:00",
    "interviewers": [{"name": "Ingrid Sandberg", "honorific": "Ms."}],
    "recipient": "Ingrid Sandberg",
    "send_at": "2026-05-12T18:00:00+02:00",
}
FILES_REQUESTED = {**RECORD, "attachments_requested": True}

EXAMPLES = {
    "salary": RuleExamples(
        fire=[
            Example(
                "Thank you for the tour of the warehouse data model. Could you also share the "
                "pay range for the role?",
                span="pay range",
            ),
            Example(
                "I enjoyed the case study. I was also curious whether the offer includes stock "
                "options.",
                span="stock options",
            ),
            Example(
                "Subject: Compensation package question\n\nHi Ingrid,\n\nThank you for the call.",
                span="Compensation package",
            ),
            Example(
                "I remain keen on the role. How many paid vacation days would I have?",
                kind="check-in",
                span="How many paid vacation days",
            ),
            Example(
                "Thank you again. I'd like to understand the bonus structure before we go on.",
                span="bonus structure",
            ),
        ],
        pass_=[
            Example(
                "Thank you for explaining the benefits you expect from moving the route "
                "planner to dbt; careful testing pays off there."
            ),
            Example("I spent a year in equity research, which taught me to model freight costs."),
            Example("As a bonus, the lineage graph also showed which dashboards were unused."),
            Example(
                "Thank you for your offer. Before I sign, could we talk about the salary?",
                kind="rejection-reply",
            ),
            Example(
                "> What are your salary expectations?\n\nThank you for the clear timeline; I "
                "enjoyed the case study."
            ),
            Example(
                "I paid close attention to how much the team values tests.",
                context=RECORD,
            ),
        ],
    ),
    "demanding": RuleExamples(
        fire=[
            Example(
                "Thanks for the chat about freight forecasting. When will I hear back?",
                span="When will I hear back",
            ),
            Example(
                "So what are the next steps?",
                kind="check-in",
                span="what are the next steps",
            ),
            Example(
                "I have another process running, so please reply by Thursday.",
                kind="check-in",
                span="reply by Thursday",
            ),
            Example("I need a decision as soon as possible.", span="I need a decision"),
            Example(
                "It has been two weeks. Why haven't you responded to my last email?",
                kind="check-in",
                span="Why haven't you responded",
            ),
        ],
        pass_=[
            Example("I look forward to hearing about the next steps in your process."),
            Example(
                "Would you be able to share any update on the timeline?",
                kind="check-in",
            ),
            Example("Please let me know if I can provide anything else."),
            Example("I don't need an answer right away; the timeline you gave works well for me."),
            Example(
                "> When will we hear back from the vendor?\n\nThank you for the update on the "
                "carrier integration.",
                kind="check-in",
            ),
            Example("I can start as soon as possible once the paperwork is done."),
        ],
    ),
    "attachment": RuleExamples(
        fire=[
            Example(
                "I've attached the dbt style guide I wrote at my last job.",
                span="I've attached",
            ),
            Example("Please find attached my updated CV.", span="Please find attached"),
            Example(
                "My notes on the route model are in freight_model_notes.pdf.",
                span="freight_model_notes.pdf",
            ),
            Example(
                "The attachment shows the dashboard I mentioned.",
                context=RECORD,
                span="attachment",
            ),
            Example("Enclosed is a short write-up of the pricing model.", span="Enclosed is"),
        ],
        pass_=[
            Example(
                "I have always attached great importance to tested SQL, which is why your CI "
                "setup appealed to me."
            ),
            Example("Here is a link to the write-up: https://sofia.example/freight-notes"),
            Example(
                "As you asked, I have attached the two references.",
            ),
            Example("I've attached the references you wanted.", context=FILES_REQUESTED),
            Example(
                "I enclosed a note with the flowers.",
                kind="card",
            ),
            Example("> Please see the attached agenda.\n\nThank you for sending the agenda."),
        ],
    ),
    "compares-candidates": RuleExamples(
        fire=[
            Example(
                "I am sure I would be a stronger hire than the other applicants.",
                span="the other applicants",
            ),
            Example(
                "I think I'm the most qualified candidate you will meet.",
                span="the most qualified candidate",
            ),
            Example(
                "My dbt depth sets me apart from the rest.",
                span="sets me apart from the rest",
            ),
            Example(
                "I can model freight costs better than anyone else on the market.",
                span="better than anyone else",
            ),
        ],
        pass_=[
            Example("I admired how your tracking product stands out from the competition."),
            Example("My three years of dbt work match the model cleanup you described."),
            Example(
                "I understand you chose another candidate, and I hope the other finalists "
                "know how much I enjoyed meeting the team.",
                kind="rejection-reply",
            ),
            Example(
                "> We are meeting other candidates this week.\n\nThank you for letting me know.",
                kind="check-in",
            ),
            Example("The new model ran better than the old spreadsheet on every lane."),
        ],
    ),
}
