"""The phrase banks: several wordings of each part of a message, formal and warm.

Data only. Each entry is a `str.format` template; the fields are filled
from the record (`{role}`, `{company}`, `{topic}`, ...) by `parts.py`. Each
part has at least six wordings where a panel of six may need them, so the
notes of one round read differently. The words are the project's own: the
seeds lent the advice, never the sentences.
"""

from __future__ import annotations

from followup.model import Tone

Bank = dict[Tone, tuple[str, ...]]
F, W = Tone.FORMAL, Tone.WARM

SUBJECT_THANKS: Bank = {
    F: (
        "Thank you – {role} interview – {candidate}",
        "{role} interview at {company}: thank you from {candidate}",
        "With thanks for the {role} interview – {candidate}",
        "{candidate} – thank you for the {role} interview",
        "Thank you for your time on the {role} interview – {candidate}",
        "{role} interview at {company} – with thanks, {candidate}",
    ),
    W: (
        "Thanks for the {role} conversation – {candidate}",
        "Great to meet you – {role} interview, {candidate}",
        "{candidate}: thank you for the {role} interview",
        "Thank you from {candidate} – {role} interview at {company}",
        "A quick thank-you for the {role} interview – {candidate}",
        "{role} interview – thanks from {candidate}",
    ),
}
SUBJECT_FORWARD: Bank = {
    F: (
        "Thanks to the {role} interviewers – {candidate}",
        "A request: passing on thanks for the {role} interview – {candidate}",
    ),
    W: (
        "Could you pass on my thanks? {role} interview – {candidate}",
        "Thanks for the {role} interview, and a small favor – {candidate}",
    ),
}
SUBJECT_CHECK_IN: Bank = {
    F: ("{role} interview on {date} – {candidate}", "Following up: {role} interview on {date}"),
    W: ("{role} interview on {date} – a note from {candidate}",),
}
SUBJECT_REJECTION: Bank = {
    F: ("{role} role at {company} – thank you", "Thank you for your note on the {role} role"),
    W: ("Thanks for letting me know – {role} role",),
}
SUBJECT_LONG_GAME: Bank = {
    F: ("{candidate} – an update since our {role} conversation",),
    W: ("News from {candidate} since the {role} interview",),
}

# --- thank-you notes ------------------------------------------------------------------------
THANKS_ONE: Bank = {
    F: (
        "Thank you for {meeting} {when} about the {role} role at {company}.",
        "I appreciated the time you took {when} to talk with me about the {role} position at "
        "{company}.",
        "Thank you for our conversation {when} about joining {company} as {a_role}.",
        "It was a pleasure to discuss the {role} role at {company} with you {when}.",
        "I am grateful for the time you gave me {when} to learn about the {role} position at "
        "{company}.",
        "Thank you for the thoughtful conversation {when} about the {role} role at {company}.",
    ),
    W: (
        "Thank you so much for {meeting} {when} about the {role} role at {company}.",
        "It was a real pleasure talking with you {when} about the {role} role at {company}.",
        "I enjoyed our conversation {when} about the {role} role at {company} and the team "
        "behind it.",
        "Thanks for making time {when} to talk about the {role} position at {company}.",
        "I came away from our conversation {when} even more excited about the {role} role at "
        "{company}.",
        "Thank you for a lively conversation {when} about the {role} role at {company}.",
    ),
}
THANKS_PANEL: Bank = {
    F: (
        "Thank you for being part of my panel interview {when} for the {role} role at {company}.",
        "I appreciated the chance to meet you on the panel {when} for the {role} position at "
        "{company}.",
        "Thank you for the time you gave to my interview {when} for the {role} role at {company}.",
        "It was a pleasure to meet you and the rest of the panel {when} for the {role} role at "
        "{company}.",
        "I am grateful that you joined the panel {when} for the {role} position at {company}.",
        "Many thanks for joining my {role} interview at {company} {when}.",
    ),
    W: (
        "Thank you so much for joining the panel {when} for the {role} role at {company}.",
        "It was lovely to meet you on the panel {when} for the {role} role at {company}.",
        "Thanks for being part of my interview {when} for the {role} position at {company}.",
        "I enjoyed meeting you {when} as part of the panel for the {role} role at {company}.",
        "I am so glad I got to meet you on the panel {when} for the {role} role at {company}.",
        "Thank you for taking part in my interview {when} for the {role} role at {company}.",
    ),
}
THANKS_SCREEN: Bank = {
    F: (
        "Thank you for the call {when} about the {role} role at {company}.",
        "I appreciated our conversation {when} about the {role} position at {company}.",
        "Thank you for taking the time {when} to tell me about the {role} role at {company}.",
        "It was good to speak with you {when} about the {role} opening at {company}.",
        "Many thanks for the introductory call {when} about the {role} role at {company}.",
        "Thank you for walking me through the {role} role at {company} {when}.",
    ),
    W: (
        "Thanks so much for the call {when} about the {role} role at {company}.",
        "It was great to chat with you {when} about the {role} role at {company}.",
        "I enjoyed our call {when} about the {role} position at {company}.",
        "Thank you for a friendly first conversation {when} about the {role} role at {company}.",
        "Thank you for the warm introduction {when} to the {role} role at {company}.",
        "I am glad we spoke {when} about the {role} role at {company}.",
    ),
}
MEETING = {"in-person": "meeting with me", "phone": "speaking with me", "video": "speaking with me"}

