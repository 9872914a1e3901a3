"""Over-familiar tone: slang, emoji, "Hey buddy", a burst of exclamation marks, SHOUTING.

Sources: 001 (a note that treats one interview as the start of a
friendship), 000 (personal, but courteous and professional), 004 (warm but
not casual). Read in the subject, the greeting, the prose and the sign-off;
never in quoted replies, the signature, links, addresses or [PLACEHOLDERS].
A word in capitals is taken for shouting only when it is a common English
word ("AWESOME"), not an acronym ("HIPAA", "SQL"), and not a word of the
company's name or of the user's dictionary.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

from followup.review.finding import Hit, Severity
from followup.review.lexicon import english_words
from followup.review.message import Message, Span
from followup.review.phrases import Found, PhraseFamily
from followup.review.reading import shown
from followup.review.rule import Context, Rule

PLAIN_WORDS = {
    "gonna": "going to", "wanna": "want to", "gotta": "have to", "kinda": "rather",
    "sorta": "rather", "lemme": "let me", "gimme": "give me", "dunno": "do not know",
    "ain't": "is not", "y'all": "all of you", "ya": "you", "u": "you", "ur": "your",
    "yeah": "yes", "yep": "yes", "yup": "yes", "nope": "no", "nah": "no", "btw": "also",
    "thx": "thank you", "thnx": "thank you", "thanx": "thank you", "tnx": "thank you",
    "pls": "please", "plz": "please", "idk": "I am not sure", "imo": "in my view",
    "imho": "in my view", "cuz": "because", "coz": "because", "tho": "though", "thru": "through",
    "def": "definitely", "totes": "completely", "obvi": "clearly", "stoked": "excited",
    "psyched": "excited", "pumped about": "excited about",
    "ttyl": "I look forward to speaking again", "cya": "I look forward to speaking again",
    "crush it": "do well", "crushing it": "doing well",
    "you rock": "thank you", "lol": "", "lmao": "", "rofl": "", "omg": "", "tbh": "", "ngl": "",
    "fwiw": "", "smh": "", "yo": "", "sup": "", "wassup": "", "xoxo": "",
}  # fmt: skip
SLANG_WORDS = frozenset(word for word in PLAIN_WORDS if " " not in word)
"""Slang reported here, so the spelling rule can leave it alone (one report per word)."""
SLANG = PhraseFamily(
    (
        *(re.escape(w).replace("'", "['’]") for w in sorted(PLAIN_WORDS, key=len, reverse=True)),
        r"(?:ha){2,}h?|(?:he){2,}|l(?:ol){2,}",
    ),
    before=r"(?<![\w'’-])",
    after=r"(?![\w'’-])",
)
BUDDY = PhraseFamily(
    (
        r"(?:hey|hi|hello|yo|thanks|thx|cheers|sup|morning|ok|okay)[ \t,]+"
        r"(?P<address>buddy|pal|dude|bro|bruh|mate|man|fam|homie|bud|boss|chief|champ)",
    )
)
LOVE_LINE = re.compile(
    r"^[ \t]*(?P<love>(?:lots of |much )?love|hugs|xoxo)[ \t]*[,!.]?[ \t]*$", re.I | re.M
)
EMOJI = re.compile(
    "(?:[\U0001f300-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u26ff\u2764\u2728\u270c\u270a\u270b"
    "\u2b50][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+"
    r"|(?<!\S)(?:[:;=]-?[)(DPp]|<3|\^_\^|:['’]\()(?![\w)(])|(?-i:\bxD\b)"
)
ELONGATED = re.compile(r"\b[A-Za-z]*([A-Za-z])\1{2,}[A-Za-z]*\b")
STRETCH = re.compile(r"([A-Za-z])\1{2,}")
CAPS_WORD = re.compile(r"[A-Z]+(?:['’][A-Z]+)?")
CAPS_RUN = re.compile(  # opens on a capital: the engine skips to the capitals
    rf"[A-Z](?<![\w@/.'’-][A-Z])[A-Z]*(?:['’][A-Z]+)?(?:[ \t]+{CAPS_WORD.pattern})*(?![\w@/'’-])"
)
TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")
CODE_AFTER = re.compile(r"\s+\w+\s*\(")
CODE_WORDS = re.compile(
    r"\b(?:the|a|python) def\b|\bdef (?:statement|keyword|function|block)", re.I
)
DOTTED = re.compile(r"\.\w")
NOT_READ = re.compile(
    r"\[[^\[\]\n]{0,80}\]|\{[^{}\n]{0,80}\}|<[^<>\n]{0,200}>|(?:https?://|www\.)\S+|(?<!\S)[^\s@]+@\S+"
    r"|`[^`\n]*`"
)
EXCLAMATIONS = re.compile(r"!+")
NOT_READ_SIGNS = ("[", "{", "<", "://", "www.", "@", "`")
EMOTICON_HINT = re.compile(r"[:;=]-?[)(dp]|<3|\^_\^|:['’]\(|xd")
"""What every emoticon holds, lower-cased (every emoji is a character from `SYMBOLS` on)."""
SYMBOLS = "\u2600"
LOVE_WORDS = ("love", "hugs", "xoxo")
TRIPLE_LETTERS = tuple(letter * 3 for letter in "abcdefghijklmnopqrstuvwxyz")
Hint = Callable[[str], bool]
"""Whether a pattern may match in a part of the message (lower-cased): a cheap test first."""
MAX_EXCLAMATIONS = 2
ACRONYMS = frozenset(
    """ACID ASAP BASE CAPTCHA COBOL FIFA HIPAA JAVA LASER LINUX NASA NATO NASCAR NASDAQ RADAR SAFE
    SCRUM SCUBA SMART SOLID SONAR STEM SWIFT TOEFL UNESCO UNICEF WASM YAML JSON HTML REST SOAP AJAX
    OAUTH PERL LISP FORTRAN TODO ASCII UNIX POSIX IEEE OSHA GAAP IFRS CERN MOMA NOAA AIDS COVID SARS
    LIME SHAP RAID""".split()  # noqa: SIM905
)
VOWEL = re.compile(r"[AEIOUY]")
COMMON_WORD_COUNT = 1000  # rarer dictionary entries are mostly names and acronyms (ucla, ikea)


def _parts(message: Message) -> list[Span]:
    spans = [s for s in (message.subject, message.greeting) if s is not None and len(s)]
    spans.extend(message.user_prose)
    if message.sign_off is not None:
        spans.append(message.sign_off)
    return spans


class _Reader:
    """The user's own stretches of the message, less links, addresses and [slots]."""

    def __init__(self, message: Message) -> None:
        self.message, self.text = message, message.text
        self.parts = _parts(message)
        skipped = [
            m.span()
            for s in self.parts
            if _holds_any(message.folded[s.start : s.end], NOT_READ_SIGNS)
            for m in NOT_READ.finditer(self.text, s.start, s.end)
        ]
        self.skipped = sorted(skipped)
        self.skipped_starts = [start for start, _ in self.skipped]

    def readable(self, start: int) -> bool:
        index = bisect_right(self.skipped_starts, start) - 1
        return index < 0 or not (self.skipped[index][0] <= start < self.skipped[index][1])

    def find(
        self, pattern: re.Pattern[str] | PhraseFamily, hint: Hint | None = None
    ) -> Iterator[re.Match[str] | Found]:
        """Matches in the readable parts; with a `hint`, only in the parts it lets through."""
        if isinstance(pattern, PhraseFamily):
            found: Iterable[re.Match[str] | Found] = pattern.finditer(self.message, self.parts)
        else:
            found = (
                m
                for s in self.parts
                if hint is None or hint(self.message.folded[s.start : s.end])
                for m in pattern.finditer(self.text, s.start, s.end)
            )
        for match in found:
            if self.readable(match.start()):
                yield match


