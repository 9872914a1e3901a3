"""What a follow-up asks for: pay, a decision, a look at files.

Sources: 002 (leave salary out of the thank-you), 003 (no demands for next
steps; links, not unrequested attachments), 004 (never set yourself against
the other candidates). Phrase lists are data, compiled once per rule; word
senses are told apart by what stands around a word ("the benefits of the
migration" is not pay talk, "attached great importance" is not a file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span
from followup.review.phrases import Found, PhraseFamily
from followup.review.reading import (
    NEGATED,
    NEXT_WORD,
    one_of,
    own_spans,
    sentence_at,
    shown,
    words_before,
)
from followup.review.rule import Context, Rule

# --- salary ---------------------------------------------------------------------------------

PAY = r"(?:salar(?:y|ies)|compensation|pay|wages?|bonus(?:es)?|benefits|perks|equity|pto|vacation)"
JOB = r"(?:the |this |that )?(?:role|position|job|it)"
SALARY_PHRASES = (
    rf"how much (?:does|would|will|could|might|do) (?:{JOB}|they|you) (?:\w+ )?(?:pay|offer)",
    r"how much (?:I|one|someone|we) (?:would |will |could |can |might )?"
    r"(?:make|earn|be paid|get paid)",
    rf"how much {JOB} (?:pays|would pay|will pay|offers)",
    r"how much (?:paid )?(?:pto|vacation|time off|leave|equity|stock|bonus)",
    r"how many (?:(?:paid|vacation|pto|sick|holiday|leave) )+(?:days|weeks)",
    r"(?:how many )?(?:weeks|days) of (?:paid )?(?:vacation|pto|holiday|leave|time off)",
    rf"{PAY}(?:,? (?:and|&|or|plus) (?:the )?{PAY})+",
    r"(?:(?:base|starting|annual|target|expected|desired|current) )?salar(?:y|ies|ied)"
    r"(?: (?:range|bands?|expectations?|details|figure|offer|requirements?|level|package))?",
    r"(?:(?:total|base|overall|expected|cash|deferred) )?compensation"
    r"(?: (?:package|range|band|structure|details|plan|expectations?))?",
    r"total comp|comp (?:range|package|band|details)",
    r"(?:the|base|starting|hourly|annual|take-home|overtime|holiday) pay(?![-\w])"
    r"(?: (?:range|rate|scale|band|grade|structure|package|bracket|level|details))?",
    r"pay (?:range|rate|scale|band|grade|structure|package|bracket|expectations?)|rate of pay",
    rf"what {JOB} (?:pays|would pay|will pay)|wages?",
    r"(?:employee|health|medical|dental|vision|retirement|fringe|company|staff|employment"
    r"|parental|family|wellness|insurance) benefits?",
    r"benefits? (?:packages?|plans?|offered|offering|coverage|enrol?lment|eligibility|options"
    r"|summary|overview)",
    r"what (?:kind of |sort of )?(?:benefits|perks) (?:are (?:offered|included|available)|come with"
    rf"|(?:do|does|would|will) (?:{JOB}|you|the company) (?:offer|include|provide))",
    r"(?:signing|sign-on|annual|performance|year-end|target|cash|retention|joining|relocation)"
    r" bonus(?:es)?",
    r"bonus(?:es)? (?:structure|plan|scheme|potential|eligibility|payout|target)|bonuses",
    r"(?:is there|are there|would there be|eligible for|eligibility for) (?:a |any )?bonus(?:es)?",
    r"equity (?:package|grant|stake|compensation|component|offer|vesting|refresh|award|portion"
    r"|split|allocation)s?",
    r"(?:how much|what kind of|what sort of|any) equity(?! (?:research|analyst|market|fund|team))",
    r"equity (?:in|at) the (?:company|startup)|stock options?|rsus?|restricted stock(?: units?)?",
    r"stock (?:grants?|awards?|package|compensation)|vesting (?:schedule|period|cliff)",
    r"(?:employee )?stock purchase plan",
    r"(?:paid )?vacation (?:days|time|policy|allowance|allotment|weeks|leave|entitlement)",
    r"(?:paid|unlimited) (?:vacation|pto|time off|leave|holidays?)|(?<!\bon )(?<!\bmy )pto",
    r"(?:parental|maternity|paternity|sick|family) leave (?:policy|benefits?|allowance)",
    r"401\(?k\)?|retirement (?:plan|match|contributions?)|pension (?:plan|scheme|contributions?)",
    r"health insurance|relocation (?:package|assistance|stipend|allowance)|stipends?",
    r"negotiat\w* (?:the |my )?(?:offer|salary|pay|compensation|package|rate)|counter-?offer",
    r"(?:talk|discuss(?:ing)?|go over) (?:the )?numbers|raise (?:schedule|cycle|policy)",
    r"merit increases?|tuition (?:reimbursement|assistance)|(?:the|any|what) perks(?! of)",
    r"perks of (?:the (?:role|job|position)|working)",
)
SALARY = PhraseFamily(SALARY_PHRASES, after=r"(?![\w-])")
JOB_TITLE_OR_DOMAIN = frozenset(
    """data dataset datasets database benchmark benchmarks benchmarking survey surveys analytics
    analyst analysts specialist specialists tool tools model models table tables pipeline pipelines
    report reports system systems software platform platforms team teams department consultant
    manager director committee logic action actions step steps transaction transactions handler
    handlers administrator administration partner partners strategy research""".split()  # noqa: SIM905
)


def _record_names(message: Message, context: Context) -> list[Span]:
    """Where the record's company, role or other companies stand ("Benefits Analyst")."""
    record = context.record
    if record is None:
        return []
    lowered, found = message.text.lower(), []
    for name in (record.company, record.role, *record.other_companies):
        start = lowered.find(name.lower()) if name else -1
        while start >= 0:
            found.append(Span(start, start + len(name)))
            start = lowered.find(name.lower(), start + 1)
    return found