DETAIL_TOPIC: Bank = {
    F: (
        "I especially valued our discussion of {topic}.",
        "Our exchange about {topic} has stayed with me since.",
        "I found your perspective on {topic} particularly useful.",
        "What you told me about {topic} was genuinely helpful.",
        "I have kept thinking about your points on {topic}.",
        "Your account of {topic} was the most useful part of the conversation for me.",
    ),
    W: (
        "I loved hearing your thoughts on {topic}.",
        "Our talk about {topic} was my favorite part of the conversation.",
        "Talking through {topic} with you was a highlight for me.",
        "I keep coming back to what you said about {topic}.",
        "It was great to dig into {topic} together.",
        "Your take on {topic} stuck with me.",
    ),
}
DETAIL_MOMENT: Bank = {
    F: (
        "I still think fondly of {moment}.",
        "One moment that stayed with me was {moment}.",
        "{Moment} made our conversation memorable for me.",
        "I enjoyed {moment}; it made the conversation easy.",
        "{Moment} is something I will remember from our meeting.",
        "I appreciated {moment}, which set a friendly tone.",
    ),
    W: (
        "I'm still smiling about {moment}.",
        "{Moment} made my day.",
        "My favorite moment was {moment}.",
        "I loved {moment}.",
        "{Moment} was a lovely touch.",
        "I won't soon forget {moment}.",
    ),
}
DETAIL_QUESTION: Bank = {
    F: (
        "Your question, “{question}”, has stayed with me since we spoke.",
        "I enjoyed your question, “{question}”, and the chance to think it through.",
        "I appreciated being asked “{question}”, since it goes to the heart of the work.",
    ),
    W: (
        "I loved your question, “{question}”, and I have been turning it over since.",
        "Your question, “{question}”, was my favorite of the day.",
        "I'm still thinking about your question, “{question}”, in the best way.",
    ),
}
SCREEN_TOPIC_FIT: Bank = {
    F: (
        "Our discussion of {topic} fits well with my experience in {skill}.",
        "What you said about {topic} matches the {skill} work I know best.",
        "I was glad to hear about {topic}, where my background in {skill} would help.",
    ),
    W: (
        "I loved hearing about {topic}, which fits right in with my {skill} work.",
        "Talking about {topic} made me keen to bring my {skill} experience to it.",
        "{Topic} sounds like a great match for what I have done with {skill}.",
    ),
}

