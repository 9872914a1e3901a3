from __future__ import annotations

from rule_examples import Example, RuleExamples

EXAMPLES = {
    "negative-tone": RuleExamples(
        fire=[
            Example(
                "I'm anxiously waiting to hear how the panel went.",
                span="anxiously waiting",
            ),
            Example(
                "I felt quite nervous when we reached the pricing exercise.",
                span="nervous",
            ),
            Example(
                "I'm worried my answer about slowly changing dimensions was confusing.",
                span="worried",
            ),
            Example(
                "Unfortunately, I ran out of time before the last question.",
                span="Unfortunately, I",
            ),
            Example(
                "The whiteboard round was stressful, but I enjoyed the rest.",
                span="stressful",
            ),
            Example(
                "I hope it didn't come across as nervous energy.",
                kind="check-in",
                span="I hope it didn't come across as nervous",
            ),
        ],
        pass_=[
            Example("I was not nervous at all; the case study felt like a real working session."),
            Example("The alerting we built means planners never have to worry about stale data."),
            Example("Moving the nightly loads made on-call much less stressful for my team."),
            Example("Fortunately, I had built a similar lane model the year before."),
            Example(
                "I was disappointed to hear the news, but I valued meeting the team.",
                kind="rejection-reply",
            ),
            Example("> I was a bit nervous too!\n\nThank you for the kind words about the demo."),
            Example("I stress-tested the load jobs before each release."),
        ],
    ),
    "apology": RuleExamples(
        fire=[
            Example(
                "Sorry that I joined the call late.",
                span="Sorry that I joined the call late",
            ),
            Example(
                "I apologise for my muddled answer on incremental models.",
                span="I apologise for my muddled answer on incremental models",
            ),
            Example("I stumbled a little on the window function question.", span="I stumbled"),
            Example(
                "My mind went blank when you asked about late-arriving facts.",
                span="My mind went blank",
            ),
            Example(
                "I forgot to mention the data contracts work I led.",
                span="forgot to mention",
            ),
            Example("I know I wasn't at my best yesterday.", span="wasn't at my best"),
        ],
        pass_=[
            Example(
                "Sorry for the short notice, but could we move Thursday's call to Friday?",
                kind="check-in",
            ),
            Example("I stumbled upon your engineering blog last spring."),
            Example(
                "I was sorry to hear the role went to someone else, and I thank you for the time.",
                kind="rejection-reply",
            ),
            Example(
                "One more thought on the incremental models question: a snapshot table kept "
                "our history intact."
            ),
            Example("I froze the schema version before the migration."),
            Example(
                "> Sorry I was late to our call!\n\nThank you for your patience with the link."
            ),
        ],
    ),
    "desperate": RuleExamples(
        fire=[
            Example(
                "Joining your team would mean everything to me.",
                span="would mean everything to me",
            ),
            Example("Honestly, I really need this position.", span="really need this position"),
            Example(
                "Please just give me a chance to show what I can do.",
                span="give me a chance",
            ),
            Example(
                "I have dreamed of working at Lindqvist since I was at university.",
                span="dreamed of working at Lindqvist since I was",
            ),
            Example("This is honestly my dream company.", span="my dream company"),
            Example("I would do whatever it takes to get this role.", span="do whatever it takes"),
        ],
        pass_=[
            Example(
                "Any feedback you can share would mean a lot to me.",
                kind="rejection-reply",
            ),
            Example("I am very interested in the role and would welcome the chance to contribute."),
            Example("We need the lane model to be stable before the peak season."),
            Example("I have worked with dbt for a long time and enjoy teaching it."),
            Example(
                "> Getting this job would mean the world to me.\n\nThank you for forwarding this."
            ),
        ],
    ),
}
