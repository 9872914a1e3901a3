"""The frame of the letter: a greeting with a name, a soft close, a sign-off and contact details.

Sources: seeds 003 and 004 (address the interviewer by name, never "To Whom
It May Concern"); 002 and 003 (end with a soft forward-looking line, then a
professional sign-off and your full name); 003 (a phone number and a
LinkedIn or portfolio link under the name save the reader a search).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span, word_set
from followup.review.phrases import PhraseFamily
from followup.review.rule import Context, Rule

GREETING_PARTS = re.compile(
    r"(?:(?P<opener>to whom it may concern|good (?:morning|afternoon|evening|day)|greetings"
    r"|dearest|dear|hello|hiya|hi|hey|howdy)\b)?(?P<addressee>.*)",
    re.I | re.S,
)
SLOT = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[A-Za-z][^>]*>|XX")
ADDRESSEE_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
NOBODY_IN_PARTICULAR = word_set(
    """
    sir sirs madam madame or and hiring manager managers team there all everyone everybody
    recruiter recruiters recruiting committee panel search selection interviewer interviewers
    folks guys friend friends buddy pal mate hr human resources talent acquisition people
    colleagues whom it may concern to the of ya y'all yall mr mr. mrs mrs. ms ms. mx mx. dr dr.
    prof prof. team's department staff company
    """
)
CASUAL_OPENERS = frozenset({"hey", "hiya", "howdy"})
FORWARD_LOOKING = PhraseFamily(
    (
        r"look(?:ing|s)? forward",
        r"(?:hope|hoping) to (?:hear|speak|talk|connect|meet|work|see|continue|stay|join)",
        r"(?:happy|glad|pleased|delighted|eager|excited|keen|available) to",
        r"(?:would|i'd|i’d) (?:welcome|love|appreciate|enjoy|be (?:glad|happy|delighted|pleased))",
        r"please (?:let me know|feel free|reach out|keep me|contact me|get in touch"
        r"|do not hesitate|don['’]t hesitate)",
        r"feel free to",
        r"(?:do not|don['’]t) hesitate",
        r"(?:keep|stay|be) in touch",
        r"paths (?:will |may |might )?cross",
        r"(?:future|upcoming|other) (?:roles?|openings?|positions?|opportunit(?:y|ies)|vacancies)",
        r"(?:about|regarding|on|toward|towards|discussing|learning)"
        r" (?:the |any )?next (?:steps?|stage|round)",
        r"next (?:conversation|chat|meeting)",
        r"hear(?:ing)? (?:from you|your thoughts|back from you)",
        r"(?:can['’]t|cannot) wait to",
        r"(?:talk|speak|chat) (?:soon|again)",
        r"keep me in mind",
        r"any updates?",
        r"(?:possibility|prospect|chance|opportunity) (?:of|to) (?:work|join|contribut|help|be)",
        r"(?:wish|wishing) (?:you|the team|your team)",
        r"best of luck",
        r"good luck",
        r"hear(?:ing)? back",
        r"await\w*",
        r"next steps?",
        r"(?:your|the|a|hiring) (?:decision|timeline)",
    ),
    after="",
)
NEGATED = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.I)
CASUAL_SIGN_OFF = re.compile(r"catch (?:ya|you) later|ttyl|later|ciao|xoxo|love", re.I)
NAME_IN_SIGNATURE = re.compile(r"^[ \t]*(?:[-–—~][ \t]*)?(?:[^\W\d_]|\[)", re.M)
PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d ().-]{5,20}\d(?![\w.])")
PROFILE_LINK = re.compile(
    r"https?://\S+|www\.\S+|\b(?:linkedin|github|gitlab|behance|dribbble)\b"
    r"|(?<![\w.@-])[\w-]+\.(?:com|dev|io|me|net|org|co|page|site|app|design|art|studio)\b",
    re.I,
)
DIGIT = re.compile(r"\d")
LINK_SIGNS = (
    *("://", "www.", "linkedin", "github", "gitlab", "behance", "dribbble", ".co", ".dev", ".io"),
    *(".me", ".net", ".org", ".page", ".site", ".app", ".design", ".art", ".studio"),
)
"""One of these stands in every link `PROFILE_LINK` finds."""
CONTACT_WORDS = re.compile(r"@|https?://|www\.|\d{3}")


def _opener_and_addressee(greeting: str) -> tuple[str, str]:
    match = GREETING_PARTS.match(greeting.strip().rstrip(",:;!.–—- "))
    if match is None:  # pragma: no cover - the pattern matches any text
        return "", greeting
    return (match.group("opener") or "").lower(), match.group("addressee")


def _names_nobody(addressee: str) -> bool:
    words = [w.lower() for w in ADDRESSEE_WORD.findall(addressee)]
    return all(
        word in NOBODY_IN_PARTICULAR or word.rstrip(".") in NOBODY_IN_PARTICULAR for word in words
    )


def _suggested_greeting(context: Context) -> str:
    person = context.recipient
    if person is None:
        return "'Dear Ms. Chen,' with the interviewer's title and family name"
    family = person.name.split()[-1]
    if person.first_name_basis:
        return f"'Dear {person.name.split()[0]},'"
    honorific = person.honorific.value if person.honorific else "none"
    title = "" if honorific == "none" else f"{honorific} "
    return f"'Dear {title}{family},'" if title else f"'Dear {person.name},'"


def _first_line(message: Message) -> Span:
    text, start = message.text, message.body.start
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return Span(start, start + len(text[start:end].rstrip()))


def find_salutation(message: Message, context: Context) -> Iterator[Hit]:
    fix = f"Open with {_suggested_greeting(context)}"
    if message.greeting is None:
        where = _first_line(message)
        yield Hit(
            where.start,
            where.end,
            "The message has no greeting: career advisers recommend opening with the "
            "interviewer's name, which shows the note was written for them.",
            f"{fix} on a line of its own above this one.",
        )
        return
    greeting = message.part(message.greeting)
    if SLOT.search(greeting):
        return  # an unfilled slot is the placeholder rule's finding
    opener, addressee = _opener_and_addressee(greeting)
    if opener in CASUAL_OPENERS:
        problem = f"'{greeting}' is too casual a greeting for a hiring conversation"
    elif opener == "to whom it may concern" or _names_nobody(addressee):
        problem = f"'{greeting}' names nobody: after an interview you know who you spoke with"
    else:
        return
    yield Hit(
        message.greeting.start,
        message.greeting.end,
        f"{problem}, and career advisers recommend greeting the interviewer by name.",
        f"Replace '{greeting}' with {_suggested_greeting(context)}.",
    )


def _forward_looking(message: Message) -> bool:
    text = message.text
    places = [*message.sentences, *([message.sign_off] if message.sign_off else [])]
    for place in places:
        for match in FORWARD_LOOKING.finditer(message, [place]):
            before = text[max(place.start, match.start() - 20) : match.start()]
            if message.is_user_text(match.start()) and not NEGATED.search(before):
                return True
    return False


def _has_contact(text: str) -> bool:
    """A phone number or a profile link (a quick look for digits and link words first)."""
    if DIGIT.search(text) and PHONE.search(text):
        return True
    lowered = text.lower()
    return any(sign in lowered for sign in LINK_SIGNS) and PROFILE_LINK.search(text) is not None


def _signed_with_name(message: Message) -> bool:
    signature = message.part(message.signature)
    return any(
        NAME_IN_SIGNATURE.match(line) and not CONTACT_WORDS.search(line)
        for line in signature.splitlines()
    )


def _closing_problems(message: Message, context: Context) -> Iterator[tuple[Span, str, str]]:
    """(where, what is wrong, fix) for the close: a forward line, then a sign-off and a name."""
    end = _end_of_prose(message)
    if context.kind != "card" and not _forward_looking(message):
        close = (
            "I would welcome the chance to stay in touch about future roles."
            if context.kind == "rejection-reply"
            else "I look forward to hearing about the next steps."
        )
        yield (
            end,
            "there is no soft forward-looking line before the sign-off",
            (f"End the message with a line such as '{close}'"),
        )
    sign_off = message.part(message.sign_off)
    if message.sign_off is None:
        where = _bare_name(message) or end
        yield (
            where,
            "there is no sign-off phrase before your name",
            ("Add 'Best regards,' on its own line, then your full name."),
        )
    elif CASUAL_SIGN_OFF.fullmatch(sign_off.strip(" ,.!")):
        yield (
            message.sign_off,
            f"'{sign_off}' is too casual a sign-off for a hiring email",
            (f"Replace '{sign_off}' with 'Best regards,'."),
        )
    elif not _signed_with_name(message):
        yield (
            message.sign_off,
            f"no name follows '{sign_off}'",
            (f"Put your full name on the line under '{sign_off}'."),
        )


def _bare_name(message: Message) -> Span | None:
    if message.signature is None or message.sign_off is not None:
        return None
    signature = message.part(message.signature)
    line = signature.lstrip().split("\n", 1)[0].rstrip()
    start = message.signature.start + len(signature) - len(signature.lstrip())
    return Span(start, start + len(line)) if line and not line.startswith("--") else None


def _end_of_prose(message: Message) -> Span:
    if message.sentences:
        return message.sentences[-1]
    if message.greeting is not None:
        return message.greeting
    return _first_line(message)


def find_missing_closing(message: Message, context: Context) -> Iterator[Hit]:
    found: dict[Span, tuple[list[str], list[str]]] = {}
    for where, problem, fix in _closing_problems(message, context):
        problems, fixes = found.setdefault(where, ([], []))
        problems.append(problem)
        fixes.append(fix)
    for where, (problems, fixes) in found.items():
        yield Hit(
            where.start,
            where.end,
            f"The close is incomplete: {'; '.join(problems)}. Career advisers recommend ending "
            "with a gentle look ahead and a professional sign-off over your full name.",
            " ".join(fixes),
        )


def find_missing_contact(message: Message, context: Context) -> Iterator[Hit]:
    if message.signature is None or not _signed_with_name(message):
        return
    signature = message.part(message.signature)
    if _has_contact(signature) or _has_contact(message.prose_text):
        return
    line = signature.lstrip().split("\n", 1)[0].rstrip()
    start = message.signature.start + len(signature) - len(signature.lstrip())
    yield Hit(
        start,
        start + len(line),
        "The signature has no phone number or profile link: career advisers suggest adding "
        "them so the interviewer can reach you or look you up without searching.",
        "Add your phone number and a LinkedIn or portfolio link on the lines under your name.",
    )


RULES = (
    Rule(
        id="salutation",
        example="To Whom It May Concern,",
        severity=Severity.WARNING,
        source="003, 004",
        rationale="A greeting without the interviewer's name reads like a form letter.",
        check=find_salutation,
    ),
    Rule(
        id="missing-closing",
        example="…the migration sounded exciting.\n\nPriya",
        severity=Severity.WARNING,
        source="002, 003",
        rationale="A note should end with a soft look ahead and a sign-off over your name.",
        check=find_missing_closing,
    ),
    Rule(
        id="missing-contact",
        example="Best regards,\nPriya Raman (no phone, no profile link)",
        severity=Severity.INFO,
        source="003",
        rationale="A phone number and a profile link under the name make you easy to reach.",
        check=find_missing_contact,
        kinds=("thank-you",),
    ),
)