# --- fit: after a topic or question ("that"), or after a moment (the role) ---------------------
FIT_SKILL_DETAIL: Bank = {
    F: (
        "My experience with {skill} fits that work closely, and I would like to bring it to "
        "{company}.",
        "That connects directly with my work in {skill}.",
        "My background in {skill} would let me contribute to it from the start.",
        "It is an area where my experience with {skill} would be useful.",
        "It lines up well with the {skill} work I have done so far.",
        "My time working with {skill} has prepared me for exactly that kind of problem.",
    ),
    W: (
        "It fits nicely with what I have been doing with {skill}.",
        "I think my {skill} experience would help there.",
        "That is right in line with the {skill} work I enjoy most.",
        "I would love to put my {skill} background to work on it.",
        "It ties in closely with my work in {skill}.",
        "My hands-on {skill} experience feels like a good match for it.",
    ),
}
FIT_SKILL_ROLE: Bank = {
    F: (
        "My experience with {skill} is a close match for the {role} role.",
        "I believe my background in {skill} would serve the team at {company} well.",
        "The {role} role draws on the {skill} work I know best.",
        "My work with {skill} has prepared me well for this role.",
        "I would bring solid experience with {skill} to the team.",
        "The role builds on the {skill} experience I have gained so far.",
    ),
    W: (
        "I'd love to bring my {skill} experience to the team.",
        "The role is a great fit for the {skill} work I enjoy most.",
        "I think my {skill} background would be a real help to the team.",
        "The {role} role feels like a natural next step for my {skill} work.",
        "I can picture my {skill} experience making a difference on the team.",
        "My {skill} work lines up nicely with what the role needs.",
    ),
}
FIT_PROOF_DETAIL: Bank = {
    F: (
        "I hope {proof} gave you a sense of how I would approach it.",
        "I was glad we covered {proof}, since it shows how I would take on work like this.",
        "{Proof} is a fair example of how I would handle it.",
        "{Proof}, which we talked through, reflects how I would approach it.",
        "I think {proof} says more about my approach to it than any summary could.",
        "I hope {proof} showed the care I would bring to it.",
    ),
    W: (
        "I hope {proof} showed how I'd tackle it.",
        "I was happy we got to {proof}; it is a good picture of how I work.",
        "{Proof} is a good example of how I'd approach it.",
        "I think {proof} gives a real taste of how I'd dive into it.",
        "{Proof} sums up how I'd go about it.",
        "I'm glad {proof} came up, because it's how I'd approach this too.",
    ),
}
FIT_PROOF_ROLE: Bank = {
    F: (
        "I hope {proof} gave a fair picture of what I would bring to the {role} role.",
        "I was glad to share {proof}, which reflects the work I would do at {company}.",
        "{Proof} reflects the approach I would bring to {company}.",
        "I hope {proof} showed the kind of work I would do as {a_role}.",
    ),
    W: (
        "I hope {proof} gave you a feel for what I'd bring to the team.",
        "I was happy to share {proof}; it is the kind of work I'd love to do at {company}.",
        "{Proof} is a good taste of what I'd bring to {company}.",
        "I'm glad {proof} came up; it's the kind of work I'd love to keep doing.",
    ),
}
FIT_PLAIN_ROLE: Bank = {  # no skill or result recorded: the role, never the topic, is the work
    F: (
        "The {role} role is the kind of work I want to do next.",
        "I came away even more interested in the {role} role.",
        "Everything I heard makes me keen to contribute as {a_role}.",
    ),
    W: (
        "The {role} role feels like the right next step for me.",
        "I came away even more excited about the {role} role.",
    ),
}

# --- extras ---------------------------------------------------------------------------------
EXTRA_POINT: Bank = {
    F: (
        "One thing I would add to our conversation is {point}; I would be happy to walk you "
        "through it.",
        "I would also like to mention {point}, which bears on the same work.",
        "To add to what we covered, {point} may also be of interest.",
        "An added thought: {point} could be useful context for the role.",
    ),
    W: (
        "One more thing I'd add: {point}.",
        "I also wanted to mention {point}, which I'd be glad to tell you more about.",
        "A thought I had after we spoke: {point} might be worth a look.",
        "To round things out, I'd add {point}.",
    ),
}
EXTRA_IDEA: Bank = {
    F: (
        "I have also been reflecting on {idea}, and I would enjoy continuing that discussion.",
        "Since we spoke I have kept thinking about {idea}, and I would welcome the chance to "
        "explore it further.",
        "One further thought: {idea} is a subject I would be glad to explore in more depth.",
    ),
    W: (
        "I've also been mulling over {idea} and would love to keep exploring it with you.",
        "I'm still turning over {idea}, and I'd enjoy picking that thread up again.",
        "{Idea} has stayed on my mind, and I'd love to talk it through further.",
    ),
}
EXTRA_LINK: Bank = {  # the link itself goes under the name, with the other contact lines
    F: (
        "A sample of my work is linked below my name.",
        "If it is useful, some of my recent work is linked under my signature.",
        "You can find examples of my work at the link below my name.",
    ),
    W: (
        "If you're curious, some of my recent work is linked below my name.",
        "A few examples of my work are linked under my signature.",
        "In case it helps, my recent work is at the link below.",
    ),
}

# --- closing --------------------------------------------------------------------------------
CLOSE: Bank = {
    F: (
        "I would be glad to hear how the process moves forward.",
        "Please let me know if any further detail from me would help.",
        "I hope to continue the conversation soon.",
        "I am happy to share more about any of this whenever it suits you.",
        "I would welcome the chance to keep talking about the role.",
        "I look forward to the next stage of the process.",
    ),
    W: (
        "I'm excited to hear what comes next.",
        "I'd love to keep the conversation going.",
        "Do feel free to get in touch if anything else would help.",
        "I'm glad to share anything else that would be useful.",
        "I look forward to hearing from you.",
        "I hope to talk again soon.",
    ),
}
SIGN_OFF: Bank = {
    F: ("Best regards,", "Kind regards,", "Sincerely,", "With appreciation,"),
    W: ("Warm regards,", "All the best,", "Many thanks,", "Warmest regards,"),
}
CARD_SIGN_OFF: Bank = {F: ("With gratitude,", "Kind regards,"), W: ("Warmly,", "Warm regards,")}