def _holds_any(part: str, signs: Iterable[str]) -> bool:
    return any(sign in part for sign in signs)


def _may_hold_emoji(part: str) -> bool:
    """An emoticon's marks, or a character from U+2600 on (symbols, emoji)."""
    return EMOTICON_HINT.search(part) is not None or (not part.isascii() and max(part) >= SYMBOLS)


def _may_hold_love(part: str) -> bool:
    return _holds_any(part, LOVE_WORDS)


def _may_stretch(part: str) -> bool:
    return _holds_any(part, TRIPLE_LETTERS)


def _is_shouting(word: str, known: frozenset[str]) -> bool:
    letters = word.replace("'", "").replace("’", "")
    if len(letters) < 4 or word in ACRONYMS or not VOWEL.search(word):
        return False
    lowered = word.lower().replace("’", "'")
    if lowered in known or word in known:
        return False
    words = english_words()
    count = words.get(lowered) or words.get(lowered.split("'")[0], 0)
    return count >= COMMON_WORD_COUNT


def _shouting(reader: _Reader, known: frozenset[str]) -> Iterator[Hit]:
    if not TWO_CAPITALS.search(reader.text):
        return  # a shouted word has four capitals or more, two of them side by side
    for run in reader.find(CAPS_RUN):
        words = CAPS_WORD.findall(run.group())
        if any(_is_shouting(word, known) for word in words):
            yield Hit(
                run.start(),
                run.end(),
                f"{shown(run.group())} is written in capitals, which reads as shouting: advisers "
                "on follow-up notes ask for a courteous, professional tone.",
                f"Write it in normal case: {shown(run.group().capitalize())}.",
            )


