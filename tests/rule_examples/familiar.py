from __future__ import annotations

from rule_examples import Example, RuleExamples

EXAMPLES = {
    "overly-familiar": RuleExamples(
        fire=[
            Example("Thank you, I'm gonna read up on dbt snapshots.", span="gonna"),
            Example("Btw the lane model looked great.", span="Btw"),
            Example("Thanks sooooo much for the tour.", span="sooooo"),
            Example("The office looked fantastic 🚀", span="🚀"),
            Example("The freight dashboard was INCREDIBLE.", span="INCREDIBLE"),
            Example("Hi pal, thanks again for the call.", span="pal"),
            Example(
                "Great call! Loved the case study! See you soon!",
                span="!",
            ),
            Example(
                "Subject: THANK YOU\n\nDear Ms. Sandberg,\n\nThank you for the call.",
                span="THANK YOU",
            ),
        ],
        pass_=[
            Example("I have six years of SQL, ETL and AWS work, including HIPAA audits."),
            Example("Thank you for the conversation! I enjoyed it."),
            Example(
                "> THANKS SO MUCH lol!!!\n\nThank you for the kind note about my talk.",
            ),
            Example("We migrated the FHIR feeds for the NASA contractor in the U.S. last year."),
            Example("Dear [COMPANY] team,\n\nThank you for the call about the [ROLE] opening."),
            Example(
                "Thank you for the call.\n\nBest regards,\nSOFIA MARTIN\nSENIOR ANALYTICS ENGINEER"
            ),
            Example(
                "Please see https://sofia.example/LOOOOK-notes and the Python def statement "
                "we discussed."
            ),
        ],
    ),
}
