"""The anatomy of a message: subject, greeting, the user's prose, sign-off, signature.

Every part is a span (0-based, end-exclusive) into the text exactly as read,
so findings point at the user's own characters. Quoted replies ("> ..." and
everything from an "On ... wrote:" line or an "Original Message" block) and
the signature are set apart: they are not the user's prose. Line ends may be
"\\n" or "\\r\\n".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property


def word_set(words: str) -> frozenset[str]:
    """A word list written as text (one alternation of data per family, easy to read)."""
    return frozenset(words.split())


SUBJECT_LINE = re.compile(r"\A[ \t]*subject[ \t]*:[ \t]*(?P<subject>[^\r\n]*)(?:\r?\n|\Z)", re.I)
GREETING_WORD = re.compile(
    r"(?:to whom it may concern|good (?:morning|afternoon|evening|day)|greetings|dearest|dear"
    r"|hello|hiya|hi|hey|howdy)\b",
    re.I,
)
ADDRESSEE = re.compile(
    r"(?P<addressee>(?:\b(?:mr|mrs|ms|mx|dr|prof|sr|jr)\.|[^\r\n,:;!.?–—])*?)[ \t]*"
    r"(?P<end>[,:;!.–—]|[ \t]-(?=[ \t])|(?=[\r\n])|\Z)",
    re.I,
)
NOT_AN_ADDRESSEE = re.compile(
    r"^\s*(?:and|again)\b|\b(?:thanks?|thank|i|we|for|hope|just|wanted)\b", re.I
)
TRAILING_AND = re.compile(r"(?:\s+and)?\s*\Z", re.I)
NAME_WORD = r"(?:[A-Z\u00C0-\u00DE][\w'’.-]*|\[[^\]\r\n]{1,40}\])"
NAME_ONLY_GREETING = re.compile(
    rf"(?P<greeting>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}},)[ \t]*\r?$", re.M
)
SIGN_OFF = re.compile(
    r"^[ \t]*(?P<signoff>(?:(?:with )?(?:best|kind|kindest|warm|warmest|many)"
    r" (?:regards|wishes|thanks)"
    r"|all (?:my|the) best|(?:very )?best|regards|sincerely(?: yours)?|cordially"
    r"|yours (?:sincerely|truly|faithfully|respectfully)|respectfully(?: yours)?|warmly|cheers"
    r"|thanks(?: again| so much| very much| a lot)?(?: and (?:best )?regards)?"
    r"|thank you(?: again| so much| very much)?(?: for your (?:time|consideration))?"
    r"|take care|talk soon|speak soon|be well|gratefully|appreciatively"
    r"|looking forward(?: to (?:hearing from you|speaking (?:with|to) you|our next conversation))?"
    r"|with (?:gratitude|appreciation|thanks)|catch (?:ya|you) later|later|ttyl|ciao|xoxo|love)"
    r"[ \t]*[,.!]?)[ \t]*"
    rf"(?P<inline>(?<=[,.!])[ \t]*{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})?[ \t]*\r?$",
    re.I | re.M,
)
NOT_A_NAME = re.compile(
    r"\b(?:thanks?|you|regards|best|hope|looking|forward|sincerely|again|please|hi|hello|dear"
    r"|i|we|the|an?|and|or|to|of|in|on|for|with|is|are|was|am|be)\b",
    re.I,
)
NAME_LINE = re.compile(rf"[ \t]*(?:[-–—~][ \t]*)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}[ \t]*\r?$")
CONTACT_LINE = re.compile(
    r"https?://|www\.|@|\+?\d[\d ()./-]{6,20}\d|linkedin|github|portfolio|phone|mobile|tel\b", re.I
)
QUOTE_INTRO = re.compile(
    r"^[ \t]*(?:On\b[^\r\n]{0,200}(?:\r?\n[^\r\n]{0,200})?\bwrote:"
    r"|-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-*"
    r"|From:[^\r\n]*\r?\n(?:Sent|Date):)",
    re.M | re.I,
)
QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.M)
SIGNATURE_DELIMITER = re.compile(r"^-- ?\r?$", re.M)
SENTENCE_END = re.compile(  # opens on one character class, so the engine skips to those
    r"[.!?\r\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s|\Z)|(?<=\r)\n[ \t\r]*\n|(?<=\n)[ \t\r]*\n)"
)
"""Marks that end a sentence (with closing quotes), or a blank line."""
NEVER_ENDS = word_set("mr mrs ms mx dr prof sr jr st vs e.g i.e cf approx dept fig incl esp ca")
ENDS_BEFORE_CAPITAL = word_set("a.m p.m etc inc ltd co corp")
TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december eastern central pacific mountain"
    " est edt cst cdt pst pdt mst et ct pt gmt utc bst cet"
)
INITIALISM = re.compile(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}")
SENTENCE_STARTERS = word_set(
    "i i'm i've i'd i'll we we're we've the this that these it it's my our thank thanks please"
    " you your he she they also as after in on at if when looking best hope since so but and a"
    " an there what how one another again overall then"
)
WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*")
NAME_PART = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*")
"""A word or a name as written: "Mary-Ann", "O'Neil", "Marcus's"."""
TAIL_LINES = 7
SIGNATURE_LINE_MAX = 90


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


@dataclass(frozen=True)
class Message:
    """A message as read, and where its parts are."""

    text: str
    subject: Span | None
    body: Span
    greeting: Span | None
    prose: Span
    sign_off: Span | None
    signature: Span | None
    quoted: tuple[Span, ...] = ()

    def part(self, span: Span | None) -> str:
        return "" if span is None else self.text[span.start : span.end]

    @property
    def subject_text(self) -> str:
        return self.part(self.subject)

    @property
    def prose_text(self) -> str:
        return self.part(self.prose)

    @cached_property
    def folded(self) -> str:
        """The text lower-cased, every offset kept (phrase patterns run on it)."""
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            return lowered
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)

    @cached_property
    def user_prose(self) -> tuple[Span, ...]:
        """The prose with quoted lines cut out: the stretches the user wrote."""
        pieces, start = [], self.prose.start
        for quote in sorted(self.quoted, key=lambda q: q.start):
            if quote.end <= start or quote.start >= self.prose.end:
                continue
            pieces.append(Span(start, max(start, quote.start)))
            start = max(start, quote.end)
        pieces.append(Span(start, max(start, self.prose.end)))
        return tuple(p for p in pieces if len(p))

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The user's prose cut into sentences, trimmed, each with at least one word."""
        spans: list[Span] = []
        for piece in self.user_prose:
            spans.extend(_sentences(self.text, piece))
        return tuple(s for s in spans if WORD.search(self.text, s.start, s.end))

    @cached_property
    def words(self) -> tuple[Span, ...]:
        """Where each word of the user's prose is (`word_texts` is quicker when that will do)."""
        return tuple(
            Span(m.start(), m.end())
            for piece in self.user_prose
            for m in WORD.finditer(self.text, piece.start, piece.end)
        )

    @cached_property
    def word_texts(self) -> tuple[str, ...]:
        """The words of the user's prose, as written: what `words` points at."""
        if len(self.user_prose) == 1:
            piece = self.user_prose[0]
            return tuple(WORD.findall(self.text, piece.start, piece.end))
        return tuple(
            word
            for piece in self.user_prose
            for word in WORD.findall(self.text, piece.start, piece.end)
        )

    @cached_property
    def word_forms(self) -> frozenset[str]:
        """Every distinct word of the whole text, as written (`NAME_PART`): a quick look-up.

        Rules ask it first whether what they look for can be there at all.
        """
        return frozenset(NAME_PART.findall(self.text))

    @cached_property
    def _quote_starts(self) -> tuple[int, ...]:
        return tuple(q.start for q in self.quoted)

    def is_user_text(self, position: int) -> bool:
        """Whether a position is the user's own words (not a quote or the signature)."""
        index = bisect_right(self._quote_starts, position) - 1
        if index >= 0 and self.quoted[index].contains(position):
            return False
        return self.signature is None or not self.signature.contains(position)