def find_salary(message: Message, context: Context) -> Iterator[Hit]:
    names = _record_names(message, context)
    for match in SALARY.finditer(message, own_spans(message)):
        after = NEXT_WORD.match(message.text, match.end())
        if after and after.group(1).lower() in JOB_TITLE_OR_DOMAIN:
            continue  # "salary data", "Compensation Analyst"
        if any(n.start <= match.start() and match.end() <= n.end for n in names):
            continue
        yield Hit(
            match.start(),
            match.end(),
            f"{shown(match.group())} raises pay or benefits: career advisers keep terms out of "
            "thank-you and check-in notes, which should reinforce your fit; raising money first "
            "makes the note read as a negotiation.",
            f"Delete {shown(match.group())} and keep the note on the work, e.g. 'I would be glad "
            "to help with the project we discussed.'; discuss pay when the employer raises it or "
            "makes an offer.",
        )


# --- demanding ------------------------------------------------------------------------------

DAY = one_of(
    r"(?:the )?(?:end|close) of (?:the |this |next )?\w+|eod|cob|eow|tomorrow|today|tonight",
    r"noon|midday|next \w+|this \w+|\d+",
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec",
)
URGENT = one_of(
    r"asap|as soon as possible|right away|immediately|urgently|promptly|at once|without delay"
)
DEADLINE = rf"(?:(?:by|before|no later than|within|until) {DAY}\w*|{URGENT})"
REPLY_VERB = one_of(
    r"respond|reply|answer|get back to me|let me know|tell me|confirm|update me|inform me",
    r"call me|email me|write (?:to me|back)",
    r"send (?:me )?(?:your|the|an?) (?:decision|answer|offer|response)",
)
VERDICT = r"(?:answer|response|reply|decision|update|offer|verdict|feedback)"
THEY = r"(?:you|they|someone|anyone|the (?:team|company|committee|panel|hiring team))"
QUESTIONS = (  # kept only when the clause ends in "?" and nothing softens it
    r"when (?:will|would|can|could|should|do|shall) (?:I|we) (?:\w+ )?"
    r"(?:hear|expect|know|get|receive|find out|learn)(?: back| from (?:you|the team))?",
    rf"when (?:will|can|are|is|do|would) {THEY} (?:be )?(?:\w+ ){{0,2}}(?:decid\w*|respond\w*"
    r"|repl\w*|mak\w* (?:a|the|your) (?:decision|choice|call)|get(?:ting)? back"
    r"|let(?:ting)? me know|contact\w*|reach\w* out|be in touch|announc\w*|finali[sz]\w*"
    r"|follow\w* up)",
    r"when (?:will|is|would) (?:a|the|your) (?:final )?decision",
    r"what(?:['’]s| is| are|['’]re| will be) (?:the |my |your )?next steps?",
    r"what(?:['’]s| is) (?:next (?:for me|in the process)|the (?:status|decision|verdict|outcome)"
    r"(?: (?:of|on) my (?:application|candidacy))?)",
    rf"(?:have|has) {THEY} (?:\w+ )?(?:made|reached) (?:a|the|your) (?:final )?(?:decision|choice)",
    r"(?:has|have) (?:a|the|any) (?:final )?decisions? been (?:made|reached)",
    r"(?:did|will|do) I get (?:it|the (?:job|role|position|offer)|an offer)",
    r"am I (?:getting|going to get) (?:the|this|an?) (?:job|role|position|offer)",
    r"(?:was|were) I (?:selected|chosen|successful|rejected|hired)",
    r"where (?:do|does) (?:I|my (?:application|candidacy)|things) stand",
    r"what(?:['’]s| is) (?:going on|happening) with my (?:application|candidacy)",
    r"what(?:['’]s| is) (?:the (?:holdup|hold-up|delay)|taking so long)",
)
DEMANDS = (  # demands that need no question mark
    r"why (?:haven['’]t|have not|hasn['’]t|has not|didn['’]t|did not) (?:I|you|anyone|anybody"
    r"|the team|someone)(?: \w+){0,3}? (?:heard|hear|respond\w*|repl\w*|gotten back|got back"
    r"|answer\w*|contact\w*|been in touch|call\w*|email\w*|written)",
    r"(?:why (?:is|has) (?:this|it|the process|everything) (?:taking|taken)"
    r"|what(?:['’]s| is) taking) so long",
    r"how (?:much )?long(?:er)? (?:will|do|must|should) I (?:have to |need to )?wait",
    rf"I (?:really |absolutely |urgently )?(?:need|must have|require|demand|want) (?:an?|your|the)"
    rf" {VERDICT}(?: {DEADLINE})?",
    r"I (?:really |absolutely |urgently )?need to (?:know|hear|have an answer|get an answer)",
    r"I(?: fully| would| will|['’]ll)? expect (?:to hear(?: back| from you)?|to receive"
    r"|you to (?:respond|reply"
    r"|get back|let me know|decide)|(?:an?|your|the) (?:answer|response|reply|decision|call"
    r"|update|offer))",
    rf"I(?:['’]m| am) still waiting (?:to hear|for (?:a|an|your) {VERDICT})",
    r"I(?:['’]m| am) expecting (?:to hear|an?|your) ?(?:answer|response|reply|decision|back|from)?",
    rf"I(?:['’]d| would) like (?:an?|your|the) {VERDICT} {DEADLINE}",
    rf"(?:please )?{REPLY_VERB}[^.?!,;\n]{{0,30}}?\b{DEADLINE}",
    rf"(?:an?|your|the) {VERDICT} {URGENT}",
    r"(?:please )?get back to me(?! (?:if|whenever|when you|once|at your|should|with any))",
)
DEMANDING = PhraseFamily({"question": QUESTIONS, "demand": DEMANDS})
CLAUSE_END = re.compile(r"[.?!\n]")
SOFTENED = re.compile(
    r"\b(?:could you|would you|would it be possible|if (?:you|it|possible|there)|whenever"
    r"|at your (?:earliest )?convenience|I(?:['’]d| would) (?:appreciate|welcome|love|be grateful"
    r"|be glad|be happy)|wonder(?:ing)?|curious|may I ask|I wanted to ask|happy to|feel free"
    r"|no (?:need|rush|pressure|hurry)|I understand|look(?:ing)? forward|whether|do you happen"
    r"|I hope)\b",
    re.I,
)
SOFT_FORM = {
    "question": "'I look forward to hearing about the next steps.'",
    "demand": "'I would welcome any update on your timeline when you have one.'",
}


