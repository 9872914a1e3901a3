"""Grammar slips: "the the", a lower-case sentence start, a lone "i", ",,", "a interview".

Source: seed 003 (grammar and spelling errors are the mistake that most
quickly signals carelessness). Only the user's own prose is read: never
URLs, e-mail addresses, handles, quoted replies or the signature. "!!" and
"??" are the overly-familiar rule's, so they are not reported here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from followup.review.finding import Hit, Severity
from followup.review.message import Message, Span
from followup.review.rule import Context, Rule

SKIPPED = re.compile(  # links, addresses, handles, `code`, [slots], paths, "e.g."
    r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\w)[@#]\w+"
    r"|`[^`\n]*`|\[[^\]\n]*\]|(?<![\w.-])[\w-]+(?:\.[\w-]+)+/\S*|\b(?:e\.g|i\.e|a\.m|p\.m)\."
)
SKIP_SIGNS = ("://", "www.", "@", "#", "`", "[", "/", ".g.", ".e.", ".m.")
"""One of these stands in every stretch `SKIPPED` finds: without them there is none."""
# Each slip is its own pattern, opening on a character (look-behinds come after it), so
# the regular-expression engine jumps straight to the places where it can start.
REPEAT = re.compile(r"(?i:\b(?P<word>[a-z]+)(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?P=word)\b)")
DOUBLED = re.compile(r",{2,}|;{2,}|\.\.(?<!\.\.\.)(?!\.)|,\.(?!\.)")
SPACE_SIGN = re.compile(r"[ \t][,;.]")
SPACE = re.compile(r"(?<=\w)[ \t]+[,;](?=\s|\Z)|(?<=[A-Za-z])[ \t]+\.(?=\s|\Z)")
LONE = re.compile(r"i(?<![\w'’./@\[(-]i)(?=['’](?:m|ve|ll|d)\b|[ \t\r\n,;:!?]|\Z)")
ARTICLE = re.compile(
    r"(?P<art>[aA](?<![\w'’-][aA])[nN]?)[ \t]+"
    r"(?P<next>[A-Za-z][\w'’-]*)(?![\w'’-])(?![:/@]|\.\w)"
)
WORD_RUN = re.compile(r"\w+")
DOUBLES_ALLOWED = frozenset({"had", "that", "is", "do", "bye", "so", "no", "ha", "very", "well"})
CONSONANT_SOUND = re.compile(
    r"(?:uni(?![nmd])|use|usu|usa|uti|ute|uto|ura|uri|ubi|uku|ukr|eu|ewe|one(?:\b|-)|once\b)", re.I
)
VOWEL_SOUND = re.compile(r"(?:hour|honest|honor|honour|heir|unin|unim|unid)", re.I)
EITHER_SOUND = re.compile(r"(?:histor|hotel|herb|x(?!-))", re.I)
LETTER_NAMES_WITH_VOWEL_SOUND = "AEIO"
LETTER_NAMES_EITHER = "FHLMNRSX"
WHY = "career advisers count grammar slips among the quickest ways a note signals carelessness."
URLISH = re.compile(r"[@/]|://|^www\.|^#|[a-z][A-Z]|\.[a-z]")


def expected_article(word: str) -> str | None:
    """ "a" or "an" by the sound of `word`, or None when either is heard."""
    head = word.split("-", 1)[0]
    if len(head) == 1 and head != word:  # a letter read as its name: "an X-ray", "a U-turn"
        return "a" if head.upper() in "BCDGJKPQTUVWYZ" else "an"
    if len(word) == 1 or EITHER_SOUND.match(word):
        return None
    if head.isupper():  # an acronym, read letter by letter: "an API", "a URL", "an SQL"
        first = head[0]
        if first in LETTER_NAMES_EITHER:
            return None
        return "an" if first in LETTER_NAMES_WITH_VOWEL_SOUND else "a"
    if VOWEL_SOUND.match(word):
        return "an"
    if CONSONANT_SOUND.match(word):
        return "a"
    return "an" if word[0].lower() in "aeiou" else "a"


def _article(match: re.Match[str], sentence_starts: frozenset[int]) -> Hit | None:
    article, word = match.group("art"), match.group("next")
    if article == "A" and match.start() not in sentence_starts:
        return None  # "Plan A", "option A" name a letter
    expected = expected_article(word)
    if expected is None or expected == article.lower():
        return None
    fixed = expected.capitalize() if article[0].isupper() else expected
    return Hit(
        match.start(),
        match.end(),
        f"'{article} {word}': English uses 'an' before a vowel sound and 'a' before a "
        "consonant sound, and a slip like this is one a careful reader notices.",
        f"Replace '{article} {word}' with '{fixed} {word}'.",
    )


def _repeat(match: re.Match[str], sentence_starts: frozenset[int]) -> Hit | None:
    word = match.group("word")
    if word.lower() in DOUBLES_ALLOWED or match.group().split()[-1][0].isupper():
        return None  # "had had", "that that"; "Walla Walla" is a name
    return _hit(match, f"'{word}' is written twice in a row", f"Delete the second '{word}'.")


def _doubled(match: re.Match[str], sentence_starts: frozenset[int]) -> Hit | None:
    found = match.group()
    return _hit(match, f"'{found}' doubles a punctuation mark", f"Replace '{found}' with one.")


def _space(match: re.Match[str], sentence_starts: frozenset[int]) -> Hit | None:
    mark = match.group().strip()
    return _hit(match, f"A space stands before '{mark}'", f"Remove the space before '{mark}'.")


def _lone(match: re.Match[str], sentence_starts: frozenset[int]) -> Hit | None:
    return _hit(match, "The pronoun 'i' is lower-case", "Write the pronoun as 'I'.")


Slip = Callable[[re.Match[str], frozenset[int]], Hit | None]


def _repeats_possible(region: str) -> bool:
    """Whether two neighbouring words are the same (then "the the" may be there)."""
    words = WORD_RUN.findall(region.lower())
    return any(a == b for a, b in pairwise(words))


def _slips(text: str, region: Span) -> list[tuple[re.Match[str], Slip]]:
    """Each slip's candidates in `region`, outside links and the like, in order, not nested."""
    part = text[region.start : region.end]
    scans: list[tuple[re.Pattern[str], Slip]] = [(DOUBLED, _doubled), (ARTICLE, _article)]
    if "i" in part:
        scans.append((LONE, _lone))
    if SPACE_SIGN.search(part):
        scans.append((SPACE, _space))
    if _repeats_possible(part):
        scans.append((REPEAT, _repeat))
    found = [
        (match, slip)
        for pattern, slip in scans
        for match in pattern.finditer(text, region.start, region.end)
    ]
    skipped: list[tuple[int, int]] = []
    if any(sign in part for sign in SKIP_SIGNS):
        skipped = [m.span() for m in SKIPPED.finditer(text, region.start, region.end)]
    found.sort(key=lambda pair: pair[0].start())
    kept: list[tuple[re.Match[str], Slip]] = []
    covered = region.start
    for match, slip in found:
        start = match.start()
        if start < covered or any(a <= start < b for a, b in skipped):
            continue
        kept.append((match, slip))
        covered = match.end()
    return kept


