"""How the note sounds: negative words, apologies and excuses, pleading.

Sources: 004 (leave out negative words such as "anxiously awaiting" or being
nervous; no excuses; no extreme language that guilts the reader), 002 (do not
apologise for a stumble; lead with what went well). A negated or lessened
feeling ("I was not nervous", "so on-call is less stressful") is not negative;
in a reply to a rejection, brief disappointment ("I was sorry to hear the
news") is expected. Apologies about the correspondence rather than the
interview ("sorry for the short notice", "sorry to bother you") are not
reported. A word inside an apology is reported once, as the apology.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span
from followup.review.phrases import Found, PhraseFamily
from followup.review.reading import (
    NEXT_WORD,
    one_of,
    own_spans,
    sentence_at,
    shown,
    words_before,
)
from followup.review.rule import Context, Rule

DIDNT = r"did ?n['’o]t"

# --- apology --------------------------------------------------------------------------------

NOT_ABOUT_THE_INTERVIEW = re.compile(
    r"\s*"
    + one_of(
        r"to (?:hear|learn|see|read)|(?:for|about) (?:your|the) loss",
        r"(?:for|about) (?:the |any |my )?(?:short notice|late (?:reply|response|notice)|delay"
        r"|delayed (?:reply|response)|inconvenience|double|duplicate|length|intrusion|interruption"
        r"|(?:second|another|extra|follow-up) (?:e-?mail|message|note))",
        r"(?:to|for) (?:bother|bothering|trouble|troubling|interrupt|intrude)",
        r"for (?:following up|reaching out|writing (?:again|twice)|checking in)",
        r"(?:that |to say )?I (?:can['’]?t|cannot|can not|won['’]t|will not|am unable|['’]m unable"
        r"|am not able|missed your (?:call|e-?mail|message))",
        rf"(?:that |if )?(?:it|this|things) (?:{DIDNT}|won[’']t|will not) work out",
    ),
    re.I,
)
SORRY = one_of(
    r"(?:I(?:['’]m| am| was) )?(?:so |very |truly |really |terribly |deeply )?sorry(?! state)",
    r"(?:my )?apologies|I (?:sincerely |truly |do )?apologi[sz]e|I regret",
    r"(?:please )?(?:forgive|excuse|pardon) (?:me|my)",
)
EXCUSES = (
    r"I (?:was|arrived|showed up|joined|got there|logged (?:on|in)|came|ran)(?: \w+){0,3}? late",
    r"(?:my|the) (?:late arrival|lateness|tardiness)|running late",
    r"I (?:completely |totally |just |kind of |sort of )?(?:blanked|rambled|fumbled|choked|panicked"
    r"|bombed|flubbed|botched|tripped over|messed up|screwed up|blew (?:it|that|the)"
    r"|stumbled(?! (?:up)?on\b| across\b)|froze(?! (?:the|a|an|our|my|its|their|all)\b))",
    r"I (?:stumbled|tripped) (?:on|over|through) (?:\w+ ){1,3}?(?:questions?|answers?|problems?"
    r"|parts?|exercises?|tasks?|examples?|details?|names?|terms?)",
    r"my (?:mind|head) went blank|drew a blank|went blank|blanked (?:on|out)",
    r"(?:my|the|that) (?:rambling|stumbling|fumbling|weak|poor|bad|incomplete|muddled|clumsy"
    r"|confusing|disjointed|long-winded|shaky|awkward|half-baked) (?:answers?|responses?|reply"
    r"|explanation|example|attempt)",
    r"my (?:answer|response|explanation|example)(?: \w+){0,4}? (?:(?:was|came out|sounded|seemed)"
    r" (?:\w+ )?(?:weak|poor|bad|incomplete|muddled|confusing|unclear|rambling|wrong|lacking"
    r"|not (?:great|clear|good|my best))|(?:was ?n['’]t|was not|did ?n['’o]t (?:come out|sound"
    r"|seem)) (?:very |entirely |quite |as |that |particularly |so )?(?:clear|good|great|strong"
    r"|complete|helpful|concise|focused|coherent|right))",
    r"(?:was ?n['’]t|was not|were ?n['’]t) (?:as |fully |very |well |properly |adequately )?"
    r"prepared",
    r"I (?:was|felt) (?:\w+ )?unprepared",
    r"(?:was|am|is|I['’]m)(?: not|n['’]t) at my best|not at my best|off my game|an off day",
    r"not my best (?:day|answer|moment|showing)",
    rf"{DIDNT} do (?:myself|it|the question) justice",
    r"could have (?:answered|done|explained|said) (?:that |it |this )?better",
    r"(?:should have|wish I had|wish I['’]d) (?:said|mentioned|answered|explained|brought up"
    r"|prepared|asked)",
    r"(?:forgot|neglected|failed) to (?:mention|say|bring up|ask|explain|answer)",
    rf"I {DIDNT} (?:answer|explain|articulate|express)(?: \w+){{0,3}}? (?:well|clearly|properly"
    r"|fully|correctly|right)",
    r"(?:please )?(?:overlook|disregard|ignore) my (?:answer|response|mistake|error|comment)",
    rf"I hope I {DIDNT} (?:ramble|mess|blow|bore|confuse|go on|talk too)",
    r"(?:I had|there were|due to|because of)(?: some)? (?:technical|connection|internet|audio"
    r"|video|wi-?fi|camera) (?:issues|problems|difficulties|trouble|glitches)",
    r"my (?:connection|internet|wi-?fi|audio|camera|microphone|mic) (?:dropped|cut out|froze"
    r"|failed|kept \w+|was (?:bad|poor|spotty|unstable|choppy))",
)
APOLOGY = PhraseFamily({"sorry": (SORRY,), None: EXCUSES})
CLAUSE_STOP = re.compile(r"[,.;:!?\n]|\s(?:and|but) (?=I\b)|\s[-–—]\s")
CLAUSE_LONGEST = 90


def _clause_end(text: str, start: int, limit: int) -> int:
    limit = min(limit, start + CLAUSE_LONGEST)
    stop = CLAUSE_STOP.search(text, start, limit)
    return stop.start() if stop else limit


def apology_spans(message: Message) -> Iterator[Span]:
    """Apologies and excuses for the interview; an apology runs to the end of its clause."""
    text, covered = message.text, 0
    for match in APOLOGY.finditer(message, own_spans(message)):
        if match.start() < covered:
            continue
        end = match.end()
        if match.group("sorry"):
            if NOT_ABOUT_THE_INTERVIEW.match(text, end):
                continue
            end = max(end, _clause_end(text, end, sentence_at(message, match.start()).end))
        covered = end
        yield Span(match.start(), end)


def find_apologies(message: Message, context: Context) -> Iterator[Hit]:
    for span in apology_spans(message):
        yield Hit(
            span.start,
            span.end,
            f"{shown(message.part(span))} apologises for or explains away the interview: career "
            "advisers say a written excuse only draws attention to the slip; the note should lead "
            "with what went well.",
            "Delete it; if an answer deserves more, add it as a fresh thought, e.g. 'One more "
            "thought on the on-call question: a short runbook per job kept our pages rare.'",
        )


# --- negative-tone --------------------------------------------------------------------------

INTENSITY = r"(?:so |very |really |a bit |a little |quite |rather |somewhat |pretty |extremely )?"
FEELINGS = (
    r"anxious(?:ly)?(?: (?:awaiting|waiting|to hear|to know))?|anxiet(?:y|ies)",
    r"nervous(?:ly|ness)?(?! system)|(?:my|the|interview|some|a few|a bit of) nerves(?! of steel)",
    r"jitter(?:s|y)|stress(?:ed|ing) out|stressing (?:about|over)|desperate(?:ly)?(?! need)",
    r"(?:my|so much|a lot of|extreme|a bit of) stress|I (?:fear|feared)|my fears?",
    r"the stress of (?:the |my |this )?(?:interview|process|waiting|search|day|week)",
    rf"afraid (?:that|of|I (?:did|was|had|may|might|could|came|{DIDNT}|was ?n['’]t|have|rambled"
    r"|messed|blew))",
    r"pins and needles|on tenterhooks|biting my nails|losing sleep|freak(?:ed|ing) out",
    rf"(?:I(?:['’]m| am| was| felt| feel)|I['’]ve been) {INTENSITY}concerned|concerned that I",
    r"(?:not sure|unsure|do ?n['’o]t know|no idea)(?: if| whether)? I (?:did|came|made|answered"
    r"|performed|was|gave|explained|impressed)",
    rf"I hope (?:that )?(?:I|it|my \w+) (?:{DIDNT}|was ?n['’o]t) (?:show|come across|seem|sound"
    r"|look|appear)\w*(?: (?:as |too |so |very |a bit |overly )*(?:nervous|anxious|worried"
    r"|unprepared|tense|stressed|awkward|rushed))?",
    rf"I(?:['’]m| am| was| felt| feel| got| get| have been|['’]ve been) {INTENSITY}(?:frustrated"
    r"|embarrassed|upset|unhappy|discouraged|ashamed|annoyed|defeated|hopeless|miserable|insecure)",
    rf"it was {INTENSITY}(?:frustrating|embarrassing|awful|terrible|painful|nerve-?wracking)",
    r"disappoint(?:ed|ing|ment)? (?:in|with) (?:myself|my (?:own )?(?:answers?|performance"
    r"|responses?|interview))",
)
MOODS = (  # negative only about the writer or the interview ("the team was overwhelmed" is a story)
    r"worr(?:ied|y|ying|ies)|stressful|stressed(?! (?:the|that|how|why|what|its|our|your|their)\b)",
    r"scared|terrified|frightened|petrified|uneasy|overwhelmed|on edge|self-conscious",
    r"dread(?:ed|ing)?|heartbroken|devastated",
)
SORROWS = (  # disappointment: expected in a reply to a rejection
    r"unfortunately,? (?:I|I['’]m|I['’]ve|I['’]d|my|me)|(?:sadly|regrettably),? (?:I|I['’]m|my)",
    rf"I(?:['’]m| am| was| felt| feel) {INTENSITY}sad",
    r"(?P<letdown>disappoint(?:ed|ing|ment|s)?)",
)
NEGATIVE = PhraseFamily({"feeling": FEELINGS, "mood": MOODS, "sorrow": SORROWS})
ABOUT_ME = re.compile(
    r"\b(?:i|i['’](?:m|ve|d|ll)|me|my|myself|interviews?|conversation|call|panel|round|process)\b"
)
NOT_A_FEELING_OF_MINE = frozenset(
    """system systems disorder disorders patients patient research treatment clinic children kids
    customers users clients reactions parents""".split()  # noqa: SIM905
)
LESSENED = re.compile(
    r"n['’]t\b|\b(?:not|never|no|nor|without|less|lower|fewer|free|reduc\w*|eas(?:e|ed|es|ing|ier)|reliev\w*|cut"
    r"|minimi[sz]\w*|eliminat\w*|remov\w*|avoid\w*|prevent\w*)\b"
)
APPEARING = re.compile(r"\b(?:seem|seemed|show|look|looked|sound|sounded|appear|appeared)\b")
BETTER_WORDING = {
    "anxious": "'I look forward to hearing from you.'",
    "nerv": "a line on what you enjoyed, e.g. 'I enjoyed our conversation about the migration.'",
    "worr": "a confident line, e.g. 'I am confident I can help with the migration.'",
    "fortunately": "the positive side, e.g. 'I have since looked further into the question.'",
}


def _better(words: str) -> str:
    lowered = words.lower()
    for stem, wording in BETTER_WORDING.items():
        if stem in lowered:
            return wording
    return "a neutral or positive line about the conversation and your fit."


def _lessened(text: str, match: Found, floor: int) -> bool:
    """ "not nervous", "never has to worry", "less stressful" (but not "didn't seem nervous")."""
    before = words_before(text, match.start(), floor, 3)
    return bool(LESSENED.search(before)) and not APPEARING.search(before)


def _about_me(text: str, match: Found, sentence: Span) -> bool:
    """The writer or the interview is near: "I was worried", "the panel was stressful for me"."""
    clause = CLAUSE_STOP.split(text[match.end() : max(sentence.end, match.end())], maxsplit=1)[0]
    after = " ".join(clause.lower().split()[:3])
    return bool(ABOUT_ME.search(words_before(text, match.start(), sentence.start, 5) + " " + after))


def _is_negative(message: Message, match: Found, kind: str) -> bool:
    text, sentence = message.text, sentence_at(message, match.start())
    if match.group("sorrow") and kind == "rejection-reply":
        return False  # brief disappointment after a rejection is expected
    after = NEXT_WORD.match(text, match.end())
    if after and after.group(1).lower() in NOT_A_FEELING_OF_MINE:
        return False  # "nervous system", "anxious patients"
    needs_me = match.group("mood") or match.group("letdown")
    if needs_me and not _about_me(text, match, sentence):
        return False
    return not _lessened(text, match, sentence.start)


def find_negative_tone(message: Message, context: Context) -> Iterator[Hit]:
    apologies = list(apology_spans(message))
    for match in NEGATIVE.finditer(message, own_spans(message)):
        if any(a.start <= match.start() < a.end for a in apologies):
            continue  # reported once, as the apology
        if not _is_negative(message, match, context.kind):
            continue
        yield Hit(
            match.start(),
            match.end(),
            f"{shown(match.group())} brings a negative note into the message: career advisers "
            "recommend keeping words of worry, nerves or regret out of a follow-up, since the "
            "reader remembers its mood as much as its content.",
            f"Replace {shown(match.group())} with {_better(match.group())}",
        )


# --- desperate ------------------------------------------------------------------------------

MEANS = one_of(
    r"(?:would|will|does|do|could|['’]d) mean (?:so much|a lot|a great deal|the world|everything"
    r"|the most|more than (?:you know|anything)) to me",
    r"means? (?:so much|a lot|everything|the world) to me|mean the world",
)
PLEAS = (
    r"(?:really |truly |so |badly |genuinely )?need (?:this|the|that|a) (?:job|role|position"
    r"|opportunity|offer|chance)",
    r"(?:really|truly|so|badly) need (?:this|it)(?=\s*[.!,]|\s*$)",
    r"(?:please |just )?give me (?:a|one|another|this|the) (?:chance|shot|opportunity)",
    r"please,? hire me|hire me,? please|please,? please|I(?:['’]m| am) begging|I beg(?: of)?"
    r"(?: you)?|begging (?:you|for)|I implore you|pleading",
    r"I(?:['’]ll| will|['’]d| would| am willing to|['’]m willing to) do (?:absolutely )?"
    r"(?:anything|whatever it takes)",
    r"(?:my|a|the|your|this) dream (?:job|role|company|position|employer|opportunity)",
    r"(?:a |my )?life-?long dream|always been my dream|(?:a|my) dream come true",
    r"(?:wanted|dreamed|dreamt|hoped|longed|wished|been wanting|been dreaming|been hoping|aspired)"
    r"(?: of| about)? (?:to )?(?:work|join|be(?:come)? (?:a )?part of|get into|be at|be on)\w*\b"
    r"[^.!?\n]{0,60}?\b(?:for (?:a |so |such a )?(?:really |very |so |long )?(?:long|many) "
    r"(?:time|years|while)|for (?:years|ages)|forever|since (?:I was|childhood|college|school"
    r"|high school|university|grad school|I first|my first|I started|the day)|all my life"
    r"|my (?:whole|entire) life|as long as I can remember)",
    r"(?:want|need) (?:this|the|that|it)(?: \w+){0,2}? (?:so badly|so much|more than anything)",
    r"(?:forever|eternally) grateful|my (?:only|last) (?:hope|chance)",
    r"(?:take|accept|do) any (?:role|position|job|salary|pay|offer)",
    r"(?:would |will |could )?(?:change|transform) my (?:whole |entire )?life|life-changing",
    r"can['’]?t stop thinking about (?:this|the|your) (?:job|role|position|opportunity|offer)",
    r"won['’]t regret (?:hiring|choosing|picking|giving)",
)
DESPERATE = PhraseFamily({"means": (MEANS,), None: PLEAS})
EXTREME = re.compile(r"world|everything|more than")
THANKS_FOR_HELP = re.compile(
    r"\b(?:feedback|advice|insights?|tips|guidance|pointers|suggestions|your (?:time|kind|note"
    r"|message|words|reply)|that you (?:took|shared|spent|reached))\b",
    re.I,
)
NOT_BEFORE = re.compile(r"n['’]t$|\bnot$")


def _thanks_for_help(message: Message, match: Found) -> bool:
    """ "Your feedback would mean a lot to me" is thanks, not pleading."""
    if not match.group("means") or EXTREME.search(match.group()):
        return False
    sentence = sentence_at(message, match.start())
    return bool(
        THANKS_FOR_HELP.search(message.text, sentence.start, max(sentence.end, match.end()))
    )


def find_desperate(message: Message, context: Context) -> Iterator[Hit]:
    for match in DESPERATE.finditer(message, own_spans(message)):
        floor = sentence_at(message, match.start()).start
        if _thanks_for_help(message, match):
            continue
        if NOT_BEFORE.search(words_before(message.text, match.start(), floor, 1)):
            continue  # "I don't need this job to…"
        yield Hit(
            match.start(),
            match.end(),
            f"{shown(match.group())} sounds desperate: career advisers warn that extreme or "
            "pleading words read as pressure to hire you and raise a red flag.",
            "Replace it with measured interest, e.g. 'I am very interested in the role and would "
            "welcome the chance to contribute to the migration.'",
        )


RULES = (
    Rule(
        id="negative-tone",
        example="I am anxiously awaiting your decision.",
        severity=Severity.WARNING,
        source="004",
        rationale="Words of nerves, worry or regret colour the note; keep it positive.",
        check=find_negative_tone,
    ),
    Rule(
        id="apology",
        example="Sorry I blanked on the last question.",
        severity=Severity.WARNING,
        source="002, 004",
        rationale="Apologising for the interview draws attention to the slip.",
        check=find_apologies,
    ),
    Rule(
        id="desperate",
        example="This job would mean the world to me.",
        severity=Severity.WARNING,
        source="004",
        rationale="Pleading or extreme wording reads as pressure and looks desperate.",
        check=find_desperate,
    ),
)