def _ends_in_question(text: str, end: int) -> bool:
    stop = CLAUSE_END.search(text, end)
    return stop is not None and stop.group() == "?"


def find_demanding(message: Message, context: Context) -> Iterator[Hit]:
    text = message.text
    for match in DEMANDING.finditer(message, own_spans(message)):
        floor = min(sentence_at(message, match.start()).start, match.start())
        if SOFTENED.search(text, floor, match.start()):
            continue
        if match.group("question") and not _ends_in_question(text, match.end()):
            continue  # "I look forward to learning what the next steps are."
        if match.group("demand") and NEGATED.search(words_before(text, match.start(), floor, 3)):
            continue
        kind = "question" if match.group("question") else "demand"
        yield Hit(
            match.start(),
            match.end(),
            f"{shown(match.group())} presses for a decision: follow-up guides welcome eagerness "
            "for the next steps but warn that direct demands sound impatient and presumptuous "
            "to a hiring team that sets its own pace.",
            f"Replace {shown(match.group())} with a soft line such as {SOFT_FORM[kind]}",
        )


# --- attachment -----------------------------------------------------------------------------

FILE_NOUN = one_of(
    r"resume|résumé|cv|files?|documents?|pdf|copy|portfolio|deck|slides|slide deck|samples?|notes",
    r"doc|spreadsheet|presentation|cover letter|references|reference list|report|write-?up",
    r"proposal|case study|certificates?|transcript|screenshots?|zip",
)
ATTACHMENT_PHRASES = (
    r"(?:please )?(?:find|see) (?:the )?(?:attached|enclosed)",
    r"(?:attached|enclosed) (?:herewith |here )?(?:is|are|please find|you(?:['’]ll| will| can) find"
    r"|for your (?:review|reference))",
    r"(?P<verb>(?:I(?:['’]ve| have| had|['’]m| am|['’]ll| will|['’]d| would)?|we(?:['’]ve| have)?)"
    r" (?:also |just |now |gone ahead and |taken the liberty of )?"
    r"(?:attach(?:ed|ing)?|enclos(?:ed|ing|e)))",
    rf"(?:the|my|an?|in|from|per) attached (?:\w+ )?{FILE_NOUN}|the attached",
    r"attached (?:to|with|in) (?:this|the|my) (?:e-?mail|message|note|mail|reply)",
    r"(?P<noun>attachments?)",
    r"(?<![\w/.@-])(?P<filename>\w[\w-]*\.(?:pdf|docx?|pptx?|xlsx?|zip|key|odt))",
    r"(?P<sending>I(?:['’]ve| have|['’]m| am|['’]ll| will) (?:also )?(?:included?|including|sending"
    r"|forwarding|added|adding|uploaded) (?:you )?(?:a copy of |copies of )?(?:my|a|the|an) "
    rf"(?:updated |revised |latest |current |full |short )?{FILE_NOUN}"
    rf"|here(?:['’]s| is| are) (?:a copy of )?my (?:updated |revised |latest )?{FILE_NOUN}"
    r"|an? (?:pdf|word|zip|pptx?|docx?) (?:file |document |copy |version )?(?:of|with|containing))",
)
ATTACHMENT = PhraseFamily(ATTACHMENT_PHRASES)
PLEASE_FIND_ATTACHED = re.compile(r"\bPFA\b")  # the abbreviation only in capitals
FIGURATIVE_OBJECT = re.compile(
    r"[ \t]+(?:(?:great|a lot of|much|little|some|no|considerable|real|special|high) )?"
    r"(?:importance|weight|value|significance|meaning|priority|emphasis|stigma|conditions|strings)\b"
    r"|[ \t]+to (?:the|a|this|that|my|our|your) (?!(?:e-?mail|message|note|mail|reply)\b)",
    re.I,
)
NOT_A_FILE = frozenset(
    """service handling storage parser upload uploads style styles theory parenting issues point
    points feature api size limit scanning bolt bolts mechanism""".split()  # noqa: SIM905
)
FEELING_BEFORE = frozenset({"emotional", "secure", "insecure", "strong", "deep", "anxious"})
LINK_NEARBY = re.compile(r"https?://|www\.|\blink\b|\burl\b|linkedin|github|\.com\b|\.io\b", re.I)
REQUESTED = re.compile(
    r"\bas (?:you )?(?:requested|asked)\b|\byou asked (?:me )?(?:for|to)\b|\bper your request\b"
    r"|\bat your request\b|\bas promised\b|\bas (?:we )?discussed\b",
    re.I,
)


