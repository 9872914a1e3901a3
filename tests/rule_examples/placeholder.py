from __future__ import annotations

from rule_examples import Example, RuleExamples

EXAMPLES = {
    "placeholder": RuleExamples(
        fire=[
            Example(
                "Dear [Hiring Manager],\n\nThank you for the interview.", span="[Hiring Manager]"
            ),
            Example("Thank you for your time discussing the {role} opening.", span="{role}"),
            Example("I enjoyed learning about <Company> and its plans.", span="<Company>"),
            Example("Best regards,\nXX", span="XX"),
            Example("I look forward to hearing from you by ___.", span="___"),
        ],
        pass_=[
            Example("See my portfolio at <https://priya.example/work> for the pipeline."),
            Example("You can reach me at <priya.raman@example.com> any time."),
            Example("The XX-large dataset [1] was fine, and Python 3.11 too."),
            Example("Our Xbox team shipped the update in Q3."),
        ],
    ),
}