def _hit(match: re.Match[str], problem: str, fix: str) -> Hit:
    return Hit(match.start(), match.end(), f"{problem}: {WHY}", fix)


def _continues_line(message: Message, position: int) -> bool:
    """Whether a "sentence" really continues a clause: after a comma or an inline greeting."""
    text = message.text
    before = text[max(0, position - 80) : position].rstrip()
    previous = position - (len(text[max(0, position - 80) : position]) - len(before)) - 1
    greeting = message.greeting
    if greeting is not None and previous < greeting.end:
        return "\n" not in text[greeting.end : position]
    return before[-1:] in ",;:-–—"


def _lower_case_starts(message: Message) -> Iterator[Hit]:
    """Sentences that begin with a lower-case word (not a URL, handle, "iPhone" or "i")."""
    text = message.text
    for sentence in message.sentences:
        start = sentence.start
        while start < sentence.end and text[start] in "\"'“‘(":
            start += 1
        token_end = start
        while token_end < sentence.end and not text[token_end].isspace():
            token_end += 1
        token = text[start:token_end].rstrip(",;:.!?")
        if not token[:1].islower() or token == "i" or token.startswith(("i'", "i’")):
            continue
        if URLISH.search(token) or _continues_line(message, sentence.start):
            continue
        yield Hit(
            start,
            start + len(token),
            f"This sentence starts with a lower-case '{token}': {WHY}",
            f"Capitalise it: '{token[0].upper()}{token[1:]}'.",
        )


def _regions(message: Message) -> list[Span]:
    regions = list(message.user_prose)
    if message.greeting is not None:
        regions.insert(0, message.greeting)
    return regions


def find_grammar(message: Message, context: Context) -> Iterator[Hit]:
    sentence_starts = frozenset(s.start for s in message.sentences)
    for region in _regions(message):
        for match, slip in _slips(message.text, region):
            if message.is_user_text(match.start()):
                hit = slip(match, sentence_starts)
                if hit is not None:
                    yield hit
    yield from _lower_case_starts(message)


RULES = (
    Rule(
        id="grammar",
        example="Thank you for the the conversation; i enjoyed it.",
        severity=Severity.WARNING,
        source="003",
        rationale="Grammar slips tell the reader the note was not read over before sending.",
        check=find_grammar,
    ),
)