def _is_file_mention(message: Message, match: Found) -> bool:
    text, sentence = message.text, sentence_at(message, match.start())
    if match.group("verb") and FIGURATIVE_OBJECT.match(text, match.end()):
        return False  # "I have attached great importance to", "attached to the idea"
    if match.group("noun"):
        after = NEXT_WORD.match(text, match.end())
        if after and after.group(1).lower() in NOT_A_FILE:
            return False
        if words_before(text, match.start(), sentence.start, 1) in FEELING_BEFORE:
            return False
    if match.group("filename") and text[max(0, match.start() - 1)] in "/@":
        return False
    if match.group("sending") and LINK_NEARBY.search(text, sentence.start, sentence.end):
        return False  # "here is my portfolio: https://…" is the link the advice asks for
    return not REQUESTED.search(text, sentence.start, max(sentence.end, match.end()))


def _attachment_mentions(message: Message) -> list[Found]:
    spans = own_spans(message)
    found = list(ATTACHMENT.finditer(message, spans))
    for span in spans:
        for match in PLEASE_FIND_ATTACHED.finditer(message.text, span.start, span.end):
            found.append(Found(message.text, match.start(), match.end(), {"noun": match.span()}))
    return sorted(found, key=lambda f: f.span())


def find_attachments(message: Message, context: Context) -> Iterator[Hit]:
    if context.record is not None and context.record.attachments_requested:
        return
    for match in _attachment_mentions(message):
        if not _is_file_mention(message, match):
            continue
        yield Hit(
            match.start(),
            match.end(),
            f"{shown(match.group())} sends a file nobody asked for: follow-up guides warn that "
            "unrequested attachments clutter the reader's inbox, can trip spam filters and "
            "often go unopened.",
            "Put a link in the text instead (e.g. 'You can read the design notes here: <link>') "
            "and send the file itself only if they ask for it.",
        )


RULES = (
    Rule(
        id="salary",
        example="Could you share the salary range for the role?",
        severity=Severity.ERROR,
        source="002",
        rationale="Pay and benefits belong to the offer stage; a thank-you reinforces fit.",
        check=find_salary,
        kinds=("thank-you", "check-in"),
    ),
    Rule(
        id="demanding",
        example="When will I hear back about the next steps?",
        severity=Severity.WARNING,
        source="003, 001",
        rationale="Eagerness for next steps is fine; a demand for a decision sounds impatient.",
        check=find_demanding,
    ),
    Rule(
        id="attachment",
        example="I have attached my resume again.",
        severity=Severity.WARNING,
        source="003",
        rationale="Unrequested attachments clutter the inbox and trip filters; a link does not.",
        check=find_attachments,
        kinds=("thank-you", "check-in", "rejection-reply", "long-game"),
    ),
)