def _usual_spelling(word: str) -> str:
    """'sooo' -> 'so', 'pleeease' -> 'please': the first collapse the dictionary knows."""
    once, twice = STRETCH.sub(r"\1", word), STRETCH.sub(r"\1\1", word)
    words = english_words()
    return twice if twice.lower() in words and once.lower() not in words else once


WHY = "advisers warn against a note so casual it assumes a friendship after one interview."
CasualMark = tuple[re.Pattern[str] | PhraseFamily, str | None, str, str, Hint | None]
CASUAL_MARKS: tuple[CasualMark, ...] = (  # pattern, the group to point at, what, fix, hint
    (
        BUDDY,
        "address",
        "addresses the interviewer as a friend",
        "Use their name and title, e.g. 'Dear Mr. Okafor,' or 'Hi Marcus,' if they offered it.",
        None,
    ),
    (
        LOVE_LINE,
        "love",
        "is a sign-off for friends and family",
        "Close with 'Best regards,'.",
        _may_hold_love,
    ),
    (
        EMOJI,
        None,
        "is an emoji or emoticon",
        "Delete it and let the words carry the warmth.",
        _may_hold_emoji,
    ),
)


def _not_slang(text: str, match: re.Match[str] | Found) -> bool:
    word = match.group()
    if word.lower() in {"u", "ur"}:
        return word.isupper() or DOTTED.match(text, match.end()) is not None  # "U.S.", "Plan U"
    if word.lower() == "def":  # Python: "the def statement", "def load(path)"
        return CODE_AFTER.match(text, match.end()) is not None or bool(
            CODE_WORDS.search(text, max(0, match.start() - 8), match.end() + 12)
        )
    return False


def _slang(reader: _Reader) -> Iterator[Hit]:
    for match in reader.find(SLANG):
        if _not_slang(reader.text, match):
            continue
        word = match.group()
        plain = PLAIN_WORDS.get(word.lower().replace("’", "'"), "")
        fix = f"Write {plain!r} instead." if plain else f"Delete {shown(word)}."
        yield Hit(match.start(), match.end(), f"{shown(word)} is slang: {WHY}", fix)


def _casual_marks(reader: _Reader) -> Iterator[Hit]:
    for pattern, group, what, fix, signs in CASUAL_MARKS:
        for match in reader.find(pattern, signs):
            start, end = (match.start(), match.end()) if group is None else match.span(group)
            words = reader.text[start:end]
            yield Hit(start, end, f"{shown(words)} {what}: {WHY}", fix)
    folded = reader.message.folded
    readable = "\n".join(folded[part.start : part.end] for part in reader.parts)
    if not _may_stretch(readable):
        return  # no letter three times over in the user's words: nothing is stretched
    for match in reader.find(ELONGATED, _may_stretch):
        if len(set(match.group().lower())) > 1:  # "XXX", "zzz" are not stretched words
            yield Hit(
                match.start(),
                match.end(),
                f"{shown(match.group())} stretches a word for effect: {WHY}",
                f"Write {shown(_usual_spelling(match.group()))}.",
            )


def _exclamations(reader: _Reader) -> Iterator[Hit]:
    seen = 0
    for match in reader.find(EXCLAMATIONS):
        seen += len(match.group())
        if seen > MAX_EXCLAMATIONS:
            yield Hit(
                match.start(),
                match.end(),
                f"{seen} exclamation marks so far: advisers on professional notes keep them to one "
                "or two, since a string of them reads as over-excited and casual.",
                "End this sentence with a full stop, and keep at most one exclamation mark.",
            )
            return


def find_overly_familiar(message: Message, context: Context) -> Iterator[Hit]:
    reader = _Reader(message)
    known = frozenset(w.lower() for w in context.known_words)
    if context.record is not None:
        known |= frozenset(context.record.company.lower().split())
    hits = [
        *_slang(reader),
        *_casual_marks(reader),
        *_shouting(reader, known),
        *_exclamations(reader),
    ]
    covered = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if hit.start >= covered:
            covered = hit.end
            yield hit


RULES = (
    Rule(
        id="overly-familiar",
        example="Thx so much, gonna be AWESOME lol!!!",
        severity=Severity.WARNING,
        source="001, 000, 004",
        rationale="Slang, emoji, pet names and shouting assume a friendship that is not there.",
        check=find_overly_familiar,
    ),
)