def _sentences(text: str, piece: Span) -> list[Span]:
    spans, start = [], piece.start
    for match in SENTENCE_END.finditer(text, piece.start, piece.end):
        if match.group()[0] in ".!?" and not _ends_sentence(text, match.start(), match.end()):
            continue
        spans.append(_trimmed(text, start, match.end()))
        start = match.end()
    spans.append(_trimmed(text, start, piece.end))
    return spans


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the mark at `dot` ends a sentence (not "Dr.", "e.g.", "a.m. on", "?" or)."""
    following = text[after : after + 40].lstrip()
    mark = text[dot:after]
    if following[:1].islower() and (mark[0] in "!?" or mark.startswith("...") or mark[-1] != "."):
        return False  # "...? or when", '"...role." could be', "I paused... and"
    if mark[0] != ".":
        return True
    window = text[max(0, dot - 40) : dot]
    token = window.split()[-1] if window.strip() and not window[-1].isspace() else ""
    token = token.lstrip("([\"'“‘").lower()
    if token in NEVER_ENDS or (len(token) == 1 and token.isalpha() and token != "i"):
        return False
    found = WORD.match(following)
    next_word = found.group() if found else ""
    if token in ENDS_BEFORE_CAPITAL:  # "at 9 a.m. Then", not "at 9 a.m. Tuesday"
        return next_word[:1].isupper() and next_word.lower() not in TIME_WORDS
    if INITIALISM.fullmatch(token):  # "in the U.S. We", not "at U.C. Davis"
        return next_word.lower() in SENTENCE_STARTERS
    return True


def _trimmed(text: str, start: int, end: int) -> Span:
    part = text[start:end]
    kept = part.lstrip()
    start += len(part) - len(kept)
    return Span(start, start + len(kept.rstrip()))


def read_message(text: str) -> Message:
    """Find the parts of `text`: an optional `Subject:` line, then the body."""
    subject, body_start = None, 0
    match = SUBJECT_LINE.match(text)
    if match:
        subject = Span(match.start("subject"), match.end("subject"))
        body_start = match.end()
    body_end, quoted = _quoted_tail(text, body_start)
    greeting = _greeting(text, body_start, body_end)
    prose_start = greeting.end if greeting else body_start
    sign_off, signature = _signature(text, prose_start, body_end)
    prose_end = sign_off.start if sign_off else (signature.start if signature else body_end)
    prose = Span(min(prose_start, prose_end), prose_end)
    return Message(
        text, subject, Span(body_start, len(text)), greeting, prose, sign_off, signature, quoted
    )


def _quoted_tail(text: str, start: int) -> tuple[int, tuple[Span, ...]]:
    """Where the user's own body ends, and every quoted span.

    Everything from a quote introduction ("On ... wrote:", "-----Original
    Message-----", an Outlook "From:/Sent:" block) is quoted; so is each "> "
    line. A block of quoted lines at the very end also ends the user's body.
    """
    intro = QUOTE_INTRO.search(text, start)
    end = intro.start() if intro else len(text)
    quoted = [Span(m.start(), m.end()) for m in QUOTED_LINE.finditer(text, start, end)]
    for span in reversed(quoted):
        if text[span.end : end].strip():
            break
        end = span.start
    if intro:
        quoted.append(Span(intro.start(), len(text)))
    return end, tuple(quoted)


def _greeting(text: str, start: int, end: int) -> Span | None:
    """The salutation at the top of the body: "Dear Dr. Vasquez,", "Hi Jordan", "Marcus,"."""
    position = start
    while position < end and text[position].isspace():
        position += 1
    word = GREETING_WORD.match(text, position, end)
    if word is None:
        named = NAME_ONLY_GREETING.match(text, position, end)
        if named is None or SIGN_OFF.match(text, position, end):
            return None
        return Span(named.start("greeting"), named.end("greeting"))
    line_end = text.find("\n", word.end(), end)
    limit = end if line_end < 0 else line_end
    rest = ADDRESSEE.match(text, word.end(), min(limit, word.end() + 120))
    if rest is None:
        return None
    addressee = rest.group("addressee")
    ended = bool(rest.group("end")) or not text[rest.end() : limit].strip()
    cut = NOT_AN_ADDRESSEE.search(addressee)
    if ended and cut is None and len(addressee.split()) <= 6:
        return Span(position, rest.end() if rest.group("end") else rest.end("addressee"))
    # the greeting runs into the first sentence ("Hello Marcus and thank you for..."):
    # keep the opener and the name before the sentence starts
    kept = TRAILING_AND.sub("", addressee[: cut.start()]) if cut else ""
    return Span(position, word.end() + len(kept))


def _signature(text: str, start: int, end: int) -> tuple[Span | None, Span | None]:
    """The sign-off line and the signature block after it (or after a "-- " line).

    Without a sign-off, a name alone on the last lines (maybe with contact
    lines under it) is the signature too.
    """
    delimiter = SIGNATURE_DELIMITER.search(text, start, end)
    limit = delimiter.start() if delimiter else end
    tail = _tail_start(text, start, limit)
    sign_offs = [
        m for m in SIGN_OFF.finditer(text, tail, limit) if _ends_message(text, m.end(), limit)
    ]
    if sign_offs:
        chosen = sign_offs[-1]
        signature_start = chosen.start("inline") if chosen.group("inline") else chosen.end()
        sign_off = Span(chosen.start("signoff"), chosen.end("signoff"))
        return sign_off, Span(signature_start, end)
    if delimiter:
        return None, Span(delimiter.start(), end)
    name = _bare_name(text, tail, limit)
    return None, (Span(name, end) if name is not None else None)


def _tail_start(text: str, start: int, limit: int) -> int:
    """Where the last few short lines begin: a sign-off and signature can only be there."""
    position, seen = limit, 0
    while position > start and seen < TAIL_LINES + 1:
        line_start = max(start, text.rfind("\n", start, position - 1) + 1)
        line = text[line_start:position]
        if len(line.strip()) > SIGNATURE_LINE_MAX:
            return position
        seen += bool(line.strip())
        position = line_start
    return position


def _ends_message(text: str, position: int, limit: int) -> bool:
    """A sign-off is followed only by a short block of short lines (name, phone, links)."""
    rest = [line for line in text[position:limit].splitlines() if line.strip()]
    return len(rest) <= TAIL_LINES - 1 and all(len(line) <= SIGNATURE_LINE_MAX for line in rest)


def _bare_name(text: str, tail: int, limit: int) -> int | None:
    """The start of a name standing alone under the prose, with only contact lines after it."""
    lines, position = [], tail
    for line in text[tail:limit].splitlines(keepends=True):
        if line.strip():
            lines.append((position, line))
        position += len(line)
    while lines and CONTACT_LINE.search(lines[-1][1]) and not NAME_LINE.match(lines[-1][1]):
        lines.pop()
    if not lines or not NAME_LINE.match(lines[-1][1]) or NOT_A_NAME.search(lines[-1][1]):
        return None
    line_start, line = lines[-1]
    before = text[max(0, line_start - 200) : line_start].rstrip(" \t")
    separated = before.endswith(("\n\n", "\n\r\n")) or before.rstrip()[-1:] in ".!?"
    if not separated and before.strip():
        return None
    return line_start + len(line) - len(line.lstrip())
