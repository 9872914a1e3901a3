"""Comparing oneself with other applicants: "head and shoulders above", "other candidates".

Source: 004 warns against comparing yourself with the other candidates; the
panel cannot know you are better, and saying so reads as insecure or arrogant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.review.finding import Hit, Severity
from followup.review.message import Message
from followup.review.phrases import PhraseFamily
from followup.review.reading import (
    own_spans,
    sentence_at,
    shown,
    words_before,
)
from followup.review.rule import Context, Rule

PEOPLE = r"(?:candidates?|applicants?|interviewees?|finalists?|contenders?|people|engineers|others)"
ANYONE = r"(?:any ?one|any ?body|every ?one|every ?body)"
COMPARISONS = (
    r"head and shoulders above(?: (?:the |all |any )?(?:other |rest of the )?(?:candidates"
    r"|applicants|others|rest|competition|field|pack))?",
    r"a cut above(?: the rest| the others)?",
    r"(?:better|stronger|more qualified|better qualified|more experienced|better suited|more suited"
    r"|a better fit|more capable|more passionate|more dedicated|harder[- ]working)(?: \w+){0,3}? "
    rf"than (?:{ANYONE}|the (?:others|rest|competition)|any other|all (?:the )?other"
    rf"|(?:the )?other {PEOPLE}"
    rf"|most (?:other )?{PEOPLE})(?: else)?",
    rf"than {ANYONE} else",
    r"(?:the|your) (?:very )?(?:best|strongest|top|most qualified|best[- ]qualified|most suitable"
    r"|best[- ]suited) (?:candidate|applicant|choice|pick|hire)",
    r"(?:the )?best (?:person|fit) for (?:the|this) (?:job|role|position)",
    r"(?:outshine|outclass|outperform|beat out|edge out|surpass)\w* (?:the |any |all )?(?:other "
    r"|rest|others|competition|candidates|applicants)\w*",
    rf"unlike (?:other|most|many) {PEOPLE}",
    r"(?:no ?one|nobody) else (?:will|would|can|could|is going to|has)",
    r"(?:no|any) other (?:candidate|applicant|interviewee|finalist|person)",
)
RANKINGS = (
    r"(?:stand(?:s|ing)? out|set(?:s|ting)? me apart) (?:from|among|above) (?:the )?(?:rest|others"
    r"|crowd|pack|competition|field|other \w+)",
)
MENTIONS = (
    r"(?:the |any |all )?(?:other|remaining|fellow) (?:candidates?|applicants?|interviewees?"
    r"|finalists?|contenders?|people (?:you(?:['’]re| are) (?:interviewing|considering|meeting"
    r"|speaking with|talking to)))",
    r"(?:candidate|applicant|talent) pool|people you(?:['’]ve| have)? (?:interviewed|met|seen)",
    r"(?:many|several|lots of|a lot of|plenty of|numerous|so many) (?:other )?(?:(?:qualified"
    r"|strong|talented|great|excellent|impressive) )?(?:candidates|applicants)",
)
COMPARES = PhraseFamily({"compare": COMPARISONS, "rank": RANKINGS, "mention": MENTIONS})
FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself)\b")


def find_comparisons(message: Message, context: Context) -> Iterator[Hit]:
    text = message.text
    for match in COMPARES.finditer(message, own_spans(message)):
        if match.group("mention") and context.kind == "rejection-reply":
            continue  # a reply to a rejection may mention who was chosen
        floor = sentence_at(message, match.start()).start
        if match.group("rank") and not FIRST_PERSON.search(
            words_before(text, match.start(), floor, 4)
        ):
            continue  # "how your product stands out from the competition" is about them
        yield Hit(
            match.start(),
            match.end(),
            f"{shown(match.group())} sets you against the other applicants: career advisers warn "
            "that ranking yourself above them sounds boastful and makes the reader judge the "
            "claim instead of your fit.",
            "Say what you bring instead, e.g. 'My three years running Kafka pipelines match the "
            "migration you described.'",
        )


RULES = (
    Rule(
        id="compares-candidates",
        example="I am sure I stand head and shoulders above the other candidates.",
        severity=Severity.WARNING,
        source="004",
        rationale="Ranking yourself against other applicants sounds boastful; state your fit.",
        check=find_comparisons,
    ),
)
