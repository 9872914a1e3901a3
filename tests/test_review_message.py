"""The anatomy of a message: subject, greeting, prose, sign-off, signature, quotes, sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.review.message import Message, read_message

FULL = (
    "Subject: Thank you – Lena Ortiz – UX Researcher interview\n"
    "\n"
    "Dear Ms. Whitfield,\n"
    "\n"
    "Thank you for the tour of the lab. I enjoyed it.\n"
    "\n"
    "I look forward to hearing from you.\n"
    "\n"
    "Best regards,\n"
    "Lena Ortiz\n"
    "+1 312 555 0142\n"
)


def sentences(message: Message) -> list[str]:
    return [message.part(s) for s in message.sentences]


def test_every_part_of_a_full_message():
    message = read_message(FULL)
    assert message.subject_text == "Thank you – Lena Ortiz – UX Researcher interview"
    assert message.part(message.greeting) == "Dear Ms. Whitfield,"
    assert message.part(message.sign_off) == "Best regards,"
    assert message.part(message.signature).split() == ["Lena", "Ortiz", "+1", "312", "555", "0142"]
    assert sentences(message) == [
        "Thank you for the tour of the lab.",
        "I enjoyed it.",
        "I look forward to hearing from you.",
    ]
    assert message.quoted == ()


def test_crlf_text_reads_like_lf_text():
    message = read_message(FULL.replace("\n", "\r\n"))
    assert message.subject_text == "Thank you – Lena Ortiz – UX Researcher interview"
    assert message.part(message.greeting) == "Dear Ms. Whitfield,"
    assert message.part(message.sign_off) == "Best regards,"
    assert len(message.sentences) == 3


@pytest.mark.parametrize("text", ["", "   \n\n ", "Subject: Checking in", "Subject: Hi\n\n"])
def test_empty_text_and_a_subject_alone(text: str):
    message = read_message(text)
    assert message.greeting is None
    assert message.sign_off is None
    assert message.sentences == ()
    assert message.words == ()


def test_only_a_subject_line():
    message = read_message("Subject: Following up")
    assert message.subject_text == "Following up"
    assert message.prose_text == ""


def test_greeting_inline_with_the_first_sentence():
    text = (
        "Dear [Interviewer’s Last Name], I hope this email finds you well. I wanted to follow up."
    )
    message = read_message(text)
    assert message.part(message.greeting) == "Dear [Interviewer’s Last Name],"
    assert sentences(message) == ["I hope this email finds you well.", "I wanted to follow up."]


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("Hi Jordan\n\nThanks for the call.", "Hi Jordan"),
        ("Hi Jordan - thanks for the call.", "Hi Jordan -"),
        ("Marcus,\n\nThanks for the call.", "Marcus,"),
        ("Good morning Dr. Vasquez!\n\nThanks.", "Good morning Dr. Vasquez!"),
        ("Dear Ms. Smith and Mr. Jones,\n\nThanks.", "Dear Ms. Smith and Mr. Jones,"),
        ("To Whom It May Concern,\n\nThanks.", "To Whom It May Concern,"),
        ("Hello and thank you for meeting me, Marcus.", "Hello"),
        ("Hello Marcus and thank you for meeting me.", "Hello Marcus"),
        ("Hi Marcus thanks for the call today", "Hi Marcus"),
        ("Thank you for meeting me.", None),
    ],
)
def test_greetings(text: str, greeting: str | None):
    message = read_message(text)
    assert (message.part(message.greeting) if message.greeting else None) == greeting


@pytest.mark.parametrize(
    ("closing", "sign_off", "name"),
    [
        ("Best regards,\nLena Ortiz", "Best regards,", "Lena Ortiz"),
        ("All my best,\n\nLena Ortiz", "All my best,", "Lena Ortiz"),
        ("Best, Lena", "Best,", "Lena"),
        (
            "Looking forward to hearing from you,\nLena",
            "Looking forward to hearing from you,",
            "Lena",
        ),
        ("Sincerely,\n[Your Full Name]", "Sincerely,", "[Your Full Name]"),
        ("Thanks!\n-- \nLena Ortiz\nUX Researcher", "Thanks!", "-- \nLena Ortiz\nUX Researcher"),
    ],
)
def test_sign_offs(closing: str, sign_off: str, name: str):
    message = read_message(f"Hi Dana,\n\nThank you for the tour.\n\n{closing}")
    assert message.part(message.sign_off) == sign_off
    assert message.part(message.signature).strip() == name
    assert sentences(message) == ["Thank you for the tour."]


def test_a_bare_name_is_the_signature_without_a_sign_off():
    message = read_message("Hi Marcus,\n\nWhen will I hear back?\n\nPriya")
    assert message.sign_off is None
    assert message.part(message.signature) == "Priya"
    assert sentences(message) == ["When will I hear back?"]


def test_a_bare_name_with_contact_lines_under_it():
    message = read_message(
        "Hi,\n\nThanks for the call.\n\nPriya Raman\npriya@example.com\nlinkedin.com/in/p"
    )
    assert message.sign_off is None
    assert message.part(message.signature).startswith("Priya Raman")


def test_a_signature_after_a_dash_dash_line():
    message = read_message("Hi Dana,\n\nThank you for the tour.\n\n-- \nLena Ortiz\n+1 312 555")
    assert message.sign_off is None
    assert message.part(message.signature).startswith("-- ")
    assert not message.is_user_text(message.text.index("Lena"))


def test_a_short_last_line_of_prose_is_not_a_signature():
    message = read_message("Hi Dana,\n\nThank you for the tour\nThank You")
    assert "Thank you for the tour" in message.prose_text


def test_quoted_reply_after_an_on_wrote_line():
    text = (
        "Hi Marcus,\n\nThank you, Tuesday works.\n\nBest,\nPriya\n\n"
        "On Tue, Mar 3, 2026 at 9:12 AM Marcus <m@x.example> wrote:\n"
        "> Would Tuesday work? We look forward to it.\n"
    )
    message = read_message(text)
    assert message.part(message.sign_off) == "Best,"
    assert message.quoted[-1].end == len(text)
    assert not message.is_user_text(text.index("Would Tuesday"))
    assert sentences(message) == ["Thank you, Tuesday works."]


def test_an_on_wrote_line_wrapped_over_two_lines():
    text = "Thanks!\n\nOn Tue, Mar 3, 2026 at 9:12 AM Marcus Okafor <\nm@x.example> wrote:\n> Hi"
    message = read_message(text)
    assert message.quoted and message.part(message.quoted[-1]).startswith("On Tue")


def test_quoted_lines_inside_the_prose_are_not_sentences():
    text = "Hi Marcus,\n\n> When could you start?\nI could start in May.\n\nBest,\nPriya"
    message = read_message(text)
    assert sentences(message) == ["I could start in May."]
    assert all(message.is_user_text(w.start) for w in message.words)


def test_outlook_original_message_block_is_quoted():
    text = "Thanks, Marcus.\n\nBest,\nPriya\n\n-----Original Message-----\nFrom: Marcus\nHello"
    message = read_message(text)
    assert not message.is_user_text(text.index("Hello"))


@pytest.mark.parametrize(
    "prose",
    [
        "I met Dr. Vasquez and Mr. Okafor at 9 a.m. yesterday.",
        "We used Python 3.11 for it, e.g. in the ETL jobs.",
        "See https://priya.example/a.b.c for the notes.",
        "I paused... and then the demo began.",
        "It ran on the U.S. cluster vs. the old one.",
    ],
)
def test_abbreviations_versions_and_urls_do_not_end_sentences(prose: str):
    assert sentences(read_message(prose)) == [prose]


def test_sentences_split_on_real_ends():
    text = "It went well. Thank you! Was it useful? It was at 9 a.m. Then we ate."
    assert sentences(read_message(text)) == [
        "It went well.",
        "Thank you!",
        "Was it useful?",
        "It was at 9 a.m.",
        "Then we ate.",
    ]


def test_paragraph_breaks_end_sentences():
    assert sentences(read_message("A first thought\n\nA second thought")) == [
        "A first thought",
        "A second thought",
    ]


def _spans_in_order(message: Message) -> None:
    size = len(message.text)
    assert 0 <= message.body.start <= message.body.end == size
    if message.subject is not None:
        assert 0 <= message.subject.start <= message.subject.end <= message.body.start
    if message.greeting is not None:
        assert message.body.start <= message.greeting.start <= message.greeting.end
        assert message.greeting.end <= message.prose.start
    assert message.body.start <= message.prose.start <= message.prose.end <= size
    if message.sign_off is not None:
        assert message.prose.end <= message.sign_off.start <= message.sign_off.end <= size
    if message.signature is not None:
        assert message.prose.end <= message.signature.start <= message.signature.end <= size
    for quote in message.quoted:
        assert 0 <= quote.start <= quote.end <= size
    previous = message.prose.start
    for sentence in message.sentences:
        assert previous <= sentence.start < sentence.end <= message.prose.end
        previous = sentence.end
    for word in message.words:
        assert message.prose.start <= word.start < word.end <= message.prose.end


PIECES = st.sampled_from(
    [
        "Subject: ",
        "Dear Mr. Okafor,",
        "Hi ",
        "Best regards,",
        "Thanks!",
        "-- ",
        "> ",
        "On Tue, Mar 3, 2026 Marcus wrote:",
        "e.g. ",
        "Dr. ",
        "...",
        "3.11 ",
        "https://x.example/a. ",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        ",",
        ".",
        "Priya",
        "thank you for the chat",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join))
def test_read_message_never_raises_and_spans_are_in_bounds_and_ordered(text: str):
    _spans_in_order(read_message(text))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_unicode_text_is_read(text: str):
    _spans_in_order(read_message(text))
